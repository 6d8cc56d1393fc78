/* bpfvet — explanations: why the verifier rejected a program, at the C
 * level.
 *
 * bv_diagnose() reads a rejection (the verifier's result, recorded with
 * bv_verify_opts.record_steps) and names its class from a fixed catalogue,
 * the instructions and source lines that matter, what the verifier knew
 * and could not prove there, what the compiler did when that is the cause,
 * and a change in C that fixes it. */
#ifndef BPFVET_EXPLAIN_H
#define BPFVET_EXPLAIN_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/object.h"
#include "bpfvet/verify.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Steps worth recording for a diagnosis (bv_verify_opts.record_steps). */
#define BV_EXPLAIN_STEPS 4096

#define BV_DIAG_WHERE_MAX 6

struct bv_diag_where {
	long insn;
	const char *role;          /* "fails here", "bound checked here", ... */
	const char *file;          /* source, when the object has line info */
	uint32_t line;
	const char *text;
};

struct bv_diagnosis {
	const char *klass;         /* the catalogue name, e.g. "mem-size-exceeds-buffer" */
	struct bv_diag_where where[BV_DIAG_WHERE_MAX];
	size_t n_where;            /* where[0] is the failing instruction */
	char why[768];             /* what the verifier knows and cannot prove */
	char compiler[1280];       /* what the compiler did, "" when not the cause */
	char fix[768];             /* a change in C */
};

/* The catalogue, in a fixed order; NULL-terminated. */
extern const char *const bv_diag_classes[];
/* One line saying what a class means. */
const char *bv_diag_class_summary(const char *klass);

/* What to change when the kernel refuses the object's BTF (the line of
 * obj->btf_refusal): a sentence of C. */
void bv_btf_refusal_fix(const struct bv_object *obj, char *out, size_t size);

/* Diagnose a rejection of prog (res->accepted == 0, not unsupported). */
void bv_diagnose(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_result *res,
		 struct bv_diagnosis *out);

/* Features an older kernel would refuse: a helper, an instruction, a map
 * or program type newer than the release, with the first place used. */
#define BV_COMPAT_MAX 32

struct bv_compat_problem {
	char what[160];
	unsigned needs;            /* release that introduced it: major << 16 | minor << 8 */
	long insn;                 /* -1 for the object as a whole */
	const struct bv_line_info *line;
};

struct bv_compat {
	unsigned version;          /* the release asked about */
	struct bv_compat_problem problems[BV_COMPAT_MAX];
	size_t n;
};

/* "5.10" -> 5 << 16 | 10 << 8; -1 when it is not a release number. */
int bv_kernel_version_parse(const char *s, unsigned *v);
/* base: how the program is judged here (unprivileged or not). */
void bv_compat_check(const struct bv_object *obj, const struct bv_prog *prog, unsigned version,
		     const struct bv_verify_opts *base, struct bv_compat *c);

/* A verdict that holds only on machines with few CPUs: the kernel bounds
 * bpf_get_smp_processor_id() by the machine's possible CPUs, so an index
 * the program never checks passes here and fails on a larger machine. */
#define BV_MAX_CPUS 8192 /* CONFIG_NR_CPUS of the common x86-64 distribution kernels */
struct bv_cpu_bound {
	int here;                  /* the possible CPUs it was judged with */
	int max_ok;                /* the most with which it is still accepted */
	long insn;                 /* where it fails with one more */
	char message[256];         /* and the kernel's error line there */
	const struct bv_line_info *line;
};
/* For an accepted program: 1 and *b filled when it is refused on some
 * machine with up to BV_MAX_CPUS possible CPUs; 0 when the CPU count does
 * not matter (or the program never asks for the CPU number). */
int bv_cpu_bound(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_opts *base,
		 struct bv_cpu_bound *b);

/* A verifier log from elsewhere (a CI failure, a bug report), explained
 * from what it prints: its instructions, source lines and register states.
 * Level 1 (the failing path) is enough; level 2 works as well. */
struct bv_explained {
	char *message;             /* the kernel's error line */
	long error_insn;           /* its instruction, -1 if none */
	struct bv_diagnosis diag;
	/* what the diagnosis points into, rebuilt from the log */
	struct bv_prog prog;
	struct bv_object obj;
	struct bv_insn *priv_insns;
	struct bv_line_info *priv_lines;
	char **priv_strs;
	size_t n_priv_strs;
	struct bv_func_info funcs[2]; /* the main program and the global function a log validates */
};

int bv_explain_log(const char *log, struct bv_explained *out, struct bv_error *err);
void bv_explained_free(struct bv_explained *e);

#ifdef __cplusplus
}
#endif
#endif
