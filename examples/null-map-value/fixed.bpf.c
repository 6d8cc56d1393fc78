// The fix: leave when the key is not there.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 256); __type(key, __u32); __type(value, __u64); } counts SEC(".maps");

SEC("socket")
int count_proto(struct __sk_buff *skb)
{
	__u32 proto = skb->protocol;
	__u64 *n = bpf_map_lookup_elem(&counts, &proto);

	if (!n)
		return 0;
	*n += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
