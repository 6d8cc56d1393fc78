// The twenty-first held-out batch's kptr program with the suggested fix
// applied as written (diagnose_twentyfirst_kptr.bpf.c has the original).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
char LICENSE[] SEC("license") = "GPL";
struct task_struct { int pid; int tgid; char comm[16]; } CORE;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

/* E: forget the task remembered for this pid when it exits */
struct watched {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, struct watched);
} watch SEC(".maps");

SEC("tp_btf/sched_process_exit")
int forget_task(__u64 *ctx)
{
	struct task_struct *cur = bpf_get_current_task_btf();
	__u32 pid = cur->pid;
	struct watched *w = bpf_map_lookup_elem(&watch, &pid);

	if (!w)
		return 0;
	struct task_struct *old = bpf_kptr_xchg(&w->task, 0);
	if (old) bpf_task_release(old);
	bpf_map_delete_elem(&watch, &pid);
	return 0;
}
