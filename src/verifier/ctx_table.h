/* The context each program type sees, as a table of allowed accesses
 * (generated from the running kernel by tools/gen_ctx_table.c). */
#ifndef BPFVET_CTX_TABLE_H
#define BPFVET_CTX_TABLE_H

#include <stdint.h>

/* Accesses of `size` bytes at off = lo, lo + size, ..., hi.  `load` is the
 * kernel's name of the type a load produces ("scalar", "pkt", ...), "-"
 * when only stores are allowed. */
struct ctx_row {
	unsigned short lo, hi, size;
	const char *load;
	int store;
};

struct ctx_layout {
	const char *name;
	unsigned prog_type, attach_type, size;
	const struct ctx_row *rows;
};

extern const struct ctx_layout ctx_layouts[];

/* The layout a program type (and attach type, when it matters) sees. */
const struct ctx_layout *ctx_layout_for(uint32_t type, uint32_t attach);
/* The row allowing a load (or store) of size bytes at off, or NULL. */
const struct ctx_row *ctx_row_for(const struct ctx_layout *l, int off, int size, _Bool write);

#endif
