/* The assembler's instruction parser: the kernel's own syntax read back.
 * Whatever the disassembler prints, this parses, so a line pasted from a
 * verifier log ("12: (bf) r1 = r6") assembles to the same instruction.  On
 * top of that it accepts labels wherever an offset goes, helper names
 * without their id, map names in LD_IMM64 and LLVM's "ll" suffix. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/helpers.h"
#include "bpfvet/insn.h"

struct cur {
	const char *p;
};

static void ws(struct cur *c)
{
	while (*c->p == ' ' || *c->p == '\t')
		c->p++;
}

/* Consume the literal s (after optional spaces); spaces inside s match any
 * run of spaces, including none. */
static int lit(struct cur *c, const char *s)
{
	const char *p = c->p;

	while (*p == ' ' || *p == '\t')
		p++;
	for (; *s; s++) {
		if (*s == ' ') {
			while (*p == ' ' || *p == '\t')
				p++;
			continue;
		}
		if (*p != *s)
			return 0;
		p++;
	}
	c->p = p;
	return 1;
}

/* A register: r0-r10 or w0-w10.  kind gets 'r' or 'w'. */
static int reg(struct cur *c, int *r, char *kind)
{
	const char *p = c->p;
	long v;
	char *end;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != 'r' && *p != 'w')
		return 0;
	if (!isdigit((unsigned char)p[1]))
		return 0;
	v = strtol(p + 1, &end, 10);
	if (v < 0 || v > 15 || isalnum((unsigned char)*end) || *end == '_')
		return 0;
	if (kind)
		*kind = *p;
	*r = (int)v;
	c->p = end;
	return 1;
}

/* An integer: decimal or 0x hex, optional sign. hex set when 0x used. */
static int num(struct cur *c, int64_t *v, int *hex)
{
	const char *p = c->p;
	int neg = 0;
	char *end;
	uint64_t u;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '+' || *p == '-') {
		neg = *p == '-';
		p++;
	}
	if (!isdigit((unsigned char)*p))
		return 0;
	errno = 0;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		if (!isxdigit((unsigned char)p[2]))
			return 0;
		u = strtoull(p + 2, &end, 16);
		if (hex)
			*hex = 1;
	} else {
		u = strtoull(p, &end, 10);
		if (hex)
			*hex = 0;
	}
	if (errno == ERANGE || isalnum((unsigned char)*end) || *end == '_')
		return 0;
	*v = neg ? (int64_t)(0 - u) : (int64_t)u;
	c->p = end;
	return 1;
}

static int ident(struct cur *c, char *out, size_t size)
{
	const char *p = c->p;
	size_t n = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!isalpha((unsigned char)*p) && *p != '_' && *p != '.')
		return 0;
	while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '.')
		n++;
	if (n >= size)
		return 0;
	memcpy(out, p, n);
	out[n] = '\0';
	c->p = p + n;
	return 1;
}

static int at_end(struct cur *c)
{
	ws(c);
	return *c->p == '\0';
}

struct ctx {
	size_t idx;
	const struct bv_asm_resolver *res;
	struct bv_error *err;
	const char *text;
};

static int fail(struct ctx *x, const char *why)
{
	return bv_error_set(x->err, -EINVAL, "%s: '%s'", why, x->text);
}

static int resolve(struct ctx *x, enum bv_sym_kind k, const char *name, int64_t *v)
{
	if (!x->res || !x->res->resolve)
		return -ENOENT;
	return x->res->resolve(x->res->ctx, k, name, v);
}

/* "pc+N", "+N", "-N", "N" or a label; result is the relative offset. */
static int target(struct cur *c, struct ctx *x, int64_t *rel)
{
	char name[128];
	int64_t v;

	if (lit(c, "pc")) {
		if (!num(c, &v, NULL))
			return 0;
		*rel = v;
		return 1;
	}
	if (num(c, &v, NULL)) {
		*rel = v;
		return 1;
	}
	if (ident(c, name, sizeof(name))) {
		if (resolve(x, BV_SYM_LABEL, name, &v))
			return bv_error_set(x->err, -ENOENT, "unknown label '%s'", name), -1;
		*rel = v - (int64_t)x->idx - 1;
		return 1;
	}
	return 0;
}

static int size_word(struct cur *c, unsigned *bytes, int *sign)
{
	static const struct { const char *s; unsigned b; int sg; } t[] = {
		{ "u8", 1, 0 }, { "u16", 2, 0 }, { "u32", 4, 0 }, { "u64", 8, 0 },
		{ "s8", 1, 1 }, { "s16", 2, 1 }, { "s32", 4, 1 }, { "s64", 8, 1 },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct cur save = *c;

		if (lit(c, t[i].s) && !isalnum((unsigned char)*c->p)) {
			*bytes = t[i].b;
			*sign = t[i].sg;
			return 1;
		}
		*c = save;
	}
	return 0;
}

static unsigned size_bits(unsigned bytes)
{
	switch (bytes) {
	case 1: return BV_B;
	case 2: return BV_H;
	case 4: return BV_W;
	default: return BV_DW;
	}
}

/* "(u64 *)(r1 +8)" — the pointer operand of loads, stores and atomics. */
static int memref(struct cur *c, unsigned *bytes, int *sign, int *r, int64_t *off)
{
	if (!lit(c, "(") || !size_word(c, bytes, sign) || !lit(c, "*)") || !lit(c, "(") ||
	    !reg(c, r, NULL))
		return 0;
	*off = 0;
	ws(c);
	if (*c->p == '+' || *c->p == '-') {
		if (!num(c, off, NULL))
			return 0;
	}
	return lit(c, ")");
}

static const struct bv_form *find(uint8_t code, enum bv_disc disc, int32_t val)
{
	size_t n;
	const struct bv_form *f = bv_forms(&n);

	for (size_t i = 0; i < n; i++)
		if (f[i].code == code && (f[i].disc == BV_DISC_NONE || disc == BV_DISC_NONE ||
					  (f[i].disc == disc && f[i].disc_val == val)))
			return &f[i];
	return NULL;
}

static int emit(struct ctx *x, struct bv_insn *out, uint8_t code, enum bv_disc disc,
		int32_t dv, int dst, int src, int64_t off, int64_t imm)
{
	const struct bv_form *f = find(code, disc, dv);

	if (!f)
		return fail(x, "no such instruction");
	if (off < INT16_MIN || off > INT16_MAX)
		return fail(x, "offset does not fit in 16 bits");
	if (imm < INT32_MIN || imm > UINT32_MAX)
		return fail(x, "immediate does not fit in 32 bits");
	out[0] = bv_insn_make(f, dst, src, (int16_t)off, (int32_t)(uint32_t)imm);
	return 1;
}

static const struct { const char *sym; uint8_t op; int signed_off; } alu_ops[] = {
	{ "s>>=", BV_ARSH, 0 }, { "s/=", BV_DIV, 1 }, { "s%=", BV_MOD, 1 },
	{ "<<=", BV_LSH, 0 },  { ">>=", BV_RSH, 0 },  { "+=", BV_ADD, 0 },
	{ "-=", BV_SUB, 0 },   { "*=", BV_MUL, 0 },   { "/=", BV_DIV, 0 },
	{ "|=", BV_OR, 0 },    { "&=", BV_AND, 0 },   { "%=", BV_MOD, 0 },
	{ "^=", BV_XOR, 0 },
};

static const struct { const char *sym; uint8_t op; } jmp_ops[] = {
	{ "s>=", BV_JSGE }, { "s<=", BV_JSLE }, { "s>", BV_JSGT }, { "s<", BV_JSLT },
	{ "==", BV_JEQ },   { "!=", BV_JNE },   { ">=", BV_JGE },  { "<=", BV_JLE },
	{ ">", BV_JGT },    { "<", BV_JLT },    { "&", BV_JSET },
};

static const struct { const char *name; int32_t imm; int fetch_form; } atomic_fns[] = {
	{ "atomic64_fetch_add", BV_ADD | BV_FETCH, 1 }, { "atomic_fetch_add", BV_ADD | BV_FETCH, 1 },
	{ "atomic64_fetch_or", BV_OR | BV_FETCH, 1 },   { "atomic_fetch_or", BV_OR | BV_FETCH, 1 },
	{ "atomic64_fetch_and", BV_AND | BV_FETCH, 1 }, { "atomic_fetch_and", BV_AND | BV_FETCH, 1 },
	{ "atomic64_fetch_xor", BV_XOR | BV_FETCH, 1 }, { "atomic_fetch_xor", BV_XOR | BV_FETCH, 1 },
	{ "atomic64_xchg", BV_XCHG, 1 },                { "atomic_xchg", BV_XCHG, 1 },
	{ "atomic64_cmpxchg", BV_CMPXCHG, 2 },          { "atomic_cmpxchg", BV_CMPXCHG, 2 },
};

static int parse_jump(struct cur *c, struct ctx *x, struct bv_insn *out)
{
	int dst, src;
	char k1, k2;
	int64_t imm, rel;
	int r = 0;

	if (!reg(c, &dst, &k1))
		return fail(x, "expected a register after 'if'");
	for (size_t i = 0; i < sizeof(jmp_ops) / sizeof(jmp_ops[0]); i++) {
		struct cur save = *c;
		uint8_t cls = k1 == 'w' ? BV_JMP32 : BV_JMP;

		if (!lit(c, jmp_ops[i].sym)) {
			*c = save;
			continue;
		}
		if (reg(c, &src, &k2)) {
			if (k2 != k1)
				return fail(x, "mixed register widths");
			if (!lit(c, "goto") || (r = target(c, x, &rel)) <= 0 || !at_end(c))
				return r < 0 ? r : fail(x, "expected 'goto TARGET'");
			return emit(x, out, cls | BV_X | jmp_ops[i].op, BV_DISC_NONE, 0, dst, src, rel, 0);
		}
		if (!num(c, &imm, NULL))
			return fail(x, "expected a register or a number");
		if (!lit(c, "goto") || (r = target(c, x, &rel)) <= 0 || !at_end(c))
			return r < 0 ? r : fail(x, "expected 'goto TARGET'");
		if (imm > UINT32_MAX || imm < INT32_MIN)
			return fail(x, "immediate does not fit in 32 bits");
		return emit(x, out, cls | BV_K | jmp_ops[i].op, BV_DISC_NONE, 0, dst, 0, rel, imm);
	}
	return fail(x, "unknown comparison");
}

static int parse_call(struct cur *c, struct ctx *x, struct bv_insn *out)
{
	char name[128];
	int64_t v, rel;
	int r = 0;

	if (lit(c, "pc")) {
		if (!num(c, &v, NULL) || !at_end(c))
			return fail(x, "expected 'call pc+N'");
		return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, BV_PSEUDO_CALL, 0, 0, 0, v);
	}
	if (num(c, &v, NULL)) {
		if (!at_end(c))
			return fail(x, "trailing text after call");
		return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, 0, 0, 0, 0, v);
	}
	if (!ident(c, name, sizeof(name)))
		return fail(x, "expected a helper, function or label after 'call'");
	if (lit(c, "#")) {
		/* "bpf_x#N": the kernel's own form; the id wins */
		if (!num(c, &v, NULL) || !at_end(c))
			return fail(x, "expected an id after '#'");
		if (!strcmp(name, "unknown") || bv_helper_by_name(name))
			return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, 0, 0, 0, 0, v);
		return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, BV_PSEUDO_KFUNC_CALL, 0, 0, 0, v);
	}
	if (!at_end(c))
		return fail(x, "trailing text after call");
	if (!resolve(x, BV_SYM_LABEL, name, &v)) {
		rel = v - (int64_t)x->idx - 1;
		return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, BV_PSEUDO_CALL, 0, 0, 0, rel);
	}
	{
		const struct bv_helper *h = bv_helper_by_name(name);

		if (h)
			return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, 0, 0, 0, 0, h->id);
	}
	r = resolve(x, BV_SYM_KFUNC, name, &v);
	if (!r)
		return emit(x, out, BV_JMP | BV_CALL, BV_DISC_SRC, BV_PSEUDO_KFUNC_CALL, 0, 0, 0, v);
	return bv_error_set(x->err, -ENOENT, "'%s' is neither a label, a helper nor a known kfunc",
			    name);
}

/* Everything that starts with "rN =" or "wN =". */
static int parse_assign(struct cur *c, struct ctx *x, struct bv_insn *out, int dst,
			char kd, int ldimm_hint)
{
	uint8_t alu = kd == 'w' ? BV_ALU : BV_ALU64;
	unsigned bytes;
	int sign, src, hex;
	char ks, name[128];
	int64_t v, off;
	struct cur save = *c;

	/* rD = -rD */
	if (lit(c, "-") && reg(c, &src, &ks)) {
		if (src != dst || ks != kd || !at_end(c))
			return fail(x, "negation must name the same register twice");
		return emit(x, out, alu | BV_K | BV_NEG, BV_DISC_NONE, 0, dst, 0, 0, 0);
	}
	*c = save;
	/* rD = be16 rD / le / bswap */
	{
		static const struct { const char *w; uint8_t code; } sw[] = {
			{ "bswap", BV_ALU64 | BV_K | BV_END },
			{ "be", BV_ALU | BV_X | BV_END },
			{ "le", BV_ALU | BV_K | BV_END },
		};
		for (size_t i = 0; i < 3; i++) {
			*c = save;
			if (lit(c, sw[i].w) && isdigit((unsigned char)*c->p)) {
				if (!num(c, &v, NULL) || !reg(c, &src, NULL) || src != dst || !at_end(c))
					return fail(x, "expected 'rN = be16 rN'");
				return emit(x, out, sw[i].code, BV_DISC_IMM, (int32_t)v, dst, 0, 0, v);
			}
		}
	}
	*c = save;
	/* rD = (s8)rS */
	if (lit(c, "(") && size_word(c, &bytes, &sign) && sign && lit(c, ")")) {
		if (!reg(c, &src, &ks) || ks != kd || !at_end(c))
			return fail(x, "expected 'rN = (s8)rM'");
		return emit(x, out, alu | BV_X | BV_MOV, BV_DISC_OFF, (int32_t)bytes * 8, dst, src,
			    (int64_t)bytes * 8, 0);
	}
	*c = save;
	/* rD = *(u32 *)(rS +off) or rD = *(u8 *)skb[...] */
	if (lit(c, "*(") && size_word(c, &bytes, &sign) && lit(c, "*)")) {
		struct cur s2 = *c;

		if (lit(c, "skb[")) {
			if (dst != 0 || sign)
				return fail(x, "packet loads write r0 and are unsigned");
			if (reg(c, &src, NULL)) {
				if (!lit(c, "+") || !num(c, &v, NULL) || !lit(c, "]") || !at_end(c))
					return fail(x, "expected 'skb[rN + imm]'");
				return emit(x, out, BV_LD | BV_IND | size_bits(bytes), BV_DISC_NONE, 0, 0,
					    src, 0, v);
			}
			if (!num(c, &v, NULL) || !lit(c, "]") || !at_end(c))
				return fail(x, "expected 'skb[imm]'");
			return emit(x, out, BV_LD | BV_ABS | size_bits(bytes), BV_DISC_NONE, 0, 0, 0,
				    0, v);
		}
		*c = s2;
		if (!lit(c, "(") || !reg(c, &src, NULL))
			return fail(x, "expected '(rN +off)'");
		off = 0;
		ws(c);
		if ((*c->p == '+' || *c->p == '-') && !num(c, &off, NULL))
			return fail(x, "bad offset");
		if (!lit(c, ")") || !at_end(c))
			return fail(x, "expected ')'");
		if (sign && bytes == 8)
			return fail(x, "no sign-extending 64-bit load");
		return emit(x, out, BV_LDX | (sign ? BV_MEMSX : BV_MEM) | size_bits(bytes),
			    BV_DISC_NONE, 0, dst, src, off, 0);
	}
	*c = save;
	/* atomics returning a value, load_acquire, addr_space_cast */
	if (ident(c, name, sizeof(name)) && lit(c, "(")) {
		if (!strcmp(name, "load_acquire")) {
			if (!memref(c, &bytes, &sign, &src, &off) || !lit(c, ")") || !at_end(c))
				return fail(x, "expected 'rN = load_acquire((u64 *)(rM +off))'");
			return emit(x, out, BV_STX | BV_ATOMIC | size_bits(bytes), BV_DISC_IMM,
				    BV_LOAD_ACQ, dst, src, off, 0);
		}
		if (!strcmp(name, "addr_space_cast")) {
			int64_t a, b;

			if (!reg(c, &src, NULL) || !lit(c, ",") || !num(c, &a, NULL) ||
			    !lit(c, ",") || !num(c, &b, NULL) || !lit(c, ")") || !at_end(c))
				return fail(x, "expected 'rN = addr_space_cast(rM, A, B)'");
			return emit(x, out, BV_ALU64 | BV_X | BV_MOV, BV_DISC_OFF, BV_ADDR_SPACE_CAST,
				    dst, src, BV_ADDR_SPACE_CAST, (int64_t)(((uint64_t)a << 16) | (uint16_t)b));
		}
		for (size_t i = 0; i < sizeof(atomic_fns) / sizeof(atomic_fns[0]); i++) {
			int ptr, r0, val;

			if (strcmp(name, atomic_fns[i].name))
				continue;
			if (!memref(c, &bytes, &sign, &ptr, &off) || !lit(c, ","))
				return fail(x, "expected '((u64 *)(rN +off), ...'");
			if (atomic_fns[i].fetch_form == 2) {
				if (!reg(c, &r0, NULL) || r0 != 0 || !lit(c, ",") || dst != 0)
					return fail(x, "cmpxchg compares with r0 and returns in r0");
			}
			if (!reg(c, &val, NULL) || !lit(c, ")") || !at_end(c))
				return fail(x, "expected a register and ')'");
			if (atomic_fns[i].fetch_form == 1 && val != dst)
				return fail(x, "fetch atomics return into their source register");
			if ((bytes == 8) != (strstr(name, "64") != NULL))
				return fail(x, "atomic64_* takes u64, atomic_* u32");
			return emit(x, out, BV_STX | BV_ATOMIC | size_bits(bytes), BV_DISC_IMM,
				    atomic_fns[i].imm, ptr, val, off, 0);
		}
		return fail(x, "unknown function-style instruction");
	}
	*c = save;
	/* rD = map[name], map[name][0]+off, map[idx:N], func[label] */
	if (lit(c, "map[")) {
		int src_kind = BV_PSEUDO_MAP_FD;
		int64_t mv = 0, voff = 0;
		int value = 0;

		if (lit(c, "idx:")) {
			src_kind = BV_PSEUDO_MAP_IDX;
			if (!num(c, &mv, NULL))
				return fail(x, "expected map index");
		} else if (lit(c, "fd:")) {
			if (!num(c, &mv, NULL))
				return fail(x, "expected map fd");
		} else {
			if (!ident(c, name, sizeof(name)))
				return fail(x, "expected a map name");
			if (resolve(x, BV_SYM_MAP, name, &mv))
				return bv_error_set(x->err, -ENOENT, "unknown map '%s'", name);
		}
		if (!lit(c, "]"))
			return fail(x, "expected ']'");
		if (lit(c, "[0]"))
			value = 1;
		ws(c);
		if (*c->p == '+' || *c->p == '-') {
			value = 1;
			if (!num(c, &voff, NULL))
				return fail(x, "bad map value offset");
		}
		if (!at_end(c))
			return fail(x, "trailing text after map reference");
		if (kd != 'r')
			return fail(x, "64-bit loads need an r register");
		if (value)
			src_kind = src_kind == BV_PSEUDO_MAP_IDX ? BV_PSEUDO_MAP_IDX_VALUE
								  : BV_PSEUDO_MAP_VALUE;
		if (emit(x, out, BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, src_kind, dst, 0, 0, mv) < 0)
			return -EINVAL;
		out[1] = (struct bv_insn){ 0 };
		out[1].imm = (int32_t)voff;
		return 2;
	}
	*c = save;
	if (lit(c, "func[") || lit(c, "btf_id[")) {
		int is_func = c->p[-1] == '[' && c->p[-2] == 'c';
		int64_t rel = 0;
		int r = 0;

		if (is_func) {
			if ((r = target(c, x, &rel)) <= 0)
				return r < 0 ? r : fail(x, "expected func[TARGET]");
		} else if (!num(c, &rel, NULL)) {
			return fail(x, "expected btf_id[N]");
		}
		if (!lit(c, "]") || !at_end(c))
			return fail(x, "expected ']'");
		if (emit(x, out, BV_LD | BV_IMM | BV_DW, BV_DISC_SRC,
			 is_func ? BV_PSEUDO_FUNC : BV_PSEUDO_BTF_ID, dst, 0, 0, rel) < 0)
			return -EINVAL;
		out[1] = (struct bv_insn){ 0 };
		return 2;
	}
	*c = save;
	/* rD = rS */
	if (reg(c, &src, &ks)) {
		if (ks != kd || !at_end(c))
			return fail(x, "expected 'rN = rM'");
		return emit(x, out, alu | BV_X | BV_MOV, BV_DISC_OFF, 0, dst, src, 0, 0);
	}
	/* rD = imm or a 64-bit immediate */
	if (num(c, &v, &hex)) {
		int ll = lit(c, "ll");

		if (!at_end(c))
			return fail(x, "trailing text after immediate");
		if (kd == 'r' && (ldimm_hint || ll || hex || v < INT32_MIN || v > INT32_MAX)) {
			if (emit(x, out, BV_LD | BV_IMM | BV_DW, BV_DISC_SRC, 0, dst, 0, 0,
				 (int64_t)(uint32_t)(uint64_t)v) < 0)
				return -EINVAL;
			out[1] = (struct bv_insn){ 0 };
			out[1].imm = (int32_t)(uint32_t)((uint64_t)v >> 32);
			return 2;
		}
		if (kd == 'w' && (v < INT32_MIN || v > UINT32_MAX))
			return fail(x, "immediate does not fit in 32 bits");
		return emit(x, out, alu | BV_K | BV_MOV, BV_DISC_NONE, 0, dst, 0, 0, v);
	}
	return fail(x, "cannot parse the right-hand side");
}

int bv_insn_parse(const char *text, size_t idx, const struct bv_asm_resolver *res,
		  struct bv_insn out[2], struct bv_error *err)
{
	struct ctx x = { idx, res, err, text };
	struct cur c = { text };
	int64_t v, off, rel;
	int dst, src, r, opcode_hint = -1;
	unsigned bytes;
	int sign;
	char kd, ks;

	/* optional "IDX:" and "(XX)" as the kernel prints them */
	{
		struct cur s = c;

		if (num(&s, &v, NULL) && lit(&s, ":"))
			c = s;
		s = c;
		if (lit(&s, "(") && isxdigit((unsigned char)s.p[0]) && isxdigit((unsigned char)s.p[1]) &&
		    s.p[2] == ')') {
			opcode_hint = (int)strtol(s.p, NULL, 16);
			s.p += 3;
			c = s;
		}
	}
	ws(&c);
	if (lit(&c, "exit") && at_end(&c)) {
		r = emit(&x, out, BV_JMP | BV_EXIT, BV_DISC_NONE, 0, 0, 0, 0, 0);
	} else if (lit(&c, "gotol")) {
		if ((r = target(&c, &x, &rel)) <= 0 || !at_end(&c))
			return r < 0 ? r : fail(&x, "expected 'gotol TARGET'");
		r = emit(&x, out, BV_JMP32 | BV_JA, BV_DISC_NONE, 0, 0, 0, 0, rel);
	} else if (lit(&c, "goto")) {
		if ((r = target(&c, &x, &rel)) <= 0 || !at_end(&c))
			return r < 0 ? r : fail(&x, "expected 'goto TARGET'");
		r = emit(&x, out, BV_JMP | BV_JA, BV_DISC_NONE, 0, 0, 0, rel, 0);
	} else if (lit(&c, "may_goto")) {
		if ((r = target(&c, &x, &rel)) <= 0 || !at_end(&c))
			return r < 0 ? r : fail(&x, "expected 'may_goto TARGET'");
		r = emit(&x, out, BV_JMP | BV_JCOND, BV_DISC_SRC, 0, 0, 0, rel, 0);
	} else if (lit(&c, "if ")) {
		r = parse_jump(&c, &x, out);
	} else if (lit(&c, "callx ")) {
		if (!reg(&c, &dst, NULL) || !at_end(&c))
			return fail(&x, "expected 'callx rN'");
		r = emit(&x, out, BV_JMP | BV_X | BV_CALL, BV_DISC_NONE, 0, dst, 0, 0, 0);
	} else if (lit(&c, "call ")) {
		r = parse_call(&c, &x, out);
	} else if (lit(&c, "lock ")) {
		static const struct { const char *s; int32_t imm; } ops[] = {
			{ "+=", BV_ADD }, { "|=", BV_OR }, { "&=", BV_AND }, { "^=", BV_XOR },
		};
		if (!lit(&c, "*") || !memref(&c, &bytes, &sign, &dst, &off))
			return fail(&x, "expected 'lock *(u64 *)(rN +off) += rM'");
		r = -1;
		for (size_t i = 0; i < 4; i++) {
			if (lit(&c, ops[i].s)) {
				if (!reg(&c, &src, NULL) || !at_end(&c))
					return fail(&x, "expected a register");
				r = emit(&x, out, BV_STX | BV_ATOMIC | size_bits(bytes), BV_DISC_IMM,
					 ops[i].imm, dst, src, off, 0);
				break;
			}
		}
		if (r == -1)
			return fail(&x, "unknown atomic operation");
	} else if (lit(&c, "store_release(")) {
		if (!memref(&c, &bytes, &sign, &dst, &off) || !lit(&c, ",") || !reg(&c, &src, NULL) ||
		    !lit(&c, ")") || !at_end(&c))
			return fail(&x, "expected 'store_release((u64 *)(rN +off), rM)'");
		r = emit(&x, out, BV_STX | BV_ATOMIC | size_bits(bytes), BV_DISC_IMM, BV_STORE_REL,
			 dst, src, off, 0);
	} else if (lit(&c, "*")) {
		/* *(u32 *)(rD +off) = rS | imm */
		if (!memref(&c, &bytes, &sign, &dst, &off) || sign || !lit(&c, "="))
			return fail(&x, "expected '*(u64 *)(rN +off) = ...'");
		if (reg(&c, &src, &ks)) {
			if (!at_end(&c))
				return fail(&x, "trailing text after store");
			r = emit(&x, out, BV_STX | BV_MEM | size_bits(bytes), BV_DISC_NONE, 0, dst, src,
				 off, 0);
		} else if (num(&c, &v, NULL) && at_end(&c)) {
			r = emit(&x, out, BV_ST | BV_MEM | size_bits(bytes), BV_DISC_NONE, 0, dst, 0, off,
				 v);
		} else {
			return fail(&x, "expected a register or an immediate to store");
		}
	} else if (reg(&c, &dst, &kd)) {
		int matched = 0;

		r = -1;
		for (size_t i = 0; i < sizeof(alu_ops) / sizeof(alu_ops[0]) && !matched; i++) {
			uint8_t cls = kd == 'w' ? BV_ALU : BV_ALU64;

			if (!lit(&c, alu_ops[i].sym))
				continue;
			matched = 1;
			if (reg(&c, &src, &ks)) {
				if (ks != kd || !at_end(&c))
					return fail(&x, "mixed register widths");
				r = emit(&x, out, cls | BV_X | alu_ops[i].op, BV_DISC_OFF,
					 alu_ops[i].signed_off, dst, src, alu_ops[i].signed_off, 0);
			} else if (num(&c, &v, NULL) && at_end(&c)) {
				r = emit(&x, out, cls | BV_K | alu_ops[i].op, BV_DISC_OFF,
					 alu_ops[i].signed_off, dst, 0, alu_ops[i].signed_off, v);
			} else {
				return fail(&x, "expected a register or an immediate");
			}
		}
		if (!matched) {
			if (!lit(&c, "="))
				return fail(&x, "expected an operator after the register");
			r = parse_assign(&c, &x, out, dst, kd, opcode_hint == 0x18);
		}
	} else {
		return fail(&x, "unrecognised instruction");
	}
	if (r > 0 && opcode_hint >= 0 && opcode_hint != out[0].code)
		return bv_error_set(err, -EINVAL, "opcode (%02x) does not match the instruction (%02x): '%s'",
				    opcode_hint, out[0].code, text);
	return r;
}
