// The fix: keep the length 64-bit, so the value compared and the value
// passed are the same register.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_sys_openat2")
int trace_open(struct pt_regs *ctx)
{
	char buf[64];
	const char *name = (const char *)PT_REGS_PARM2(ctx);
	__u64 len = PT_REGS_PARM3(ctx) & 0xffffffff;

	if (len > 64)
		len = 64;
	bpf_probe_read_kernel(buf, len, name);
	bpf_printk("%s", buf);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
