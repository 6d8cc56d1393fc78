/* Registers and their bounds, and the life cycle of states.
 *
 * A scalar is described five ways at once: its bits (a tnum), and ranges
 * in the four domains signed/unsigned x 64/32-bit.  Each operation updates
 * what it can; reg_bounds_sync() then lets every description sharpen the
 * others until they agree, the same fixpoint the kernel computes, so that
 * ranges print and compare the way the kernel's do. */
#include <stdlib.h>
#include <string.h>

#include "verifier/verifier.h"

#define S64_MIN INT64_MIN
#define S64_MAX INT64_MAX
#define S32_MIN INT32_MIN
#define S32_MAX INT32_MAX

static uint64_t umax64(uint64_t a, uint64_t b) { return a > b ? a : b; }
static uint64_t umin64(uint64_t a, uint64_t b) { return a < b ? a : b; }
static int64_t smax64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t smin64(int64_t a, int64_t b) { return a < b ? a : b; }
static uint32_t umax32(uint32_t a, uint32_t b) { return a > b ? a : b; }
static uint32_t umin32(uint32_t a, uint32_t b) { return a < b ? a : b; }
static int32_t smax32(int32_t a, int32_t b) { return a > b ? a : b; }
static int32_t smin32(int32_t a, int32_t b) { return a < b ? a : b; }

void reg_bounds_unbounded(struct reg_state *r)
{
	r->smin = S64_MIN;
	r->smax = S64_MAX;
	r->umin = 0;
	r->umax = UINT64_MAX;
	r->s32_min = S32_MIN;
	r->s32_max = S32_MAX;
	r->u32_min = 0;
	r->u32_max = UINT32_MAX;
}

/* After a call r0-r5 hold nothing readable (each keeps where it was last
 * written, for the explanations). */
void clobber_caller_saved(struct reg_state *regs)
{
	for (int i = 0; i <= 5; i++)
		reg_mark_not_init(&regs[i]);
}

void reg_mark_not_init(struct reg_state *r)
{
	int32_t def = r->def_insn;

	memset(r, 0, sizeof(*r));
	r->type = NOT_INIT;
	r->var_off = tnum_unknown();
	reg_bounds_unbounded(r);
	r->def_insn = def;
	r->bound_insn = -1;
	r->stale_insn = -1;
}

void reg_mark_unknown(struct reg_state *r)
{
	int32_t def = r->def_insn;

	memset(r, 0, sizeof(*r));
	r->type = SCALAR_VALUE;
	r->var_off = tnum_unknown();
	reg_bounds_unbounded(r);
	r->def_insn = def;
	r->bound_insn = -1;
	r->stale_insn = -1;
}

void scalar_set_const(struct reg_state *r, uint64_t v)
{
	r->var_off = tnum_const(v);
	r->smin = r->smax = (int64_t)v;
	r->umin = r->umax = v;
	r->s32_min = r->s32_max = (int32_t)(uint32_t)v;
	r->u32_min = r->u32_max = (uint32_t)v;
}

void reg_mark_known(struct reg_state *r, uint64_t v)
{
	reg_mark_unknown(r);
	scalar_set_const(r, v);
}

/* A pointer with a known-zero variable part. */
void reg_mark_ptr(struct reg_state *r, enum reg_type t)
{
	int32_t def = r->def_insn;

	memset(r, 0, sizeof(*r));
	r->type = (uint8_t)t;
	scalar_set_const(r, 0);
	r->def_insn = def;
	r->bound_insn = -1;
	r->stale_insn = -1;
}

bool reg_is_null(const struct reg_state *r)
{
	return r->type == SCALAR_VALUE && tnum_equals_const(r->var_off, 0);
}

bool reg_null_or_maybe(const struct reg_state *r)
{
	return reg_is_null(r) || (r->type != SCALAR_VALUE && (r->flags & PTR_MAYBE_NULL));
}

/* Referenced, or flagged trusted (or allocated by the program), and not
 * untrusted: what kfuncs with trusted arguments take and what is never
 * NULL at a branch. */
bool reg_is_trusted(const struct reg_state *r)
{
	/* trusted: holding a reference, or marked trusted (or the program's
	 * own object) with no modifier besides; an RCU, per-CPU or possibly
	 * NULL object of the program's is not */
	const unsigned safe = PTR_TRUSTED | MEM_ALLOC | NON_OWN_REF | BTF_LOCAL;

	if (r->flags & PTR_UNTRUSTED)
		return false;
	if (r->ref_obj_id)
		return true;
	return (r->flags & (PTR_TRUSTED | MEM_ALLOC)) && !(r->flags & MEM_ALLOC && r->flags & ~safe);
}

bool reg_is_const(const struct reg_state *r)
{
	return r->type == SCALAR_VALUE && tnum_is_const(r->var_off);
}

bool reg_is_pointer(const struct reg_state *r)
{
	return r->type != NOT_INIT && r->type != SCALAR_VALUE;
}

/* The smallest value the bits allow that is greater than z (the bits'
 * smallest value below it, their largest above). */
static uint64_t bits_next(struct tnum t, uint64_t z)
{
	uint64_t tmax = t.value | t.mask, d, stray;

	if (z >= tmax)
		return tmax;
	if (z < t.value)
		return t.value;
	/* members are value + s, s a submask of mask: find the next s */
	d = z - t.value;
	stray = d & ~t.mask;
	if (stray) /* no member agrees with d at its highest stray bit */
		d |= (2ull << (63 - __builtin_clzll(stray))) - 1;
	return t.value | (((d | ~t.mask) + 1) & t.mask);
}

/* The ranges the bits allow. */
static void bounds_from_bits(struct reg_state *r)
{
	struct tnum v = r->var_off, v32 = tnum_subreg(r->var_off);
	uint64_t next, tmax;
	bool umin_in;

	r->s32_min = smax32(r->s32_min, (int32_t)(uint32_t)(v32.value | (v32.mask & 0x80000000u)));
	r->s32_max = smin32(r->s32_max, (int32_t)(uint32_t)(v32.value | (v32.mask & 0x7fffffffu)));
	r->u32_min = umax32(r->u32_min, (uint32_t)v32.value);
	r->u32_max = umin32(r->u32_max, (uint32_t)(v32.value | v32.mask));
	r->smin = smax64(r->smin, (int64_t)(v.value | (v.mask & (uint64_t)S64_MIN)));
	r->smax = smin64(r->smax, (int64_t)(v.value | (v.mask & (uint64_t)S64_MAX)));
	r->umin = umax64(r->umin, v.value);
	r->umax = umin64(r->umax, v.value | v.mask);
	/* the range and the bits may leave a single value */
	next = bits_next(v, r->umin);
	umin_in = (r->umin & ~v.mask) == v.value;
	tmax = v.value | v.mask;
	if (umin_in && next > r->umax)
		scalar_set_const(r, r->umin);
	else if (!umin_in && next == tmax)
		scalar_set_const(r, tmax);
	else if (!umin_in && next <= r->umax && bits_next(v, next) > r->umax)
		scalar_set_const(r, next);
}

void reg_bounds_from_var_off(struct reg_state *r)
{
	bounds_from_bits(r);
}

/* 32-bit ranges from the 64-bit ones, and signed from unsigned. */
static void deduce32(struct reg_state *r)
{
	/* when the upper halves of the 64-bit bounds agree, the lower halves
	 * bound the 32-bit value */
	if ((r->umin >> 32) == (r->umax >> 32)) {
		r->u32_min = umax32(r->u32_min, (uint32_t)r->umin);
		r->u32_max = umin32(r->u32_max, (uint32_t)r->umax);
		if ((int32_t)(uint32_t)r->umin <= (int32_t)(uint32_t)r->umax) {
			r->s32_min = smax32(r->s32_min, (int32_t)(uint32_t)r->umin);
			r->s32_max = smin32(r->s32_max, (int32_t)(uint32_t)r->umax);
		}
	}
	if (((uint64_t)r->smin >> 32) == ((uint64_t)r->smax >> 32)) {
		/* only a range that is one in u32 too (a signed range a
		 * comparison has just emptied is not) */
		if ((uint32_t)r->smin <= (uint32_t)r->smax) {
			r->u32_min = umax32(r->u32_min, (uint32_t)r->smin);
			r->u32_max = umin32(r->u32_max, (uint32_t)r->smax);
		}
		if ((int32_t)(uint32_t)r->smin <= (int32_t)(uint32_t)r->smax) {
			r->s32_min = smax32(r->s32_min, (int32_t)(uint32_t)r->smin);
			r->s32_max = smin32(r->s32_max, (int32_t)(uint32_t)r->smax);
		}
	}
	/* upper halves one apart, lower halves across the s32 sign: still
	 * one contiguous s32 range */
	if ((uint32_t)(r->umin >> 32) + 1 == (uint32_t)(r->umax >> 32) && (int32_t)(uint32_t)r->umin < 0 &&
	    (int32_t)(uint32_t)r->umax >= 0) {
		r->s32_min = smax32(r->s32_min, (int32_t)(uint32_t)r->umin);
		r->s32_max = smin32(r->s32_max, (int32_t)(uint32_t)r->umax);
	}
	if ((uint32_t)((uint64_t)r->smin >> 32) + 1 == (uint32_t)((uint64_t)r->smax >> 32) && (int32_t)(uint32_t)r->smin < 0 &&
	    (int32_t)(uint32_t)r->smax >= 0) {
		r->s32_min = smax32(r->s32_min, (int32_t)(uint32_t)r->smin);
		r->s32_max = smin32(r->s32_max, (int32_t)(uint32_t)r->smax);
	}
	/* u32 and s32 describe the same bits */
	if ((int32_t)r->u32_min <= (int32_t)r->u32_max) {
		r->s32_min = smax32(r->s32_min, (int32_t)r->u32_min);
		r->s32_max = smin32(r->s32_max, (int32_t)r->u32_max);
	}
	if ((uint32_t)r->s32_min <= (uint32_t)r->s32_max) {
		r->u32_min = umax32(r->u32_min, (uint32_t)r->s32_min);
		r->u32_max = umin32(r->u32_max, (uint32_t)r->s32_max);
	} else if (r->u32_max < (uint32_t)r->s32_min) {
		/* the s32 range wraps; the u32 range meets only its
		 * non-negative part */
		r->s32_min = (int32_t)r->u32_min;
		r->u32_max = umin32(r->u32_max, (uint32_t)r->s32_max);
	} else if ((uint32_t)r->s32_max < r->u32_min) {
		/* ... or only its negative part */
		r->s32_max = (int32_t)r->u32_max;
		r->u32_min = umax32(r->u32_min, (uint32_t)r->s32_min);
	}
}

/* Signed and unsigned 64-bit ranges describe the same numbers. */
static void deduce64(struct reg_state *r)
{
	if ((int64_t)r->umin <= (int64_t)r->umax) {
		r->smin = smax64(r->smin, (int64_t)r->umin);
		r->smax = smin64(r->smax, (int64_t)r->umax);
	}
	if ((uint64_t)r->smin <= (uint64_t)r->smax) {
		r->umin = umax64(r->umin, (uint64_t)r->smin);
		r->umax = umin64(r->umax, (uint64_t)r->smax);
	} else {
		/* the signed range wraps the unsigned one: it is the union of
		 * [smin, U64_MAX] and [0, smax]; an unsigned range inside one
		 * of the two pins it down */
		if (r->umax < (uint64_t)r->smin) {
			r->smin = (int64_t)r->umin;
			r->umax = umin64(r->umax, (uint64_t)r->smax);
		} else if ((uint64_t)r->smax < r->umin) {
			r->smax = (int64_t)r->umax;
			r->umin = umax64(r->umin, (uint64_t)r->smin);
		}
	}
}

/* The lower halves of the 64-bit bounds can take the 32-bit bounds. */
static void deduce_mixed(struct reg_state *r)
{
	uint64_t nu_min = (r->umin & ~0xffffffffull) | r->u32_min;
	uint64_t nu_max = (r->umax & ~0xffffffffull) | r->u32_max;
	int64_t ns_min, ns_max;

	r->umin = umax64(r->umin, nu_min);
	r->umax = umin64(r->umax, nu_max);
	ns_min = (int64_t)(((uint64_t)r->smin & ~0xffffffffull) | r->u32_min);
	ns_max = (int64_t)(((uint64_t)r->smax & ~0xffffffffull) | r->u32_max);
	r->smin = smax64(r->smin, ns_min);
	r->smax = smin64(r->smax, ns_max);
	if ((uint32_t)r->s32_min <= (uint32_t)r->s32_max) {
		nu_min = (r->umin & ~0xffffffffull) | (uint32_t)r->s32_min;
		nu_max = (r->umax & ~0xffffffffull) | (uint32_t)r->s32_max;
		r->umin = umax64(r->umin, nu_min);
		r->umax = umin64(r->umax, nu_max);
		ns_min = (int64_t)(((uint64_t)r->smin & ~0xffffffffull) | (uint32_t)r->s32_min);
		ns_max = (int64_t)(((uint64_t)r->smax & ~0xffffffffull) | (uint32_t)r->s32_max);
		r->smin = smax64(r->smin, ns_min);
		r->smax = smin64(r->smax, ns_max);
	}
	/* a non-negative s32 range whose 64-bit range fits in s32: the upper
	 * half is zero (after a sign-extending load, for one) */
	if (r->s32_min >= 0 && r->smin >= S32_MIN && r->smax <= S32_MAX) {
		r->smin = r->s32_min;
		r->smax = r->s32_max;
		r->umin = (uint64_t)r->s32_min;
		r->umax = (uint64_t)r->s32_max;
		r->var_off = tnum_intersect(r->var_off, tnum_range((uint64_t)r->smin, (uint64_t)r->smax));
	}
}

/* Sharpen the bits with the ranges. */
static void bits_from_bounds(struct reg_state *r)
{
	struct tnum v64 = tnum_intersect(r->var_off, tnum_range(r->umin, r->umax));
	struct tnum v32 = tnum_intersect(tnum_subreg(v64), tnum_range(r->u32_min, r->u32_max));

	r->var_off = tnum_or(tnum_clear_subreg(v64), v32);
}

void reg_bounds_sync(struct reg_state *r)
{
	bounds_from_bits(r);
	/* each domain can teach the others something the others then pass
	 * on: the kernel runs the deductions three times */
	for (int i = 0; i < 3; i++) {
		deduce32(r);
		deduce64(r);
		deduce_mixed(r);
	}
	bits_from_bounds(r);
	bounds_from_bits(r);
}

/* A 32-bit result: the upper half is zero, the 64-bit view follows the
 * 32-bit one. */
void reg_zext32(struct reg_state *r)
{
	r->var_off = tnum_subreg(r->var_off);
	reg_assign_32_into_64(r);
}

void reg_assign_32_into_64(struct reg_state *r)
{
	r->umin = r->u32_min;
	r->umax = r->u32_max;
	/* the signed 32-bit range carries over when it is non-negative;
	 * otherwise all we know is the u32 span, refined later by the bits */
	if (r->s32_min >= 0) {
		r->smin = r->s32_min;
		r->smax = r->s32_max;
	} else {
		r->smin = 0;
		r->smax = UINT32_MAX;
	}
}

void reg_set_s32_from_64(struct reg_state *r)
{
	r->s32_min = S32_MIN;
	r->s32_max = S32_MAX;
	r->u32_min = 0;
	r->u32_max = UINT32_MAX;
}

/* ---- states ---- */

struct func_state *func_state_new(int frameno, int callsite, int subprog)
{
	struct func_state *f = calloc(1, sizeof(*f));

	if (!f)
		return NULL;
	f->frameno = frameno;
	f->callsite = callsite;
	f->subprog = subprog;
	for (int i = 0; i < MAX_BPF_REG; i++) {
		f->regs[i].def_insn = -1;
		reg_mark_not_init(&f->regs[i]);
	}
	return f;
}

/* A slot's register with the number of slots (of all states) that share it. */
struct kept_reg {
	struct reg_state r; /* first: a slot points here */
	uint32_t refs;
};

static struct kept_reg *kept_of(const struct reg_state *r)
{
	return (struct kept_reg *)(uintptr_t)r;
}

struct reg_state *slot_reg(struct stack_slot *s)
{
	struct kept_reg *k = kept_of(s->spilled), *n;

	if (k && k->refs == 1)
		return &k->r;
	n = malloc(sizeof(*n));
	if (!n)
		return NULL;
	if (k) {
		n->r = k->r;
		k->refs--;
	} else {
		memset(&n->r, 0, sizeof(n->r));
		reg_mark_not_init(&n->r);
	}
	n->refs = 1;
	s->spilled = &n->r;
	return &n->r;
}

const struct reg_state *slot_peek(const struct stack_slot *s)
{
	static const struct reg_state none = { .type = NOT_INIT };

	return s->spilled ? s->spilled : &none;
}

void slot_drop(struct stack_slot *s)
{
	struct kept_reg *k = kept_of(s->spilled);

	if (k && !--k->refs)
		free(k);
	s->spilled = NULL;
}

/* Whether a copy of the slot needs its register. */
static bool slot_keeps_reg(const struct stack_slot *s)
{
	for (int i = 0; i < BPF_REG_SIZE; i++)
		if (s->type[i] == STACK_SPILL || s->type[i] == STACK_DYNPTR || s->type[i] == STACK_ITER)
			return true;
	return false;
}

void func_state_free(struct func_state *f)
{
	if (!f)
		return;
	for (int i = 0; i < f->allocated_stack / BPF_REG_SIZE; i++)
		slot_drop(&f->stack[i]);
	free(f->stack);
	free(f);
}

int vstate_grow_stack(struct func_state *f, int size)
{
	int slots = (size + BPF_REG_SIZE - 1) / BPF_REG_SIZE, old = f->allocated_stack / BPF_REG_SIZE;
	struct stack_slot *s;

	if (slots <= old)
		return 0;
	s = realloc(f->stack, (size_t)slots * sizeof(*s));
	if (!s)
		return -1;
	memset(s + old, 0, (size_t)(slots - old) * sizeof(*s));
	f->stack = s;
	f->allocated_stack = slots * BPF_REG_SIZE;
	return 0;
}

static struct func_state *frame_clone(const struct func_state *src)
{
	struct func_state *f = malloc(sizeof(*f));

	if (!f)
		return NULL;
	*f = *src;
	f->stack = NULL;
	if (src->allocated_stack) {
		f->stack = malloc((size_t)src->allocated_stack / BPF_REG_SIZE * sizeof(*f->stack));
		if (!f->stack) {
			free(f);
			return NULL;
		}
		memcpy(f->stack, src->stack, (size_t)src->allocated_stack / BPF_REG_SIZE * sizeof(*f->stack));
		for (int i = 0; i < f->allocated_stack / BPF_REG_SIZE; i++) {
			if (f->stack[i].spilled && slot_keeps_reg(&f->stack[i]))
				kept_of(f->stack[i].spilled)->refs++;
			else
				f->stack[i].spilled = NULL;
		}
	}
	return f;
}

struct vstate *vstate_new(void)
{
	return calloc(1, sizeof(struct vstate));
}

struct vstate *vstate_clone(const struct vstate *src)
{
	struct vstate *s = malloc(sizeof(*s));

	if (!s)
		return NULL;
	*s = *src;
	memset(s->frame, 0, sizeof(s->frame));
	s->refs = NULL;
	s->hist = NULL;
	s->hist_cap = 0;
	if (src->hist_len) {
		s->hist = malloc(src->hist_len * sizeof(*s->hist));
		if (!s->hist) {
			s->hist_len = 0;
			vstate_free(s);
			return NULL;
		}
		memcpy(s->hist, src->hist, src->hist_len * sizeof(*s->hist));
		s->hist_cap = src->hist_len;
	}
	for (int i = 0; i <= src->curframe; i++) {
		s->frame[i] = frame_clone(src->frame[i]);
		if (!s->frame[i]) {
			vstate_free(s);
			return NULL;
		}
	}
	if (src->n_refs) {
		s->refs = malloc((size_t)src->n_refs * sizeof(*s->refs));
		if (!s->refs) {
			vstate_free(s);
			return NULL;
		}
		memcpy(s->refs, src->refs, (size_t)src->n_refs * sizeof(*s->refs));
	}
	return s;
}

void vstate_free(struct vstate *s)
{
	if (!s)
		return;
	for (int i = 0; i < MAX_CALL_FRAMES; i++)
		func_state_free(s->frame[i]);
	free(s->refs);
	free(s->hist);
	free(s);
}
