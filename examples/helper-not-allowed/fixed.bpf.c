// The fix: a GPL-compatible license (or a helper that is not GPL-only).
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/vfs_read")
int peek(struct pt_regs *ctx)
{
	char c = 0;

	bpf_probe_read_kernel(&c, 1, (void *)PT_REGS_PARM2(ctx));
	return c;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
