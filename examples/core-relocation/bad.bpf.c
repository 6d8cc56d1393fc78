// A kprobe that counts openat() calls relative to the working directory,
// reading the first argument with bpf_tracing.h's CO-RE macro. It includes
// the UAPI <linux/ptrace.h>, where x86's registers are called rdi, rsi, ...;
// the kernel's own struct pt_regs calls them di, si, ..., so the CO-RE
// relocation of pt_regs.rdi finds nothing in the kernel's BTF and the
// loader poisons the instruction.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

__u64 at_cwd;

SEC("kprobe/do_sys_openat2")
int count_at_cwd(struct pt_regs *ctx) /* rejected */
{
	int dfd = (int)PT_REGS_PARM1_CORE(ctx);

	if (dfd == -100 /* AT_FDCWD */)
		__sync_fetch_and_add(&at_cwd, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
