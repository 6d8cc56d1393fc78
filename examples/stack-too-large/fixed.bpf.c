// The fix: the inner buffer moves to a per-CPU array map.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct scratch { char b[300]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct scratch); } tmpmap SEC(".maps");

static __attribute__((noinline)) int inner(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct scratch *t = bpf_map_lookup_elem(&tmpmap, &zero);

	if (!t || bpf_skb_load_bytes(skb, 0, t->b, sizeof(t->b)))
		return 0;
	return t->b[0] + t->b[299];
}

static __attribute__((noinline)) int outer(struct __sk_buff *skb)
{
	char buf[300];

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return 0;
	return inner(skb) + buf[0] + buf[299];
}

SEC("socket")
int big(struct __sk_buff *skb)
{
	return outer(skb);
}

char LICENSE[] SEC("license") = "GPL";
