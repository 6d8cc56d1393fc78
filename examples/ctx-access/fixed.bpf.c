// The fix: a program type that may write skb->mark (tc), or no write.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tc")
int tag(struct __sk_buff *skb)
{
	skb->mark = 42;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
