// Two functions each keeping a 300-byte buffer on the stack, one calling
// the other: together they need more than the 512 bytes a call chain gets.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

static __attribute__((noinline)) int inner(struct __sk_buff *skb) /* rejected */
{
	char tmp[300];

	if (bpf_skb_load_bytes(skb, 0, tmp, sizeof(tmp)))
		return 0;
	return tmp[0] + tmp[299];
}

static __attribute__((noinline)) int outer(struct __sk_buff *skb)
{
	char buf[300];

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return 0;
	return inner(skb) + buf[0] + buf[299];
}

SEC("socket")
int big(struct __sk_buff *skb)
{
	return outer(skb);
}

char LICENSE[] SEC("license") = "GPL";
