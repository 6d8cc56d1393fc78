/* Which helpers each program type may call (generated from the running
 * kernel by tools/gen_helper_table.c). */
#ifndef BPFVET_HELPER_ALLOW_H
#define BPFVET_HELPER_ALLOW_H

#include <stddef.h>

struct helper_allow {
	unsigned prog_type, attach_type;
	const char *ids; /* by helper id: '.' no, 'a' yes, 'g' GPL only, 's' sleepable
			  * programs only, 'S' sleepable GPL programs only */
	const char *st;  /* struct_ops rows: the struct (attach_type is the
			  * member's index); NULL for other program types */
};

extern const struct helper_allow helper_allow[];

/* The same for kfuncs (tools/gen_kfunc_table.c): the names the kernel's
 * BTF tags as kfuncs, sorted, and per program type a row in that order
 * ('.' no, 'a' yes, 's' sleepable programs only). */
extern const char *const kfunc_allow_names[];
extern const size_t kfunc_allow_count;
extern const struct helper_allow kfunc_allow[];

/* The row for a program type: its attach type's if the table has one,
 * else the type's first; struct_ops rows only for their struct (ST), a
 * member the table has no row for having none; NULL if none (call.c). */
const struct helper_allow *allow_row(const struct helper_allow *table, unsigned prog_type, unsigned attach_type,
				     const char *st);
struct venv;
/* The row for the program being verified: LSM programs, which this
 * machine refuses before verifying, read the tracing programs' (tp_btf)
 * row, as the kernel builds their lists on tracing's (call.c). */
const struct helper_allow *prog_allow_row(const struct helper_allow *table, const struct venv *env);

#endif
