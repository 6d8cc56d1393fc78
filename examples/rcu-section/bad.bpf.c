// Count wakeups of tasks in deep cgroups: an RCU section is opened to read
// the task's cgroup, and an early return leaves with it still open.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct cgroup { int level; } CORE;
struct css_set { struct cgroup *dfl_cgrp; } CORE;
struct task_struct { struct css_set *cgroups; } CORE;

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

__u64 deep_wakeups;

SEC("tp_btf/sched_wakeup")
int count(unsigned long long *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	int level;

	bpf_rcu_read_lock();
	level = p->cgroups->dfl_cgrp->level;
	if (level < 4) /* rejected */
		return 0;
	bpf_rcu_read_unlock();
	__sync_fetch_and_add(&deep_wakeups, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
