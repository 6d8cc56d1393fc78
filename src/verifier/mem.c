/* Memory: loads, stores and atomics through every kind of pointer, and
 * the regions helpers read or write.
 *
 * The stack is tracked byte by byte: a byte holds part of a spilled
 * register, unknown data ("misc"), a known zero, or nothing yet.  Map
 * values, packets and memory returned by helpers are checked against their
 * size with the pointer's whole range of offsets; the context is checked
 * field by field against the program type's layout (ctx.c). */
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

#define MAX_VAR_OFF (1 << 29)

static int size_bytes(uint8_t code)
{
	switch (BV_SIZE(code)) {
	case BV_B: return 1;
	case BV_H: return 2;
	case BV_W: return 4;
	default: return 8;
	}
}

/* How many bits the value can need. */
static int reg_width(const struct reg_state *r)
{
	return r->umax ? 64 - __builtin_clzll(r->umax) : 0;
}

static void tnum_str(char *buf, size_t size, struct tnum t)
{
	tnum_sbin(buf, (unsigned)size, t);
}

/* The variable part of an offset in alignment messages: a known one as a
 * number. */
void var_off_str(char *buf, size_t size, struct tnum t)
{
	if (tnum_is_const(t))
		snprintf(buf, size, "%lld", (long long)t.value);
	else
		tnum_sbin(buf, (unsigned)size, t);
}

/* Truncate a scalar to `size` bytes, zero-extended.  A 4-byte
 * truncation keeps the 32-bit bounds, which describe those bytes. */
void coerce_to_size(struct reg_state *r, int size)
{
	uint64_t mask;

	if (size >= 8)
		return;
	mask = (1ull << (size * 8)) - 1;
	r->var_off = tnum_cast(r->var_off, (unsigned)size);
	if ((r->umin & ~mask) == (r->umax & ~mask)) {
		r->umin &= mask;
		r->umax &= mask;
	} else {
		r->umin = 0;
		r->umax = mask;
	}
	r->smin = (int64_t)r->umin;
	r->smax = (int64_t)r->umax;
	if (size < 4) {
		r->s32_min = INT32_MIN;
		r->s32_max = INT32_MAX;
		r->u32_min = 0;
		r->u32_max = UINT32_MAX;
	}
	reg_bounds_sync(r);
}

/* ---- the stack ---- */

static struct func_state *stack_frame(struct venv *env, const struct reg_state *r)
{
	return env->cur->frame[r->frameno];
}

void mark_stack_scratched(struct venv *env, int spi)
{
	if (spi >= 0 && spi < 64)
		env->scratched_stack |= 1ull << spi;
}

/* Bytes [min_off, max_off) of the frame, relative to fp, can be touched. */
static int stack_bounds(struct venv *env, int regno, const struct reg_state *r, int off, int size, bool write,
			const char *extra)
{
	int64_t min_off, max_off;
	int err = 0;
	struct func_state *f = stack_frame(env, r);

	if (tnum_is_const(r->var_off)) {
		min_off = (int64_t)r->var_off.value + off;
		max_off = min_off + size;
	} else {
		if (r->smax >= MAX_VAR_OFF || r->smin <= -MAX_VAR_OFF)
			return verr(env, -EACCES, "invalid unbounded variable-offset%s stack R%d", extra, regno);
		min_off = r->smin + off;
		max_off = r->smax + off + size;
	}
	{
		int64_t lowest = (write || env->allow_uninit_stack) ? -MAX_BPF_STACK : -f->allocated_stack;

		if (min_off < lowest || min_off > -1)
			err = -EACCES;
	}
	if (!err && max_off > 0)
		err = -EINVAL;
	if (!err && size < 0)
		err = -EINVAL;
	if (err) {
		if (tnum_is_const(r->var_off))
			return verr(env, err, "invalid%s stack R%d off=%d size=%d", extra, regno, off, size);
		{
			char tn[48];

			tnum_str(tn, sizeof(tn), r->var_off);
			return verr(env, err, "invalid variable-offset%s stack R%d var_off=%s off=%d size=%d", extra,
				    regno, tn, off, size);
		}
	}
	if (vstate_grow_stack(f, (int)-min_off))
		return -ENOMEM;
	/* the kernel counts whole 8-byte slots ("stack depth 8" for fp-1) */
	if (f->subprog >= 0 && f->subprog < env->n_subprogs &&
	    env->subprogs[f->subprog].stack_depth < (int)((-min_off + 7) & ~7))
		env->subprogs[f->subprog].stack_depth = (int)((-min_off + 7) & ~7);
	return 0;
}

/* Slots covered by fp-relative bytes [lo, hi). */
static uint64_t slot_mask(int64_t lo, int64_t hi)
{
	uint64_t m = 0;

	for (int64_t b = lo; b < hi; b++) {
		int64_t spi = (-b - 1) / BPF_REG_SIZE;

		if (spi >= 0 && spi < 64)
			m |= 1ull << spi;
	}
	return m;
}

static bool is_spilled(const struct stack_slot *s)
{
	return s->type[BPF_REG_SIZE - 1] == STACK_SPILL;
}

static bool is_spilled_scalar(const struct stack_slot *s)
{
	return is_spilled(s) && s->spilled->type == SCALAR_VALUE;
}

static int save_spill(struct stack_slot *s, const struct reg_state *r, int size, bool priv)
{
	struct reg_state *sp = slot_reg(s);
	int i;

	if (!sp)
		return -ENOMEM;
	*sp = *r;
	for (i = BPF_REG_SIZE; i > BPF_REG_SIZE - size; i--)
		s->type[i - 1] = STACK_SPILL;
	for (; i; i--) {
		uint8_t *t = &s->type[i - 1];

		if (*t == STACK_ZERO || (priv && *t == STACK_INVALID))
			continue;
		*t = STACK_MISC;
	}
	return 0;
}

static bool is_spillable(const struct reg_state *r)
{
	switch (r->type) {
	case NOT_INIT:
	case SCALAR_VALUE:
		return false;
	default:
		return true;
	}
}

static bool is_slice_of(const struct reg_state *r, uint32_t dynptr_id)
{
	return r->type == PTR_TO_MEM && r->dynptr_id == dynptr_id;
}

/* A write over one slot of a bpf_dynptr destroys the whole dynptr, unless
 * it holds a reference (a ring buffer reservation), which must be released
 * through a helper. */
int destroy_dynptr(struct venv *env, struct func_state *f, int spi)
{
	if (spi < 0 || spi >= f->allocated_stack / BPF_REG_SIZE || f->stack[spi].type[0] != STACK_DYNPTR)
		return 0;
	if (!f->stack[spi].dynptr_first)
		spi++;
	if (spi >= f->allocated_stack / BPF_REG_SIZE || spi < 1)
		return 0;
	if (f->stack[spi].dynptr_type == DYNPTR_RINGBUF)
		return verr(env, -EINVAL, "cannot overwrite referenced dynptr");
	/* its slices die with it, wherever they are kept */
	if (slot_peek(&f->stack[spi])->id)
		invalidate_regs(env, is_slice_of, slot_peek(&f->stack[spi])->id);
	mark_stack_scratched(env, spi);
	mark_stack_scratched(env, spi - 1);
	ls_mark_write(env, f->frameno, 3ull << (spi - 1));
	for (int s = spi - 1; s <= spi; s++) {
		memset(f->stack[s].type, STACK_INVALID, BPF_REG_SIZE);
		slot_drop(&f->stack[s]);
		f->stack[s].dynptr_type = DYNPTR_NONE;
		f->stack[s].dynptr_first = 0;
	}
	return 0;
}

static int stack_write_fixed(struct venv *env, struct func_state *f, int off, int size, int value_regno,
			     const struct bv_insn *insn)
{
	int slot = -off - 1, spi = slot / BPF_REG_SIZE;
	struct stack_slot *s = &f->stack[spi];
	struct reg_state *r = value_regno >= 0 ? &cur_regs(env)[value_regno] : NULL;
	bool is_st = BV_CLASS(insn->code) == BV_ST;

	int err;

	if (!env->priv && is_spilled(s) && !is_spilled_scalar(s) && size != BPF_REG_SIZE)
		return verr(env, -EACCES, "attempt to corrupt spilled pointer on stack");
	err = destroy_dynptr(env, f, spi);
	if (err)
		return err;
	fastcall_stack_access(env, f->subprog, env->insn_idx, off);
	mark_stack_scratched(env, spi);
	/* only a whole slot written ends what was there before */
	if (size == BPF_REG_SIZE && !(off % BPF_REG_SIZE))
		ls_mark_write(env, f->frameno, 1ull << spi);
	if (r && !(off % BPF_REG_SIZE) && r->type == SCALAR_VALUE && env->priv) {
		bool fits = reg_width(r) <= 8 * size;

		if (fits)
			assign_scalar_id(env, r);
		if (save_spill(s, r, size, env->priv))
			return -ENOMEM;
		if (!fits)
			slot_reg(s)->id = 0; /* save_spill made it: its own */
		hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
	} else if (!r && !(off % BPF_REG_SIZE) && is_st && env->priv) {
		struct reg_state k;

		memset(&k, 0, sizeof(k));
		reg_mark_known(&k, (uint64_t)(int64_t)insn->imm);
		k.def_insn = (int32_t)env->insn_idx;
		if (save_spill(s, &k, size, env->priv))
			return -ENOMEM;
		hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
	} else if (r && is_spillable(r)) {
		if (size != BPF_REG_SIZE)
			return verr(env, -EACCES, "invalid size of register spill");
		if (f != cur_frame(env) && r->type == PTR_TO_STACK)
			return verr(env, -EINVAL, "cannot spill pointers to stack into stack frame of the caller");
		if (save_spill(s, r, size, env->priv))
			return -ENOMEM;
		hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
	} else {
		uint8_t type = STACK_MISC;

		slot_drop(s);
		if (is_spilled(s) || s->type[BPF_REG_SIZE - 1] == STACK_DYNPTR || s->type[BPF_REG_SIZE - 1] == STACK_ITER)
			for (int i = 0; i < BPF_REG_SIZE; i++)
				if (s->type[i] != STACK_INVALID)
					s->type[i] = STACK_MISC;
		if ((r && reg_is_const(r) && r->var_off.value == 0) || (!r && is_st && insn->imm == 0)) {
			/* the zero bytes are only zero if the register is */
			if (r)
				mark_precise(env, value_regno);
			type = STACK_ZERO;
		}
		for (int i = 0; i < size; i++)
			f->stack[spi].type[(slot - i) % BPF_REG_SIZE] = type;
	}
	return 0;
}

/* A write whose offset varies: every byte it may touch becomes unknown
 * data (zeros stay zero when zero is written). */
static int stack_write_var(struct venv *env, struct func_state *f, const struct reg_state *ptr, int off, int size,
			   int value_regno, const struct bv_insn *insn)
{
	int64_t min_off = ptr->smin + off, max_off = ptr->smax + off + size;
	bool writing_zero = false;
	const struct reg_state *r = value_regno >= 0 ? &cur_regs(env)[value_regno] : NULL;

	if (r && reg_is_const(r) && r->var_off.value == 0)
		writing_zero = true;
	if (!r && BV_CLASS(insn->code) == BV_ST && insn->imm == 0)
		writing_zero = true;
	fastcall_stack_access(env, f->subprog, env->insn_idx, (int)min_off);
	for (int64_t i = min_off; i < max_off; i++) {
		int slot = (int)(-i - 1), spi = slot / BPF_REG_SIZE;
		uint8_t *t = &f->stack[spi].type[slot % BPF_REG_SIZE];
		struct stack_slot *s = &f->stack[spi];

		mark_stack_scratched(env, spi);
		if (!env->priv && *t != STACK_MISC && *t != STACK_ZERO)
			return verr(env, -EINVAL, "spilled ptr in range of var-offset stack write; insn %u, ptr off: %d",
				    env->insn_idx, (int)i);
		if (*t == STACK_DYNPTR) {
			int err = destroy_dynptr(env, f, spi);

			if (err)
				return err;
		}
		if (is_spilled(s)) {
			slot_drop(s);
			for (int j = 0; j < BPF_REG_SIZE; j++)
				if (s->type[j] == STACK_SPILL)
					s->type[j] = STACK_MISC;
		}
		if (!(writing_zero && *t == STACK_ZERO))
			*t = STACK_MISC;
	}
	return 0;
}

static int stack_read_fixed(struct venv *env, struct func_state *f, int off, int size, int dst)
{
	int slot = -off - 1, spi = slot / BPF_REG_SIZE;
	struct stack_slot *s = &f->stack[spi];
	struct reg_state *regs = cur_regs(env);
	const struct reg_state *sp = slot_peek(s);

	fastcall_stack_access(env, f->subprog, env->insn_idx, off);
	mark_stack_scratched(env, spi);
	if (ls_mark_read(env, f->frameno, 1ull << spi))
		return -ENOMEM;
	if (is_spilled(s)) {
		int spill_size = 1;

		for (int i = BPF_REG_SIZE - 1; i > 0 && s->type[i - 1] == STACK_SPILL; i--)
			spill_size++;
		if (size != BPF_REG_SIZE || spill_size != BPF_REG_SIZE) {
			if (sp->type != SCALAR_VALUE)
				return verr(env, -EACCES, "invalid size of register fill");
			if (dst < 0)
				return 0;
			if (size <= spill_size && !(off % BPF_REG_SIZE)) {
				regs[dst] = *sp;
				if (reg_width(sp) > size * 8)
					regs[dst].id = 0;
				hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
			} else {
				int spills = 0, zeros = 0;

				for (int i = 0; i < size; i++) {
					uint8_t t = s->type[(slot - i) % BPF_REG_SIZE];

					if (t == STACK_SPILL) {
						spills++;
						continue;
					}
					if (t == STACK_MISC)
						continue;
					if (t == STACK_ZERO) {
						zeros++;
						continue;
					}
					if (t == STACK_INVALID && env->allow_uninit_stack)
						continue;
					return verr(env, -EACCES, "invalid read from stack off %d+%d size %d", off, i, size);
				}
				if (spills == size && reg_is_const(sp) && sp->var_off.value == 0) {
					reg_mark_known(&regs[dst], 0);
					hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
				} else if (zeros == size) {
					reg_mark_known(&regs[dst], 0);
				} else {
					reg_mark_unknown(&regs[dst]);
				}
			}
		} else if (dst >= 0) {
			regs[dst] = *sp;
			hist_push(env, HIST_STACK | (uint32_t)f->frameno << 8 | (uint32_t)spi, 0);
		} else if (!env->priv && reg_is_pointer(sp)) {
			return verr(env, -EACCES, "leaking pointer from stack off %d", off);
		}
	} else {
		int zeros = 0;

		for (int i = 0; i < size; i++) {
			uint8_t t = s->type[(slot - i) % BPF_REG_SIZE];

			if (t == STACK_MISC)
				continue;
			if (t == STACK_ZERO) {
				zeros++;
				continue;
			}
			if (t == STACK_INVALID && env->allow_uninit_stack)
				continue;
			return verr(env, -EACCES, "invalid read from stack off %d+%d size %d", off, i, size);
		}
		if (dst >= 0) {
			if (zeros == size)
				reg_mark_known(&regs[dst], 0);
			else
				reg_mark_unknown(&regs[dst]);
		}
	}
	if (dst >= 0)
		regs[dst].def_insn = (int32_t)env->insn_idx;
	return 0;
}

/* Bytes [min_off, max_off) must all be initialised (or the program may
 * read uninitialised stack); the result is unknown unless all are zero. */
static int stack_read_var(struct venv *env, struct func_state *f, int regno, const struct reg_state *ptr, int off,
			  int size, int dst)
{
	int64_t min_off = ptr->smin + off, max_off = ptr->smax + off + size;
	int zeros = 0;
	char tn[48];

	if (ls_mark_read(env, f->frameno, slot_mask(min_off, max_off)))
		return -ENOMEM;
	fastcall_stack_access(env, f->subprog, env->insn_idx, (int)min_off);
	/* the kernel's log shows only the slot of the lowest byte as touched */
	mark_stack_scratched(env, (int)(-min_off - 1) / BPF_REG_SIZE);
	for (int64_t i = min_off; i < max_off; i++) {
		int slot = (int)(-i - 1), spi = slot / BPF_REG_SIZE;
		uint8_t t = f->stack[spi].type[slot % BPF_REG_SIZE];

		if (t == STACK_MISC || t == STACK_SPILL)
			continue;
		if (t == STACK_ZERO) {
			zeros++;
			continue;
		}
		if (t == STACK_INVALID && env->allow_uninit_stack)
			continue;
		tnum_str(tn, sizeof(tn), ptr->var_off);
		return verr(env, -EACCES, "invalid variable-offset read from stack R%d var_off=%s off=%d size=%d", regno,
			    tn, off, size);
	}
	if (dst >= 0) {
		struct reg_state *regs = cur_regs(env);

		if (zeros == max_off - min_off)
			reg_mark_known(&regs[dst], 0);
		else
			reg_mark_unknown(&regs[dst]);
		regs[dst].def_insn = (int32_t)env->insn_idx;
	}
	return 0;
}

/* ---- bounded regions: map values, memory, packets ---- */

static int region_msg(struct venv *env, int regno, const struct reg_state *r, int64_t off, int size,
		      uint32_t mem_size)
{
	switch (r->type) {
	case PTR_TO_MAP_KEY:
		return verr(env, -EACCES, "invalid access to map key, key_size=%u off=%lld size=%d", mem_size,
			    (long long)off, size);
	case PTR_TO_MAP_VALUE:
		return verr(env, -EACCES, "invalid access to map value, value_size=%u off=%d size=%d", mem_size,
			    (int)off, size);
	case PTR_TO_PACKET:
	case PTR_TO_PACKET_META:
	case PTR_TO_PACKET_END:
		return verr(env, -EACCES, "invalid access to packet, off=%d size=%d, R%d(id=%u,off=%d,r=%u)", (int)off,
			    size, regno, r->id, (int)off, mem_size);
	default:
		return verr(env, -EACCES, "invalid access to memory, mem_size=%u off=%d size=%d", mem_size, (int)off,
			    size);
	}
}

/* A spin lock, timer or workqueue in a map value is the kernel's: no load or store
 * may touch it, at any offset the pointer may have. */
static int check_special_fields(struct venv *env, const struct reg_state *r, int off, int size, bool direct)
{
	const struct vmap *m = r->u.map;
	const struct {
		int at, size;
		const char *name;
	} fields[] = {
		{ m ? m->spin_lock_off : -1, 4, "bpf_spin_lock" },
		{ m ? m->timer_off : -1, 16, "bpf_timer" },
		{ m ? m->wq_off : -1, 16, "bpf_wq" },
	};

	for (size_t i = 0; i < BV_ARRAY_SIZE(fields); i++) {
		int64_t p = fields[i].at;

		if (p < 0)
			continue;
		if (r->smin + off < p + fields[i].size && p < (int64_t)r->umax + off + size)
			return verr(env, -EACCES, "%s cannot be accessed directly by load/store", fields[i].name);
	}
	if (check_map_graph_overlap(env, r, off, size))
		return -EACCES;
	return check_kptr_overlap(env, r, off, size, direct);
}

static bool in_region(int64_t off, int size, uint32_t mem_size, bool zero_ok)
{
	bool size_ok = zero_ok ? size >= 0 : size > 0;

	return off >= 0 && size_ok && (uint64_t)off + (uint64_t)size <= mem_size;
}

int check_region(struct venv *env, int regno, int off, int size, uint32_t mem_size, bool zero_ok)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	int err;

	if (r->smin < 0 && (r->smin == INT64_MIN || (int64_t)off + r->smin != (int64_t)(int32_t)(off + r->smin) ||
			    r->smin + off < 0))
		return verr(env, -EACCES,
			    "R%d min value is negative, either use unsigned index or do a if (index >=0) check.",
			    regno);
	if (!in_region(r->smin + off, size, mem_size, zero_ok)) {
		err = region_msg(env, regno, r, r->smin + off, size, mem_size);
		verr(env, err, "R%d min value is outside of the allowed memory range", regno);
		return err;
	}
	if (r->umax >= MAX_VAR_OFF)
		return verr(env, -EACCES, "R%d unbounded memory access, make sure to bounds check any such access",
			    regno);
	if (!in_region((int64_t)r->umax + off, size, mem_size, zero_ok)) {
		err = region_msg(env, regno, r, (int64_t)r->umax + off, size, mem_size);
		verr(env, err, "R%d max value is outside of the allowed memory range", regno);
		return err;
	}
	return 0;
}

static int check_packet(struct venv *env, int regno, int off, int size, bool zero_ok)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	int err;

	if (r->smin < 0)
		return verr(env, -EACCES,
			    "R%d min value is negative, either use unsigned index or do a if (index >=0) check.",
			    regno);
	/* A range learnt against data_end itself (AT_PKT_END, BEYOND_PKT_END) is
	 * negative: such a pointer is at or past the end and nothing reads. */
	if (r->u.range < 0)
		return verr(env, -EACCES, "R%d offset is outside of the packet", regno);
	if (!in_region(off, size, (uint32_t)r->u.range, zero_ok)) {
		err = region_msg(env, regno, r, off, size, r->u.range);
		/* the first line has the numbers: keep it for the explanation */
		vdetail_keep_msg(env);
		verr(env, err, "R%d offset is outside of the packet", regno);
		return err;
	}
	return 0;
}

/* A pointer that must be used as it was handed out. */
int check_ptr_off(struct venv *env, const struct reg_state *r, int regno, bool fixed_ok)
{
	char t[64], tn[48];

	reg_type_str(env, r, t, sizeof(t));
	if (r->off < 0)
		return verr(env, -EACCES, "negative offset %s ptr R%d off=%d disallowed", t, regno, r->off);
	if (!fixed_ok && r->off)
		return verr(env, -EACCES, "dereference of modified %s ptr R%d off=%d disallowed", t, regno, r->off);
	if (!tnum_is_const(r->var_off) || r->var_off.value) {
		tnum_str(tn, sizeof(tn), r->var_off);
		return verr(env, -EACCES, "variable %s access var_off=%s disallowed", t, tn);
	}
	return 0;
}

static int check_alignment(struct venv *env, const struct reg_state *r, int off, int size, bool strict_once)
{
	const char *desc = "";
	bool strict = strict_once;
	struct tnum at;
	char tn[48];

	switch (r->type) {
	case PTR_TO_PACKET:
	case PTR_TO_PACKET_META:
		/* x86 has efficient unaligned access: only atomics care */
		desc = "packet ";
		break;
	case PTR_TO_STACK:
		desc = "stack ";
		strict = true;
		break;
	case PTR_TO_CTX: desc = "context "; break;
	case PTR_TO_MAP_VALUE: desc = "value "; break;
	case PTR_TO_MAP_KEY: desc = "key "; break;
	case PTR_TO_FLOW_KEYS: desc = "flow keys "; break;
	case PTR_TO_SOCKET: desc = "sock "; break;
	case PTR_TO_SOCK_COMMON: desc = "sock_common "; break;
	case PTR_TO_TCP_SOCK: desc = "tcp_sock "; break;
	case PTR_TO_XDP_SOCK: desc = "xdp_sock "; break;
	case PTR_TO_ARENA: return 0;
	default: break;
	}
	if (!strict || size == 1)
		return 0;
	if (r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META) {
		/* packet data starts 2 bytes into a word (NET_IP_ALIGN) */
		at = tnum_add(r->var_off, tnum_const((uint64_t)(int64_t)(2 + r->off + off)));
		if (!tnum_is_aligned(at, (uint64_t)size)) {
			var_off_str(tn, sizeof(tn), r->var_off);
			return verr(env, -EACCES, "misaligned packet access off %d+%s+%d+%d size %d", 2, tn, r->off, off,
				    size);
		}
		return 0;
	}
	at = tnum_add(r->var_off, tnum_const((uint64_t)(int64_t)(r->off + off)));
	if (!tnum_is_aligned(at, (uint64_t)size)) {
		var_off_str(tn, sizeof(tn), r->var_off);
		return verr(env, -EACCES, "misaligned %saccess off %s+%d+%d size %d", desc, tn, r->off, off, size);
	}
	return 0;
}

/* A read of a frozen map's contents is a known value. */
static bool read_frozen(const struct reg_state *ptr, int off, int size, uint64_t *val)
{
	const struct vmap *m = ptr->u.map;
	int64_t at;

	if (!m || !m->readonly || !m->data || !tnum_is_const(ptr->var_off))
		return false;
	at = (int64_t)ptr->var_off.value + off;
	if (at < 0 || (uint64_t)at + (uint64_t)size > m->data_size)
		return false;
	switch (size) {
	case 1: *val = m->data[at]; break;
	case 2: { uint16_t v; memcpy(&v, m->data + at, 2); *val = v; break; }
	case 4: { uint32_t v; memcpy(&v, m->data + at, 4); *val = v; break; }
	default: memcpy(val, m->data + at, 8); break;
	}
	return true;
}

/* The kernel's check_mem_access: one access of `size` bytes at insn off
 * through register regno; value_regno receives a load (or supplies a
 * store; -1 for a store of an immediate or a probe). */
int check_mem_access(struct venv *env, int regno, int off, int size, bool write, int value_regno, bool strict_once,
		     bool sign_ext, const struct bv_insn *insn)
{
	struct reg_state *regs = cur_regs(env), *r = &regs[regno];
	int err;
	char t[64];

	if (r->type != SCALAR_VALUE && (r->flags & PTR_MAYBE_NULL))
		return verr(env, -EACCES, "R%d invalid mem access '%s'", regno, reg_type_str(env, r, t, sizeof(t)));
	err = check_alignment(env, r, off, size, strict_once);
	if (err)
		return err;
	off += r->off;
	if (r->type == PTR_TO_MAP_KEY) {
		if (write)
			return verr(env, -EACCES, "write to change key R%d not allowed", regno);
		err = check_region(env, regno, off, size, r->u.map ? r->u.map->key_size : 0, false);
		if (err)
			return err;
		if (value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_MAP_VALUE) {
		const struct vmap *m = r->u.map;

		if (write && value_regno >= 0 && is_pointer_value(env, value_regno))
			return verr(env, -EACCES, "R%d leaks addr into map", value_regno);
		if (write && m && (m->map_flags & BPF_F_RDONLY_PROG))
			return verr(env, -EACCES, "write into map forbidden, value_size=%u off=%d size=%d", m->value_size,
				    off, size);
		if (!write && m && (m->map_flags & BPF_F_WRONLY_PROG))
			return verr(env, -EACCES, "read from map forbidden, value_size=%u off=%d size=%d", m->value_size,
				    off, size);
		err = check_region(env, regno, off, size, m ? m->value_size : 0, false);
		if (!err)
			err = check_special_fields(env, r, off, size, true);
		if (!err)
			err = check_kptr_access(env, r, off, value_regno, insn);
		if (err < 0)
			return err;
		if (!write && value_regno >= 0 && !err) {
			uint64_t v;

			if (read_frozen(r, off, size, &v))
				reg_mark_known(&regs[value_regno], v);
			else
				reg_mark_unknown(&regs[value_regno]);
			regs[value_regno].def_insn = (int32_t)env->insn_idx;
		}
	} else if (r->type == PTR_TO_MEM) {
		if (write && (r->flags & MEM_RDONLY))
			return verr(env, -EACCES, "R%d cannot write into %s", regno, reg_type_str(env, r, t, sizeof(t)));
		if (r->flags & PTR_UNTRUSTED) { /* faulting loads: any offset reads */
			if (value_regno >= 0)
				mark_reg_unknown(env, regs, value_regno);
			goto loaded;
		}
		if (write && value_regno >= 0 && is_pointer_value(env, value_regno))
			return verr(env, -EACCES, "R%d leaks addr into mem", value_regno);
		err = check_region(env, regno, off, size, r->u.mem_size, false);
		if (err)
			return err;
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_CTX) {
		struct ctx_load ld;

		if (write && value_regno >= 0 && is_pointer_value(env, value_regno))
			return verr(env, -EACCES, "R%d leaks addr into ctx", value_regno);
		err = check_ptr_off(env, r, regno, false);
		if (err)
			return err;
		memset(&ld, 0, sizeof(ld));
		err = ctx_access(env, off, size, write, &ld);
		if (err)
			return err;
		/* A sign-extending load can only give a number: a field the
		 * program type hands out as a pointer is not one. */
		if (sign_ext && ld.type != SCALAR_VALUE)
			return verr(env, -EACCES, "invalid bpf_context access off=%d size=%d", off, size);
		if (!write && value_regno >= 0) {
			struct reg_state *d = &regs[value_regno];

			int lo, hi;

			if (ld.type == SCALAR_VALUE) {
				reg_mark_unknown(d);
				/* an LSM hook's return value so far is in the range
				 * the program's own must be in */
				if (ld.is_retval && lsm_return_range(env, &lo, &hi)) {
					d->s32_min = lo;
					d->s32_max = hi;
					d->smin = lo;
					d->smax = hi;
					reg_bounds_sync(d);
				}
			} else {
				reg_mark_ptr(d, (enum reg_type)ld.type);
				d->flags = ld.flags;
				if (ld.flags & PTR_MAYBE_NULL)
					d->id = new_id(env);
				if (ld.type == PTR_TO_BTF_ID && !ld.btf_id) {
					reg_set_btf(env, d, ld.btf_name);
				} else {
					d->u.btf_id = ld.btf_id;
					d->btf_name = ld.btf_name;
				}
			}
			d->def_insn = (int32_t)env->insn_idx;
		}
	} else if (r->type == PTR_TO_STACK) {
		struct func_state *f;

		err = stack_bounds(env, regno, r, off, size, write, write ? " write to" : " read from");
		if (err)
			return err;
		f = stack_frame(env, r);
		if (tnum_is_const(r->var_off)) {
			int o = off + (int)r->var_off.value;

			err = write ? stack_write_fixed(env, f, o, size, value_regno, insn)
				    : stack_read_fixed(env, f, o, size, value_regno);
		} else {
			if (!env->priv) {
				char tn[48];

				tnum_str(tn, sizeof(tn), r->var_off);
				return verr(env, -EACCES, "R%d variable stack access prohibited for !root, var_off=%s off=%d",
					    regno, tn, off);
			}
			err = write ? stack_write_var(env, f, r, off, size, value_regno, insn)
				    : stack_read_var(env, f, regno, r, off, size, value_regno);
		}
		if (err)
			return err;
	} else if (r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META) {
		if (write && !prog_may_write_packet(env))
			return verr(env, -EACCES, "cannot write into packet");
		if (write && value_regno >= 0 && is_pointer_value(env, value_regno))
			return verr(env, -EACCES, "R%d leaks addr into packet", value_regno);
		err = check_packet(env, regno, off, size, false);
		if (err)
			return err;
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_FLOW_KEYS) {
		if (write && value_regno >= 0 && is_pointer_value(env, value_regno))
			return verr(env, -EACCES, "R%d leaks addr into flow keys", value_regno);
		if (off < 0 || size < 0 || off + size > 56 /* sizeof(struct bpf_flow_keys) */)
			return verr(env, -EACCES, "invalid access to flow keys off=%d size=%d", off, size);
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_SOCKET || r->type == PTR_TO_SOCK_COMMON || r->type == PTR_TO_TCP_SOCK ||
		   r->type == PTR_TO_XDP_SOCK) {
		if (r->flags & PTR_MAYBE_NULL)
			return verr(env, -EACCES, "R%d invalid mem access '%s'", regno, reg_type_str(env, r, t, sizeof(t)));
		if (write)
			return verr(env, -EACCES, "R%d cannot write into %s", regno, reg_type_str(env, r, t, sizeof(t)));
		err = sock_access(env, r, regno, off, size);
		if (err)
			return err;
		if (value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_TP_BUFFER) {
		if (off < 0)
			return verr(env, -EACCES, "R%d invalid tracepoint buffer access: off=%d, size=%d", regno, off, size);
		if (!tnum_is_const(r->var_off) || r->var_off.value) {
			char tn[48];

			tnum_str(tn, sizeof(tn), r->var_off);
			return verr(env, -EACCES, "R%d invalid variable buffer offset: off=%d, var_off=%s", regno, off,
				    tn);
		}
		if (off + size > env->max_tp_access)
			env->max_tp_access = off + size;
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_BTF_ID && !(r->flags & PTR_MAYBE_NULL)) {
		err = btf_ptr_access(env, regs, regno, off, size, write, value_regno);
		if (err)
			return err;
	} else if (r->type == CONST_PTR_TO_MAP) {
		err = map_ptr_access(env, regs, regno, off, size, write, value_regno);
		if (err)
			return err;
	} else if (r->type == PTR_TO_BUF) {
		if (write && (r->flags & MEM_RDONLY))
			return verr(env, -EACCES, "R%d cannot write into %s", regno, reg_type_str(env, r, t, sizeof(t)));
		if (off < 0)
			return verr(env, -EACCES, "R%d invalid %s buffer access: off=%d, size=%d", regno,
				    (r->flags & MEM_RDONLY) ? "rdonly" : "rdwr", off, size);
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else if (r->type == PTR_TO_ARENA) {
		if (!write && value_regno >= 0)
			mark_reg_unknown(env, regs, value_regno);
	} else {
		return verr(env, -EACCES, "R%d invalid mem access '%s'", regno, reg_type_str(env, r, t, sizeof(t)));
	}
loaded:
	if (size < BPF_REG_SIZE && value_regno >= 0 && !write && regs[value_regno].type == SCALAR_VALUE) {
		if (sign_ext)
			coerce_sx64(&regs[value_regno], size);
		else
			coerce_to_size(&regs[value_regno], size);
	}
	if (value_regno >= 0 && !write)
		regs[value_regno].def_insn = (int32_t)env->insn_idx;
	return 0;
}

/* Loads and stores must use one kind of pointer at one instruction on
 * every path: the kernel rewrites context accesses per instruction. */
static int same_ptr_kind(struct venv *env, const struct reg_state *r)
{
	struct insn_aux *a = &env->aux[env->insn_idx];
	uint8_t kind = r->type == PTR_TO_CTX ? 1 : r->type == PTR_TO_BTF_ID ? 2 : 3;

	if (!a->ptr_kind) {
		a->ptr_kind = kind;
		return 0;
	}
	if ((a->ptr_kind == 1 || kind == 1) && a->ptr_kind != kind)
		return verr(env, -EINVAL, "same insn cannot be used with different pointers");
	return 0;
}

static int check_atomic(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env);
	int size = f->is64 ? 8 : 4, load_reg, err;
	char t[64];

	if (f->op == BV_OP_LOAD_ACQ || f->op == BV_OP_STORE_REL) {
		/* load-acquire reads [src+off] into dst; store-release
		 * writes src to [dst+off] */
		size = size_bytes(insn->code);
		if (f->op == BV_OP_LOAD_ACQ) {
			if ((err = check_reg_read(env, insn->src)) || (err = check_reg_write(env, insn->dst)))
				return err;
			err = check_mem_access(env, insn->src, insn->off, size, false, insn->dst, true, false, insn);
			return err;
		}
		if ((err = check_reg_read(env, insn->src)) || (err = check_reg_read(env, insn->dst)))
			return err;
		return check_mem_access(env, insn->dst, insn->off, size, true, insn->src, true, false, insn);
	}
	if ((err = check_reg_read(env, insn->src)))
		return err;
	if ((err = check_reg_read(env, insn->dst)))
		return err;
	if (f->op == BV_OP_ATOMIC_CMPXCHG) {
		/* r0 is an operand: the level-2 log shows it */
		env->scratched_regs |= 1u;
		if ((err = check_reg_read(env, 0)))
			return err;
		if (is_pointer_value(env, 0))
			return verr(env, -EACCES, "R0 leaks addr into mem");
	}
	if (is_pointer_value(env, insn->src))
		return verr(env, -EACCES, "R%d leaks addr into mem", insn->src);
	{
		const struct reg_state *d = &regs[insn->dst];

		if (d->type == PTR_TO_CTX || d->type == PTR_TO_PACKET || d->type == PTR_TO_PACKET_META ||
		    d->type == PTR_TO_FLOW_KEYS || d->type == PTR_TO_SOCKET || d->type == PTR_TO_SOCK_COMMON ||
		    d->type == PTR_TO_TCP_SOCK || d->type == PTR_TO_XDP_SOCK)
			return verr(env, -EACCES, "BPF_ATOMIC stores into R%d %s is not allowed", insn->dst,
				    reg_type_str(env, d, t, sizeof(t)));
	}
	load_reg = -1;
	if (f->op == BV_OP_ATOMIC_CMPXCHG)
		load_reg = 0;
	else if (f->op == BV_OP_ATOMIC_XCHG || f->op == BV_OP_ATOMIC_FETCH_ADD || f->op == BV_OP_ATOMIC_FETCH_OR ||
		 f->op == BV_OP_ATOMIC_FETCH_AND || f->op == BV_OP_ATOMIC_FETCH_XOR)
		load_reg = insn->src;
	/* read, then write, both with strict alignment */
	err = check_mem_access(env, insn->dst, insn->off, size, false, load_reg, true, false, insn);
	if (!err && load_reg < 0)
		err = check_mem_access(env, insn->dst, insn->off, size, false, -1, true, false, insn);
	if (err)
		return err;
	if (load_reg >= 0 && is_pointer_value(env, load_reg))
		return verr(env, -EACCES, "R%d leaks addr into mem", load_reg);
	return check_mem_access(env, insn->dst, insn->off, size, true, -1, true, false, insn);
}

int check_load_store(struct venv *env, const struct bv_insn *insn, const struct bv_form *f)
{
	struct reg_state *regs = cur_regs(env);
	int size = size_bytes(insn->code), err;

	switch (f->op) {
	case BV_OP_LDX:
	case BV_OP_LDXSX:
		if ((err = check_reg_read(env, insn->src)) || (err = check_reg_write(env, insn->dst)))
			return err;
		err = same_ptr_kind(env, &regs[insn->src]);
		if (err)
			return err;
		env->scratched_regs |= 1u << insn->src | 1u << insn->dst;
		return check_mem_access(env, insn->src, insn->off, size, false, insn->dst, false, f->op == BV_OP_LDXSX,
					insn);
	case BV_OP_STX:
		if ((err = check_reg_read(env, insn->src)) || (err = check_reg_read(env, insn->dst)))
			return err;
		env->scratched_regs |= 1u << insn->src | 1u << insn->dst;
		err = same_ptr_kind(env, &regs[insn->dst]);
		if (err)
			return err;
		return check_mem_access(env, insn->dst, insn->off, size, true, insn->src, false, false, insn);
	case BV_OP_ST:
		if ((err = check_reg_read(env, insn->dst)))
			return err;
		env->scratched_regs |= 1u << insn->dst;
		err = same_ptr_kind(env, &regs[insn->dst]);
		if (err)
			return err;
		return check_mem_access(env, insn->dst, insn->off, size, true, -1, false, false, insn);
	default:
		env->scratched_regs |= 1u << insn->src | 1u << insn->dst;
		return check_atomic(env, insn, f);
	}
}

/* ---- regions handed to helpers ---- */

/* A helper reads or writes [ptr, ptr + size) on the stack: every byte
 * must be in bounds, and a read needs initialised bytes. */
int check_stack_range(struct venv *env, int regno, int off, int size, bool zero_ok, bool write, bool raw)
{
	struct reg_state *r = &cur_regs(env)[regno];
	struct func_state *f = stack_frame(env, r);
	int64_t min_off, max_off;
	int err;

	err = stack_bounds(env, regno, r, off, size, write, write ? " write to" : " read from");
	if (err)
		return err;
	if (tnum_is_const(r->var_off)) {
		min_off = max_off = (int64_t)r->var_off.value + off;
	} else {
		if (!env->priv) {
			char tn[48];

			tnum_str(tn, sizeof(tn), r->var_off);
			return verr(env, -EACCES, "R%d variable offset stack access prohibited for !root, var_off=%s",
				    regno, tn);
		}
		min_off = r->smin + off;
		max_off = r->smax + off;
	}
	/* a map whose key or value has no bytes (a ring buffer's) */
	if (!size && !zero_ok)
		return verr(env, -EACCES, "invalid zero-sized read");
	if (raw) { /* uninitialised memory the helper fills: written after the call */
		for (int64_t i = min_off; i < max_off + size; i++) {
			int slot = (int)(-i - 1);

			if (slot < f->allocated_stack && f->stack[slot / BPF_REG_SIZE].type[slot % BPF_REG_SIZE] == STACK_DYNPTR)
				return verr(env, -EACCES, "potential write to dynptr at off=%lld disallowed", (long long)i);
		}
		return 0;
	}
	if (ls_mark_read(env, f->frameno, slot_mask(min_off, max_off + size)))
		return -ENOMEM;
	for (int64_t i = min_off; i < max_off + size; i++) {
		int slot = (int)(-i - 1), spi = slot / BPF_REG_SIZE;
		struct stack_slot *s = &f->stack[spi];
		uint8_t *t = &s->type[slot % BPF_REG_SIZE];

		/* a helper writing a variable number of bytes may write any
		 * of them: they all hold unknown data afterwards */
		if (*t == STACK_MISC)
			continue;
		if (*t == STACK_ZERO || (*t == STACK_INVALID && env->allow_uninit_stack)) {
			if (write)
				*t = STACK_MISC;
			continue;
		}
		if (*t == STACK_SPILL) {
			if (s->spilled->type == SCALAR_VALUE || env->priv) {
				if (write) {
					slot_drop(s);
					for (int j = 0; j < BPF_REG_SIZE; j++)
						if (s->type[j] != STACK_INVALID)
							s->type[j] = STACK_MISC;
				}
				continue;
			}
		}
		if (tnum_is_const(r->var_off))
			return verr(env, -EACCES, "invalid read from stack R%d off %lld+%lld size %d", regno,
				    (long long)min_off, (long long)(i - min_off), size);
		{
			char tn[48];

			tnum_str(tn, sizeof(tn), r->var_off);
			return verr(env, -EACCES, "invalid read from stack R%d var_off %s+%lld size %d", regno, tn,
				    (long long)(i - min_off), size);
		}
	}
	return 0;
}

/* A helper argument pointing at `size` bytes of memory of any kind. */
int check_helper_mem(struct venv *env, int regno, int size, bool write, bool zero_ok, bool raw)
{
	struct reg_state *r = &cur_regs(env)[regno];
	char t[64];
	int err;

	switch (r->type) {
	case PTR_TO_PACKET:
	case PTR_TO_PACKET_META:
		return check_packet(env, regno, r->off, size, zero_ok);
	case PTR_TO_MAP_KEY:
		if (write)
			return verr(env, -EACCES, "R%d cannot write into %s", regno, reg_type_str(env, r, t, sizeof(t)));
		return check_region(env, regno, r->off, size, r->u.map ? r->u.map->key_size : 0, zero_ok);
	case PTR_TO_MAP_VALUE:
		if (r->u.map && write && (r->u.map->map_flags & BPF_F_RDONLY_PROG))
			return verr(env, -EACCES, "write into map forbidden, value_size=%u off=%d size=%d",
				    r->u.map->value_size, r->off, size);
		if (r->u.map && !write && (r->u.map->map_flags & BPF_F_WRONLY_PROG))
			return verr(env, -EACCES, "read from map forbidden, value_size=%u off=%d size=%d",
				    r->u.map->value_size, r->off, size);
		err = check_region(env, regno, r->off, size, r->u.map ? r->u.map->value_size : 0, zero_ok);
		return err ? err : check_special_fields(env, r, r->off, size, false);
	case PTR_TO_MEM:
		if (write && (r->flags & MEM_RDONLY))
			return verr(env, -EACCES, "R%d cannot write into %s", regno, reg_type_str(env, r, t, sizeof(t)));
		return check_region(env, regno, r->off, size, r->u.mem_size, zero_ok);
	case PTR_TO_BTF_ID:
		/* memory inside a kernel struct: the bytes must lie within one
		 * member, as for a load of that size */
		if (!size)
			return 0;
		return btf_ptr_access(env, cur_regs(env), regno, r->off, size, false, -1);
	case PTR_TO_BUF:
	case PTR_TO_ARENA:
		return 0;
	case PTR_TO_CTX: {
		/* a context whose loads the kernel does not rewrite (syscall,
		 * tracepoint, kprobe, raw tracepoint, cgroup/dev, ...) can be
		 * passed as memory: the kernel then checks one byte, the last
		 * the callee may touch, as a load or store of the program
		 * would; the others are refused as below */
		struct ctx_load ld;
		int err;

		if (ctx_converted(env->prog_type))
			goto refuse;
		if (!size)
			return zero_ok ? 0 : -EACCES; /* the kernel says nothing more */
		err = check_ptr_off(env, r, regno, false);
		return err ? err : ctx_access(env, size - 1, 1, write, &ld);
	}
	case PTR_TO_STACK:
		return check_stack_range(env, regno, r->off, size, zero_ok, write, raw);
	default:
	refuse:
		if (zero_ok && size == 0 && r->type == SCALAR_VALUE && reg_is_const(r) && !r->var_off.value)
			return 0;
		/* the kernel names only the stack here: the argument's type was
		 * checked before (a NULL passed with a size that may not be 0) */
		return verr(env, -EACCES, "R%d type=%s expected=fp", regno, reg_type_str(env, r, t, sizeof(t)));
	}
}
