// A node taken out of an rbtree and put back without checking what
// bpf_rbtree_remove() returned: on this machine's kernel (which no longer
// takes every kfunc argument as trusted) the maybe-NULL pointer to the
// node inside its struct is "modified" and refused at the call; found by
// the kernel's rbtree_fail selftest.  requeue_checked is the fix as
// bpfvet words it; the kernel accepts it.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))
char LICENSE[] SEC("license") = "GPL";

struct bpf_rb_root { __u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_rb_node { __u64 __opaque[4]; } __attribute__((aligned(8)));
extern int bpf_rbtree_add_impl(struct bpf_rb_root *root, struct bpf_rb_node *node,
			       bool (less)(struct bpf_rb_node *a, const struct bpf_rb_node *b),
			       void *meta__ign, __u64 off) __ksym;
extern struct bpf_rb_node *bpf_rbtree_first(struct bpf_rb_root *root) __ksym;
extern struct bpf_rb_node *bpf_rbtree_remove(struct bpf_rb_root *root, struct bpf_rb_node *node) __ksym;

struct item {
	__u64 key;
	struct bpf_rb_node rb;
};

/* the struct must be in the object's BTF for __contains to name it */
struct item *last_requeued;

private(Q) struct bpf_spin_lock queue_lock;
private(Q) struct bpf_rb_root queue __contains(item, rb);

static bool item_less(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	return container_of(a, struct item, rb)->key < container_of(b, struct item, rb)->key;
}

SEC("tc")
int requeue_unchecked(struct __sk_buff *skb)
{
	struct bpf_rb_node *res;

	bpf_spin_lock(&queue_lock);
	res = bpf_rbtree_first(&queue);
	if (!res) {
		bpf_spin_unlock(&queue_lock);
		return TC_ACT_OK;
	}
	res = bpf_rbtree_remove(&queue, res);
	bpf_rbtree_add_impl(&queue, res, item_less, NULL, 0);
	bpf_spin_unlock(&queue_lock);
	return TC_ACT_OK;
}

SEC("tc")
int requeue_checked(struct __sk_buff *skb)
{
	struct bpf_rb_node *res;

	bpf_spin_lock(&queue_lock);
	res = bpf_rbtree_first(&queue);
	if (!res) {
		bpf_spin_unlock(&queue_lock);
		return TC_ACT_OK;
	}
	res = bpf_rbtree_remove(&queue, res);
	if (!res) {
		bpf_spin_unlock(&queue_lock);
		return 0;
	}
	bpf_rbtree_add_impl(&queue, res, item_less, NULL, 0);
	bpf_spin_unlock(&queue_lock);
	return TC_ACT_OK;
}
