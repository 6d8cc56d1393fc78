/* Does an accepted program pass only because this machine has few CPUs?
 * The kernel bounds what bpf_get_smp_processor_id() returns by the
 * machine's possible CPUs, so `stats[cpu]` with `struct stat stats[64]`
 * and no check of `cpu` loads on a 16-CPU laptop and is refused on a
 * 128-CPU server.  Judged again with more CPUs, and the limit found by
 * bisection: a handful of verifications, only for programs that call it. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "bpfvet/explain.h"
#include "bpfvet/insn.h"

#define HELPER_SMP_PROCESSOR_ID 8

static bool asks_cpu(const struct bv_prog *prog)
{
	for (size_t i = 0; i < prog->n_insns; i++)
		if (prog->insns[i].code == (BV_JMP | BV_CALL) && prog->insns[i].src == 0 &&
		    prog->insns[i].imm == HELPER_SMP_PROCESSOR_ID)
			return true;
	return false;
}

/* 1 accepted, 0 refused (its result kept in *keep when asked), -1 not
 * judged */
static int judge(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_opts *base,
		 int cpus, struct bv_verify_result *keep)
{
	struct bv_verify_opts o = *base;
	struct bv_verify_result r;
	struct bv_error err = { 0 };
	int ok;

	o.possible_cpus = cpus;
	o.log_level = 0;
	o.record_steps = 0;
	if (bv_verify(obj, prog, &o, &r, &err)) {
		bv_error_clear(&err);
		return -1;
	}
	if (r.unsupported) {
		bv_verify_result_free(&r);
		return -1;
	}
	ok = r.accepted;
	if (keep && !ok)
		*keep = r;
	else
		bv_verify_result_free(&r);
	return ok;
}

int bv_cpu_bound(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_opts *base,
		 struct bv_cpu_bound *b)
{
	struct bv_verify_result r;
	int lo, hi = BV_MAX_CPUS;

	memset(b, 0, sizeof(*b));
	b->insn = -1;
	b->here = base->possible_cpus > 0 ? base->possible_cpus : bv_possible_cpus();
	if (!asks_cpu(prog) || b->here >= BV_MAX_CPUS || judge(obj, prog, base, hi, NULL) != 0)
		return 0;
	/* accepted with lo, refused with hi */
	lo = b->here;
	while (hi - lo > 1) {
		int mid = lo + (hi - lo) / 2, v = judge(obj, prog, base, mid, NULL);

		if (v < 0)
			return 0;
		if (v)
			lo = mid;
		else
			hi = mid;
	}
	if (judge(obj, prog, base, hi, &r) != 0)
		return 0;
	b->max_ok = lo;
	b->insn = r.error_insn;
	snprintf(b->message, sizeof(b->message), "%s", r.message ? r.message : "");
	b->line = r.error_insn >= 0 ? bv_prog_line_at(prog, (size_t)r.error_insn) : NULL;
	bv_verify_result_free(&r);
	return 1;
}
