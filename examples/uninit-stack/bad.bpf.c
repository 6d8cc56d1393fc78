// A map key with padding: "proto" is a byte followed by three bytes the
// program never writes.  Without CAP_BPF the kernel refuses to pass
// uninitialised stack bytes to a helper.  Judge it with --unprivileged.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct key {
	__u8 proto;
	__u32 ifindex;
};

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, struct key); __type(value, __u64); } seen SEC(".maps");

SEC("socket")
int count(struct __sk_buff *skb)
{
	struct key k;
	__u64 *n;

	k.proto = skb->protocol;
	k.ifindex = skb->ifindex;
	n = bpf_map_lookup_elem(&seen, &k); /* rejected */
	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
