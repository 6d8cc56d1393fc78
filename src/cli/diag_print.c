/* A diagnosis for people (wrapped, bold on a terminal) and for programs
 * (JSON), shared by bpfvet check and bpfvet explain. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bpfvet/explain.h"
#include "cli/cli.h"

static const char *base_name(const char *p)
{
	const char *s = p ? strrchr(p, '/') : NULL;

	return s ? s + 1 : p ? p : "";
}

/* Wrap text at 78 columns with an indent, for the terminal. */
static void wrapped(const char *label, const char *text, const char *on, const char *off)
{
	size_t col = printf("  %s%s%s ", on, label, off) - strlen(on) - strlen(off);
	const char *p = text;

	while (*p) {
		const char *sp = p;
		size_t w;

		while (*sp && *sp != ' ')
			sp++;
		w = (size_t)(sp - p);
		if (col + w > 78 && col > 8) {
			printf("\n      ");
			col = 6;
		}
		printf("%.*s", (int)w, p);
		col += w;
		p = sp;
		while (*p == ' ')
			p++;
		if (*p) {
			putchar(' ');
			col++;
		}
	}
	putchar('\n');
}

void cli_print_diag_text(const struct bv_diagnosis *d)
{
	int tty = isatty(1);
	const char *b = tty ? "\033[1m" : "", *n = tty ? "\033[0m" : "";

	printf("  %sclass:%s %s\n", b, n, d->klass);
	if (d->why[0])
		wrapped("why:", d->why, b, n);
	if (d->compiler[0])
		wrapped("compiler:", d->compiler, b, n);
	if (d->n_where) {
		printf("  %swhere:%s\n", b, n);
		for (size_t i = 0; i < d->n_where; i++) {
			const struct bv_diag_where *w = &d->where[i];

			printf("    insn %-5ld %-34s", w->insn, w->role);
			if (w->file)
				printf(" %s:%u: %s", base_name(w->file), w->line, w->text ? w->text : "");
			printf("\n");
		}
	}
	if (d->fix[0])
		wrapped("fix:", d->fix, b, n);
}

void cli_print_diag_json(const struct bv_diagnosis *d)
{
	printf(",\"diagnosis\":{\"class\":");
	cli_json_str(stdout, d->klass);
	printf(",\"where\":[");
	for (size_t i = 0; i < d->n_where; i++) {
		printf("%s{\"insn\":%ld,\"role\":", i ? "," : "", d->where[i].insn);
		cli_json_str(stdout, d->where[i].role);
		if (d->where[i].file) {
			printf(",\"file\":");
			cli_json_str(stdout, d->where[i].file);
			printf(",\"line\":%u,\"text\":", d->where[i].line);
			cli_json_str(stdout, d->where[i].text ? d->where[i].text : "");
		}
		printf("}");
	}
	printf("],\"why\":");
	cli_json_str(stdout, d->why);
	printf(",\"compiler\":");
	cli_json_str(stdout, d->compiler);
	printf(",\"fix\":");
	cli_json_str(stdout, d->fix);
	printf("}");
}

