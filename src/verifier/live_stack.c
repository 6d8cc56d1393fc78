/* Which stack slots may still be read: the kernel's (6.18+) liveness of
 * stack slots, learnt from the walk itself.
 *
 * Pruning forgets the stack slots of a remembered state that no later
 * instruction can read (clean_state in prune.c), so what counts as "may be
 * read" decides which states match, and with it "processed N insns".  The
 * kernel answers that question per call chain: a function called from two
 * places has two sets of facts.  For every (call chain, instruction) it
 * accumulates, while walking, the slots the instruction may read (a union
 * over visits) and those it surely overwrites whole (an intersection),
 * per frame of the chain.  Only at certain moments -- when a path ends and
 * when a function returns -- does it solve the backward data flow
 *
 *   live_after(i)  = U live_before(s), s a successor of i in its function
 *   live_before(i) = (live_after(i) \ must_write(i)) U may_read(i)
 *
 * and a state cleaned in between sees the answer of the last solve.  That
 * timing is visible in which states match, so this file keeps it, and it
 * prints the same "+live"/"+written" lines as the kernel's level-2 log.
 * A callee's facts about its callers' frames reach the call instruction
 * of each caller when the callee's chain is solved. */
#include <stdlib.h>
#include <string.h>

#include "verifier.h"

#define LS_BUCKETS 256

struct ls_chain {
	uint32_t cs[MAX_CALL_FRAMES];    /* call instruction per frame; the last: the function's start */
	uint32_t start[MAX_CALL_FRAMES]; /* first instruction of each frame's function */
	int depth;                       /* index of the last frame */
};

struct ls_masks {
	uint64_t may_read;       /* slots this instruction may read */
	uint64_t must_write;     /* slots every visit overwrote whole */
	uint64_t write_acc;      /* ... by it or by everything after it in its function */
	uint64_t live_before;    /* slots it or something after it may read */
};

struct ls_inst {
	struct ls_inst *next;
	struct ls_chain cc;
	uint32_t start, n;       /* the function's instructions */
	bool updated, write_dropped;
	struct ls_masks *frames[MAX_CALL_FRAMES];  /* per frame of the chain, made when needed */
	uint8_t *write_seen;     /* per instruction: must_write has a value */
};

struct live_stack {
	struct ls_inst *tab[LS_BUCKETS];
	struct ls_inst *cur;     /* the instance of env->cur, NULL: look it up */
	uint64_t wacc[MAX_CALL_FRAMES];  /* writes of the instruction being checked */
	uint32_t winsn;
	struct ls_inst *q[MAX_CALL_FRAMES];  /* the state being cleaned */
	int qdepth;
	uint32_t qinsn;
	uint32_t *postorder;     /* instructions in postorder, function by function */
	uint32_t *po_start;      /* per function: its first entry there; n_subprogs + 1 entries */
};

static uint32_t func_end(const struct venv *env, int sp)
{
	return sp + 1 < env->n_subprogs ? env->subprogs[sp + 1].start : (uint32_t)env->n;
}

/* Postorder of each function's instructions, from a depth-first walk
 * with an explicit stack that pushes every unseen successor at once (the
 * order the kernel solves in, which its log shows). */
int ls_init(struct venv *env)
{
	struct live_stack *ls = calloc(1, sizeof(*ls));
	uint8_t *state = calloc(env->n + 1, 1);
	uint32_t *stack = calloc(env->n + 1, sizeof(*stack)), n = 0;

	enum { DISCOVERED = 1, EXPLORED = 2 };
	if (ls) {
		ls->postorder = calloc(env->n + 1, sizeof(*ls->postorder));
		ls->po_start = calloc((size_t)env->n_subprogs + 1, sizeof(*ls->po_start));
	}
	if (!ls || !state || !stack || !ls->postorder || !ls->po_start) {
		free(state);
		free(stack);
		if (ls) {
			free(ls->postorder);
			free(ls->po_start);
		}
		free(ls);
		return -ENOMEM;
	}
	for (int sp = 0; sp < env->n_subprogs; sp++) {
		size_t top = 0;

		ls->po_start[sp] = n;
		stack[top++] = env->subprogs[sp].start;
		while (top) {
			uint32_t i = stack[top - 1], s[2];
			int ns;

			state[i] |= DISCOVERED;
			if (state[i] & EXPLORED) {
				ls->postorder[n++] = i;
				top--;
				continue;
			}
			ns = insn_succs(env, i, s);
			for (int k = 0; k < ns; k++)
				if (s[k] < env->n && !state[s[k]]) {
					stack[top++] = s[k];
					state[s[k]] |= DISCOVERED;
				}
			state[i] |= EXPLORED;
		}
	}
	ls->po_start[env->n_subprogs] = n;
	free(state);
	free(stack);
	env->ls = ls;
	return 0;
}

void ls_free(struct venv *env)
{
	struct live_stack *ls = env->ls;

	if (!ls)
		return;
	for (int b = 0; b < LS_BUCKETS; b++)
		for (struct ls_inst *i = ls->tab[b], *nx; i; i = nx) {
			nx = i->next;
			for (int f = 0; f <= i->cc.depth; f++)
				free(i->frames[f]);
			free(i->write_seen);
			free(i);
		}
	free(ls->postorder);
	free(ls->po_start);
	free(ls);
	env->ls = NULL;
}

/* The call chain of st's frames 0..frameno. */
static void chain_of(const struct venv *env, const struct vstate *st, int frameno, struct ls_chain *cc)
{
	memset(cc, 0, sizeof(*cc));
	for (int i = 0; i <= frameno; i++) {
		int sp = st->frame[i]->subprog;

		cc->start[i] = sp >= 0 && sp < env->n_subprogs ? env->subprogs[sp].start : 0;
		if (i < frameno)
			cc->cs[i] = (uint32_t)st->frame[i + 1]->callsite;
	}
	cc->depth = frameno;
	cc->cs[frameno] = cc->start[frameno];
}

static bool same_chain(const struct ls_chain *a, const struct ls_chain *b)
{
	if (a->depth != b->depth)
		return false;
	for (int i = a->depth; i >= 0; i--)
		if (a->cs[i] != b->cs[i])
			return false;
	return true;
}

static uint32_t chain_hash(const struct ls_chain *cc)
{
	uint32_t h = 2166136261u;

	for (int i = 0; i <= cc->depth; i++)
		h = (h ^ cc->cs[i]) * 16777619u;
	return h % LS_BUCKETS;
}

static struct ls_inst *instance(struct venv *env, const struct ls_chain *cc)
{
	struct live_stack *ls = env->ls;
	uint32_t h = chain_hash(cc);
	struct ls_inst *i;
	int sp;

	for (i = ls->tab[h]; i; i = i->next)
		if (same_chain(&i->cc, cc))
			return i;
	sp = (int)env->aux[cc->start[cc->depth]].subprog;
	i = calloc(1, sizeof(*i));
	if (!i)
		return NULL;
	i->cc = *cc;
	i->start = cc->start[cc->depth];
	i->n = func_end(env, sp) - i->start;
	i->write_seen = calloc(i->n ? i->n : 1, 1);
	if (!i->write_seen) {
		free(i);
		return NULL;
	}
	i->next = ls->tab[h];
	ls->tab[h] = i;
	return i;
}

static struct ls_inst *instance_of(struct venv *env, const struct vstate *st, int frameno)
{
	struct ls_chain cc;

	chain_of(env, st, frameno, &cc);
	return instance(env, &cc);
}

static struct ls_masks *masks(struct ls_inst *i, int frame, uint32_t insn)
{
	if (!i->frames[frame] || insn < i->start || insn - i->start >= i->n)
		return NULL;
	return &i->frames[frame][insn - i->start];
}

static struct ls_masks *masks_alloc(struct ls_inst *i, int frame, uint32_t insn)
{
	if (!i->frames[frame]) {
		i->frames[frame] = calloc(i->n ? i->n : 1, sizeof(struct ls_masks));
		if (!i->frames[frame])
			return NULL;
	}
	return masks(i, frame, insn);
}

static struct ls_inst *cur_inst(struct venv *env)
{
	struct live_stack *ls = env->ls;

	if (!ls->cur)
		ls->cur = instance_of(env, env->cur, env->cur->curframe);
	return ls->cur;
}

/* The current state's call chain changed (a call was entered). */
void ls_reset_chain(struct venv *env)
{
	if (env->ls)
		env->ls->cur = NULL;
}

static int mark_read(struct ls_inst *i, int frame, uint32_t insn, uint64_t mask)
{
	struct ls_masks *m = masks_alloc(i, frame, insn);
	uint64_t nr;

	if (!m)
		return -ENOMEM;
	nr = m->may_read | mask;
	if (nr != m->may_read && (nr | m->live_before) != m->live_before)
		i->updated = true;
	m->may_read = nr;
	return 0;
}

/* The instruction being checked may read these slots of frame frameno. */
int ls_mark_read(struct venv *env, int frameno, uint64_t mask)
{
	struct ls_inst *i;

	if (!env->ls || frameno < 0 || frameno > env->cur->curframe)
		return 0;
	i = cur_inst(env);
	return i ? mark_read(i, frameno, env->insn_idx, mask) : -ENOMEM;
}

static void reset_writes(struct live_stack *ls, uint32_t insn)
{
	ls->winsn = insn;
	memset(ls->wacc, 0, sizeof(ls->wacc));
}

/* An instruction starts: its writes are gathered until ls_commit_writes. */
int ls_begin_insn(struct venv *env, uint32_t insn)
{
	if (!env->ls)
		return 0;
	if (!cur_inst(env))
		return -ENOMEM;
	reset_writes(env->ls, insn);
	return 0;
}

/* The instruction being checked overwrites these slots of frame frameno
 * whole. */
void ls_mark_write(struct venv *env, int frameno, uint64_t mask)
{
	if (env->ls && frameno >= 0 && frameno < MAX_CALL_FRAMES)
		env->ls->wacc[frameno] |= mask;
}

static int commit_writes(struct live_stack *ls, struct ls_inst *i)
{
	uint32_t idx;

	if (!i || ls->winsn < i->start || ls->winsn - i->start >= i->n)
		return 0;
	idx = ls->winsn - i->start;
	for (int f = 0; f <= i->cc.depth; f++) {
		uint64_t mask = ls->wacc[f], old;
		struct ls_masks *m;

		if (!mask && !i->write_seen[idx])
			continue;
		m = masks_alloc(i, f, ls->winsn);
		if (!m)
			return -ENOMEM;
		old = m->must_write;
		/* a slot is surely written only if every visit wrote it */
		if (i->write_seen[idx])
			mask &= old;
		if (old != mask) {
			m->must_write = mask;
			i->updated = true;
		}
		if (old & ~mask)
			i->write_dropped = true;
	}
	i->write_seen[idx] = 1;
	ls->winsn = 0;
	return 0;
}

int ls_commit_writes(struct venv *env)
{
	return env->ls ? commit_writes(env->ls, env->ls->cur) : 0;
}

static void log_change(struct venv *env, const struct ls_chain *cc, const char *what, int frame, uint32_t insn,
		       uint64_t old, uint64_t new)
{
	uint64_t changed = old ^ new, ones = new & changed, zeros = ~new & changed;
	char b[512];

	if (!changed)
		return;
	vlog(env, "(");
	for (int i = 0; i <= cc->depth; i++)
		vlog(env, "%s%u", i ? "," : "", cc->cs[i]);
	vlog(env, ") frame %d insn %u ", frame, insn);
	if (ones) {
		fmt_stack_mask(b, sizeof(b), ones);
		vlog(env, "+%s %s ", what, b);
	}
	if (zeros) {
		fmt_stack_mask(b, sizeof(b), zeros);
		vlog(env, "-%s %s", what, b);
	}
	vlog(env, "\n");
}

static bool update_insn(struct venv *env, struct ls_inst *i, int frame, uint32_t insn)
{
	struct ls_masks *m = masks(i, frame, insn);
	uint64_t after = 0, acc = ~0ull, before;
	uint32_t s[2];
	int ns = insn_succs(env, insn, s);
	bool changed;

	if (!ns || !m)
		return false;
	for (int k = 0; k < ns; k++) {
		struct ls_masks *sm = masks(i, frame, s[k]);

		after |= sm ? sm->live_before : 0;
		acc &= sm ? sm->write_acc : 0;
	}
	acc |= m->must_write;
	before = (after & ~m->must_write) | m->may_read;
	changed = before != m->live_before || acc != m->write_acc;
	if (env->log_level >= 2 && (m->may_read || m->must_write || insn == i->start || env->aux[insn].prune_point)) {
		log_change(env, &i->cc, "live", frame, insn, m->live_before, before);
		log_change(env, &i->cc, "written", frame, insn, m->write_acc, acc);
	}
	m->live_before = before;
	m->write_acc = acc;
	return changed;
}

static int propagate_out(struct venv *env, struct ls_inst *i);

/* Solve one instance to a fixed point. */
static int update_inst(struct venv *env, struct ls_inst *i)
{
	struct live_stack *ls = env->ls;
	int sp = (int)env->aux[i->start].subprog, rounds = 0;
	bool changed;

	if (i->write_dropped)
		for (int f = 0; f <= i->cc.depth; f++)
			for (uint32_t k = 0; i->frames[f] && k < i->n; k++)
				i->frames[f][k].write_acc = 0;
	do {
		rounds++;
		changed = false;
		for (int f = 0; f <= i->cc.depth; f++) {
			if (!i->frames[f])
				continue;
			for (uint32_t k = ls->po_start[sp]; k < ls->po_start[sp + 1]; k++)
				changed |= update_insn(env, i, f, ls->postorder[k]);
		}
	} while (changed);
	if (env->log_level >= 2) {
		vlog(env, "(");
		for (int k = 0; k <= i->cc.depth; k++)
			vlog(env, "%s%u", k ? "," : "", i->cc.cs[k]);
		vlog(env, ") live stack update done in %d iterations\n", rounds);
	}
	return i->cc.depth > 0 ? propagate_out(env, i) : 0;
}

/* What a callee may read of its callers' frames, and surely writes of
 * them, becomes a fact of the call instruction in the caller's chain. */
static int propagate_out(struct venv *env, struct ls_inst *i)
{
	struct live_stack *ls = env->ls;
	struct ls_chain up = i->cc;
	struct ls_inst *o;
	uint32_t callsite;

	up.cs[up.depth] = 0;
	up.start[up.depth] = 0;
	up.depth--;
	up.cs[up.depth] = up.start[up.depth];
	o = instance(env, &up);
	if (!o)
		return -ENOMEM;
	callsite = i->cc.cs[i->cc.depth - 1];
	reset_writes(ls, callsite);
	for (int f = 0; f < i->cc.depth; f++) {
		struct ls_masks *m = masks(i, f, i->start);

		if (!m)
			continue;
		ls->wacc[f] |= m->write_acc;
		if (mark_read(o, f, callsite, m->live_before))
			return -ENOMEM;
	}
	return commit_writes(ls, o);
}

/* Solve every chain of the current state, innermost first: called when a
 * path ends and when a function returns, as the kernel does. */
int ls_update(struct venv *env)
{
	if (!env->ls)
		return 0;
	env->ls->cur = NULL;
	for (int f = env->cur->curframe; f >= 0; f--) {
		struct ls_inst *i = instance_of(env, env->cur, f);
		int err;

		if (!i)
			return -ENOMEM;
		if (i->updated) {
			err = update_inst(env, i);
			if (err)
				return err;
			i->updated = false;
			i->write_dropped = false;
		}
	}
	return 0;
}

/* Prepare to ask about st's slots (ls_slot_alive). */
int ls_query(struct venv *env, const struct vstate *st)
{
	struct live_stack *ls = env->ls;

	for (int f = 0; f <= st->curframe; f++) {
		ls->q[f] = instance_of(env, st, f);
		if (!ls->q[f])
			return -ENOMEM;
	}
	ls->qdepth = st->curframe;
	ls->qinsn = st->insn_idx;
	return 0;
}

static bool live_at(struct ls_inst *i, uint32_t insn, int frame, int spi)
{
	struct ls_masks *m = masks(i, frame, insn);

	return m && (m->live_before >> spi & 1);
}

/* May slot spi of frame frameno of the queried state still be read: by
 * its own function from where it stands, or by a caller after the call
 * returns (from the call itself when it runs a callback, which comes back
 * to it). */
bool ls_slot_alive(const struct venv *env, int frameno, int spi)
{
	const struct live_stack *ls = env->ls;
	struct ls_inst *c = ls->q[ls->qdepth];

	if (spi >= 64)
		return true;
	if (live_at(c, ls->qinsn, frameno, spi))
		return true;
	for (int i = frameno; i < ls->qdepth; i++) {
		uint32_t cs = c->cc.cs[i];

		if (live_at(ls->q[i], env->aux[cs].calls_callback ? cs : cs + 1, frameno, spi))
			return true;
	}
	return false;
}
