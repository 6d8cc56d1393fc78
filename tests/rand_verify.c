/* Differential testing of the verifier against the kernel's.
 *
 * Each random program (rand_verify_gen.c writes them) is verified by the
 * kernel and by bpfvet at log level 2 and the two logs must be identical
 * line for line, up to the map addresses only the kernel knows and timing:
 * the verdict, the error line, every register's bounds after every
 * instruction, the precision marks and the statistics.  A disagreement is
 * minimised (body lines become no-ops while it persists) and printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/kernel.h"
#include "bpfvet/verify.h"
#include "rand_verify.h"
#include "rand_verify_gen.h"
#include "util/util.h"

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
 * liveness trace dropped, the function split's instruction index N. */
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
		/* the function split's index counts the kernel's rewrites of
		 * context accesses and inlined helpers, which bpfvet does not
		 * model (src/verifier/jit_split.c): the message is compared */
		if (strstr(line, "No program to jit at insn ")) {
			char *d = strstr(line, "No program to jit at insn ") + 26, *e = d;

			while (*e >= '0' && *e <= '9')
				e++;
			memmove(d + 1, e, strlen(e) + 1);
			*d = 'N';
			len = strlen(line);
		}
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

/* Lines become no-ops while the difference persists. */
static int minimise_lines(struct rv_program *pg, char (*lines)[RV_LINE], int n, struct bv_buf *b)
{
	char msg[1024];
	int changed = 0, acc;

	for (int i = 0; i < n; i++) {
		char save[RV_LINE];

		if (!strcmp(lines[i], "goto +0"))
			continue;
		memcpy(save, lines[i], sizeof(save));
		strcpy(lines[i], "goto +0");
		b->len = 0;
		rv_program_text(b, pg);
		if (rand_verify_compare(b->data, &acc, msg, sizeof(msg)) == 1)
			changed = 1;
		else
			memcpy(lines[i], save, sizeof(save));
	}
	return changed;
}

static void minimise(struct rv_program *pg)
{
	struct bv_buf b = { 0 };

	for (;;) {
		int changed = minimise_lines(pg, pg->body, pg->n, &b) | minimise_lines(pg, pg->sub, pg->nsub, &b);

		for (int f = 0; f < 3; f++)
			changed |= minimise_lines(pg, pg->fn[f], pg->nfn[f], &b);
		if (!changed)
			break;
	}
	bv_buf_free(&b);
}

int rand_verify_shape, rand_verify_size;

/* RAND_VERIFY_DIR keeps each minimised reproducer, RAND_VERIFY_ALL every
 * program generated, as DIR/PREFIX_SEED_N.s */
static void save_program(const char *dir, const char *prefix, unsigned seed, int n, const char *text)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s_%u_%d.s", dir, prefix, seed, n);
	f = fopen(path, "w");
	if (!f)
		return;
	fputs(text, f);
	fclose(f);
}

void rand_verify(unsigned seed, int count, struct rand_verify_stats *st)
{
	memset(st, 0, sizeof(*st));
	rv_seed(seed);
	for (int p = 0; p < count; p++) {
		struct rv_program *pg = malloc(sizeof(*pg));
		struct bv_buf b = { 0 };
		char msg[1024];
		int acc = 0, r;

		if (!pg)
			return;
		rv_generate(pg, rand_verify_shape, rand_verify_size);
		rv_program_text(&b, pg);
		if (getenv("RAND_VERIFY_ALL"))
			save_program(getenv("RAND_VERIFY_ALL"), "all", seed, p, b.data);
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
				rv_program_text(&b, pg);
				rand_verify_compare(b.data, &acc, msg, sizeof(msg));
				fprintf(stderr, "minimised reproducer: %s\n%s\n", msg, b.data);
				if (getenv("RAND_VERIFY_DIR"))
					save_program(getenv("RAND_VERIFY_DIR"), "rv", seed, p, b.data);
			}
		}
		bv_buf_free(&b);
		free(pg);
	}
}
