/* SARIF 2.1.0 for rejections, so a CI can show each one on its source line
 * in code review: one result per rejected program, its rule the diagnosis
 * class, its location the failing instruction's source line, and the other
 * places the diagnosis names as related locations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bpfvet/explain.h"
#include "cli/cli.h"
#include "cli/sarif.h"

struct sarif {
	FILE *f;
	int results;
};

struct sarif *sarif_open(const char *path)
{
	struct sarif *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->f = fopen(path, "w");
	if (!s->f) {
		free(s);
		return NULL;
	}
	fprintf(s->f, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
		      "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"bpfvet\",\"version\":\"%s\",\"rules\":[",
		BPFVET_VERSION);
	for (int i = 0; bv_diag_classes[i]; i++) {
		fprintf(s->f, "%s{\"id\":", i ? "," : "");
		cli_json_str(s->f, bv_diag_classes[i]);
		fprintf(s->f, ",\"shortDescription\":{\"text\":");
		cli_json_str(s->f, bv_diag_class_summary(bv_diag_classes[i]));
		fprintf(s->f, "}}");
	}
	fprintf(s->f, "]}},\"results\":[");
	return s;
}

/* Paths below the working directory are given relative to it, as code
 * review tools expect; others as they are. */
static const char *rel_path(const char *file, char *buf, size_t size)
{
	size_t n;

	if (!getcwd(buf, size))
		return file;
	n = strlen(buf);
	if (!strncmp(file, buf, n) && file[n] == '/')
		return file + n + 1;
	return file;
}

static void location(FILE *f, const char *file, uint32_t line)
{
	char cwd[4096];

	fprintf(f, "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
	cli_json_str(f, rel_path(file, cwd, sizeof(cwd)));
	fprintf(f, "},\"region\":{\"startLine\":%u}}", line ? line : 1);
}

void sarif_result(struct sarif *s, const struct bv_prog *p, const struct bv_verify_result *r,
		  const struct bv_diagnosis *d)
{
	char text[2048];
	const struct bv_diag_where *first = d && d->n_where && d->where[0].file ? &d->where[0] : NULL;
	int rel = 0;

	if (!s)
		return;
	snprintf(text, sizeof(text), "%s: %s%s%s%s%s", p->name, r->message ? r->message : "rejected",
		 d && d->why[0] ? ". " : "", d ? d->why : "", d && d->fix[0] ? " Fix: " : "", d ? d->fix : "");
	fprintf(s->f, "%s{\"ruleId\":", s->results++ ? "," : "");
	cli_json_str(s->f, d ? d->klass : "other");
	fprintf(s->f, ",\"level\":\"error\",\"message\":{\"text\":");
	cli_json_str(s->f, text);
	fprintf(s->f, "}");
	if (first) {
		fprintf(s->f, ",\"locations\":[");
		location(s->f, first->file, first->line);
		fprintf(s->f, "}]");
	}
	if (d && d->n_where > 1) {
		fprintf(s->f, ",\"relatedLocations\":[");
		for (size_t i = 1; i < d->n_where; i++) {
			if (!d->where[i].file)
				continue;
			fprintf(s->f, "%s", rel ? "," : "");
			location(s->f, d->where[i].file, d->where[i].line);
			fprintf(s->f, ",\"id\":%d,\"message\":{\"text\":", ++rel);
			snprintf(text, sizeof(text), "insn %ld: %s", d->where[i].insn, d->where[i].role);
			cli_json_str(s->f, text);
			fprintf(s->f, "}}");
		}
		fprintf(s->f, "]");
	}
	fprintf(s->f, ",\"properties\":{\"program\":");
	cli_json_str(s->f, p->name);
	fprintf(s->f, ",\"section\":");
	cli_json_str(s->f, p->section);
	fprintf(s->f, ",\"insn\":%ld", r->error_insn);
	if (d && d->compiler[0]) {
		fprintf(s->f, ",\"compiler\":");
		cli_json_str(s->f, d->compiler);
	}
	fprintf(s->f, "}}");
}

int sarif_close(struct sarif *s)
{
	int err;

	if (!s)
		return 0;
	fprintf(s->f, "]}]}\n");
	err = ferror(s->f);
	err |= fclose(s->f);
	free(s);
	return err ? -1 : 0;
}
