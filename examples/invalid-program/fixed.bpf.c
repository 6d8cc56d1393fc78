// The fix: no dead instruction.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("socket")
int dead(struct __sk_buff *skb)
{
	int r;

	asm volatile("%[r] = 0\n\t" : [r] "=r"(r));
	return r;
}

char LICENSE[] SEC("license") = "GPL";
