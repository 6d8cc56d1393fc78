/* Calls of kfuncs judged from their prototype in the kernel's BTF and the
 * flags of kfunc_table.c: task, cgroup and cpumask references, RCU and
 * preemption sections, the two casts.
 *
 * The kernel checks a kfunc call in this order, and so do we: may this
 * program call it at all (kfunc_allow.c), may it sleep here; then each
 * argument by the type its prototype declares (numbers, constants named
 * __k, kernel structs that must be trusted, RCU-protected or referenced,
 * NULL only where the name says __nullable or __opt); then the effects: a
 * reference released, an RCU or preemption section opened or closed, r0
 * typed from the return type (a kernel struct pointer, referenced when the
 * kfunc acquires, NULL-able when it may return NULL). */
#include <bpf/btf.h>
#include <errno.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

/* The prototype of the kfunc called at idx: the call holds its BTF id in
 * the kernel's BTF (the name is looked up only if it does not). */
const struct btf_type *kfunc_proto(const struct venv *env, uint32_t idx, const char *name)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *f, *p;
	int id;

	if (!btf || !name)
		return NULL;
	id = env->insns[idx].imm;
	f = id > 0 ? btf__type_by_id(btf, (uint32_t)id) : NULL;
	if (!f || !btf_is_func(f) || strcmp(btf__name_by_offset(btf, f->name_off), name)) {
		id = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC);
		f = id > 0 ? btf__type_by_id(btf, (uint32_t)id) : NULL;
	}
	p = f ? btf__type_by_id(btf, f->type) : NULL;
	return p && btf_is_func_proto(p) ? p : NULL;
}

/* Argument registers the call at idx reads, for liveness; -1 when unknown. */
int proto_kfunc_nargs(const struct venv *env, uint32_t idx, const char *name)
{
	const struct btf_type *p = kfunc_info(name) ? kfunc_proto(env, idx, name) : NULL;

	if (!p || kfunc_allowed(env, name) == '.')
		return -1;
	return btf_vlen(p);
}

bool kfunc_arg_suffix(const char *s, const char *suffix)
{
	size_t n = s ? strlen(s) : 0, m = strlen(suffix);

	return s && n >= m && !strcmp(s + n - m, suffix);
}

bool kfunc_scalar_type(const struct btf_type *t)
{
	return t && (btf_is_int(t) || btf_is_enum(t) || btf_is_enum64(t));
}

/* A struct of numbers (and arrays and structs of numbers): what a kfunc
 * may take as plain memory. */
static bool is_scalar_struct(const struct btf *btf, const struct btf_type *t, int depth)
{
	const struct btf_member *m;

	if (!t || !btf_is_composite(t) || depth > 2) /* a struct or a union */
		return false;
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++) {
		const struct btf_type *mt = btf_skip_mods(btf, m[i].type, NULL);

		while (mt && btf_is_array(mt))
			mt = btf_skip_mods(btf, btf_array(mt)->type, NULL);
		if (!kfunc_scalar_type(mt) && !is_scalar_struct(btf, mt, depth + 1))
			return false;
	}
	return true;
}

/* A number argument; one named __k must be a known constant, which the
 * call depends on (so it is precise), returned in *k. */
int kfunc_scalar_arg(struct venv *env, int regno, const char *pname, uint64_t *k)
{
	const struct reg_state *r = &cur_regs(env)[regno];

	if (r->type != SCALAR_VALUE)
		return verr(env, -EINVAL, "R%d is not a scalar", regno);
	if (pname && kfunc_arg_suffix(pname, "__k")) {
		if (!tnum_is_const(r->var_off))
			return verr(env, -EINVAL, "R%d must be a known constant", regno);
		*k = r->var_off.value;
		mark_precise(env, regno);
	}
	return 0;
}

struct kf_meta {
	const struct kfunc_info *kf;
	uint32_t ref_obj_id;
	int release_regno;
	uint64_t k_value;      /* the constant of a __k argument */
	const struct vmap *wq_map; /* the map whose value holds the struct bpf_wq argument */
	int subprog;           /* a callback argument's function */
};

/* A struct bpf_wq argument: the workqueue inside a map value, at the
 * offset the map's BTF puts it. */
static int wq_arg(struct venv *env, struct kf_meta *m, int argno, const struct reg_state *r)
{
	const struct vmap *map = r->u.map;
	long long off;

	if (r->type != PTR_TO_MAP_VALUE)
		return verr(env, -EINVAL, "arg#%d doesn't point to a map value", argno);
	if (!map || map->wq_off < 0)
		return verr(env, -EINVAL, "map '%s' has no valid bpf_wq", map ? map->name : "");
	off = (long long)r->var_off.value + r->off;
	if (off != map->wq_off)
		return verr(env, -EINVAL, "off %lld doesn't point to 'struct bpf_wq' that is at %d", off, map->wq_off);
	m->wq_map = map;
	return 0;
}

/* "nf_conn___init" and "nf_conn": one struct in two flavours. */
static bool same_essential_name(const char *a, const char *b)
{
	return a && b && btf_essential_len(a) == btf_essential_len(b) && !strncmp(a, b, btf_essential_len(a));
}

/* A register the kernel types as one of its objects (the context, a
 * socket), never as plain memory a kfunc may read. */
static bool kernel_object(const struct reg_state *r)
{
	return r->type == PTR_TO_CTX || r->type == PTR_TO_SOCKET || r->type == PTR_TO_SOCK_COMMON ||
	       r->type == PTR_TO_TCP_SOCK;
}

/* A pointer to a kernel struct. */
static int check_btf_arg(struct venv *env, struct kf_meta *m, int argno, const struct reg_state *r,
			 const struct btf_type *ref_t, uint32_t ref_id)
{
	const struct btf *btf = kernel_btf(env);
	unsigned fl = kfunc_flags(env, m->kf);
	bool strict;
	char t[64];

	/* a release takes trusted arguments too */
	if (fl & (KFF_TRUSTED_ARGS | KFF_RCU | KFF_RELEASE) && !reg_is_trusted(r)) {
		if (!(fl & KFF_RCU))
			return verr(env, -EINVAL, "R%d must be referenced or trusted", argno + 1);
		if (!(r->flags & MEM_RCU))
			return verr(env, -EINVAL, "R%d must be a rcu pointer", argno + 1);
	}
	if (!tnum_is_const(r->var_off) || r->var_off.value)
		return unsupported(env, "%s given a pointer with a variable offset is not modelled yet", m->kf->name);
	if ((fl & KFF_RELEASE) && r->ref_obj_id && r->off)
		return verr(env, -EINVAL, "R%d must have zero offset when passed to release func or trusted arg to kfunc",
			    argno + 1);
	if (r->off < 0)
		return verr(env, -EACCES, "negative offset %s ptr R%d off=%d disallowed",
			    reg_type_str(env, r, t, sizeof(t)), argno + 1, r->off);
	if ((r->flags & PTR_UNTRUSTED) && !(r->flags & MEM_RCU)) {
		struct reg_state want = *r;
		char w[64];

		want.flags &= (uint16_t)(PTR_TRUSTED | MEM_ALLOC);
		return verr(env, -EINVAL, "arg#%d is %s expected %s or socket", argno, reg_type_str(env, r, t, sizeof(t)),
			    reg_type_str(env, &want, w, sizeof(w)));
	}
	/* acquiring or releasing, or given a flavour of the same struct
	 * (nf_conn___init for nf_conn): the type itself, no walking into a
	 * struct's first member */
	strict = (fl & KFF_ACQUIRE) || ((fl & KFF_RELEASE) && r->ref_obj_id) ||
		 same_essential_name(kernel_type_name(env, r->u.btf_id), kernel_type_name(env, ref_id));
	if (strict ? !(r->off == 0 && r->u.btf_id == ref_id) : !btf_ids_match(env, r->u.btf_id, r->off, ref_id)) {
		const struct btf_type *rt = btf__type_by_id(btf, r->u.btf_id);

		return verr(env, -EINVAL, "kernel function %s args#%d expected pointer to %s %s but R%d has a pointer to %s %s",
			    m->kf->name, argno, btf_kind_name(ref_t), kernel_type_name(env, ref_id), argno + 1,
			    rt ? btf_kind_name(rt) : "STRUCT", kernel_type_name(env, r->u.btf_id));
	}
	return 0;
}

static int check_args(struct venv *env, struct kf_meta *m, const struct btf_type *proto)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_param *p = btf_params(proto);
	unsigned fl = kfunc_flags(env, m->kf);

	/* an iterator's own argument is taken first (iter_arg) */
	for (int i = m->kf->special == KS_ITER; i < btf_vlen(proto); i++) {
		int regno = i + 1;
		struct reg_state *r = &cur_regs(env)[regno];
		const char *pname = btf__name_by_offset(btf, p[i].name_off);
		const struct btf_type *t = btf_skip_mods(btf, p[i].type, NULL), *ref_t;
		uint32_t ref_id = 0;
		bool nullable;

		if (!pname)
			pname = "";
		/* ignored, or filled in by the kernel (the program, for a
		 * callback it will run: `aux__prog`, Linux 6.16) */
		if (kfunc_arg_suffix(pname, "__ign") || kfunc_arg_suffix(pname, "__prog"))
			continue;
		if (kfunc_scalar_type(t)) {
			int err = kfunc_scalar_arg(env, regno, pname, &m->k_value);

			if (err)
				return err;
			continue;
		}
		if (!t || !btf_is_ptr(t))
			return unsupported(env, "%s argument %d of BTF kind %s is not modelled yet", m->kf->name, i,
					   t ? btf_kind_name(t) : "?");
		nullable = kfunc_arg_suffix(pname, "__nullable") || kfunc_arg_suffix(pname, "__opt");
		if ((fl & (KFF_TRUSTED_ARGS | KFF_RCU | KFF_RELEASE)) &&
		    reg_null_or_maybe(r) && !nullable)
			return verr(env, -EACCES, "Possibly NULL pointer passed to trusted arg%d", i);
		if (r->ref_obj_id) {
			if ((fl & KFF_RELEASE) && m->ref_obj_id)
				return unsupported(env, "%s given two references is not modelled", m->kf->name);
			m->ref_obj_id = r->ref_obj_id;
			if (fl & KFF_RELEASE)
				m->release_regno = regno;
		}
		ref_t = btf_skip_mods(btf, t->type, &ref_id);
		/* `const char *name__str`: a constant string, as for bpf_strncmp */
		if (kfunc_arg_suffix(pname, "__str")) {
			if (r->type != PTR_TO_MAP_VALUE)
				return verr(env, -EINVAL, "arg#%d doesn't point to a const string", i);
			int err = check_const_str(env, regno, r);

			if (err)
				return err;
			continue;
		}
		/* `void *p__map`: a map the program names, whatever its type
		 * (the kfunc checks that at run time), or a kernel pointer
		 * checked as a struct bpf_map (an iterator's ctx->map).  What
		 * the kernel reads as "no map" is a register with neither a
		 * map nor a BTF type. */
		if (kfunc_arg_suffix(pname, "__map")) {
			if (r->type == CONST_PTR_TO_MAP) {
				/* bpf_wq_init(): the map holding the workqueue, if
				 * the map given holds one (inner maps' uids are not
				 * modelled: the kernel prints 0 for plain maps) */
				if (m->wq_map && r->u.map && r->u.map->wq_off >= 0 && r->u.map != m->wq_map)
					return verr(env, -EINVAL, "workqueue pointer in R1 map_uid=%d doesn't match map "
								  "pointer in R2 map_uid=%d", 0, 0);
				continue;
			}
			if (r->type == SCALAR_VALUE || r->type == PTR_TO_CTX || r->type == PTR_TO_STACK)
				return verr(env, -EINVAL, "pointer in R%d isn't map pointer", regno);
			if (r->type != PTR_TO_BTF_ID)
				return unsupported(env, "%s given this register for its map is not modelled yet", m->kf->name);
			ref_id = kernel_struct_id(env, "bpf_map");
			ref_t = ref_id ? btf__type_by_id(btf, ref_id) : NULL;
			if (!ref_t)
				return unsupported(env, "the kernel's BTF has no struct bpf_map");
		}
		if (ref_t && btf_is_struct(ref_t) && !strcmp(btf__name_by_offset(btf, ref_t->name_off), "bpf_wq")) {
			int err = wq_arg(env, m, i, r);

			if (err)
				return err;
			continue;
		}
		/* a function of the program's, called back */
		if (ref_t && btf_is_func_proto(ref_t)) {
			if (r->type != PTR_TO_FUNC)
				return verr(env, -EINVAL, "arg%d expected pointer to func", i);
			m->subprog = (int)r->u.subprog;
			continue;
		}
		/* the program's own context: `struct __sk_buff *` in tc, ... */
		if (is_ctx_ptr(env, btf, t)) {
			char tb[64];
			int err = r->type == PTR_TO_CTX ? check_ptr_off(env, r, regno, false) : 0;

			if (err)
				return err;
			if (r->type != PTR_TO_CTX)
				return verr(env, -EINVAL, "arg#%d expected pointer to ctx, but got %s", i,
					    reg_type_str(env, r, tb, sizeof(tb)));
			continue;
		}
		if (nullable && reg_is_null(r))
			continue;
		if (r->type == PTR_TO_BTF_ID || r->type == CONST_PTR_TO_MAP) {
			struct reg_state as_btf = *r;
			int err;

			if (!ref_t || !btf_is_struct(ref_t))
				return verr(env, -EINVAL, "kernel function %s args#%d pointer type %s %s is not supported",
					    m->kf->name, i, ref_t ? btf_kind_name(ref_t) : "UNKN",
					    ref_t ? btf__name_by_offset(btf, ref_t->name_off) : "");
			/* a map the program names (&m) is the kernel's trusted
			 * struct bpf_map to a kfunc */
			if (r->type == CONST_PTR_TO_MAP) {
				as_btf.type = PTR_TO_BTF_ID;
				as_btf.flags = PTR_TRUSTED;
				as_btf.u.btf_id = kernel_struct_id(env, "bpf_map");
				if (!as_btf.u.btf_id)
					return unsupported(env, "the kernel's BTF has no struct bpf_map");
			}
			err = check_btf_arg(env, m, i, &as_btf, ref_t, ref_id);
			if (err)
				return err;
			continue;
		}
		/* memory and its size in the next argument (`tuple, tuple__sz`) */
		if (i + 1 < btf_vlen(proto) && !kernel_object(r) &&
		    kfunc_arg_suffix(btf__name_by_offset(btf, p[i + 1].name_off), "__sz")) {
			if (!reg_is_null(r) || !nullable) {
				int err = check_kfunc_mem_size(env, regno + 1);

				if (err == -EACCES || err == -EINVAL) {
					vdetail_keep_msg(env); /* the access that failed, for the explanation */
					return verr(env, -EACCES, "arg#%d arg#%d memory, len pair leads to invalid memory access",
						    i, i + 1);
				}
				if (err)
					return err;
			}
			i++;
			continue;
		}
		/* a whole initialised dynptr: on the stack, or a callback's own */
		if (ref_t && btf_is_struct(ref_t) && !strcmp(btf__name_by_offset(btf, ref_t->name_off), "bpf_dynptr")) {
			int err = dynptr_arg(env, r, regno, true);

			if (err == -EINVAL) /* the line just said is the error */
				return verr_detail(env, err);
			if (err)
				return err;
			continue;
		}
		/* a pointer to one number (`int *err`): memory of its size */
		if (ref_t && kfunc_scalar_type(ref_t) && !kernel_object(r)) {
			int err = check_mem_arg(env, regno, (uint32_t)btf__resolve_size(btf, ref_id));

			if (err)
				return err;
			continue;
		}
		if (ref_t && btf_is_composite(ref_t) && !is_scalar_struct(btf, ref_t, 0) && !kernel_object(r))
			return verr(env, -EINVAL, "arg#%d pointer type %s %s must point to scalar, or struct with scalar", i,
				    btf_kind_name(ref_t), btf__name_by_offset(btf, ref_t->name_off));
		/* memory of the struct's size */
		if (ref_t && btf_is_composite(ref_t) && !kernel_object(r)) {
			int err = check_mem_arg(env, regno, ref_t->size);

			if (err)
				return err;
			continue;
		}
		return unsupported(env, "%s argument %d (%s) given this register is not modelled yet", m->kf->name, i,
				   pname);
	}
	if ((fl & KFF_RELEASE) && !m->release_regno)
		return verr(env, -EINVAL, "release kernel function %s expects refcounted PTR_TO_BTF_ID", m->kf->name);
	return 0;
}

/* Closing an RCU section: what was RCU-protected is now untrusted. */
static void rcu_unprotect(struct reg_state *r, void *arg)
{
	(void)arg;
	if (r->type == PTR_TO_BTF_ID && (r->flags & MEM_RCU)) {
		r->flags &= (uint16_t) ~(MEM_RCU | PTR_MAYBE_NULL);
		r->flags |= PTR_UNTRUSTED;
	}
}

static int sections(struct venv *env, const struct kfunc_info *kf, bool sleepable)
{
	struct vstate *st = env->cur;

	if (st->active_rcu) {
		if (kf->special == KS_RCU_LOCK)
			return verr(env, -EINVAL, "nested rcu read lock (kernel function %s)", kf->name);
		if (kf->special == KS_RCU_UNLOCK) {
			for_each_reg(env, st, rcu_unprotect, NULL);
			if (iters_leave_rcu(st))
				return -ENOMEM;
			st->active_rcu = 0;
		} else if (sleepable) {
			return verr(env, -EACCES, "kernel func %s is sleepable within rcu_read_lock region", kf->name);
		}
	} else if (kf->special == KS_RCU_LOCK) {
		st->active_rcu = 1;
	} else if (kf->special == KS_RCU_UNLOCK) {
		return verr(env, -EINVAL, "unmatched rcu read unlock (kernel function %s)", kf->name);
	}
	if (st->active_preempt) {
		if (kf->special == KS_PREEMPT_DISABLE)
			st->active_preempt++;
		else if (kf->special == KS_PREEMPT_ENABLE)
			st->active_preempt--;
		else if (sleepable)
			return verr(env, -EACCES, "kernel func %s is sleepable within non-preemptible region", kf->name);
	} else if (kf->special == KS_PREEMPT_DISABLE) {
		st->active_preempt = 1;
	} else if (kf->special == KS_PREEMPT_ENABLE) {
		return verr(env, -EINVAL, "unmatched attempt to enable preemption (kernel function %s)", kf->name);
	}
	if ((kf->flags & KFF_RCU_PROTECTED) && !in_rcu_cs(env))
		return verr(env, -EACCES, "kernel func %s requires RCU critical section protection", kf->name);
	return 0;
}

/* r0 from the prototype's return type. */
static int set_return(struct venv *env, const struct kf_meta *m, const struct btf_type *proto, uint32_t idx)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *t = btf_skip_mods(btf, proto->type, NULL), *pt;
	struct reg_state *r0 = &cur_regs(env)[0];
	uint32_t pid = 0;
	unsigned fl = m->kf->flags;

	if (!proto->type || !t)
		return 0; /* void: r0 stays unreadable */
	if ((fl & KFF_ACQUIRE) && !(btf_is_ptr(t) && (pt = btf_skip_mods(btf, t->type, NULL)) && btf_is_struct(pt)))
		return verr(env, -EINVAL, "acquire kernel function does not return PTR_TO_BTF_ID");
	if (kfunc_scalar_type(t)) {
		reg_mark_unknown(r0);
		r0->def_insn = (int32_t)idx;
		return 0;
	}
	if (!btf_is_ptr(t))
		return unsupported(env, "%s returning BTF kind %s is not modelled yet", m->kf->name, btf_kind_name(t));
	pt = btf_skip_mods(btf, t->type, &pid);
	if (!pid || !pt) {
		/* void * (`void __arena *` too, past its type tag): a number
		 * to the verifier */
		reg_mark_unknown(r0);
		r0->def_insn = (int32_t)idx;
		return 0;
	}
	/* a pointer to anything but a struct: memory of that type's size,
	 * read-only unless the kfunc is known to hand out writable memory */
	if (!btf_is_struct(pt)) {
		int size = btf__resolve_size(btf, pid);

		if (size <= 0)
			return unsupported(env, "%s returning memory of unknown size is not modelled", m->kf->name);
		reg_mark_ptr(r0, PTR_TO_MEM);
		r0->u.mem_size = (uint32_t)size;
		r0->flags = fl & KFF_RET_RDWR ? 0 : MEM_RDONLY;
		r0->ref_obj_id = m->ref_obj_id;
		r0->def_insn = (int32_t)idx;
		return kfunc_ret_ref(env, r0, fl); /* an acquire returns a struct: refused above */
	}
	reg_mark_ptr(r0, PTR_TO_BTF_ID);
	r0->u.btf_id = pid;
	r0->btf_name = kernel_type_name(env, pid);
	r0->def_insn = (int32_t)idx;
	return kfunc_ret_ref(env, r0, fl);
}

/* r0 of a kfunc that may return NULL gets an id to be checked by; of one
 * that acquires, the reference (which then is the id too). */
int kfunc_ret_ref(struct venv *env, struct reg_state *r0, unsigned fl)
{
	if (fl & KFF_RET_NULL) {
		r0->flags |= PTR_MAYBE_NULL;
		r0->id = new_id(env);
	}
	if (fl & KFF_ACQUIRE) {
		int id = acquire_ref_at(env);

		if (id < 0)
			return id;
		if (fl & KFF_RET_NULL)
			r0->id = (uint32_t)id;
		r0->ref_obj_id = (uint32_t)id;
	}
	return 0;
}

/* The struct the kernel's context of each program type is (what
 * bpf_cast_to_kern_ctx() gives); observed on the running kernel.  Types
 * whose context is a number or void * name the typedef or "void *". */
static const char *const kern_ctx[BV_PROG__COUNT] = {
	[BV_PROG_SOCKET_FILTER] = "sk_buff", [BV_PROG_SCHED_CLS] = "sk_buff", [BV_PROG_SCHED_ACT] = "sk_buff",
	[BV_PROG_XDP] = "xdp_buff", [BV_PROG_CGROUP_SKB] = "sk_buff", [BV_PROG_CGROUP_SOCK] = "sock",
	[BV_PROG_CGROUP_SOCK_ADDR] = "bpf_sock_addr_kern", [BV_PROG_LWT_IN] = "sk_buff",
	[BV_PROG_LWT_OUT] = "sk_buff", [BV_PROG_LWT_XMIT] = "sk_buff", [BV_PROG_LWT_SEG6LOCAL] = "sk_buff",
	[BV_PROG_SOCK_OPS] = "bpf_sock_ops_kern", [BV_PROG_SK_SKB] = "sk_buff", [BV_PROG_SK_MSG] = "sk_msg",
	[BV_PROG_FLOW_DISSECTOR] = "bpf_flow_dissector", [BV_PROG_KPROBE] = "pt_regs",
	[BV_PROG_TRACEPOINT] = "u64", [BV_PROG_PERF_EVENT] = "bpf_perf_event_data_kern",
	[BV_PROG_RAW_TRACEPOINT] = "u64", [BV_PROG_RAW_TRACEPOINT_WRITABLE] = "u64",
	[BV_PROG_CGROUP_DEVICE] = "bpf_cgroup_dev_ctx", [BV_PROG_CGROUP_SYSCTL] = "bpf_sysctl_kern",
	[BV_PROG_CGROUP_SOCKOPT] = "bpf_sockopt_kern", [BV_PROG_SK_REUSEPORT] = "sk_reuseport_kern",
	[BV_PROG_SK_LOOKUP] = "bpf_sk_lookup_kern", [BV_PROG_NETFILTER] = "bpf_nf_ctx", [BV_PROG_LIRC_MODE2] = "u32",
	[BV_PROG_TRACING] = "void *", [BV_PROG_STRUCT_OPS] = "void *", [BV_PROG_EXT] = "void *",
	[BV_PROG_LSM] = "void *", [BV_PROG_SYSCALL] = "void *",
};

/* bpf_cast_to_kern_ctx(ctx): the context, as the kernel's own struct. */
static int cast_to_kern_ctx(struct venv *env, uint32_t idx)
{
	const struct btf *btf = kernel_btf(env);
	struct reg_state *r1 = &cur_regs(env)[1], *r0;
	const char *name = env->prog_type < BV_PROG__COUNT ? kern_ctx[env->prog_type] : NULL;
	char t[64];
	int id = -1;

	if (r1->type == NOT_INIT)
		return verr(env, -EACCES, "R1 !read_ok");
	if (kfunc_null_to_trusted(env, r1))
		return verr(env, -EACCES, "Possibly NULL pointer passed to trusted arg0");
	if (r1->type != PTR_TO_CTX)
		return verr(env, -EINVAL, "arg#0 expected pointer to ctx, but got %s", reg_type_str(env, r1, t, sizeof(t)));
	if (r1->off || !tnum_is_const(r1->var_off) || r1->var_off.value)
		return verr(env, -EACCES, "dereference of modified ctx ptr R1 off=%d disallowed", r1->off);
	if (!btf || !name)
		return unsupported(env, "bpf_cast_to_kern_ctx in program type %u is not modelled", env->prog_type);
	if (!strcmp(name, "void *")) {
		for (uint32_t i = 1; i < btf__type_cnt(btf) && id < 0; i++) {
			const struct btf_type *pt = btf__type_by_id(btf, i);

			if (btf_is_ptr(pt) && !pt->type)
				id = (int)i;
		}
	} else if (!strcmp(name, "u64") || !strcmp(name, "u32")) {
		id = btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF);
	} else {
		id = btf__find_by_name_kind(btf, name, BTF_KIND_STRUCT);
		if (id > 0) {
			clobber_caller_saved(cur_regs(env));
			env->scratched_regs |= 0x3f;
			r0 = &cur_regs(env)[0];
			reg_mark_ptr(r0, PTR_TO_BTF_ID);
			r0->flags = PTR_TRUSTED;
			r0->u.btf_id = (uint32_t)id;
			r0->btf_name = kernel_type_name(env, (uint32_t)id);
			r0->def_insn = (int32_t)idx;
			return 0;
		}
	}
	if (id <= 0)
		return unsupported(env, "the kernel's context type %s is not in its BTF", name);
	return verr(env, -EINVAL, "kern ctx type id %d is not a struct", id);
}

/* bpf_rdonly_cast(obj, btf_id): any value, as a read-only untrusted
 * pointer to the kernel struct the constant names, or to memory when it
 * names void. */
static int rdonly_cast_return(struct venv *env, const struct kf_meta *m, uint32_t idx)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *t;
	struct reg_state *r0 = &cur_regs(env)[0];
	uint32_t id = (uint32_t)m->k_value;

	if (!btf || m->k_value >= btf__type_cnt(btf))
		return verr(env, -EINVAL, "Unknown type ID %u passed to kfunc bpf_rdonly_cast", id);
	t = id ? btf_skip_mods(btf, id, NULL) : NULL;
	/* a union counts as a struct, as in the kernel's own test */
	if (id && (!t || !btf_is_composite(t)))
		return verr(env, -EINVAL, "kfunc bpf_rdonly_cast type ID argument must be of a struct or void");
	if (!id) {
		reg_mark_ptr(r0, PTR_TO_MEM);
		r0->flags = MEM_RDONLY | PTR_UNTRUSTED;
		r0->u.mem_size = 0;
	} else {
		reg_mark_ptr(r0, PTR_TO_BTF_ID);
		r0->flags = PTR_UNTRUSTED;
		r0->u.btf_id = id;
		r0->btf_name = kernel_type_name(env, id);
	}
	r0->def_insn = (int32_t)idx;
	return 0;
}

int check_proto_kfunc(struct venv *env, const struct kfunc_info *kf, uint32_t idx)
{
	const struct btf_type *proto = kfunc_proto(env, idx, kf->name);
	struct kf_meta m = { kf, 0, 0, 0, NULL, -1 };
	struct iter_call it = { -1, 0, 0, 0 };
	bool sleepable = false;
	int err;

	if (!proto)
		return unsupported(env, "kfunc %s is not in the kernel's BTF", kf->name);
	switch (kfunc_allowed(env, kf->name)) {
	case '.':
		return verr(env, -EACCES, "calling kernel function %s is not allowed", kf->name);
	case 's':
		if (!in_sleepable(env))
			return verr(env, -EINVAL, "program must be sleepable to call sleepable kfunc %s", kf->name);
		sleepable = true;
		break;
	case 'u':
		return unsupported(env, "kfunc %s in this program type is not modelled yet", kf->name);
	default:
		break;
	}
	if (kf->special == KS_CAST_KERN_CTX)
		return cast_to_kern_ctx(env, idx);
	for (int a = 1; a <= btf_vlen(proto); a++) {
		err = check_reg_read(env, a);
		if (err)
			return err;
		env->scratched_regs |= 1u << a;
	}
	if (kf->special >= KS_OBJ_NEW)
		return check_graph_kfunc(env, kf, proto, idx);
	if (kf->special == KS_ITER) {
		it.kind = iter_kfunc(kf->name, &it.op);
		err = it.kind < 0 ? unsupported(env, "iterator kfunc %s is not modelled yet", kf->name)
				  : iter_arg(env, &env->insns[idx], kf->name, &it);
		if (err)
			return err;
	}
	err = check_args(env, &m, proto);
	/* the workqueue's callback: verified later, on its own, able to sleep */
	if (!err && kf->special == KS_WQ_CALLBACK) {
		err = m.subprog >= 0 && m.wq_map ? push_async_callback(env, idx, m.subprog, m.wq_map, true)
						 : verr(env, -EFAULT, "verifier bug: workqueue callback without its map");
		if (err)
			return err;
	}
	if (!err)
		err = sections(env, kf, sleepable);
	if (err)
		return err;
	if (m.release_regno) {
		err = release_ref_at(env, cur_regs(env)[m.release_regno].ref_obj_id);
		if (err)
			return err;
	}
	if (kf->special == KS_THROW) {
		/* with no callback of the program's, the cookie is what the
		 * program returns */
		if (!env->exc_cb) {
			err = check_return_reg(env, 1);
			if (err)
				return err;
		}
		env->threw = true;
	}
	clobber_caller_saved(cur_regs(env));
	env->scratched_regs |= 0x3f;
	if (kf->special == KS_RDONLY_CAST)
		return rdonly_cast_return(env, &m, idx);
	err = set_return(env, &m, proto, idx);
	if (!err && it.kind >= 0 && it.op == ITER_OP_NEXT)
		err = iter_next(env, &it, idx);
	return err;
}
