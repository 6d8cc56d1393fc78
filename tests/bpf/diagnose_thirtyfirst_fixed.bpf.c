// The thirty-first held-out batch (diagnose_thirtyfirst.bpf.c) with the
// fix each diagnosis suggested applied as written; the kernel accepts all.
// A kprobe reading a kernel struct directly, a pull that moves the packet,
// an IP header length taken on trust, a task name copied into a small map
// value, a global function trusting its pointer, a bpf_loop callback's
// return, a ring buffer record sized by the packet, a lock left held.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: count TCP connects per address family */
struct sock_common_min {
	unsigned int skc_daddr;
	unsigned int skc_rcv_saddr;
	unsigned int skc_hash;
	unsigned short skc_dport;
	unsigned short skc_num;
	unsigned short skc_family;
};

__u64 by_family[16];

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(connect_family, void *sk)
{
	struct sock_common_min *sc = sk;
	__u16 fam = 0;

	bpf_probe_read_kernel(&fam, sizeof(fam), &sc->skc_family);

	if (fam < 16)
		__sync_fetch_and_add(&by_family[fam], 1);
	return 0;
}

/* B: make sure the first 64 bytes are linear, then read the IP protocol */
SEC("tc")
int pull_proto(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + ETH_HLEN;

	if ((void *)(ip + 1) > data_end) {
		if (bpf_skb_pull_data(skb, 64))
			return TC_ACT_OK;
		data = (void *)(long)skb->data;
		data_end = (void *)(long)skb->data_end;
		ip = data + ETH_HLEN;
		if ((void *)(ip + 1) > data_end)
			return TC_ACT_OK;
	}
	if ((void *)(ip + 1) > (void *)(long)skb->data_end)
		return TC_ACT_OK;
	return ip->protocol == IPPROTO_UDP ? TC_ACT_SHOT : TC_ACT_OK;
}

/* C: drop UDP to port 9 (discard) */
SEC("xdp")
int drop_discard(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	udp = (void *)ip + ip->ihl * 4;
	if ((void *)(udp + 1) > data_end)
		return XDP_PASS;
	if (udp->dest == bpf_htons(9))
		return XDP_DROP;
	return XDP_PASS;
}

/* D: remember the name of each exec'ing task */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, char[8]);
} names SEC(".maps");

SEC("tracepoint/sched/sched_process_exec")
int exec_name(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	char zero[8] = {};
	char *v;

	bpf_map_update_elem(&names, &pid, zero, BPF_NOEXIST);
	v = bpf_map_lookup_elem(&names, &pid);
	if (!v)
		return 0;
	bpf_get_current_comm(v, 8);
	return 0;
}

/* E: a shared parser for the IP header, used from XDP */
struct parsed {
	__u8 proto;
	__u8 ttl;
};

__attribute__((noinline)) int parse_ip(struct iphdr *ip, struct parsed *out)
{
	if (!ip || !out)
		return 0;
	out->proto = ip->protocol;
	out->ttl = ip->ttl;
	return 0;
}

SEC("xdp")
int xdp_parse(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct parsed p = {};

	if (data + ETH_HLEN + sizeof(struct iphdr) > data_end)
		return XDP_PASS;
	parse_ip(data + ETH_HLEN, &p);
	return p.ttl == 1 ? XDP_DROP : XDP_PASS;
}

/* F: find the first non-zero slot with bpf_loop */
__u64 slots[32];

static long find_nonzero(__u32 i, void *data)
{
	__u32 *found = data;

	if (i < 32 && slots[i]) {
		*found = i;
		return 1; /* stop: found it */
	}
	return 0;
}

__u32 first_slot;

SEC("tp/syscalls/sys_enter_getpid")
int first_nonzero(void *ctx)
{
	__u32 found = 32;

	bpf_loop(32, find_nonzero, &found, 0);
	first_slot = found;
	return 0;
}

/* G: copy each packet's payload into the ring buffer */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} pkts SEC(".maps");

SEC("tc")
int copy_payload(struct __sk_buff *skb)
{
	__u8 buf[256];
	__u32 len = skb->len;

	if (len > sizeof(buf))
		len = sizeof(buf);
	if (len == 0)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, 0, buf, len))
		return TC_ACT_OK;
	bpf_ringbuf_output(&pkts, buf, len, 0);
	return TC_ACT_OK;
}

/* H: a per-flow counter under a lock; skip flows marked closed */
struct flow {
	struct bpf_spin_lock lock;
	__u64 packets;
	__u32 closed;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct flow);
} flows SEC(".maps");

SEC("tc")
int flow_count(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow *f = bpf_map_lookup_elem(&flows, &key);

	if (!f)
		return TC_ACT_OK;
	int closed;

	bpf_spin_lock(&f->lock);
	closed = f->closed;
	if (!closed)
		f->packets++;
	bpf_spin_unlock(&f->lock);
	return TC_ACT_OK;
}
