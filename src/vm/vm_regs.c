/* A register-initialisation check for programs the VM runs without a
 * verifier: forward data flow over the instructions, with "surely written"
 * register sets met by intersection at joins.  A read of a register that
 * some path leaves unwritten is refused, with the kernel's wording
 * ("R0 !read_ok"), before anything runs. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "vm/vm_internal.h"

#define ALL 0x7ffu
#define R(n) (1u << (n))
#define ARGS (R(1) | R(2) | R(3) | R(4) | R(5))

/* Registers an instruction reads and writes. */
static void uses(const struct bv_insn *in, const struct bv_form *f, unsigned *rd, unsigned *wr)
{
	unsigned cls = BV_CLASS(in->code);

	*rd = *wr = 0;
	switch (cls) {
	case BV_ALU:
	case BV_ALU64:
		*wr = R(in->dst);
		/* moves and casts only write their destination */
		if (f->op != BV_OP_MOV && f->op != BV_OP_MOVSX && f->op != BV_OP_ADDR_SPACE_CAST)
			*rd |= R(in->dst);
		if (f->x)
			*rd |= R(in->src);
		return;
	case BV_JMP:
	case BV_JMP32:
		switch (f->op) {
		case BV_OP_JA: case BV_OP_MAY_GOTO:
			return;
		case BV_OP_EXIT:
			*rd = R(0);
			return;
		case BV_OP_CALL: case BV_OP_CALL_LOCAL: case BV_OP_CALL_KFUNC:
			*wr = R(0);
			return;
		case BV_OP_CALLX:
			*rd = R(in->dst);
			*wr = R(0);
			return;
		default:
			*rd = R(in->dst) | (f->x ? R(in->src) : 0);
			return;
		}
	case BV_LD:
		if (f->op == BV_OP_LD_IMM64) {
			*wr = R(in->dst);
		} else {
			*rd = R(6) | (f->op == BV_OP_LD_IND ? R(in->src) : 0);
			*wr = R(0);
		}
		return;
	case BV_LDX:
		*rd = R(in->src);
		*wr = R(in->dst);
		return;
	case BV_ST:
		*rd = R(in->dst);
		return;
	default: /* STX and atomics */
		if (f->op == BV_OP_LOAD_ACQ) {
			*rd = R(in->src);
			*wr = R(in->dst);
			return;
		}
		*rd = R(in->dst) | R(in->src);
		if (f->op == BV_OP_ATOMIC_CMPXCHG) {
			*rd |= R(0);
			*wr = R(0);
		} else if (f->op != BV_OP_STX && f->op != BV_OP_STORE_REL &&
			   f->op >= BV_OP_ATOMIC_FETCH_ADD) {
			*wr = R(in->src);
		}
		return;
	}
}

int vm_check_registers(const struct bv_insn *insns, size_t n, unsigned entry, char *msg, size_t size,
		       size_t *bad)
{
	uint16_t *in_set = malloc((n + 1) * sizeof(uint16_t));
	uint8_t *seen = calloc(n + 1, 1);
	size_t *work = malloc((n + 1) * sizeof(size_t)), nw = 0;
	int r = 0;

	if (!in_set || !seen || !work) {
		free(in_set);
		free(seen);
		free(work);
		return -ENOMEM;
	}
#define FLOW(to, set)                                                  \
	do {                                                           \
		size_t t_ = (to);                                      \
		if (t_ < n) {                                          \
			uint16_t s_ = (uint16_t)(set);                 \
			if (!seen[t_]) {                               \
				seen[t_] = 1;                          \
				in_set[t_] = s_;                       \
				work[nw++] = t_;                       \
			} else if ((in_set[t_] & s_) != in_set[t_]) { \
				in_set[t_] &= s_;                      \
				work[nw++] = t_;                       \
			}                                              \
		}                                                      \
	} while (0)
	if (n) {
		seen[0] = 1;
		in_set[0] = (uint16_t)(entry | R(10));
		work[nw++] = 0;
	}
	/* callees start with their arguments and the frame pointer */
	for (size_t i = 0; i < n; i++)
		if (insns[i].code == (BV_JMP | BV_CALL) && insns[i].src == BV_PSEUDO_CALL) {
			int64_t t = (int64_t)i + 1 + insns[i].imm;

			if (t >= 0 && (size_t)t < n && !seen[t]) {
				seen[t] = 1;
				in_set[t] = ARGS | R(10);
				work[nw++] = (size_t)t;
			}
		}
	while (nw && !r) {
		size_t i = work[--nw];
		struct bv_decoded d;
		unsigned rd, wr, out;

		if (bv_insn_decode(insns, n, i, &d) != BV_DECODE_OK)
			continue; /* the VM refuses it when it gets there */
		uses(&insns[i], d.form, &rd, &wr);
		if (rd & ~in_set[i] & ALL) {
			int reg = __builtin_ctz(rd & ~in_set[i]);

			snprintf(msg, size, "R%d !read_ok (a register is read before any path writes it)", reg);
			*bad = i;
			r = -EACCES;
			break;
		}
		out = in_set[i] | wr;
		if (d.form->op == BV_OP_CALL || d.form->op == BV_OP_CALL_LOCAL || d.form->op == BV_OP_CALLX ||
		    d.form->op == BV_OP_CALL_KFUNC || d.form->op == BV_OP_LD_ABS || d.form->op == BV_OP_LD_IND)
			out &= ~ARGS; /* calls clobber r1-r5 */
		switch (d.form->op) {
		case BV_OP_EXIT:
			break;
		case BV_OP_JA:
			FLOW(i + 1 + (size_t)(int64_t)(d.form->is64 ? insns[i].off : insns[i].imm), out);
			break;
		case BV_OP_JEQ: case BV_OP_JGT: case BV_OP_JGE: case BV_OP_JSET: case BV_OP_JNE:
		case BV_OP_JSGT: case BV_OP_JSGE: case BV_OP_JLT: case BV_OP_JLE: case BV_OP_JSLT:
		case BV_OP_JSLE: case BV_OP_MAY_GOTO:
			FLOW(i + 1 + (size_t)(int64_t)insns[i].off, out);
			FLOW(i + 1, out);
			break;
		default:
			FLOW(i + d.len, out);
			break;
		}
	}
#undef FLOW
	free(in_set);
	free(seen);
	free(work);
	return r;
}
