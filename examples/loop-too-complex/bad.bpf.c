// Sum the bytes of a map value in a loop bounded only by a number from
// the context: the verifier cannot see where the loop ends.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct buf { __u8 b[256]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct buf); } data SEC(".maps");

SEC("socket")
int checksum(struct __sk_buff *skb)
{
	__u32 zero = 0, sum = 0, n = skb->len;
	struct buf *v = bpf_map_lookup_elem(&data, &zero);

	if (!v)
		return 0;
	for (__u32 i = 0; i < n; i++) /* rejected */
		sum += v->b[i & 255];
	return sum;
}

char LICENSE[] SEC("license") = "GPL";
