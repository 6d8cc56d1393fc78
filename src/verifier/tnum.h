/* Tristate numbers: a 64-bit value whose bits are each known 0, known 1,
 * or unknown.  `value` holds the known-1 bits, `mask` the unknown ones (a
 * bit is never set in both).  The verifier tracks every scalar's bits this
 * way beside its ranges. */
#ifndef BPFVET_TNUM_H
#define BPFVET_TNUM_H

#include <stdbool.h>
#include <stdint.h>

struct tnum {
	uint64_t value, mask;
};

#define TNUM(v, m) ((struct tnum){ (v), (m) })

static inline struct tnum tnum_const(uint64_t v) { return TNUM(v, 0); }
static inline struct tnum tnum_unknown(void) { return TNUM(0, ~0ull); }
static inline bool tnum_is_const(struct tnum a) { return !a.mask; }
static inline bool tnum_is_unknown(struct tnum a) { return !~a.mask; }
static inline bool tnum_equals_const(struct tnum a, uint64_t v) { return !a.mask && a.value == v; }
/* The smallest and largest values the bits allow. */
static inline uint64_t tnum_umin(struct tnum a) { return a.value; }
static inline uint64_t tnum_umax(struct tnum a) { return a.value | a.mask; }

/* All values in [min, max]: the common high bits known, the rest not. */
struct tnum tnum_range(uint64_t min, uint64_t max);
struct tnum tnum_lshift(struct tnum a, unsigned shift);
struct tnum tnum_rshift(struct tnum a, unsigned shift);
struct tnum tnum_arshift(struct tnum a, unsigned shift, unsigned bits);
struct tnum tnum_add(struct tnum a, struct tnum b);
struct tnum tnum_sub(struct tnum a, struct tnum b);
struct tnum tnum_neg(struct tnum a);
struct tnum tnum_and(struct tnum a, struct tnum b);
struct tnum tnum_or(struct tnum a, struct tnum b);
struct tnum tnum_xor(struct tnum a, struct tnum b);
struct tnum tnum_mul(struct tnum a, struct tnum b);
/* Bits known in both, and agreeing. */
struct tnum tnum_intersect(struct tnum a, struct tnum b);
/* Every value of b is a value of a. */
bool tnum_in(struct tnum a, struct tnum b);
/* Truncate to the low `size` bytes. */
struct tnum tnum_cast(struct tnum a, unsigned size);
static inline struct tnum tnum_subreg(struct tnum a) { return tnum_cast(a, 4); }
static inline struct tnum tnum_clear_subreg(struct tnum a)
{
	return TNUM(a.value & ~0xffffffffull, a.mask & ~0xffffffffull);
}
static inline struct tnum tnum_with_subreg(struct tnum reg, struct tnum sub)
{
	struct tnum hi = tnum_clear_subreg(reg);

	return TNUM(hi.value | (sub.value & 0xffffffffull), hi.mask | (sub.mask & 0xffffffffull));
}
static inline bool tnum_subreg_is_const(struct tnum a) { return !(a.mask & 0xffffffffull); }
static inline bool tnum_is_aligned(struct tnum a, uint64_t size)
{
	return size ? !((a.value | a.mask) & (size - 1)) : true;
}
/* Print "(0x...; 0x...)" the way the kernel's log does. */
int tnum_sbin(char *buf, unsigned size, struct tnum a);

#endif
