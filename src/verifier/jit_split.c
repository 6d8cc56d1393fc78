/* What happens to a privileged program after it passes and can still
 * reject it: the kernel removes every instruction no path reached, then
 * splits the program into its functions for the JIT, finding the function
 * each call and each function address (ld_imm64 of a function) names.
 *
 * A function whose address is taken but which no helper ever ran as a
 * callback was never verified, so all of it is removed.  The address still
 * names the instruction where it began: when removal leaves another
 * function starting there, the address silently becomes that function's;
 * when no function starts there (the removed one was the last), the split
 * fails.  This kernel (6.18) says
 *     verifier bug: No program to jit at insn N (subprog < 0)
 * and refuses the program with EFAULT (observed: tests/verifier/callbacks.s,
 * tests/bpf/callbacks.bpf.c); 6.12's source refuses it with EFAULT too, its
 * complaint going to the kernel's own log instead of the program's.
 *
 * N is the address's target after removal, counted the way the kernel
 * adjusts offsets when it removes instructions: a reference from before a
 * removed run to a target at or past the run's end moves back by the run's
 * length; one from after the run to a target before where the run began
 * moves forward again; a target inside the run keeps its number.  The
 * kernel rewrites other instructions (context accesses, inlined helpers)
 * before it splits; those rewrites are not modelled, so N is exact only
 * for programs without them. */
#include <stdio.h>
#include <stdlib.h>

#include "verifier/verifier.h"

struct ref {
	int64_t at, imm;
	size_t orig;          /* where it was before any removal */
};

static bool names_function(const struct bv_insn *in)
{
	return (in->code == (BV_LD | BV_IMM | BV_DW) && in->src == BV_PSEUDO_FUNC) ||
	       (in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_CALL);
}

/* The second half of a reached ld_imm64 is reached too. */
static bool reached(const struct venv *env, size_t i)
{
	return env->aux[i].seen || (i > 0 && env->aux[i - 1].seen &&
				    env->insns[i - 1].code == (BV_LD | BV_IMM | BV_DW));
}

static bool dangling_address(const struct venv *env)
{
	for (size_t i = 0; i < env->n; i++) {
		const struct bv_insn *in = &env->insns[i];
		int64_t t = (int64_t)i + in->imm + 1;

		if (in->code == (BV_LD | BV_IMM | BV_DW) && in->src == BV_PSEUDO_FUNC && reached(env, i) &&
		    t >= 0 && (size_t)t < env->n && !reached(env, (size_t)t))
			return true;
	}
	return false;
}

int check_jit_split(struct venv *env)
{
	struct ref *refs;
	int64_t *starts, removed = 0;
	size_t n_refs = 0;
	int n_starts = 0, r = 0;

	if (!env->priv || env->n_subprogs < 2 || !dangling_address(env))
		return 0;
	refs = calloc(env->n, sizeof(*refs));
	starts = calloc((size_t)env->n_subprogs, sizeof(*starts));
	if (!refs || !starts) {
		free(refs);
		free(starts);
		return -ENOMEM;
	}
	for (size_t i = 0; i < env->n; i++)
		if (reached(env, i) && names_function(&env->insns[i]))
			refs[n_refs++] = (struct ref){ (int64_t)i, env->insns[i].imm, i };
	/* every run of unreached instructions, first to last */
	for (size_t i = 0; i < env->n;) {
		size_t j = i;
		int64_t pos, cnt, end_old;

		if (reached(env, i)) {
			i++;
			continue;
		}
		while (j < env->n && !reached(env, j))
			j++;
		pos = (int64_t)i - removed;
		cnt = (int64_t)(j - i);
		end_old = pos + cnt;
		for (size_t k = 0; k < n_refs; k++) {
			struct ref *f = &refs[k];

			if (f->at >= end_old)
				f->at -= cnt; /* where it is once the run is gone */
			if (f->at < pos && f->at + f->imm + 1 >= end_old)
				f->imm -= cnt;
			else if (f->at >= pos && f->at + f->imm + 1 < pos)
				f->imm += cnt;
		}
		removed += cnt;
		i = j;
	}
	/* the functions that are left and where they now begin */
	for (int s = 0; s < env->n_subprogs; s++) {
		int64_t before = 0;

		if (!reached(env, env->subprogs[s].start))
			continue;
		for (uint32_t i = 0; i < env->subprogs[s].start; i++)
			before += !reached(env, i);
		starts[n_starts++] = (int64_t)env->subprogs[s].start - before;
	}
	for (size_t k = 0; n_starts > 1 && k < n_refs && !r; k++) {
		int64_t t = refs[k].at + refs[k].imm + 1;
		bool found = false;

		for (int s = 0; s < n_starts; s++)
			found |= starts[s] == t;
		if (found)
			continue;
		/* for the explanation: which function, taken where (the
		 * kernel's log has only the line) */
		{
			int64_t target = (int64_t)refs[k].orig + env->insns[refs[k].orig].imm + 1;
			const char *name = "";

			for (int s = 0; s < env->n_subprogs; s++)
				if ((int64_t)env->subprogs[s].start == target && env->subprogs[s].name)
					name = env->subprogs[s].name;
			r = verr_prog(env, -EFAULT, "verifier bug: No program to jit at insn %lld (subprog < 0)",
				      (long long)t);
			snprintf(env->detail, sizeof(env->detail), "unverified function %.120s at insn %lld taken at insn %zu",
				 name[0] ? name : "?", (long long)target, refs[k].orig);
		}
	}
	free(refs);
	free(starts);
	return r;
}
