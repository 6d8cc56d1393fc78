/* CO-RE: compile once, run everywhere.  Each relocation names a type of
 * the object's BTF and an access path ("0:1:2": array index, member,
 * member...).  We find the types of the target BTF with the same essential
 * name (name without a "___flavour" suffix), follow the path by member
 * name in each, and patch the instruction with the field's offset, size,
 * existence, signedness or shift, the type's id, existence or size, or the
 * enumerator's value — what libbpf documents for each relocation kind.
 * When no candidate fits, the instruction is poisoned exactly as libbpf
 * does, so the verifier reports it the same way. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"

enum core_kind {
	FIELD_BYTE_OFFSET = 0, FIELD_BYTE_SIZE = 1, FIELD_EXISTS = 2, FIELD_SIGNED = 3,
	FIELD_LSHIFT_U64 = 4, FIELD_RSHIFT_U64 = 5, TYPE_ID_LOCAL = 6, TYPE_ID_TARGET = 7,
	TYPE_EXISTS = 8, TYPE_SIZE = 9, ENUMVAL_EXISTS = 10, ENUMVAL_VALUE = 11,
	TYPE_MATCHES = 12,
};

static const char *const kind_names[] = {
	"byte_off", "byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64",
	"local_type_id", "target_type_id", "type_exists", "type_size", "enumval_exists",
	"enumval_value", "type_matches",
};

#define MAX_SPEC 64

/* One step of an access path. */
struct acc {
	uint32_t type_id;    /* the composite or array stepped through */
	uint32_t idx;        /* member or element index */
	const char *name;    /* member name; NULL for array elements */
};

struct spec {
	const struct btf *btf;
	uint32_t root;
	struct acc acc[MAX_SPEC];
	int len;
	uint64_t bit_off;
};


/* The length of a name without its CO-RE flavour ("nf_conn" of
 * "nf_conn___init"): up to the last "x___y", x and y not underscores, as
 * libbpf and the kernel cut it ("a____b" has none). */
size_t btf_essential_len(const char *name)
{
	size_t len = strlen(name);

	for (size_t i = len >= 5 ? len - 4 : 0; i-- > 0;)
		if (name[i] != '_' && !strncmp(name + i + 1, "___", 3) && name[i + 4] != '_')
			return i + 1;
	return len;
}

static uint32_t name_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint8_t)s[i]) * 16777619u;
	return h;
}

/* Candidates are looked up by essential name in a hash table of the
 * target's named types (open addressing, type ids, 0 = empty), built once
 * per object: a linear scan of vmlinux per relocation costs milliseconds. */
static int build_index(struct bv_object_internal *p, const struct btf *tb)
{
	uint32_t n = btf__type_cnt(tb), size = 1024;

	while (size < n * 2)
		size *= 2;
	p->core_index = calloc(size, sizeof(uint32_t));
	if (!p->core_index)
		return -ENOMEM;
	p->core_index_mask = size - 1;
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(tb, id);
		const char *name = btf__name_by_offset(tb, t->name_off);
		uint32_t h;

		/* relocations name types: functions and variables never match */
		if (!name || !*name || btf_is_func(t) || btf_is_var(t) || btf_is_datasec(t))
			continue;
		h = name_hash(name, btf_essential_len(name)) & p->core_index_mask;
		while (p->core_index[h])
			h = (h + 1) & p->core_index_mask;
		p->core_index[h] = id;
	}
	return 0;
}

/* The target BTF's type called name, of the given BTF_KIND_*; 0 if none.
 * One probe of the index above, not a scan of vmlinux: the verifier asks
 * on every load through a kernel pointer. */
uint32_t btf_target_find(struct bv_object *obj, const char *name, unsigned kind)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct btf *tb = btf_target(obj, NULL);
	uint32_t n;

	if (!tb || !name || !*name || (!p->core_index && build_index(p, tb)))
		return 0;
	n = name_hash(name, btf_essential_len(name)) & p->core_index_mask;
	for (; p->core_index[n]; n = (n + 1) & p->core_index_mask) {
		const struct btf_type *t = btf__type_by_id(tb, p->core_index[n]);
		const char *tn = btf__name_by_offset(tb, t->name_off);

		if (btf_kind(t) == kind && tn && !strcmp(tn, name))
			return p->core_index[n];
	}
	return 0;
}

/* How many types of the target BTF of the given kind share name's
 * essential name (the kernel's candidates for a "task_struct___local"
 * argument), the first in *first. */
int btf_target_cands(struct bv_object *obj, const char *name, unsigned kind, uint32_t *first)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct btf *tb = btf_target(obj, NULL);
	size_t el;
	int cnt = 0;

	*first = 0;
	if (!tb || !name || !*name || (!p->core_index && build_index(p, tb)))
		return 0;
	el = btf_essential_len(name);
	for (uint32_t n = name_hash(name, el) & p->core_index_mask; p->core_index[n];
	     n = (n + 1) & p->core_index_mask) {
		uint32_t id = p->core_index[n];
		const struct btf_type *t = btf__type_by_id(tb, id);
		const char *tn = btf__name_by_offset(tb, t->name_off);

		if (btf_kind(t) != kind || !tn || btf_essential_len(tn) != el || strncmp(tn, name, el))
			continue;
		/* the index is in no particular order: the kernel takes the lowest id */
		if (!cnt++ || id < *first)
			*first = id;
	}
	return cnt;
}

static int is_field_kind(int k)
{
	return k <= FIELD_RSHIFT_U64;
}

static int is_enum_kind(int k)
{
	return k == ENUMVAL_EXISTS || k == ENUMVAL_VALUE;
}

/* Parse the local access string into a spec. */
static int parse_spec(const struct btf *btf, uint32_t type_id, const char *str, int kind,
		      struct spec *s)
{
	int raw[MAX_SPEC], n = 0;
	const char *p = str;
	const struct btf_type *t;
	uint32_t id;

	memset(s, 0, sizeof(*s));
	s->btf = btf;
	s->root = type_id;
	while (*p) {
		char *end;
		long v = strtol(p, &end, 10);

		if (end == p || v < 0 || n >= MAX_SPEC)
			return -EINVAL;
		raw[n++] = (int)v;
		p = end;
		if (*p == ':')
			p++;
		else if (*p)
			return -EINVAL;
	}
	if (n == 0)
		return -EINVAL;
	t = btf_skip_mods(btf, type_id, &id);
	if (!t)
		return -EINVAL;
	if (!is_field_kind(kind)) {
		if (raw[0] != 0 && !is_enum_kind(kind))
			return -EINVAL;
		if (is_enum_kind(kind)) {
			const char *en;

			if (!btf_is_any_enum(t) || raw[0] >= btf_vlen(t))
				return -EINVAL;
			en = btf__name_by_offset(btf, btf_is_enum(t) ? btf_enum(t)[raw[0]].name_off
								      : btf_enum64(t)[raw[0]].name_off);
			if (!en)
				return -EINVAL;
			s->acc[0] = (struct acc){ id, (uint32_t)raw[0],
						  btf__name_by_offset(btf, btf_is_enum(t) ? btf_enum(t)[raw[0]].name_off
										  : btf_enum64(t)[raw[0]].name_off) };
		} else {
			s->acc[0] = (struct acc){ id, 0, NULL };
		}
		s->len = 1;
		return 0;
	}
	/* field: the first index steps over the root pointer as an array */
	{
		long sz = btf__resolve_size(btf, id);

		if (sz < 0)
			return -EINVAL;
		s->acc[0] = (struct acc){ id, (uint32_t)raw[0], NULL };
		s->len = 1;
		s->bit_off = (uint64_t)raw[0] * (uint64_t)sz * 8;
	}
	for (int i = 1; i < n; i++) {
		t = btf_skip_mods(btf, id, &id);
		if (!t)
			return -EINVAL;
		if (btf_is_composite(t)) {
			const struct btf_member *m;
			const char *name;

			if (raw[i] >= btf_vlen(t))
				return -EINVAL;
			m = btf_members(t) + raw[i];
			s->bit_off += btf_member_bit_offset(t, (uint32_t)raw[i]);
			name = btf__name_by_offset(btf, m->name_off);
			if (name && *name) {
				if (s->len >= MAX_SPEC)
					return -EINVAL;
				s->acc[s->len++] = (struct acc){ id, (uint32_t)raw[i], name };
			}
			id = m->type;
		} else if (btf_is_array(t)) {
			const struct btf_array *a = btf_array(t);
			long sz;

			btf_skip_mods(btf, a->type, NULL);
			sz = btf__resolve_size(btf, a->type);
			if (sz < 0 || s->len >= MAX_SPEC)
				return -EINVAL;
			s->acc[s->len++] = (struct acc){ id, (uint32_t)raw[i], NULL };
			s->bit_off += (uint64_t)raw[i] * (uint64_t)sz * 8;
			id = a->type;
		} else {
			return -EINVAL;
		}
	}
	return 0;
}

/* Field types compatible for CO-RE purposes. */
static int fields_compat(const struct btf *lb, uint32_t lid, const struct btf *tb, uint32_t tid)
{
	for (int depth = 0; depth < 32; depth++) {
		const struct btf_type *l = btf_skip_mods(lb, lid, NULL), *t = btf_skip_mods(tb, tid, NULL);

		if (!l || !t)
			return 0;
		if (btf_is_composite(l) && btf_is_composite(t))
			return 1;
		if (btf_is_any_enum(l) && btf_is_any_enum(t))
			return 1;
		if (btf_kind(l) != btf_kind(t))
			return 0;
		switch (btf_kind(l)) {
		case BTF_KIND_FWD: case BTF_KIND_ENUM: case BTF_KIND_FLOAT: case BTF_KIND_PTR:
			return 1;
		case BTF_KIND_INT:
			return !(btf_int_offset(l) || btf_int_offset(t));
		case BTF_KIND_ARRAY:
			lid = btf_array(l)->type;
			tid = btf_array(t)->type;
			continue;
		default:
			return 0;
		}
	}
	return 0;
}

/* Find member `name` in composite `id`, looking into anonymous members;
 * appends the named accessor and adds its bit offset. */
static int match_member(const struct btf *tb, uint32_t id, const char *name, struct spec *ts,
			uint32_t *member_type, int depth)
{
	const struct btf_type *t = btf_skip_mods(tb, id, &id);
	const struct btf_member *m;

	if (!t || !btf_is_composite(t) || depth > 32)
		return 0;
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++, m++) {
		const char *mn = btf__name_by_offset(tb, m->name_off);
		uint64_t off = btf_member_bit_offset(t, (uint32_t)i);

		if (mn && *mn) {
			if (strcmp(mn, name))
				continue;
			if (ts->len >= MAX_SPEC)
				return -EINVAL;
			ts->acc[ts->len++] = (struct acc){ id, (uint32_t)i, mn };
			ts->bit_off += off;
			*member_type = m->type;
			return 1;
		} else {
			const struct btf_type *mt = btf_skip_mods(tb, m->type, NULL);
			uint64_t save = ts->bit_off;
			int r;

			if (!mt || !btf_is_composite(mt))
				continue;
			ts->bit_off += off;
			r = match_member(tb, m->type, name, ts, member_type, depth + 1);
			if (r)
				return r;
			ts->bit_off = save;
		}
	}
	return 0;
}

/* Follow the local spec in candidate `cand`; 1 if it fits. */
static int match_field_spec(const struct spec *ls, const struct btf *tb, uint32_t cand,
			    struct spec *ts)
{
	uint32_t id = cand;
	long sz;

	memset(ts, 0, sizeof(*ts));
	ts->btf = tb;
	ts->root = cand;
	sz = btf__resolve_size(tb, cand);
	if (sz < 0)
		return 0;
	ts->acc[0] = (struct acc){ cand, ls->acc[0].idx, NULL };
	ts->len = 1;
	ts->bit_off = (uint64_t)ls->acc[0].idx * (uint64_t)sz * 8;
	for (int i = 1; i < ls->len; i++) {
		const struct acc *la = &ls->acc[i];

		if (la->name) {
			uint32_t mtype = 0, lmtype;
			const struct btf_type *lt = btf_skip_mods(ls->btf, la->type_id, NULL);
			int r = match_member(tb, id, la->name, ts, &mtype, 0);

			if (r <= 0)
				return r;
			lmtype = btf_members(lt)[la->idx].type;
			if (!fields_compat(ls->btf, lmtype, tb, mtype))
				return 0;
			id = mtype;
		} else {
			const struct btf_type *t = btf_skip_mods(tb, id, &id);
			const struct btf_array *a;
			long esz;

			if (!t || !btf_is_array(t))
				return 0;
			a = btf_array(t);
			if (la->idx >= a->nelems && a->nelems != 0)
				return 0;
			esz = btf__resolve_size(tb, a->type);
			if (esz < 0 || ts->len >= MAX_SPEC)
				return 0;
			ts->acc[ts->len++] = (struct acc){ id, la->idx, NULL };
			ts->bit_off += (uint64_t)la->idx * (uint64_t)esz * 8;
			id = a->type;
		}
	}
	return 1;
}

/* Whether a local type matches a target one as libbpf judges it, for
 * CO-RE type relocations and for kfunc prototypes against the kernel's:
 * modifiers and typedefs skipped, kinds equal (a declared-only `struct T;`
 * matches no struct), any enum any enum, pointers, arrays and prototypes
 * compared through. */
int btf_types_compat(const struct btf *lb, uint32_t lid, const struct btf *tb, uint32_t tid, int depth)
{
	const struct btf_type *l = btf_skip_mods(lb, lid, NULL), *t = btf_skip_mods(tb, tid, NULL);

	if (!l || !t || depth > 32)
		return 0;
	if (btf_is_any_enum(l) && btf_is_any_enum(t))
		return 1;
	if (btf_kind(l) != btf_kind(t))
		return 0;
	switch (btf_kind(l)) {
	case BTF_KIND_UNKN: case BTF_KIND_STRUCT: case BTF_KIND_UNION: case BTF_KIND_ENUM: case BTF_KIND_FWD:
	case BTF_KIND_FLOAT:
		return 1;
	case BTF_KIND_INT:
		return !(btf_int_offset(l) || btf_int_offset(t));
	case BTF_KIND_PTR:
		return btf_types_compat(lb, l->type, tb, t->type, depth + 1);
	case BTF_KIND_ARRAY:
		return btf_types_compat(lb, btf_array(l)->type, tb, btf_array(t)->type, depth + 1);
	case BTF_KIND_FUNC_PROTO: {
		const struct btf_param *lp = btf_params(l), *tp = btf_params(t);

		if (btf_vlen(l) != btf_vlen(t))
			return 0;
		for (int i = 0; i < btf_vlen(l); i++)
			if (!btf_types_compat(lb, lp[i].type, tb, tp[i].type, depth + 1))
				return 0;
		return btf_types_compat(lb, l->type, tb, t->type, depth + 1);
	}
	default:
		return 0;
	}
}

/* The value a relocation takes for a (local or target) spec. */
static int calc_value(int kind, const struct spec *s, uint64_t *val, uint32_t *field_sz, int *bitfield)
{
	const struct btf *btf = s->btf;
	const struct acc *last = &s->acc[s->len - 1];
	uint32_t bit_sz = 0, byte_sz, byte_off;
	uint64_t bit_off = s->bit_off;
	const struct btf_type *ft;
	uint32_t ftype;

	*field_sz = 0;
	*bitfield = 0;
	if (kind == FIELD_EXISTS) {
		*val = 1;
		return 0;
	}
	if (!last->name) { /* array element, or the root itself */
		const struct btf_type *t = btf_skip_mods(btf, last->type_id, NULL);
		long sz;

		if (s->len == 1)
			sz = btf__resolve_size(btf, last->type_id);
		else
			sz = btf__resolve_size(btf, btf_array(t)->type);
		if (sz < 0)
			return -EINVAL;
		if (kind == FIELD_BYTE_OFFSET) {
			*val = bit_off / 8;
			*field_sz = (uint32_t)sz;
			return 0;
		}
		if (kind == FIELD_BYTE_SIZE) {
			*val = (uint64_t)sz;
			return 0;
		}
		return -EINVAL;
	}
	{
		const struct btf_type *t = btf_skip_mods(btf, last->type_id, NULL);
		const struct btf_member *m = btf_members(t) + last->idx;

		ftype = m->type;
		bit_sz = btf_member_bitfield_size(t, last->idx);
	}
	ft = btf_skip_mods(btf, ftype, &ftype);
	if (!ft)
		return -EINVAL;
	{
		long sz = btf__resolve_size(btf, ftype);

		if (sz < 0)
			return -EINVAL;
		byte_sz = (uint32_t)sz;
	}
	if (bit_sz) {
		/* a bitfield: the smallest aligned load that covers it.  clang may
		 * load a wider word than that (bpf_cubic's is_cwnd_limited: an
		 * 8-byte load at 1456 for a bit of byte 1463), so a bitfield's
		 * instruction is neither validated nor resized, as libbpf does */
		*bitfield = 1;
		byte_off = (uint32_t)(bit_off / 8 / byte_sz * byte_sz);
		while (bit_off + bit_sz - (uint64_t)byte_off * 8 > (uint64_t)byte_sz * 8) {
			if (byte_sz >= 8)
				return -E2BIG;
			byte_sz *= 2;
			byte_off = (uint32_t)(bit_off / 8 / byte_sz * byte_sz);
		}
	} else {
		byte_off = (uint32_t)(bit_off / 8);
		bit_sz = byte_sz * 8;
	}
	switch (kind) {
	case FIELD_BYTE_OFFSET:
		*val = byte_off;
		*field_sz = *bitfield ? 0 : byte_sz;
		return 0;
	case FIELD_BYTE_SIZE:
		*val = byte_sz;
		return 0;
	case FIELD_SIGNED:
		*val = (btf_is_any_enum(ft) && btf_kflag(ft)) ||
		       (btf_is_int(ft) && (btf_int_encoding(ft) & BTF_INT_SIGNED));
		return 0;
	case FIELD_LSHIFT_U64:
		*val = 64 - (bit_off + bit_sz - (uint64_t)byte_off * 8);
		return 0;
	case FIELD_RSHIFT_U64:
		*val = 64 - bit_sz;
		return 0;
	}
	return -EINVAL;
}

static int enum_value(const struct btf *btf, uint32_t id, uint32_t idx, uint64_t *val)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	if (btf_is_enum(t))
		*val = (uint64_t)(int64_t)btf_enum(t)[idx].val;
	else
		*val = btf_enum64_value(btf_enum64(t) + idx);
	return 0;
}

static int find_enumerator(const struct btf *btf, uint32_t id, const char *name, uint32_t *idx)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	for (int i = 0; i < btf_vlen(t); i++) {
		uint32_t off = btf_is_enum(t) ? btf_enum(t)[i].name_off : btf_enum64(t)[i].name_off;
		const char *n = btf__name_by_offset(btf, off);

		if (n && !strcmp(n, name)) {
			*idx = (uint32_t)i;
			return 1;
		}
	}
	return 0;
}

/* What the first poisoned relocation of a program found no target for,
 * in libbpf's notation ("struct pt_regs.rdi", "enum E::V", "struct X"):
 * the diagnosis tells the user which field. */
static void say_missing(struct bv_prog *prog, size_t i, const char *lname, const struct btf_type *lt,
			const struct spec *ls, int kind, int cands)
{
	const char *k = btf_is_union(lt) ? "union" : btf_is_any_enum(lt) ? "enum" : btf_is_composite(lt) ? "struct" : "type";
	int n = (int)btf_essential_len(lname);
	char path[96] = "";
	size_t o = 0;

	if (prog->core_fail[0])
		return;
	for (int a = 1; is_field_kind(kind) && a < ls->len && o < sizeof(path); a++) {
		if (ls->acc[a].name)
			o += (size_t)snprintf(path + o, sizeof(path) - o, "%s%s", o ? "." : "", ls->acc[a].name);
		else
			o += (size_t)snprintf(path + o, sizeof(path) - o, "[%u]", ls->acc[a].idx);
	}
	if (cands && is_field_kind(kind) && path[0])
		snprintf(prog->core_fail, sizeof(prog->core_fail), "%s %.*s.%s", k, n, lname, path);
	else if (cands && is_enum_kind(kind) && ls->acc[0].name)
		snprintf(prog->core_fail, sizeof(prog->core_fail), "enum %.*s::%s", n, lname, ls->acc[0].name);
	else
		snprintf(prog->core_fail, sizeof(prog->core_fail), "%s %.*s", k, n, lname);
	prog->core_fail_no_type = !cands;
	prog->core_fail_insn = (int32_t)i;
}

static void poison(struct bv_prog *prog, size_t i)
{
	struct bv_insn *in = &prog->insns[i];
	int ld = in->code == (BV_LD | BV_IMM | BV_DW) && i + 1 < prog->n_insns;

	*in = (struct bv_insn){ BV_JMP | BV_CALL, 0, 0, 0, BV_CORE_POISON_IMM };
	/* poison the second half too, so the kernel does not report it as an
	 * unknown opcode */
	if (ld)
		prog->insns[i + 1] = *in;
	prog->core_poisoned++;
}

static int same_kind(const struct btf_type *a, const struct btf_type *b)
{
	if (btf_is_any_enum(a) && btf_is_any_enum(b))
		return 1;
	if (btf_is_composite(a) && btf_is_composite(b))
		return btf_kind(a) == btf_kind(b);
	return btf_kind(a) == btf_kind(b);
}

static int patch(struct bv_object *obj, struct bv_prog *prog, size_t i, uint64_t orig,
		 uint64_t val, uint32_t orig_sz, uint32_t new_sz, int validate, const char *what,
		 struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	struct bv_insn *in = &prog->insns[i];
	unsigned cls = BV_CLASS(in->code);

	switch (cls) {
	case BV_ALU:
	case BV_ALU64:
		if (BV_SRC(in->code) != BV_K)
			goto bad;
		if (validate && (uint32_t)in->imm != (uint32_t)orig)
			goto mismatch;
		in->imm = (int32_t)val;
		return 0;
	case BV_LDX:
	case BV_ST:
	case BV_STX:
		if (validate && in->off != (int16_t)orig)
			goto mismatch;
		if (val > INT16_MAX)
			return bv_error_set(err, -ERANGE, "%s: program '%s': CO-RE %s at insn %zu: offset %llu does not fit",
					    p->name, prog->name, what, i, (unsigned long long)val);
		in->off = (int16_t)val;
		if (new_sz && orig_sz && new_sz != orig_sz) {
			static const uint8_t sz_bits[9] = { 0, BV_B, BV_H, 0, BV_W, 0, 0, 0, BV_DW };

			if (cls != BV_LDX || new_sz > 8 || !sz_bits[new_sz] ||
			    (in->code & 0x18) != sz_bits[orig_sz <= 8 ? orig_sz : 0])
				return bv_error_set(err, -EINVAL,
						    "%s: program '%s': CO-RE %s at insn %zu: cannot adjust a %u-byte access to %u bytes",
						    p->name, prog->name, what, i, orig_sz, new_sz);
			in->code = (uint8_t)((in->code & ~0x18) | sz_bits[new_sz]);
		}
		return 0;
	case BV_LD:
		if (in->code != (BV_LD | BV_IMM | BV_DW) || i + 1 >= prog->n_insns)
			goto bad;
		if (validate && (((uint64_t)(uint32_t)prog->insns[i + 1].imm << 32) | (uint32_t)in->imm) != orig)
			goto mismatch;
		in->imm = (int32_t)(uint32_t)val;
		prog->insns[i + 1].imm = (int32_t)(uint32_t)(val >> 32);
		return 0;
	}
bad:
	return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE %s at insn %zu: instruction cannot be relocated",
			    p->name, prog->name, what, i);
mismatch:
	return bv_error_set(err, -EINVAL,
			    "%s: program '%s': CO-RE %s at insn %zu: instruction does not hold the expected local value %llu",
			    p->name, prog->name, what, i, (unsigned long long)orig);
}

int core_apply(struct bv_object *obj, struct bv_prog *prog, const struct ext_core_rec *rec,
	       size_t i, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct btf *lb = p->btf;
	const struct btf_type *lt;
	const char *access, *lname;
	struct spec ls;
	struct btf *tb;
	uint64_t lval = 0, tval = 0;
	uint32_t lsz = 0, tsz = 0, n;
	int kind = rec->kind > TYPE_MATCHES ? -1 : (int)rec->kind, found = 0, r, lbits = 0, tbits = 0, cands = 0;
	char what[96];

	if (i >= prog->n_insns)
		return 0;
	prog->core_relos++;
	if (kind < 0)
		return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE relocation kind %u at insn %zu is unknown",
				    p->name, prog->name, rec->kind, i);
	access = btf__name_by_offset(lb, rec->access_off);
	lt = btf__type_by_id(lb, rec->type_id);
	if (!access || !lt)
		return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE relocation at insn %zu has bad type or access string",
				    p->name, prog->name, i);
	snprintf(what, sizeof(what), "%s relocation", kind_names[kind]);
	r = parse_spec(lb, rec->type_id, access, kind, &ls);
	if (r)
		return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE relocation at insn %zu: bad access string '%s'",
				    p->name, prog->name, i, access);
	if (kind == TYPE_ID_LOCAL)
		return patch(obj, prog, i, rec->type_id, rec->type_id, 0, 0, 0, what, err);
	/* the local value, which clang put in the instruction */
	if (is_field_kind(kind)) {
		if (calc_value(kind, &ls, &lval, &lsz, &lbits))
			return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE %s at insn %zu cannot be computed",
					    p->name, prog->name, what, i);
	} else if (kind == TYPE_SIZE) {
		lval = (uint64_t)btf__resolve_size(lb, rec->type_id);
	} else if (kind == ENUMVAL_VALUE) {
		enum_value(lb, ls.acc[0].type_id, ls.acc[0].idx, &lval);
	} else if (kind == TYPE_ID_TARGET) {
		lval = rec->type_id;
	} else {
		lval = 1;
	}
	tb = btf_target(obj, NULL);
	if (!tb)
		return bv_error_set(err, -ENOENT, "%s: program '%s' needs CO-RE and no target BTF is available",
				    p->name, prog->name);
	{
		uint32_t rid;
		const struct btf_type *root = btf_skip_mods(lb, ls.acc[0].type_id, &rid);

		if (is_field_kind(kind)) {
			root = btf_skip_mods(lb, rec->type_id, &rid);
			/* `typedef struct { u64 key[2]; } siphash_key_t;`:
			 * the struct has no name, the typedef clang names
			 * as the root does; libbpf matches the kernel's
			 * typedef of that name, and the fields below it */
			if (root && !root->name_off)
				root = btf__type_by_id(lb, rec->type_id);
		}
		/* a type relocation names the type as written, a typedef (of
		 * a function prototype, of an anonymous struct) included: libbpf
		 * looks for candidates of that kind and name */
		else if (!is_enum_kind(kind))
			root = btf__type_by_id(lb, rec->type_id);
		lname = btf__name_by_offset(lb, root->name_off);
		lt = root;
	}
	if (!lname || !*lname)
		return bv_error_set(err, -EINVAL, "%s: program '%s': CO-RE %s at insn %zu on an anonymous type",
				    p->name, prog->name, what, i);
	if (!p->core_index && build_index(p, tb))
		return bv_error_set(err, -ENOMEM, "out of memory");
	n = name_hash(lname, btf_essential_len(lname)) & p->core_index_mask;
	for (; p->core_index[n]; n = (n + 1) & p->core_index_mask) {
		uint32_t id = p->core_index[n];
		const struct btf_type *t = btf__type_by_id(tb, id);
		const char *tn = btf__name_by_offset(tb, t->name_off);
		size_t el = btf_essential_len(lname);
		struct spec ts;
		uint64_t v = 0;
		uint32_t vsz = 0;

		if (!tn || btf_essential_len(tn) != el || strncmp(tn, lname, el) || !same_kind(lt, t))
			continue;
		cands++;
		if (is_field_kind(kind)) {
			r = match_field_spec(&ls, tb, id, &ts);
			if (r <= 0)
				continue;
			if (calc_value(kind, &ts, &v, &vsz, &tbits))
				continue;
		} else if (is_enum_kind(kind)) {
			uint32_t idx;

			if (!find_enumerator(tb, id, ls.acc[0].name, &idx))
				continue;
			if (kind == ENUMVAL_VALUE)
				enum_value(tb, id, idx, &v);
			else
				v = 1;
		} else {
			if (!btf_types_compat(lb, rec->type_id, tb, id, 0))
				continue;
			if (kind == TYPE_ID_TARGET)
				v = id;
			else if (kind == TYPE_SIZE)
				v = (uint64_t)btf__resolve_size(tb, id);
			else
				v = 1;
		}
		if (found && (v != tval || vsz != tsz))
			return bv_error_set(err, -EINVAL,
					    "%s: program '%s': CO-RE %s at insn %zu is ambiguous: candidates disagree (%llu and %llu)",
					    p->name, prog->name, what, i, (unsigned long long)tval,
					    (unsigned long long)v);
		found = 1;
		tval = v;
		tsz = vsz;
	}
	if (!found) {
		/* as libbpf: a type relocation without a target type is 0
		 * (an id, a size, a yes/no), never a poisoned instruction */
		if (kind == FIELD_EXISTS || kind == TYPE_EXISTS || kind == TYPE_MATCHES || kind == TYPE_ID_TARGET ||
		    kind == TYPE_SIZE || kind == ENUMVAL_EXISTS) {
			tval = 0;
		} else {
			say_missing(prog, i, lname, lt, &ls, kind, cands);
			poison(prog, i);
			return 0;
		}
	}
	return patch(obj, prog, i, lval, tval, lsz, tsz, !lbits, what, err);
}
