// A CO-RE relocation libbpf cannot resolve; tests/explain/observed has the
// log real libbpf (bpftool prog load) printed for it.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
char LICENSE[] SEC("license") = "GPL";
__u64 at_cwd;
/* PT_REGS_PARM1_CORE() with the UAPI <linux/ptrace.h>: the CO-RE read of
 * pt_regs.rdi finds no such field in the kernel (which names it di) */
SEC("kprobe/do_sys_openat2")
int open_dfd(struct pt_regs *ctx)
{
	int dfd = (int)PT_REGS_PARM1_CORE(ctx);

	if (dfd == -100)
		__sync_fetch_and_add(&at_cwd, 1);
	return 0;
}
