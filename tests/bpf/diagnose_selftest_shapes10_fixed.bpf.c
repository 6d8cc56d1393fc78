// diagnose_selftest_shapes10.bpf.c with bpfvet's fix applied as it wrote
// it; the kernel accepts it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

__u32 first_words;

SEC("sk_msg")
int peek_msg(struct sk_msg_md *msg)
{
	__u32 first = 0;

	if (bpf_msg_pull_data(msg, 0, sizeof(first), 0))
		return SK_PASS;
	void *data = (void *)(long)msg->data, *data_end = (void *)(long)msg->data_end;

	if (data + sizeof(first) > data_end)
		return SK_PASS;
	__builtin_memcpy(&first, data, sizeof(first));
	first_words ^= first;
	return SK_PASS;
}
