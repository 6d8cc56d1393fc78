/* Helpers shared by the subcommands: opening objects (or assembling
 * sources first), common options, program selection, JSON strings. */
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/explain.h"
#include "cli/cli.h"

struct bv_object *cli_open(const char *path, const struct cli_common *c)
{
	static struct bv_open_opts opts;
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	int r;

	memset(&opts, 0, sizeof(opts));
	opts.btf_path = c->btf_path;
	opts.kconfig_path = c->kconfig_path;
	opts.no_core = c->no_core;
	if (c->type) {
		opts.default_type = bv_prog_type_by_name(c->type);
		if (opts.default_type <= 0) {
			fprintf(stderr, "bpfvet: unknown program type '%s'\n", c->type);
			return NULL;
		}
	}
	if (bv_asm_is_source(path)) {
		uint8_t *elf;
		size_t size;

		r = bv_asm_file(path, &elf, &size, &err);
		if (r) {
			fprintf(stderr, "bpfvet: %s\n", err.msg);
			return NULL;
		}
		r = bv_object_open_mem(elf, size, path, &opts, &obj, &err);
		free(elf);
	} else {
		r = bv_object_open(path, &opts, &obj, &err);
	}
	if (r) {
		fprintf(stderr, "bpfvet: %s\n", err.msg);
		return NULL;
	}
	return obj;
}

int cli_common_opt(struct cli_common *c, int argc, char **argv, int i)
{
	const char *a = argv[i];

	if (!strcmp(a, "--json")) {
		c->json = 1;
		return 1;
	}
	if (!strcmp(a, "--no-core")) {
		c->no_core = 1;
		return 1;
	}
	if (!strcmp(a, "--btf") || !strcmp(a, "--type") || !strcmp(a, "--kconfig")) {
		if (i + 1 >= argc) {
			fprintf(stderr, "bpfvet: %s needs a value\n", a);
			return -1;
		}
		if (!strcmp(a, "--btf"))
			c->btf_path = argv[i + 1];
		else if (!strcmp(a, "--type"))
			c->type = argv[i + 1];
		else
			c->kconfig_path = argv[i + 1];
		return 2;
	}
	return 0;
}

int cli_select(const struct bv_object *obj, const char *name, const struct bv_prog **out)
{
	if (!name) {
		for (size_t i = 0; i < obj->n_progs; i++)
			out[i] = &obj->progs[i];
		return (int)obj->n_progs;
	}
	out[0] = bv_object_find_prog(obj, name);
	if (!out[0]) {
		fprintf(stderr, "bpfvet: %s: no program named '%s'; it has:", obj->path, name);
		for (size_t i = 0; i < obj->n_progs; i++)
			fprintf(stderr, " %s", obj->progs[i].name);
		fprintf(stderr, "\n");
		return -1;
	}
	return 1;
}

void cli_json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", f);
		else if (ch == '\t')
			fputs("\\t", f);
		else if (ch < 0x20)
			fprintf(f, "\\u%04x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
}

/* Before the verdicts: the kernel would not take the object's BTF, and
 * what that changes.  The verdicts that follow are the ones of a load
 * without it, as libbpf goes on. */
void cli_note_btf_refusal(const struct bv_object *obj)
{
	char fix[512];

	bv_btf_refusal_fix(obj, fix, sizeof(fix));
	printf("note: the kernel refuses this object's BTF: %s\n"
	       "  libbpf goes on without it (\"BTF is optional, ignoring\"): no line info reaches the kernel,\n"
	       "  global functions are verified as static ones, maps have no key or value types\n"
	       "  fix: %s\n",
	       obj->btf_refusal, fix);
}
