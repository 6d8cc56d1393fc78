/* bpfvet — the eBPF instruction set: encoding, the opcode table, decoding,
 * the kernel-syntax disassembler and the assembler's instruction parser.
 *
 * Every stage that reads instructions (disassembler, assembler, verifier,
 * VM) classifies them through bv_insn_decode(), which looks the opcode up in
 * the single table of instruction forms in src/isa/opcodes.c. */
#ifndef BPFVET_INSN_H
#define BPFVET_INSN_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One 8-byte instruction, laid out exactly as the kernel's struct bpf_insn
 * on a little-endian host. */
struct bv_insn {
	uint8_t code;
	uint8_t dst : 4;
	uint8_t src : 4;
	int16_t off;
	int32_t imm;
};

/* Instruction classes (low 3 bits of code). */
enum {
	BV_LD = 0x00, BV_LDX = 0x01, BV_ST = 0x02, BV_STX = 0x03,
	BV_ALU = 0x04, BV_JMP = 0x05, BV_JMP32 = 0x06, BV_ALU64 = 0x07,
};
/* Source operand bit. */
enum { BV_K = 0x00, BV_X = 0x08 };
/* Sizes for load and store (bits 3-4). */
enum { BV_W = 0x00, BV_H = 0x08, BV_B = 0x10, BV_DW = 0x18 };
/* Modes for load and store (bits 5-7). */
enum {
	BV_IMM = 0x00, BV_ABS = 0x20, BV_IND = 0x40, BV_MEM = 0x60,
	BV_MEMSX = 0x80, BV_ATOMIC = 0xc0,
};
/* ALU operations (bits 4-7). */
enum {
	BV_ADD = 0x00, BV_SUB = 0x10, BV_MUL = 0x20, BV_DIV = 0x30,
	BV_OR = 0x40, BV_AND = 0x50, BV_LSH = 0x60, BV_RSH = 0x70,
	BV_NEG = 0x80, BV_MOD = 0x90, BV_XOR = 0xa0, BV_MOV = 0xb0,
	BV_ARSH = 0xc0, BV_END = 0xd0,
};
/* Jump operations (bits 4-7). */
enum {
	BV_JA = 0x00, BV_JEQ = 0x10, BV_JGT = 0x20, BV_JGE = 0x30,
	BV_JSET = 0x40, BV_JNE = 0x50, BV_JSGT = 0x60, BV_JSGE = 0x70,
	BV_CALL = 0x80, BV_EXIT = 0x90, BV_JLT = 0xa0, BV_JLE = 0xb0,
	BV_JSLT = 0xc0, BV_JSLE = 0xd0, BV_JCOND = 0xe0,
};
/* Atomic operations (imm of BPF_STX|BPF_ATOMIC). */
enum {
	BV_FETCH = 0x01,
	BV_XCHG = 0xe0 | BV_FETCH,
	BV_CMPXCHG = 0xf0 | BV_FETCH,
	BV_LOAD_ACQ = 0x100,
	BV_STORE_REL = 0x110,
};
/* Pseudo sources of LD_IMM64 and CALL. */
enum {
	BV_PSEUDO_MAP_FD = 1, BV_PSEUDO_MAP_VALUE = 2, BV_PSEUDO_BTF_ID = 3,
	BV_PSEUDO_FUNC = 4, BV_PSEUDO_MAP_IDX = 5, BV_PSEUDO_MAP_IDX_VALUE = 6,
};
enum { BV_PSEUDO_CALL = 1, BV_PSEUDO_KFUNC_CALL = 2 };
/* Immediate that libbpf writes into a call it cannot relocate (CO-RE). */
#define BV_CORE_POISON_IMM 195896080 /* 0xbad2310 */
/* off of a may_goto / addr_space_cast */
#define BV_ADDR_SPACE_CAST 1

#define BV_CLASS(code) ((code) & 0x07)
#define BV_SIZE(code) ((code) & 0x18)
#define BV_MODE(code) ((code) & 0xe0)
#define BV_OP(code) ((code) & 0xf0)
#define BV_SRC(code) ((code) & 0x08)

/* What an instruction does.  One value per distinct form of the ISA; the
 * VM dispatches on it and the verifier switches on it. */
enum bv_op {
	BV_OP_INVALID = 0,
	/* ALU, 32 and 64 bit, each with K and X source (see bv_form.is64/x) */
	BV_OP_ADD, BV_OP_SUB, BV_OP_MUL, BV_OP_DIV, BV_OP_SDIV, BV_OP_OR,
	BV_OP_AND, BV_OP_LSH, BV_OP_RSH, BV_OP_NEG, BV_OP_MOD, BV_OP_SMOD,
	BV_OP_XOR, BV_OP_MOV, BV_OP_MOVSX, BV_OP_ARSH, BV_OP_LE, BV_OP_BE,
	BV_OP_BSWAP, BV_OP_ADDR_SPACE_CAST,
	/* jumps */
	BV_OP_JA, BV_OP_JEQ, BV_OP_JGT, BV_OP_JGE, BV_OP_JSET, BV_OP_JNE,
	BV_OP_JSGT, BV_OP_JSGE, BV_OP_JLT, BV_OP_JLE, BV_OP_JSLT, BV_OP_JSLE,
	BV_OP_MAY_GOTO, BV_OP_CALL, BV_OP_CALL_LOCAL, BV_OP_CALL_KFUNC,
	BV_OP_CALLX, BV_OP_EXIT,
	/* memory */
	BV_OP_LD_IMM64, BV_OP_LD_ABS, BV_OP_LD_IND, BV_OP_LDX, BV_OP_LDXSX,
	BV_OP_ST, BV_OP_STX,
	BV_OP_ATOMIC_ADD, BV_OP_ATOMIC_OR, BV_OP_ATOMIC_AND, BV_OP_ATOMIC_XOR,
	BV_OP_ATOMIC_FETCH_ADD, BV_OP_ATOMIC_FETCH_OR, BV_OP_ATOMIC_FETCH_AND,
	BV_OP_ATOMIC_FETCH_XOR, BV_OP_ATOMIC_XCHG, BV_OP_ATOMIC_CMPXCHG,
	BV_OP_LOAD_ACQ, BV_OP_STORE_REL,
	BV_OP__COUNT
};

/* Which field, besides the opcode byte, selects a form. */
enum bv_disc { BV_DISC_NONE, BV_DISC_OFF, BV_DISC_IMM, BV_DISC_SRC };

/* Fields a form leaves reserved (must be zero); bit set = must be zero. */
enum {
	BV_RSV_DST = 1u << 0, BV_RSV_SRC = 1u << 1,
	BV_RSV_OFF = 1u << 2, BV_RSV_IMM = 1u << 3,
};

/* One row of the opcode table: one form of one opcode. */
struct bv_form {
	uint8_t code;        /* the opcode byte */
	uint8_t disc;        /* enum bv_disc */
	int32_t disc_val;    /* value the discriminating field must have */
	uint8_t op;          /* enum bv_op */
	uint8_t is64;        /* 64-bit ALU/JMP, or the load/store is 8 bytes */
	uint8_t x;           /* source operand is a register */
	uint8_t size;        /* bytes accessed (mem ops), bits swapped (END) */
	uint8_t reserved;    /* BV_RSV_* fields that must be zero */
	uint8_t isa;         /* first ISA version with the form (1..4) */
	uint8_t kernel;      /* the Linux verifier knows the opcode */
	const char *sym;     /* operator text: "+=", "s/=", "be", "atomic64_xchg" */
	const char *mnem;    /* RFC-style mnemonic: "add64", "jeq32", "ldxdw" */
};

/* The whole table and its length. */
const struct bv_form *bv_forms(size_t *count);

/* Outcome of decoding one instruction. */
enum bv_decode_status {
	BV_DECODE_OK = 0,
	BV_DECODE_UNKNOWN_OPCODE,   /* opcode byte names no instruction */
	BV_DECODE_BAD_FORM,         /* opcode known, discriminating field not */
	BV_DECODE_RESERVED,         /* a reserved field is not zero */
	BV_DECODE_TRUNCATED,        /* LD_IMM64 without its second half */
	BV_DECODE_BAD_IMM64_HALF,   /* second half of LD_IMM64 malformed */
};

struct bv_decoded {
	const struct bv_form *form; /* NULL unless status is OK or RESERVED */
	enum bv_decode_status status;
	unsigned len;               /* 2 for LD_IMM64, else 1 */
	uint64_t imm64;             /* LD_IMM64 value */
};

/* Decode insns[idx] of a stream of n.  Never reads past insns[n-1]. */
enum bv_decode_status bv_insn_decode(const struct bv_insn *insns, size_t n,
				     size_t idx, struct bv_decoded *out);
const char *bv_decode_status_str(enum bv_decode_status s);

/* The line the Linux verifier prints for an instruction that did not
 * decode cleanly ("unknown opcode 8d", "BPF_ALU uses reserved fields",
 * "invalid bpf_ld_imm64 insn", ...).  Also flags forms the kernel does not
 * know (callx).  Writes "" for an instruction the kernel accepts. */
int bv_insn_kernel_msg(const struct bv_insn *insns, size_t n, size_t idx,
		       const struct bv_decoded *d, char *buf, size_t size);

/* RFC 9669 strictness, for runtimes: every field the form does not use is
 * zero and registers are r0-r10. */
int bv_insn_strict_ok(const struct bv_insn *insn, const struct bv_form *f);

/* Encode a form with operands; fields the form fixes are overwritten. */
struct bv_insn bv_insn_make(const struct bv_form *f, int dst, int src,
			    int16_t off, int32_t imm);

/* Look a form up by RFC mnemonic (e.g. "add64", "jsle32", "lddw"). */
const struct bv_form *bv_form_by_mnem(const char *mnem);

/* Read little-endian instructions from bytes; n = len / 8. */
void bv_insn_from_bytes(struct bv_insn *out, const uint8_t *bytes, size_t n);
void bv_insn_to_bytes(uint8_t *out, const struct bv_insn *insns, size_t n);

/* ---- disassembler ---- */

/* Names the disassembler cannot know from the instruction alone. */
struct bv_disasm_names {
	/* Name of the map an LD_IMM64 at idx refers to, or NULL. */
	const char *(*map_name)(void *ctx, size_t idx);
	/* Name of a kfunc called at idx, or NULL. */
	const char *(*kfunc_name)(void *ctx, size_t idx);
	void *ctx;
	/* Print helper names as the kernel does (bpf_x#N).  When zero, the
	 * bare helper id is shown. */
	int helper_names;
	/* Spell out pseudo sources the kernel shows as plain numbers
	 * (map[fd:N], map[idx:N], btf_id[N], func[pc+N], kfunc#N), so the
	 * text assembles back to the same bytes. */
	int symbolic;
};

/* Print insns[idx] as the kernel's verifier log does, without the leading
 * "IDX: " and without a newline: "(b7) r1 = 2".  Returns the number of
 * characters written (as snprintf). */
int bv_insn_print(char *buf, size_t size, const struct bv_insn *insns,
		  size_t n, size_t idx, const struct bv_disasm_names *names);

/* ---- assembler: one instruction ---- */

/* Parse one instruction in kernel syntax ("r1 += 2", "if r1 > r2 goto
 * +3", "lock *(u64 *)(r1 +0) += r2", ...).  Up to two instructions are
 * written to out (LD_IMM64).  Symbolic operands — labels, map names, helper
 * names — are resolved through the callback, which returns 0 on success.
 * Returns the number of instructions, or a negative errno with err set. */
enum bv_sym_kind {
	BV_SYM_LABEL,   /* jump or call target: *value = target index */
	BV_SYM_MAP,     /* map reference: *value = map index */
	BV_SYM_HELPER,  /* helper by name: *value = helper id */
	BV_SYM_KFUNC,   /* kfunc by name: *value = BTF id (0 if unknown) */
};
struct bv_asm_resolver {
	int (*resolve)(void *ctx, enum bv_sym_kind kind, const char *name,
		       int64_t *value);
	void *ctx;
};
int bv_insn_parse(const char *text, size_t idx,
		  const struct bv_asm_resolver *res, struct bv_insn out[2],
		  struct bv_error *err);

#ifdef __cplusplus
}
#endif
#endif
