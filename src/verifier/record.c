/* What the verifier keeps for explanations: the register file before each
 * step of the path being walked, so that when the walk fails the steps
 * that led there can be read back.  Pushed branches remember how long the
 * path was; popping one cuts the path back to that length.  The ring keeps
 * the last `cap` steps; a path longer than that loses its beginning, and
 * says so. */
#include <stdlib.h>
#include <string.h>

#include "verifier/verifier.h"

static enum bv_reg_kind reg_kind(int type)
{
	switch (type) {
	case NOT_INIT: return BV_REG_NOT_INIT;
	case SCALAR_VALUE: return BV_REG_SCALAR;
	case PTR_TO_CTX: return BV_REG_CTX;
	case PTR_TO_STACK: return BV_REG_STACK;
	case CONST_PTR_TO_MAP: return BV_REG_MAP_PTR;
	case PTR_TO_MAP_VALUE: return BV_REG_MAP_VALUE;
	case PTR_TO_MAP_KEY: return BV_REG_MAP_KEY;
	case PTR_TO_PACKET: return BV_REG_PKT;
	case PTR_TO_PACKET_META: return BV_REG_PKT_META;
	case PTR_TO_PACKET_END: return BV_REG_PKT_END;
	case PTR_TO_MEM: return BV_REG_MEM;
	default: return BV_REG_OTHER;
	}
}

void export_reg(const struct venv *env, const struct reg_state *r, struct bv_vreg *out)
{
	memset(out, 0, sizeof(*out));
	out->kind = reg_kind(r->type);
	reg_type_name(r->type, r->flags, out->type, sizeof(out->type));
	out->maybe_null = (r->flags & PTR_MAYBE_NULL) != 0;
	out->precise = r->precise;
	out->off = r->off;
	out->smin = r->smin;
	out->smax = r->smax;
	out->umin = r->umin;
	out->umax = r->umax;
	out->var_value = r->var_off.value;
	out->var_mask = r->var_off.mask;
	out->id = r->id;
	out->map = -1;
	out->frameno = (int)r->frameno;
	out->def_insn = r->def_insn;
	out->bound_insn = r->bound_insn;
	out->stale_insn = r->type == SCALAR_VALUE ? r->stale_insn : -1;
	switch (r->type) {
	case CONST_PTR_TO_MAP: case PTR_TO_MAP_VALUE: case PTR_TO_MAP_KEY:
		if (r->u.map) {
			out->map = r->u.map->index;
			out->size = r->type == PTR_TO_MAP_KEY ? r->u.map->key_size : r->u.map->value_size;
		}
		break;
	case PTR_TO_PACKET: case PTR_TO_PACKET_META:
		out->size = r->u.range > 0 ? (uint32_t)r->u.range : 0;
		break;
	case PTR_TO_MEM:
		out->size = r->u.mem_size;
		break;
	default:
		break;
	}
	(void)env;
}

void trail_record(struct venv *env)
{
	struct trail *t = &env->trail;
	struct trail_step *s;
	const struct vstate *st = env->cur;

	if (!t->ring)
		return;
	s = &t->ring[t->pos % t->cap];
	s->insn = env->insn_idx;
	s->frame = st->curframe;
	memcpy(s->regs, st->frame[st->curframe]->regs, sizeof(s->regs));
	t->pos++;
	if (t->pos > t->cap && t->valid_from < t->pos - t->cap)
		t->valid_from = t->pos - t->cap;
}

void trail_restore(struct venv *env, uint64_t pos)
{
	struct trail *t = &env->trail;

	if (pos < t->pos)
		t->pos = pos;
	if (t->valid_from > t->pos)
		t->valid_from = t->pos;
}

/* The failing path's steps and the failing frame's stack, into the result. */
int record_result(struct venv *env, struct bv_verify_result *res)
{
	struct trail *t = &env->trail;
	uint64_t from;

	if (!t->ring || !env->cur)
		return 0;
	from = t->valid_from;
	if (t->pos > t->cap && from < t->pos - t->cap)
		from = t->pos - t->cap;
	res->n_steps = (size_t)(t->pos - from);
	res->steps_truncated = from > 0;
	if (res->n_steps) {
		res->steps = malloc(res->n_steps * sizeof(*res->steps));
		if (!res->steps) {
			res->n_steps = 0;
			return -1;
		}
		for (size_t i = 0; i < res->n_steps; i++) {
			const struct trail_step *s = &t->ring[(from + i) % t->cap];

			res->steps[i].insn = s->insn;
			res->steps[i].frame = s->frame;
			for (int r = 0; r < MAX_BPF_REG; r++)
				export_reg(env, &s->regs[r], &res->steps[i].r[r]);
		}
	}
	{
		const struct func_state *f = env->cur->frame[env->cur->curframe];

		res->stack_size = f->allocated_stack < 512 ? f->allocated_stack : 512;
		for (int i = 0; i < res->stack_size; i++) {
			/* byte i is fp-(i+1): slot i / 8, type[i % 8] (as the kernel numbers them) */
			uint8_t k = f->stack[i / BPF_REG_SIZE].type[i % BPF_REG_SIZE];

			res->stack[i] = k == STACK_INVALID ? BV_STACK_INVALID : k == STACK_SPILL ? BV_STACK_SPILL :
					k == STACK_MISC ? BV_STACK_MISC : k == STACK_ZERO ? BV_STACK_ZERO :
					BV_STACK_OTHER;
		}
	}
	return 0;
}
