/* bpfvet disasm: a program's linked instructions, line by line exactly as
 * the kernel's verifier log prints them, with BTF source lines before the
 * instructions they describe. */
#include <stdlib.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "cli/cli.h"

static const char help[] =
	"usage: bpfvet disasm OBJ [PROG] [--no-source] [--btf FILE] [--type TYPE]\n"
	"\n"
	"Print the instructions of every program of OBJ (or of PROG) after linking,\n"
	"in the kernel's verifier-log syntax: '12: (bf) r1 = r6'.  Source lines from\n"
	"BTF line info are printed as the kernel prints them: '; code @ file.c:12'.\n"
	"Map references show the map's name ('r1 = map[events]') where the kernel\n"
	"would show an address it alone knows.\n";

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

static void print_prog(const struct bv_prog *p, int source)
{
	struct bv_disasm_names names = bv_prog_disasm_names(p);
	const struct bv_line_info *prev = NULL;
	char buf[256];

	printf("; program %s, section '%s', type %s, %zu instructions\n", p->name, p->section,
	       p->type && bv_prog_type_name(p->type) ? bv_prog_type_name(p->type) : "unknown",
	       p->n_insns);
	if (p->link_error)
		printf("; cannot link: %s\n", p->link_msg ? p->link_msg : "?");
	for (size_t i = 0; i < p->n_insns; i++) {
		struct bv_decoded d;

		if (source) {
			const struct bv_line_info *li = bv_prog_source_line(p, i, &prev);

			if (li)
				printf("; %s @ %s:%u\n", bv_line_text(li), base_name(li->file ? li->file : "?"),
				       li->line_num);
		}
		bv_insn_print(buf, sizeof(buf), p->insns, p->n_insns, i, &names);
		printf("%zu: %s\n", i, buf);
		bv_insn_decode(p->insns, p->n_insns, i, &d);
		if (d.status == BV_DECODE_OK && d.len == 2)
			i++;
	}
}

int cmd_disasm(int argc, char **argv)
{
	struct cli_common c = { 0 };
	const char *path = NULL, *prog = NULL;
	const struct bv_prog **sel;
	struct bv_object *obj;
	int source = 1, n;

	for (int i = 1; i < argc; i++) {
		int k = cli_common_opt(&c, argc, argv, i);

		if (k < 0)
			return EXIT_USAGE;
		if (k) {
			i += k - 1;
			continue;
		}
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--no-source")) {
			source = 0;
			continue;
		}
		if (argv[i][0] == '-' || (path && prog)) {
			fprintf(stderr, "bpfvet disasm: unexpected argument '%s'\n%s", argv[i], help);
			return EXIT_USAGE;
		}
		if (!path)
			path = argv[i];
		else
			prog = argv[i];
	}
	if (!path) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	obj = cli_open(path, &c);
	if (!obj)
		return EXIT_USAGE;
	sel = calloc(obj->n_progs + 1, sizeof(*sel));
	n = sel ? cli_select(obj, prog, sel) : -1;
	if (n < 0) {
		free(sel);
		bv_object_free(obj);
		return EXIT_USAGE;
	}
	if (n == 0)
		fprintf(stderr, "bpfvet disasm: %s has no programs%s\n", obj->path,
			c.type ? "" : " (functions in .text are subprograms; --type TYPE treats them as programs)");
	for (int i = 0; i < n; i++) {
		if (i)
			printf("\n");
		print_prog(sel[i], source);
	}
	free(sel);
	bv_object_free(obj);
	return n == 0 ? EXIT_USAGE : EXIT_OK;
}
