// Steps of the thirtieth held-out batch: programs the batch's fixes led
// to, kept because each showed something the first diagnoses missed.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

/* connect_field's first fix, `?:` between two fields read by name: clang
 * merged the two loads back into one from a chosen address (the kernel:
 * "dereference of modified ctx ptr R7 off=8 disallowed"), so the fix now
 * names barrier_var(); and connect4 may not read user_ip6 at all */
SEC("cgroup/connect4")
int connect_pick(struct bpf_sock_addr *ctx)
{
	__u32 which = bpf_get_prandom_u32() & 1;
	__u32 f0 = ctx->user_ip4;
	__u32 f1 = ctx->user_ip6[0];
	__u32 v = which ? f1 : f0;

	return v != 0;
}

/* a mark chosen by a run-time index among the cb[] words, read: four
 * fields a tc program may read; diagnose_thirtieth_fixed.bpf.c's cb_pick
 * applies the fix */
SEC("tc")
int cb_pick(struct __sk_buff *skb)
{
	__u32 i = skb->hash & 3;

	return skb->cb[i] ? 0 : 2;
}
