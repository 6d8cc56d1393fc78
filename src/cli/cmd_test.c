/* bpfvet test: unit tests for BPF programs, written by hand in a small
 * line-based format and run in the VM, each case on fresh maps.
 *
 *   object prog.o             # relative to the spec file
 *   program xdp_main          # default program for the cases below
 *
 *   test "DNS is dropped"
 *     packet hex 02 00 00 00 00 01 ...      # or: packet file dns.pcap
 *     map counters 17 = 5                   # set before the run
 *     expect return XDP_DROP                # a number or an action name
 *     expect map counters 17 = 6
 *     expect no map counters 6              # the key is absent
 *     expect packet hex 02 00 ...           # the whole packet after the run
 *     expect printk "dropped port 53"       # a bpf_trace_printk line
 *   end
 *
 * Output is TAP; a failing case shows what was expected and what came. */
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/verify.h"
#include "bpfvet/vm.h"
#include "cli/cli.h"
#include "cli/vm_input.h"
#include "util/util.h"

static const char help[] =
	"usage: bpfvet test SPEC [--object FILE] [--verbose] [--no-verify]\n"
	"\n"
	"Run the test cases of SPEC against a program in the VM; TAP output.  The\n"
	"program is verified first: if the verifier rejects it, every case fails\n"
	"with the kernel's line (--no-verify runs them anyway).\n"
	"\n"
	"  object FILE                 the BPF object (or .s source), relative to SPEC\n"
	"                              (--object FILE overrides it)\n"
	"  program NAME                the program the cases run\n"
	"  test \"NAME\" ... end         one case, on fresh maps:\n"
	"    packet hex HEX | packet file FILE | args A,B,... | ctx hex HEX\n"
	"    map NAME KEY = VALUE      set an entry before the run\n"
	"    expect return N|NAME      (XDP_PASS, TC_ACT_SHOT, ...)\n"
	"    expect map NAME KEY = VALUE | expect no map NAME KEY\n"
	"    expect packet hex HEX\n"
	"    expect printk \"TEXT\"      a line printed by bpf_trace_printk\n"
	"    expect fault              the run must stop on a bad access\n"
	"Keys and values: 42, 0x2a, -1, [2a 00 ff], \"text\".\n"
	"exit status: 0 every case passed, 1 one failed, 2 the spec is wrong.\n";

#define MAX_LINES 256

struct tcase {
	char name[256];
	int line;
	char *lines[MAX_LINES];
	int lineno[MAX_LINES];
	int n;
};

static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = 0;
	return s;
}

/* Split "NAME KEY = VALUE" */
static int split_entry(char *s, char **name, char **key, char **value)
{
	char *sp, *eq;

	s = trim(s);
	sp = strpbrk(s, " \t");
	if (!sp)
		return -1;
	*sp = 0;
	*name = s;
	eq = strchr(sp + 1, '=');
	if (value) {
		if (!eq)
			return -1;
		*eq = 0;
		*value = trim(eq + 1);
	}
	*key = trim(sp + 1);
	return 0;
}

static int run_case(const struct bv_object *obj, const struct bv_prog *prog, const struct tcase *tc,
		    const char *dir, int verbose, char *why, size_t wsize)
{
	struct bv_vm *vm = NULL;
	struct bv_vm_ctx *ctx = calloc(1, sizeof(*ctx));
	struct bv_vm_result res = { 0 };
	struct bv_error err = { 0 };
	int ran = 0, rc = 0, want_fault = 0;
	static uint8_t buf[BV_VM_PKT_MAX];

	if (!ctx || bv_vm_new(obj, NULL, &vm, &err)) {
		snprintf(why, wsize, "cannot create the VM: %.300s", err.msg);
		free(ctx);
		return -1;
	}
	{
		static const uint8_t zero_frame[60];

		bv_vm_ctx_packet(ctx, prog->type, zero_frame, sizeof(zero_frame));
	}
	for (int i = 0; i < tc->n && !rc; i++) {
		char line[8192], *s;

		snprintf(line, sizeof(line), "%s", tc->lines[i]);
		s = trim(line);
		if (!strncmp(s, "packet hex ", 11) || !strncmp(s, "ctx hex ", 8)) {
			int bad, is_pkt = s[0] == 'p';
			size_t n = parse_hex_bytes(s + (is_pkt ? 11 : 8), buf, is_pkt ? sizeof(buf) : BV_VM_CTX_MAX, &bad);

			if (bad) {
				snprintf(why, wsize, "line %d: not hex bytes", tc->lineno[i]);
				rc = -1;
			} else if (is_pkt) {
				bv_vm_ctx_packet(ctx, prog->type, buf, n);
			} else {
				bv_vm_ctx_bytes(ctx, prog->type, buf, n);
			}
		} else if (!strncmp(s, "packet file ", 12)) {
			char path[8200];
			size_t n;

			snprintf(path, sizeof(path), "%s/%s", dir, trim(s + 12));
			if (read_packet_file(path, buf, sizeof(buf), &n, why, wsize))
				rc = -1;
			else
				bv_vm_ctx_packet(ctx, prog->type, buf, n);
		} else if (!strncmp(s, "args ", 5)) {
			uint64_t a[6];
			size_t n = 0;
			char *p = s + 5;

			while (*p && n < 6) {
				a[n++] = strtoull(p, &p, 0);
				if (*p == ',')
					p++;
			}
			bv_vm_ctx_args(ctx, prog->type, a, n);
		} else if (!strncmp(s, "map ", 4)) {
			char *name, *key, *value;
			int m;
			uint8_t k[512], v[65536];

			if (split_entry(s + 4, &name, &key, &value) || (m = bv_vm_map_by_name(vm, name)) < 0 ||
			    parse_value(key, bv_vm_map_key_size(vm, m), k, why, wsize) ||
			    parse_value(value, bv_vm_map_value_size(vm, m), v, why, wsize) ||
			    bv_vm_map_update(vm, m, k, v, 0)) {
				if (!why[0])
					snprintf(why, wsize, "line %d: bad map entry", tc->lineno[i]);
				rc = -1;
			}
		} else if (!strncmp(s, "expect ", 7)) {
			char *e = trim(s + 7);

			if (!ran) {
				if (bv_vm_run(vm, prog, ctx, NULL, &res, &err)) {
					snprintf(why, wsize, "%s", err.msg);
					rc = -1;
					break;
				}
				ran = 1;
				if (verbose)
					printf("# %s: returned %llu, %llu instructions\n", tc->name,
					       (unsigned long long)res.retval, (unsigned long long)res.insns);
			}
			if (!strcmp(e, "fault")) {
				want_fault = 1;
				if (res.status == BV_VM_OK) {
					snprintf(why, wsize, "line %d: expected a fault, the program returned %llu",
						 tc->lineno[i], (unsigned long long)res.retval);
					rc = 1;
				}
				continue;
			}
			if (res.status != BV_VM_OK) {
				snprintf(why, wsize, "the run stopped at instruction %zu: %s", res.fault_insn, res.message);
				rc = 1;
				break;
			}
			if (!strncmp(e, "return ", 7)) {
				char *v = trim(e + 7), *end;
				uint64_t want;

				if (retval_by_name(v, &want)) {
					want = strtoull(v, &end, 0);
					if (*v == '-')
						want = (uint64_t)strtoll(v, &end, 0);
					if (*end) {
						snprintf(why, wsize, "line %d: '%s' is not a return value", tc->lineno[i], v);
						rc = -1;
						break;
					}
				}
				if ((uint32_t)want != (uint32_t)res.retval) {
					const char *n = retval_name(prog->type, res.retval);

					snprintf(why, wsize, "line %d: expected return %s, got %llu%s%s%s", tc->lineno[i], v,
						 (unsigned long long)res.retval, n ? " (" : "", n ? n : "", n ? ")" : "");
					rc = 1;
				}
			} else if (!strncmp(e, "map ", 4) || !strncmp(e, "no map ", 7)) {
				int absent = e[0] == 'n';
				char *name, *key, *value = NULL;
				int m;
				uint8_t k[512], v[65536], got[65536];
				size_t vs;

				if (split_entry(e + (absent ? 7 : 4), &name, &key, absent ? NULL : &value) ||
				    (m = bv_vm_map_by_name(vm, name)) < 0 ||
				    parse_value(key, bv_vm_map_key_size(vm, m), k, why, wsize) ||
				    (!absent && parse_value(value, bv_vm_map_value_size(vm, m), v, why, wsize))) {
					if (!why[0])
						snprintf(why, wsize, "line %d: bad map expectation", tc->lineno[i]);
					rc = -1;
					break;
				}
				vs = bv_vm_map_value_size(vm, m);
				if (bv_vm_map_lookup(vm, m, k, got)) {
					if (!absent) {
						snprintf(why, wsize, "line %d: map %s has no key %s", tc->lineno[i], name, key);
						rc = 1;
					}
				} else if (absent) {
					snprintf(why, wsize, "line %d: map %s has key %s", tc->lineno[i], name, key);
					rc = 1;
				} else if (memcmp(got, v, vs)) {
					char g[1024];

					format_bytes(g, sizeof(g), got, vs);
					snprintf(why, wsize, "line %d: map %.60s[%.100s] is %.300s, expected %.300s", tc->lineno[i], name,
						 key, g, value);
					rc = 1;
				}
			} else if (!strncmp(e, "packet hex ", 11)) {
				int bad;
				size_t n = parse_hex_bytes(e + 11, buf, sizeof(buf), &bad);

				if (bad) {
					snprintf(why, wsize, "line %d: not hex bytes", tc->lineno[i]);
					rc = -1;
				} else if (!res.packet || n != res.packet_len || memcmp(buf, res.packet, n)) {
					size_t k = 0;

					while (res.packet && k < n && k < res.packet_len && buf[k] == res.packet[k])
						k++;
					snprintf(why, wsize, "line %d: packet differs at byte %zu (%zu bytes, expected %zu)",
						 tc->lineno[i], k, res.packet ? res.packet_len : 0, n);
					rc = 1;
				}
			} else if (!strncmp(e, "printk ", 7)) {
				char *v = trim(e + 7), want[1024];
				size_t L = strlen(v);
				int found = 0;

				if (L >= 2 && v[0] == '"' && v[L - 1] == '"') {
					v[L - 1] = 0;
					v++;
				}
				snprintf(want, sizeof(want), "%s", v);
				for (size_t k = 0; k < res.n_events; k++)
					if (res.events[k].kind == BV_VM_EV_PRINTK && !strcmp((char *)res.events[k].data, want))
						found = 1;
				if (!found) {
					snprintf(why, wsize, "line %d: no printk \"%.300s\"%s%.300s", tc->lineno[i], want,
						 res.n_events ? "; first was: " : "",
						 res.n_events ? (char *)res.events[0].data : "");
					rc = 1;
				}
			} else {
				snprintf(why, wsize, "line %d: unknown expectation '%s'", tc->lineno[i], e);
				rc = -1;
			}
		} else if (*s && *s != '#') {
			snprintf(why, wsize, "line %d: unknown line '%s'", tc->lineno[i], s);
			rc = -1;
		}
	}
	if (!rc && !ran) {
		snprintf(why, wsize, "line %d: a case without expectations", tc->line);
		rc = -1;
	}
	(void)want_fault;
	bv_vm_result_free(&res);
	bv_vm_free(vm);
	free(ctx);
	return rc;
}

int cmd_test(int argc, char **argv)
{
	const char *spec = NULL, *object_override = NULL;
	int verbose = 0, failed = 0, total = 0, spec_error = 0, lineno = 0, verify = 1;
	char line[8192], dir[4096], *objpath = NULL, *progname = NULL;
	struct tcase *cases = NULL, *cur = NULL;
	size_t ncases = 0, cap = 0;
	struct cli_common c = { 0 };
	struct bv_object *obj = NULL;
	FILE *f;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v"))
			verbose = 1;
		else if (!strcmp(argv[i], "--no-verify"))
			verify = 0;
		else if (!strcmp(argv[i], "--object") && i + 1 < argc)
			object_override = argv[++i];
		else if (argv[i][0] == '-' || spec) {
			fprintf(stderr, "bpfvet test: unexpected argument '%s'\n%s", argv[i], help);
			return EXIT_USAGE;
		} else
			spec = argv[i];
	}
	if (!spec) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	f = fopen(spec, "r");
	if (!f) {
		fprintf(stderr, "bpfvet test: %s: %s\n", spec, strerror(errno));
		return EXIT_USAGE;
	}
	{
		char tmp[sizeof(dir)];

		/* dirname() may return its argument: never print it into itself */
		snprintf(tmp, sizeof(tmp), "%s", spec);
		snprintf(dir, sizeof(dir), "%s", dirname(tmp));
	}
	while (fgets(line, sizeof(line), f)) {
		char *s = trim(line);

		lineno++;
		if (!*s || *s == '#')
			continue;
		if (cur) {
			if (!strcmp(s, "end")) {
				cur = NULL;
				continue;
			}
			if (cur->n >= MAX_LINES) {
				fprintf(stderr, "bpfvet test: %s:%d: too many lines in a case\n", spec, lineno);
				spec_error = 1;
				break;
			}
			cur->lineno[cur->n] = lineno;
			cur->lines[cur->n++] = bv_strdup(s);
			continue;
		}
		if (!strncmp(s, "object ", 7)) {
			free(objpath);
			objpath = bv_strdup(trim(s + 7));
		} else if (!strncmp(s, "program ", 8)) {
			free(progname);
			progname = bv_strdup(trim(s + 8));
		} else if (!strncmp(s, "test ", 5)) {
			char *n = trim(s + 5);
			size_t L = strlen(n);

			if (bv_grow(&cases, &cap, ncases + 1, sizeof(*cases))) {
				spec_error = 1;
				break;
			}
			cur = &cases[ncases++];
			memset(cur, 0, sizeof(*cur));
			if (L >= 2 && n[0] == '"' && n[L - 1] == '"') {
				n[L - 1] = 0;
				n++;
			}
			snprintf(cur->name, sizeof(cur->name), "%s", n);
			cur->line = lineno;
		} else {
			fprintf(stderr, "bpfvet test: %s:%d: expected 'object', 'program' or 'test', not '%s'\n", spec,
				lineno, s);
			spec_error = 1;
			break;
		}
	}
	fclose(f);
	if (!spec_error && cur) {
		fprintf(stderr, "bpfvet test: %s: case \"%s\" has no 'end'\n", spec, cur->name);
		spec_error = 1;
	}
	if (object_override) {
		free(objpath);
		objpath = bv_strdup(object_override);
	}
	if (!spec_error && (!objpath || !progname)) {
		fprintf(stderr, "bpfvet test: %s: needs 'object' and 'program' lines\n", spec);
		spec_error = 1;
	}
	if (!spec_error) {
		char path[8200];

		/* --object is relative to where bpfvet runs, 'object' to the spec */
		if (objpath[0] == '/' || object_override)
			snprintf(path, sizeof(path), "%s", objpath);
		else
			snprintf(path, sizeof(path), "%s/%s", dir, objpath);
		obj = cli_open(path, &c);
		if (!obj)
			spec_error = 1;
	}
	if (!spec_error) {
		const struct bv_prog *prog = bv_object_find_prog(obj, progname);

		if (!prog) {
			fprintf(stderr, "bpfvet test: %s has no program '%s'\n", objpath, progname);
			spec_error = 1;
		} else {
			const char *rejected = NULL;
			struct bv_verify_result vr = { 0 };

			printf("1..%zu\n", ncases);
			if (verify) {
				struct bv_verify_opts vo = { 0 };
				struct bv_error verr = { 0 };

				/* a program the kernel would not load is not worth testing */
				if (!bv_verify(obj, prog, &vo, &vr, &verr)) {
					if (vr.unsupported)
						printf("# %s not verified: %s\n", prog->name, vr.message);
					else if (!vr.accepted)
						rejected = vr.message ? vr.message : "rejected";
					else
						printf("# %s verified\n", prog->name);
				}
				bv_error_clear(&verr);
			}
			for (size_t i = 0; rejected && i < ncases; i++) {
				printf("not ok %zu - %s\n#   the verifier rejects %s: %s (at insn %ld); "
				       "`bpfvet check` explains why\n",
				       i + 1, cases[i].name, prog->name, rejected, vr.error_insn);
				failed++;
				total++;
			}
			for (size_t i = 0; !rejected && i < ncases; i++) {
				char why[1024] = "";
				int r = run_case(obj, prog, &cases[i], dir, verbose, why, sizeof(why));

				total++;
				if (r == 0) {
					printf("ok %zu - %s\n", i + 1, cases[i].name);
				} else {
					failed++;
					printf("not ok %zu - %s\n#   %s%s\n", i + 1, cases[i].name, r < 0 ? "spec error: " : "",
					       why);
					if (r < 0)
						spec_error = 1;
				}
			}
			printf("# %d of %d passed\n", total - failed, total);
			bv_verify_result_free(&vr);
		}
	}
	for (size_t i = 0; i < ncases; i++)
		for (int k = 0; k < cases[i].n; k++)
			free(cases[i].lines[k]);
	free(cases);
	free(objpath);
	free(progname);
	bv_object_free(obj);
	if (spec_error && !total)
		return EXIT_USAGE;
	return failed ? EXIT_REJECTED : EXIT_OK;
}
