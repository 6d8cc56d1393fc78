// Objects a program allocates (bpf_obj_new) and the kernel's lists and
// red-black trees of them: owning and non-owning references, the lock
// that guards each head or root, what a head holds (contains: tags), the
// less() callback of bpf_rbtree_add, refcounted objects.  Verdicts and
// level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

typedef unsigned long long u64;

/* defined: libbpf refuses a kfunc prototype naming a declared-only struct */
struct bpf_iter_num { u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

/* the uapi structs (linux/bpf.h of 6.1, as Debian 12 has it, lacks them) */
struct bpf_list_head { u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_list_node { u64 __opaque[3]; } __attribute__((aligned(8)));
struct bpf_rb_root { u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_rb_node { u64 __opaque[4]; } __attribute__((aligned(8)));
struct bpf_refcount { unsigned int __opaque[1]; } __attribute__((aligned(4)));

#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))

extern void *bpf_obj_new_impl(u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern void *bpf_refcount_acquire_impl(void *kptr, void *meta) __ksym;
extern int bpf_list_push_front_impl(struct bpf_list_head *head, struct bpf_list_node *node, void *meta,
				    u64 off) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head, struct bpf_list_node *node, void *meta,
				   u64 off) __ksym;
extern struct bpf_list_node *bpf_list_pop_front(struct bpf_list_head *head) __ksym;
extern struct bpf_list_node *bpf_list_pop_back(struct bpf_list_head *head) __ksym;
extern struct bpf_list_node *bpf_list_front(struct bpf_list_head *head) __ksym;
extern int bpf_rbtree_add_impl(struct bpf_rb_root *root, struct bpf_rb_node *node,
			       _Bool (*less)(struct bpf_rb_node *a, const struct bpf_rb_node *b), void *meta,
			       u64 off) __ksym;
extern struct bpf_rb_node *bpf_rbtree_remove(struct bpf_rb_root *root, struct bpf_rb_node *node) __ksym;
extern struct bpf_rb_node *bpf_rbtree_first(struct bpf_rb_root *root) __ksym;

#define obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define obj_drop(p) bpf_obj_drop_impl(p, NULL)
#define refcount_acquire(p) ((typeof(p))bpf_refcount_acquire_impl(p, NULL))
#define list_push_front(h, n) bpf_list_push_front_impl(h, n, NULL, 0)
#define list_push_back(h, n) bpf_list_push_back_impl(h, n, NULL, 0)
#define rbtree_add(r, n, less) bpf_rbtree_add_impl(r, n, less, NULL, 0)
#define member_of(ptr, type, member) ((type *)((void *)(ptr) - __builtin_offsetof(type, member)))

struct item {
	long key;
	struct bpf_list_node node;
	long data;
};

struct other {
	struct bpf_list_node node;
	long data;
};

struct tnode {
	long pad;
	struct bpf_rb_node rb;
	long key;
};

struct shared {
	struct bpf_refcount ref;
	struct bpf_rb_node rb;
	struct bpf_list_node node;
	long key;
};

/* an object that holds a list of its own, with its own lock */
struct holder {
	long n;
	struct bpf_spin_lock lock;
	struct bpf_list_head head __contains(item, node);
};

struct value {
	struct bpf_spin_lock lock;
	struct bpf_list_head head __contains(item, node);
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct value);
} lists SEC(".maps");

private(A) long gpad;
private(A) struct bpf_spin_lock glock;
private(A) struct bpf_list_head ghead __contains(item, node);
private(B) struct bpf_spin_lock tlock;
private(B) struct bpf_rb_root troot __contains(tnode, rb);
private(C) struct bpf_spin_lock slock;
private(C) struct bpf_rb_root sroot __contains(shared, rb);
private(C) struct bpf_list_head slist __contains(shared, node);
private(D) struct bpf_spin_lock alock;
private(D) struct bpf_list_head aheads[2] __contains(item, node);

char LICENSE[] SEC("license") = "GPL";

SEC("tc")
int new_write_drop(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	p->key = skb->len;
	p->data = p->key * 2;
	obj_drop(p);
	return 0;
}

/* bpf_obj_new may fail */
SEC("tc")
int new_unchecked(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	p->key = 1;
	obj_drop(p);
	return 0;
}

SEC("tc")
int new_leaked(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	p->key = 1;
	return 0;
}

SEC("tc")
int use_after_drop(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	obj_drop(p);
	return p->key;
}

/* the node is the kernel's */
SEC("tc")
int touch_node(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);
	long v;

	if (!p)
		return 0;
	v = *(long *)&p->node;
	obj_drop(p);
	return v;
}

SEC("tc")
int drop_inner_pointer(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	obj_drop(&p->data);
	return 0;
}

/* a list in a global section: push under its lock, pop, drop */
SEC("tc")
int global_push_pop(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);
	struct bpf_list_node *n;

	if (!p)
		return 0;
	p->key = skb->len;
	bpf_spin_lock(&glock);
	list_push_back(&ghead, &p->node);
	p->data = 3; /* non-owning, the lock is still held */
	n = bpf_list_pop_front(&ghead);
	bpf_spin_unlock(&glock);
	if (!n)
		return 0;
	p = member_of(n, struct item, node);
	obj_drop(p);
	return 0;
}

SEC("tc")
int push_without_lock(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	list_push_front(&ghead, &p->node);
	return 0;
}

SEC("tc")
int push_under_other_lock(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&tlock);
	list_push_front(&ghead, &p->node);
	bpf_spin_unlock(&tlock);
	return 0;
}

/* after the unlock the list owns it: the pointer is gone */
SEC("tc")
int use_after_unlock(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	list_push_front(&ghead, &p->node);
	bpf_spin_unlock(&glock);
	return p->data;
}

SEC("tc")
int push_twice(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	list_push_front(&ghead, &p->node);
	list_push_back(&ghead, &p->node);
	bpf_spin_unlock(&glock);
	return 0;
}

SEC("tc")
int push_wrong_type(struct __sk_buff *skb)
{
	struct other *p = obj_new(struct other);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	list_push_front(&ghead, &p->node);
	bpf_spin_unlock(&glock);
	return 0;
}

SEC("tc")
int push_whole_object(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	list_push_front(&ghead, (struct bpf_list_node *)p);
	bpf_spin_unlock(&glock);
	return 0;
}

/* the popped node must be checked, then freed or pushed again */
SEC("tc")
int pop_leaked(struct __sk_buff *skb)
{
	struct bpf_list_node *n;

	bpf_spin_lock(&glock);
	n = bpf_list_pop_back(&ghead);
	bpf_spin_unlock(&glock);
	return n != 0;
}

SEC("tc")
int pop_unchecked(struct __sk_buff *skb)
{
	struct bpf_list_node *n;
	struct item *p;

	bpf_spin_lock(&glock);
	n = bpf_list_pop_back(&ghead);
	bpf_spin_unlock(&glock);
	p = member_of(n, struct item, node);
	return p->key;
}

/* a list in a map value, under the value's lock */
SEC("tc")
int map_value_list(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);
	struct value *v;
	int key = 0;

	if (!p)
		return 0;
	v = bpf_map_lookup_elem(&lists, &key);
	if (!v) {
		obj_drop(p);
		return 0;
	}
	bpf_spin_lock(&v->lock);
	list_push_front(&v->head, &p->node);
	bpf_spin_unlock(&v->lock);
	return 0;
}

/* the value's list head is the kernel's */
SEC("tc")
int map_value_head_read(struct __sk_buff *skb)
{
	struct value *v;
	int key = 0;

	v = bpf_map_lookup_elem(&lists, &key);
	if (!v)
		return 0;
	return *(long *)&v->head;
}

/* a list inside an object, under the object's own lock */
SEC("tc")
int object_list(struct __sk_buff *skb)
{
	struct holder *h = obj_new(struct holder);
	struct item *p;

	if (!h)
		return 0;
	p = obj_new(struct item);
	if (!p) {
		obj_drop(h);
		return 0;
	}
	bpf_spin_lock(&h->lock);
	list_push_front(&h->head, &p->node);
	bpf_spin_unlock(&h->lock);
	obj_drop(h);
	return 0;
}

SEC("tc")
int object_list_global_lock(struct __sk_buff *skb)
{
	struct holder *h = obj_new(struct holder);
	struct item *p;

	if (!h)
		return 0;
	p = obj_new(struct item);
	if (!p) {
		obj_drop(h);
		return 0;
	}
	bpf_spin_lock(&glock);
	list_push_front(&h->head, &p->node);
	bpf_spin_unlock(&glock);
	obj_drop(h);
	return 0;
}

/* an array of heads behind one lock */
SEC("tc")
int head_array(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&alock);
	list_push_front(&aheads[1], &p->node);
	bpf_spin_unlock(&alock);
	return 0;
}

static _Bool less(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	struct tnode *x = member_of(a, struct tnode, rb);
	struct tnode *y = member_of(b, struct tnode, rb);

	return x->key < y->key;
}

SEC("tc")
int tree_add_first_remove(struct __sk_buff *skb)
{
	struct tnode *p = obj_new(struct tnode);
	struct bpf_rb_node *n;

	if (!p)
		return 0;
	p->key = skb->len;
	bpf_spin_lock(&tlock);
	rbtree_add(&troot, &p->rb, less);
	n = bpf_rbtree_first(&troot);
	if (n)
		n = bpf_rbtree_remove(&troot, n);
	bpf_spin_unlock(&tlock);
	if (n)
		obj_drop(member_of(n, struct tnode, rb));
	return 0;
}

/* the first node is the tree's: it cannot be dropped */
SEC("tc")
int tree_drop_first(struct __sk_buff *skb)
{
	struct bpf_rb_node *n;

	bpf_spin_lock(&tlock);
	n = bpf_rbtree_first(&troot);
	bpf_spin_unlock(&tlock);
	if (n)
		obj_drop(member_of(n, struct tnode, rb));
	return 0;
}

static _Bool less_locks(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	bpf_spin_unlock(&tlock);
	return a < b;
}

SEC("tc")
int tree_less_unlocks(struct __sk_buff *skb)
{
	struct tnode *p = obj_new(struct tnode);

	if (!p)
		return 0;
	bpf_spin_lock(&tlock);
	rbtree_add(&troot, &p->rb, less_locks);
	bpf_spin_unlock(&tlock);
	return 0;
}

static _Bool less_removes(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	bpf_rbtree_remove(&troot, (struct bpf_rb_node *)b);
	return 0;
}

SEC("tc")
int tree_less_removes(struct __sk_buff *skb)
{
	struct tnode *p = obj_new(struct tnode);

	if (!p)
		return 0;
	bpf_spin_lock(&tlock);
	rbtree_add(&troot, &p->rb, less_removes);
	bpf_spin_unlock(&tlock);
	return 0;
}

static _Bool less_shared(struct bpf_rb_node *a, const struct bpf_rb_node *b)
{
	return member_of(a, struct shared, rb)->key < member_of(b, struct shared, rb)->key;
}

/* a refcounted object in a tree and a list at once: a second reference
 * before the first is handed over */
SEC("tc")
int refcounted_tree_and_list(struct __sk_buff *skb)
{
	struct shared *p = obj_new(struct shared), *q;

	if (!p)
		return 0;
	p->key = skb->len;
	q = refcount_acquire(p);
	bpf_spin_lock(&slock);
	rbtree_add(&sroot, &p->rb, less_shared);
	list_push_front(&slist, &q->node);
	bpf_spin_unlock(&slock);
	return 0;
}

/* a reference from a non-owning pointer may fail */
SEC("tc")
int refcount_from_non_owning(struct __sk_buff *skb)
{
	struct shared *p = obj_new(struct shared), *q;

	if (!p)
		return 0;
	bpf_spin_lock(&slock);
	rbtree_add(&sroot, &p->rb, less_shared);
	q = refcount_acquire(p);
	bpf_spin_unlock(&slock);
	q->key = 1;
	obj_drop(q);
	return 0;
}

SEC("tc")
int refcount_plain_object(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item), *q;

	if (!p)
		return 0;
	q = refcount_acquire(p);
	obj_drop(p);
	if (q)
		obj_drop(q);
	return 0;
}

/* tracing programs may not use lists or trees */
SEC("kprobe/do_nanosleep")
int list_in_kprobe(void *ctx)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	list_push_front(&ghead, &p->node);
	bpf_spin_unlock(&glock);
	return 0;
}

/* the front of a list is the list's: readable under the lock */
SEC("tc")
int list_front_read(struct __sk_buff *skb)
{
	struct bpf_list_node *n;
	long v = 0;

	bpf_spin_lock(&glock);
	n = bpf_list_front(&ghead);
	if (n)
		v = member_of(n, struct item, node)->data;
	bpf_spin_unlock(&glock);
	return v;
}

/* under the lock: list and tree calls and the numbers iterator, not
 * bpf_obj_drop */
SEC("tc")
int drop_under_lock(struct __sk_buff *skb)
{
	struct item *p = obj_new(struct item);

	if (!p)
		return 0;
	bpf_spin_lock(&glock);
	obj_drop(p);
	bpf_spin_unlock(&glock);
	return 0;
}

SEC("tc")
int iterate_under_lock(struct __sk_buff *skb)
{
	u64 it[1];
	int *x, s = 0;

	bpf_spin_lock(&glock);
	bpf_iter_num_new((struct bpf_iter_num *)it, 0, 3);
	while ((x = bpf_iter_num_next((struct bpf_iter_num *)it)))
		s += *x;
	bpf_iter_num_destroy((struct bpf_iter_num *)it);
	bpf_spin_unlock(&glock);
	return s;
}
