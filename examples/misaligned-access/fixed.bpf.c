// Per-interface packet and byte counters in one array entry: each counter is
// added with an atomic of its own width, as the diagnosis says (a 64-bit byte
// count would need a __u64 field at an offset that is a multiple of 8).
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct counters {
	__u32 packets;
	__u32 bytes;
};

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 256); __type(key, __u32); __type(value, struct counters); } ifstats SEC(".maps");

SEC("tc")
int count_if(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex & 0xff;
	struct counters *c = bpf_map_lookup_elem(&ifstats, &key);

	if (!c)
		return TC_ACT_OK;
	__sync_fetch_and_add(&c->packets, 1);
	__sync_fetch_and_add(&c->bytes, skb->len);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
