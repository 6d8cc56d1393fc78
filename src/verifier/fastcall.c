/* bpf_fastcall: spills and fills the kernel removes (Linux 6.12).
 *
 * A call that clobbers fewer registers than a call may (a helper or kfunc
 * with few arguments), made by a compiler that knows it, is wrapped in
 * matching pairs
 *
 *     *(u64 *)(r10 - 16) = r1        ; spill, the lowest offsets first
 *     call bpf_get_smp_processor_id
 *     r1 = *(u64 *)(r10 - 16)        ; fill, innermost pair first
 *
 * that keep the registers the call leaves alone.  When the call is one the
 * kernel inlines into code that respects the contract (on x86-64:
 * bpf_get_smp_processor_id; the kfuncs bpf_cast_to_kern_ctx and
 * bpf_rdonly_cast), the kernel removes the pairs after verification and
 * the function's stack no longer holds them: its "stack depth" shrinks to
 * what lies above the pairs.  That is all it changes of the verdict and
 * the log; the pairs are verified as any spill and fill.
 *
 * The rules, as the kernel applies them to each function:
 *   - the pairs sit at the function's lowest spill offset and upwards, one
 *     pair per register the call does not clobber, each register once; no
 *     instruction of a pair but the first spill may be a jump target;
 *   - if any stack access that is not part of a pair reaches below the
 *     top of the pairs, no pair of the function is removed;
 *   - a pattern around a call the kernel does not inline keeps the whole
 *     function's stack as it is (a newer compiler's pattern on this
 *     kernel), though other calls' pairs are still removed. */
#include <bpf/btf.h>
#include <string.h>

#include "verifier/verifier.h"

#define CALLER_SAVED 0x3f /* r0..r5 */
#define FP_REGNO 10

static bool is_spill_dw(const struct bv_insn *in)
{
	return in->code == (BV_STX | BV_MEM | BV_DW) && in->dst == FP_REGNO;
}

/* Whether the program type's bpf_get_smp_processor_id is the one that may
 * be a bpf_fastcall: the networking types with a socket or a cgroup at hand
 * (socket filters, sk_skb, sk_msg, sock_ops, cgroup programs, flow
 * dissector, sk_lookup, sk_reuseport, netfilter) get another that is not.
 * Observed per type on the running kernel (a program whose combined stack
 * fits only without its pairs); tracing, LSM and struct_ops programs,
 * which this machine refuses before verifying them, follow the other
 * tracing types. */
static bool smp_id_fastcall(uint32_t prog_type)
{
	switch (prog_type) {
	case BV_PROG_SCHED_CLS: case BV_PROG_SCHED_ACT: case BV_PROG_XDP:
	case BV_PROG_LWT_IN: case BV_PROG_LWT_OUT: case BV_PROG_LWT_XMIT: case BV_PROG_LWT_SEG6LOCAL:
	case BV_PROG_KPROBE: case BV_PROG_TRACEPOINT: case BV_PROG_PERF_EVENT:
	case BV_PROG_RAW_TRACEPOINT: case BV_PROG_RAW_TRACEPOINT_WRITABLE: case BV_PROG_SYSCALL:
	case BV_PROG_TRACING: case BV_PROG_LSM: case BV_PROG_STRUCT_OPS:
		return true;
	default:
		return false;
	}
}

/* The registers a call clobbers: r0 unless it returns nothing, and the
 * argument registers its prototype names (all of r0-r5 when there is no
 * prototype).  *inlined: the kernel replaces it with code that clobbers no
 * more. */
static unsigned call_clobbers(struct venv *env, uint32_t idx, bool *inlined)
{
	const struct bv_insn *in = &env->insns[idx];
	bool ret;
	int n;

	*inlined = false;
	if (in->src == 0) {
		const struct helper_proto *fn = helper_proto(in->imm);

		n = helper_nargs(env, in->imm);
		ret = !fn || fn->ret != R_VOID;
		/* x86-64's JIT with per-CPU instructions */
		*inlined = in->imm == 8 /* bpf_get_smp_processor_id */ && smp_id_fastcall(env->prog_type);
	} else if (in->src == BV_PSEUDO_KFUNC_CALL) {
		const char *name = kfunc_name_at(env, idx);
		const struct btf_type *p = name ? kfunc_proto(env, idx, name) : NULL;

		n = kfunc_nargs(env, idx);
		ret = !p || p->type;
		*inlined = name && (!strcmp(name, "bpf_cast_to_kern_ctx") || !strcmp(name, "bpf_rdonly_cast"));
	} else {
		return CALLER_SAVED; /* a call of a BPF function */
	}
	return (ret ? 1u : 0u) | ((1u << (n + 1)) - 2u);
}

static void mark_call(struct venv *env, struct subprog *sp, uint32_t idx, int lowest)
{
	bool inlined;
	unsigned clobbers = call_clobbers(env, idx, &inlined), want = ~clobbers & CALLER_SAVED;
	int off = lowest, i;

	if (clobbers == CALLER_SAVED)
		return;
	for (i = 1; i <= 5; i++, off += BPF_REG_SIZE) {
		const struct bv_insn *stx, *ldx;

		if (idx < (uint32_t)i || idx + i >= env->n)
			break;
		if (env->aux[idx - i + 1].jump_target || env->aux[idx + i].jump_target)
			break;
		stx = &env->insns[idx - i];
		ldx = &env->insns[idx + i];
		if (!is_spill_dw(stx) || ldx->code != (BV_LDX | BV_MEM | BV_DW) || ldx->src != FP_REGNO)
			break;
		if (stx->src != ldx->dst || !(want & (1u << stx->src)))
			break;
		if (stx->off != off || ldx->off != off)
			break;
		want &= ~(1u << stx->src);
		env->aux[idx - i].fastcall_pattern = 1;
		env->aux[idx + i].fastcall_pattern = 1;
	}
	if (i == 1)
		return;
	if (inlined)
		env->aux[idx].fastcall_spills = (uint8_t)(i - 1);
	else
		sp->keep_fastcall_stack = 1;
	if (off < sp->fastcall_off)
		sp->fastcall_off = off;
}

void mark_fastcall_patterns(struct venv *env)
{
	for (int s = 0; s < env->n_subprogs; s++) {
		struct subprog *sp = &env->subprogs[s];
		int lowest = 0;

		sp->fastcall_off = 0;
		for (uint32_t i = sp->start; i < sp->end; i++)
			if (is_spill_dw(&env->insns[i]) && env->insns[i].off < lowest)
				lowest = env->insns[i].off;
		for (uint32_t i = sp->start; i < sp->end; i++)
			if (env->insns[i].code == (BV_JMP | BV_CALL))
				mark_call(env, sp, i, lowest);
	}
}

/* A stack access at fp+off (its lowest byte) of function sp's frame, by
 * instruction idx: below the pairs and not one of them, it keeps them. */
void fastcall_stack_access(struct venv *env, int sp, uint32_t idx, int off)
{
	struct subprog *s;

	if (sp < 0 || sp >= env->n_subprogs)
		return;
	s = &env->subprogs[sp];
	if (s->fastcall_off <= off || env->aux[idx].fastcall_pattern)
		return;
	s->fastcall_off = INT16_MIN;
	for (uint32_t i = s->start; i < s->end; i++) {
		env->aux[i].fastcall_spills = 0;
		env->aux[i].fastcall_pattern = 0;
	}
}

/* After the walk: the pairs go, and with them the bottom of the stack. */
void remove_fastcall_pairs(struct venv *env)
{
	for (int sp = 0; sp < env->n_subprogs; sp++) {
		struct subprog *s = &env->subprogs[sp];
		bool removed = false;

		for (uint32_t i = s->start; i < s->end; i++)
			removed |= env->aux[i].fastcall_spills > 0;
		if (removed && !s->keep_fastcall_stack)
			s->stack_depth = -s->fastcall_off;
	}
}
