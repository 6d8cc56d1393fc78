// LSM programs (BPF_PROG_TYPE_LSM, attached to the kernel's bpf_lsm_<hook>
// functions).  This machine refuses them before its verifier runs (a
// lockdown policy), so each expectation below comes from the kernel's
// source (Linux 6.12: kernel/bpf/bpf_lsm.c, check_return_code,
// check_helper_call) or from the selftest named beside it, not from a
// load; tests/test_cli.sh pins them.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64;

char LICENSE[] SEC("license") = "GPL";

#define EPERM 1

int deny_pid;

/* accepted: 0 or a negative errno from an int hook */
SEC("lsm/file_open")
int open_gate(u64 *ctx)
{
	return (bpf_get_current_pid_tgid() >> 32) == (unsigned)deny_pid ? -EPERM : 0;
}

/* rejected: an int hook's program returns 0 or -errno, and 1 is neither
 * (selftests verifier_lsm.c errno_zero_retval_test6):
 * "At program exit the register R0 has smin=1 smax=1 should have been in [-4095, 0]" */
SEC("lsm/file_mprotect")
int mprotect_one(u64 *ctx)
{
	return 1;
}

/* accepted: the hook's return value so far (ctx[3], past its three
 * arguments) is read in the range the program must return
 * (selftests test_bpf_cookie.c test_int_hook) */
SEC("lsm/file_mprotect")
int mprotect_pass(u64 *ctx)
{
	return (int)ctx[3];
}

/* accepted: a void hook's program may return anything (verifier_lsm.c
 * void_retval_test1) */
SEC("lsm/file_free_security")
int free_any(u64 *ctx)
{
	return 42;
}

/* rejected: a yes-or-no hook returns 0 or 1 (verifier_lsm.c
 * bool_retval_test4): "... smin=2 smax=2 should have been in [0, 1]" */
SEC("lsm/audit_rule_known")
int known_two(u64 *ctx)
{
	return 2;
}

/* rejected: "attach_btf_id N points to disabled hook bpf_lsm_getprocattr"
 * (verifier_lsm.c disabled_hook_test1) */
SEC("lsm/getprocattr")
int procattr(u64 *ctx)
{
	return 0;
}

/* rejected: file_permission is called where the kernel may not sleep:
 * "bpf_lsm_file_permission is not sleepable" */
SEC("lsm.s/file_permission")
int perm_sleep(u64 *ctx)
{
	return 0;
}

/* rejected: the IMA hashes only on the hooks that may sleep
 * (bpf_ima_inode_hash_allowed): "helper call is not allowed in probe" */
SEC("lsm/file_permission")
int perm_hash(u64 *ctx)
{
	char h[32];

	bpf_ima_file_hash((struct file *)ctx[0], h, sizeof(h));
	return 0;
}

/* rejected: on a hook that may sleep, but from a non-sleepable program:
 * "helper call might sleep in a non-sleepable prog" */
SEC("lsm/file_open")
int open_hash(u64 *ctx)
{
	char h[32];

	bpf_ima_file_hash((struct file *)ctx[0], h, sizeof(h));
	return 0;
}

/* rejected: a trampoline's helper, not an LSM program's
 * (check_get_func_ip): "func bpf_get_func_ip#173 not supported for
 * program type 29" */
SEC("lsm/file_open")
int open_ip(u64 *ctx)
{
	return bpf_get_func_ip(ctx) ? 0 : -EPERM;
}

struct task_struct { int pid; } __attribute__((preserve_access_index));
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

/* rejected: task_free's task is being freed, so the hook's arguments are
 * not trusted (untrusted_lsm_hooks; task_kfunc_failure.c
 * task_kfunc_from_lsm_task_free): "R1 must be a rcu pointer" */
SEC("lsm/task_free")
int free_acquire(u64 *ctx)
{
	struct task_struct *t = bpf_task_acquire((struct task_struct *)ctx[0]);

	if (t)
		bpf_task_release(t);
	return 0;
}

/* accepted: the same kfunc on a hook whose task is trusted */
SEC("lsm/task_alloc")
int alloc_acquire(u64 *ctx)
{
	struct task_struct *t = bpf_task_acquire((struct task_struct *)ctx[0]);
	int pid = 0;

	if (t) {
		pid = t->pid;
		bpf_task_release(t);
	}
	return pid == deny_pid ? -EPERM : 0;
}

/* lsm_cgroup programs answer for the cgroup: 1 allows, 0 denies */

/* rejected: on a void hook there is nothing to deny, so only 1
 * (check_return_code; selftests lsm_cgroup_nonvoid.c, which must fail to
 * load): "At program exit the register R0 has smin=0 smax=0 should have
 * been in [1, 1]" */
SEC("lsm_cgroup/inet_csk_clone")
int clone_deny(u64 *ctx)
{
	return 0;
}

/* accepted: deny a bind with an errno of the program's choosing
 * (cgroup_common_func_proto gives lsm_cgroup bpf_set_retval) */
SEC("lsm_cgroup/socket_bind")
int bind_deny(u64 *ctx)
{
	bpf_set_retval(-EPERM);
	return 0;
}

/* rejected: socket options only on the hooks where the socket is locked
 * or still being set up (bpf_lsm_func_proto): "program of this type
 * cannot use helper bpf_setsockopt#49" */
SEC("lsm_cgroup/socket_bind")
int bind_sockopt(u64 *ctx)
{
	int one = 1;

	bpf_setsockopt((void *)ctx[0], 1 /* SOL_SOCKET */, 2 /* SO_REUSEADDR */, &one, sizeof(one));
	return 1;
}

/* The file-system kfuncs (fs/bpf_fs_kfuncs.c), which only LSM programs may
 * call (tests/bpf/keys_files.bpf.c shows the kernel refusing them to a
 * tracing program) */
struct path { void *dentry; } __attribute__((preserve_access_index));
struct file { struct path f_path; } __attribute__((preserve_access_index));
extern int bpf_path_d_path(struct path *path, char *buf, unsigned long buf__sz) __ksym;
extern struct file *bpf_get_task_exe_file(struct task_struct *task) __ksym;
extern void bpf_put_file(struct file *file) __ksym;
extern int bpf_get_file_xattr(struct file *file, const char *name__str, struct bpf_dynptr *value_p) __ksym;

char path_buf[256];

/* accepted: the path of the file being opened, a trusted hook argument
 * (verifier_vfs_accept.c path_d_path_from_file_argument) */
SEC("lsm.s/file_open")
int open_d_path(u64 *ctx)
{
	struct file *f = (struct file *)ctx[0];

	bpf_path_d_path(&f->f_path, path_buf, sizeof(path_buf));
	return 0;
}

/* rejected: buf__sz larger than the buffer (verifier_vfs_reject.c
 * path_d_path_kfunc_invalid_buf_sz, there with PATH_MAX).  .bss holds
 * deny_pid (4 bytes) then path_buf, so the log says "invalid access to map
 * value, value_size=260 off=4 size=512", and the error is check_kfunc_args'
 * "arg#1 arg#2 memory, len pair leads to invalid memory access" */
SEC("lsm.s/file_open")
int open_d_path_big(u64 *ctx)
{
	struct file *f = (struct file *)ctx[0];

	bpf_path_d_path(&f->f_path, path_buf, 2 * sizeof(path_buf));
	return 0;
}

/* accepted: the current task's executable, taken and put back, from a
 * program that does not sleep (verifier_vfs_accept.c
 * get_task_exe_file_and_put_kfunc_from_current_non_sleepable) */
SEC("lsm/file_open")
int open_exe(u64 *ctx)
{
	struct file *exe = bpf_get_task_exe_file((struct task_struct *)bpf_get_current_task_btf());

	if (exe)
		bpf_put_file(exe);
	return 0;
}

/* rejected: the hook's file was not taken by the program
 * (verifier_vfs_reject.c put_file_kfunc_unacquired; the kernel's line in
 * check_kfunc_args): "release kernel function bpf_put_file expects
 * refcounted PTR_TO_BTF_ID" */
SEC("lsm.s/file_open")
int open_put(u64 *ctx)
{
	bpf_put_file((struct file *)ctx[0]);
	return 0;
}

/* rejected: the xattr readers sleep (KF_SLEEPABLE; the kernel's line in
 * check_kfunc_call): "program must be sleepable to call sleepable kfunc
 * bpf_get_file_xattr" */
SEC("lsm/file_open")
int open_xattr(u64 *ctx)
{
	struct bpf_dynptr d;

	bpf_dynptr_from_mem(path_buf, sizeof(path_buf), 0, &d);
	return bpf_get_file_xattr((struct file *)ctx[0], "user.tag", &d) < 0 ? 0 : 0;
}

/* accepted: the same from a sleepable program (test_get_xattr.c
 * test_file_open) */
SEC("lsm.s/file_open")
int open_xattr_s(u64 *ctx)
{
	struct bpf_dynptr d;

	bpf_dynptr_from_mem(path_buf, sizeof(path_buf), 0, &d);
	bpf_get_file_xattr((struct file *)ctx[0], "user.tag", &d);
	return 0;
}
