/* The instruction table against the running kernel (needs bpf()):
 *   - every opcode byte: does the verifier call it "unknown opcode"?
 *   - every form with each of its reserved fields set: the kernel's error
 *     line equals bv_insn_kernel_msg();
 *   - one program holding every form the kernel knows: each line of the
 *     kernel's "Live regs before insn" listing equals our disassembly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "bpfvet/kernel.h"
#include "bpfvet/object.h"
#include "check.h"
#include "test_util.h"

#define I(c, d, s, o, i) ((struct bv_insn){ (c), (d), (s), (o), (i) })

static int load(const struct bv_insn *p, size_t n, int level, struct bv_kernel_result *res)
{
	struct bv_kernel_opts ko = { .log_level = level };
	struct bv_error err = { 0 };

	return bv_kernel_load_insns(p, n, BV_PROG_SOCKET_FILTER, 0, "GPL", &ko, res, &err);
}

static void test_opcodes(void)
{
	for (int code = 0; code < 256; code++) {
		struct bv_insn p[4] = { I((uint8_t)code, 0, 0, 0, 0), I(0xb7, 0, 0, 0, 0), I(0x95, 0, 0, 0, 0) };
		struct bv_kernel_result res;
		struct bv_decoded d;
		char ours[128];
		size_t n = 3;

		if (code == 0x18) {
			p[1] = I(0, 0, 0, 0, 0);
			p[2] = I(0xb7, 0, 0, 0, 0);
			p[3] = I(0x95, 0, 0, 0, 0);
			n = 4;
		}
		if (load(p, n, 1, &res))
			continue;
		bv_insn_decode(p, n, 0, &d);
		bv_insn_kernel_msg(p, n, 0, &d, ours, sizeof(ours));
		if (res.error_line && !strncmp(res.error_line, "unknown opcode", 14))
			CHECK_STR(ours, res.error_line);
		else
			CHECK(strncmp(ours, "unknown opcode", 14) != 0, "%02x: we say '%s', the kernel '%s'", code,
			      ours, res.error_line ? res.error_line : "(accepted)");
		bv_kernel_result_free(&res);
	}
}

/* Set each reserved field of each form and compare the kernel's message.
 * Registers are initialised first so the verifier reaches the insn. */
static void test_reserved_fields(void)
{
	size_t nf;
	const struct bv_form *f = bv_forms(&nf);
	int compared = 0;

	for (size_t i = 0; i < nf; i++) {
		static const unsigned fields[] = { BV_RSV_DST, BV_RSV_SRC, BV_RSV_OFF, BV_RSV_IMM };

		/* map_idx sources are resolved (and refused without an
		 * fd_array) before the reserved fields are looked at */
		if (!f[i].kernel || (f[i].op == BV_OP_LD_IMM64 && (f[i].disc_val == BV_PSEUDO_MAP_IDX ||
								   f[i].disc_val == BV_PSEUDO_MAP_IDX_VALUE)))
			continue;
		for (size_t k = 0; k < 4; k++) {
			struct bv_insn p[16];
			struct bv_kernel_result res;
			struct bv_decoded d;
			char ours[128];
			size_t n = 0, at;

			if (!(f[i].reserved & fields[k]))
				continue;
			for (int r = 0; r < 10; r++)
				p[n++] = I(0xbf, (uint8_t)r, 10, 0, 0); /* rN = r10: a valid pointer */
			at = n;
			p[n] = bv_insn_make(&f[i], 1, 2, 0, 0);
			switch (fields[k]) {
			case BV_RSV_DST: p[n].dst = 3; break;
			case BV_RSV_SRC: p[n].src = 3; break;
			case BV_RSV_OFF: p[n].off = 1; break;
			case BV_RSV_IMM: p[n].imm = 1; break;
			}
			n++;
			if (f[i].op == BV_OP_LD_IMM64)
				p[n++] = I(0, 0, 0, 0, 0);
			p[n++] = I(0xb7, 0, 0, 0, 0);
			p[n++] = I(0x95, 0, 0, 0, 0);
			if (load(p, n, 1, &res))
				continue;
			bv_insn_decode(p, n, at, &d);
			bv_insn_kernel_msg(p, n, at, &d, ours, sizeof(ours));
			if (res.error_line && (strstr(res.error_line, "reserved") || strstr(res.error_line, "invalid") ||
					       strstr(res.error_line, "unknown") || strstr(res.error_line, "unrecognized"))) {
				CHECK(!strcmp(ours, res.error_line), "%s with %s set: we say '%s', the kernel '%s'",
				      f[i].mnem, k == 0 ? "dst" : k == 1 ? "src" : k == 2 ? "off" : "imm", ours,
				      res.error_line);
				compared++;
			}
			bv_kernel_result_free(&res);
		}
	}
	CHECK(compared > 150, "only %d reserved-field cases reached the kernel's checks", compared);
}

static void test_disasm_whole_isa(void)
{
	size_t nf, n = 0;
	const struct bv_form *f = bv_forms(&nf);
	struct bv_insn *p = calloc(nf * 2 + 4, sizeof(*p));
	struct bv_disasm_names names = { .helper_names = 1 };
	struct bv_kernel_result res;
	const char *s;
	int compared = 0;

	if (!p)
		return;
	for (size_t i = 0; i < nf; i++) {
		if (!f[i].kernel || f[i].op == BV_OP_EXIT || f[i].op == BV_OP_CALL_LOCAL ||
		    f[i].op == BV_OP_CALL_KFUNC)
			continue;
		if (f[i].op == BV_OP_LD_IMM64 && f[i].disc_val != 0)
			continue; /* pseudo sources need real maps, functions or BTF */
		p[n++] = sample_insn(&f[i], 1);
		if (f[i].op == BV_OP_LD_IMM64)
			p[n++] = I(0, 0, 0, 0, 7);
	}
	p[n++] = I(0xb7, 0, 0, 0, 0);
	p[n++] = I(0x95, 0, 0, 0, 0);
	if (load(p, n, 2, &res)) {
		free(p);
		return;
	}
	s = res.log ? strstr(res.log, "Live regs before insn:") : NULL;
	CHECK(s != NULL, "the kernel printed its listing");
	while (s && (s = strchr(s, '\n')) != NULL) {
		long idx;
		char text[256], ours[256];
		const char *paren;

		s++;
		/* listing lines are indented; the trace that follows is not */
		if (*s != ' ' || listing_index(s, &idx))
			break;
		paren = strstr(s, ": ");
		if (!paren)
			break;
		paren = strchr(paren + 2, ' '); /* skip the liveness column */
		if (!paren)
			break;
		sscanf(paren + 1, "%255[^\n]", text);
		if (idx < 0 || (size_t)idx >= n)
			break;
		bv_insn_print(ours, sizeof(ours), p, n, (size_t)idx, &names);
		CHECK(!strcmp(ours, text), "insn %ld: we print '%s', the kernel '%s'", idx, ours, text);
		compared++;
	}
	CHECK(compared > 140, "compared %d instructions", compared);
	bv_kernel_result_free(&res);
	free(p);
}

int main(void)
{
	char why[256];

	if (!bv_kernel_available(why, sizeof(why)))
		return check_skip("test_kernel_isa", why);
	test_opcodes();
	test_reserved_fields();
	test_disasm_whole_isa();
	return check_done("test_kernel_isa");
}
