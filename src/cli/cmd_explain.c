/* bpfvet explain LOG: the diagnosis of a verifier log from elsewhere (a CI
 * failure, a bug report, libbpf's or bpftool's output), read from a file or
 * standard input, without the object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/explain.h"
#include "cli/cli.h"
#include "util/util.h"

static const char help[] =
	"usage: bpfvet explain LOG [--json]\n"
	"\n"
	"Explain a rejection from the kernel verifier's log: LOG is a file holding\n"
	"the log (level 1, the failing path, is enough; level 2 works too), or '-'\n"
	"for standard input.  Other text around the log (libbpf's messages) is\n"
	"ignored.  The diagnosis is built from the log alone: its instructions,\n"
	"its '; source @ file:line' lines and the register states it prints.\n"
	"  --json   {message, insn, diagnosis {class, where, why, compiler, fix}}\n"
	"exit status: 0 explained, 2 bad usage or no rejection in the log.\n";

static char *read_all(const char *path)
{
	uint8_t *data = NULL;
	size_t size = 0, cap = 0;
	struct bv_error err = { 0 };

	if (strcmp(path, "-")) {
		if (bv_read_file(path, 1 << 28, &data, &size, &err)) {
			fprintf(stderr, "bpfvet explain: %s\n", err.msg);
			return NULL;
		}
		data[size] = '\0';
		return (char *)data;
	}
	for (;;) {
		size_t n;

		if (size + 4096 + 1 > cap) {
			uint8_t *d = realloc(data, cap = cap ? cap * 2 : 65536);

			if (!d) {
				free(data);
				return NULL;
			}
			data = d;
		}
		n = fread(data + size, 1, cap - size - 1, stdin);
		size += n;
		if (!n)
			break;
	}
	if (data)
		data[size] = '\0';
	return (char *)data;
}

int cmd_explain(int argc, char **argv)
{
	const char *path = NULL;
	int json = 0;
	char *log;
	struct bv_explained ex;
	struct bv_error err = { 0 };

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--json")) {
			json = 1;
			continue;
		}
		if ((argv[i][0] == '-' && argv[i][1]) || path) {
			fprintf(stderr, "bpfvet explain: unexpected argument '%s'\n%s", argv[i], help);
			return EXIT_USAGE;
		}
		path = argv[i];
	}
	if (!path) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	log = read_all(path);
	if (!log)
		return EXIT_USAGE;
	if (bv_explain_log(log, &ex, &err)) {
		fprintf(stderr, "bpfvet explain: %s: %s\n", path, err.msg);
		free(log);
		return EXIT_USAGE;
	}
	if (json) {
		printf("{\"message\":");
		cli_json_str(stdout, ex.message);
		printf(",\"insn\":%ld", ex.error_insn);
		cli_print_diag_json(&ex.diag);
		printf("}\n");
	} else {
		printf("rejected: %s\n", ex.message);
		if (ex.error_insn >= 0)
			printf("  at insn %ld\n", ex.error_insn);
		cli_print_diag_text(&ex.diag);
	}
	bv_explained_free(&ex);
	free(log);
	return EXIT_OK;
}
