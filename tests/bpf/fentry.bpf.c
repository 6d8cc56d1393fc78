// fentry, fexit and fmod_ret: programs the kernel runs from a trampoline
// around a kernel function, their context the function's arguments (and,
// for fexit and fmod_ret, its return value) typed by the kernel's BTF.
//
// This machine's kernel refuses these programs before its verifier runs
// (lockdown), so the expected verdicts and lines in tests/test_cli.sh
// come from the kernel's sources (kernel/bpf/btf.c btf_ctx_access,
// kernel/bpf/verifier.c bpf_check_attach_target and check_attach_btf_id,
// kernel/trace/bpf_trace.c) and its selftests (verifier_d_path.c,
// dynptr_fail.c, verifier_btf_ctx_access.c), each named below; the rules
// they share with tp_btf are checked against the running kernel there.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))

struct path { void *mnt; void *dentry; } CORE;
struct file { unsigned int f_flags; struct path f_path; } CORE;
struct task_struct { int pid; } CORE;

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

__u64 seen, last_ret;

/* accepted: a pointer argument reads as a kernel pointer, walked field by field */
SEC("fentry/vfs_read")
int BPF_PROG(read_flags, struct file *file, char *buf, __u64 count)
{
	seen += file->f_flags + count;
	return 0;
}

/* accepted: fexit sees the return value after the arguments (ctx[4] of
 * vfs_read), and bpf_get_func_arg_cnt and bpf_get_func_ret, which only a
 * trampoline has */
SEC("fexit/vfs_read")
int BPF_PROG(read_ret, struct file *file, char *buf, __u64 count, long long *pos, long ret)
{
	__u64 r = 0;

	bpf_get_func_ret(ctx, &r);
	last_ret = ret + r + bpf_get_func_arg_cnt(ctx);
	return 0;
}

/* rejected: fentry and fexit must return 0 (check_return_code:
 * retval_range(0, 0)); "At program exit the register R0 has smin=1 smax=1
 * should have been in [0, 0]" */
SEC("fexit/vfs_read")
int BPF_PROG(read_ret_nonzero, struct file *file)
{
	return 1;
}

/* rejected: fentry has no return value to read: ctx[4] is past vfs_read's
 * four arguments; "func 'vfs_read' doesn't have 5-th argument", then
 * "invalid bpf_context access off=32 size=8" */
SEC("fentry/vfs_read")
int BPF_PROG(read_no_ret, struct file *file, char *buf, __u64 count, long long *pos, long ret)
{
	last_ret = ret;
	return 0;
}

/* accepted: fexit of a function returning a pointer reads it as one */
SEC("fexit/dentry_open")
int BPF_PROG(opened, const struct path *path, int flags, void *cred, struct file *ret)
{
	if (ret)
		seen = ret->f_flags;
	return 0;
}

/* accepted: bpf_d_path on a function the kernel lists as safe for it
 * (btf_allowlist_d_path; verifier_d_path.c d_path_accept) */
SEC("fentry/security_file_open")
int BPF_PROG(open_path, struct file *file)
{
	char name[64];

	bpf_d_path(&file->f_path, name, sizeof(name));
	return 0;
}

/* rejected: "helper call is not allowed in probe" (bpf_d_path_allowed;
 * verifier_d_path.c d_path_reject) */
SEC("fentry/vfs_read")
int BPF_PROG(read_path, struct file *file)
{
	char name[64];

	bpf_d_path(&file->f_path, name, sizeof(name));
	return 0;
}

/* rejected: a traced function's arguments are not trusted
 * (prog_args_trusted is false for fentry), and bpf_task_acquire, a KF_RCU
 * kfunc, takes an untrusted pointer only under RCU: "R1 must be a rcu
 * pointer" (check_kfunc_args) */
SEC("fentry/wake_up_new_task")
int BPF_PROG(new_task, struct task_struct *p)
{
	struct task_struct *t = bpf_task_acquire(p);

	if (t)
		bpf_task_release(t);
	return 0;
}

/* accepted: fmod_ret may change what a security_* function returns */
SEC("fmod_ret/security_file_open")
int BPF_PROG(deny_open, struct file *file, int ret)
{
	return ret ? ret : -1;
}

/* rejected: fmod_ret only on security_* functions and those on the
 * error-injection list, which this kernel does not have
 * (check_attach_modify_return): "vfs_read() is not modifiable" */
SEC("fmod_ret/vfs_read")
int BPF_PROG(modify_read, struct file *file)
{
	return 0;
}

/* rejected: do_exit never returns (noreturn_deny): "Attaching
 * fexit/fmod_ret to __noreturn functions is rejected." */
SEC("fexit/do_exit")
int BPF_PROG(exited, long code)
{
	return 0;
}

/* rejected: a sleepable fentry needs a function on the error-injection
 * list: "vfs_read is not sleepable" */
SEC("fentry.s/vfs_read")
int BPF_PROG(read_sleepable, struct file *file)
{
	return 0;
}

struct __sk_buff;
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;

/* rejected: the same untrusted argument to a kfunc without KF_RCU: "R1
 * must be referenced or trusted" (dynptr_fail.c skb_invalid_ctx_fentry
 * expects this line of this call) */
SEC("fentry/skb_tx_error")
int BPF_PROG(skb_dynptr, struct __sk_buff *skb)
{
	struct bpf_dynptr d;

	bpf_dynptr_from_skb(skb, 0, &d);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
