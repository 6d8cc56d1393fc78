/* One self-contained HTML page for a rejection: the kernel's line and the
 * diagnosis at the top, the failing source line right under it, then the
 * source with every line the failing path went through marked, and the
 * path step by step: the instruction and the registers it found, the way
 * the kernel's level-2 log has them but only what changed. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/explain.h"
#include "cli/cli.h"
#include "cli/html.h"
#include "util/util.h"

#define COLOR_FAIL "#ffb3b3"
#define COLOR_PATH "#fff0b3"

static void esc(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

/* A register as the kernel's log would print it, shortened. */
static void reg_str(const struct bv_vreg *r, char *b, size_t n)
{
	size_t o = 0;

	switch (r->kind) {
	case BV_REG_NOT_INIT:
		b[0] = '\0';
		return;
	case BV_REG_STACK:
		snprintf(b, n, "fp%d", r->off);
		return;
	case BV_REG_SCALAR:
		if (!r->var_mask) {
			snprintf(b, n, "%" PRId64, (int64_t)r->var_value);
			return;
		}
		o += (size_t)snprintf(b + o, n - o, "scalar(");
		if (r->smin != INT64_MIN)
			o += (size_t)snprintf(b + o, n - o, "smin=%" PRId64 ",", r->smin);
		if (r->smax != INT64_MAX)
			o += (size_t)snprintf(b + o, n - o, "smax=%" PRId64 ",", r->smax);
		if (r->umin && o < n)
			o += (size_t)snprintf(b + o, n - o, "umin=%" PRIu64 ",", r->umin);
		if (r->umax != UINT64_MAX && o < n)
			o += (size_t)snprintf(b + o, n - o, "umax=%" PRIu64 ",", r->umax);
		if (o < n && b[o - 1] == ',')
			o--;
		if (o < n)
			snprintf(b + o, n - o, ")");
		return;
	default:
		if (r->size)
			snprintf(b, n, "%s(off=%d,size=%u)", r->type, r->off, r->size);
		else
			snprintf(b, n, "%s(off=%d)", r->type, r->off);
		return;
	}
}

/* The source file's lines: from the file when it is still there, else the
 * lines the object's line info carries. */
static char **source_lines(const char *file, const struct bv_prog *p, size_t *n)
{
	uint8_t *data = NULL;
	size_t size = 0, cap = 0;
	char **v = NULL;
	struct bv_error err = { 0 };

	*n = 0;
	if (file && !bv_read_file(file, 1 << 24, &data, &size, &err)) {
		char *s = (char *)data, *e;

		s[size] = '\0';
		while (*s) {
			e = strchr(s, '\n');
			if (*n == cap) {
				char **nv = realloc(v, (cap = cap ? cap * 2 : 256) * sizeof(*v));

				if (!nv)
					break;
				v = nv;
			}
			v[(*n)++] = bv_strndup(s, e ? (size_t)(e - s) : strlen(s));
			if (!e)
				break;
			s = e + 1;
		}
		free(data);
		return v;
	}
	bv_error_clear(&err);
	for (size_t i = 0; i < p->n_lines; i++) {
		uint32_t ln = p->lines[i].line_num;

		if (!ln || (file && p->lines[i].file && strcmp(p->lines[i].file, file)))
			continue;
		if (ln > *n) {
			char **nv = realloc(v, ln * sizeof(*v));

			if (!nv)
				break;
			v = nv;
			for (size_t k = *n; k < ln; k++)
				v[k] = NULL;
			*n = ln;
		}
		if (!v[ln - 1])
			v[ln - 1] = bv_strdup(bv_line_text(&p->lines[i]));
	}
	return v;
}

int html_write(const char *path, const struct bv_prog *p, const struct bv_verify_result *rec,
	       const struct bv_diagnosis *d)
{
	FILE *f = fopen(path, "w");
	const struct bv_line_info *fl = rec->error_insn >= 0 ? bv_prog_line_at(p, (size_t)rec->error_insn) : NULL;
	const char *file = fl ? fl->file : NULL;
	uint8_t *on_path = NULL;
	char **src = NULL;
	size_t nsrc = 0, first = rec->n_steps > 300 ? rec->n_steps - 300 : 0;
	struct bv_disasm_names names = bv_prog_disasm_names(p);
	int err;

	if (!f)
		return -1;
	src = source_lines(file, p, &nsrc);
	on_path = calloc(nsrc + 1, 1);
	for (size_t k = 0; on_path && k < rec->n_steps; k++) {
		const struct bv_line_info *li = bv_prog_line_at(p, rec->steps[k].insn);

		if (li && li->line_num && li->line_num <= nsrc && (!file || !li->file || !strcmp(li->file, file)))
			on_path[li->line_num - 1] = 1;
	}
	fprintf(f, "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>bpfvet: %s rejected</title>\n"
		   "<style>\n"
		   "body{font-family:system-ui,sans-serif;margin:0;padding:16px 24px;color:#1a1a1a;background:#fff}\n"
		   "h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}\n"
		   ".kernel{font-family:monospace;font-size:15px;color:#900;margin:4px 0 12px}\n"
		   ".diag p{margin:6px 0;max-width:110ch}.diag b{display:inline-block;min-width:7em}\n"
		   ".src{font-family:monospace;font-size:14px;white-space:pre;padding:1px 6px}\n"
		   ".ln{display:inline-block;width:4em;color:#777;text-align:right;margin-right:1em}\n"
		   ".path{background:" COLOR_PATH "}\n"
		   ".fail{background:" COLOR_FAIL ";border-left:6px solid #c00000;font-weight:bold}\n"
		   "table{border-collapse:collapse;font-family:monospace;font-size:13px}\n"
		   "td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}\n"
		   "tr.fail td{background:" COLOR_FAIL "}\n"
		   "</style></head><body>\n",
		p->name);
	fprintf(f, "<h1>");
	esc(f, p->name);
	fprintf(f, ": rejected</h1>\n<p class=\"kernel\">");
	esc(f, rec->message);
	fprintf(f, "</p>\n<section class=\"diag\">\n");
	if (d) {
		fprintf(f, "<p><b>class</b>");
		esc(f, d->klass);
		fprintf(f, "</p>\n<p><b>why</b>");
		esc(f, d->why);
		fprintf(f, "</p>\n");
		if (d->compiler[0]) {
			fprintf(f, "<p><b>compiler</b>");
			esc(f, d->compiler);
			fprintf(f, "</p>\n");
		}
		fprintf(f, "<p><b>fix</b>");
		esc(f, d->fix);
		fprintf(f, "</p>\n");
	}
	fprintf(f, "</section>\n");
	if (fl) {
		fprintf(f, "<h2>Fails here</h2>\n<div class=\"src fail\" id=\"fail\"><span class=\"ln\">%u</span>",
			fl->line_num);
		esc(f, bv_line_text(fl));
		fprintf(f, "</div>\n");
	}
	if (d && d->n_where > 1) {
		fprintf(f, "<h2>The places that matter</h2>\n");
		for (size_t i = 0; i < d->n_where; i++) {
			fprintf(f, "<div class=\"src%s\"><span class=\"ln\">%u</span>", i ? " path" : " fail", d->where[i].line);
			esc(f, d->where[i].text ? d->where[i].text : "");
			fprintf(f, "   <i>(insn %ld: ", d->where[i].insn);
			esc(f, d->where[i].role);
			fprintf(f, ")</i></div>\n");
		}
	}
	if (nsrc) {
		fprintf(f, "<h2>");
		esc(f, file ? file : "source");
		fprintf(f, " <small>(lines on the failing path are marked)</small></h2>\n");
		for (size_t i = 0; i < nsrc; i++) {
			int is_fail = fl && fl->line_num == i + 1;

			fprintf(f, "<div class=\"src%s\"><span class=\"ln\">%zu</span>",
				is_fail ? " fail" : on_path && on_path[i] ? " path" : "", i + 1);
			esc(f, src[i] ? src[i] : "");
			fprintf(f, "</div>\n");
		}
	}
	fprintf(f, "<h2>The failing path%s</h2>\n<table><tr><th>insn</th><th>line</th><th>instruction</th>"
		   "<th>registers before it (those that changed)</th></tr>\n",
		first ? " (its last 300 steps)" : "");
	for (size_t k = first; k < rec->n_steps; k++) {
		const struct bv_vstep *s = &rec->steps[k];
		const struct bv_line_info *li = bv_prog_line_at(p, s->insn);
		char text[256], rb[160];

		bv_insn_print(text, sizeof(text), p->insns, p->n_insns, s->insn, &names);
		fprintf(f, "<tr%s><td>%u</td><td>%u</td><td>", k + 1 == rec->n_steps ? " class=\"fail\"" : "", s->insn,
			li ? li->line_num : 0);
		esc(f, text);
		fprintf(f, "</td><td>");
		for (int r = 0; r <= 10; r++) {
			const struct bv_vreg *v = &s->r[r], *pv = k > first ? &rec->steps[k - 1].r[r] : NULL;
			char prev[160];

			reg_str(v, rb, sizeof(rb));
			if (pv)
				reg_str(pv, prev, sizeof(prev));
			if (!rb[0] || (pv && !strcmp(prev, rb)))
				continue;
			fprintf(f, "R%d=", r);
			esc(f, rb);
			fputc(' ', f);
		}
		fprintf(f, "</td></tr>\n");
	}
	fprintf(f, "</table>\n</body></html>\n");
	for (size_t i = 0; i < nsrc; i++)
		free(src[i]);
	free(src);
	free(on_path);
	err = ferror(f);
	err |= fclose(f);
	return err ? -1 : 0;
}
