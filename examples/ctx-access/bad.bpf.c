// A socket filter tries to set the packet's mark: socket filters may read
// skb->mark but not write it.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("socket")
int tag(struct __sk_buff *skb)
{
	skb->mark = 42; /* rejected */
	return skb->len;
}

char LICENSE[] SEC("license") = "GPL";
