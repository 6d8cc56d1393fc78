/* Random programs for the verifier's differential test (see the header).
 * Each generator writes assembler text; rand_verify.c verifies it with
 * the kernel and with bpfvet and compares the logs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rand_rng.h"
#include "rand_verify_gen.h"

static int tc; /* shape 1: the program is tc, not XDP */

static uint64_t rng;

static uint64_t next(void)
{
	return rng_next(&rng);
}

static unsigned pick(unsigned n)
{
	return rng_pick(&rng, n);
}

/* r6 holds the context and r7 the map value; the rest hold values (in
 * shape 1, r8 and r9 hold the packet's start and end). */
static const int vregs0[] = { 0, 1, 2, 3, 4, 5, 8, 9 };
static const int vregs1[] = { 0, 1, 2, 3, 4, 5 };
static const int *vregs = vregs0;
static unsigned n_vregs = 8;
static int shape;

static int vreg(void)
{
	return vregs[pick(n_vregs)];
}

static int32_t imm(void)
{
	switch (pick(8)) {
	case 0: return (int32_t)pick(16);
	case 1: return -(int32_t)pick(16);
	case 2: return (int32_t)0x80000000u;
	case 3: return -1;
	case 4: return (int32_t)pick(70000) - 35000;
	case 5: return (int32_t)(1u << pick(31)) - (int32_t)pick(2);
	default: return (int32_t)next();
	}
}

/* A value of partly known range into register d. */
static void load_value(char *out, size_t size, int d)
{
	static const int ctx_off[] = { 0, 4, 8, 16, 24, 68 };
	static const int xdp_off[] = { 12, 16 };
	static const char *const sz[] = { "u8", "u16", "u32", "u64", "s8", "s16", "s32" };
	static const int bytes[] = { 1, 2, 4, 8, 1, 2, 4 };

	switch (pick(5)) {
	case 0:
		/* XDP's scalar fields: the interface and the queue */
		if (shape == 1 && !tc)
			snprintf(out, size, "r%d = *(u32 *)(r6 +%d)", d, xdp_off[pick(2)]);
		else
			snprintf(out, size, "r%d = *(u32 *)(r6 +%d)", d, ctx_off[pick(6)]);
		break;
	case 1: {
		int z = (int)pick(7);

		snprintf(out, size, "r%d = *(%s *)(r7 +%d)", d, sz[z], (int)pick(8) * 8 % (64 - bytes[z] + 1));
		break;
	}
	case 2:
		snprintf(out, size, "r%d = %d", d, imm());
		break;
	case 3:
		snprintf(out, size, "w%d = %d", d, imm());
		break;
	default:
		snprintf(out, size, "r%d = *(u8 *)(r7 +%d)", d, (int)pick(64));
		break;
	}
}

static void random_insn(char *out, size_t size, int at, int left)
{
	static const char *const ops[] = { "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=",
					   "s>>=", "=", "s/=", "s%=" };
	static const char *const conds[] = { "==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&" };
	char w = pick(3) ? 'r' : 'w';
	int d = vreg(), s = vreg();
	unsigned k = pick(24);

	if (k < 8) {
		const char *op = ops[pick(sizeof(ops) / sizeof(ops[0]))];

		if (pick(2)) {
			snprintf(out, size, "%c%d %s %c%d", w, d, op, w, s);
		} else {
			int32_t v = imm();

			if (strstr(op, "<<") || strstr(op, ">>"))
				v = (int32_t)pick(w == 'r' ? 64 : 32);
			if ((strchr(op, '/') || strchr(op, '%')) && v == 0)
				v = 3;
			snprintf(out, size, "%c%d %s %d", w, d, op, v);
		}
	} else if (k == 8) {
		snprintf(out, size, "%c%d &= %d", w, d, (int)((1u << pick(17)) - 1));
	} else if (k == 9 || k == 10) {
		const char *c = conds[pick(sizeof(conds) / sizeof(conds[0]))];
		int t = at + 1 + (int)pick((unsigned)(left + 1 < 8 ? left + 1 : 8));

		if (pick(2))
			snprintf(out, size, "if %c%d %s %c%d goto L%d", w, d, c, w, s, t);
		else
			snprintf(out, size, "if %c%d %s 0x%x goto L%d", w, d, c, (uint32_t)imm(), t);
	} else if (k == 11) {
		snprintf(out, size, "r%d = r%d", d, s);
	} else if (k == 12) {
		snprintf(out, size, "r%d += %d", d, (int)pick(100) - 50);
	} else if (k == 13) {
		static const int from[] = { 8, 16, 32 };

		snprintf(out, size, "%c%d = (s%d)%c%d", w, d, from[pick(w == 'r' ? 3 : 2)], w, s);
	} else if (k == 14) {
		static const char *const sw[] = { "be", "le", "bswap" };
		static const int sz[] = { 16, 32, 64 };

		snprintf(out, size, "r%d = %s%d r%d", d, sw[pick(3)], sz[pick(3)], d);
	} else if (k == 15) {
		snprintf(out, size, "%c%d = -%c%d", w, d, w, d);
	} else if (k == 16) {
		int slot = 1 + (int)pick(4);

		if (pick(2))
			snprintf(out, size, "*(u64 *)(r10 %d) = r%d", -8 * slot, s);
		else
			snprintf(out, size, "*(u32 *)(r10 %d) = r%d", -8 * slot + 4 * (int)pick(2), s);
	} else if (k == 17) {
		int slot = 1 + (int)pick(4);

		if (pick(2))
			snprintf(out, size, "r%d = *(u64 *)(r10 %d)", d, -8 * slot);
		else
			snprintf(out, size, "r%d = *(u32 *)(r10 %d)", d, -8 * slot + 4 * (int)pick(2));
	} else if (k == 18 || k == 19) {
		/* a map value access at an offset the bounds may or may not allow */
		static const char *const sz[] = { "u8", "u16", "u32", "u64" };

		static const int masks[] = { 7, 31, 56, 48, 63, 255 };
		int n = 0;

		/* shapes 1 and 3 bound the offset most of the time, in another register */
		if (shape == 1 || shape == 3) {
			while (s == d)
				s = vreg();
			if (pick(8))
				n = snprintf(out, size, "r%d &= %d\n", s, masks[pick(pick(4) ? 4 : 6)]);
		}
		snprintf(out + n, size - (size_t)n, "r%d = r7\nr%d += r%d\nr%d = *(%s *)(r%d +%d)", d, d, s, d,
			 sz[pick(4)], d, (int)pick(8));
	} else if (k == 20) {
		load_value(out, size, d);
	} else if (k == 21) {
		snprintf(out, size, "*(u64 *)(r10 -%d) = r%d\nr%d = *(u64 *)(r10 -%d)", 8 * (1 + (int)pick(4)), s, d,
			 8 * (1 + (int)pick(4)));
	} else {
		int a = vreg();

		snprintf(out, size, "r%d = r%d\nr%d += %d\nif r%d > %d goto L%d", a, d, a, (int)pick(40), d,
			 (int)pick(200), at + 1 + (int)pick((unsigned)(left + 1 < 8 ? left + 1 : 8)));
	}
}

/* ---- shape 1: the packet, helpers, a subprogram, loops ---- */

static const char *const psz[] = { "u8", "u16", "u32", "u64" };
static const int pbytes[] = { 1, 2, 4, 8 };

/* A data_end check of pointer register a, written one of the ways clang
 * writes it, that falls through to `then` when a is within the packet and
 * goes to label `skip` otherwise. */
static void pkt_check(char *out, size_t size, int a, const char *skip, const char *then, int at)
{
	switch (pick(6)) {
	case 0:
		snprintf(out, size, "if r%d > r9 goto %s\n%s", a, skip, then);
		break;
	case 1:
		snprintf(out, size, "if r9 < r%d goto %s\n%s", a, skip, then);
		break;
	case 2: /* one byte short of what the next read needs, at times */
		snprintf(out, size, "if r%d >= r9 goto %s\n%s", a, skip, then);
		break;
	case 3:
		snprintf(out, size, "if r9 <= r%d goto %s\n%s", a, skip, then);
		break;
	case 4: /* the inverted branch: the access is the jump's target */
		snprintf(out, size, "if r%d <= r9 goto Q%d\ngoto %s\nQ%d:\n%s", a, at, skip, at, then);
		break;
	default:
		snprintf(out, size, "if r9 >= r%d goto Q%d\ngoto %s\nQ%d:\n%s", a, at, skip, at, then);
		break;
	}
}

/* An access of z's size at base + off: a read into d or a write of d. */
static void access(char *out, size_t size, int write, int z, int base, int off, int d)
{
	char o[16];

	snprintf(o, sizeof(o), off < 0 ? "%d" : "+%d", off);
	if (write)
		snprintf(out, size, "*(%s *)(r%d %s) = r%d", psz[z], base, o, d);
	else
		snprintf(out, size, "r%d = *(%s *)(r%d %s)", d, psz[z], base, o);
}

/* A packet access after a check that proves bytes [0, checked) past the
 * packet's start: made on r8, on the checked pointer (a negative offset
 * back from its end), after a variable offset, or through a copy.  The
 * access is inside what was checked, except one time in 32. */
static void pkt_access(char *out, size_t size, int at)
{
	static const int masks[] = { 0x7, 0x3f, 0xff, 0xfff, 0xffff };
	char skip[16], then[128], head[160], chk[400];
	int a = vreg(), d = vreg(), s = vreg(), b = vreg(), z = (int)pick(4), write = !pick(3);
	int checked = 1 + (int)pick(48), off;

	while (s == a)
		s = vreg();
	while (b == a || b == s)
		b = vreg();
	if (checked < pbytes[z])
		checked = pbytes[z];
	if (pick(32))
		off = (int)pick((unsigned)(checked - pbytes[z] + 1));
	else
		off = checked - pbytes[z] + 1 + (int)pick(8);
	snprintf(skip, sizeof(skip), "P%d", at);
	switch (pick(5)) {
	case 0: /* on the packet's start */
		snprintf(head, sizeof(head), "r%d = r8\nr%d += %d\n", a, a, checked);
		access(then, sizeof(then), write, z, 8, off, d);
		break;
	case 1: /* back from the checked end */
		snprintf(head, sizeof(head), "r%d = r8\nr%d += %d\n", a, a, checked);
		access(then, sizeof(then), write, z, a, off - checked, d);
		break;
	case 2: /* after a variable offset, bounded (or not) */
		switch (pick(4)) {
		case 0:
			snprintf(head, sizeof(head), "r%d = r8\nr%d += r%d\nr%d += %d\n", a, a, s, a, checked);
			break;
		case 1:
			snprintf(head, sizeof(head), "if r%d > %d goto %s\nr%d = r8\nr%d += r%d\nr%d += %d\n", s,
				 (int)pick(300), skip, a, a, s, a, checked);
			break;
		default:
			snprintf(head, sizeof(head), "r%d &= %d\nr%d = r8\nr%d += r%d\nr%d += %d\n", s, masks[pick(5)],
				 a, a, s, a, checked);
			break;
		}
		access(then, sizeof(then), write, z, a, off - checked, d);
		break;
	default: /* the check is made on a copy */
		snprintf(head, sizeof(head), "r%d = r8\nr%d = r%d\nr%d += %d\n", a, b, a, b, checked);
		access(then, sizeof(then), write, z, a, off, d);
		pkt_check(chk, sizeof(chk), b, skip, then, at);
		snprintf(out, size, "%s%s\nP%d:\nr%d = 0\nr%d = 0", head, chk, at, a, b);
		return;
	}
	pkt_check(chk, sizeof(chk), a, skip, then, at);
	/* the pointer goes back to a scalar, so that the random ALU that
	 * follows does not make every program a pointer arithmetic rejection */
	snprintf(out, size, "%s%s\nP%d:\nr%d = %d", head, chk, at, a, (int)pick(64));
}

/* r1..r5 after a call: filled back from the stack slots, so that the rest
 * of the program still has values of partly known range */
static int refill(char *out, size_t size)
{
	int n = 0;

	for (int r = 1; r <= 5; r++)
		n += snprintf(out + n, size - (size_t)n, "\nr%d = *(u64 *)(r10 %d)", r, -8 * (1 + (int)pick(4)));
	return n;
}

static void helper_call(char *out, size_t size, int at)
{
	int n = 0, s = vreg();

	switch (pick(5)) {
	case 0:
		n = snprintf(out, size, "call %s", pick(2) ? "bpf_get_prandom_u32" : "bpf_ktime_get_ns");
		break;
	case 1: { /* bytes into a 32-byte stack buffer, a variable length */
		static const int masks[] = { 15, 31, 63 };
		const char *fn = tc ? "bpf_skb_load_bytes" : "bpf_xdp_load_bytes";

		n = snprintf(out, size, "r4 = r%d\n", s);
		switch (pick(8)) {
		case 0:
			n += snprintf(out + n, size - (size_t)n, "r4 &= %d\n", masks[pick(3)]);
			break;
		case 1:
		case 4:
		case 5:
			n += snprintf(out + n, size - (size_t)n, "r4 &= %d\nif r4 == 0 goto L%d\n", masks[pick(3)],
				      at + 1);
			break;
		case 2:
		case 6:
			n += snprintf(out + n, size - (size_t)n, "if r4 > %d goto L%d\nif r4 == 0 goto L%d\n",
				      16 + (int)pick(24), at + 1, at + 1);
			break;
		default:
			n += snprintf(out + n, size - (size_t)n, "if w4 s> 32 goto L%d\n", at + 1);
			break;
		}
		n += snprintf(out + n, size - (size_t)n, "r1 = r6\nr2 = %d\nr3 = r10\nr3 += -96\ncall %s", (int)pick(20),
			      fn);
		break;
	}
	case 2: /* the packet moves: every packet pointer is stale */
		if (tc)
			n = snprintf(out, size, "r1 = r6\nr2 = %d\ncall bpf_skb_pull_data", (int)pick(64));
		else
			n = snprintf(out, size, "r1 = r6\nr2 = %d\ncall bpf_xdp_adjust_head", -8 + 4 * (int)pick(5));
		if (pick(8))
			n += snprintf(out + n, size - (size_t)n, "\nr8 = *(u32 *)(r6 +%d)\nr9 = *(u32 *)(r6 +%d)",
				      tc ? 76 : 0, tc ? 80 : 4);
		break;
	case 3: /* a checksum over a stack buffer of variable size */
		n = snprintf(out, size, "r2 = r%d\nr2 &= %d\nr1 = r10\nr1 += -32\nr3 = 0\nr4 = 0\nr5 = 0\ncall bpf_csum_diff",
			     s, pick(2) ? 31 : 28);
		break;
	default: /* the static subprogram: a scalar, the caller's stack, the packet */
		n = snprintf(out, size, "r1 = r%d\nr2 = r10\nr2 += -%d\nr3 = r8\nr4 = r9\ncall f1", s,
			     8 * (1 + (int)pick(4)));
		break;
	}
	refill(out + n, size - (size_t)n);
}

/* The subprogram f1(r1 scalar, r2 &caller's stack slot, r3 packet, r4 its
 * end): ALU on r0, r1 and r5, reads and writes of the caller's slot, a
 * checked packet read; it returns r0. */
static void sub_insn(char *out, size_t size, int at, int left)
{
	static const char *const ops[] = { "+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", "s>>=", "=" };
	static const int regs[] = { 0, 1, 5 };
	int d = regs[pick(3)], s = regs[pick(3)];
	const char *op = ops[pick(sizeof(ops) / sizeof(ops[0]))];
	int t = at + 1 + (int)pick((unsigned)(left + 1 < 6 ? left + 1 : 6));

	switch (pick(8)) {
	case 0:
		snprintf(out, size, "r%d = *(u64 *)(r2 +0)", d);
		break;
	case 1:
		snprintf(out, size, "*(u64 *)(r2 +0) = r%d", s);
		break;
	case 2: {
		int checked = 1 + (int)pick(16);

		snprintf(out, size, "r5 = r3\nr5 += %d\nif r5 > r4 goto S%d\nr%d = *(u8 *)(r3 +%d)", checked, t,
			 pick(2) ? 0 : 1, pick(16) ? (int)pick((unsigned)checked) : checked);
		break;
	}
	case 3:
		snprintf(out, size, "if r%d > %d goto S%d", s, (int)pick(1000), t);
		break;
	case 4:
		snprintf(out, size, "r%d &= %d", d, (int)((1u << pick(12)) - 1));
		break;
	default:
		if (strstr(op, "<<") || strstr(op, ">>"))
			snprintf(out, size, "r%d %s %d", d, op, (int)pick(64));
		else if (pick(2))
			snprintf(out, size, "r%d %s r%d", d, op, s);
		else
			snprintf(out, size, "r%d %s %d", d, op, imm());
		break;
	}
}

/* A bounded loop: r5 counts, the body works on r0..r4 (which it may leave
 * through a jump forward). */
static void loop(char *out, size_t size, int at, int left)
{
	int n, rounds = 1 + (int)pick(6);

	if (pick(3))
		n = snprintf(out, size, "r5 = 0\nQ%d:", at);
	else /* counting down from a value of known range */
		n = snprintf(out, size, "r5 = r%d\nr5 &= 7\nQ%d:", (int)pick(5), at);
	n_vregs = 5; /* r0..r4: the body never writes the counter */
	for (int i = 0, k = 1 + (int)pick(3); i < k && (size_t)n < size; i++) {
		char one[200];

		random_insn(one, sizeof(one), at, left);
		n += snprintf(out + n, size - (size_t)n, "\n%s", one);
	}
	n_vregs = 6;
	if ((size_t)n >= size)
		return;
	if (strstr(out, "r5 &= 7"))
		snprintf(out + n, size - (size_t)n, "\nr5 -= 1\nif r5 s> 0 goto Q%d", at);
	else
		snprintf(out + n, size - (size_t)n, "\nr5 += 1\nif r5 < %d goto Q%d", rounds, at);
}

static void shape1_insn(char *out, size_t size, int at, int left)
{
	unsigned k = pick(32);

	if (k < 16) {
		random_insn(out, size, at, left);
	} else if (k < 22) {
		pkt_access(out, size, at);
	} else if (k < 26) {
		helper_call(out, size, at);
	} else if (k < 28) {
		loop(out, size, at, left);
	} else if (k == 28) {
		int slot = 40 + 8 * (int)pick(2);

		snprintf(out, size, "*(u64 *)(r10 -%d) = r8\nr8 = *(u64 *)(r10 -%d)", slot, slot);
	} else if (k == 29) {
		snprintf(out, size, "r8 = *(u32 *)(r6 +%d)\nr9 = *(u32 *)(r6 +%d)", tc ? 76 : 0, tc ? 80 : 4);
	} else if (k == 30) { /* a header parsed: the packet pointer moves on */
		int a = vreg(), h = 1 + (int)pick(40);

		snprintf(out, size, "r%d = r8\nr%d += %d\nif r%d > r9 goto P%d\nr8 = r%d\nP%d:\nr%d = %d", a, a, h, a, at,
			 a, at, a, h);
	} else {
		int a = vreg();

		snprintf(out, size, "r%d = r8\nr%d += %d\nr%d -= r8", a, a, (int)pick(64), a);
	}
}

/* ---- shape 2: atomics, references, callbacks, may_goto ---- */

/* An atomic operation on a stack slot or a map value word, 32 or 64 bits
 * (now and then at an offset it may not be aligned to). */
static void atomic_op(char *out, size_t size)
{
	static const char *const ops[] = { "+=", "|=", "&=", "^=" };
	static const char *const fns[] = { "fetch_add", "fetch_or", "fetch_and", "fetch_xor", "xchg" };
	int w = (int)pick(2), s = vreg(), k = (int)pick(4);
	char where[40], c = w ? 'w' : 'r';
	const char *sz = w ? "u32" : "u64";

	if (pick(2))
		snprintf(where, sizeof(where), "(%s *)(r10 %d)", sz, -8 * (1 + (int)pick(4)) + (w ? 4 * (int)pick(2) : 0));
	else
		snprintf(where, sizeof(where), "(%s *)(r7 +%d)", sz, pick(16) ? 8 * (int)pick(8) : (int)pick(64));
	if (k == 0)
		snprintf(out, size, "lock *%s %s %c%d", where, ops[pick(4)], c, s);
	else if (k == 3)
		snprintf(out, size, "%c0 = atomic%s_cmpxchg(%s, %c0, %c%d)", c, w ? "" : "64", where, c, c, s);
	else
		snprintf(out, size, "%c%d = atomic%s_%s(%s, %c%d)", c, s, w ? "" : "64", fns[pick(5)], where, c, s);
}

/* A hash map lookup: the result checked (or not) for NULL, on itself or
 * on a copy, then read or written. */
static void hash_lookup(char *out, size_t size, int at)
{
	/* after the call only r0 and the callee-saved registers hold values */
	int a = vreg(), d = 8 + (int)pick(2), n, off = pick(8) ? 8 * (int)pick(2) : 8 + (int)pick(9);
	const char *sz = pick(2) ? "u64" : "u32";

	while (a == 0)
		a = vreg();
	n = snprintf(out, size, "*(u64 *)(r10 -40) = r%d\nr1 = map[h]\nr2 = r10\nr2 += -40\ncall bpf_map_lookup_elem\n"
				"r%d = r0\n", vreg(), a);
	if (pick(16))
		n += snprintf(out + n, size - (size_t)n, "if r%d == 0 goto P%d\n", pick(2) ? 0 : a, at);
	if (pick(2))
		n += snprintf(out + n, size - (size_t)n, "r%d = *(%s *)(r%d +%d)\n", d, sz, pick(2) ? 0 : a, off);
	else
		n += snprintf(out + n, size - (size_t)n, "*(%s *)(r%d +%d) = r%d\n", sz, pick(2) ? 0 : a, off, d);
	n += snprintf(out + n, size - (size_t)n, "P%d:\nr%d = %d\nr0 = %d", at, a, (int)pick(100), (int)pick(100));
	refill(out + n, size - (size_t)n);
}

/* A ring buffer record: reserved, written, submitted or discarded (or,
 * now and then, leaked or written past its end). */
static void ringbuf(char *out, size_t size, int at)
{
	int n, len = pick(8) ? 8 * (1 + (int)pick(2)) : 0, s = vreg();

	if (len)
		n = snprintf(out, size, "r1 = map[rb]\nr2 = %d\nr3 = 0\ncall bpf_ringbuf_reserve\n", len);
	else /* a size the verifier must know */
		n = snprintf(out, size, "r1 = map[rb]\nr2 = r%d\nr3 = 0\ncall bpf_ringbuf_reserve\n", s);
	n += snprintf(out + n, size - (size_t)n, "if r0 == 0 goto P%d\n*(u64 *)(r0 +%d) = r%d\n", at,
		      pick(16) ? 0 : 8, 8 + (int)pick(2));
	if (pick(16))
		n += snprintf(out + n, size - (size_t)n, "r1 = r0\nr2 = 0\ncall %s\n",
			      pick(2) ? "bpf_ringbuf_submit" : "bpf_ringbuf_discard");
	n += snprintf(out + n, size - (size_t)n, "P%d:\nr0 = %d", at, (int)pick(100));
	refill(out + n, size - (size_t)n);
}

/* bpf_probe_read_kernel into a 32-byte stack buffer, a variable length */
static void probe_read(char *out, size_t size, int at)
{
	int n = snprintf(out, size, "r2 = r%d\n", vreg());

	switch (pick(4)) {
	case 0:
		n += snprintf(out + n, size - (size_t)n, "r2 &= %d\n", pick(4) ? 31 : 63);
		break;
	case 1:
		n += snprintf(out + n, size - (size_t)n, "if r2 > %d goto L%d\n", 24 + (int)pick(16), at + 1);
		break;
	case 2:
		n += snprintf(out + n, size - (size_t)n, "if w2 > 32 goto L%d\n", at + 1);
		break;
	default:
		n += snprintf(out + n, size - (size_t)n, "r2 = %d\n", (int)pick(40));
		break;
	}
	n += snprintf(out + n, size - (size_t)n, "r1 = r10\nr1 += -96\nr3 = 0\ncall bpf_probe_read_kernel");
	refill(out + n, size - (size_t)n);
}

/* A loop bounded only by may_goto: its body works on r0..r4 */
static void may_goto_loop(char *out, size_t size, int at, int left)
{
	int n = snprintf(out, size, "Q%d:\nmay_goto P%d", at, at);

	n_vregs = 5;
	for (int i = 0, k = 1 + (int)pick(3); i < k && (size_t)n < size; i++) {
		char one[200];

		random_insn(one, sizeof(one), at, left);
		if (strstr(one, "goto"))
			snprintf(one, sizeof(one), "r%d += %d", vreg(), (int)pick(9));
		n += snprintf(out + n, size - (size_t)n, "\n%s", one);
	}
	n_vregs = 8;
	if ((size_t)n < size)
		snprintf(out + n, size - (size_t)n, "\ngoto Q%d\nP%d:", at, at);
}

/* Narrow stores of a scalar into the stack and loads back */
static void narrow_spill(char *out, size_t size)
{
	static const char *const sz[] = { "u8", "u16", "u32" };
	static const int bytes[] = { 1, 2, 4 };
	int z = (int)pick(3), slot = 8 * (1 + (int)pick(4)), off = -slot + bytes[z] * (int)pick(8 / bytes[z]);

	snprintf(out, size, "*(%s *)(r10 %d) = r%d\nr%d = *(%s *)(r10 %d)", sz[z], off, vreg(), vreg(),
		 sz[pick(3)], -slot + (int)pick(2) * 4);
}

static void shape2_insn(char *out, size_t size, int at, int left)
{
	unsigned k = pick(32);

	if (k < 14)
		random_insn(out, size, at, left);
	else if (k < 18)
		atomic_op(out, size);
	else if (k < 21)
		hash_lookup(out, size, at);
	else if (k < 23)
		ringbuf(out, size, at);
	else if (k < 25)
		probe_read(out, size, at);
	else if (k < 28)
		may_goto_loop(out, size, at, left);
	else if (k < 30)
		narrow_spill(out, size);
	else /* the static subprogram, with the stack where shape 1 had the packet */
		refill(out + snprintf(out, size, "r1 = r%d\nr2 = r10\nr2 += -%d\nr3 = r10\nr3 += -32\nr4 = r10\ncall f1",
				      vreg(), 8 * (1 + (int)pick(4))),
		       size - strlen(out));
}

/* ---- shape 3: callbacks and a global function (tc, with func_info) ---- */

/* What a shape-3 program gets wrong, if anything: one mistake of one kind
 * per program keeps the rest of it reachable. */
enum { BAD_CTX = 1, BAD_MEM = 2, BAD_RET = 4, BAD_BODY = 8 };
static unsigned bad;

/* whether to make mistake `what` now */
static int wrong(unsigned what)
{
	return (bad & what) && !pick(4);
}

/* the final line of a callback: its return value, which must be 0 or 1 */
static void cb_return(char *out, size_t size)
{
	static const char *const rets[] = { "r0 &= 1", "r0 = 0", "r0 = 1", "r0 &= 3", "w0 = w0", "r0 >>= 63" };

	snprintf(out, size, "%s", rets[wrong(BAD_RET) ? 3 + pick(3) : pick(3)]);
}

/* ALU on the registers a function body works with */
static void fn_alu(char *out, size_t size, const int *regs, int nregs)
{
	static const char *const ops[] = { "+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", "s>>=", "=" };
	int d = regs[pick((unsigned)nregs)], s = regs[pick((unsigned)nregs)];
	const char *op = ops[pick(sizeof(ops) / sizeof(ops[0]))];
	char w = pick(4) ? 'r' : 'w';

	if (strstr(op, "<<") || strstr(op, ">>"))
		snprintf(out, size, "%c%d %s %d", w, d, op, (int)pick(w == 'r' ? 64 : 32));
	else if (pick(2))
		snprintf(out, size, "%c%d %s %c%d", w, d, op, w, s);
	else
		snprintf(out, size, "%c%d %s %d", w, d, op, imm());
}

static int fn_target(int at, int left)
{
	return at + 1 + (int)pick((unsigned)(left + 1 < 6 ? left + 1 : 6));
}

/* bpf_loop's callback c1(r1 index, r2 the caller's stack slot or NULL) */
static void loop_cb_insn(char *out, size_t size, int at, int left)
{
	static const int regs[] = { 0, 1, 5 };
	int d = regs[pick(3)];

	switch (pick(10)) {
	case 0:
		snprintf(out, size, "r%d = *(u64 *)(r2 +0)", d);
		break;
	case 1:
		snprintf(out, size, "*(u64 *)(r2 +0) = r%d", d);
		break;
	case 2:
		snprintf(out, size, "if r2 == 0 goto C%d", fn_target(at, left));
		break;
	case 3:
		snprintf(out, size, "if r%d %s %d goto C%d", d, pick(2) ? ">" : "s<", (int)pick(100), fn_target(at, left));
		break;
	case 4:
		snprintf(out, size, "*(u64 *)(r10 -%d) = r%d\nr%d = *(u64 *)(r10 -%d)", 8 * (1 + (int)pick(2)), d,
			 regs[pick(3)], 8 * (1 + (int)pick(2)));
		break;
	case 5: /* the index as an offset into the caller's 8 bytes */
		snprintf(out, size, "r5 = r1\nr5 &= %d\nr5 += r2\nr0 = *(u8 *)(r5 +0)", wrong(BAD_BODY) ? 15 : 7);
		break;
	default:
		fn_alu(out, size, regs, 3);
		break;
	}
}

/* bpf_for_each_map_elem's callback c2(r1 map, r2 key, r3 value, r4 ctx) */
static void each_cb_insn(char *out, size_t size, int at, int left)
{
	static const char *const sz[] = { "u8", "u16", "u32", "u64" };
	static const int regs[] = { 0, 5 };
	int d = regs[pick(2)], z = (int)pick(4);

	switch (pick(10)) {
	case 0:
		snprintf(out, size, "r%d = *(u32 *)(r2 +0)", d);
		break;
	case 1:
		if (pick(4))
			snprintf(out, size, "r%d = *(%s *)(r3 +%d)", d, sz[z], (int)pick(8) * 8 + (wrong(BAD_BODY) ? 8 : 0));
		else
			snprintf(out, size, "*(%s *)(r3 +%d) = r%d", sz[z], (int)pick(8) * 8, d);
		break;
	case 2: /* a variable offset into the value */
		snprintf(out, size, "r5 &= %d\nr0 = r3\nr0 += r5\nr0 = *(u8 *)(r0 +0)", wrong(BAD_BODY) ? 127 : 63);
		break;
	case 3:
		snprintf(out, size, "if r4 == 0 goto C%d\nr%d = *(u64 *)(r4 +0)", fn_target(at, left), d);
		break;
	case 4:
		snprintf(out, size, "if r%d %s %d goto C%d", d, pick(2) ? ">" : "s<", (int)pick(100), fn_target(at, left));
		break;
	case 5:
		if (!wrong(BAD_BODY))
			snprintf(out, size, "r5 = *(u8 *)(r3 +%d)", (int)pick(64));
		else
			snprintf(out, size, "*(u32 *)(r2 +0) = r%d", d);
		break;
	default:
		fn_alu(out, size, regs, 2);
		break;
	}
}

/* "if r3 == 0 goto" before a use of g1's memory, unless a mistake is due */
static const char *null_check(char *out, size_t size, int at, int left)
{
	if (wrong(BAD_BODY))
		return "";
	snprintf(out, size, "if r3 == 0 goto G%d\n", fn_target(at, left));
	return out;
}

/* the global function g1(r1 struct __sk_buff *, r2 scalar, r3 16 bytes or NULL) */
static void global_insn(char *out, size_t size, int at, int left)
{
	static const int regs[] = { 0, 2, 5 };
	static const int ctx_off[] = { 0, 4, 8, 16, 24, 68, 76, 80, 176 };
	int d = regs[pick(3)];
	char chk[40];

	switch (pick(10)) {
	case 0:
		snprintf(out, size, "r%d = *(u32 *)(r1 +%d)", d, ctx_off[pick(wrong(BAD_BODY) ? 9 : 6)]);
		break;
	case 1:
		snprintf(out, size, "if r3 == 0 goto G%d", fn_target(at, left));
		break;
	case 2: /* checked for NULL just before, unless a mistake is due */
		snprintf(out, size, "%sr%d = *(u64 *)(r3 +%d)", null_check(chk, sizeof(chk), at, left), d,
			 wrong(BAD_BODY) ? 4 + 4 * (int)pick(3) : 8 * (int)pick(2));
		break;
	case 3:
		snprintf(out, size, "%s*(u%d *)(r3 +%d) = r%d", null_check(chk, sizeof(chk), at, left),
			 pick(2) ? 64 : 32, 8 * (int)pick(2), d);
		break;
	case 4:
		snprintf(out, size, "if r%d %s %d goto G%d", d, pick(2) ? ">" : "s<", (int)pick(100), fn_target(at, left));
		break;
	case 5: /* a variable offset into the 16 bytes */
		snprintf(out, size, "%sr4 = r2\nr4 &= %d\nr4 += r3\nr0 = *(u8 *)(r4 +0)",
			 null_check(chk, sizeof(chk), at, left), wrong(BAD_BODY) ? 31 : 15);
		break;
	default:
		fn_alu(out, size, regs, 3);
		break;
	}
}

static void shape3_insn(struct rv_program *pg, char *out, size_t size, int at, int left)
{
	unsigned k = pick(32);
	int n, s = vreg();

	if (k < 18) {
		random_insn(out, size, at, left);
		return;
	}
	if (k < 23) { /* bpf_loop: a known, bounded or unknown count; a context or NULL */
		pg->uses[0] = 1;
		if (pick(3))
			n = snprintf(out, size, "r1 = %d\n", (int)pick(9));
		else
			n = snprintf(out, size, "r1 = r%d\n%s", s, pick(2) ? "r1 &= 15\n" : "");
		n += snprintf(out + n, size - (size_t)n, "r2 = func[c1]\n");
		if (!wrong(BAD_MEM))
			n += snprintf(out + n, size - (size_t)n, "r3 = r10\nr3 += -%d\n", 8 * (1 + (int)pick(4)));
		else
			n += snprintf(out + n, size - (size_t)n, "r3 = 0\n");
		n += snprintf(out + n, size - (size_t)n, "r4 = %d\ncall bpf_loop", wrong(BAD_CTX) ? 1 : 0);
	} else if (k < 27) { /* for_each over the array: a context or NULL */
		pg->uses[1] = 1;
		n = snprintf(out, size, "r1 = map[m]\nr2 = func[c2]\n%s\nr4 = 0\ncall bpf_for_each_map_elem",
			     wrong(BAD_MEM) ? "r3 = 0" : "r3 = r10\nr3 += -24");
	} else { /* the global function: the context, a scalar, 16 bytes (or not) */
		static const char *const mem[] = { "r3 = r10\nr3 += -16", "r3 = r10\nr3 += -32", "r3 = r7",
						   "r3 = 0", "r3 = r10\nr3 += -8", "r3 = r7\nr3 += 56" };

		pg->uses[2] = 1;
		n = snprintf(out, size, "r2 = r%d\nr1 = %s\n%s\ncall g1", s, wrong(BAD_CTX) ? "r7" : "r6",
			     mem[wrong(BAD_MEM) ? 4 + pick(2) : pick(4)]);
	}
	if (pick(2))
		n += snprintf(out + n, size - (size_t)n, "\nr%d = r0", vreg());
	refill(out + n, size - (size_t)n);
}

void rv_seed(unsigned seed)
{
	rng = 0x2545F4914F6CDD1Dull ^ ((uint64_t)seed << 17) ^ seed;
}

void rv_generate(struct rv_program *pg, int shape_, int body_max)
{
	memset(pg, 0, sizeof(*pg));
	shape = pg->shape = shape_;
	if (body_max < 6 || body_max > RV_BODY_MAX)
		body_max = 60;
	vregs = shape == 1 ? vregs1 : vregs0;
	n_vregs = shape == 1 ? 6 : 8;
	if (shape == 1)
		tc = pg->tc = (int)pick(2);
	pg->n = 5 + (int)pick((unsigned)body_max - 5);
	if (shape == 3)
		bad = pick(3) ? 0 : 1u << pick(4);
	for (int i = 0; i < (shape == 1 ? 6 : 8); i++)
		load_value(pg->init[i], sizeof(pg->init[i]), vregs[i]);
	for (int i = 0; i < 4; i++)
		snprintf(pg->slots[i], sizeof(pg->slots[i]), "*(u64 *)(r10 %d) = r%d", -8 * (i + 1), vreg());
	for (int i = 0; i < pg->n; i++) {
		if (shape == 1)
			shape1_insn(pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		else if (shape == 3)
			shape3_insn(pg, pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		else if (shape == 2)
			shape2_insn(pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		else
			random_insn(pg->body[i], sizeof(pg->body[i]), i, pg->n - i - 1);
		if (strstr(pg->body[i], "call f1"))
			pg->calls_sub = 1;
	}
	if (pg->calls_sub) {
		pg->nsub = 2 + (int)pick(RV_SUB_MAX - 2);
		for (int i = 0; i < pg->nsub; i++)
			sub_insn(pg->sub[i], sizeof(pg->sub[i]), i, pg->nsub - i - 1);
	}
	for (int f = 0; f < 3; f++) {
		int n;

		if (!pg->uses[f])
			continue;
		n = pg->nfn[f] = 1 + (int)pick(RV_SUB_MAX - 1);
		for (int i = 0; i < n; i++) {
			char *l = pg->fn[f][i];

			if (f < 2 && i == n - 1)
				cb_return(l, RV_LINE);
			else if (f == 0)
				loop_cb_insn(l, RV_LINE, i, n - i - 1);
			else if (f == 1)
				each_cb_insn(l, RV_LINE, i, n - i - 1);
			else
				global_insn(l, RV_LINE, i, n - i - 1);
		}
	}
}

void rv_program_text(struct bv_buf *b, const struct rv_program *pg)
{
	static const char *const type[] = { "socket", "xdp", "tc", "kprobe/x" };
	static const char *const fn[] = { ".func c1\nr0 = 0\nr5 = 0\n", ".func c2\nr0 = 0\nr5 = 0\n",
					  ".func g1 global ctx:__sk_buff scalar mem:16\nr0 = 0\nr5 = r2\n" };
	int t = pg->shape == 1 ? 1 + pg->tc : pg->shape == 2 ? 3 : pg->shape == 3 ? 2 : 0;

	bv_buf_printf(b, ".license \"GPL\"\n.map m array key=4 value=64 entries=1\n");
	if (pg->shape == 3)
		bv_buf_puts(b, ".func_info\n");
	if (pg->shape == 2)
		bv_buf_puts(b, ".map h hash key=8 value=16 entries=64\n.map rb ringbuf key=0 value=0 entries=4096\n");
	bv_buf_printf(b, ".prog rnd %s\n", type[t]);
	bv_buf_puts(b, "r6 = r1\n*(u32 *)(r10 -4) = 0\nr2 = r10\nr2 += -4\nr1 = map[m]\ncall bpf_map_lookup_elem\n"
		       "if r0 != 0x0 goto have\nexit\nhave:\nr7 = r0\n");
	if (pg->shape == 1)
		bv_buf_printf(b, "r8 = *(u32 *)(r6 +%d)\nr9 = *(u32 *)(r6 +%d)\n", pg->tc ? 76 : 0, pg->tc ? 80 : 4);
	for (int i = 0; i < (pg->shape == 1 ? 6 : 8); i++)
		bv_buf_printf(b, "%s\n", pg->init[i]);
	for (int i = 0; i < 4; i++)
		bv_buf_printf(b, "%s\n", pg->slots[i]);
	for (int i = 0; i < pg->n; i++)
		bv_buf_printf(b, "L%d:\n%s\n", i, pg->body[i]);
	bv_buf_printf(b, "L%d:\nr0 = %d\nexit\n", pg->n, pg->shape == 1 && !pg->tc ? 2 : 0);
	if (pg->calls_sub) {
		bv_buf_puts(b, ".func f1\nr0 = r1\n");
		for (int i = 0; i < pg->nsub; i++)
			bv_buf_printf(b, "S%d:\n%s\n", i, pg->sub[i]);
		bv_buf_printf(b, "S%d:\nexit\n", pg->nsub);
	}
	for (int f = 0; f < 3; f++) {
		char lab = f == 2 ? 'G' : 'C';

		if (!pg->uses[f])
			continue;
		bv_buf_puts(b, fn[f]);
		for (int i = 0; i < pg->nfn[f]; i++)
			bv_buf_printf(b, "%c%d:\n%s\n", lab, i, pg->fn[f][i]);
		bv_buf_printf(b, "%c%d:\nexit\n", lab, pg->nfn[f]);
	}
}
