/* The context of BTF-typed programs (tp_btf, iter, fentry, fexit,
 * fmod_ret, struct_ops): an array
 * of u64 holding the arguments of the function, tracepoint or callback
 * attached to, typed by the kernel's BTF.  A scalar argument reads as a scalar, even
 * narrowly; a pointer to a kernel struct reads, 8 bytes at a time, as a
 * trusted BTF pointer; a pointer to void or to an integer as a scalar.
 * Some iterator arguments the kernel types itself (the object may be NULL,
 * the key is a read-only buffer): those come from iter_table.c, generated
 * from the kernel's own logs.  Messages and the arithmetic of argument
 * numbers (a tracepoint's hidden first argument counts in them) are the
 * running kernel's. */
#include <bpf/btf.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

enum { A_TRACE_RAW_TP = 23, A_TRACE_FEXIT = 25, A_MODIFY_RETURN = 26, A_TRACE_ITER = 28, MAX_FUNC_ARGS = 12 };

bool btf_ctx_modelled(const struct venv *env)
{
	return (env->prog_type == BV_PROG_TRACING &&
		(env->attach_type == A_TRACE_RAW_TP || env->attach_type == A_TRACE_ITER)) ||
	       prog_has_trampoline(env) || lsm_cgroup(env) || env->prog_type == BV_PROG_STRUCT_OPS;
}

/* Find the prototype the program attaches to: the typedef
 * btf_trace_NAME of a tracepoint, the function bpf_iter_NAME of an
 * iterator. */
int tracing_ctx_init(struct venv *env)
{
	const struct btf *btf = kernel_btf(env);
	const char *to = env->prog->sec.attach_to;
	const struct btf_type *t;
	char name[256];
	int id;

	if (prog_has_trampoline(env) || lsm_cgroup(env))
		return trampoline_target_init(env);
	if (!btf)
		return unsupported(env, "tracing programs need the kernel's BTF");
	if (!to || !*to)
		return unsupported(env, "section '%s' names no attach target", env->prog->section);
	snprintf(name, sizeof(name), "%s%s", env->attach_type == A_TRACE_RAW_TP ? "btf_trace_" : "bpf_iter_", to);
	id = btf__find_by_name_kind(btf, name, env->attach_type == A_TRACE_RAW_TP ? BTF_KIND_TYPEDEF : BTF_KIND_FUNC);
	t = id > 0 ? btf__type_by_id(btf, (uint32_t)id) : NULL;
	if (t && env->attach_type == A_TRACE_RAW_TP) {
		t = btf_skip_mods(btf, t->type, NULL);
		t = t && btf_is_ptr(t) ? btf__type_by_id(btf, t->type) : NULL;
	} else if (t) {
		t = btf__type_by_id(btf, t->type);
	}
	if (!t || !btf_is_func_proto(t)) {
		/* libbpf stops here; the kernel, given no target, says only
		 * this: what was missing goes to the explanation */
		snprintf(env->detail, sizeof(env->detail), "attach target %.200s not found in the kernel's BTF", name);
		return verr(env, -EINVAL, "Tracing programs must provide btf_id");
	}
	env->attach_proto = t;
	env->attach_name = to;
	return 0;
}

/* Which argument a byte offset falls in, counting the prototype's
 * parameters (a tracepoint's hidden one too) by 8-byte slots; past the
 * last, the return value, then one more. */
static uint32_t arg_index(const struct btf *btf, const struct btf_type *proto, int off)
{
	const struct btf_param *p = btf_params(proto);
	uint32_t n = btf_vlen(proto), end = 0;
	const struct btf_type *t;

	for (uint32_t i = 0; i < n; i++) {
		t = btf_skip_mods(btf, p[i].type, NULL);
		end += t && btf_is_ptr(t) ? 8 : t ? (t->size + 7) / 8 * 8 : 0;
		if ((uint32_t)off < end)
			return i;
	}
	t = proto->type ? btf_skip_mods(btf, proto->type, NULL) : NULL;
	end += t && btf_is_ptr(t) ? 8 : t ? (t->size + 7) / 8 * 8 : 0;
	return (uint32_t)off < end ? n : n + 1;
}

/* A register type the kernel's log spells, as in iter_table.c. */
static void parse_kind(const char *s, struct ctx_load *ld)
{
	static const struct { const char *pre; uint16_t flag; } pres[] = {
		{ "rdonly_", MEM_RDONLY }, { "trusted_", PTR_TRUSTED },
	};

	for (size_t i = 0; i < sizeof(pres) / sizeof(pres[0]); i++)
		if (!strncmp(s, pres[i].pre, strlen(pres[i].pre))) {
			ld->flags |= pres[i].flag;
			s += strlen(pres[i].pre);
		}
	if (!strncmp(s, "buf", 3)) {
		ld->type = PTR_TO_BUF;
		s += 3;
	} else if (!strncmp(s, "ptr_", 4)) {
		ld->type = PTR_TO_BTF_ID;
		s += 4;
	}
	if (!strncmp(s, "or_null_", 8) || !strncmp(s, "_or_null", 8)) {
		ld->flags |= PTR_MAYBE_NULL;
		s += 8;
	}
	if (ld->type == PTR_TO_BTF_ID)
		ld->btf_name = s; /* the load resolves the name to the kernel's id */
}

int btf_ctx_access(struct venv *env, int off, int size, bool write, struct ctx_load *ld)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *proto = env->attach_proto, *t;
	const char *fname = env->prog_type == BV_PROG_TRACING && env->attach_type == A_TRACE_ITER ? NULL
											    : env->attach_name;
	const struct btf_param *param;
	char iname[256];
	uint32_t nargs, arg, id;
	int skip;

	if (off < 0 || off >= 8 * MAX_FUNC_ARGS || write || off % size)
		goto bad;
	if (!fname) {
		snprintf(iname, sizeof(iname), "bpf_iter_%s", env->attach_name);
		fname = iname;
	}
	if (off % 8) {
		vdetail(env, "func '%s' offset %d is not multiple of 8", fname, off);
		goto bad;
	}
	arg = arg_index(btf, proto, off);
	nargs = btf_vlen(proto);
	/* the tracepoint's 'void *__data' */
	skip = env->prog_type == BV_PROG_TRACING && env->attach_type == A_TRACE_RAW_TP;
	nargs -= (uint32_t)skip;
	/* past the arguments, fexit and fmod_ret see the return value */
	if (arg == nargs && env->prog_type == BV_PROG_LSM) {
		/* an LSM trampoline keeps the hook's return value there (a
		 * void hook's slot reads as a number too) */
		t = proto->type ? btf_skip_mods(btf, proto->type, NULL) : NULL;
		ld->is_retval = true;
		if (!t)
			return 0;
		param = NULL;
	} else if (arg == nargs && env->prog_type == BV_PROG_TRACING &&
	    (env->attach_type == A_TRACE_FEXIT || env->attach_type == A_MODIFY_RETURN)) {
		t = proto->type ? btf_skip_mods(btf, proto->type, NULL) : NULL;
		if (env->attach_type == A_MODIFY_RETURN && !(t && btf_is_int(t) && t->size <= 8)) {
			vdetail(env, "ret type %s not allowed for fmod_ret", btf_kind_name(t));
			goto bad;
		}
		param = NULL;
	} else if (arg >= nargs) {
		vdetail(env, "func '%s' doesn't have %u-th argument", fname, arg + 1);
		goto bad;
	} else {
		param = &btf_params(proto)[arg + (uint32_t)skip];
		t = btf_skip_mods(btf, param->type, NULL);
	}
	if (t && ((btf_is_int(t) && t->size <= 8) || btf_is_any_enum(t) || btf_is_composite(t)))
		return 0; /* a scalar */
	if (!t || !btf_is_ptr(t)) {
		vdetail(env, "func '%s' arg%u '%s' has type %s. Only pointer access is allowed", fname, arg,
			t ? btf__name_by_offset(btf, t->name_off) : "", btf_kind_name(t));
		goto bad;
	}
	if (size != 8) {
		vdetail(env, "func '%s' size %d must be 8", fname, size);
		goto bad;
	}
	if (env->st_ops && arg < MAX_FUNC_ARGS && env->st_ops->args[arg] && strcmp(env->st_ops->args[arg], "scalar")) {
		const struct btf_type *pointee = btf_skip_mods(btf, t->type, &id);

		/* as the kernel logs it: the prototype's type, then the
		 * member's own typing (tcp_congestion_ops: a tcp_sock); a
		 * NULL-able argument the kernel types without the walk that
		 * says so */
		if (pointee && btf_is_composite(pointee) && !strstr(env->st_ops->args[arg], "or_null"))
			vlog(env, "func '%s' arg%u has btf_id %u type %s '%s'\n", fname, arg, id,
			     btf_kind_name(pointee), btf__name_by_offset(btf, pointee->name_off));
		parse_kind(env->st_ops->args[arg], ld);
		return 0;
	}
	if (env->attach_type == A_TRACE_ITER && env->prog_type == BV_PROG_TRACING)
		for (const struct iter_arg *a = iter_args; a->target; a++)
			if (a->off == off && !strcmp(a->target, env->attach_name)) {
				parse_kind(a->kind, ld);
				return 0;
			}
	{
		const struct btf_type *pointee = btf_skip_mods(btf, t->type, &id);

		/* void and integers behind a pointer are only numbers */
		if (!t->type || (pointee && btf_is_int(pointee)))
			return 0;
		if (!pointee || !btf_is_composite(pointee)) {
			vdetail(env, "func '%s' arg%u type %s is not a struct", fname, arg, btf_kind_name(pointee));
			goto bad;
		}
		vlog(env, "func '%s' arg%u has btf_id %u type %s '%s'\n", fname, arg, id, btf_kind_name(pointee),
		     btf__name_by_offset(btf, pointee->name_off));
		ld->type = PTR_TO_BTF_ID;
		/* tracepoint and iterator arguments are trusted; a traced
		 * function's are whatever its caller passed */
		ld->flags = env->prog_type == BV_PROG_LSM ? (lsm_args_trusted(env) ? (unsigned)PTR_TRUSTED : 0u)
			    : prog_has_trampoline(env)    ? 0u
							  : (unsigned)PTR_TRUSTED;
		if (param && kfunc_arg_suffix(btf__name_by_offset(btf, param->name_off), "__nullable"))
			ld->flags |= PTR_MAYBE_NULL;
		ld->btf_id = id;
		ld->btf_name = btf__name_by_offset(btf, pointee->name_off);
	}
	return 0;
bad:
	return verr(env, -EACCES, "invalid bpf_context access off=%d size=%d", off, size);
}
