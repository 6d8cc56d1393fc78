// Index into a map value with a signed offset from the packet's metadata:
// the verifier will not add a number it cannot bound to a pointer.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct rec { char data[64]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct rec); } recs SEC(".maps");

SEC("socket")
int peek(struct __sk_buff *skb)
{
	__u32 zero = 0;
	long off = (int)skb->mark;
	struct rec *r = bpf_map_lookup_elem(&recs, &zero);

	if (!r)
		return 0;
	return *(r->data + off); /* rejected */
}

char LICENSE[] SEC("license") = "GPL";
