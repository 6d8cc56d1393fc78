/* Helpers shared by tests: a sample instruction for each form of the
 * opcode table, and the index of a line of the kernel's instruction
 * listing. */
#ifndef BPFVET_TEST_UTIL_H
#define BPFVET_TEST_UTIL_H

#include <stdlib.h>

#include "bpfvet/insn.h"

/* Operands a form can carry without touching its reserved fields; jumps
 * go nowhere when `still_jumps` (pc+0), so every instruction is reached. */
static inline struct bv_insn sample_insn(const struct bv_form *f, int still_jumps)
{
	int dst = 3, src = 4, off = -8, imm = 42;

	if (f->reserved & BV_RSV_DST)
		dst = 0;
	if (f->reserved & BV_RSV_SRC)
		src = 0;
	if (f->reserved & BV_RSV_OFF)
		off = 0;
	if (f->reserved & BV_RSV_IMM)
		imm = 0;
	if (still_jumps && (BV_CLASS(f->code) == BV_JMP || BV_CLASS(f->code) == BV_JMP32)) {
		off = 0;
		if (f->op == BV_OP_JA && !f->is64)
			imm = 0;
	}
	if (f->op == BV_OP_LD_ABS || f->op == BV_OP_LD_IND)
		dst = 0;
	if (f->op == BV_OP_CALL)
		imm = 12;
	if (f->op == BV_OP_ATOMIC_CMPXCHG)
		dst = 3;
	if (f->op == BV_OP_ADDR_SPACE_CAST)
		imm = 1;
	if (f->op == BV_OP_CALL_KFUNC)
		off = 0;
	if (f->op == BV_OP_CALLX)
		dst = 5;
	if (f->op == BV_OP_EXIT)
		off = 0; /* unused by the RFC, ignored by the kernel, not in the syntax */
	return bv_insn_make(f, dst, src, (int16_t)off, imm);
}

/* "     12: ...." or, inside loops, "  1  12: ....": the index is the
 * number just before the first colon. */
static inline int listing_index(const char *line, long *idx)
{
	const char *colon = strchr(line, ':'), *p;

	if (!colon || colon == line)
		return -1;
	for (p = colon; p > line && p[-1] >= '0' && p[-1] <= '9'; p--)
		;
	if (p == colon)
		return -1;
	*idx = strtol(p, NULL, 10);
	return 0;
}

#endif
