// A syscall program (run with BPF_PROG_RUN) that takes a reference on the
// parent of a task: the parent is read and acquired inside an RCU section.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct task_struct { int tgid; struct task_struct *real_parent; } CORE;

extern struct task_struct *bpf_task_from_pid(int pid) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

struct args {
	int pid;
	int parent_tgid;
};

SEC("syscall")
int parent_of(struct args *args)
{
	struct task_struct *t, *parent;

	t = bpf_task_from_pid(args->pid);
	if (!t)
		return -1;
	bpf_rcu_read_lock();
	parent = bpf_task_acquire(t->real_parent);
	bpf_rcu_read_unlock();
	bpf_task_release(t);
	if (!parent)
		return -1;
	args->parent_tgid = parent->tgid;
	bpf_task_release(parent);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
