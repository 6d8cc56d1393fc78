// The thirty-second held-out batch with each suggested fix applied as
// bpfvet wrote it; the kernel accepts every program.
// A TCP option walk, a socket looked up and not always released, a latency
// histogram one bucket short, a cgroup_skb program returning a tc verdict,
// an inner map used before its outer lookup is checked, two helpers with
// big buffers called in a chain from tc, a comm compared with a string on the stack,
// a sock_ops program trusting skops->sk, a UDP trailer read by length.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: find the MSS option of a SYN */
__u32 last_mss;

SEC("tc")
int syn_mss(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	struct tcphdr *th = (void *)(ip + 1);
	__u8 *opt;
	int i;

	if ((void *)(th + 1) > data_end)
		return TC_ACT_OK;
	if (ip->protocol != IPPROTO_TCP || !th->syn)
		return TC_ACT_OK;
	opt = (__u8 *)(th + 1);
	for (i = 0; i < 8; i++) {
		if ((void *)(opt + 1) + 3 > data_end)
			break;
		if (opt[0] == 0)
			break;
		if (opt[0] == 1) {
			opt++;
			continue;
		}
		if (opt[0] == 2) {
			last_mss = bpf_ntohs(*(__u16 *)(opt + 2));
			break;
		}
		opt += opt[1];
	}
	return TC_ACT_OK;
}

/* B: drop packets for which no local TCP socket listens */
SEC("tc")
int syn_listener(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	struct tcphdr *th = (void *)(ip + 1);
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	if ((void *)(th + 1) > data_end)
		return TC_ACT_OK;
	if (ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	tuple.ipv4.saddr = ip->saddr;
	tuple.ipv4.daddr = ip->daddr;
	tuple.ipv4.sport = th->source;
	tuple.ipv4.dport = th->dest;
	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_SHOT;
	if (sk->state != BPF_TCP_LISTEN) {
		bpf_sk_release(sk);
		return TC_ACT_OK;
	}
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

/* C: log2 histogram of time spent between two events */
#define MAX_SLOTS 26

struct hist {
	__u64 slots[MAX_SLOTS];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct hist);
} hists SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u32);
	__type(value, __u64);
} starts SEC(".maps");

static __always_inline __u64 log2l(__u64 v)
{
	__u64 r = 0;

	while (v > 1 && r < 63) {
		v >>= 1;
		r++;
	}
	return r;
}

SEC("tracepoint/sched/sched_switch")
int lat_hist(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid();
	__u32 zero = 0;
	__u64 *tsp, slot;
	struct hist *h;

	tsp = bpf_map_lookup_elem(&starts, &pid);
	if (!tsp)
		return 0;
	h = bpf_map_lookup_elem(&hists, &zero);
	if (!h)
		return 0;
	slot = log2l((bpf_ktime_get_ns() - *tsp) / 1000);
	if (slot > MAX_SLOTS - 1)
		slot = MAX_SLOTS - 1;
	__sync_fetch_and_add(&h->slots[slot], 1);
	bpf_map_delete_elem(&starts, &pid);
	return 0;
}

/* D: keep port 25 of a container closed */
SEC("cgroup_skb/ingress")
int no_smtp(struct __sk_buff *skb)
{
	struct iphdr ip;
	struct tcphdr th;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 1;
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)))
		return 1;
	if (ip.protocol != IPPROTO_TCP)
		return 1;
	if (bpf_skb_load_bytes(skb, ip.ihl * 4, &th, sizeof(th)))
		return 1;
	if (th.dest == bpf_htons(25))
		return 0;
	return 1;
}

/* E: per-tenant counters: an array of hash maps */
struct inner {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} inner0 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 16);
	__type(key, __u32);
	__array(values, struct inner);
} tenants SEC(".maps") = {
	.values = { [0] = &inner0 },
};

SEC("tc")
int tenant_count(struct __sk_buff *skb)
{
	__u32 tenant = skb->mark & 15;
	__u32 key = skb->ifindex;
	void *counters;
	__u64 *cnt;

	counters = bpf_map_lookup_elem(&tenants, &tenant);
	if (!counters)
		return TC_ACT_OK;
	cnt = bpf_map_lookup_elem(counters, &key);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	return TC_ACT_OK;
}

/* F: log the first bytes of each packet, in two stages with their own buffers */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} out SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[280]);
} scratch SEC(".maps");

static __attribute__((noinline)) int emit(const char *msg, int len)
{
	__u32 zero = 0;
	char *line = bpf_map_lookup_elem(&scratch, &zero);

	if (!line)
		return 0;
	if (len <= 0 || len > 200)
		return 0;
	__builtin_memset(line, ' ', 280);
	bpf_probe_read_kernel(line, len & 0xff, msg);
	line[len & 0xff] = '\n';
	return bpf_ringbuf_output(&out, line, 280, 0);
}

static __attribute__((noinline)) int format_head(struct __sk_buff *skb)
{
	char buf[256];

	__builtin_memset(buf, 0, sizeof(buf));
	if (bpf_skb_load_bytes(skb, 0, buf, 64))
		return 0;
	return emit(buf, 64);
}

SEC("tc")
int log_head(struct __sk_buff *skb)
{
	format_head(skb);
	return TC_ACT_OK;
}

/* G: count execs by bash */
__u64 bash_execs;
static const char want[] = "bash";

SEC("tracepoint/sched/sched_process_exec")
int count_bash(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (bpf_strncmp(comm, sizeof(want), want) == 0)
		__sync_fetch_and_add(&bash_execs, 1);
	return 0;
}

/* H: note the family of every established socket */
__u64 est_v6;

SEC("sockops")
int est_family(struct bpf_sock_ops *skops)
{
	if (skops->op != BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB &&
	    skops->op != BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB)
		return 1;
	struct bpf_sock *sk = skops->sk;
	if (!sk)
		return 1;
	if (sk->family == 10)
		__sync_fetch_and_add(&est_v6, 1);
	return 1;
}

/* I: read the 4-byte trailer at the end of a UDP payload */
__u32 last_trailer;

SEC("xdp")
int udp_trailer(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct udphdr *udp = (void *)(ip + 1);
	void *end;

	if ((void *)(udp + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	__u32 len = bpf_ntohs(udp->len);
	if (len > 1024)
		return XDP_PASS;
	end = (void *)udp + len;
	if (end > data_end)
		return XDP_PASS;
	last_trailer = *(__u32 *)(end - 4);
	return XDP_PASS;
}
