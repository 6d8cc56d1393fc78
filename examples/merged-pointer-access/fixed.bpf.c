// The same program, fixed: the packet's length is read from the context
// on its own, before the branch, so no load ever sees both kinds of
// pointer.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow {
	__u32 len;
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
	__u32 pkt_len = skb->len;
	struct flow *f = bpf_map_lookup_elem(&flows, &key);
	__u32 len = f ? f->len : pkt_len;

	return len > 1000 ? 2 : 0;
}

char _license[] SEC("license") = "GPL";
