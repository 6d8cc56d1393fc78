// diagnose_nineteenth_tags.bpf.c with each fix bpfvet suggests applied as
// written: the kernel and bpfvet accept them.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#define CORE __attribute__((preserve_access_index))
#define __kptr __attribute__((btf_type_tag("kptr")))
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))
char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; } CORE;
struct bpf_list_head { __u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_list_node { __u64 __opaque[3]; } __attribute__((aligned(8)));
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id__k, void *meta__ign) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta__ign) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head, struct bpf_list_node *node, void *meta__ign, __u64 off) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_core_type_id_local(type) __builtin_btf_type_id(*(type *)0, 0)

/* K: queue flow records on a list under a lock, return the new record's id */
struct rec {
	struct bpf_list_node node;
	__u64 id;
	__u32 len;
};

private(A) struct bpf_spin_lock lock;
private(A) struct bpf_list_head recs __contains(rec, node);
private(A) __u64 next_id;

SEC("tc")
int queue_rec(struct __sk_buff *skb)
{
	struct rec *r = bpf_obj_new(struct rec);

	if (!r)
		return TC_ACT_OK;
	r->len = skb->len;
	bpf_spin_lock(&lock);
	r->id = ++next_id;
	bpf_list_push_back_impl(&recs, &r->node, NULL, 0);
	__typeof__(r->id) id = r->id;
	bpf_spin_unlock(&lock);
	skb->mark = id;
	return TC_ACT_OK;
}

/* L: report the pid of the task saved by another program */
struct saved {
	struct task_struct __kptr *task;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct saved);
} saved SEC(".maps");

SEC("tp_btf/sched_switch")
int saved_pid(__u64 *ctx)
{
	__u32 zero = 0;
	struct saved *s = bpf_map_lookup_elem(&saved, &zero);

	if (!s)
		return 0;
	__typeof__(s->task) task = s->task;
	if (!task)
		return 0;
	bpf_printk("saved pid %d", task->pid);
	return 0;
}
