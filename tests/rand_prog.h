/* Random-program differential testing of the VM against the kernel. */
#ifndef BPFVET_RAND_PROG_H
#define BPFVET_RAND_PROG_H

struct rand_stats {
	int compared;          /* ran in the kernel and in the VM */
	int kernel_rejected;   /* the kernel's verifier refused it */
	int disagreed;
};

/* Generate `count` programs from `seed`, run each in both, print a
 * minimised reproducer for each disagreement. */
void rand_differential(unsigned seed, int count, struct rand_stats *st);

#endif
