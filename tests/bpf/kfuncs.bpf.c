// kfuncs judged from their prototypes in the kernel's BTF: task, cgroup and
// cpumask references (acquire, release, NULL checks, trusted and RCU
// arguments), RCU and preemption sections, program types that may not call
// them.  Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;
struct cgroup { int level; } CORE;
struct css_set { struct cgroup *dfl_cgrp; } CORE;
struct task_struct { int pid; struct task_struct *real_parent; struct css_set *cgroups; } CORE;
/* defined, not declared: libbpf refuses a kfunc whose prototype names a
 * declared-only struct where the kernel's has one */
struct cpumask { unsigned long bits[1]; } CORE;
struct bpf_cpumask { struct cpumask cpumask; } CORE;

struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
void bpf_task_release(struct task_struct *p) __ksym;
struct task_struct *bpf_task_from_pid(int pid) __ksym;
struct cgroup *bpf_cgroup_acquire(struct cgroup *c) __ksym;
void bpf_cgroup_release(struct cgroup *c) __ksym;
struct cgroup *bpf_cgroup_ancestor(struct cgroup *c, int level) __ksym;
struct cgroup *bpf_cgroup_from_id(u64 id) __ksym;
void bpf_rcu_read_lock(void) __ksym;
void bpf_rcu_read_unlock(void) __ksym;
struct bpf_cpumask *bpf_cpumask_create(void) __ksym;
void bpf_cpumask_release(struct bpf_cpumask *m) __ksym;
void bpf_cpumask_set_cpu(u32 cpu, struct bpf_cpumask *m) __ksym;
int bpf_cpumask_test_cpu(u32 cpu, const struct cpumask *m) __ksym;
long bpf_task_under_cgroup(struct task_struct *t, struct cgroup *c) __ksym;

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sched_wakeup")
int acq_rel(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *t;

	t = bpf_task_acquire(p);
	if (!t)
		return 0;
	bpf_task_release(t);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int acq_leak(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0], *t;

	t = bpf_task_acquire(p);
	if (!t)
		return 0;
	return t->pid;
}

SEC("tp_btf/sched_wakeup")
int rel_unacquired(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];

	bpf_task_release(p);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int acq_null(u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1), *u;

	u = bpf_task_acquire(t);
	if (u)
		bpf_task_release(u);
	if (t)
		bpf_task_release(t);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int use_after_release(u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (!t)
		return 0;
	bpf_task_release(t);
	return t->pid;
}

SEC("tp_btf/sched_wakeup")
int wrong_type(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct cgroup *c = bpf_cgroup_acquire((struct cgroup *)p);

	if (c)
		bpf_cgroup_release(c);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int cgrp_walk(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct cgroup *c, *a;
	int lvl = 0;

	bpf_rcu_read_lock();
	c = p->cgroups->dfl_cgrp;
	a = bpf_cgroup_ancestor(c, 1);
	bpf_rcu_read_unlock();
	if (a) {
		lvl = a->level;
		bpf_cgroup_release(a);
	}
	return lvl;
}

SEC("tp_btf/sched_wakeup")
int cgrp_untrusted(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct cgroup *c, *a;

	c = p->cgroups->dfl_cgrp;
	a = bpf_cgroup_acquire(c);
	if (a)
		bpf_cgroup_release(a);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int rcu_unmatched(u64 *ctx)
{
	bpf_rcu_read_unlock();
	return 0;
}

SEC("tp_btf/sched_wakeup")
int rcu_nested(u64 *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	bpf_rcu_read_unlock();
	return 0;
}

SEC("tp_btf/sched_wakeup")
int rcu_exit(u64 *ctx)
{
	bpf_rcu_read_lock();
	return 0;
}

SEC("tp_btf/sched_wakeup")
int mask(u64 *ctx)
{
	struct bpf_cpumask *m = bpf_cpumask_create();
	int r;

	if (!m)
		return 0;
	bpf_cpumask_set_cpu(1, m);
	r = bpf_cpumask_test_cpu(1, (struct cpumask *)m);
	bpf_cpumask_release(m);
	return r;
}

SEC("tp_btf/sched_wakeup")
int under(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct cgroup *c = bpf_cgroup_from_id(1);
	long r;

	if (!c)
		return 0;
	r = bpf_task_under_cgroup(p, c);
	bpf_cgroup_release(c);
	return r;
}

SEC("syscall")
int from_pid(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	int pid;

	if (!t)
		return 0;
	pid = t->pid;
	bpf_task_release(t);
	return pid;
}

SEC("raw_tp/sys_enter")
int raw_not_allowed(void *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (t)
		bpf_task_release(t);
	return 0;
}

void bpf_preempt_disable(void) __ksym;
void bpf_preempt_enable(void) __ksym;
struct bpf_cpumask *bpf_cpumask_acquire(struct bpf_cpumask *m) __ksym;

SEC("tp_btf/sched_wakeup")
int release_maybe_null(u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	bpf_task_release(t);
	return 0;
}

/* after bpf_rcu_read_unlock() what was RCU-protected is untrusted */
SEC("tp_btf/sched_wakeup")
int rcu_ptr_after_unlock(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	struct cgroup *c, *a;

	bpf_rcu_read_lock();
	c = p->cgroups->dfl_cgrp;
	bpf_rcu_read_unlock();
	a = bpf_cgroup_acquire(c);
	if (a)
		bpf_cgroup_release(a);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int preempt_pair(u64 *ctx)
{
	bpf_preempt_disable();
	bpf_preempt_disable();
	bpf_preempt_enable();
	bpf_preempt_enable();
	return 0;
}

SEC("tp_btf/sched_wakeup")
int preempt_unmatched(u64 *ctx)
{
	bpf_preempt_enable();
	return 0;
}

SEC("tp_btf/sched_wakeup")
int preempt_exit(u64 *ctx)
{
	bpf_preempt_disable();
	return 0;
}

/* bpf_cpumask_acquire() takes trusted pointers only: not one walked to */
SEC("tp_btf/sched_wakeup")
int mask_acquire_twice(u64 *ctx)
{
	struct bpf_cpumask *m = bpf_cpumask_create(), *n;

	if (!m)
		return 0;
	n = bpf_cpumask_acquire(m);
	bpf_cpumask_release(n);
	bpf_cpumask_release(m);
	return 0;
}

SEC("tp_btf/sched_wakeup")
int task_not_scalar(u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid((long)ctx);

	if (t)
		bpf_task_release(t);
	return 0;
}

SEC("xdp")
int xdp_task(struct xdp_md *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (!t)
		return XDP_PASS;
	bpf_task_release(t);
	return XDP_DROP;
}

SEC("tp_btf/sched_wakeup")
int release_twice(u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);

	if (!t)
		return 0;
	bpf_task_release(t);
	bpf_task_release(t);
	return 0;
}

/* a release takes trusted pointers: one walked to under RCU is not */
SEC("tp_btf/sched_wakeup")
int release_rcu_ptr(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];

	bpf_cgroup_release(p->cgroups->dfl_cgrp);
	return 0;
}

/* a referenced pointer is never NULL: the second test of each is decided */
SEC("tp_btf/sched_wakeup")
int two_masks(u64 *ctx)
{
	struct bpf_cpumask *m1 = bpf_cpumask_create(), *m2 = bpf_cpumask_create();

	if (!m1 || !m2)
		goto out;
	bpf_cpumask_set_cpu(0, m1);
	bpf_cpumask_set_cpu(1, m2);
out:
	if (m1)
		bpf_cpumask_release(m1);
	if (m2)
		bpf_cpumask_release(m2);
	return 0;
}
