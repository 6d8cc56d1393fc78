// diagnose_twentysecond_graph.bpf.c with each fix bpfvet suggests applied as
// written: the kernel and bpfvet must both accept every program.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>
#define CORE __attribute__((preserve_access_index))
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))
char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; } CORE;
struct bpf_rb_root { __u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_rb_node { __u64 __opaque[4]; } __attribute__((aligned(8)));
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void *bpf_obj_new_impl(__u64 local_type_id__k, void *meta__ign) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta__ign) __ksym;
extern int bpf_rbtree_add_impl(struct bpf_rb_root *root, struct bpf_rb_node *node,
			       bool (less)(struct bpf_rb_node *a, const struct bpf_rb_node *b),
			       void *meta__ign, __u64 off) __ksym;
extern struct bpf_rb_node *bpf_rbtree_first(struct bpf_rb_root *root) __ksym;
extern struct bpf_rb_node *bpf_rbtree_remove(struct bpf_rb_root *root, struct bpf_rb_node *node) __ksym;
#define bpf_core_type_id_local(type) __builtin_btf_type_id(*(type *)0, 0)
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_obj_drop(p) bpf_obj_drop_impl(p, NULL)
extern void *bpf_refcount_acquire_impl(void *kptr, void *meta__ign) __ksym;
#define bpf_refcount_acquire(p) ((__typeof__(p))bpf_refcount_acquire_impl(p, NULL))
struct bpf_refcount { __u32 __opaque[1]; } __attribute__((aligned(4)));

/* M: keep the largest packets seen in a tree ordered by length */
struct big {
	struct bpf_rb_node rb;
	__u32 len;
	__u32 ifindex;
};

private(T) struct bpf_spin_lock tree_lock;
private(T) struct bpf_rb_root biggest __contains(big, rb);

static bool big_less(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	struct big *x = container_of(a, struct big, rb);
	struct big *y = container_of(b, struct big, rb);

	return x->len > y->len;
}

SEC("tc")
int remember_big(struct __sk_buff *skb)
{
	struct big *b;

	if (skb->len < 1400)
		return TC_ACT_OK;
	b = bpf_obj_new(struct big);
	if (!b)
		return TC_ACT_OK;
	b->len = skb->len;
	b->ifindex = skb->ifindex;
	bpf_spin_lock(&tree_lock);
	bpf_rbtree_add_impl(&biggest, &b->rb, big_less, NULL, 0);
	bpf_spin_unlock(&tree_lock);
	return TC_ACT_OK;
}

/* N: take the largest entry out of the tree and free it */
SEC("tc")
int evict_big(struct __sk_buff *skb)
{
	struct bpf_rb_node *first;

	bpf_spin_lock(&tree_lock);
	first = bpf_rbtree_first(&biggest);
	if (!first) {
		bpf_spin_unlock(&tree_lock);
		return TC_ACT_OK;
	}
	struct bpf_rb_node *n = bpf_rbtree_remove(&biggest, first);
	bpf_spin_unlock(&tree_lock);
	if (n)
		bpf_obj_drop(container_of(n, struct big, rb));
	return TC_ACT_OK;
}

/* O: count the wakeups of each task, holding the task while its storage
 * is looked up */
struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} wakeups SEC(".maps");

SEC("tp_btf/sched_wakeup")
int count_wakeups(__u64 *ctx)
{
	struct task_struct *p = (struct task_struct *)ctx[0], *t;
	__u64 *n;

	t = bpf_task_acquire(p);
	if (!t)
		return 0;
	n = bpf_task_storage_get(&wakeups, t, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (n)
		__sync_fetch_and_add(n, 1);
	bpf_task_release(t);
	return 0;
}

/* P: index every sampled packet both by length and by arrival time */
struct sample {
	struct bpf_rb_node by_len;
	struct bpf_rb_node by_time;
	__u64 tstamp;
	__u32 len;
	struct bpf_refcount ref;
};

private(S) struct bpf_spin_lock samples_lock;
private(S) struct bpf_rb_root samples_len __contains(sample, by_len);
private(S) struct bpf_rb_root samples_time __contains(sample, by_time);

static bool len_less(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	return container_of(a, struct sample, by_len)->len <
	       container_of(b, struct sample, by_len)->len;
}

static bool time_less(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	return container_of(a, struct sample, by_time)->tstamp <
	       container_of(b, struct sample, by_time)->tstamp;
}

SEC("tc")
int index_sample(struct __sk_buff *skb)
{
	struct sample *s = bpf_obj_new(struct sample);

	if (!s)
		return TC_ACT_OK;
	s->len = skb->len;
	s->tstamp = skb->tstamp;
	bpf_spin_lock(&samples_lock);
	struct sample *s2 = bpf_refcount_acquire(s);
	bpf_rbtree_add_impl(&samples_len, &s->by_len, len_less, NULL, 0);
	if (s2)
		bpf_rbtree_add_impl(&samples_time, &s2->by_time, time_less, NULL, 0);
	bpf_spin_unlock(&samples_lock);
	return TC_ACT_OK;
}
