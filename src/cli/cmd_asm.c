/* bpfvet asm: assemble kernel-syntax source into a BPF ELF object. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "cli/cli.h"

static const char help[] =
	"usage: bpfvet asm FILE.s -o OUT.o\n"
	"\n"
	"Assemble FILE.s (the kernel's instruction syntax, as 'bpfvet disasm' and\n"
	"verifier logs print it, with labels, comments and directives) into a BPF\n"
	"ELF object that bpfvet, libbpf and llvm-objdump read.\n"
	"\n"
	"directives:\n"
	"  .license \"GPL\"\n"
	"  .map NAME TYPE key=N value=N entries=N [flags=N] [inner=MAP]\n"
	"  .prog NAME SECTION          a program; SECTION gives its type as SEC() does\n"
	"  .func NAME                  a subprogram, called with 'call NAME'\n"
	"  LABEL:                      a target for jumps and calls\n";

int cmd_asm(int argc, char **argv)
{
	const char *in = NULL, *out = NULL;
	struct bv_error err = { 0 };
	uint8_t *elf;
	size_t size;
	FILE *f;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
			continue;
		}
		if (argv[i][0] == '-' || in) {
			fprintf(stderr, "bpfvet asm: unexpected argument '%s'\n%s", argv[i], help);
			return EXIT_USAGE;
		}
		in = argv[i];
	}
	if (!in || !out) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	if (bv_asm_file(in, &elf, &size, &err)) {
		fprintf(stderr, "bpfvet: %s\n", err.msg);
		return EXIT_USAGE;
	}
	f = fopen(out, "wb");
	if (!f || fwrite(elf, 1, size, f) != size || fclose(f)) {
		fprintf(stderr, "bpfvet asm: cannot write %s: %s\n", out, strerror(errno));
		free(elf);
		return EXIT_USAGE;
	}
	free(elf);
	return EXIT_OK;
}
