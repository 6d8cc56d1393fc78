// The fix without vmlinux.h: declare the kernel's struct pt_regs, with its
// own register names, in place of <linux/ptrace.h>, and tell bpf_tracing.h
// to use those names (it does when vmlinux.h is included, which defines
// __VMLINUX_H__). Including a generated vmlinux.h instead does the same.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct pt_regs {
	long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss;
} __attribute__((preserve_access_index));

#define __VMLINUX_H__
#include <bpf/bpf_tracing.h>

__u64 at_cwd;

SEC("kprobe/do_sys_openat2")
int count_at_cwd(struct pt_regs *ctx)
{
	int dfd = (int)PT_REGS_PARM1_CORE(ctx);

	if (dfd == -100 /* AT_FDCWD */)
		__sync_fetch_and_add(&at_cwd, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
