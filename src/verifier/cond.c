/* Conditional jumps: decide a branch when the bounds decide it, else
 * follow the fall-through and queue the jump, each side with what the
 * comparison taught (tighter bounds, a pointer known non-null, a packet
 * range proven by a comparison with data_end), passed on to every register
 * linked to the compared one. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

#define MAX_PACKET_OFF 0xffff

static uint8_t flip_op(uint8_t op)
{
	switch (op) {
	case BV_JGT: return BV_JLT;
	case BV_JLT: return BV_JGT;
	case BV_JGE: return BV_JLE;
	case BV_JLE: return BV_JGE;
	case BV_JSGT: return BV_JSLT;
	case BV_JSLT: return BV_JSGT;
	case BV_JSGE: return BV_JSLE;
	case BV_JSLE: return BV_JSGE;
	default: return op; /* JEQ, JNE, JSET are symmetric */
	}
}

/* The opposite comparison; JSET's opposite is "no bit in common",
 * spelled JSET|X as the kernel does internally. */
static uint8_t negate_op(uint8_t op)
{
	switch (op) {
	case BV_JEQ: return BV_JNE;
	case BV_JNE: return BV_JEQ;
	case BV_JGT: return BV_JLE;
	case BV_JLE: return BV_JGT;
	case BV_JGE: return BV_JLT;
	case BV_JLT: return BV_JGE;
	case BV_JSGT: return BV_JSLE;
	case BV_JSLE: return BV_JSGT;
	case BV_JSGE: return BV_JSLT;
	case BV_JSLT: return BV_JSGE;
	case BV_JSET: return BV_JSET | BV_X;
	default: return op;
	}
}

static bool reg_const(const struct reg_state *r, bool j32)
{
	return r->type == SCALAR_VALUE && (j32 ? tnum_subreg_is_const(r->var_off) : tnum_is_const(r->var_off));
}

static uint64_t reg_const_val(const struct reg_state *r, bool j32)
{
	return j32 ? (uint32_t)r->var_off.value : r->var_off.value;
}

static bool reg_not_null(const struct reg_state *r)
{
	if (r->flags & PTR_MAYBE_NULL)
		return false;
	switch (r->type) {
	case PTR_TO_SOCKET: case PTR_TO_TCP_SOCK: case PTR_TO_MAP_VALUE: case PTR_TO_MAP_KEY:
	case PTR_TO_SOCK_COMMON: case CONST_PTR_TO_MAP:
		return true;
	case PTR_TO_MEM: /* untrusted memory may be anywhere, 0 included */
		return !(r->flags & PTR_UNTRUSTED);
	case PTR_TO_BTF_ID:
		return reg_is_trusted(r);
	default:
		return false;
	}
}

static bool is_pkt_any(const struct reg_state *r)
{
	return r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META || r->type == PTR_TO_PACKET_END;
}

static int pkt_taken(const struct reg_state *d, const struct reg_state *s, uint8_t op)
{
	const struct reg_state *pkt;

	if (s->type == PTR_TO_PACKET_END) {
		pkt = d;
	} else if (d->type == PTR_TO_PACKET_END) {
		pkt = s;
		op = flip_op(op);
	} else {
		return -1;
	}
	if (pkt->u.range >= 0)
		return -1;
	switch (op) {
	case BV_JLE:
	case BV_JGT:
		if (pkt->u.range == BEYOND_PKT_END)
			return op == BV_JGT;
		break;
	case BV_JLT:
	case BV_JGE:
		if (pkt->u.range == BEYOND_PKT_END || pkt->u.range == AT_PKT_END)
			return op == BV_JGE;
		break;
	}
	return -1;
}

static int scalar_taken(const struct reg_state *r1, const struct reg_state *r2, uint8_t op, bool j32)
{
	struct tnum t1 = j32 ? tnum_subreg(r1->var_off) : r1->var_off;
	struct tnum t2 = j32 ? tnum_subreg(r2->var_off) : r2->var_off;
	uint64_t umin1 = j32 ? r1->u32_min : r1->umin, umax1 = j32 ? r1->u32_max : r1->umax;
	uint64_t umin2 = j32 ? r2->u32_min : r2->umin, umax2 = j32 ? r2->u32_max : r2->umax;
	int64_t smin1 = j32 ? r1->s32_min : r1->smin, smax1 = j32 ? r1->s32_max : r1->smax;
	int64_t smin2 = j32 ? r2->s32_min : r2->smin, smax2 = j32 ? r2->s32_max : r2->smax;

	switch (op) {
	case BV_JEQ:
	case BV_JNE: {
		int differ = -1;

		if (tnum_is_const(t1) && tnum_is_const(t2))
			differ = t1.value != t2.value;
		else if (umin1 > umax2 || umax1 < umin2 || smin1 > smax2 || smax1 < smin2)
			differ = 1;
		else if (!j32 && (r1->u32_min > r2->u32_max || r1->u32_max < r2->u32_min ||
				  r1->s32_min > r2->s32_max || r1->s32_max < r2->s32_min))
			differ = 1;
		else if ((t1.value ^ t2.value) & ~(t1.mask | t2.mask))
			differ = 1; /* a known bit disagrees */
		if (differ < 0)
			return -1;
		return op == BV_JEQ ? !differ : differ;
	}
	case BV_JSET:
		if (!reg_const(r2, j32)) {
			struct tnum t = t1;

			t1 = t2;
			t2 = t;
			if (!reg_const(r1, j32))
				return -1;
		}
		if ((~t1.mask & t1.value) & t2.value)
			return 1;
		if (!((t1.mask | t1.value) & t2.value))
			return 0;
		return -1;
	case BV_JGT:
		if (umin1 > umax2) return 1;
		if (umax1 <= umin2) return 0;
		return -1;
	case BV_JSGT:
		if (smin1 > smax2) return 1;
		if (smax1 <= smin2) return 0;
		return -1;
	case BV_JLT:
		if (umax1 < umin2) return 1;
		if (umin1 >= umax2) return 0;
		return -1;
	case BV_JSLT:
		if (smax1 < smin2) return 1;
		if (smin1 >= smax2) return 0;
		return -1;
	case BV_JGE:
		if (umin1 >= umax2) return 1;
		if (umax1 < umin2) return 0;
		return -1;
	case BV_JSGE:
		if (smin1 >= smax2) return 1;
		if (smax1 < smin2) return 0;
		return -1;
	case BV_JLE:
		if (umax1 <= umin2) return 1;
		if (umin1 > umax2) return 0;
		return -1;
	case BV_JSLE:
		if (smax1 <= smin2) return 1;
		if (smin1 > smax2) return 0;
		return -1;
	}
	return -1;
}

/* 1: always taken, 0: never, -1: either. */
int branch_taken(const struct reg_state *r1, const struct reg_state *r2, uint8_t op, bool j32)
{
	if (is_pkt_any(r1) && is_pkt_any(r2) && !j32)
		return pkt_taken(r1, r2, op);
	if (reg_is_pointer(r1) || reg_is_pointer(r2)) {
		if (!reg_const(r2, j32)) {
			const struct reg_state *t = r1;

			op = flip_op(op);
			r1 = r2;
			r2 = t;
		}
		if (!reg_const(r2, j32) || !reg_not_null(r1) || reg_const_val(r2, j32) != 0)
			return -1;
		if (op == BV_JEQ)
			return 0;
		if (op == BV_JNE)
			return 1;
		return -1;
	}
	return scalar_taken(r1, r2, op, j32);
}

static uint64_t umax_(uint64_t a, uint64_t b) { return a > b ? a : b; }
static uint64_t umin_(uint64_t a, uint64_t b) { return a < b ? a : b; }
static int64_t smax_(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t smin_(int64_t a, int64_t b) { return a < b ? a : b; }

/* What "r1 op r2" being true teaches about both. */
static void refine(struct reg_state *r1, struct reg_state *r2, uint8_t op, bool j32)
{
	struct reg_state *t;
	uint64_t val;

	switch (op) {
	case BV_JGE: case BV_JGT: case BV_JSGE: case BV_JSGT:
		op = flip_op(op);
		t = r1, r1 = r2, r2 = t;
		break;
	}
	switch (op) {
	case BV_JEQ:
		if (j32) {
			struct tnum tn;

			r1->u32_min = (uint32_t)umax_(r1->u32_min, r2->u32_min);
			r1->u32_max = (uint32_t)umin_(r1->u32_max, r2->u32_max);
			r1->s32_min = (int32_t)smax_(r1->s32_min, r2->s32_min);
			r1->s32_max = (int32_t)smin_(r1->s32_max, r2->s32_max);
			r2->u32_min = r1->u32_min, r2->u32_max = r1->u32_max;
			r2->s32_min = r1->s32_min, r2->s32_max = r1->s32_max;
			tn = tnum_intersect(tnum_subreg(r1->var_off), tnum_subreg(r2->var_off));
			r1->var_off = tnum_with_subreg(r1->var_off, tn);
			r2->var_off = tnum_with_subreg(r2->var_off, tn);
		} else {
			r1->umin = umax_(r1->umin, r2->umin);
			r1->umax = umin_(r1->umax, r2->umax);
			r1->smin = smax_(r1->smin, r2->smin);
			r1->smax = smin_(r1->smax, r2->smax);
			r2->umin = r1->umin, r2->umax = r1->umax;
			r2->smin = r1->smin, r2->smax = r1->smax;
			r1->var_off = tnum_intersect(r1->var_off, r2->var_off);
			r2->var_off = r1->var_off;
		}
		break;
	case BV_JNE:
		if (!reg_const(r2, j32))
			t = r1, r1 = r2, r2 = t;
		if (!reg_const(r2, j32))
			break;
		val = reg_const_val(r2, j32);
		if (j32) {
			if (r1->u32_min == (uint32_t)val) r1->u32_min++;
			if (r1->u32_max == (uint32_t)val) r1->u32_max--;
			if (r1->s32_min == (int32_t)val) r1->s32_min++;
			if (r1->s32_max == (int32_t)val) r1->s32_max--;
		} else {
			if (r1->umin == val) r1->umin++;
			if (r1->umax == val) r1->umax--;
			if (r1->smin == (int64_t)val) r1->smin++;
			if (r1->smax == (int64_t)val) r1->smax--;
		}
		break;
	case BV_JSET:
		if (!reg_const(r2, j32))
			t = r1, r1 = r2, r2 = t;
		if (!reg_const(r2, j32))
			break;
		val = reg_const_val(r2, j32);
		if (!val || (val & (val - 1)))
			break; /* only a single bit says which bit is set */
		if (j32)
			r1->var_off = tnum_with_subreg(r1->var_off, tnum_or(tnum_subreg(r1->var_off), tnum_const(val)));
		else
			r1->var_off = tnum_or(r1->var_off, tnum_const(val));
		break;
	case BV_JSET | BV_X: /* no bit in common */
		if (!reg_const(r2, j32))
			t = r1, r1 = r2, r2 = t;
		if (!reg_const(r2, j32))
			break;
		val = reg_const_val(r2, j32);
		reg_bounds_unbounded(r1);
		if (j32)
			r1->var_off = tnum_with_subreg(r1->var_off, tnum_and(tnum_subreg(r1->var_off), tnum_const(~val)));
		else
			r1->var_off = tnum_and(r1->var_off, tnum_const(~val));
		break;
	case BV_JLE:
		if (j32) {
			r1->u32_max = (uint32_t)umin_(r1->u32_max, r2->u32_max);
			r2->u32_min = (uint32_t)umax_(r1->u32_min, r2->u32_min);
		} else {
			r1->umax = umin_(r1->umax, r2->umax);
			r2->umin = umax_(r1->umin, r2->umin);
		}
		break;
	case BV_JLT:
		if (j32) {
			r1->u32_max = (uint32_t)umin_(r1->u32_max, (uint32_t)(r2->u32_max - 1));
			r2->u32_min = (uint32_t)umax_((uint32_t)(r1->u32_min + 1), r2->u32_min);
		} else {
			r1->umax = umin_(r1->umax, r2->umax - 1);
			r2->umin = umax_(r1->umin + 1, r2->umin);
		}
		break;
	case BV_JSLE:
		if (j32) {
			r1->s32_max = (int32_t)smin_(r1->s32_max, r2->s32_max);
			r2->s32_min = (int32_t)smax_(r1->s32_min, r2->s32_min);
		} else {
			r1->smax = smin_(r1->smax, r2->smax);
			r2->smin = smax_(r1->smin, r2->smin);
		}
		break;
	case BV_JSLT:
		if (j32) {
			r1->s32_max = (int32_t)smin_(r1->s32_max, (int32_t)((uint32_t)r2->s32_max - 1));
			r2->s32_min = (int32_t)smax_((int32_t)((uint32_t)r1->s32_min + 1), r2->s32_min);
		} else {
			r1->smax = smin_(r1->smax, (int64_t)((uint64_t)r2->smax - 1));
			r2->smin = smax_((int64_t)((uint64_t)r1->smin + 1), r2->smin);
		}
		break;
	}
}

/* "0x0" for zero too, as the kernel's %#llx writes it */
static int hex(char *out, size_t size, uint64_t v)
{
	return snprintf(out, size, "0x%" PRIx64, v);
}

/* A branch the comparison makes impossible can leave bounds that
 * contradict each other (a register compared with itself, say): the
 * kernel reports it as a verifier bug, forgets the ranges, keeps the bits
 * and goes on.  Checked after conditional jumps and ALU instructions. */
void reg_sanity_check(struct venv *env, struct reg_state *r, const char *ctx)
{
	const char *msg = NULL;
	uint64_t v[10];
	char b[10][24];

	if (r->type != SCALAR_VALUE)
		return;
	if (r->umin > r->umax || r->smin > r->smax || r->u32_min > r->u32_max || r->s32_min > r->s32_max)
		msg = "range bounds violation";
	else if (tnum_is_const(r->var_off) &&
		 (r->umin != r->var_off.value || r->umax != r->var_off.value ||
		  r->smin != (int64_t)r->var_off.value || r->smax != (int64_t)r->var_off.value))
		msg = "const tnum out of sync with range bounds";
	else if (tnum_is_const(tnum_subreg(r->var_off))) {
		uint32_t c = (uint32_t)r->var_off.value;

		if (r->u32_min != c || r->u32_max != c || r->s32_min != (int32_t)c || r->s32_max != (int32_t)c)
			msg = "const subreg tnum out of sync with range bounds";
	}
	if (!msg)
		return;
	v[0] = r->umin, v[1] = r->umax, v[2] = (uint64_t)r->smin, v[3] = (uint64_t)r->smax;
	v[4] = r->u32_min, v[5] = r->u32_max, v[6] = (uint32_t)r->s32_min, v[7] = (uint32_t)r->s32_max;
	v[8] = r->var_off.value, v[9] = r->var_off.mask;
	for (int i = 0; i < 10; i++)
		hex(b[i], sizeof(b[i]), v[i]);
	vlog(env, "verifier bug: REG INVARIANTS VIOLATION (%s): %s u64=[%s, %s] s64=[%s, %s] u32=[%s, %s] "
		  "s32=[%s, %s] var_off=(%s, %s)\n",
	     ctx, msg, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9]);
	reg_bounds_unbounded(r);
}

/* Both sides of "t1 op t2" (taken) and its negation (f1, f2). */
static void set_min_max(struct venv *env, struct reg_state *t1, struct reg_state *t2, struct reg_state *f1,
			struct reg_state *f2, uint8_t op, bool j32)
{
	if (f1->type != SCALAR_VALUE || f2->type != SCALAR_VALUE)
		return;
	refine(f1, f2, negate_op(op), j32);
	reg_bounds_sync(f1);
	reg_bounds_sync(f2);
	refine(t1, t2, op, j32);
	reg_bounds_sync(t1);
	reg_bounds_sync(t2);
	reg_sanity_check(env, t1, "true_reg1");
	reg_sanity_check(env, t2, "true_reg2");
	reg_sanity_check(env, f1, "false_reg1");
	reg_sanity_check(env, f2, "false_reg2");
}

/* Every register and spilled register of every frame of st, as reg, for
 * passes that rewrite all copies of something.  A spilled one is shared with other states (state.h): the body works on a
 * copy, kept in the slot (through slot_reg) only when the body changed it.
 * `continue` in the body ends that register's turn. */
#define FOR_EACH_REG(env, st, reg, ...)                                                 \
	do {                                                                             \
		for (int fi_ = 0; fi_ <= (st)->curframe; fi_++) {                       \
			struct func_state *f_ = (st)->frame[fi_];                       \
			for (int ri_ = 0; ri_ < MAX_BPF_REG; ri_++) {                   \
				struct reg_state *reg = &f_->regs[ri_];                  \
				__VA_ARGS__;                                             \
			}                                                                \
			for (int si_ = 0; si_ < f_->allocated_stack / BPF_REG_SIZE; si_++) { \
				struct reg_state copy_, *reg = &copy_, *w_;              \
				if (f_->stack[si_].type[BPF_REG_SIZE - 1] != STACK_SPILL) \
					continue;                                        \
				memcpy(&copy_, f_->stack[si_].spilled, sizeof(copy_));   \
				do {                                                     \
					__VA_ARGS__;                                     \
				} while (0);                                             \
				if (!memcmp(&copy_, f_->stack[si_].spilled, sizeof(copy_))) \
					continue;                                        \
				w_ = slot_reg(&f_->stack[si_]);                          \
				if (w_)                                                  \
					*w_ = copy_;                                     \
				else                                                     \
					(env)->nomem = true;                             \
			}                                                                \
		}                                                                        \
	} while (0)

void for_each_reg(struct venv *env, struct vstate *st, void (*fn)(struct reg_state *r, void *arg), void *arg)
{
	FOR_EACH_REG(env, st, r, fn(r, arg));
}

/* Bounds learnt on one register reach every scalar sharing its id
 * (copies, spills, copies plus a constant). */
static void sync_linked(struct venv *env, struct vstate *st, const struct reg_state *known,
			const struct linked_regs *l)
{
	uint32_t base = known->id & ~ID_ADD_CONST;

	for (int i = 0; i < l->n; i++) {
		struct func_state *f = st->frame[l->e[i].frame];
		const struct reg_state *k = l->e[i].is_reg ? &f->regs[l->e[i].idx] : f->stack[l->e[i].idx].spilled;
		struct reg_state *r;

		if (!k || k->type != SCALAR_VALUE || k == known || (k->id & ~ID_ADD_CONST) != base)
			continue;
		/* a 32-bit and a 64-bit offset cannot be combined */
		if ((k->id & ID_ADD_CONST) && (known->id & ID_ADD_CONST) &&
		    (k->id & ID_ADD_CONST) != (known->id & ID_ADD_CONST))
			continue;
		r = l->e[i].is_reg ? &f->regs[l->e[i].idx] : slot_reg(&f->stack[l->e[i].idx]);
		if (!r) {
			env->nomem = true;
			return;
		}
		if ((!(r->id & ID_ADD_CONST) && !(known->id & ID_ADD_CONST)) || r->off == known->off) {
			int32_t def = r->def_insn;

			*r = *known;
			r->def_insn = def;
		} else {
			int32_t off = r->off, def = r->def_insn;
			uint32_t id = r->id;
			struct reg_state delta;

			memset(&delta, 0, sizeof(delta));
			reg_mark_known(&delta, (uint64_t)((int64_t)off - (int64_t)known->off));
			*r = *known;
			r->off = off;
			r->id = id;
			r->def_insn = def;
			scalar_add_bounds(r, &delta);
			r->var_off = tnum_add(r->var_off, delta.var_off);
			/* either side's 32-bit add makes the link a 32-bit one */
			if ((id | known->id) & ID_ADD_CONST32)
				reg_zext32(r);
			reg_bounds_sync(r);
		}
	}
}

/* A reference that turned out to be NULL needs no release. */
static void drop_ref(struct vstate *st, uint32_t id)
{
	for (int i = 0; i < st->n_refs; i++)
		if (st->refs[i].id == id && st->refs[i].type == REF_PTR) {
			memmove(&st->refs[i], &st->refs[i + 1], (size_t)(st->n_refs - i - 1) * sizeof(*st->refs));
			st->n_refs--;
			return;
		}
}

/* What a pointer that may be NULL is once known not to be. */
static void ptr_not_null(struct reg_state *r)
{
	r->flags &= (uint16_t)~PTR_MAYBE_NULL;
	if (r->type == PTR_TO_MAP_VALUE && r->u.map && r->u.map->inner_of) {
		/* a map of maps yields the inner map */
		r->type = CONST_PTR_TO_MAP;
		r->u.map = r->u.map->inner_of;
	} else if (r->type == PTR_TO_MAP_VALUE && r->u.map &&
		   (r->u.map->type == BPF_MAP_TYPE_SOCKMAP || r->u.map->type == BPF_MAP_TYPE_SOCKHASH)) {
		r->type = PTR_TO_SOCKET;
	} else if (r->type == PTR_TO_MAP_VALUE && r->u.map && r->u.map->type == BPF_MAP_TYPE_XSKMAP) {
		r->type = PTR_TO_XDP_SOCK;
	}
}

static void mark_ptr_or_null(struct venv *env, struct vstate *st, uint32_t id, bool is_null)
{
	bool self = false;

	FOR_EACH_REG(env, st, r, {
		if ((r->flags & PTR_MAYBE_NULL) && r->id == id && r->ref_obj_id == id)
			self = true;
	});
	if (self && is_null)
		drop_ref(st, id);
	FOR_EACH_REG(env, st, r, {
		if (!(r->flags & PTR_MAYBE_NULL) || r->id != id)
			continue;
		if (is_null) {
			r->type = SCALAR_VALUE;
			r->flags = 0;
			r->id = 0;
			r->ref_obj_id = 0;
			continue;
		}
		ptr_not_null(r);
		/* the id of a value that may hold a spin lock names the lock */
		if (!(r->type == PTR_TO_MAP_VALUE && r->u.map && r->u.map->spin_lock_off >= 0) &&
		    !alloc_may_hold_lock(env, r))
			r->id = 0;
	});
}

static void good_pkt_pointers(struct venv *env, struct vstate *st, const struct reg_state *dst, int type, bool right_open)
{
	int new_range;
	uint32_t id = dst->id;

	if (dst->off < 0 || (dst->off == 0 && right_open))
		return;
	if (dst->umax > MAX_PACKET_OFF || dst->umax + (uint64_t)dst->off > MAX_PACKET_OFF)
		return;
	new_range = dst->off + (right_open ? 1 : 0);
	FOR_EACH_REG(env, st, r, {
		if (r->type == type && r->id == id && r->u.range < new_range)
			r->u.range = new_range;
	});
}

static void mark_pkt_end(struct vstate *st, int regno, bool open)
{
	struct reg_state *r = &st->frame[st->curframe]->regs[regno];

	if (r->type != PTR_TO_PACKET)
		return;
	r->u.range = open ? BEYOND_PKT_END : AT_PKT_END;
}

static bool init_pkt(const struct reg_state *r, int type)
{
	return r->type == type && r->off == 0 && tnum_is_const(r->var_off) && r->var_off.value == 0;
}

static bool match_pkt_pointers(struct venv *env, const struct bv_insn *insn, const struct reg_state *d, const struct reg_state *s,
			       struct vstate *this_b, struct vstate *other)
{
	bool left = (d->type == PTR_TO_PACKET && s->type == PTR_TO_PACKET_END) ||
		    (d->type == PTR_TO_PACKET_META && init_pkt(s, PTR_TO_PACKET));
	bool right = (d->type == PTR_TO_PACKET_END && s->type == PTR_TO_PACKET) ||
		     (init_pkt(d, PTR_TO_PACKET) && s->type == PTR_TO_PACKET_META);

	if (BV_SRC(insn->code) != BV_X || BV_CLASS(insn->code) == BV_JMP32)
		return false;
	switch (BV_OP(insn->code)) {
	case BV_JGT:
		if (left) {
			good_pkt_pointers(env, this_b, d, d->type, false);
			mark_pkt_end(other, insn->dst, true);
		} else if (right) {
			good_pkt_pointers(env, other, s, s->type, true);
			mark_pkt_end(this_b, insn->src, false);
		} else {
			return false;
		}
		return true;
	case BV_JLT:
		if (left) {
			good_pkt_pointers(env, other, d, d->type, true);
			mark_pkt_end(this_b, insn->dst, false);
		} else if (right) {
			good_pkt_pointers(env, this_b, s, s->type, false);
			mark_pkt_end(other, insn->src, true);
		} else {
			return false;
		}
		return true;
	case BV_JGE:
		if (left) {
			good_pkt_pointers(env, this_b, d, d->type, true);
			mark_pkt_end(other, insn->dst, false);
		} else if (right) {
			good_pkt_pointers(env, other, s, s->type, false);
			mark_pkt_end(this_b, insn->src, true);
		} else {
			return false;
		}
		return true;
	case BV_JLE:
		if (left) {
			good_pkt_pointers(env, other, d, d->type, false);
			mark_pkt_end(this_b, insn->dst, true);
		} else if (right) {
			good_pkt_pointers(env, this_b, s, s->type, true);
			mark_pkt_end(other, insn->src, false);
		} else {
			return false;
		}
		return true;
	default:
		return false;
	}
}

static int check_may_goto(struct venv *env, const struct bv_insn *insn, uint32_t *next)
{
	int err;
	const struct vstate *prev = loop_prev_state(env, env->insn_idx);
	struct vstate *q;

	if (insn->dst || insn->imm)
		return verr(env, -EINVAL, "invalid may_goto imm %d", insn->imm);
	err = push_branch(env, env->insn_idx + 1, env->insn_idx);
	if (err)
		return err;
	/* the next round of the loop: what it changed and nothing needs
	 * exactly is forgotten, so that the rounds converge */
	q = env->stack[env->stack_len - 1].st;
	q->may_goto_depth++;
	if (prev && widen_scalars(prev, q))
		return -ENOMEM;
	*next = (uint32_t)((int64_t)env->insn_idx + insn->off + 1);
	return 0;
}

int check_cond_jmp(struct venv *env, const struct bv_insn *insn, const struct bv_form *f, uint32_t *next)
{
	struct reg_state *regs = cur_regs(env), *d, *s, konst;
	uint8_t op = BV_OP(insn->code);
	bool j32 = BV_CLASS(insn->code) == BV_JMP32;
	uint32_t taken_idx = (uint32_t)((int64_t)env->insn_idx + insn->off + 1);
	struct vstate *other;
	struct reg_state *od, *os;
	struct linked_regs linked;
	int err, pred;

	if (f->op == BV_OP_MAY_GOTO)
		return check_may_goto(env, insn, next);
	err = check_reg_read(env, insn->dst);
	if (err)
		return err;
	d = &regs[insn->dst];
	env->scratched_regs |= 1u << insn->dst;
	if (BV_SRC(insn->code) == BV_X) {
		err = check_reg_read(env, insn->src);
		if (err)
			return err;
		s = &regs[insn->src];
		env->scratched_regs |= 1u << insn->src;
		if (!(is_pkt_any(d) && is_pkt_any(s)) && is_pointer_value(env, insn->src))
			return verr(env, -EACCES, "R%d pointer comparison prohibited", insn->src);
	} else {
		memset(&konst, 0, sizeof(konst));
		reg_mark_known(&konst, (uint64_t)(int64_t)insn->imm);
		s = &konst;
	}
	if (d->type == PTR_TO_STACK || (BV_SRC(insn->code) == BV_X && s->type == PTR_TO_STACK))
		hist_push(env, (d->type == PTR_TO_STACK ? HIST_DST_STACK : 0) |
			       (BV_SRC(insn->code) == BV_X && s->type == PTR_TO_STACK ? HIST_SRC_STACK : 0), 0);
	pred = branch_taken(d, s, op, j32);
	if (pred >= 0) {
		if (d->type == SCALAR_VALUE)
			mark_precise(env, insn->dst);
		if (BV_SRC(insn->code) == BV_X && s->type == SCALAR_VALUE)
			mark_precise(env, insn->src);
		if (!env->priv) {
			/* the other side runs speculatively */
			err = push_speculative(env, pred ? env->insn_idx + 1 : taken_idx, env->insn_idx);
			if (err)
				return err;
		}
		log_insn_state(env);
		*next = pred ? taken_idx : env->insn_idx + 1;
		return 0;
	}
	/* scalars linked to the compared ones: bounds learnt here reach
	 * them, and backtracking needs to know */
	memset(&linked, 0, sizeof(linked));
	if (BV_SRC(insn->code) == BV_X && s->type == SCALAR_VALUE && s->id &&
	    collect_linked(env, env->cur, s->id, &linked))
		return -ENOMEM;
	if (d->type == SCALAR_VALUE && d->id && collect_linked(env, env->cur, d->id, &linked))
		return -ENOMEM;
	/* an overflowing collection may have broken links */
	if (linked.n > 1)
		hist_push(env, 0, pack_linked(&linked));
	err = push_branch(env, taken_idx, env->insn_idx);
	if (err)
		return err;
	other = env->stack[env->stack_len - 1].st;
	od = &other->frame[other->curframe]->regs[insn->dst];
	if (BV_SRC(insn->code) == BV_X) {
		os = &other->frame[other->curframe]->regs[insn->src];
		set_min_max(env, od, os, d, s, op, j32);
	} else {
		struct reg_state k2 = konst;

		set_min_max(env, od, &konst, d, &k2, op, j32);
	}
	if (od->type == SCALAR_VALUE || d->type == SCALAR_VALUE) {
		if (d->type == SCALAR_VALUE && od->bound_insn != (int32_t)env->insn_idx) {
			d->bound_insn = (int32_t)env->insn_idx;
			od->bound_insn = (int32_t)env->insn_idx;
		}
	}
	if (BV_SRC(insn->code) == BV_X && s->type == SCALAR_VALUE && s->id) {
		sync_linked(env, env->cur, s, &linked);
		sync_linked(env, other, &other->frame[other->curframe]->regs[insn->src], &linked);
	}
	if (d->type == SCALAR_VALUE && d->id) {
		sync_linked(env, env->cur, d, &linked);
		sync_linked(env, other, od, &linked);
	}
	if (!j32 && BV_SRC(insn->code) == BV_X && reg_is_pointer(s) && reg_is_pointer(d) &&
	    (s->flags & PTR_MAYBE_NULL) != (d->flags & PTR_MAYBE_NULL) && s->type != PTR_TO_BTF_ID &&
	    d->type != PTR_TO_BTF_ID) {
		/* comparing a maybe-null pointer with a non-null one: where they
		 * are equal, that register (only, and keeping its id, as the
		 * kernel does) is not NULL */
		if (op == BV_JEQ || op == BV_JNE) {
			struct vstate *eq = op == BV_JEQ ? other : env->cur;
			int regno = d->flags & PTR_MAYBE_NULL ? insn->dst : insn->src;

			ptr_not_null(&eq->frame[eq->curframe]->regs[regno]);
		}
	}
	if (!j32 && BV_SRC(insn->code) == BV_K && insn->imm == 0 && (op == BV_JEQ || op == BV_JNE) &&
	    (d->flags & PTR_MAYBE_NULL)) {
		uint32_t id = d->id;

		mark_ptr_or_null(env, env->cur, id, op == BV_JNE);
		mark_ptr_or_null(env, other, id, op == BV_JEQ);
	} else if (!match_pkt_pointers(env, insn, d, BV_SRC(insn->code) == BV_X ? s : &konst, env->cur, other) &&
		   is_pointer_value(env, insn->dst)) {
		return verr(env, -EACCES, "R%d pointer comparison prohibited", insn->dst);
	}
	log_insn_state(env);
	*next = env->insn_idx + 1;
	return 0;
}
