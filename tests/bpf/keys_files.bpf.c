// The keyring kfuncs (kernel/trace/bpf_trace.c) and the file-system ones
// (fs/bpf_fs_kfuncs.c) seen from a tracing program: keys are references
// taken and put back, the user keyring lookup sleeps, the file-system
// kfuncs are LSM programs' alone, and a function the kernel's BTF does not
// tag as a kfunc (bpf_verify_pkcs7_signature on a kernel built without
// signature checks) is refused.  Verdicts and logs are compared with the
// kernel's (tests/bpf/lsm.bpf.c has the LSM side, which this machine does
// not load).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;

struct bpf_key { int flags; } CORE;
struct path { void *dentry; } CORE;
struct task_struct { int pid; } CORE;
struct file { struct path f_path; } CORE;

struct bpf_key *bpf_lookup_system_key(u64 id) __ksym;
struct bpf_key *bpf_lookup_user_key(int serial, u64 flags) __ksym;
void bpf_key_put(struct bpf_key *key) __ksym;
int bpf_verify_pkcs7_signature(struct bpf_dynptr *data, struct bpf_dynptr *sig, struct bpf_key *keyring) __ksym __weak;
int bpf_path_d_path(struct path *path, char *buf, unsigned long buf__sz) __ksym __weak;
struct file *bpf_get_task_exe_file(struct task_struct *task) __ksym __weak;

char LICENSE[] SEC("license") = "GPL";

/* accepted: a key taken, checked, put back */
SEC("tp_btf/sched_switch")
int system_key(u64 *ctx)
{
	struct bpf_key *k = bpf_lookup_system_key(0);

	if (!k)
		return 0;
	bpf_key_put(k);
	return 0;
}

/* rejected: the reference is kept past the exit */
SEC("tp_btf/sched_switch")
int system_key_kept(u64 *ctx)
{
	struct bpf_key *k = bpf_lookup_system_key(0);

	return k ? 1 : 0;
}

/* rejected: NULL to a kfunc that releases */
SEC("tp_btf/sched_switch")
int system_key_unchecked(u64 *ctx)
{
	struct bpf_key *k = bpf_lookup_system_key(0);

	bpf_key_put(k);
	return 0;
}

/* rejected: the user keyring lookup sleeps, a tp_btf program does not */
SEC("tp_btf/sched_switch")
int user_key_nosleep(u64 *ctx)
{
	struct bpf_key *k = bpf_lookup_user_key(1, 0);

	if (k)
		bpf_key_put(k);
	return 0;
}

/* accepted: a syscall program sleeps */
SEC("syscall")
int user_key_sleeps(void *ctx)
{
	struct bpf_key *k = bpf_lookup_user_key(1, 0);

	if (k)
		bpf_key_put(k);
	return 0;
}

/* rejected on this kernel: not tagged as a kfunc in its BTF */
SEC("syscall")
int pkcs7(void *ctx)
{
	struct bpf_dynptr d, s;
	struct bpf_key *k = bpf_lookup_system_key(0);
	int r;

	if (!k)
		return 0;
	r = bpf_verify_pkcs7_signature(&d, &s, k);
	bpf_key_put(k);
	return r;
}

char path_buf[256];

/* rejected: the file-system kfuncs are for LSM programs only */
SEC("tp_btf/sched_switch")
int d_path_tracing(u64 *ctx)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task_btf();
	struct file *f = bpf_get_task_exe_file(t);

	if (f)
		bpf_path_d_path(&f->f_path, path_buf, sizeof(path_buf));
	return 0;
}
