/* Would the kernel take the object's BTF?
 *
 * A loader hands the kernel the object's BTF (laid out by btf_fix.c, as
 * libbpf does) with BPF_BTF_LOAD, and the kernel checks it before any
 * program is loaded.  When it refuses, libbpf says "Error loading .BTF into
 * kernel ... BTF is optional, ignoring." and loads every program without
 * it: no function or line info, maps without key and value types.  That
 * changes the verdicts (global functions are verified as static ones, a
 * map's bpf_spin_lock is no longer known), so bpfvet must know when it
 * happens and say so with the line the kernel logs.
 *
 * The checks are the ones clang's output can still fail once the loader's
 * fix-ups are done, each seen on the running kernel (a BTF built by hand,
 * loaded with a level-1 log):
 *   - a FUNC's prototype with an argument that has a type but no name
 *     (clang drops the names of a naked function's arguments):
 *     "[3] FUNC f type_id=2 Invalid arg#1", static functions too;
 *   - a FUNC linkage other than static or global: "Invalid func linkage";
 *   - a VAR linkage other than static or allocated global:
 *     "[2] VAR x type_id=1 linkage=2 Linkage not supported";
 *   - a DATASEC of size 0 ("[3] DATASEC .data size=0 vlen=1 size == 0"),
 *     and its entries out of order, past its end, of size 0 or larger
 *     than it ("\t type_id=2 offset=4 size=4 Invalid offset+size");
 *   - an entry smaller than its variable's type: "Invalid size".
 * The kernel reads every type's own record first (linkage, DATASEC
 * layout) and only then, type by type, what needs other types (a FUNC's
 * arguments, an entry's variable size): the first complaint of the first
 * pass wins over any of the second, as observed. */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "obj_internal.h"

static const char *type_name(const struct btf *btf, const struct btf_type *t)
{
	const char *s = btf__name_by_offset(btf, t->name_off);

	return s ? s : "";
}

/* The line the kernel logs for a type: "[id] KIND name details msg". */
static int refuse_type(const struct btf *btf, uint32_t id, const char *details, const char *msg, char *out,
		       size_t n)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	snprintf(out, n, "[%u] %s %s %s %s", id, btf_kind_name(t), type_name(btf, t), details, msg);
	return 1;
}

/* ... and for one entry of a DATASEC, which the kernel indents. */
static int refuse_vsi(const struct btf_var_secinfo *v, const char *msg, char *out, size_t n)
{
	snprintf(out, n, "\t type_id=%u offset=%u size=%u %s", v->type, v->offset, v->size, msg);
	return 1;
}

/* The checks of a type's own record. */
static int check_meta(const struct btf *btf, uint32_t id, char *out, size_t n)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	char details[64];

	if (btf_is_func(t) && btf_vlen(t) > BTF_FUNC_GLOBAL) {
		snprintf(details, sizeof(details), "type_id=%u", t->type);
		return refuse_type(btf, id, details, "Invalid func linkage", out, n);
	}
	if (btf_is_var(t) && btf_var(t)->linkage > BTF_VAR_GLOBAL_ALLOCATED) {
		snprintf(details, sizeof(details), "type_id=%u linkage=%u", t->type, btf_var(t)->linkage);
		return refuse_type(btf, id, details, "Linkage not supported", out, n);
	}
	if (btf_is_datasec(t)) {
		const struct btf_var_secinfo *v = btf_var_secinfos(t);
		uint64_t end = 0;

		if (!t->size) {
			snprintf(details, sizeof(details), "size=%u vlen=%u", t->size, btf_vlen(t));
			return refuse_type(btf, id, details, "size == 0", out, n);
		}
		for (int i = 0; i < btf_vlen(t); i++, v++) {
			if (v->offset < end || v->offset >= t->size)
				return refuse_vsi(v, "Invalid offset", out, n);
			if (!v->size || v->size > t->size)
				return refuse_vsi(v, "Invalid size", out, n);
			end = (uint64_t)v->offset + v->size;
			if (end > t->size)
				return refuse_vsi(v, "Invalid offset+size", out, n);
		}
	}
	return 0;
}

/* The checks that look through a type to others. */
static int check_refs(const struct btf *btf, uint32_t id, char *out, size_t n)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	if (btf_is_func(t)) {
		const struct btf_type *proto = btf__type_by_id(btf, t->type);
		char details[32];

		if (!proto || !btf_is_func_proto(proto))
			return 0;
		snprintf(details, sizeof(details), "type_id=%u", t->type);
		for (int i = 0; i < btf_vlen(proto); i++) {
			const struct btf_param *p = &btf_params(proto)[i];
			char msg[32];

			if (p->type && !p->name_off) {
				snprintf(msg, sizeof(msg), "Invalid arg#%d", i + 1);
				return refuse_type(btf, id, details, msg, out, n);
			}
		}
	}
	if (btf_is_datasec(t)) {
		const struct btf_var_secinfo *v = btf_var_secinfos(t);

		for (int i = 0; i < btf_vlen(t); i++, v++) {
			const struct btf_type *var = btf__type_by_id(btf, v->type);
			long long sz = var && btf_is_var(var) ? btf__resolve_size(btf, var->type) : -1;

			if (sz >= 0 && v->size < sz)
				return refuse_vsi(v, "Invalid size", out, n);
		}
	}
	return 0;
}

static int kernel_refusal(const void *raw, size_t size, char *out, size_t n)
{
	libbpf_print_fn_t old = libbpf_set_print(NULL);
	struct btf *btf = btf__new(raw, (uint32_t)size);
	uint32_t cnt;
	int r = 0;

	libbpf_set_print(old);
	if (libbpf_get_error(btf))
		return 0; /* the object's own BTF parsed; a gap here is ours, not the kernel's */
	cnt = btf__type_cnt(btf);
	for (uint32_t id = 1; id < cnt && !r; id++)
		r = check_meta(btf, id, out, n);
	for (uint32_t id = 1; id < cnt && !r; id++)
		r = check_refs(btf, id, out, n);
	btf__free(btf);
	return r;
}

/* Say on the object when the kernel would refuse its BTF.  struct_ops
 * cannot do without it: libbpf then stops ("BTF is mandatory, can't
 * proceed") and no program of the object loads. */
int btf_check_kernel(struct bv_object *obj, struct bv_error *err)
{
	struct bv_error e = { 0 };
	const void *raw;
	size_t size;
	char line[256];
	int mandatory = 0;
	struct btf_misplaced m;

	if (btf_misplaced_var(obj, &m) && m.no_section)
		return bv_error_set(err, -ENOENT,
				    "%s: section '.BTF': DATASEC '%s' lists %s, but the object has no section '%s' "
				    "(clang put %s in '%s'): libbpf cannot open it (\"Error finalizing .BTF: -2\"), so no "
				    "program of it loads\n"
				    "  fix: declare %s without `static`: clang 14 names '%s' in BTF for a static constant "
				    "it puts in a section of merged constants, a global `const` goes to '%s' itself "
				    "(clang 19 names the section it uses)",
				    obj->path, m.datasec, m.vars, m.datasec, m.var, m.real_sec, m.vars, m.datasec,
				    m.datasec);
	raw = bv_object_kernel_btf(obj, &size, &e);
	if (!raw || !kernel_refusal(raw, size, line, sizeof(line)))
		return 0;
	/* an entry's line is indented under its DATASEC in the kernel's log */
	obj->btf_refusal = bv_strdup(line + strspn(line, "\t "));
	if (!obj->btf_refusal)
		return bv_error_set(err, -ENOMEM, "out of memory");
	for (size_t i = 0; i < obj->n_maps; i++)
		mandatory |= obj->maps[i].type == BV_MAP_STRUCT_OPS;
	for (size_t i = 0; mandatory && i < obj->n_progs; i++) {
		struct bv_prog *p = &obj->progs[i];
		char msg[400];

		if (p->link_error)
			continue;
		snprintf(msg, sizeof(msg),
			 "the kernel refuses the object's BTF (%s), which struct_ops needs: libbpf stops there",
			 obj->btf_refusal);
		p->link_error = -EINVAL;
		p->link_msg = bv_strdup(msg);
	}
	return 0;
}
