/* Random programs for differential testing of the VM against the kernel.
 *
 * Each program is a socket filter: registers get random values, then a
 * body of random ALU operations (every op, 32 and 64 bit, K and X, the v4
 * signed and byte-swap forms), forward branches, stack stores and loads and
 * atomics, and at the end every register is written to an array map.  The
 * program is produced as assembler text, assembled by bpfvet, loaded into
 * the kernel and run with BPF_PROG_TEST_RUN, and run in the VM; the map and
 * the return value must agree.  A disagreement is minimised — instructions
 * are replaced by no-ops while it persists — and printed as a reproducer. */
#include <bpf/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/insn.h"
#include "bpfvet/kernel.h"
#include "bpfvet/vm.h"
#include "rand_prog.h"
#include "rand_rng.h"
#include "util/util.h"

#define BODY_MAX 80
#define SLOTS 6 /* stack slots fp-8 .. fp-48, all written at the start */

static uint64_t rng;

static uint64_t next(void)
{
	return rng_next(&rng);
}

static unsigned pick(unsigned n)
{
	return rng_pick(&rng, n);
}

static const int regs[] = { 0, 1, 2, 3, 4, 5, 7, 8, 9 };

static int reg(void)
{
	return regs[pick(sizeof(regs) / sizeof(regs[0]))];
}

static int32_t imm(void)
{
	switch (pick(6)) {
	case 0: return (int32_t)pick(16);
	case 1: return -(int32_t)pick(16);
	case 2: return (int32_t)0x80000000u;
	case 3: return -1;
	default: return (int32_t)next();
	}
}

/* One random body instruction as text, line `at` of the body with `left`
 * lines after it; forward jumps go to labels, which stay inside. */
static void random_insn(char *out, size_t size, int at, int left)
{
	static const char *const ops[] = { "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=",
					   "s>>=", "=", "s/=", "s%=" };
	static const char *const conds[] = { "==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&" };
	char w = pick(2) ? 'r' : 'w';
	int d = reg(), s = reg();
	unsigned k = pick(20);

	if (k < 10) {
		const char *op = ops[pick(sizeof(ops) / sizeof(ops[0]))];
		int bits = w == 'r' ? 64 : 32;

		if (pick(2)) {
			snprintf(out, size, "%c%d %s %c%d", w, d, op, w, s);
		} else {
			int32_t v = imm();

			/* the verifier refuses constant shifts past the width and
			 * constant division by zero */
			if (strstr(op, "<<") || strstr(op, ">>"))
				v = (int32_t)pick((unsigned)bits);
			if ((strchr(op, '/') || strchr(op, '%')) && v == 0)
				v = 7;
			snprintf(out, size, "%c%d %s %d", w, d, op, v);
		}
	} else if (k == 10) {
		snprintf(out, size, "%c%d = -%c%d", w, d, w, d);
	} else if (k == 11) {
		static const char *const sw[] = { "be", "le", "bswap" };
		static const int sz[] = { 16, 32, 64 };

		snprintf(out, size, "r%d = %s%d r%d", d, sw[pick(3)], sz[pick(3)], d);
	} else if (k == 12) {
		static const int from[] = { 8, 16, 32 };
		int f = from[pick(w == 'r' ? 3 : 2)];

		snprintf(out, size, "%c%d = (s%d)%c%d", w, d, f, w, s);
	} else if (k == 13) {
		snprintf(out, size, "r%d = 0x%llx", d, (unsigned long long)next());
	} else if (k == 14) {
		/* forward, to a label: every body line has one (see below) */
		const char *c = conds[pick(sizeof(conds) / sizeof(conds[0]))];
		int t = at + 1 + (int)pick((unsigned)(left + 1 < 6 ? left + 1 : 6));

		if (pick(2))
			snprintf(out, size, "if %c%d %s %c%d goto L%d", w, d, c, w, s, t);
		else
			snprintf(out, size, "if %c%d %s 0x%x goto L%d", w, d, c, (uint32_t)imm(), t);
	} else if (k == 15) {
		static const char *const sz[] = { "u8", "u16", "u32", "u64" };
		static const int bytes[] = { 1, 2, 4, 8 };
		int z = (int)pick(4), slot = 1 + (int)pick(SLOTS);

		snprintf(out, size, "*(%s *)(r10 %d) = r%d", sz[z], -8 * slot + (int)pick(8 / bytes[z]) * bytes[z], s);
	} else if (k == 16) {
		static const char *const sz[] = { "u8", "u16", "u32", "u64", "s8", "s16", "s32" };
		static const int bytes[] = { 1, 2, 4, 8, 1, 2, 4 };
		int z = (int)pick(7), slot = 1 + (int)pick(SLOTS);

		snprintf(out, size, "r%d = *(%s *)(r10 %d)", d, sz[z], -8 * slot + (int)pick(8 / bytes[z]) * bytes[z]);
	} else if (k == 17) {
		static const char *const a[] = { "+=", "|=", "&=", "^=" };
		int slot = 1 + (int)pick(SLOTS);

		if (pick(2))
			snprintf(out, size, "lock *(u64 *)(r10 %d) %s r%d", -8 * slot, a[pick(4)], s);
		else
			snprintf(out, size, "lock *(u32 *)(r10 %d) %s r%d", -8 * slot + 4 * (int)pick(2), a[pick(4)], s);
	} else if (k == 18) {
		static const char *const f[] = { "fetch_add", "fetch_or", "fetch_and", "fetch_xor", "xchg" };
		int slot = 1 + (int)pick(SLOTS), wide = (int)pick(2);

		snprintf(out, size, "r%d = atomic%s_%s((u%d *)(r10 %d), r%d)", s, wide ? "64" : "",
			 f[pick(5)], wide ? 64 : 32, -8 * slot, s);
	} else {
		int slot = 1 + (int)pick(SLOTS), wide = (int)pick(2);

		snprintf(out, size, "r0 = atomic%s_cmpxchg((u%d *)(r10 %d), r0, r%d)", wide ? "64" : "",
			 wide ? 64 : 32, -8 * slot, s);
	}
}

struct program {
	char body[BODY_MAX][96];
	int n;
	uint64_t init[10];
	int32_t slots[SLOTS];
};

static void program_text(struct bv_buf *b, const struct program *pg)
{
	bv_buf_puts(b, ".license \"GPL\"\n.map out array key=4 value=80 entries=1\n.prog rnd socket\n");
	bv_buf_puts(b, "r6 = r1\n");
	for (int i = 0; i < 10; i++)
		if (i != 6)
			bv_buf_printf(b, "r%d = 0x%llx\n", i, (unsigned long long)pg->init[i]);
	for (int s = 1; s <= SLOTS; s++)
		bv_buf_printf(b, "*(u64 *)(r10 %d) = %d\n", -8 * s, pg->slots[s - 1]);
	for (int i = 0; i < pg->n; i++)
		bv_buf_printf(b, "L%d: %s\n", i, pg->body[i]);
	bv_buf_printf(b, "L%d:\n", pg->n);
	/* keep the registers and the stack slots, then copy them to the map */
	for (int i = 0, k = 0; i < 10; i++)
		if (i != 6)
			bv_buf_printf(b, "*(u64 *)(r10 %d) = r%d\n", -56 - 8 * k++, i);
	bv_buf_puts(b, "*(u32 *)(r10 -132) = 0\nr2 = r10\nr2 += -132\nr1 = map[out]\n"
		       "call bpf_map_lookup_elem\nif r0 == 0x0 goto done\n");
	for (int k = 0; k < 10; k++) {
		int from = k < 9 ? -56 - 8 * k : -8;

		bv_buf_printf(b, "r1 = *(u64 *)(r10 %d)\n*(u64 *)(r0 +%d) = r1\n", from, 8 * k);
	}
	bv_buf_puts(b, "done:\nr0 = *(u64 *)(r10 -56)\nexit\n");
}

struct outcome {
	int kernel_ok;
	uint32_t k_ret, v_ret;
	uint8_t k_map[80], v_map[80];
	int vm_ok;
	char vm_msg[256];
};

static int run_both(const char *text, struct outcome *o)
{
	static const uint8_t pkt[64] = { 2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 8, 0, 0x45 };
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	struct bv_kernel_session *ks = NULL;
	struct bv_kernel_opts ko = { .log_level = 1 };
	struct bv_kernel_result kr;
	struct bv_kernel_run run;
	struct bv_vm *vm = NULL;
	struct bv_vm_ctx *ctx = NULL;
	struct bv_vm_result vr;
	uint8_t *elf;
	size_t size;
	uint32_t key = 0;

	memset(o, 0, sizeof(*o));
	if (bv_asm_text(text, "random.s", &elf, &size, &err)) {
		fprintf(stderr, "random program does not assemble: %s\n%s", err.msg, text);
		return -1;
	}
	if (bv_object_open_owned(elf, size, "random.s", NULL, &obj, &err))
		return -1;
	if (bv_kernel_session_open(obj, &ks, &err)) {
		bv_object_free(obj);
		return -1;
	}
	if (!bv_kernel_session_load(ks, &obj->progs[0], &ko, &kr, &err) && !kr.accepted && getenv("RAND_SHOW_REJECTS"))
		fprintf(stderr, "kernel rejects: %s\n", kr.error_line ? kr.error_line : "?");
	if (kr.accepted &&
	    !bv_kernel_test_run(ks, &obj->progs[0], pkt, sizeof(pkt), NULL, NULL, 1, &run, &err)) {
		o->kernel_ok = 1;
		o->k_ret = run.retval;
		bpf_map_lookup_elem(bv_kernel_session_map_fd(ks, 0), &key, o->k_map);
	}
	bv_kernel_result_free(&kr);
	ctx = calloc(1, sizeof(*ctx));
	if (o->kernel_ok && ctx && !bv_vm_new(obj, NULL, &vm, &err)) {
		bv_vm_ctx_packet(ctx, BV_PROG_SOCKET_FILTER, pkt, sizeof(pkt));
		if (!bv_vm_run(vm, &obj->progs[0], ctx, NULL, &vr, &err)) {
			o->vm_ok = vr.status == BV_VM_OK;
			o->v_ret = (uint32_t)vr.retval;
			snprintf(o->vm_msg, sizeof(o->vm_msg), "%s", vr.message);
			bv_vm_map_lookup(vm, 0, &key, o->v_map);
			bv_vm_result_free(&vr);
		}
	}
	free(ctx);
	bv_vm_free(vm);
	bv_kernel_session_close(ks);
	bv_object_free(obj);
	return 0;
}

static int disagree(const struct outcome *o)
{
	return o->kernel_ok && (!o->vm_ok || o->k_ret != o->v_ret || memcmp(o->k_map, o->v_map, 80));
}

/* Replace body instructions by no-ops while the disagreement stays. */
static void minimise(struct program *pg)
{
	struct bv_buf b = { 0 };
	struct outcome o;
	int changed = 1;

	while (changed) {
		changed = 0;
		for (int i = 0; i < pg->n; i++) {
			char save[96];

			if (!strcmp(pg->body[i], "r0 = r0"))
				continue;
			memcpy(save, pg->body[i], sizeof(save));
			strcpy(pg->body[i], "r0 = r0");
			b.len = 0;
			program_text(&b, pg);
			if (run_both(b.data, &o) == 0 && disagree(&o))
				changed = 1;
			else
				memcpy(pg->body[i], save, sizeof(save));
		}
	}
	bv_buf_free(&b);
}

void rand_differential(unsigned seed, int count, struct rand_stats *st)
{
	memset(st, 0, sizeof(*st));
	rng = 0x9E3779B97F4A7C15ull ^ seed;
	for (int p = 0; p < count; p++) {
		struct program *pg = calloc(1, sizeof(*pg));
		struct bv_buf b = { 0 };
		struct outcome o;

		if (!pg)
			return;
		pg->n = 10 + (int)pick(BODY_MAX - 10);
		for (int i = 0; i < 10; i++)
			pg->init[i] = next();
		for (int i = 0; i < SLOTS; i++)
			pg->slots[i] = (int32_t)next();
		for (int i = 0; i < pg->n; i++)
			random_insn(pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		program_text(&b, pg);
		if (run_both(b.data, &o) || !o.kernel_ok) {
			st->kernel_rejected++;
			bv_buf_free(&b);
			free(pg);
			continue;
		}
		st->compared++;
		if (disagree(&o)) {
			st->disagreed++;
			fprintf(stderr, "random program %d (seed %u) disagrees: kernel r0 %u, VM r0 %u%s%s\n", p, seed,
				o.k_ret, o.v_ret, o.vm_ok ? "" : ", VM: ", o.vm_ok ? "" : o.vm_msg);
			minimise(pg);
			b.len = 0;
			program_text(&b, pg);
			run_both(b.data, &o);
			fprintf(stderr, "minimised reproducer (kernel r0 %u, VM r0 %u):\n%s\n", o.k_ret, o.v_ret, b.data);
		}
		bv_buf_free(&b);
		free(pg);
	}
}
