// The fix: bound the index by the array before using it.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct hist { __u64 slot[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct hist); } h SEC(".maps");

SEC("socket")
int by_mark(struct __sk_buff *skb)
{
	__u32 zero = 0, i = skb->mark;
	struct hist *v = bpf_map_lookup_elem(&h, &zero);

	if (!v || i >= 16)
		return 0;
	v->slot[i] += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
