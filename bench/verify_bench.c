/* verify_bench: bpfvet's verifier beside the running kernel's, program by
 * program.
 *
 *   verify_bench [-n REPEAT] OBJ|FILE.s...
 *
 * For each program: the median over REPEAT runs of bv_verify's wall time
 * (log level 0, as a user's `bpfvet check` runs it) and of the kernel's own
 * "verification time" line (BPF_PROG_LOAD at log level 1, which asks for
 * the statistics without the per-instruction log), then both processed-
 * instruction counts and peak_states.  The kernel's figure excludes the
 * syscall, map creation and BTF loading; ours excludes opening the object.
 * Without root the kernel columns print "-".
 *
 * Ends with totals over the programs both judged, the programs whose
 * verdicts differ (there should be none) and bpfvet's peak RSS. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bpfvet/asm.h"
#include "bpfvet/kernel.h"
#include "bench_util.h"
#include "bpfvet/object.h"
#include "bpfvet/verify.h"



struct totals {
	double ours_us, kern_us;
	long ours_insns, kern_insns;
	int both, differ, unsupported;
};

static void bench_prog(struct bv_object *obj, const struct bv_prog *prog, const char *file, int reps,
		       int kernel, struct totals *t)
{
	double *ours = calloc((size_t)reps, sizeof(double)), *kern = calloc((size_t)reps, sizeof(double));
	struct bv_verify_result vr = { 0 };
	struct bv_kernel_result kr = { 0 };
	int kok = 0, kaccepted = 0;
	long kinsns = -1, kpeak = -1;
	char label[80];

	if (!ours || !kern)
		goto out;
	for (int r = 0; r < reps; r++) {
		struct bv_verify_opts vo = { 0 };
		struct bv_error err = { 0 };
		double t0;

		bv_verify_result_free(&vr);
		memset(&vr, 0, sizeof(vr));
		t0 = now_us();
		if (bv_verify(obj, prog, &vo, &vr, &err) < 0 && !vr.message) {
			fprintf(stderr, "%s: %s: %s\n", file, prog->name, err.msg);
			bv_error_clear(&err);
			goto out;
		}
		ours[r] = now_us() - t0;
		bv_error_clear(&err);
	}
	for (int r = 0; kernel && r < reps; r++) {
		struct bv_kernel_opts ko = { .log_level = 1 };
		struct bv_error err = { 0 };

		bv_kernel_result_free(&kr);
		memset(&kr, 0, sizeof(kr));
		if (bv_kernel_load(obj, prog, &ko, &kr, &err) < 0 || kr.refused_early ||
		    kr.stats.verification_usec < 0) {
			bv_error_clear(&err);
			kok = 0;
			break;
		}
		kern[r] = (double)kr.stats.verification_usec;
		kinsns = kr.stats.processed_insns;
		kpeak = kr.stats.peak_states;
		kaccepted = kr.accepted;
		kok = 1;
	}
	snprintf(label, sizeof(label), "%s:%s", file, prog->name);
	if (vr.unsupported) {
		printf("%-52s %10s %10s %9s %9s %7s %7s  unsupported\n", label, "-", "-", "-", "-", "-", "-");
		t->unsupported++;
		goto out;
	}
	{
		double o = median(ours, reps), k = kok ? median(kern, reps) : 0;
		const char *v = vr.accepted ? "accept" : "reject";

		if (kok) {
			printf("%-52s %10.0f %10.0f %9ld %9ld %7ld %7ld  %s%s\n", label, o, k,
			       vr.stats.processed_insns, kinsns, vr.stats.peak_states, kpeak, v,
			       kaccepted == vr.accepted ? "" : "  VERDICTS DIFFER");
			t->ours_us += o;
			t->kern_us += k;
			t->ours_insns += vr.stats.processed_insns;
			t->kern_insns += kinsns;
			t->both++;
			t->differ += kaccepted != vr.accepted;
		} else {
			printf("%-52s %10.0f %10s %9ld %9s %7ld %7s  %s\n", label, o, "-", vr.stats.processed_insns,
			       "-", vr.stats.peak_states, "-", v);
		}
	}
out:
	bv_verify_result_free(&vr);
	bv_kernel_result_free(&kr);
	free(ours);
	free(kern);
}

int main(int argc, char **argv)
{
	int reps = 5, first = 1, kernel;
	char why[256];
	struct totals t = { 0 };
	struct rusage ru;

	if (argc > 2 && !strcmp(argv[1], "-n")) {
		reps = atoi(argv[2]);
		first = 3;
	}
	if (reps < 1)
		reps = 1;
	if (first >= argc) {
		fprintf(stderr, "usage: verify_bench [-n REPEAT] OBJ...\n");
		return 2;
	}
	kernel = bv_kernel_available(why, sizeof(why));
	if (!kernel)
		fprintf(stderr, "verify_bench: no kernel columns: %s\n", why);
	printf("%-52s %10s %10s %9s %9s %7s %7s\n", "program", "bpfvet us", "kernel us", "insns", "k.insns",
	       "peak", "k.peak");
	for (int a = first; a < argc; a++) {
		struct bv_object *obj = NULL;
		struct bv_error err = { 0 };
		const char *name = strrchr(argv[a], '/') ? strrchr(argv[a], '/') + 1 : argv[a];

		int r;

		if (bv_asm_is_source(argv[a])) { /* the test suite's .s case files */
			uint8_t *elf;
			size_t size;

			r = bv_asm_file(argv[a], &elf, &size, &err);
			if (!r) {
				r = bv_object_open_mem(elf, size, argv[a], NULL, &obj, &err);
				free(elf);
			}
		} else {
			r = bv_object_open(argv[a], NULL, &obj, &err);
		}
		if (r) {
			fprintf(stderr, "%s: %s\n", argv[a], err.msg);
			bv_error_clear(&err);
			continue;
		}
		for (size_t i = 0; i < obj->n_progs; i++)
			/* a section that names no type (iproute2's numbered
			 * tail-call sections) needs --type: neither can judge it */
			if (!obj->progs[i].link_error && obj->progs[i].n_insns && obj->progs[i].type)
				bench_prog(obj, &obj->progs[i], name, reps, kernel, &t);
		bv_object_free(obj);
	}
	if (t.both)
		printf("\ntotal over %d programs both judged: bpfvet %.0f us, kernel %.0f us (ratio %.2f); "
		       "processed insns %ld vs %ld; verdicts differ on %d\n",
		       t.both, t.ours_us, t.kern_us, t.kern_us > 0 ? t.ours_us / t.kern_us : 0, t.ours_insns,
		       t.kern_insns, t.differ);
	if (t.unsupported)
		printf("%d programs bpfvet cannot judge yet\n", t.unsupported);
	if (!getrusage(RUSAGE_SELF, &ru))
		printf("bpfvet peak RSS %ld KiB (whole run, objects included)\n", ru.ru_maxrss);
	return 0;
}
