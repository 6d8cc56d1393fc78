/* load_bench: time bpfvet's bv_object_open (ELF, BTF, maps, programs,
 * and the linking and CO-RE relocation libbpf only does at load time)
 * beside libbpf's bpf_object__open of the same file.
 *
 *   load_bench [-n REPEAT] OBJ...
 *
 * libbpf's open parses; relocation, subprogram linking and CO-RE happen in
 * its load, next to the kernel.  So two bpfvet columns: "parse" stops where
 * libbpf's open stops (the like-for-like figure), "+link" is what
 * bv_object_open does by default (everything but the kernel).
 *
 * Prints per object the median microseconds over REPEAT runs and the ratio
 * parse/libbpf (below 1: bpfvet is faster), then the totals. */
#include <bpf/libbpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"
#include "bpfvet/object.h"


static int quiet(enum libbpf_print_level l, const char *f, va_list ap)
{
	(void)l;
	(void)f;
	(void)ap;
	return 0;
}

int main(int argc, char **argv)
{
	int reps = 20;
	double tot_ours = 0, tot_ref = 0, tot_parse = 0;
	int first = 1;

	libbpf_set_print(quiet);
	if (argc > 2 && !strcmp(argv[1], "-n")) {
		reps = atoi(argv[2]);
		first = 3;
	}
	if (reps < 1)
		reps = 1;
	printf("%-40s %12s %12s %12s %8s\n", "object", "bpfvet parse", "bpfvet +link", "libbpf open",
	       "ratio");
	for (int a = first; a < argc; a++) {
		double *ours = calloc((size_t)reps, sizeof(double)), *ref = calloc((size_t)reps, sizeof(double));
		double *parse = calloc((size_t)reps, sizeof(double));
		const char *name = strrchr(argv[a], '/') ? strrchr(argv[a], '/') + 1 : argv[a];
		int ok_ours = 1, ok_ref = 1;

		for (int r = 0; r < reps; r++) {
			struct bv_object *obj = NULL;
			struct bv_error err = { 0 };
			struct bv_open_opts po = { .no_link = 1 };
			struct bpf_object *lo;
			double t0 = now_us();

			if (bv_object_open(argv[a], &po, &obj, &err))
				ok_ours = 0;
			bv_object_free(obj);
			obj = NULL;
			parse[r] = now_us() - t0;
			t0 = now_us();

			if (bv_object_open(argv[a], NULL, &obj, &err))
				ok_ours = 0;
			bv_object_free(obj);
			ours[r] = now_us() - t0;
			t0 = now_us();
			lo = bpf_object__open(argv[a]);
			if (!lo)
				ok_ref = 0;
			bpf_object__close(lo);
			ref[r] = now_us() - t0;
		}
		qsort(ours, (size_t)reps, sizeof(double), cmp_d);
		qsort(parse, (size_t)reps, sizeof(double), cmp_d);
		qsort(ref, (size_t)reps, sizeof(double), cmp_d);
		if (ok_ours && ok_ref) {
			tot_ours += ours[reps / 2];
			tot_parse += parse[reps / 2];
			tot_ref += ref[reps / 2];
			printf("%-40.40s %12.1f %12.1f %12.1f %8.2f\n", name, parse[reps / 2], ours[reps / 2],
			       ref[reps / 2], parse[reps / 2] / ref[reps / 2]);
		} else {
			printf("%-40.40s %12.1f %12.1f %12s %8s\n", name, parse[reps / 2], ours[reps / 2],
			       ok_ref ? "ok" : "fails", "-");
		}
		free(parse);
		free(ours);
		free(ref);
	}
	if (tot_ref > 0)
		printf("%-40s %12.0f %12.0f %12.0f %8.2f\n", "total (objects both open)", tot_parse, tot_ours,
		       tot_ref, tot_parse / tot_ref);
	return 0;
}
