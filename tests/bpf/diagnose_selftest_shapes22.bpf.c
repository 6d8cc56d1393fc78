// Batch 72's shapes (tests/explain/README.md), written again as our own
// programs (test_btf_skc_cls_ingress's): packet bytes handed to a helper
// whose call is written over two lines, with only the header's first 20
// bytes checked; a conversion's NULL-able result given to bpf_sk_assign()
// in a function that leaves through `goto release;`, which a plain
// `return` would skip, leaking the lookup's reference.
// diagnose_selftest_shapes22_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

__u32 sum;

static __always_inline void sum_options(struct __sk_buff *skb, struct tcphdr *th)
{
	if (th->doff != 10)
		return;
	sum = bpf_csum_diff(0, 0,
			    (void *)th, 40, 0);
}

SEC("tc")
int tcp_sum(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	struct tcphdr *th = data + sizeof(struct ethhdr) + sizeof(struct iphdr);

	if ((void *)(th + 1) > data_end)
		return TC_ACT_OK;
	sum_options(skb, th);
	return TC_ACT_OK;
}

SEC("tc")
int steer_listener(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *skc;
	struct tcp_sock *tp;

	skc = bpf_skc_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!skc)
		return TC_ACT_OK;
	tp = bpf_skc_to_tcp_sock(skc);
	if (bpf_sk_assign(skb, tp, 0))
		goto release;
	sum++;
release:
	bpf_sk_release(skc);
	return TC_ACT_OK;
}
