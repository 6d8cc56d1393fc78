/* Kernel pointers kept in map values (kptrs): `struct task_struct __kptr
 * *t;` is a field the kernel owns.  The program may load it (and gets a
 * pointer that may be NULL, untrusted unless RCU protects it), store to an
 * unreferenced one only a pointer of that very type or NULL, and move a
 * referenced one in and out only with bpf_kptr_xchg().  Every access must
 * be a whole, aligned 8-byte load or store at a constant offset.
 *
 * Written from the kernel's documentation and its observed messages
 * (tests/bpf/kptrs.bpf.c compares both). */
#include <bpf/btf.h>
#include <errno.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

/* Kernel structs whose kptrs stay valid inside an RCU section. */
static bool rcu_protected(const char *name)
{
	static const char *const names[] = { "task_struct", "cgroup", "bpf_cpumask", "prog_test_ref_kfunc",
					     "bpf_crypto_ctx" };

	for (size_t i = 0; i < BV_ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

static const struct btf_type *skip_quals(const struct btf *btf, uint32_t id, uint32_t *out)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	while (t && (btf_is_const(t) || btf_is_volatile(t) || btf_is_typedef(t) || btf_is_restrict(t))) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (out)
		*out = id;
	return t;
}

static void add_field(struct venv *env, struct kptr_rec *k, const struct btf *btf, const struct btf_type *ptr,
		      uint32_t off)
{
	static const struct {
		const char *tag;
		int kind;
	} tags[] = { { "kptr_untrusted", KPTR_UNREF }, { "kptr", KPTR_REF }, { "percpu_kptr", KPTR_PERCPU },
		     { "uptr", KPTR_UPTR } };
	const struct btf_type *tag = btf__type_by_id(btf, ptr->type), *target;
	uint32_t target_id;
	const char *tname;
	struct kptr_field *f;

	if (!tag || !btf_is_type_tag(tag))
		return;
	tname = btf__name_by_offset(btf, tag->name_off);
	for (size_t i = 0; i < BV_ARRAY_SIZE(tags); i++) {
		if (!tname || strcmp(tname, tags[i].tag))
			continue;
		if (k->n >= MAX_KPTR_FIELDS) {
			k->overflow = 1;
			return;
		}
		target = skip_quals(btf, tag->type, &target_id);
		/* the kernel looks a kptr's struct up by name and kind: a
		 * declaration (`struct T;`) finds nothing, and the field is
		 * left a plain number */
		if (!target || !btf_is_struct(target)) {
			if (target && btf_is_fwd(target))
				k->declared_only = btf__name_by_offset(btf, target->name_off);
			return;
		}
		f = &k->f[k->n++];
		f->off = off;
		f->kind = (uint8_t)tags[i].kind;
		f->name = btf__name_by_offset(btf, target->name_off);
		f->btf_id = kernel_struct_id(env, f->name);
		f->local = 0;
		if (f->btf_id) {
			f->name = kernel_type_name(env, f->btf_id);
		} else {
			/* a struct the kernel has not: the program's own,
			 * an object of bpf_obj_new */
			f->local = 1;
			f->btf_id = target_id;
		}
		return;
	}
}

static void walk_fields(struct venv *env, struct kptr_rec *k, const struct btf *btf, uint32_t id, uint32_t off,
			int depth)
{
	const struct btf_type *t = skip_quals(btf, id, &id);

	if (!t || depth > 8 || k->overflow)
		return;
	if (btf_is_ptr(t)) {
		add_field(env, k, btf, t, off);
	} else if (btf_is_struct(t)) {
		const struct btf_member *m = btf_members(t);

		for (int i = 0; i < btf_vlen(t); i++)
			if (!btf_member_bitfield_size(t, i))
				walk_fields(env, k, btf, m[i].type, off + btf_member_bit_offset(t, i) / 8, depth + 1);
	} else if (btf_is_array(t)) {
		const struct btf_array *a = btf_array(t);
		__s64 size = btf__resolve_size(btf, a->type);

		for (uint32_t i = 0; size > 0 && i < a->nelems && !k->overflow; i++)
			walk_fields(env, k, btf, a->type, off + i * (uint32_t)size, depth + 1);
	} else if (btf_is_datasec(t)) {
		const struct btf_var_secinfo *s = btf_var_secinfos(t);

		for (int i = 0; i < btf_vlen(t); i++) {
			const struct btf_type *var = btf__type_by_id(btf, s[i].type);

			if (var && btf_is_var(var))
				walk_fields(env, k, btf, var->type, off + s[i].offset, depth + 1);
		}
	}
}

/* The kptr fields of a struct (or a data section) of the program's BTF. */
void find_kptrs(struct venv *env, struct kptr_rec *k, const struct btf *btf, uint32_t type_id)
{
	memset(k, 0, sizeof(*k));
	if (btf && type_id)
		walk_fields(env, k, btf, type_id, 0, 0);
	if (k->overflow)
		k->n = 0;
}

void map_find_kptrs(struct venv *env, struct vmap *v, uint32_t value_type_id)
{
	const struct bv_object *obj = env->obj;
	/* a global data section's variables are where the loader put them */
	const struct btf *btf = obj && obj->priv ? bv_object_laid_out_btf((struct bv_object *)obj) : NULL;

	find_kptrs(env, &v->kptrs, btf, value_type_id);
}

static const struct kptr_field *kptr_at(const struct kptr_rec *k, int64_t off)
{
	for (int i = 0; k && i < k->n; i++)
		if (k->f[i].off == off)
			return &k->f[i];
	return NULL;
}

static int unmodelled(struct venv *env, const struct kptr_field *f)
{
	if (f->kind == KPTR_UPTR)
		return unsupported(env, "uptr fields are not modelled yet");
	if (f->local && f->kind == KPTR_PERCPU)
		return unsupported(env, "per-CPU kptrs to the program's own struct %s are not modelled yet", f->name);
	return 0;
}

/* For the explanation: r points to one of the program's objects that it
 * does not own, read from a kptr field (or is NULL if it does not). */
void note_borrowed_object(struct venv *env, const struct reg_state *r)
{
	if (r->type != PTR_TO_BTF_ID || !(r->flags & (MEM_ALLOC | BTF_LOCAL)))
		return;
	if (r->flags & (PTR_UNTRUSTED | BTF_LOCAL))
		snprintf(env->detail, sizeof(env->detail), "kptr-untrusted %s", r->btf_name ? r->btf_name : "");
	else if (r->flags & (MEM_RCU | NON_OWN_REF))
		snprintf(env->detail, sizeof(env->detail), "kptr-borrowed %s", r->btf_name ? r->btf_name : "");
}

/* Any load or store whose bytes may touch a kptr field of a map value. */
int check_kptr_overlap(struct venv *env, const struct reg_state *r, int off, int size, bool direct)
{
	const struct kptr_rec *k = r->u.map ? &r->u.map->kptrs : NULL;

	for (int i = 0; k && i < k->n; i++) {
		int64_t p = k->f[i].off;

		if (!(r->smin + off < p + 8 && p < (int64_t)r->umax + off + size))
			continue;
		if (!direct)
			return verr(env, -EACCES, "kptr cannot be accessed indirectly by helper");
		if (!tnum_is_const(r->var_off))
			return verr(env, -EACCES, "kptr access cannot have variable offset");
		if (p != off + (int64_t)r->var_off.value)
			return verr(env, -EACCES, "kptr access misaligned expected=%u off=%llu", (unsigned)p,
				    (unsigned long long)(off + (int64_t)r->var_off.value));
		if (size != 8)
			return verr(env, -EACCES, "kptr access size must be BPF_DW");
	}
	return 0;
}

/* A pointer stored into an unreferenced kptr, or handed to bpf_kptr_xchg()
 * for a referenced one: of the field's own type, at its start.  A kernel
 * pointer may be trusted or RCU (or untrusted, for an unreferenced field);
 * one of the program's objects only owned. */
int kptr_match_type(struct venv *env, const struct kptr_field *f, const struct reg_state *r, int regno)
{
	bool local = r->flags & (MEM_ALLOC | BTF_LOCAL);
	unsigned perm = local ? PTR_MAYBE_NULL | MEM_ALLOC
			      : PTR_MAYBE_NULL | PTR_TRUSTED | MEM_RCU | (f->kind == KPTR_UNREF ? PTR_UNTRUSTED : 0);
	bool type_ok = r->type == PTR_TO_BTF_ID && !(r->flags & ~perm);
	struct reg_state want;
	char t[64], w[64], u[64];

	if (!type_ok)
		goto bad;
	if (!tnum_is_const(r->var_off)) {
		var_off_str(w, sizeof(w), r->var_off);
		return verr(env, -EACCES, "variable %s access var_off=%s disallowed", reg_type_str(env, r, t, sizeof(t)),
			    w);
	}
	if (r->off < 0)
		return verr(env, -EACCES, "negative offset %s ptr R%d off=%d disallowed",
			    reg_type_str(env, r, t, sizeof(t)), regno, r->off);
	/* the program's structs and the kernel's never match each other */
	if (local != f->local)
		goto bad;
	/* a referenced field (and any of the program's objects) takes its own
	 * struct exactly; an unreferenced kernel one also a struct starting with it */
	if (local || f->kind != KPTR_UNREF ? r->off || r->u.btf_id != f->btf_id
					   : !btf_ids_match(env, r->u.btf_id, r->off, f->btf_id))
		goto bad;
	return 0;
bad:
	note_borrowed_object(env, r);
	memset(&want, 0, sizeof(want));
	want.type = PTR_TO_BTF_ID;
	reg_type_str(env, &want, w, sizeof(w));
	want.flags = PTR_UNTRUSTED;
	reg_type_str(env, &want, u, sizeof(u));
	/* the kernel names the register's struct only once its type passed */
	return verr(env, -EINVAL, "invalid kptr access, R%d type=%s%s expected=%s%s%s%s%s", regno,
		    reg_type_str(env, r, t, sizeof(t)), type_ok && r->btf_name ? r->btf_name : "", w, f->name,
		    f->kind == KPTR_UNREF ? " or " : "", f->kind == KPTR_UNREF ? u : "",
		    f->kind == KPTR_UNREF ? f->name : "");
}

/* What a load of a kptr field gives: a pointer that may be NULL, RCU
 * protected inside an RCU section when its struct is (the program's own
 * always are, and are then its objects again, non-owning when refcounted),
 * untrusted otherwise. */
static void kptr_load(struct venv *env, const struct kptr_field *f, struct reg_state *d)
{
	reg_mark_ptr(d, PTR_TO_BTF_ID);
	d->u.btf_id = f->btf_id;
	d->btf_name = f->name;
	d->flags = PTR_MAYBE_NULL;
	if (f->kind == KPTR_UNREF)
		d->flags |= PTR_UNTRUSTED;
	else if (f->kind == KPTR_PERCPU)
		d->flags |= MEM_PERCPU;
	if (f->kind != KPTR_UNREF) {
		if (in_rcu_cs(env) && (f->local || rcu_protected(f->name))) {
			d->flags |= MEM_RCU;
			if (f->local)
				d->flags |= MEM_ALLOC | (local_is_refcounted(env, f->btf_id) ? NON_OWN_REF : 0);
		} else {
			d->flags |= PTR_UNTRUSTED;
		}
	}
	if (f->local && !(d->flags & MEM_ALLOC))
		d->flags |= BTF_LOCAL;
	d->id = new_id(env);
	d->def_insn = (int32_t)env->insn_idx;
}

/* A load or store of the kptr field at the access's offset, if any (the
 * overlap rules have made sure it is the whole field). */
int check_kptr_access(struct venv *env, const struct reg_state *r, int off, int value_regno, const struct bv_insn *insn)
{
	const struct kptr_field *f =
		tnum_is_const(r->var_off) ? kptr_at(&r->u.map->kptrs, off + (int64_t)r->var_off.value) : NULL;
	unsigned cls = insn->code & 0x07, mode = insn->code & 0xe0;
	int err;

	if (!f)
		return 0;
	err = unmodelled(env, f);
	if (err)
		return err;
	if (mode != BV_MEM)
		return verr(env, -EACCES, "kptr in map can only be accessed using BPF_MEM instruction mode");
	if (cls != BV_LDX && f->kind != KPTR_UNREF)
		return verr(env, -EACCES, "store to referenced kptr disallowed");
	if (cls == BV_STX) {
		const struct reg_state *v = &cur_regs(env)[value_regno];

		if (reg_is_null(v))
			return 0;
		return kptr_match_type(env, f, v, value_regno);
	}
	if (cls == BV_ST) {
		if (insn->imm)
			return verr(env, -EACCES, "BPF_ST imm must be 0 when storing to kptr at off=%u", (unsigned)f->off);
		return 0;
	}
	kptr_load(env, f, &cur_regs(env)[value_regno]);
	return 1;
}

/* bpf_kptr_xchg()'s first argument: the referenced kptr field, at a
 * constant offset, of a map value or of an object the program owns. */
int check_kptr_xchg_dest(struct venv *env, const struct reg_state *r, int regno, const struct kptr_field **out)
{
	bool obj = r->type == PTR_TO_BTF_ID && r->flags == MEM_ALLOC;
	const struct vmap *m = obj ? NULL : r->u.map;
	const struct kptr_rec *k;
	const struct kptr_field *f;
	int64_t off;
	char t[64];
	int err;

	if (!obj && (r->type != PTR_TO_MAP_VALUE || (r->flags & PTR_MAYBE_NULL))) {
		note_borrowed_object(env, r);
		return verr(env, -EACCES, "R%d type=%s expected=map_value, ptr_", regno, reg_type_str(env, r, t, sizeof(t)));
	}
	if (!obj && (!m || !m->has_btf))
		return verr(env, -EINVAL, "map '%s' has to have BTF in order to use bpf_kptr_xchg", m ? m->name : "");
	if (!tnum_is_const(r->var_off))
		return verr(env, -EINVAL, "R%d doesn't have constant offset. kptr has to be at the constant offset",
			    regno);
	k = obj ? local_kptrs(env, r->u.btf_id) : &m->kptrs;
	if (!k->n) {
		/* for the explanation, not the log */
		if (k->declared_only)
			snprintf(env->detail, sizeof(env->detail), "kptr to declared-only struct %s", k->declared_only);
		return verr(env, -EINVAL, "R%d has no valid kptr", regno);
	}
	off = (int64_t)r->off + (int64_t)r->var_off.value;
	f = kptr_at(k, off);
	if (!f)
		return verr(env, -EACCES, "off=%lld doesn't point to kptr", (long long)off);
	if (f->kind != KPTR_REF && f->kind != KPTR_PERCPU)
		return verr(env, -EINVAL, "off=%lld kptr isn't referenced kptr", (long long)off);
	err = unmodelled(env, f);
	if (err)
		return err;
	*out = f;
	return 0;
}
