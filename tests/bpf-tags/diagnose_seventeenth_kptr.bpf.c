// Seventeenth held-out batch, its kptr program (BTF type tags: clang 15 or
// later): written blind with diagnose_seventeenth.bpf.c, its cause known by
// construction; diagnose_seventeenth_kptr_fixed.bpf.c applies the fix as written.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
char LICENSE[] SEC("license") = "GPL";
struct task_struct { int pid; int tgid; char comm[16]; } CORE;
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } CORE;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

/* G: remember the task with the highest pid seen by the iterator */
struct newest {
	struct task_struct __kptr *task;
	int pid;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct newest);
} newest SEC(".maps");

SEC("iter/task")
int keep_newest(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task, *t;
	struct newest *n;
	__u32 zero = 0;

	if (!task)
		return 0;
	n = bpf_map_lookup_elem(&newest, &zero);
	if (!n || task->pid <= n->pid)
		return 0;
	t = bpf_task_acquire(task);
	if (!t)
		return 0;
	n->pid = t->pid;
	n->task = t;
	return 0;
}
