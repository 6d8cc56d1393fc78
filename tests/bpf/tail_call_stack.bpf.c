// A function that makes a tail call must be reached with under 256 bytes
// of its callers' stack (the frames a tail call leaves in place); the
// verdicts and logs are compared with the kernel's.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} stages SEC(".maps");

static __attribute__((noinline)) int to_stage(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &stages, 0);
	return TC_ACT_OK;
}

static __attribute__((noinline)) int via_middle(struct __sk_buff *skb)
{
	char mid[112];

	if (bpf_skb_load_bytes(skb, 0, mid, sizeof(mid)))
		return TC_ACT_OK;
	return to_stage(skb) + mid[0] + mid[111];
}

/* rejected: 256 bytes of the caller's stack, the limit itself */
SEC("tc")
int caller_256(struct __sk_buff *skb)
{
	char buf[256];

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return TC_ACT_OK;
	return to_stage(skb) + buf[0] + buf[255];
}

/* accepted: 240 */
SEC("tc")
int caller_240(struct __sk_buff *skb)
{
	char buf[240];

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return TC_ACT_OK;
	return to_stage(skb) + buf[0] + buf[239];
}

/* rejected: 160 + 112 through a middle function */
SEC("tc")
int caller_two_deep(struct __sk_buff *skb)
{
	char buf[160];

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return TC_ACT_OK;
	return via_middle(skb) + buf[0] + buf[159];
}
