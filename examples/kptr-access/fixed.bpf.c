// Remember the last task that exec'd, in a map: the acquired reference is
// swapped into the kptr field with bpf_kptr_xchg(), and the one it replaces
// is released.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
struct task_struct { int pid; } CORE;

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct slot {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slot);
} last_exec SEC(".maps");

SEC("tp_btf/sched_process_exec")
int on_exec(unsigned long long *ctx)
{
	struct task_struct *p = (void *)ctx[0], *t, *old;
	__u32 zero = 0;
	struct slot *s;

	s = bpf_map_lookup_elem(&last_exec, &zero);
	if (!s)
		return 0;
	t = bpf_task_acquire(p);
	if (!t)
		return 0;
	old = bpf_kptr_xchg(&s->task, t);
	if (old)
		bpf_task_release(old);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
