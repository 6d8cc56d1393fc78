// Batch 44's kptr shape (tests/explain/README.md): a task taken out of a
// map's kptr field with bpf_kptr_xchg(), and an early return, in a block
// of its own, that keeps it (task_kfunc_success's xchg_release).  Needs
// clang 15 or later for the BTF type tags.
// diagnose_selftest_shapes_kptr_fixed.bpf.c applies the fix as written.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
typedef unsigned long long u64;
struct task_struct { int pid; } CORE;

void bpf_task_release(struct task_struct *p) __ksym;

struct value {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, int);
	__type(value, struct value);
} parked SEC(".maps");

char LICENSE[] SEC("license") = "GPL";

int misses;

SEC("tp_btf/sched_wakeup")
int move_parked(u64 *ctx)
{
	int from = 0, to = 1;
	struct value *v = bpf_map_lookup_elem(&parked, &from), *w;
	struct task_struct *t;

	if (!v)
		return 0;
	t = bpf_kptr_xchg(&v->task, NULL);
	if (!t)
		return 0;
	w = bpf_map_lookup_elem(&parked, &to);
	if (!w) {
		misses++;
		return 0;
	}
	t = bpf_kptr_xchg(&w->task, t);
	if (t)
		bpf_task_release(t);
	return 0;
}
