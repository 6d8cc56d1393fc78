/* ALU instructions: reading and writing registers, scalar range
 * arithmetic for every operation, and the rules for arithmetic on
 * pointers (which types allow it, how offsets accumulate, and what the
 * kernel refuses, with its words). */
#include <string.h>

#include "verifier/verifier.h"

#define MAX_VAR_OFF (1 << 29)

static const char *const alu_str[16] = { "+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=",
					 "neg", "%=", "^=", "=", "s>>=", "endian", "?", "?" };

uint32_t new_id(struct venv *env)
{
	return ++env->id_gen;
}

struct func_state *cur_frame(struct venv *env)
{
	return env->cur->frame[env->cur->curframe];
}

struct reg_state *cur_regs(struct venv *env)
{
	return cur_frame(env)->regs;
}

int check_reg_read(struct venv *env, int regno)
{
	if (regno >= MAX_BPF_REG)
		return verr(env, -EINVAL, "R%d is invalid", regno);
	if (cur_regs(env)[regno].type == NOT_INIT)
		return verr(env, -EACCES, "R%d !read_ok", regno);
	return 0;
}

int check_reg_write(struct venv *env, int regno)
{
	if (regno >= MAX_BPF_REG)
		return verr(env, -EINVAL, "R%d is invalid", regno);
	if (regno == 10)
		return verr(env, -EACCES, "frame pointer is read only");
	return 0;
}

void mark_reg_unknown(struct venv *env, struct reg_state *regs, int regno)
{
	reg_mark_unknown(&regs[regno]);
	regs[regno].def_insn = (int32_t)env->insn_idx;
}

void mark_reg_known_zero(struct venv *env, struct reg_state *regs, int regno)
{
	reg_mark_known(&regs[regno], 0);
	regs[regno].def_insn = (int32_t)env->insn_idx;
}

/* Pointers leak as numbers only to programs that may see addresses. */
bool is_pointer_value(const struct venv *env, int regno)
{
	const struct reg_state *r = &env->cur->frame[env->cur->curframe]->regs[regno];

	return !env->priv && reg_is_pointer(r);
}

/* ---- scalar arithmetic, per operation ---- */

static bool add_overflows_s64(int64_t a, int64_t b, int64_t *r)
{
	return __builtin_add_overflow(a, b, r);
}

static void scalar32_add(struct reg_state *d, const struct reg_state *s)
{
	int32_t smin, smax;
	uint32_t umin = d->u32_min + s->u32_min, umax = d->u32_max + s->u32_max;

	if (__builtin_add_overflow(d->s32_min, s->s32_min, &smin) ||
	    __builtin_add_overflow(d->s32_max, s->s32_max, &smax)) {
		d->s32_min = INT32_MIN;
		d->s32_max = INT32_MAX;
	} else {
		d->s32_min = smin;
		d->s32_max = smax;
	}
	/* the unsigned span survives a wrap only if both ends wrap */
	if (umin < d->u32_min || umax < d->u32_max) {
		if (!(umin < d->u32_min && umax < d->u32_max) || umax - umin < d->u32_max - d->u32_min) {
			d->u32_min = 0;
			d->u32_max = UINT32_MAX;
			return;
		}
	}
	if (umax - umin < (d->u32_max - d->u32_min) || (umin < d->u32_min) != (umax < d->u32_max)) {
		d->u32_min = 0;
		d->u32_max = UINT32_MAX;
		return;
	}
	d->u32_min = umin;
	d->u32_max = umax;
}

static void scalar64_add(struct reg_state *d, const struct reg_state *s)
{
	int64_t smin, smax;
	uint64_t umin = d->umin + s->umin, umax = d->umax + s->umax;

	if (add_overflows_s64(d->smin, s->smin, &smin) || add_overflows_s64(d->smax, s->smax, &smax)) {
		d->smin = INT64_MIN;
		d->smax = INT64_MAX;
	} else {
		d->smin = smin;
		d->smax = smax;
	}
	if ((umin < d->umin) != (umax < d->umax) || umax - umin < d->umax - d->umin) {
		d->umin = 0;
		d->umax = UINT64_MAX;
		return;
	}
	d->umin = umin;
	d->umax = umax;
}

static void scalar32_sub(struct reg_state *d, const struct reg_state *s)
{
	int32_t smin, smax;
	uint32_t umin = d->u32_min - s->u32_max, umax = d->u32_max - s->u32_min;

	if (__builtin_sub_overflow(d->s32_min, s->s32_max, &smin) ||
	    __builtin_sub_overflow(d->s32_max, s->s32_min, &smax)) {
		d->s32_min = INT32_MIN;
		d->s32_max = INT32_MAX;
	} else {
		d->s32_min = smin;
		d->s32_max = smax;
	}
	if ((d->u32_min < s->u32_max) != (d->u32_max < s->u32_min) || umax - umin < d->u32_max - d->u32_min) {
		d->u32_min = 0;
		d->u32_max = UINT32_MAX;
		return;
	}
	d->u32_min = umin;
	d->u32_max = umax;
}

static void scalar64_sub(struct reg_state *d, const struct reg_state *s)
{
	int64_t smin, smax;
	uint64_t umin = d->umin - s->umax, umax = d->umax - s->umin;

	if (__builtin_sub_overflow(d->smin, s->smax, &smin) || __builtin_sub_overflow(d->smax, s->smin, &smax)) {
		d->smin = INT64_MIN;
		d->smax = INT64_MAX;
	} else {
		d->smin = smin;
		d->smax = smax;
	}
	if ((d->umin < s->umax) != (d->umax < s->umin) || umax - umin < d->umax - d->umin) {
		d->umin = 0;
		d->umax = UINT64_MAX;
		return;
	}
	d->umin = umin;
	d->umax = umax;
}

static void scalar32_mul(struct reg_state *d, const struct reg_state *s)
{
	uint32_t umin, umax;
	int32_t p[4], lo, hi;

	if (__builtin_mul_overflow(d->u32_min, s->u32_min, &umin) ||
	    __builtin_mul_overflow(d->u32_max, s->u32_max, &umax)) {
		d->u32_min = 0;
		d->u32_max = UINT32_MAX;
	} else {
		d->u32_min = umin;
		d->u32_max = umax;
	}
	if (__builtin_mul_overflow(d->s32_min, s->s32_min, &p[0]) ||
	    __builtin_mul_overflow(d->s32_min, s->s32_max, &p[1]) ||
	    __builtin_mul_overflow(d->s32_max, s->s32_min, &p[2]) ||
	    __builtin_mul_overflow(d->s32_max, s->s32_max, &p[3])) {
		d->s32_min = INT32_MIN;
		d->s32_max = INT32_MAX;
		return;
	}
	lo = hi = p[0];
	for (int i = 1; i < 4; i++) {
		lo = p[i] < lo ? p[i] : lo;
		hi = p[i] > hi ? p[i] : hi;
	}
	d->s32_min = lo;
	d->s32_max = hi;
}

static void scalar64_mul(struct reg_state *d, const struct reg_state *s)
{
	uint64_t umin, umax;
	int64_t p[4], lo, hi;

	if (__builtin_mul_overflow(d->umin, s->umin, &umin) || __builtin_mul_overflow(d->umax, s->umax, &umax)) {
		d->umin = 0;
		d->umax = UINT64_MAX;
	} else {
		d->umin = umin;
		d->umax = umax;
	}
	if (__builtin_mul_overflow(d->smin, s->smin, &p[0]) || __builtin_mul_overflow(d->smin, s->smax, &p[1]) ||
	    __builtin_mul_overflow(d->smax, s->smin, &p[2]) || __builtin_mul_overflow(d->smax, s->smax, &p[3])) {
		d->smin = INT64_MIN;
		d->smax = INT64_MAX;
		return;
	}
	lo = hi = p[0];
	for (int i = 1; i < 4; i++) {
		lo = p[i] < lo ? p[i] : lo;
		hi = p[i] > hi ? p[i] : hi;
	}
	d->smin = lo;
	d->smax = hi;
}

/* and/or/xor: the bits give the unsigned ranges; signed ranges follow
 * when both inputs are non-negative, else they are recomputed from the
 * bits by the sync. */
static void bitwise32(struct reg_state *d, const struct reg_state *s, int op)
{
	struct tnum v = tnum_subreg(d->var_off);

	if (op == BV_AND) {
		d->u32_min = (uint32_t)v.value;
		d->u32_max = d->u32_max < s->u32_max ? d->u32_max : s->u32_max;
	} else if (op == BV_OR) {
		d->u32_min = d->u32_min > s->u32_min ? d->u32_min : s->u32_min;
		d->u32_max = (uint32_t)(v.value | v.mask);
	} else {
		d->u32_min = (uint32_t)v.value;
		d->u32_max = (uint32_t)(v.value | v.mask);
	}
	if (d->s32_min >= 0 && s->s32_min >= 0 && (op != BV_OR || 1)) {
		d->s32_min = (int32_t)d->u32_min;
		d->s32_max = (int32_t)d->u32_max;
	} else {
		d->s32_min = INT32_MIN;
		d->s32_max = INT32_MAX;
	}
}

static void bitwise64(struct reg_state *d, const struct reg_state *s, int op)
{
	struct tnum v = d->var_off;

	if (op == BV_AND) {
		d->umin = v.value;
		d->umax = d->umax < s->umax ? d->umax : s->umax;
	} else if (op == BV_OR) {
		d->umin = d->umin > s->umin ? d->umin : s->umin;
		d->umax = v.value | v.mask;
	} else {
		d->umin = v.value;
		d->umax = v.value | v.mask;
	}
	if (d->smin >= 0 && s->smin >= 0) {
		d->smin = (int64_t)d->umin;
		d->smax = (int64_t)d->umax;
	} else {
		d->smin = INT64_MIN;
		d->smax = INT64_MAX;
	}
}

static void unbound32(struct reg_state *r)
{
	r->s32_min = INT32_MIN;
	r->s32_max = INT32_MAX;
	r->u32_min = 0;
	r->u32_max = UINT32_MAX;
}


static void lsh32(struct reg_state *d, unsigned s)
{
	d->s32_min = INT32_MIN;
	d->s32_max = INT32_MAX;
	if (s > 31 || d->u32_max > (1u << (31 - s))) {
		d->u32_min = 0;
		d->u32_max = UINT32_MAX;
	} else {
		d->u32_min <<= s;
		d->u32_max <<= s;
	}
}

static void lsh64(struct reg_state *d, unsigned s)
{
	/* <<32 moves the low half, as a signed 32-bit number, into the top:
	 * its signed bounds carry over exactly, negative ones too (observed on
	 * 6.18: [-20, -5] << 32 is [-20 << 32, -5 << 32]; older kernels kept
	 * only non-negative ones).  A common way to sign extend: <<32, s>>32. */
	if (s == 32) {
		d->smax = (int64_t)((uint64_t)(int64_t)d->s32_max << 32);
		d->smin = (int64_t)((uint64_t)(int64_t)d->s32_min << 32);
	} else {
		d->smax = INT64_MAX;
		d->smin = INT64_MIN;
	}
	if (d->umax > (1ull << (63 - s))) {
		d->umin = 0;
		d->umax = UINT64_MAX;
	} else {
		d->umin <<= s;
		d->umax <<= s;
	}
}

/* Byte swap of a tnum: value and mask move with their bytes. */
static struct tnum tnum_swap(struct tnum a, unsigned bits)
{
	switch (bits) {
	case 16: return TNUM(__builtin_bswap16((uint16_t)a.value), __builtin_bswap16((uint16_t)a.mask));
	case 32: return TNUM(__builtin_bswap32((uint32_t)a.value), __builtin_bswap32((uint32_t)a.mask));
	default: return TNUM(__builtin_bswap64(a.value), __builtin_bswap64(a.mask));
	}
}

/* A register that is either 0 or -1 (a mask built from a condition)
 * combined with a constant: the kernel explores the two values as two
 * paths, this one with -1 and a queued one, back at this instruction,
 * with 0. */
static int maybe_fork(struct venv *env, const struct bv_insn *insn, struct reg_state *d)
{
	bool w32;
	struct reg_state *o;
	int err;

	if (d->smin == -1 && d->smax == 0)
		w32 = false;
	else if (d->s32_min == -1 && d->s32_max == 0)
		w32 = true;
	else
		return 0;
	err = push_branch(env, env->insn_idx, env->insn_idx);
	if (err)
		return err;
	o = &env->stack[env->stack_len - 1].st->frame[env->cur->curframe]->regs[insn->dst];
	if (w32) {
		o->var_off = tnum_with_subreg(o->var_off, tnum_const(0));
		o->s32_min = o->s32_max = 0;
		o->u32_min = o->u32_max = 0;
		d->var_off = tnum_with_subreg(d->var_off, tnum_const(0xffffffffu));
		d->s32_min = d->s32_max = -1;
		d->u32_min = d->u32_max = UINT32_MAX;
	} else {
		int32_t def = o->def_insn;

		reg_mark_known(o, 0);
		o->def_insn = def;
		def = d->def_insn;
		reg_mark_known(d, ~0ull);
		d->def_insn = def;
	}
	return 0;
}

/* dst op= src on two scalars; alu32 for the 32-bit class. */
static int scalar_alu(struct venv *env, const struct bv_insn *insn, const struct bv_form *f, struct reg_state *d,
		      struct reg_state s)
{
	int op = BV_OP(insn->code), alu32 = !f->is64;
	unsigned bits = alu32 ? 32 : 64;
	bool src_const = alu32 ? tnum_subreg_is_const(s.var_off) && s.s32_min == s.s32_max && s.u32_min == s.u32_max
			       : tnum_is_const(s.var_off) && s.smin == s.smax && s.umin == s.umax;

	(void)env;
	switch (f->op) {
	case BV_OP_ADD: case BV_OP_SUB: case BV_OP_MUL: case BV_OP_AND: case BV_OP_OR:
	case BV_OP_XOR: case BV_OP_NEG:
		break;
	case BV_OP_LSH: case BV_OP_RSH: case BV_OP_ARSH:
		/* the shift amount's 64-bit bound, even for 32-bit shifts */
		if (src_const && s.umax < bits)
			break;
		/* fallthrough */
	default:
		/* division, modulo, variable shifts: nothing is known, not
		 * even that a 32-bit result has its upper half clear */
		reg_mark_unknown(d);
		return 0;
	}
	switch (f->op) {
	case BV_OP_ADD:
		scalar32_add(d, &s);
		scalar64_add(d, &s);
		d->var_off = tnum_add(d->var_off, s.var_off);
		break;
	case BV_OP_SUB:
		scalar32_sub(d, &s);
		scalar64_sub(d, &s);
		d->var_off = tnum_sub(d->var_off, s.var_off);
		break;
	case BV_OP_NEG: {
		struct reg_state z;

		reg_mark_known(&z, 0);
		scalar32_sub(&z, d);
		scalar64_sub(&z, d);
		z.var_off = tnum_neg(d->var_off);
		d->smin = z.smin, d->smax = z.smax, d->umin = z.umin, d->umax = z.umax;
		d->s32_min = z.s32_min, d->s32_max = z.s32_max, d->u32_min = z.u32_min, d->u32_max = z.u32_max;
		d->var_off = z.var_off;
		break;
	}
	case BV_OP_MUL:
		d->var_off = tnum_mul(d->var_off, s.var_off);
		scalar32_mul(d, &s);
		scalar64_mul(d, &s);
		break;
	case BV_OP_AND:
	case BV_OP_OR:
		if (tnum_is_const(s.var_off)) {
			int err = maybe_fork(env, insn, d);

			if (err)
				return err;
		}
		/* fallthrough */
	case BV_OP_XOR:
		d->var_off = op == BV_AND ? tnum_and(d->var_off, s.var_off)
			     : op == BV_OR ? tnum_or(d->var_off, s.var_off) : tnum_xor(d->var_off, s.var_off);
		bitwise32(d, &s, op);
		bitwise64(d, &s, op);
		break;
	case BV_OP_LSH: {
		unsigned k = (unsigned)(alu32 ? s.u32_max : s.umax);

		if (alu32) {
			lsh32(d, k);
			d->var_off = tnum_subreg(tnum_lshift(tnum_subreg(d->var_off), k));
		} else {
			/* the 64-bit bounds use the unshifted 32-bit ones */
			lsh64(d, k);
			lsh32(d, k);
			d->var_off = tnum_lshift(d->var_off, k);
		}
		break;
	}
	case BV_OP_RSH: {
		unsigned k = (unsigned)(alu32 ? s.u32_max : s.umax);

		if (alu32) {
			struct tnum sub = tnum_subreg(d->var_off);

			d->s32_min = INT32_MIN;
			d->s32_max = INT32_MAX;
			d->var_off = tnum_rshift(sub, k);
			d->u32_min >>= k;
			d->u32_max >>= k;
		} else {
			d->smin = INT64_MIN;
			d->smax = INT64_MAX;
			d->var_off = tnum_rshift(d->var_off, k);
			d->umin >>= k;
			d->umax >>= k;
			unbound32(d);
		}
		break;
	}
	case BV_OP_ARSH: {
		unsigned k = (unsigned)(alu32 ? s.u32_max : s.umax);

		if (alu32) {
			d->s32_min >>= k;
			d->s32_max >>= k;
			d->var_off = tnum_arshift(tnum_subreg(d->var_off), k, 32);
			d->u32_min = 0;
			d->u32_max = UINT32_MAX;
		} else {
			d->smin >>= k;
			d->smax >>= k;
			d->var_off = tnum_arshift(d->var_off, k, 64);
			d->umin = 0;
			d->umax = UINT64_MAX;
			unbound32(d);
		}
		break;
	}
	default:
		break;
	}
	if (alu32)
		reg_zext32(d);
	reg_bounds_sync(d);
	return 0;
}

/* Is a pointer plus this offset register still within what the kernel
 * allows to be tracked? */
static bool sane_offset(struct venv *env, const struct reg_state *r, const struct reg_state *ptr)
{
	char t[64];
	bool known = tnum_is_const(r->var_off);
	int64_t val = (int64_t)r->var_off.value, smin = r->smin;

	reg_type_str(env, ptr, t, sizeof(t));
	if (known && (val >= MAX_VAR_OFF || val <= -MAX_VAR_OFF)) {
		verr(env, -EACCES, "math between %s pointer and %lld is not allowed", t, (long long)val);
		return false;
	}
	if (r->off >= MAX_VAR_OFF || r->off <= -MAX_VAR_OFF) {
		verr(env, -EACCES, "%s pointer offset %d is not allowed", t, r->off);
		return false;
	}
	if (smin == INT64_MIN) {
		verr(env, -EACCES, "math between %s pointer and register with unbounded min value is not allowed", t);
		return false;
	}
	if (smin >= MAX_VAR_OFF || smin <= -MAX_VAR_OFF) {
		verr(env, -EACCES, "value %lld makes %s pointer be out of bounds", (long long)smin, t);
		return false;
	}
	return true;
}

/* ---- Spectre v1 masking (loads without CAP_BPF) ----
 *
 * The kernel rewrites "ptr += reg" so that even on a mispredicted path the
 * result stays inside the object.  For that it must know, when the
 * instruction is verified, which way the offset goes and how far the
 * pointer may move; every path through the instruction must agree, and a
 * path where the masked offset is zero is verified as well (speculatively).
 * An instruction a speculative path could not pass is fenced instead
 * (6.17+), and then needs no masking. */
enum { ALU_NEG = 1, ALU_IMM = 2, ALU_SAN_SRC = 4, ALU_SAN_DST = 8, ALU_NON_POINTER = 16 };

struct sanitize {
	bool left;
	uint32_t limit;
};

static const char prohibited[] = "pointer arithmetic with it prohibited for !root";

static bool skip_sanitize(const struct venv *env, const struct bv_insn *insn)
{
	return env->priv || !(insn->code & BV_X) || env->aux[env->insn_idx].nospec;
}

static int update_sanitize(struct venv *env, uint8_t state, uint32_t limit)
{
	struct insn_aux *a = &env->aux[env->insn_idx];

	if (a->alu_state && (a->alu_state != state || a->alu_limit != limit))
		return -1;
	a->alu_state = state;
	a->alu_limit = limit;
	return 0;
}

/* How far the pointer may move, towards the object's start (left) or end. */
static int ptr_limit(const struct reg_state *ptr, bool left, uint32_t *limit)
{
	uint32_t max;

	if (ptr->type == PTR_TO_STACK) {
		max = MAX_BPF_STACK + left;
		*limit = (uint32_t)-(int64_t)(ptr->var_off.value + (uint64_t)(int64_t)ptr->off);
	} else if (ptr->type == PTR_TO_MAP_VALUE && ptr->u.map) {
		max = ptr->u.map->value_size;
		*limit = (uint32_t)((left ? (uint64_t)ptr->smin : ptr->umax) + (uint64_t)(int64_t)ptr->off);
	} else {
		return 1;
	}
	return *limit >= max ? 2 : 0;
}

static int sanitize_ptr(struct venv *env, const struct bv_insn *insn, struct reg_state *dst, const struct reg_state *ptr,
			const struct reg_state *off, bool ptr_is_dst, int op, bool commit, struct sanitize *san)
{
	bool off_neg = off->smin < 0, off_imm = tnum_is_const(off->var_off);
	const char *what = op == BV_ADD ? "add" : "sub";
	int offreg = ptr_is_dst ? insn->src : insn->dst;
	uint32_t limit;
	uint8_t state;
	int r;

	if ((op != BV_ADD && op != BV_SUB) || skip_sanitize(env, insn))
		return 0;
	if (env->cur->speculative && !commit)
		goto sim;
	if (env->cur->speculative)
		return 0;
	if (!commit) {
		if (!off_imm && (off->smin < 0) != (off->smax < 0))
			return verr(env, -EACCES, "R%d has unknown scalar with mixed signed bounds, %s", offreg, prohibited);
		san->left = (op == BV_ADD && off_neg) || (op == BV_SUB && !off_neg);
	}
	r = ptr_limit(ptr, san->left, &limit);
	if (r == 1)
		return verr(env, -EACCES, "R%d has pointer with unsupported alu operation, %s",
			    ptr_is_dst ? insn->dst : insn->src, prohibited);
	if (r == 2)
		return verr(env, -EACCES, "R%d tried to %s beyond pointer bounds, %s", insn->dst, what, prohibited);
	if (!commit) {
		san->limit = limit;
		if (!off_imm)
			env->explore_alu_limits = true;
		goto sim;
	}
	state = (off_neg ? ALU_NEG : 0) | (off_imm ? ALU_IMM : 0) | (ptr_is_dst ? ALU_SAN_SRC : ALU_SAN_DST);
	limit = san->limit > limit ? san->limit - limit : limit - san->limit;
	if (update_sanitize(env, state, limit))
		return verr(env, -EACCES, "R%d tried to %s from different maps, paths or scalars, %s", insn->dst, what,
			    prohibited);
	return 0;
sim:
	/* the masked offset may be 0: verify that path too, speculatively */
	if (off_imm)
		return 0;
	{
		struct reg_state keep = *dst;
		int err;

		if (!ptr_is_dst)
			*dst = *ptr;
		err = push_speculative(env, env->insn_idx + 1, env->insn_idx);
		if (!ptr_is_dst)
			*dst = keep;
		if (err)
			return verr(env, -EACCES, "R%d could not be pushed for speculative verification, %s", insn->dst,
				    prohibited);
	}
	return 0;
}

/* A scalar "rX += rY" where other paths add to a pointer: the masking the
 * kernel patches in would differ between the paths. */
int sanitize_scalar(struct venv *env, const struct bv_insn *insn)
{
	int op = BV_OP(insn->code);

	if ((op != BV_ADD && op != BV_SUB) || skip_sanitize(env, insn))
		return 0;
	if (update_sanitize(env, ALU_NON_POINTER, 0))
		return verr(env, -EACCES, "R%d tried to %s from different maps, paths or scalars, %s", insn->dst,
			    op == BV_ADD ? "add" : "sub", prohibited);
	return 0;
}

/* Without CAP_BPF the result of pointer arithmetic must stay in its
 * object at once (speculative execution could use it before any check). */
static int unpriv_ptr_bounds(struct venv *env, const struct reg_state *dst, int regno)
{
	if (env->priv)
		return 0;
	if (dst->type == PTR_TO_STACK) {
		int64_t off = dst->off + (int64_t)dst->var_off.value;

		if (!tnum_is_const(dst->var_off)) {
			char tn[48];

			tnum_sbin(tn, sizeof(tn), dst->var_off);
			return verr(env, -EACCES, "R%d variable stack access prohibited for !root, var_off=%s off=%d", regno,
				    tn, (int)off);
		}
		if (off >= 0 || off < -MAX_BPF_STACK)
			return verr(env, -EACCES,
				    "R%d stack pointer arithmetic goes out of range, prohibited for !root; off=%d", regno,
				    (int)off);
	} else if (dst->type == PTR_TO_MAP_VALUE && dst->u.map) {
		int64_t lo = dst->smin + dst->off, hi = (int64_t)dst->umax + dst->off;

		if (dst->smin == INT64_MIN || lo < 0 || dst->umax >= MAX_VAR_OFF || hi + 1 > (int64_t)dst->u.map->value_size)
			return verr(env, -EACCES, "R%d pointer arithmetic of map value goes out of range, prohibited for !root",
				    regno);
	}
	return 0;
}

static bool is_pkt(const struct reg_state *r)
{
	return r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META;
}

/* dst = ptr op off, op ADD or SUB: the pointer keeps its type; a known
 * offset joins the fixed part, a variable one the tnum and ranges. */
int adjust_ptr_scalar(struct venv *env, const struct bv_insn *insn, struct reg_state *dst,
		      const struct reg_state *ptr_in, const struct reg_state *off_in, int op)
{
	struct reg_state ptr = *ptr_in, off = *off_in;
	bool known = tnum_is_const(off.var_off);
	int64_t sv = off.smin;
	char t[64];
	int regno = insn->dst;
	struct sanitize san = { 0 };

	reg_type_str(env, &ptr, t, sizeof(t));
	if (BV_CLASS(insn->code) != BV_ALU64) {
		if (op == BV_SUB && env->priv) {
			mark_reg_unknown(env, cur_regs(env), regno);
			return 0;
		}
		return verr(env, -EACCES, "R%d 32-bit pointer arithmetic prohibited", regno);
	}
	if (ptr.flags & PTR_MAYBE_NULL)
		return verr(env, -EACCES, "R%d pointer arithmetic on %s prohibited, null-check it first", regno, t);
	/* untrusted memory is read with faulting loads: its offset is not tracked */
	if (ptr.type == PTR_TO_MEM && (ptr.flags & PTR_UNTRUSTED))
		return 0;
	switch (ptr.type) {
	case PTR_TO_CTX: case PTR_TO_MAP_VALUE: case PTR_TO_MAP_KEY: case PTR_TO_STACK:
	case PTR_TO_PACKET_META: case PTR_TO_PACKET: case PTR_TO_TP_BUFFER: case PTR_TO_BTF_ID:
	case PTR_TO_MEM: case PTR_TO_BUF: case PTR_TO_FUNC: case CONST_PTR_TO_DYNPTR:
		break;
	case PTR_TO_FLOW_KEYS:
		if (known)
			break;
		return verr(env, -EACCES, "R%d pointer arithmetic on %s prohibited", regno, t);
	case CONST_PTR_TO_MAP:
		if (known && sv == 0 && op == BV_ADD)
			break;
		return verr(env, -EACCES, "R%d pointer arithmetic on %s prohibited", regno, t);
	default:
		return verr(env, -EACCES, "R%d pointer arithmetic on %s prohibited", regno, t);
	}
	if (!sane_offset(env, &off, &ptr) || !sane_offset(env, &ptr, &ptr))
		return -EACCES;
	if (sanitize_ptr(env, insn, dst, &ptr, &off, ptr_in == dst, op, false, &san))
		return -EACCES;
	*dst = ptr;
	dst->def_insn = (int32_t)env->insn_idx;
	dst->s32_min = INT32_MIN, dst->s32_max = INT32_MAX, dst->u32_min = 0, dst->u32_max = UINT32_MAX;
	switch (op) {
	case BV_ADD:
		if (known && (int64_t)ptr.off + sv == (int64_t)(int32_t)((int64_t)ptr.off + sv)) {
			dst->off = (int32_t)(ptr.off + sv);
			break;
		}
		{
			int64_t smin, smax;

			if (__builtin_add_overflow(ptr.smin, off.smin, &smin) ||
			    __builtin_add_overflow(ptr.smax, off.smax, &smax)) {
				dst->smin = INT64_MIN;
				dst->smax = INT64_MAX;
			} else {
				dst->smin = smin;
				dst->smax = smax;
			}
			if (ptr.umin + off.umin < ptr.umin || ptr.umax + off.umax < ptr.umax) {
				dst->umin = 0;
				dst->umax = UINT64_MAX;
			} else {
				dst->umin = ptr.umin + off.umin;
				dst->umax = ptr.umax + off.umax;
			}
		}
		dst->var_off = tnum_add(ptr.var_off, off.var_off);
		if (is_pkt(&ptr)) {
			dst->id = new_id(env);
			dst->u.range = 0;
		}
		break;
	case BV_SUB:
		if (off_in == dst)
			return verr(env, -EACCES, "R%d tried to subtract pointer from scalar", regno);
		if (ptr.type == PTR_TO_STACK)
			return verr(env, -EACCES, "R%d subtraction from stack pointer prohibited", regno);
		if (known && (int64_t)ptr.off - sv == (int64_t)(int32_t)((int64_t)ptr.off - sv)) {
			dst->off = (int32_t)(ptr.off - sv);
			break;
		}
		{
			int64_t smin, smax;

			if (__builtin_sub_overflow(ptr.smin, off.smax, &smin) ||
			    __builtin_sub_overflow(ptr.smax, off.smin, &smax)) {
				dst->smin = INT64_MIN;
				dst->smax = INT64_MAX;
			} else {
				dst->smin = smin;
				dst->smax = smax;
			}
			if (ptr.umin < off.umax) {
				dst->umin = 0;
				dst->umax = UINT64_MAX;
			} else {
				dst->umin = ptr.umin - off.umax;
				dst->umax = ptr.umax - off.umin;
			}
		}
		dst->var_off = tnum_sub(ptr.var_off, off.var_off);
		if (is_pkt(&ptr)) {
			dst->id = new_id(env);
			if (sv < 0)
				dst->u.range = 0;
		}
		break;
	case BV_AND: case BV_OR: case BV_XOR:
		return verr(env, -EACCES, "R%d bitwise operator %s on pointer prohibited", regno, alu_str[op >> 4]);
	default:
		return verr(env, -EACCES, "R%d pointer arithmetic with %s operator prohibited", regno,
			    alu_str[op >> 4]);
	}
	if (!sane_offset(env, dst, dst))
		return -EACCES;
	reg_bounds_sync(dst);
	if (unpriv_ptr_bounds(env, dst, regno))
		return -EACCES;
	return sanitize_ptr(env, insn, dst, dst, &off, ptr_in == dst, op, true, &san) ? -EACCES : 0;
}

/* A scalar op, and what it does to the register's link with its copies:
 * adding or subtracting a constant keeps the link with the constant as
 * the offset ("id=1+4"); anything else breaks it. */
static int scalar_op(struct venv *env, const struct bv_insn *insn, const struct bv_form *f, struct reg_state *d,
		     struct reg_state s)
{
	uint32_t old_id = d->id;
	uint64_t old_umax = d->umax;
	bool alu32 = !f->is64;
	int r = scalar_alu(env, insn, f, d, s);

	d->def_insn = (int32_t)env->insn_idx;
	if (d->type != SCALAR_VALUE)
		return r;
	/* r += r is no constant step even when r is known: the copies of
	 * the old value would be synced to a wrong delta (6.19 selftest
	 * scalars_self_add_clears_id, this kernel's behaviour) */
	if (env->priv && (f->op == BV_OP_ADD || f->op == BV_OP_SUB) && old_id && s.type == SCALAR_VALUE &&
	    !(f->x && insn->src == insn->dst) && (alu32 ? tnum_subreg_is_const(s.var_off) : tnum_is_const(s.var_off))) {
		uint64_t val = alu32 ? (uint32_t)s.var_off.value : s.var_off.value;
		int32_t off = (int32_t)val;

		if (!alu32 && ((int64_t)val < INT32_MIN || (int64_t)val > INT32_MAX))
			goto clear;
		if (alu32 && old_umax > UINT32_MAX)
			goto clear;
		if (f->op == BV_OP_SUB) {
			if (off == INT32_MIN)
				goto clear;
			off = -off;
		}
		if (old_id & ID_ADD_CONST)
			goto clear;
		d->id = old_id | (alu32 ? ID_ADD_CONST32 : ID_ADD_CONST64);
		d->off = off;
		return r;
clear:
		d->off = 0;
		d->id = 0;
		return r;
	}
	d->id = 0;
	d->off = 0;
	return r;
}

static int alu_regs(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env), *d = &regs[insn->dst], off;
	int op = BV_OP(insn->code);

	/* any arithmetic on an arena pointer: still one, nothing to check
	 * (every access through it is guarded by the JIT) */
	if (d->type == PTR_TO_ARENA || (f->x && regs[insn->src].type == PTR_TO_ARENA)) {
		if (d->type != PTR_TO_ARENA)
			*d = regs[insn->src];
		d->def_insn = (int32_t)env->insn_idx;
		return 0;
	}
	if (f->x) {
		struct reg_state *s = &regs[insn->src];

		if (s->type != SCALAR_VALUE) {
			if (d->type != SCALAR_VALUE) {
				if (op == BV_SUB && env->priv) {
					mark_reg_unknown(env, regs, insn->dst);
					return 0;
				}
				return verr(env, -EACCES, "R%d pointer %s pointer prohibited", insn->dst, alu_str[op >> 4]);
			}
			/* the offset's value decides what the pointer may reach */
			mark_precise(env, insn->dst);
			return adjust_ptr_scalar(env, insn, d, s, d, op);
		}
		if (d->type != SCALAR_VALUE) {
			mark_precise(env, insn->src);
			return adjust_ptr_scalar(env, insn, d, d, s, op);
		}
		if (d->precise)
			mark_precise(env, insn->src);
		if (sanitize_scalar(env, insn))
			return -EACCES;
		return scalar_op(env, insn, f, d, *s);
	}
	reg_mark_known(&off, (uint64_t)(int64_t)insn->imm);
	if (d->type != SCALAR_VALUE)
		return adjust_ptr_scalar(env, insn, d, d, &off, op);
	return scalar_op(env, insn, f, d, off);
}

/* Before a copy: the source gets an id the copy will share (so bounds
 * learnt on one reach the other); a "plus constant" id cannot be shared
 * and is dropped first. */
void assign_scalar_id(struct venv *env, struct reg_state *r)
{
	if (r->type != SCALAR_VALUE)
		return;
	if (r->id & ID_ADD_CONST) {
		r->id = 0;
		r->off = 0;
	}
	if (!r->id && !tnum_is_const(r->var_off))
		r->id = new_id(env);
}

static void clear_scalar_id(struct reg_state *r)
{
	r->id = 0;
	r->off = 0;
}

/* The register holds a sign-extended `size`-byte value: when the bounds
 * before agree on everything above those bytes and the extension does
 * not straddle zero, the range carries over; else only the width's
 * signed range is known. */
void coerce_sx64(struct reg_state *r, int size)
{
	unsigned bits = (unsigned)size * 8;
	int64_t a, b, lo, hi;

	if (tnum_is_const(r->var_off)) {
		uint64_t v = r->var_off.value;

		v = size == 1 ? (uint64_t)(int64_t)(int8_t)v : size == 2 ? (uint64_t)(int64_t)(int16_t)v
									: (uint64_t)(int64_t)(int32_t)v;
		r->var_off = tnum_const(v);
		r->smin = r->smax = (int64_t)v;
		r->umin = r->umax = v;
		r->s32_min = r->s32_max = (int32_t)v;
		r->u32_min = r->u32_max = (uint32_t)v;
		return;
	}
	if ((((uint64_t)r->smax >> bits) << bits) == (((uint64_t)r->smin >> bits) << bits)) {
		if (size == 1) {
			a = (int8_t)r->smax;
			b = (int8_t)r->smin;
		} else if (size == 2) {
			a = (int16_t)r->smax;
			b = (int16_t)r->smin;
		} else {
			a = (int32_t)r->smax;
			b = (int32_t)r->smin;
		}
		hi = a > b ? a : b;
		lo = a > b ? b : a;
		if ((hi >= 0) == (lo >= 0)) {
			r->s32_min = (int32_t)lo;
			r->smin = lo;
			r->s32_max = (int32_t)hi;
			r->smax = hi;
			r->u32_min = (uint32_t)lo;
			r->umin = (uint64_t)lo;
			r->u32_max = (uint32_t)hi;
			r->umax = (uint64_t)hi;
			r->var_off = tnum_range((uint64_t)lo, (uint64_t)hi);
			return;
		}
	}
	lo = -(1ll << (bits - 1));
	hi = (1ll << (bits - 1)) - 1;
	r->smin = lo;
	r->s32_min = (int32_t)lo;
	r->smax = hi;
	r->s32_max = (int32_t)hi;
	r->umin = 0;
	r->u32_min = 0;
	r->umax = UINT64_MAX;
	r->u32_max = UINT32_MAX;
	r->var_off = tnum_unknown();
}

/* The same for the low 32 bits (w = (s8)w, w = (s16)w). */
static void coerce_sx32(struct reg_state *r, int size)
{
	unsigned bits = (unsigned)size * 8;
	int32_t a, b, lo, hi;

	if (tnum_is_const(r->var_off)) {
		uint32_t v = (uint32_t)r->var_off.value;

		v = size == 1 ? (uint32_t)(int32_t)(int8_t)v : (uint32_t)(int32_t)(int16_t)v;
		/* the constant is sign-extended to 64 bits in the tnum */
		r->var_off = tnum_const((uint64_t)(int64_t)(int32_t)v);
		r->s32_min = r->s32_max = (int32_t)v;
		r->u32_min = r->u32_max = v;
		return;
	}
	if ((((uint32_t)r->s32_max >> bits) << bits) == (((uint32_t)r->s32_min >> bits) << bits)) {
		if (size == 1) {
			a = (int8_t)r->s32_max;
			b = (int8_t)r->s32_min;
		} else {
			a = (int16_t)r->s32_max;
			b = (int16_t)r->s32_min;
		}
		hi = a > b ? a : b;
		lo = a > b ? b : a;
		if ((lo >= 0) == (hi >= 0)) {
			r->s32_min = lo;
			r->s32_max = hi;
			r->u32_min = (uint32_t)lo;
			r->u32_max = (uint32_t)hi;
			r->var_off = tnum_subreg(tnum_range((uint64_t)(int64_t)lo, (uint64_t)(int64_t)hi));
			return;
		}
	}
	r->s32_min = size == 1 ? INT8_MIN : INT16_MIN;
	r->s32_max = size == 1 ? INT8_MAX : INT16_MAX;
	r->u32_min = 0;
	r->u32_max = UINT32_MAX;
	r->var_off = tnum_subreg(tnum_unknown());
}

static int check_mov(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env), *d = &regs[insn->dst];
	int32_t here = (int32_t)env->insn_idx;

	if (!f->x) {
		reg_mark_unknown(d);
		if (f->is64)
			scalar_set_const(d, (uint64_t)(int64_t)insn->imm);
		else
			scalar_set_const(d, (uint32_t)insn->imm);
		d->def_insn = here;
		return 0;
	}
	{
		struct reg_state *s = &regs[insn->src];

		if (f->op == BV_OP_ADDR_SPACE_CAST) {
			/* to the kernel's space: an arena pointer, any number in
			 * it valid; to the arena's: a number */
			reg_mark_unknown(d);
			if (insn->imm == 1)
				d->type = PTR_TO_ARENA; /* with the unknown number's bounds, as the kernel keeps them */
			d->def_insn = here;
			return 0;
		}
		if (f->is64 && f->op == BV_OP_MOV) {
			if (s->type == SCALAR_VALUE)
				assign_scalar_id(env, s);
			*d = *s;
			d->def_insn = here;
			return 0;
		}
		if (s->type != SCALAR_VALUE) {
			if (is_pointer_value(env, insn->src))
				return verr(env, -EACCES, "R%d %s", insn->src,
					    f->op == BV_OP_MOVSX ? "sign-extension part of pointer" : "partial copy of pointer");
			mark_reg_unknown(env, regs, insn->dst);
			if (!f->is64) {
				reg_zext32(d);
				reg_bounds_sync(d);
			}
			return 0;
		}
		if (f->op == BV_OP_MOVSX) {
			bool no_sext = s->umax < (1ull << (insn->off - 1));

			if (no_sext)
				assign_scalar_id(env, s);
			*d = *s;
			if (!no_sext)
				clear_scalar_id(d);
			if (f->is64) {
				coerce_sx64(d, insn->off / 8);
			} else {
				coerce_sx32(d, insn->off / 8);
				reg_zext32(d);
				reg_bounds_sync(d);
			}
			d->def_insn = here;
			return 0;
		}
		/* 32-bit move: the low half, zero-extended */
		{
			bool is_src_32 = s->umax <= UINT32_MAX;

			if (is_src_32)
				assign_scalar_id(env, s);
			*d = *s;
			if (!is_src_32)
				clear_scalar_id(d);
			reg_zext32(d);
			reg_bounds_sync(d);
			d->def_insn = here;
		}
	}
	return 0;
}

static int alu_op(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env);
	int op = BV_OP(insn->code), r;

	if (f->op == BV_OP_NEG || f->op == BV_OP_LE || f->op == BV_OP_BE || f->op == BV_OP_BSWAP) {
		r = check_reg_read(env, insn->dst);
		if (r)
			return r;
		if (is_pointer_value(env, insn->dst))
			return verr(env, -EACCES, "R%d pointer arithmetic prohibited", insn->dst);
		r = check_reg_write(env, insn->dst);
		if (r)
			return r;
		if (regs[insn->dst].type != SCALAR_VALUE) {
			mark_reg_unknown(env, regs, insn->dst);
			return 0;
		}
		if (f->op == BV_OP_NEG) {
			regs[insn->dst].id = 0;
			regs[insn->dst].off = 0;
			r = scalar_alu(env, insn, f, &regs[insn->dst], regs[insn->dst]);
			regs[insn->dst].def_insn = (int32_t)env->insn_idx;
			return r;
		}
		{
			/* byte swaps: the bits move, the ranges are rebuilt from
			 * them; to-little-endian on this little-endian machine
			 * only truncates */
			struct reg_state *d = &regs[insn->dst];
			unsigned bits = (unsigned)insn->imm;
			bool swap = f->op == BV_OP_BSWAP || f->op == BV_OP_BE;

			/* only a no-op (le64 here) keeps the register's link */
			if (swap || bits != 64) {
				d->id = 0;
				d->off = 0;
			}
			if (swap) {
				d->var_off = tnum_swap(d->var_off, bits);
				reg_bounds_unbounded(d);
			}
			if (bits == 16 || bits == 32)
				coerce_to_size(d, (int)bits / 8);
			reg_bounds_sync(d);
			d->def_insn = (int32_t)env->insn_idx;
			return 0;
		}
	}
	if (f->op == BV_OP_ADDR_SPACE_CAST) {
		/* only between the arena's space (1) and the kernel's (0) */
		if (insn->imm != 1 && insn->imm != 1 << 16)
			return verr(env, -EINVAL, "addr_space_cast insn can only convert between address space 1 and 0");
		if (env->arena < 0)
			return verr(env, -EINVAL,
				    "addr_space_cast insn can only be used in a program that has an associated arena");
	}
	if (f->op == BV_OP_MOV || f->op == BV_OP_MOVSX || f->op == BV_OP_ADDR_SPACE_CAST) {
		if (f->x) {
			r = check_reg_read(env, insn->src);
			if (r)
				return r;
		}
		r = check_reg_write(env, insn->dst);
		if (r)
			return r;
		return check_mov(env, insn, f);
	}
	if (f->x) {
		r = check_reg_read(env, insn->src);
		if (r)
			return r;
	} else {
		if ((op == BV_DIV || op == BV_MOD) && insn->imm == 0)
			return verr(env, -EINVAL, "div by zero");
		if ((op == BV_LSH || op == BV_RSH || op == BV_ARSH) &&
		    (uint32_t)insn->imm >= (f->is64 ? 64u : 32u))
			return verr(env, -EINVAL, "invalid shift %d", insn->imm);
	}
	r = check_reg_read(env, insn->dst);
	if (r)
		return r;
	r = check_reg_write(env, insn->dst);
	if (r)
		return r;
	return alu_regs(env, insn, f);
}

/* Every ALU instruction, a plain copy included, ends with the kernel's
 * check that the result's bounds agree with each other: a register whose
 * ranges a contradiction reset (the bits kept) can fail it on each copy. */
int check_alu(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	int r = alu_op(env, insn, f);

	if (!r)
		reg_sanity_check(env, &cur_regs(env)[insn->dst], "alu");
	return r;
}

/* d += s on the ranges only (the caller adds the tnums). */
void scalar_add_bounds(struct reg_state *d, const struct reg_state *s)
{
	scalar32_add(d, s);
	scalar64_add(d, s);
}
