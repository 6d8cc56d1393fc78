// Inline assembly that leaves an instruction no path reaches.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("socket")
int dead(struct __sk_buff *skb)
{
	int r;

	asm volatile("%[r] = 0\n\tgoto +1\n\t%[r] = 1 /* rejected */\n\t" : [r] "=r"(r)); /* rejected */
	return r;
}

char LICENSE[] SEC("license") = "GPL";
