/* Tristate number arithmetic.  Each operation returns the most precise
 * tnum that contains every result of applying the operation to values of
 * its inputs: known bits propagate, unknown bits spread only as far as
 * carries and shifts can carry them. */
#include <stdio.h>

#include "verifier/tnum.h"

struct tnum tnum_range(uint64_t min, uint64_t max)
{
	uint64_t diff = min ^ max;
	unsigned bits;

	if (!diff)
		return tnum_const(min);
	bits = 64 - (unsigned)__builtin_clzll(diff);
	if (bits >= 64)
		return tnum_unknown();
	{
		uint64_t delta = (1ull << bits) - 1;

		return TNUM(min & ~delta, delta);
	}
}

struct tnum tnum_lshift(struct tnum a, unsigned s)
{
	return TNUM(a.value << s, a.mask << s);
}

struct tnum tnum_rshift(struct tnum a, unsigned s)
{
	return TNUM(a.value >> s, a.mask >> s);
}

/* Arithmetic shift of a `bits`-wide value: the sign bit (known or not)
 * is copied into the vacated bits. */
struct tnum tnum_arshift(struct tnum a, unsigned s, unsigned bits)
{
	if (bits == 32)
		return TNUM((uint32_t)((int32_t)(uint32_t)a.value >> s),
			    (uint32_t)((int32_t)(uint32_t)a.mask >> s));
	return TNUM((uint64_t)((int64_t)a.value >> s), (uint64_t)((int64_t)a.mask >> s));
}

struct tnum tnum_add(struct tnum a, struct tnum b)
{
	uint64_t sm = a.mask + b.mask, sv = a.value + b.value;
	uint64_t sigma = sm + sv, chi = sigma ^ sv, mu = chi | a.mask | b.mask;

	/* bits that can differ between the smallest and the largest sums,
	 * and every bit a carry can reach from them, are unknown */
	return TNUM(sv & ~mu, mu);
}

struct tnum tnum_sub(struct tnum a, struct tnum b)
{
	uint64_t dv = a.value - b.value, alpha = dv + a.mask, beta = dv - b.mask;
	uint64_t chi = alpha ^ beta, mu = chi | a.mask | b.mask;

	return TNUM(dv & ~mu, mu);
}

struct tnum tnum_neg(struct tnum a)
{
	return tnum_sub(tnum_const(0), a);
}

struct tnum tnum_and(struct tnum a, struct tnum b)
{
	uint64_t alpha = a.value | a.mask, beta = b.value | b.mask, v = a.value & b.value;

	return TNUM(v, alpha & beta & ~v);
}

struct tnum tnum_or(struct tnum a, struct tnum b)
{
	uint64_t v = a.value | b.value, mu = a.mask | b.mask;

	return TNUM(v, mu & ~v);
}

struct tnum tnum_xor(struct tnum a, struct tnum b)
{
	uint64_t v = a.value ^ b.value, mu = a.mask | b.mask;

	return TNUM(v & ~mu, mu);
}

/* Long multiplication: each bit of a that is known 1 adds b shifted; each
 * unknown bit adds b's possible bits as unknown. */
/* Every value either tnum allows. */
static struct tnum tnum_union(struct tnum a, struct tnum b)
{
	uint64_t mu = (a.value ^ b.value) | a.mask | b.mask;

	return TNUM(a.value & b.value & ~mu, mu);
}

/* Long multiplication over the bits of a: a known 1 adds b (shifted), an
 * unknown bit may or may not, so the partial sum becomes the union of
 * both possibilities. */
struct tnum tnum_mul(struct tnum a, struct tnum b)
{
	struct tnum acc = tnum_const(0);

	while (a.value || a.mask) {
		if (a.value & 1)
			acc = tnum_add(acc, b);
		else if (a.mask & 1)
			acc = tnum_union(acc, tnum_add(acc, b));
		a = tnum_rshift(a, 1);
		b = tnum_lshift(b, 1);
	}
	return acc;
}

struct tnum tnum_intersect(struct tnum a, struct tnum b)
{
	uint64_t v = a.value | b.value, mu = a.mask & b.mask;

	return TNUM(v & ~mu, mu);
}

bool tnum_in(struct tnum a, struct tnum b)
{
	if (b.mask & ~a.mask)
		return false;
	b.value &= ~a.mask;
	return a.value == b.value;
}

struct tnum tnum_cast(struct tnum a, unsigned size)
{
	uint64_t keep = size >= 8 ? ~0ull : (1ull << (size * 8)) - 1;

	return TNUM(a.value & keep, a.mask & keep);
}

int tnum_sbin(char *buf, unsigned size, struct tnum a)
{
	return snprintf(buf, size, "(0x%llx; 0x%llx)", (unsigned long long)a.value,
			(unsigned long long)a.mask);
}
