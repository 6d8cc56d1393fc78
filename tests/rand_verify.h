/* Random-program differential testing of the verifier against the kernel. */
#ifndef BPFVET_RAND_VERIFY_H
#define BPFVET_RAND_VERIFY_H

#include <stddef.h>

struct rand_verify_stats {
	int compared;          /* verified by both */
	int kernel_accepted;
	int disagreed;         /* logs differ */
	int skipped;           /* could not be loaded or assembled */
};

/* Generate `count` programs from `seed`; print a minimised reproducer for
 * each one whose level-2 log differs from the kernel's. */
void rand_verify(unsigned seed, int count, struct rand_verify_stats *st);

/* Verify one program text with both: 1 when the logs differ (msg says
 * where), 0 when identical, -1 when it could not be compared. */
int rand_verify_compare(const char *text, int *kernel_accepted, char *msg, size_t size);

/* Verify one program of an object with both at log level 1 or 2: the same
 * answers, the logs compared after normalising map addresses, spacing and
 * timing. */
/* Set: compare loads without CAP_BPF (verdict and error line). */
extern int rand_verify_unpriv;
/* The generator's shape (rand_verify_gen.h) and its largest body. */
extern int rand_verify_shape, rand_verify_size;
struct bv_object;
struct bv_prog;
int verify_log_compare(struct bv_object *obj, const struct bv_prog *prog, int level, int *kernel_accepted,
		       char *msg, size_t size);

#endif
