/* The opcode table: every form of every eBPF instruction, RFC 9669 v1-v4
 * plus the Linux extensions (may_goto, addr_space_cast, load-acquire and
 * store-release, kfunc calls).  A form is an opcode byte plus, where one
 * opcode has several meanings, the value of the field that tells them
 * apart (off for sdiv/smod/movsx, imm for END and atomics, src for calls and
 * LD_IMM64).
 *
 * `reserved` lists the fields the Linux verifier insists are zero, so that
 * the verifier reports "... uses reserved fields" exactly where the kernel
 * does; the RFC reserves a few more (exit's offset), which strict users such
 * as the VM check through bv_form_rfc_unused(). */
#include <string.h>

#include "bpfvet/insn.h"
#include "isa_internal.h"

#define D BV_RSV_DST
#define S BV_RSV_SRC
#define O BV_RSV_OFF
#define I BV_RSV_IMM

/* code, disc, disc_val, op, is64, x, size, reserved, isa, kernel, sym, mnem */
#define F(code, disc, dv, op, is64, x, size, rsv, isa, k, sym, mnem) \
	{ code, disc, dv, op, is64, x, size, rsv, isa, k, sym, mnem }

/* A two-operand ALU op in all four shapes (32/64 bit, K/X source). */
#define ALU4(opc, op, sym, m)                                                 \
	F(BV_ALU | BV_K | opc, BV_DISC_NONE, 0, op, 0, 0, 0, S | O, 1, 1, sym, m "32"), \
	F(BV_ALU | BV_X | opc, BV_DISC_NONE, 0, op, 0, 1, 0, O | I, 1, 1, sym, m "32"), \
	F(BV_ALU64 | BV_K | opc, BV_DISC_NONE, 0, op, 1, 0, 0, S | O, 1, 1, sym, m), \
	F(BV_ALU64 | BV_X | opc, BV_DISC_NONE, 0, op, 1, 1, 0, O | I, 1, 1, sym, m)

/* DIV and MOD: off 0 is unsigned, off 1 signed (v4). */
#define DIVMOD(opc, op, sop, sym, ssym, m, sm)                                \
	F(BV_ALU | BV_K | opc, BV_DISC_OFF, 0, op, 0, 0, 0, S, 1, 1, sym, m "32"), \
	F(BV_ALU | BV_K | opc, BV_DISC_OFF, 1, sop, 0, 0, 0, S, 4, 1, ssym, sm "32"), \
	F(BV_ALU | BV_X | opc, BV_DISC_OFF, 0, op, 0, 1, 0, I, 1, 1, sym, m "32"), \
	F(BV_ALU | BV_X | opc, BV_DISC_OFF, 1, sop, 0, 1, 0, I, 4, 1, ssym, sm "32"), \
	F(BV_ALU64 | BV_K | opc, BV_DISC_OFF, 0, op, 1, 0, 0, S, 1, 1, sym, m), \
	F(BV_ALU64 | BV_K | opc, BV_DISC_OFF, 1, sop, 1, 0, 0, S, 4, 1, ssym, sm), \
	F(BV_ALU64 | BV_X | opc, BV_DISC_OFF, 0, op, 1, 1, 0, I, 1, 1, sym, m), \
	F(BV_ALU64 | BV_X | opc, BV_DISC_OFF, 1, sop, 1, 1, 0, I, 4, 1, ssym, sm)

/* A conditional jump, JMP (64-bit) and JMP32, K and X. */
#define JCC(opc, op, sym, m, isa)                                               \
	F(BV_JMP | BV_K | opc, BV_DISC_NONE, 0, op, 1, 0, 0, S, isa, 1, sym, m), \
	F(BV_JMP | BV_X | opc, BV_DISC_NONE, 0, op, 1, 1, 0, I, isa, 1, sym, m), \
	F(BV_JMP32 | BV_K | opc, BV_DISC_NONE, 0, op, 0, 0, 0, S, 3, 1, sym, m "32"), \
	F(BV_JMP32 | BV_X | opc, BV_DISC_NONE, 0, op, 0, 1, 0, I, 3, 1, sym, m "32")

#define END3(code, op, name, m, is64, isa)                                    \
	F(code, BV_DISC_IMM, 16, op, is64, 0, 16, S | O, isa, 1, name, m "16"),  \
	F(code, BV_DISC_IMM, 32, op, is64, 0, 32, S | O, isa, 1, name, m "32"),  \
	F(code, BV_DISC_IMM, 64, op, is64, 0, 64, S | O, isa, 1, name, m "64")

#define LDX(sz, bytes, m)                                                     \
	F(BV_LDX | BV_MEM | sz, BV_DISC_NONE, 0, BV_OP_LDX, bytes == 8, 1, bytes, I, 1, 1, "", m)
#define LDXSX(sz, bytes, m)                                                   \
	F(BV_LDX | BV_MEMSX | sz, BV_DISC_NONE, 0, BV_OP_LDXSX, 0, 1, bytes, I, 4, 1, "", m)
#define ST(sz, bytes, m)                                                      \
	F(BV_ST | BV_MEM | sz, BV_DISC_NONE, 0, BV_OP_ST, bytes == 8, 0, bytes, S, 1, 1, "", m)
#define STX(sz, bytes, m)                                                     \
	F(BV_STX | BV_MEM | sz, BV_DISC_NONE, 0, BV_OP_STX, bytes == 8, 1, bytes, I, 1, 1, "", m)

/* Atomic read-modify-write ops exist for 4 and 8 bytes. */
#define ATOMIC(sz, bytes, is64, pfx)                                            \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_ADD, BV_OP_ATOMIC_ADD, is64, 1, bytes, 0, 1, 1, "+=", "lock add" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_OR, BV_OP_ATOMIC_OR, is64, 1, bytes, 0, 3, 1, "|=", "lock or" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_AND, BV_OP_ATOMIC_AND, is64, 1, bytes, 0, 3, 1, "&=", "lock and" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_XOR, BV_OP_ATOMIC_XOR, is64, 1, bytes, 0, 3, 1, "^=", "lock xor" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_ADD | BV_FETCH, BV_OP_ATOMIC_FETCH_ADD, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_fetch_add" : "atomic_fetch_add", "lock fetch add" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_OR | BV_FETCH, BV_OP_ATOMIC_FETCH_OR, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_fetch_or" : "atomic_fetch_or", "lock fetch or" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_AND | BV_FETCH, BV_OP_ATOMIC_FETCH_AND, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_fetch_and" : "atomic_fetch_and", "lock fetch and" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_XOR | BV_FETCH, BV_OP_ATOMIC_FETCH_XOR, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_fetch_xor" : "atomic_fetch_xor", "lock fetch xor" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_XCHG, BV_OP_ATOMIC_XCHG, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_xchg" : "atomic_xchg", "lock xchg" pfx), \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_CMPXCHG, BV_OP_ATOMIC_CMPXCHG, is64, 1, bytes, 0, 3, 1, \
	  is64 ? "atomic64_cmpxchg" : "atomic_cmpxchg", "lock cmpxchg" pfx)

/* Load-acquire and store-release exist for every size. */
#define ACQREL(sz, bytes, m)                                                  \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_LOAD_ACQ, BV_OP_LOAD_ACQ, bytes == 8, 1, bytes, 0, 4, 1, \
	  "load_acquire", "load_acq" m),                                        \
	F(BV_STX | BV_ATOMIC | sz, BV_DISC_IMM, BV_STORE_REL, BV_OP_STORE_REL, bytes == 8, 1, bytes, 0, 4, 1, \
	  "store_release", "store_rel" m)

static const struct bv_form forms[] = {
	/* ALU and ALU64 */
	ALU4(BV_ADD, BV_OP_ADD, "+=", "add"),
	ALU4(BV_SUB, BV_OP_SUB, "-=", "sub"),
	ALU4(BV_MUL, BV_OP_MUL, "*=", "mul"),
	DIVMOD(BV_DIV, BV_OP_DIV, BV_OP_SDIV, "/=", "s/=", "div", "sdiv"),
	ALU4(BV_OR, BV_OP_OR, "|=", "or"),
	ALU4(BV_AND, BV_OP_AND, "&=", "and"),
	ALU4(BV_LSH, BV_OP_LSH, "<<=", "lsh"),
	ALU4(BV_RSH, BV_OP_RSH, ">>=", "rsh"),
	F(BV_ALU | BV_K | BV_NEG, BV_DISC_NONE, 0, BV_OP_NEG, 0, 0, 0, S | O | I, 1, 1, "neg", "neg32"),
	F(BV_ALU64 | BV_K | BV_NEG, BV_DISC_NONE, 0, BV_OP_NEG, 1, 0, 0, S | O | I, 1, 1, "neg", "neg"),
	DIVMOD(BV_MOD, BV_OP_MOD, BV_OP_SMOD, "%=", "s%=", "mod", "smod"),
	ALU4(BV_XOR, BV_OP_XOR, "^=", "xor"),
	/* MOV: for X the offset selects plain move, sign extension (v4) or,
	 * on 64-bit, an arena address-space cast. */
	F(BV_ALU | BV_K | BV_MOV, BV_DISC_NONE, 0, BV_OP_MOV, 0, 0, 0, S | O, 1, 1, "=", "mov32"),
	F(BV_ALU | BV_X | BV_MOV, BV_DISC_OFF, 0, BV_OP_MOV, 0, 1, 0, I, 1, 1, "=", "mov32"),
	F(BV_ALU | BV_X | BV_MOV, BV_DISC_OFF, 8, BV_OP_MOVSX, 0, 1, 8, I, 4, 1, "=", "movsx832"),
	F(BV_ALU | BV_X | BV_MOV, BV_DISC_OFF, 16, BV_OP_MOVSX, 0, 1, 16, I, 4, 1, "=", "movsx1632"),
	F(BV_ALU64 | BV_K | BV_MOV, BV_DISC_NONE, 0, BV_OP_MOV, 1, 0, 0, S | O, 1, 1, "=", "mov"),
	F(BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, 0, BV_OP_MOV, 1, 1, 0, I, 1, 1, "=", "mov"),
	F(BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, BV_ADDR_SPACE_CAST, BV_OP_ADDR_SPACE_CAST, 1, 1, 0, 0, 4, 1,
	  "addr_space_cast", "addr_space_cast"),
	F(BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, 8, BV_OP_MOVSX, 1, 1, 8, I, 4, 1, "=", "movsx864"),
	F(BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, 16, BV_OP_MOVSX, 1, 1, 16, I, 4, 1, "=", "movsx1664"),
	F(BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, 32, BV_OP_MOVSX, 1, 1, 32, I, 4, 1, "=", "movsx3264"),
	ALU4(BV_ARSH, BV_OP_ARSH, "s>>=", "arsh"),
	/* END: the source bit picks the target byte order; on ALU64 (v4) the
	 * swap is unconditional. */
	END3(BV_ALU | BV_K | BV_END, BV_OP_LE, "le", "le", 0, 1),
	END3(BV_ALU | BV_X | BV_END, BV_OP_BE, "be", "be", 0, 1),
	END3(BV_ALU64 | BV_K | BV_END, BV_OP_BSWAP, "bswap", "swap", 1, 4),

	/* JMP and JMP32 */
	F(BV_JMP | BV_K | BV_JA, BV_DISC_NONE, 0, BV_OP_JA, 1, 0, 0, D | S | I, 1, 1, "goto", "ja"),
	F(BV_JMP32 | BV_K | BV_JA, BV_DISC_NONE, 0, BV_OP_JA, 0, 0, 0, D | S | O, 4, 1, "gotol", "ja32"),
	JCC(BV_JEQ, BV_OP_JEQ, "==", "jeq", 1),
	JCC(BV_JGT, BV_OP_JGT, ">", "jgt", 1),
	JCC(BV_JGE, BV_OP_JGE, ">=", "jge", 1),
	JCC(BV_JSET, BV_OP_JSET, "&", "jset", 1),
	JCC(BV_JNE, BV_OP_JNE, "!=", "jne", 1),
	JCC(BV_JSGT, BV_OP_JSGT, "s>", "jsgt", 1),
	JCC(BV_JSGE, BV_OP_JSGE, "s>=", "jsge", 1),
	F(BV_JMP | BV_K | BV_CALL, BV_DISC_SRC, 0, BV_OP_CALL, 1, 0, 0, D | O, 1, 1, "call", "call"),
	F(BV_JMP | BV_K | BV_CALL, BV_DISC_SRC, BV_PSEUDO_CALL, BV_OP_CALL_LOCAL, 1, 0, 0, D | O, 1, 1, "call", "call local"),
	F(BV_JMP | BV_K | BV_CALL, BV_DISC_SRC, BV_PSEUDO_KFUNC_CALL, BV_OP_CALL_KFUNC, 1, 0, 0, D, 1, 1, "call", "call runtime"),
	/* callx: target address in dst.  The Linux verifier does not know it. */
	F(BV_JMP | BV_X | BV_CALL, BV_DISC_NONE, 0, BV_OP_CALLX, 1, 1, 0, S | O | I, 1, 0, "callx", "callx"),
	F(BV_JMP | BV_K | BV_EXIT, BV_DISC_NONE, 0, BV_OP_EXIT, 1, 0, 0, D | S | I, 1, 1, "exit", "exit"),
	JCC(BV_JLT, BV_OP_JLT, "<", "jlt", 2),
	JCC(BV_JLE, BV_OP_JLE, "<=", "jle", 2),
	JCC(BV_JSLT, BV_OP_JSLT, "s<", "jslt", 2),
	JCC(BV_JSLE, BV_OP_JSLE, "s<=", "jsle", 2),
	F(BV_JMP | BV_K | BV_JCOND, BV_DISC_SRC, 0, BV_OP_MAY_GOTO, 1, 0, 0, D | I, 4, 1, "may_goto", "may_goto"),

	/* LD: 64-bit immediates and the legacy packet loads */
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, 0, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_MAP_FD, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw map_fd"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_MAP_VALUE, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw map_value"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_BTF_ID, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw btf_id"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_FUNC, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw func"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_MAP_IDX, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "", "lddw map_idx"),
	F(BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, BV_PSEUDO_MAP_IDX_VALUE, BV_OP_LD_IMM64, 1, 0, 8, O, 1, 1, "",
	  "lddw map_idx_value"),
	F(BV_LD | BV_ABS | BV_W, BV_DISC_NONE, 0, BV_OP_LD_ABS, 0, 0, 4, D | S | O, 1, 1, "", "ldabsw"),
	F(BV_LD | BV_ABS | BV_H, BV_DISC_NONE, 0, BV_OP_LD_ABS, 0, 0, 2, D | S | O, 1, 1, "", "ldabsh"),
	F(BV_LD | BV_ABS | BV_B, BV_DISC_NONE, 0, BV_OP_LD_ABS, 0, 0, 1, D | S | O, 1, 1, "", "ldabsb"),
	F(BV_LD | BV_IND | BV_W, BV_DISC_NONE, 0, BV_OP_LD_IND, 0, 1, 4, D | O, 1, 1, "", "ldindw"),
	F(BV_LD | BV_IND | BV_H, BV_DISC_NONE, 0, BV_OP_LD_IND, 0, 1, 2, D | O, 1, 1, "", "ldindh"),
	F(BV_LD | BV_IND | BV_B, BV_DISC_NONE, 0, BV_OP_LD_IND, 0, 1, 1, D | O, 1, 1, "", "ldindb"),

	/* LDX, ST, STX */
	LDX(BV_W, 4, "ldxw"), LDX(BV_H, 2, "ldxh"), LDX(BV_B, 1, "ldxb"), LDX(BV_DW, 8, "ldxdw"),
	LDXSX(BV_W, 4, "ldxsw"), LDXSX(BV_H, 2, "ldxsh"), LDXSX(BV_B, 1, "ldxsb"),
	ST(BV_W, 4, "stw"), ST(BV_H, 2, "sth"), ST(BV_B, 1, "stb"), ST(BV_DW, 8, "stdw"),
	STX(BV_W, 4, "stxw"), STX(BV_H, 2, "stxh"), STX(BV_B, 1, "stxb"), STX(BV_DW, 8, "stxdw"),
	ATOMIC(BV_W, 4, 0, "32"),
	ATOMIC(BV_DW, 8, 1, ""),
	ACQREL(BV_B, 1, "b"), ACQREL(BV_H, 2, "h"), ACQREL(BV_W, 4, "w"), ACQREL(BV_DW, 8, "dw"),
};

#undef D
#undef S
#undef O
#undef I

const struct bv_form *bv_forms(size_t *count)
{
	if (count)
		*count = sizeof(forms) / sizeof(forms[0]);
	return forms;
}

const struct bv_form *bv_form_by_mnem(const char *mnem)
{
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if (!strcmp(forms[i].mnem, mnem))
			return &forms[i];
	return NULL;
}

/* Fields the RFC leaves unused: what the kernel checks, plus exit's offset,
 * which the kernel ignores. */
unsigned bv_form_rfc_unused(const struct bv_form *f)
{
	return f->reserved | (f->op == BV_OP_EXIT ? BV_RSV_OFF : 0);
}
