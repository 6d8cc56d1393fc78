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
	int unprivileged;      /* load as a process without capabilities (the
				* sysctl kernel.unprivileged_bpf_disabled is set
				* to 0 for the load and restored) */
	int log_prefix_only;   /* keep just the first log_size bytes of the log
				* (BPF_LOG_FIXED, no retry): enough for the
				* listing at the top of a level-2 log */
	uint32_t attach_btf_id; /* bv_kernel_load_insns: the kernel BTF id a
				 * tracing program attaches to; 0 = none */
	uint32_t prog_flags;    /* bv_kernel_load_insns: BPF_F_SLEEPABLE, ... */
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
	int session_prog_fd;   /* loaded in a session: its fd (owned by it) */
	char *log;             /* the whole log, NUL-terminated */
	size_t log_len;
	char *error_line;      /* the verifier's message for a rejection */
	long error_insn;       /* instruction it was printed at, -1 if none */
	struct bv_kernel_stats stats;
	double wall_usec;      /* time spent in BPF_PROG_LOAD */
	char note[256];        /* what the oracle had to work around, if anything */
	char btf_refusal[160]; /* the last line of BPF_BTF_LOAD's log when the kernel
				* refused the object's BTF (the load went on without) */
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

/* ---- sessions: an object's maps kept while programs load and run ---- */

struct bv_kernel_session;

struct bv_kernel_run {
	uint32_t retval;
	uint32_t duration_ns;  /* per repetition, as the kernel measures it */
};

/* Load the object's BTF and create its maps (initial data written,
 * read-only data frozen).  A map the kernel refuses is reported by every
 * load of the session. */
int bv_kernel_session_open(struct bv_object *obj, struct bv_kernel_session **out,
			   struct bv_error *err);
void bv_kernel_session_close(struct bv_kernel_session *s);
/* Load one program against the session's maps; it stays loaded. */
int bv_kernel_session_load(struct bv_kernel_session *s, const struct bv_prog *prog,
			   const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
			   struct bv_error *err);
/* Put the loaded programs into prog arrays as the object prescribes. */
int bv_kernel_session_fill_prog_arrays(struct bv_kernel_session *s);
int bv_kernel_session_map_fd(const struct bv_kernel_session *s, size_t map);
/* BPF_PROG_TEST_RUN: data in, data out (*out_len: room in, bytes out). */
int bv_kernel_test_run(struct bv_kernel_session *s, const struct bv_prog *prog, const void *data,
		       size_t len, void *data_out, size_t *out_len, uint32_t repeat,
		       struct bv_kernel_run *run, struct bv_error *err);

/* Parse the statistics lines of any verifier log. */
void bv_kernel_parse_stats(const char *log, struct bv_kernel_stats *st);

/* The verifier's error line of a rejection log, and the instruction index
 * it belongs to (-1 when the error came before any instruction). */
char *bv_kernel_error_line(const char *log, long *insn);

#ifdef __cplusplus
}
#endif
#endif
