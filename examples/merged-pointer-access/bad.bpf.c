// A tc program that takes a length from its flow table when it has seen
// the flow, and from the packet otherwise. Both structs keep the length
// at offset 0, so clang reads it with one load from a pointer chosen by
// the branch: the context on one path, a map value on the other.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow {
	__u32 len;           /* first, like __sk_buff's len */
	__u32 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct flow);
} flows SEC(".maps");

SEC("tc")
int classify(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow *f = bpf_map_lookup_elem(&flows, &key);
	__u32 len;

	/* clang joins the two reads below into one load after this branch */
	if (f) /* rejected */
		len = f->len;
	else
		len = skb->len;
	return len > 1000 ? 2 : 0;
}

char _license[] SEC("license") = "GPL";
