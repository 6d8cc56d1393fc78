/* The random generators' source of numbers: xorshift64, small and the same
 * on every machine, so that a seed names the same programs everywhere. */
#ifndef BPFVET_RAND_RNG_H
#define BPFVET_RAND_RNG_H

#include <stdint.h>

static inline uint64_t rng_next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* A number in [0, n). */
static inline unsigned rng_pick(uint64_t *s, unsigned n)
{
	return (unsigned)(rng_next(s) % n);
}

#endif
