/* Loops as the kernel (6.17+) sees them: the strongly connected components
 * of the instruction graph, and the "visits" of them that verification
 * makes.
 *
 * The kernel numbers every component that can repeat (more than one
 * instruction, or one that jumps to itself) in the order Tarjan's
 * algorithm completes them, walking from instruction 0 and then from each
 * instruction not yet reached, fall-through before jump target, calls not
 * followed.  The numbers show in the level-2 listing of live registers.
 *
 * A visit of a component starts when the first checkpoint inside it is
 * remembered ("SCC enter") and ends when that checkpoint has no paths
 * left below it ("SCC exit"); a component reached through different call
 * sites is visited separately, so a visit is named by the call sites that
 * lead to the frame the loop is in, then the component. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "verifier/verifier.h"

int compute_scc(struct venv *env)
{
	size_t n = env->n;
	uint32_t *index = calloc(n, sizeof(*index)), *low = calloc(n, sizeof(*low));
	uint32_t *stack = calloc(n, sizeof(*stack));
	struct frame { uint32_t insn; int next; } *dfs = calloc(n, sizeof(*dfs));
	uint8_t *on = calloc(n, 1);
	uint32_t counter = 0, next_id = 0;
	size_t sp = 0;

	if (!index || !low || !stack || !dfs || !on) {
		free(index), free(low), free(stack), free(dfs), free(on);
		return -ENOMEM;
	}
	for (size_t root = 0; root < n; root++) {
		size_t depth = 0;

		if (index[root] || !env->aux[root].dec.form)
			continue;
		dfs[depth++] = (struct frame){ (uint32_t)root, 0 };
		index[root] = low[root] = ++counter;
		stack[sp++] = (uint32_t)root;
		on[root] = 1;
		while (depth) {
			struct frame *f = &dfs[depth - 1];
			uint32_t s[2], v = f->insn;
			int ns = insn_succs(env, v, s);

			if (f->next < ns) {
				uint32_t w = s[f->next++];

				if (w >= n)
					continue;
				if (!index[w]) {
					index[w] = low[w] = ++counter;
					stack[sp++] = w;
					on[w] = 1;
					dfs[depth++] = (struct frame){ w, 0 };
				} else if (on[w] && index[w] < low[v]) {
					low[v] = index[w];
				}
				continue;
			}
			/* v is done: a root closes its component */
			if (low[v] == index[v]) {
				bool loop = stack[sp - 1] != v;

				for (int k = 0; !loop && k < ns; k++)
					loop = s[k] == v;
				if (loop)
					next_id++;
				for (;;) {
					uint32_t w = stack[--sp];

					on[w] = 0;
					env->aux[w].scc = loop ? next_id : 0;
					if (w == v)
						break;
				}
			}
			depth--;
			if (depth && low[v] < low[dfs[depth - 1].insn])
				low[dfs[depth - 1].insn] = low[v];
		}
	}
	free(index), free(low), free(stack), free(dfs), free(on);
	return 0;
}

/* The call sites leading to the topmost frame whose instruction is in a
 * component, then the component; 0 when no frame is in a loop. */
static int callchain(const struct venv *env, const struct vstate *st, uint32_t *cc)
{
	/* the outermost frame that is in a loop names the visit */
	for (int i = 0; i <= st->curframe; i++) {
		uint32_t insn = i == st->curframe ? (uint32_t)st->insn_idx : (uint32_t)st->frame[i + 1]->callsite;
		uint32_t scc = insn < env->n ? env->aux[insn].scc : 0;
		int len = 0;

		if (!scc)
			continue;
		for (int k = 1; k <= i; k++)
			cc[len++] = (uint32_t)st->frame[k]->callsite;
		cc[len++] = scc;
		return len;
	}
	return 0;
}

static void callchain_str(const uint32_t *cc, int len, char *buf, size_t size)
{
	size_t o = 0;

	o += (size_t)snprintf(buf, size, "(");
	/* the kernel stops at a call site 0: a call made by instruction 0
	 * does not show */
	for (int k = 0; k < len - 1 && cc[k] && o < size; k++)
		o += (size_t)snprintf(buf + o, size - o, "%u,", cc[k]);
	if (o < size && len)
		snprintf(buf + o, size - o, "%u)", cc[len - 1]);
}

static struct scc_visit *find_visit(struct venv *env, const uint32_t *cc, int len, bool add)
{
	struct scc_visit *v;

	for (size_t i = 0; i < env->n_visits; i++) {
		v = &env->visits[i];
		if (v->len == len && !memcmp(v->cc, cc, (size_t)len * sizeof(*cc)))
			return v;
	}
	if (!add)
		return NULL;
	if (env->n_visits == env->cap_visits) {
		size_t cap = env->cap_visits ? env->cap_visits * 2 : 8;
		struct scc_visit *nv = realloc(env->visits, cap * sizeof(*nv));

		if (!nv)
			return NULL;
		env->visits = nv;
		env->cap_visits = cap;
	}
	v = &env->visits[env->n_visits++];
	memset(v, 0, sizeof(*v));
	memcpy(v->cc, cc, (size_t)len * sizeof(*cc));
	v->len = len;
	return v;
}

static void log_visit(struct venv *env, const char *what, const uint32_t *cc, int len)
{
	char name[96];

	if (env->log_level < 2)
		return;
	callchain_str(cc, len, name, sizeof(name));
	vlog(env, "SCC %s %s\n", what, name);
}

/* A checkpoint was remembered: it may open a visit. */
int scc_enter(struct venv *env, struct vstate *st)
{
	uint32_t cc[MAX_CALL_FRAMES + 1];
	int len = callchain(env, st, cc);
	struct scc_visit *v = len ? find_visit(env, cc, len, true) : NULL;

	if (!len)
		return 0;
	if (!v)
		return -ENOMEM;
	if (!v->entry) {
		v->entry = st;
		log_visit(env, "enter", cc, len);
	}
	return 0;
}

/* A checkpoint has no paths left below it: if it opened a visit, the
 * visit is over. */
void scc_exit(struct venv *env, struct vstate *st)
{
	uint32_t cc[MAX_CALL_FRAMES + 1];
	int len = callchain(env, st, cc);
	struct scc_visit *v = len ? find_visit(env, cc, len, false) : NULL;

	if (v && v->entry == st) {
		v->entry = NULL;
		log_visit(env, "exit", cc, len);
		/* the precision the loop's states gained after each backedge
		 * was taken flows back along it, until nothing changes */
		for (int round = 0; round < 64; round++) {
			long before = env->precise_marks;

			/* newest backedge first, as the kernel keeps them */
			for (size_t i = v->n_be; i-- > 0;)
				propagate_precision_from(env, v->be[i].st, v->be[i].insn, v->be[i].equal);
			if (env->precise_marks == before)
				break;
		}
		for (size_t i = 0; i < v->n_be; i++)
			vstate_free(v->be[i].st);
		v->n_be = 0;
		env->cur_states -= v->backedges;
		v->backedges = 0;
	}
}

/* An iterator loop proved to converge at a state of this visit.  The
 * kernel keeps a copy of the state for the visit's end, and counts it
 * among the states it holds. */
void scc_backedge(struct venv *env, const struct vstate *st)
{
	uint32_t cc[MAX_CALL_FRAMES + 1];
	int len = callchain(env, st, cc);
	struct scc_visit *v = len ? find_visit(env, cc, len, false) : NULL;

	if (!len)
		return;
	log_visit(env, "backedge", cc, len);
	if (v) {
		struct vstate *copy = vstate_clone(env->cur);

		if (copy && v->n_be == v->cap_be) {
			size_t cap = v->cap_be ? v->cap_be * 2 : 4;
			struct backedge *nb = realloc(v->be, cap * sizeof(*nb));

			if (nb) {
				v->be = nb;
				v->cap_be = cap;
			}
		}
		if (copy && v->n_be < v->cap_be)
			v->be[v->n_be++] = (struct backedge){ copy, st, env->insn_idx };
		else
			vstate_free(copy);
		v->backedges++;
		env->cur_states++;
		if (env->cur_states > env->peak_states)
			env->peak_states = env->cur_states;
	}
}

/* A state in a loop that has closed through an iterator but whose visit is
 * not over: what it needs is not final yet, so the kernel neither forgets
 * its dead parts nor lets imprecise values match loosely. */
bool scc_incomplete(struct venv *env, const struct vstate *st)
{
	uint32_t cc[MAX_CALL_FRAMES + 1];
	int len = callchain(env, st, cc);
	struct scc_visit *v = len ? find_visit(env, cc, len, false) : NULL;

	return v && v->backedges > 0;
}

/* A state of a loop whose marks are not final is kept until the end, even
 * when no path needs it: a backedge's walk back may still reach it. */
int defer_free(struct venv *env, struct vstate *st)
{
	if (env->n_deferred == env->cap_deferred) {
		size_t cap = env->cap_deferred ? env->cap_deferred * 2 : 16;
		struct vstate **nd = realloc(env->deferred, cap * sizeof(*nd));

		if (!nd) {
			vstate_free(st);
			return -ENOMEM;
		}
		env->deferred = nd;
		env->cap_deferred = cap;
	}
	env->deferred[env->n_deferred++] = st;
	return 0;
}
