/* The disassembler: one instruction in exactly the text the Linux
 * verifier log uses ("(bf) r6 = r1", "(85) call bpf_map_lookup_elem#1",
 * "(db) lock *(u64 *)(r0 +0) += r1").  The text is an interface: users
 * paste it into search engines and our verifier log must match the kernel's
 * line for line, so every format here was checked against a 6.18 log. */
#include <inttypes.h>
#include <stdio.h>

#include "bpfvet/helpers.h"
#include "bpfvet/insn.h"

static const char *size_name(unsigned bytes, int sign)
{
	switch (bytes) {
	case 1: return sign ? "s8" : "u8";
	case 2: return sign ? "s16" : "u16";
	case 4: return sign ? "s32" : "u32";
	default: return sign ? "s64" : "u64";
	}
}

static int print_alu(char *buf, size_t size, const struct bv_insn *in,
		     const struct bv_form *f)
{
	char r = f->is64 ? 'r' : 'w';

	switch (f->op) {
	case BV_OP_NEG:
		return snprintf(buf, size, "(%02x) %c%d = -%c%d", in->code, r, in->dst, r, in->dst);
	case BV_OP_LE: case BV_OP_BE: case BV_OP_BSWAP:
		/* byte swaps always name the 64-bit register */
		return snprintf(buf, size, "(%02x) r%d = %s%d r%d", in->code, in->dst, f->sym,
				in->imm, in->dst);
	case BV_OP_MOVSX:
		return snprintf(buf, size, "(%02x) %c%d = (s%d)%c%d", in->code, r, in->dst, in->off,
				r, in->src);
	case BV_OP_ADDR_SPACE_CAST:
		return snprintf(buf, size, "(%02x) r%d = addr_space_cast(r%d, %u, %u)", in->code,
				in->dst, in->src, (uint32_t)in->imm >> 16, (uint16_t)in->imm);
	default:
		break;
	}
	if (f->x)
		return snprintf(buf, size, "(%02x) %c%d %s %c%d", in->code, r, in->dst, f->sym, r,
				in->src);
	return snprintf(buf, size, "(%02x) %c%d %s %d", in->code, r, in->dst, f->sym, in->imm);
}

static int print_atomic(char *buf, size_t size, const struct bv_insn *in,
			const struct bv_form *f)
{
	const char *sz = size_name(f->size, 0);

	switch (f->op) {
	case BV_OP_ATOMIC_ADD: case BV_OP_ATOMIC_OR:
	case BV_OP_ATOMIC_AND: case BV_OP_ATOMIC_XOR:
		return snprintf(buf, size, "(%02x) lock *(%s *)(r%d %+d) %s r%d", in->code, sz,
				in->dst, in->off, f->sym, in->src);
	case BV_OP_ATOMIC_CMPXCHG:
		return snprintf(buf, size, "(%02x) r0 = %s((%s *)(r%d %+d), r0, r%d)", in->code,
				f->sym, sz, in->dst, in->off, in->src);
	case BV_OP_LOAD_ACQ:
		return snprintf(buf, size, "(%02x) r%d = load_acquire((%s *)(r%d %+d))", in->code,
				in->dst, sz, in->src, in->off);
	case BV_OP_STORE_REL:
		return snprintf(buf, size, "(%02x) store_release((%s *)(r%d %+d), r%d)", in->code,
				sz, in->dst, in->off, in->src);
	default: /* fetch forms and xchg */
		return snprintf(buf, size, "(%02x) r%d = %s((%s *)(r%d %+d), r%d)", in->code,
				in->src, f->sym, sz, in->dst, in->off, in->src);
	}
}

static int print_ld_imm64(char *buf, size_t size, const struct bv_insn *insns,
			  size_t idx, uint64_t imm64,
			  const struct bv_disasm_names *names)
{
	const struct bv_insn *in = &insns[idx];
	const char *map = NULL;

	if (names && names->map_name)
		map = names->map_name(names->ctx, idx);
	if (map) {
		/* The kernel prints the map's address here, which only it can
		 * know; name the map instead, the way bpftool does. */
		if (in->src == BV_PSEUDO_MAP_VALUE || in->src == BV_PSEUDO_MAP_IDX_VALUE)
			return snprintf(buf, size, "(%02x) r%d = map[%s][0]+%d", in->code, in->dst,
					map, insns[idx + 1].imm);
		return snprintf(buf, size, "(%02x) r%d = map[%s]", in->code, in->dst, map);
	}
	if (names && names->symbolic) {
		switch (in->src) {
		case BV_PSEUDO_MAP_FD:
			return snprintf(buf, size, "(%02x) r%d = map[fd:%d]", in->code, in->dst, in->imm);
		case BV_PSEUDO_MAP_IDX:
			return snprintf(buf, size, "(%02x) r%d = map[idx:%d]", in->code, in->dst, in->imm);
		case BV_PSEUDO_MAP_VALUE:
			return snprintf(buf, size, "(%02x) r%d = map[fd:%d][0]+%d", in->code, in->dst,
					in->imm, insns[idx + 1].imm);
		case BV_PSEUDO_MAP_IDX_VALUE:
			return snprintf(buf, size, "(%02x) r%d = map[idx:%d][0]+%d", in->code, in->dst,
					in->imm, insns[idx + 1].imm);
		case BV_PSEUDO_BTF_ID:
			return snprintf(buf, size, "(%02x) r%d = btf_id[%d]", in->code, in->dst, in->imm);
		case BV_PSEUDO_FUNC:
			return snprintf(buf, size, "(%02x) r%d = func[pc%+d]", in->code, in->dst, in->imm);
		}
	}
	return snprintf(buf, size, "(%02x) r%d = 0x%" PRIx64, in->code, in->dst, imm64);
}

static int print_call(char *buf, size_t size, const struct bv_insn *insns,
		      size_t idx, const struct bv_form *f,
		      const struct bv_disasm_names *names)
{
	const struct bv_insn *in = &insns[idx];

	if (f->op == BV_OP_CALL_LOCAL)
		return snprintf(buf, size, "(%02x) call pc%+d", in->code, in->imm);
	if (f->op == BV_OP_CALL_KFUNC) {
		const char *name = NULL;

		if (names && names->kfunc_name)
			name = names->kfunc_name(names->ctx, idx);
		if (!name)
			name = names && names->symbolic ? "kfunc" : "unknown";
		return snprintf(buf, size, "(%02x) call %s#%d", in->code, name, in->imm);
	}
	if (names && !names->helper_names)
		return snprintf(buf, size, "(%02x) call %d", in->code, in->imm);
	{
		const struct bv_helper *h = bv_helper_by_id(in->imm);

		if (h)
			return snprintf(buf, size, "(%02x) call bpf_%s#%d", in->code, h->name, in->imm);
		return snprintf(buf, size, "(%02x) call unknown#%d", in->code, in->imm);
	}
}

static int print_jmp(char *buf, size_t size, const struct bv_insn *insns,
		     size_t idx, const struct bv_form *f,
		     const struct bv_disasm_names *names)
{
	const struct bv_insn *in = &insns[idx];
	char r = f->is64 ? 'r' : 'w';

	switch (f->op) {
	case BV_OP_JA:
		if (!f->is64)
			return snprintf(buf, size, "(%02x) gotol pc%+d", in->code, in->imm);
		return snprintf(buf, size, "(%02x) goto pc%+d", in->code, in->off);
	case BV_OP_MAY_GOTO:
		return snprintf(buf, size, "(%02x) may_goto pc%+d", in->code, in->off);
	case BV_OP_EXIT:
		return snprintf(buf, size, "(%02x) exit", in->code);
	case BV_OP_CALLX:
		return snprintf(buf, size, "(%02x) callx r%d", in->code, in->dst);
	case BV_OP_CALL: case BV_OP_CALL_LOCAL: case BV_OP_CALL_KFUNC:
		return print_call(buf, size, insns, idx, f, names);
	default:
		break;
	}
	if (f->x)
		return snprintf(buf, size, "(%02x) if %c%d %s %c%d goto pc%+d", in->code, r, in->dst,
				f->sym, r, in->src, in->off);
	return snprintf(buf, size, "(%02x) if %c%d %s 0x%x goto pc%+d", in->code, r, in->dst,
			f->sym, (uint32_t)in->imm, in->off);
}

int bv_insn_print(char *buf, size_t size, const struct bv_insn *insns,
		  size_t n, size_t idx, const struct bv_disasm_names *names)
{
	const struct bv_insn *in = &insns[idx];
	struct bv_decoded d;
	const struct bv_form *f;

	bv_insn_decode(insns, n, idx, &d);
	f = d.form;
	if (!f)
		return snprintf(buf, size, "(%02x) BUG_%02x", in->code, in->code);
	if (d.status == BV_DECODE_BAD_FORM && BV_CLASS(in->code) == BV_STX)
		return snprintf(buf, size, "BUG_%02x", in->code);
	switch (BV_CLASS(in->code)) {
	case BV_ALU:
	case BV_ALU64:
		if (d.status == BV_DECODE_BAD_FORM && (f->op == BV_OP_LE || f->op == BV_OP_BE ||
						       f->op == BV_OP_BSWAP))
			return snprintf(buf, size, "(%02x) r%d = %s%d r%d", in->code, in->dst, f->sym,
					in->imm, in->dst);
		return print_alu(buf, size, in, f);
	case BV_JMP:
	case BV_JMP32:
		return print_jmp(buf, size, insns, idx, f, names);
	case BV_LDX:
		return snprintf(buf, size, "(%02x) r%d = *(%s *)(r%d %+d)", in->code, in->dst,
				size_name(f->size, f->op == BV_OP_LDXSX), in->src, in->off);
	case BV_ST:
		return snprintf(buf, size, "(%02x) *(%s *)(r%d %+d) = %d", in->code,
				size_name(f->size, 0), in->dst, in->off, in->imm);
	case BV_STX:
		if (f->op == BV_OP_STX)
			return snprintf(buf, size, "(%02x) *(%s *)(r%d %+d) = r%d", in->code,
					size_name(f->size, 0), in->dst, in->off, in->src);
		return print_atomic(buf, size, in, f);
	case BV_LD:
		if (f->op == BV_OP_LD_ABS)
			return snprintf(buf, size, "(%02x) r0 = *(%s *)skb[%d]", in->code,
					size_name(f->size, 0), in->imm);
		if (f->op == BV_OP_LD_IND)
			return snprintf(buf, size, "(%02x) r0 = *(%s *)skb[r%d + %d]", in->code,
					size_name(f->size, 0), in->src, in->imm);
		if (d.status == BV_DECODE_TRUNCATED || d.status == BV_DECODE_BAD_IMM64_HALF)
			return snprintf(buf, size, "(%02x) r%d = 0x%x ; incomplete 64-bit load",
					in->code, in->dst, (uint32_t)in->imm);
		return print_ld_imm64(buf, size, insns, idx, d.imm64, names);
	}
	return snprintf(buf, size, "(%02x) BUG_%02x", in->code, in->code);
}
