/* The walk: the kernel's do_check.  Instructions are simulated one path
 * at a time, depth first; a conditional jump whose outcome is unknown
 * queues its other side; a path ends at the program's exit, at a state
 * already proved safe, or at an error, which rejects the program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bpfvet/helpers.h"
#include "verifier/ctx_table.h"
#include "verifier/verifier.h"

#define JMP_SEQ_LIMIT 8192

int unsupported(struct venv *env, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(env->unsupported, sizeof(env->unsupported), fmt, ap);
	va_end(ap);
	if (env->err_insn < 0)
		env->err_insn = env->insn_idx;
	return -EOPNOTSUPP;
}

int push_branch(struct venv *env, uint32_t insn_idx, uint32_t prev_idx)
{
	struct stack_elem *e;
	struct vstate *st;

	if (env->stack_len >= env->stack_cap) {
		size_t cap = env->stack_cap ? env->stack_cap * 2 : 64;
		struct stack_elem *ns = realloc(env->stack, cap * sizeof(*ns));

		if (!ns)
			return -ENOMEM;
		env->stack = ns;
		env->stack_cap = cap;
	}
	st = vstate_clone(env->cur);
	if (!st)
		return -ENOMEM;
	e = &env->stack[env->stack_len++];
	e->st = st;
	e->insn_idx = insn_idx;
	e->prev_insn_idx = prev_idx;
	e->log_pos = (uint32_t)env->log.len;
	e->trail_pos = env->trail.pos;
	if (st->parent)
		st->parent->branches++;
	if (env->stack_len > JMP_SEQ_LIMIT)
		return verr(env, -E2BIG, "The sequence of %zu jumps is too complex.", env->stack_len);
	return 0;
}

int push_speculative(struct venv *env, uint32_t insn_idx, uint32_t prev_idx)
{
	int err = push_branch(env, insn_idx, prev_idx);

	if (!err)
		env->stack[env->stack_len - 1].st->speculative = 1;
	return err;
}

static int pop_branch(struct venv *env, uint32_t *insn_idx, uint32_t *prev_idx)
{
	struct stack_elem *e;

	if (!env->stack_len)
		return -ENOENT;
	e = &env->stack[--env->stack_len];
	trail_restore(env, e->trail_pos);
	vstate_free(env->cur);
	env->cur = e->st;
	*insn_idx = e->insn_idx;
	*prev_idx = e->prev_insn_idx;
	if (env->log_level == 1)
		vlog_reset(env, e->log_pos);
	return 0;
}

/* The state a walk starts from: the main program gets the context in r1;
 * a global function gets what its BTF prototype promises. */
static struct vstate *initial_state(struct venv *env, int sp, const struct func_args *a)
{
	struct vstate *st = vstate_new();
	struct func_state *f;

	if (!st)
		return NULL;
	f = func_state_new(0, -1, sp);
	if (!f) {
		free(st);
		return NULL;
	}
	st->frame[0] = f;
	st->curframe = 0;
	if (!sp) {
		reg_mark_ptr(&f->regs[1], PTR_TO_CTX);
		f->regs[1].def_insn = -1;
	}
	for (int i = 0; a && i < a->n; i++) {
		struct reg_state *r = &f->regs[i + 1];

		switch (a->kind[i]) {
		case FARG_CTX:
			reg_mark_ptr(r, PTR_TO_CTX);
			break;
		case FARG_ANY:
		case FARG_ARENA:
			reg_mark_unknown(r);
			break;
		case FARG_DYNPTR:
			reg_mark_ptr(r, CONST_PTR_TO_DYNPTR);
			r->u.dynptr_type = DYNPTR_LOCAL; /* whatever kind the caller had */
			r->id = new_id(env);
			break;
		case FARG_BTF:
			reg_mark_ptr(r, PTR_TO_BTF_ID);
			r->flags = a->ptr_flags[i];
			r->u.btf_id = a->btf_id[i];
			r->btf_name = kernel_type_name(env, a->btf_id[i]);
			r->id = new_id(env);
			break;
		case FARG_UNTRUSTED_MEM:
			reg_mark_ptr(r, PTR_TO_MEM);
			r->flags = MEM_RDONLY | PTR_UNTRUSTED;
			r->u.mem_size = 0;
			break;
		case FARG_MEM:
			reg_mark_ptr(r, PTR_TO_MEM);
			r->u.mem_size = a->mem_size[i];
			if (!a->nonnull[i]) {
				r->flags = PTR_MAYBE_NULL;
				r->id = new_id(env);
			}
			break;
		}
		r->def_insn = -1;
	}
	reg_mark_ptr(&f->regs[10], PTR_TO_STACK);
	f->regs[10].def_insn = -1;
	st->first_insn = (int32_t)env->subprogs[sp].start;
	st->last_insn = -1;
	return st;
}

static int check_ld_imm(struct venv *env, const struct bv_insn *insn)
{
	struct reg_state *regs = cur_regs(env), *d;
	int err = check_reg_write(env, insn->dst);

	if (err)
		return err;
	d = &regs[insn->dst];
	env->scratched_regs |= 1u << insn->dst;
	switch (insn->src) {
	case 0:
		reg_mark_known(d, (uint32_t)insn->imm | (uint64_t)(uint32_t)insn[1].imm << 32);
		break;
	case BV_PSEUDO_MAP_FD:
	case BV_PSEUDO_MAP_IDX:
		reg_mark_ptr(d, CONST_PTR_TO_MAP);
		d->u.map = &env->maps[env->prog->insn_map[env->insn_idx]];
		break;
	case BV_PSEUDO_MAP_VALUE:
	case BV_PSEUDO_MAP_IDX_VALUE:
		if (env->maps[env->prog->insn_map[env->insn_idx]].type == BPF_MAP_TYPE_ARENA) {
			/* an __arena global: its user-space address, a number
			 * until a cast makes it an arena pointer */
			reg_mark_unknown(d);
			break;
		}
		reg_mark_ptr(d, PTR_TO_MAP_VALUE);
		d->u.map = &env->maps[env->prog->insn_map[env->insn_idx]];
		d->off = insn[1].imm;
		break;
	case BV_PSEUDO_FUNC: {
		uint32_t target = (uint32_t)((int64_t)env->insn_idx + insn->imm + 1);
		int sp = env->aux[target].subprog;

		/* a callback is named by its BTF: without func_info (no BTF,
		 * or BTF the kernel refused) there is none */
		if (!prog_has_func_info(env))
			return verr(env, -EINVAL, "missing btf func_info");
		if (!subprog_is_static(env, sp))
			return verr(env, -EINVAL, "callback function not static");
		if (sp == 0)
			return verr(env, -EINVAL, "callback function cannot be the main program");
		reg_mark_ptr(d, PTR_TO_FUNC);
		d->u.subprog = (uint32_t)env->aux[target].subprog;
		break;
	}
	case BV_PSEUDO_BTF_ID:
		return unsupported(env, "ksym variables (ld_imm64 with BPF_PSEUDO_BTF_ID) are not modelled yet");
	default:
		return verr(env, -EINVAL, "unrecognized bpf_ld_imm64 insn");
	}
	d->def_insn = (int32_t)env->insn_idx;
	return 0;
}

static int check_ld_abs(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env);
	int err;

	if (!prog_may_access_skb(env->prog_type))
		return verr(env, -EINVAL, "BPF_LD_[ABS|IND] instructions not allowed for this program type");
	err = check_reg_read(env, 6);
	if (err)
		return err;
	/* each reference still held is named before the verdict */
	err = check_ref_leak(env, "BPF_LD_[ABS|IND]");
	if (err)
		return err;
	if (regs[6].type != PTR_TO_CTX)
		return verr(env, -EINVAL, "at the time of BPF_LD_ABS|IND R6 != pointer to skb");
	if (f->op == BV_OP_LD_IND) {
		err = check_reg_read(env, insn->src);
		if (err)
			return err;
	}
	clobber_caller_saved(regs);
	reg_mark_unknown(&regs[0]);
	regs[0].def_insn = (int32_t)env->insn_idx;
	/* the registers read show in the log too */
	env->scratched_regs |= 0x3f | 1u << 6 | (f->op == BV_OP_LD_IND ? 1u << insn->src : 0);
	return 0;
}

/* A failing LD_ABS/LD_IND ends the program with r0 = 0: in a subprogram
 * that is a return to the caller with 0, which the kernel explores first;
 * the load that succeeded goes on at the next instruction later. */
static int ld_abs_early_return(struct venv *env, uint32_t idx, uint32_t *next)
{
	struct reg_state *r0;
	int err = push_branch(env, idx + 1, idx);

	if (err)
		return err;
	r0 = &cur_regs(env)[0];
	reg_mark_known(r0, 0);
	r0->def_insn = (int32_t)idx;
	return check_subprog_exit(env, next);
}

/* One instruction.  *next is where the path goes; *exit is set when the
 * path ended at the program's exit. */
static int do_insn(struct venv *env, bool *path_end)
{
	uint32_t idx = env->insn_idx;
	const struct bv_insn *insn = &env->insns[idx];
	const struct bv_decoded *d = &env->aux[idx].dec;
	const struct bv_form *f = d->form;
	uint8_t cls = BV_CLASS(insn->code);
	char msg[128];
	int err;

	if (d->status != BV_DECODE_OK || !f) {
		bv_insn_kernel_msg(env->insns, env->n, idx, d, msg, sizeof(msg));
		return verr(env, -EINVAL, "%s", msg[0] ? msg : "unknown opcode");
	}
	switch (cls) {
	case BV_ALU:
	case BV_ALU64:
		if (f->op == BV_OP_DIV || f->op == BV_OP_SDIV || f->op == BV_OP_MOD || f->op == BV_OP_SMOD) {
			/* division is a plain scalar op for the verifier */
		}
		env->scratched_regs |= 1u << insn->dst;
		if (f->x)
			env->scratched_regs |= 1u << insn->src;
		err = check_alu(env, insn, f);
		env->insn_idx = idx + 1;
		return err;
	case BV_LDX:
	case BV_ST:
	case BV_STX:
		err = check_load_store(env, insn, f);
		env->insn_idx = idx + 1;
		return err;
	case BV_LD:
		if (f->op == BV_OP_LD_IMM64) {
			err = check_ld_imm(env, insn);
			env->insn_idx = idx + 2;
			return err;
		}
		err = check_ld_abs(env, insn, f);
		if (!err && env->cur->curframe) {
			uint32_t next;

			err = ld_abs_early_return(env, idx, &next);
			env->insn_idx = next;
			return err;
		}
		env->insn_idx = idx + 1;
		return err;
	default:
		break;
	}
	/* jumps */
	env->jmps_processed++;
	if (holds_lock(env->cur) &&
	    ((f->op == BV_OP_CALL && insn->imm != 94 /* spin_unlock */) ||
	     (f->op == BV_OP_CALL_KFUNC && !kfunc_under_lock(env, idx))))
		return verr(env, -EINVAL, "function calls are not allowed while holding a lock");
	switch (f->op) {
	case BV_OP_CALL:
		err = check_helper_call(env, insn, idx);
		if (!err && insn->imm == 12 && env->cur->curframe) {
			uint32_t next;

			err = check_tail_call_return(env, idx, &next);
			env->insn_idx = next;
			return err;
		}
		env->insn_idx = idx + 1;
		return err;
	case BV_OP_CALL_LOCAL: {
		uint32_t next = idx;

		err = check_subprog_call(env, insn, &next);
		env->insn_idx = next;
		return err;
	}
	case BV_OP_CALL_KFUNC:
		err = check_kfunc_call(env, insn, idx);
		if (!err && env->threw) {
			/* the path ends at the call, which is where a leak is found */
			env->threw = false;
			err = throw_exit(env);
			*path_end = true;
		}
		env->insn_idx = idx + 1;
		return err;
	case BV_OP_CALLX:
		return verr(env, -EINVAL, "unknown opcode %02x", insn->code);
	case BV_OP_JA:
		env->insn_idx = (uint32_t)((int64_t)idx + (cls == BV_JMP32 ? insn->imm : insn->off) + 1);
		return 0;
	case BV_OP_EXIT:
		if (env->cur->curframe) {
			uint32_t next;

			/* references are checked when the main program exits */
			err = check_subprog_exit(env, &next);
			env->insn_idx = next;
			env->print_from = true;
			return err;
		}
		err = check_ref_leak(env, "BPF_EXIT instruction in main prog");
		if (err)
			return err;
		err = check_return_code(env);
		if (err)
			return err;
		*path_end = true;
		return 0;
	default: {
		uint32_t next = idx + 1;

		err = check_cond_jmp(env, insn, f, &next);
		env->insn_idx = next;
		return err;
	}
	}
}

static int do_check(struct venv *env, uint32_t start)
{
	int64_t prev_idx = -1;

	env->insn_idx = start;
	env->prev_linfo = NULL;
	env->print_from = false;
	env->trail.pos = env->trail.valid_from = 0;
	env->scratched_regs = 0x7ff;
	env->scratched_stack = ~0ull;
	for (;;) {
		bool path_end = false;
		int err;

		if (env->insn_idx >= env->n)
			return verr(env, -EFAULT, "invalid insn idx %u insn_cnt %zu", env->insn_idx, env->n);
		env->cur->insn_idx = env->insn_idx;
		env->cur->last_insn = (int32_t)prev_idx;
		env->prev_insn_idx = prev_idx;
		env->hist_ent_insn = -1;
		if (++env->processed > (long)env->insn_limit) {
			/* raised before the instruction is printed */
			env->err_insn = prev_idx >= 0 ? prev_idx : env->insn_idx;
			return verr(env, -E2BIG, "BPF program is too large. Processed %ld insn", env->processed);
		}
		env->path_steps++;
		if (env->aux[env->insn_idx].prune_point) {
			err = is_state_visited(env, env->insn_idx);
			if (!err && env->nomem)
				err = -ENOMEM;
			if (err < 0)
				return err;
			if (err == 1) {
				if (vlog_on(env)) {
					if (env->print_from)
						vlog(env, "\nfrom %lld to %u%s: safe\n", (long long)prev_idx, env->insn_idx,
						     env->cur->speculative ? " (speculative execution)" : "");
					else
						vlog(env, "%u: safe\n", env->insn_idx);
				}
				goto path_done;
			}
		}
		if (env->aux[env->insn_idx].jmp_point)
			hist_push(env, 0, 0);
		if (env->log_level >= 2 && env->print_from) {
			vlog(env, "\nfrom %lld to %u%s:", (long long)prev_idx, env->insn_idx,
			     env->cur->speculative ? " (speculative execution)" : "");
			log_frame(env, env->cur, env->cur->curframe, true);
			vlog(env, "\n");
			env->print_from = false;
		}
		if (vlog_on(env)) {
			if (env->scratched_regs || env->scratched_stack)
				log_insn_state(env);
			log_insn(env, env->insn_idx);
		}
		env->print_from = false;
		env->aux[env->insn_idx].seen = 1;
		trail_record(env);
		prev_idx = env->insn_idx;
		err = ls_begin_insn(env, env->insn_idx);
		if (err)
			return err;
		err = do_insn(env, &path_end);
		if (env->nomem)
			return -ENOMEM;
		if (err == -EOPNOTSUPP)
			return err;
		if (err >= 0 || (env->cur->speculative && (err == -EPERM || err == -EACCES || err == -EINVAL))) {
			/* what the instruction surely overwrote */
			int e = ls_commit_writes(env);

			if (e)
				return e;
		}
		if (err < 0 && env->cur->speculative && (err == -EPERM || err == -EACCES || err == -EINVAL)) {
			/* the kernel fences a speculative path instead of
			 * rejecting the program (6.17+) */
			env->aux[prev_idx].nospec = 1;
			env->aux[prev_idx].alu_state = 0;
			env->msg[0] = '\0';
			env->err_insn = -1;
			goto path_done;
		}
		if (err < 0)
			return err;
		if (!path_end)
			continue;
path_done:
		env->scratched_regs = 0x7ff;
		env->scratched_stack = ~0ull;
		update_branch_counts(env, env->cur);
		{
			int e = ls_update(env);

			if (e)
				return e;
		}
		env->cur->parent = NULL; /* released: evicted ancestors may be gone */
		{
			uint32_t p32;

			if (pop_branch(env, &env->insn_idx, &p32) == -ENOENT) {
				/* at level 1 the kernel keeps only a failing
				 * path: a program that passes leaves no lines */
				if (env->log_level == 1)
					vlog_reset(env, 0);
				return 0;
			}
			prev_idx = p32;
		}
		env->print_from = true;
	}
}

static int round_up(int v, int a)
{
	return (v + a - 1) / a * a;
}

/* Program types whose subprograms the x86-64 JIT may give a stack of
 * their own ("private stack"), outside the 512 bytes of the call chain. */
static bool priv_stack_ok(const struct venv *env)
{
	if (env->prog_type != 2 && env->prog_type != 5 && env->prog_type != 7 && env->prog_type != 17)
		return false; /* kprobe, tracepoint, perf_event, raw_tracepoint */
	for (int i = 0; i < env->n_subprogs; i++)
		if (env->subprogs[i].has_tail_call)
			return false;
	return true;
}


static bool is_throw(struct venv *env, uint32_t i)
{
	const struct bv_insn *in = &env->insns[i];
	const struct kfunc_info *kf;

	if (in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_KFUNC_CALL || in->off)
		return false;
	kf = kfunc_info(kfunc_name_at(env, i));
	return kf && kf->special == KS_THROW;
}

/* The deepest chain of calls (callbacks included) must fit in 512 bytes of
 * stack, each frame rounded up to 16 bytes as the JIT lays it out; a
 * function of 64 bytes or more of a tracing program gets a private stack
 * instead, which must fit on its own.  The same walk finds what exceptions
 * forbid: bpf_throw anywhere under a callback, a direct call of the
 * exception callback. */
static int check_max_stack(struct venv *env, int sp, int depth, int frames, bool in_cb)
{
	const struct subprog *me = &env->subprogs[sp];
	int here = round_up(me->stack_depth, 16);

	in_cb = in_cb || me->is_callback || me->is_async_cb;

	/* a tail call replaces only the calling function's frame: the
	 * callers' frames stay, and up to 33 tail calls could pile them up,
	 * so a function that makes one must be reached with under 256 bytes
	 * of callers' stack (observed: a 320-byte main calling one) */
	if (sp && me->has_tail_call && depth >= 256)
		return verr_prog(env, -EACCES,
				 "tail_calls are not allowed when call stack of previous frames is %d bytes. Too large", depth);
	if (env->priv_stack && here >= 64) {
		if (here > MAX_BPF_STACK)
			return verr_prog(env, -EACCES, "stack size %d(extra %d) is too large", here, 0);
	} else {
		depth += here;
		if (depth > MAX_BPF_STACK)
			return verr_prog(env, -EACCES, "combined stack size of %d calls is %d. Too large", frames, depth);
	}
	for (uint32_t i = env->subprogs[sp].start; i < env->subprogs[sp].end; i++) {
		const struct bv_insn *in = &env->insns[i];
		bool call = in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_CALL;
		bool cb = in->code == (BV_LD | BV_IMM | BV_DW) && in->src == BV_PSEUDO_FUNC;

		if (in_cb && is_throw(env, i))
			return verr_prog(env, -EINVAL, "bpf_throw kfunc (insn %u) cannot be called from callback subprog %d",
					 i, sp);
		if ((call || cb) && env->aux[i].seen) {
			uint32_t t = (uint32_t)((int64_t)i + in->imm + 1);

			for (int s = 0; s < env->n_subprogs; s++) {
				if (env->subprogs[s].start != t)
					continue;
				if (call && env->subprogs[s].is_exception_cb) {
					/* the kernel's line has no newline */
					int e = verr_prog(env, -EINVAL, "insn %u cannot call exception cb directly", i);

					vlog_unput_newline(env);
					return e;
				}
				if (!(cb && env->subprogs[s].is_async_cb)) {
					int err;

					if (frames + 1 > MAX_CALL_FRAMES)
						/* the kernel counts frames from 0 here */
						return verr_prog(env, -E2BIG, "the call stack of %d frames is too deep !",
								 frames);
					err = check_max_stack(env, s, depth, frames + 1, in_cb);
					if (err)
						return err;
				}
			}
		}
	}
	return 0;
}

static void build_maps(struct venv *env)
{
	const struct bv_object *obj = env->obj;

	env->n_maps = obj->n_maps;
	env->maps = calloc(obj->n_maps ? obj->n_maps : 1, sizeof(*env->maps));
	env->metas = calloc(obj->n_maps ? obj->n_maps : 1, sizeof(*env->metas));
	if (!env->maps || !env->metas) {
		free(env->maps);
		free(env->metas);
		env->maps = env->metas = NULL;
		return;
	}
	for (size_t i = 0; i < obj->n_maps; i++) {
		const struct bv_map *m = &obj->maps[i];
		struct vmap *v = &env->maps[i];
		struct bv_map_shape sh;
		uint32_t vt;

		/* the sizes and name the kernel's map has */
		bv_map_kernel_shape(m, &sh);
		v->index = (int)i;
		memcpy(v->kname, sh.name, sizeof(v->kname));
		v->name = v->kname;
		v->type = m->type;
		v->key_size = sh.key_size;
		v->value_size = sh.value_size;
		v->max_entries = sh.max_entries;
		v->map_flags = m->map_flags;
		/* the kernel makes every devmap read-only to programs: they
		 * redirect through it, user space fills it */
		if (m->type == BPF_MAP_TYPE_DEVMAP || m->type == BPF_MAP_TYPE_DEVMAP_HASH)
			v->map_flags |= BPF_F_RDONLY_PROG;
		v->readonly = m->readonly;
		v->readonly_prog = (v->map_flags & BPF_F_RDONLY_PROG) != 0;
		if (m->readonly && m->init) {
			v->data = m->init;
			v->data_size = m->init_size;
		}
		v->inner_of_template = m->is_inner_template;
		/* a map is created without types when the kernel refused the BTF */
		vt = obj->btf_refusal ? 0 : m->btf_value_type_id;
		v->has_btf = vt != 0;
		v->spin_lock_off = btf_struct_field_off(obj, vt, "bpf_spin_lock");
		v->timer_off = btf_struct_field_off(obj, vt, "bpf_timer");
		v->wq_off = btf_struct_field_off(obj, vt, "bpf_wq");
		map_find_kptrs(env, v, vt);
		map_find_graph(env, v, vt);
		if (!graph_rec_valid(v->graph)) {
			/* observed: the map keeps its BTF, but the kernel
			 * knows none of the special fields in its value */
			free(v->graph);
			v->graph = NULL;
			v->graph_refused = 1;
			v->spin_lock_off = v->timer_off = v->wq_off = -1;
			memset(&v->kptrs, 0, sizeof(v->kptrs));
		}
	}
	for (size_t i = 0; i < obj->n_maps; i++) {
		int in = bv_object_map_inner(obj, i);

		/* a lookup in a map of maps yields the kernel's copy of the
		 * inner map's shape, which has no name */
		if (in >= 0 && (size_t)in < obj->n_maps) {
			env->metas[i] = env->maps[in];
			env->metas[i].kname[0] = '\0';
			env->metas[i].name = env->metas[i].kname;
			env->metas[i].inner_of = NULL;
			env->maps[i].inner_of = &env->metas[i];
		}
	}
}

static const char *kfunc_name_cb(void *ctx, size_t idx)
{
	return kfunc_name_at(ctx, (uint32_t)idx);
}

/* The kernel names maps in the log by their name; unnamed maps by none. */
static const char *map_name_cb(void *ctx, size_t idx)
{
	const struct venv *env = ctx;
	int32_t m = env->prog->insn_map ? env->prog->insn_map[idx] : -1;

	return m >= 0 && (size_t)m < env->n_maps ? env->maps[m].name : NULL;
}

static bool subprog_seen(const struct venv *env, int sp)
{
	for (uint32_t i = env->subprogs[sp].start; i < env->subprogs[sp].end; i++)
		if (env->aux[i].seen)
			return true;
	return false;
}

static void print_stats(struct venv *env, bool passed)
{
	if (!vlog_on(env))
		return;
	vlog(env, "verification time %ld usec\n", env->stats_usec);
	vlog(env, "stack depth ");
	for (int i = 0, first = 1; i < env->n_subprogs; i++) {
		if (passed && env->priv && !subprog_seen(env, i))
			continue; /* removed as dead code before the kernel prints this */
		vlog(env, "%s%d", first ? "" : "+", env->subprogs[i].stack_depth);
		first = 0;
	}
	/* a program that throws without a callback of its own gets the
	 * kernel's default one (return the cookie) as a last subprogram */
	if (passed && env->seen_exception && !env->exc_cb)
		vlog(env, "+0");
	vlog(env, "\n");
	vlog(env, "processed %ld insns (limit %ld) max_states_per_insn %ld total_states %ld peak_states %ld mark_read 0\n",
	     env->processed, (long)env->insn_limit, env->max_states_per_insn, env->total_states, env->peak_states);
}

/* Evicted states that paths still hung under when verification stopped
 * are reachable only through those paths' parent chains.  Bit 1 of
 * `retired` says evicted, bit 2 says this walk has been here. */
static void free_retired(struct venv *env)
{
	struct vstate **v = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i <= env->stack_len; i++) {
		struct vstate *st = i < env->stack_len ? env->stack[i].st : env->cur;

		/* Chains share their upper parts: stop where an earlier walk went. */
		for (struct vstate *p = st ? st->parent : NULL; p && !(p->retired & 2); p = p->parent) {
			p->retired |= 2;
			if (!(p->retired & 1))
				continue;
			if (n == cap) {
				struct vstate **nv = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof(*v));

				if (!nv)
					break; /* out of memory while cleaning up: leak, do not crash */
				v = nv;
			}
			v[n++] = p;
		}
	}
	for (size_t i = 0; i < n; i++)
		vstate_free(v[i]);
	free(v);
}

/* Forget the remembered states of a finished walk, as the kernel does
 * between the main program and each global function. */
static void free_explored(struct venv *env)
{
	for (size_t i = 0; env->explored && i < env->n; i++) {
		struct explored *e = env->explored[i];

		while (e) {
			struct explored *next = e->next;

			vstate_free(e->st);
			free(e);
			e = next;
		}
		env->explored[i] = NULL;
		if (env->bucket_cnt)
			env->bucket_cnt[i] = 0;
	}
	/* cur_states is not reset: the kernel's count of remembered states
	 * (and so peak_states) carries over to the next walk */
	for (size_t i = 0; i < env->n_visits; i++)
		env->visits[i].entry = NULL;
}

static void env_free(struct venv *env)
{
	free_retired(env);
	for (size_t i = 0; i < env->stack_len; i++)
		vstate_free(env->stack[i].st);
	free(env->stack);
	free_explored(env);
	free(env->explored);
	free(env->bucket_cnt);
	for (size_t i = 0; i < env->n_visits; i++) {
		for (size_t j = 0; j < env->visits[i].n_be; j++)
			vstate_free(env->visits[i].be[j].st);
		free(env->visits[i].be);
	}
	free(env->visits);
	for (size_t i = 0; i < env->n_deferred; i++)
		vstate_free(env->deferred[i]);
	free(env->deferred);
	vstate_free(env->cur);
	ls_free(env);
	free(env->aux);
	free(env->subprogs);
	graph_free(env);
	free(env->maps);
	free(env->metas);
	free(env->trail.ring);
}

static long usec_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (t1.tv_sec - t0->tv_sec) * 1000000L + (t1.tv_nsec - t0->tv_nsec) / 1000;
}

static bool license_gpl(const char *l)
{
	static const char *const ok[] = { "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
					  "Dual MIT/GPL", "Dual MPL/GPL" };

	if (!l)
		return false;
	for (size_t i = 0; i < BV_ARRAY_SIZE(ok); i++)
		if (!strcmp(l, ok[i]))
			return true;
	return false;
}

/* may_goto keeps its loop budget on the stack of the function using it:
 * a count and, where the JIT times loops (x86-64), a start time. */
static void account_may_goto(struct venv *env)
{
	for (int sp = 0; sp < env->n_subprogs; sp++) {
		struct subprog *s = &env->subprogs[sp];

		for (uint32_t i = s->start; i < s->end; i++)
			if (env->insns[i].code == (BV_JMP | BV_JCOND) && env->aux[i].seen) {
				s->stack_depth = round_up(s->stack_depth, 8) + 2 * BPF_REG_SIZE;
				break;
			}
	}
}

/* The kernel inlines a bpf_loop call whose flags were always 0 and whose
 * callback was always the same, and the inlined loop keeps three values on
 * the caller's stack: its "stack depth" shows them. */
static void account_inlined_loops(struct venv *env)
{
	for (int sp = 0; sp < env->n_subprogs; sp++) {
		struct subprog *s = &env->subprogs[sp];

		for (uint32_t i = s->start; i < s->end; i++)
			if (env->aux[i].loop_inline_init && env->aux[i].loop_inline_ok) {
				s->stack_depth = round_up(s->stack_depth, 8) + 3 * BPF_REG_SIZE;
				break;
			}
	}
}

/* Each global function a verified call reached, on its own, until no new
 * one is reached: the order and the lines are the kernel's. */
static int check_globals(struct venv *env)
{
	int progress = 1;

	while (progress) {
		progress = 0;
		for (int sp = 1; sp < env->n_subprogs; sp++) {
			struct subprog *s = &env->subprogs[sp];
			struct func_args a;
			int r;

			if (!s->is_global || !s->called || s->verified)
				continue;
			free_explored(env);
			vstate_free(env->cur);
			env->cur = NULL;
			if (env->log_level >= 1)
				vlog(env, "Validating %s() func#%d...\n", s->name, sp);
			r = global_func_args(env, sp, &a);
			if (!r && sp == env->exc_cb)
				r = check_exception_cb_args(env, &a);
			/* what the prototype lacks, said last, is the error */
			if (r == -EINVAL && !env->msg[0] && env->detail[0]) {
				snprintf(env->msg, sizeof(env->msg), "%s", env->detail);
				env->err_insn = -1;
			}
			if (r)
				return r;
			env->cur = initial_state(env, sp, &a);
			if (!env->cur)
				return -ENOMEM;
			r = do_check(env, s->start);
			if (r)
				return r;
			if (env->log_level >= 1)
				vlog(env, "Func#%d ('%s') is safe for any args that match its prototype\n", sp, s->name);
			s->verified = 1;
			progress = 1;
		}
	}
	return 0;
}

int bv_verify(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_opts *opts,
	      struct bv_verify_result *res, struct bv_error *err)
{
	struct venv env;
	struct timespec t0;
	bool passed = false; /* the walk and the checks after it */
	int r;

	memset(res, 0, sizeof(*res));
	res->error_insn = -1;
	if (!prog || !prog->insns || !prog->n_insns)
		return bv_error_set(err, -EINVAL, "%s: program has no instructions", prog ? prog->name : "?");
	if (prog->link_error)
		return bv_error_set(err, -EINVAL, "%s: cannot be verified: %s", prog->name,
				    prog->link_msg ? prog->link_msg : "not linked");
	/* the kernel would be asked for a type too: say so, as `bpfvet kernel` does */
	if (!prog->type)
		return bv_error_set(err, -EINVAL, "program '%s': section '%s' names no program type; pass --type TYPE",
				    prog->name, prog->section ? prog->section : "?");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&env, 0, sizeof(env));
	env.obj = obj;
	env.prog = prog;
	env.insns = prog->insns;
	env.n = prog->n_insns;
	env.prog_type = prog->type;
	env.attach_type = prog->expected_attach_type;
	env.gpl = license_gpl(obj->license);
	env.priv = !(opts && opts->unprivileged);
	env.log_level = opts ? opts->log_level : 0;
	env.insn_limit = opts && opts->insn_limit ? opts->insn_limit : 1000000;
	env.err_insn = -1;
	env.arena = -1;
	env.all_precise = !env.priv;
	env.allow_uninit_stack = env.priv && !(opts && opts->no_uninit_stack_reads);
	env.no_const_key_nonnull = opts && opts->no_const_key_nonnull;
	env.no_untrusted_mem = opts && opts->no_untrusted_mem;
	env.default_trusted = opts && opts->default_trusted;
	env.flex_elem_untrusted = opts && opts->flex_elem_untrusted;
	env.no_lsm_retval_range = opts && opts->no_lsm_retval_range;
	env.no_private_stack = opts && opts->no_private_stack;
	env.possible_cpus = opts ? opts->possible_cpus : 0;
	env.ctx = ctx_layout_for(env.prog_type, env.attach_type);
	env.aux = calloc(env.n, sizeof(*env.aux));
	env.explored = calloc(env.n, sizeof(*env.explored));
	env.bucket_cnt = calloc(env.n ? env.n : 1, sizeof(*env.bucket_cnt));
	build_maps(&env);
	if (opts && opts->record_steps) {
		env.trail.cap = opts->record_steps;
		env.trail.ring = malloc((size_t)env.trail.cap * sizeof(*env.trail.ring));
	}
	if (!env.aux || !env.explored || !env.bucket_cnt || !env.maps || (opts && opts->record_steps && !env.trail.ring)) {
		env_free(&env);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	env.names = bv_prog_disasm_names(prog);
	env.names.map_name = map_name_cb;
	env.names.kfunc_name = kfunc_name_cb; /* the callbacks take the venv, not the program */
	env.names.ctx = &env;
	env.names.helper_names = 1;
	/* tracing and struct_ops contexts come from the attach target, which is
	 * looked up after the subprograms are found, as the kernel does
	 * (check_structure, struct_ops_init); a syscall program's context is a
	 * plain buffer */
	if (!btf_ctx_modelled(&env) && env.prog_type != BV_PROG_STRUCT_OPS && !env.ctx && env.prog_type != 31) {
		r = unsupported(&env, "program type %u is not modelled", env.prog_type);
		goto done;
	}
	r = check_structure(&env);
	if (!r && env.prog_type == BV_PROG_STRUCT_OPS)
		r = struct_ops_init(&env);
	if (!r) {
		compute_live_regs(&env);
		r = compute_scc(&env);
		if (!r)
			r = ls_init(&env);
	}
	if (!r) {
		mark_global_subprogs(&env);
		/* verified after the main program though nothing calls it */
		if (env.exc_cb)
			env.subprogs[env.exc_cb].called = 1;
		log_live_regs(&env);
		mark_fastcall_patterns(&env);
		log_main_args(&env);
		env.cur = initial_state(&env, 0, NULL);
		if (!env.cur)
			r = -ENOMEM;
		else
			r = do_check(&env, 0);
	}
	if (!r)
		r = check_globals(&env);
	if (!r) {
		/* may lower a stack depth: before the combined depth is checked */
		remove_fastcall_pairs(&env);
		env.priv_stack = !env.no_private_stack && priv_stack_ok(&env);
		/* a timer callback and the exception callback run on stacks of
		 * their own; the kernel looks at them first, last one first */
		for (int s = env.n_subprogs - 1; !r && s >= 0; s--)
			if (!s || env.subprogs[s].is_async_cb)
				r = check_max_stack(&env, s, 0, 1, false);
	}
	if (!r) {
		account_inlined_loops(&env);
		account_may_goto(&env);
		/* the dead code is gone from here on (stack depths too) */
		passed = true;
		r = check_jit_split(&env);
	}
done:
	env.stats_usec = usec_since(&t0);
	/* no verdict was reached: no statistics that would look like one */
	if (r != -EOPNOTSUPP)
		print_stats(&env, passed);
	res->accepted = r == 0;
	res->err = r;
	res->unsupported = r == -EOPNOTSUPP;
	res->error_insn = r ? env.err_insn : -1;
	if (r) {
		const char *m = r == -EOPNOTSUPP ? env.unsupported : env.msg;

		res->message = bv_strdup(m[0] ? m : "rejected");
		if (r != -EOPNOTSUPP && env.detail[0])
			res->detail = bv_strdup(env.detail);
	}
	if (r && r != -EOPNOTSUPP && record_result(&env, res))
		r = -ENOMEM;
	for (int i = 0; i < env.n_subprogs && i < 16; i++) {
		res->funcs[i].start = env.subprogs[i].start;
		res->funcs[i].stack = env.subprogs[i].stack_depth;
		res->n_funcs = i + 1;
	}
	res->stats.processed_insns = env.processed;
	res->stats.total_states = env.total_states;
	res->stats.peak_states = env.peak_states;
	res->stats.max_states_per_insn = env.max_states_per_insn;
	res->stats.time_usec = env.stats_usec;
	if (env.log.data) {
		res->log = env.log.data;
		res->log_len = env.log.len;
		env.log.data = NULL;
	}
	env_free(&env);
	if (r == -ENOMEM)
		return bv_error_set(err, -ENOMEM, "out of memory");
	return 0;
}

void bv_verify_result_free(struct bv_verify_result *res)
{
	if (!res)
		return;
	free(res->message);
	free(res->detail);
	free(res->log);
	free(res->steps);
	memset(res, 0, sizeof(*res));
}
