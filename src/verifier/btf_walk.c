/* Loads through a pointer to a kernel object (PTR_TO_BTF_ID), typed by the
 * kernel's BTF as the verifier types them: the member at the offset is
 * found by walking the struct (into nested structs, unions and arrays);
 * a scalar member gives a scalar, a pointer to anything but a struct gives
 * untrusted read-only memory (read with faulting loads, at any offset),
 * a pointer to a struct gives another BTF pointer whose trust follows the
 * kernel's rules:
 *  - from an untrusted pointer, untrusted;
 *  - from a trusted or RCU pointer, trusted only where the kernel lists
 *    the field as safe (the lists are BTF types of the running kernel
 *    named "<struct>__safe_trusted", "__safe_rcu", ... ), RCU where the
 *    field is tagged __rcu (then maybe NULL) or listed as RCU-safe, and
 *    otherwise the plain, legacy "ptr_" that may be read but not passed
 *    where trust is required;
 *  - outside an RCU read section (sleepable programs), untrusted.
 * Written from the kernel's documentation of these rules (kfuncs.rst) and
 * checked message by message against the running kernel. */
#include <bpf/btf.h>
#include <errno.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

const struct btf *kernel_btf(const struct venv *env)
{
	struct bv_object *obj = (struct bv_object *)env->prog->obj; /* the BTF is a cache it loads on demand */

	return obj && obj->priv ? btf_target(obj, NULL) : NULL;
}

/* The struct (or union) called name in the kernel's BTF; 0 if none. */
uint32_t kernel_struct_id(struct venv *env, const char *name)
{
	struct bv_object *obj = (struct bv_object *)env->prog->obj;
	uint32_t id;

	if (!obj || !obj->priv || !name)
		return 0;
	id = btf_target_find(obj, name, BTF_KIND_STRUCT);
	return id ? id : btf_target_find(obj, name, BTF_KIND_UNION);
}

/* The name of type id in the kernel's BTF, "" if none. */
const char *kernel_type_name(const struct venv *env, uint32_t id)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *t = btf ? btf__type_by_id(btf, id) : NULL;

	return t ? btf__name_by_offset(btf, t->name_off) : "";
}

/* Point r at the kernel struct called name: its id, and its name as the
 * BTF spells it (so states compare by id). */
void reg_set_btf(struct venv *env, struct reg_state *r, const char *name)
{
	uint32_t id = kernel_struct_id(env, name);

	r->u.btf_id = id;
	r->btf_name = id ? kernel_type_name(env, id) : name;
}

/* "STRUCT", "INT": a kind as the kernel's messages spell it. */
static const char *name_of(const struct btf *btf, const struct btf_type *t)
{
	const char *s = t ? btf__name_by_offset(btf, t->name_off) : NULL;

	return s ? s : "";
}

/* The flags the type tags after a pointer carry: __user, __percpu, __rcu. */
static unsigned tag_flags(const struct btf *btf, uint32_t id)
{
	unsigned flags = 0;

	for (int guard = 0; guard < 32; guard++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *v;

		if (!t || btf_kind(t) != BTF_KIND_TYPE_TAG)
			break;
		v = name_of(btf, t);
		if (!strcmp(v, "user"))
			flags |= MEM_USER;
		else if (!strcmp(v, "percpu"))
			flags |= MEM_PERCPU;
		else if (!strcmp(v, "rcu"))
			flags |= MEM_RCU;
		id = t->type;
	}
	return flags;
}

/* Size of a member's type, arrays flattened: total bytes, the element
 * type after all dimensions and how many elements there are.  False when
 * the type has no size. */
static bool member_size(const struct btf *btf, uint32_t id, uint32_t *size, uint32_t *elem_id, uint32_t *nelems)
{
	uint32_t n = 1;

	for (int guard = 0; guard < 32; guard++) {
		const struct btf_type *t = btf_skip_mods(btf, id, &id);

		if (!t)
			return false;
		if (btf_is_array(t)) {
			n *= btf_array(t)->nelems;
			id = btf_array(t)->type;
			continue;
		}
		*elem_id = id;
		*nelems = n;
		if (btf_is_ptr(t)) {
			*size = n * 8;
			return true;
		}
		if (btf_is_int(t) || btf_is_any_enum(t) || btf_is_composite(t) || btf_is_float(t)) {
			*size = n * t->size;
			return true;
		}
		return false;
	}
	return false;
}

enum { WALK_SCALAR, WALK_PTR, WALK_PTR_UNTRUSTED, WALK_STRUCT };

struct walk {
	uint32_t id;            /* WALK_PTR: the struct pointed to; WALK_STRUCT: the nested struct */
	unsigned flags;         /* WALK_PTR: the pointer's type tags; untrusted
				 * when a union on the way had several members */
	const char *field;      /* WALK_PTR: the member's name */
};

/* Find what lies at off (size bytes) in struct id. */
static int walk_struct(struct venv *env, const struct btf *btf, uint32_t id, int off, int size, struct walk *w)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	for (int depth = 0; depth < 64; depth++) {
		const char *tname = name_of(btf, t)[0] ? name_of(btf, t) : "(anon)"; /* as the kernel names it */
		const struct btf_member *m;
		int vlen;

		if (!t || !btf_is_composite(t))
			return verr(env, -EINVAL, "Type '%s' is not a struct", tname);
		vlen = btf_vlen(t);
		m = btf_members(t);
		/* which member of a union holds is anyone's guess: the pointed-to
		 * union itself too (a union bpf_attr argument), not only one met
		 * inside a struct */
		if (btf_is_union(t) && vlen != 1)
			w->flags |= PTR_UNTRUSTED;
		if ((uint32_t)off + (uint32_t)size > t->size) {
			/* a flexible array of structs at the end may be indexed past it */
			const struct btf_member *last = vlen ? &m[vlen - 1] : NULL;
			const struct btf_type *lt = last ? btf_skip_mods(btf, last->type, NULL) : NULL;
			uint32_t lo = last ? btf_member_bit_offset(t, vlen - 1) / 8 : 0;
			const struct btf_type *et;
			uint32_t eid;

			if (!lt || !btf_is_array(lt) || btf_array(lt)->nelems || (uint32_t)off < lo)
				goto beyond;
			et = btf_skip_mods(btf, btf_array(lt)->type, &eid);
			if (!et || !btf_is_composite(et) || !et->size)
				goto beyond;
			off = (int)(((uint32_t)off - lo) % et->size);
			/* nothing bounds the index: a build that no longer
			 * trusts what an element points to (seen on this
			 * machine's first 6.18.44: pid->numbers[0].ns from a
			 * tp_btf argument was untrusted_ptr_pid_namespace;
			 * its later build says ptr_pid_namespace) */
			if (env->flex_elem_untrusted)
				w->flags |= PTR_UNTRUSTED;
			t = et;
			id = eid;
			continue;
beyond:
			return verr(env, -EACCES, "access beyond struct %s at off %u size %u", tname, (unsigned)off,
				    (unsigned)size);
		}
		for (int i = 0; i < vlen; i++) {
			uint32_t bit = btf_member_bit_offset(t, i), moff = bit / 8, bits = btf_member_bitfield_size(t, i);
			uint32_t msize, elem_id, nelems, end;
			const struct btf_type *mt;
			const char *mname = btf__name_by_offset(btf, m[i].name_off);

			if ((uint32_t)off + (uint32_t)size <= moff)
				break;
			if (bits) {
				/* a bitfield reads as a scalar when the access covers it;
				 * a partial access looks on, and finds nothing */
				if ((uint32_t)off <= moff && (bit + bits + 7) / 8 <= (uint32_t)off + (uint32_t)size)
					return WALK_SCALAR;
				continue;
			}
			if ((uint32_t)off < moff) /* in a hole */
				break;
			if (!member_size(btf, m[i].type, &msize, &elem_id, &nelems))
				return verr(env, -EFAULT, "field %s doesn't have size", mname ? mname : "");
			end = moff + msize;
			if ((uint32_t)off >= end)
				continue;
			mt = btf_skip_mods(btf, m[i].type, NULL);
			if (mt && btf_is_array(mt)) {
				uint32_t esize = msize / nelems;

				moff += ((uint32_t)off - moff) / esize * esize;
				mt = btf_skip_mods(btf, elem_id, NULL);
			} else {
				btf_skip_mods(btf, m[i].type, &elem_id);
			}
			if (mt && btf_is_composite(mt)) {
				/* which member of a union holds is anyone's guess */
				if (btf_is_union(mt) && btf_vlen(mt) > 1)
					w->flags |= PTR_UNTRUSTED;
				if ((uint32_t)off == moff) {
					w->id = elem_id;
					return WALK_STRUCT;
				}
				off -= (int)moff;
				t = mt;
				id = elem_id;
				goto again;
			}
			if (mt && btf_is_ptr(mt)) {
				uint32_t sid;
				const struct btf_type *st;

				if (size != 8 || (uint32_t)off != moff)
					return verr(env, -EACCES,
						    "cannot access ptr member %s with moff %u in struct %s with off %u size %u",
						    mname ? mname : "", moff, tname, (unsigned)off, (unsigned)size);
				st = btf_skip_mods(btf, mt->type, &sid);
				if (st && btf_is_composite(st)) {
					w->id = sid;
					w->flags |= tag_flags(btf, mt->type);
					w->field = mname;
					return WALK_PTR;
				}
				return WALK_PTR_UNTRUSTED; /* to a number, a char, void, ... */
			}
			/* a scalar, or an array of them used as scratch space */
			if ((uint32_t)off + (uint32_t)size > end && !(w->flags & PTR_UNTRUSTED))
				return verr(env, -EACCES,
					    "access beyond the end of member %s (mend:%u) in struct %s with off %u size %u",
					    mname ? mname : "", end, tname, (unsigned)off, (unsigned)size);
			return WALK_SCALAR;
		}
		return verr(env, -EINVAL, "struct %s doesn't have field at offset %d", tname, off);
again:;
	}
	return verr(env, -EFAULT, "struct nesting too deep");
}

/* Whether the kernel lists field, pointing to struct id, as safe to reach
 * from a pointer to struct parent: a member of its "<parent>__safe_<kind>"
 * type.  The field may sit in a nested struct or union of parent; the
 * lists name the member alone. */
static bool listed_safe(struct venv *env, uint32_t parent, const char *field, uint32_t id, const char *kind)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *pt = btf__type_by_id(btf, parent), *st;
	char name[160];
	uint32_t sid;

	if (!pt || !field)
		return false;
	snprintf(name, sizeof(name), "%s__safe_%s", name_of(btf, pt), kind);
	sid = kernel_struct_id(env, name);
	st = sid ? btf__type_by_id(btf, sid) : NULL;
	for (int i = 0; st && i < btf_vlen(st); i++) {
		const struct btf_member *m = &btf_members(st)[i];
		const struct btf_type *mt = btf_skip_mods(btf, m->type, NULL);
		uint32_t target;

		if (strcmp(btf__name_by_offset(btf, m->name_off), field) || !mt || !btf_is_ptr(mt))
			continue;
		btf_skip_mods(btf, mt->type, &target);
		if (target == id)
			return true;
	}
	return false;
}

bool in_rcu_cs(const struct venv *env)
{
	return env->cur->active_rcu || env->cur->active_locks || !in_sleepable(env);
}

/* Whether a kernel pointer to struct id, off bytes in, may be passed where
 * a pointer to struct need_id is wanted: the same struct at offset 0, or a
 * struct nested at that offset.  Looking inside logs what the walk finds
 * wrong, as the kernel's does, but that is not an error of the program. */
bool btf_ids_match(struct venv *env, uint32_t id, int off, uint32_t need_id)
{
	const struct btf *btf = kernel_btf(env);
	char saved[sizeof(env->msg)];
	long err_insn = env->err_insn;

	if (!btf)
		return false;
	memcpy(saved, env->msg, sizeof(saved));
	for (int depth = 0; depth < 64; depth++) {
		struct walk w = { 0 };
		int kind;

		if (off == 0 && id == need_id)
			return true;
		kind = walk_struct(env, btf, id, off, 1, &w);
		if (kind != WALK_STRUCT) {
			memcpy(env->msg, saved, sizeof(saved));
			env->err_insn = err_insn;
			return false;
		}
		id = w.id;
		off = 0;
	}
	return false;
}

static int walk_load(struct venv *env, struct reg_state *regs, const struct reg_state *r, int off, int size,
		     bool write, int value_regno);

/* tc and XDP programs may write one field of a conntrack entry they
 * looked up or allocated, its mark; nothing else of the kernel's. */
static int nf_conn_write(struct venv *env, const struct btf *btf, const struct reg_state *r, int off, int size)
{
	const struct btf_type *t = btf__type_by_id(btf, r->u.btf_id);
	const char *name = t ? btf__name_by_offset(btf, t->name_off) : "";
	const struct btf_member *m;
	int id;

	if (!t || !btf_is_struct(t) || (strcmp(name, "nf_conn") && strcmp(name, "nf_conn___init")))
		return verr(env, -EACCES, "only read is supported");
	/* nf_conn___init wraps an nf_conn: the same offsets */
	id = btf__find_by_name_kind(btf, "nf_conn", BTF_KIND_STRUCT);
	if (id <= 0 || !(t = btf__type_by_id(btf, (uint32_t)id)))
		return unsupported(env, "struct nf_conn is not in the kernel's BTF");
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++, m++) {
		int moff = (int)(btf_member_bit_offset(t, (uint32_t)i) / 8), end;

		if (strcmp(btf__name_by_offset(btf, m->name_off), "mark") || off != moff)
			continue;
		end = moff + (int)btf__resolve_size(btf, m->type);
		if (off + size > end)
			return verr(env, -EACCES, "write access at off %d with size %d beyond the member of nf_conn ended at %d",
				    off, size, end);
		return 0;
	}
	return verr(env, -EACCES, "no write support to nf_conn at off %d", off);
}

int btf_ptr_access(struct venv *env, struct reg_state *regs, int regno, int off, int size, bool write,
		   int value_regno)
{
	struct reg_state *r = &regs[regno];
	/* an object of the program's own struct (MEM_ALLOC; BTF_LOCAL when
	 * loaded untrusted from a kptr), or the kernel's */
	bool own = r->flags & (MEM_ALLOC | BTF_LOCAL);
	const struct btf *btf = own ? prog_btf(env) : kernel_btf(env);
	const char *tname = r->btf_name ? r->btf_name : "";
	int err;

	if (!btf || !r->u.btf_id)
		return unsupported(env, "loads through ptr_%s need the %s BTF", tname, own ? "program's" : "kernel's");
	if (!env->priv)
		return verr(env, -EPERM, "'struct %s' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN", tname);
	if (!env->gpl && !own)
		return verr(env, -EINVAL, "Cannot access kernel 'struct %s' from non-GPL compatible program", tname);
	if (!tnum_is_const(r->var_off)) {
		char tn[48];

		tnum_sbin(tn, sizeof(tn), r->var_off);
		return verr(env, -EACCES, "R%d is ptr_%s invalid variable offset: off=%d, var_off=%s", regno, tname, off,
			    tn);
	}
	off += (int)r->var_off.value;
	if (off < 0)
		return verr(env, -EACCES, "R%d is ptr_%s invalid negative access: off=%d", regno, tname, off);
	if (own) {
		if (write && !(r->flags & MEM_ALLOC)) {
			note_borrowed_object(env, r);
			return verr(env, -EACCES, "only read is supported");
		}
		/* its members, but none of the kernel's fields in it */
		err = check_alloc_access(env, r, off, size);
		return err ? err : walk_load(env, regs, r, off, size, write, value_regno);
	}
	if (r->flags & MEM_USER)
		return verr(env, -EACCES, "R%d is ptr_%s access user memory: off=%d", regno, tname, off);
	if (r->flags & MEM_PERCPU)
		return verr(env, -EACCES, "R%d is ptr_%s access percpu memory: off=%d", regno, tname, off);
	if (write && !(r->flags & MEM_ALLOC)) {
		if (env->prog_type == BV_PROG_STRUCT_OPS)
			return struct_ops_write(env, tname, off, size);
		if (env->prog_type == BV_PROG_SCHED_CLS || env->prog_type == BV_PROG_SCHED_ACT ||
		    env->prog_type == BV_PROG_XDP) {
			err = nf_conn_write(env, btf, r, off, size);
			if (err)
				return err;
			return walk_load(env, regs, r, off, size, write, value_regno);
		}
		return verr(env, -EACCES, "only read is supported");
	}
	return walk_load(env, regs, r, off, size, write, value_regno);
}

/* The struct a map of each type is to the kernel (its ops' map_btf_id):
 * what a program reading fields through a map pointer walks. */
static const struct {
	uint32_t map_type;
	const char *name;
} map_structs[] = {
	{ BPF_MAP_TYPE_HASH, "bpf_htab" }, { BPF_MAP_TYPE_ARRAY, "bpf_array" },
	{ BPF_MAP_TYPE_PROG_ARRAY, "bpf_array" }, { BPF_MAP_TYPE_PERF_EVENT_ARRAY, "bpf_array" },
	{ BPF_MAP_TYPE_PERCPU_HASH, "bpf_htab" }, { BPF_MAP_TYPE_PERCPU_ARRAY, "bpf_array" },
	{ BPF_MAP_TYPE_STACK_TRACE, "bpf_stack_map" }, { BPF_MAP_TYPE_CGROUP_ARRAY, "bpf_array" },
	{ BPF_MAP_TYPE_LRU_HASH, "bpf_htab" }, { BPF_MAP_TYPE_LRU_PERCPU_HASH, "bpf_htab" },
	{ BPF_MAP_TYPE_LPM_TRIE, "lpm_trie" }, { BPF_MAP_TYPE_ARRAY_OF_MAPS, "bpf_array" },
	{ BPF_MAP_TYPE_HASH_OF_MAPS, "bpf_htab" }, { BPF_MAP_TYPE_DEVMAP, "bpf_dtab" },
	{ BPF_MAP_TYPE_SOCKMAP, "bpf_stab" }, { BPF_MAP_TYPE_CPUMAP, "bpf_cpu_map" },
	{ BPF_MAP_TYPE_XSKMAP, "xsk_map" }, { BPF_MAP_TYPE_SOCKHASH, "bpf_shtab" },
	{ BPF_MAP_TYPE_CGROUP_STORAGE, "bpf_cgroup_storage_map" },
	{ BPF_MAP_TYPE_REUSEPORT_SOCKARRAY, "reuseport_array" },
	{ BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE, "bpf_cgroup_storage_map" },
	{ BPF_MAP_TYPE_QUEUE, "bpf_queue_stack" }, { BPF_MAP_TYPE_STACK, "bpf_queue_stack" },
	{ BPF_MAP_TYPE_SK_STORAGE, "bpf_local_storage_map" }, { BPF_MAP_TYPE_DEVMAP_HASH, "bpf_dtab" },
	{ BPF_MAP_TYPE_STRUCT_OPS, "bpf_struct_ops_map" }, { BPF_MAP_TYPE_RINGBUF, "bpf_ringbuf_map" },
	{ BPF_MAP_TYPE_INODE_STORAGE, "bpf_local_storage_map" },
	{ BPF_MAP_TYPE_TASK_STORAGE, "bpf_local_storage_map" }, { BPF_MAP_TYPE_BLOOM_FILTER, "bpf_bloom_filter" },
	{ BPF_MAP_TYPE_USER_RINGBUF, "bpf_ringbuf_map" }, { BPF_MAP_TYPE_CGRP_STORAGE, "bpf_local_storage_map" },
	{ BPF_MAP_TYPE_ARENA, "bpf_arena" },
};

const char *map_struct_name(uint32_t map_type)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(map_structs); i++)
		if (map_structs[i].map_type == map_type)
			return map_structs[i].name;
	return NULL;
}

/* A load through a map pointer reads the kernel's own struct for the map,
 * walked like any kernel struct, without trust (and without the GPL rule
 * of other kernel pointers). */
int map_ptr_access(struct venv *env, struct reg_state *regs, int regno, int off, int size, bool write,
		   int value_regno)
{
	const struct vmap *m = regs[regno].u.map;
	const char *name = m ? map_struct_name(m->type) : NULL;
	struct reg_state as_btf;

	if (!name)
		return verr(env, -EINVAL, "map_ptr access not supported for map type %d", m ? (int)m->type : 0);
	if (!env->priv)
		return verr(env, -EPERM, "'struct %s' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN", name);
	if (off < 0)
		return verr(env, -EACCES, "R%d is %s invalid negative access: off=%d", regno, name, off);
	if (write)
		return verr(env, -EACCES, "only read from %s is supported", name);
	if (!kernel_btf(env))
		return unsupported(env, "loads through a map pointer need the kernel's BTF");
	memset(&as_btf, 0, sizeof(as_btf));
	reg_mark_ptr(&as_btf, PTR_TO_BTF_ID);
	reg_set_btf(env, &as_btf, name);
	if (!as_btf.u.btf_id)
		return unsupported(env, "struct %s is not in the kernel's BTF", name);
	return walk_load(env, regs, &as_btf, off, size, write, value_regno);
}

/* What a load of size bytes at off of the struct r points to gives; the
 * struct is the kernel's, or with MEM_ALLOC (or BTF_LOCAL) the program's. */
static int walk_load(struct venv *env, struct reg_state *regs, const struct reg_state *r, int off, int size,
		     bool write, int value_regno)
{
	bool own = r->flags & (MEM_ALLOC | BTF_LOCAL);
	const struct btf *btf = own ? prog_btf(env) : kernel_btf(env);
	struct walk w = { 0 };
	unsigned flags;
	int kind;

	/* a nested struct at the offset is walked into from its start */
	for (uint32_t id = r->u.btf_id;;) {
		kind = walk_struct(env, btf, id, off, size, &w);
		if (kind != WALK_STRUCT)
			break;
		id = w.id;
		off = 0;
	}
	if (kind < 0)
		return kind;
	if (write || value_regno < 0)
		return 0;
	if (kind == WALK_SCALAR || (kind == WALK_PTR_UNTRUSTED && env->no_untrusted_mem)) {
		mark_reg_unknown(env, regs, value_regno);
		return 0;
	}
	if (kind == WALK_PTR_UNTRUSTED) {
		/* memory of no known type or size: readable, through faulting loads */
		reg_mark_ptr(&regs[value_regno], PTR_TO_MEM);
		regs[value_regno].flags = MEM_RDONLY | PTR_UNTRUSTED;
		regs[value_regno].u.mem_size = 0;
		return 0;
	}
	if (own)
		return unsupported(env, "pointers to structs kept in an object of the program's are not modelled yet");
	flags = w.flags;
	if (r->flags & PTR_UNTRUSTED) {
		flags = PTR_UNTRUSTED;
	} else if (r->ref_obj_id || (r->flags & (PTR_TRUSTED | MEM_ALLOC | MEM_RCU))) {
		if (listed_safe(env, r->u.btf_id, w.field, w.id, "trusted"))
			flags |= PTR_TRUSTED;
		else if (listed_safe(env, r->u.btf_id, w.field, w.id, "trusted_or_null"))
			flags |= PTR_TRUSTED | PTR_MAYBE_NULL;
		else if (in_rcu_cs(env)) {
			bool rcu_or_null = listed_safe(env, r->u.btf_id, w.field, w.id, "rcu_or_null");

			if (listed_safe(env, r->u.btf_id, w.field, w.id, "rcu")) {
				flags |= MEM_RCU;
			} else if ((flags & MEM_RCU) || rcu_or_null) {
				flags |= MEM_RCU | PTR_MAYBE_NULL;
				if (rcu_or_null) /* listed: trusted even through a union */
					flags &= ~(unsigned)PTR_UNTRUSTED;
			}
			else if (!(flags & (MEM_PERCPU | MEM_USER)))
				flags &= ~(unsigned)(PTR_TRUSTED | MEM_ALLOC | MEM_RCU);
		} else {
			flags = PTR_UNTRUSTED;
		}
	} else {
		flags &= ~(unsigned)(PTR_TRUSTED | MEM_ALLOC | MEM_RCU); /* the legacy, unflagged kind */
	}
	reg_mark_ptr(&regs[value_regno], PTR_TO_BTF_ID);
	regs[value_regno].flags = (uint16_t)flags;
	regs[value_regno].u.btf_id = w.id;
	regs[value_regno].btf_name = name_of(btf, btf__type_by_id(btf, w.id));
	if (flags & PTR_MAYBE_NULL)
		regs[value_regno].id = new_id(env);
	return 0;
}
