// From a blog post (seed 002): pass a socket pointer from one program to
// the program it tail-calls by leaving it in r9.  Registers do not survive
// a tail call: the second program starts with only r1 and r10.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } progs SEC(".maps");

SEC("kprobe/handle_new_connection")
int handle_new_connection(struct pt_regs *ctx)
{
	__u64 sk;

	asm volatile("%[sk] = r9" : [sk] "=r"(sk) : : "r9"); /* rejected */
	bpf_printk("sk %llx", sk);
	return 0;
}

SEC("kprobe/tcp_connect")
int k_tcp_connect(struct pt_regs *ctx)
{
	__u64 sk = PT_REGS_PARM1(ctx);

	asm volatile("r9 = %[sk]" : : [sk] "r"(sk) : "r9");
	bpf_tail_call(ctx, &progs, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
