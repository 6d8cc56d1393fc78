/* The instruction table, decoder, disassembler and instruction parser.
 *
 * Expected disassembly strings below were read from a Linux 6.18 verifier
 * log (log_level 2) of programs holding these exact instructions; the list
 * of opcodes the kernel knows was measured on the same kernel by loading
 * every opcode byte.  test_kernel_isa re-checks both live when bpf() works. */
#include <stdint.h>

#include "bpfvet/insn.h"
#include "check.h"
#include "test_util.h"
#include "verifier/verifier.h"

#define I(c, d, s, o, i) ((struct bv_insn){ (c), (d), (s), (o), (i) })

/* Opcode bytes the 6.18 verifier does not call "unknown opcode". */
static const uint8_t kernel_opcodes[] = {
	0x04, 0x05, 0x06, 0x07, 0x0c, 0x0f, 0x14, 0x15, 0x16, 0x17, 0x18, 0x1c, 0x1d, 0x1e,
	0x1f, 0x20, 0x24, 0x25, 0x26, 0x27, 0x28, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x34, 0x35,
	0x36, 0x37, 0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x44, 0x45, 0x46, 0x47, 0x48, 0x4c, 0x4d,
	0x4e, 0x4f, 0x50, 0x54, 0x55, 0x56, 0x57, 0x5c, 0x5d, 0x5e, 0x5f, 0x61, 0x62, 0x63,
	0x64, 0x65, 0x66, 0x67, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x71, 0x72, 0x73,
	0x74, 0x75, 0x76, 0x77, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f, 0x81, 0x84, 0x85,
	0x87, 0x89, 0x91, 0x94, 0x95, 0x97, 0x9c, 0x9f, 0xa4, 0xa5, 0xa6, 0xa7, 0xac, 0xad,
	0xae, 0xaf, 0xb4, 0xb5, 0xb6, 0xb7, 0xbc, 0xbd, 0xbe, 0xbf, 0xc3, 0xc4, 0xc5, 0xc6,
	0xc7, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xdb, 0xdc, 0xdd,
	0xde, 0xe5,
};

struct dis_case {
	struct bv_insn insn[2];
	const char *text;
};

/* From the kernel's log. */
static const struct dis_case dis_cases[] = {
	{ { I(0xb7, 1, 0, 0, 2) }, "(b7) r1 = 2" },
	{ { I(0xb7, 2, 0, 0, -5) }, "(b7) r2 = -5" },
	{ { I(0xbf, 6, 1, 0, 0) }, "(bf) r6 = r1" },
	{ { I(0xb4, 3, 0, 0, -1) }, "(b4) w3 = -1" },
	{ { I(0xbc, 4, 3, 0, 0) }, "(bc) w4 = w3" },
	{ { I(0x07, 1, 0, 0, -8) }, "(07) r1 += -8" },
	{ { I(0x04, 3, 0, 0, 3) }, "(04) w3 += 3" },
	{ { I(0x87, 1, 0, 0, 0) }, "(87) r1 = -r1" },
	{ { I(0x84, 3, 0, 0, 0) }, "(84) w3 = -w3" },
	{ { I(0xdc, 1, 0, 0, 16) }, "(dc) r1 = be16 r1" },
	{ { I(0xd4, 2, 0, 0, 64) }, "(d4) r2 = le64 r2" },
	{ { I(0xd7, 1, 0, 0, 32) }, "(d7) r1 = bswap32 r1" },
	{ { I(0xbf, 5, 1, 8, 0) }, "(bf) r5 = (s8)r1" },
	{ { I(0xbc, 5, 3, 16, 0) }, "(bc) w5 = (s16)w3" },
	{ { I(0x3f, 1, 2, 1, 0) }, "(3f) r1 s/= r2" },
	{ { I(0x9f, 1, 2, 1, 0) }, "(9f) r1 s%= r2" },
	{ { I(0x37, 1, 0, 1, 3) }, "(37) r1 s/= 3" },
	{ { I(0x34, 3, 0, 1, -3) }, "(34) w3 s/= -3" },
	{ { I(0xc7, 1, 0, 0, 3) }, "(c7) r1 s>>= 3" },
	{ { I(0xcc, 3, 4, 0, 0) }, "(cc) w3 s>>= w4" },
	{ { I(0x7b, 10, 1, -8, 0) }, "(7b) *(u64 *)(r10 -8) = r1" },
	{ { I(0x62, 10, 0, -16, 0) }, "(62) *(u32 *)(r10 -16) = 0" },
	{ { I(0x7a, 10, 0, -24, -1) }, "(7a) *(u64 *)(r10 -24) = -1" },
	{ { I(0x79, 7, 10, -8, 0) }, "(79) r7 = *(u64 *)(r10 -8)" },
	{ { I(0x91, 7, 10, -8, 0) }, "(91) r7 = *(s8 *)(r10 -8)" },
	{ { I(0x89, 7, 10, -8, 0) }, "(89) r7 = *(s16 *)(r10 -8)" },
	{ { I(0x81, 7, 10, -8, 0) }, "(81) r7 = *(s32 *)(r10 -8)" },
	{ { I(0x15, 1, 0, 1, 0) }, "(15) if r1 == 0x0 goto pc+1" },
	{ { I(0x55, 1, 0, 0, -1) }, "(55) if r1 != 0xffffffff goto pc+0" },
	{ { I(0x1d, 1, 2, 0, 0) }, "(1d) if r1 == r2 goto pc+0" },
	{ { I(0x16, 3, 0, 0, 5) }, "(16) if w3 == 0x5 goto pc+0" },
	{ { I(0x2e, 3, 4, 0, 0) }, "(2e) if w3 > w4 goto pc+0" },
	{ { I(0xc5, 1, 0, 0, -7) }, "(c5) if r1 s< 0xfffffff9 goto pc+0" },
	{ { I(0x45, 1, 0, 0, 0x10) }, "(45) if r1 & 0x10 goto pc+0" },
	{ { I(0x05, 0, 0, 0, 0) }, "(05) goto pc+0" },
	{ { I(0x06, 0, 0, 0, 0) }, "(06) gotol pc+0" },
	{ { I(0xe5, 0, 0, 0, 0) }, "(e5) may_goto pc+0" },
	{ { I(0x85, 0, 0, 0, 4) }, "(85) call bpf_probe_read#4" },
	{ { I(0x85, 0, 0, 0, 5) }, "(85) call bpf_ktime_get_ns#5" },
	{ { I(0x85, 0, 0, 0, 212) }, "(85) call unknown#212" },
	{ { I(0x85, 0, 1, 0, 2) }, "(85) call pc+2" },
	{ { I(0x95, 0, 0, 0, 0) }, "(95) exit" },
	{ { I(0x18, 3, 0, 0, 0x12345678), I(0, 0, 0, 0, -1) }, "(18) r3 = 0xffffffff12345678" },
	{ { I(0x18, 4, 4, 0, 29), I(0, 0, 0, 0, 0) }, "(18) r4 = 0x1d" },
	{ { I(0xdb, 6, 1, 0, 0x00) }, "(db) lock *(u64 *)(r6 +0) += r1" },
	{ { I(0xdb, 6, 1, 0, 0x01) }, "(db) r1 = atomic64_fetch_add((u64 *)(r6 +0), r1)" },
	{ { I(0xdb, 6, 1, 0, 0x40) }, "(db) lock *(u64 *)(r6 +0) |= r1" },
	{ { I(0xdb, 6, 1, 0, 0x41) }, "(db) r1 = atomic64_fetch_or((u64 *)(r6 +0), r1)" },
	{ { I(0xdb, 6, 1, 0, 0x50) }, "(db) lock *(u64 *)(r6 +0) &= r1" },
	{ { I(0xdb, 6, 1, 0, 0x51) }, "(db) r1 = atomic64_fetch_and((u64 *)(r6 +0), r1)" },
	{ { I(0xdb, 6, 1, 0, 0xa0) }, "(db) lock *(u64 *)(r6 +0) ^= r1" },
	{ { I(0xdb, 6, 1, 0, 0xa1) }, "(db) r1 = atomic64_fetch_xor((u64 *)(r6 +0), r1)" },
	{ { I(0xdb, 6, 1, 0, 0xe1) }, "(db) r1 = atomic64_xchg((u64 *)(r6 +0), r1)" },
	{ { I(0xdb, 6, 1, 0, 0xf1) }, "(db) r0 = atomic64_cmpxchg((u64 *)(r6 +0), r0, r1)" },
	{ { I(0xc3, 6, 1, 0, 0x00) }, "(c3) lock *(u32 *)(r6 +0) += r1" },
	{ { I(0xc3, 6, 1, 0, 0x01) }, "(c3) r1 = atomic_fetch_add((u32 *)(r6 +0), r1)" },
	{ { I(0xc3, 6, 1, 0, 0x40) }, "(c3) lock *(u32 *)(r6 +0) |= r1" },
	{ { I(0xc3, 6, 1, 0, 0x51) }, "(c3) r1 = atomic_fetch_and((u32 *)(r6 +0), r1)" },
	{ { I(0xc3, 6, 1, 0, 0xe1) }, "(c3) r1 = atomic_xchg((u32 *)(r6 +0), r1)" },
	{ { I(0xc3, 6, 1, 0, 0xf1) }, "(c3) r0 = atomic_cmpxchg((u32 *)(r6 +0), r0, r1)" },
	{ { I(0xdb, 1, 6, 0, 0x100) }, "(db) r1 = load_acquire((u64 *)(r6 +0))" },
	{ { I(0xdb, 6, 1, 0, 0x110) }, "(db) store_release((u64 *)(r6 +0), r1)" },
	{ { I(0xc3, 1, 6, 0, 0x100) }, "(c3) r1 = load_acquire((u32 *)(r6 +0))" },
	{ { I(0xd3, 1, 6, 0, 0x100) }, "(d3) r1 = load_acquire((u8 *)(r6 +0))" },
	{ { I(0xcb, 6, 1, 0, 0x110) }, "(cb) store_release((u16 *)(r6 +0), r1)" },
	{ { I(0xbf, 1, 1, 1, 1) }, "(bf) r1 = addr_space_cast(r1, 0, 1)" },
	{ { I(0x30, 0, 0, 0, 23) }, "(30) r0 = *(u8 *)skb[23]" },
	{ { I(0xdb, 0, 1, 0, 0x00) }, "(db) lock *(u64 *)(r0 +0) += r1" },
	{ { I(0x63, 10, 0, -4, 0) }, "(63) *(u32 *)(r10 -4) = r0" },
	{ { I(0x61, 1, 6, 4, 0) }, "(61) r1 = *(u32 *)(r6 +4)" },
	{ { I(0xc3, 1, 0, 0, 0x02) }, "BUG_c3" },
};

/* Kernel messages for invalid encodings, as 6.18 prints them. */
struct msg_case {
	struct bv_insn insn[2];
	size_t n;
	const char *msg;
};

static const struct msg_case msg_cases[] = {
	{ { I(0xff, 0, 0, 0, 0) }, 1, "unknown opcode ff" },
	{ { I(0x8c, 1, 2, 0, 0) }, 1, "unknown opcode 8c" },
	{ { I(0xdf, 0, 0, 0, 16) }, 1, "unknown opcode df" },
	{ { I(0x38, 0, 0, 0, 0) }, 1, "unknown opcode 38" },
	{ { I(0x8d, 1, 0, 0, 0) }, 1, "unknown opcode 8d" },
	{ { I(0x00, 0, 0, 0, 1) }, 1, "unknown opcode 00" },
	{ { I(0xed, 0, 0, 0, 0) }, 1, "unknown opcode ed" },
	{ { I(0x18, 0, 0, 0, 1), I(0x18, 0, 0, 0, 0) }, 2, "invalid bpf_ld_imm64 insn" },
	{ { I(0x18, 0, 0, 0, 1), I(0x00, 1, 0, 0, 0) }, 2, "invalid bpf_ld_imm64 insn" },
	{ { I(0x18, 0, 7, 0, 1), I(0, 0, 0, 0, 0) }, 2, "unrecognized bpf_ld_imm64 insn" },
	{ { I(0x18, 0, 0, 1, 1), I(0, 0, 0, 0, 0) }, 2, "BPF_LD_IMM64 uses reserved fields" },
	{ { I(0xb7, 0, 1, 0, 0) }, 1, "BPF_MOV uses reserved fields" },
	{ { I(0xbf, 0, 1, 4, 0) }, 1, "BPF_MOV uses reserved fields" },
	{ { I(0xbc, 0, 0, 32, 0) }, 1, "BPF_MOV uses reserved fields" },
	{ { I(0x0f, 0, 1, 0, 1) }, 1, "BPF_ALU uses reserved fields" },
	{ { I(0x07, 0, 0, 1, 1) }, 1, "BPF_ALU uses reserved fields" },
	{ { I(0x37, 0, 0, 2, 1) }, 1, "BPF_ALU uses reserved fields" },
	{ { I(0x87, 0, 0, 0, 1) }, 1, "BPF_NEG uses reserved fields" },
	{ { I(0xd4, 0, 0, 0, 8) }, 1, "BPF_END uses reserved fields" },
	{ { I(0xd7, 0, 0, 0, 8) }, 1, "BPF_END uses reserved fields" },
	{ { I(0x05, 0, 0, 0, 1) }, 1, "BPF_JA uses reserved fields" },
	{ { I(0x05, 0, 1, 0, 0) }, 1, "BPF_JA uses reserved fields" },
	{ { I(0x06, 0, 0, 1, 0) }, 1, "BPF_JA uses reserved fields" },
	{ { I(0x95, 1, 0, 0, 0) }, 1, "BPF_EXIT uses reserved fields" },
	{ { I(0x85, 1, 0, 0, 5) }, 1, "BPF_CALL uses reserved fields" },
	{ { I(0x85, 0, 0, 1, 5) }, 1, "BPF_CALL uses reserved fields" },
	{ { I(0x15, 0, 1, 0, 0) }, 1, "BPF_JMP/JMP32 uses reserved fields" },
	{ { I(0xe5, 0, 0, 0, 1) }, 1, "invalid may_goto imm 1" },
	{ { I(0xe5, 0, 1, 0, 0) }, 1, "invalid may_goto imm 0" },
	{ { I(0x61, 0, 1, 0, 1) }, 1, "BPF_LDX uses reserved fields" },
	{ { I(0x81, 0, 10, -8, 1) }, 1, "BPF_LDX uses reserved fields" },
	{ { I(0x01, 0, 0, 0, 0) }, 1, "BPF_LDX uses reserved fields" },
	{ { I(0x62, 10, 1, -8, 1) }, 1, "BPF_ST uses reserved fields" },
	{ { I(0x7a, 10, 1, -8, 1) }, 1, "BPF_ST uses reserved fields" },
	{ { I(0x63, 10, 1, -8, 1) }, 1, "BPF_STX uses reserved fields" },
	{ { I(0xc3, 10, 1, -8, 0x02) }, 1, "BPF_ATOMIC uses invalid atomic opcode 02" },
	{ { I(0xd3, 10, 1, -8, 0x00) }, 1, "invalid atomic operand size" },
	{ { I(0xcb, 10, 1, -8, 0x00) }, 1, "invalid atomic operand size" },
	{ { I(0x30, 1, 0, 0, 0) }, 1, "BPF_LD_[ABS|IND] uses reserved fields" },
	{ { I(0x50, 0, 1, 1, 0) }, 1, "BPF_LD_[ABS|IND] uses reserved fields" },
	{ { I(0x95, 0, 0, 1, 0) }, 1, "" }, /* the kernel ignores exit's offset */
	{ { I(0xb7, 0, 0, 0, 0) }, 1, "" },
};

static void test_table(void)
{
	size_t n;
	const struct bv_form *f = bv_forms(&n);

	CHECK(n > 170, "only %zu forms", n);
	for (size_t i = 0; i < n; i++) {
		for (size_t k = i + 1; k < n; k++)
			CHECK(!(f[i].code == f[k].code && f[i].disc == f[k].disc &&
				f[i].disc_val == f[k].disc_val),
			      "forms %zu and %zu overlap (%02x %s)", i, k, f[i].code, f[i].mnem);
		CHECK(f[i].op != BV_OP_INVALID && f[i].op < BV_OP__COUNT, "form %zu has no op", i);
		CHECK(f[i].isa >= 1 && f[i].isa <= 4, "form %s isa %d", f[i].mnem, f[i].isa);
	}
}

/* Every form, encoded from the table with zero operands, decodes to itself. */
static void test_decode_every_form(void)
{
	size_t n;
	const struct bv_form *f = bv_forms(&n);

	for (size_t i = 0; i < n; i++) {
		struct bv_insn in[2] = { bv_insn_make(&f[i], 0, 0, 0, 0), I(0, 0, 0, 0, 0) };
		struct bv_decoded d;
		enum bv_decode_status st = bv_insn_decode(in, 2, 0, &d);

		CHECK(st == BV_DECODE_OK, "%s (%02x): status %s", f[i].mnem, f[i].code, bv_decode_status_str(st));
		CHECK(d.form == &f[i], "%s decodes as %s", f[i].mnem, d.form ? d.form->mnem : "nothing");
		CHECK(d.len == (f[i].op == BV_OP_LD_IMM64 ? 2u : 1u), "%s length %u", f[i].mnem, d.len);
	}
}

static void test_kernel_opcode_set(void)
{
	uint8_t known[256] = { 0 };

	for (size_t i = 0; i < sizeof(kernel_opcodes); i++)
		known[kernel_opcodes[i]] = 1;
	for (int code = 0; code < 256; code++) {
		struct bv_insn in[2] = { I((uint8_t)code, 0, 0, 0, 0), I(0, 0, 0, 0, 0) };
		struct bv_decoded d;
		char msg[128];
		int unknown;

		bv_insn_decode(in, 2, 0, &d);
		bv_insn_kernel_msg(in, 2, 0, &d, msg, sizeof(msg));
		unknown = !strncmp(msg, "unknown opcode", 14);
		/* LDX with a bad mode is reported as reserved fields first */
		if ((code & 7) == BV_LDX && !known[code])
			unknown = !strcmp(msg, "BPF_LDX uses reserved fields") ? 1 : unknown;
		CHECK(unknown == !known[code], "opcode %02x: '%s' but the kernel %s it", code, msg,
		      known[code] ? "knows" : "does not know");
	}
}

static void test_messages(void)
{
	for (size_t i = 0; i < sizeof(msg_cases) / sizeof(msg_cases[0]); i++) {
		const struct msg_case *c = &msg_cases[i];
		struct bv_decoded d;
		char msg[128];

		bv_insn_decode(c->insn, c->n, 0, &d);
		bv_insn_kernel_msg(c->insn, c->n, 0, &d, msg, sizeof(msg));
		CHECK_STR(msg, c->msg);
	}
}

static void test_disasm(void)
{
	struct bv_disasm_names names = { .helper_names = 1 };

	for (size_t i = 0; i < sizeof(dis_cases) / sizeof(dis_cases[0]); i++) {
		const struct dis_case *c = &dis_cases[i];
		char buf[128];

		bv_insn_print(buf, sizeof(buf), c->insn, 2, 0, &names);
		CHECK_STR(buf, c->text);
	}
}

/* disassemble(assemble(x)) == x and assemble(disassemble(i)) == i over the
 * whole table. */
static void test_round_trip(void)
{
	struct bv_disasm_names names = { .helper_names = 1, .symbolic = 1 };
	size_t n;
	const struct bv_form *f = bv_forms(&n);

	for (size_t i = 0; i < n; i++) {
		struct bv_insn in[2] = { sample_insn(&f[i], 0), I(0, 0, 0, 0, 0x77) }, out[2];
		struct bv_error err = { 0 };
		char text[160], text2[160];
		int k;

		if (f[i].op == BV_OP_LD_IMM64 && (f[i].disc_val == BV_PSEUDO_BTF_ID ||
						 f[i].disc_val == BV_PSEUDO_FUNC ||
						 f[i].disc_val == BV_PSEUDO_MAP_FD ||
						 f[i].disc_val == BV_PSEUDO_MAP_IDX))
			in[1].imm = 0; /* their high half is not part of the syntax */
		bv_insn_print(text, sizeof(text), in, 2, 0, &names);
		k = bv_insn_parse(text, 0, NULL, out, &err);
		CHECK(k == (int)(f[i].op == BV_OP_LD_IMM64 ? 2 : 1), "%s: '%s' parsed to %d (%s)", f[i].mnem,
		      text, k, err.msg);
		if (k <= 0)
			continue;
		CHECK(!memcmp(in, out, (size_t)k * sizeof(*in)),
		      "%s: '%s' reassembles to %02x %d %d %d %d", f[i].mnem, text, out[0].code, out[0].dst,
		      out[0].src, out[0].off, out[0].imm);
		bv_insn_print(text2, sizeof(text2), out, 2, 0, &names);
		CHECK_STR(text2, text);
	}
}

static void test_parse_extras(void)
{
	struct bv_insn out[2];
	struct bv_error err = { 0 };

	/* a pasted verifier-log line, state comment stripped by the caller */
	CHECK_INT(bv_insn_parse("12: (bf) r1 = r6", 12, NULL, out, &err), 1);
	CHECK(out[0].code == 0xbf && out[0].dst == 1 && out[0].src == 6, "pasted line");
	CHECK_INT(bv_insn_parse("call bpf_map_lookup_elem", 0, NULL, out, &err), 1);
	CHECK_INT(out[0].imm, 1);
	CHECK_INT(bv_insn_parse("call map_update_elem", 0, NULL, out, &err), 1);
	CHECK_INT(out[0].imm, 2);
	CHECK_INT(bv_insn_parse("r1 = 2 ll", 0, NULL, out, &err), 2);
	CHECK_INT(out[0].code, 0x18);
	CHECK_INT(bv_insn_parse("r1 = 0x100000000", 0, NULL, out, &err), 2);
	CHECK(out[0].imm == 0 && out[1].imm == 1, "64-bit immediate halves");
	CHECK_INT(bv_insn_parse("w1 = 0xffffffff", 0, NULL, out, &err), 1);
	CHECK(out[0].code == 0xb4 && out[0].imm == -1, "mov32 of a hex immediate");
	/* errors are reported, never accepted silently */
	CHECK(bv_insn_parse("r1 = r2 +", 0, NULL, out, &err) < 0, "trailing operator");
	CHECK(bv_insn_parse("r11 = 1", 0, NULL, out, &err) > 0, "r11 parses (the verifier rejects it)");
	CHECK(bv_insn_parse("r1 += w2", 0, NULL, out, &err) < 0, "mixed widths");
	CHECK(bv_insn_parse("goto nowhere", 0, NULL, out, &err) < 0, "unknown label");
	CHECK(strstr(err.msg, "nowhere") != NULL, "message names the label: %s", err.msg);
	CHECK(bv_insn_parse("r1 = *(u64 *)(r2 +70000)", 0, NULL, out, &err) < 0, "offset range");
	CHECK(bv_insn_parse("if r1 > 0x100000000 goto +1", 0, NULL, out, &err) < 0, "imm range");
	CHECK(bv_insn_parse("frobnicate r1", 0, NULL, out, &err) < 0, "unknown mnemonic");
	CHECK(bv_insn_parse("(07) r1 = r2", 0, NULL, out, &err) < 0, "opcode hint mismatch");
}

int main(void)
{
	test_table();
	test_decode_every_form();
	test_kernel_opcode_set();
	test_messages();
	test_disasm();
	test_round_trip();
	test_parse_extras();
	/* the kfunc tables are searched by bsearch: a row out of order is a
	 * kfunc bpfvet silently stops knowing */
	CHECK(kfunc_tables_sorted(), "kfunc tables sorted by name");
	return check_done("test_isa");
}
