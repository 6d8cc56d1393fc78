/* The main program's BTF prototype, read as the kernel reads it before
 * verifying: each argument must be a scalar, the context, or a pointer to
 * memory of a size the BTF can tell.  For the main program a failure only
 * costs a log line (r1 is the context whatever the prototype says), but
 * the line is part of the log users compare. */
#include <bpf/btf.h>
#include <linux/btf.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

static const char *const kind_str[] = {
	"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF", "VOLATILE",
	"CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG",
	"ENUM64",
};

/* const, volatile, restrict, typedef and type tags are looked through */
static uint32_t skip_modifiers(const struct btf *btf, uint32_t id)
{
	for (int guard = 0; guard < 64; guard++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t)
			return id;
		switch (btf_kind(t)) {
		case BTF_KIND_CONST: case BTF_KIND_VOLATILE: case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPEDEF: case BTF_KIND_TYPE_TAG:
			id = t->type;
			break;
		default:
			return id;
		}
	}
	return id;
}

/* Whether memory of type id has a size the kernel can resolve: void,
 * forward declarations and functions do not. */
static bool size_known(const struct btf *btf, uint32_t id)
{
	const struct btf_type *t;

	id = skip_modifiers(btf, id);
	t = id ? btf__type_by_id(btf, id) : NULL;
	if (!t)
		return false;
	switch (btf_kind(t)) {
	case BTF_KIND_INT: case BTF_KIND_PTR: case BTF_KIND_ENUM: case BTF_KIND_ENUM64:
	case BTF_KIND_STRUCT: case BTF_KIND_UNION: case BTF_KIND_FLOAT:
		return true;
	case BTF_KIND_ARRAY:
		return size_known(btf, btf_array(t)->type);
	default:
		return false;
	}
}

void log_main_args(struct venv *env)
{
	const struct bv_prog *prog = env->prog;
	const struct btf *btf = prog->obj->priv ? PRIV(prog->obj)->btf : NULL;
	const struct btf_type *fn, *proto;
	const struct btf_param *p;

	if (env->log_level < 1 || !btf || !prog->n_funcs || prog->funcs[0].insn != 0)
		return;
	fn = btf__type_by_id(btf, prog->funcs[0].type_id);
	if (!fn || !btf_is_func(fn) || BTF_INFO_VLEN(fn->info) != BTF_FUNC_GLOBAL)
		return;
	proto = btf__type_by_id(btf, fn->type);
	if (!proto || !btf_is_func_proto(proto))
		return;
	p = btf_params(proto);
	for (int i = 0; i < btf_vlen(proto) && i < 5; i++) {
		uint32_t id = skip_modifiers(btf, p[i].type), ref;
		const struct btf_type *t = btf__type_by_id(btf, id), *rt;

		if (!t || !btf_is_ptr(t))
			continue;
		ref = skip_modifiers(btf, t->type);
		if (size_known(btf, ref))
			continue;
		rt = btf__type_by_id(btf, ref);
		vlog(env, "arg#%d reference type('%s %s') size cannot be determined: -22\n", i,
		     rt && btf_kind(rt) < sizeof(kind_str) / sizeof(kind_str[0]) ? kind_str[btf_kind(rt)] : "UNKNOWN",
		     rt && ref ? btf__name_by_offset(btf, rt->name_off) : "");
		return; /* the kernel stops at the first argument it cannot take */
	}
}
