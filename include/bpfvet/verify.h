/* bpfvet — the verifier: the running kernel's verdict on a linked program,
 * with the kernel's error line at the kernel's instruction, decided in user
 * space.
 *
 * The verifier never prints: it records.  The result holds the verdict,
 * the error and its instruction, the statistics the kernel prints, the
 * path that reached the error, and, when asked, the log in the kernel's
 * format at level 1 or 2. */
#ifndef BPFVET_VERIFY_H
#define BPFVET_VERIFY_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"
#include "bpfvet/object.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bv_verify_opts {
	int log_level;        /* 0, 1 or 2: what the log holds */
	int unprivileged;     /* no CAP_BPF / CAP_PERFMON */
	uint64_t insn_limit;  /* processed-instruction limit, 0 = 1,000,000 */
};

struct bv_verify_stats {
	long processed_insns;
	long total_states;
	long peak_states;
	long max_states_per_insn;
	long time_usec;
};

struct bv_verify_result {
	int accepted;
	int unsupported;          /* bpfvet cannot judge it yet: message says why */
	int err;                  /* negative errno the kernel would return */
	long error_insn;          /* -1 when the error is about the whole program */
	char *message;            /* the kernel's error line */
	char *log;                /* the log, in the kernel's format */
	size_t log_len;
	struct bv_verify_stats stats;
	/* the path that reached the error: instruction indices in order */
	uint32_t *path;
	size_t path_len;
};

int bv_verify(const struct bv_object *obj, const struct bv_prog *prog,
	      const struct bv_verify_opts *opts, struct bv_verify_result *res,
	      struct bv_error *err);
void bv_verify_result_free(struct bv_verify_result *res);

#ifdef __cplusplus
}
#endif
#endif
