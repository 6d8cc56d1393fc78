// Global functions' kernel-object arguments: __arg_trusted (a trusted
// pointer to the kernel's struct of that name, optionally
// __arg_nullable) and __arg_untrusted (Linux 6.17: anything, read with
// faulting loads, as the kernel's struct or as bytes), and the tags
// misused on static functions.  Every call rejected here is explained by
// bpfvet; global_arg_tags_fixed.bpf.c applies each fix as written.
// Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#define __arg_untrusted __attribute__((btf_decl_tag("arg:untrusted")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
/* global, and weak so clang keeps every call as it is written */
#define GLOBAL __attribute__((noinline, weak))
typedef unsigned long long u64;

struct task_struct { int pid; int tgid; struct task_struct *real_parent; } CORE;
struct task_struct___local { int pid; } CORE;
typedef struct task_struct task_t;
struct no_such_kernel_struct { int a; };
union bpf_attr___mine { int x; };

struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";
volatile u64 sink;

GLOBAL int trusted_nullable(struct task_struct *t __arg_trusted __arg_nullable) { return t ? t->pid : 0; }
GLOBAL int trusted_task(struct task_struct *t __arg_trusted) { return t->pid + t->tgid; }
GLOBAL int trusted_flavour(struct task_struct___local *t __arg_trusted) { return t->pid; }
GLOBAL int trusted_typedef(task_t *t __arg_trusted) { return t->pid; }
GLOBAL int trusted_union(union bpf_attr___mine *a __arg_trusted __arg_nullable) { return a ? a->x : 0; }
GLOBAL int trusted_nonnull(struct task_struct *t __arg_trusted __arg_nonnull) { return t->pid; }
GLOBAL int trusted_unknown(struct no_such_kernel_struct *p __arg_trusted __arg_nullable) { return p ? p->a : 0; }
GLOBAL int trusted_void(void *p __arg_trusted __arg_nullable) { return p ? 1 : 0; }
GLOBAL int trusted_int(int *p __arg_trusted __arg_nullable) { return p ? *p : 0; }
GLOBAL int trusted_acquire(struct task_struct *t __arg_trusted)
{
	struct task_struct *a = bpf_task_acquire(t);

	if (!a)
		return 0;
	bpf_task_release(a); /* acquired here: released here */
	return 1;
}
GLOBAL int trusted_release(struct task_struct *t __arg_trusted)
{
	bpf_task_release(t); /* the caller's reference is not the callee's to drop */
	return 0;
}
GLOBAL int trusted_write(struct task_struct *t __arg_trusted)
{
	t->pid = 1;
	return 0;
}
GLOBAL int trusted_parent(struct task_struct *t __arg_trusted) { return trusted_task(t->real_parent); }
GLOBAL int nullable_passed_on(struct task_struct *t __arg_trusted __arg_nullable) { return trusted_task(t); }
GLOBAL int nullable_checked(struct task_struct *t __arg_trusted __arg_nullable) { return t ? trusted_task(t) : 0; }
GLOBAL int two_args(struct task_struct *t __arg_trusted, struct task_struct *u __arg_trusted __arg_nullable)
{
	return t->pid + (u ? u->pid : 0);
}

GLOBAL int untrusted_task(struct task_struct *t __arg_untrusted) { return t ? t->pid : 0; }
GLOBAL int untrusted_bytes(void *p __arg_untrusted) { return p ? *(int *)p : 0; }
GLOBAL int untrusted_ints(int *p __arg_untrusted) { int i = sink; return p ? p[25] + p[-3] + p[i] : 0; }
GLOBAL int untrusted_write(int *p __arg_untrusted) { if (p) *p = 1; return 0; }
GLOBAL int untrusted_nullable(struct task_struct *t __arg_untrusted __arg_nullable) { return t ? t->pid : 0; }
GLOBAL int untrusted_float(float *p __arg_untrusted) { return p ? 1 : 0; }
GLOBAL int untrusted_ptrptr(void **p __arg_untrusted) { return p ? 1 : 0; }
GLOBAL int untrusted_to_trusted(struct task_struct *t __arg_untrusted) { return trusted_task(t); }
GLOBAL int untrusted_probe(void *p __arg_untrusted)
{
	u64 x = 0;

	bpf_probe_read_kernel(&x, sizeof(x), p);
	return x;
}
GLOBAL int untrusted_acquire(struct task_struct *t __arg_untrusted)
{
	struct task_struct *a = bpf_task_acquire(t);

	if (a)
		bpf_task_release(a);
	return 0;
}
static __attribute__((noinline)) int static_tagged(int x, struct task_struct *t __arg_trusted) { return t->pid + x; }

/* accepted */
SEC("tp_btf/task_newtask") int pass_trusted(u64 *ctx)
{
	struct task_struct *t = (void *)ctx[0];
	struct task_struct *a = bpf_task_acquire(t);
	int r = trusted_nullable(0) + trusted_nullable(t) + trusted_nullable(a) + trusted_task(t);

	if (a) {
		r += trusted_task(a);
		bpf_task_release(a);
	}
	return r + trusted_flavour((void *)t) + trusted_typedef(t) + trusted_acquire(t) + trusted_parent(t) +
	       nullable_checked(t) + two_args(t, 0) + two_args(t, t);
}
SEC("tp_btf/task_newtask") int pass_untrusted(u64 *ctx)
{
	int x = 0, k = 0;

	return untrusted_task((void *)ctx[0]) + untrusted_task((void *)ctx) + untrusted_task((void *)sink) +
	       untrusted_bytes(&x) + untrusted_bytes((void *)ctx[0]) + untrusted_ints((void *)ctx[0]) +
	       untrusted_probe((void *)ctx[0]) + k;
}
SEC("tp_btf/task_newtask") int pass_rcu_field(u64 *ctx) { return trusted_task(((struct task_struct *)ctx[0])->real_parent); }
SEC("kprobe") int pass_current_btf(void *ctx) { return trusted_task(bpf_get_current_task_btf()); }
SEC("tp_btf/task_newtask") int pass_static_tagged(u64 *ctx)
{
	/* the kernel says the tag is not for static functions, and goes on */
	return static_tagged(1, (void *)ctx[0]) + static_tagged(2, (void *)ctx[0]);
}

/* rejected */
SEC("tp_btf/task_newtask") int null_to_trusted(u64 *ctx) { return trusted_task((void *)(sink & 0)); }
SEC("tp_btf/task_newtask") int maybe_null_to_trusted(u64 *ctx)
{
	struct task_struct *a = bpf_task_acquire((void *)ctx[0]);
	int r = trusted_task(a);

	if (a)
		bpf_task_release(a);
	return r;
}
SEC("tp_btf/task_newtask") int ctx_to_trusted(u64 *ctx) { return trusted_task((void *)ctx); }
SEC("tp_btf/task_newtask") int stack_to_trusted(u64 *ctx)
{
	struct task_struct copy = {};

	return trusted_task(&copy);
}
SEC("tp_btf/task_newtask") int member_to_trusted(u64 *ctx) { return trusted_task((void *)((char *)ctx[0] + 8)); }
SEC("tp_btf/task_newtask") int trusted_and_nonnull(u64 *ctx) { return trusted_nonnull((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int unknown_kernel_type(u64 *ctx) { return trusted_unknown((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int void_trusted(u64 *ctx) { return trusted_void((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int task_as_int(u64 *ctx) { return trusted_int((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int task_as_union(u64 *ctx) { return trusted_union((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int release_borrowed(u64 *ctx) { return trusted_release((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int write_trusted(u64 *ctx) { return trusted_write((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int nullable_unchecked(u64 *ctx) { return nullable_passed_on((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int second_arg_ctx(u64 *ctx) { return two_args((void *)ctx[0], (void *)ctx); }
SEC("kprobe") int current_task_number(void *ctx) { return trusted_task((void *)bpf_get_current_task()); }
SEC("raw_tp/task_newtask") int raw_tp_arg(u64 *ctx) { return trusted_task((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_written(u64 *ctx) { return untrusted_write((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_with_nullable(u64 *ctx) { return untrusted_nullable((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_float_arg(u64 *ctx) { return untrusted_float((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_pointer_pointer(u64 *ctx) { return untrusted_ptrptr((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_passed_as_trusted(u64 *ctx) { return untrusted_to_trusted((void *)ctx[0]); }
SEC("tp_btf/task_newtask") int untrusted_acquired(u64 *ctx) { return untrusted_acquire((void *)ctx[0]); }
