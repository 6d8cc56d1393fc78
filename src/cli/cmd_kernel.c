/* bpfvet kernel: load programs into the running kernel and report what
 * its verifier says.  The ground truth every other verdict is checked
 * against. */
#include <stdlib.h>
#include <string.h>

#include "bpfvet/kernel.h"
#include "cli/cli.h"

static const char help[] =
	"usage: bpfvet kernel OBJ [PROG] [--log-level 0|1|2] [--tail N] [--json] [--unprivileged]\n"
	"\n"
	"Create the maps of OBJ, load each program (or PROG) into the running kernel\n"
	"with BPF_PROG_LOAD and print 'NAME: accepted' or 'NAME: rejected', then the\n"
	"last lines of the verifier's log (all of it with --tail 0).  Needs root.\n"
	"--unprivileged loads from a child process without capabilities, with\n"
	"kernel.unprivileged_bpf_disabled lowered to 0 for the moment and restored.\n"
	"exit status: 0 all accepted, 1 one was rejected, 2 bad usage or input.\n";

static void print_tail(const char *log, int tail)
{
	const char *p;
	int lines = 0;

	if (!log || !*log)
		return;
	p = log + strlen(log);
	if (p > log && p[-1] == '\n')
		p--;
	if (tail > 0) {
		while (p > log) {
			p--;
			if (*p == '\n' && ++lines == tail) {
				p++;
				break;
			}
		}
	} else {
		p = log;
	}
	fputs(p, stdout);
	if (log[strlen(log) - 1] != '\n')
		putchar('\n');
}

int cmd_kernel(int argc, char **argv)
{
	struct cli_common c = { 0 };
	struct bv_kernel_opts ko = { .log_level = 1 };
	const char *path = NULL, *prog = NULL;
	const struct bv_prog **sel;
	struct bv_object *obj;
	int n, tail = 8, rejected = 0, failed = 0;
	char why[256];

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
		if ((!strcmp(argv[i], "--log-level") || !strcmp(argv[i], "--tail")) && i + 1 < argc) {
			char *end;
			long v = strtol(argv[i + 1], &end, 10);

			if (*end || v < 0 || (argv[i][2] == 'l' && v > 2)) {
				fprintf(stderr, "bpfvet kernel: bad value for %s\n", argv[i]);
				return EXIT_USAGE;
			}
			if (argv[i][2] == 'l')
				ko.log_level = (int)v;
			else
				tail = (int)v;
			i++;
			continue;
		}
		if (!strcmp(argv[i], "--unprivileged")) {
			ko.unprivileged = 1;
			continue;
		}
		if (argv[i][0] == '-' || (path && prog)) {
			fprintf(stderr, "bpfvet kernel: unexpected argument '%s'\n%s", argv[i], help);
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
	if (!bv_kernel_available(why, sizeof(why))) {
		fprintf(stderr, "bpfvet kernel: %s\n", why);
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
	if (c.json)
		printf("[");
	for (int i = 0; i < n; i++) {
		struct bv_kernel_result res;
		struct bv_error err = { 0 };

		if (bv_kernel_load(obj, sel[i], &ko, &res, &err)) {
			if (c.json) {
				printf("%s{\"name\":", i ? "," : "");
				cli_json_str(stdout, sel[i]->name);
				printf(",\"verdict\":\"error\",\"message\":");
				cli_json_str(stdout, err.msg);
				printf("}");
			} else {
				printf("%s: error: %s\n", sel[i]->name, err.msg);
			}
			failed = 1;
			continue;
		}
		rejected |= !res.accepted;
		if (c.json) {
			printf("%s{\"name\":", i ? "," : "");
			cli_json_str(stdout, sel[i]->name);
			printf(",\"section\":");
			cli_json_str(stdout, sel[i]->section);
			printf(",\"verdict\":\"%s\",\"errno\":%d", res.accepted ? "accept" : "reject", res.err);
			if (res.refused_early)
				printf(",\"refused_early\":true");
			if (!res.accepted) {
				printf(",\"error\":{\"insn\":%ld,\"message\":", res.error_insn);
				cli_json_str(stdout, res.error_line ? res.error_line : "");
				printf("}");
			}
			printf(",\"stats\":{\"processed_insns\":%ld,\"total_states\":%ld,\"peak_states\":%ld,"
			       "\"max_states_per_insn\":%ld,\"time_usec\":%ld}",
			       res.stats.processed_insns, res.stats.total_states, res.stats.peak_states,
			       res.stats.max_states_per_insn, res.stats.verification_usec);
			if (res.note[0]) {
				printf(",\"note\":");
				cli_json_str(stdout, res.note);
			}
			printf("}");
		} else {
			if (res.accepted)
				printf("%s: accepted\n", sel[i]->name);
			else if (res.refused_early)
				printf("%s: rejected before verification: %s\n", sel[i]->name,
				       res.error_line ? res.error_line : strerror(res.err));
			else
				printf("%s: rejected: %s (errno %d)\n", sel[i]->name,
				       res.error_line ? res.error_line : "?", res.err);
			if (res.note[0])
				printf("  note: %s\n", res.note);
			print_tail(res.log, ko.log_level >= 2 && tail == 8 ? 0 : tail);
		}
		bv_kernel_result_free(&res);
	}
	if (c.json)
		printf("]\n");
	free(sel);
	bv_object_free(obj);
	if (failed)
		return EXIT_USAGE;
	return rejected ? EXIT_REJECTED : EXIT_OK;
}
