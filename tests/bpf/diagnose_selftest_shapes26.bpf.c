// Batch 76's shapes (tests/explain/README.md), written again as our own
// programs (test_select_reuseport_kern's): a command copied out of the
// packet with a size masked from the packet's length, so it may be 0 and
// may be larger than the struct it fills (with another variable after it
// on the stack, and without); a counter per slot of an array
// member of a map value, the slot number taken from the packet unchecked.
// diagnose_selftest_shapes26_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct cmd {
	__u32 slot;
	__u32 flags;
};

struct slot_stats {
	__u32 kind;
	__u32 hits[8];
	__u64 total;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slot_stats);
} slot_stats_map SEC(".maps");

SEC("tc")
int read_cmd(struct __sk_buff *skb)
{
	__u8 tag[16];
	struct cmd cmd;

	if (bpf_skb_load_bytes(skb, 0, tag, sizeof(tag)))
		return 0;
	if (bpf_skb_load_bytes(skb, 14, &cmd, skb->len & 0xf))
		return 0;
	return cmd.slot == tag[0];
}

/* the same with nothing after cmd on the stack */
SEC("tc")
int read_cmd_top(struct __sk_buff *skb)
{
	struct cmd cmd;

	if (bpf_skb_load_bytes(skb, 14, &cmd, skb->len & 0xf))
		return 0;
	return cmd.slot == 7;
}

SEC("tc")
int count_slot(struct __sk_buff *skb)
{
	struct cmd cmd;
	__u32 zero = 0;
	struct slot_stats *st;

	if (bpf_skb_load_bytes(skb, 14, &cmd, sizeof(cmd)))
		return 0;
	st = bpf_map_lookup_elem(&slot_stats_map, &zero);
	if (st)
		st->hits[cmd.slot] += 1;
	return 0;
}
