/* Kernel functions (kfuncs) with a path of their own: the open-coded
 * iterators (bpf_iter_<kind>_new/next/destroy, what libbpf's bpf_for(),
 * bpf_repeat() and bpf_for_each() expand to; num and bits here, the
 * kinds over kernel objects through their prototypes, kfunc_args.c), and
 * dynptrs over packets (bpf_dynptr_from_skb/xdp, bpf_dynptr_slice and
 * _rdwr, and the small ones: _size, _is_null, _is_rdonly, _adjust,
 * _clone).  The kfuncs of kfunc_table.c go to kfunc_args.c; any other is
 * reported as not modelled.
 *
 * An iterator lives in the stack slots of its struct and holds a
 * reference from _new() to _destroy().  Each _next() call forks the
 * path: on one side the iterator is drained and r0 is NULL; on the other
 * it is still active, one iteration deeper, and r0 points at the current
 * number (or object).  The loop
 * ends for the verifier when a walk comes back to _next() in a state
 * within the ranges of the one that started the iteration (prune.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "verifier/verifier.h"

enum { KF_NONE = 0, KF_ITER_NUM_NEW, KF_ITER_NUM_NEXT, KF_ITER_NUM_DESTROY, KF_ITER_BITS_NEW,
       KF_ITER_BITS_NEXT, KF_ITER_BITS_DESTROY, KF_DYNPTR_FROM_SKB,
       KF_DYNPTR_FROM_XDP, KF_DYNPTR_SLICE, KF_DYNPTR_SLICE_RDWR, KF_DYNPTR_SIZE, KF_DYNPTR_IS_NULL,
       KF_DYNPTR_IS_RDONLY, KF_DYNPTR_ADJUST, KF_DYNPTR_CLONE };

static const struct {
	const char *name;
	int id, nargs;
} kfuncs[] = {
	{ "bpf_iter_num_new", KF_ITER_NUM_NEW, 3 },
	{ "bpf_iter_num_next", KF_ITER_NUM_NEXT, 1 },
	{ "bpf_iter_num_destroy", KF_ITER_NUM_DESTROY, 1 },
	{ "bpf_iter_bits_new", KF_ITER_BITS_NEW, 3 },
	{ "bpf_iter_bits_next", KF_ITER_BITS_NEXT, 1 },
	{ "bpf_iter_bits_destroy", KF_ITER_BITS_DESTROY, 1 },
	{ "bpf_dynptr_from_skb", KF_DYNPTR_FROM_SKB, 3 },
	{ "bpf_dynptr_from_xdp", KF_DYNPTR_FROM_XDP, 3 },
	{ "bpf_dynptr_slice", KF_DYNPTR_SLICE, 4 },
	{ "bpf_dynptr_slice_rdwr", KF_DYNPTR_SLICE_RDWR, 4 },
	{ "bpf_dynptr_size", KF_DYNPTR_SIZE, 1 },
	{ "bpf_dynptr_is_null", KF_DYNPTR_IS_NULL, 1 },
	{ "bpf_dynptr_is_rdonly", KF_DYNPTR_IS_RDONLY, 1 },
	{ "bpf_dynptr_adjust", KF_DYNPTR_ADJUST, 3 },
	{ "bpf_dynptr_clone", KF_DYNPTR_CLONE, 2 },
};

const char *kfunc_name_at(const struct venv *env, uint32_t idx)
{
	const char *name = bv_prog_kfunc_name(env->prog, idx);
	const struct bv_insn *in = idx < env->n ? &env->insns[idx] : NULL;
	const struct btf *btf;
	const struct btf_type *t;

	/* assembler source calls kfuncs by the kernel's BTF id: name it */
	if (name || !in || in->src != BV_PSEUDO_KFUNC_CALL || in->off || in->imm <= 0 || !(btf = kernel_btf(env)))
		return name;
	t = btf__type_by_id(btf, (uint32_t)in->imm);
	return t && btf_is_func(t) ? btf__name_by_offset(btf, t->name_off) : NULL;
}

static int kfunc_at(const struct venv *env, uint32_t idx)
{
	const char *name = kfunc_name_at(env, idx);

	for (size_t i = 0; name && i < BV_ARRAY_SIZE(kfuncs); i++)
		if (!strcmp(kfuncs[i].name, name))
			return kfuncs[i].id;
	return KF_NONE;
}

static bool skb_dynptr_type(uint32_t t);

/* How many argument registers a kfunc reads (5 when bpfvet does not know
 * it, or when the program type may not call it: the kernel then knows no
 * prototype either). */
int kfunc_nargs(const struct venv *env, uint32_t idx)
{
	const char *name = kfunc_name_at(env, idx);

	for (size_t i = 0; name && i < BV_ARRAY_SIZE(kfuncs); i++)
		if (!strcmp(kfuncs[i].name, name)) {
			if ((kfuncs[i].id == KF_DYNPTR_FROM_SKB && !skb_dynptr_type(env->prog_type)) ||
			    (kfuncs[i].id == KF_DYNPTR_FROM_XDP && env->prog_type != BV_PROG_XDP))
				return 5;
			return kfuncs[i].nargs;
		}
	{
		int n = proto_kfunc_nargs(env, idx, name);

		return n >= 0 ? n : 5;
	}
}

/* The open-coded iterators: each kind is a struct bpf_iter_<kind> on the
 * stack of its own size (as the running kernel's BTF has them), worked by
 * bpf_iter_<kind>_new, _next and _destroy.  The iterators over tasks and
 * css are walked under RCU: their _new needs an RCU section and their
 * _next hands out RCU pointers; the others' _next trusted ones. */
static const struct iter_kind {
	const char *name;
	int slots;
	bool rcu;
} iter_kinds[] = {
	[ITER_KIND_NUM] = { "num", 1, false },   /* struct bpf_iter_num: 8 bytes */
	[ITER_KIND_BITS] = { "bits", 2, false }, /* struct bpf_iter_bits: 16 bytes */
	[ITER_KIND_TASK_VMA] = { "task_vma", 1, false },
	[ITER_KIND_TASK] = { "task", 3, true },
	[ITER_KIND_CSS] = { "css", 3, true },
	[ITER_KIND_CSS_TASK] = { "css_task", 1, false },
	[ITER_KIND_KMEM_CACHE] = { "kmem_cache", 1, false },
	[ITER_KIND_DMABUF] = { "dmabuf", 1, false },
};

const char *iter_kind_name(int kind)
{
	return kind >= 0 && kind < (int)BV_ARRAY_SIZE(iter_kinds) ? iter_kinds[kind].name : "?";
}

int iter_kind_slots(const char *kind)
{
	for (size_t k = 0; kind && k < BV_ARRAY_SIZE(iter_kinds); k++)
		if (!strcmp(iter_kinds[k].name, kind))
			return iter_kinds[k].slots;
	return -1;
}

/* The kind of iterator a kfunc works, from its name, and the operation
 * (ITER_OP_*); -1 for any other kfunc. */
int iter_kfunc(const char *name, int *op)
{
	static const char *const ops[] = { [ITER_OP_NEW] = "_new", [ITER_OP_NEXT] = "_next",
					   [ITER_OP_DESTROY] = "_destroy" };
	size_t n;

	if (!name || strncmp(name, "bpf_iter_", 9))
		return -1;
	name += 9;
	n = strlen(name);
	for (int o = 0; o < (int)BV_ARRAY_SIZE(ops); o++) {
		size_t l = strlen(ops[o]);

		if (n <= l || strcmp(name + n - l, ops[o]))
			continue;
		for (int k = 0; k < (int)BV_ARRAY_SIZE(iter_kinds); k++)
			if (strlen(iter_kinds[k].name) == n - l && !strncmp(iter_kinds[k].name, name, n - l)) {
				*op = o;
				return k;
			}
	}
	return -1;
}

bool is_iter_next_call(const struct venv *env, uint32_t idx)
{
	const struct bv_insn *in = &env->insns[idx];
	int op;

	if (in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_KFUNC_CALL)
		return false;
	return iter_kfunc(kfunc_name_at(env, idx), &op) >= 0 && op == ITER_OP_NEXT;
}

/* The first stack slot of an iterator argument of `slots` slots, as the
 * kernel finds it: -EINVAL, said in the log, when the offset cannot be an
 * iterator's; -ERANGE (spi still set) when the slots lie beyond the stack
 * written so far.  The callers then give the kernel's error line. */
static int iter_spi(struct venv *env, const struct reg_state *r, int slots, int *spi)
{
	const struct func_state *f = env->cur->frame[r->frameno];
	int64_t off;
	int s;

	if (!tnum_is_const(r->var_off)) {
		vdetail(env, "iter has to be at a constant offset");
		return -EINVAL;
	}
	off = (int64_t)r->off + (int64_t)r->var_off.value;
	s = (int)((-off - 1) / BPF_REG_SIZE);
	if (off % BPF_REG_SIZE || s + 1 < slots) {
		vdetail(env, "cannot pass in iter at an offset=%lld", (long long)off);
		return -EINVAL;
	}
	*spi = s;
	if (s - slots + 1 < 0 || s >= f->allocated_stack / BPF_REG_SIZE)
		return -ERANGE;
	return 0;
}

/* An iterator of this kind starts at slot spi (its lowest address) and
 * covers the slots below it; only the first holds the reference. */
static bool iter_valid_init(const struct func_state *f, int spi, int kind)
{
	for (int i = 0; i < iter_kinds[kind].slots; i++) {
		const struct stack_slot *s;

		if (spi - i < 0 || spi - i >= f->allocated_stack / BPF_REG_SIZE)
			return false;
		s = &f->stack[spi - i];
		if ((i == 0) != (slot_peek(s)->ref_obj_id != 0) || s->iter_kind != kind)
			return false;
		for (int j = 0; j < BPF_REG_SIZE; j++)
			if (s->type[j] != STACK_ITER)
				return false;
	}
	return true;
}

static bool iter_valid_uninit(const struct func_state *f, int spi, int kind)
{
	for (int i = 0; i < iter_kinds[kind].slots; i++)
		if (spi - i >= 0 && spi - i < f->allocated_stack / BPF_REG_SIZE)
			for (int j = 0; j < BPF_REG_SIZE; j++)
				if (f->stack[spi - i].type[j] == STACK_ITER)
					return false;
	return true;
}

static uint64_t iter_mask(int spi, int kind)
{
	uint64_t m = 0;

	for (int i = 0; i < iter_kinds[kind].slots; i++)
		if (spi - i >= 0 && spi - i < 64)
			m |= 1ull << (spi - i);
	return m;
}

/* bpf_iter_css_task_new: only where the kernel may sleep or holds the
 * css (an LSM hook, a BPF iterator). */
static bool css_task_allowed(const struct venv *env)
{
	return env->prog_type == BV_PROG_LSM || env->prog->sec.sleepable ||
	       (env->prog_type == BV_PROG_TRACING && env->attach_type == 28 /* BPF_TRACE_ITER */);
}

/* R1 of an iterator kfunc, the iterator itself.  _new makes unused stack
 * an active iterator holding a new reference; _next and _destroy want an
 * initialised one of the same kind, still under RCU if its kind needs it;
 * _destroy releases it.  it->spi and it->frameno say where it is. */
int iter_arg(struct venv *env, const struct bv_insn *insn, const char *fname, struct iter_call *it)
{
	const struct iter_kind *k = &iter_kinds[it->kind];
	struct reg_state *r1;
	struct func_state *f;
	int err = check_reg_read(env, 1);

	if (err)
		return err;
	r1 = &cur_regs(env)[1];
	env->scratched_regs |= 1u << 1;
	if (it->kind == ITER_KIND_CSS_TASK && it->op == ITER_OP_NEW && !css_task_allowed(env))
		return verr(env, -EINVAL, "css_task_iter is only allowed in bpf_lsm, bpf_iter and sleepable progs");
	if (r1->type != PTR_TO_STACK)
		return verr(env, -EINVAL, "arg#0 expected pointer to an iterator on stack");
	err = iter_spi(env, r1, k->slots, &it->spi);
	it->frameno = r1->frameno;
	f = env->cur->frame[it->frameno];
	if (it->op == ITER_OP_NEW) {
		uint32_t id;

		if (err == -EINVAL || (!err && !iter_valid_uninit(f, it->spi, it->kind)))
			return verr(env, -EINVAL, "expected uninitialized iter_%s as arg #0", k->name);
		for (int i = 0; i < k->slots; i++) {
			err = check_mem_access(env, 1, i * BPF_REG_SIZE, 8, true, -1, false, false, insn);
			if (err)
				return err;
		}
		f = env->cur->frame[it->frameno];
		id = (uint32_t)acquire_ref_at(env);
		ls_mark_write(env, f->frameno, iter_mask(it->spi, it->kind));
		for (int i = 0; i < k->slots; i++) {
			struct stack_slot *sl = &f->stack[it->spi - i];
			struct reg_state *r = slot_reg(sl);

			if (!r)
				return -ENOMEM;
			memset(sl->type, STACK_ITER, BPF_REG_SIZE);
			reg_mark_not_init(r);
			r->type = PTR_TO_STACK;
			r->ref_obj_id = i ? 0 : id;
			if (k->rcu)
				r->flags = in_rcu_cs(env) ? MEM_RCU : PTR_UNTRUSTED;
			sl->iter_state = i ? ITER_INVALID : ITER_ACTIVE;
			sl->iter_depth = 0;
			sl->iter_kind = (uint8_t)it->kind;
			mark_stack_scratched(env, it->spi - i);
		}
		return 0;
	}
	if (err || !iter_valid_init(f, it->spi, it->kind))
		return verr(env, -EINVAL, "expected an initialized iter_%s as arg #0", k->name);
	if (f->stack[it->spi].spilled->flags & PTR_UNTRUSTED)
		return verr(env, -EPROTO, "expected an RCU CS when using %s", fname);
	mark_stack_scratched(env, it->spi);
	if (ls_mark_read(env, (int)it->frameno, iter_mask(it->spi, it->kind)))
		return -ENOMEM;
	if (it->op == ITER_OP_DESTROY) {
		err = release_ref_at(env, f->stack[it->spi].spilled->ref_obj_id);
		if (err)
			return err;
		ls_mark_write(env, f->frameno, iter_mask(it->spi, it->kind));
		for (int i = 0; i < k->slots; i++) {
			struct stack_slot *sl = &f->stack[it->spi - i];

			memset(sl->type, STACK_INVALID, BPF_REG_SIZE);
			slot_drop(sl);
			sl->iter_state = ITER_INVALID;
			sl->iter_depth = 0;
			sl->iter_kind = 0;
		}
	}
	return 0;
}

/* After _next(), r0 set: the path forks.  On one side the iterator is
 * still active, one iteration deeper, and r0 is not NULL; on this one it
 * is drained and r0 is NULL.  The pointer a kernel object iterator hands
 * out is trusted, or RCU-protected when the iterator is walked under RCU. */
int iter_next(struct venv *env, const struct iter_call *it, uint32_t idx)
{
	struct stack_slot *slot = &env->cur->frame[it->frameno]->stack[it->spi];
	struct reg_state *r0 = &cur_regs(env)[0];

	if (r0->type == PTR_TO_BTF_ID)
		r0->flags |= slot_peek(slot)->flags & MEM_RCU ? MEM_RCU : PTR_TRUSTED;
	if (slot->iter_state == ITER_ACTIVE) {
		const struct vstate *prev = loop_prev_state(env, idx);
		struct vstate *q;
		int err = push_branch(env, idx + 1, idx);

		if (err)
			return err;
		q = env->stack[env->stack_len - 1].st;
		q->frame[it->frameno]->stack[it->spi].iter_depth++;
		if (prev && widen_scalars(prev, q))
			return -ENOMEM;
		q->frame[q->curframe]->regs[0].flags &= (uint16_t)~PTR_MAYBE_NULL;
	}
	slot = &env->cur->frame[it->frameno]->stack[it->spi];
	slot->iter_state = ITER_DRAINED;
	reg_mark_known(&cur_regs(env)[0], 0);
	cur_regs(env)[0].def_insn = (int32_t)idx;
	return 0;
}

/* bpf_rcu_read_unlock(): the iterators walked under RCU can go no further. */
int iters_leave_rcu(struct vstate *st)
{
	for (int fi = 0; fi <= st->curframe; fi++) {
		struct func_state *f = st->frame[fi];

		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
			struct reg_state *r;

			if (f->stack[s].type[BPF_REG_SIZE - 1] != STACK_ITER || !(f->stack[s].spilled->flags & MEM_RCU))
				continue;
			r = slot_reg(&f->stack[s]);
			if (!r)
				return -ENOMEM;
			r->flags = PTR_UNTRUSTED;
		}
	}
	return 0;
}

static int check_scalar_arg(struct venv *env, int regno)
{
	int err = check_reg_read(env, regno);

	if (err)
		return err;
	if (cur_regs(env)[regno].type != SCALAR_VALUE)
		return verr(env, -EINVAL, "R%d is not a scalar", regno);
	return 0;
}

/* Program types that may call bpf_dynptr_from_skb (the kernel's skb kfunc set). */
static bool skb_dynptr_type(uint32_t t)
{
	switch (t) {
	case BV_PROG_SOCKET_FILTER: case BV_PROG_SCHED_CLS: case BV_PROG_SCHED_ACT: case BV_PROG_CGROUP_SKB:
	case BV_PROG_SK_SKB: case BV_PROG_LWT_IN: case BV_PROG_LWT_OUT: case BV_PROG_LWT_XMIT:
	case BV_PROG_LWT_SEG6LOCAL: case BV_PROG_NETFILTER: case BV_PROG_TRACING:
		return true;
	default:
		return false;
	}
}

/* Program types whose context is the __sk_buff the kfunc takes; the others
 * pass a kernel sk_buff they hold (a netfilter context's skb, a traced
 * function's argument). */
static bool ctx_is_sk_buff(uint32_t t)
{
	return t != BV_PROG_NETFILTER && t != BV_PROG_TRACING;
}

static int check_skb_btf_arg(struct venv *env, const struct reg_state *r, const char *name)
{
	if (r->type == PTR_TO_BTF_ID) {
		uint32_t want = kernel_struct_id(env, "__sk_buff");
		/* a kernel sk_buff is what __sk_buff projects */
		bool projection = r->btf_name && !strcmp(r->btf_name, "sk_buff");

		if (!btf_ids_match(env, r->u.btf_id, r->off, want) && !projection)
			return verr(env, -EINVAL,
				    "kernel function %s args#0 expected pointer to STRUCT __sk_buff but R1 has a pointer to STRUCT %s",
				    name, r->btf_name ? r->btf_name : "");
		if (r->flags & PTR_MAYBE_NULL)
			return verr(env, -EACCES, "Possibly NULL pointer passed to trusted arg0");
		if (!(r->flags & PTR_TRUSTED) && !r->ref_obj_id)
			return verr(env, -EACCES, "R1 must be referenced or trusted");
		return 0;
	}
	if (r->type == SCALAR_VALUE)
		return unsupported(env, "%s given a number for its sk_buff is not modelled yet", name);
	return verr(env, -EINVAL, "arg#0 pointer type STRUCT __sk_buff must point to scalar, or struct with scalar");
}

/* r0-r5 are gone after a call, and show so in the log. */
static void clobber_args(struct venv *env)
{
	clobber_caller_saved(cur_regs(env));
	env->scratched_regs |= 0x3f;
}

/* The call returns a number the verifier knows nothing about. */
static int ret_scalar(struct venv *env, uint32_t idx)
{
	clobber_args(env);
	reg_mark_unknown(&cur_regs(env)[0]);
	cur_regs(env)[0].def_insn = (int32_t)idx;
	return 0;
}

/* A new dynptr of the given kind in the stack slots R<regno> points at;
 * ref: the reference it shares with the dynptr it clones. */
static int new_dynptr_arg(struct venv *env, int regno, int type, uint32_t ref, const char *name)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	int spi = 0, err;

	if (r->type == CONST_PTR_TO_DYNPTR) {
		err = check_ptr_off(env, r, regno, false);
		return err ? err : verr(env, -EINVAL, "Dynptr has to be an uninitialized dynptr");
	}
	if (r->type != PTR_TO_STACK)
		return unsupported(env, "%s with a dynptr outside the stack is not modelled yet", name);
	err = dynptr_spi(env, r, &spi);
	if (err == -EINVAL)
		return verr(env, -EINVAL, "Dynptr has to be an uninitialized dynptr");
	return make_dynptr(env, regno, spi, type, ref);
}

/* bpf_dynptr_from_skb/xdp(ctx, flags, &ptr): a dynptr over the packet;
 * bpf_dynptr_slice(_rdwr)(&ptr, off, buffer or NULL, constant size): a
 * pointer to that many bytes of it, or NULL.  Slices of a packet die with
 * packet pointers when a helper may move the packet. */
static int check_dynptr_kfunc(struct venv *env, int kf, const char *name, uint32_t idx)
{
	struct reg_state *r;
	char t[64];
	int spi = 0, err, type = DYNPTR_LOCAL;
	uint32_t ref = 0;
	bool rdonly = kf == KF_DYNPTR_SLICE;
	uint64_t size;

	if ((kf == KF_DYNPTR_FROM_SKB && !skb_dynptr_type(env->prog_type)) ||
	    (kf == KF_DYNPTR_FROM_XDP && env->prog_type != BV_PROG_XDP))
		return verr(env, -EACCES, "calling kernel function %s is not allowed", name);
	for (int a = 1; a <= kfunc_nargs(env, idx); a++) {
		err = check_reg_read(env, a);
		if (err)
			return err;
	}
	r = &cur_regs(env)[1];
	env->scratched_regs |= 1u << 1;
	if (kf == KF_DYNPTR_FROM_SKB && !ctx_is_sk_buff(env->prog_type)) {
		err = check_skb_btf_arg(env, r, name);
		if (err)
			return err;
	} else if (kf == KF_DYNPTR_FROM_SKB || kf == KF_DYNPTR_FROM_XDP) {
		if (kfunc_null_to_trusted(env, r))
			return verr(env, -EACCES, "Possibly NULL pointer passed to trusted arg0");
		if (r->type != PTR_TO_CTX)
			return verr(env, -EINVAL, "arg#0 expected pointer to ctx, but got %s", reg_type_str(env, r, t, sizeof(t)));
		if (r->off || !tnum_is_const(r->var_off) || r->var_off.value)
			return unsupported(env, "%s with a moved context pointer is not modelled yet", name);
	}
	if (kf == KF_DYNPTR_FROM_SKB || kf == KF_DYNPTR_FROM_XDP) {
		err = check_scalar_arg(env, 2);
		if (err)
			return err;
		err = new_dynptr_arg(env, 3, kf == KF_DYNPTR_FROM_SKB ? DYNPTR_SKB : DYNPTR_XDP, 0, name);
		if (err)
			return err;
		return ret_scalar(env, idx);
	}
	/* the others read a whole dynptr: one on the stack, or a callback's
	 * read-only one (which they may read and adjust alike) */
	if (r->type == CONST_PTR_TO_DYNPTR) {
		err = check_ptr_off(env, r, 1, false);
		if (err)
			return err;
		type = (int)r->u.dynptr_type;
	} else if (r->type != PTR_TO_STACK) {
		return unsupported(env, "%s with a dynptr outside the stack is not modelled yet", name);
	} else {
		err = dynptr_spi(env, r, &spi);
		if (err)
			return verr(env, -EINVAL, "Expected an initialized dynptr as arg #0");
		err = read_dynptr(env, 1, spi);
		if (err)
			return err;
		type = env->cur->frame[r->frameno]->stack[spi].dynptr_type;
		ref = slot_peek(&env->cur->frame[r->frameno]->stack[spi])->ref_obj_id;
	}
	if (kf == KF_DYNPTR_SIZE || kf == KF_DYNPTR_IS_NULL || kf == KF_DYNPTR_IS_RDONLY || kf == KF_DYNPTR_ADJUST ||
	    kf == KF_DYNPTR_CLONE) {
		if (kf == KF_DYNPTR_ADJUST) {
			for (int a = 2; a <= 3; a++) {
				err = check_scalar_arg(env, a);
				if (err)
					return err;
			}
		}
		if (kf == KF_DYNPTR_CLONE) {
			err = new_dynptr_arg(env, 2, type, ref, name);
			if (err)
				return err;
		}
		return ret_scalar(env, idx);
	}
	/* a slice */
	err = check_scalar_arg(env, 2);
	if (err)
		return err;
	r = &cur_regs(env)[3];
	if (!(r->type == SCALAR_VALUE && tnum_is_const(r->var_off) && r->var_off.value == 0)) {
		/* a buffer for when the bytes are not contiguous: read and
		 * written back, its size made precise once more */
		if (r->type != PTR_TO_STACK)
			return unsupported(env, "%s with a buffer outside the stack is not modelled yet", name);
		err = check_kfunc_mem_size(env, 4);
		if (err == -EACCES || err == -EINVAL) {
			vdetail_keep_msg(env); /* the access that failed, for the explanation */
			return verr(env, -EACCES, "arg#2 arg#3 memory, len pair leads to invalid memory access");
		}
		if (err)
			return err;
	}
	r = &cur_regs(env)[4];
	if (r->type != SCALAR_VALUE || !tnum_is_const(r->var_off))
		return verr(env, -EINVAL, "R4 must be a known constant");
	size = r->var_off.value;
	if (kf == KF_DYNPTR_SLICE_RDWR && (type == DYNPTR_SKB || type == DYNPTR_XDP) && !prog_may_write_packet(env))
		return verr(env, -EINVAL, "the prog does not allow writes to packet data");
	clobber_args(env);
	r = &cur_regs(env)[0];
	reg_mark_ptr(r, PTR_TO_MEM);
	r->flags = PTR_MAYBE_NULL | (rdonly ? MEM_RDONLY : 0) |
		   (type == DYNPTR_SKB || type == DYNPTR_XDP ? MEM_PKT_SLICE : 0);
	r->u.mem_size = (uint32_t)size;
	r->id = new_id(env);
	r->def_insn = (int32_t)idx;
	return 0;
}

int check_kfunc_call(struct venv *env, const struct bv_insn *insn, uint32_t idx)
{
	int kf = kfunc_at(env, idx), err;
	const char *name = kfunc_name_at(env, idx);
	struct iter_call it;

	if (kf == KF_NONE) {
		const struct kfunc_info *info = kfunc_info(name);

		if (info)
			return check_proto_kfunc(env, info, idx);
		if (name && kfunc_proto(env, idx, name) && !kfunc_registered(name))
			return verr(env, -EACCES, "calling kernel function %s is not allowed", name);
		if (name)
			return unsupported(env, "kfunc %s is not modelled yet", name);
		return unsupported(env, "kfunc #%d is not modelled yet", insn->imm);
	}
	if (kf >= KF_DYNPTR_FROM_SKB)
		return check_dynptr_kfunc(env, kf, name, idx);
	it.kind = iter_kfunc(name, &it.op); /* num or bits: the names in kfuncs[] */
	err = iter_arg(env, insn, name, &it);
	if (err)
		return err;
	if (it.op == ITER_OP_NEW) {
		/* num: the range; bits: the words' address is not looked at
		 * (__ign), their count is */
		err = it.kind == ITER_KIND_NUM ? check_scalar_arg(env, 2) : check_reg_read(env, 2);
		if (!err)
			err = check_scalar_arg(env, 3);
		if (err)
			return err;
	}
	clobber_args(env);
	if (it.op == ITER_OP_NEW) {
		reg_mark_unknown(&cur_regs(env)[0]);
	} else if (it.op == ITER_OP_NEXT) {
		struct reg_state *r0 = &cur_regs(env)[0];

		/* the current number, read-only, tied to the iterator */
		reg_mark_ptr(r0, PTR_TO_MEM);
		r0->flags = MEM_RDONLY | PTR_MAYBE_NULL;
		r0->u.mem_size = 4;
		r0->id = new_id(env);
		r0->ref_obj_id = slot_peek(&env->cur->frame[it.frameno]->stack[it.spi])->ref_obj_id;
		r0->def_insn = (int32_t)idx;
		return iter_next(env, &it, idx);
	}
	return 0;
}
