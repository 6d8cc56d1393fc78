// Batch 74's shapes (tests/explain/README.md), written again as our own
// programs (test_tc_neigh_fib's): packet pointers taken through a macro
// at the top of a function and used after bpf_skb_store_bytes(); a check
// written on a __u32 pointer (`raw + 2`, eight bytes) before reading its
// third word, against an end of its own or data_end cast to its type; a header written in a block that declares its own end but
// never compares with it.
// The fixes bpfvet gives for diagnose_selftest_shapes24.bpf.c, applied
// as it words them; the kernel accepts each program.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

#define ctx_ptr(field) (void *)(long)(field)

char LICENSE[] SEC("license") = "GPL";

SEC("tc")
int zero_then_mac(struct __sk_buff *skb)
{
	void *data_end = ctx_ptr(skb->data_end);
	struct ethhdr *eth = ctx_ptr(skb->data);
	__u8 zero[ETH_ALEN] = {};

	if (bpf_skb_store_bytes(skb, 0, &zero, sizeof(zero), 0) < 0)
		return TC_ACT_SHOT;
	eth = ctx_ptr(skb->data);
	data_end = ctx_ptr(skb->data_end);
	if ((void *)(eth + 1) > data_end)
		return TC_ACT_SHOT;
	eth->h_dest[0] = 0x02;
	return TC_ACT_OK;
}

SEC("tc")
int zero_words(struct __sk_buff *skb)
{
	__u32 *raw = ctx_ptr(skb->data);
	__u32 *words_end = ctx_ptr(skb->data_end);

	if (raw + 2 > words_end)
		return TC_ACT_SHOT;
	if ((void *)raw + 12 > (void *)words_end)
		return TC_ACT_OK;
	return !raw[0] && !raw[1] && !raw[2] ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("tc")
int zero_words_cast(struct __sk_buff *skb)
{
	void *data_end = ctx_ptr(skb->data_end);
	__u32 *raw = ctx_ptr(skb->data);

	if (raw + 3 > (__u32 *)data_end)
		return TC_ACT_SHOT;
	return !raw[0] && !raw[1] && !raw[2] ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("tc")
int set_macs(struct __sk_buff *skb)
{
	__u8 dmac[ETH_ALEN] = { 2, 0, 0, 0, 0, 1 };

	if (skb->len > 1500) {
		void *data_end = ctx_ptr(skb->data_end);
		struct ethhdr *eth = ctx_ptr(skb->data);

		if ((void *)(eth + 1) > (void *)data_end)
			return TC_ACT_OK;
		__builtin_memcpy(eth->h_dest, dmac, ETH_ALEN);
		__builtin_memcpy(eth->h_source, dmac, ETH_ALEN);
		return TC_ACT_OK;
	}
	return TC_ACT_SHOT;
}
