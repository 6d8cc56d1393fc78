/* bpfvet — the kernel oracle: load a linked program into the running
 * kernel with BPF_PROG_LOAD and report the real verifier's verdict, errno
 * and log.  Used by tests (every expectation is checked against it), by
 * `bpfvet kernel`, and by benchmarks that print our numbers beside the
 * kernel's. */
#ifndef BPFVET_KERNEL_H
#define BPFVET_KERNEL_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"
#include "bpfvet/object.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bv_kernel_opts {
	int log_level;         /* 0, 1 or 2; stats are always requested */
	size_t log_size;       /* initial buffer, grown on ENOSPC; 0 = default */
	int keep_fd;           /* leave the program loaded, fd in the result */
	int log_prefix_only;   /* keep just the first log_size bytes of the log
				* (BPF_LOG_FIXED, no retry): enough for the
				* listing at the top of a level-2 log */
};

/* Figures from the log's statistics lines; -1 when absent. */
struct bv_kernel_stats {
	long processed_insns;
	long max_states_per_insn;
	long total_states;
	long peak_states;
	long mark_read;
	long verification_usec;
};

struct bv_kernel_result {
	int accepted;          /* BPF_PROG_LOAD returned an fd */
	int err;               /* its errno when it did not */
	int refused_early;     /* refused before the verifier ran (empty log) */
	int prog_fd;           /* with keep_fd, else -1 */
	char *log;             /* the whole log, NUL-terminated */
	size_t log_len;
	char *error_line;      /* the verifier's message for a rejection */
	long error_insn;       /* instruction it was printed at, -1 if none */
	struct bv_kernel_stats stats;
	double wall_usec;      /* time spent in BPF_PROG_LOAD */
	char note[256];        /* what the oracle had to work around, if anything */
};

/* 1 when bpf(2) works here (root or CAP_BPF), 0 with a reason otherwise. */
int bv_kernel_available(char *why, size_t size);

int bv_kernel_load(struct bv_object *obj, const struct bv_prog *prog,
		   const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
		   struct bv_error *err);

/* Load raw instructions (no maps) as a program of the given type. */
int bv_kernel_load_insns(const struct bv_insn *insns, size_t n, uint32_t prog_type,
			 uint32_t expected_attach_type, const char *license,
			 const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
			 struct bv_error *err);

void bv_kernel_result_free(struct bv_kernel_result *res);

/* Parse the statistics lines of any verifier log. */
void bv_kernel_parse_stats(const char *log, struct bv_kernel_stats *st);

/* The verifier's error line of a rejection log, and the instruction index
 * it belongs to (-1 when the error came before any instruction). */
char *bv_kernel_error_line(const char *log, long *insn);

#ifdef __cplusplus
}
#endif
#endif
