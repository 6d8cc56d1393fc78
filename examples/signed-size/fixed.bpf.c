// The fix: a 64-bit unsigned length, bounded from above, cannot be negative.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_sys_openat2")
int trace_open(struct pt_regs *ctx)
{
	char buf[64];
	const char *name = (const char *)PT_REGS_PARM2(ctx);
	__u64 len = PT_REGS_PARM3(ctx);

	if (len > 64)
		len = 64;
	bpf_probe_read_kernel(buf, len, name);
	bpf_printk("%s", buf);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
