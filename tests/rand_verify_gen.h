/* Random programs for the verifier's differential test: two shapes.
 *
 * Shape 0, a socket filter: registers filled with values of partly known
 * range (context fields, map value bytes and words, constants), then random
 * ALU operations, forward jumps, copies, spills and fills and map value
 * accesses at variable offsets.
 *
 * Shape 1, an XDP or tc program over its packet: the same operations, plus
 * packet reads and writes behind data_end checks written every way clang
 * writes them (constant and variable offsets, either operand order, the
 * inverted branch), helpers that take a buffer and a variable length,
 * helpers that move the packet (every packet pointer goes stale), spills of
 * packet pointers, calls to a static subprogram that gets a scalar, a
 * pointer to the caller's stack and the packet, and bounded loops.
 *
 * Shape 2, a kprobe program: the ALU of shape 0, plus atomic operations
 * (fetching or not, cmpxchg, 32 and 64 bits) on the stack and a map value,
 * hash map lookups checked for NULL on themselves or on a copy, ring buffer
 * records reserved and submitted or discarded (or leaked), probe reads of
 * a variable length, loops bounded only by may_goto, narrow stores and
 * loads of the stack, the static subprogram.  (No bpf_loop: a callback
 * needs BTF func_info, which the assembler does not write.) */
#ifndef BPFVET_RAND_VERIFY_GEN_H
#define BPFVET_RAND_VERIFY_GEN_H

#include "util/util.h"

#define RV_BODY_MAX 160
#define RV_SUB_MAX 24
#define RV_LINE 768

struct rv_program {
	int shape;
	int tc;                          /* shape 1: tc instead of XDP */
	int calls_sub;                   /* the body calls f1 */
	int n, nsub;
	char init[8][64];
	char slots[4][64];
	char body[RV_BODY_MAX][RV_LINE]; /* one entry: one or more lines */
	char sub[RV_SUB_MAX][RV_LINE];   /* f1's body */
};

void rv_seed(unsigned seed);
/* A new program of `shape` with at most `body_max` body entries (0: the
 * shape's default, 60). */
void rv_generate(struct rv_program *pg, int shape, int body_max);
void rv_program_text(struct bv_buf *b, const struct rv_program *pg);

#endif
