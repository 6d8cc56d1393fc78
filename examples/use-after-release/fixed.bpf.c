// Record the pid of the task being switched in: read what is needed while
// the reference is held, then release it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct task_struct { int pid; } CORE;

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} last_pid SEC(".maps");

SEC("tp_btf/sched_switch")
int on_switch(unsigned long long *ctx)
{
	struct task_struct *next = (void *)ctx[2], *t;
	__u32 zero = 0, pid;

	t = bpf_task_acquire(next);
	if (!t)
		return 0;
	pid = t->pid;
	bpf_task_release(t);
	bpf_map_update_elem(&last_pid, &zero, &pid, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
