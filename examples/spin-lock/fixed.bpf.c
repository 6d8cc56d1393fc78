// Per-interface statistics kept under a spin lock; the timestamp is taken
// before the lock, and only plain stores happen while it is held.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct stats {
	struct bpf_spin_lock lock;
	__u64 packets;
	__u64 bytes;
	__u64 last_seen_ns;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, struct stats);
} iface_stats SEC(".maps");

SEC("tc")
int count(struct __sk_buff *skb)
{
	__u32 ifindex = skb->ifindex;
	__u64 now;
	struct stats *s = bpf_map_lookup_elem(&iface_stats, &ifindex);

	if (!s)
		return TC_ACT_OK;
	now = bpf_ktime_get_ns();
	bpf_spin_lock(&s->lock);
	s->packets++;
	s->bytes += skb->len;
	s->last_seen_ns = now;
	bpf_spin_unlock(&s->lock);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
