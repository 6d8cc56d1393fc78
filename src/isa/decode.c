/* Decoding: from an 8-byte instruction to its row of the opcode table, and
 * the kernel's wording for every way an encoding can be invalid. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "isa_internal.h"

/* Forms of one opcode byte: forms[first .. first+count). */
struct opcode_slot {
	unsigned short first;
	unsigned char count;
};

/* Built once from the table; read-only afterwards. */
static struct opcode_slot by_code[256];
static const struct bv_form *sorted[512];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void build_index(void)
{
	size_t n, k = 0;
	const struct bv_form *f = bv_forms(&n);

	for (unsigned code = 0; code < 256; code++) {
		by_code[code].first = (unsigned short)k;
		for (size_t i = 0; i < n; i++)
			if (f[i].code == code && k < sizeof(sorted) / sizeof(sorted[0]))
				sorted[k++] = &f[i];
		by_code[code].count = (unsigned char)(k - by_code[code].first);
	}
}

static int disc_matches(const struct bv_form *f, const struct bv_insn *in)
{
	switch (f->disc) {
	case BV_DISC_OFF: return in->off == f->disc_val;
	case BV_DISC_IMM: return in->imm == f->disc_val;
	case BV_DISC_SRC: return in->src == f->disc_val;
	default: return 1;
	}
}

static int reserved_ok(unsigned rsv, const struct bv_insn *in)
{
	if ((rsv & BV_RSV_DST) && in->dst)
		return 0;
	if ((rsv & BV_RSV_SRC) && in->src)
		return 0;
	if ((rsv & BV_RSV_OFF) && in->off)
		return 0;
	if ((rsv & BV_RSV_IMM) && in->imm)
		return 0;
	return 1;
}

enum bv_decode_status bv_insn_decode(const struct bv_insn *insns, size_t n,
				     size_t idx, struct bv_decoded *out)
{
	const struct bv_insn *in = &insns[idx];
	const struct opcode_slot *slot;

	pthread_once(&index_once, build_index);
	memset(out, 0, sizeof(*out));
	out->len = 1;
	slot = &by_code[in->code];
	if (!slot->count)
		return out->status = BV_DECODE_UNKNOWN_OPCODE;
	for (unsigned i = 0; i < slot->count; i++) {
		const struct bv_form *f = sorted[slot->first + i];

		if (disc_matches(f, in)) {
			out->form = f;
			break;
		}
	}
	if (!out->form) {
		/* Keep the opcode's first form so callers know the class. */
		out->form = sorted[slot->first];
		return out->status = BV_DECODE_BAD_FORM;
	}
	if (out->form->op == BV_OP_LD_IMM64) {
		const struct bv_insn *hi;

		out->len = 2;
		if (idx + 1 >= n)
			return out->status = BV_DECODE_TRUNCATED;
		hi = &insns[idx + 1];
		if (hi->code || hi->dst || hi->src || hi->off)
			return out->status = BV_DECODE_BAD_IMM64_HALF;
		out->imm64 = ((uint64_t)(uint32_t)hi->imm << 32) | (uint32_t)in->imm;
	}
	if (!reserved_ok(out->form->reserved, in))
		return out->status = BV_DECODE_RESERVED;
	return out->status = BV_DECODE_OK;
}

int bv_insn_strict_ok(const struct bv_insn *insn, const struct bv_form *f)
{
	return reserved_ok(bv_form_rfc_unused(f), insn) && insn->dst <= 10 && insn->src <= 10;
}

const char *bv_decode_status_str(enum bv_decode_status s)
{
	switch (s) {
	case BV_DECODE_OK: return "ok";
	case BV_DECODE_UNKNOWN_OPCODE: return "unknown opcode";
	case BV_DECODE_BAD_FORM: return "invalid operation for this opcode";
	case BV_DECODE_RESERVED: return "reserved field is not zero";
	case BV_DECODE_TRUNCATED: return "64-bit immediate load without its second half";
	case BV_DECODE_BAD_IMM64_HALF: return "second half of a 64-bit immediate load is malformed";
	}
	return "?";
}

static int is_rmw_atomic_imm(int32_t imm)
{
	switch (imm) {
	case BV_ADD: case BV_OR: case BV_AND: case BV_XOR:
	case BV_ADD | BV_FETCH: case BV_OR | BV_FETCH: case BV_AND | BV_FETCH:
	case BV_XOR | BV_FETCH: case BV_XCHG: case BV_CMPXCHG:
		return 1;
	}
	return 0;
}

int bv_insn_kernel_msg(const struct bv_insn *insns, size_t n, size_t idx,
		       const struct bv_decoded *d, char *buf, size_t size)
{
	const struct bv_insn *in = &insns[idx];
	const struct bv_form *f = d->form;
	unsigned cls = BV_CLASS(in->code);

	/* The kernel screens LDX modes and imm before anything else. */
	if (cls == BV_LDX && ((BV_MODE(in->code) != BV_MEM && BV_MODE(in->code) != BV_MEMSX) || in->imm))
		return snprintf(buf, size, "BPF_LDX uses reserved fields");
	switch (d->status) {
	case BV_DECODE_OK:
		if (f && !f->kernel)
			return snprintf(buf, size, "unknown opcode %02x", in->code);
		return snprintf(buf, size, "%s", "");
	case BV_DECODE_UNKNOWN_OPCODE:
		return snprintf(buf, size, "unknown opcode %02x", in->code);
	case BV_DECODE_TRUNCATED:
	case BV_DECODE_BAD_IMM64_HALF:
		return snprintf(buf, size, "invalid bpf_ld_imm64 insn");
	case BV_DECODE_BAD_FORM:
	case BV_DECODE_RESERVED:
		break;
	}
	if (!f->kernel)
		return snprintf(buf, size, "unknown opcode %02x", in->code);
	switch (f->op) {
	case BV_OP_NEG:
		return snprintf(buf, size, "BPF_NEG uses reserved fields");
	case BV_OP_LE: case BV_OP_BE: case BV_OP_BSWAP:
		return snprintf(buf, size, "BPF_END uses reserved fields");
	case BV_OP_MOV: case BV_OP_MOVSX: case BV_OP_ADDR_SPACE_CAST:
		return snprintf(buf, size, "BPF_MOV uses reserved fields");
	case BV_OP_JA:
		return snprintf(buf, size, "BPF_JA uses reserved fields");
	case BV_OP_CALL: case BV_OP_CALL_LOCAL: case BV_OP_CALL_KFUNC:
		return snprintf(buf, size, "BPF_CALL uses reserved fields");
	case BV_OP_EXIT:
		return snprintf(buf, size, "BPF_EXIT uses reserved fields");
	case BV_OP_MAY_GOTO:
		return snprintf(buf, size, "invalid may_goto imm %d", in->imm);
	case BV_OP_LD_IMM64:
		if (d->status == BV_DECODE_BAD_FORM)
			return snprintf(buf, size, "unrecognized bpf_ld_imm64 insn");
		return snprintf(buf, size, "BPF_LD_IMM64 uses reserved fields");
	case BV_OP_LD_ABS: case BV_OP_LD_IND:
		return snprintf(buf, size, "BPF_LD_[ABS|IND] uses reserved fields");
	case BV_OP_ST:
		return snprintf(buf, size, "BPF_ST uses reserved fields");
	case BV_OP_STX:
		return snprintf(buf, size, "BPF_STX uses reserved fields");
	default:
		break;
	}
	if (cls == BV_STX) { /* an atomic */
		if (is_rmw_atomic_imm(in->imm))
			return snprintf(buf, size, "invalid atomic operand size");
		return snprintf(buf, size, "BPF_ATOMIC uses invalid atomic opcode %02x", in->imm);
	}
	if (cls == BV_ALU || cls == BV_ALU64)
		return snprintf(buf, size, "BPF_ALU uses reserved fields");
	(void)n;
	return snprintf(buf, size, "BPF_JMP/JMP32 uses reserved fields");
}

struct bv_insn bv_insn_make(const struct bv_form *f, int dst, int src,
			    int16_t off, int32_t imm)
{
	struct bv_insn in;

	in.code = f->code;
	in.dst = (uint8_t)(dst & 0xf);
	in.src = (uint8_t)(src & 0xf);
	in.off = off;
	in.imm = imm;
	switch (f->disc) {
	case BV_DISC_OFF: in.off = (int16_t)f->disc_val; break;
	case BV_DISC_IMM: in.imm = f->disc_val; break;
	case BV_DISC_SRC: in.src = (uint8_t)f->disc_val; break;
	default: break;
	}
	return in;
}

_Static_assert(sizeof(struct bv_insn) == 8, "struct bv_insn is the 8-byte wire format");

void bv_insn_from_bytes(struct bv_insn *out, const uint8_t *b, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* on little-endian hosts the struct is the wire format */
	if (n)
		memcpy(out, b, n * 8);
	return;
#endif
	for (size_t i = 0; i < n; i++, b += 8) {
		out[i].code = b[0];
		out[i].dst = b[1] & 0xf;
		out[i].src = b[1] >> 4;
		out[i].off = (int16_t)(uint16_t)(b[2] | b[3] << 8);
		out[i].imm = (int32_t)((uint32_t)b[4] | (uint32_t)b[5] << 8 |
				       (uint32_t)b[6] << 16 | (uint32_t)b[7] << 24);
	}
}

void bv_insn_to_bytes(uint8_t *b, const struct bv_insn *in, size_t n)
{
	for (size_t i = 0; i < n; i++, b += 8) {
		uint16_t off = (uint16_t)in[i].off;
		uint32_t imm = (uint32_t)in[i].imm;

		b[0] = in[i].code;
		b[1] = (uint8_t)(in[i].dst | in[i].src << 4);
		b[2] = (uint8_t)off;
		b[3] = (uint8_t)(off >> 8);
		b[4] = (uint8_t)imm;
		b[5] = (uint8_t)(imm >> 8);
		b[6] = (uint8_t)(imm >> 16);
		b[7] = (uint8_t)(imm >> 24);
	}
}
