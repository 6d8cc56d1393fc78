// The thirty-ninth batch (diagnose_thirtyninth.bpf.c) with each suggested
// fix applied as bpfvet wrote it; the kernel accepts every program.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: how many feature bits a flow has set, to pick a queue */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} features SEC(".maps");

SEC("tc")
int feature_queue(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	__u64 *mask = bpf_map_lookup_elem(&features, &key);
	__u64 x;
	__u32 bits = 0;

	if (!mask)
		return TC_ACT_OK;
	x = *mask;
	for (int i = 0; i < 64 && x; i++) {
		x &= x - 1;
		bits++;
	}
	skb->queue_mapping = bits;
	return TC_ACT_OK;
}

/* B: copy what a process hands to SSL_write, up to 64 bytes */
struct chunk {
	__u32 pid;
	__u32 len;
	char data[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} chunks SEC(".maps");

SEC("uprobe")
int BPF_KPROBE(ssl_write, void *ssl, const void *buf, int num)
{
	struct chunk *c;
	__u64 len = num;

	c = bpf_ringbuf_reserve(&chunks, sizeof(*c), 0);
	if (!c)
		return 0;
	c->pid = bpf_get_current_pid_tgid() >> 32;
	c->len = len;
	barrier_var(len);
	if (len > 0 && len <= sizeof(c->data))
		bpf_probe_read_user(c->data, len, buf);
	bpf_ringbuf_submit(c, 0);
	return 0;
}

/* C: count connections per destination port, creating the entry */
struct port_stat {
	__u64 conns;
	__u64 last_ns;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct port_stat);
} ports SEC(".maps");

SEC("cgroup/connect4")
int first_seen(struct bpf_sock_addr *ctx)
{
	__u32 port = bpf_ntohs(ctx->user_port);
	struct port_stat *st;

	st = bpf_map_lookup_elem(&ports, &port);
	if (!st) {
		struct port_stat zero = {};

		bpf_map_update_elem(&ports, &port, &zero, BPF_NOEXIST);
		st = bpf_map_lookup_elem(&ports, &port);
		if (!st)
			return 1;
	}
	__sync_fetch_and_add(&st->conns, 1);
	st->last_ns = bpf_ktime_get_ns();
	return 1;
}

/* D: mark this cgroup's egress traffic with DSCP CS1 */
SEC("tc")
int dscp_cgroup(struct __sk_buff *skb)
{
	__u8 tos;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + __builtin_offsetof(struct iphdr, tos), &tos, 1))
		return TC_ACT_OK;
	tos = (tos & 0x3) | (8 << 2);
	bpf_skb_store_bytes(skb, ETH_HLEN + __builtin_offsetof(struct iphdr, tos), &tos, 1,
			    BPF_F_RECOMPUTE_CSUM);
	return TC_ACT_OK;
}

/* E: sum the first 16 bytes as words, only when the frame is aligned */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} word_sum SEC(".maps");

SEC("xdp")
int pkt_align(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 *w = data;
	__u32 zero = 0;
	__u64 *sum;

	if ((void *)(w + 4) > data_end)
		return XDP_PASS;
	sum = bpf_map_lookup_elem(&word_sum, &zero);
	if (sum)
		*sum += w[0] + w[1] + w[2] + w[3];
	return XDP_PASS;
}

/* F: drop SYNs to ports where nothing listens */
SEC("tc")
int listen_check(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = (void *)(eth + 1);
	struct tcphdr *th = (void *)(iph + 1);
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	if ((void *)(th + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->protocol != IPPROTO_TCP ||
	    iph->ihl != 5 || !th->syn || th->ack)
		return TC_ACT_OK;
	tuple.ipv4.saddr = iph->saddr;
	tuple.ipv4.daddr = iph->daddr;
	tuple.ipv4.sport = th->source;
	tuple.ipv4.dport = th->dest;
	sk = bpf_skc_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_SHOT;
	if (sk->state != BPF_TCP_LISTEN) { bpf_sk_release(sk); return TC_ACT_OK; }
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

/* G: send the path given to execve, as long as it is */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} paths SEC(".maps");

struct sys_enter_execve_args {
	__u64 common;
	long syscall_nr;
	const char *filename;
	const char *const *argv;
	const char *const *envp;
};

SEC("tracepoint/syscalls/sys_enter_execve")
int exec_path_len(struct sys_enter_execve_args *ctx)
{
	char path[128];
	const char *filename = ctx->filename;
	long n;

	n = bpf_probe_read_user_str(path, sizeof(path), filename);
	if (n < 0) return 0;
	bpf_ringbuf_output(&paths, path, n, 0);
	return 0;
}

/* H: drop traffic from a blocked source, written first for tc */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u8);
} blocked SEC(".maps");

SEC("cgroup_skb/ingress")
int block_src(struct __sk_buff *skb)
{
	struct iphdr iph;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 1;
	if (bpf_skb_load_bytes(skb, 0, &iph, sizeof(iph)))
		return 1;
	if (bpf_map_lookup_elem(&blocked, &iph.saddr))
		return 0;
	return 1;
}
