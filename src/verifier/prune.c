/* Remembered states and pruning.  At a prune point the walk compares the
 * current state with the states it already proved safe there; when one
 * of them covers the current one (every live register and stack slot of
 * the old state admits the new value) the path is safe and abandoned.
 * Which registers are live comes from a backward data-flow pass over the
 * program, as in the kernel since 6.14. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/helpers.h"
#include "verifier/verifier.h"

/* ---- static register liveness ---- */

int helper_nargs(const struct venv *env, int32_t id)
{
	const struct helper_proto *p = helper_proto(id);
	int n = 0;

	/* a helper the program's type cannot call reads all five, for the
	 * kernel has no prototype to go by */
	if (!p || id < 0 || id > bv_helper_max_id() || !bv_helper_by_id(id) || allowed_code(env, id) == '.')
		return 5;
	for (int i = 0; i < 5; i++)
		if (p->args[i] != A_NONE)
			n = i + 1;
	return n;
}

/* Registers an instruction reads (use) and writes (def). */
static void use_def(const struct venv *env, uint32_t i, uint16_t *use, uint16_t *def)
{
	const struct bv_insn *in = &env->insns[i];
	const struct bv_form *f = env->aux[i].dec.form;
	uint8_t cls = BV_CLASS(in->code);

	*use = *def = 0;
	if (!f)
		return;
	switch (cls) {
	case BV_ALU:
	case BV_ALU64:
		*def = 1u << in->dst;
		if (f->op == BV_OP_MOV || f->op == BV_OP_MOVSX || f->op == BV_OP_ADDR_SPACE_CAST) {
			if (f->x)
				*use = 1u << in->src;
		} else {
			*use = 1u << in->dst;
			if (f->x)
				*use |= 1u << in->src;
		}
		break;
	case BV_LDX:
		*use = 1u << in->src;
		*def = 1u << in->dst;
		break;
	case BV_ST:
		*use = 1u << in->dst;
		break;
	case BV_STX:
		*use = 1u << in->dst | 1u << in->src;
		if (f->op == BV_OP_ATOMIC_CMPXCHG) {
			*use |= 1u;
			*def = 1u;
		} else if (f->op == BV_OP_LOAD_ACQ) {
			*use = 1u << in->src;
			*def = 1u << in->dst;
		} else if (f->op != BV_OP_STORE_REL && f->op != BV_OP_ATOMIC_ADD && f->op != BV_OP_ATOMIC_OR &&
			   f->op != BV_OP_ATOMIC_AND && f->op != BV_OP_ATOMIC_XOR) {
			*def = 1u << in->src; /* fetch forms */
		}
		break;
	case BV_LD:
		if (f->op == BV_OP_LD_IMM64) {
			*def = 1u << in->dst;
		} else {
			/* LD_ABS / LD_IND: r6 is the skb, r0-r5 clobbered; the
			 * kernel counts every register as read, since a failed
			 * load leaves the program there and then */
			*use = 0x3ff;
			*def = 0x3f;
		}
		break;
	case BV_JMP:
	case BV_JMP32:
		switch (f->op) {
		case BV_OP_EXIT:
			*use = 1u;
			break;
		case BV_OP_CALL:
			*use = (uint16_t)(((1u << helper_nargs(env, in->imm)) - 1) << 1);
			*def = 0x3f;
			break;
		case BV_OP_CALL_LOCAL:
			*use = 0x3e;
			*def = 0x3f;
			break;
		case BV_OP_CALL_KFUNC:
			*use = (uint16_t)(((1u << kfunc_nargs(env, i)) - 1) << 1);
			*def = 0x3f;
			break;
		case BV_OP_JA:
		case BV_OP_MAY_GOTO:
			break;
		default:
			*use = 1u << in->dst;
			if (f->x)
				*use |= 1u << in->src;
		}
		break;
	}
	*use &= 0x7ff;
	*def &= 0x7ff;
}

/* Successors within the subprogram (calls fall through). */
int insn_succs(const struct venv *env, uint32_t i, uint32_t out[2])
{
	const struct bv_insn *in = &env->insns[i];
	const struct bv_form *f = env->aux[i].dec.form;
	int n = 0;

	if (!f)
		return 0;
	if (f->op == BV_OP_LD_IMM64) {
		out[n++] = i + 2;
		return n;
	}
	if (BV_CLASS(in->code) != BV_JMP && BV_CLASS(in->code) != BV_JMP32) {
		out[n++] = i + 1;
		return n;
	}
	switch (f->op) {
	case BV_OP_EXIT:
		return 0;
	case BV_OP_CALL: case BV_OP_CALL_LOCAL: case BV_OP_CALL_KFUNC: case BV_OP_CALLX:
		out[n++] = i + 1;
		return n;
	case BV_OP_JA:
		out[n++] = (uint32_t)((int64_t)i + (BV_CLASS(in->code) == BV_JMP32 ? in->imm : in->off) + 1);
		return n;
	default:
		out[n++] = i + 1;
		out[n++] = (uint32_t)((int64_t)i + in->off + 1);
		return n;
	}
}

void compute_live_regs(struct venv *env)
{
	uint16_t *use = calloc(env->n, sizeof(*use)), *def = calloc(env->n, sizeof(*def));
	bool changed = true;

	if (!use || !def) {
		for (size_t i = 0; i < env->n; i++)
			env->aux[i].live_before = 0x7ff;
		free(use);
		free(def);
		return;
	}
	for (size_t i = 0; i < env->n; i++) {
		use_def(env, (uint32_t)i, &use[i], &def[i]);
		env->aux[i].live_before = 0;
	}
	while (changed) {
		changed = false;
		for (size_t k = env->n; k-- > 0;) {
			uint32_t s[2];
			int ns = insn_succs(env, (uint32_t)k, s);
			uint16_t out = 0, in;

			if (!env->aux[k].dec.len)
				continue;
			for (int j = 0; j < ns; j++)
				if (s[j] < env->n)
					out |= env->aux[s[j]].live_before;
			in = (uint16_t)(use[k] | (out & ~def[k]));
			if (in != env->aux[k].live_before) {
				env->aux[k].live_before = in;
				changed = true;
			}
		}
	}
	free(use);
	free(def);
}

void log_live_regs(struct venv *env)
{
	char text[256];

	if (env->log_level < 2)
		return;
	vlog(env, "Live regs before insn:\n");
	for (size_t i = 0; i < env->n; i++) {
		char live[12];

		if (!env->aux[i].dec.len)
			continue;
		for (int r = 0; r < 10; r++)
			live[r] = (env->aux[i].live_before & (1u << r)) ? (char)('0' + r) : '.';
		live[10] = '\0';
		bv_insn_print(text, sizeof(text), env->insns, env->n, i, &env->names);
		if (env->aux[i].scc)
			vlog(env, "%3u %3zu: %s %s\n", env->aux[i].scc, i, live, text);
		else
			vlog(env, "    %3zu: %s %s\n", i, live, text);
	}
}

/* ---- state equivalence ---- */

struct idmap {
	struct { uint32_t old, cur; } map[64];
	int n;
	uint32_t tmp;
};

static bool check_ids(uint32_t old_id, uint32_t cur_id, struct idmap *m)
{
	if (!!old_id != !!cur_id)
		return false;
	if (!old_id)
		return true;
	for (int i = 0; i < m->n; i++) {
		if (m->map[i].old == old_id)
			return m->map[i].cur == cur_id;
		if (m->map[i].cur == cur_id)
			return false;
	}
	if (m->n >= 64)
		return false;
	m->map[m->n].old = old_id;
	m->map[m->n].cur = cur_id;
	m->n++;
	return true;
}

/* Scalar ids in pruning.  An old scalar with no id relied on no link:
 * whatever links the current one has only add constraints.  An old link
 * must map to one current link; a current scalar with no id gets an id of
 * its own (above every real one), so two unlinked current scalars cannot
 * stand in for one old link.  A link "plus a constant" must also map its
 * base consistently. */
static bool check_scalar_ids(uint32_t old_id, uint32_t cur_id, struct idmap *m)
{
	if (!old_id)
		return true;
	cur_id = cur_id ? cur_id : ++m->tmp;
	if (!check_ids(old_id, cur_id, m))
		return false;
	if (old_id & ID_ADD_CONST)
		return check_ids(old_id & ~ID_ADD_CONST, cur_id & ~ID_ADD_CONST, m);
	return true;
}

static bool range_within(const struct reg_state *o, const struct reg_state *c)
{
	return o->umin <= c->umin && o->umax >= c->umax && o->smin <= c->smin && o->smax >= c->smax &&
	       o->u32_min <= c->u32_min && o->u32_max >= c->u32_max && o->s32_min <= c->s32_min &&
	       o->s32_max >= c->s32_max;
}

static bool same_head(const struct reg_state *o, const struct reg_state *c)
{
	return o->type == c->type && o->flags == c->flags && o->off == c->off && !memcmp(&o->u, &c->u, sizeof(o->u));
}

/* The same value: bits and all eight bounds. */
static bool same_value(const struct reg_state *o, const struct reg_state *c)
{
	return o->var_off.value == c->var_off.value && o->var_off.mask == c->var_off.mask && o->smin == c->smin &&
	       o->smax == c->smax && o->umin == c->umin && o->umax == c->umax && o->s32_min == c->s32_min &&
	       o->s32_max == c->s32_max && o->u32_min == c->u32_min && o->u32_max == c->u32_max;
}

static bool regs_exact(const struct reg_state *o, const struct reg_state *c, struct idmap *m)
{
	return same_head(o, c) && same_value(o, c) && o->frameno == c->frameno && check_ids(o->id, c->id, m) &&
	       check_ids(o->ref_obj_id, c->ref_obj_id, m);
}

enum { NOT_EXACT, EXACT, RANGE_WITHIN };

static bool regsafe(const struct venv *env, const struct reg_state *o, const struct reg_state *c, struct idmap *m,
		    int exact)
{
	if (exact == EXACT)
		return regs_exact(o, c, m);
	if (o->type == NOT_INIT && (exact == NOT_EXACT || c->type == NOT_INIT))
		return true;
	if (o->type != c->type || o->flags != c->flags)
		return false;
	switch (o->type) {
	case SCALAR_VALUE:
		if (env->explore_alu_limits) /* !root masking: every value matters exactly */
			return same_value(o, c) && check_scalar_ids(o->id, c->id, m);
		if (!o->precise && !env->all_precise && exact == NOT_EXACT)
			return true;
		/* a link plus a 32-bit and one plus a 64-bit constant behave
		 * differently; linked with an offset, the offsets must agree */
		if (o->id && (o->id & ID_ADD_CONST) != (c->id & ID_ADD_CONST))
			return false;
		if ((o->id & ID_ADD_CONST) && o->off != c->off)
			return false;
		return check_scalar_ids(o->id, c->id, m) && range_within(o, c) && tnum_in(o->var_off, c->var_off);
	case PTR_TO_MAP_KEY: case PTR_TO_MAP_VALUE: case PTR_TO_MEM: case PTR_TO_BUF: case PTR_TO_TP_BUFFER:
		return same_head(o, c) && range_within(o, c) && tnum_in(o->var_off, c->var_off) &&
		       check_ids(o->id, c->id, m) && check_ids(o->ref_obj_id, c->ref_obj_id, m);
	case PTR_TO_PACKET_META:
	case PTR_TO_PACKET:
		if (o->u.range < 0 || c->u.range < 0) {
			if (o->u.range != c->u.range)
				return false;
		} else if (o->u.range > c->u.range) {
			return false;
		}
		if (o->off != c->off || !check_ids(o->id, c->id, m))
			return false;
		return range_within(o, c) && tnum_in(o->var_off, c->var_off);
	case PTR_TO_STACK:
		return regs_exact(o, c, m) && o->frameno == c->frameno;
	case PTR_TO_ARENA:
		return true;
	default:
		return regs_exact(o, c, m);
	}
}

/* A slot read as one 64-bit scalar: a spilled scalar, or eight bytes of
 * unknown data -- which, where privileged loads may read stack nothing
 * wrote, unwritten bytes are too. */
static const struct reg_state *stack_scalar(const struct venv *env, const struct stack_slot *s, struct reg_state *tmp)
{
	bool misc = true;

	if (s->type[BPF_REG_SIZE - 1] == STACK_SPILL && s->spilled->type == SCALAR_VALUE) {
		for (int i = 0; i < BPF_REG_SIZE; i++)
			if (s->type[i] != STACK_SPILL)
				return NULL;
		return s->spilled;
	}
	for (int i = 0; i < BPF_REG_SIZE; i++)
		if (s->type[i] != STACK_MISC && !(s->type[i] == STACK_INVALID && env->allow_uninit_stack))
			misc = false;
	if (!misc)
		return NULL;
	memset(tmp, 0, sizeof(*tmp));
	reg_mark_unknown(tmp);
	return tmp;
}

/* Slots no later instruction reads are STACK_INVALID in a cleaned state
 * (clean_state): they match anything. */
static bool stacksafe(const struct venv *env, const struct func_state *o, const struct func_state *c,
		      struct idmap *m, int exact)
{
	for (int i = 0; i < o->allocated_stack; i++) {
		int spi = i / BPF_REG_SIZE, im = i % BPF_REG_SIZE;
		uint8_t ot = o->stack[spi].type[im], ct;

		/* a loop's convergence check (RANGE_WITHIN) wants the same slot
		 * kinds too: a bpf_loop callback's walk back at its call with a
		 * spilled number where the earlier walk had plain bytes goes on
		 * (observed: examples/exception/fixed.bpf.c) */
		if (exact != NOT_EXACT) {
			/* a slot the current frame has not even allocated differs,
			 * whatever the old one held, invalid included (observed:
			 * iters.c's iter_subprog_check_stacksafe, a callee's
			 * caller frame with and without its 16 bytes) */
			if (i >= c->allocated_stack)
				return false;
			ct = c->stack[spi].type[im];
			if (ot != ct)
				return false;
		}
		if (ot == STACK_INVALID && exact != EXACT)
			continue;
		if (env->priv && ot == STACK_MISC && exact != EXACT)
			continue;
		if (i >= c->allocated_stack)
			return false;
		ct = c->stack[spi].type[im];
		if (im == 0) {
			struct reg_state t1, t2;
			const struct reg_state *or = stack_scalar(env, &o->stack[spi], &t1),
					       *cr = stack_scalar(env, &c->stack[spi], &t2);

			if (or && cr) {
				if (!regsafe(env, or, cr, m, exact))
					return false;
				i += BPF_REG_SIZE - 1;
				continue;
			}
		}
		if (ot == STACK_MISC && ct == STACK_ZERO)
			continue;
		if (ot != ct)
			return false;
		if (im != BPF_REG_SIZE - 1)
			continue;
		switch (o->stack[spi].type[BPF_REG_SIZE - 1]) {
		case STACK_SPILL:
			if (!regsafe(env, o->stack[spi].spilled, c->stack[spi].spilled, m, exact))
				return false;
			break;
		case STACK_MISC:
		case STACK_ZERO:
		case STACK_INVALID:
			continue;
		case STACK_ITER:
			/* the depth is not compared: loops would never converge */
			if (o->stack[spi].iter_state != c->stack[spi].iter_state ||
			    o->stack[spi].iter_kind != c->stack[spi].iter_kind ||
			    !check_ids(slot_peek(&o->stack[spi])->ref_obj_id, slot_peek(&c->stack[spi])->ref_obj_id, m))
				return false;
			continue;
		case STACK_DYNPTR:
			if (o->stack[spi].dynptr_type != c->stack[spi].dynptr_type ||
			    o->stack[spi].dynptr_first != c->stack[spi].dynptr_first ||
			    !check_ids(slot_peek(&o->stack[spi])->ref_obj_id, slot_peek(&c->stack[spi])->ref_obj_id, m))
				return false;
			continue;
		default:
			return false;
		}
	}
	return true;
}

static bool refsafe(const struct vstate *o, const struct vstate *c, struct idmap *m)
{
	if (o->n_refs != c->n_refs || o->active_rcu != c->active_rcu || o->active_preempt != c->active_preempt ||
	    o->in_sleepable != c->in_sleepable)
		return false;
	for (int i = 0; i < o->n_refs; i++)
		if (o->refs[i].type != c->refs[i].type || o->refs[i].map != c->refs[i].map ||
		    !check_ids(o->refs[i].id, c->refs[i].id, m))
			return false;
	return true;
}

static bool states_equal(const struct venv *env, const struct vstate *o, const struct vstate *c, int exact)
{
	struct idmap m;

	memset(&m, 0, sizeof(m));
	m.tmp = env->id_gen;
	if (o->curframe != c->curframe)
		return false;
	if (o->speculative && !c->speculative)
		return false;
	if (!refsafe(o, c, &m))
		return false;
	for (int i = 0; i <= o->curframe; i++) {
		const struct func_state *of = o->frame[i], *cf = c->frame[i];
		uint16_t live;

		if (of->callsite != cf->callsite)
			return false;
		/* a walk that has run a callback fewer times is not covered */
		if (of->callback_depth > cf->callback_depth)
			return false;
		/* the caller's registers are live as they are after the call */
		live = i == o->curframe ? env->aux[o->insn_idx].live_before
					: env->aux[o->frame[i + 1]->callsite + 1].live_before;
		for (int r = 0; r < MAX_BPF_REG; r++) {
			/* dead registers do not count, at every level of exactness */
			if (r != 10 && !(live & (1u << r)))
				continue;
			if (!regsafe(env, &of->regs[r], &cf->regs[r], &m, exact))
				return false;
		}
		if (!stacksafe(env, of, cf, &m, exact))
			return false;
	}
	return true;
}

/* An active iterator one iteration deeper is progress, not a loop. */
static bool iter_depths_differ(const struct vstate *o, const struct vstate *c)
{
	for (int fr = o->curframe; fr >= 0; fr--) {
		const struct func_state *fo = o->frame[fr], *fc = c->frame[fr];

		for (int s = 0; s < fo->allocated_stack / BPF_REG_SIZE && s < fc->allocated_stack / BPF_REG_SIZE; s++)
			if (fo->stack[s].type[0] == STACK_ITER && fo->stack[s].iter_state == ITER_ACTIVE &&
			    fo->stack[s].iter_depth != fc->stack[s].iter_depth)
				return true;
	}
	return false;
}

/* At an iterator's _next(): is the iterator of the current state active? */
static bool cur_iter_active(const struct venv *env)
{
	const struct reg_state *r1 = &env->cur->frame[env->cur->curframe]->regs[1];
	const struct func_state *f;
	int64_t off;
	int spi;

	if (r1->type != PTR_TO_STACK || !tnum_is_const(r1->var_off))
		return false;
	off = (int64_t)r1->off + (int64_t)r1->var_off.value;
	if (off >= 0)
		return false;
	spi = (int)((-off - 1) / BPF_REG_SIZE);
	f = env->cur->frame[r1->frameno];
	return spi < f->allocated_stack / BPF_REG_SIZE && f->stack[spi].type[0] == STACK_ITER &&
	       f->stack[spi].iter_state == ITER_ACTIVE;
}

/* The cheap test before the exact comparison that calls a loop infinite:
 * the registers alike byte for byte, their ids too (not matched through an
 * idmap), as the kernel compares them.  A loop that copies a register each
 * round makes a new id each round, so it is not caught here and goes on to
 * the jump-sequence limit, as in the kernel. */
static bool maybe_looping(const struct vstate *o, const struct vstate *c)
{
	const struct func_state *fo = o->frame[o->curframe], *fc = c->frame[c->curframe];

	if (o->curframe != c->curframe)
		return false;
	for (int i = 0; i < MAX_BPF_REG; i++) {
		const struct reg_state *a = &fo->regs[i], *b = &fc->regs[i];

		/* every register, dead or not, and all of it: the map a
		 * pointer points into too (a timer callback set on two maps
		 * runs twice, once per map, and that is no loop) */
		if (!same_head(a, b) || !same_value(a, b) || a->id != b->id || a->ref_obj_id != b->ref_obj_id)
			return false;
	}
	return true;
}

/* A remembered state whose paths are all explored forgets what no
 * instruction after it reads: comparisons get simpler and logs show only
 * what matters, as in the kernel. */
static void clean_state(struct venv *env, struct vstate *st)
{
	if (ls_query(env, st))
		return; /* out of memory: keep it whole, which is only slower */
	st->cleaned = 1;
	for (int fi = 0; fi <= st->curframe; fi++) {
		struct func_state *f = st->frame[fi];
		uint32_t at = fi == st->curframe ? st->insn_idx : (uint32_t)st->frame[fi + 1]->callsite;
		uint16_t live = env->aux[at].live_before;

		for (int r = 0; r < 10; r++)
			if (!(live & (1u << r))) {
				int32_t def = f->regs[r].def_insn;

				reg_mark_not_init(&f->regs[r]);
				f->regs[r].def_insn = def;
			}
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++)
			if (!ls_slot_alive(env, fi, s)) {
				slot_drop(&f->stack[s]);
				memset(f->stack[s].type, STACK_INVALID, BPF_REG_SIZE);
			}
	}
}

static bool same_callsites(const struct vstate *a, const struct vstate *b)
{
	if (a->curframe != b->curframe)
		return false;
	for (int i = a->curframe; i >= 0; i--)
		if (a->frame[i]->callsite != b->frame[i]->callsite)
			return false;
	return true;
}

/* The kernel keeps remembered states in a hash table keyed by instruction
 * and call site, one bucket per instruction of the program, and counts a
 * whole bucket as "states per insn": its max_states_per_insn (and the
 * unprivileged limit on it) includes other instructions' states that
 * share the bucket. */
static uint32_t bucket_of(const struct venv *env, uint32_t idx, const struct vstate *st)
{
	int32_t callsite = st->frame[st->curframe]->callsite;

	return (uint32_t)((int32_t)idx ^ callsite) % (uint32_t)env->n;
}

/* 1: a remembered state covers the current one; 0: go on; <0: error. */
int is_state_visited(struct venv *env, uint32_t idx)
{
	struct vstate *cur = env->cur;
	struct explored **pp, *e;
	/* a long history would make backtracking slow: checkpoint */
	bool force = env->aux[idx].force_checkpoint || cur->hist_len > 40, add, loop = false;
	long n_states = 0;
	uint32_t bucket;

	/* a loop still waiting for its backedges' marks keeps its states whole */
	for (e = env->explored[idx]; e; e = e->next)
		if (!e->st->branches && !e->st->cleaned && same_callsites(e->st, cur) && !scc_incomplete(env, e->st))
			clean_state(env, e->st);
	add = force || (env->jmps_processed - env->prev_jmps_processed >= 2 &&
			env->processed - env->prev_insn_processed >= 8);
	bucket = bucket_of(env, idx, cur);
	n_states = env->bucket_cnt[bucket];
	for (pp = &env->explored[idx]; (e = *pp);) {
		/* the kernel keeps states in buckets by instruction and call
		 * site, and looks only in the current one: the same function
		 * entered from elsewhere is not a loop */
		if (bucket_of(env, idx, e->st) != bucket) {
			pp = &e->next;
			continue;
		}
		if (e->st->branches) {
			/* an iterator back at its _next() within the ranges of
			 * the iteration still going: the loop converged */
			if (env->aux[idx].iter_next) {
				if (states_equal(env, e->st, cur, RANGE_WITHIN) && cur_iter_active(env)) {
					loop = true;
					goto hit;
				}
				goto skip_loop_check;
			}
			/* may_goto back at itself one level deeper within the
			 * ranges of the level still going: the loop converged
			 * (the kernel bounds the levels at run time) */
			if (env->insns[idx].code == (BV_JMP | BV_JCOND) && e->st->may_goto_depth != cur->may_goto_depth &&
			    states_equal(env, e->st, cur, RANGE_WITHIN)) {
				loop = true;
				goto hit;
			}
			/* a callback's walk back at its call: the same
			 * ranges as a walk still going means it converged */
			if (env->aux[idx].calls_callback) {
				if (states_equal(env, e->st, cur, RANGE_WITHIN))
					goto hit;
				goto skip_loop_check;
			}
			/* another entry into an async callback (one that sets
			 * itself again) meets its earlier walk: no loop, and
			 * no proof either, since that walk has not ended */
			if (e->st->frame[e->st->curframe]->async_callback &&
			    e->st->frame[e->st->curframe]->async_entry_cnt != cur->frame[cur->curframe]->async_entry_cnt)
				goto skip_loop_check;
			if (maybe_looping(e->st, cur) && states_equal(env, e->st, cur, EXACT) && !iter_depths_differ(e->st, cur) &&
			    e->st->may_goto_depth == cur->may_goto_depth &&
			    e->st->callback_unroll_depth == cur->callback_unroll_depth) {
				log_linfo(env, idx);
				vlog(env, "infinite loop detected at insn %u\n", idx);
				vlog(env, "cur state:");
				log_frame(env, cur, cur->curframe, true);
				vlog(env, "\nold state:");
				log_frame(env, e->st, cur->curframe, true);
				vlog(env, "\n");
				snprintf(env->msg, sizeof(env->msg), "infinite loop detected at insn %u", idx);
				/* reported after the jump that closed the loop */
				if (env->err_insn < 0)
					env->err_insn = env->prev_insn_idx >= 0 ? env->prev_insn_idx : idx;
				return -EINVAL;
			}
skip_loop_check:
			if (!force && env->jmps_processed - env->prev_jmps_processed < 20 &&
			    env->processed - env->prev_insn_processed < 100)
				add = false;
			goto miss;
		}
		/* in a loop whose marks are not final, any match is one
		 * more backedge of it */
		loop = scc_incomplete(env, e->st);
		if (states_equal(env, e->st, cur, loop ? RANGE_WITHIN : NOT_EXACT)) {
hit:
			e->hit_cnt++;
			if (env->aux[idx].jmp_point)
				hist_push(env, 0, 0);
			propagate_precision(env, e->st);
			if (loop)
				scc_backedge(env, e->st);
			return 1;
		}
miss:
		if (add)
			e->miss_cnt++;
		{
			uint32_t k = force && e->st->branches > 0 ? 64 : 3;

			if (e->miss_cnt > e->hit_cnt * k + k) {
				/* A state still being explored below is only
				 * unlisted: the paths under it keep it alive
				 * until update_branch_counts() frees it. */
				*pp = e->next;
				env->bucket_cnt[bucket_of(env, idx, e->st)]--;
				if (e->st->branches) {
					e->st->retired = 1; /* still counted in cur_states, as the kernel does */
				} else if (scc_incomplete(env, e->st)) {
					/* kept, and still counted, to the end (observed:
					 * iters.c loop_state_deps2, peak_states) */
					if (defer_free(env, e->st)) {
						free(e);
						return -ENOMEM;
					}
				} else {
					vstate_free(e->st);
					env->cur_states--;
				}
				free(e);
				continue;
			}
		}
		pp = &e->next;
	}
	if (env->max_states_per_insn < n_states)
		env->max_states_per_insn = n_states;
	if (!env->priv && n_states > 64)
		return 0;
	if (!add)
		return 0;
	e = calloc(1, sizeof(*e));
	if (!e)
		return -ENOMEM;
	/* a new checkpoint starts with no inherited precision, and with no
	 * ids that link nothing */
	if (env->priv && mark_all_imprecise(cur)) {
		free(e);
		return -ENOMEM;
	}
	e->st = vstate_clone(cur);
	if (!e->st) {
		free(e);
		return -ENOMEM;
	}
	e->st->insn_idx = idx;
	e->st->branches = 1;
	e->st->parent = cur->parent;
	e->next = env->explored[idx];
	env->explored[idx] = e;
	env->bucket_cnt[bucket_of(env, idx, e->st)]++;
	env->total_states++;
	env->cur_states++;
	if (env->cur_states > env->peak_states)
		env->peak_states = env->cur_states;
	env->prev_jmps_processed = env->jmps_processed;
	env->prev_insn_processed = env->processed;
	cur->parent = e->st;
	cur->dfs_depth = e->st->dfs_depth + 1;
	cur->first_insn = (int32_t)idx;
	cur->hist_len = 0;
	return scc_enter(env, e->st);
}

/* Whether c, a scalar that differs from o and that nothing needs exactly,
 * is to be forgotten. */
static bool widens(const struct reg_state *o, const struct reg_state *c, struct idmap *m)
{
	if (o->type != SCALAR_VALUE || o->type != c->type)
		return false;
	return !o->precise && !c->precise && !regs_exact(o, c, m);
}

static void widen(struct reg_state *c)
{
	int32_t def = c->def_insn;

	reg_mark_unknown(c);
	c->def_insn = def;
}

/* A callback's walk is back at its call.  Scalars that differ from the
 * walk still open there, and that nothing needs exactly, become unknown:
 * without that a callback counting something would never converge. */
/* The state still open at idx, earlier on this path (the start of the
 * iteration or callback walk that came back there). */
static const struct vstate *prev_open_state(struct venv *env, uint32_t idx, const struct vstate *cur, uint32_t depth)
{
	for (struct explored *e = env->explored[idx]; e; e = e->next)
		if (e->st->insn_idx == idx && e->st->branches && same_callsites(e->st, cur) && e->st->dfs_depth < depth)
			return e->st;
	return NULL;
}

/* For a loop's next round (an iterator's _next(), may_goto): the state
 * still open there, skipping the checkpoint just made for this very visit,
 * which is the current state's parent. */
const struct vstate *loop_prev_state(struct venv *env, uint32_t idx)
{
	const struct vstate *cur = env->cur;

	if (!cur->parent)
		return NULL;
	return prev_open_state(env, idx, cur->parent, cur->parent->dfs_depth);
}

/* Scalars of cur that differ from old, that nothing needs exactly, become
 * unknown. */
int widen_scalars(const struct vstate *old, struct vstate *cur)
{
	struct idmap m;

	if (old->curframe != cur->curframe)
		return 0;
	memset(&m, 0, sizeof(m));
	for (int fr = old->curframe; fr >= 0; fr--) {
		const struct func_state *fo = old->frame[fr];
		struct func_state *fc = cur->frame[fr];
		int slots = (fo->allocated_stack < fc->allocated_stack ? fo->allocated_stack : fc->allocated_stack) /
			    BPF_REG_SIZE;

		for (int i = 0; i < MAX_BPF_REG; i++)
			if (widens(&fo->regs[i], &fc->regs[i], &m))
				widen(&fc->regs[i]);
		for (int i = 0; i < slots; i++) {
			struct reg_state *c;

			if (fo->stack[i].type[BPF_REG_SIZE - 1] != STACK_SPILL ||
			    fc->stack[i].type[BPF_REG_SIZE - 1] != STACK_SPILL ||
			    !widens(fo->stack[i].spilled, fc->stack[i].spilled, &m))
				continue;
			c = slot_reg(&fc->stack[i]);
			if (!c)
				return -ENOMEM;
			widen(c);
		}
	}
	return 0;
}

void widen_callback_return(struct venv *env, uint32_t idx)
{
	struct vstate *cur = env->cur;
	const struct vstate *old = prev_open_state(env, idx, cur, cur->dfs_depth);

	if (!old || old->curframe != cur->curframe)
		return;
	if (widen_scalars(old, cur))
		env->nomem = true;
}

/* A path ended: the remembered states it passed through have one branch
 * fewer left to explore. */
void update_branch_counts(struct venv *env, struct vstate *st)
{
	struct vstate *p = st->parent;

	while (p) {
		struct vstate *up = p->parent;

		if (--p->branches)
			break;
		scc_exit(env, p);
		if (p->retired) {
			/* a loop whose marks are not final keeps it, counted */
			if (scc_incomplete(env, p)) {
				defer_free(env, p);
			} else {
				vstate_free(p);
				env->cur_states--;
			}
		}
		p = up;
	}
}
