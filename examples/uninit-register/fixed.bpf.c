// The fix: pass the value through a per-CPU array map, written before the
// tail call and read by the program tail-called into.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } progs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } pass SEC(".maps");

SEC("kprobe/handle_new_connection")
int handle_new_connection(struct pt_regs *ctx)
{
	__u32 zero = 0;
	__u64 *sk = bpf_map_lookup_elem(&pass, &zero);

	if (!sk)
		return 0;
	bpf_printk("sk %llx", *sk);
	return 0;
}

SEC("kprobe/tcp_connect")
int k_tcp_connect(struct pt_regs *ctx)
{
	__u32 zero = 0;
	__u64 sk = PT_REGS_PARM1(ctx);

	bpf_map_update_elem(&pass, &zero, &sk, BPF_ANY);
	bpf_tail_call(ctx, &progs, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
