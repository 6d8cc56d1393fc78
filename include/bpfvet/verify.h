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
	uint32_t record_steps; /* keep the register file at up to this many
				* steps of the failing path (explanations); 0: none */
	/* behaviour of older releases, for bpfvet check --kernel */
	int no_uninit_stack_reads;  /* before 6.3: privileged programs too must
				     * write stack bytes before reading them */
	int no_private_stack;       /* before 6.13: no private stacks for tracing */
	int no_const_key_nonnull;   /* before 6.14: a constant-key array lookup
				     * may still be NULL */
	int no_untrusted_mem;       /* before 6.17: a pointer read from a kernel
				     * struct to a number, char or void is a
				     * plain number, not readable memory */
	int no_lsm_retval_range;    /* before 6.12: an LSM program may return
				     * any value, and reads its hook's as any */
	/* behaviour of newer builds: mainline 6.19, and the 6.18.44 build this
	 * machine ran until 2026-11-24, which had both (its later build has
	 * neither, and is the default) */
	int default_trusted;        /* every kfunc's pointer arguments must be
				     * trusted, as KF_TRUSTED_ARGS used to ask:
				     * NULL and untrusted pointers refused */
	int flex_elem_untrusted;    /* a pointer read from an element of a
				     * flexible array is untrusted */
	/* the machine's possible CPUs, which bound what
	 * bpf_get_smp_processor_id() returns; 0: this machine's */
	int possible_cpus;
};

/* What a register held, as the verifier knew it. */
enum bv_reg_kind {
	BV_REG_NOT_INIT, BV_REG_SCALAR, BV_REG_CTX, BV_REG_STACK, BV_REG_MAP_PTR, BV_REG_MAP_VALUE,
	BV_REG_MAP_KEY, BV_REG_PKT, BV_REG_PKT_META, BV_REG_PKT_END, BV_REG_MEM, BV_REG_OTHER,
};

struct bv_vreg {
	enum bv_reg_kind kind;
	char type[32];            /* the kernel's name: "map_value_or_null", "fp", ... */
	int maybe_null;
	int precise;
	int32_t off;              /* pointers: the fixed offset */
	int64_t smin, smax;       /* scalars: the value; pointers: the variable offset */
	uint64_t umin, umax;
	uint64_t var_value, var_mask;
	uint32_t id;
	uint32_t size;            /* map value (or key) size, memory size; packets: bytes known in range */
	int32_t map;              /* index in the object's maps, -1 */
	int frameno;              /* stack pointers: whose frame */
	int32_t def_insn;         /* instruction that last wrote it, -1 at entry */
	int32_t bound_insn;       /* instruction that last narrowed its bounds, -1 */
	int32_t stale_insn;       /* a pointer this call made invalid (a helper that moves the packet,
				   * the unlock ending a non-owning reference), -1 */
};

/* The state before one instruction of the failing path. */
struct bv_vstep {
	uint32_t insn;
	int frame;                /* call depth: 0 in the program itself */
	struct bv_vreg r[11];
};

/* What one byte of the stack held: */
enum { BV_STACK_INVALID, BV_STACK_SPILL, BV_STACK_MISC, BV_STACK_ZERO, BV_STACK_OTHER };

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
	char *detail;             /* the line before it, when the kernel says more
				   * there ("arg#0 is expected to be non-NULL"), or NULL */
	char *log;                /* the log, in the kernel's format */
	size_t log_len;
	struct bv_verify_stats stats;
	/* with opts.record_steps, for a rejection: the last steps of the path
	 * that reached the error, oldest first, the failing instruction last */
	struct bv_vstep *steps;
	size_t n_steps;
	int steps_truncated;      /* earlier steps of the path were dropped */
	uint8_t stack[512];       /* ... and the failing frame's stack, byte per
				   * byte from fp-1 down (BV_STACK_*) */
	int stack_size;           /* bytes of it in use */
	/* every function's stack use, as "stack depth" prints it */
	struct { uint32_t start; int stack; } funcs[16];
	int n_funcs;
};

int bv_verify(const struct bv_object *obj, const struct bv_prog *prog,
	      const struct bv_verify_opts *opts, struct bv_verify_result *res,
	      struct bv_error *err);
void bv_verify_result_free(struct bv_verify_result *res);
/* This machine's possible CPUs (/sys/devices/system/cpu/possible), 1 when
 * it cannot tell: what bpf_get_smp_processor_id() is bounded by here. */
int bv_possible_cpus(void);

#ifdef __cplusplus
}
#endif
#endif
