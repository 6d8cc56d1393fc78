/* The assembler syntax of the bpf_conformance test data ("mov %r1, -1",
 * "ldxdw %r0, [%r1+8]", "jne %r1, 0, label", "lock fetch add [%r10-8],
 * %r1", "call local f", "lddw %r0, 0x..."), mapped onto bpfvet's opcode
 * table by RFC mnemonic.  Written for the test suite; it follows the suite's
 * conventions, such as the implicit label "exit" on the first exit. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf_asm.h"

struct label {
	char name[64];
	size_t idx;
};

struct fixup {
	size_t insn;
	char name[64];
	int in_imm;
};

struct cas {
	struct bv_insn *out;
	size_t n, cap;
	struct label labels[256];
	int n_labels;
	struct fixup fix[1024];
	int n_fix;
	char *err;
	size_t err_size;
	int line;
};

static int fail(struct cas *a, const char *fmt, const char *arg)
{
	char msg[256];

	snprintf(msg, sizeof(msg), fmt, arg);
	snprintf(a->err, a->err_size, "line %d: %s", a->line, msg);
	return -EINVAL;
}

static int reg(const char *s, int *r)
{
	char *end;
	long v;

	if (s[0] != '%' || s[1] != 'r')
		return -1;
	v = strtol(s + 2, &end, 10);
	if (*end || v < 0 || v > 10 || end == s + 2)
		return -1;
	*r = (int)v;
	return 0;
}

/* Immediates: decimal or hex, negative allowed, truncated to the field. */
static int imm(const char *s, int64_t *v)
{
	char *end;
	int neg = *s == '-';
	uint64_t u;

	if (*s == '+' || *s == '-')
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	u = strtoull(s, &end, 0);
	if (*end || errno)
		return -1;
	*v = neg ? (int64_t)(0 - u) : (int64_t)u;
	return 0;
}

/* "[%rN+off]", "[%rN-off]", "[%rN]" */
static int memref(const char *s, int *r, int64_t *off)
{
	char buf[64], *p;
	size_t n = strlen(s);

	if (n < 4 || s[0] != '[' || s[n - 1] != ']' || n >= sizeof(buf))
		return -1;
	memcpy(buf, s + 1, n - 2);
	buf[n - 2] = 0;
	*off = 0;
	p = strpbrk(buf + 1, "+-");
	if (p) {
		if (imm(p, off))
			return -1;
		if (*off < -32768 || *off > 32767)
			return -1;
		*p = 0;
	}
	return reg(buf, r);
}

static int emit(struct cas *a, struct bv_insn in)
{
	struct bv_insn *o;

	if (a->n >= a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 64;

		o = realloc(a->out, cap * sizeof(*o));
		if (!o)
			return -ENOMEM;
		a->out = o;
		a->cap = cap;
	}
	a->out[a->n++] = in;
	return 0;
}

static int target(struct cas *a, const char *s, int in_imm, int64_t *rel)
{
	if (*s == '+' || *s == '-')
		return imm(s, rel) ? fail(a, "bad offset '%s'", s) : 0;
	if (isalpha((unsigned char)*s) || *s == '_') {
		if (a->n_fix >= 1024)
			return fail(a, "too many labels%s", "");
		a->fix[a->n_fix].insn = a->n;
		a->fix[a->n_fix].in_imm = in_imm;
		snprintf(a->fix[a->n_fix].name, sizeof(a->fix[0].name), "%s", s);
		a->n_fix++;
		*rel = 0;
		return 0;
	}
	return imm(s, rel) ? fail(a, "bad target '%s'", s) : 0;
}

static const char *const alu_ops[] = { "add", "sub", "mul", "div", "or", "and", "lsh", "rsh",
				       "neg", "mod", "xor", "mov", "arsh", "sdiv", "smod", NULL };
static const int alu_codes[] = { BV_ADD, BV_SUB, BV_MUL, BV_DIV, BV_OR, BV_AND, BV_LSH, BV_RSH,
				 BV_NEG, BV_MOD, BV_XOR, BV_MOV, BV_ARSH, BV_DIV, BV_MOD };
static const char *const jmp_ops[] = { "jeq", "jgt", "jge", "jset", "jne", "jsgt", "jsge",
				       "jlt", "jle", "jslt", "jsle", NULL };
static const int jmp_codes[] = { BV_JEQ, BV_JGT, BV_JGE, BV_JSET, BV_JNE, BV_JSGT, BV_JSGE,
				 BV_JLT, BV_JLE, BV_JSLT, BV_JSLE };

static int line(struct cas *a, char *text)
{
	char *tok[8];
	int nt = 0, r1, r2;
	int64_t v, off;
	char *save = NULL, *t, *m;
	size_t mlen;

	for (t = strtok_r(text, " \t,", &save); t && nt < 8; t = strtok_r(NULL, " \t,", &save)) {
		if (*t == '#')
			break;
		tok[nt++] = t;
	}
	if (!nt)
		return 0;
	m = tok[0];
	mlen = strlen(m);
	if (m[mlen - 1] == ':') {
		if (a->n_labels >= 256)
			return fail(a, "too many labels%s", "");
		m[mlen - 1] = 0;
		for (int i = 0; i < a->n_labels; i++)
			if (!strcmp(a->labels[i].name, m))
				return fail(a, "duplicate label '%s'", m);
		snprintf(a->labels[a->n_labels].name, sizeof(a->labels[0].name), "%s", m);
		a->labels[a->n_labels++].idx = a->n;
		return nt > 1 ? fail(a, "text after label '%s'", m) : 0;
	}
	if (!strcmp(m, "exit")) {
		int have = 0;

		if (nt != 1)
			return fail(a, "exit takes no operands%s", "");
		for (int i = 0; i < a->n_labels; i++)
			have |= !strcmp(a->labels[i].name, "exit");
		if (!have && a->n_labels < 256) {
			strcpy(a->labels[a->n_labels].name, "exit");
			a->labels[a->n_labels++].idx = a->n;
		}
		return emit(a, (struct bv_insn){ BV_JMP | BV_EXIT, 0, 0, 0, 0 });
	}
	if (!strcmp(m, "lddw")) {
		if (nt != 3 || reg(tok[1], &r1) || imm(tok[2], &v))
			return fail(a, "expected 'lddw %%rN, imm64'%s", "");
		if (emit(a, (struct bv_insn){ BV_LD | BV_IMM | BV_DW, (uint8_t)r1, 0, 0, (int32_t)(uint32_t)v }))
			return -ENOMEM;
		return emit(a, (struct bv_insn){ 0, 0, 0, 0, (int32_t)(uint32_t)((uint64_t)v >> 32) });
	}
	if (!strcmp(m, "ja") || !strcmp(m, "ja32")) {
		if (nt != 2 || target(a, tok[1], m[2] == '3', &v))
			return fail(a, "expected 'ja TARGET'%s", "");
		if (m[2] == '3')
			return emit(a, (struct bv_insn){ BV_JMP32 | BV_JA, 0, 0, 0, (int32_t)v });
		return emit(a, (struct bv_insn){ BV_JMP | BV_JA, 0, 0, (int16_t)v, 0 });
	}
	if (!strcmp(m, "call")) {
		if (nt == 2 && !reg(tok[1], &r1))
			return emit(a, (struct bv_insn){ BV_JMP | BV_X | BV_CALL, (uint8_t)r1, 0, 0, 0 });
		if (nt == 3 && !strcmp(tok[1], "local")) {
			if (target(a, tok[2], 1, &v))
				return -EINVAL;
			return emit(a, (struct bv_insn){ BV_JMP | BV_CALL, 0, BV_PSEUDO_CALL, 0, (int32_t)v });
		}
		if ((nt == 2 && !imm(tok[1], &v)) || (nt == 3 && !strcmp(tok[1], "helper") && !imm(tok[2], &v)))
			return emit(a, (struct bv_insn){ BV_JMP | BV_CALL, 0, 0, 0, (int32_t)v });
		if (nt == 3 && !strcmp(tok[1], "runtime") && !imm(tok[2], &v))
			return emit(a, (struct bv_insn){ BV_JMP | BV_CALL, 0, BV_PSEUDO_KFUNC_CALL, 0, (int32_t)v });
		return fail(a, "bad call%s", "");
	}
	if (!strcmp(m, "lock")) {
		static const struct { const char *op; int32_t imm; } aops[] = {
			{ "add", BV_ADD }, { "or", BV_OR }, { "and", BV_AND }, { "xor", BV_XOR },
			{ "xchg", BV_XCHG }, { "cmpxchg", BV_CMPXCHG },
		};
		int k = 1, fetch = 0;
		char op[16];
		int is32;

		if (nt < 2)
			return fail(a, "Invalid number of operands for lock%s", "");
		if (!strcmp(tok[1], "fetch")) {
			fetch = 1;
			k = 2;
		}
		if (nt != k + 3)
			return fail(a, "Invalid number of operands for lock%s", "");
		snprintf(op, sizeof(op), "%s", tok[k]);
		is32 = strlen(op) > 2 && !strcmp(op + strlen(op) - 2, "32");
		if (is32)
			op[strlen(op) - 2] = 0;
		if (memref(tok[k + 1], &r1, &off) || reg(tok[k + 2], &r2))
			return fail(a, "bad lock operands%s", "");
		for (size_t i = 0; i < sizeof(aops) / sizeof(aops[0]); i++)
			if (!strcmp(aops[i].op, op))
				return emit(a, (struct bv_insn){ BV_STX | BV_ATOMIC | (is32 ? BV_W : BV_DW), (uint8_t)r1,
								  (uint8_t)r2, (int16_t)off,
								  aops[i].imm | (fetch ? BV_FETCH : 0) });
		return fail(a, "unknown lock operation '%s'", op);
	}
	/* byte swaps: be16 le32 swap64 bswap16 */
	{
		static const struct { const char *p; uint8_t code; } sw[] = {
			{ "bswap", BV_ALU64 | BV_K | BV_END }, { "swap", BV_ALU64 | BV_K | BV_END },
			{ "be", BV_ALU | BV_X | BV_END }, { "le", BV_ALU | BV_K | BV_END },
		};
		for (size_t i = 0; i < 4; i++) {
			size_t pl = strlen(sw[i].p);

			if (!strncmp(m, sw[i].p, pl) && isdigit((unsigned char)m[pl])) {
				if (nt != 2 || reg(tok[1], &r1))
					return fail(a, "expected '%s %%rN'", m);
				return emit(a, (struct bv_insn){ sw[i].code, (uint8_t)r1, 0, 0, atoi(m + pl) });
			}
		}
	}
	/* movsx832, movsx1664, ... */
	if (!strncmp(m, "movsx", 5)) {
		int from = m[5] == '8' ? 8 : m[5] == '1' ? 16 : 32;
		int to = !strcmp(m + strlen(m) - 2, "32") ? 32 : 64;
		if (nt != 3 || reg(tok[1], &r1) || reg(tok[2], &r2))
			return fail(a, "expected '%s %%rD, %%rS'", m);
		return emit(a, (struct bv_insn){ (uint8_t)((to == 32 ? BV_ALU : BV_ALU64) | BV_X | BV_MOV),
						  (uint8_t)r1, (uint8_t)r2, (int16_t)from, 0 });
	}
	/* loads and stores */
	{
		static const struct { const char *m; uint8_t code; int kind; } ls[] = {
			{ "ldxb", BV_LDX | BV_MEM | BV_B, 0 }, { "ldxh", BV_LDX | BV_MEM | BV_H, 0 },
			{ "ldxw", BV_LDX | BV_MEM | BV_W, 0 }, { "ldxdw", BV_LDX | BV_MEM | BV_DW, 0 },
			{ "ldxsb", BV_LDX | BV_MEMSX | BV_B, 0 }, { "ldxsh", BV_LDX | BV_MEMSX | BV_H, 0 },
			{ "ldxsw", BV_LDX | BV_MEMSX | BV_W, 0 },
			{ "stb", BV_ST | BV_MEM | BV_B, 1 }, { "sth", BV_ST | BV_MEM | BV_H, 1 },
			{ "stw", BV_ST | BV_MEM | BV_W, 1 }, { "stdw", BV_ST | BV_MEM | BV_DW, 1 },
			{ "stxb", BV_STX | BV_MEM | BV_B, 2 }, { "stxh", BV_STX | BV_MEM | BV_H, 2 },
			{ "stxw", BV_STX | BV_MEM | BV_W, 2 }, { "stxdw", BV_STX | BV_MEM | BV_DW, 2 },
		};
		for (size_t i = 0; i < sizeof(ls) / sizeof(ls[0]); i++) {
			if (strcmp(m, ls[i].m))
				continue;
			if (nt != 3)
				return fail(a, "Invalid number of operands for '%s'", m);
			if (ls[i].kind == 0) {
				if (reg(tok[1], &r1) || memref(tok[2], &r2, &off))
					return fail(a, "expected '%s %%rD, [%%rS+off]'", m);
				return emit(a, (struct bv_insn){ ls[i].code, (uint8_t)r1, (uint8_t)r2, (int16_t)off, 0 });
			}
			if (memref(tok[1], &r1, &off))
				return fail(a, "expected '%s [%%rD+off], ...'", m);
			if (ls[i].kind == 1) {
				if (imm(tok[2], &v))
					return fail(a, "bad immediate in '%s'", m);
				return emit(a, (struct bv_insn){ ls[i].code, (uint8_t)r1, 0, (int16_t)off, (int32_t)v });
			}
			if (reg(tok[2], &r2))
				return fail(a, "bad register in '%s'", m);
			return emit(a, (struct bv_insn){ ls[i].code, (uint8_t)r1, (uint8_t)r2, (int16_t)off, 0 });
		}
	}
	/* ALU and jumps: mnemonic, then "32" for the narrow form */
	{
		char base[16];
		int is32 = 0;

		snprintf(base, sizeof(base), "%s", m);
		if (strlen(base) > 2 && !strcmp(base + strlen(base) - 2, "32")) {
			is32 = 1;
			base[strlen(base) - 2] = 0;
		}
		for (int i = 0; alu_ops[i]; i++) {
			uint8_t cls = is32 ? BV_ALU : BV_ALU64;
			int16_t o = (int16_t)(!strncmp(base, "sd", 2) || !strncmp(base, "sm", 2));

			if (strcmp(base, alu_ops[i]))
				continue;
			if (alu_codes[i] == BV_NEG) {
				if (nt != 2 || reg(tok[1], &r1))
					return fail(a, "expected '%s %%rN'", m);
				return emit(a, (struct bv_insn){ (uint8_t)(cls | BV_NEG), (uint8_t)r1, 0, 0, 0 });
			}
			if (nt != 3 || reg(tok[1], &r1))
				return fail(a, "Invalid number of operands for '%s'", m);
			if (!reg(tok[2], &r2))
				return emit(a, (struct bv_insn){ (uint8_t)(cls | BV_X | alu_codes[i]), (uint8_t)r1,
								  (uint8_t)r2, o, 0 });
			if (imm(tok[2], &v) || v > (int64_t)UINT32_MAX || v < INT32_MIN)
				return fail(a, "bad immediate '%s'", tok[2]);
			return emit(a, (struct bv_insn){ (uint8_t)(cls | BV_K | alu_codes[i]), (uint8_t)r1, 0, o,
							  (int32_t)(uint32_t)v });
		}
		for (int i = 0; jmp_ops[i]; i++) {
			uint8_t cls = is32 ? BV_JMP32 : BV_JMP;

			if (strcmp(base, jmp_ops[i]))
				continue;
			if (nt != 4 || reg(tok[1], &r1))
				return fail(a, "Invalid number of operands for '%s'", m);
			if (target(a, tok[3], 0, &off))
				return -EINVAL;
			if (!reg(tok[2], &r2))
				return emit(a, (struct bv_insn){ (uint8_t)(cls | BV_X | jmp_codes[i]), (uint8_t)r1,
								  (uint8_t)r2, (int16_t)off, 0 });
			if (imm(tok[2], &v) || v > (int64_t)UINT32_MAX || v < INT32_MIN)
				return fail(a, "bad immediate '%s'", tok[2]);
			return emit(a, (struct bv_insn){ (uint8_t)(cls | BV_K | jmp_codes[i]), (uint8_t)r1, 0,
							  (int16_t)off, (int32_t)(uint32_t)v });
		}
	}
	return fail(a, "Invalid mnemonic '%s'", m);
}

int conf_assemble(const char *text, struct bv_insn **out, size_t *n, char *err, size_t err_size)
{
	struct cas a = { .err = err, .err_size = err_size };
	char *copy = strdup(text), *save = NULL, *l;
	int r = 0;

	if (!copy)
		return -ENOMEM;
	err[0] = 0;
	for (l = strtok_r(copy, "\n", &save); l && !r; l = strtok_r(NULL, "\n", &save)) {
		a.line++;
		r = line(&a, l);
	}
	free(copy);
	for (int i = 0; !r && i < a.n_fix; i++) {
		int found = -1;

		for (int k = 0; k < a.n_labels; k++)
			if (!strcmp(a.labels[k].name, a.fix[i].name))
				found = k;
		if (found < 0) {
			snprintf(err, err_size, "Invalid label: %s", a.fix[i].name);
			r = -EINVAL;
			break;
		}
		if (a.fix[i].in_imm)
			a.out[a.fix[i].insn].imm = (int32_t)((int64_t)a.labels[found].idx - (int64_t)a.fix[i].insn - 1);
		else
			a.out[a.fix[i].insn].off = (int16_t)((int64_t)a.labels[found].idx - (int64_t)a.fix[i].insn - 1);
	}
	if (r) {
		free(a.out);
		return r;
	}
	*out = a.out;
	*n = a.n;
	return 0;
}
