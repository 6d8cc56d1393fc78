/* Random programs for the verifier's differential test: four shapes.
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
 * loads of the stack, the static subprogram.
 *
 * Shape 3, a tc program with func_info: the ALU of shape 0, plus bpf_loop
 * with a callback that works on its index and on a slot of the caller's
 * stack (or NULL), bpf_for_each_map_elem with a callback that reads the
 * key and the value at constant and variable offsets, and a global
 * function of (the context, a scalar, 16 bytes or NULL) called with the
 * right arguments and now and then the wrong ones; callbacks mostly return
 * 0 or 1, now and then something else. */
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
	int uses[3], nfn[3];             /* shape 3: c1, c2 and g1 */
	char fn[3][RV_SUB_MAX][RV_LINE];
};

void rv_seed(unsigned seed);
/* A new program of `shape` with at most `body_max` body entries (0: the
 * shape's default, 60). */
void rv_generate(struct rv_program *pg, int shape, int body_max);
void rv_program_text(struct bv_buf *b, const struct rv_program *pg);

#endif
