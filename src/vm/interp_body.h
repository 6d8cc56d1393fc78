/* The interpreter loop, included twice by interp.c: once with CHECKED 0
 * (verified programs: no run-time checks) and once with CHECKED 1 (every
 * memory access checked against the run's regions).  INTERP names the
 * function.
 *
 * Dispatch is threaded: each decoded instruction carries the address of its
 * handler, and each handler ends by jumping to the next one's, so there is
 * no central switch to mispredict.  Registers live in regs[]. */

int INTERP(struct bv_vm_run *run, const struct vm_prog *prog, const struct vm_insn *start,
	   uint64_t *r, const void *const **labels_out)
{
	static const void *const labels[VMOP__COUNT] = {
#define VM_OP(name) [VMOP_##name] = &&L_##name,
#include "vm/vm_ops.h"
#undef VM_OP
	};
	const struct vm_insn *pc = start, *base;
	uint64_t count = 0, budget;
	int base_depth;
	uint64_t a = 0, b;
#if CHECKED
	unsigned msz = 0;
#endif

	if (labels_out) {
		*labels_out = labels;
		return 0;
	}
	base_depth = run->depth;
	budget = run->budget > run->res->insns ? run->budget - run->res->insns : 1;
	base = prog->insns[CHECKED];

#define DISPATCH() goto *pc->op
#define NEXT()             \
	do {               \
		pc++;      \
		count++;   \
		DISPATCH(); \
	} while (0)
#if CHECKED
#define TRAIL(to_idx) (run->trail[run->trail_n++ % BV_VM_PATH_MAX] = (struct bv_vm_jump){ pc->idx, (to_idx) })
#else
#define TRAIL(to_idx) ((void)0)
#endif
#define JUMP()                                  \
	do {                                    \
		count++;                        \
		if (count >= budget)            \
			goto out_budget;        \
		TRAIL(base[pc->u.target].idx);  \
		pc = base + pc->u.target;       \
		DISPATCH();                     \
	} while (0)
#define DST r[pc->dst]
#define SRC r[pc->src]
#define IMM ((uint64_t)(int64_t)pc->imm)
#define D32 ((uint32_t)r[pc->dst])
#define S32 ((uint32_t)r[pc->src])
#define I32 ((uint32_t)pc->imm)

#if CHECKED
#define MEM(addr, size, write)                                                     \
	do {                                                                       \
		if (!vm_check(run, (addr), (size), (write))) {                      \
			msz = (size);                                              \
			goto fault_mem;                                            \
		}                                                                  \
	} while (0)
#else
#define MEM(addr, size, write) ((void)0)
#endif

	DISPATCH();

	/* ---- ALU64 ---- */
L_ADD64_K: DST += IMM; NEXT();
L_ADD64_X: DST += SRC; NEXT();
L_SUB64_K: DST -= IMM; NEXT();
L_SUB64_X: DST -= SRC; NEXT();
L_MUL64_K: DST *= IMM; NEXT();
L_MUL64_X: DST *= SRC; NEXT();
L_DIV64_K: DST = IMM ? DST / IMM : 0; NEXT();
L_DIV64_X: DST = SRC ? DST / SRC : 0; NEXT();
L_OR64_K: DST |= IMM; NEXT();
L_OR64_X: DST |= SRC; NEXT();
L_AND64_K: DST &= IMM; NEXT();
L_AND64_X: DST &= SRC; NEXT();
L_LSH64_K: DST <<= (IMM & 63); NEXT();
L_LSH64_X: DST <<= (SRC & 63); NEXT();
L_RSH64_K: DST >>= (IMM & 63); NEXT();
L_RSH64_X: DST >>= (SRC & 63); NEXT();
L_MOD64_K: DST = IMM ? DST % IMM : DST; NEXT();
L_MOD64_X: DST = SRC ? DST % SRC : DST; NEXT();
L_XOR64_K: DST ^= IMM; NEXT();
L_XOR64_X: DST ^= SRC; NEXT();
L_MOV64_K: DST = IMM; NEXT();
L_MOV64_X: DST = SRC; NEXT();
L_ARSH64_K: DST = (uint64_t)((int64_t)DST >> (IMM & 63)); NEXT();
L_ARSH64_X: DST = (uint64_t)((int64_t)DST >> (SRC & 63)); NEXT();
L_SDIV64_K: b = IMM; goto sdiv64;
L_SDIV64_X: b = SRC;
sdiv64:
	a = DST;
	/* INT64_MIN / -1 overflows in C; the result is INT64_MIN */
	DST = b == 0 ? 0 : b == (uint64_t)-1 ? 0 - a : (uint64_t)((int64_t)a / (int64_t)b);
	NEXT();
L_SMOD64_K: b = IMM; goto smod64;
L_SMOD64_X: b = SRC;
smod64:
	a = DST;
	DST = b == 0 ? a : b == (uint64_t)-1 ? 0 : (uint64_t)((int64_t)a % (int64_t)b);
	NEXT();
L_NEG64: DST = 0 - DST; NEXT();
L_MOVSX64_8: DST = (uint64_t)(int64_t)(int8_t)SRC; NEXT();
L_MOVSX64_16: DST = (uint64_t)(int64_t)(int16_t)SRC; NEXT();
L_MOVSX64_32: DST = (uint64_t)(int64_t)(int32_t)SRC; NEXT();

	/* ---- ALU32: results are zero-extended ---- */
L_ADD32_K: DST = (uint32_t)(D32 + I32); NEXT();
L_ADD32_X: DST = (uint32_t)(D32 + S32); NEXT();
L_SUB32_K: DST = (uint32_t)(D32 - I32); NEXT();
L_SUB32_X: DST = (uint32_t)(D32 - S32); NEXT();
L_MUL32_K: DST = (uint32_t)(D32 * I32); NEXT();
L_MUL32_X: DST = (uint32_t)(D32 * S32); NEXT();
L_DIV32_K: DST = I32 ? D32 / I32 : 0; NEXT();
L_DIV32_X: DST = S32 ? D32 / S32 : 0; NEXT();
L_OR32_K: DST = D32 | I32; NEXT();
L_OR32_X: DST = D32 | S32; NEXT();
L_AND32_K: DST = D32 & I32; NEXT();
L_AND32_X: DST = D32 & S32; NEXT();
L_LSH32_K: DST = (uint32_t)(D32 << (I32 & 31)); NEXT();
L_LSH32_X: DST = (uint32_t)(D32 << (S32 & 31)); NEXT();
L_RSH32_K: DST = D32 >> (I32 & 31); NEXT();
L_RSH32_X: DST = D32 >> (S32 & 31); NEXT();
L_MOD32_K: DST = I32 ? D32 % I32 : D32; NEXT();
L_MOD32_X: DST = S32 ? D32 % S32 : D32; NEXT();
L_XOR32_K: DST = D32 ^ I32; NEXT();
L_XOR32_X: DST = D32 ^ S32; NEXT();
L_MOV32_K: DST = I32; NEXT();
L_MOV32_X: DST = S32; NEXT();
L_ARSH32_K: DST = (uint32_t)((int32_t)D32 >> (I32 & 31)); NEXT();
L_ARSH32_X: DST = (uint32_t)((int32_t)D32 >> (S32 & 31)); NEXT();
L_SDIV32_K: b = I32; goto sdiv32;
L_SDIV32_X: b = S32;
sdiv32:
	a = D32;
	DST = (uint32_t)b == 0 ? 0
	      : (uint32_t)b == UINT32_MAX ? (uint32_t)(0 - (uint32_t)a)
	      : (uint32_t)((int32_t)(uint32_t)a / (int32_t)(uint32_t)b);
	NEXT();
L_SMOD32_K: b = I32; goto smod32;
L_SMOD32_X: b = S32;
smod32:
	a = D32;
	DST = (uint32_t)b == 0 ? (uint32_t)a
	      : (uint32_t)b == UINT32_MAX ? 0
	      : (uint32_t)((int32_t)(uint32_t)a % (int32_t)(uint32_t)b);
	NEXT();
L_NEG32: DST = (uint32_t)(0 - D32); NEXT();
L_MOVSX32_8: DST = (uint32_t)(int32_t)(int8_t)SRC; NEXT();
L_MOVSX32_16: DST = (uint32_t)(int32_t)(int16_t)SRC; NEXT();

	/* ---- byte order (the host is little-endian) ---- */
L_LE16: DST = (uint16_t)DST; NEXT();
L_LE32: DST = (uint32_t)DST; NEXT();
L_LE64: NEXT();
L_BE16: DST = __builtin_bswap16((uint16_t)DST); NEXT();
L_BE32: DST = __builtin_bswap32((uint32_t)DST); NEXT();
L_BE64: DST = __builtin_bswap64(DST); NEXT();

	/* ---- jumps ---- */
L_JA: JUMP();
#define JCC(name, cond)                         \
	L_##name:                               \
	if (cond)                               \
		JUMP();                         \
	NEXT();
	JCC(JEQ64_K, DST == IMM)
	JCC(JEQ64_X, DST == SRC)
	JCC(JEQ32_K, D32 == I32)
	JCC(JEQ32_X, D32 == S32)
	JCC(JGT64_K, DST > IMM)
	JCC(JGT64_X, DST > SRC)
	JCC(JGT32_K, D32 > I32)
	JCC(JGT32_X, D32 > S32)
	JCC(JGE64_K, DST >= IMM)
	JCC(JGE64_X, DST >= SRC)
	JCC(JGE32_K, D32 >= I32)
	JCC(JGE32_X, D32 >= S32)
	JCC(JSET64_K, DST & IMM)
	JCC(JSET64_X, DST & SRC)
	JCC(JSET32_K, D32 & I32)
	JCC(JSET32_X, D32 & S32)
	JCC(JNE64_K, DST != IMM)
	JCC(JNE64_X, DST != SRC)
	JCC(JNE32_K, D32 != I32)
	JCC(JNE32_X, D32 != S32)
	JCC(JSGT64_K, (int64_t)DST > (int64_t)IMM)
	JCC(JSGT64_X, (int64_t)DST > (int64_t)SRC)
	JCC(JSGT32_K, (int32_t)D32 > (int32_t)I32)
	JCC(JSGT32_X, (int32_t)D32 > (int32_t)S32)
	JCC(JSGE64_K, (int64_t)DST >= (int64_t)IMM)
	JCC(JSGE64_X, (int64_t)DST >= (int64_t)SRC)
	JCC(JSGE32_K, (int32_t)D32 >= (int32_t)I32)
	JCC(JSGE32_X, (int32_t)D32 >= (int32_t)S32)
	JCC(JLT64_K, DST < IMM)
	JCC(JLT64_X, DST < SRC)
	JCC(JLT32_K, D32 < I32)
	JCC(JLT32_X, D32 < S32)
	JCC(JLE64_K, DST <= IMM)
	JCC(JLE64_X, DST <= SRC)
	JCC(JLE32_K, D32 <= I32)
	JCC(JLE32_X, D32 <= S32)
	JCC(JSLT64_K, (int64_t)DST < (int64_t)IMM)
	JCC(JSLT64_X, (int64_t)DST < (int64_t)SRC)
	JCC(JSLT32_K, (int32_t)D32 < (int32_t)I32)
	JCC(JSLT32_X, (int32_t)D32 < (int32_t)S32)
	JCC(JSLE64_K, (int64_t)DST <= (int64_t)IMM)
	JCC(JSLE64_X, (int64_t)DST <= (int64_t)SRC)
	JCC(JSLE32_K, (int32_t)D32 <= (int32_t)I32)
	JCC(JSLE32_X, (int32_t)D32 <= (int32_t)S32)
#undef JCC
L_MAY_GOTO:
	if (run->may_goto_left == 0)
		JUMP();
	run->may_goto_left--;
	NEXT();

	/* ---- calls ---- */
L_CALL:
	if (!pc->u.helper) {
		run->cur_insn = pc->idx;
		vm_fault(run, BV_VM_BAD_HELPER, "helper %d is not implemented by the VM", pc->imm);
		goto out_fail;
	}
	run->cur_insn = pc->idx;
	run->prog = prog;
	run->res->insns += count;
	count = 0;
	r[0] = ((bv_vm_helper_fn)pc->u.helper)(run, r[1], r[2], r[3], r[4], r[5]);
	if (run->stopped)
		goto out_fail;
	budget = run->budget > run->res->insns ? run->budget - run->res->insns : 1;
	NEXT();
L_CALLX: {
	uint64_t id = DST;
	bv_vm_helper_fn fn = id < VM_HELPER_MAX ? run->vm->helpers[id] : NULL;

	if (!fn) {
		run->cur_insn = pc->idx;
		vm_fault(run, BV_VM_BAD_HELPER, "callx to %llu: no such helper", (unsigned long long)id);
		goto out_fail;
	}
	run->cur_insn = pc->idx;
	run->prog = prog;
	r[0] = fn(run, r[1], r[2], r[3], r[4], r[5]);
	if (run->stopped)
		goto out_fail;
	NEXT();
}
L_CALL_LOCAL: {
	struct vm_frame *f;

	if (run->depth >= VM_MAX_FRAMES - 1) {
		run->cur_insn = pc->idx;
		vm_fault(run, BV_VM_FAULT, "the call chain is deeper than %d frames", VM_MAX_FRAMES);
		goto out_fail;
	}
	f = &run->frames[run->depth++];
	f->ret = pc + 1;
	f->prog = prog;
	f->saved[0] = r[6];
	f->saved[1] = r[7];
	f->saved[2] = r[8];
	f->saved[3] = r[9];
	f->fp = r[10];
	r[10] -= VM_STACK_SIZE;
	JUMP();
}
L_TAIL_CALL: {
	struct vm_map *m = vm_map_from_ptr(run->vm, r[2]);
	uint64_t i = (uint32_t)r[3];
	int slot;

	run->cur_insn = pc->idx;
	if (!m || m->type != BV_MAP_PROG_ARRAY) {
		vm_fault(run, BV_VM_FAULT, "bpf_tail_call: r2 is not a prog array");
		goto out_fail;
	}
	/* a failed tail call falls through to the next instruction */
	if (i >= m->max_entries || (slot = m->slots[i]) < 0 || run->tail_calls >= VM_MAX_TAIL_CALLS)
		NEXT();
	run->tail_calls++;
	prog = &run->vm->progs[slot];
	run->prog = prog;
	base = prog->insns[CHECKED];
	pc = base;
	count++;
	DISPATCH();
}
L_EXIT:
	if (run->depth == base_depth) {
		count++;
		run->res->insns += count;
		return 0;
	} else {
		struct vm_frame *f = &run->frames[--run->depth];

		r[6] = f->saved[0];
		r[7] = f->saved[1];
		r[8] = f->saved[2];
		r[9] = f->saved[3];
		r[10] = f->fp;
		TRAIL(f->ret->idx);
		pc = f->ret;
		prog = f->prog;
		base = prog->insns[CHECKED];
		count++;
		DISPATCH();
	}

	/* ---- loads and stores ---- */
L_LD_IMM64:
	DST = pc->u.imm64;
	pc += 2;
	count++;
	DISPATCH();
#define LD_PKT(size, off_expr)                                                        \
	do {                                                                          \
		int64_t o_ = (off_expr);                                              \
		uint64_t len_ = run->data_end - run->data;                            \
		if (!run->is_skb || o_ < 0 || (uint64_t)o_ + (size) > len_) {         \
			/* out of the packet: the program ends with 0 */              \
			r[0] = 0;                                                     \
			run->depth = base_depth;                                      \
			count++;                                                      \
			run->res->insns += count;                                     \
			return 0;                                                     \
		}                                                                     \
		a = 0;                                                                \
		for (int k_ = 0; k_ < (size); k_++)                                   \
			a = a << 8 | ((const uint8_t *)(uintptr_t)run->data)[o_ + k_]; \
		r[0] = a;                                                             \
	} while (0)
L_LD_ABS_B: LD_PKT(1, (int64_t)pc->imm); NEXT();
L_LD_ABS_H: LD_PKT(2, (int64_t)pc->imm); NEXT();
L_LD_ABS_W: LD_PKT(4, (int64_t)pc->imm); NEXT();
L_LD_IND_B: LD_PKT(1, (int64_t)(int32_t)((uint32_t)SRC + I32)); NEXT();
L_LD_IND_H: LD_PKT(2, (int64_t)(int32_t)((uint32_t)SRC + I32)); NEXT();
L_LD_IND_W: LD_PKT(4, (int64_t)(int32_t)((uint32_t)SRC + I32)); NEXT();
#undef LD_PKT

#define LOAD(type, ext)                                            \
	do {                                                       \
		type v_;                                           \
		a = SRC + (uint64_t)(int64_t)pc->off;              \
		MEM(a, sizeof(type), 0);                            \
		memcpy(&v_, (const void *)(uintptr_t)a, sizeof(type)); \
		DST = (uint64_t)(ext)v_;                           \
	} while (0)
L_LDX_B: LOAD(uint8_t, uint64_t); NEXT();
L_LDX_H: LOAD(uint16_t, uint64_t); NEXT();
L_LDX_W: LOAD(uint32_t, uint64_t); NEXT();
L_LDX_DW: LOAD(uint64_t, uint64_t); NEXT();
L_LDXSX_B: LOAD(int8_t, int64_t); NEXT();
L_LDXSX_H: LOAD(int16_t, int64_t); NEXT();
L_LDXSX_W: LOAD(int32_t, int64_t); NEXT();
#undef LOAD
#define STORE(type, val)                                           \
	do {                                                       \
		type v_ = (type)(val);                             \
		a = DST + (uint64_t)(int64_t)pc->off;              \
		MEM(a, sizeof(type), 1);                            \
		memcpy((void *)(uintptr_t)a, &v_, sizeof(type));   \
	} while (0)
L_ST_B: STORE(uint8_t, IMM); NEXT();
L_ST_H: STORE(uint16_t, IMM); NEXT();
L_ST_W: STORE(uint32_t, IMM); NEXT();
L_ST_DW: STORE(uint64_t, IMM); NEXT();
L_STX_B: STORE(uint8_t, SRC); NEXT();
L_STX_H: STORE(uint16_t, SRC); NEXT();
L_STX_W: STORE(uint32_t, SRC); NEXT();
L_STX_DW: STORE(uint64_t, SRC); NEXT();
#undef STORE
L_ATOMIC: {
	unsigned size = pc->size;
	uint64_t addr = (pc->imm == BV_LOAD_ACQ ? SRC : DST) + (uint64_t)(int64_t)pc->off;
	uint64_t old = 0, val;

	MEM(addr, size, pc->imm != BV_LOAD_ACQ);
	memcpy(&old, (const void *)(uintptr_t)addr, size);
	val = old;
	switch (pc->imm & ~BV_FETCH) {
	case BV_ADD: val = old + SRC; break;
	case BV_OR: val = old | SRC; break;
	case BV_AND: val = old & SRC; break;
	case BV_XOR: val = old ^ SRC; break;
	case BV_XCHG & ~BV_FETCH: val = SRC; break;
	case BV_CMPXCHG & ~BV_FETCH:
		if ((size == 8 ? old : (uint32_t)old) == (size == 8 ? r[0] : (uint32_t)r[0]))
			val = SRC;
		r[0] = old;
		break;
	case BV_LOAD_ACQ & ~BV_FETCH:
		DST = old;
		NEXT();
	case BV_STORE_REL & ~BV_FETCH:
		val = SRC;
		break;
	}
	memcpy((void *)(uintptr_t)addr, &val, size);
	if ((pc->imm & BV_FETCH) && pc->imm != BV_CMPXCHG)
		SRC = old;
	NEXT();
}

L_BAD:
	run->cur_insn = pc->idx;
	vm_fault(run, BV_VM_BAD_INSN, "%s", pc->idx >= prog->n ? "execution ran past the last instruction"
								: "this instruction cannot be run by the VM");
	goto out_fail;

#if CHECKED
fault_mem:
	run->cur_insn = pc->idx;
	vm_fault(run, BV_VM_FAULT, "invalid memory access: %s of %u bytes at %#llx, outside every region the program may touch",
		 pc->code >= VMOP_ST_B && pc->code <= VMOP_STX_DW ? "write" : "read", msz,
		 (unsigned long long)a);
	goto out_fail;
#endif
out_budget:
	run->cur_insn = pc->idx;
	vm_fault(run, BV_VM_LIMIT, "the program ran %llu instructions without exiting",
		 (unsigned long long)(run->res->insns + count));
out_fail:
	run->res->insns += count;
	return -1;
#undef DISPATCH
#undef NEXT
#undef JUMP
#undef TRAIL
#undef DST
#undef SRC
#undef IMM
#undef D32
#undef S32
#undef I32
#undef MEM
}
