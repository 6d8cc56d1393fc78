/* The checks the kernel makes before it walks a single path, in its order:
 * screening of every instruction (reserved LDX fields, LD_IMM64 halves and
 * pseudo sources, opcodes the kernel does not know), subprogram
 * boundaries, jump ranges and the last instruction of each subprogram,
 * then a depth-first walk of the control-flow graph that finds
 * unreachable instructions, jumps into the middle of an LD_IMM64 and,
 * without CAP_BPF, back-edges.  The walk also marks the prune points: the
 * instructions where the main walk will remember states. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"
#include "verifier/verifier.h"

static bool is_tracing_type(uint32_t t)
{
	/* kprobe, tracepoint, perf_event, raw_tracepoint(_writable) */
	return t == 2 || t == 5 || t == 7 || t == 17 || t == 24;
}

/* The map types a sleepable program may use: those whose operations
 * neither disable preemption nor rely on per-CPU state taken before a
 * sleep (the perf buffer, stack traces, tries, bloom filters are not). */
bool sleepable_map(uint32_t type)
{
	static const uint32_t ok[] = {
		BPF_MAP_TYPE_HASH,	    BPF_MAP_TYPE_LRU_HASH,	BPF_MAP_TYPE_ARRAY,
		BPF_MAP_TYPE_PERCPU_HASH,   BPF_MAP_TYPE_PERCPU_ARRAY,	BPF_MAP_TYPE_LRU_PERCPU_HASH,
		BPF_MAP_TYPE_ARRAY_OF_MAPS, BPF_MAP_TYPE_HASH_OF_MAPS,	BPF_MAP_TYPE_RINGBUF,
		BPF_MAP_TYPE_USER_RINGBUF,  BPF_MAP_TYPE_INODE_STORAGE, BPF_MAP_TYPE_SK_STORAGE,
		BPF_MAP_TYPE_TASK_STORAGE,  BPF_MAP_TYPE_CGRP_STORAGE,	BPF_MAP_TYPE_QUEUE,
		BPF_MAP_TYPE_STACK,	    BPF_MAP_TYPE_ARENA,
	};

	for (size_t i = 0; i < BV_ARRAY_SIZE(ok); i++)
		if (ok[i] == type)
			return true;
	return false;
}

/* A map the program uses must suit its type: spin locks and timers in map
 * values are refused to program types that may run in any context.  The
 * kernel says so before it looks at a single instruction. */
static int check_map_prog_compat(struct venv *env)
{
	for (size_t i = 0; i + 1 < env->n; i++) {
		const struct bv_insn *in = &env->insns[i];
		int32_t mi = env->prog->insn_map ? env->prog->insn_map[i] : -1;
		const struct vmap *m;
		int err = 0;

		if (in->code != (BV_LD | BV_IMM | BV_DW) || mi < 0 || (size_t)mi >= env->n_maps)
			continue;
		m = &env->maps[mi];
		if (graph_has_roots(m->graph) && is_tracing_type(env->prog_type))
			err = verr_prog(env, -EINVAL, "tracing progs cannot use bpf_{list_head,rb_root} yet");
		else if (m->spin_lock_off >= 0 && env->prog_type == 1)
			err = verr_prog(env, -EINVAL, "socket filter progs cannot use bpf_spin_lock yet");
		else if (m->spin_lock_off >= 0 && is_tracing_type(env->prog_type))
			err = verr_prog(env, -EINVAL, "tracing progs cannot use bpf_spin_lock yet");
		else if (m->timer_off >= 0 && is_tracing_type(env->prog_type))
			err = verr_prog(env, -EINVAL, "tracing progs cannot use bpf_timer yet");
		else if (m->wq_off >= 0 && is_tracing_type(env->prog_type))
			err = verr_prog(env, -EINVAL, "tracing progs cannot use bpf_wq yet");
		else if (env->prog->sec.sleepable && !sleepable_map(m->type))
			err = verr_prog(env, -EINVAL,
					"Sleepable programs can only use array, hash, ringbuf and local storage maps");
		/* the first use of an arena makes it the program's; the
		 * instruction that names another is where it fails */
		else if (m->type == BPF_MAP_TYPE_ARENA && ((env->arena >= 0 && env->arena != mi) || !env->priv)) {
			env->err_insn = (long)i;
			err = env->arena >= 0 && env->arena != mi
				      ? verr(env, -EBUSY, "Only one arena per program")
				      : verr(env, -EPERM, "CAP_BPF and CAP_PERFMON are required to use arena");
		}
		if (err)
			return err;
		if (m->type == BPF_MAP_TYPE_ARENA)
			env->arena = mi;
		i++;
	}
	return 0;
}

/* Messages the kernel raises while screening instructions, before the
 * walk; the others are raised when the walk reaches the instruction. */
static bool screening_msg(const char *m)
{
	return !strncmp(m, "unknown opcode", 14) || !strcmp(m, "BPF_LDX uses reserved fields") ||
	       !strcmp(m, "invalid bpf_ld_imm64 insn") || !strcmp(m, "unrecognized bpf_ld_imm64 insn");
}

static bool is_ldimm64(const struct bv_insn *in)
{
	return in->code == (BV_LD | BV_IMM | BV_DW);
}

/* A kernel variable (typed __ksym): the kernel checks the id names a VAR
 * and looks its address up by name before verifying anything, after it
 * has found the subprograms (their "func#0 @0" lines come first). */
static int screen_ksym(struct venv *env, size_t i)
{
	const struct bv_insn *in = &env->insns[i];
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *t = btf ? btf__type_by_id(btf, (uint32_t)in->imm) : NULL;
	const struct ext *e = env->prog->obj ? extern_var_by_target(env->prog->obj, (uint32_t)in->imm) : NULL;
	int err = 0;

	if (!btf)
		return 0; /* nothing to check against: judged where it is used */
	if (!t || in->imm <= 0)
		err = verr(env, -ENOENT, "ldimm64 insn specifies invalid btf_id %d.", in->imm);
	else if (!btf_is_var(t))
		err = verr(env, -EINVAL, "pseudo btf_id %d in ldimm64 isn't KIND_VAR.", in->imm);
	else if (e && e->not_in_kallsyms)
		err = verr(env, -ENOENT, "ldimm64 failed to find the address for kernel symbol '%s'.",
			   btf__name_by_offset(btf, t->name_off));
	if (err)
		env->err_insn = (long)i;
	return err;
}

/* Decode every instruction once; an LD_IMM64's second half is marked
 * (len 0) so that the passes below step over it. */
static void decode_insns(struct venv *env)
{
	for (size_t i = 0; i < env->n; i++) {
		bv_insn_decode(env->insns, env->n, i, &env->aux[i].dec);
		if (is_ldimm64(&env->insns[i]) && i + 1 < env->n) {
			memset(&env->aux[i + 1].dec, 0, sizeof(env->aux[i + 1].dec));
			env->aux[i + 1].dec.status = BV_DECODE_OK;
			i++;
		}
	}
}

/* The kernel's pass over the instructions that resolves LD_IMM64s (map
 * fds, direct values) and refuses unknown opcodes, in order; it runs after
 * the subprograms were found and checked (observed: "func#0 @0" is logged
 * first, and a jump out of range wins over a bad LD_IMM64 after it). */
static int screen_insns(struct venv *env)
{
	char msg[128];

	for (size_t i = 0; i < env->n; i++) {
		const struct bv_insn *in = &env->insns[i];
		const struct bv_decoded *d = &env->aux[i].dec;

		bv_insn_kernel_msg(env->insns, env->n, i, d, msg, sizeof(msg));
		if (is_ldimm64(in)) {
			if (i + 1 >= env->n || d->status == BV_DECODE_TRUNCATED ||
			    d->status == BV_DECODE_BAD_IMM64_HALF) {
				env->err_insn = (long)i;
				return verr(env, -EINVAL, "invalid bpf_ld_imm64 insn");
			}
			switch (in->src) {
			case 0:
			case BV_PSEUDO_BTF_ID:
			case BV_PSEUDO_FUNC:
			case BV_PSEUDO_MAP_VALUE:
			case BV_PSEUDO_MAP_IDX_VALUE:
				break;
			case BV_PSEUDO_MAP_FD:
			case BV_PSEUDO_MAP_IDX:
				if (env->insns[i + 1].imm == 0)
					break;
				/* fallthrough */
			default:
				env->err_insn = (long)i;
				return verr(env, -EINVAL, "unrecognized bpf_ld_imm64 insn");
			}
			if (in->src == BV_PSEUDO_MAP_FD || in->src == BV_PSEUDO_MAP_IDX ||
			    in->src == BV_PSEUDO_MAP_VALUE || in->src == BV_PSEUDO_MAP_IDX_VALUE) {
				int32_t m = env->prog->insn_map ? env->prog->insn_map[i] : -1;

				if (m < 0 || (size_t)m >= env->n_maps) {
					env->err_insn = (long)i;
					return verr(env, -EBADF, "fd %d is not pointing to valid bpf_map", in->imm);
				}
				if (in->src == BV_PSEUDO_MAP_VALUE || in->src == BV_PSEUDO_MAP_IDX_VALUE) {
					uint32_t off = (uint32_t)env->insns[i + 1].imm;
					const struct vmap *vm = &env->maps[m];

					if (off >= (1u << 29)) {
						env->err_insn = (long)i;
						return verr(env, -EINVAL, "direct value offset of %u is not allowed", off);
					}
					if (vm->type != BPF_MAP_TYPE_ARRAY && vm->type != BPF_MAP_TYPE_ARENA) {
						env->err_insn = (long)i;
						return verr(env, -EINVAL, "no direct value access support for this map type");
					}
					/* an arena takes any offset inside its pages */
					if (vm->type == BPF_MAP_TYPE_ARENA ? off > vm->max_entries * 4096ull
									    : off >= vm->value_size) {
						env->err_insn = (long)i;
						return verr(env, -EINVAL,
							    "invalid access to map value pointer, value_size=%u off=%u",
							    vm->value_size, off);
					}
				}
			}
			i++;
			continue;
		}
		if (msg[0] && screening_msg(msg)) {
			env->err_insn = (long)i;
			return verr(env, -EINVAL, "%s", msg);
		}
	}
	return 0;
}

static int subprog_cmp(const void *a, const void *b)
{
	const struct subprog *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

static int add_subprog(struct venv *env, long start)
{
	struct subprog *s;

	if (start < 0 || (size_t)start >= env->n) {
		return verr(env, -EINVAL, "call to invalid destination");
	}
	for (int i = 0; i < env->n_subprogs; i++)
		if (env->subprogs[i].start == (uint32_t)start)
			return 0;
	if (env->n_subprogs >= 256)
		return verr(env, -E2BIG, "too many subprograms");
	s = realloc(env->subprogs, (size_t)(env->n_subprogs + 2) * sizeof(*s));
	if (!s)
		return -ENOMEM;
	env->subprogs = s;
	memset(&s[env->n_subprogs], 0, sizeof(*s));
	s[env->n_subprogs].start = (uint32_t)start;
	env->n_subprogs++;
	return 0;
}

static bool is_jmp_class(const struct bv_insn *in)
{
	return BV_CLASS(in->code) == BV_JMP || BV_CLASS(in->code) == BV_JMP32;
}

/* Target of a jump (not a call or exit). */
static long jump_target(const struct bv_insn *in, long i)
{
	if (BV_CLASS(in->code) == BV_JMP32 && BV_OP(in->code) == BV_JA)
		return i + in->imm + 1;
	return i + in->off + 1;
}

static int find_subprogs(struct venv *env)
{
	int r = add_subprog(env, 0);
	long exc;

	if (r)
		return r;
	for (size_t i = 0; i < env->n; i++) {
		const struct bv_insn *in = &env->insns[i];

		if (in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_CALL) {
			if (!env->priv) {
				env->err_insn = (long)i;
				return verr(env, -EPERM, "function calls to other bpf functions are allowed for CAP_BPF");
			}
			r = add_subprog(env, (long)i + in->imm + 1);
		} else if (is_ldimm64(in) && in->src == BV_PSEUDO_FUNC) {
			if (!env->priv) {
				env->err_insn = (long)i;
				return verr(env, -EPERM, "callbacks are allowed for CAP_BPF");
			}
			r = add_subprog(env, (long)i + in->imm + 1);
		} else if (in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_KFUNC_CALL) {
			const struct kfunc_info *kf = kfunc_info(kfunc_name_at(env, (uint32_t)i));

			if (!env->priv || (kf && (kf->flags & KFF_DEV_BOUND)))
				env->err_insn = (long)i;
			if (!env->priv)
				return verr(env, -EPERM, "calling kernel functions is not supported without CAP_BPF");
			if (kf && (kf->flags & KFF_DEV_BOUND))
				return verr(env, -EINVAL, "metadata kfuncs require device-bound program");
		}
		if (r) {
			env->err_insn = (long)i;
			return r;
		}
		if (is_ldimm64(in))
			i++;
	}
	/* the exception callback: a subprogram nothing calls */
	exc = find_exception_cb(env);
	if (exc < 0)
		return (int)exc;
	if (exc && (r = add_subprog(env, exc)))
		return r;
	qsort(env->subprogs, (size_t)env->n_subprogs, sizeof(*env->subprogs), subprog_cmp);
	for (int s = 0; s < env->n_subprogs; s++) {
		if (exc && env->subprogs[s].start == (uint32_t)exc) {
			/* like a timer callback it runs on a stack of its own */
			env->exc_cb = s;
			env->subprogs[s].is_exception_cb = 1;
			env->subprogs[s].is_async_cb = 1;
		}
		env->subprogs[s].end = s + 1 < env->n_subprogs ? env->subprogs[s + 1].start : (uint32_t)env->n;
		for (uint32_t i = env->subprogs[s].start; i < env->subprogs[s].end; i++)
			env->aux[i].subprog = (uint32_t)s;
		if (env->log_level >= 2)
			vlog(env, "func#%d @%u\n", s, env->subprogs[s].start);
	}
	return 0;
}

/* Jumps stay inside their subprogram; a subprogram ends with exit or an
 * unconditional jump. */
static int check_subprogs(struct venv *env)
{
	for (int s = 0; s < env->n_subprogs; s++) {
		struct subprog *sp = &env->subprogs[s];

		for (uint32_t i = sp->start; i < sp->end; i++) {
			const struct bv_insn *in = &env->insns[i];
			uint8_t code = in->code;

			if (!env->aux[i].dec.len) /* second half of LD_IMM64 */
				goto last;
			if (code == (BV_JMP | BV_CALL) && in->src == 0 && in->imm == 12 /* tail_call */)
				sp->has_tail_call = 1;
			if (BV_CLASS(code) == BV_LD && (BV_MODE(code) == BV_ABS || BV_MODE(code) == BV_IND))
				sp->has_ld_abs = 1;
			if (is_jmp_class(in) && BV_OP(code) != BV_CALL && BV_OP(code) != BV_EXIT) {
				long t = jump_target(in, i);

				if (t < (long)sp->start || t >= (long)sp->end) {
					env->err_insn = i;
					return verr(env, -EINVAL, "jump out of range from insn %u to %ld", i, t);
				}
			}
last:
			if (i == sp->end - 1 && code != (BV_JMP | BV_EXIT) && code != (BV_JMP | BV_JA) &&
			    code != (BV_JMP32 | BV_JA)) {
				env->err_insn = i;
				return verr(env, -EINVAL, "last insn is not an exit or jmp");
			}
		}
		if (sp->has_tail_call)
			env->has_tail_call = 1;
	}
	return 0;
}

enum { CFG_DISCOVERED = 0x10, CFG_EXPLORED = 0x20 };

static void mark_prune(struct venv *env, long i)
{
	env->aux[i].prune_point = 1;
}

/* Edge t -> w of the depth-first walk.  Returns 1 when w was pushed. */
static int push_edge(struct venv *env, uint8_t *state, uint32_t *stack, size_t *sp, long t, long w,
		     bool branch)
{
	if (w < 0 || (size_t)w >= env->n) {
		env->err_insn = t;
		return verr(env, -EINVAL, "jump out of range from insn %ld to %ld", t, w);
	}
	if (branch) {
		mark_prune(env, w);
		env->aux[w].jmp_point = 1;
		env->aux[w].jump_target = 1;
	}
	if (state[w] == 0) {
		state[w] = CFG_DISCOVERED;
		stack[(*sp)++] = (uint32_t)w;
		return 1;
	}
	if (state[w] == CFG_DISCOVERED) {
		if (env->priv)
			return 0;
		env->err_insn = t;
		return verr(env, -EINVAL, "back-edge from insn %ld to %ld", t, w);
	}
	return 0;
}

/* Successors of t, pushed one at a time: the walk resumes t after each
 * new successor is finished, so the explicit stack mirrors recursion. */
static int visit(struct venv *env, uint8_t *state, uint32_t *stack, size_t *sp, long t)
{
	const struct bv_insn *in = &env->insns[t];
	int r;

	if (is_ldimm64(in) && in->src == BV_PSEUDO_FUNC) {
		r = push_edge(env, state, stack, sp, t, t + 2, false);
		if (r)
			return r;
		mark_prune(env, t + 2);
		env->aux[t + 2].jmp_point = 1;
		mark_prune(env, t);
		return push_edge(env, state, stack, sp, t, t + in->imm + 1, true);
	}
	if (!is_jmp_class(in))
		return push_edge(env, state, stack, sp, t, t + (is_ldimm64(in) ? 2 : 1), false);
	switch (BV_OP(in->code)) {
	case BV_EXIT:
		return 0;
	case BV_CALL:
		r = push_edge(env, state, stack, sp, t, t + 1, false);
		if (r)
			return r;
		mark_prune(env, t + 1);
		env->aux[t + 1].jmp_point = 1;
		if (in->src == BV_PSEUDO_CALL) {
			mark_prune(env, t);
			return push_edge(env, state, stack, sp, t, t + in->imm + 1, true);
		}
		if ((in->src == 0 && in->imm == 170 /* timer_set_callback: async */) ||
		    (in->src == BV_PSEUDO_KFUNC_CALL && kfunc_calls_async_callback(env, (uint32_t)t)))
			mark_prune(env, t);
		if (in->src == BV_PSEUDO_KFUNC_CALL && is_iter_next_call(env, (uint32_t)t)) {
			/* an iterator loop converges at its _next() call */
			env->aux[t].iter_next = 1;
			env->aux[t].force_checkpoint = 1;
			mark_prune(env, t);
		}
		if ((in->src == 0 && (in->imm == 181 /* loop */ || in->imm == 164 /* for_each_map_elem */ ||
				      in->imm == 209 /* user_ringbuf_drain */ || in->imm == 180 /* find_vma */)) ||
		    (in->src == BV_PSEUDO_KFUNC_CALL && kfunc_calls_callback(env, (uint32_t)t))) {
			/* the callback's walks return to the call, which is
			 * verified again until its states converge */
			env->aux[t].calls_callback = 1;
			env->aux[t].force_checkpoint = 1;
			env->aux[t].jmp_point = 1;
			mark_prune(env, t);
		}
		return 0;
	case BV_JA: {
		long w = jump_target(in, t);

		r = push_edge(env, state, stack, sp, t, w, false);
		if (r < 0)
			return r;
		mark_prune(env, w);
		env->aux[w].jmp_point = 1;
		env->aux[w].jump_target = 1;
		return r;
	}
	default:
		mark_prune(env, t);
		if (BV_OP(in->code) == BV_JCOND)
			env->aux[t].force_checkpoint = 1;
		r = push_edge(env, state, stack, sp, t, t + 1, false);
		if (r)
			return r;
		return push_edge(env, state, stack, sp, t, t + in->off + 1, true);
	}
}

static int check_cfg(struct venv *env)
{
	uint8_t *state = calloc(env->n, 1);
	uint32_t *stack = malloc(env->n * sizeof(*stack));
	size_t sp = 0;
	int r = 0;

	if (!state || !stack) {
		free(state);
		free(stack);
		return -ENOMEM;
	}
	/* from the entry, then from the exception callback, which nothing
	 * calls */
	for (int pass = 0; pass < 2; pass++) {
		long from = pass ? (env->exc_cb ? (long)env->subprogs[env->exc_cb].start : -1) : 0;

		if (from < 0 || state[from])
			continue;
		state[from] = CFG_DISCOVERED;
		stack[sp++] = (uint32_t)from;
		while (sp) {
			long t = stack[sp - 1];
			size_t before = sp;

			r = visit(env, state, stack, &sp, t);
			if (r < 0)
				goto out;
			if (sp == before) { /* nothing new: t is done */
				state[t] = CFG_EXPLORED;
				sp--;
			}
		}
	}
	for (size_t i = 0; i < env->n; i++) {
		if (state[i] != CFG_EXPLORED) {
			env->err_insn = (long)i;
			r = verr(env, -EINVAL, "unreachable insn %zu", i);
			goto out;
		}
		if (is_ldimm64(&env->insns[i])) {
			if (i + 1 < env->n && state[i + 1]) {
				env->err_insn = (long)i;
				r = verr(env, -EINVAL, "jump into the middle of ldimm64 insn %zu", i);
				goto out;
			}
			i++;
		}
	}
	r = 0;
out:
	free(state);
	free(stack);
	return r;
}

int check_structure(struct venv *env)
{
	int r;

	if (!env->n)
		return verr(env, -EINVAL, "empty program");
	decode_insns(env);
	r = find_subprogs(env);
	/* the kernel's "func#0 @0" lines come before the attach target is looked up */
	if (!r && btf_ctx_modelled(env) && env->prog_type != BV_PROG_STRUCT_OPS)
		r = tracing_ctx_init(env);
	if (!r)
		r = check_subprogs(env);
	if (!r)
		r = screen_insns(env);
	for (size_t i = 0; !r && i + 1 < env->n; i++)
		if (is_ldimm64(&env->insns[i]) && env->insns[i].src == BV_PSEUDO_BTF_ID)
			r = screen_ksym(env, i++);
	if (!r)
		r = check_map_prog_compat(env);
	if (!r)
		r = check_early_exit_returns(env);
	if (!r)
		r = check_cfg(env);
	return r;
}
