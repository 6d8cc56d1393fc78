// Batch 58's shape (tests/explain/README.md): an sk_msg program reading
// the message with bpf_skb_load_bytes(), which it does not have (the
// kernel's netns_cookie_prog with one line added), written again as our
// own program.  diagnose_selftest_shapes10_fixed.bpf.c has bpfvet's fix,
// which the kernel accepts.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

__u32 first_words;

SEC("sk_msg")
int peek_msg(struct sk_msg_md *msg)
{
	__u32 first = 0;

	if (!bpf_skb_load_bytes(msg, 0, &first, sizeof(first)))
		first_words ^= first;
	return SK_PASS;
}
