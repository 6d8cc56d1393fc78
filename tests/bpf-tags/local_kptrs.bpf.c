// Kptrs to the program's own structs: objects of bpf_obj_new() stashed in a
// map value (or in another object) with bpf_kptr_xchg() and taken out again;
// what a load of such a field gives inside and outside an RCU section, the
// owning, non-owning and untrusted pointers, and the kernel's fields an
// object may not touch directly.  Needs clang 15 or later for the BTF type
// tags.  Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

typedef unsigned long long u64;

/* the uapi structs (linux/bpf.h of 6.1, as Debian 12 has it, lacks them) */
struct bpf_rb_node { u64 __opaque[4]; } __attribute__((aligned(8)));
struct bpf_refcount { unsigned int __opaque[1]; } __attribute__((aligned(4)));

#define __kptr __attribute__((btf_type_tag("kptr")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))

extern void *bpf_obj_new_impl(u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern void *bpf_refcount_acquire_impl(void *kptr, void *meta) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
#define obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define obj_drop(p) bpf_obj_drop_impl(p, NULL)

/* No struct of the kernel's may share a name with these: a kptr to a
 * kernel struct without a destructor makes the kernel refuse the whole
 * object's BTF (a struct named `rc` does exactly that). */
struct plain { long key; long data; };
struct inner { long a; };
struct outer { long key; struct inner __kptr *in; };
struct refc { long data; struct bpf_rb_node rb; struct bpf_refcount ref; };

struct value {
	struct plain __kptr *p;
	struct outer __kptr *o;
	struct refc __kptr *r;
	struct plain __kptr_untrusted *u;
	long n;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct value);
} m SEC(".maps");

/* clang emits a struct only pointed to through a type tag as a
 * declaration; these make it emit the definitions */
struct refc *force_refc;
struct inner *force_inner;

char LICENSE[] SEC("license") = "GPL";

static struct value *slot(void)
{
	int k = 0;

	return bpf_map_lookup_elem(&m, &k);
}

/* a non-sleepable program runs in an RCU section: the load gives the
 * object itself, RCU protected, readable and writable */
SEC("tc")
int load_plain(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	p->data = 1;
	return p->key;
}

/* a refcounted one comes out non-owning: bpf_refcount_acquire() takes it */
SEC("tc")
int acquire_loaded(void *ctx)
{
	struct value *v = slot();
	struct refc *p, *q;

	if (!v)
		return 0;
	p = v->r;
	if (!p)
		return 0;
	q = bpf_refcount_acquire_impl(p, 0);
	if (!q)
		return 0;
	q->data = 2;
	obj_drop(q);
	return 0;
}

/* outside an RCU section (sleepable): untrusted, read only */
SEC("syscall")
int load_sleepable(void *ctx)
{
	struct value *v = slot();
	struct refc *p;

	if (!v)
		return 0;
	p = v->r;
	if (!p)
		return 0;
	return p->data;
}

SEC("syscall")
int write_sleepable(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	p->key = 1;
	return 0;
}

SEC("syscall")
int load_sleepable_rcu(void *ctx)
{
	struct value *v = slot();
	struct plain *p;
	int r = 0;

	if (!v)
		return 0;
	bpf_rcu_read_lock();
	p = v->p;
	if (p)
		r = p->key;
	bpf_rcu_read_unlock();
	return r;
}

/* stash a new object, drop what was there */
SEC("tc")
int stash(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = obj_new(struct plain);
	if (!p)
		return 0;
	p->key = 7;
	p = bpf_kptr_xchg(&v->p, p);
	if (p)
		obj_drop(p);
	return 0;
}

/* an object inside an object, the outer one then stashed in the map */
SEC("tc")
int stash_nested(void *ctx)
{
	struct value *v = slot();
	struct outer *o;
	struct inner *i;

	if (!v)
		return 0;
	o = obj_new(struct outer);
	if (!o)
		return 0;
	i = obj_new(struct inner);
	if (!i) {
		obj_drop(o);
		return 0;
	}
	i = bpf_kptr_xchg(&o->in, i);
	if (i)
		obj_drop(i);
	o = bpf_kptr_xchg(&v->o, o);
	if (o)
		obj_drop(o);
	return 0;
}

/* taken out, the object is the program's to drop: here it is not */
SEC("tc")
int unstash_leak(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = bpf_kptr_xchg(&v->p, 0);
	if (p)
		p->key = 2;
	return 0;
}

/* stashed, the object is the map's: the pointer is gone */
SEC("tc")
int use_after_stash(void *ctx)
{
	struct value *v = slot();
	struct plain *p, *old;

	if (!v)
		return 0;
	p = obj_new(struct plain);
	if (!p)
		return 0;
	old = bpf_kptr_xchg(&v->p, p);
	if (old)
		obj_drop(old);
	p->key = 5;
	return 0;
}

SEC("tc")
int drop_loaded(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	obj_drop(p);
	return 0;
}

SEC("tc")
int xchg_wrong_type(void *ctx)
{
	struct value *v = slot();
	struct inner *p;

	if (!v)
		return 0;
	p = obj_new(struct inner);
	if (!p)
		return 0;
	p = bpf_kptr_xchg(&v->p, p);
	if (p)
		obj_drop(p);
	return 0;
}

/* a loaded object given back: the kernel's own consistency check trips */
SEC("tc")
int xchg_loaded(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	p = bpf_kptr_xchg(&v->p, p);
	if (p)
		obj_drop(p);
	return 0;
}

SEC("tc")
int xchg_non_owning(void *ctx)
{
	struct value *v = slot();
	struct refc *p;

	if (!v)
		return 0;
	p = v->r;
	if (!p)
		return 0;
	p = bpf_kptr_xchg(&v->r, p);
	if (p)
		obj_drop(p);
	return 0;
}

SEC("syscall")
int xchg_untrusted(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	p = bpf_kptr_xchg(&v->p, p);
	if (p)
		obj_drop(p);
	return 0;
}

/* only into an object the program owns, not one it borrowed */
SEC("tc")
int xchg_into_loaded(void *ctx)
{
	struct value *v = slot();
	struct outer *o;
	struct inner *i;

	if (!v)
		return 0;
	o = v->o;
	if (!o)
		return 0;
	i = bpf_kptr_xchg(&o->in, 0);
	if (i)
		obj_drop(i);
	return 0;
}

SEC("tc")
int xchg_not_kptr(void *ctx)
{
	struct outer *o;
	struct inner *i;

	o = obj_new(struct outer);
	if (!o)
		return 0;
	i = obj_new(struct inner);
	if (!i) {
		obj_drop(o);
		return 0;
	}
	i = bpf_kptr_xchg((void *)&o->key, i);
	if (i)
		obj_drop(i);
	obj_drop(o);
	return 0;
}

SEC("tc")
int xchg_no_kptrs(void *ctx)
{
	struct plain *o;
	struct inner *i;

	o = obj_new(struct plain);
	if (!o)
		return 0;
	i = obj_new(struct inner);
	if (!i) {
		obj_drop(o);
		return 0;
	}
	i = bpf_kptr_xchg((void *)&o->key, i);
	if (i)
		obj_drop(i);
	obj_drop(o);
	return 0;
}

SEC("tc")
int load_nested(void *ctx)
{
	struct value *v = slot();
	struct outer *o;
	struct inner *i;

	if (!v)
		return 0;
	o = v->o;
	if (!o)
		return 0;
	i = o->in;
	if (!i)
		return 0;
	return i->a;
}

SEC("tc")
int store_direct(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = obj_new(struct plain);
	if (!p)
		return 0;
	v->p = p;
	return 0;
}

/* an untrusted field takes an object the program owns, and gives back an
 * untrusted pointer, read only */
SEC("tc")
int untrusted_field(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = obj_new(struct plain);
	if (!p)
		return 0;
	v->u = p;
	obj_drop(p);
	p = v->u;
	if (!p)
		return 0;
	return p->key;
}

SEC("tc")
int untrusted_field_write(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->u;
	if (!p)
		return 0;
	p->key = 3;
	return 0;
}

SEC("tc")
int untrusted_field_wrong(void *ctx)
{
	struct value *v = slot();
	struct inner *p;

	if (!v)
		return 0;
	p = obj_new(struct inner);
	if (!p)
		return 0;
	v->u = (void *)p;
	obj_drop(p);
	return 0;
}

SEC("tc")
int untrusted_field_loaded(void *ctx)
{
	struct value *v = slot();
	struct plain *p;

	if (!v)
		return 0;
	p = v->p;
	if (!p)
		return 0;
	v->u = p;
	return 0;
}

/* bpf_refcount_acquire() of a struct with no field of the kernel's at all */
SEC("tc")
int acquire_no_fields(void *ctx)
{
	struct plain *p, *q;

	p = obj_new(struct plain);
	if (!p)
		return 0;
	q = bpf_refcount_acquire_impl(p, 0);
	if (q)
		obj_drop(q);
	obj_drop(p);
	return 0;
}

SEC("tc")
int acquire_no_refcount(void *ctx)
{
	struct outer *p, *q;

	p = obj_new(struct outer);
	if (!p)
		return 0;
	q = bpf_refcount_acquire_impl(p, 0);
	if (q)
		obj_drop(q);
	obj_drop(p);
	return 0;
}
