// Batch 72's and 73's shapes (tests/explain/README.md), written again as
// our own programs (test_btf_skc_cls_ingress's, xdp_features'): a socket
// taken in an inlined function whose listener branch calls a subprogram
// and returns still holding it; a caller that drops the result of an
// inlined function whose packet check failed, then reads the packet; a
// tp_btf program writing a field of the kernel's struct it is handed; a
// check whose end is cast to the checked pointer's type, copied by a
// check of the next header.
// The fixes bpfvet gives for diagnose_selftest_shapes23.bpf.c, applied
// as it words them; the kernel accepts each program.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} seen SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} counts SEC(".maps");

__u32 listener_port;

static __noinline void note_listener(struct bpf_sock *sk)
{
	if (sk)
		listener_port = sk->src_port;
}

static __always_inline int steer_v4(struct __sk_buff *skb, struct bpf_sock_tuple *tuple)
{
	struct bpf_sock *sk;

	sk = bpf_skc_lookup_tcp(skb, tuple, sizeof(tuple->ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->state == BPF_TCP_LISTEN) {
		if (sk->src_port == 22)
			goto release;
		note_listener(sk);
		bpf_sk_release(sk);
		return TC_ACT_OK;
	}
release:
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

SEC("tc")
int steer_leak(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};

	return steer_v4(skb, &tuple);
}

static __always_inline int parse_eth(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = (void *)(long)ctx->data;

	if ((void *)(eth + 1) > data_end)
		return -1;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return -1;
	return 0;
}

static __always_inline int count_eth(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *n;

	if (parse_eth(ctx))
		return -1;
	n = bpf_map_lookup_elem(&seen, &key);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

SEC("xdp")
int swap_macs(struct xdp_md *ctx)
{
	struct ethhdr *eth = (void *)(long)ctx->data;
	__u8 tmp[ETH_ALEN];

	if (count_eth(ctx))
		return XDP_PASS;

	__builtin_memcpy(tmp, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, tmp, ETH_ALEN);
	return XDP_TX;
}

struct xdp_cpumap_stats {
	unsigned int redirect;
	unsigned int pass;
	unsigned int drop;
};

SEC("tp_btf/xdp_cpumap_kthread")
int BPF_PROG(sum_drops, int map_id, unsigned int processed, unsigned int drops, int sched,
	     struct xdp_cpumap_stats *xdp_stats)
{
	__u32 key = 0;
	__u64 *val = bpf_map_lookup_elem(&counts, &key);

	if (val)
		__sync_fetch_and_add(val, drops);
	return 0;
}

struct tlv {
	__u16 type;
	__u16 len;
};

SEC("xdp")
int echo_cmd(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct udphdr *uh = data + sizeof(struct ethhdr) + sizeof(struct iphdr);
	struct tlv *t;

	if (uh + 1 > (struct udphdr *)data_end)
		return XDP_PASS;
	t = (struct tlv *)(uh + 1);
	if ((void *)(t + 1) > data_end)
		return XDP_PASS;
	return bpf_ntohs(t->type) == 1 ? XDP_DROP : XDP_PASS;
}
