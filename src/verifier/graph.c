/* Objects a program allocates for itself (bpf_obj_new) and the kernel's
 * linked lists and red-black trees of them.
 *
 * An object is a pointer to a struct of the program's own BTF, MEM_ALLOC.
 * Whoever holds its reference owns it: reads and writes its fields, drops
 * it, or hands it to a list or a tree.  Once a list or tree has it, every
 * copy of the pointer is a non-owning reference (NON_OWN_REF), usable
 * while the lock that guards the list or tree is held and gone when it is
 * released.  Every operation on a list head or tree root needs the
 * bpf_spin_lock of the same map value or object.  Which struct a head
 * holds, and through which member, a decl tag on the head says:
 * `contains:item:node`.
 *
 * Written from the kernel's documentation (graph_ds_impl.rst, kfuncs.rst)
 * and its observed verdicts and logs (tests/bpf/graph.bpf.c compares). */
#include <bpf/btf.h>
#include <errno.h>
#include <linux/btf.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"
#include "util/btf_util.h"
#include "verifier/verifier.h"

static const struct {
	const char *name;
	uint8_t kind;
	uint8_t size;
} specials[] = {
	{ "bpf_spin_lock", GF_SPIN_LOCK, 4 }, { "bpf_list_head", GF_LIST_HEAD, 16 },
	{ "bpf_list_node", GF_LIST_NODE, 24 }, { "bpf_rb_root", GF_RB_ROOT, 16 },
	{ "bpf_rb_node", GF_RB_NODE, 32 }, { "bpf_refcount", GF_REFCOUNT, 4 },
};

const char *graph_field_name(int kind)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(specials); i++)
		if (specials[i].kind == kind)
			return specials[i].name;
	return "";
}

static int field_size(int kind)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(specials); i++)
		if (specials[i].kind == kind)
			return specials[i].size;
	return 0;
}

/* `contains:NAME:NODE` on a head or root: the struct it holds and where
 * that struct's node is.  A tag that names nothing leaves value_id 0. */
static void parse_contains(const struct btf *btf, uint32_t owner, int comp, struct graph_field *f)
{
	const char *v = NULL, *colon;
	char name[128];
	const struct btf_type *t;
	const struct btf_member *m;
	int id;
	int want = f->kind == GF_LIST_HEAD ? GF_LIST_NODE : GF_RB_NODE;

	if (btf_decl_tag_value_at(btf, owner, comp, "contains:", &v) != 1 || !v)
		return;
	colon = strchr(v, ':');
	if (!colon || (size_t)(colon - v) >= sizeof(name))
		return;
	memcpy(name, v, (size_t)(colon - v));
	name[colon - v] = '\0';
	id = btf__find_by_name_kind(btf, name, BTF_KIND_STRUCT);
	t = id > 0 ? btf__type_by_id(btf, (uint32_t)id) : NULL;
	if (!t)
		return;
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++) {
		const struct btf_type *mt = btf_skip_mods(btf, m[i].type, NULL);
		const char *mn = btf__name_by_offset(btf, m[i].name_off);

		if (!mn || strcmp(mn, colon + 1) || !mt || !btf_is_struct(mt) ||
		    strcmp(btf__name_by_offset(btf, mt->name_off), graph_field_name(want)))
			continue;
		f->value_id = (uint32_t)id;
		f->node_off = btf_member_bit_offset(t, i) / 8;
		f->value_name = btf__name_by_offset(btf, t->name_off);
		return;
	}
}

/* The field of type `type` at off, declared as member comp of owner (or
 * as variable owner): one of the kernel's, an array of them, or a struct
 * holding some, however nested. */
static void add_field(struct graph_rec *rec, const struct btf *btf, uint32_t type, uint32_t off, uint32_t owner,
		      int comp, int depth)
{
	const struct btf_type *t = btf_skip_mods(btf, type, &type);
	const char *name = t && btf_is_struct(t) ? btf__name_by_offset(btf, t->name_off) : NULL;
	struct graph_field *f;

	if (!t || depth > 8)
		return;
	if (btf_is_array(t)) {
		const struct btf_array *a = btf_array(t);
		__s64 size = btf__resolve_size(btf, a->type);

		for (uint32_t i = 0; size > 0 && i < a->nelems && i < MAX_GRAPH_FIELDS; i++)
			add_field(rec, btf, a->type, off + i * (uint32_t)size, owner, comp, depth + 1);
		return;
	}

	for (size_t i = 0; name && i < BV_ARRAY_SIZE(specials); i++) {
		if (strcmp(name, specials[i].name))
			continue;
		if (specials[i].kind == GF_SPIN_LOCK) {
			rec->spin_lock_off = (int)off;
		} else if (specials[i].kind == GF_REFCOUNT) {
			rec->refcount_off = (int)off;
		} else if (rec->n < MAX_GRAPH_FIELDS) {
			f = &rec->f[rec->n++];
			memset(f, 0, sizeof(*f));
			f->off = off;
			f->kind = specials[i].kind;
			if (f->kind == GF_LIST_HEAD || f->kind == GF_RB_ROOT)
				parse_contains(btf, owner, comp, f);
		}
		return;
	}
	if (name) {
		const struct btf_member *m = btf_members(t);

		for (int i = 0; i < btf_vlen(t); i++)
			if (!btf_member_bitfield_size(t, i))
				add_field(rec, btf, m[i].type, off + btf_member_bit_offset(t, i) / 8, type, i, depth + 1);
	}
}

/* The kernel's fields of a struct, or of a global data section's
 * variables; NULL when it has none (or on no memory). */
static struct graph_rec *build_rec(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t = btf ? btf_skip_mods(btf, id, &id) : NULL;
	struct graph_rec *rec;

	if (!t || !(btf_is_struct(t) || btf_is_datasec(t)))
		return NULL;
	rec = calloc(1, sizeof(*rec));
	if (!rec)
		return NULL;
	rec->spin_lock_off = rec->refcount_off = -1;
	if (btf_is_datasec(t)) {
		const struct btf_var_secinfo *v = btf_var_secinfos(t);

		for (int i = 0; i < btf_vlen(t); i++) {
			const struct btf_type *var = btf__type_by_id(btf, v[i].type);

			if (var && btf_is_var(var))
				add_field(rec, btf, var->type, v[i].offset, v[i].type, -1, 0);
		}
	} else {
		const struct btf_member *m = btf_members(t);

		for (int i = 0; i < btf_vlen(t); i++)
			if (!btf_member_bitfield_size(t, i))
				add_field(rec, btf, m[i].type, btf_member_bit_offset(t, i) / 8, id, i, 1);
	}
	if (!rec->n && rec->spin_lock_off < 0 && rec->refcount_off < 0) {
		free(rec);
		return NULL;
	}
	return rec;
}

void map_find_graph(struct venv *env, struct vmap *v, uint32_t value_type_id)
{
	/* a global data section's variables are where the loader put them */
	const struct btf *btf = env->obj ? bv_object_laid_out_btf((struct bv_object *)env->obj) : NULL;
	struct graph_rec *rec = value_type_id ? build_rec(btf, value_type_id) : NULL;

	/* a lock in a nested struct counts too */
	if (rec && v->spin_lock_off < 0)
		v->spin_lock_off = rec->spin_lock_off;
	if (rec && !rec->n) {
		free(rec);
		rec = NULL;
	}
	v->graph = rec;
}

/* Whether the kernel takes a value with these fields: every list head and
 * tree root must say, by a contains: tag naming a struct and its node
 * member of the right kind, what it holds.  With one that does not, the
 * kernel knows none of the value's special fields (observed: "map '.data.A'
 * has no valid bpf_spin_lock" for the lock beside such a root). */
bool graph_rec_valid(const struct graph_rec *rec)
{
	for (int i = 0; rec && i < rec->n; i++)
		if ((rec->f[i].kind == GF_LIST_HEAD || rec->f[i].kind == GF_RB_ROOT) && !rec->f[i].value_id)
			return false;
	return true;
}

/* A struct with none of the kernel's fields. */
static const struct graph_rec none = { .spin_lock_off = -1, .refcount_off = -1 };

/* The fields of an object of the program's struct id, computed once. */
static const struct graph_rec *local_rec(struct venv *env, uint32_t id)
{
	const struct btf *btf = prog_btf(env);

	if (!btf || id >= btf__type_cnt(btf))
		return &none;
	if (!env->local_recs) {
		env->local_recs = calloc(btf__type_cnt(btf), sizeof(*env->local_recs));
		if (!env->local_recs)
			return &none;
		env->n_local_recs = btf__type_cnt(btf);
	}
	if (!env->local_recs[id]) {
		struct graph_rec *rec = build_rec(btf, id);

		if (!rec) {
			rec = calloc(1, sizeof(*rec));
			if (!rec)
				return &none;
			rec->spin_lock_off = rec->refcount_off = -1;
		}
		find_kptrs(env, &rec->kptrs, btf, id);
		env->local_recs[id] = rec;
	}
	return env->local_recs[id];
}

const struct kptr_rec *local_kptrs(struct venv *env, uint32_t id)
{
	return &local_rec(env, id)->kptrs;
}

bool local_is_refcounted(struct venv *env, uint32_t id)
{
	return local_rec(env, id)->refcount_off >= 0;
}

void graph_free(struct venv *env)
{
	for (uint32_t i = 0; i < env->n_local_recs; i++)
		free(env->local_recs[i]);
	free(env->local_recs);
	env->local_recs = NULL;
	env->n_local_recs = 0;
	for (size_t i = 0; env->maps && i < env->n_maps; i++) {
		free(env->maps[i].graph);
		env->maps[i].graph = NULL;
	}
}

/* A list head or tree root among the fields: what tracing programs may
 * not use (a node alone, in a stashed object's struct, is fine). */
bool graph_has_roots(const struct graph_rec *rec)
{
	for (int i = 0; rec && i < rec->n; i++)
		if (rec->f[i].kind == GF_LIST_HEAD || rec->f[i].kind == GF_RB_ROOT)
			return true;
	return false;
}

bool reg_is_alloc(const struct reg_state *r)
{
	return r->type == PTR_TO_BTF_ID && (r->flags & MEM_ALLOC);
}

/* An object of the program's whose struct holds a bpf_spin_lock: its id
 * names the lock, as a map value's does. */
bool alloc_may_hold_lock(struct venv *env, const struct reg_state *r)
{
	return reg_is_alloc(r) && local_rec(env, r->u.btf_id)->spin_lock_off >= 0;
}

int alloc_spin_lock_off(struct venv *env, const struct reg_state *r)
{
	return local_rec(env, r->u.btf_id)->spin_lock_off;
}

/* A load or store through an object of the program's: anything but the
 * kernel's own fields. */
int check_alloc_access(struct venv *env, const struct reg_state *r, int off, int size)
{
	const struct graph_rec *rec = local_rec(env, r->u.btf_id);
	const struct {
		int at, kind;
	} single[] = { { rec->spin_lock_off, GF_SPIN_LOCK }, { rec->refcount_off, GF_REFCOUNT } };

	for (size_t i = 0; i < BV_ARRAY_SIZE(single); i++)
		if (single[i].at >= 0 && off < single[i].at + field_size(single[i].kind) && single[i].at < off + size)
			return verr(env, -EACCES, "direct access to %s is disallowed", graph_field_name(single[i].kind));
	for (int i = 0; i < rec->n; i++) {
		const struct graph_field *f = &rec->f[i];

		if (off < (int64_t)f->off + field_size(f->kind) && (int64_t)f->off < off + size)
			return verr(env, -EACCES, "direct access to %s is disallowed", graph_field_name(f->kind));
	}
	for (int i = 0; i < rec->kptrs.n; i++) {
		const struct kptr_field *f = &rec->kptrs.f[i];

		if (off < (int64_t)f->off + 8 && (int64_t)f->off < off + size)
			return verr(env, -EACCES, "direct access to %s is disallowed",
				    f->kind == KPTR_PERCPU ? "percpu_kptr" : f->kind == KPTR_UPTR ? "uptr" : "kptr");
	}
	return 0;
}

/* A map value's list heads and tree roots are the kernel's too. */
int check_map_graph_overlap(struct venv *env, const struct reg_state *r, int off, int size)
{
	const struct graph_rec *rec = r->u.map ? r->u.map->graph : NULL;

	for (int i = 0; rec && i < rec->n; i++) {
		int64_t p = rec->f[i].off;

		if (r->smin + off < p + field_size(rec->f[i].kind) && p < (int64_t)r->umax + off + size)
			return verr(env, -EACCES, "%s cannot be accessed directly by load/store",
				    graph_field_name(rec->f[i].kind));
	}
	return 0;
}

/* ---- the lock ---- */

/* Whether the lock of the map value or object r points into is held. */
static bool lock_held_for(const struct vstate *st, const struct reg_state *r)
{
	int where = r->type == PTR_TO_MAP_VALUE ? (r->u.map ? r->u.map->index : -1) : LOCK_IN_ALLOC;

	for (int i = 0; i < st->n_refs; i++)
		if (st->refs[i].type == REF_LOCK && st->refs[i].id == r->id && st->refs[i].map == where)
			return true;
	return false;
}

static bool is_non_own(const struct reg_state *r, uint32_t key)
{
	(void)key;
	return r->type == PTR_TO_BTF_ID && (r->flags & NON_OWN_REF);
}

/* bpf_spin_unlock: what lists and trees own is out of reach again. */
void invalidate_non_owning(struct venv *env)
{
	invalidate_regs(env, is_non_own, 0);
}

static void set_non_owning(struct venv *env, struct reg_state *r)
{
	r->flags |= NON_OWN_REF;
	/* a refcounted object may be freed once the lock is gone, so only
	 * RCU keeps it */
	if (local_rec(env, r->u.btf_id)->refcount_off >= 0)
		r->flags |= MEM_RCU;
}

/* ---- the kfuncs ---- */

enum { ARG_SCALAR, ARG_ALLOC, ARG_REFCOUNTED, ARG_ROOT, ARG_NODE, ARG_CALLBACK, ARG_IGNORED, ARG_OTHER };

struct gmeta {
	const struct kfunc_info *kf;
	uint64_t k_value;
	uint32_t ref_obj_id;
	int release_regno;
	const struct graph_field *root; /* the head or root argument's field */
	uint32_t arg_btf_id;            /* the object argument's struct */
	int subprog;                    /* rbtree_add's less() */
	bool arg_owning;                /* refcount_acquire of an owning reference */
};

static int arg_kind(const struct btf *kbtf, const struct btf_param *p)
{
	const char *pname = btf__name_by_offset(kbtf, p->name_off);
	const struct btf_type *t = btf_skip_mods(kbtf, p->type, NULL), *rt;
	const char *rname;

	if (!pname)
		pname = "";
	if (kfunc_arg_suffix(pname, "__ign"))
		return ARG_IGNORED;
	if (kfunc_scalar_type(t))
		return ARG_SCALAR;
	if (!t || !btf_is_ptr(t))
		return ARG_OTHER;
	if (kfunc_arg_suffix(pname, "__alloc"))
		return ARG_ALLOC;
	if (kfunc_arg_suffix(pname, "__refcounted_kptr"))
		return ARG_REFCOUNTED;
	rt = btf_skip_mods(kbtf, t->type, NULL);
	if (rt && btf_is_func_proto(rt))
		return ARG_CALLBACK;
	rname = rt && btf_is_struct(rt) ? btf__name_by_offset(kbtf, rt->name_off) : "";
	if (!strcmp(rname, "bpf_list_head") || !strcmp(rname, "bpf_rb_root"))
		return ARG_ROOT;
	if (!strcmp(rname, "bpf_list_node") || !strcmp(rname, "bpf_rb_node"))
		return ARG_NODE;
	return ARG_OTHER;
}

static const struct graph_rec *reg_rec(struct venv *env, const struct reg_state *r)
{
	if (r->type == PTR_TO_MAP_VALUE)
		return r->u.map && r->u.map->graph ? r->u.map->graph : &none;
	return local_rec(env, r->u.btf_id);
}

static const struct graph_field *field_at(const struct graph_rec *rec, int64_t off, int kind)
{
	for (int i = 0; i < rec->n; i++)
		if (rec->f[i].off == off && rec->f[i].kind == kind)
			return &rec->f[i];
	return NULL;
}

/* The offset rules every pointer argument meets first: an object at its
 * start when it is released, never at a variable or negative offset. */
static int check_arg_off(struct venv *env, const struct gmeta *m, int regno)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	char t[64], v[64];

	unsigned fl = r->flags & (unsigned)~(NON_OWN_REF | MEM_RCU);

	if (r->type != PTR_TO_BTF_ID)
		return 0;
	if ((m->kf->flags & KFF_RELEASE) && r->ref_obj_id && r->off)
		return verr(env, -EINVAL, "R%d must have zero offset when passed to release func or trusted arg to kfunc",
			    regno);
	/* only the pointers the kernel knows to be whole objects (not one that
	 * may be NULL) may point into them */
	if (r->off && fl != 0 && fl != MEM_ALLOC && fl != PTR_TRUSTED)
		return verr(env, -EACCES, "dereference of modified %s ptr R%d off=%d disallowed",
			    reg_type_str(env, r, t, sizeof(t)), regno, r->off);
	if (r->off < 0)
		return verr(env, -EACCES, "negative offset %s ptr R%d off=%d disallowed", reg_type_str(env, r, t, sizeof(t)),
			    regno, r->off);
	if (!tnum_is_const(r->var_off) || r->var_off.value) {
		var_off_str(v, sizeof(v), r->var_off);
		return verr(env, -EACCES, "variable %s access var_off=%s disallowed", reg_type_str(env, r, t, sizeof(t)),
			    v);
	}
	return 0;
}

static bool exact_alloc(const struct reg_state *r)
{
	return r->type == PTR_TO_BTF_ID && r->flags == MEM_ALLOC;
}

static int check_root_arg(struct venv *env, struct gmeta *m, int argno)
{
	const struct reg_state *r = &cur_regs(env)[argno + 1];
	int kind = m->kf->special == KS_LIST_PUSH || m->kf->special == KS_LIST_POP || m->kf->special == KS_LIST_PEEK
			   ? GF_LIST_HEAD : GF_RB_ROOT;
	const char *name = graph_field_name(kind);
	const struct graph_rec *rec;
	int64_t off;

	if (r->type != PTR_TO_MAP_VALUE && !exact_alloc(r))
		return verr(env, -EINVAL, "arg#%d expected pointer to map value or allocated object", argno);
	if (exact_alloc(r) && !r->ref_obj_id)
		return verr(env, -EINVAL, "allocated object must be referenced");
	if (!tnum_is_const(r->var_off))
		return verr(env, -EINVAL, "R%d doesn't have constant offset. %s has to be at the constant offset",
			    argno + 1, name);
	rec = reg_rec(env, r);
	off = r->off + (int64_t)r->var_off.value;
	m->root = field_at(rec, off, kind);
	if (!m->root)
		return verr(env, -EINVAL, "%s not found at offset=%u", name, (unsigned)off);
	if (!lock_held_for(env->cur, r)) {
		if (holds_lock(env->cur))
			vdetail(env, "held lock and object are not in the same allocation");
		return verr(env, -EINVAL, "bpf_spin_lock at off=%d must be held for %s", rec->spin_lock_off, name);
	}
	if (!m->root->value_id)
		return unsupported(env, "a %s without a valid contains: tag is not modelled", name);
	return 0;
}

static int check_node_arg(struct venv *env, struct gmeta *m, int argno)
{
	const struct reg_state *r = &cur_regs(env)[argno + 1];
	int kind = m->kf->special == KS_LIST_PUSH ? GF_LIST_NODE : GF_RB_NODE;
	const char *name = graph_field_name(kind), *root_name;
	const struct btf *btf = prog_btf(env);
	const struct btf_type *t;
	int64_t off;

	if (m->kf->special == KS_RB_REMOVE) {
		if (!(r->type == PTR_TO_BTF_ID && (r->flags & NON_OWN_REF)) && !r->ref_obj_id)
			return verr(env, -EINVAL, "%s can only take non-owning or refcounted bpf_rb_node pointer",
				    m->kf->name);
		if (in_rbtree_cb(env))
			return verr(env, -EINVAL, "%s not allowed in rbtree cb", m->kf->name);
	} else {
		if (!exact_alloc(r))
			return verr(env, -EINVAL, "arg#%d expected pointer to allocated object", argno);
		if (!r->ref_obj_id)
			return verr(env, -EINVAL, "allocated object must be referenced");
	}
	if (!tnum_is_const(r->var_off))
		return verr(env, -EINVAL, "R%d doesn't have constant offset. %s has to be at the constant offset",
			    argno + 1, name);
	off = r->off + (int64_t)r->var_off.value;
	if (!field_at(local_rec(env, r->u.btf_id), off, kind))
		return verr(env, -EINVAL, "%s not found at offset=%u", name, (unsigned)off);
	if (!m->root)
		return unsupported(env, "%s without its head or root is not modelled", m->kf->name);
	root_name = graph_field_name(m->root->kind);
	if (r->u.btf_id != m->root->value_id) {
		t = btf ? btf__type_by_id(btf, r->u.btf_id) : NULL;
		return verr(env, -EINVAL,
			    "operation on %s expects arg#1 %s at offset=%u in struct %s, but arg is at offset=%u in struct %s",
			    root_name, name, m->root->node_off, m->root->value_name, (unsigned)off,
			    t ? btf__name_by_offset(btf, t->name_off) : "");
	}
	m->arg_btf_id = r->u.btf_id;
	if (off != m->root->node_off)
		return verr(env, -EINVAL, "arg#1 offset=%u, but expected %s at offset=%u in struct %s", (unsigned)off, name,
			    m->root->node_off, m->root->value_name);
	return 0;
}

static int check_graph_args(struct venv *env, struct gmeta *m, const struct btf_type *proto)
{
	const struct btf *kbtf = kernel_btf(env);
	const struct btf_param *p = btf_params(proto);
	unsigned fl = kfunc_flags(env, m->kf);
	const struct graph_rec *rec;
	int err;

	for (int i = 0; i < btf_vlen(proto); i++) {
		int regno = i + 1, kind = arg_kind(kbtf, &p[i]);
		struct reg_state *r = &cur_regs(env)[regno];
		const char *pname = btf__name_by_offset(kbtf, p[i].name_off);

		if (kind == ARG_IGNORED)
			continue;
		if (kind == ARG_SCALAR) {
			err = kfunc_scalar_arg(env, regno, pname, &m->k_value);
			if (err)
				return err;
			continue;
		}
		if (kind == ARG_OTHER)
			return unsupported(env, "%s argument %d is not modelled yet", m->kf->name, i);
		if ((fl & (KFF_RELEASE | KFF_TRUSTED_ARGS)) && reg_null_or_maybe(r))
			return verr(env, -EACCES, "Possibly NULL pointer passed to trusted arg%d", i);
		if (r->ref_obj_id) {
			m->ref_obj_id = r->ref_obj_id;
			if (fl & KFF_RELEASE)
				m->release_regno = regno;
		}
		/* what is released must be trusted */
		if (kind == ARG_ALLOC && (fl & KFF_RELEASE) && !reg_is_trusted(r)) {
			note_borrowed_object(env, r);
			return verr(env, -EINVAL, "R%d must be referenced or trusted", regno);
		}
		err = check_arg_off(env, m, regno);
		if (err)
			return err;
		switch (kind) {
		case ARG_ALLOC:
			if (!exact_alloc(r))
				return verr(env, -EINVAL, "arg#%d expected pointer to allocated object", i);
			if (!r->ref_obj_id)
				return verr(env, -EINVAL, "allocated object must be referenced");
			m->arg_btf_id = r->u.btf_id;
			break;
		case ARG_REFCOUNTED:
			if (!reg_is_alloc(r))
				return verr(env, -EINVAL, "arg#%d is neither owning or non-owning ref", i);
			rec = local_rec(env, r->u.btf_id);
			/* the kernel keeps a record only of structs with fields of its own */
			if (rec->spin_lock_off < 0 && rec->refcount_off < 0 && !rec->n && !rec->kptrs.n)
				return verr(env, -EFAULT, "verifier bug: Couldn't find btf_record");
			if (rec->refcount_off < 0)
				return verr(env, -EINVAL, "arg#%d doesn't point to a type with bpf_refcount field", i);
			m->arg_btf_id = r->u.btf_id;
			m->arg_owning = !(r->flags & NON_OWN_REF);
			break;
		case ARG_ROOT:
			err = check_root_arg(env, m, i);
			if (err)
				return err;
			break;
		case ARG_NODE:
			err = check_node_arg(env, m, i);
			if (err)
				return err;
			break;
		case ARG_CALLBACK:
			if (r->type != PTR_TO_FUNC)
				return unsupported(env, "%s given no function for its callback is not modelled", m->kf->name);
			m->subprog = (int)r->u.subprog;
			break;
		default:
			break;
		}
	}
	if ((fl & KFF_RELEASE) && !m->release_regno)
		return verr(env, -EINVAL, "release kernel function %s expects refcounted PTR_TO_BTF_ID", m->kf->name);
	return 0;
}

/* rbtree_add's less(a, b): called while the tree is being changed, with
 * two nodes the tree owns. */
static int push_less_callback(struct venv *env, const struct gmeta *m, uint32_t idx)
{
	struct func_state *callee;
	struct vstate *st;
	int err;

	err = push_sync_callback(env, idx, m->subprog, -1);
	if (err)
		return err;
	st = env->stack[env->stack_len - 1].st;
	callee = st->frame[st->curframe];
	for (int i = 1; i <= 2; i++) {
		struct reg_state *r = &callee->regs[i];

		reg_mark_ptr(r, PTR_TO_BTF_ID);
		r->flags = MEM_ALLOC;
		r->u.btf_id = m->root->value_id;
		r->btf_name = m->root->value_name;
		r->off = (int32_t)m->root->node_off;
		set_non_owning(env, r);
		r->def_insn = -1;
	}
	return 0;
}

struct handover {
	struct venv *env;
	uint32_t ref;
};

static void to_non_own(struct reg_state *r, void *arg)
{
	const struct handover *h = arg;

	if (r->ref_obj_id == h->ref) {
		r->ref_obj_id = 0;
		set_non_owning(h->env, r);
	}
}

/* Every copy of the pointer whose reference a list or tree takes (in
 * registers and spills of every frame) now points to what it owns. */
static void own_to_non_own(struct venv *env, uint32_t ref)
{
	struct handover h = { env, ref };

	for_each_reg(env, env->cur, to_non_own, &h);
}

static int set_graph_return(struct venv *env, const struct gmeta *m, uint32_t idx)
{
	const struct btf *btf = prog_btf(env);
	struct reg_state *r0 = &cur_regs(env)[0];
	int sp = m->kf->special, err;
	unsigned fl = m->kf->flags;

	if (sp == KS_OBJ_DROP)
		return 0;
	if (sp == KS_LIST_PUSH || sp == KS_RB_ADD) {
		reg_mark_unknown(r0);
		r0->def_insn = (int32_t)idx;
		return 0;
	}
	reg_mark_ptr(r0, PTR_TO_BTF_ID);
	r0->flags = MEM_ALLOC;
	if (sp == KS_OBJ_NEW) {
		const struct btf_type *t;

		if (m->k_value > UINT32_MAX)
			return verr(env, -EINVAL, "local type ID argument must be in range [0, U32_MAX]");
		if (!btf)
			return verr(env, -EINVAL, "bpf_obj_new/bpf_percpu_obj_new requires prog BTF");
		t = m->k_value < btf__type_cnt(btf) ? btf__type_by_id(btf, (uint32_t)m->k_value) : NULL;
		if (!t || !btf_is_struct(t))
			return verr(env, -EINVAL, "bpf_obj_new/bpf_percpu_obj_new type ID argument must be of a struct");
		r0->u.btf_id = (uint32_t)m->k_value;
	} else if (sp == KS_REFCOUNT_ACQUIRE) {
		r0->u.btf_id = m->arg_btf_id;
	} else {
		r0->u.btf_id = m->root->value_id;
		r0->off = (int32_t)m->root->node_off;
	}
	r0->btf_name = btf ? btf__name_by_offset(btf, btf__type_by_id(btf, r0->u.btf_id)->name_off) : "";
	/* an owning reference keeps the count above zero: a new one cannot fail */
	if (sp == KS_REFCOUNT_ACQUIRE && m->arg_owning)
		fl &= ~(unsigned)KFF_RET_NULL;
	err = kfunc_ret_ref(env, r0, fl);
	if (err)
		return err;
	if (!(fl & KFF_ACQUIRE))
		set_non_owning(env, r0); /* the first node, the front or back of a list */
	if (alloc_may_hold_lock(env, r0) && !r0->id)
		r0->id = new_id(env);
	r0->def_insn = (int32_t)idx;
	return 0;
}

/* The kfuncs a program may call with a lock held: those of lists and
 * trees, which need it, and the numbers iterator (observed on 6.18). */
bool kfunc_under_lock(const struct venv *env, uint32_t idx)
{
	static const char *const names[] = { "bpf_iter_num_destroy", "bpf_iter_num_new", "bpf_iter_num_next",
					     "bpf_list_back", "bpf_list_front", "bpf_list_pop_back",
					     "bpf_list_pop_front", "bpf_list_push_back_impl",
					     "bpf_list_push_front_impl", "bpf_rbtree_add_impl", "bpf_rbtree_first",
					     "bpf_rbtree_left", "bpf_rbtree_remove", "bpf_rbtree_right",
					     "bpf_rbtree_root", "bpf_refcount_acquire_impl" };
	const char *name = env->insns[idx].off ? NULL : kfunc_name_at(env, idx);

	for (size_t i = 0; name && i < BV_ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

/* bpf_rbtree_add() calls less() before it returns, maybe many times. */
bool kfunc_calls_callback(const struct venv *env, uint32_t idx)
{
	const char *name = env->insns[idx].off ? NULL : kfunc_name_at(env, idx);

	return name && !strcmp(name, "bpf_rbtree_add_impl");
}

/* bpf_wq_set_callback_impl() names a function that runs later, on its own. */
bool kfunc_calls_async_callback(const struct venv *env, uint32_t idx)
{
	const char *name = env->insns[idx].off ? NULL : kfunc_name_at(env, idx);
	const struct kfunc_info *kf = name ? kfunc_info(name) : NULL;

	return kf && kf->special == KS_WQ_CALLBACK;
}

/* Inside less(): the tree is being changed and its lock is held. */
bool in_rbtree_cb(const struct venv *env)
{
	const struct func_state *f = env->cur->frame[env->cur->curframe];

	return f->in_callback && f->callsite >= 0 && kfunc_calls_callback(env, (uint32_t)f->callsite);
}

int check_graph_kfunc(struct venv *env, const struct kfunc_info *kf, const struct btf_type *proto, uint32_t idx)
{
	struct gmeta m = { .kf = kf };
	int err;

	if (!prog_btf(env))
		return unsupported(env, "%s without the program's BTF is not modelled", kf->name);
	err = check_graph_args(env, &m, proto);
	if (err)
		return err;
	if (kf->special == KS_RB_ADD) {
		err = push_less_callback(env, &m, idx);
		if (err)
			return err;
	}
	if (m.release_regno) {
		err = release_ref_at(env, cur_regs(env)[m.release_regno].ref_obj_id);
		if (err)
			return err;
	}
	if (kf->special == KS_LIST_PUSH || kf->special == KS_RB_ADD) {
		uint32_t ref = cur_regs(env)[2].ref_obj_id;

		own_to_non_own(env, ref);
		err = release_ref_at(env, ref);
		if (err)
			return err;
	}
	clobber_caller_saved(cur_regs(env));
	env->scratched_regs |= 0x3f;
	return set_graph_return(env, &m, idx);
}
