// The rejections of global_arg_tags.bpf.c with the fix bpfvet's
// explanation suggests, applied as written: the kernel and bpfvet accept
// every program (verify_vs_kernel compares the verdicts and logs).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#define __arg_untrusted __attribute__((btf_decl_tag("arg:untrusted")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#define GLOBAL __attribute__((noinline, weak))
typedef unsigned long long u64;

struct task_struct { int pid; int tgid; struct task_struct *real_parent; } CORE;

struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
void bpf_task_release(struct task_struct *p) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, int);
} pids SEC(".maps");

char LICENSE[] SEC("license") = "GPL";
volatile u64 sink;

GLOBAL int trusted_task(struct task_struct *t __arg_trusted) { return t->pid + t->tgid; }
/* null_to_trusted: `__arg_trusted __arg_nullable`, checked inside */
GLOBAL int trusted_task_or_null(struct task_struct *t __arg_trusted __arg_nullable) { return t ? t->pid : 0; }
/* trusted_and_nonnull: __arg_nonnull dropped */
GLOBAL int trusted_nonnull(struct task_struct *t __arg_trusted) { return t->pid; }
/* unknown_kernel_type, void_trusted: the kernel's struct named */
GLOBAL int trusted_known(struct task_struct *p __arg_trusted __arg_nullable) { return p ? p->pid : 0; }
/* task_as_int, task_as_union: `void *p __arg_untrusted` */
GLOBAL int any_object(void *p __arg_untrusted) { return p ? *(int *)p : 0; }
/* release_borrowed: a reference of its own */
GLOBAL int trusted_release(struct task_struct *t __arg_trusted)
{
	struct task_struct *own = bpf_task_acquire(t);

	if (!own)
		return 0;
	bpf_task_release(own);
	return 0;
}
/* write_trusted: the change kept in the task's local storage */
GLOBAL int trusted_write(struct task_struct *t __arg_trusted)
{
	int *v = bpf_task_storage_get(&pids, t, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (v)
		*v = 1;
	return 0;
}
/* nullable_unchecked: checked before the call */
GLOBAL int nullable_passed_on(struct task_struct *t __arg_trusted __arg_nullable)
{
	if (!t)
		return 0;
	return trusted_task(t);
}
GLOBAL int two_args(struct task_struct *t __arg_trusted, struct task_struct *u __arg_trusted __arg_nullable)
{
	return t->pid + (u ? u->pid : 0);
}
/* untrusted_written: the value returned, not written */
GLOBAL int untrusted_read(int *p __arg_untrusted) { return p ? *p : 0; }
/* untrusted_with_nullable: __arg_untrusted alone */
GLOBAL int untrusted_nullable(struct task_struct *t __arg_untrusted) { return t ? t->pid : 0; }
/* untrusted_float_arg: `void *` */
GLOBAL int untrusted_float(void *p __arg_untrusted) { return p ? 1 : 0; }
/* untrusted_pointer_pointer: `void *`, the pointer loaded inside */
GLOBAL int untrusted_ptrptr(void *p __arg_untrusted)
{
	void *q = 0;

	bpf_probe_read_kernel(&q, sizeof(q), p);
	return q != 0;
}
/* untrusted_passed_as_trusted: the callee, which only reads, takes __arg_untrusted */
GLOBAL int task_reader(struct task_struct *t __arg_untrusted) { return t ? t->pid : 0; }
GLOBAL int untrusted_to_reader(struct task_struct *t __arg_untrusted) { return task_reader(t); }
/* untrusted_acquired: __arg_trusted instead */
GLOBAL int trusted_acquire(struct task_struct *t __arg_trusted)
{
	struct task_struct *a = bpf_task_acquire(t);

	if (a)
		bpf_task_release(a);
	return 0;
}

SEC("tp_btf/task_newtask") int null_to_trusted(u64 *ctx) { return trusted_task_or_null((void *)(sink & 0)); }
SEC("tp_btf/task_newtask") int maybe_null_to_trusted(u64 *ctx)
{
	struct task_struct *a = bpf_task_acquire((void *)ctx[0]);
	int r;

	if (!a)
		return 0;
	r = trusted_task(a);
	bpf_task_release(a);
	return r;
}
SEC("tp_btf/task_newtask") int ctx_to_trusted(u64 *ctx) { return trusted_task((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int stack_to_trusted(u64 *ctx) { return trusted_task((void *)ctx[0]); }
/* ... or a type of the program's own, untagged */
struct my_task { int pid; };
GLOBAL int my_task_pid(struct my_task *t) { return t ? t->pid : 0; }
SEC("tp_btf/task_newtask") int stack_to_own_type(u64 *ctx)
{
	struct my_task copy = { .pid = 1 };

	return my_task_pid(&copy);
}
SEC("tp_btf/task_newtask") int member_to_trusted(u64 *ctx) { return trusted_task((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int trusted_and_nonnull(u64 *ctx) { return trusted_nonnull((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int unknown_kernel_type(u64 *ctx) { return trusted_known((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int task_as_int(u64 *ctx) { return any_object((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int release_borrowed(u64 *ctx) { return trusted_release((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int write_trusted(u64 *ctx) { return trusted_write((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int nullable_unchecked(u64 *ctx) { return nullable_passed_on((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int second_arg_ctx(u64 *ctx) { return two_args((void *)ctx[0], (void *)ctx[0]); }
SEC("kprobe") int current_task_number(void *ctx) { return trusted_task(bpf_get_current_task_btf()); }
SEC("tp_btf/task_newtask") int raw_tp_arg(u64 *ctx) { return trusted_task((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_written(u64 *ctx) { return untrusted_read((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_with_nullable(u64 *ctx) { return untrusted_nullable((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_float_arg(u64 *ctx) { return untrusted_float((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_pointer_pointer(u64 *ctx) { return untrusted_ptrptr((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_passed_as_trusted(u64 *ctx) { return untrusted_to_reader((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_acquired(u64 *ctx) { return trusted_acquire((void *)ctx[0]); }
