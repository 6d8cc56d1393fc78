// A map value field meant as a kptr but without the `kptr` type tag (what
// clang before 15 emits for `struct task_struct __kptr *t;`): the kernel
// keeps it a plain number, and a kfunc given what was loaded from it
// refuses it ("arg#0 pointer type STRUCT task_struct must point to scalar,
// or struct with scalar").  tests/test_cli.sh checks the explanation.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_struct {
	int pid;
} __attribute__((preserve_access_index));

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct val {
	struct task_struct *t; /* no tag: a number to the kernel */
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct val);
} store SEC(".maps");

SEC("tc")
int acquire_untagged(struct __sk_buff *skb)
{
	struct task_struct *t;
	struct val *v;
	int zero = 0, pid;

	v = bpf_map_lookup_elem(&store, &zero);
	if (!v || !v->t)
		return 0;
	t = bpf_task_acquire(v->t);
	if (!t)
		return 0;
	/* a member used: clang emits the struct, not a declaration */
	pid = t->pid;
	bpf_task_release(t);
	return pid;
}
