/* Precision: which scalars' exact values a safety decision depended on.
 *
 * Pruning may treat two scalars as equal when the old one's value never
 * mattered.  When a decision does depend on a value (a memory offset, a
 * size, a branch decided by the bounds, the return code), the value is
 * traced backwards through the instructions that produced it, across
 * remembered states, and every scalar on that chain is marked precise in
 * the states it passed through: those then compare by range.  The walk
 * follows the state's history of jumps and stack accesses, the same
 * bookkeeping the kernel keeps for the same purpose. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "verifier/verifier.h"

#define ARGS_MASK 0x3eu /* r1-r5 */

struct bt {
	int frame;
	uint32_t regs[MAX_CALL_FRAMES];
	uint64_t stack[MAX_CALL_FRAMES];
};

static bool bt_empty(const struct bt *bt)
{
	for (int i = 0; i <= bt->frame && i < MAX_CALL_FRAMES; i++)
		if (bt->regs[i] || bt->stack[i])
			return false;
	return true;
}

/* ---- history ---- */

void hist_push(struct venv *env, uint32_t flags, uint64_t linked)
{
	struct vstate *st = env->cur;
	struct hist_ent *h;

	if (env->hist_ent_insn == (int64_t)env->insn_idx && st->hist_len &&
	    st->hist[st->hist_len - 1].idx == env->insn_idx) {
		h = &st->hist[st->hist_len - 1];
		h->flags |= flags;
		if (linked)
			h->linked = linked;
		return;
	}
	if (st->hist_len >= st->hist_cap) {
		uint32_t cap = st->hist_cap ? st->hist_cap * 2 : 16;
		struct hist_ent *n = realloc(st->hist, cap * sizeof(*n));

		if (!n)
			return; /* history is an optimisation aid: losing it only costs precision */
		st->hist = n;
		st->hist_cap = cap;
	}
	h = &st->hist[st->hist_len++];
	h->idx = env->insn_idx;
	h->prev_idx = env->prev_insn_idx;
	h->flags = flags;
	h->linked = linked;
	env->hist_ent_insn = env->insn_idx;
}

static const struct hist_ent *hist_at(const struct vstate *st, uint32_t hist_len, uint32_t idx)
{
	if (hist_len && st->hist[hist_len - 1].idx == idx)
		return &st->hist[hist_len - 1];
	return NULL;
}

static int64_t prev_insn(const struct vstate *st, int64_t i, uint32_t *hist_len)
{
	uint32_t cnt = *hist_len;

	if (i == st->first_insn) {
		if (cnt == 0)
			return -1;
		if (cnt == 1 && st->hist[0].idx == (uint32_t)i)
			return -1;
	}
	if (cnt && st->hist[cnt - 1].idx == (uint32_t)i) {
		(*hist_len)--;
		return st->hist[cnt - 1].prev_idx;
	}
	return i - 1;
}

/* ---- linked scalars recorded at conditional jumps ---- */

static int link_push(struct linked_regs *l, struct func_state *f, int frame, int idx, bool is_reg)
{
	if (l->n >= 6) {
		/* no room to remember the link: the kernel breaks it, and
		 * the constant a "+off" id carried goes with it */
		struct reg_state *r = is_reg ? &f->regs[idx] : slot_reg(&f->stack[idx]);

		if (!r)
			return -ENOMEM;
		r->id = 0;
		r->off = 0;
		return 0;
	}
	l->e[l->n].frame = (uint8_t)frame;
	l->e[l->n].idx = (uint8_t)idx;
	l->e[l->n].is_reg = is_reg;
	l->n++;
	return 0;
}

/* Live scalars (and spilled ones) whose id is id, in the kernel's
 * order: innermost frame first, registers before stack slots.  A second
 * collection for the same id appends again, as the kernel does. */
int collect_linked(const struct venv *env, struct vstate *st, uint32_t id, struct linked_regs *l)
{
	id &= ~ID_ADD_CONST;
	for (int fi = st->curframe; fi >= 0; fi--) {
		struct func_state *f = st->frame[fi];
		uint32_t at = fi == st->curframe ? st->insn_idx : (uint32_t)st->frame[fi + 1]->callsite;
		uint16_t live = at < env->n ? env->aux[at].live_before : 0x3ff;

		for (int r = 0; r < 10; r++)
			if ((live & (1u << r)) && f->regs[r].type == SCALAR_VALUE && (f->regs[r].id & ~ID_ADD_CONST) == id)
				if (link_push(l, f, fi, r, true))
					return -ENOMEM;
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++)
			if (f->stack[s].type[BPF_REG_SIZE - 1] == STACK_SPILL && f->stack[s].spilled->type == SCALAR_VALUE &&
			    (f->stack[s].spilled->id & ~ID_ADD_CONST) == id)
				if (link_push(l, f, fi, s, false))
					return -ENOMEM;
	}
	return 0;
}

/* Each entry: 3 bits frame, 6 bits reg or slot, 1 bit is_reg, after a
 * 4-bit count. */
uint64_t pack_linked(const struct linked_regs *l)
{
	uint64_t packed = 0;

	if (l->n < 2)
		return 0;
	for (int i = 0; i < l->n; i++)
		packed |= (uint64_t)(l->e[i].frame | l->e[i].idx << 3 | (unsigned)l->e[i].is_reg << 9) << (10 * i + 4);
	return packed | (uint64_t)l->n;
}

static void sync_linked(struct bt *bt, const struct hist_ent *h)
{
	int n;
	bool any = false;

	if (!h || !h->linked)
		return;
	n = (int)(h->linked & 0xf);
	for (int i = 0; i < n; i++) {
		uint32_t e = (uint32_t)(h->linked >> (10 * i + 4)) & 0x3ff;
		int fr = (int)(e & 7), x = (int)(e >> 3 & 63);

		if (e & (1u << 9) ? bt->regs[fr] & (1u << x) : bt->stack[fr] & (1ull << x))
			any = true;
	}
	if (!any)
		return;
	for (int i = 0; i < n; i++) {
		uint32_t e = (uint32_t)(h->linked >> (10 * i + 4)) & 0x3ff;
		int fr = (int)(e & 7), x = (int)(e >> 3 & 63);

		if (e & (1u << 9))
			bt->regs[fr] |= 1u << x;
		else
			bt->stack[fr] |= 1ull << x;
	}
}

/* ---- the log lines backtracking prints at level 2 ---- */

static void fmt_regs(char *buf, size_t size, uint32_t mask)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int r = 0; r < 32 && n < size; r++)
		if (mask & (1u << r))
			n += (size_t)snprintf(buf + n, size - n, "%sr%d", n ? "," : "", r);
}

void fmt_stack_mask(char *buf, size_t size, uint64_t mask)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int s = 0; s < 64 && n < size; s++)
		if (mask & (1ull << s))
			n += (size_t)snprintf(buf + n, size - n, "%s-%d", n ? "," : "", (s + 1) * 8);
}

/* ---- one instruction backwards ---- */

static int subprog_at(const struct venv *env, uint32_t start)
{
	for (int i = 0; i < env->n_subprogs; i++)
		if (env->subprogs[i].start == start)
			return i;
	return -1;
}

/* -1: cannot follow (mark everything precise); -2: inconsistent. */
static int backtrack_insn(struct venv *env, uint32_t idx, int64_t subseq, const struct hist_ent *h, struct bt *bt)
{
	const struct bv_insn *in = &env->insns[idx];
	const struct bv_form *f = env->aux[idx].dec.form;
	uint8_t cls = BV_CLASS(in->code);
	uint32_t *regs = &bt->regs[bt->frame];
	int d = in->dst, s = in->src;

	if (!f) /* second half of LD_IMM64 */
		return 0;
	if (env->log_level >= 2) {
		char r[64], st[256], text[256];

		fmt_regs(r, sizeof(r), *regs);
		fmt_stack_mask(st, sizeof(st), bt->stack[bt->frame]);
		bv_insn_print(text, sizeof(text), env->insns, env->n, idx, &env->names);
		vlog(env, "mark_precise: frame%d: regs=%s stack=%s before %u: %s\n", bt->frame, r, st, idx, text);
	}
	sync_linked(bt, h);
	switch (cls) {
	case BV_ALU:
	case BV_ALU64:
		if (!(*regs & (1u << d)))
			return 0;
		if (f->op == BV_OP_MOV || f->op == BV_OP_MOVSX) {
			*regs &= ~(1u << d);
			if (f->x && s != 10)
				*regs |= 1u << s;
		} else if (f->x && s != 10 && f->op != BV_OP_NEG && f->op != BV_OP_LE && f->op != BV_OP_BE &&
			   f->op != BV_OP_BSWAP) {
			*regs |= 1u << s;
		}
		break;
	case BV_LDX:
		if (f->op == BV_OP_LDX || f->op == BV_OP_LDXSX) {
			if (!(*regs & (1u << d)))
				return 0;
			*regs &= ~(1u << d);
			if (!h || !(h->flags & HIST_STACK))
				return 0;
			bt->stack[(h->flags >> 8) & 7] |= 1ull << (h->flags & 63);
			return 0;
		}
		break;
	case BV_ST:
	case BV_STX:
		if (*regs & (1u << d))
			return -1;
		if (!h || !(h->flags & HIST_STACK))
			return 0;
		{
			int fr = (int)((h->flags >> 8) & 7), spi = (int)(h->flags & 63);

			if (!(bt->stack[fr] & (1ull << spi)))
				return 0;
			bt->stack[fr] &= ~(1ull << spi);
			if (cls == BV_STX && f->op == BV_OP_STX)
				*regs |= 1u << s;
			else if (cls == BV_STX)
				return -1; /* atomics on a tracked slot */
		}
		break;
	case BV_JMP:
	case BV_JMP32:
		switch (f->op) {
		case BV_OP_CALL_LOCAL: {
			int sp = subprog_at(env, (uint32_t)((int64_t)idx + in->imm + 1));

			(void)sp;
			if (subseq == (int64_t)idx + 1) {
				/* the callee was not walked (a global function) */
				*regs &= ~1u;
				return 0;
			}
			if (*regs & ~ARGS_MASK)
				return -2;
			if (bt->stack[bt->frame])
				return -2;
			if (bt->frame == 0)
				return -2;
			bt->regs[bt->frame - 1] |= *regs & ARGS_MASK;
			*regs = 0;
			bt->frame--;
			return 0;
		}
		case BV_OP_CALL:
		case BV_OP_CALL_KFUNC:
			if (env->aux[idx].calls_callback && subseq != (int64_t)idx + 1) {
				/* back out of a callback's first instruction into
				 * the helper call that ran it: r1-r5 were the
				 * helper's to set; anything else still wanted is
				 * what the kernel reports as its own bug (r0 after
				 * a tail call in the callback, whose call is where
				 * backtracking starts: seen on 6.18) */
				if (*regs & ~ARGS_MASK)
					return verr(env, -EFAULT, "verifier bug: callback unexpected regs %x", *regs);
				if (bt->stack[bt->frame])
					return verr(env, -EFAULT, "verifier bug: callback leftover stack slots %llx",
						    (unsigned long long)bt->stack[bt->frame]);
				*regs &= ~ARGS_MASK;
				if (bt->frame == 0)
					return -2;
				bt->frame--;
				return 0;
			}
			*regs &= ~1u;
			if (*regs & ARGS_MASK)
				return -2;
			break;
		case BV_OP_EXIT: {
			bool r0 = subseq >= 1 && env->insns[subseq - 1].code == (BV_JMP | BV_CALL) &&
				  env->insns[subseq - 1].src == BV_PSEUDO_CALL && (*regs & 1u);

			/* back from a callback into the call that ran it: the
			 * caller's r1-r5 there are the helper's arguments */
			if (subseq >= 0 && (size_t)subseq < env->n && env->aux[subseq].calls_callback)
				*regs &= ~ARGS_MASK;
			if (*regs & ARGS_MASK)
				return -2;
			*regs &= ~1u;
			if (bt->frame + 1 >= MAX_CALL_FRAMES)
				return -2;
			bt->frame++;
			bt->regs[bt->frame] = r0 ? 1u : 0;
			bt->stack[bt->frame] = 0;
			return 0;
		}
		case BV_OP_JA:
		case BV_OP_MAY_GOTO:
			break;
		default:
			if (f->x) {
				if (!(*regs & (1u << d)) && !(*regs & (1u << s)))
					return 0;
				if (!h || !(h->flags & HIST_SRC_STACK))
					*regs |= 1u << s;
				if (!h || !(h->flags & HIST_DST_STACK))
					*regs |= 1u << d;
			}
			break;
		}
		break;
	case BV_LD:
		if (!(*regs & (1u << d)))
			break;
		*regs &= ~(1u << d);
		if (f->op != BV_OP_LD_IMM64)
			return -1;
		break;
	}
	sync_linked(bt, h);
	return 0;
}

/* ---- marking ---- */

/* The big hammer: every scalar of st and the states before it becomes
 * precise, and a level-2 log names each one that was not (observed:
 * strobemeta_bpf_loop.c, a pointer difference backtracking cannot see
 * through). */
static int mark_all_precise(struct venv *env, struct vstate *st)
{
	for (; st; st = st->parent)
		for (int fi = 0; fi <= st->curframe; fi++) {
			struct func_state *f = st->frame[fi];

			for (int r = 0; r < MAX_BPF_REG - 1; r++) {
				if (f->regs[r].type != SCALAR_VALUE || f->regs[r].precise)
					continue;
				f->regs[r].precise = 1;
				if (env->log_level >= 2)
					vlog(env, "force_precise: frame%d: forcing r%d to be precise\n", fi, r);
			}
			for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
				const struct reg_state *sp = f->stack[s].spilled;
				struct reg_state *w;

				if (f->stack[s].type[BPF_REG_SIZE - 1] != STACK_SPILL || sp->type != SCALAR_VALUE ||
				    sp->precise)
					continue;
				w = slot_reg(&f->stack[s]);
				if (!w)
					return -ENOMEM;
				w->precise = 1;
				if (env->log_level >= 2)
					vlog(env, "force_precise: frame%d: forcing fp%d to be precise\n", fi, -(s + 1) * 8);
			}
		}
	return 0;
}

int mark_all_imprecise(struct vstate *st)
{
	for (int fi = 0; fi <= st->curframe; fi++) {
		struct func_state *f = st->frame[fi];

		for (int r = 0; r < MAX_BPF_REG; r++)
			if (f->regs[r].type == SCALAR_VALUE)
				f->regs[r].precise = 0;
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
			struct reg_state *w;

			if (f->stack[s].type[BPF_REG_SIZE - 1] != STACK_SPILL || !f->stack[s].spilled->precise)
				continue;
			w = slot_reg(&f->stack[s]);
			if (!w)
				return -ENOMEM;
			w->precise = 0;
		}
	}
	return 0;
}

static int mark_chain(struct venv *env, struct bt *bt)
{
	struct vstate *st = env->cur;
	int64_t last = env->insn_idx, first = st->first_insn, subseq = -1;
	bool skip_first = true; /* the current instruction is the one that needs the values */

	if (bt_empty(bt))
		return 0;
	for (;;) {
		uint32_t hist_len = st->hist_len;

		if (env->log_level >= 2)
			vlog(env, "mark_precise: frame%d: last_idx %lld first_idx %lld subseq_idx %lld \n", bt->frame,
			     (long long)last, (long long)first, (long long)subseq);
		if (last < 0) {
			/* the entry of a function verified on its own (a global
			 * function, the exception callback): wanting only its
			 * argument registers is expected, and they are already
			 * marked in this first state; anything else falls back */
			if (st->curframe == 0 && st->frame[0]->subprog > 0 && bt->stack[0] == 0 &&
			    (bt->regs[0] & ~0x3eu) == 0)
				return 0;
			break;
		}
		for (int64_t i = last;;) {
			int r = 0;

			if (skip_first)
				skip_first = false;
			else
				r = backtrack_insn(env, (uint32_t)i, subseq, hist_at(st, hist_len, (uint32_t)i), bt);

			if (r == -EFAULT)
				return r;
			if (r == -1 || r == -2) {
				/* an instruction backtracking cannot see through: every
				 * scalar of the path's earlier states becomes precise (the
				 * current state's marks are not needed) */
				if (env->log_level >= 2)
					vlog(env, "mark_precise: frame%d: falling back to forcing all scalars precise\n",
					     env->cur->curframe);
				return mark_all_precise(env, env->cur->parent);
			}
			if (bt_empty(bt))
				return 0;
			subseq = i;
			i = prev_insn(st, i, &hist_len);
			if (i < 0)
				break;
			if ((size_t)i >= env->n) {
				return mark_all_precise(env, env->cur);
			}
		}
		st = st->parent;
		if (!st)
			break;
		for (int fr = bt->frame; fr >= 0; fr--) {
			struct func_state *f;

			if (fr > st->curframe) {
				bt->regs[fr] = 0;
				bt->stack[fr] = 0;
				continue;
			}
			f = st->frame[fr];
			for (int r = 0; r < MAX_BPF_REG; r++) {
				struct reg_state *reg = &f->regs[r];

				if (!(bt->regs[fr] & (1u << r)))
					continue;
				if (reg->type != SCALAR_VALUE || reg->precise) {
					bt->regs[fr] &= ~(1u << r);
				} else {
					reg->precise = 1;
					env->precise_marks++;
				}
			}
			for (int s = 0; s < 64; s++) {
				struct reg_state *reg;

				if (!(bt->stack[fr] & (1ull << s)))
					continue;
				if (s >= f->allocated_stack / BPF_REG_SIZE ||
				    f->stack[s].type[BPF_REG_SIZE - 1] != STACK_SPILL ||
				    f->stack[s].spilled->type != SCALAR_VALUE) {
					bt->stack[fr] &= ~(1ull << s);
					continue;
				}
				if (f->stack[s].spilled->precise) {
					bt->stack[fr] &= ~(1ull << s);
				} else {
					reg = slot_reg(&f->stack[s]);
					if (!reg)
						return -ENOMEM;
					reg->precise = 1;
					env->precise_marks++;
				}
			}
			if (env->log_level >= 2) {
				char r[64], stk[256];

				fmt_regs(r, sizeof(r), bt->regs[fr]);
				fmt_stack_mask(stk, sizeof(stk), bt->stack[fr]);
				vlog(env, "mark_precise: frame%d: parent state regs=%s stack=%s: ", fr, r, stk);
				log_frame(env, st, fr, true);
				vlog(env, "\n");
			}
		}
		if (bt_empty(bt))
			return 0;
		subseq = first;
		last = st->last_insn;
		first = st->first_insn;
	}
	/* still wanted at the first state of a global function or of the
	 * exception callback: the kernel gives up on being selective */
	if (!bt_empty(bt)) {
		if (env->log_level >= 2)
			vlog(env, "mark_precise: frame%d: falling back to forcing all scalars precise\n",
			     env->cur->curframe);
		/* as above: the current state's own marks are not needed */
		return mark_all_precise(env, env->cur->parent);
	}
	return 0;
}

int mark_precise(struct venv *env, int regno)
{
	struct bt bt;

	if (!env->priv || env->all_precise)
		return 0; /* without CAP_BPF every scalar is precise anyway */
	memset(&bt, 0, sizeof(bt));
	bt.frame = env->cur->curframe;
	if (cur_regs(env)[regno].type != SCALAR_VALUE)
		return 0;
	bt.regs[bt.frame] = 1u << regno;
	return mark_chain(env, &bt);
}

/* The same for a spilled scalar the decision read from the stack. */
void mark_precise_slot(struct venv *env, int frameno, int spi)
{
	struct bt bt;

	if (!env->priv || env->all_precise)
		return;
	memset(&bt, 0, sizeof(bt));
	bt.frame = env->cur->curframe;
	bt.stack[frameno] = 1ull << spi;
	mark_chain(env, &bt);
}

/* A state pruned against an old one inherits the old one's precise marks:
 * the old path's safety rested on those values. */
void propagate_precision(struct venv *env, const struct vstate *old)
{
	struct bt bt;

	if (!env->priv || env->all_precise)
		return;
	memset(&bt, 0, sizeof(bt));
	bt.frame = env->cur->curframe;
	for (int fr = old->curframe; fr >= 0; fr--) {
		const struct func_state *f = old->frame[fr];
		bool first = true;

		for (int r = 0; r < 10; r++) {
			if (f->regs[r].type != SCALAR_VALUE || !f->regs[r].precise)
				continue;
			bt.regs[fr] |= 1u << r;
			if (env->log_level < 2)
				;
			else if (first)
				vlog(env, "frame %d: propagating r%d", fr, r);
			else
				vlog(env, ",r%d", r);
			first = false;
		}
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
			if (f->stack[s].type[BPF_REG_SIZE - 1] != STACK_SPILL || f->stack[s].spilled->type != SCALAR_VALUE ||
			    !f->stack[s].spilled->precise)
				continue;
			bt.stack[fr] |= 1ull << s;
			if (env->log_level < 2)
				;
			else if (first)
				vlog(env, "frame %d: propagating fp%d", fr, (-s - 1) * BPF_REG_SIZE);
			else
				vlog(env, ",fp%d", (-s - 1) * BPF_REG_SIZE);
			first = false;
		}
		if (!first && env->log_level >= 2)
			vlog(env, "\n");
	}
	mark_chain(env, &bt);
}

/* The same, for a state that is not the current one (a loop's backedge,
 * revisited when the loop's visit ends). */
void propagate_precision_from(struct venv *env, struct vstate *cur, uint32_t insn, const struct vstate *old)
{
	struct vstate *saved = env->cur;
	uint32_t saved_idx = env->insn_idx;

	env->cur = cur;
	env->insn_idx = insn;
	propagate_precision(env, old);
	env->cur = saved;
	env->insn_idx = saved_idx;
}
