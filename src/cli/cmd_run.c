/* bpfvet run: run a program in the VM on a packet or a context and show
 * what came out: the return value, the packet, the maps that changed, and
 * what the program printed or emitted. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "bpfvet/verify.h"
#include "bpfvet/vm.h"
#include "cli/cli.h"
#include "cli/vm_input.h"

static const char help[] =
	"usage: bpfvet run OBJ PROG [INPUT] [--map NAME:KEY=VALUE]... [--repeat N] [--json]\n"
	"                            [--checked | --unchecked] [--no-verify] [--cpus N]\n"
	"\n"
	"Run PROG of OBJ in bpfvet's VM and print the return value, the packet after\n"
	"the run (skb and XDP programs), the map entries the run changed, and the\n"
	"output of bpf_trace_printk, perf event and ring buffer helpers.\n"
	"\n"
	"INPUT, by program type:\n"
	"  --packet FILE        skb and XDP programs: a raw frame or a pcap file (first packet)\n"
	"  --packet-hex HEX     the frame as hex bytes\n"
	"  --args A,B,...       kprobes: the function's arguments in struct pt_regs\n"
	"  --ctx FILE | --ctx-hex HEX   other types: the raw context (tracepoint record, ...)\n"
	"Maps start as the object defines them; --map NAME:KEY=VALUE sets an entry\n"
	"first, --map NAME=FILE sets one entry per 'KEY = VALUE' line.  Keys and\n"
	"values: 42, 0x2a, -1 (little-endian in the field's size), [2a 00 ff], \"text\".\n"
	"--repeat N runs N times and prints nanoseconds and instructions per run.\n"
	"The program is verified first, as `bpfvet check` does: a rejected program is\n"
	"not run.  A verified program runs at full speed; --checked checks every\n"
	"memory access anyway and calls a violation a verifier soundness bug; a\n"
	"checked run that faults shows the path to the fault (the last jumps taken).  A\n"
	"program bpfvet cannot verify yet runs with every access checked.\n"
	"--no-verify skips the verifier (accesses checked unless --unchecked).\n"
	"exit status: 0 the program ran, 1 it was rejected or faulted, 2 bad usage or\n"
	"input.\n";

static int calls_tail_call(const struct bv_prog *p)
{
	for (size_t i = 0; i < p->n_insns; i++)
		if (p->insns[i].code == (BV_JMP | BV_CALL) && p->insns[i].src == 0 && p->insns[i].imm == 12)
			return 1;
	return 0;
}

struct set_map {
	const char *name;
	char *key, *value;
	const char *file;
};

static int apply_entry(struct bv_vm *vm, const char *map, const char *k, const char *v)
{
	int m = bv_vm_map_by_name(vm, map);
	uint8_t key[512], val[65536];
	char why[256];
	size_t ks, vs;

	if (m < 0) {
		fprintf(stderr, "bpfvet run: no map named '%s'\n", map);
		return -1;
	}
	ks = bv_vm_map_key_size(vm, m);
	vs = bv_vm_map_value_size(vm, m);
	if (ks > sizeof(key) || vs > sizeof(val) || parse_value(k, ks, key, why, sizeof(why)) ||
	    parse_value(v, vs, val, why, sizeof(why))) {
		fprintf(stderr, "bpfvet run: map %s: %s\n", map, why);
		return -1;
	}
	if (bv_vm_map_update(vm, m, key, val, 0)) {
		fprintf(stderr, "bpfvet run: map %s: cannot set %s\n", map, k);
		return -1;
	}
	return 0;
}

static int apply_file(struct bv_vm *vm, const char *map, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[8192];
	int lineno = 0;

	if (!f) {
		fprintf(stderr, "bpfvet run: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *eq, *nl = strchr(line, '\n');

		lineno++;
		if (nl)
			*nl = 0;
		if (!line[0] || line[0] == '#')
			continue;
		eq = strchr(line, '=');
		if (!eq) {
			fprintf(stderr, "bpfvet run: %s:%d: expected 'KEY = VALUE'\n", path, lineno);
			fclose(f);
			return -1;
		}
		*eq = 0;
		if (apply_entry(vm, map, line, eq + 1)) {
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	return 0;
}

struct diff_out {
	int json;
	int n;
};

static void print_change(void *ctx, const char *map, const char *key, const char *old, const char *new_)
{
	struct diff_out *d = ctx;

	if (d->json) {
		printf("%s{\"map\":", d->n++ ? "," : "");
		cli_json_str(stdout, map);
		printf(",\"key\":");
		cli_json_str(stdout, key);
		printf(",\"old\":");
		if (old)
			cli_json_str(stdout, old);
		else
			printf("null");
		printf(",\"new\":");
		if (new_)
			cli_json_str(stdout, new_);
		else
			printf("null");
		printf("}");
		return;
	}
	if (!d->n++)
		printf("maps changed:\n");
	if (!old)
		printf("  %s[%s] = %s (new)\n", map, key, new_);
	else if (!new_)
		printf("  %s[%s] deleted (was %s)\n", map, key, old);
	else
		printf("  %s[%s] = %s (was %s)\n", map, key, new_, old);
}

static void hexdump(const uint8_t *p, size_t n, const uint8_t *orig, size_t orig_n)
{
	for (size_t i = 0; i < n; i += 16) {
		printf("  %04zx:", i);
		for (size_t k = i; k < i + 16 && k < n; k++)
			printf(" %02x%s", p[k], (k >= orig_n || orig[k] != p[k]) ? "*" : " ");
		printf("\n");
	}
}

int cmd_run(int argc, char **argv)
{
	struct cli_common c = { 0 };
	const char *path = NULL, *progname = NULL, *packet_file = NULL, *packet_hex = NULL;
	const char *ctx_file = NULL, *ctx_hex = NULL, *args = NULL;
	struct set_map sets[64];
	int nsets = 0, checked = -1, repeat = 0, rc = EXIT_OK, verify = 1, verified = 0;
	char not_verified[300] = "";
	unsigned cpus = 1;
	struct bv_vm_opts vo = { 0 };
	struct bv_vm_ctx *ctx = NULL;
	struct bv_object *obj = NULL;
	struct bv_vm *vm = NULL;
	const struct bv_prog *prog;
	struct bv_vm_result res;
	struct bv_error err = { 0 };
	struct vm_snapshot *before = NULL, *after = NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int k = cli_common_opt(&c, argc, argv, i);

		if (k < 0)
			return EXIT_USAGE;
		if (k) {
			i += k - 1;
			continue;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (!strcmp(a, "--checked") || !strcmp(a, "--unchecked") || !strcmp(a, "--no-verify")) {
			if (a[2] == 'u')
				checked = 0;
			else if (a[2] == 'c')
				checked = 1;
			else
				verify = 0;
			continue;
		}
		if (i + 1 >= argc && a[0] == '-') {
			fprintf(stderr, "bpfvet run: %s needs a value\n", a);
			return EXIT_USAGE;
		}
		if (!strcmp(a, "--packet")) packet_file = argv[++i];
		else if (!strcmp(a, "--packet-hex")) packet_hex = argv[++i];
		else if (!strcmp(a, "--ctx")) ctx_file = argv[++i];
		else if (!strcmp(a, "--ctx-hex")) ctx_hex = argv[++i];
		else if (!strcmp(a, "--args")) args = argv[++i];
		else if (!strcmp(a, "--repeat")) repeat = atoi(argv[++i]);
		else if (!strcmp(a, "--cpus")) cpus = (unsigned)atoi(argv[++i]);
		else if (!strcmp(a, "--map")) {
			char *spec = argv[++i], *colon = strchr(spec, ':'), *eq = strchr(spec, '=');

			if (nsets >= 64 || !eq) {
				fprintf(stderr, "bpfvet run: --map NAME:KEY=VALUE or NAME=FILE\n");
				return EXIT_USAGE;
			}
			sets[nsets].name = spec;
			if (colon && colon < eq) {
				*colon = 0;
				*eq = 0;
				sets[nsets].key = colon + 1;
				sets[nsets].value = eq + 1;
				sets[nsets].file = NULL;
			} else {
				*eq = 0;
				sets[nsets].file = eq + 1;
			}
			nsets++;
		} else if (a[0] == '-') {
			fprintf(stderr, "bpfvet run: unknown option '%s'\n%s", a, help);
			return EXIT_USAGE;
		} else if (!path) {
			path = a;
		} else if (!progname) {
			progname = a;
		} else {
			fprintf(stderr, "bpfvet run: unexpected argument '%s'\n", a);
			return EXIT_USAGE;
		}
	}
	if (!path || !progname) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	obj = cli_open(path, &c);
	if (!obj)
		return EXIT_USAGE;
	prog = bv_object_find_prog(obj, progname);
	if (!prog) {
		fprintf(stderr, "bpfvet run: %s has no program '%s'\n", path, progname);
		rc = EXIT_USAGE;
		goto out;
	}
	if (prog->link_error) {
		fprintf(stderr, "bpfvet run: '%s' could not be linked: %s\n", prog->name, prog->link_msg);
		rc = EXIT_USAGE;
		goto out;
	}
	if (verify) {
		struct bv_verify_opts vopt = { 0 };
		struct bv_verify_result vr;

		if (bv_verify(obj, prog, &vopt, &vr, &err)) {
			fprintf(stderr, "bpfvet run: %s\n", err.msg);
			rc = EXIT_USAGE;
			goto out;
		}
		if (vr.unsupported) {
			snprintf(not_verified, sizeof(not_verified), "not verified: %s", vr.message);
		} else if (!vr.accepted) {
			fprintf(stderr, "%s: rejected by the verifier: %s (at insn %ld); not run\n"
				"(`bpfvet check --log-level 1` shows why; --no-verify runs it anyway)\n",
				prog->name, vr.message ? vr.message : "?", vr.error_insn);
			bv_verify_result_free(&vr);
			rc = EXIT_REJECTED;
			goto out;
		} else {
			verified = 1;
		}
		bv_verify_result_free(&vr);
		/* unchecked runs need every program a tail call may reach verified */
		if (verified && calls_tail_call(prog)) {
			for (size_t i = 0; i < obj->n_progs && verified; i++) {
				const struct bv_prog *q = &obj->progs[i];

				if (q == prog || q->link_error || !q->n_insns || !q->type)
					continue;
				if (bv_verify(obj, q, &vopt, &vr, &err) || !vr.accepted) {
					snprintf(not_verified, sizeof(not_verified),
						 "verified, but tail-call target %s is not", q->name);
					verified = 0;
				}
				bv_error_clear(&err);
				bv_verify_result_free(&vr);
			}
		}
	} else {
		snprintf(not_verified, sizeof(not_verified), "not verified (--no-verify)");
	}
	/* verified programs need no checks; others get them unless refused */
	if (checked < 0)
		checked = !verified;
	vo.unchecked = !checked;
	vo.nr_cpus = cpus ? cpus : 1;
	if (bv_vm_new(obj, &vo, &vm, &err)) {
		fprintf(stderr, "bpfvet run: %s\n", err.msg);
		rc = EXIT_USAGE;
		goto out;
	}
	for (int i = 0; i < nsets; i++) {
		if (sets[i].file ? apply_file(vm, sets[i].name, sets[i].file)
				 : apply_entry(vm, sets[i].name, sets[i].key, sets[i].value)) {
			rc = EXIT_USAGE;
			goto out;
		}
	}
	ctx = calloc(1, sizeof(*ctx));
	if (!ctx) {
		rc = EXIT_USAGE;
		goto out;
	}
	{
		static uint8_t buf[BV_VM_PKT_MAX];
		size_t len = 0;
		char why[512];
		int bad = 0;

		if (packet_file || packet_hex) {
			if (packet_file && read_packet_file(packet_file, buf, sizeof(buf), &len, why, sizeof(why))) {
				fprintf(stderr, "bpfvet run: %s\n", why);
				rc = EXIT_USAGE;
				goto out;
			}
			if (packet_hex)
				len = parse_hex_bytes(packet_hex, buf, sizeof(buf), &bad);
			if (bad) {
				fprintf(stderr, "bpfvet run: --packet-hex: not hex bytes\n");
				rc = EXIT_USAGE;
				goto out;
			}
			bv_vm_ctx_packet(ctx, prog->type, buf, len);
		} else if (args) {
			uint64_t a[6];
			size_t n = 0;
			char *s = (char *)args;

			while (*s && n < 6) {
				a[n++] = strtoull(s, &s, 0);
				if (*s == ',')
					s++;
			}
			bv_vm_ctx_args(ctx, prog->type, a, n);
		} else if (ctx_file || ctx_hex) {
			if (ctx_file && read_packet_file(ctx_file, buf, BV_VM_CTX_MAX, &len, why, sizeof(why))) {
				fprintf(stderr, "bpfvet run: %s\n", why);
				rc = EXIT_USAGE;
				goto out;
			}
			if (ctx_hex)
				len = parse_hex_bytes(ctx_hex, buf, BV_VM_CTX_MAX, &bad);
			if (bad) {
				fprintf(stderr, "bpfvet run: --ctx-hex: not hex bytes (at most %d)\n", BV_VM_CTX_MAX);
				rc = EXIT_USAGE;
				goto out;
			}
			bv_vm_ctx_bytes(ctx, prog->type, buf, len);
		} else {
			/* no input: an empty frame for packet programs, zeros otherwise */
			static const uint8_t zero_frame[60];

			if (prog->type == BV_PROG_XDP || prog->type == BV_PROG_SCHED_CLS ||
			    prog->type == BV_PROG_SOCKET_FILTER || prog->type == BV_PROG_SCHED_ACT ||
			    prog->type == BV_PROG_CGROUP_SKB)
				bv_vm_ctx_packet(ctx, prog->type, zero_frame, sizeof(zero_frame));
			else
				bv_vm_ctx_bytes(ctx, prog->type, zero_frame, sizeof(zero_frame));
		}
	}
	if (repeat > 0) {
		struct bv_vm_run_opts ro = { .no_events = 1, .repeat = (uint32_t)repeat };
		double t, per;

		if (bv_vm_run(vm, prog, ctx, &ro, &res, &err)) {
			fprintf(stderr, "bpfvet run: %s\n", err.msg);
			rc = EXIT_USAGE;
			goto out;
		}
		t = (double)res.duration_ns / repeat;
		per = (double)res.insns / repeat;
		printf(c.json ? "{\"ns_per_run\":%.1f,\"insns_per_run\":%.0f,\"ns_per_insn\":%.2f}\n"
			      : "%.1f ns per run, %.0f instructions per run, %.2f ns per instruction\n",
		       t, per, per ? t / per : 0.0);
		if (res.status != BV_VM_OK)
			printf("(stopped: %s at instruction %zu)\n", res.message, res.fault_insn);
		bv_vm_result_free(&res);
		goto out;
	}
	before = snapshot_take(vm, obj);
	if (bv_vm_run(vm, prog, ctx, NULL, &res, &err)) {
		fprintf(stderr, "bpfvet run: %s\n", err.msg);
		rc = EXIT_USAGE;
		goto out;
	}
	after = snapshot_take(vm, obj);
	{
		const char *rn = retval_name(prog->type, res.retval);
		struct diff_out d = { c.json, 0 };
		int pkt_changed = res.packet && (res.packet_len != ctx->packet_len ||
						 memcmp(res.packet, ctx->packet, res.packet_len));

		if (c.json) {
			printf("{\"program\":");
			cli_json_str(stdout, prog->name);
			printf(",\"status\":\"%s\",\"verified\":%s,\"checked\":%s", res.status == BV_VM_OK ? "ok" : "fault",
			       verified ? "true" : "false", checked ? "true" : "false");
			/* a fault in a checked run is the verifier's miss; an
			 * instruction or helper the VM lacks is the VM's */
			if (res.status == BV_VM_FAULT && verified && (!res.fault_prog || !strcmp(res.fault_prog, prog->name)))
				printf(",\"soundness_bug\":true");
			if (res.status != BV_VM_OK) {
				printf(",\"fault\":{\"insn\":%zu,\"message\":", res.fault_insn);
				cli_json_str(stdout, res.message);
				printf(",\"path\":[");
				for (unsigned i = 0; i < res.path_len; i++)
					printf("%s[%u,%u]", i ? "," : "", res.path[i].from, res.path[i].to);
				printf("]}");
			}
			printf(",\"return\":%llu,\"insns\":%llu,\"tail_calls\":%u", (unsigned long long)res.retval,
			       (unsigned long long)res.insns, res.tail_calls);
			if (res.packet) {
				printf(",\"packet\":\"");
				for (size_t i = 0; i < res.packet_len; i++)
					printf("%02x", res.packet[i]);
				printf("\"");
			}
			printf(",\"maps_changed\":[");
			snapshot_diff(vm, obj, before, after, print_change, &d);
			printf("],\"events\":[");
			for (size_t i = 0; i < res.n_events; i++) {
				const struct bv_vm_event *e = &res.events[i];
				static const char *const kinds[] = { "printk", "perf", "ringbuf", "note" };

				printf("%s{\"kind\":\"%s\",\"insn\":%zu,\"data\":", i ? "," : "", kinds[e->kind], e->insn);
				if (e->kind == BV_VM_EV_PRINTK || e->kind == BV_VM_EV_NOTE) {
					cli_json_str(stdout, (const char *)e->data);
				} else {
					printf("\"");
					for (size_t k = 0; k < e->len; k++)
						printf("%02x", e->data[k]);
					printf("\"");
				}
				printf("}");
			}
			printf("]}\n");
		} else {
			printf("%s (%s): ", prog->name, bv_prog_type_name(prog->type) ? bv_prog_type_name(prog->type) : "?");
			if (res.status != BV_VM_OK)
				printf("stopped at instruction %zu%s%s: %s\n", res.fault_insn,
				       res.fault_prog ? " of " : "", res.fault_prog ? res.fault_prog : "", res.message);
			if (res.status != BV_VM_OK && res.path_len) {
				printf("path to it (the last %u jumps taken, from -> to):", res.path_len);
				for (unsigned i = 0; i < res.path_len; i++)
					printf(" %u->%u", res.path[i].from, res.path[i].to);
				printf(", then on to %zu\n", res.fault_insn);
			}
			if (res.status == BV_VM_FAULT && verified && (!res.fault_prog || !strcmp(res.fault_prog, prog->name)))
				printf("verifier soundness bug: bpfvet's verifier accepted this program, "
				       "yet the checked run faulted at instruction %zu; please report it with this object\n",
				       res.fault_insn);
			else if (res.status == BV_VM_OK)
				printf("returned %llu%s%s%s\n", (unsigned long long)res.retval, rn ? " (" : "",
				       rn ? rn : "", rn ? ")" : "");
			printf("%llu instructions%s%s\n", (unsigned long long)res.insns,
			       res.tail_calls ? ", tail calls: " : "", res.tail_calls ? "yes" : "");
			if (res.packet && pkt_changed) {
				printf("packet out (%zu bytes, * = changed):\n", res.packet_len);
				hexdump(res.packet, res.packet_len, ctx->packet, ctx->packet_len);
			} else if (res.packet) {
				printf("packet unchanged (%zu bytes)\n", res.packet_len);
			}
			snapshot_diff(vm, obj, before, after, print_change, &d);
			for (size_t i = 0; i < res.n_events; i++) {
				const struct bv_vm_event *e = &res.events[i];

				if (e->kind == BV_VM_EV_PRINTK)
					printf("printk: %s\n", (const char *)e->data);
				else if (e->kind == BV_VM_EV_NOTE)
					printf("note: %s\n", (const char *)e->data);
				else {
					printf("%s %s (%zu bytes):", e->kind == BV_VM_EV_PERF ? "perf event to" : "ring buffer",
					       e->map >= 0 ? obj->maps[e->map].name : "?", e->len);
					for (size_t k = 0; k < e->len && k < 64; k++)
						printf(" %02x", e->data[k]);
					printf("%s\n", e->len > 64 ? " ..." : "");
				}
			}
			if (not_verified[0])
				printf("(%s; every memory access was %s)\n", not_verified, checked ? "checked" : "trusted");
			else if (checked)
				printf("(verified; every memory access was checked as well)\n");
		}
		if (res.status != BV_VM_OK)
			rc = EXIT_REJECTED;
	}
	bv_vm_result_free(&res);
out:
	snapshot_free(before);
	snapshot_free(after);
	free(ctx);
	bv_vm_free(vm);
	bv_object_free(obj);
	return rc;
}
