/* Functions' BTF prototypes, read as the kernel reads them: each argument
 * of the main program or of a global function must be a scalar, the
 * program's context, or a pointer to memory of a size the BTF can tell.
 * For the main program a failure only costs a log line (r1 is the context
 * whatever the prototype says); a global function that cannot be described
 * cannot be called. */
#include <bpf/btf.h>
#include <errno.h>
#include <linux/btf.h>
#include <string.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

static uint32_t skip_modifiers(const struct btf *btf, uint32_t id)
{
	btf_skip_mods(btf, id, &id);
	return id;
}

/* A parameter's pointed-to type is struct bpf_dynptr. */
static bool is_dynptr_type(const struct btf *btf, uint32_t id)
{
	const struct btf_type *to = btf__type_by_id(btf, skip_modifiers(btf, id));

	return to && btf_is_struct(to) && !strcmp(btf__name_by_offset(btf, to->name_off), "bpf_dynptr");
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

/* The program's BTF as the kernel has it: none when it refuses the
 * object's (the loader then goes on without). */
const struct btf *prog_btf(const struct venv *env)
{
	const struct bv_object *obj = env->prog->obj;

	return obj && obj->priv && !obj->btf_refusal ? PRIV(obj)->btf : NULL;
}

static const struct btf_type *func_at(const struct venv *env, uint32_t insn, uint32_t *id)
{
	const struct btf *btf = prog_btf(env);

	for (size_t i = 0; btf && i < env->prog->n_funcs; i++)
		if (env->prog->funcs[i].insn == insn) {
			const struct btf_type *t = btf__type_by_id(btf, env->prog->funcs[i].type_id);

			*id = env->prog->funcs[i].type_id;
			return t && btf_is_func(t) ? t : NULL;
		}
	return NULL;
}

void mark_global_subprogs(struct venv *env)
{
	for (int i = 0; i < env->n_subprogs; i++) {
		uint32_t id;
		const struct btf_type *fn = func_at(env, env->subprogs[i].start, &id);

		env->subprogs[i].name = fn ? btf__name_by_offset(prog_btf(env), fn->name_off) : "";
		env->subprogs[i].is_global = i > 0 && fn && BTF_INFO_VLEN(fn->info) == BTF_FUNC_GLOBAL;
	}
}

/* Whether the kernel has func_info for the program (a loader passes it
 * only with BTF the kernel takes), and whether a subprogram's says static. */
bool prog_has_func_info(const struct venv *env)
{
	return prog_btf(env) && env->prog->n_funcs;
}

bool subprog_is_static(const struct venv *env, int sp)
{
	uint32_t id;
	const struct btf_type *fn = func_at(env, env->subprogs[sp].start, &id);

	return fn && BTF_INFO_VLEN(fn->info) == BTF_FUNC_STATIC;
}

/* A subprogram (not the main one) that may end the program early — LD_ABS
 * failing, a tail call succeeding — must be declared to return an int in
 * BTF, since that early exit returns one; without any BTF such subprograms
 * are refused. */
int check_early_exit_returns(struct venv *env)
{
	const struct btf *btf = prog_btf(env);
	bool has_btf = btf && (env->prog->n_funcs || env->prog->n_lines);

	for (int i = 1; i < env->n_subprogs; i++) {
		const struct subprog *sp = &env->subprogs[i];
		const char *what = sp->has_ld_abs ? "LD_ABS" : "tail_call";
		const struct btf_type *fn, *proto, *rt;
		uint32_t id;

		if (!sp->has_ld_abs && !sp->has_tail_call)
			continue;
		if (!has_btf)
			return verr_prog(env, -EINVAL, "%s is not allowed in subprogs without BTF", what);
		fn = btf ? func_at(env, sp->start, &id) : NULL;
		proto = fn ? btf__type_by_id(btf, fn->type) : NULL;
		if (!proto || !btf_is_func_proto(proto))
			continue;
		rt = proto->type ? btf__type_by_id(btf, skip_modifiers(btf, proto->type)) : NULL;
		if (!rt || !((btf_is_int(rt) && rt->size <= 8) || btf_is_any_enum(rt)))
			return verr_prog(env, -EINVAL, "%s is only allowed in functions that return 'int'.", what);
	}
	return 0;
}

/* The user-visible context each program type's programs receive. */
static const char *prog_ctx_struct(unsigned prog_type)
{
	static const char *const names[] = {
		[1] = "__sk_buff", [2] = "pt_regs", [3] = "__sk_buff", [4] = "__sk_buff",
		[6] = "xdp_md", [7] = "bpf_perf_event_data", [8] = "__sk_buff", [9] = "bpf_sock",
		[10] = "__sk_buff", [11] = "__sk_buff", [12] = "__sk_buff", [13] = "bpf_sock_ops",
		[14] = "__sk_buff", [15] = "bpf_cgroup_dev_ctx", [16] = "sk_msg_md",
		[17] = "bpf_raw_tracepoint_args", [18] = "bpf_sock_addr", [19] = "__sk_buff",
		[21] = "sk_reuseport_md", [22] = "__sk_buff", [23] = "bpf_sysctl",
		[24] = "bpf_raw_tracepoint_args", [25] = "bpf_sockopt", [30] = "bpf_sk_lookup",
		[32] = "bpf_nf_ctx",
	};

	return prog_type < sizeof(names) / sizeof(names[0]) ? names[prog_type] : NULL;
}

/* A pointer to the program's context, as the kernel recognises one. */
bool is_ctx_ptr(const struct venv *env, const struct btf *btf, const struct btf_type *ptr)
{
	const char *want = prog_ctx_struct(env->prog_type);
	uint32_t id = ptr->type;
	const struct btf_type *t;

	/* kprobes also take the typedef itself */
	for (int guard = 0; guard < 64 && (t = btf__type_by_id(btf, id)) && btf_is_mod(t); guard++)
		id = t->type;
	t = btf__type_by_id(btf, id);
	if (env->prog_type == 2 && t && btf_is_typedef(t) &&
	    !strcmp(btf__name_by_offset(btf, t->name_off), "bpf_user_pt_regs_t"))
		return true;
	t = btf__type_by_id(btf, skip_modifiers(btf, id));
	if (!want || !t || !btf_is_struct(t))
		return false;
	/* the kernel compares names only, so a struct named like the typedef
	 * (selftests' workaround for old kernels) is a kprobe's context too */
	if (env->prog_type == 2 && !strcmp(btf__name_by_offset(btf, t->name_off), "bpf_user_pt_regs_t"))
		return true;
	return !strcmp(btf__name_by_offset(btf, t->name_off), want);
}

/* The kernel's type a tagged pointer argument names: the one type of
 * the same kind whose name is the argument's without its flavour
 * ("task_struct" for "task_struct___local"); the kernel's line and
 * error otherwise.  The kernel would look in its modules when vmlinux has
 * none, and refuse a module's type: we only have vmlinux, so that case
 * says "has no matches". */
static int kernel_arg_type(struct venv *env, const struct btf *btf, const struct btf_type *ptr, int arg,
			   uint32_t *id)
{
	uint32_t ref = skip_modifiers(btf, ptr->type);
	const struct btf_type *t = btf__type_by_id(btf, ref);
	const char *name = t && ref ? btf__name_by_offset(btf, t->name_off) : NULL;
	int cnt;

	if (!name || !*name || !kernel_btf(env)) {
		vdetail(env, "arg#%d reference type('%s %s') candidate matching error: -22", arg, btf_kind_name(t),
			name && *name ? name : "(anon)");
		return -EINVAL;
	}
	cnt = btf_target_cands((struct bv_object *)env->prog->obj, name, btf_kind(t), id);
	if (cnt != 1) {
		vdetail(env, "arg#%d reference type('%s %s') %s", arg, btf_kind_name(t), name,
			cnt ? "is ambiguous" : "has no matches");
		return cnt ? -ESRCH : -ENOENT;
	}
	return 0;
}

int global_func_args(struct venv *env, int sp, struct func_args *out)
{
	const struct btf *btf = prog_btf(env);
	const struct subprog *s = &env->subprogs[sp];
	const struct btf_type *fn, *proto, *rt;
	const struct btf_param *p;
	uint32_t fid;

	memset(out, 0, sizeof(*out));
	fn = func_at(env, s->start, &fid);
	proto = fn ? btf__type_by_id(btf, fn->type) : NULL;
	if (!proto || !btf_is_func_proto(proto))
		return verr(env, -EFAULT, "verifier bug: no BTF prototype for func#%d", sp);
	if (btf_vlen(proto) > 5) {
		vdetail(env, "Function %s has %d > 5 args", s->name, btf_vlen(proto));
		return -EINVAL;
	}
	rt = btf__type_by_id(btf, skip_modifiers(btf, proto->type));
	if (!proto->type || !rt || !(btf_is_int(rt) || btf_is_any_enum(rt))) {
		vdetail(env, "Global function %s() doesn't return scalar. Only those are supported.", s->name);
		return -EINVAL;
	}
	p = btf_params(proto);
	out->n = btf_vlen(proto);
	for (int i = 0; i < out->n; i++) {
		uint32_t id = skip_modifiers(btf, p[i].type), ref;
		const struct btf_type *t = btf__type_by_id(btf, id), *pt;
		unsigned tags = btf_arg_tags(btf, fid, i);

		if (tags & BTF_ARG_UNKNOWN) {
			vdetail(env, "arg#%d has unsupported set of tags", i);
			return -EINVAL;
		}
		if (tags && !(t && btf_is_ptr(t))) {
			vdetail(env, "arg#%d has pointer tag, but is not a pointer type", i);
			return -EINVAL;
		}
		if (t && btf_is_ptr(t) && ((tags & BTF_ARG_CTX) || is_ctx_ptr(env, btf, t))) {
			if (tags & ~BTF_ARG_CTX) {
				vdetail(env, "arg#%d has invalid combination of tags", i);
				return -EINVAL;
			}
			out->kind[i] = FARG_CTX;
			continue;
		}
		if (t && btf_is_ptr(t)) {
			/* the function is handed a read-only dynptr, not memory */
			if (is_dynptr_type(btf, t->type)) {
				if (tags) {
					vdetail(env, "arg#%d has invalid combination of tags", i);
					return -EINVAL;
				}
				out->kind[i] = FARG_DYNPTR;
				continue;
			}

			/* a kernel object: the callee is verified with a pointer
			 * to the kernel's struct of that name */
			if (tags & BTF_ARG_TRUSTED) {
				int err;

				if (tags & BTF_ARG_NONNULL) {
					vdetail(env, "arg#%d has invalid combination of tags", i);
					return -EINVAL;
				}
				err = kernel_arg_type(env, btf, t, i, &out->btf_id[i]);
				if (err)
					return err;
				out->kind[i] = FARG_BTF;
				out->ptr_flags[i] = PTR_TRUSTED | ((tags & BTF_ARG_NULLABLE) ? PTR_MAYBE_NULL : 0);
				continue;
			}
			/* anything at all: the callee reads it with faulting
			 * loads, as bytes or as the kernel's struct */
			if (tags & BTF_ARG_UNTRUSTED) {
				int err;

				if (tags & ~BTF_ARG_UNTRUSTED) {
					vdetail(env, "arg#%d untrusted cannot be combined with any other tags", i);
					return -EINVAL;
				}
				ref = skip_modifiers(btf, t->type);
				pt = btf__type_by_id(btf, ref);
				if (!ref || (pt && (btf_is_int(pt) || btf_is_any_enum(pt)))) {
					out->kind[i] = FARG_UNTRUSTED_MEM;
					continue;
				}
				err = kernel_arg_type(env, btf, t, i, &out->btf_id[i]);
				if (err)
					return err;
				pt = btf__type_by_id(kernel_btf(env), out->btf_id[i]);
				if (!pt || !btf_is_composite(pt)) {
					vdetail(env, "arg#%d has type %s '%s', but only struct or primitive types are allowed",
						i, btf_kind_name(pt), pt ? btf__name_by_offset(kernel_btf(env), pt->name_off) : "");
					return -EINVAL;
				}
				out->kind[i] = FARG_BTF;
				out->ptr_flags[i] = PTR_UNTRUSTED;
				continue;
			}
			/* an address in the arena, or a number: the callee gets a
			 * number, which it casts to reach the arena */
			if (tags & BTF_ARG_ARENA) {
				if (tags & ~BTF_ARG_ARENA) {
					vdetail(env, "arg#%d arena cannot be combined with any other tags", i);
					return -EINVAL;
				}
				out->kind[i] = FARG_ARENA;
				continue;
			}
			if (tags & ~BTF_ARG_NONNULL) {
				vdetail(env, "arg#%d has invalid combination of tags", i);
				return -EINVAL;
			}
			out->nonnull[i] = (tags & BTF_ARG_NONNULL) != 0;
			ref = skip_modifiers(btf, t->type);
			pt = btf__type_by_id(btf, ref);
			if (!size_known(btf, ref)) {
				vdetail(env, "arg#%d reference type('%s %s') size cannot be determined: -22", i,
					btf_kind_name(pt), pt && ref ? btf__name_by_offset(btf, pt->name_off) : "");
				return -EINVAL;
			}
			out->kind[i] = FARG_MEM;
			out->mem_size[i] = (uint32_t)btf__resolve_size(btf, ref);
			continue;
		}
		if (t && (btf_is_int(t) || btf_is_any_enum(t))) {
			out->kind[i] = FARG_ANY;
			continue;
		}
		vlog(env, "Arg#%d type %s in %s() is not supported yet.\n", i,
		     btf_kind_name(t),
		     s->name);
		return -EINVAL;
	}
	return 0;
}

void log_main_args(struct venv *env)
{
	const struct bv_prog *prog = env->prog;
	const struct btf *btf = prog_btf(env);
	const struct btf_type *fn, *proto, *rt;
	const struct btf_param *p;

	if (env->log_level < 1 || !btf || !prog->n_funcs || prog->funcs[0].insn != 0)
		return;
	fn = btf__type_by_id(btf, prog->funcs[0].type_id);
	if (!fn || !btf_is_func(fn) || BTF_INFO_VLEN(fn->info) != BTF_FUNC_GLOBAL)
		return;
	proto = btf__type_by_id(btf, fn->type);
	if (!proto || !btf_is_func_proto(proto) || btf_vlen(proto) > 5)
		return;
	/* the kernel reads the main program's prototype as a global
	 * function's and says so, though it goes on */
	rt = btf__type_by_id(btf, skip_modifiers(btf, proto->type));
	if (!proto->type || !rt || !(btf_is_int(rt) || btf_is_any_enum(rt))) {
		vlog(env, "Global function %s() doesn't return scalar. Only those are supported.\n",
		     btf__name_by_offset(btf, fn->name_off));
		return;
	}
	p = btf_params(proto);
	for (int i = 0; i < btf_vlen(proto) && i < 5; i++) {
		uint32_t id = skip_modifiers(btf, p[i].type), ref;
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t || !btf_is_ptr(t))
			continue;
		ref = skip_modifiers(btf, t->type);
		if (size_known(btf, ref))
			continue;
		rt = btf__type_by_id(btf, ref);
		vlog(env, "arg#%d reference type('%s %s') size cannot be determined: -22\n", i,
		     btf_kind_name(rt),
		     rt && ref ? btf__name_by_offset(btf, rt->name_off) : "");
		return; /* the kernel stops at the first argument it cannot take */
	}
}

/* Where a map value holds a field of type `struct NAME` (bpf_spin_lock,
 * bpf_timer): the kernel finds them among the value's own members.
 * -1 when there is none or the value has no BTF. */
int btf_struct_field_off(const struct bv_object *obj, uint32_t type_id, const char *name)
{
	/* a global data section's variables are where the loader put them */
	const struct btf *btf = obj && obj->priv ? bv_object_laid_out_btf((struct bv_object *)obj) : NULL;
	const struct btf_type *t;
	const struct btf_member *m;

	if (!btf || !type_id)
		return -1;
	t = btf__type_by_id(btf, skip_modifiers(btf, type_id));
	if (t && btf_is_datasec(t)) {
		/* a global variable of that type (`struct bpf_spin_lock lock
		 * SEC(".data.A");`) in the section's map */
		const struct btf_var_secinfo *v = btf_var_secinfos(t);

		for (int i = 0; i < btf_vlen(t); i++) {
			const struct btf_type *var = btf__type_by_id(btf, v[i].type);
			const struct btf_type *vt = var && btf_is_var(var) ?
							    btf__type_by_id(btf, skip_modifiers(btf, var->type)) : NULL;

			if (vt && btf_is_struct(vt) && !strcmp(btf__name_by_offset(btf, vt->name_off), name))
				return (int)v[i].offset;
		}
		return -1;
	}
	if (!t || !btf_is_struct(t))
		return -1;
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++) {
		const struct btf_type *mt = btf__type_by_id(btf, skip_modifiers(btf, m[i].type));

		if (mt && btf_is_struct(mt) && !strcmp(btf__name_by_offset(btf, mt->name_off), name))
			return (int)(btf_member_bit_offset(t, i) / 8);
	}
	return -1;
}

/* A call of a static function: the kernel checks the arguments against
 * the function's BTF prototype too, and only says so in the log when one
 * does not fit (clang may have dropped or propagated an argument): the
 * call goes on either way.  A prototype with any other pointer than the
 * context or a dynptr (memory, as a global function may take) is not
 * checked at all (observed: no line for a static function taking a
 * struct pointer called with the context in R1, where one taking only
 * numbers gets `R1 is not a scalar`). */
void log_static_call_args(struct venv *env, int sp)
{
	const struct btf *btf = prog_btf(env);
	const struct btf_type *fn, *proto, *rt;
	const struct btf_param *p;
	const struct reg_state *regs = cur_regs(env);
	uint8_t kind[5];
	uint32_t fid;
	int n;

	if (!btf || env->log_level < 1 || env->subprogs[sp].btf_unreliable)
		return;
	fn = func_at(env, env->subprogs[sp].start, &fid);
	proto = fn ? btf__type_by_id(btf, fn->type) : NULL;
	if (!proto || !btf_is_func_proto(proto) || btf_vlen(proto) > 5)
		return;
	rt = btf__type_by_id(btf, skip_modifiers(btf, proto->type));
	if (!proto->type || !rt || !(btf_is_int(rt) || btf_is_any_enum(rt)))
		return;
	p = btf_params(proto);
	n = btf_vlen(proto);
	for (int i = 0; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, skip_modifiers(btf, p[i].type));

		if (btf_arg_tags(btf, fid, i)) {
			vlog(env, "arg#%d type tag is not supported in static functions\n", i);
			env->subprogs[sp].btf_unreliable = 1;
			return;
		}
		if (t && btf_is_ptr(t) && is_ctx_ptr(env, btf, t))
			kind[i] = FARG_CTX;
		else if (t && btf_is_ptr(t) && is_dynptr_type(btf, t->type))
			kind[i] = FARG_DYNPTR;
		else if (t && (btf_is_int(t) || btf_is_any_enum(t)))
			kind[i] = FARG_ANY;
		else
			return;
	}
	for (int i = 0; i < n; i++) {
		const struct reg_state *r = &regs[i + 1];

		if (kind[i] == FARG_ANY && r->type != SCALAR_VALUE) {
			vlog(env, "R%d is not a scalar\n", i + 1);
			env->subprogs[sp].btf_unreliable = 1;
			return;
		}
		if (kind[i] == FARG_CTX && (r->type != PTR_TO_CTX || r->off || !tnum_is_const(r->var_off) ||
					    r->var_off.value)) {
			if (r->type == PTR_TO_CTX)
				return; /* the kernel's offset check says more: not modelled */
			vlog(env, "arg#%d expects pointer to ctx\n", i);
			env->subprogs[sp].btf_unreliable = 1;
			return;
		}
		if (kind[i] == FARG_DYNPTR) {
			char msg[sizeof(env->msg)], detail[sizeof(env->detail)];
			long ei = env->err_insn;
			int bad;

			/* the kernel says what is wrong, and the call goes on */
			memcpy(msg, env->msg, sizeof(msg));
			memcpy(detail, env->detail, sizeof(detail));
			bad = dynptr_arg(env, r, i + 1, false);
			memcpy(env->msg, msg, sizeof(msg));
			memcpy(env->detail, detail, sizeof(detail));
			env->err_insn = ei;
			if (bad) {
				env->subprogs[sp].btf_unreliable = 1;
				return;
			}
		}
	}
}
