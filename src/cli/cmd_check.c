/* bpfvet check: the verifier's verdict on each program, with the kernel's
 * error line, its instruction and source line, and the kernel's log. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "bpfvet/explain.h"
#include "bpfvet/verify.h"
#include "cli/cli.h"
#include "cli/html.h"
#include "cli/sarif.h"

static const char help[] =
	"usage: bpfvet check OBJ [PROG] [--log-level 0|1|2] [--json] [--sarif FILE]\n"
	"                    [--html FILE] [--unprivileged] [--no-explain] [--kernel RELEASE]\n"
	"                    [--cpus N]\n"
	"\n"
	"Verify each program of OBJ (or PROG) the way the running kernel's verifier\n"
	"does, in user space and without privileges.  Prints 'NAME: accepted' or\n"
	"'NAME: rejected: <the kernel's error line>' with the instruction and source\n"
	"line it was found at, then the diagnosis: the class of the problem, why the\n"
	"verifier cannot prove the program safe (with the numbers), what the compiler\n"
	"did when that is the cause, the instructions and source lines that matter, and\n"
	"a fix in C.\n"
	"  --log-level 1   the log the kernel prints for a rejection (the failing path)\n"
	"  --log-level 2   every instruction with register and stack state, then stats\n"
	"  --json          name, section, type, verdict, error {insn, message, source},\n"
	"                  stats {processed_insns, total_states, peak_states,\n"
	"                  max_states_per_insn, time_usec} per program, and for a\n"
	"                  rejection diagnosis {class, where [{insn, role, file, line,\n"
	"                  text}], why, compiler, fix}\n"
	"  --no-explain    the verdict and the kernel's line only\n"
	"  --sarif FILE    also write the rejections as SARIF 2.1.0 (code review in CI)\n"
	"  --html FILE     also write a page for the first rejection: the diagnosis,\n"
	"                  the source with the failing path marked, the path's states\n"
	"  --kernel 5.10   say whether an accepted program also loads on that release:\n"
	"                  helpers, instructions, map and program types, loops and\n"
	"                  calls newer than it (exit 1 when something is)\n"
	"  --unprivileged  judge as a load without CAP_BPF/CAP_PERFMON\n"
	"  --cpus N        judge as on a machine with N possible CPUs (the bound of\n"
	"                  bpf_get_smp_processor_id()); by default this machine's, and\n"
	"                  an acceptance that fails with more CPUs (up to 8192) has a\n"
	"                  note saying from how many\n"
	"exit status: 0 all accepted, 1 one was rejected, 2 bad usage or input, or a\n"
	"program bpfvet cannot judge yet (the output says what is missing).\n";

static const char *base_name(const char *p)
{
	const char *s = p ? strrchr(p, '/') : NULL;

	return s ? s + 1 : p ? p : "";
}

static const char *release(unsigned v, char *buf, size_t size)
{
	snprintf(buf, size, "%u.%u", v >> 16, (v >> 8) & 0xff);
	return buf;
}

static void print_text_compat(const char *kernel, const struct bv_compat *c)
{
	char b[16];

	if (!c->n) {
		printf("  on Linux %s: nothing this program uses is newer\n", kernel);
		return;
	}
	printf("  on Linux %s: would be rejected, it uses\n", kernel);
	for (size_t i = 0; i < c->n; i++) {
		const struct bv_compat_problem *q = &c->problems[i];

		printf("    %s (Linux %s)", q->what, release(q->needs, b, sizeof(b)));
		if (q->insn >= 0)
			printf(", first at insn %ld", q->insn);
		if (q->line)
			printf(" %s:%u: %s", base_name(q->line->file), q->line->line_num, bv_line_text(q->line));
		printf("\n");
	}
}

static void print_json_compat(const char *kernel, const struct bv_compat *c)
{
	char b[16];

	printf(",\"kernel\":{\"release\":");
	cli_json_str(stdout, kernel);
	printf(",\"loads\":%s,\"newer\":[", c->n ? "false" : "true");
	for (size_t i = 0; i < c->n; i++) {
		printf("%s{\"what\":", i ? "," : "");
		cli_json_str(stdout, c->problems[i].what);
		printf(",\"needs\":\"%s\",\"insn\":%ld", release(c->problems[i].needs, b, sizeof(b)), c->problems[i].insn);
		if (c->problems[i].line)
			printf(",\"line\":%u", c->problems[i].line->line_num);
		printf("}");
	}
	printf("]}");
}

/* An acceptance that holds only up to some number of CPUs. */
static void print_text_cpus(const struct bv_cpu_bound *b, int given)
{
	printf("  note: accepted with %d possible CPU%s%s; with more than %d the kernel refuses it", b->here,
	       b->here == 1 ? "" : "s", given ? "" : ", as on this machine", b->max_ok);
	if (b->insn >= 0)
		printf(" at insn %ld", b->insn);
	if (b->line)
		printf(" (%s:%u: %s)", base_name(b->line->file), b->line->line_num, bv_line_text(b->line));
	printf(": %s\n", b->message);
	printf("    bpf_get_smp_processor_id() returns up to the machine's possible CPUs minus 1, and the verifier "
	       "bounds it by that count: check the number against what it indexes before using it "
	       "(`if (cpu >= %d) ...`)\n",
	       b->max_ok);
}

static void print_json_cpus(const struct bv_cpu_bound *b)
{
	printf(",\"cpus\":{\"here\":%d,\"max_accepted\":%d,\"insn\":%ld,\"message\":", b->here, b->max_ok, b->insn);
	cli_json_str(stdout, b->message);
	if (b->line)
		printf(",\"line\":%u", b->line->line_num);
	printf("}");
}

static void print_json(const struct bv_prog *p, const struct bv_verify_result *r, const struct bv_diagnosis *dg,
		       int first)
{
	printf("%s{\"name\":", first ? "" : ",");
	cli_json_str(stdout, p->name);
	printf(",\"section\":");
	cli_json_str(stdout, p->section);
	printf(",\"type\":%u,\"verdict\":\"%s\"", p->type,
	       r->accepted ? "accept" : r->unsupported ? "unsupported" : "reject");
	if (p->obj->btf_refusal) {
		printf(",\"btf_refused\":");
		cli_json_str(stdout, p->obj->btf_refusal);
	}
	if (!r->accepted) {
		const struct bv_line_info *li = r->error_insn >= 0 ? bv_prog_line_at(p, (size_t)r->error_insn) : NULL;

		printf(",\"error\":{\"insn\":%ld,\"message\":", r->error_insn);
		cli_json_str(stdout, r->message ? r->message : "");
		if (li) {
			printf(",\"source\":{\"file\":");
			cli_json_str(stdout, li->file ? li->file : "");
			printf(",\"line\":%u,\"text\":", li->line_num);
			cli_json_str(stdout, bv_line_text(li));
			printf("}");
		}
		printf("}");
		if (dg)
			cli_print_diag_json(dg);
	}
	printf(",\"stats\":{\"processed_insns\":%ld,\"total_states\":%ld,\"peak_states\":%ld,"
	       "\"max_states_per_insn\":%ld,\"time_usec\":%ld}",
	       r->stats.processed_insns, r->stats.total_states, r->stats.peak_states, r->stats.max_states_per_insn,
	       r->stats.time_usec);
}

static void print_text(const struct bv_prog *p, const struct bv_verify_result *r, const struct bv_diagnosis *dg,
		       int log_level)
{
	if (log_level && r->log)
		fputs(r->log, stdout);
	if (r->accepted) {
		printf("%s: accepted\n", p->name);
		return;
	}
	printf("%s: %s: %s\n", p->name, r->unsupported ? "unsupported" : "rejected", r->message ? r->message : "?");
	if (r->error_insn >= 0 && (size_t)r->error_insn < p->n_insns) {
		char buf[256];
		struct bv_disasm_names names = bv_prog_disasm_names(p);
		const struct bv_line_info *li = bv_prog_line_at(p, (size_t)r->error_insn);

		bv_insn_print(buf, sizeof(buf), p->insns, p->n_insns, (size_t)r->error_insn, &names);
		printf("  at insn %ld: %s\n", r->error_insn, buf);
		if (li && li->line && li->line[0])
			printf("  source %s:%u: %s\n", base_name(li->file), li->line_num, bv_line_text(li));
	}
	if (dg)
		cli_print_diag_text(dg);
}

int cmd_check(int argc, char **argv)
{
	struct cli_common c = { 0 };
	struct bv_verify_opts vo = { 0 };
	const char *path = NULL, *prog = NULL;
	const struct bv_prog **sel;
	struct bv_object *obj;
	int n, rejected = 0, failed = 0, explain = 1;
	const char *sarif_path = NULL, *kernel_arg = NULL, *html_path = NULL;
	int html_done = 0;
	unsigned kver = 0;
	struct sarif *sarif = NULL;

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
		if (!strcmp(argv[i], "--log-level") && i + 1 < argc) {
			char *end;
			long v = strtol(argv[i + 1], &end, 10);

			if (*end || v < 0 || v > 2) {
				fprintf(stderr, "bpfvet check: bad value for --log-level\n");
				return EXIT_USAGE;
			}
			vo.log_level = (int)v;
			i++;
			continue;
		}
		if (!strcmp(argv[i], "--unprivileged")) {
			vo.unprivileged = 1;
			continue;
		}
		if (!strcmp(argv[i], "--no-explain")) {
			explain = 0;
			continue;
		}
		if (!strcmp(argv[i], "--kernel") && i + 1 < argc) {
			kernel_arg = argv[++i];
			if (bv_kernel_version_parse(kernel_arg, &kver)) {
				fprintf(stderr, "bpfvet check: --kernel wants a release such as 5.10 or 6.1, not '%s'\n",
					kernel_arg);
				return EXIT_USAGE;
			}
			continue;
		}
		if (!strcmp(argv[i], "--cpus") && i + 1 < argc) {
			char *end;
			long v = strtol(argv[i + 1], &end, 10);

			if (*end || v < 1 || v > BV_MAX_CPUS) {
				fprintf(stderr, "bpfvet check: --cpus wants a number of CPUs from 1 to %d\n", BV_MAX_CPUS);
				return EXIT_USAGE;
			}
			vo.possible_cpus = (int)v;
			i++;
			continue;
		}
		if (!strcmp(argv[i], "--html") && i + 1 < argc) {
			html_path = argv[++i];
			continue;
		}
		if (!strcmp(argv[i], "--sarif") && i + 1 < argc) {
			sarif_path = argv[++i];
			continue;
		}
		if (argv[i][0] == '-' || (path && prog)) {
			fprintf(stderr, "bpfvet check: unexpected argument '%s'\n%s", argv[i], help);
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
	/* what an older release allowed that this one refuses: judged as
	 * there (stricter rules of newer releases are reported below, as
	 * features and behaviours the program relies on) */
	if (kver && kver < (6u << 16 | 12u << 8))
		vo.no_lsm_retval_range = 1;
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
	if (sarif_path && !(sarif = sarif_open(sarif_path))) {
		fprintf(stderr, "bpfvet check: cannot write %s\n", sarif_path);
		free(sel);
		bv_object_free(obj);
		return EXIT_USAGE;
	}
	if (c.json)
		printf("[");
	else if (obj->btf_refusal)
		cli_note_btf_refusal(obj);
	for (int i = 0; i < n; i++) {
		struct bv_verify_result res;
		struct bv_error err = { 0 };
		struct bv_diagnosis diag;
		const struct bv_diagnosis *dg = NULL;
		struct bv_compat compat;
		struct bv_cpu_bound cpus;
		int cpu_bound = 0;

		if (bv_verify(obj, sel[i], &vo, &res, &err)) {
			if (c.json) {
				printf("%s{\"name\":", i ? "," : "");
				cli_json_str(stdout, sel[i]->name);
				printf(",\"verdict\":\"error\",\"message\":");
				cli_json_str(stdout, err.msg);
				printf("}");
			} else {
				fprintf(stderr, "bpfvet check: %s: %s\n", path, err.msg);
			}
			failed = 1;
			continue;
		}
		if (res.unsupported)
			failed = 1;
		else if (!res.accepted)
			rejected = 1;
		if (!res.accepted && !res.unsupported && explain) {
			/* again, recording the failing path: the walk is the same */
			struct bv_verify_opts ro = vo;
			struct bv_verify_result rr;

			ro.log_level = 0;
			ro.record_steps = BV_EXPLAIN_STEPS;
			if (!bv_verify(obj, sel[i], &ro, &rr, &err)) {
				bv_diagnose(obj, sel[i], &rr, &diag);
				dg = &diag;
				/* the page shows the first rejection */
				if (html_path && !html_done++ && html_write(html_path, sel[i], &rr, &diag)) {
					fprintf(stderr, "bpfvet check: cannot write %s\n", html_path);
					failed = 1;
				}
				bv_verify_result_free(&rr);
			}
			bv_error_clear(&err);
		}
		if (!res.accepted && !res.unsupported)
			sarif_result(sarif, sel[i], &res, dg);
		if (res.accepted)
			cpu_bound = bv_cpu_bound(obj, sel[i], &vo, &cpus);
		if (kver && res.accepted) {
			bv_compat_check(obj, sel[i], kver, &vo, &compat);
			if (compat.n)
				rejected = 1;
		}
		if (c.json) {
			print_json(sel[i], &res, dg, i == 0);
			if (kver && res.accepted)
				print_json_compat(kernel_arg, &compat);
			if (cpu_bound)
				print_json_cpus(&cpus);
			printf("}");
		} else {
			print_text(sel[i], &res, dg, vo.log_level);
			if (kver && res.accepted)
				print_text_compat(kernel_arg, &compat);
			if (cpu_bound)
				print_text_cpus(&cpus, vo.possible_cpus > 0);
		}
		bv_verify_result_free(&res);
	}
	if (c.json)
		printf("]\n");
	if (sarif_close(sarif)) {
		fprintf(stderr, "bpfvet check: cannot write %s\n", sarif_path);
		failed = 1;
	}
	free(sel);
	bv_object_free(obj);
	if (rejected)
		return EXIT_REJECTED;
	return failed ? EXIT_USAGE : EXIT_OK;
}
