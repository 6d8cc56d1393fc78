/* The verifier's log, in the kernel's format.
 *
 * The kernel writes its log into a buffer it can rewind: at level 1 a
 * finished branch is cut away when the walk backtracks, and the state
 * printed after an instruction replaces that instruction's newline.  We
 * keep the same buffer discipline, so the text comes out byte for byte as
 * the kernel's, quirks included (a rewound newline stays overwritten by
 * the padding that replaced it). */
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

bool vlog_on(const struct venv *env)
{
	return env->log_level > 0;
}

void vlog(struct venv *env, const char *fmt, ...)
{
	va_list ap;

	if (!vlog_on(env))
		return;
	va_start(ap, fmt);
	bv_buf_vprintf(&env->log, fmt, ap);
	va_end(ap);
}

/* A line that says more about the error to come: kept for the result at
 * any log level, and logged. */
void vdetail(struct venv *env, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(env->detail, sizeof(env->detail), fmt, ap);
	va_end(ap);
	vlog(env, "%s\n", env->detail);
}

/* The error just reported becomes the line before the next one (which
 * the caller reports): the kernel's log already has it. */
void vdetail_keep_msg(struct venv *env)
{
	snprintf(env->detail, sizeof(env->detail), "%.*s", (int)sizeof(env->detail) - 1, env->msg);
}

/* The line vdetail() just said is the error, said once. */
int verr_detail(struct venv *env, int code)
{
	snprintf(env->msg, sizeof(env->msg), "%s", env->detail);
	if (env->err_insn < 0)
		env->err_insn = env->insn_idx;
	return code;
}

/* Rewind the log to pos, as the kernel does: the bytes stay, the end moves. */
void vlog_reset(struct venv *env, size_t pos)
{
	if (!vlog_on(env) || pos > env->log.len)
		return;
	env->log.len = pos;
	if (env->log.data)
		env->log.data[pos] = '\0';
}

int verr(struct venv *env, int code, const char *fmt, ...)
{
	va_list ap;

	/* the kernel's error line is the last one it prints */
	va_start(ap, fmt);
	vsnprintf(env->msg, sizeof(env->msg), fmt, ap);
	va_end(ap);
	if (env->err_insn < 0)
		env->err_insn = env->insn_idx;
	vlog(env, "%s\n", env->msg);
	return code;
}

/* An error about the whole program, not an instruction. */
int verr_prog(struct venv *env, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(env->msg, sizeof(env->msg), fmt, ap);
	va_end(ap);
	vlog(env, "%s\n", env->msg);
	env->err_insn = -1;
	return code;
}

/* Take back the newline the last line ended with. */
void vlog_unput_newline(struct venv *env)
{
	if (env->log.len && env->log.data[env->log.len - 1] == '\n')
		vlog_reset(env, env->log.len - 1);
}

/* ---- numbers ---- */

static void put_snum(struct bv_buf *b, int64_t v)
{
	if (v >= -32768 && v <= 32767)
		bv_buf_printf(b, "%lld", (long long)v);
	else
		bv_buf_printf(b, "%#llx", (unsigned long long)v);
}

static void put_unum(struct bv_buf *b, uint64_t v)
{
	if (v <= 65535)
		bv_buf_printf(b, "%llu", (unsigned long long)v);
	else
		bv_buf_printf(b, "%#llx", (unsigned long long)v);
}

static bool snum_decimal(int64_t v)
{
	return v >= -32768 && v <= 32767;
}

/* Ranges that are not at their defaults, equal ones merged: the kernel
 * prints "smin=umin=0,smax=umax=255".  A min merges only with later mins
 * and a max with later maxes (every second entry); a negative signed
 * value never merges with a non-negative one; a 32-bit signed bound that
 * prints in hex is shown as its 32-bit pattern. */
static void put_ranges(struct bv_buf *b, const struct reg_state *r, const char **sep)
{
	struct {
		const char *name;
		uint64_t val;
		bool omit;
	} m[8] = {
		{ "smin", (uint64_t)r->smin, r->smin == INT64_MIN },
		{ "smax", (uint64_t)r->smax, r->smax == INT64_MAX },
		{ "umin", r->umin, r->umin == 0 },
		{ "umax", r->umax, r->umax == UINT64_MAX },
		{ "smin32", snum_decimal(r->s32_min) ? (uint64_t)(int64_t)r->s32_min : (uint64_t)(uint32_t)r->s32_min,
		  r->s32_min == INT32_MIN },
		{ "smax32", snum_decimal(r->s32_max) ? (uint64_t)(int64_t)r->s32_max : (uint64_t)(uint32_t)r->s32_max,
		  r->s32_max == INT32_MAX },
		{ "umin32", r->u32_min, r->u32_min == 0 },
		{ "umax32", r->u32_max, r->u32_max == UINT32_MAX },
	};

	for (int i = 0; i < 8; i++) {
		bool neg;

		if (m[i].omit)
			continue;
		neg = m[i].name[0] == 's' && (int64_t)m[i].val < 0;
		bv_buf_printf(b, "%s%s=", *sep, m[i].name);
		*sep = ",";
		for (int j = i + 2; j < 8; j += 2) {
			bool neg2;

			if (m[j].omit || m[j].val != m[i].val)
				continue;
			neg2 = m[j].name[0] == 's' && (int64_t)m[j].val < 0;
			if (neg2 != neg)
				continue;
			m[j].omit = true;
			bv_buf_printf(b, "%s=", m[j].name);
		}
		if (m[i].name[0] == 's')
			put_snum(b, (int64_t)m[i].val);
		else
			put_unum(b, m[i].val);
	}
}

static const char *const type_names[REG_TYPE__COUNT] = {
	[NOT_INIT] = "?",
	[SCALAR_VALUE] = "scalar",
	[PTR_TO_CTX] = "ctx",
	[CONST_PTR_TO_MAP] = "map_ptr",
	[PTR_TO_MAP_VALUE] = "map_value",
	[PTR_TO_MAP_KEY] = "map_key",
	[PTR_TO_STACK] = "fp",
	[PTR_TO_PACKET_META] = "pkt_meta",
	[PTR_TO_PACKET] = "pkt",
	[PTR_TO_PACKET_END] = "pkt_end",
	[PTR_TO_FLOW_KEYS] = "flow_keys",
	[PTR_TO_SOCKET] = "sock",
	[PTR_TO_SOCK_COMMON] = "sock_common",
	[PTR_TO_TCP_SOCK] = "tcp_sock",
	[PTR_TO_TP_BUFFER] = "tp_buffer",
	[PTR_TO_XDP_SOCK] = "xdp_sock",
	[PTR_TO_BTF_ID] = "ptr_",
	[PTR_TO_MEM] = "mem",
	[PTR_TO_BUF] = "buf",
	[PTR_TO_FUNC] = "func",
	[PTR_TO_ARENA] = "arena",
	[CONST_PTR_TO_DYNPTR] = "dynptr_ptr",
};

/* "map_value_or_null", "rdonly_mem", "trusted_ptr_": the kernel's name of
 * a register type with its modifiers. */
const char *reg_type_name(int type, unsigned flags, char *buf, size_t size)
{
	const char *post = "";

	if (type <= NOT_INIT || type >= REG_TYPE__COUNT)
		type = NOT_INIT;
	if (flags & PTR_MAYBE_NULL)
		post = type == PTR_TO_BTF_ID ? "or_null_" : "_or_null";
	/* the kernel spells every modifier, in this order */
	snprintf(buf, size, "%s%s%s%s%s%s%s%s%s", flags & MEM_RDONLY ? "rdonly_" : "",
		 flags & MEM_RINGBUF ? "ringbuf_" : "", flags & MEM_USER ? "user_" : "",
		 flags & MEM_PERCPU ? "percpu_" : "", flags & MEM_RCU ? "rcu_" : "",
		 flags & PTR_UNTRUSTED ? "untrusted_" : "", flags & PTR_TRUSTED ? "trusted_" : "", type_names[type],
		 post);
	return buf;
}

const char *dynptr_kind_name(int kind)
{
	return kind == DYNPTR_RINGBUF ? "ringbuf" : kind == DYNPTR_SKB ? "skb" : kind == DYNPTR_XDP ? "xdp" : "local";
}

const char *reg_type_str(const struct venv *env, const struct reg_state *r, char *buf, size_t size)
{
	(void)env;
	return reg_type_name(r->type, r->flags, buf, size);
}

void log_reg(struct bv_buf *b, const struct venv *env, const struct reg_state *r, int frameno)
{
	const char *sep = "";
	char t[64];

	if (r->type == SCALAR_VALUE && r->precise)
		bv_buf_puts(b, "P");
	if (r->type == SCALAR_VALUE && tnum_is_const(r->var_off)) {
		put_snum(b, (int64_t)r->var_off.value);
		return;
	}
	bv_buf_puts(b, reg_type_str(env, r, t, sizeof(t)));
	if (r->type == PTR_TO_ARENA)
		return; /* any number in the arena: nothing more to say */
	if (r->type == PTR_TO_STACK) {
		if ((int)r->frameno != frameno)
			bv_buf_printf(b, "[%u]", r->frameno);
		if (tnum_is_const(r->var_off)) {
			put_snum(b, (int64_t)(r->var_off.value + (uint64_t)(int64_t)r->off));
			return;
		}
	}
	if (r->type == PTR_TO_BTF_ID)
		bv_buf_puts(b, r->btf_name ? r->btf_name : "");
	bv_buf_puts(b, "(");
	if (r->id) {
		bv_buf_printf(b, "%sid=%u", sep, r->id & ~ID_ADD_CONST);
		sep = ",";
		if (r->id & ID_ADD_CONST)
			bv_buf_printf(b, "%+d", r->off);
	}
	if (r->ref_obj_id) {
		bv_buf_printf(b, "%sref_obj_id=%u", sep, r->ref_obj_id);
		sep = ",";
	}
	if (r->type == PTR_TO_BTF_ID && (r->flags & NON_OWN_REF)) {
		bv_buf_printf(b, "%snon_own_ref", sep);
		sep = ",";
	}
	if ((r->type == CONST_PTR_TO_MAP || r->type == PTR_TO_MAP_VALUE || r->type == PTR_TO_MAP_KEY) &&
	    r->u.map) {
		if (r->u.map->name && r->u.map->name[0])
			bv_buf_printf(b, "%smap=%s", sep, r->u.map->name), sep = ",";
		bv_buf_printf(b, "%sks=%u,vs=%u", sep, r->u.map->key_size, r->u.map->value_size);
		sep = ",";
	}
	if (r->type != SCALAR_VALUE && r->off) {
		bv_buf_printf(b, "%soff=", sep);
		put_snum(b, r->off);
		sep = ",";
	}
	if (r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META) {
		bv_buf_printf(b, "%sr=", sep);
		put_unum(b, (uint64_t)(int64_t)r->u.range);
		sep = ",";
	}
	if (r->type == PTR_TO_MEM) {
		bv_buf_printf(b, "%ssz=", sep);
		put_unum(b, r->u.mem_size);
		sep = ",";
	}
	if (r->type == CONST_PTR_TO_DYNPTR) {
		bv_buf_printf(b, "%stype=%s", sep, dynptr_kind_name((int)r->u.dynptr_type));
		sep = ",";
	}
	if (tnum_is_const(r->var_off)) {
		if (r->var_off.value) {
			bv_buf_printf(b, "%simm=", sep);
			put_snum(b, (int64_t)r->var_off.value);
		}
	} else {
		put_ranges(b, r, &sep);
		if (!tnum_is_unknown(r->var_off)) {
			char tn[48];

			tnum_sbin(tn, sizeof(tn), r->var_off);
			bv_buf_printf(b, "%svar_off=%s", sep, tn);
		}
	}
	bv_buf_puts(b, ")");
}

static const char slot_chars[] = { [STACK_INVALID] = '?', [STACK_SPILL] = 'r', [STACK_MISC] = 'm',
				   [STACK_ZERO] = '0', [STACK_DYNPTR] = 'd', [STACK_ITER] = 'i' };

/* One frame's registers and stack; all of them, or those the last
 * instruction touched. */
void log_frame(struct venv *env, const struct vstate *st, int frameno, bool all)
{
	const struct func_state *f = st->frame[frameno];
	struct bv_buf *b = &env->log;

	if (!vlog_on(env))
		return;
	if (frameno)
		bv_buf_printf(b, " frame%d:", frameno);
	for (int i = 0; i < MAX_BPF_REG; i++) {
		const struct reg_state *r = &f->regs[i];

		if (r->type == NOT_INIT)
			continue;
		if (!all && !(env->scratched_regs & (1u << i)))
			continue;
		bv_buf_printf(b, " R%d=", i);
		log_reg(b, env, r, frameno);
	}
	for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
		const struct stack_slot *sl = &f->stack[s];
		char types[BPF_REG_SIZE + 1];
		bool valid = false;
		int j;

		if (!all && !(env->scratched_stack & (1ull << s)))
			continue;
		if (sl->type[BPF_REG_SIZE - 1] == STACK_ITER) {
			static const char *const states[] = { "invalid", "active", "drained" };
			uint32_t ref = slot_peek(sl)->ref_obj_id;

			if (ref)
				bv_buf_printf(b, " fp%d=iter_%s(ref_id=%u,state=%s,depth=%u)", (-s - 1) * BPF_REG_SIZE,
					      iter_kind_name(sl->iter_kind), ref, states[sl->iter_state < 3 ? sl->iter_state : 0],
					      sl->iter_depth);
			continue;
		}
		if (sl->type[BPF_REG_SIZE - 1] == STACK_DYNPTR && s + 1 < f->allocated_stack / BPF_REG_SIZE) {
			/* a dynptr is printed once, at its lower slot */
			const struct stack_slot *d = &f->stack[++s];
			const struct reg_state *dr = slot_peek(d);
			const char *sep = "";

			bv_buf_printf(b, " fp%d=dynptr_%s(", (-s - 1) * BPF_REG_SIZE, dynptr_kind_name(d->dynptr_type));
			if (dr->id) {
				bv_buf_printf(b, "id=%u", dr->id);
				sep = ",";
			}
			if (dr->ref_obj_id) {
				bv_buf_printf(b, "%sref_id=%u", sep, dr->ref_obj_id);
				sep = ",";
			}
			/* the kernel's dynptr_id shares its bytes with the
			 * first_slot flag here: it reads 1 */
			if (d->dynptr_first)
				bv_buf_printf(b, "%sdynptr_id=1", sep);
			bv_buf_puts(b, ")");
			continue;
		}
		for (j = 0; j < BPF_REG_SIZE; j++) {
			types[j] = slot_chars[sl->type[j] < sizeof(slot_chars) ? sl->type[j] : 0];
			valid |= sl->type[j] != STACK_INVALID;
		}
		types[BPF_REG_SIZE] = '\0';
		if (!valid)
			continue;
		if (sl->type[BPF_REG_SIZE - 1] == STACK_SPILL) {
			for (j = 0; j < BPF_REG_SIZE; j++)
				if (sl->type[j] == STACK_SPILL)
					break;
			types[j] = '\0';
			bv_buf_printf(b, " fp%d=%s", (-s - 1) * BPF_REG_SIZE, types);
			log_reg(b, env, slot_peek(sl), frameno);
		} else {
			bv_buf_printf(b, " fp%d=%s", (-s - 1) * BPF_REG_SIZE, types);
		}
	}
	/* a lock taken through a pointer without an id (a global
	 * variable's) is a reference of id 0, which the kernel leaves out */
	if (st->n_refs && st->refs[0].id) {
		bv_buf_printf(b, " refs=%u", st->refs[0].id);
		for (int i = 1; i < st->n_refs; i++)
			if (st->refs[i].id)
				bv_buf_printf(b, ",%u", st->refs[i].id);
	}
	if (f->in_callback)
		bv_buf_puts(b, " cb");
	if (f->async_callback)
		bv_buf_puts(b, " async_cb");
	if (!all) {
		env->scratched_regs = 0;
		env->scratched_stack = 0;
	}
}

static int alignment(size_t pos)
{
	size_t want = pos + 4 > 40 ? pos + 4 : 40;

	want = (want + 7) & ~(size_t)7;
	return (int)(want - pos - 1);
}

/* After an instruction: the registers it touched, on its own line when
 * something was printed since the instruction, else after it. */
void log_insn_state(struct venv *env)
{
	if (!vlog_on(env))
		return;
	if (env->prev_log_pos && env->prev_log_pos == env->log.len) {
		vlog_reset(env, env->prev_log_pos - 1);
		vlog(env, "%*c;", alignment(env->prev_insn_print_pos), ' ');
	} else {
		vlog(env, "%u:", env->insn_idx);
	}
	log_frame(env, env->cur, env->cur->curframe, false);
	vlog(env, "\n");
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

/* The source line of insn idx, when it is not the one printed last. */
void log_linfo(struct venv *env, uint32_t idx)
{
	const struct bv_line_info *li;

	if (!vlog_on(env) || env->obj->btf_refusal)
		return; /* no line info reaches a kernel that refused the BTF */
	li = bv_prog_source_line(env->prog, idx, &env->prev_linfo);
	if (li)
		vlog(env, "; %s @ %s:%u\n", bv_line_text(li), base_name(li->file ? li->file : "?"), li->line_num);
}

void log_insn(struct venv *env, uint32_t idx)
{
	char text[256];

	if (!vlog_on(env))
		return;
	log_linfo(env, idx);
	env->prev_log_pos = env->log.len;
	bv_insn_print(text, sizeof(text), env->insns, env->n, idx, &env->names);
	vlog(env, "%u: %s\n", idx, text);
	env->prev_insn_print_pos = env->log.len - env->prev_log_pos;
	env->prev_log_pos = env->log.len;
}
