/* Kernel functions (kfuncs) that bpfvet models: the numeric open-coded
 * iterator (bpf_iter_num_new/next/destroy, what libbpf's bpf_for() and
 * bpf_repeat() expand to), and dynptrs over packets
 * (bpf_dynptr_from_skb/xdp, bpf_dynptr_slice and _rdwr, and the small
 * ones: _size, _is_null, _is_rdonly, _adjust, _clone).  Any other kfunc
 * is reported as not modelled.
 *
 * An iterator lives in one stack slot and holds a reference from _new()
 * to _destroy().  Each _next() call forks the path: on one side the
 * iterator is drained and r0 is NULL; on the other it is still active,
 * one iteration deeper, and r0 points at the current number.  The loop
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

bool is_iter_next_call(const struct venv *env, uint32_t idx)
{
	const struct bv_insn *in = &env->insns[idx];

	int kf;

	if (in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_KFUNC_CALL)
		return false;
	kf = kfunc_at(env, idx);
	return kf == KF_ITER_NUM_NEXT || kf == KF_ITER_BITS_NEXT;
}

/* The open-coded iterators: each kind is a struct on the stack of its own
 * size; _new, _next and _destroy follow one after another in the enum. */
static const struct iter_kind {
	const char *name;
	int slots;
} iter_kinds[] = {
	[ITER_KIND_NUM] = { "num", 1 },   /* struct bpf_iter_num: 8 bytes */
	[ITER_KIND_BITS] = { "bits", 2 }, /* struct bpf_iter_bits: 16 bytes */
};

const char *iter_kind_name(int kind)
{
	return kind >= 0 && kind < (int)BV_ARRAY_SIZE(iter_kinds) ? iter_kinds[kind].name : "?";
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
		if ((i == 0) != (s->spilled.ref_obj_id != 0) || s->iter_kind != kind)
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
		ref = env->cur->frame[r->frameno]->stack[spi].spilled.ref_obj_id;
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
		if (err == -EACCES || err == -EINVAL)
			return verr(env, -EACCES, "arg#2 arg#3 memory, len pair leads to invalid memory access");
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
	int kf = kfunc_at(env, idx), spi = 0, err, kind, op;
	const char *name = kfunc_name_at(env, idx);
	struct reg_state *regs, *r1;
	struct func_state *f;
	uint32_t ref = 0, fno;

	if (kf == KF_NONE) {
		const struct kfunc_info *info = kfunc_info(name);

		if (info)
			return check_proto_kfunc(env, info, idx);
		if (name)
			return unsupported(env, "kfunc %s is not modelled yet", name);
		return unsupported(env, "kfunc #%d is not modelled yet", insn->imm);
	}
	if (kf >= KF_DYNPTR_FROM_SKB)
		return check_dynptr_kfunc(env, kf, name, idx);
	kind = kf >= KF_ITER_BITS_NEW ? ITER_KIND_BITS : ITER_KIND_NUM;
	op = (kf - KF_ITER_NUM_NEW) % 3; /* 0 new, 1 next, 2 destroy */
	err = check_reg_read(env, 1);
	if (err)
		return err;
	r1 = &cur_regs(env)[1];
	env->scratched_regs |= 1u << 1;
	if (r1->type != PTR_TO_STACK)
		return verr(env, -EINVAL, "arg#0 expected pointer to an iterator on stack");
	err = iter_spi(env, r1, iter_kinds[kind].slots, &spi);
	fno = r1->frameno; /* r1 itself is clobbered by the call */
	f = env->cur->frame[fno];
	if (op == 0) {
		uint32_t id;

		if (err == -EINVAL || (!err && !iter_valid_uninit(f, spi, kind)))
			return verr(env, -EINVAL, "expected uninitialized iter_%s as arg #0", iter_kinds[kind].name);
		for (int i = 0; i < iter_kinds[kind].slots; i++) {
			err = check_mem_access(env, 1, i * BPF_REG_SIZE, 8, true, -1, false, false, insn);
			if (err)
				return err;
		}
		/* bits: the words' address is not looked at (__ign) */
		if (kind == ITER_KIND_NUM) {
			err = check_scalar_arg(env, 2);
			if (!err)
				err = check_scalar_arg(env, 3);
		} else {
			err = check_reg_read(env, 2);
			if (!err)
				err = check_scalar_arg(env, 3);
		}
		if (err)
			return err;
		f = env->cur->frame[cur_regs(env)[1].frameno];
		id = (uint32_t)acquire_ref_at(env);
		ls_mark_write(env, f->frameno, iter_mask(spi, kind));
		for (int i = 0; i < iter_kinds[kind].slots; i++) {
			struct stack_slot *sl = &f->stack[spi - i];

			memset(sl->type, STACK_ITER, BPF_REG_SIZE);
			reg_mark_not_init(&sl->spilled);
			sl->spilled.type = PTR_TO_STACK;
			sl->spilled.ref_obj_id = i ? 0 : id;
			sl->iter_state = i ? ITER_INVALID : ITER_ACTIVE;
			sl->iter_depth = 0;
			sl->iter_kind = (uint8_t)kind;
			mark_stack_scratched(env, spi - i);
		}
	} else {
		if (err || !iter_valid_init(f, spi, kind))
			return verr(env, -EINVAL, "expected an initialized iter_%s as arg #0", iter_kinds[kind].name);
		ref = f->stack[spi].spilled.ref_obj_id;
		mark_stack_scratched(env, spi);
		if (ls_mark_read(env, (int)fno, iter_mask(spi, kind)))
			return -ENOMEM;
		if (op == 2) {
			err = release_ref_at(env, ref);
			if (err)
				return err;
			ls_mark_write(env, f->frameno, iter_mask(spi, kind));
			for (int i = 0; i < iter_kinds[kind].slots; i++) {
				struct stack_slot *sl = &f->stack[spi - i];

				memset(sl->type, STACK_INVALID, BPF_REG_SIZE);
				reg_mark_not_init(&sl->spilled);
				sl->iter_state = ITER_INVALID;
				sl->iter_depth = 0;
				sl->iter_kind = 0;
			}
		}
	}
	clobber_args(env);
	regs = cur_regs(env);
	if (op == 0) {
		reg_mark_unknown(&regs[0]);
	} else if (op == 1) {
		struct vstate *q;
		struct stack_slot *slot;

		/* the current number, read-only, tied to the iterator */
		reg_mark_ptr(&regs[0], PTR_TO_MEM);
		regs[0].flags = MEM_RDONLY | PTR_MAYBE_NULL;
		regs[0].u.mem_size = 4;
		regs[0].id = new_id(env);
		regs[0].ref_obj_id = ref;
		regs[0].def_insn = (int32_t)idx;
		slot = &env->cur->frame[fno]->stack[spi];
		if (slot->iter_state == ITER_ACTIVE) {
			const struct vstate *prev = loop_prev_state(env, idx);

			err = push_branch(env, idx + 1, idx);
			if (err)
				return err;
			q = env->stack[env->stack_len - 1].st;
			q->frame[fno]->stack[spi].iter_depth++;
			if (prev)
				widen_scalars(prev, q);
			q->frame[q->curframe]->regs[0].flags &= (uint16_t)~PTR_MAYBE_NULL;
		}
		/* here, the iterator is drained and returned NULL */
		slot = &env->cur->frame[fno]->stack[spi];
		slot->iter_state = ITER_DRAINED;
		reg_mark_known(&cur_regs(env)[0], 0);
		cur_regs(env)[0].def_insn = (int32_t)idx;
	}
	return 0;
}
