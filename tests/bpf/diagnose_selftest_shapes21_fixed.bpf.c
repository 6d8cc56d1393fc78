// Batch 71's shapes (tests/explain/README.md), written again as our own
// programs (test_cls_redirect's): an inlined getter that returns a
// lookup as it comes, used unchecked by its caller; a socket lookup whose
// declaration is on the line above the call; an inlined classifier that
// returns early from an `if (...) {` block still holding the socket, in a
// program whose own branches come after.
// This file has bpfvet's fixes for diagnose_selftest_shapes21.bpf.c,
// which the kernel accepts.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct counters {
	__u64 packets;
	__u64 established;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct counters);
} counters_map SEC(".maps");

enum verdict { UNKNOWN, ESTABLISHED, LISTENING };

static __always_inline struct counters *get_counters(void)
{
	__u32 key = 0;

	return bpf_map_lookup_elem(&counters_map, &key);
}

SEC("tc")
int count(struct __sk_buff *skb)
{
	struct counters *cnt = get_counters();
	if (!cnt)
		return TC_ACT_OK;

	cnt->packets++;
	return TC_ACT_OK;
}

SEC("tc")
int listener(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk =
		bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	int state = sk->state;

	bpf_sk_release(sk);
	return state == BPF_TCP_LISTEN ? TC_ACT_SHOT : TC_ACT_OK;
}

static __always_inline enum verdict classify(struct __sk_buff *skb, struct bpf_sock_tuple *tuple)
{
	struct bpf_sock *sk =
		bpf_sk_lookup_udp(skb, tuple, sizeof(tuple->ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return UNKNOWN;

	if (sk->state == BPF_TCP_ESTABLISHED) {
		bpf_sk_release(sk);
		return ESTABLISHED;
	}

	bpf_sk_release(sk);
	return UNKNOWN;
}

SEC("tc")
int steer(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	enum verdict v;

	tuple.ipv4.dport = bpf_htons(53);
	v = classify(skb, &tuple);
	if (skb->mark == 7)
		return TC_ACT_SHOT;
	return v == ESTABLISHED ? TC_ACT_OK : TC_ACT_UNSPEC;
}
