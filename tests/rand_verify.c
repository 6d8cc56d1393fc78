/* Random programs for differential testing of the verifier against the
 * kernel's.
 *
 * Each program is a socket filter that fills its registers with values of
 * partly known range (context fields, map value bytes and words, masked,
 * shifted, constants), then runs a body of random ALU operations (every
 * op, 32 and 64 bit, K and X, sign extension, byte swaps), forward
 * conditional jumps, copies (which link registers), stack spills and
 * fills, helper calls and map value accesses at variable offsets.  Most
 * programs are accepted, some are rejected (an offset the bounds do not
 * contain).  Each one is verified by the kernel and by bpfvet at log level
 * 2 and the two logs must be identical line for line, up to the map
 * addresses only the kernel knows and timing: the verdict, the error
 * line, every register's bounds after every instruction, the precision
 * marks and the statistics.  A disagreement is minimised (body lines
 * become no-ops while it persists) and printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/kernel.h"
#include "bpfvet/verify.h"
#include "rand_verify.h"
#include "util/util.h"

#define BODY_MAX 60

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned pick(unsigned n)
{
	return (unsigned)(next() % n);
}

/* r6 holds the context and r7 the map value; the rest hold values. */
static const int vregs[] = { 0, 1, 2, 3, 4, 5, 8, 9 };

static int vreg(void)
{
	return vregs[pick(sizeof(vregs) / sizeof(vregs[0]))];
}

static int32_t imm(void)
{
	switch (pick(8)) {
	case 0: return (int32_t)pick(16);
	case 1: return -(int32_t)pick(16);
	case 2: return (int32_t)0x80000000u;
	case 3: return -1;
	case 4: return (int32_t)pick(70000) - 35000;
	case 5: return (int32_t)(1u << pick(31)) - (int32_t)pick(2);
	default: return (int32_t)next();
	}
}

/* A value of partly known range into register d. */
static void load_value(char *out, size_t size, int d)
{
	static const int ctx_off[] = { 0, 4, 8, 16, 24, 68 };
	static const char *const sz[] = { "u8", "u16", "u32", "u64", "s8", "s16", "s32" };
	static const int bytes[] = { 1, 2, 4, 8, 1, 2, 4 };

	switch (pick(5)) {
	case 0:
		snprintf(out, size, "r%d = *(u32 *)(r6 +%d)", d, ctx_off[pick(6)]);
		break;
	case 1: {
		int z = (int)pick(7);

		snprintf(out, size, "r%d = *(%s *)(r7 +%d)", d, sz[z], (int)pick(8) * 8 % (64 - bytes[z] + 1));
		break;
	}
	case 2:
		snprintf(out, size, "r%d = %d", d, imm());
		break;
	case 3:
		snprintf(out, size, "w%d = %d", d, imm());
		break;
	default:
		snprintf(out, size, "r%d = *(u8 *)(r7 +%d)", d, (int)pick(64));
		break;
	}
}

static void random_insn(char *out, size_t size, int at, int left)
{
	static const char *const ops[] = { "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=",
					   "s>>=", "=", "s/=", "s%=" };
	static const char *const conds[] = { "==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&" };
	char w = pick(3) ? 'r' : 'w';
	int d = vreg(), s = vreg();
	unsigned k = pick(24);

	if (k < 8) {
		const char *op = ops[pick(sizeof(ops) / sizeof(ops[0]))];

		if (pick(2)) {
			snprintf(out, size, "%c%d %s %c%d", w, d, op, w, s);
		} else {
			int32_t v = imm();

			if (strstr(op, "<<") || strstr(op, ">>"))
				v = (int32_t)pick(w == 'r' ? 64 : 32);
			if ((strchr(op, '/') || strchr(op, '%')) && v == 0)
				v = 3;
			snprintf(out, size, "%c%d %s %d", w, d, op, v);
		}
	} else if (k == 8) {
		snprintf(out, size, "%c%d &= %d", w, d, (int)((1u << pick(17)) - 1));
	} else if (k == 9 || k == 10) {
		const char *c = conds[pick(sizeof(conds) / sizeof(conds[0]))];
		int t = at + 1 + (int)pick((unsigned)(left + 1 < 8 ? left + 1 : 8));

		if (pick(2))
			snprintf(out, size, "if %c%d %s %c%d goto L%d", w, d, c, w, s, t);
		else
			snprintf(out, size, "if %c%d %s 0x%x goto L%d", w, d, c, (uint32_t)imm(), t);
	} else if (k == 11) {
		snprintf(out, size, "r%d = r%d", d, s);
	} else if (k == 12) {
		snprintf(out, size, "r%d += %d", d, (int)pick(100) - 50);
	} else if (k == 13) {
		static const int from[] = { 8, 16, 32 };

		snprintf(out, size, "%c%d = (s%d)%c%d", w, d, from[pick(w == 'r' ? 3 : 2)], w, s);
	} else if (k == 14) {
		static const char *const sw[] = { "be", "le", "bswap" };
		static const int sz[] = { 16, 32, 64 };

		snprintf(out, size, "r%d = %s%d r%d", d, sw[pick(3)], sz[pick(3)], d);
	} else if (k == 15) {
		snprintf(out, size, "%c%d = -%c%d", w, d, w, d);
	} else if (k == 16) {
		int slot = 1 + (int)pick(4);

		if (pick(2))
			snprintf(out, size, "*(u64 *)(r10 %d) = r%d", -8 * slot, s);
		else
			snprintf(out, size, "*(u32 *)(r10 %d) = r%d", -8 * slot + 4 * (int)pick(2), s);
	} else if (k == 17) {
		int slot = 1 + (int)pick(4);

		if (pick(2))
			snprintf(out, size, "r%d = *(u64 *)(r10 %d)", d, -8 * slot);
		else
			snprintf(out, size, "r%d = *(u32 *)(r10 %d)", d, -8 * slot + 4 * (int)pick(2));
	} else if (k == 18 || k == 19) {
		/* a map value access at an offset the bounds may or may not allow */
		static const char *const sz[] = { "u8", "u16", "u32", "u64" };

		snprintf(out, size, "r%d = r7\nr%d += r%d\nr%d = *(%s *)(r%d +%d)", d, d, s, d, sz[pick(4)], d,
			 (int)pick(8));
	} else if (k == 20) {
		load_value(out, size, d);
	} else if (k == 21) {
		snprintf(out, size, "*(u64 *)(r10 -%d) = r%d\nr%d = *(u64 *)(r10 -%d)", 8 * (1 + (int)pick(4)), s, d,
			 8 * (1 + (int)pick(4)));
	} else {
		int a = vreg();

		snprintf(out, size, "r%d = r%d\nr%d += %d\nif r%d > %d goto L%d", a, d, a, (int)pick(40), d,
			 (int)pick(200), at + 1 + (int)pick((unsigned)(left + 1 < 8 ? left + 1 : 8)));
	}
}

struct program {
	char body[BODY_MAX][160];
	int n;
	char init[8][64];
	char slots[4][64];
};

static void program_text(struct bv_buf *b, const struct program *pg)
{
	bv_buf_puts(b, ".license \"GPL\"\n.map m array key=4 value=64 entries=1\n.prog rnd socket\n");
	bv_buf_puts(b, "r6 = r1\n*(u32 *)(r10 -4) = 0\nr2 = r10\nr2 += -4\nr1 = map[m]\ncall bpf_map_lookup_elem\n"
		       "if r0 != 0x0 goto have\nexit\nhave:\nr7 = r0\n");
	for (int i = 0; i < 8; i++)
		bv_buf_printf(b, "%s\n", pg->init[i]);
	for (int i = 0; i < 4; i++)
		bv_buf_printf(b, "%s\n", pg->slots[i]);
	for (int i = 0; i < pg->n; i++)
		bv_buf_printf(b, "L%d:\n%s\n", i, pg->body[i]);
	bv_buf_printf(b, "L%d:\nr0 = 0\nexit\n", pg->n);
}

/* ---- comparing logs ---- */

static int map_addr_at(const char *p)
{
	int n = 2;

	/* "0xffff" followed by twelve hex digits: a kernel map address; or an
	 * arena's user address (an __arena global's), eleven or twelve hex
	 * digits from where mmap() put it */
	if (strncmp(p, "0x", 2))
		return 0;
	while ((p[n] >= '0' && p[n] <= '9') || (p[n] >= 'a' && p[n] <= 'f'))
		n++;
	if (!strncmp(p, "0xffff", 6) ? n == 18 : n == 13 || n == 14)
		return n;
	return 0;
}

/* Lines that are the same in both logs when they agree: map references
 * written as MAP, spaces collapsed, timing and the kernel's stack
 * liveness trace dropped. */
static char *normalise(const char *log)
{
	struct bv_buf out = { 0 };
	const char *p = log ? log : "";

	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char line[4096], o_line[4096];
		size_t o = 0;

		if (len >= sizeof(line))
			len = sizeof(line) - 1;
		memcpy(line, p, len);
		line[len] = '\0';
		p += len + (e ? 1 : 0);
		/* timing, even where the kernel forgot a newline before it */
		if (strstr(line, "verification time")) {
			*strstr(line, "verification time") = '\0';
			len = strlen(line);
		}
		if (!line[0])
			continue;
		for (size_t i = 0; i < len;) {
			/* only an ld_imm64's value can be a map address */
			int n = i >= 3 && !strncmp(line + i - 3, " = ", 3) && strstr(line, "(18) ") ? map_addr_at(line + i) : 0;

			if (n) {
				o += (size_t)snprintf(o_line + o, sizeof(o_line) - o, "MAP");
				i += (size_t)n;
				continue;
			}
			if (!strncmp(line + i, "map[", 4) && i >= 3 && !strncmp(line + i - 3, " = ", 3)) {
				const char *q = strchr(line + i, ']');

				if (q) {
					size_t j = (size_t)(q - line) + 1;

					if (line[j] == '[') {
						const char *q2 = strchr(line + j, ']');

						j = q2 ? (size_t)(q2 - line) + 1 : j;
						if (line[j] == '+')
							for (j++; line[j] >= '0' && line[j] <= '9'; j++)
								;
					}
					o += (size_t)snprintf(o_line + o, sizeof(o_line) - o, "MAP");
					i = j;
					continue;
				}
			}
			if (line[i] == ' ' && o && o_line[o - 1] == ' ') {
				i++;
				continue;
			}
			o_line[o++] = line[i++];
		}
		o_line[o] = '\0';
		bv_buf_printf(&out, "%s\n", o_line);
	}
	if (!out.data)
		return bv_strdup("");
	return out.data;
}

/* The first line where two normalised logs differ, or 0 when none. */
static int first_difference(const char *a, const char *b, char *what, size_t size)
{
	int line = 1;

	while (*a || *b) {
		const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
		size_t la = ea ? (size_t)(ea - a) : strlen(a), lb = eb ? (size_t)(eb - b) : strlen(b);

		if (la != lb || memcmp(a, b, la)) {
			snprintf(what, size, "line %d:\n  bpfvet: %.*s\n  kernel: %.*s", line, (int)(la > 400 ? 400 : la), a,
				 (int)(lb > 400 ? 400 : lb), b);
			return line;
		}
		a += la + (ea ? 1 : 0);
		b += lb + (eb ? 1 : 0);
		line++;
	}
	return 0;
}

/* 1: the logs differ (why in msg); 0: identical; -1: not comparable. */
int rand_verify_unpriv;

int verify_log_compare(struct bv_object *obj, const struct bv_prog *prog, int level, int *kernel_accepted,
		       char *msg, size_t size)
{
	struct bv_error err = { 0 };
	struct bv_kernel_opts ko = { .log_level = level, .unprivileged = rand_verify_unpriv };
	struct bv_kernel_result kr;
	struct bv_verify_opts vo = { .log_level = level, .unprivileged = rand_verify_unpriv };
	struct bv_verify_result vr;
	char *a, *b;
	int r;

	if (bv_kernel_load(obj, prog, &ko, &kr, &err)) {
		snprintf(msg, size, "kernel: %.900s", err.msg);
		return -1;
	}
	if (kr.refused_early) {
		snprintf(msg, size, "the kernel refused it before verifying");
		bv_kernel_result_free(&kr);
		return -1;
	}
	if (bv_verify(obj, prog, &vo, &vr, &err)) {
		snprintf(msg, size, "bpfvet: %.900s", err.msg);
		bv_kernel_result_free(&kr);
		return -1;
	}
	*kernel_accepted = kr.accepted;
	a = normalise(vr.log);
	b = normalise(kr.log);
	r = 0;
	if (vr.unsupported) {
		snprintf(msg, size, "bpfvet cannot judge it: %s", vr.message ? vr.message : "?");
		r = 1;
	} else if (vr.accepted != kr.accepted) {
		snprintf(msg, size, "verdict: bpfvet %s (%s), kernel %s (%s)", vr.accepted ? "accepts" : "rejects",
			 vr.message ? vr.message : "", kr.accepted ? "accepts" : "rejects",
			 kr.error_line ? kr.error_line : "");
		r = 1;
	} else if (rand_verify_unpriv) {
		/* unprivileged: the verdict and the error line (the log
		 * format for such loads is not held to the kernel's) */
		if (!vr.accepted && strcmp(vr.message ? vr.message : "", kr.error_line ? kr.error_line : "")) {
			snprintf(msg, size, "error line: bpfvet \"%.400s\", kernel \"%.400s\"", vr.message ? vr.message : "",
				 kr.error_line ? kr.error_line : "");
			r = 1;
		}
	} else if (first_difference(a, b, msg, size)) {
		r = 1;
	}
	free(a);
	free(b);
	bv_verify_result_free(&vr);
	bv_kernel_result_free(&kr);
	return r;
}

int rand_verify_compare(const char *text, int *kernel_accepted, char *msg, size_t size)
{
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	uint8_t *elf;
	size_t esize;
	int r;

	if (bv_asm_text(text, "random.s", &elf, &esize, &err)) {
		snprintf(msg, size, "does not assemble: %.900s", err.msg);
		return -1;
	}
	if (bv_object_open_owned(elf, esize, "random.s", NULL, &obj, &err))
		return -1;
	r = verify_log_compare(obj, &obj->progs[0], 2, kernel_accepted, msg, size);
	bv_object_free(obj);
	return r;
}

static void minimise(struct program *pg)
{
	struct bv_buf b = { 0 };
	char msg[1024];
	int changed = 1, acc;

	while (changed) {
		changed = 0;
		for (int i = 0; i < pg->n; i++) {
			char save[160];

			if (!strcmp(pg->body[i], "goto +0"))
				continue;
			memcpy(save, pg->body[i], sizeof(save));
			strcpy(pg->body[i], "goto +0");
			b.len = 0;
			program_text(&b, pg);
			if (rand_verify_compare(b.data, &acc, msg, sizeof(msg)) == 1)
				changed = 1;
			else
				memcpy(pg->body[i], save, sizeof(save));
		}
	}
	bv_buf_free(&b);
}

void rand_verify(unsigned seed, int count, struct rand_verify_stats *st)
{
	memset(st, 0, sizeof(*st));
	rng = 0x2545F4914F6CDD1Dull ^ ((uint64_t)seed << 17) ^ seed;
	for (int p = 0; p < count; p++) {
		struct program *pg = calloc(1, sizeof(*pg));
		struct bv_buf b = { 0 };
		char msg[1024];
		int acc = 0, r;

		if (!pg)
			return;
		pg->n = 5 + (int)pick(BODY_MAX - 5);
		for (int i = 0; i < 8; i++)
			load_value(pg->init[i], sizeof(pg->init[i]), vregs[i]);
		for (int i = 0; i < 4; i++)
			snprintf(pg->slots[i], sizeof(pg->slots[i]), "*(u64 *)(r10 %d) = r%d", -8 * (i + 1), vreg());
		for (int i = 0; i < pg->n; i++)
			random_insn(pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		program_text(&b, pg);
		r = rand_verify_compare(b.data, &acc, msg, sizeof(msg));
		if (r < 0) {
			st->skipped++;
		} else {
			st->compared++;
			st->kernel_accepted += acc;
			if (r) {
				st->disagreed++;
				fprintf(stderr, "random program %d (seed %u): %s\n", p, seed, msg);
				minimise(pg);
				b.len = 0;
				program_text(&b, pg);
				rand_verify_compare(b.data, &acc, msg, sizeof(msg));
				fprintf(stderr, "minimised reproducer: %s\n%s\n", msg, b.data);
				if (getenv("RAND_VERIFY_DIR")) {
					char path[512];
					FILE *f;

					snprintf(path, sizeof(path), "%s/rv_%u_%d.s", getenv("RAND_VERIFY_DIR"), seed, p);
					f = fopen(path, "w");
					if (f) {
						fputs(b.data, f);
						fclose(f);
					}
				}
			}
		}
		bv_buf_free(&b);
		free(pg);
	}
}
