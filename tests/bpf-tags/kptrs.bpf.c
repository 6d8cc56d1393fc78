// Kernel pointers kept in map values (kptrs): referenced ones moved in and out
// with bpf_kptr_xchg(), unreferenced ones stored and loaded directly, and the
// access rules (whole aligned 8-byte accesses at a constant offset, no
// helper access, the field's own type).  Needs clang 15 or later for the
// BTF type tags.  Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))
typedef unsigned long long u64;
typedef unsigned int u32;
struct cgroup { int level; } CORE;
struct css_set { struct cgroup *dfl_cgrp; } CORE;
struct task_struct { int pid; struct task_struct *real_parent; struct css_set *cgroups; } CORE;

struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
void bpf_task_release(struct task_struct *p) __ksym;
struct cgroup *bpf_cgroup_acquire(struct cgroup *c) __ksym;
void bpf_cgroup_release(struct cgroup *c) __ksym;

struct value {
	struct task_struct __kptr *task;
	struct task_struct __kptr_untrusted *seen;
	u64 count;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, int);
	__type(value, struct value);
} tasks SEC(".maps");

char LICENSE[] SEC("license") = "GPL";

static struct value *slot(void)
{
	int key = 0;

	return bpf_map_lookup_elem(&tasks, &key);
}

SEC("tp_btf/sched_wakeup")
int stash(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *t, *old;
	struct value *v = slot();

	if (!v)
		return 0;
	t = bpf_task_acquire(p);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&v->task, t);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int unstash_leak(u64 *ctx)
{
	struct value *v = slot();

	if (!v)
		return 0;
	bpf_kptr_xchg(&v->task, NULL);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int read_stashed(u64 *ctx)
{
	struct value *v = slot();
	struct task_struct *t;

	if (!v)
		return 0;
	t = v->task;
	if (!t)
		return 0;
	return t->pid;
}

SEC("tp_btf/sched_wakeup")
int store_ref(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct value *v = slot();

	if (!v)
		return 0;
	v->task = p;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int store_unref(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct value *v = slot();

	if (!v)
		return 0;
	v->seen = p;
	v->seen = 0;
	v->seen = p->real_parent;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int store_half(u64 *ctx)
{
	struct value *v = slot();

	if (!v)
		return 0;
	*(u32 *)&v->seen = 0;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int store_misaligned(u64 *ctx)
{
	struct value *v = slot();

	if (!v)
		return 0;
	*(u64 *)((char *)&v->seen + 4) = 0;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int store_var_off(u64 *ctx)
{
	struct value *v = slot();
	u32 i = bpf_get_prandom_u32() & 8;

	if (!v)
		return 0;
	*(u64 *)((char *)v + i) = 0;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int store_wrong_type(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct value *v = slot();

	if (!v)
		return 0;
	v->seen = (struct task_struct *)p->cgroups;
	return 0;
}

SEC("tp_btf/sched_wakeup")
int xchg_unref(u64 *ctx)
{
	struct value *v = slot();
	struct task_struct *old;

	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->seen, NULL);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int xchg_unreferenced(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *old;
	struct value *v = slot();

	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->task, p);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int xchg_wrong_type(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *old;
	struct value *v = slot();
	struct cgroup *c;

	if (!v)
		return 0;
	c = bpf_cgroup_acquire(p->cgroups->dfl_cgrp);
	if (!c)
		return 0;
	old = bpf_kptr_xchg(&v->task, (struct task_struct *)c);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int xchg_untrusted(u64 *ctx)
{
	struct value *v = slot();
	struct task_struct *p, *old;

	if (!v)
		return 0;
	p = v->seen;
	if (!p)
		return 0;
	old = bpf_kptr_xchg(&v->task, p);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int helper_indirect(u64 *ctx)
{
	struct value *v = slot();

	if (!v)
		return 0;
	bpf_probe_read_kernel(&v->seen, 8, 0);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int xchg_maybe_null(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *t, *old;
	struct value *v = slot();

	if (!v)
		return 0;
	t = bpf_task_acquire(p);
	old = bpf_kptr_xchg(&v->task, t);
	if (old)
		bpf_task_release(old);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int read_unref(u64 *ctx)
{
	struct value *v = slot();
	struct task_struct *t;

	if (!v)
		return 0;
	t = v->seen;
	if (!t)
		return 0;
	return t->pid;
}

SEC("tp_btf/sched_wakeup")
int acquire_unref(u64 *ctx)
{
	struct value *v = slot();
	struct task_struct *t;

	if (!v)
		return 0;
	t = v->seen;
	if (!t)
		return 0;
	t = bpf_task_acquire(t);
	if (t)
		bpf_task_release(t);
	return 0;
}
