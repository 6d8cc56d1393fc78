/* Diagnosis of a rejection: the kernel's error line tells what failed;
 * the recorded steps of the failing path tell why.  Each class below reads
 * the line, finds the registers involved, follows their values back through
 * the path (copies, spills and fills, 32-bit operations) to the places that
 * matter, and says what the verifier could not prove and what to change.
 *
 * The text is written for the person who wrote the C: registers are named
 * because the kernel names them, but the numbers are the program's own
 * (sizes, offsets, bounds), and every place comes with its source line. */
#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "bpfvet/explain.h"
#include "bpfvet/helpers.h"
#include "bpfvet/insn.h"
#include "explain/diag.h"
#include "object/obj_internal.h"
#include "verifier/helper_allow.h"
#include "verifier/verifier.h"

const char *const bv_diag_classes[] = {
	"uninit-register", "uninit-stack", "mem-size-exceeds-buffer", "signed-size",
	"bound-on-other-register", "bound-lost", "null-map-value", "null-pointer", "pkt-bounds-missing",
	"pkt-pointer-stale", "unbounded-index", "loop-too-complex", "stack-too-large", "pointer-arithmetic",
	"helper-not-allowed", "helper-arg-type", "ctx-access", "readonly-write", "return-value", "reference-leak",
	"global-func-args", "spin-lock", "dynptr", "iterator", "kernel-struct-access", "merged-pointer-access",
	"use-after-release", "untrusted-pointer", "rcu-section", "kptr-access", "struct-ops", "exception", "scalar-deref", "misaligned-access",
	"invalid-program",
	"other",
	NULL,
};

static const char *const class_summary[][2] = {
	{ "uninit-register", "A register is read before anything on the path wrote it." },
	{ "uninit-stack", "Stack bytes nothing wrote are read or passed to a helper." },
	{ "mem-size-exceeds-buffer", "A size can be larger than the memory it covers." },
	{ "signed-size", "A size or index can be negative." },
	{ "bound-on-other-register", "The bounds check was made on a copy, not on the register that is used." },
	{ "bound-lost", "A bounds check was made, but the value used no longer carries it." },
	{ "null-map-value", "A map lookup's result is used without a NULL check." },
	{ "null-pointer", "A pointer that may be NULL is used without a check." },
	{ "pkt-bounds-missing", "Packet data is read beyond what was checked against data_end." },
	{ "pkt-pointer-stale", "A packet pointer is used after a helper that may move the packet." },
	{ "unbounded-index", "An index or offset is not bounded by the object it points into." },
	{ "loop-too-complex", "A loop or the program's paths exceed what the verifier can walk." },
	{ "stack-too-large", "More than 512 bytes of stack in one call chain." },
	{ "pointer-arithmetic", "Arithmetic on a pointer that the verifier does not allow." },
	{ "helper-not-allowed", "A helper this program type, license or kernel does not allow." },
	{ "ctx-access", "An access to the context that the program type does not allow." },
	{ "return-value", "A return value outside the range the program type accepts." },
	{ "reference-leak", "A reference acquired on a path is not released before the exit." },
	{ "global-func-args", "A global function is called with arguments its prototype does not allow." },
	{ "helper-arg-type", "A helper gets a value of the wrong kind (a number where it takes a pointer, ...)." },
	{ "readonly-write", "A write into memory that is read-only for programs (.rodata, a frozen map)." },
	{ "spin-lock", "A bpf_spin_lock is used in a way the verifier forbids (calls or exits while held, ...)." },
	{ "dynptr", "A struct bpf_dynptr is used before it is made, after it is released, or overwritten." },
	{ "iterator", "An open-coded iterator (bpf_iter_num_*, bpf_iter_task_*, ...) is used before it is made, after it is destroyed or written over, or off the stack." },
	{ "kernel-struct-access", "A read of a kernel struct the verifier cannot match to the kernel's own layout (its BTF): a field it does not have, or an offset that is not a constant." },
	{ "merged-pointer-access", "One instruction accesses the context on one path and other memory on another." },
	{ "use-after-release", "A pointer is used after the reference it held was released." },
	{ "untrusted-pointer", "A kfunc gets a kernel pointer it cannot trust (walked to, read from a map, or held past its RCU section)." },
	{ "rcu-section", "bpf_rcu_read_lock()/unlock() or bpf_preempt_disable()/enable() are not paired on a path." },
	{ "kptr-access", "A kptr field of a map value is accessed in a way only bpf_kptr_xchg() or a whole 8-byte load/store may." },
	{ "struct-ops", "A struct_ops program implements a member, or has a license, the kernel does not accept." },
	{ "exception", "bpf_throw() where it may not be called, or an exception callback the kernel does not take." },
	{ "scalar-deref", "A number is dereferenced as a pointer: a kernel address a kprobe reads from its registers, or one kept in a map, which only bpf_probe_read_kernel() may read." },
	{ "misaligned-access", "An atomic operation (or, under strict alignment, any access) at an offset that is not a multiple of its size." },
	{ "invalid-program", "The bytecode or the object breaks a rule of its own (malformed instructions, missing BTF, bad map references)." },
	{ "other", "A rejection bpfvet does not classify yet." },
};

const char *bv_diag_class_summary(const char *klass)
{
	for (size_t i = 0; i < sizeof(class_summary) / sizeof(class_summary[0]); i++)
		if (!strcmp(class_summary[i][0], klass))
			return class_summary[i][1];
	return "";
}


/* ---- output ---- */

void diag_say(char *buf, size_t size, const char *fmt, ...)
{
	size_t n = strlen(buf);
	va_list ap;

	if (n >= size - 1)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + n, size - n, fmt, ap);
	va_end(ap);
}


void diag_where(struct ctx *c, long insn, const char *role)
{
	struct bv_diagnosis *d = c->d;
	const struct bv_line_info *li;

	if (insn < 0 || (size_t)insn >= c->prog->n_insns || d->n_where >= BV_DIAG_WHERE_MAX)
		return;
	for (size_t i = 0; i < d->n_where; i++)
		if (d->where[i].insn == insn && !strcmp(d->where[i].role, role))
			return;
	li = bv_prog_line_at(c->prog, (size_t)insn);
	if (li && li->line_num == 0)
		li = NULL; /* the compiler's own code, which no source line owns */
	d->where[d->n_where].insn = insn;
	d->where[d->n_where].role = role;
	d->where[d->n_where].file = li ? li->file : NULL;
	d->where[d->n_where].line = li ? li->line_num : 0;
	d->where[d->n_where].text = li ? bv_line_text(li) : NULL;
	d->n_where++;
}

/* ---- instructions ---- */

const struct bv_form *form_at(const struct ctx *c, long i)
{
	struct bv_decoded dec;

	if (i < 0 || (size_t)i >= c->prog->n_insns)
		return NULL;
	if (bv_insn_decode(c->prog->insns, c->prog->n_insns, (size_t)i, &dec) != BV_DECODE_OK)
		return NULL;
	return dec.form;
}

int access_size(const struct ctx *c, long i)
{
	const struct bv_form *f = form_at(c, i);
	const struct bv_insn *in = insn_at(c, i);

	return f && in && BV_CLASS(in->code) != BV_JMP && BV_CLASS(in->code) != BV_JMP32 ? f->size : 0;
}

/* The function holding instruction i, from func info, or NULL. */
const struct bv_func_info *func_of(const struct ctx *c, long i)
{
	const struct bv_func_info *f = NULL;

	for (size_t k = 0; k < c->prog->n_funcs; k++)
		if ((long)c->prog->funcs[k].insn <= i)
			f = &c->prog->funcs[k];
	return f;
}

const struct btf_type *diag_func_proto(const struct ctx *c, long i, const struct btf **btf)
{
	const struct bv_func_info *fi = func_of(c, i);
	const struct btf_type *fn, *pr;

	*btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	fn = fi && *btf ? btf__type_by_id(*btf, fi->type_id) : NULL;
	pr = fn && btf_is_func(fn) ? btf__type_by_id(*btf, fn->type) : NULL;
	return pr && btf_is_func_proto(pr) ? pr : NULL;
}

/* The name of parameter n of the function holding insn i (`skb` for the
 * program's context at insn 0), NULL without BTF or a name. */
const char *diag_param_name(const struct ctx *c, long i, int n)
{
	const struct btf *btf = NULL;
	const struct btf_type *proto = diag_func_proto(c, i, &btf);
	const char *name = proto && n < btf_vlen(proto) ? btf__name_by_offset(btf, btf_params(proto)[n].name_off) : NULL;

	return name && *name ? name : NULL;
}

/* A BTF type as C spells it: "__u32", "struct __sk_buff *", "const char *". */
void diag_type_name(const struct btf *btf, uint32_t id, char *out, size_t size)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	const char *name = t ? btf__name_by_offset(btf, t->name_off) : NULL;
	char inner[96];

	if (!t || (btf_is_void(t) || id == 0)) {
		snprintf(out, size, "void");
	} else if (btf_is_ptr(t) || btf_is_const(t) || btf_is_volatile(t)) {
		diag_type_name(btf, t->type, inner, sizeof(inner));
		if (btf_is_ptr(t))
			snprintf(out, size, "%s%s*", inner, inner[strlen(inner) - 1] == '*' ? "" : " ");
		else
			snprintf(out, size, "%s %s", btf_is_const(t) ? "const" : "volatile", inner);
	} else if (name && *name) {
		snprintf(out, size, "%s%s", btf_is_struct(t) ? "struct " : btf_is_union(t) ? "union " :
					    btf_is_enum(t) ? "enum " : "", name);
	} else {
		snprintf(out, size, "__u64");
	}
}

/* "struct __sk_buff *skb": the first parameter of a prototype. */
const char *diag_first_param(const struct btf *btf, const struct btf_type *proto, char *out, size_t size)
{
	char ty[96];
	const char *name;

	if (btf_vlen(proto) < 1) {
		snprintf(out, size, "void *ctx");
		return out;
	}
	diag_type_name(btf, btf_params(proto)[0].type, ty, sizeof(ty));
	name = btf__name_by_offset(btf, btf_params(proto)[0].name_off);
	snprintf(out, size, "%s%s%s", ty, ty[strlen(ty) - 1] == '*' ? "" : " ", name && *name ? name : "ctx");
	return out;
}

const struct bv_insn *insn_at(const struct ctx *c, long i)
{
	return i >= 0 && (size_t)i < c->prog->n_insns ? &c->prog->insns[i] : NULL;
}

int is_call(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);

	return in && in->code == (BV_JMP | BV_CALL);
}

int is_helper_call(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);

	return in && in->code == (BV_JMP | BV_CALL) && in->src == 0;
}

/* A jump that may or may not be taken: it compares something. */
bool is_cond_jump(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);
	const struct bv_form *f = form_at(c, i);

	if (!in || !f || (BV_CLASS(in->code) != BV_JMP && BV_CLASS(in->code) != BV_JMP32))
		return false;
	switch (f->op) {
	case BV_OP_JA: case BV_OP_CALL: case BV_OP_CALL_LOCAL: case BV_OP_CALL_KFUNC: case BV_OP_CALLX:
	case BV_OP_EXIT: case BV_OP_MAY_GOTO:
		return false;
	default:
		return true;
	}
}

const char *helper_at(const struct ctx *c, long i, char *buf, size_t size)
{
	const struct bv_insn *in = insn_at(c, i);
	const struct bv_helper *h = in && in->src == 0 ? bv_helper_by_id(in->imm) : NULL;

	snprintf(buf, size, "%s%s", h ? "bpf_" : "helper #", h ? h->name : "");
	if (!h && in)
		snprintf(buf, size, "helper #%d", in->imm);
	/* a kernel function: the object names it */
	if (in && in->src == BV_PSEUDO_KFUNC_CALL && bv_prog_kfunc_name(c->prog, (size_t)i))
		snprintf(buf, size, "%s", bv_prog_kfunc_name(c->prog, (size_t)i));
	return buf;
}

/* Whether insn i is a call to a function whose name starts with prefix. */
bool diag_call_named(const struct ctx *c, long i, const char *prefix)
{
	char b[64];

	return i >= 0 && (size_t)i < c->prog->n_insns && is_call(c, i) &&
	       !strncmp(helper_at(c, i, b, sizeof(b)), prefix, strlen(prefix));
}

/* The program's first call (helper or kfunc) named exactly `name`, -1. */
long diag_first_call(const struct ctx *c, const char *name)
{
	char b[64];

	for (size_t i = 0; i < c->prog->n_insns; i++)
		if (is_call(c, (long)i) && !strcmp(helper_at(c, (long)i, b, sizeof(b)), name))
			return (long)i;
	return -1;
}

/* The last call on the recorded path, before step `before`, whose name
 * starts with one of prefixes; -1 if none. */
long diag_last_call(const struct ctx *c, long before, const char *const *prefixes, size_t n)
{
	for (long s = before - 1; s >= 0 && (size_t)s < c->res->n_steps; s--)
		for (size_t k = 0; k < n; k++)
			if (diag_call_named(c, c->res->steps[s].insn, prefixes[k]))
				return c->res->steps[s].insn;
	return -1;
}

/* The call that gives back what the call named acquirer took, and the
 * struct it takes ("..." when it is the program's own), NULL when bpfvet
 * does not know it.  First match wins: the dynptr reservation before the
 * plain one. */
const char *diag_release_of(const char *acquirer, const char **st)
{
	static const struct {
		const char *needle, *release, *st;
	} t[] = {
		{ "ringbuf_reserve_dynptr", "bpf_ringbuf_discard_dynptr", "bpf_dynptr" },
		{ "ringbuf_reserve", "bpf_ringbuf_discard", "..." },
		{ "sk_lookup", "bpf_sk_release", "bpf_sock" },
		{ "obj_new", "bpf_obj_drop", "..." },
		{ "refcount_acquire", "bpf_obj_drop", "..." },
		{ "cgroup", "bpf_cgroup_release", "cgroup" },
		{ "cpumask", "bpf_cpumask_release", "bpf_cpumask" },
		{ "task", "bpf_task_release", "task_struct" },
	};

	for (size_t i = 0; acquirer && i < sizeof(t) / sizeof(t[0]); i++)
		if (strstr(acquirer, t[i].needle)) {
			if (st)
				*st = t[i].st;
			return t[i].release;
		}
	return NULL;
}

const char *insn_text(const struct ctx *c, long i, char *buf, size_t size)
{
	struct bv_disasm_names names = bv_prog_disasm_names(c->prog);

	buf[0] = '\0';
	if (insn_at(c, i))
		bv_insn_print(buf, size, c->prog->insns, c->prog->n_insns, (size_t)i, &names);
	return buf;
}

/* ---- the recorded path ---- */

const struct bv_vreg *reg_at(const struct ctx *c, long step, int r)
{
	if (step < 0 || (size_t)step >= c->res->n_steps || r < 0 || r > 10)
		return NULL;
	return &c->res->steps[step].r[r];
}

/* The latest step before `before` that ran instruction insn. */
long step_of(const struct ctx *c, long before, long insn)
{
	for (long k = before - 1; k >= 0; k--)
		if (c->res->steps[k].insn == (uint32_t)insn)
			return k;
	return -1;
}

/* How a value reached a register: followed back through register copies,
 * operations on the register itself, and stack spills and fills, to the
 * instruction that made it. */
struct trace {
	long root;                   /* instruction that made the value, -1: entry */
	int load_base_kind, load_map;  /* a load from memory: what it read from */
	int32_t load_off;
	uint32_t load_id;
	long root_step;
	int root_reg;
	long copy;                   /* last "rX = rY" on the way, -1 */
	long alu32;                  /* a 32-bit operation on the way, -1 */
	long op;                     /* the last operation changing it on the way, -1 */
	long spill, fill;            /* a stack round trip on the way, -1 */
	int fill_size, spill_size;
	int helper_fill;             /* the root is a helper call that wrote the slot filled */
	long near_spill, near_fill;  /* the round trip nearest the use (spill, fill may be a deeper one) */
	long near_fill_step;
	int near_size;               /* the bytes near_spill stored */
	int16_t near_off;            /* the stack offset it stored at */
};

/* How many bits insn i sign-extends from (`r1 <<= 56; r1 s>>= 56` or a
 * movsx or signed load of a char, short or int), 0 if it does not. */
static int sign_extends(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);
	const struct bv_form *f = form_at(c, i);

	if (!in || !f)
		return 0;
	if (f->op == BV_OP_ARSH && f->is64 && !f->x && (in->imm == 56 || in->imm == 48 || in->imm == 32))
		return 64 - in->imm;
	if (f->op == BV_OP_MOVSX)
		return in->off;
	if (BV_CLASS(in->code) == BV_LDX && BV_MODE(in->code) == BV_MEMSX)
		return access_size(c, i) * 8;
	return 0;
}

/* An index that is negative because a `char`, `short` or `int` variable
 * was sign-extended: the fix is its declaration, unsigned (seen, batch 35:
 * `char c = *payload; ... table[c]`). */
static bool unsigned_decl(struct ctx *c, const struct trace *tr)
{
	long at = sign_extends(c, tr->op) ? tr->op : sign_extends(c, tr->root) ? tr->root : -1;
	int bits = at >= 0 ? sign_extends(c, at) : 0;
	char var[64], decl[160];
	const char *t, *v;

	if (!bits || !diag_assigned_var(c, at, var, sizeof(var)) || !diag_is_name(var) || !(t = diag_src_text(c, at)))
		return false;
	/* `char c = *payload;`: the type before the name, replaced */
	v = strstr(t, var);
	while (v && ((v > t && (isalnum((unsigned char)v[-1]) || v[-1] == '_')) ||
		     isalnum((unsigned char)v[strlen(var)]) || v[strlen(var)] == '_'))
		v = strstr(v + 1, var);
	if (v && v > t && v[-1] == ' ' && strchr(v, '=') && strlen(v) < 120)
		snprintf(decl, sizeof(decl), "__u%d %s", bits, v);
	else
		decl[0] = '\0';
	WHY(c, " It is negative because `%s` is a signed %d-bit variable: its value is sign-extended when it is used "
	       "as an index (insn %ld), so %s from 0x%x up become negative numbers.",
	    var, bits, at, bits == 8 ? "bytes" : "values", 1u << (bits - 1));
	if (decl[0])
		FIX(c, "Declare `%s` unsigned, as the data it holds is: `%s`. A `char` is signed in BPF C, as on x86.",
		    var, decl);
	else
		FIX(c, "Declare `%s` unsigned (`__u%d %s`), so that it is never negative.", var, bits, var);
	return true;
}

/* The helper call at step s writes the stack byte at off (of the frame
 * the fill reads): one of its buffers to fill or rewrite is there. */
static bool call_writes_stack(const struct ctx *c, long s, int32_t off)
{
	long i = (long)c->res->steps[s].insn;
	const struct helper_proto *hp = is_helper_call(c, i) ? helper_proto(insn_at(c, i)->imm) : NULL;

	for (int a = 0; hp && a < 5; a++) {
		int k = hp->args[a];
		const struct bv_vreg *p = reg_at(c, s, a + 1), *n = a < 4 ? reg_at(c, s, a + 2) : NULL;
		long size;

		if (!arg_kind_writes(k))
			continue;
		if (!p || p->kind != BV_REG_STACK || p->frameno != c->res->steps[s].frame)
			continue;
		if (k == A_UNINIT_FIXED_MEM || k == A_RW_FIXED_MEM)
			size = helper_fixed_size(hp, a + 1);
		else
			size = n && n->kind == BV_REG_SCALAR && n->umax <= 512 ? (long)n->umax : 0;
		if (off >= p->off && off < p->off + size)
			return true;
	}
	return false;
}

/* The store st at step s writes the slot at off of frame's stack: a spill
 * there (through r10, in that frame), or a callee's store through the
 * pointer it was given (`*real = bpf_map_lookup_elem(...)` in a noinline
 * function: batch 70). */
static bool stores_slot(const struct ctx *c, long s, const struct bv_insn *st, int frame, int32_t off)
{
	const struct bv_vreg *p;

	if (st->dst == 10)
		return c->res->steps[s].frame == frame && st->off == off;
	p = reg_at(c, s, st->dst);
	return p && p->kind == BV_REG_STACK && p->frameno == frame && p->off + st->off == off;
}

static void trace_value(const struct ctx *c, int reg, long step, struct trace *t)
{
	memset(t, 0, sizeof(*t));
	t->copy = t->alu32 = t->op = t->spill = t->fill = t->near_spill = t->near_fill = t->near_fill_step = -1;
	t->root = -1;
	t->root_step = step;
	t->root_reg = reg;
	for (int hop = 0; hop < 64; hop++) {
		const struct bv_vreg *v = reg_at(c, step, reg);
		const struct bv_form *f;
		const struct bv_insn *in;
		long d, k;

		if (!v || v->def_insn < 0) {
			t->root = -1;
			t->root_step = -1;
			t->root_reg = reg;
			return;
		}
		d = v->def_insn;
		k = step_of(c, step, d);
		f = form_at(c, d);
		in = insn_at(c, d);
		t->root = d;
		t->root_step = k;
		t->root_reg = reg;
		if (k < 0 || !f || !in)
			return;
		if ((BV_CLASS(in->code) == BV_ALU || BV_CLASS(in->code) == BV_ALU64) && in->dst == reg) {
			if (f->op == BV_OP_MOV && f->x) {
				if (!f->is64 && t->alu32 < 0)
					t->alu32 = d;
				if (t->copy < 0)
					t->copy = d;
				reg = in->src;
				step = k;
				continue;
			}
			if (f->op == BV_OP_MOV)
				return; /* a constant */
			/* a byte swap is no 32-bit view: its result is zero-extended
			 * from the width it swaps, and the verifier follows it */
			if (!f->is64 && t->alu32 < 0 && f->op != BV_OP_BE && f->op != BV_OP_LE && f->op != BV_OP_BSWAP)
				t->alu32 = d;
			if (t->op < 0)
				t->op = d;
			step = k;
			continue;
		}
		if (BV_CLASS(in->code) == BV_LDX && in->src != 10 && in->dst == reg) {
			/* a load from memory: remember what it read, to recognise
			 * a second load of the same field */
			const struct bv_vreg *base = reg_at(c, k, in->src);

			if (base && base->kind != BV_REG_STACK) {
				t->load_base_kind = (int)base->kind;
				t->load_map = base->map;
				t->load_off = base->off + in->off;
				t->load_id = base->id;
			}
			return;
		}
		if (BV_CLASS(in->code) == BV_LDX && in->src == 10 && in->dst == reg) {
			/* a fill: find the spill that stored this slot */
			for (long s = k - 1; s >= 0; s--) {
				const struct bv_insn *st = insn_at(c, (long)c->res->steps[s].insn);

				if (c->res->steps[s].frame == c->res->steps[k].frame &&
				    call_writes_stack(c, s, in->off)) {
					/* a helper filled the slot: the value is its */
					t->fill = d;
					t->fill_size = f->size;
					t->root = (long)c->res->steps[s].insn;
					t->root_step = s;
					t->helper_fill = 1;
					return;
				}

				if (st && BV_CLASS(st->code) == BV_STX && BV_MODE(st->code) == BV_MEM &&
				    stores_slot(c, s, st, c->res->steps[k].frame, in->off)) {
					const struct bv_form *sf = form_at(c, (long)c->res->steps[s].insn);

					t->fill = d;
					t->spill = (long)c->res->steps[s].insn;
					t->fill_size = f->size;
					t->spill_size = sf ? sf->size : 0;
					if (t->near_fill < 0) {
						t->near_fill = d;
						t->near_fill_step = k;
						t->near_spill = t->spill;
						t->near_size = t->spill_size;
						t->near_off = st->off;
					}
					reg = st->src;
					step = s;
					goto next;
				}
			}
			return;
		}
		return;
next:;
	}
}

/* A conditional jump on the path, between from and to (steps), comparing a
 * register that holds the same value as (reg, step) or a copy of it. */
struct check {
	long step, insn;
	int reg;                     /* the register compared */
	int64_t bound;               /* the constant it was compared with */
	int has_bound;
	int is_signed;               /* a signed comparison, or a sign-extended copy */
	struct trace tr;             /* how the compared register got its value */
};

long value_origin(const struct ctx *c, int reg, long step)
{
	struct trace t;

	trace_value(c, reg, step, &t);
	return t.root;
}

static int same_root(const struct trace *a, const struct trace *b)
{
	return a->root >= 0 && a->root == b->root && a->root_step == b->root_step && a->root_reg == b->root_reg &&
	       a->helper_fill == b->helper_fill;
}

/* Two traces that end at the same making of a value, whichever register
 * held it there (a helper's result and the bytes it wrote are two). */
static int same_origin(const struct trace *a, const struct trace *b)
{
	return a->root_step == b->root_step && a->root == b->root && a->helper_fill == b->helper_fill;
}

/* Two loads of the same field of the same object (a map value, ...). */
static int same_field(const struct trace *a, const struct trace *b)
{
	return a->root >= 0 && b->root >= 0 && a->load_base_kind && a->load_base_kind == b->load_base_kind &&
	       a->load_map == b->load_map && a->load_off == b->load_off;
}

/* A number the verifier knows nothing about: a comparison with it bounds
 * neither side. */
static bool unknown_number(const struct bv_vreg *v)
{
	return v && v->kind == BV_REG_SCALAR && v->umax == UINT64_MAX && v->smin == INT64_MIN;
}

/* The other side o of comparison f gives no upper bound: an unknown
 * number, or, for an unsigned comparison, one that may be negative (a
 * `short` count sign-extended from memory reaches 2^64 - 1 unsigned:
 * batch 47's `arg_num >= spec->arg_cnt`). */
static bool bounds_nothing(const struct bv_form *f, const struct bv_vreg *o)
{
	bool unsig = f && (f->op == BV_OP_JGT || f->op == BV_OP_JGE || f->op == BV_OP_JLT || f->op == BV_OP_JLE);

	return unknown_number(o) || (unsig && o && o->kind == BV_REG_SCALAR && o->umax == UINT64_MAX);
}

static int find_check(const struct ctx *c, int reg, long step, struct check *out)
{
	struct trace want;

	trace_value(c, reg, step, &want);
	if (want.root < 0)
		return 0;
	for (long k = step - 1; k >= 0 && (want.load_base_kind || k > want.root_step); k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);

		if (!is_cond_jump(c, i))
			continue;
		for (int side = 0; side < 2; side++) {
			int r = side ? in->src : in->dst;
			struct trace tr;

			if (side && !f->x)
				continue;
			trace_value(c, r, k, &tr);
			/* against an unknown number: no check (unknown_compare) */
			if (f->x && bounds_nothing(f, reg_at(c, k, side ? in->dst : in->src)))
				continue;
			if (same_origin(&tr, &want) || same_field(&tr, &want)) {
				out->step = k;
				out->insn = i;
				out->reg = r;
				out->has_bound = !f->x;
				out->bound = in->imm;
				out->tr = tr;
				out->is_signed = f->op == BV_OP_JSGT || f->op == BV_OP_JSGE || f->op == BV_OP_JSLT ||
						 f->op == BV_OP_JSLE;
				if (tr.op >= 0) {
					const struct bv_form *of = form_at(c, tr.op);

					out->is_signed |= of && (of->op == BV_OP_ARSH || of->op == BV_OP_MOVSX);
				}
				return 1;
			}
		}
	}
	return 0;
}

/* A comparison of the value with a number the verifier knows nothing
 * about (`if (n > args->count) n = args->count;`): it looks like a clamp in
 * C and bounds nothing.  Said in WHY, with its place. */
static long unknown_compare(struct ctx *c, int reg)
{
	struct trace want;
	char b[128];

	trace_value(c, reg, c->fstep, &want);
	if (want.root < 0)
		return -1;
	for (long k = c->fstep - 1; k >= 0 && k > want.root_step; k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);

		if (!is_cond_jump(c, i) || !f->x)
			continue;
		for (int side = 0; side < 2; side++) {
			int r = side ? in->src : in->dst, o = side ? in->dst : in->src;
			const struct bv_vreg *ov = reg_at(c, k, o);
			struct trace tr;

			trace_value(c, r, k, &tr);
			if (!bounds_nothing(f, ov) || !same_origin(&tr, &want))
				continue;
			diag_where(c, i, "compared with an unknown number here");
			if (!unknown_number(ov)) {
				const char *ct = diag_src_text(c, i);

				WHY(c, " The comparison at insn %ld (%s%s%s`%s`) sets it against R%d, which can be negative "
				       "(%" PRId64 " to %" PRId64 ")%s; as an unsigned number that reaches 2^64 - 1, so the "
				       "unsigned comparison leaves R%d any number below it.",
				    i, ct ? "`" : "", ct ? ct : "", ct ? "`, " : "", insn_text(c, i, b, sizeof(b)), o, ov->smin,
				    ov->smax, ov->def_insn >= 0 ? ", a value read at run time" : "", r);
				return i;
			}
			WHY(c, " The comparison at insn %ld (`%s`) sets it against R%d, a number the verifier knows nothing "
			       "about%s: clamping to an unknown value bounds nothing, whichever side the program keeps.",
			    i, insn_text(c, i, b, sizeof(b)), o, ov->def_insn >= 0 ? " (read at run time)" : "");
			return i;
		}
	}
	return -1;
}

/* ---- the message ---- */

int msg_reg(const char *m)
{
	const char *p = m;

	while ((p = strchr(p, 'R'))) {
		if (p[1] >= '0' && p[1] <= '9')
			return atoi(p + 1);
		p++;
	}
	return -1;
}

int msg_starts(const char *m, const char *prefix)
{
	return !strncmp(m, prefix, strlen(prefix));
}

/* "the stack at fp-126, 126 bytes", "the 56-byte value of map cilium_ct". */
/* The global variable (a .data/.rodata/.bss map's value) covering byte off
 * of map number map: its name, offset and size, from the data section's BTF
 * as the kernel is given it.  0 when the map is not global data or no
 * variable covers off. */
int diag_global_at(const struct ctx *c, int map, long off, char *name, size_t size, long *voff, long *vsize)
{
	const struct bv_map *m = map >= 0 && (size_t)map < c->obj->n_maps ? &c->obj->maps[map] : NULL;
	const struct btf *btf;

	if (!m || m->origin != BV_MAP_FROM_DATA || !m->section || !c->obj->priv)
		return 0;
	btf = bv_object_laid_out_btf((struct bv_object *)c->obj);
	for (uint32_t id = 1; btf && id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const struct btf_var_secinfo *vi;

		if (!btf_is_datasec(t) || strcmp(btf__name_by_offset(btf, t->name_off), m->section))
			continue;
		vi = btf_var_secinfos(t);
		for (int i = 0; i < btf_vlen(t); i++, vi++)
			if (off >= vi->offset && off < (long)vi->offset + vi->size) {
				snprintf(name, size, "%s", btf__name_by_offset(btf, btf__type_by_id(btf, vi->type)->name_off));
				*voff = vi->offset;
				*vsize = vi->size;
				return 1;
			}
	}
	return 0;
}

long room_at(const struct ctx *c, const struct bv_vreg *m, char *desc, size_t size)
{
	long off = m->off + (m->var_mask ? 0 : (long)m->var_value);

	switch (m->kind) {
	case BV_REG_STACK:
		snprintf(desc, size, "the stack at fp%ld", off);
		return -off;
	case BV_REG_MAP_VALUE: {
		char var[64];
		long voff, vsize;

		if (!m->var_mask && diag_global_at(c, m->map, off, var, sizeof(var), &voff, &vsize)) {
			snprintf(desc, size, "the global `%s` (%ld bytes at offset %ld of %s, a %u-byte map value)", var,
				 vsize, voff, c->obj->maps[m->map].section, m->size);
			/* the verifier stops at the map value's end, C at the variable's */
			return vsize - (off - voff);
		}
		snprintf(desc, size, "the %u-byte value of map %s at offset %ld", m->size,
			 m->map >= 0 && (size_t)m->map < c->obj->n_maps ? c->obj->maps[m->map].name : "?", off);
		return (long)m->size - off;
	}
	case BV_REG_MEM:
		snprintf(desc, size, "%u bytes of memory at offset %ld", m->size, off);
		return (long)m->size - off;
	case BV_REG_PKT:
		snprintf(desc, size, "the packet at offset %ld, %u bytes of it proven present", off, m->size);
		return (long)m->size - off;
	default:
		snprintf(desc, size, "a %s pointer", m->type);
		return -1;
	}
}

static uint64_t pow2_mask_below(long n)
{
	uint64_t m = 1;

	while ((m << 1) - 1 <= (uint64_t)n)
		m <<= 1;
	return m - 1;
}

/* What the compiler did to a value on its way to where it failed. */
/* Whether two instructions come from the same line of C. */
static bool same_src_line(const struct ctx *c, long a, long b)
{
	const struct bv_line_info *x = bv_prog_line_at(c->prog, (size_t)a), *y = bv_prog_line_at(c->prog, (size_t)b);

	return x && y && x->line_num && x->line_num == y->line_num && x->file_off == y->file_off;
}

/* `w3 = w9` that kept every bound R9 had (a size in [0, 800]), or made
 * bounds of nothing known (`w2 = w0` of a random number): no story to
 * tell about it (batch 47). */
static bool alu32_kept_bounds(const struct ctx *c, long insn)
{
	long k = step_of(c, c->fstep + 1, insn);
	const struct bv_insn *in = insn_at(c, insn);
	const struct bv_form *f = form_at(c, insn);
	const struct bv_vreg *src, *dst;

	if (k < 0 || !in || !f || f->op != BV_OP_MOV || !f->x || (size_t)k + 1 >= c->res->n_steps ||
	    c->res->steps[k + 1].frame != c->res->steps[k].frame)
		return false;
	src = reg_at(c, k, in->src);
	dst = reg_at(c, k + 1, in->dst);
	return src && dst && src->kind == BV_REG_SCALAR && dst->kind == BV_REG_SCALAR && dst->umax <= src->umax &&
	       dst->umin >= src->umin && dst->smax <= src->smax && dst->smin >= src->smin;
}

static void compiler_story(struct ctx *c, const struct trace *t, int reg)
{
	char b[128];

	if (t->fill >= 0 && !t->helper_fill) {
		CC(c, "The value was spilled to the stack at insn %ld (`%s`) and filled back at insn %ld (`%s`)", t->spill,
		   insn_text(c, t->spill, b, sizeof(b)), t->fill, insn_text(c, t->fill, b + 64, sizeof(b) - 64));
		if (t->fill_size != t->spill_size)
			CC(c, ", %d bytes stored and %d loaded: a partial fill comes back as an unknown number", t->spill_size,
			   t->fill_size);
		CC(c, ". ");
		diag_where(c, t->fill, "filled back from the stack here");
	}
	if (t->alu32 >= 0 && !alu32_kept_bounds(c, t->alu32)) {
		CC(c, "A 32-bit operation at insn %ld (`%s`) made R%d from a 32-bit view of the value, so what was "
		      "learnt about the 64-bit register does not carry over. ",
		   t->alu32, insn_text(c, t->alu32, b, sizeof(b)), reg);
	}
}

/* ---- classes ---- */

void diag_class(struct ctx *c, const char *k)
{
	c->d->klass = k;
}

/* Too many frames.  A function that calls itself, directly or through
 * others, makes every chain of calls through it endless: the walk follows
 * calls as new frames and cannot see that a depth test ends the recursion,
 * and the count of stack after the walk (the line ending in " !") follows
 * the calls the code has.  Found in the program's call graph; otherwise
 * the chain is just too long. */
static long call_cycle(const struct ctx *c, long *first)
{
	const struct bv_prog *p = c->prog;
	size_t n = p->n_funcs;
	int *color = n ? calloc(n, sizeof(int)) : NULL, *stack = n ? calloc(n, sizeof(int)) : NULL;
	long *at = n ? calloc(n, sizeof(long)) : NULL, found = -1;
	int sp = 0;

	if (!color || !stack || !at)
		goto out;
	/* depth-first from the program, one call instruction at a time */
	stack[sp++] = 0;
	color[0] = 1;
	while (sp && found < 0) {
		int f = stack[sp - 1];
		long end = (size_t)f + 1 < n ? (long)p->funcs[f + 1].insn : (long)p->n_insns;
		long i = at[f] ? at[f] : (long)p->funcs[f].insn;

		for (; i < end; i++) {
			const struct bv_insn *in = &p->insns[i];
			const struct bv_func_info *t;
			int g;

			if (in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_CALL)
				continue;
			t = func_of(c, i + in->imm + 1);
			g = t ? (int)(t - p->funcs) : -1;
			if (g < 0 || g >= (int)n || color[g] == 2)
				continue;
			if (color[g] == 1) {
				found = i;
				*first = g;
				break;
			}
			at[f] = i + 1;
			color[g] = 1;
			stack[sp++] = g;
			break;
		}
		if (found < 0 && i >= end) {
			color[f] = 2;
			sp--;
		}
	}
out:
	free(color);
	free(stack);
	free(at);
	return found;
}

static void deep_calls(struct ctx *c)
{
	long g = -1, call = call_cycle(c, &g);
	const struct bv_func_info *callee = call >= 0 ? &c->prog->funcs[g] : NULL, *caller;
	bool after = strstr(c->msg, " !") != NULL;

	if (!callee || !callee->name) {
		WHY(c, "The chain of BPF-to-BPF calls is deeper than the 8 frames a program may have.");
		FIX(c, "Flatten the call chain: at most 8 frames of BPF-to-BPF calls; mark small helpers "
		       "`static __always_inline`.");
		return;
	}
	caller = func_of(c, call);
	diag_where(c, call, caller == callee ? "the function calls itself here" : "the call that closes the cycle");
	WHY(c, "%s() calls itself%s%s%s, and BPF has no recursion. %s A program may have at most 8 frames.",
	    callee->name, caller && caller != callee && caller->name ? " (through " : "",
	    caller && caller != callee && caller->name ? caller->name : "",
	    caller && caller != callee && caller->name ? "())" : "",
	    after ? "The walk of the paths ended (a depth test bounded it), but after it the kernel adds up the stack "
		    "of every chain of calls the code has, and a chain through a call to itself never ends."
		  : "The verifier follows every call as a new frame and cannot see that a depth test ends the "
		    "recursion: it walks one call deeper each time.");
	FIX(c, "Replace the recursion by an explicit stack of pending work walked by bpf_loop(): keep the stack in a "
	       "struct (`struct walk { __u8 offs[8]; __u8 depths[8]; __u32 n; int max; };`), let the callback pop one "
	       "entry per round and push what %s() would have recursed on, and call `bpf_loop(32, step, &w, 0);`. "
	       "The callback is one frame, verified once; a plain `for` loop over the same stack gives the verifier "
	       "a path per combination of entries instead.",
	    callee->name);
}

/* Opcode 0x8d is clang's `callx`: a call through a function pointer,
 * which the kernel has no instruction for.  The functions whose address
 * the program takes (LD_IMM64 of a BPF function) are the candidates. */
static void indirect_call(struct ctx *c)
{
	const char *fn[4];
	char names[256] = "", arg[64] = "ctx";
	const struct btf *btf;
	const struct btf_type *pr = diag_func_proto(c, c->fail, &btf);
	int n = 0;

	for (long i = 0; i + 1 < (long)c->prog->n_insns; i++) {
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_func_info *f;
		size_t l = strlen(names);

		if (in->code != (BV_LD | BV_IMM | BV_DW) || in->src != 4)
			continue;
		f = func_of(c, i + in->imm + 1);
		i++;
		if (!f || !f->name || strstr(names, f->name) || n == 4)
			continue;
		fn[n] = f->name;
		snprintf(names + l, sizeof(names) - l, "%s%s()", n++ ? ", " : "", f->name);
	}
	if (pr && btf_vlen(pr) >= 1) {
		const char *p = btf__name_by_offset(btf, btf_params(pr)[0].name_off);

		if (p && *p)
			snprintf(arg, sizeof(arg), "%s", p);
	}
	WHY(c, " The compiler emitted `callx`, a call through a function pointer: the kernel's BPF has no "
	       "indirect calls, every call names its target%s%s%s.",
	    n ? " (the pointer here holds one of " : "", names, n ? ")" : "");
	if (c->fail >= 0)
		CC(c, "The call at insn %ld goes through a register: the C calls a function pointer (a variable or "
		      "a table of handlers).", c->fail);
	else
		CC(c, "A call goes through a register: the C calls a function pointer (a variable or a table of "
		      "handlers).");
	if (n >= 2)
		FIX(c, "Call the functions directly and choose with an `if` or a `switch` where the pointer was "
		       "chosen: `if (...) return %s(%s); return %s(%s);`",
		    fn[0], arg, fn[1], arg);
	else
		FIX(c, "Call the function directly, choosing with an `if` or a `switch` where the pointer was "
		       "chosen.");
	FIX(c, " For a table of whole programs, use a BPF_MAP_TYPE_PROG_ARRAY and bpf_tail_call().");
}

static int diag_structure(struct ctx *c)
{
	static const char *const pfx[] = {
		"jump out of range", "unreachable insn", "last insn is not an exit or jmp", "invalid BPF_LD_IMM",
		"unknown opcode", "jump into the middle of ldimm64", "invalid insn idx", "back-edge from insn",
		"invalid bpf_ld_imm64", "program must have", "the call stack of", "invalid size of register",
		"R10 is invalid", "frame pointer is read only", "invalid func unknown", "invalid src_reg",
		"function calls are not allowed", "unknown insn class",
	};

	for (size_t i = 0; i < sizeof(pfx) / sizeof(pfx[0]); i++)
		if (msg_starts(c->msg, pfx[i]) || strstr(c->msg, "uses reserved fields")) {
			diag_class(c, "invalid-program");
			if (strstr(c->msg, "call stack")) {
				deep_calls(c);
				return 1;
			}
			WHY(c, "The program is not well-formed, before any value is considered: %s.", c->msg);
			if (strstr(c->msg, "unreachable"))
				FIX(c, "Remove the code no path reaches, or make the jump that should reach it reach it; "
				       "the kernel refuses dead instructions.");
			else if (strstr(c->msg, "unknown opcode 8d"))
				indirect_call(c);
			else if (strstr(c->msg, "opcode") || strstr(c->msg, "reserved"))
				FIX(c, "Compile for an instruction set this kernel knows (`-mcpu=v3` with clang), or fix "
				       "the hand-written instruction.");
			else
				FIX(c, "This comes from hand-written or damaged bytecode, not from ordinary C: check the "
				       "inline assembly or the tool that produced the object.");
			return 1;
		}
	return 0;
}

/* The program's own function declares more parameters than the context:
 * r2-r5 at entry are its second to fifth, and the kernel never sets them.
 * People port a function that took its settings as arguments. */
static int uninit_param(struct ctx *c, int r, const struct bv_vreg *v)
{
	const struct btf *btf;
	const struct btf_type *pr = diag_func_proto(c, c->fail, &btf);
	const struct bv_func_info *fi = func_of(c, c->fail);
	const char *name, *prog;
	char ty[96], first[128];

	if (!pr || !fi || fi->insn != 0 || r < 2 || r > 5 || (v && v->def_insn >= 0) ||
	    btf_vlen(pr) < (unsigned)r || (c->fstep >= 0 && c->res->steps[c->fstep].frame != 0))
		return 0;
	name = btf__name_by_offset(btf, btf_params(pr)[r - 1].name_off);
	prog = fi->name ? fi->name : c->prog->name;
	if (!name || !*name)
		return 0;
	diag_type_name(btf, btf_params(pr)[r - 1].type, ty, sizeof(ty));
	WHY(c, "R%d is `%s`, parameter %d of %s(), read at insn %ld. The kernel calls a BPF program with one "
	       "argument, the context in r1: %s's other parameters are never set, so R%d is unreadable.",
	    r, name, r, prog, c->fail, prog, r);
	FIX(c, "Take `%s` from user space another way: a read-only global set before the program is loaded "
	       "(`const volatile %s %s = 0;` at file scope, written through the skeleton's `rodata` or "
	       "bpf_map__set_initial_value()), or a map the loader fills; and declare the program with the "
	       "context alone: `int %s(%s)`.",
	    name, ty, name, prog, diag_first_param(btf, pr, first, sizeof(first)));
	return 1;
}

static int diag_uninit_reg(struct ctx *c)
{
	int r;
	const struct bv_vreg *v;
	long call = -1;
	char b[64];

	if (!strstr(c->msg, "!read_ok"))
		return 0;
	r = msg_reg(c->msg);
	diag_class(c, "uninit-register");
	v = reg_at(c, c->fstep, r);
	/* a call between the last write and the read clobbered it */
	for (long k = c->fstep - 1; k >= 0 && v; k--) {
		long i = (long)c->res->steps[k].insn;

		if (v->def_insn >= 0 && i == v->def_insn)
			break;
		if (is_call(c, i) && r >= 0 && r <= 5) {
			call = i;
			break;
		}
	}
	if (r == 0 && insn_at(c, c->fail) && insn_at(c, c->fail)->code == (BV_JMP | BV_EXIT)) {
		WHY(c, "The function returns without setting its return value: R0 is not written on this path "
		       "before the exit.");
		FIX(c, "Return a value on every path (`return 0;` at the end, or in the branch that falls through).");
		return 1;
	}
	if (call >= 0) {
		diag_where(c, call, "the call that overwrote it");
		WHY(c, "R%d is read at insn %ld, but the call at insn %ld (%s) overwrote it: calls leave r1-r5 "
		       "unreadable and r0 holding the result.",
		    r, c->fail, call, is_helper_call(c, call) ? helper_at(c, call, b, sizeof(b)) : "a BPF function");
		FIX(c, "Keep the value in a local variable the compiler can hold in r6-r9 or on the stack across the "
		       "call; in inline assembly, do not expect r1-r5 to survive a call.");
		return 1;
	}
	if (uninit_param(c, r, v))
		return 1;
	WHY(c, "R%d is read at insn %ld, but nothing on this path wrote it: a BPF program starts with only r1 "
	       "(the context) and r10 (the frame pointer) set.",
	    r, c->fail);
	if (r >= 6 && r <= 9)
		WHY(c, " A value left in R%d by another program does not survive a tail call either: the program "
		       "tail-called into starts afresh.",
		    r);
	FIX(c, "Do not pass values between programs in registers. Across bpf_tail_call, use a per-CPU array map "
	       "(one entry, written before the tail call and read after) or the context's scratch space "
	       "(`skb->cb[]`); in inline assembly, read only registers the same program wrote.");
	if (r >= 2 && r <= 5 && (c->fstep < 0 || c->res->steps[c->fstep].frame == 0))
		FIX(c, " If R%d is a parameter of the program's function (its parameter %d), the kernel never sets "
		       "it: only the first, the context, is passed; take the value from a `const volatile` global "
		       "set before load, or from a map.",
		    r, r);
	return 1;
}

/* The size argument of a helper call that failed on its memory argument. */
static int size_reg_for(const struct ctx *c, int mem)
{
	const struct bv_vreg *s = reg_at(c, c->fstep, mem + 1);

	return s && s->kind == BV_REG_SCALAR && mem + 1 <= 5 ? mem + 1 : -1;
}

static void explain_bound_source(struct ctx *c, int reg, long step, const char *what)
{
	const struct bv_vreg *v = reg_at(c, step, reg);
	char b[128];

	if (!v)
		return;
	if (v->bound_insn >= 0) {
		diag_where(c, v->bound_insn, what);
		WHY(c, " (bounded at insn %ld: `%s`)", (long)v->bound_insn, insn_text(c, v->bound_insn, b, sizeof(b)));
	} else if (v->def_insn >= 0) {
		diag_where(c, v->def_insn, "value made here");
		WHY(c, " (from `%s` at insn %ld)", insn_text(c, v->def_insn, b, sizeof(b)), (long)v->def_insn);
	}
}

/* Numbers too large, unbounded or negative for the memory they index or
 * size: which class, found through the registers' histories. */
/* Whether the size the failing helper call takes in register reg may be 0
 * (ARG_CONST_SIZE_OR_ZERO); true for anything that is not a helper's size. */
static bool size_arg_zero_ok(const struct ctx *c, int reg)
{
	const struct helper_proto *hp = is_helper_call(c, c->fail) ? helper_proto(insn_at(c, c->fail)->imm) : NULL;

	return !hp || reg < 1 || reg > 5 || hp->args[reg - 1] != A_SIZE;
}

/* The name a fix gives the size a helper call takes in reg: the variable
 * the source passes, or "n"; *scale, what the source multiplies it by.
 * A member (`e->len`) is read into a local first, which the fix says (in
 * FIX, before the check) so the value checked is the value passed. */
static const char *size_name(struct ctx *c, int reg, char *buf, size_t size, long *scale, bool *local)
{
	if (local)
		*local = false;
	if (is_helper_call(c, c->fail) && diag_size_var(c, c->fail, reg, buf, size, scale)) {
		char expr[64];
		const char *id = buf + strlen(buf);

		if (!strpbrk(buf, ".->[*"))
			return buf;
		/* the local takes the member's name (`e->len`: len), or the
		 * pointer's with _val (`*depth`: depth_val); 64 bits wide, so no
		 * zero-extended copy is what gets checked */
		snprintf(expr, sizeof(expr), "%s", buf);
		while (id > buf && (isalnum((unsigned char)id[-1]) || id[-1] == '_'))
			id--;
		if (!*id || strchr(buf, '['))
			snprintf(buf, size, "n");
		else
			snprintf(buf, size, "%.*s%s", (int)strlen(id), id, expr[0] == '*' ? "_val" : "");
		FIX(c, "Read `%s` once into a 64-bit local, `__u64 %s = %s;`, check that and pass %s. ", expr, buf,
		    expr, buf);
		if (local)
			*local = true;
		return buf;
	}
	*scale = 1; /* diag_size_var leaves it 1 when it finds nothing */
	return "n";
}

static bool declared_type(const struct ctx *c, const char *name, char *ty, size_t size);
static int helper_result_size(struct ctx *c, int r, int mem, long room, bool beyond);

/* How many bytes the variable name passed to the failing call holds, as
 * declared in its function: a scalar's width, a struct's BTF size, at
 * least N for an array `name[N]`; -1 when the source does not say.
 * *exact: whether that is the whole size, not a lower bound. */
static long var_bytes(const struct ctx *c, const char *name, bool *exact)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	char ty[96];
	long n;
	int id;

	*exact = false;
	if (diag_src_is_array(c, c->fail, name))
		return (n = diag_src_member_len(c, c->fail, name)) > 0 ? n : -1;
	if (!declared_type(c, name, ty, sizeof(ty)) || strchr(ty, '*'))
		return -1;
	*exact = true;
	if ((n = diag_scalar_size(ty)) > 0)
		return n;
	if (btf && !strncmp(ty, "struct ", 7) && (id = btf__find_by_name_kind(btf, ty + 7, BTF_KIND_STRUCT)) > 0)
		return (long)btf__type_by_id(btf, (uint32_t)id)->size;
	*exact = false;
	return -1;
}

/* size_name for a size that must not be 0: a masked size (`e->len & 0xf`)
 * is 0 whenever the mask clears it, whatever len is, so the local takes the
 * whole expression and the check is on what the call gets (batch 76). */
static const char *nonzero_size_name(struct ctx *c, int reg, char *buf, size_t size, long *scale, bool *local)
{
	char t[96];
	const char *op;

	if (is_helper_call(c, c->fail) && diag_call_arg(c, c->fail, reg, t, sizeof(t)) && (op = strstr(t, " & ")) &&
	    !strpbrk(op + 3, " ()")) {
		FIX(c, "Compute the size once into a 64-bit local, `__u64 n = %s;`, check that and pass n. ", t);
		snprintf(buf, size, "n");
		*scale = 1;
		if (local)
			*local = true;
		return buf;
	}
	return size_name(c, reg, buf, size, scale, local);
}

/* The largest size a helper call's buffer takes, as the fix should write
 * it: `sizeof(buf)` when the call passes a stack variable by its name or
 * its address (`&cmd`) (the verifier counts the room up to the frame's
 * top, which may hold other variables after buf: seen, batch 30, 88 bytes
 * for a 64-byte buf), divided by scale for a size written n * scale; else
 * the number.  1 when the limit is the variable's size. */
static int size_limit(const struct ctx *c, int memreg, long room, long scale, char out[static 96], size_t size)
{
	const struct bv_vreg *m = reg_at(c, c->fstep, memreg);
	char b[64];

	if (m && m->kind == BV_REG_STACK && is_helper_call(c, c->fail) &&
	    diag_buffer_var(c, c->fail, memreg, b, sizeof(b)) && !strpbrk(b, ".->[*() ")) {
		if (scale > 1)
			snprintf(out, size, "sizeof(%s) / %ld", b, scale);
		else
			snprintf(out, size, "sizeof(%s)", b);
		return 1;
	}
	snprintf(out, size, "%ld", room / (scale > 0 ? scale : 1));
	return 0;
}

/* A signed check on a copy that left the copy non-negative, while the
 * register used got no bound at all: the copy, not the sign, is the cause
 * (seen, batch 17: `int len` from a 64-bit field, `if (len < 1 || len >
 * 64)` on a sign-extended copy). A copy still negative after its check is
 * the one-sided signed check the class signed-size is about. */
static bool copy_checked_both_sides(const struct ctx *c, const struct check *chk, const struct bv_vreg *used)
{
	const struct bv_vreg *after = reg_at(c, chk->step + 1, chk->reg);

	return used->smax == INT64_MAX && used->umax == UINT64_MAX && after && after->kind == BV_REG_SCALAR &&
	       after->smin >= 0;
}

/* The store on the path that put into memory what the load at the root of
 * t read back (`e->len = n;` then `e->len` passed on), with a value that
 * was bounded when it was stored: the bound stayed behind in the register,
 * since the verifier tracks no values in map values or records. */
static long stored_bounded(const struct ctx *c, const struct trace *t, long *st_step)
{
	if (!t->load_base_kind || t->root_step < 0)
		return -1;
	for (long s = t->root_step - 1; s >= 0; s--) {
		long i = (long)c->res->steps[s].insn;
		const struct bv_insn *st = insn_at(c, i);
		const struct bv_vreg *base, *val;

		if (!st || BV_CLASS(st->code) != BV_STX || BV_MODE(st->code) != BV_MEM || st->dst == 10)
			continue;
		base = reg_at(c, s, st->dst);
		if (!base || (int)base->kind != t->load_base_kind || base->map != t->load_map ||
		    base->id != t->load_id || base->off + st->off != t->load_off)
			continue;
		val = reg_at(c, s, st->src);
		if (!val || val->kind != BV_REG_SCALAR || val->umax >= (1ull << 29) || val->smin < 0)
			return -1;
		*st_step = s;
		return i;
	}
	return -1;
}

/* clang folds a two-sided check, `n < 1 || n > 64`, into one unsigned
 * comparison of n - 1 (or n - 65, 32-bit) made on a copy: the constant
 * added to the copy between the copy and the check, or -1.  The original
 * register keeps neither bound (seen, batch 20). */
static long folded_range_check(const struct ctx *c, const struct check *chk, long *addend)
{
	if (chk->tr.copy < 0)
		return -1;
	for (long k = step_of(c, chk->step, chk->tr.copy) + 1; k > 0 && k < chk->step; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);

		if (in && f && in->dst == chk->reg && !f->x && (f->op == BV_OP_ADD || f->op == BV_OP_SUB) &&
		    (BV_CLASS(in->code) == BV_ALU || BV_CLASS(in->code) == BV_ALU64) && in->imm) {
			*addend = f->op == BV_OP_SUB ? -(long)in->imm : (long)in->imm;
			return i;
		}
	}
	return -1;
}

/* A bounded value stored into memory and its load used instead. */
static int bound_left_in_memory(struct ctx *c, int valreg, const struct trace *tr, long room)
{
	long s, st = stored_bounded(c, tr, &s);
	const struct bv_vreg *was, *v = reg_at(c, c->fstep, valreg);
	char lhs[96], rhs[96], b[128];
	struct check chk;

	if (st < 0 || !v)
		return 0;
	was = reg_at(c, s, insn_at(c, st)->src);
	/* `if (h->head >= 32) h->head = 0;`: a reset stored on one path of a
	 * check of the field itself; the check, not the constant, is what the
	 * program meant to carry, and the second load is what lost it */
	if (was && was->umin == was->umax && find_check(c, valreg, c->fstep, &chk) && !same_root(&chk.tr, tr) &&
	    same_field(&chk.tr, tr))
		return 0;
	diag_class(c, "bound-lost");
	if (find_check(c, insn_at(c, st)->src, s, &chk))
		diag_where(c, chk.insn, "the check, on the value before it was stored");
	diag_where(c, st, "stored into memory here");
	diag_where(c, tr->root, "loaded back here, without its bounds");
	WHY(c, "At insn %ld the program stores a checked value (at most %" PRIu64 ") into memory (`%s`), and at "
	       "insn %ld it loads it back and uses the load. The verifier keeps what it learnt about a value in "
	       "registers and stack slots, not in map values or ring buffer records: the load at insn %ld is ",
	    st, was->umax, insn_text(c, st, b, sizeof(b)), tr->root, tr->root);
	if (v->umax == UINT32_MAX)
		WHY(c, "any 32-bit number.");
	else if (v->umax >= (1ull << 29))
		WHY(c, "unbounded.");
	else
		WHY(c, "as large as %" PRIu64 ".", v->umax);
	if (diag_assignment(c, st, lhs, sizeof(lhs), rhs, sizeof(rhs)))
		FIX(c, "Use the checked variable itself, not the copy read back from memory: pass `%s` where the "
		       "program reads `%s`; or check the loaded value again right before the use "
		       "(`if (len > %ld) ...`).",
		    rhs, lhs, room > 0 ? room : 0L);
	else
		FIX(c, "Use the checked variable itself, not the copy read back from memory, or check the loaded "
		       "value again right before the use.");
	return 1;
}

/* An array's element size, from the scaling of its index (`r1 <<= 4`:
 * 16 bytes) when that is wider than the access, else the access's. */
static long index_stride(const struct ctx *c, const struct trace *tr, uint64_t need)
{
	const struct bv_form *of = tr->op >= 0 ? form_at(c, tr->op) : NULL;
	const struct bv_insn *oi = tr->op >= 0 ? insn_at(c, tr->op) : NULL;

	if (of && oi && !of->x && of->op == BV_OP_LSH && oi->imm > 0 && oi->imm < 16 && (1L << oi->imm) >= (long)need)
		return 1L << oi->imm;
	if (of && oi && !of->x && of->op == BV_OP_MUL && oi->imm > 0 && oi->imm >= (long)need)
		return oi->imm;
	return (long)need;
}

static bool own_check_return(const struct ctx *c, long cmp, char *out, size_t size);
static void return_words(const struct ctx *c, long long v, char *out, size_t size);
static bool inlined_fn_at(const struct ctx *c, long insn, struct diag_srcfn *fn);
static bool own_fn_at(const struct ctx *c, long insn, struct diag_srcfn *fn);

/* How the failing line's function leaves on failure: its `goto err;`,
 * else its own failure return when it is not the program's function,
 * else `return pass;`. */
static void leave_stmt(const struct ctx *c, const char *pass, char *leave, size_t size)
{
	char label[48];
	struct diag_srcfn fn;
	const char *fv;

	if (diag_src_goto(c, c->fail, label, sizeof(label)))
		snprintf(leave, size, "goto %s;", label);
	else if (diag_src_function(c, c->fail, &fn) && c->prog->name && strcmp(fn.name, c->prog->name) &&
		 (fv = diag_src_fail_value(&fn)))
		snprintf(leave, size, "return %s;", fv);
	else
		snprintf(leave, size, "return %s;", pass);
}

/* The errno a negative constant return most likely spells. */
static const char *errno_name(long v)
{
	static const struct { int no; const char *name; } tab[] = {
		{1, "EPERM"},   {2, "ENOENT"},	{3, "ESRCH"},	{4, "EINTR"},	{5, "EIO"},	  {7, "E2BIG"},
		{9, "EBADF"},	{11, "EAGAIN"}, {12, "ENOMEM"}, {13, "EACCES"}, {14, "EFAULT"}, {16, "EBUSY"},
		{17, "EEXIST"}, {19, "ENODEV"}, {22, "EINVAL"}, {28, "ENOSPC"}, {34, "ERANGE"}, {61, "ENODATA"},
		{95, "EOPNOTSUPP"},
	};

	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (tab[i].no == -v)
			return tab[i].name;
	return NULL;
}

/* What the function returns when the comparison at step k goes the way
 * the failing path did not (`if (arg_num >= spec->arg_cnt)` jumping to
 * `w0 = w8; exit` with w8 = -2 at the comparison): "-ENOENT", "-5", "1".
 * Only a short straight run of moves to R0 then exit is followed. */
static bool branch_return(const struct ctx *c, long k, char *out, size_t size)
{
	long i = (long)c->res->steps[k].insn, other;
	const struct bv_insn *in = insn_at(c, i);
	int src = -1;
	int64_t val = 0;
	bool known = false, w32 = false;

	if (!in || !is_cond_jump(c, i) || (size_t)k + 1 >= c->res->n_steps)
		return false;
	other = (long)c->res->steps[k + 1].insn == i + 1 ? i + 1 + in->off : i + 1;
	for (int n = 0; n < 6; n++, other++) {
		const struct bv_insn *a = insn_at(c, other);
		const struct bv_form *f = form_at(c, other);

		if (!a || !f)
			return false;
		if (BV_CLASS(a->code) == BV_JMP && f->op == BV_OP_EXIT) {
			if (!known && src < 0)
				src = 0; /* R0 was set before the test */
			if (src >= 0) {
				const struct bv_vreg *r = reg_at(c, k, src);

				if (!r || r->kind != BV_REG_SCALAR || r->umin != r->umax)
					return false;
				val = w32 ? (int32_t)(uint32_t)r->umin : (int64_t)r->umin; /* `w0 = w8`: an int */
				/* `r1 = 0xfffffffe` then `r0 = r1`: clang's int -2, zero-extended */
				if (!w32 && val > INT32_MAX && val <= (int64_t)UINT32_MAX)
					val = (int32_t)(uint32_t)val;
				known = true;
			}
			if (!known)
				return false;
			if (val < 0 && errno_name((long)val))
				snprintf(out, size, "-%s", errno_name((long)val));
			else if (c->res->steps[k].frame == 0)
				return_words(c, val, out, size); /* the program's verdict: TC_ACT_SHOT */
			else
				snprintf(out, size, "%" PRId64, val);
			return true;
		}
		if (BV_CLASS(a->code) == BV_JMP && f->op == BV_OP_JA) {
			other += a->off;
			continue;
		}
		if ((BV_CLASS(a->code) != BV_ALU && BV_CLASS(a->code) != BV_ALU64) || f->op != BV_OP_MOV || a->dst != 0)
			return false;
		w32 = !f->is64;
		if (f->x) {
			src = a->src;
			known = false;
		} else {
			src = -1;
			val = a->imm;
			known = true;
		}
	}
	return false;
}

/* The length of the array member of a map value that p points to the
 * start of (`spec->args` of a `struct __bpf_usdt_spec` value), when its
 * elements are es bytes; 0 when the value's BTF does not say.  The
 * failing access's own offset counts: `dc->skb_addrs[i]` adds i to the
 * value's start and reads at +4, where skb_addrs begins (batch 76). */
static int value_array_len(const struct ctx *c, const struct bv_vreg *p, int es, char name[static 48])
{
	const struct bv_map *m = p->kind == BV_REG_MAP_VALUE && p->map >= 0 && (size_t)p->map < c->obj->n_maps
					 ? &c->obj->maps[p->map]
					 : NULL;
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct bv_insn *in = insn_at(c, c->fail);
	int moff, msize, n = 0, at = p->off;

	if (in && (BV_CLASS(in->code) == BV_LDX || BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST))
		at += in->off;
	if (!m || !btf || !m->btf_value_type_id || p->var_mask ||
	    !diag_member_at(btf, m->btf_value_type_id, at, name, 48, &moff, &msize, &n) || moff != at ||
	    msize != es)
		return 0;
	name[strcspn(name, "[")] = '\0'; /* the member, not its first element */
	return n;
}

/* A checked value the program keeps on the stack where the verifier does
 * not follow it: a store narrower than 8 bytes, or off an 8-byte slot,
 * keeps only that the bytes were written, so a load after the check is
 * any number of its width.  clang does this to a variable whose address
 * went to a helper (seen, batch 30: `__u16 port` filled by
 * bpf_skb_load_bytes, converted by bpf_ntohs and stored back at fp-2,
 * checked in a register, read again from fp-2 for `st[port]`). */
static int bound_left_on_stack(struct ctx *c, int valreg, const struct trace *tr, long room, uint64_t need,
			       const char *leave)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, valreg), *after;
	struct check chk;
	char var[64], b[128], hb[64];
	long stride = index_stride(c, tr, need), n = 0;

	if (!v || tr->near_fill < 0 || tr->near_spill < 0)
		return 0;
	/* a spill the verifier kept (its bytes still a spill where it failed) is not this */
	if (c->res->steps[tr->near_fill_step].frame == c->res->steps[c->fstep].frame && tr->near_off < 0 &&
	    -tr->near_off - 1 < c->res->stack_size && c->res->stack[-tr->near_off - 1] == BV_STACK_SPILL)
		return 0;
	if (!find_check(c, valreg, c->fstep, &chk) || chk.step >= tr->near_fill_step)
		return 0;
	after = reg_at(c, chk.step + 1, chk.reg);
	if (!after || after->umax >= v->umax)
		return 0; /* the check did not narrow it: another cause */
	if (room > 0 && stride > 0)
		n = room / stride;
	if (!diag_cond_var(c, chk.insn, var, sizeof(var)) || strpbrk(var, ".->["))
		snprintf(var, sizeof(var), "i");
	diag_class(c, "bound-lost");
	diag_where(c, chk.insn, "the check, in a register");
	diag_where(c, tr->near_spill, "stored to the stack here, bounds not kept");
	diag_where(c, tr->near_fill, "loaded back here, any value");
	WHY(c, "The program checks %s at insn %ld (`%s`), which leaves R%d at most %" PRIu64 ". ", var, chk.insn,
	    insn_text(c, chk.insn, b, sizeof(b)), chk.reg, after->umax);
	WHY(c, "But the access does not use that register: insn %ld (`%s`) loads the value again from the stack at "
	       "fp%d, ",
	    tr->near_fill, insn_text(c, tr->near_fill, b, sizeof(b)), tr->near_off);
	WHY(c, "where insn %ld (`%s`) stored it. ", tr->near_spill, insn_text(c, tr->near_spill, b, sizeof(b)));
	WHY(c, "The verifier keeps a value's bounds on the stack only for a register stored at the start of an "
	       "8-byte slot; ");
	if (tr->near_off % 8)
		WHY(c, "this %d-byte store at fp%d starts inside one, ", tr->near_size, tr->near_off);
	else
		WHY(c, "this store was not kept as one, ");
	WHY(c, "so only the fact that the bytes were written is kept, and the load is any %d-bit number: ",
	    tr->near_size * 8);
	WHY(c, "after scaling, an offset of up to %" PRIu64 ".", v->umax);
	if (n > 0 && after->umax >= (uint64_t)n)
		WHY(c, " The check itself is one short too: it lets %s reach %" PRIu64 ", and %ld bytes hold %ld elements "
		       "of %ld bytes, the last at index %ld.",
		    var, after->umax, room, n, stride, n - 1);
	if (tr->helper_fill && is_helper_call(c, tr->root))
		CC(c, "`%s` lives on the stack because its address is passed to %s (insn %ld): the compiler writes it "
		      "back there after changing it, and reads it again for the access instead of using the checked "
		      "register. ",
		   var, helper_at(c, tr->root, hb, sizeof(hb)), tr->root);
	else
		CC(c, "The compiler keeps `%s` in memory on the stack and reads it again for the access instead of "
		      "using the checked register. ",
		   var);
	if (n > 0)
		FIX(c, "Copy the value into a variable whose address is never taken, and check and index with that one: "
		       "`__u32 idx = %s; if (idx >= %ld) %s` in place of the check of `%s`, then use `idx` where the "
		       "program uses `%s`.",
		    var, n, leave, var, var);
	else
		FIX(c, "Copy the value into a variable whose address is never taken, and check and use that one: "
		       "`__u32 idx = %s; if (idx > %" PRIu64 ") %s` in place of the check of `%s`, then use `idx` "
		       "where the program uses `%s`.",
		    var, after->umax, leave, var, var);
	return 1;
}

/* The C type of an n-byte load, for a local the fix declares. */
static const char *load_type(int size)
{
	return size == 1 ? "__u8" : size == 2 ? "__u16" : size == 8 ? "__u64" : "__u32";
}

/* A field checked on one load and used from a second: what the compiler
 * did (a call between the two that may change memory makes it load again)
 * and the fix, written with the source's own names: read the field once
 * into a local, check and use the local, store it back. */
static void reload_story(struct ctx *c, const struct check *chk, const struct trace *tr, long room)
{
	char field[96], local[96], chkline[160], setline[160], b[128];
	const char *line = diag_src_text(c, chk->insn), *dot;
	long call = -1, reset = -1;
	const struct bv_form *lf = form_at(c, tr->root);

	for (long k = chk->step + 1; k < tr->root_step; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_vreg *base;

		if (in && in->code == (BV_JMP | BV_CALL) && call < 0)
			call = i;
		if (in && BV_CLASS(in->code) == BV_STX && BV_MODE(in->code) == BV_MEM && in->dst != 10 &&
		    (base = reg_at(c, k, in->dst)) && (int)base->kind == tr->load_base_kind && base->map == tr->load_map &&
		    base->off + in->off == tr->load_off)
			reset = i;
	}
	if (reset >= 0)
		diag_where(c, reset, "stored back into memory here");
	/* `__u32 len = skb->len; if (len > N) ...; f(..., skb->len)`: the
	 * source itself reads the field again where it means the copy
	 * (seen, batch 31) */
	{
		char lhs[96], rhs[96];
		const char *use = diag_src_text(c, tr->root);

		if (diag_assigned_from(c, chk->tr.root, lhs, sizeof(lhs), rhs, sizeof(rhs)) &&
		    strpbrk(rhs, ".>") && use && use != diag_src_text(c, chk->tr.root) && strstr(use, rhs) &&
		    diag_cond_var(c, chk->insn, field, sizeof(field)) && !strcmp(field, lhs)) {
			CC(c, "The check is on `%s`, a copy of `%s`, but the line at insn %ld reads `%s` itself again "
			      "instead of using `%s`. ",
			   lhs, rhs, tr->root, rhs, lhs);
			FIX(c, "Use the checked variable: pass `%s` where the program reads `%s` again (`%s`).", lhs, rhs,
			    use);
			return;
		}
	}
	if (call >= 0) {
		diag_where(c, call, "the call after which the field is loaded again");
		CC(c, "The compiler loaded the field twice: the call at insn %ld (`%s`) may change memory, so "
		      "after it the field is read again (insn %ld) instead of reusing the checked value. ",
		   call, insn_text(c, call, b, sizeof(b)), tr->root);
	} else {
		CC(c, "The compiler loaded the field twice (it must, when the field is volatile or a store in "
		      "between may change it). ");
	}
	if (!diag_cond_var(c, chk->insn, field, sizeof(field)) || !strpbrk(field, ".>") || !line) {
		FIX(c, "Read the field once into a local variable, check that variable, and use it: "
		       "`__u32 n = v->len; if (n > %ld) return 0; ... use n`.",
		    room > 0 ? room : 0L);
		return;
	}
	/* the local is named after the member: `h->head` gives head */
	for (const char *q = dot = field; *q; q++)
		if (*q == '.' || *q == '>')
			dot = q + 1;
	snprintf(local, sizeof(local), "%s", dot);
	if (!diag_replace_expr(line, field, local, chkline, sizeof(chkline))) {
		FIX(c, "Read `%s` once into a local variable, check that variable, and use it instead of `%s`.", field,
		    field);
		return;
	}
	FIX(c, "Read `%s` once into a local, check and use only the local, and store it back when it changes: "
	       "`%s %s = %s; %s",
	    field, load_type(lf ? lf->size : 4), local, field, chkline);
	if (reset >= 0 && diag_src_text(c, reset) && diag_replace_expr(diag_src_text(c, reset), field, local, setline, sizeof(setline)))
		FIX(c, " %s", setline);
	FIX(c, "`, then `%s` wherever the program reads `%s` (`%s = ...;` to write it).", local, field, field);
}

/* The element size an index was scaled by on its way to the pointer
 * (`r7 <<= 2`: 4), 1 when it was not. */
static long index_scale(const struct ctx *c, const struct trace *tr)
{
	const struct bv_form *of = tr->op >= 0 ? form_at(c, tr->op) : NULL;
	const struct bv_insn *oi = tr->op >= 0 ? insn_at(c, tr->op) : NULL;

	return of && oi && of->op == BV_OP_LSH && !of->x && oi->imm > 0 && oi->imm < 8 ? 1L << oi->imm : 1;
}

/* `bpf_skb_load_bytes(skb, off, &iph, sizeof(*iph))` with `struct iphdr
 * *iph`: the address of the pointer variable, filled with what it points
 * to (seen, batch 36).  The fix declares the struct itself. */
/* A buffer argument that is a pointer variable the program moved into
 * an object of its stack (test_tc_tunnel's `l2_hdr = (__u8 *)&h_outer +
 * olen;`, then `l2_hdr += sizeof(struct vxlanhdr);`): sizeof(l2_hdr) is
 * the pointer's 8 bytes, and the bytes written past the frame's top
 * belong to the object, which is too small for them.  at is the
 * pointer's frame offset at the call, size the bytes written. */
static bool pointer_into_object(struct ctx *c, const char *var, long at, long size)
{
	char pat[80], inc[80], obj[64];
	const char *mk = NULL, *amp = NULL, *moved = NULL;
	uint32_t ml = 0, mvl = 0;
	long start = 0;

	snprintf(pat, sizeof(pat), "%s = ", var);
	snprintf(inc, sizeof(inc), "%s += ", var);
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i);
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);

		if (t && li && !mk && !strncmp(t, pat, strlen(pat)) && (amp = strchr(t, '&'))) {
			mk = t;
			ml = li->line_num;
		}
		if (t && li && !moved && !strncmp(t, inc, strlen(inc))) {
			moved = t;
			mvl = li->line_num;
		}
	}
	size_t n = 0;

	/* clang folded the line that aimed it (`&h_outer + olen` with olen
	 * known): the pointer is told by the line that moves it */
	if (!mk && moved) {
		WHY(c, " `%s` is a pointer moved along a buffer (line %u: `%s`), not an array, and where it points "
		       "here the stack ends %ld bytes on: the %ld bytes written run %ld past the top of the stack, so "
		       "the object it points into is too small for them.",
		    var, mvl, moved, -at, size, size + at);
		FIX(c, "Make the object `%s` points into large enough for everything written through it (a struct "
		       "that holds a header and what follows it needs room at its end, such as a `__u8 pad[...];` "
		       "member), or write fewer bytes there. `sizeof(%s)` would be the pointer's own 8.",
		    var, var);
		return true;
	}
	if (!mk)
		return false;
	for (amp++; *amp == '(' || *amp == ' '; amp++)
		;
	while (isalnum((unsigned char)amp[n]) || amp[n] == '_')
		n++;
	if (!n || n >= sizeof(obj) || isdigit((unsigned char)*amp))
		return false;
	snprintf(obj, sizeof(obj), "%.*s", (int)n, amp);
	/* where the object starts: the lowest stack address the line made */
	for (size_t k = 0; k < c->res->n_steps; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_vreg *d = in ? reg_at(c, (long)k, in->dst) : NULL;

		if (li && li->line_num == ml && d && d->kind == BV_REG_STACK && d->off < start && in->dst != 10)
			start = d->off;
	}
	if (start >= 0 || at < start)
		return false;
	long into = at - start;

	WHY(c, " `%s` is a pointer, not a buffer: line %u (`%s`) points it into `%s`, which starts at fp%ld, and here "
	       "it is %ld bytes into it, so the %ld bytes written are bytes %ld to %ld of `%s`, past the top of the "
	       "stack.",
	    var, ml, mk, obj, start, into, size, into, into + size - 1, obj);
	FIX(c, "Make `%s` at least %ld bytes: give its struct room at the end for what is written after the header "
	       "(a `__u8 pad[...];` member), or write fewer bytes there. `sizeof(%s)` would be the pointer's own 8.",
	    obj, into + size, var);
	return true;
}

static bool pointer_as_buffer(struct ctx *c, int memreg, uint64_t size)
{
	char buf[64], sz[80], want[80], type[64] = "", use[160] = "";
	const char *var;

	if (memreg < 1 || !diag_call_arg(c, c->fail, memreg, buf, sizeof(buf)) ||
	    !diag_call_arg(c, c->fail, memreg + 1, sz, sizeof(sz)) || buf[0] != '&' || !diag_is_name(buf + 1))
		return false;
	var = buf + 1;
	snprintf(want, sizeof(want), "sizeof(*%s)", var);
	if (strcmp(sz, want))
		return false;
	/* its struct from a line that declares it, and a member read to show */
	for (size_t i = 0; i < c->prog->n_insns && (!type[0] || !use[0]); i++) {
		const char *t = diag_src_text(c, (long)i), *a;
		char x[64], f[64], pat[80];

		if (!t)
			continue;
		if (!type[0])
			diag_declared_struct(c, (long)i, var, type, sizeof(type));
		snprintf(pat, sizeof(pat), "%s->", var);
		if (!use[0] && (a = strstr(t, pat)) && diag_arrow_at(t, a + strlen(var), x, f, sizeof(x)) && !strcmp(x, var))
			snprintf(use, sizeof(use), "`%s.%s` for `%s->%s`", var, f, var, f);
	}
	WHY(c, " `%s` is a pointer: `&%s` is the address of the pointer variable itself, 8 bytes on the stack, and the "
	       "helper would write the %" PRIu64 " bytes of what it points to there.",
	    var, var, size);
	if (type[0])
		FIX(c, "Declare the header itself, not a pointer to it: `struct %s %s;` in place of `struct %s *%s;`, pass "
		       "`&%s, sizeof(%s)`",
		    type, var, type, var, var, var);
	else
		FIX(c, "Declare `%s` as the header itself, not a pointer to it (drop the `*` from its declaration), pass "
		       "`&%s, sizeof(%s)`",
		    var, var, var);
	if (use[0])
		FIX(c, ", and read its fields with `.`: %s.", use);
	else
		FIX(c, ".");
	return true;
}

/* `len - sizeof(udp)` passed as a size: the difference in a variable of
 * its own, unsigned, checked and passed.  A length under the header wraps
 * to a huge number and fails the same test; a two-sided test of `len`
 * instead is folded by clang into one comparison of a copy (seen, batch
 * 37's step).  `check` is the test's line (`if (len > 64)`), for its bound. */
static bool rest_fix(struct ctx *c, int valreg, const char *check)
{
	char arg[96], a[64], b[64], call[256], bound[192] = "";
	const char *m, *t = diag_src_text(c, c->fail), *gt;

	if (!t || !is_helper_call(c, c->fail) || !diag_call_arg(c, c->fail, valreg, arg, sizeof(arg)) ||
	    !(m = strstr(arg, " - ")) || (size_t)(m - arg) >= sizeof(a))
		return false;
	snprintf(a, sizeof(a), "%.*s", (int)(m - arg), arg);
	snprintf(b, sizeof(b), "%s", m + 3);
	if (!diag_is_name(a) || diag_replace_expr(t, arg, "rest", call, sizeof(call)) != 1)
		return false;
	/* `if (len > 64)`: the bound, less what is subtracted */
	if (check && (gt = strstr(check, " > ")) && (size_t)(gt - check) >= strlen(a) && !strncmp(gt - strlen(a), a, strlen(a)))
		snprintf(bound, sizeof(bound), "%.*s - %s", (int)strcspn(gt + 3, ")"), gt + 3, b);
	if (!bound[0])
		snprintf(bound, sizeof(bound), "%lld", (long long)(reg_at(c, c->fstep, valreg)->smax));
	bool zero = size_arg_zero_ok(c, valreg);

	FIX(c, "Compute the difference once, in a 64-bit unsigned variable, and check that: `__u64 rest = %s - %s; if "
	       "(%srest > %s) return %s;`, then `%s`. A `%s` shorter than %s makes `rest` wrap to a huge number, which "
	       "the same test refuses; a test of both sides of `%s` would be folded by clang into one comparison of a "
	       "copy, and a 32-bit `rest` would be tested on a zero-extended copy.",
	    a, b, zero ? "" : "rest == 0 || ", bound, pkt_pass(c), call, a, b, a);
	if (!zero)
		FIX(c, " %s() takes no size of 0, hence `rest == 0`.", helper_at(c, c->fail, arg, sizeof(arg)));
	return true;
}

/* A size written `len - sizeof(udp)` whose `len` was checked only from
 * above: below the subtrahend the difference is negative (seen, batch 37:
 * a UDP length under 8).  The fix adds the lower side to the check. */
static bool minus_below_zero(struct ctx *c, int valreg, const struct check *chk, bool say)
{
	char arg[96], a[64], b[64];
	const char *m;
	const struct bv_insn *def;
	const struct bv_form *f;
	long d = c->fstep >= 0 ? reg_at(c, c->fstep, valreg)->def_insn : -1;

	/* the value's last change is a subtraction of a constant */
	def = insn_at(c, d);
	f = form_at(c, d);
	if (!def || !f || f->x || !((f->op == BV_OP_ADD && def->imm < 0) || (f->op == BV_OP_SUB && def->imm > 0)))
		return false;
	if (!is_helper_call(c, c->fail) || !diag_call_arg(c, c->fail, valreg, arg, sizeof(arg)) ||
	    !(m = strstr(arg, " - ")) || (size_t)(m - arg) >= sizeof(a))
		return false;
	snprintf(a, sizeof(a), "%.*s", (int)(m - arg), arg);
	snprintf(b, sizeof(b), "%s", m + 3);
	if (!diag_is_name(a))
		return false;
	if (!say)
		return true;
	diag_where(c, d, "the subtraction");
	WHY(c, " R%d is `%s`: the check at insn %ld bounds `%s` from above only, and when `%s` is less than %s the "
	       "difference is below zero (%lld at the least).",
	    valreg, arg, chk->insn, a, a, b, (long long)reg_at(c, c->fstep, valreg)->smin);
	if (!rest_fix(c, valreg, diag_src_text(c, chk->insn)))
		FIX(c, "Check that `%s` is at least %s before subtracting, on the value passed: `__u32 rest = %s - %s; if "
		       "(rest > MAX) return 0;` and pass `rest`.",
		    a, b, a, b);
	return true;
}

/* The other lines that call a helper with the same buffer and size
 * arguments as written (`buf, NAMESZ`, the size argument argno): a size
 * that is wrong for the buffer is wrong in each of them.  Their line numbers go to out,
 * comma-separated; returns how many. */
static int same_size_calls(const struct ctx *c, int argno, char *out, size_t size)
{
	const struct bv_insn *f = insn_at(c, c->fail);
	const struct bv_line_info *lf = bv_prog_line_at(c->prog, (size_t)c->fail);
	char want[64], got[64], wbuf[64], gbuf[64];
	uint32_t last = 0;
	int n = 0;

	out[0] = '\0';
	if (!f || !lf || argno < 2 || !diag_call_arg(c, c->fail, argno, want, sizeof(want)) || !diag_is_name(want) ||
	    !diag_call_arg(c, c->fail, argno - 1, wbuf, sizeof(wbuf)))
		return 0;
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);

		if (!li || li->line_num == lf->line_num || li->line_num == last || !is_helper_call(c, (long)i) ||
		    !diag_call_arg(c, (long)i, argno, got, sizeof(got)) || strcmp(got, want) ||
		    !diag_call_arg(c, (long)i, argno - 1, gbuf, sizeof(gbuf)) || strcmp(gbuf, wbuf))
			continue;
		last = li->line_num;
		if (strlen(out) + 16 < size)
			snprintf(out + strlen(out), size - strlen(out), "%s%u", n ? ", " : "", li->line_num);
		n++;
	}
	return n;
}

/* The check and the use read one stack slot twice (a `volatile` variable:
 * every mention reads memory again), so the check bounds the first read
 * only: read it once into a plain variable, and check and use that. */
/* A value read twice: its name, and the check's and the use's lines with
 * it as `n`. */
struct twice {
	char v[64], cond[200], use[200];
};

static bool read_twice(const struct ctx *c, const struct check *chk, const struct trace *tr, struct twice *t)
{
	const char *ct = diag_src_text(c, chk->insn), *ut = tr->fill >= 0 ? diag_src_text(c, tr->fill) : NULL;

	return tr->fill >= 0 && chk->tr.fill >= 0 && tr->fill != chk->tr.fill && tr->spill >= 0 &&
	       tr->spill == chk->tr.spill && ct && ut && diag_cond_var(c, chk->insn, t->v, sizeof(t->v)) &&
	       diag_is_name(t->v) && diag_replace_expr(ct, t->v, "n", t->cond, sizeof(t->cond)) &&
	       diag_replace_expr(ut, t->v, "n", t->use, sizeof(t->use));
}

static void read_twice_fix(struct ctx *c, const struct check *chk, const struct trace *tr, const struct twice *t)
{
	CC(c, "`%s` is read from its stack slot twice, at insn %ld for the check and at insn %ld for the use, as a "
	      "`volatile` variable is (each mention reads memory again): what the check learnt about the first "
	      "read says nothing about the second. ",
	   t->v, chk->tr.fill, tr->fill);
	FIX(c, "Read `%s` once into a plain 64-bit variable and check and use that: `long n = %s; barrier_var(n);`, "
	       "then `%s` in place of `%s`, and `%s` in place of `%s`. barrier_var() (bpf_helpers.h) keeps clang "
	       "from reaching through `n` to the 32-bit value it was made from, which it would otherwise check "
	       "widened and use as it was, in two registers.",
	    t->v, t->v, t->cond, diag_src_text(c, chk->insn), t->use, diag_src_text(c, tr->fill));
}

/* A one-byte-element array a line declares (`char pad_tlv_buf[8] =
 * {...};`): its name (or the one asked for, when name is set), element
 * type and length. */
static bool line_byte_array(const char *t, char *name, size_t nsize, char *type, size_t tsize, long *len)
{
	static const char *const bytes[] = { "unsigned char", "signed char", "char", "__u8", "__s8", "uint8_t",
					     "int8_t", "u8" };

	for (size_t b = 0; t && b < sizeof(bytes) / sizeof(bytes[0]); b++) {
		size_t bl = strlen(bytes[b]);

		for (const char *p = strstr(t, bytes[b]); p; p = strstr(p + bl, bytes[b])) {
			const char *q = p + bl, *e;

			if ((p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || *q != ' ')
				continue;
			while (*q == ' ')
				q++;
			for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
				;
			if (e == q || *e != '[' || !isdigit((unsigned char)e[1]) || (size_t)(e - q) >= nsize)
				continue;
			if (name[0] && (strlen(name) != (size_t)(e - q) || strncmp(name, q, (size_t)(e - q))))
				continue;
			snprintf(name, nsize, "%.*s", (int)(e - q), q);
			snprintf(type, tsize, "%s", bytes[b]);
			*len = strtol(e + 1, NULL, 10);
			return true;
		}
	}
	return false;
}

/* The byte array on the stack at fp+off, by the line of a store the path
 * made there (`char pad_tlv_buf[8] = {0};` zeroes it), or by its name on
 * any line when the call names it. */
static bool stack_byte_array(const struct ctx *c, long off, char *name, size_t nsize, char *type, size_t tsize,
			     long *len, uint32_t *line)
{
	for (long k = c->fstep; k-- > 0 && !name[0];) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST) && in->dst == 10 &&
		    in->off == off && line_byte_array(diag_src_text(c, i), name, nsize, type, tsize, len)) {
			*line = li ? li->line_num : 0;
			return true;
		}
	}
	for (size_t i = 0; name[0] && i < c->prog->n_insns; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);

		if (line_byte_array(diag_src_text(c, (long)i), name, nsize, type, tsize, len)) {
			*line = li ? li->line_num : 0;
			return true;
		}
	}
	return false;
}

/* A helper asked for a constant size larger than its buffer (`char
 * pad_tlv_buf[8]` handed to bpf_lwt_seg6_store_bytes when new_pad is 9 on
 * this path): no check of the size can help, the buffer is short.  A
 * check on some copy of the size is not the story, however the size was
 * compared on the way. */
static bool const_size_overflow(struct ctx *c, int s, int mem, long room, const char *desc)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, s), *m = reg_at(c, c->fstep, mem);
	struct trace tr;
	char arg[64] = "", type[24];
	const char *name = arg;
	long len;
	uint32_t dl;

	if (!v || v->kind != BV_REG_SCALAR || v->umin != v->umax || room < 0 || v->umin <= (uint64_t)room ||
	    v->umin > (1u << 16))
		return false;
	diag_class(c, "mem-size-exceeds-buffer");
	trace_value(c, s, c->fstep, &tr);
	WHY(c, "On this path the size is %" PRIu64 ", a constant", v->umin);
	char num[24];

	snprintf(num, sizeof(num), "%" PRIu64, v->umin);
	if (tr.root >= 0 && tr.root != c->fail && diag_src_text(c, tr.root) && strstr(diag_src_text(c, tr.root), num)) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)tr.root);

		diag_where(c, tr.root, "the size set here");
		WHY(c, " (insn %ld, line %u: `%s`)", tr.root, li ? li->line_num : 0, diag_src_text(c, tr.root));
	}
	WHY(c, ", and %s has room for %ld: no check of the size can help, the buffer is %" PRIu64 " byte%s short.",
	    desc, room, v->umin - (uint64_t)room, v->umin - (uint64_t)room == 1 ? "" : "s");
	if (diag_call_arg(c, c->fail, mem, arg, sizeof(arg))) {
		if (!strncmp(name, "(void *)", 8))
			name += 8;
		while (*name == '&' || *name == ' ')
			name++;
	}
	char nm[64];

	snprintf(nm, sizeof(nm), "%s", name[0] && diag_is_name(name) ? name : "");
	if (m && m->kind == BV_REG_STACK && !m->var_mask &&
	    stack_byte_array(c, m->off, nm, sizeof(nm), type, sizeof(type), &len, &dl) && len == room) {
		FIX(c, "Make `%s` hold the largest size it is given: `%s %s[%" PRIu64 "]` in place of `%s %s[%ld]` "
		       "(line %u); a clamp of the size to %ld would make the verifier pass, but leave the %" PRIu64
		       "-byte case undone.",
		    nm, type, nm, v->umin, type, nm, len, dl, room, v->umin);
		return true;
	}
	FIX(c, "Give %s room for the %" PRIu64 " bytes the call is given on this path, or give the call a size that "
	       "fits.",
	    nm[0] ? nm : "the buffer", v->umin);
	return true;
}

/* The array a line indexes with idx (`vals` of `ctx->vals[index]`), into
 * name, and the length the file declares it with (`int vals[16];`); 0
 * when the line or the file does not say. */
static int declared_len(const struct ctx *c, const char *idx, char *name, size_t size)
{
	const char *ft = diag_src_text(c, c->fail), *br, *nb;
	char pat[72];

	snprintf(pat, sizeof(pat), "[%s]", idx);
	if (!ft || !(br = strstr(ft, pat)))
		return 0;
	for (nb = br; nb > ft && (isalnum((unsigned char)nb[-1]) || nb[-1] == '_'); nb--)
		;
	if (br == nb || (size_t)(br - nb) >= size)
		return 0;
	snprintf(name, size, "%.*s", (int)(br - nb), nb);
	return diag_src_member_len(c, c->fail, name);
}

static int diag_size_or_index(struct ctx *c, int valreg, int memreg, long room, const char *desc,
			      uint64_t need)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, valreg);
	struct check chk;
	struct trace tr;
	int unbounded = v && v->umax >= (1ull << 29), negative = v && v->smin < 0;
	char b[128];
	const struct bv_vreg *mr = reg_at(c, c->fstep, memreg);
	long fold, addend;
	/* leaving early with a ring buffer record reserved would leak it */
	const char *leave = mr && !strncmp(mr->type, "ringbuf_mem", 11) ? "{ bpf_ringbuf_discard(e, 0); return 0; }"
									  : "return 0;";
	char leave_pass[80], idx[64], sub[60];
	const char *pass;

	if (!v)
		return 0;
	/* otherwise the type's own way out: `return 1;` lets a connect() through */
	pass = pkt_pass(c);
	if (strcmp(pass, "0") && !strchr(leave, '{')) {
		snprintf(leave_pass, sizeof(leave_pass), "return %s;", pass);
		leave = leave_pass;
	}
	/* the index as the line writes it; `(v >> 58) >= 32` reads better
	 * than relying on precedence */
	bool named_idx = diag_only_index(c, c->fail, sub, sizeof(sub));

	/* judged where the index was added (`&spec->args[arg_num]`), the
	 * line that uses the pointer may have no brackets */
	if (!named_idx && c->fstep >= 0 && (size_t)c->fstep < c->res->n_steps &&
	    (long)c->res->steps[c->fstep].insn != c->fail)
		named_idx = diag_only_index(c, (long)c->res->steps[c->fstep].insn, sub, sizeof(sub));

	if (!named_idx)
		snprintf(idx, sizeof(idx), "i");
	else
		snprintf(idx, sizeof(idx), strchr(sub, ' ') ? "(%s)" : "%s", sub);
	if (diag_index_wraps(c, valreg, memreg))
		return 1;
	trace_value(c, valreg, c->fstep, &tr);
	if (bound_left_in_memory(c, valreg, &tr, room) || bound_left_on_stack(c, valreg, &tr, room, need, leave))
		return 1;
	if (!negative && find_check(c, valreg, c->fstep, &chk) && !same_root(&chk.tr, &tr) && same_field(&chk.tr, &tr)) {
		/* the value was read again from memory after the check */
		diag_class(c, "bound-lost");
		diag_where(c, chk.insn, "the check, on an earlier load");
		diag_where(c, tr.root, "read again from memory here");
		WHY(c, "The program checks the value at insn %ld (`%s`), but what it uses at insn %ld is a second load "
		       "of the same field, made at insn %ld; the verifier knows nothing about what memory holds, so the "
		       "second load is ",
		    chk.insn, insn_text(c, chk.insn, b, sizeof(b)), c->fail, tr.root);
		if (unbounded)
			WHY(c, "unbounded.");
		else
			WHY(c, "as large as %" PRIu64 ".", v->umax);
		reload_story(c, &chk, &tr, room);
		return 1;
	}
	if (find_check(c, valreg, c->fstep, &chk) &&
	    (!negative || (chk.reg != valreg && (!chk.is_signed || copy_checked_both_sides(c, &chk, v)))) &&
	    (chk.reg != valreg || chk.tr.copy >= 0 || tr.copy >= 0) && (chk.reg != valreg || unbounded || negative)) {
		/* the value was checked, but the check did not reach this register */
		diag_where(c, chk.insn, "the check, on another register");
		if (chk.tr.copy >= 0)
			diag_where(c, chk.tr.copy, "the copy that was checked");
		if (chk.reg != valreg) {
			diag_class(c, "bound-on-other-register");
			WHY(c, "The program checks this value at insn %ld (`%s`), but on R%d, a copy; R%d, which is used "
			       "here, is a separate register the check does not narrow, so to the verifier it is still ",
			    chk.insn, insn_text(c, chk.insn, b, sizeof(b)), chk.reg, valreg);
			if (negative)
				WHY(c, "possibly negative (smin %" PRId64 ").", v->smin);
			else if (strstr(c->msg, "zero-sized") && v->umin == 0)
				WHY(c, "anything from 0 to %" PRIu64 ", and this helper takes no zero size.", v->umax);
			else if (unbounded)
				WHY(c, "unbounded.");
			else
				WHY(c, "as large as %" PRIu64 ".", v->umax);
			CC(c, "The compiler compared a copy of the value (R%d) and passed the original (R%d) on. "
			      "The verifier links copies made by 64-bit moves, but a 32-bit move or any operation on the "
			      "copy breaks the link%s. ",
			   chk.reg, valreg, chk.tr.alu32 >= 0 || tr.alu32 >= 0 ? ", as happened here" : "");
			if (chk.is_signed && chk.tr.op >= 0) {
				const struct bv_form *of = form_at(c, chk.tr.op);

				if (of && (of->op == BV_OP_ARSH || of->op == BV_OP_MOVSX))
					CC(c, "Here the copy is the low 32 bits sign-extended (insn %ld, `%s`): the variable is "
					      "a 32-bit `int` holding a 64-bit value, and only its copy was checked. ",
					   chk.tr.op, insn_text(c, chk.tr.op, b, sizeof(b)));
			}
			struct twice tw;
			bool twice = read_twice(c, &chk, &tr, &tw);

			if (twice) {
				/* the two fills are the story read_twice_fix tells */
				struct trace a = tr, k = chk.tr;

				diag_where(c, tr.fill, "filled back from the stack here");
				diag_where(c, chk.tr.fill, "filled back from the stack here");
				a.fill = k.fill = -1;
				compiler_story(c, &a, valreg);
				compiler_story(c, &k, chk.reg);
			} else {
				compiler_story(c, &tr, valreg);
				compiler_story(c, &chk.tr, chk.reg);
			}
			if ((fold = folded_range_check(c, &chk, &addend)) >= 0) {
				char nb[64];
				long k;
				const char *n = size_name(c, valreg, nb, sizeof(nb), &k, NULL), *line = diag_src_text(c, chk.insn);

				diag_where(c, fold, "both bounds folded into one comparison of the copy here");
				CC(c, "It folded the two-sided check%s%s%s into one unsigned comparison: it added %ld to the "
				      "copy (insn %ld, `%s`) and compared the sum once, which tells the verifier nothing it "
				      "can carry back to R%d. ",
				   line ? " (`" : "", line ? line : "", line ? "`)" : "", addend, fold,
				   insn_text(c, fold, b, sizeof(b)), valreg);
				if (!strcmp(n, "n") && rest_fix(c, valreg, line))
					return 1;
				FIX(c, "Make `%s` a 64-bit unsigned variable (`__u64 %s = ...;`) and put `barrier_var(%s);` "
				       "(bpf/bpf_helpers.h) right before the check. The barrier stops clang from reasoning "
				       "on what `%s` was made from (a 32-bit `int`, say), so the test is made on the 64-bit "
				       "variable; clang may still fold the two comparisons into one on `%s %c %ld`, but on a "
				       "64-bit copy the verifier ties the sum to `%s` and learns both bounds of the value it "
				       "passes.",
				    n, n, n, n, n, addend < 0 ? '-' : '+', addend < 0 ? -addend : addend, n);
				return 1;
			}
			if (twice) {
				read_twice_fix(c, &chk, &tr, &tw);
				return 1;
			}
			/* the array index as the source names it, when it is a name */
			const char *nm = named_idx && diag_is_name(idx) ? idx : "n";

			FIX(c, "Make the value the program uses the one it checked: do the check on the variable right "
			       "before the use and use the same variable (make it unsigned and 64-bit, e.g. `__u64 %s`), or "
			       "clamp it in a way the compiler cannot split: `%s &= %" PRIu64 ";` right before the use.",
			    nm, nm, room > 0 ? pow2_mask_below(room / index_scale(c, &tr)) : (uint64_t)255);
			return 1;
		}
		diag_class(c, "bound-lost");
		WHY(c, "The program checks this value at insn %ld (`%s`), but the bound was lost on the way to insn "
		       "%ld: ",
		    chk.insn, insn_text(c, chk.insn, b, sizeof(b)), c->fail);
		compiler_story(c, &tr, valreg);
		if (tr.op >= 0)
			diag_where(c, tr.op, "the value changed after the check here");
		WHY(c, "to the verifier R%d is %s here.", valreg, negative ? "possibly negative" : unbounded ? "unbounded" : "too large");
		FIX(c, "Check the value after its last change and right before the use, on the variable that is used; "
		       "keep it a 64-bit unsigned variable so no 32-bit step drops what was learnt.");
		return 1;
	}
	if (negative && v->smax == INT64_MAX && v->umax == UINT64_MAX && !find_check(c, valreg, c->fstep, &chk)) {
		/* nothing bounds it, nor checks it: not a question of sign */
		negative = 0;
		unbounded = 1;
	}
	if (negative && tr.root >= 0 && is_helper_call(c, tr.root) && !tr.helper_fill) {
		/* a helper's result: its errors are negative numbers */
		const struct bv_helper *h = bv_helper_by_id(insn_at(c, tr.root)->imm);

		diag_class(c, "signed-size");
		diag_where(c, tr.root, "the value returned here");
		WHY(c, "R%d is the result of bpf_%s at insn %ld, which is a negative error code when the call fails "
		       "(smallest value %" PRId64 "), and a size or index must not be negative.",
		    valreg, h ? h->name : "?", tr.root, v->smin);
		const struct bv_insn *fin = insn_at(c, c->fail);
		/* buf[n - 1]: the access itself steps back, so 0 is out too */
		bool minus = fin && !is_call(c, c->fail) && fin->off < 0;

		/* a size that may not be 0 (ARG_CONST_SIZE) needs the same
		 * `<= 0` as an access that reads before the index */
		bool nonzero = minus || !size_arg_zero_ok(c, valreg);
		/* once the lower side is checked, the value is at most smax */
		bool above = (room > 0 && v->smax > room) || v->smax >= (1ll << 29);
		char var[64], buf[64], lim[80];

		if (!diag_assigned_var(c, tr.root, var, sizeof(var)))
			snprintf(var, sizeof(var), "n");
		if (is_helper_call(c, c->fail) && valreg > 1 && diag_buffer_var(c, c->fail, valreg - 1, buf, sizeof(buf)) == 1)
			snprintf(lim, sizeof(lim), "sizeof(%s)", buf);
		else if (room > 0)
			snprintf(lim, sizeof(lim), "%ld", room);
		else
			snprintf(lim, sizeof(lim), "MAX");
		/* an `int` result: clang folds the two sides into one unsigned
		 * test of a 32-bit copy, which bounds nothing the call gets
		 * (seen, batch 24); as a `long` the check stays on the register */
		bool as_long = above && v->smin >= INT32_MIN && v->smax <= INT32_MAX;
		const struct bv_helper *callee = is_helper_call(c, c->fail) ? bv_helper_by_id(insn_at(c, c->fail)->imm) : NULL;

		if (as_long)
			FIX(c, "Declare `%s` as `long`, the type bpf_%s() returns, then check",
			    var, h ? h->name : "...");
		else
			FIX(c, "Check");
		FIX(c, " the result right after `%s = bpf_%s(...)`, before using it: ", var, h ? h->name : "...");
		/* buf[n - 2] needs n >= 2: the access starts that far back */
		long back = minus ? -(long)fin->off : 0;
		char low[96];

		if (back > 1)
			snprintf(low, sizeof(low), "%s < %ld", var, back);
		else
			snprintf(low, sizeof(low), "%s %s 0", var, nonzero ? "<=" : "<");
		if (above)
			FIX(c, "`if (%s || %s > %s) return 0;`.", low, var, lim);
		else
			FIX(c, "`if (%s) return 0;`.", low);
		if (minus)
			FIX(c, " The access reads %ld byte%s before the index, as buf[%s - %ld] does, so %s must be at least "
			       "%ld.", back, back > 1 ? "s" : "", var, back, var, back);
		else if (nonzero)
			FIX(c, " bpf_%s() takes no size of 0, so %s must be at least 1.", callee ? callee->name : "...", var);
		if (as_long)
			FIX(c, " With an `int`, clang tests a 32-bit copy and the call still gets the unchecked register.");
		return 1;
	}
	if (negative) {
		bool on_copy = false, checked = find_check(c, valreg, c->fstep, &chk);
		bool minus = checked && minus_below_zero(c, valreg, &chk, false);

		diag_class(c, "signed-size");
		if (checked) {
			diag_where(c, chk.insn, "the check, which leaves it negative");
			on_copy = chk.reg != valreg && chk.is_signed;
			if (chk.reg != valreg)
				CC(c, "The check at insn %ld was made on R%d, a sign-extended copy; R%d itself is what the call "
				      "gets. ",
				   chk.insn, chk.reg, valreg);
		}
		WHY(c, "R%d can be negative here (smallest value %" PRId64 "), and a size or index must not be", valreg,
		    v->smin);
		explain_bound_source(c, valreg, c->fstep, "its upper bound learnt here");
		WHY(c, ".%s", checked && !minus ? " An upper-bound check on a signed value leaves its lower side open." : "");
		if (minus)
			minus_below_zero(c, valreg, &chk, true);
		compiler_story(c, &tr, valreg);
		/* the length by its name when it is a plain variable (`n`) */
		char nb[64];
		long k = 1;
		const char *len = is_helper_call(c, c->fail) && diag_size_var(c, c->fail, valreg, nb, sizeof(nb), &k) &&
					  !strpbrk(nb, ".->[*() ")
				      ? nb
				      : "len";
		if (minus)
			; /* `len - sizeof(udp)` with only `len > 64` checked */
		else if (!is_helper_call(c, c->fail) && unsigned_decl(c, &tr))
			; /* an index made by sign extension: declared unsigned, it is never negative */
		else if (on_copy || (checked && (chk.reg != valreg || chk.tr.op != tr.op)))
			/* both sides checked on the copy would still leave R valreg
			 * open; and `__u64 n = len;` alone is not enough when len is
			 * an int: clang still reasons on the int (seen, batch 40) */
			FIX(c, "Make the length an unsigned 64-bit variable (`__u64 %s`) and put `barrier_var(%s);` "
			       "(bpf/bpf_helpers.h) right after it is set: `__u64 %s = ...; barrier_var(%s);`, then the "
			       "check. With a 32-bit value the compiler checks a %s-extended copy and passes the original "
			       "register on, so even a check of both sides would not reach the register the call gets; "
			       "the barrier makes the check and the call use one 64-bit register.",
			    len, len, len, len, on_copy ? "sign" : "zero");
		else if (size_arg_zero_ok(c, valreg))
			FIX(c, "Make the length an unsigned 64-bit variable (`__u64 %s`), or check both sides: "
			       "`if (%s < 0 || %s > %ld) return 0;`.",
			    len, len, len, room > 0 ? room : 255L);
		else
			FIX(c, "Check both sides, zero included, since this helper takes no zero size either: "
			       "`if (%s <= 0 || %s > %ld) return 0;`.",
			    len, len, room > 0 ? room : 255L);
		return 1;
	}
	/* a result of any size passed on as one: left and bounded by the
	 * buffer (batch 77's bpf_load_hdr_opt, with or without a 32-bit copy) */
	if (unbounded && is_helper_call(c, c->fail) && memreg >= 0 && helper_result_size(c, valreg, memreg, room, true))
		return 1;
	if (unbounded && is_helper_call(c, c->fail) && tr.root >= 0 && is_helper_call(c, tr.root) && tr.alu32 >= 0) {
		/* `res = bpf_get_task_stack(...)` used as a size unchecked: the
		 * helper's error is negative, and the 32-bit copy clang makes for
		 * a u32 size turns it into ~4 billion (batch 54's
		 * bpf_iter_task_stack) */
		long rs = step_of(c, c->fstep, tr.root);
		const struct bv_vreg *r0 = rs >= 0 && rs + 1 <= c->fstep ? reg_at(c, rs + 1, 0) : NULL;
		const struct bv_line_info *rl = bv_prog_line_at(c->prog, (size_t)tr.root);
		char hb[64], var[64], b2[64];

		if (r0 && r0->kind == BV_REG_SCALAR && r0->smin < 0 && r0->smax > 0) {
			helper_at(c, tr.root, hb, sizeof(hb));
			if (diag_assigned_var(c, tr.root, var, sizeof(var)) != 1 || !diag_is_name(var) || !var[0])
				snprintf(var, sizeof(var), "ret");
			diag_class(c, "signed-size");
			diag_where(c, tr.root, "the result made here");
			diag_where(c, tr.alu32, "the 32-bit copy");
			WHY(c, "R%d is what %s returned at insn %ld (`%s`): between %" PRId64 " and %" PRId64 ", negative "
			       "when the call fails. The 32-bit copy at insn %ld (`%s`) turns a negative value into a size "
			       "of about 4 billion, so nothing bounds R%d.",
			    valreg, hb, tr.root, var, r0->smin, r0->smax, tr.alu32, insn_text(c, tr.alu32, b2, sizeof(b2)),
			    valreg);
			FIX(c, "Leave when the call fails, right after it%s%.0u%s: `if (%s <= 0) return 0;`; then `%s` is "
			       "between 1 and %" PRId64 ".",
			    rl && rl->line_num ? " (line " : "", rl ? rl->line_num : 0u, rl && rl->line_num ? ")" : "", var,
			    var, r0->smax);
			return 1;
		}
	}
	if (unbounded) {
		diag_class(c, memreg >= 0 && is_helper_call(c, c->fail) ? "mem-size-exceeds-buffer" : "unbounded-index");
		WHY(c, "Nothing on this path bounds R%d before insn %ld: the verifier cannot know it stays inside %s.",
		    valreg, c->fail, desc);
		if (tr.load_base_kind == BV_REG_MAP_VALUE)
			WHY(c, " It comes from a map value (insn %ld), and the verifier assumes nothing about what a map "
			       "holds: user space or another program may store any number there.",
			    tr.root);
		long ucmp = unknown_compare(c, valreg);
		if (v->def_insn >= 0)
			diag_where(c, v->def_insn, "value made here");
		compiler_story(c, &tr, valreg);
		if (!is_helper_call(c, c->fail) && room > 0 && room >= (long)need) {
			/* an array index: C counts elements, whatever the compiler scaled it to */
			long es = index_stride(c, &tr, need), n = room / es;
			char own[64], member[48] = "";
			int an = mr ? value_array_len(c, mr, (int)es, member) : 0;

			if (an > 0) {
				n = an;
			} else {
				/* `ctx->vals[index]`: the member's declared length, not
				 * what happens to fit in the frame around it */
				int ml = named_idx ? declared_len(c, sub, member, sizeof(member)) : 0;

				if (ml > 0 && ml <= n)
					n = ml;
				else
					member[0] = '\0';
			}
			/* bpf_loop()'s callback indexing with its round number */
			char hb[48];
			struct diag_srcfn cf;

			if (named_idx && diag_callback_call(c, hb, sizeof(hb)) >= 0 && !strcmp(hb, "bpf_loop") &&
			    diag_src_function(c, c->fail, &cf) && cf.nparams > 0 && !strcmp(cf.params[0].name, idx)) {
				WHY(c, " R%d is `%s`, the callback's first argument: bpf_loop() passes the round number, from 0 "
				       "up to the count it was given less one, and the verifier does not take that count as a "
				       "bound on it.",
				    valreg, idx);
				leave = "return 1; /* stops the loop */";
			}
			long ks = ucmp >= 0 ? step_of(c, c->fstep, ucmp) : -1;

			if (ucmp >= 0 &&
			    (own_check_return(c, ucmp, own, sizeof(own)) || (ks >= 0 && branch_return(c, ks, own, sizeof(own)))) &&
			    strlen(own) + 9 < sizeof(leave_pass)) {
				snprintf(leave_pass, sizeof(leave_pass), "return %s;", own);
				leave = leave_pass;
			} else if (ks >= 0 && c->res->steps[ks].frame > 0) {
				/* a function's failure return is its own, not the program's verdict */
				leave = "return /* the function's error value */;";
			}
			if (ucmp >= 0 && bv_prog_line_at(c->prog, (size_t)ucmp)) {
				FIX(c, "Bound the index by the array's length, a constant, as well: `if (%s >= %ld) %s` right "
				       "before line %u (%ld element%s of %ld bytes); the comparison there, with a number that "
				       "may be negative, does not bound it.",
				    idx, n, leave, bv_prog_line_at(c->prog, (size_t)ucmp)->line_num, n, n == 1 ? "" : "s", es);
				return 1;
			}
			need = (uint64_t)es;
			FIX(c, "Check the index against the array's length before using it: `if (%s >= %ld) %s`, or "
			       "clamp it with a mask: ",
			    idx, n, leave);
			/* `ctx->major &= 255` would write the context: mask where it is used */
			if (diag_is_name(idx))
				FIX(c, "`%s &= %" PRIu64 ";`", idx, pow2_mask_below(n));
			else
				FIX(c, "index with `%s & %" PRIu64 "`", idx, pow2_mask_below(n));
			if (member[0])
				FIX(c, " (`%s` is declared with %ld element%s).", member, n, n == 1 ? "" : "s");
			else
				FIX(c, " (%ld element%s of %" PRIu64 " byte%s fit in the %ld bytes there).", n,
				    n == 1 ? "" : "s", need, need == 1 ? "" : "s", room);
			return 1;
		}
		{
			char nb[64];
			long k;
			bool local;
			const char *n = size_name(c, valreg, nb, sizeof(nb), &k, &local);
			long lim = room > 0 ? (room - (long)(need > 1 ? need - 1 : 0)) / k : 0L;

			const struct bv_insn *ri = insn_at(c, tr.root);
			/* a 32-bit size meets 64-bit comparisons: the compiler tests a
			 * zero-extended copy and passes the original (seen, batch 14) */
			bool narrow = is_helper_call(c, c->fail) && !local &&
				      (tr.alu32 >= 0 || (ri && BV_CLASS(ri->code) == BV_LDX && BV_SIZE(ri->code) != BV_DW));

			if (narrow)
				FIX(c, "Keep the size in a 64-bit variable (`__u64 %s`: with a 32-bit one the compiler may "
				       "compare a zero-extended copy and pass the original on), then ",
				    n);
			FIX(c, "%s the value against the buffer right before the call: `if (%s > %ld) %s`, or clamp it "
			       "with a mask: `%s &= %" PRIu64 ";`",
			    narrow ? "check" : "Check", n, lim, leave, n, room > 0 ? pow2_mask_below(lim) : (uint64_t)255);
			if (k > 1)
				FIX(c, " (the size is %s * %ld, so %s may be at most %ld)", n, k, n, lim);
			FIX(c, ".");
		}
		return 1;
	}
	diag_class(c, memreg >= 0 && is_helper_call(c, c->fail) ? "mem-size-exceeds-buffer" : "unbounded-index");
	WHY(c, "The %s in R%d %s %" PRIu64, is_helper_call(c, c->fail) ? "size" : "offset", valreg,
	    v->umin == v->umax ? "is" : "can be as large as", v->umax);
	explain_bound_source(c, valreg, c->fstep, "its bound set here");
	if (room >= 0)
		WHY(c, ", but %s leaves room for %ld bytes", desc, room);
	WHY(c, ".");
	if (!is_helper_call(c, c->fail) && need > 1 && room > 0) {
		long es = index_stride(c, &tr, need);

		WHY(c, " With %ld-byte elements that is an index of up to %" PRIu64 " into an array of %ld.", es,
		    v->umax / (uint64_t)es, room / es);
		/* the CPU number: its bound is the machine's, not the program's */
		if (tr.root >= 0 && is_helper_call(c, tr.root) && insn_at(c, tr.root)->imm == 8 /* get_smp_processor_id */)
			WHY(c, " The index is the CPU number bpf_get_smp_processor_id() returned at insn %ld, which the "
			       "verifier bounds by the possible CPUs of the machine the program loads on (%" PRIu64
			       " here): with %ld element%s the array fits only machines with no more CPUs than that.",
			    tr.root, v->umax / (uint64_t)es + 1, room / es, room / es == 1 ? "" : "s");
	}
	{
		const struct bv_form *df = form_at(c, v->def_insn);

		/* a size is the byte count itself; an offset reaches one element further */
		if (df && df->op == BV_OP_AND && room >= 0 && is_helper_call(c, c->fail))
			WHY(c, " A mask of %" PRIu64 " (0x%" PRIx64 ") allows sizes up to %" PRIu64 " bytes; the buffer has %ld.",
			    v->umax, v->umax, v->umax, room);
		else if (df && df->op == BV_OP_AND && room >= 0)
			WHY(c, " A mask of %" PRIu64 " (0x%" PRIx64 ") lets the offset reach %" PRIu64 ", so the access needs %" PRIu64
			       " bytes; there are %ld.", v->umax, v->umax, v->umax, v->umax + (need ? need : 1), room);
	}
	compiler_story(c, &tr, valreg);
	if (!is_helper_call(c, c->fail) && room > 0 && need > 0) {
		const struct bv_form *df = form_at(c, v->def_insn);
		long n = room / (long)need;

		/* a byte index masked too wide: the mask that fits is one less
		 * than a power-of-two length, and a mask survives what clang
		 * does to a comparison (seen, batch 27: `(ntohs(p) & 0xff) >= 64`
		 * became a test of another register) */
		const char *mod = strstr(idx, " % "), *line = diag_src_text(c, c->fail), *at;
		long m = mod ? strtol(mod + 3, NULL, 10) : 0;
		char from[32], to[32], fixed[256];

		/* `c[rand() % 4]` with 3 elements: the modulus is the length */
		if (m > n && line && (snprintf(from, sizeof(from), "%% %ld", m), at = strstr(line, from)) &&
		    strlen(line) + 8 < sizeof(fixed)) {
			snprintf(to, sizeof(to), "%% %ld", n);
			snprintf(fixed, sizeof(fixed), "%.*s%s%s", (int)(at - line), line, to, at + strlen(from));
			if (!(n & (n - 1))) {
				FIX(c, "Take the index modulo the array's length, %ld, not %ld: `%s` (%ld element%s of %" PRIu64
				       " byte%s fit in the %ld bytes there).",
				    n, m, fixed, n, n == 1 ? "" : "s", need, need == 1 ? "" : "s", room);
				return 1;
			}
			/* seen (batch 34): clang computes `% 3` as x - x / 3 * 3,
			 * drops a check it knows is true, and the verifier cannot
			 * bound the difference */
			FIX(c, "Take the index modulo the array's length, %ld, not %ld, into a variable, and keep a check "
			       "the verifier can see: `__u32 i = %.*s %s; barrier_var(i); if (i >= %ld) return %s;`, then "
			       "index with `i`. clang computes `%% %ld` as `x - x / %ld * %ld`, a difference the verifier "
			       "cannot bound from below, and would drop a plain check it knows to be true; barrier_var() "
			       "(bpf_helpers.h) hides what it knows.",
			    n, m, (int)(mod - idx - (idx[0] == '(')), idx + (idx[0] == '('), to, n, pkt_pass(c), n, n, n);
			return 1;
		}
		if (df && df->op == BV_OP_AND && need == 1 && !(n & (n - 1)))
			FIX(c, "Mask the index with %ld (0x%lx) instead of 0x%" PRIx64 ": %ld elements of 1 byte fit in the "
			       "%ld bytes there. A check before the use (`if (%s >= %ld) %s`) works too when the compiler "
			       "keeps it on the same register.",
			    n - 1, n - 1, v->umax, n, room, idx, n, leave);
		else
			FIX(c, "Check the index against the array's length before using it: `if (%s >= %ld) %s` (%ld "
			       "element%s of %" PRIu64 " byte%s fit in the %ld bytes there).",
			    idx, n, leave, n, n == 1 ? "" : "s", need, need == 1 ? "" : "s", room);
		return 1;
	}
	if (is_helper_call(c, c->fail) && v->umin == v->umax && room > 0) {
		/* a constant: the size written in the call does not match the buffer */
		char bb[64];
		int how = diag_buffer_var(c, c->fail, memreg, bb, sizeof(bb));

		/* `buf` an array, `&v` a variable: sizeof names it; `p` a pointer
		 * into a map value: only the number is sure (`char *v` into a
		 * char[8] value has sizeof(*v) == 1: seen, batch 31) */
		bool arr_value = how == 1 && mr && mr->kind == BV_REG_MAP_VALUE && mr->map >= 0 &&
				 (size_t)mr->map < c->obj->n_maps && diag_map_value_is_array(c, &c->obj->maps[mr->map]);

		/* from a log the value's type is not known: the number is
		 * all that is sure there too (batch 43's `char *str` into a
		 * char[256] value, which a log calls vs=256) */
		if (how == 1 && mr && mr->kind == BV_REG_MAP_VALUE && !c->prog->sec.prog_type && !c->obj->priv)
			arr_value = true;

		char lines[96];
		int others = same_size_calls(c, memreg + 1, lines, sizeof(lines));

		if (arr_value && others)
			FIX(c, "Give the map a value of %" PRIu64 " bytes: %d other call%s with the same buffer and size "
			       "(line%s %s) would fail the same way. Or pass the value's own size, %ld (what is left of the "
			       "map's value_size there), in every one of them.",
			    v->umax, others, others == 1 ? "" : "s", others == 1 ? "" : "s", lines, room);
		else if (arr_value)
			FIX(c, "Pass the value's own size, %ld (what is left of the map's value_size there), or give the map "
			       "a value of %" PRIu64 " bytes.",
			    room, v->umax);
		else if (pointer_as_buffer(c, memreg, v->umax))
			; /* `&iph, sizeof(*iph)`: the pointer's own 8 bytes */
		else if (how == 2 && (strstr(bb, "->") || strchr(bb, '.')))
			/* a member: what is left of its object is not its size */
			FIX(c, "Pass the member's own size, `sizeof(%s)`.", bb);
		else if (how == 1 && mr && mr->kind == BV_REG_STACK && pointer_into_object(c, bb, mr->off, (long)v->umax))
			; /* `l2_hdr`, moved into `h_outer`: the object is too small */
		else
			FIX(c, "Pass the buffer's own size, `sizeof(%s%s)` (%ld here), or make the buffer %" PRIu64 " bytes.",
			    how == 1 && mr && mr->kind != BV_REG_STACK ? "*" : "", how ? bb : "buf", room, v->umax);
		return 1;
	}
	{
		char nb[64];
		long k;
		const char *n = size_name(c, valreg, nb, sizeof(nb), &k, NULL);
		long lim = room > 0 ? room / k : 0L;
		char lt[96];
		int named = room > 0 && size_limit(c, memreg, room, k, lt, sizeof(lt));

		if (named) {
			/* the room reaches past the array to the frame's top: no mask from it */
			FIX(c, "Bound it by the buffer's size right before the use: `if (%s > %s) %s = %s;`", n, lt, n, lt);
			FIX(c, " (at most %ld bytes fit from %s to the top of the frame; sizeof also keeps clear of any "
			       "variable after the array).",
			    room, desc);
			return 1;
		}
		FIX(c, "Bound it by the buffer's size right before the use: `if (%s > %ld) %s = %ld;`", n, lim, n, lim);
		if (k > 1)
			FIX(c, " (the size is %s * %ld)", n, k);
		if (room > 0 && pow2_mask_below(lim) != (uint64_t)lim)
			FIX(c, ", or mask with a constant that fits (`%s &= %" PRIu64 ";`), or make the buffer %" PRIu64
			       " bytes",
			    n, pow2_mask_below(lim), v->umax);
	}
	FIX(c, ".");
	return 1;
}

static int diag_memory(struct ctx *c)
{
	int mem = -1, off = 0, size = 0, vs = 0;
	char desc[160];
	const struct bv_vreg *m;
	long room;

	if (sscanf(c->msg, "invalid write to stack R%d off=%d size=%d", &mem, &off, &size) == 3 ||
	    sscanf(c->msg, "invalid read from stack R%d off=%d size=%d", &mem, &off, &size) == 3) {
		if (off < -512 || (off + size > 0 && off >= -512 && mem == 10)) {
			diag_class(c, "stack-too-large");
			WHY(c, "The access at insn %ld reaches fp%d, beyond the 512 bytes of stack a BPF function has.",
			    c->fail, off);
			FIX(c, "Move large buffers off the stack: a per-CPU array map with one entry gives a scratch "
			       "buffer of any size (`bpf_map_lookup_elem(&scratch, &zero)`).");
			return 1;
		}
	} else if (sscanf(c->msg, "invalid access to map value, value_size=%d off=%d size=%d", &vs, &off, &size) == 3 ||
		   sscanf(c->msg, "invalid access to memory, mem_size=%d off=%d size=%d", &vs, &off, &size) == 3) {
		mem = -1;
	} else {
		return 0;
	}
	/* the memory register: named, or the first pointer argument of the call */
	if (mem < 0 && is_helper_call(c, c->fail)) {
		for (int r = 1; r <= 5 && mem < 0; r++) {
			const struct bv_vreg *x = reg_at(c, c->fstep, r);

			if (x && (x->kind == BV_REG_MAP_VALUE || x->kind == BV_REG_MEM))
				mem = r;
		}
	}
	if (mem < 0) {
		/* a load or store through a pointer with a variable offset */
		const struct bv_insn *in = insn_at(c, c->fail);

		if (in && (BV_CLASS(in->code) == BV_LDX))
			mem = in->src;
		else if (in)
			mem = in->dst;
	}
	m = reg_at(c, c->fstep, mem);
	if (!m)
		return 0;
	room = room_at(c, m, desc, sizeof(desc));
	if (is_helper_call(c, c->fail)) {
		int s = size_reg_for(c, mem);
		char hb[64];

		diag_where(c, c->fail, "fails here");
		if (s < 0)
			return 0;
		WHY(c, "%s may be asked for %d bytes at R%d. ", helper_at(c, c->fail, hb, sizeof(hb)), size, mem);
		/* a constant size compared on the way (`if (new_pad > 0)`):
		 * not a check that failed to reach it; without any check the
		 * stories below say more (a pointer taken for a buffer) */
		struct check chk;
		char sa[64];
		/* a variable that is constant on this path (`pad`), not a
		 * constant the call is written with (`16`, `sizeof(x)`) */
		bool var_size = diag_call_arg(c, c->fail, s, sa, sizeof(sa)) && sa[0] && !isdigit((unsigned char)sa[0]) &&
				diag_is_name(sa) && !(sa[0] >= 'A' && sa[0] <= 'Z');

		if ((var_size || find_check(c, s, c->fstep, &chk)) && const_size_overflow(c, s, mem, room, desc))
			return 1;
		return diag_size_or_index(c, s, mem, room, desc, 1);
	}
	/* a direct access: the variable part of the pointer is the index */
	{
		struct trace tr;
		const struct bv_insn *in = insn_at(c, c->fail);
		int idx = -1;

		diag_where(c, c->fail, "fails here");
		/* the register added to the pointer: the last "pointer += reg" on its way */
		for (long k = c->fstep - 1; k >= 0; k--) {
			long i = (long)c->res->steps[k].insn;
			const struct bv_insn *a = insn_at(c, i);
			const struct bv_form *f = form_at(c, i);

			if (a && f && BV_CLASS(a->code) == BV_ALU64 && f->x && (f->op == BV_OP_ADD || f->op == BV_OP_SUB) &&
			    a->dst == mem) {
				idx = a->src;
				diag_where(c, i, "index added to the pointer here");
				trace_value(c, idx, k, &tr);
				WHY(c, "The access at insn %ld reads %d bytes at offset %d of %s; the offset comes from R%d "
				       "added at insn %ld. ",
				    c->fail, size, off, desc, idx, i);
				{
					struct ctx sub = *c;

					sub.fstep = k; /* judge the index where it was added */
					(void)in;
					return diag_size_or_index(&sub, idx, mem, room, desc, (uint64_t)size);
				}
			}
		}
		diag_class(c, "unbounded-index");
		WHY(c, "The access at insn %ld, %d bytes at offset %d, is not inside %s.", c->fail, size, off, desc);
		FIX(c, "Bounds-check the offset against the object's size before the access.");
		return 1;
	}
}

/* Step k adds a number to a pointer into register r (`rP += rI`, or
 * `rI += rP` when the compiler put the index first): which is which. */
static bool ptr_plus_index(const struct ctx *c, long k, int r, int *idx, int *ptr)
{
	long i = (long)c->res->steps[k].insn;
	const struct bv_insn *a = insn_at(c, i);
	const struct bv_form *f = form_at(c, i);
	const struct bv_vreg *d, *s;

	if (!a || !f || BV_CLASS(a->code) != BV_ALU64 || !f->x || f->op != BV_OP_ADD || a->dst != r)
		return false;
	d = reg_at(c, k, a->dst);
	s = reg_at(c, k, a->src);
	*idx = a->src;
	*ptr = a->dst;
	if (d && s && d->kind == BV_REG_SCALAR && s->kind != BV_REG_SCALAR) {
		*idx = a->dst;
		*ptr = a->src;
	}
	return true;
}

/* A helper given a pointer with a variable offset (`raw_data + usize`)
 * and a size: the kernel adds the largest offset to the largest size, as
 * if they were unrelated, even when the program's size shrinks as its
 * offset grows (`max_len - usize`).  Or the offset may be negative.  The
 * offset is judged where it was added; 0 when the pointer is not so made. */
static int helper_ptr_offset(struct ctx *c, int preg)
{
	const struct bv_vreg *p = reg_at(c, c->fstep, preg), *sz = reg_at(c, c->fstep, preg + 1);
	char desc[160], arg[96];
	long room, k, add = -1;
	int idx = -1, ptr = -1;

	if (!p || p->kind == BV_REG_SCALAR || !p->var_mask || !sz || sz->kind != BV_REG_SCALAR)
		return 0;
	/* through `r2 = r7` copies back to the register the offset was added to */
	{
		int r = preg;
		long def = p->def_insn, at = c->fstep;

		for (int hop = 0; hop < 4 && add < 0; hop++) {
			const struct bv_insn *d = insn_at(c, def);
			const struct bv_form *f = form_at(c, def);

			if (!d || !f || (k = step_of(c, at, def)) < 0)
				return 0;
			if (ptr_plus_index(c, k, r, &idx, &ptr)) {
				add = def;
				break;
			}
			if (BV_CLASS(d->code) != BV_ALU64 || f->op != BV_OP_MOV || !f->x || d->dst != r)
				return 0;
			r = d->src;
			at = k;
			def = reg_at(c, k, r) ? reg_at(c, k, r)->def_insn : -1;
		}
	}
	if (add < 0)
		return 0;
	room = room_at(c, p, desc, sizeof(desc));
	diag_where(c, add, "offset added to the pointer here");
	if (strstr(c->msg, "min value is negative")) {
		struct ctx sub = *c;

		sub.fstep = k;
		sub.fail = add; /* an offset, not a size */
		WHY(c, "R%d, the pointer passed, was moved by R%d at insn %ld. ", preg, idx, add);
		return diag_size_or_index(&sub, idx, ptr, room, desc, 1);
	}
	if (!strstr(c->msg, "max value is outside") || room <= 0 || p->umax > (uint64_t)room ||
	    sz->umax > (uint64_t)room || p->umax + sz->umax <= (uint64_t)room)
		return 0;
	diag_class(c, "mem-size-exceeds-buffer");
	WHY(c, "R%d points into %s, plus a variable offset of up to %" PRIu64, preg, desc, p->umax);
	if (diag_call_arg(c, c->fail, preg, arg, sizeof(arg)))
		WHY(c, " (`%s`)", arg);
	WHY(c, ", and the size in R%d %s %" PRIu64, preg + 1, sz->umin == sz->umax ? "is" : "can be as large as", sz->umax);
	if (diag_call_arg(c, c->fail, preg + 1, arg, sizeof(arg)))
		WHY(c, " (`%s`)", arg);
	if (sz->umin == sz->umax) {
		/* a constant size: the offset is what must leave room for it */
		char nb[64];
		const char *on = diag_call_arg(c, c->fail, preg, arg, sizeof(arg)) && (on = strstr(arg, " + ")) &&
					 diag_is_name(on + 3)
				     ? on + 3
				     : NULL;

		snprintf(nb, sizeof(nb), "%s", on ? on : "off");
		WHY(c, ". The largest offset with the %" PRIu64 " bytes is %" PRIu64 " bytes, more than the %ld there.",
		    sz->umax, p->umax + sz->umax, room);
		FIX(c, "Bound the offset so that %" PRIu64 " bytes still fit after it: `if (%s > %" PRIu64 ") return %s;` "
		       "before the call.",
		    sz->umax, nb, (uint64_t)room - sz->umax, pkt_pass(c));
		return 1;
	}
	WHY(c, ". The verifier bounds the two registers each on its own and checks the largest offset with the "
	       "largest size: %" PRIu64 " + %" PRIu64 " = %" PRIu64 " bytes, more than the %ld there. That a size "
	       "computed as what is left after the offset keeps the sum in the buffer is arithmetic it does not do.",
	    p->umax, sz->umax, p->umax + sz->umax, room);
	{
		uint64_t need = (uint64_t)(p->off > 0 ? p->off : 0) + p->umax + sz->umax;
		const struct bv_map *m = p->kind == BV_REG_MAP_VALUE && p->map >= 0 && (size_t)p->map < c->obj->n_maps
						 ? &c->obj->maps[p->map]
						 : NULL;
		const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
		const struct btf_type *t = m && btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id)
									   : NULL;

		while (t && (btf_is_mod(t) || btf_is_typedef(t)))
			t = btf__type_by_id(btf, t->type);
		if (m && t && btf_is_array(t) && btf_array(t)->nelems) {
			const struct btf_type *et = btf__type_by_id(btf, btf_array(t)->type);
			__s64 es = btf__resolve_size(btf, btf_array(t)->type);
			const char *en = et ? btf__name_by_offset(btf, et->name_off) : NULL;

			if (es > 0 && en && *en) {
				uint64_t n = (need + (uint64_t)es - 1) / (uint64_t)es;

				FIX(c, "Give map %s a value with room for both: `__type(value, %s[%" PRIu64 "]);` in place of "
				       "`%s[%u]` (%" PRIu64 " bytes, the largest offset plus the largest size); the program "
				       "still fills only what it used before.",
				    m->name, en, n, en, btf_array(t)->nelems, n * (uint64_t)es);
				return 1;
			}
		}
		if (m)
			FIX(c, "Give map %s a value of at least %" PRIu64 " bytes (the largest offset plus the largest size); "
			       "the program still fills only what it used before.",
			    m->name, need);
		else if (p->kind == BV_REG_STACK && need > 512)
			FIX(c, "Make the buffer %" PRIu64 " bytes, the largest offset plus the largest size; that is more "
			       "than the stack holds, so take it from a per-CPU array map with one entry.",
			    need);
		else
			FIX(c, "Make the buffer %" PRIu64 " bytes, the largest offset plus the largest size.", need);
	}
	return 1;
}

/* A helper's result passed on as a size, unchecked (`ret =
 * bpf_load_hdr_opt(...)` then `bpf_store_hdr_opt(skops, &opt, ret, 0)`):
 * negative when the call fails, and a size that is 0 or, through the
 * 32-bit copy clang makes for a __u32 parameter, about 4 billion.  The
 * fix leaves on failure and bounds it by the buffer (batch 77).  With
 * beyond, only a result that may exceed the room there: a smaller one
 * needs only the failure left (bpf_get_task_stack's, below). */
static int helper_result_size(struct ctx *c, int r, int mem, long room, bool beyond)
{
	struct trace tr;
	char hb[64], var[64], ty[96], lim[96], b2[64];
	long k = 1;

	trace_value(c, r, c->fstep, &tr);
	if (tr.root < 0 || !is_helper_call(c, tr.root) || tr.fill >= 0)
		return 0;
	long rs = step_of(c, c->fstep, tr.root);
	const struct bv_vreg *r0 = rs >= 0 && rs + 1 <= c->fstep ? reg_at(c, rs + 1, 0) : NULL;
	const struct bv_line_info *rl = bv_prog_line_at(c->prog, (size_t)tr.root);
	const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);

	if (!r0 || r0->kind != BV_REG_SCALAR || r0->smin >= 0 || r0->smax <= 0 || !fl ||
	    (beyond && room > 0 && r0->smax <= room))
		return 0;
	helper_at(c, tr.root, hb, sizeof(hb));
	if (diag_assigned_var(c, tr.root, var, sizeof(var)) != 1 || !diag_is_name(var) || !var[0])
		return 0;
	diag_class(c, "signed-size");
	diag_where(c, tr.root, "the result made here");
	WHY(c, "R%d is what %s returned at insn %ld (`%s`), passed on unchecked: a count, or a negative error "
	       "when the call fails. As a size it can be %s",
	    r, hb, tr.root, var,
	    strstr(c->msg, "zero-sized") ? "0, which this helper does not take" : "negative, or more than any buffer holds");
	if (tr.alu32 >= 0) {
		diag_where(c, tr.alu32, "the 32-bit copy");
		WHY(c, ", or, through the 32-bit copy at insn %ld (`%s`), about 4 billion",
		    tr.alu32, insn_text(c, tr.alu32, b2, sizeof(b2)));
	}
	WHY(c, ".");
	if (room <= 0 || mem < 0)
		snprintf(lim, sizeof(lim), "N");
	else
		size_limit(c, mem, room, k, lim, sizeof(lim));
	/* an unsigned variable has no negative side to test; an `int` one is
	 * checked in a sign-extended copy while the original goes to the call
	 * (seen with clang's default CPU: "R3 min value is negative"), so
	 * the result stays in a long, as helpers return it */
	bool known = declared_type(c, var, ty, sizeof(ty));
	bool uns = known && (!strncmp(ty, "__u", 3) || !strncmp(ty, "u", 1) || !strncmp(ty, "unsigned", 8) ||
			     !strncmp(ty, "size_t", 6));
	bool narrow = known && (!strcmp(ty, "int") || !strcmp(ty, "__s32") || !strcmp(ty, "s32"));

	if (narrow)
		FIX(c, "Declare `%s` a `long`, the type %s returns (in an `int`, the compiler checks a sign-extended "
		       "copy and passes the original on); then leave when the call failed and ",
		    var, hb);
	else
		FIX(c, "Leave when the call failed and ");
	FIX(c, "bound the result by the buffer before passing it, right before line %u: `if (%s %s 0 || %s > %s) "
	       "return %s;`.",
	    fl->line_num, var, uns ? "==" : "<=", var, lim, pkt_pass(c));
	if (!narrow && rl && rl->line_num)
		FIX(c, " The result is made on line %u.", rl->line_num);
	return 1;
}

static int diag_size_msgs(struct ctx *c)
{
	int r = msg_reg(c->msg), mem;
	char desc[160] = "the buffer";
	long room = -1;
	const struct bv_vreg *m;

	if (!strstr(c->msg, "min value is negative") && !strstr(c->msg, "unbounded memory access") &&
	    !strstr(c->msg, "max value is outside of the allowed memory range") &&
	    !strstr(c->msg, "min value is outside of the allowed memory range") && !strstr(c->msg, "invalid zero-sized read"))
		return 0;
	diag_where(c, c->fail, "fails here");
	mem = is_helper_call(c, c->fail) && r > 1 ? r - 1 : -1;
	{
		/* the kernel names the pointer when the size runs past its object */
		const struct bv_vreg *named = reg_at(c, c->fstep, r);

		if (is_helper_call(c, c->fail) && named && named->kind != BV_REG_SCALAR && r < 5) {
			int rc = helper_ptr_offset(c, r);

			if (rc)
				return rc;
			mem = r;
			r = r + 1;
		}
	}
	m = reg_at(c, c->fstep, mem);
	if (m)
		room = room_at(c, m, desc, sizeof(desc));
	if (!is_helper_call(c, c->fail)) {
		const struct bv_vreg *p = reg_at(c, c->fstep, r);

		/* no variable part at all: the constant offset itself is past the end */
		if (p && p->kind != BV_REG_SCALAR && p->var_mask == 0) {
			const struct bv_insn *in = insn_at(c, c->fail);

			room = room_at(c, p, desc, sizeof(desc));
			const struct bv_form *ff = form_at(c, c->fail);
			int at = p->off + (int)p->smin + (in ? in->off : 0);
			char tn[64];

			diag_class(c, "mem-size-exceeds-buffer");
			WHY(c, "The access at insn %ld, at offset %d of %s, lies past its end whatever the input.", c->fail,
			    at, desc);
			if (p->kind == BV_REG_MAP_VALUE && p->map >= 0 && (size_t)p->map < c->obj->n_maps &&
			    c->obj->maps[p->map].origin != BV_MAP_FROM_DATA && ff && ff->size > 0) {
				const struct bv_map *m = &c->obj->maps[p->map];

				if (diag_map_type_name(c, m, 0, tn, sizeof(tn)))
					WHY(c, " Map %s's value is %s, %u bytes;", m->name, tn, m->value_size);
				else
					WHY(c, " Map %s's value is %u bytes;", m->name, m->value_size);
				WHY(c, " %d bytes at offset %d need a value of at least %d.", ff->size, at, at + ff->size);
				FIX(c, "Give map %s a value type with every field the program uses, %d bytes or more "
				       "(`struct %s_val { ... };` and `__type(value, struct %s_val)`), or keep the accesses "
				       "within its %u bytes.",
				    m->name, at + ff->size, m->name, m->name, m->value_size);
				return 1;
			}
			FIX(c, "Check the type the pointer is cast to (a larger struct than the map's value, an index "
			       "past an array's last element): the access must lie within the object.");
			return 1;
		}
		/* pointer + index: judge the index where it was added */
		for (long k = c->fstep - 1; k >= 0; k--) {
			long i = (long)c->res->steps[k].insn;
			int idx, ptr;

			if (ptr_plus_index(c, k, r, &idx, &ptr)) {
				struct ctx sub = *c;
				const struct bv_vreg *p = reg_at(c, k, ptr);
				const struct bv_form *ff = form_at(c, c->fail);

				diag_where(c, i, "index added to the pointer here");
				if (p)
					room = room_at(c, p, desc, sizeof(desc));
				/* `r2 += r1; *(u8 *)(r2 + 4) = 0`: the field starts 4 bytes further */
				if (room > 0 && insn_at(c, c->fail) && insn_at(c, c->fail)->off > 0) {
					size_t n = strlen(desc);

					room -= insn_at(c, c->fail)->off;
					snprintf(desc + n, sizeof(desc) - n, " (from the field at +%d)", insn_at(c, c->fail)->off);
				}
				sub.fstep = k;
				/* an array's elements are as wide as the access, mostly */
				return diag_size_or_index(&sub, idx, ptr, room, desc, ff && ff->size > 0 ? (uint64_t)ff->size : 1);
			}
		}
	}
	if (strstr(c->msg, "invalid zero-sized read")) {
		const struct bv_vreg *sz = reg_at(c, c->fstep, r);
		struct check chk;

		/* checked, but on a copy: that is the cause, not the size; unless
		 * the copy's bound did arrive and only 0 is left (a 64-bit move
		 * after the check links them: seen, batch 31) */
		if (find_check(c, r, c->fstep, &chk) && chk.reg != r && !(sz && room > 0 && sz->umax <= (uint64_t)room))
			return diag_size_or_index(c, r, mem, room, desc, 1);
		if (helper_result_size(c, r, mem, room, false))
			return 1;

		diag_class(c, "mem-size-exceeds-buffer");
		if (sz && room > 0 && sz->umax > (uint64_t)room) {
			/* the kernel stops at the lower end; the upper one is next */
			WHY(c, "The size in R%d can be 0 here, which this helper does not take, and as large as %" PRIu64
			       ", more than the %ld bytes left there (%s).",
			    r, sz->umax, room, desc);
			char nb[64], lim[96];
			long k;
			bool local;
			const char *n = nonzero_size_name(c, r, nb, sizeof(nb), &k, &local);
			int named = size_limit(c, mem, room, k, lim, sizeof(lim));
			struct trace st;

			trace_value(c, r, c->fstep, &st);
			const struct bv_insn *ri = insn_at(c, st.root);
			/* narrower than 64 bits, clang folds `n == 0 || n > N` into
			 * one test of n - 1 on a copy, which bounds nothing the
			 * call gets (seen, batch 30: a __u32 from a u8 field) */
			bool narrow = !local && (st.alu32 >= 0 || (st.fill >= 0 && st.fill_size < 8) ||
						 (ri && BV_CLASS(ri->code) == BV_LDX && BV_SIZE(ri->code) != BV_DW));

			if (narrow)
				FIX(c, "Keep the size in a 64-bit variable (`__u64 %s`: narrower, the compiler folds the two "
				       "tests into one comparison of a copy), then bound it on both sides before the call: "
				       "`if (%s == 0 || %s > %s) return 0;`",
				    n, n, n, lim);
			else
				FIX(c, "Bound the size on both sides before the call, on the variable passed: "
				       "`if (%s == 0 || %s > %s) return 0;`",
				    n, n, lim);
			if (k > 1 && !named)
				FIX(c, " (the size is %s * %ld, so %s may be at most %ld)", n, k, n, room / k);
			FIX(c, ".");
			if (named)
				FIX(c, " (At most %ld bytes fit from %s to the top of the frame; sizeof also keeps clear of "
				       "any variable after it.)",
				    room, desc);
			return 1;
		}
		WHY(c, "The size in R%d can be 0 here, and this helper does not take a zero size.", r);
		{
			char nb[64], hb[64], lim[96] = "", both[160] = "";
			long k, held = -1;
			const char *n = nonzero_size_name(c, r, nb, sizeof(nb), &k, NULL);

			/* the verifier measures the upper end against the frame's
			 * top, which holds other variables after the buffer: with 0
			 * ruled out, a size larger than the variable would load and
			 * overwrite them, so the fix bounds it by the variable too */
			char var[64];
			bool exact;
			long vb = mem > 0 && diag_buffer_var(c, c->fail, mem, var, sizeof(var)) ? var_bytes(c, var, &exact) : -1;

			if (sz && sz->umax > 1 && room > 0 && (vb < 0 || (uint64_t)vb < sz->umax) &&
			    size_limit(c, mem, room, k, lim, sizeof(lim)) == 1) {
				WHY(c, " It can also be as large as %" PRIu64 ", which the verifier measures only against the "
				       "%ld bytes from there to the top of the frame (%s), not against `%s`",
				    sz->umax, room, desc, var);
				if (vb > 0 && exact)
					WHY(c, ", %ld bytes", vb);
				WHY(c, ".");
				snprintf(both, sizeof(both), " || %s > %s", n, lim);
			}

			/* a ring buffer record reserved before: leaving after it
			 * would leak it, so the check goes before the reservation */
			for (long j = c->fstep - 1; j >= 0 && held < 0; j--) {
				long i = (long)c->res->steps[j].insn;

				if (!is_helper_call(c, i))
					continue;
				helper_at(c, i, hb, sizeof(hb));
				if (!strcmp(hb, "bpf_ringbuf_submit") || !strcmp(hb, "bpf_ringbuf_discard"))
					break;
				if (!strcmp(hb, "bpf_ringbuf_reserve"))
					held = i;
			}
			if (held >= 0) {
				const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)held);

				diag_where(c, held, "the record reserved here");
				FIX(c, "Check the size is at least 1 before the reservation%s%u (`if (%s == 0%s) return %s;`), "
				       "so that no reserved record is left behind, or discard the record on that path.",
				    li ? " on line " : "", li ? li->line_num : 0u, n, both, pkt_pass(c));
			} else {
				if (*both)
					FIX(c, "Bound the size on both sides before the call: `if (%s == 0%s) return %s;`.", n,
					    both, pkt_pass(c));
				else
					FIX(c, "Check the size is at least 1 before the call (`if (%s == 0) return %s;`), or "
					       "use a helper variant that accepts 0.",
					    n, pkt_pass(c));
			}
		}
		return 1;
	}
	return diag_size_or_index(c, r, mem, room, desc, 1);
}

/* `x % K` compiled as `x - x / K * K` (clang does so for a K that is not a
 * power of two): the verifier bounds each part but not the difference,
 * which for it may be negative.  K when reg's value at step is made so
 * (through shifts that scale it), 0 if not. */
static long mod_by_division(const struct ctx *c, int reg, long step)
{
	const struct bv_vreg *v = reg_at(c, step, reg);
	long d = v ? v->def_insn : -1;
	const struct bv_insn *in;

	for (int hop = 0; hop < 4 && (in = insn_at(c, d)); hop++) {
		if (in->code == (BV_ALU64 | BV_LSH | BV_K) || in->code == (BV_ALU | BV_LSH | BV_K) ||
		    in->code == (BV_ALU64 | BV_MOV | BV_X)) {
			v = reg_at(c, step_of(c, step, d), in->code == (BV_ALU64 | BV_MOV | BV_X) ? in->src : in->dst);
			d = v ? v->def_insn : -1;
			continue;
		}
		if (in->code != (BV_ALU64 | BV_SUB | BV_X) && in->code != (BV_ALU | BV_SUB | BV_X))
			return 0;
		/* the subtracted register: `r1 *= K` on `r1 /= K` */
		const struct bv_vreg *m = reg_at(c, step_of(c, step, d), in->src);
		const struct bv_insn *mul = m ? insn_at(c, m->def_insn) : NULL, *div;
		const struct bv_vreg *q = mul ? reg_at(c, step_of(c, step, m->def_insn), mul->dst) : NULL;

		if (!mul || BV_OP(mul->code) != BV_MUL || (mul->code & 0x08) || !q || !(div = insn_at(c, q->def_insn)) ||
		    BV_OP(div->code) != BV_DIV || (div->code & 0x08) || div->imm != mul->imm || div->imm < 2)
			return 0;
		return div->imm;
	}
	return 0;
}

/* The argument register a function's value came in by, through copies and
 * the zero-extension of a 32-bit argument (`r1 <<= 32; r1 >>= 32`), from
 * step back to the function's first instruction; -1 when it was computed. */
static int entry_arg(const struct ctx *c, int r, long step)
{
	int frame = c->res->steps[step].frame;

	/* back to where this frame was entered (a global function checked
	 * on its own: the path's start) */
	for (long k = step - 1; k >= 0 && c->res->steps[k].frame == frame; k--) {
		const struct bv_insn *d = insn_at(c, (long)c->res->steps[k].insn);

		if (!d || d->dst != r || BV_CLASS(d->code) == BV_JMP || BV_CLASS(d->code) == BV_JMP32 ||
		    BV_CLASS(d->code) == BV_STX || BV_CLASS(d->code) == BV_ST)
			continue;
		if ((d->code == (BV_ALU64 | BV_MOV | BV_X) || d->code == (BV_ALU | BV_MOV | BV_X)) && !d->off)
			r = d->src;
		else if (!((d->code == (BV_ALU64 | BV_LSH | BV_K) || d->code == (BV_ALU64 | BV_RSH | BV_K)) && d->imm == 32))
			return -1;
	}
	return r >= 1 && r <= 5 ? r : -1;
}

/* The call that entered the frame step runs in (a helper calling a
 * callback, or a call of a function): its instruction, -1. */
static long entering_call(const struct ctx *c, long step)
{
	int frame = step >= 0 ? c->res->steps[step].frame : 0;

	for (long k = step - 1; k >= 0; k--)
		if (c->res->steps[k].frame < frame && is_call(c, (long)c->res->steps[k].insn))
			return (long)c->res->steps[k].insn;
	return -1;
}

/* A bpf_loop callback indexing with its round number: the verifier checks
 * the callback once for every round and does not tie the number to the
 * count given to bpf_loop. */
static int cb_round_index(struct ctx *c, long k, int idx)
{
	int frame = c->res->steps[k].frame;
	long call = -1;
	char hb[64], var[64] = "i", arr[96] = "", cnt[64] = "";
	const char *line = diag_src_text(c, c->fail), *q;
	int size = access_size(c, c->fail);

	if (!frame || entry_arg(c, idx, k) != 1)
		return 0;
	call = entering_call(c, k);
	if (call < 0 || !is_helper_call(c, call) || strcmp(helper_at(c, call, hb, sizeof(hb)), "bpf_loop"))
		return 0;
	if (diag_param_name(c, c->fail, 0))
		snprintf(var, sizeof(var), "%s", diag_param_name(c, c->fail, 0));
	/* `f->buf[i]`: the array the line indexes with the round number */
	char pat[72];

	snprintf(pat, sizeof(pat), "[%s]", var);
	if (line && (q = strstr(line, pat))) {
		const char *b = q;

		while (b > line && (isalnum((unsigned char)b[-1]) || b[-1] == '_' || b[-1] == '.' ||
				    (b[-1] == '>' && b - 1 > line && b[-2] == '-')))
			b -= b[-1] == '>' ? 2 : 1;
		if (b < q && (size_t)(q - b) < sizeof(arr))
			snprintf(arr, sizeof(arr), "%.*s", (int)(q - b), b);
	}
	const struct bv_vreg *n = reg_at(c, step_of(c, c->fstep, call), 1);

	if (n && n->kind == BV_REG_SCALAR && n->umin == n->umax)
		snprintf(cnt, sizeof(cnt), " (%llu at insn %ld)", (unsigned long long)n->umin, call);
	diag_class(c, "unbounded-index");
	diag_where(c, call, "bpf_loop calls the callback here");
	WHY(c, "`%s`, the callback's first argument, is the round number bpf_loop passes. The verifier checks the "
	       "callback once, for every round at the same time, and does not tie that number to the count given to "
	       "bpf_loop%s: for it `%s` can be any 32-bit number, so the access can land anywhere past the array.",
	    var, cnt, var);
	if (arr[0] && size > 1)
		FIX(c, "Check it in the callback before the access, and stop the loop when it is out of range: `if (%s >= "
		       "sizeof(%s) / sizeof(%s[0])) return 1;` (1 ends bpf_loop).",
		    var, arr, arr);
	else if (arr[0])
		FIX(c, "Check it in the callback before the access, and stop the loop when it is out of range: `if (%s >= "
		       "sizeof(%s)) return 1;` (1 ends bpf_loop).",
		    var, arr);
	else
		FIX(c, "Check it in the callback before the access, and stop the loop when it is out of range: `if (%s >= "
		       "N) return 1;` with N the array's length (1 ends bpf_loop).",
		    var);
	return 1;
}

/* "invalid variable-offset read from stack R2 var_off=(0x0; 0x78) off=-64
 * size=8": an array on the stack indexed past its end. */
static int diag_stack_index(struct ctx *c)
{
	int r, size;
	const struct bv_vreg *p;
	char desc[160];

	if (!msg_starts(c->msg, "invalid variable-offset ") && !msg_starts(c->msg, "invalid unbounded variable-offset "))
		return 0;
	if (!strstr(c->msg, " stack R") || sscanf(strstr(c->msg, " stack R") + 8, "%d", &r) != 1)
		return 0;
	if (strstr(c->msg, " size=")) {
		size = atoi(strstr(c->msg, " size=") + 6);
	} else {
		/* "invalid unbounded variable-offset read": the access says its size */
		size = access_size(c, c->fail) ? access_size(c, c->fail) : 1;
	}
	diag_where(c, c->fail, "fails here");
	p = reg_at(c, c->fstep, r);
	for (long k = c->fstep - 1; p && k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;
		int idx, ptr;

		if (ptr_plus_index(c, k, r, &idx, &ptr)) {
			const struct bv_vreg *base = reg_at(c, k, ptr);
			long room = base ? room_at(c, base, desc, sizeof(desc)) : -1;
			struct ctx sub = *c;

			if (diag_arg_array_index(c, k, ptr) || cb_round_index(c, k, idx))
				return 1;
			diag_where(c, i, "index added to the pointer here");
			sub.fstep = k;
			WHY(c, "A stack array is indexed with a value from R%d (added at insn %ld). ", idx, i);
			return diag_size_or_index(&sub, idx, ptr, room, desc, (uint64_t)size);
		}
	}
	diag_class(c, "unbounded-index");
	WHY(c, "A stack access through R%d has a variable offset that can leave the object it points into.", r);
	FIX(c, "Check the index against the array's length before using it (`if (i >= ARRAY_LEN) return 0;`).");
	return 1;
}

/* `if (!st) { create the entry } st->n++`: the path on which a helper's
 * pointer was NULL goes on to the use, and clang, which knows the pointer
 * is 0 there, hands the verifier the number 0 (seen, batch 39).  The test
 * of the pointer against NULL on the path, -1 when there is none. */
static long null_taken(const struct ctx *c, int r, const struct trace *t)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);

	if (!v || v->kind != BV_REG_SCALAR || v->umin || v->umax || !is_helper_call(c, t->root))
		return -1;
	for (long k = c->fstep - 1; k >= 0 && (long)c->res->steps[k].insn != t->root; k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);

		if (is_cond_jump(c, i) && f && !f->x && !in->imm && (f->op == BV_OP_JEQ || f->op == BV_OP_JNE))
			return i;
	}
	return -1;
}

static int diag_null_taken(struct ctx *c, int r, const struct trace *t)
{
	long chk = null_taken(c, r, t);
	const char *call = diag_src_text(c, t->root), *test = chk >= 0 ? diag_src_text(c, chk) : NULL;
	const struct bv_line_info *tl = chk >= 0 ? bv_prog_line_at(c->prog, (size_t)chk) : NULL;
	char var[64], b[64], b2[128];

	if (chk < 0)
		return 0;
	helper_at(c, t->root, b, sizeof(b));
	diag_class(c, strstr(b, "map_lookup") ? "null-map-value" : "null-pointer");
	diag_where(c, t->root, "may return NULL here");
	diag_where(c, chk, "the NULL case goes on from here");
	if (!diag_assigned_var(c, t->root, var, sizeof(var)))
		snprintf(var, sizeof(var), "p");
	WHY(c, "On this path %s returned NULL at insn %ld: the test at insn %ld (`%s`) found `%s` NULL, and the path "
	       "goes on to use it at insn %ld. Knowing it is 0 there, the compiler passed the constant 0, a number, "
	       "hence 'scalar'.",
	    b, t->root, chk, test ? test : insn_text(c, chk, b2, sizeof(b2)), var, c->fail);
	if (call && strstr(call, "bpf_map_lookup_elem(") && !strncmp(call, var, strlen(var)) &&
	    call[strlen(var)] == ' ' && test && strchr(test, '{') && tl && tl->line_num) {
		/* the block creates the entry: the pointer is still the old NULL */
		FIX(c, "The block under `%s` (line %u) creates the entry but leaves `%s` NULL. Look it up again at the "
		       "end of the block and leave when it is still missing: `%s if (!%s) return %s;` as the block's "
		       "last lines.",
		    test, tl->line_num, var, call, var, pkt_pass(c));
		return 1;
	}
	FIX(c, "Leave on the NULL path before the use: `if (!%s) return %s;`.", var, pkt_pass(c));
	return 1;
}

/* `mss = next(ctx, 2); if (...) x = get_unaligned_be16(mss);`: next(),
 * inlined, gave up with `return NULL;` on this path (a test of its own
 * jumped past the line that returns the pointer), and clang, which knows
 * the result is 0 there, hands the verifier the number 0 (batch 51's
 * test_tcp_custom_syncookie).  The inlined call has no instruction of its
 * own; the source file names the variable it went to. */
static int diag_null_inlined(struct ctx *c, int r, const struct trace *t)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);
	struct diag_srcfn fn, caller;
	char var[48], b[160];
	uint32_t vline = 0;
	long jump = -1, use = -1, stop = t->root_step > 8 ? t->root_step - 8 : 0;
	int seen = 0;

	if (!v || v->kind != BV_REG_SCALAR || v->umin || v->umax || c->fstep < 0)
		return 0;
	for (long k = c->fstep - 1; k >= stop && jump < 0 && seen < 32; k--) {
		long i = (long)c->res->steps[k].insn;

		if (!is_cond_jump(c, i))
			continue;
		seen++;
		if (!diag_src_function(c, i, &fn) || !strchr(fn.ret, '*'))
			continue;
		/* the caller's line nearest the test, after it or before it
		 * (the failing line may be in another inlined helper, which
		 * does not call fn): one whose function assigns fn's result */
		for (long d = 1; d < 64 && use < 0; d++)
			for (int side = 0; side < 2 && use < 0; side++) {
				long m = side ? k - d : k + d;
				long u = m >= 0 && m <= c->fstep ? (long)c->res->steps[m].insn : -1;

				if (u >= 0 && diag_src_function(c, u, &caller) && strcmp(caller.name, fn.name) &&
				    diag_src_call_above(c, u, fn.name, var, sizeof(var), &vline, NULL, 0))
					use = u;
			}
		if (use < 0)
			return 0;
		jump = i;
	}
	if (jump < 0)
		return 0;
	/* the caller's line that passes the variable on (the failing line may
	 * be in a header: get_unaligned_be16's) */
	long said = -1;

	for (long m = step_of(c, c->fstep + 1, use); m >= 0 && m <= c->fstep; m++) {
		long u = (long)c->res->steps[m].insn;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)u);

		if (li && li->line_num && diag_has_word(diag_src_text(c, u), var) && diag_src_function(c, u, &fn) &&
		    !strcmp(fn.name, caller.name))
			said = u;
	}
	const struct bv_line_info *gl = bv_prog_line_at(c->prog, (size_t)use);

	/* the caller's statement may have no instruction before the failing
	 * one (the value is read inside an inlined helper first): the line
	 * after the test, as line info has it */
	for (size_t i = 0; said < 0 && gl && i < c->prog->n_insns; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);

		if (li && li->line_num == gl->line_num + 1 && li->file && gl->file && !strcmp(li->file, gl->file) &&
		    diag_has_word(li->line, var))
			said = (long)i;
	}
	if (said < 0)
		return 0;
	diag_src_function(c, jump, &fn);
	diag_class(c, "null-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, said, "reads through it here");
	diag_where(c, jump, "it gives up here (returns NULL)");
	const struct bv_line_info *ul = bv_prog_line_at(c->prog, (size_t)said);

	WHY(c, "`%s` is NULL on this path: %s(), inlined into %s() by the compiler, gives up with `return NULL;` "
	       "under `%s` (line %u), which this path takes, and line %u goes on to read through `%s`. Knowing it is 0 there, the "
	       "compiler passed the constant 0, a number, hence 'scalar'.",
	    var, fn.name, caller.name, diag_src_text(c, jump), bv_prog_line_at(c->prog, (size_t)jump)->line_num,
	    ul->line_num, var);
	const char *gt = diag_src_text(c, use);
	size_t gn = gt ? strlen(gt) : 0;

	while (gn && (gt[gn - 1] == ' ' || gt[gn - 1] == '\r'))
		gn--;
	if (gt && gl && ul->line_num == gl->line_num + 1 && !strncmp(gt, "if (", 4) && gn > 5 && gt[gn - 1] == ')' &&
	    gn + strlen(var) + 5 < sizeof(b)) {
		/* the use is the statement of an `if` without braces: one more
		 * condition keeps the NULL path out */
		snprintf(b, sizeof(b), "%.*s && %s)", (int)(gn - 1), gt, var);
		FIX(c, "Read through `%s` only when %s() found the bytes: `%s` (line %u).", var, fn.name, b, gl->line_num);
		return 1;
	}
	const char *fail = diag_src_fail_value(&caller);

	FIX(c, "Check `%s` before reading through it: right after `%s = %s(...)` (line %u), `if (!%s) return%s%s;`.",
	    var, var, fn.name, vline, var, fail ? " " : "", fail ? fail : "");
	return 1;
}

/* The lines that make a packet pointer pv and check it, again after a
 * call that moved the packet: `data = (void *)(long)skb->data; data_end =
 * ...; iph = data + ETH_HLEN; if ((void *)(iph + 1) > data_end) return
 * TC_ACT_OK;`.  false when the program's lines do not show both. */
static bool reload_code(struct ctx *c, const char *pv, char *out, size_t size)
{
	const char *end, *pass, *mk = NULL, *chk = NULL;
	char a[112], b[112], ctxv[32];
	size_t ml = 0;

	snprintf(a, sizeof(a), "*%s = data", pv);
	snprintf(b, sizeof(b), "(%s + 1) > data_end", pv);
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p;

		if (!t)
			continue;
		if (!mk && (p = strstr(t, a)) && strchr(p, ';')) {
			mk = p + 1;
			ml = (size_t)(strchr(p, ';') - mk);
		}
		if (!chk && !strncmp(t, "if (", 4) && strstr(t, b))
			chk = t;
	}
	if (!chk)
		return false;
	pkt_words(c, &end, &pass);

	size_t cn = strcspn(end, "-");
	const char *from = end;

	/* from a log, which does not name the context: the line that read
	 * `(void *)(long)skb->data` does */
	for (size_t i = 0; !strstr(from, "->") && i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p = t ? strstr(t, "(long)") : NULL;

		if (p && strstr(p, "->data"))
			cn = strcspn(from = p + 6, "-");
	}
	if (cn >= sizeof(ctxv))
		return false;
	memcpy(ctxv, from, cn);
	ctxv[cn] = '\0';
	if (!strstr(from, "->") || !diag_is_name(ctxv))
		return false;
	char again[160], test[200];

	/* clang often folds `iph = data + ETH_HLEN` into the loads' offsets,
	 * leaving the line no instruction: then it is named, not quoted */
	if (mk)
		snprintf(again, sizeof(again), " %.*s;", (int)ml, mk);
	else
		snprintf(again, sizeof(again), "`, then `%s` made from the new `data` as where it is declared, then `", pv);
	if (strstr(chk, ") return"))
		snprintf(test, sizeof(test), "%s", chk);
	else if (chk[strlen(chk) - 1] == ')')
		snprintf(test, sizeof(test), "%s return %s;", chk, pass);
	else
		return false;
	snprintf(out, size, "data = (void *)(long)%s->data; data_end = (void *)(long)%s->data_end;%s%s%s", ctxv, ctxv,
		 again, mk ? " " : "", test);
	return true;
}

/* The context's fields for the packet's start and end: sock_ops has
 * skb_data and skb_data_end (batch 77), sockopt programs optval. */
static const char *pkt_field(const struct ctx *c, bool end)
{
	switch (c->prog->type) {
	case BV_PROG_SOCK_OPS: return end ? "skb_data_end" : "skb_data";
	case BV_PROG_CGROUP_SOCKOPT: return end ? "optval_end" : "optval";
	default: return end ? "data_end" : "data";
	}
}

/* The program's own lines that took the packet's bounds from the context
 * cv before the call at stale (`char *c = (char *)(long)skb->data;`,
 * `data_end = ...`), latest first on the path, as assignments again: `c =
 * (char *)(long)skb->data; data_end = (void *)(long)skb->data_end;`.  The
 * variable that holds the start goes to dv. */
static bool own_reload(struct ctx *c, long stale, const char *cv, char *dv, size_t dsize, char *out, size_t size)
{
	char want[2][48], mac[2][48], got[2][160] = { "", "" }, var[64];
	long ks = step_of(c, c->fstep, stale);
	struct diag_srcfn ff, fi;
	bool named = diag_src_function(c, c->fail, &ff);

	snprintf(want[0], sizeof(want[0]), "%s->%s;", cv, pkt_field(c, false));
	snprintf(want[1], sizeof(want[1]), "%s->%s;", cv, pkt_field(c, true));
	/* through a macro: `ctx_ptr(skb->data);` */
	snprintf(mac[0], sizeof(mac[0]), "%s->%s);", cv, pkt_field(c, false));
	snprintf(mac[1], sizeof(mac[1]), "%s->%s);", cv, pkt_field(c, true));
	for (long k = ks - 1; k >= 0 && (!got[0][0] || !got[1][0]); k--) {
		long i = (long)c->res->steps[k].insn;
		const char *t = diag_src_text(c, i), *eq;

		/* an inlined function's variables are out of scope at the fix */
		if (t && named && diag_src_function(c, i, &fi) && strcmp(fi.name, ff.name))
			continue;
		for (int w = 0; w < 2 && t; w++) {
			size_t tl = strlen(t), wl = strlen(want[w]), ml = strlen(mac[w]);

			if (got[w][0] || ((tl < wl || strcmp(t + tl - wl, want[w])) && (tl < ml || strcmp(t + tl - ml, mac[w]))) ||
			    !(eq = strstr(t, " = ")) || !diag_assigned_var(c, i, var, sizeof(var)))
				continue;
			snprintf(got[w], sizeof(got[w]), "%s = %s", var, eq + 3);
			if (!w)
				snprintf(dv, dsize, "%s", var);
		}
	}
	/* the end read where it is compared (`if (th + 1 >
	 * skops->skb_data_end)`): only the start is taken again */
	if (got[0][0] && !got[1][0] && strlen(got[0]) < size) {
		snprintf(out, size, "%s", got[0]);
		return true;
	}
	if (!got[0][0] || !got[1][0] || strlen(got[0]) + strlen(got[1]) + 2 > size)
		return false;
	memcpy(out, got[0], strlen(got[0]));
	out[strlen(got[0])] = ' ';
	memcpy(out + strlen(got[0]) + 1, got[1], strlen(got[1]) + 1);
	return true;
}

/* A packet pointer gone stale in a helper called by a function of the
 * program's own that clang kept as a function (test_xdp_noinline's
 * encap_v6 calling bpf_xdp_adjust_head): when the callee returns, every
 * packet pointer of its callers is stale too.  The fix is in the caller,
 * after its call: the packet taken again from the context the call was
 * given, before the bounds check that the failing path went through. */
static bool stale_in_callee(struct ctx *c, long stale, const char *helper)
{
	long ks = step_of(c, c->fstep, stale), kc = ks - 1, site;
	int f = c->res->steps[c->fstep].frame;
	char fn[64], pv[64] = "", cv[64] = "", dv[64] = "data", code[400];

	if (ks < 0 || c->res->steps[ks].frame <= f)
		return false;
	/* the caller's last step before the helper: its call of the function */
	while (kc >= 0 && c->res->steps[kc].frame != f)
		kc--;
	const struct bv_insn *ci = kc >= 0 ? insn_at(c, (long)c->res->steps[kc].insn) : NULL;

	if (!ci || ci->code != (BV_JMP | BV_CALL) || ci->src != BV_PSEUDO_CALL)
		return false;
	site = (long)c->res->steps[kc].insn;
	const char *st = diag_src_text(c, site);
	const struct bv_line_info *lc = bv_prog_line_at(c->prog, (size_t)site);
	const struct bv_line_info *ls = bv_prog_line_at(c->prog, (size_t)stale);

	if (!st || !lc || !diag_program_call(st, fn, sizeof(fn)))
		return false;
	/* the argument that carried the context, by the caller's name for it */
	for (int a = 1; a <= 5 && !cv[0] && kc + 1 < (long)c->res->n_steps; a++)
		if (c->res->steps[kc + 1].r[a].kind == BV_REG_CTX &&
		    (!diag_arg_text(strstr(st, fn), a, cv, sizeof(cv)) || !diag_is_name(cv)))
			cv[0] = '\0';
	diag_where(c, site, "the call that reaches it");
	WHY(c, " %s(), called at line %u, calls %s", fn, lc->line_num, helper);
	if (ls && ls->line_num)
		WHY(c, " at line %u", ls->line_num);
	WHY(c, ": when it returns, the packet pointers of its caller are stale as well.");
	/* else the callee's name for it, in the helper's call */
	if (!cv[0] && (!diag_call_arg(c, stale, 1, cv, sizeof(cv)) || !diag_is_name(cv)))
		snprintf(cv, sizeof(cv), "ctx");
	if (!own_reload(c, site, cv, dv, sizeof(dv), code, sizeof(code)))
		snprintf(code, sizeof(code), "data = (void *)(long)%s->data; data_end = (void *)(long)%s->data_end;",
			 cv, cv);
	/* the bounds check the failing path made after the call, on the
	 * stale pointers: the packet is taken again right before it, where
	 * every path through a call that moved the packet meets */
	const char *chk = NULL;
	uint32_t cl = 0;

	for (long k = step_of(c, c->fstep, site) + 1; k > 0 && k < c->fstep && !chk; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const char *t = diag_src_text(c, i);
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (c->res->steps[k].frame == f && in && (BV_CLASS(in->code) == BV_JMP || BV_CLASS(in->code) == BV_JMP32) &&
		    t && li && strstr(t, "data_end") && !strncmp(t, "if (", 4)) {
			chk = t;
			cl = li->line_num;
		}
	}
	if (chk)
		FIX(c, "Take the packet again right before the bounds check at line %u (`%s`), below the call of %s() at "
		       "line %u: `%s`",
		    cl, chk, fn, lc->line_num, code);
	else
		FIX(c, "After the call of %s() at line %u (`%s`), take the packet again: `%s`", fn, lc->line_num, st, code);
	if (diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, dv))
		FIX(c, ", then make `%s` from the new `%s`%s", pv, dv, chk ? "" : " and check it");
	FIX(c, ". Pointers made before the call stay stale, checked or not.");
	return true;
}

/* A packet pointer gone stale in a helper that a function clang inlined
 * calls (`err = add_tlv(skb, srh, off);` with bpf_lwt_seg6_adjust_srh on
 * add_tlv's own line): reloading after the helper's line would be in the
 * callee, where the caller's pointer is out of reach.  The fix goes after
 * the caller's statement: the nearest step before the helper (or after
 * it) that lies between the helper's line and the failing one, when that
 * step's line calls a function. */
static bool stale_call_site(struct ctx *c, long stale, const char *helper)
{
	const struct bv_line_info *ls = bv_prog_line_at(c->prog, (size_t)stale);
	const struct bv_line_info *lf = bv_prog_line_at(c->prog, (size_t)c->fail);
	long ks = step_of(c, c->fstep, stale), site = -1;
	char fn[64], pv[64];

	/* a callee written below its caller is not told from a failing line
	 * in another inlined function (test_xdp's set_ethhdr): left alone */
	if (!ls || !lf || !ls->line_num || ls->line_num >= lf->line_num || ks < 0)
		return false;
	/* the caller's line before the callee's body (the arguments it
	 * computes), or else the first caller's line after it (the test of
	 * what it returned), which is below the caller's last line before */
	uint32_t floor = ls->line_num;

	for (int dir = -1; dir <= 1 && site < 0; dir += 2)
		for (long k = ks + dir; k >= 0 && k < c->fstep; k += dir) {
			long i = (long)c->res->steps[k].insn;
			const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);
			uint32_t n = li ? li->line_num : 0;

			if (!n || n > lf->line_num || n <= floor)
				continue;
			if (diag_program_call(diag_src_text(c, i), fn, sizeof(fn)))
				site = i;
			floor = n;
			break;
		}
	if (site < 0)
		return false;
	/* the helper's line in the failing line's own function: nothing was
	 * inlined, the line between only looks like a call (a macro such as
	 * `log_err(ret);` in an error branch the path did not take, whose
	 * line an instruction clang shared carries) */
	struct diag_srcfn hf;

	if (diag_src_function(c, stale, &hf) && diag_in_src_fn(c, c->fail, &hf))
		return false;
	const struct bv_line_info *lc = bv_prog_line_at(c->prog, (size_t)site);
	const struct bv_insn *in = insn_at(c, c->fail);
	bool named = diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, "data");

	diag_where(c, site, "the call that reaches it");
	WHY(c, " The call of %s() at line %u reaches %s at line %u: clang inlined %s(), so the helper's "
	       "line is in %s() while the pointer belongs to the caller.",
	    fn, lc->line_num, helper, ls->line_num, fn, fn);
	FIX(c, "The call of %s() at line %u (`%s`) may move the packet", fn, lc->line_num, diag_src_text(c, site));
	if (named)
		FIX(c, ": `%s`, made before that call, is stale after it, checked or not", pv);
	if (in && BV_CLASS(in->code) == BV_LDX)
		FIX(c, ". Read what you need before the call: move line %u (`%s`) above line %u — or, if the call "
		       "changes what it reads, ",
		    lf->line_num, diag_src_text(c, c->fail), lc->line_num);
	else
		FIX(c, ". ");
	FIX(c, "%s `%s` again after the call, the way it was first made, and redo its bounds check before "
	       "touching the packet.",
	    in && BV_CLASS(in->code) == BV_LDX ? "make" : "Make", named ? pv : "the pointer");
	return true;
}

/* The helper in a function clang inlined, H, and the use after H
 * returned, in another (xdp_synproxy's syncookie_part1() calling
 * bpf_xdp_adjust_tail, its caller then handing the old `data` to
 * syncookie_part2()): H's `data` and `data_end` were copies, so a reload
 * in H does not reach the caller.  The fix is in the caller, right after
 * its call of H. */
static bool stale_after_inlined(struct ctx *c, long stale, const char *helper)
{
	struct diag_srcfn hf, ff, gf;
	long ks = step_of(c, c->fstep, stale), back = -1;
	char var[64], cv[64] = "ctx", dv[64] = "data", code[400];
	uint32_t line = 0;

	if (ks < 0 || !inlined_fn_at(c, stale, &hf) || !diag_src_function(c, c->fail, &ff) ||
	    diag_in_src_fn(c, c->fail, &hf))
		return false;
	/* the program's own function calls H: a line of it on the path, and
	 * the call in its body */
	for (long k = 0; k < c->fstep && back < 0; k++) {
		long i = (long)c->res->steps[k].insn;

		if (c->res->steps[k].frame == 0 && diag_src_function(c, i, &gf) && c->prog->name &&
		    !strcmp(gf.name, c->prog->name))
			back = i;
	}
	if (back < 0 || !diag_src_call_in(c, back, hf.name, var, sizeof(var), &line))
		return false;
	if (!diag_call_arg(c, stale, 1, cv, sizeof(cv)) || !diag_is_name(cv) || !cv[0])
		snprintf(cv, sizeof(cv), "ctx");
	if (!own_reload(c, stale, cv, dv, sizeof(dv), code, sizeof(code)))
		snprintf(code, sizeof(code), "data = (void *)(long)%s->data; data_end = (void *)(long)%s->data_end;", cv,
			 cv);
	const struct bv_line_info *ls = bv_prog_line_at(c->prog, (size_t)stale);

	WHY(c, " %s() at line %u is in %s(), which clang inlined: the packet pointers %s() was given are copies of "
	       "its caller's, and the caller's own stay stale after it returns.",
	    helper, ls ? ls->line_num : 0u, hf.name, hf.name);
	FIX(c, "Take the packet again in the caller, right after line %u (`%s = %s(...)`): `%s` — then redo the bounds "
	       "check before touching the packet; a reload inside %s() would not reach the caller's variables.",
	    line, var, hf.name, code, hf.name);
	return true;
}

/* A use after bpf_xdp_adjust_head(ctx, N), N > 0, of bytes the call
 * drops: the failing line reaches the first N bytes of the packet as it
 * was (the MAC addresses moved over a VLAN tag, with the head moved
 * first).  Those bytes are not in the packet after the call, so no
 * reload reaches them: the line belongs before the call.  A reload
 * would point N bytes on, at other bytes, and still pass the verifier. */
static bool stale_dropped_bytes(struct ctx *c, int r, long stale)
{
	const struct bv_insn *st = insn_at(c, stale);
	long ks = step_of(c, c->fstep, stale);
	const struct bv_vreg *d = ks >= 0 ? reg_at(c, ks, 2) : NULL, *was = ks >= 0 ? reg_at(c, ks, r) : NULL;

	/* from a log, a step holds the state after its instruction */
	if (ks > 0 && (!d || d->kind != BV_REG_SCALAR || d->umin != d->umax))
		d = reg_at(c, ks - 1, 2);
	if (ks > 0 && (!was || was->kind != BV_REG_PKT))
		was = reg_at(c, ks - 1, r);
	const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);
	const struct bv_line_info *sl = bv_prog_line_at(c->prog, (size_t)stale);
	long lo = LONG_MAX, hi = -1;

	if (!st || st->code != (BV_JMP | BV_CALL) || st->src != 0 || st->imm != 44 /* bpf_xdp_adjust_head */ || !d ||
	    d->kind != BV_REG_SCALAR || d->umin != d->umax || !was || was->kind != BV_REG_PKT || was->var_mask || !fl ||
	    !sl || !fl->line_num || !sl->line_num)
		return false;
	/* the delta is an int: `0 - (int)sizeof(struct ipv6hdr)` grows the head */
	int64_t delta = (int32_t)(uint32_t)d->umin;

	if (delta <= 0)
		return false;
	/* the bytes the failing line's accesses through r reach */
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const struct bv_insn *in = &c->prog->insns[i];
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);
		int reg = BV_CLASS(in->code) == BV_LDX ? in->src
			  : BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST ? in->dst : -1;

		if (reg != r || !li || li->line_num != fl->line_num || i < (size_t)stale)
			continue;
		lo = was->off + in->off < lo ? was->off + in->off : lo;
		hi = was->off + in->off > hi ? was->off + in->off : hi;
	}
	if (lo == LONG_MAX || lo >= delta)
		return false;
	WHY(c, " Line %u reaches bytes %ld to %ld of the packet as it was before the call (through R%d), and the "
	       "call drops the first %" PRIu64 ": after it, bytes 0 to %" PRIu64 " of the old packet are not in the "
	       "packet at all.",
	    fl->line_num, lo, hi + access_size(c, c->fail) - 1, r, (uint64_t)delta, (uint64_t)delta - 1);
	FIX(c, "Do line %u (`%s`) before the call: move line %u (`%s`) below it. Taking data again after the call "
	       "would satisfy the verifier but point %" PRIu64 " bytes further on, at other bytes.",
	    fl->line_num, diag_src_text(c, c->fail), sl->line_num, diag_src_text(c, stale), (uint64_t)delta);
	return true;
}

/* A packet slice used after a call that moved the packet: read it before
 * the call (when the failing line is a whole statement that only reads
 * it), or take it again after, in the program's own words.  A call that
 * moves the packet's start makes the old offset name other bytes (batch
 * 51's test_xdp_dynptr: bpf_xdp_adjust_head). */
static void dynptr_stale_fix(struct ctx *c, long slice, long call, const char *helper)
{
	const char *ft = diag_src_text(c, c->fail), *ct = diag_src_text(c, call), *st = diag_src_text(c, slice);
	const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail),
				     *cl = bv_prog_line_at(c->prog, (size_t)call);
	const struct bv_insn *in = insn_at(c, c->fail);
	static const char *const movers[] = { "adjust_head", "change_head", "adjust_room", "change_proto", "vlan_p" };
	bool moves = false, said = false;
	char var[64];
	size_t n = ft ? strlen(ft) : 0;

	for (size_t i = 0; i < BV_ARRAY_SIZE(movers); i++)
		moves |= strstr(helper, movers[i]) != NULL;
	/* an assignment moves; a `return p[0];` above the call would skip it */
	if (in && BV_CLASS(in->code) == BV_LDX && n > 1 && ft[n - 1] == ';' && strstr(ft, " = ") &&
	    strncmp(ft, "return", 6) && ct && fl && cl && fl->line_num > cl->line_num) {
		FIX(c, "Finish reading the slice before the call: move line %u (`%s`) above line %u (`%s`).", fl->line_num,
		    ft, cl->line_num, ct);
		if (moves) {
			FIX(c, " Taking the slice again after the call would satisfy the verifier, but %s moves the packet's "
			       "start, so the same offset then names other bytes.",
			    helper);
			return;
		}
		FIX(c, " Or take it again after the call");
		said = true;
	} else {
		FIX(c, "Take the slice again after the call");
	}
	/* a write through it needs a writable slice: bpf_dynptr_slice()'s is
	 * read-only */
	bool store = in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST);
	const char *ro = st ? strstr(st, "bpf_dynptr_slice(") : NULL;

	if (st && diag_assigned_var(c, slice, var, sizeof(var)) && strstr(st, "bpf_dynptr_slice")) {
		if (store && ro)
			FIX(c, ", writable since line %u writes through it: `%.*sbpf_dynptr_slice_rdwr(%s if (!%s) return "
			       "%s;`%s.",
			    fl ? fl->line_num : 0u, (int)(ro - st), st, ro + 17, var, pkt_pass(c),
			    moves ? ", at the offset the bytes have after it" : "");
		else
			FIX(c, ": `%s if (!%s) return %s;`%s.", st, var, pkt_pass(c),
			    moves ? ", at the offset the bytes have after it" : "");
	} else
		FIX(c, " (`p = bpf_dynptr_slice(&ptr, off, buf, sizeof(buf)); if (!p) ...`)%s.",
		    said ? "" : ", or finish reading it before the call");
	/* the program takes a slice of its own after the call: the bytes may
	 * be reached through it */
	long kc = step_of(c, (long)c->res->n_steps, call);
	char other[64];

	for (long k = kc + 1; kc >= 0 && k < c->fstep; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_line_info *li;

		if (diag_call_named(c, i, "bpf_dynptr_slice") && diag_assigned_var(c, i, other, sizeof(other)) && strcmp(other, var) &&
		    (li = bv_prog_line_at(c->prog, (size_t)i))) {
			FIX(c, " Or, as line %u takes `%s` from the packet after the call, point `%s` into that slice at "
			       "the offset its bytes have there.",
			    li->line_num, other, var);
			break;
		}
	}
}

/* A load or store through a register that holds a number: where the
 * number came from says what the author took it for. */
static int diag_scalar_deref(struct ctx *c, int r)
{
	struct trace t;
	const struct bv_insn *root;
	char b[64], b2[128];
	bool btf_args = c->prog->type == 26 /* tracing */ || c->prog->type == 29 /* lsm */;

	trace_value(c, r, c->fstep, &t);
	root = insn_at(c, t.root);
	if (!root)
		return 0;
	if (diag_null_taken(c, r, &t) || diag_null_inlined(c, r, &t))
		return 1;
	diag_class(c, "scalar-deref");
	if (BV_CLASS(root->code) == BV_LDX && t.load_base_kind == BV_REG_CTX && !btf_args) {
		diag_where(c, t.root, "read from the context here");
		WHY(c, "R%d is read from the context at insn %ld (`%s`)", r, t.root, insn_text(c, t.root, b2, sizeof(b2)));
		if (c->prog->type == 2 /* kprobe */)
			WHY(c, ", a register of the probed function (PT_REGS_PARM1(ctx) and the like)");
		WHY(c, ". To the verifier a register or context field is a number, even when the kernel put a pointer "
		       "there: it cannot know what it points to, so it lets no load or store through it.");
		const char *sec = c->prog->section ? c->prog->section : "";
		char var[64], expr[96];
		int sz = access_size(c, c->fail);

		if ((!strncmp(sec, "uprobe", 6) || !strncmp(sec, "uretprobe", 9) || !strncmp(sec, "usdt", 4)) &&
		    diag_deref_var(c, c->fail, var, sizeof(var)) && (sz == 1 || sz == 2 || sz == 4 || sz == 8)) {
			/* a uprobe's pointer is the traced process's: user memory
			 * (batch 41's shell_open) */
			const char *t = diag_src_text(c, c->fail), *p;
			char pat[80];

			snprintf(pat, sizeof(pat), "%s[", var);
			if (t && (p = strstr(t, pat)) && strchr(p, ']') && (size_t)(strchr(p, ']') - p + 1) < sizeof(expr))
				snprintf(expr, sizeof(expr), "&%.*s", (int)(strchr(p, ']') - p + 1), p);
			else
				snprintf(expr, sizeof(expr), "%s", var);
			WHY(c, " In a uprobe, `%s` points into the traced process's memory, which only "
			       "bpf_probe_read_user() may read.",
			    var);
			FIX(c, "Copy the bytes out first: `__u%d v; bpf_probe_read_user(&v, sizeof(v), %s);`, and use `v` "
			       "where the line reads `%s`; for a string, `bpf_probe_read_user_str(buf, sizeof(buf), %s)` "
			       "into a buffer of your own.",
			    sz * 8, expr, expr[0] == '&' ? expr + 1 : var, var);
			return 1;
		}
		FIX(c, "Read the kernel's memory with a helper: `BPF_CORE_READ(p, field)` (bpf/bpf_core_read.h, with "
		       "vmlinux.h) or `bpf_probe_read_kernel(&v, sizeof(v), &p->field)`; or attach with "
		       "SEC(\"fentry/FUNC\") or SEC(\"tp_btf/TP\") and BPF_PROG(), whose pointer arguments are typed and "
		       "can be read directly.");
		return 1;
	}
	if (BV_CLASS(root->code) == BV_LDX && t.load_base_kind == BV_REG_MAP_VALUE) {
		const struct bv_map *m = t.load_map >= 0 && (size_t)t.load_map < c->obj->n_maps ? &c->obj->maps[t.load_map]
											     : NULL;

		char var[64], field[64];

		diag_where(c, t.root, "read from the map here");
		WHY(c, "R%d is read from %s%s at insn %ld: a map holds bytes, so what comes out is a number, even a "
		       "kernel address another program stored there; the verifier does not let a program follow it.",
		    r, m ? "a value of map " : "a map value", m ? m->name : "", t.root);
		if (diag_arrow(c, c->fail, var, sizeof(var), field, sizeof(field)))
			FIX(c, "Read through it with a helper: `__typeof__(%s->%s) %s; bpf_probe_read_kernel(&%s, "
			       "sizeof(%s), &%s->%s);` (or `BPF_CORE_READ(%s, %s)` from bpf/bpf_core_read.h), then use "
			       "`%s`; ",
			    var, field, field, field, field, var, field, var, field, field);
		else
			FIX(c, "Read the memory it points to with `bpf_probe_read_kernel(&dst, sizeof(dst), (void *)addr)` "
			       "(or BPF_CORE_READ on the typed pointer); ");
		FIX(c, "to keep a live kernel object in a map, store it as a `__kptr` field with bpf_kptr_xchg() instead "
		       "of as a number.");
		return 1;
	}
	if (t.helper_fill) {
		char var[64], field[64];

		diag_where(c, t.root, "the helper wrote the stack slot here");
		diag_where(c, t.fill, "read back from the stack here");
		WHY(c, "R%d is read back at insn %ld from the stack bytes %s filled at insn %ld. A helper that copies "
		       "memory gives the program bytes, so what comes back is a number to the verifier, even when it is "
		       "a kernel address: the verifier cannot know what it points to, and lets no load through it.",
		    r, t.fill, helper_at(c, t.root, b, sizeof(b)), t.root);
		if (diag_arrow(c, c->fail, var, sizeof(var), field, sizeof(field)))
			FIX(c, "Read through the copied pointer with a helper too: `bpf_probe_read_kernel(&v, sizeof(v), "
			       "&%s->%s);`, or `BPF_CORE_READ(%s, %s)` (bpf/bpf_core_read.h) for the chain; a typed "
			       "pointer (fentry, tp_btf, an iterator's context) can be read directly.",
			    var, field, var, field);
		else
			FIX(c, "Read through the copied pointer with a helper too: `bpf_probe_read_kernel(&v, sizeof(v), "
			       "&p->field);`, or `BPF_CORE_READ(p, field)` (bpf/bpf_core_read.h) for the chain; a typed "
			       "pointer (fentry, tp_btf, an iterator's context) can be read directly.");
		return 1;
	}
	if (is_helper_call(c, t.root)) {
		diag_where(c, t.root, "the number returned here");
		WHY(c, "R%d is what %s returned at insn %ld: a number to the verifier", r,
		    helper_at(c, t.root, b, sizeof(b)), t.root);
		if (root->imm == 35 /* get_current_task */) {
			WHY(c, ", though it is the address of the current task_struct.");
			FIX(c, "Call bpf_get_current_task_btf() instead: it returns a typed `struct task_struct *` that can "
			       "be read directly (`task->tgid`); or read through the number with BPF_CORE_READ(task, tgid).");
		} else {
			WHY(c, ", not a pointer.");
			FIX(c, "Dereference only pointers the verifier knows (the context, the stack, map values, packets, "
			       "typed kernel pointers); read other kernel addresses with bpf_probe_read_kernel().");
		}
		return 1;
	}
	if (BV_CLASS(root->code) == BV_ALU64 || BV_CLASS(root->code) == BV_ALU) {
		if (form_at(c, t.root) && form_at(c, t.root)->op == BV_OP_MOV && !form_at(c, t.root)->x) {
			diag_where(c, t.root, "the constant set here");
			WHY(c, "R%d is the constant %d, set at insn %ld, not a pointer.", r, root->imm, t.root);
			FIX(c, "A fixed address cannot be read from BPF; read kernel memory through a pointer the "
			       "verifier knows, or with bpf_probe_read_kernel().");
			return 1;
		}
	}
	return 0;
}

/* Instruction def loads a field of the program's context (not a traced
 * function's arguments): the field as C names it ("skb->sk"). */
static bool ctx_field_load(const struct ctx *c, long def, char *field, size_t size)
{
	const struct bv_insn *d = insn_at(c, def);
	const struct bv_vreg *base = d && BV_CLASS(d->code) == BV_LDX ? reg_at(c, step_of(c, c->fstep, def), d->src) : NULL;

	if (!base || base->kind != BV_REG_CTX || c->prog->type == BV_PROG_TRACING ||
	    !diag_ctx_field_name(c, d->off + base->off, field, size))
		return false;
	/* as the program spells it: `reuse_md->migrating_sk` for `ctx->migrating_sk` */
	const char *arrow = strstr(field, "->");
	char ptr[64];

	if (arrow && diag_pointer_to(c, def, arrow + 2, ptr, sizeof(ptr)) && strlen(ptr) + strlen(arrow) < size) {
		char mem[64];

		snprintf(mem, sizeof(mem), "%s", arrow + 2);
		snprintf(field, size, "%s->%s", ptr, mem);
	}
	return true;
}

/* Does some caller of the global function at `entry` check argument
 * register r against NULL before the call?  Read from the caller's code
 * (the verifier's path is the function's own): from the call that made
 * the value, forward to the call, through copies of the register. */
/* Whether register base at insn k still holds the context the program
 * was entered with (r1, or a copy made before anything else wrote it). */
static bool entry_ctx(const struct ctx *c, long k, int base)
{
	for (long j = k - 1; j >= 0; j--) {
		const struct bv_insn *d = insn_at(c, j);
		const struct bv_form *f = form_at(c, j);

		if (!d || !f || BV_CLASS(d->code) == BV_JMP || BV_CLASS(d->code) == BV_JMP32 ||
		    BV_CLASS(d->code) == BV_STX || BV_CLASS(d->code) == BV_ST || d->dst != base)
			continue;
		if (BV_CLASS(d->code) == BV_ALU64 && f->op == BV_OP_MOV && f->x && d->src == 1)
			return entry_ctx(c, j, 1);
		return false;
	}
	return base == 1;
}

/* A pointer the caller made that cannot be NULL: the stack's, or the
 * packet's start (ctx->data, data_meta) moved by constants. */
static bool never_null_arg(const struct ctx *c, long call, int reg)
{
	unsigned t = c->prog->sec.prog_type;

	for (long k = call - 1; k >= 0 && k >= call - 64; k--) {
		const struct bv_insn *d = insn_at(c, k);
		const struct bv_form *f = form_at(c, k);

		if (!d || !f || d->dst != reg || BV_CLASS(d->code) == BV_JMP || BV_CLASS(d->code) == BV_JMP32 ||
		    BV_CLASS(d->code) == BV_STX || BV_CLASS(d->code) == BV_ST)
			continue;
		if (BV_CLASS(d->code) == BV_ALU64 && !f->x && (f->op == BV_OP_ADD || f->op == BV_OP_SUB))
			continue; /* moved by a constant */
		if (BV_CLASS(d->code) == BV_ALU64 && f->op == BV_OP_MOV && f->x) {
			if (d->src == 10)
				return true;
			reg = d->src;
			continue;
		}
		if (BV_CLASS(d->code) == BV_LDX && entry_ctx(c, k, d->src))
			return ((t == BV_PROG_XDP && (d->off == 0 || d->off == 8)) ||
				((t == BV_PROG_SCHED_CLS || t == BV_PROG_SCHED_ACT) && (d->off == 76 || d->off == 140)));
		return false;
	}
	return false;
}

static bool caller_checked(const struct ctx *c, long entry, int r)
{
	for (long call = 0; call < (long)c->prog->n_insns; call++) {
		const struct bv_insn *in = insn_at(c, call);
		long from = -1;
		int reg = r;
		unsigned copies;

		if (!is_call(c, call) || in->src != 1 || call + in->imm + 1 != entry)
			continue;
		if (never_null_arg(c, call, r))
			return true;
		/* back to where the argument was made, through moves */
		for (long k = call - 1; k >= 0 && k >= call - 64 && from < 0; k--) {
			const struct bv_insn *d = insn_at(c, k);
			const struct bv_form *f = form_at(c, k);

			if (is_call(c, k) && reg == 0)
				from = k;
			else if (is_call(c, k) && reg <= 5)
				break;
			else if (d && f && BV_CLASS(d->code) == BV_ALU64 && f->op == BV_OP_MOV && f->x && d->dst == reg)
				reg = d->src;
			else if (d && f && d->dst == reg && BV_CLASS(d->code) != BV_JMP && BV_CLASS(d->code) != BV_JMP32 &&
				 BV_CLASS(d->code) != BV_STX && BV_CLASS(d->code) != BV_ST)
				break;
		}
		if (from < 0)
			continue;
		/* forward: a comparison of a copy with 0 */
		copies = 1u << 0;
		for (long k = from + 1; k < call; k++) {
			const struct bv_insn *d = insn_at(c, k);
			const struct bv_form *f = form_at(c, k);

			if (!d || !f)
				break;
			if ((BV_CLASS(d->code) == BV_JMP || BV_CLASS(d->code) == BV_JMP32) && !f->x && d->imm == 0 &&
			    (f->op == BV_OP_JEQ || f->op == BV_OP_JNE) && d->dst < 11 && (copies & (1u << d->dst)))
				return true;
			if (BV_CLASS(d->code) == BV_ALU64 && f->op == BV_OP_MOV && f->x && d->src < 11 &&
			    (copies & (1u << d->src)))
				copies |= 1u << d->dst;
			else if (BV_CLASS(d->code) != BV_JMP && BV_CLASS(d->code) != BV_JMP32 && BV_CLASS(d->code) != BV_STX &&
				 BV_CLASS(d->code) != BV_ST && d->dst < 11)
				copies &= ~(1u << d->dst);
		}
	}
	return false;
}

/* In a global function verified on its own, the argument register (1 to
 * 5) whose value reg holds at the failing step (`r7 = r1` at the top is
 * followed back); -1 elsewhere. */
static int global_entry_arg(const struct ctx *c, int reg)
{
	const struct bv_func_info *fi = func_of(c, c->fail);

	if (!fi || !fi->insn || c->fstep < 0 || c->res->steps[c->fstep].frame != 0)
		return -1;
	return entry_arg(c, reg, c->fstep);
}

/* A pointer argument of a global function, used as it came in: the
 * function is verified once for any caller, so the pointer may be NULL. */
static int null_global_arg(struct ctx *c, int r, const char *type)
{
	const struct bv_func_info *fi = func_of(c, c->fail);
	const struct btf *btf;
	const struct btf_type *pr = diag_func_proto(c, c->fail, &btf);
	const char *fname = fi && fi->name ? fi->name : "the function", *pname = NULL;

	if ((r = global_entry_arg(c, r)) < 0)
		return 0;
	char var[64], mem[64];

	if (pr && r <= btf_vlen(pr))
		pname = btf__name_by_offset(btf, btf_params(pr)[r - 1].name_off);
	else if (diag_arrow(c, c->fail, var, sizeof(var), mem, sizeof(mem)))
		pname = var; /* from a log: the pointer the failing line reads through */
	/* where a caller checks the pointer, the cause is what a global
	 * function is, and the class says so; where none does (or a log
	 * shows no caller), it is a NULL pointer like any other */
	diag_class(c, caller_checked(c, (long)fi->insn, r) ? "global-func-args" : "null-pointer");
	diag_where(c, (long)fi->insn, "the global function starts here");
	if (pname && *pname)
		WHY(c, "R%d is `%s`, argument %d", r, pname, r);
	else
		WHY(c, "R%d is argument %d", r, r);
	WHY(c, " of %s(), a global (non-static) function: the verifier checks it once, on its own, for any caller, so "
	       "a pointer argument may be NULL (%s), and nothing in %s() checks it before insn %ld.",
	    fname, type, fname, c->fail);
	if (!pname || !*pname)
		pname = "p";
	/* every pointer argument is NULL-able the same way: check them all
	 * at once, or the next one fails next (seen, batch 31) */
	char all[200] = "";
	int nptr = 0;

	for (int i = 0; pr && i < btf_vlen(pr) && i < 5; i++) {
		const struct btf_type *t = btf__type_by_id(btf, btf_params(pr)[i].type);
		const char *nm = btf__name_by_offset(btf, btf_params(pr)[i].name_off);
		size_t n = strlen(all);

		while (t && (btf_is_typedef(t) || btf_is_mod(t)))
			t = btf__type_by_id(btf, t->type);
		if (!t || !btf_is_ptr(t) || !nm || !*nm || n + strlen(nm) + 8 >= sizeof(all))
			continue;
		snprintf(all + n, sizeof(all) - n, "%s!%s", nptr++ ? " || " : "", nm);
	}
	if (nptr > 1)
		FIX(c, "Check the pointer arguments at the top of the function, all of them, since each may be NULL the "
		       "same way: `if (%s) return 0;`",
		    all);
	else
		FIX(c, "Check it at the top of the function: `if (!%s) return 0;`", pname);
	FIX(c, " — or declare %s `__arg_nonnull` (then each caller must pass a checked pointer), or make the "
	       "function `static` so it is checked with each call's own arguments (and check the pointer in the "
	       "caller).",
	    nptr > 1 ? "them" : "it");
	return 1;
}

/* When a call that may return NULL does: the user's next question after
 * "why is it NULL?". Prefixes match the helper and kfunc families. */
static const char *const null_whens[][2] = {
	{ "bpf_dynptr_slice", "the bytes asked for are not all there (a packet shorter than offset + size)" },
	{ "bpf_ringbuf_reserve", "the ring buffer has no room left" },
	{ "bpf_sk_lookup_", "no socket matches the tuple" },
	{ "bpf_skc_lookup_", "no socket matches the tuple" },
	{ "bpf_skc_to_", "the socket is not of that kind" },
	{ "bpf_sk_fullsock", "the socket is a request or time-wait socket" },
	{ "bpf_tcp_sock", "the socket is not TCP" },
	{ "bpf_get_listener_sock", "the socket has no listener" },
	{ "bpf_task_from_pid", "no task has that pid" },
	{ "bpf_obj_new", "the allocation fails" },
	{ "bpf_percpu_obj_new", "the allocation fails" },
	{ "bpf_cgroup_from_id", "no cgroup has that id" },
	{ "bpf_sk_storage_get", "the socket has no storage and none is created" },
};

static const char *null_when(const char *call)
{
	for (size_t i = 0; i < sizeof(null_whens) / sizeof(null_whens[0]); i++)
		if (!strncmp(call, null_whens[i][0], strlen(null_whens[i][0])))
			return null_whens[i][1];
	return "it fails";
}

static int diag_null(struct ctx *c)
{
	char type[64] = "";
	int r;
	const struct bv_vreg *v;
	char b[64];

	/* moving the pointer (`&task->comm`) fails as reading through it does */
	bool moved = sscanf(c->msg, "R%d pointer arithmetic on %63[^ ] prohibited, null-check it first", &r, type) == 2;

	if (!moved && sscanf(c->msg, "R%d invalid mem access '%63[^']'", &r, type) != 2)
		return 0;
	if (moved && !strstr(type, "_or_null"))
		return 0;
	v = reg_at(c, c->fstep, r);
	diag_where(c, c->fail, "fails here");
	if (moved)
		WHY(c, "The program adds an offset to R%d (to reach a member, `&p->field`, or an element), and the "
		       "verifier moves no pointer that may still be NULL. ",
		    r);
	if (strstr(type, "_or_null")) {
		long def = v ? v->def_insn : -1;
		const struct bv_insn *mv = def >= 0 ? insn_at(c, def) : NULL;

		/* a copy (`r4 = r2` before `r4 += 1752`) or a fill from the stack:
		 * where the copied or spilled value came from */
		if (mv && ((mv->code == (BV_ALU64 | BV_MOV | BV_X) && !mv->off) ||
			   (BV_CLASS(mv->code) == BV_LDX && mv->src == 10)))
			def = value_origin(c, r, c->fstep);

		diag_class(c, strstr(type, "map_value") ? "null-map-value" : "null-pointer");
		{
			const struct bv_insn *d = def >= 0 ? insn_at(c, def) : NULL;

			char field[80];
			const char *end, *pass;

			if (ctx_field_load(c, def, field, sizeof(field))) {
				/* a context field the kernel may leave NULL: skb->sk, sk_lookup's sk, ... */
				pkt_words(c, &end, &pass);
				diag_where(c, def, "read here, maybe NULL");
				WHY(c, "R%d is %s, read at insn %ld, which is NULL when there is none (%s): the verifier "
				       "calls it %s and no check for NULL on this path reaches insn %ld.",
				    r, field, def,
				    strstr(field, "migrating_sk") ? "no socket is being migrated: a new connection being "
								    "placed has none"
								  : "a packet without a socket, ...",
				    type, c->fail);
				FIX(c, "Copy it to a variable and check it before use: `%s = %s; if (!%s) return %s;`.",
				    strstr(type, "sock") ? "struct bpf_sock *sk" : "void *p", field,
				    strstr(type, "sock") ? "sk" : "p", pass);
				return 1;
			}
			if (d && BV_CLASS(d->code) == BV_LDX) {
				/* read from the context, a kernel struct or a map value's
				 * kptr field, not returned by a call */
				const struct bv_vreg *base = reg_at(c, step_of(c, c->fstep, def), d->src);
				char var[64], mem[64];
				const char *end, *pass;

				diag_where(c, def, "read here, maybe NULL");
				if (base && base->kind == BV_REG_MAP_VALUE)
					WHY(c, "R%d may be NULL: it was read at insn %ld from a kptr field of a map value%s%s, "
					       "which holds NULL until bpf_kptr_xchg() stores an object there and again after "
					       "one is taken out; no check for NULL on this path reaches insn %ld.",
					    r, def, base->map >= 0 && (size_t)base->map < c->obj->n_maps ? " of map " : "",
					    base->map >= 0 && (size_t)base->map < c->obj->n_maps ? c->obj->maps[base->map].name : "",
					    c->fail);
				else
					WHY(c, "R%d may be NULL: it was read at insn %ld from %s, and the kernel marks that "
					       "pointer as possibly NULL (%s); no check for NULL on this path reaches insn %ld.",
					    r, def, base && base->kind == BV_REG_CTX ? "the context" : "a kernel struct",
					    base && base->kind == BV_REG_CTX ? "an iterator's object is NULL when the walk ends"
									     : "an __rcu field, or one the kernel lists as NULL-able",
					    c->fail);
				pkt_words(c, &end, &pass);
				char lhs[64];
				const struct bv_line_info *dl = bv_prog_line_at(c->prog, (size_t)def);

				if (diag_assigned_var(c, def, lhs, sizeof(lhs)) && dl && dl->line_num)
					/* `__u64 *val = ctx->value;`: the variable is there already */
					FIX(c, "Check `%s` right after line %u, before any use: `if (!%s) return %s;`.", lhs,
					    dl->line_num, lhs, pass);
				else if (diag_arrow(c, def, var, sizeof(var), mem, sizeof(mem)))
					FIX(c, "Copy it to a variable and check it before use: `__typeof__(%s->%s) %s = %s->%s; "
					       "if (!%s) return %s;`, then use `%s`.",
					    var, mem, mem, var, mem, mem, pass, mem);
				else
					FIX(c, "Copy it to a variable and check it before use: `struct task_struct *task = "
					       "ctx->task; if (!task) return 0;`.");
				return 1;
			}
		}
		if (def < 0 && null_global_arg(c, r, type))
			return 1;
		if (def >= 0)
			diag_where(c, def, "may return NULL here");
		{
			const struct bv_insn *di = def >= 0 ? insn_at(c, def) : NULL;
			bool named = di && (is_helper_call(c, def) || (di->code == (BV_JMP | BV_CALL) &&
									di->src == BV_PSEUDO_KFUNC_CALL));

			const char *callee = named ? helper_at(c, def, b, sizeof(b)) : "a call";

			WHY(c, "R%d may be NULL: it comes from %s at insn %ld, which returns NULL when %s, and no "
			       "check for NULL on this path reaches insn %ld.",
			    r, callee, def, strstr(type, "map_value") ? "the key is not in the map" : null_when(callee),
			    c->fail);
		}
		{
			char var[64] = "p", deref[64];
			const char *end, *pass, *t = def >= 0 ? diag_src_text(c, def) : NULL, *fv;
			struct diag_srcfn fn;

			pkt_words(c, &end, &pass);
			if (def >= 0)
				diag_assigned_var(c, def, var, sizeof(var));
			/* `*real = bpf_map_lookup_elem(...)`: stored through an out-parameter */
			snprintf(deref, sizeof(deref), "*%.62s", var);
			if (t && !strncmp(t, deref, strlen(deref)) && !strncmp(t + strlen(deref), " = ", 3))
				snprintf(var, sizeof(var), "%s", deref);
			char cv[64], decl[64];
			uint32_t cl;

			/* `return bpf_map_lookup_elem(...);`: the function hands NULL
			 * to its caller, whose variable is what to check, right
			 * after its call (batch 71's get_global_metrics()) */
			if (def >= 0 && t && !strncmp(t, "return ", 7) && own_fn_at(c, def, &fn) &&
			    diag_src_call_above(c, c->fail, fn.name, cv, sizeof(cv), &cl, decl, sizeof(decl)) &&
			    diag_is_name(cv) && *cv) {
				struct diag_srcfn cf;
				const char *cfv = own_fn_at(c, c->fail, &cf) ? diag_src_fail_value(&cf) : pass;

				FIX(c, "%s() returns what the call gives, NULL included: check it where it is called, right "
				       "after line %u: `if (!%s) return%s%s;` — and use `%s` only after that.",
				    fn.name, cl, cv, cfv ? " " : "", cfv ? cfv : "", cv);
				return 1;
			}
			/* in a function clang inlined, that function's own way out */
			if (def >= 0 && own_fn_at(c, def, &fn)) {
				fv = diag_src_fail_value(&fn);
				FIX(c, "Check the pointer right after the call (line %u, in %s()) and leave the path when it "
				       "is NULL: `if (!%s) return%s%s;` — and use that same variable afterwards.",
				    bv_prog_line_at(c->prog, (size_t)def)->line_num, fn.name, var, fv ? " " : "",
				    fv ? fv : "");
			} else
				FIX(c, "Check the pointer right after the call and leave the path when it is NULL: "
				       "`if (!%s) return %s;` — and use that same variable afterwards.",
				    var, pass);
		}
		return 1;
	}
	struct bv_vreg dead;

	if (!strcmp(type, "scalar") && v && v->stale_insn < 0 && v->kind == BV_REG_PKT && c->fstep > 0) {
		/* from a log: the kernel says a number where the log's last
		 * print showed a packet pointer, and a call of a function that
		 * moved the packet came between ("Func#1 ('f') is global and
		 * assumed valid." prints no registers) */
		for (long k = c->fstep - 1; k >= 0 && (long)c->res->steps[k].insn > v->def_insn; k--) {
			long i = (long)c->res->steps[k].insn;
			const struct bv_insn *ci = insn_at(c, i);

			if (ci && ci->code == (BV_JMP | BV_CALL) && ci->src == BV_PSEUDO_CALL) {
				dead = *v;
				dead.stale_insn = (int32_t)i;
				v = &dead;
				break;
			}
		}
	}
	if (!strcmp(type, "scalar") && v && v->stale_insn >= 0) {
		diag_class(c, "pkt-pointer-stale");
		diag_where(c, v->stale_insn, "packet pointers invalidated here");
		{
			const struct bv_insn *st = insn_at(c, v->stale_insn);

			if (st && st->code == (BV_JMP | BV_CALL) && st->src == 0 && st->imm == 12) {
				WHY(c, "R%d was a pointer into the packet, but the function called before this point "
				       "makes a tail call (insn %d): when the tail call succeeds, the program it runs "
				       "returns to this caller, and it may have moved or resized the packet, so every "
				       "packet pointer of the caller becomes an unknown number.",
				    r, v->stale_insn);
				FIX(c, "After calling the function, reload `data` and `data_end` from the context and "
				       "redo the bounds check; or make the tail call from the main program, where it "
				       "never returns.");
				return 1;
			}
			if (st && st->code == (BV_JMP | BV_CALL) && st->src == 1) {
				WHY(c, "R%d was a pointer into the packet, but the function called at insn %d may move "
				       "or resize the packet (it calls a helper that does, or makes a tail call), so "
				       "every packet pointer of the caller becomes an unknown number when it returns.",
				    r, v->stale_insn);
				char pv[64], code[640];

				if (diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, "data") &&
				    reload_code(c, pv, code, sizeof(code))) {
					const struct bv_line_info *sl = bv_prog_line_at(c->prog, (size_t)v->stale_insn);

					FIX(c, "After the call (line %u), take the packet again before touching it: `%s`. "
					       "Pointers made before the call stay stale, checked or not.",
					    sl ? sl->line_num : 0u, code);
					return 1;
				}
				FIX(c, "After the call, reload `data` and `data_end` from the context and redo the "
				       "bounds check before touching the packet again.");
				return 1;
			}
		}
		struct trace tr;

		trace_value(c, r, c->fstep, &tr);
		if (tr.root >= 0 && insn_at(c, tr.root) && insn_at(c, tr.root)->src == BV_PSEUDO_KFUNC_CALL &&
		    strstr(helper_at(c, tr.root, b, sizeof(b)), "dynptr_slice")) {
			char b2[64];

			diag_where(c, tr.root, "the slice taken here");
			WHY(c, "R%d was a slice of the packet from %s at insn %ld, but %s", r, b, tr.root,
			    helper_at(c, v->stale_insn, b2, sizeof(b2)));
			WHY(c, " at insn %d may move or resize the packet, which ends every slice and packet pointer "
			       "taken before it.",
			    v->stale_insn);
			dynptr_stale_fix(c, tr.root, v->stale_insn, b2);
			return 1;
		}
		WHY(c, "R%d was a pointer into the packet, but %s at insn %d may move or resize the packet, which "
		       "turns every packet pointer derived before it into an unknown number.",
		    r, helper_at(c, v->stale_insn, b, sizeof(b)), v->stale_insn);
		if (stale_in_callee(c, v->stale_insn, b) || stale_call_site(c, v->stale_insn, b) ||
		    stale_dropped_bytes(c, r, v->stale_insn) || stale_after_inlined(c, v->stale_insn, b))
			return 1;
		{
			/* the context the helper took: skb, an XDP ctx or an sk_msg */
			const char *cv = strstr(b, "xdp_") ? "ctx" : strstr(b, "msg_") ? "msg" : "skb";
			char pv[64], arg[32];

			/* ... by the name the call itself gives it (`xdp` of
			 * bpf_xdp_adjust_head(xdp, ...)) */
			if (diag_call_arg(c, v->stale_insn, 1, arg, sizeof(arg)) && diag_is_name(arg))
				cv = arg;
			const struct bv_line_info *sl = bv_prog_line_at(c->prog, (size_t)v->stale_insn);

			char dv[64] = "data", code[400];
			bool own = own_reload(c, v->stale_insn, cv, dv, sizeof(dv), code, sizeof(code));
			const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);
			const char *ft = diag_src_text(c, c->fail);

			/* a pointer the function was handed (cls_redirect's encap,
			 * from a parser of its own): the program never took the packet
			 * here, so what is done through it is done before the call */
			bool checked_after = false;

			/* a bounds check between the call and the use (`if ((void
			 * *)(hdr + 1) > data_end)`): the program meant to use the
			 * packet as the call left it */
			for (long k = step_of(c, c->fstep, v->stale_insn) + 1; k > 0 && k < c->fstep; k++) {
				const char *t = diag_src_text(c, (long)c->res->steps[k].insn);

				checked_after = checked_after || (t && strstr(t, "data_end"));
			}
			/* the program takes `data` again after the call, but the
			 * pointer used is a copy made from the old one (`__u8 *d =
			 * data;`) and is not made again (batch 57's
			 * sockmap_parse_prog without `d = data;`) */
			char from[64];
			uint32_t cline = 0;
			long re = -1;

			if (diag_deref_var(c, c->fail, pv, sizeof(pv)) && diag_is_name(pv) && pv[0] &&
			    diag_src_copy_of(c, c->fail, pv, from, sizeof(from), &cline) && strcmp(from, pv)) {
				size_t fn = strlen(from);

				for (long k = step_of(c, c->fstep, v->stale_insn) + 1; k > 0 && k < c->fstep && re < 0; k++) {
					const char *t = diag_src_text(c, (long)c->res->steps[k].insn);

					if (t && !strncmp(t, from, fn) && !strncmp(t + fn, " = ", 3))
						re = (long)c->res->steps[k].insn;
				}
			}
			if (re >= 0 && fl && ft) {
				const struct bv_line_info *rl = bv_prog_line_at(c->prog, (size_t)re);

				diag_where(c, re, "taken again here");
				FIX(c, "The program takes `%s` again after the call (line %u: `%s`), but `%s` is a copy of the "
				       "old one (`%s = %s`, line %u) and is not made again: add `%s = %s;` right before line %u "
				       "(`%s`).",
				    from, rl ? rl->line_num : 0u, diag_src_text(c, re), pv, pv, from, cline, pv, from,
				    fl->line_num, ft);
				return 1;
			}
			/* only after a helper that leaves the packet where it was
			 * (it rewrites bytes): after one that moves its start or
			 * pulls bytes in, the use needs the new packet */
			bool in_place = strstr(b, "csum_replace") || strstr(b, "store_bytes") || strstr(b, "ecn_set_ce");

			if (in_place && !own && !checked_after && sl && fl && ft && sl->line_num < fl->line_num &&
			    diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, "data")) {
				bool block = ft[strlen(ft) - 1] == '{';
				/* `if (h->hop < h->hops)` with its statement on the next line */
				const char *body = !strncmp(ft, "if (", 4) && ft[strlen(ft) - 1] == ')'
							   ? diag_line_text(c, fl->line_num + 1) : NULL;
				char under[160] = "";

				if (body && strlen(body) < 120)
					snprintf(under, sizeof(under), " and line %u (`%s`) under it", fl->line_num + 1, body);
				FIX(c, "Use `%s` before the call: move line %u (`%s`%s)%s above line %u (`%s`), if it does not "
				       "need what the call changes. Otherwise, after",
				    pv, fl->line_num, ft, block ? " with its block" : "", under, sl->line_num,
				    diag_src_text(c, v->stale_insn));
			} else
				FIX(c, "After");
			FIX(c, " the call");
			/* the packet may move again further down (a checksum
			 * fixed after the store): take it after the last such call */
			long mv = -1;
			const struct helper_proto *mp;

			for (long k = step_of(c, c->fstep, v->stale_insn) + 1; k > 0 && k < c->fstep; k++) {
				long i = (long)c->res->steps[k].insn;

				if (is_helper_call(c, i) && (mp = helper_proto(insn_at(c, i)->imm)) &&
				    (mp->flags & HF_CHANGES_PKT))
					mv = i;
			}
			const struct bv_line_info *ml = mv >= 0 ? bv_prog_line_at(c->prog, (size_t)mv) : NULL;
			char mb[48];

			if (ml && ml->line_num && sl && ml->line_num > sl->line_num)
				FIX(c, " at line %u (%s, the last call before line %u that may move the packet)",
				    ml->line_num, helper_at(c, mv, mb, sizeof(mb)), fl ? fl->line_num : 0u);
			else if (sl && sl->line_num)
				FIX(c, " at line %u", sl->line_num);
			if (own)
				FIX(c, ", take the packet's bounds again as the program first took them: `%s`", code);
			else
				FIX(c, ", reload the packet's bounds: `data = (void *)(long)%s->%s; data_end = (void "
				       "*)(long)%s->%s;`",
				    cv, pkt_field(c, false), cv, pkt_field(c, true));
			if (diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, dv))
				FIX(c, ", then make `%s` from the new `%s` again", pv, dv);
			FIX(c, " and redo the bounds check");
			/* ... as the path made it before the call, when that was a
			 * check of the pointer used, in the same function */
			struct diag_srcfn sf;
			bool pn = own && diag_deref_var(c, c->fail, pv, sizeof(pv)) && diag_is_name(pv) && pv[0] &&
				  diag_src_function(c, c->fail, &sf);

			for (long k = step_of(c, c->fstep, v->stale_insn) - 1; pn && k >= 0; k--) {
				long i = (long)c->res->steps[k].insn;
				const char *t = diag_src_text(c, i);
				const struct bv_line_info *kl = bv_prog_line_at(c->prog, (size_t)i);

				if (t && kl && !strncmp(t, "if (", 4) && strstr(t, pkt_field(c, true)) && strlen(t) < 120 &&
				    BV_CLASS(insn_at(c, i)->code) != BV_LDX) {
					if (diag_in_src_fn(c, i, &sf) && diag_has_word(t, pv))
						FIX(c, " (line %u: `%s`)", kl->line_num, t);
					break;
				}
			}
			FIX(c, " before touching the packet: pointers read before the call stay stale, checked or "
			       "not.");
		}
		return 1;
	}
	if (!strcmp(type, "scalar") && diag_scalar_deref(c, r))
		return 1;
	diag_class(c, "other");
	WHY(c, "R%d holds %s, not a pointer the program may dereference.", r,
	    !strcmp(type, "scalar") ? "a number" : type);
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "value made here");
	FIX(c, "Read kernel memory with bpf_probe_read_kernel() (or BPF_CORE_READ) instead of dereferencing it.");
	return 1;
}

static long busiest_back_edge(const struct ctx *c, long *head);

/* The comparisons of two registers on the failing path, latest first:
 * call with *k = c->fstep; gives the instruction and both operands' states,
 * -1 when there is none left. */
static long prev_reg_compare(const struct ctx *c, long *k, const struct bv_insn **in, const struct bv_vreg **d,
			     const struct bv_vreg **s)
{
	while (--*k >= 0) {
		long i = (long)c->res->steps[*k].insn;
		const struct bv_form *f = form_at(c, i);

		if (!is_cond_jump(c, i) || !f->x)
			continue;
		*in = insn_at(c, i);
		*d = reg_at(c, *k, (*in)->dst);
		*s = reg_at(c, *k, (*in)->src);
		if (*d && *s)
			return i;
	}
	return -1;
}

/* The type name is declared with in the failing line's function, with
 * or without a value (`__u32 *raw = ...;`, `struct ethhdr *eth;`). */
static bool declared_type(const struct ctx *c, const char *name, char *ty, size_t size)
{
	char rest[160];
	uint32_t dl;

	if (diag_src_decl(c, c->fail, name, ty, size, &dl, rest, sizeof(rest)) ||
	    diag_src_list_decl(c, c->fail, name, ty, size))
		return true;
	/* a parameter (`const struct tcphdr *th` of an inlined tcp_hdrlen(),
	 * batch 77) */
	return diag_src_param_type(c, c->fail, name, ty, size);
}

static bool struct_ptr(const struct ctx *c, const char *name)
{
	char ty[96];

	return declared_type(c, name, ty, sizeof(ty)) && !strncmp(ty, "struct ", 7) && strchr(ty, '*');
}

/* What pointer name points to, as declared: the type into type (`__u16`
 * of `__u16 *p`) and its size when a scalar, else 0. */
static long pointee_size(const struct ctx *c, const char *name, char *type, size_t tsize)
{
	char *star;

	if (!declared_type(c, name, type, tsize) || !(star = strrchr(type, '*')) || strchr(type, '*') != star)
		return 0;
	while (star > type && star[-1] == ' ')
		star--;
	*star = 0;
	return diag_scalar_size(!strncmp(type, "const ", 6) ? type + 6 : type);
}

static long elem_size(const struct ctx *c, const char *name)
{
	char type[96];

	return pointee_size(c, name, type, sizeof(type));
}

/* expr with add more bytes: `((void *)(tcp) + 18)` -> `((void *)(tcp) +
 * 20)`, a constant it ends on grown in place; else `expr + add`. */
static const char *fold_plus(const struct ctx *c, const char *expr, int add, char *out, size_t size)
{
	size_t n = strlen(expr), e = n, d, o = 0;
	int depth = 0;
	char name[64];
	int at;
	long elems, k;

	/* `raw + 2` with `__u32 *raw`: the constant counts elements, and so
	 * must what is added (batch 74: `raw + 3`, not `raw + 2 + 4`); for a
	 * struct pointer the bytes go on a byte pointer */
	if (sscanf(expr, "%63[A-Za-z0-9_] + %ld%n", name, &elems, &at) == 2 && !expr[at]) {
		if ((k = elem_size(c, name)) > 1) {
			snprintf(out, size, "%s + %ld", name, elems + (add + k - 1) / k);
			return out;
		}
		if (struct_ptr(c, name)) {
			snprintf(out, size, "(void *)(%s) + %d", expr, add);
			return out;
		}
	}

	if (n && expr[n - 1] == ')') {
		/* the parenthesis the constant sits in opens on a byte
		 * pointer's cast: `((void *)(tcp) + 18)`, not `(void *)(opt +
		 * 1)`, whose 1 counts elements */
		e = n - 1;
		for (o = e + 1; o-- > 0;) {
			depth += (expr[o] == ')') - (expr[o] == '(');
			if (!depth)
				break;
		}
		o++;
	}
	for (d = e; d > 0 && isdigit((unsigned char)expr[d - 1]); d--)
		;
	bool bytes = !strncmp(expr + o, "(void *)", 8) || !strncmp(expr + o, "(char *)", 8) ||
		     !strncmp(expr + o, "(__u8 *)", 8);

	if (bytes && d < e && d >= 3 && d > o && !strncmp(expr + d - 3, " + ", 3) && e - d < 9 &&
	    !(expr[d] == '0' && e - d > 1))
		snprintf(out, size, "%.*s%ld%s", (int)d, expr, strtol(expr + d, NULL, 10) + add, expr + e);
	else
		snprintf(out, size, "%s + %d", expr, add);
	return out;
}

/* The last comparison of a metadata pointer with data_end on the failing
 * path, -1 if none: it gives the metadata no range. */
static long meta_end_compare(const struct ctx *c, int *moff)
{
	const struct bv_insn *in;
	const struct bv_vreg *d, *s;
	long i;

	for (long k = c->fstep; (i = prev_reg_compare(c, &k, &in, &d, &s)) >= 0;)
		if ((d->kind == BV_REG_PKT_END && s->kind == BV_REG_PKT_META) ||
		    (s->kind == BV_REG_PKT_END && d->kind == BV_REG_PKT_META)) {
			*moff = d->kind == BV_REG_PKT_META ? d->off : s->off;
			return i;
		}
	return -1;
}

/* The last comparison with data_end on the failing path, -1 if none. */
static long pkt_end_compare(const struct ctx *c)
{
	const struct bv_insn *in;
	const struct bv_vreg *d, *s;
	long i;

	for (long k = c->fstep; (i = prev_reg_compare(c, &k, &in, &d, &s)) >= 0;)
		if (d->kind == BV_REG_PKT_END || s->kind == BV_REG_PKT_END)
			return i;
	return -1;
}


/* The lvalue a one-argument call converts (`udp->len` of
 * `bpf_ntohs(udp->len)`), into out. */
static int call_of_lvalue(const char *e, char *out, size_t size)
{
	const char *open = strchr(e, '('), *close = strrchr(e, ')');

	if (!open || !close || close[1] || open == e || close <= open + 1 || (size_t)(close - open - 1) >= size)
		return 0;
	for (const char *q = e; q < open; q++)
		if (!isalnum((unsigned char)*q) && *q != '_')
			return 0;
	memcpy(out, open + 1, (size_t)(close - open - 1));
	out[close - open - 1] = 0;
	return diag_is_lvalue(out);
}
/* The size a data_end comparison on the path added to the pointer v
 * (the same packet pointer: its id) when the sum could pass 0xffff, where
 * the verifier learns no range from it; 0 for none. */
static int compared_too_far(const struct ctx *c, const struct bv_vreg *v)
{
	const struct bv_insn *in;
	const struct bv_vreg *d, *s;

	for (long k = c->fstep, i; (i = prev_reg_compare(c, &k, &in, &d, &s)) >= 0;) {
		const struct bv_vreg *p = d->kind == BV_REG_PKT_END ? s : s->kind == BV_REG_PKT_END ? d : NULL;

		if (p && p->kind == v->kind && p->id == v->id && p->off > v->off && p->umax == v->umax &&
		    p->umax + (uint64_t)p->off > 0xffff)
			return (int)(p->off - v->off);
	}
	return 0;
}

/* The variable a data_end comparison adds to its pointer (`hdr_size` of
 * `if (hdr + hdr_size <= data_end)`), when it is a name, not a number. */
static bool compared_size(const struct ctx *c, long cmp, char *out, size_t size)
{
	const char *t = diag_src_text(c, cmp), *p, *q;

	if (!t || !(p = strstr(t, " + ")))
		return false;
	p += 3;
	for (q = p; isalnum((unsigned char)*q) || *q == '_';)
		q++;
	const char *r = q;

	while (*r == ')')
		r++;
	if (q == p || isdigit((unsigned char)*p) || (size_t)(q - p) >= size || !strncmp(p, "sizeof", 6) ||
	    (strncmp(r, " <", 2) && strncmp(r, " >", 2)))
		return false;
	snprintf(out, size, "%.*s", (int)(q - p), p);
	return true;
}

/* Some line of the program's source holds s. */
static bool any_line_has(const struct ctx *c, const char *s)
{
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i);

		if (t && strstr(t, s))
			return true;
	}
	return false;
}

/* Whether the function the pointer v was made in returns such pointers:
 * a `return NAME;` on the path, NAME the variable v was assigned to
 * (bpf_flow's `hdr = data + thoff; ... return hdr;`), so that a fix
 * leaves it with `return NULL;`, not a verdict. */
static bool diag_returns_pointer(const struct ctx *c, const struct bv_vreg *v)
{
	char name[64], want[80], pv[64];
	const char *ft = diag_src_text(c, c->fail);

	if (v->def_insn < 0 || !diag_assigned_var(c, v->def_insn, name, sizeof(name)))
		return false;
	/* ... or the program, under another name, tests it for NULL (`if
	 * (iph && iph->ihl == 5`, `if (!opcode)`): a function that returns
	 * the header or NULL, whose `return hdr;` clang left no line */
	if (ft && diag_deref_var(c, c->fail, pv, sizeof(pv)) && strcmp(pv, name)) {
		char t1[80], t2[80], t3[80];

		snprintf(t1, sizeof(t1), "(%s && ", pv);
		snprintf(t2, sizeof(t2), "(!%s)", pv);
		snprintf(t3, sizeof(t3), "(!%s ||", pv);
		if (any_line_has(c, t1) || any_line_has(c, t2) || any_line_has(c, t3))
			return true;
	}
	snprintf(want, sizeof(want), "return %s;", name);
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i);

		if (t && !strcmp(t, want))
			return true;
	}
	return false;
}

/* reach: the header's end a data_end comparison tested at its largest
 * (the pointer plus the size compared), when that alone passed 64 KiB:
 * the bound the fix gives is then the exact one, 0xffff less the size. */
/* What the program returns when its own bounds check at insn cmp fails:
 * `if (tcp + 1 > data_end)` then `return -1;` on the next line gives -1. */
static bool own_check_return(const struct ctx *c, long cmp, char *out, size_t size)
{
	const struct bv_line_info *cl = bv_prog_line_at(c->prog, (size_t)cmp);
	const char *ct = diag_src_text(c, cmp), *rt = cl ? diag_line_text(c, cl->line_num + 1) : NULL, *p;

	if (!ct || strncmp(ct, "if (", 4) || (!strstr(ct, " > ") && !strstr(ct, " >= ")))
		return false;
	/* `if (p + 1 > data_end) return -1;` on one line */
	if ((p = strstr(ct, ") return ")) && ct[strlen(ct) - 1] == ';' && strlen(p + 9) - 1 < size) {
		snprintf(out, size, "%.*s", (int)(strlen(p + 9) - 1), p + 9);
		return true;
	}
	if (!rt || strncmp(rt, "return ", 7) || rt[strlen(rt) - 1] != ';' || strlen(rt) - 8 >= size)
		return false;
	snprintf(out, size, "%.*s", (int)(strlen(rt) - 8), rt + 7);
	return true;
}

static int diag_pkt_too_far(struct ctx *c, const struct bv_vreg *v, int size)
{
	long head = -1, edge = busiest_back_edge(c, &head), cmp = pkt_end_compare(c);
	int in_loop = edge >= 0 && v->def_insn >= head && v->def_insn <= edge;
	char b[128];

	diag_where(c, v->def_insn, "the pointer moved by a variable amount here");
	WHY(c, "R%d points into the packet at offset %d plus a variable part of up to %" PRIu64
	       " (added at insn %ld: `%s`)",
	    msg_reg(c->msg), v->off, v->umax, (long)v->def_insn, insn_text(c, v->def_insn, b, sizeof(b)));
	if (in_loop) {
		diag_where(c, edge, "the loop, which adds to it every round");
		WHY(c, ", and that part grows every round of the loop that jumps back at insn %ld: the verifier cannot "
		       "count the rounds, so the bound grows until it passes 64 KiB",
		    edge);
	}
	WHY(c, ". The verifier takes a range from a comparison with data_end only for a packet pointer whose largest "
	       "possible offset stays within 65535 bytes; ");
	if (cmp >= 0) {
		/* the pointer compared: the header's end, past the one read */
		uint64_t reach = v->umax + (uint64_t)(v->off > 0 ? v->off : 0);

		for (long k = c->fstep; k-- > 0;)
			if ((long)c->res->steps[k].insn == cmp) {
				const struct bv_insn *ci = insn_at(c, cmp);
				const struct bv_vreg *d = reg_at(c, k, ci->dst), *sr = reg_at(c, k, ci->src);
				const struct bv_vreg *p = d && d->kind == BV_REG_PKT ? d : sr && sr->kind == BV_REG_PKT ? sr : NULL;

				if (p && p->off > 0)
					reach = p->umax + (uint64_t)p->off;
				break;
			}
		diag_where(c, cmp, "a data_end comparison that proves nothing here");
		WHY(c, "the pointer compared at insn %ld (`%s`) can reach %" PRIu64 ", so that comparison gives it no "
		       "range",
		    cmp, insn_text(c, cmp, b, sizeof(b)), reach);
	} else {
		WHY(c, "this one's can reach %" PRIu64, v->umax + (uint64_t)(v->off > 0 ? v->off : 0));
	}
	WHY(c, ", and no byte past R%d is known to be inside the packet.", msg_reg(c->msg));
	if (in_loop)
		FIX(c, "Walk with a number instead of moving the pointer: keep an offset, clamp it where the pointer is "
		       "made, and bound the rounds, `__u32 off = 0; for (int i = 0; i < 10 && off < len; i++) { __u8 *p = "
		       "start + (off & 63); if ((void *)(p + 2) > data_end) break; ... off += p[1]; }` (TCP options take "
		       "at most 40 bytes). The mask keeps the pointer's bound small, so the data_end check works, and "
		       "rounds that end alike look alike to the verifier, which prunes them (a pointer moved by itself "
		       "differs on every path: a bounded count alone may still pass the 1M-instruction limit).");
	else {
		const char *end, *pass;

		pkt_words(c, &end, &pass);
		char lhs[96] = "", rhs[128] = "", name[64], var[96], lim[80] = "1024", mask[48] = "", sz[64];
		const char *plus, *off, *leaf;

		/* the size the comparison adds, as written: a function's
		 * parameter (`hdr + hdr_size`) differs between its callers, so
		 * the bound is written with it, as the kernel's own selftests
		 * do (`if (off > MAX_PACKET_OFF - sz)`) */
		if (cmp >= 0 && compared_size(c, cmp, sz, sizeof(sz)))
			snprintf(lim, sizeof(lim), "0xffff - %s", sz);
		else if (size > 0)
			snprintf(lim, sizeof(lim), "0xffff - %d", size);
		if (diag_returns_pointer(c, v))
			pass = "NULL";
		/* leave as the program's own failed check does */
		char own_ret[48];

		if (cmp >= 0 && own_check_return(c, cmp, own_ret, sizeof(own_ret)))
			pass = own_ret;

		/* `struct iphdr *iph = data + keys->nhoff;`: the offset as the
		 * line writes it (a declaration counts: its text is filled in) */
		diag_assignment(c, v->def_insn, lhs, sizeof(lhs), rhs, sizeof(rhs));
		plus = strstr(rhs, " + ");
		off = plus ? plus + 3 : "";
		if (plus && strlen(off) < 64 && diag_is_lvalue(off) && diag_assigned_var(c, v->def_insn, name, sizeof(name))) {
			/* the member's own name for the variable: nhoff of keys->nhoff */
			for (leaf = off; strpbrk(leaf, ".>"); leaf = strpbrk(leaf, ".>") + 1)
				;
			snprintf(var, sizeof(var), "%s", leaf);
			if (strcmp(var, off))
				FIX(c, "Read the offset into a variable and bound it with a constant before adding it, so that "
				       "the offset and the header after it stay under 64 KiB: `__u32 %s = %s; if (%s > %s) "
				       "return %s;`, then `%s = %.*s + %s;` and compare the new pointer with %s as before.",
				    var, off, var, lim, pass, name, (int)(plus - rhs), rhs, var, end);
			else {
				if (!strcmp(lim, "1024"))
					snprintf(mask, sizeof(mask), " (or `%s &= 0x3ff;`)", off);
				FIX(c, "Bound `%s` with a constant before adding it, so that the offset and the header after it "
				       "stay under 64 KiB: `if (%s > %s) return %s;`%s, then compare the new "
				       "pointer with %s as before.",
				    off, off, lim, pass, mask, end);
			}
		} else if (plus && strlen(off) < 64 && call_of_lvalue(off, var, sizeof(var)) &&
			   diag_assigned_var(c, v->def_insn, name, sizeof(name))) {
			/* `end = (void *)udp + bpf_ntohs(udp->len);`: the
			 * converted number into a variable, bounded there */
			for (leaf = var; strpbrk(leaf, ".>"); leaf = strpbrk(leaf, ".>") + 1)
				;
			memmove(var, leaf, strlen(leaf) + 1);
			FIX(c, "Put the offset in a variable and bound it with a constant before adding it, so that the "
			       "offset and the header after it stay under 64 KiB: `__u32 %s = %s; if (%s > %s) return %s;`, "
			       "then `%s = %.*s + %s;` and compare the new pointer with %s as before.",
			    var, off, var, lim, pass, name, (int)(plus - rhs), rhs, var, end);
		} else
			FIX(c, "Bound the offset added to the pointer with a constant before adding it, so that the offset "
			       "and the header after it stay under 64 KiB (`if (off > 1024) return %s;` or `off &= 0x3ff;`), "
			       "then compare the new pointer with data_end.",
			    pass);
	}
	return 1;
}

/* A log alone does not say its program type; the verdict words its own
 * source uses do ("return SK_PASS;"). */
static const char *pass_in_source(const struct bv_prog *p)
{
	/* each verdict family's word to let it pass, and the others it has */
	static const struct {
		const char *pass, *other;
	} words[] = {
		{ "XDP_PASS", "XDP_DROP" }, { "XDP_PASS", "XDP_TX" },	   { "TC_ACT_OK", "TC_ACT_SHOT" },
		{ "SK_PASS", "SK_DROP" },   { "NF_ACCEPT", "NF_DROP" },	   { "BPF_OK", "BPF_DROP" },
		{ "TCX_NEXT", "TCX_DROP" }, { "TCX_PASS", "TCX_REDIRECT" }, { "NETKIT_NEXT", "NETKIT_DROP" },
		{ "NETKIT_PASS", "NETKIT_REDIRECT" },
	};

	/* context fields only some hooks have, and their word, where the log
	 * did not show the type (logtype.c makes one of the fields that belong
	 * to one context alone, bpf_sock_addr's and bpf_sock_ops's): a
	 * sockopt hook allows with 1, where `return 0;` refuses the call; a
	 * flow dissector, read through fields any __sk_buff has, gives up */
	static const struct {
		const char *field, *pass;
	} fields[] = {
		{ "->optval", "1" }, { "->optlen", "1" },	    { "->optname", "1" },
		{ "->flow_keys", "BPF_DROP" }, { "keys->nhoff", "BPF_DROP" },
	};
	const char *guess = NULL;

	for (size_t i = 0; i < p->n_lines; i++) {
		const char *t = bv_line_text(&p->lines[i]);

		for (size_t w = 0; t && w < sizeof(words) / sizeof(words[0]); w++)
			if (strstr(t, words[w].pass) || strstr(t, words[w].other))
				return words[w].pass;
		for (size_t w = 0; t && !p->sec.prog_type && !guess && w < sizeof(fields) / sizeof(fields[0]); w++)
			if (strstr(t, fields[w].field))
				guess = fields[w].pass;
	}
	return guess;
}

/* How a program of this type names its packet's end and leaves a path it
 * cannot finish (lets the packet through, or for a flow dissector gives
 * up), for fixes written in its own words. */
static void pkt_words_of_type(const struct ctx *c, uint32_t type, const char **end, const char **pass);

/* The words before the context is named: from a log that does not show
 * its program type, the verdict words of its source; otherwise the
 * type's.  Which of the two answered. */
enum { WORDS_SOURCE, WORDS_TYPE };

static int unnamed_words(const struct ctx *c, const char **end, const char **pass)
{
	if (!c->prog->sec.prog_type && (*pass = pass_in_source(c->prog))) {
		*end = !strcmp(*pass, "XDP_PASS") ? "ctx->data_end" : !strcmp(*pass, "NF_ACCEPT") ? "data_end"
		       : !strcmp(*pass, "1") ? "ctx->optval_end" : "skb->data_end";
		return WORDS_SOURCE;
	}
	pkt_words_of_type(c, c->prog->type, end, pass);
	return WORDS_TYPE;
}

void pkt_words(struct ctx *c, const char **end, const char **pass)
{
	const struct btf *btf;
	const struct btf_type *proto;
	const char *name, *arrow;
	char param[32];

	if (unnamed_words(c, end, pass) == WORDS_SOURCE)
		return;
	/* the context in the program's own name for it: `reuse->data_end`
	 * (from a log, the entry function's line may name it) */
	proto = diag_func_proto(c, 0, &btf);
	name = proto && btf_vlen(proto) ? btf__name_by_offset(btf, btf_params(proto)[0].name_off) : NULL;
	if (!proto && diag_entry_struct(c->prog, param, sizeof(param)) == c->prog->type && c->prog->type)
		name = param;
	arrow = strstr(*end, "->");
	if (name && *name && strlen(name) < 32 && (arrow || c->prog->type == BV_PROG_SK_REUSEPORT)) {
		snprintf(c->end_words, sizeof(c->end_words), "%s->%s", name, arrow ? arrow + 2 : *end);
		*end = c->end_words;
	}
}

const char *pkt_pass(const struct ctx *c)
{
	const char *pass, *end;

	unnamed_words(c, &end, &pass);
	return pass;
}

/* ... from the program type alone */
static void pkt_words_of_type(const struct ctx *c, uint32_t type, const char **end, const char **pass)
{
	const char *own;

	switch (type) {
	case BV_PROG_XDP: *end = "ctx->data_end"; *pass = "XDP_PASS"; return;
	case BV_PROG_SCHED_CLS: case BV_PROG_SCHED_ACT:
		*end = "skb->data_end";
		/* tcx and netkit have verdicts of their own (TCX_NEXT: over to
		 * the next program); a program that uses them gets them back */
		own = pass_in_source(c->prog);
		if (own && (!strncmp(own, "TCX_", 4) || !strncmp(own, "NETKIT_", 7)))
			*pass = own;
		else if (c->prog->section && !strncmp(c->prog->section, "tcx/", 4))
			*pass = "TCX_NEXT";
		else if (c->prog->section && !strncmp(c->prog->section, "netkit/", 7))
			*pass = "NETKIT_NEXT";
		else
			*pass = "TC_ACT_OK";
		return;
	case BV_PROG_SK_SKB:
		*end = "skb->data_end";
		/* a stream parser returns the message's length, and 0 for
		 * "not all of it is here yet": it is called again with more */
		*pass = c->prog->sec.has_attach_type &&
				!strcmp(bv_attach_type_name(c->prog->sec.expected_attach_type), "sk_skb_stream_parser")
			? "0" : "SK_PASS";
		return;
	case BV_PROG_SK_MSG: *end = "msg->data_end"; *pass = "SK_PASS"; return;
	case BV_PROG_CGROUP_SOCKOPT: *end = "ctx->optval_end"; *pass = "1"; return;
	case BV_PROG_SOCK_OPS: *end = "skops->skb_data_end"; *pass = "1"; return;
	case BV_PROG_CGROUP_SKB: *end = "skb->data_end"; *pass = "1"; return;
	/* BPF_OK would hand the kernel keys it did not fill */
	case BV_PROG_FLOW_DISSECTOR: *end = "skb->data_end"; *pass = "BPF_DROP"; return;
	case BV_PROG_LWT_IN: case BV_PROG_LWT_OUT: case BV_PROG_LWT_XMIT: case BV_PROG_LWT_SEG6LOCAL:
		*end = "skb->data_end"; *pass = "BPF_OK"; return;
	case BV_PROG_NETFILTER: *end = "data_end"; *pass = "NF_ACCEPT"; return;
	case BV_PROG_SK_LOOKUP: case BV_PROG_SK_REUSEPORT: *end = "data_end"; *pass = "SK_PASS"; return;
	case BV_PROG_CGROUP_SOCK_ADDR: case BV_PROG_CGROUP_SOCK: case BV_PROG_CGROUP_SYSCTL:
		*end = "data_end"; *pass = "1"; return;
	default: *end = "data_end"; *pass = "0"; return;
	}
}

/* A comparison on the path that sets a packet pointer against something
 * that is not the packet's end (the context itself, a number, another
 * packet pointer): it gives no range, though its author meant it to. */
static long pkt_compare_not_end(const struct ctx *c, int *other, const struct bv_vreg **ov)
{
	const struct bv_insn *in;
	const struct bv_vreg *d, *s;
	long i;

	for (long k = c->fstep; (i = prev_reg_compare(c, &k, &in, &d, &s)) >= 0;) {
		if (d->kind == BV_REG_PKT_END || s->kind == BV_REG_PKT_END)
			continue;
		if ((d->kind == BV_REG_PKT) != (s->kind == BV_REG_PKT)) {
			*other = d->kind == BV_REG_PKT ? in->src : in->dst;
			*ov = d->kind == BV_REG_PKT ? s : d;
			return i;
		}
	}
	return -1;
}

const char *diag_reg_words(const struct bv_vreg *v)
{
	if (!v || !v->type[0])
		return "another kind of value";
	switch (v->kind) {
	case BV_REG_SCALAR: return "a number";
	case BV_REG_STACK: return "a pointer to the stack";
	case BV_REG_CTX: return "the program's context";
	case BV_REG_PKT: return "a pointer into the packet";
	case BV_REG_MAP_VALUE: return "a pointer into a map value";
	default: return v->type;
	}
}

/* ... where the packet's end was wanted */
static const char *reg_kind_words(const struct bv_vreg *v)
{
	switch (v->kind) {
	case BV_REG_CTX: return "the context pointer itself (ctx), not ctx->data_end";
	case BV_REG_STACK: return "a stack address";
	case BV_REG_MAP_VALUE: return "a map value pointer";
	case BV_REG_PKT_META: return "the packet's metadata pointer";
	default: return diag_reg_words(v);
	}
}

/* The kernel's detail line for a packet access past the proven range:
 * "invalid access to packet, off=O size=S, R1(id=..,off=..,r=R)", where O
 * and R count from the packet's start. */
/* The variable the program keeps the packet's start in: a line
 * `void *data = (void *)(long)ctx->data;`.  false when none. */
/* The program's name for the packet's start, from the register that
 * holds it on the failing path (`data = ctx_ptr(ctx, data);` through a
 * macro, which data_var's text search does not see). */
static bool pkt_start_var(const struct ctx *c, char *out, size_t size)
{
	for (int r = 0; r < 10; r++) {
		const struct bv_vreg *v = reg_at(c, c->fstep, r);
		const struct bv_insn *d;

		if (!v || v->kind != BV_REG_PKT || v->off || v->var_mask || !(d = insn_at(c, v->def_insn)) ||
		    BV_CLASS(d->code) != BV_LDX)
			continue;
		if (diag_assigned_var(c, v->def_insn, out, size) && diag_is_name(out))
			return true;
	}
	return false;
}

static bool data_var(const struct ctx *c, char *out, size_t size)
{
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *a, *eq;

		if (!t || !(a = strstr(t, "->data;")) || !(eq = strchr(t, '=')) || eq > a)
			continue;
		while (eq > t && eq[-1] == ' ')
			eq--;
		const char *b = eq;

		while (b > t && (isalnum((unsigned char)b[-1]) || b[-1] == '_'))
			b--;
		if (b < eq && (size_t)(eq - b) < size) {
			snprintf(out, size, "%.*s", (int)(eq - b), b);
			return true;
		}
	}
	return false;
}

/* Whether a line of the program declares name a void pointer (`void
 * *data = (void *)(long)skb->data;`): compared with a void pointer it
 * needs no cast, where a `__u8 *data` draws clang's distinct-pointer
 * warning. */
static bool declared_void_ptr(const struct ctx *c, const char *name)
{
	char want[72];

	if (snprintf(want, sizeof(want), "void *%s =", name) >= (int)sizeof(want))
		return false;
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i);

		if (t && strstr(t, want))
			return true;
	}
	return false;
}

/* The destination a copy line writes (`optval` of `memcpy(optval,
 * "cubic", 5);`, also __builtin_memcpy and the memsets), when a name. */
static bool copy_dest(const char *line, char *out, size_t size)
{
	static const char *const fns[] = { "__builtin_memcpy(", "__builtin_memset(", "__builtin_memmove(", "memcpy(",
					   "memset(", "memmove(" };

	for (size_t i = 0; line && i < sizeof(fns) / sizeof(fns[0]); i++) {
		const char *p = strstr(line, fns[i]), *e;

		if (!p || (p > line && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		p += strlen(fns[i]);
		e = strchr(p, ',');
		if (!e || (size_t)(e - p) >= size)
			return false;
		snprintf(out, size, "%.*s", (int)(e - p), p);
		return diag_is_name(out);
	}
	return false;
}

/* The same for a destination written as an expression: `c + offset`. */
static bool copy_dest_expr(const char *line, char *out, size_t size)
{
	const char *p = line ? strstr(line, "memcpy(") : NULL, *e = p ? strchr(p + 7, ',') : NULL;
	char a[64], b[64];
	int n;

	if (copy_dest(line, out, size))
		return true;
	if (!e || (size_t)(e - p - 7) >= size)
		return false;
	snprintf(out, size, "%.*s", (int)(e - p - 7), p + 7);
	return sscanf(out, "%63[A-Za-z0-9_] + %63[A-Za-z0-9_]%n", a, b, &n) == 2 && !out[n];
}

/* A call on the failing path, in the failing frame, of a global function
 * whose source compares with the packet's end (xdping's icmp_check() made
 * non-static): its check is verified apart and proves nothing here.  The
 * call's insn and the check's, -1 when none. */
static long global_check_called(const struct ctx *c, char *name, size_t size, long *check)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct bv_func_info *here = func_of(c, c->fail);

	for (long k = c->fstep - 1; btf && k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_func_info *fi;
		const struct btf_type *t;

		if (func_of(c, i) != here || !in || in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_CALL)
			continue;
		fi = func_of(c, i + in->imm + 1);
		t = fi && fi->insn == (uint32_t)(i + in->imm + 1) ? btf__type_by_id(btf, fi->type_id) : NULL;
		if (!t || !btf_is_func(t) || BTF_INFO_VLEN(t->info) != BTF_FUNC_GLOBAL || !fi->name)
			continue;
		for (size_t j = fi->insn; j < c->prog->n_insns && func_of(c, (long)j) == fi; j++) {
			const char *txt = diag_src_text(c, (long)j);

			if (txt && (strstr(txt, "data_end") || strstr(txt, "optval_end")) && is_cond_jump(c, (long)j)) {
				snprintf(name, size, "%s", fi->name);
				*check = (long)j;
				return i;
			}
		}
	}
	return -1;
}

/* The variable the failing function keeps the packet's end in
 * (`optval_end` of `__u8 *optval_end = ctx->optval_end;`, `data_end` of
 * `void *data_end = (void *)(long)skb->data_end;`). */
static bool own_end_var(const struct ctx *c, char *out, size_t size)
{
	static const char *const ends[] = { "->data_end;", "->optval_end;" };
	struct diag_srcfn ff, fi;
	int named = -1; /* the failing line's function, read once when needed */

	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i);
		size_t n = t ? strlen(t) : 0;
		bool end = false;

		for (size_t e = 0; e < sizeof(ends) / sizeof(ends[0]) && !end; e++)
			end = n > strlen(ends[e]) && !strcmp(t + n - strlen(ends[e]), ends[e]) && strstr(t, " = ");
		/* through a macro: `void *data_end = ctx_ptr(skb->data_end);` */
		end = end || (n > 2 && strstr(t, "->data_end)") && !strcmp(t + n - 2, ");") && strstr(t, "end = ") &&
			      strncmp(t, "if (", 4));
		if (!end)
			continue;
		/* a variable of another function is out of scope at the fix:
		 * a global function's, or an inlined one's */
		if (named < 0)
			named = diag_src_function(c, c->fail, &ff);
		if (func_of(c, (long)i) != func_of(c, c->fail) ||
		    (named && diag_src_function(c, (long)i, &fi) && strcmp(fi.name, ff.name)))
			continue;
		if (diag_assigned_var(c, (long)i, out, size))
			return true;
	}
	/* declared and never used, so no instruction has its line (batch
	 * 74: `void *data_end = ctx_ptr(skb->data_end);` whose check was
	 * left out): in scope when its block is still open at the failing
	 * line */
	char ty[64], rest[160], t[200];
	uint32_t dl;

	/* or declared bare and assigned further down (`data_end = (void
	 * *)(long)skb->data_end;`, batch 75) */
	if (!diag_src_decl(c, c->fail, "data_end", ty, sizeof(ty), &dl, rest, sizeof(rest)) ||
	    !diag_src_open_since(c, c->fail, dl) ||
	    (!strstr(rest, "->data_end") &&
	     (!diag_src_assigned_above(c, c->fail, "data_end", t, sizeof(t)) || !strstr(t, "->data_end"))))
		return false;
	snprintf(out, size, "data_end");
	return true;
}

/* `ctx->tcp->doff` where ctx is the program's own struct of packet
 * pointers (test_tcp_custom_syncookie's `struct tcp_syncookie`): the
 * pointer is `ctx->tcp`, and the end the program compares with is the
 * struct's own (`ctx->data_end`), as its other checks write it.  A header
 * length read on the same line (`ctx->tcp->doff * 4`, which a helper is
 * handed as a size) reaches 60 bytes: a check of fewer would only move
 * the rejection to the call (batch 51). */
static bool struct_held_ptr(struct ctx *c, const char *src, const char *p, int span, bool store, const char *pass)
{
	char expr[96], endx[128], pat[128];
	const char *q;
	size_t n = strlen(p), k;

	/* the first `p->f->` of the line */
	for (q = strstr(src, p); q; q = strstr(q + 1, p)) {
		if ((q > src && (isalnum((unsigned char)q[-1]) || q[-1] == '_')) || strncmp(q + n, "->", 2))
			continue;
		for (k = n + 2; isalnum((unsigned char)q[k]) || q[k] == '_'; k++)
			;
		if (k > n + 2 && !strncmp(q + k, "->", 2))
			break;
	}
	if (!q || k >= sizeof(expr))
		return false;
	snprintf(expr, sizeof(expr), "%.*s", (int)k, q);
	/* the end, as a check of the program's writes it: `> ctx->data_end` */
	endx[0] = '\0';
	snprintf(pat, sizeof(pat), "%s->data_end", p);
	for (size_t i = 0; i < c->prog->n_insns && !endx[0]; i++) {
		const char *t = diag_src_text(c, (long)i), *e = t ? strstr(t, pat) : NULL;

		if (e && !strncmp(t, "if (", 4) && e > t + 2 && (e[-2] == '>' || e[-3] == '>') &&
		    !(isalnum((unsigned char)e[strlen(pat)]) || e[strlen(pat)] == '_'))
			snprintf(endx, sizeof(endx), "%s", pat);
	}
	if (!endx[0])
		return false;
	int need = span;
	const char *hl = NULL;

	snprintf(pat, sizeof(pat), "%s->doff * 4", expr);
	if (strstr(src, pat))
		hl = "doff";
	snprintf(pat, sizeof(pat), "%s->ihl * 4", expr);
	if (!hl && strstr(src, pat))
		hl = "ihl";
	if (hl && need < 60)
		need = 60;
	char leave[80];

	leave_stmt(c, pass, leave, sizeof(leave));
	FIX(c, "Before %s through `%s`, check its range against the end, as the program's other checks do: `if ((void "
	       "*)%s + %d > %s) %s`",
	    store ? "writing" : "reading", expr, expr, need, endx, leave);
	if (hl)
		FIX(c, " (60: the most `%s->%s * 4`, which the same line uses as a length, can be; a check of only the "
		       "bytes read here would move the rejection to that length)",
		    expr, hl);
	FIX(c, ".");
	c->end_in_scope = true;
	return true;
}

/* `data_end` of `(struct udphdr *)data_end`: the check's end cast to the
 * type of the pointer it was compared with, which a check of another
 * pointer (cast to void *) must not copy (batch 73: a comparison of
 * distinct pointer types).  e itself for anything else. */
static const char *uncast_name(const char *e)
{
	const char *q = e[0] == '(' ? strstr(e, "*)") : NULL;

	return q && diag_is_name(q + 2) ? q + 2 : e;
}

/* A compare or copy on the failing line reading from the base the check
 * `base + X > end` was made on (`__builtin_memcmp(&h, ctx->data,
 * sizeof(h))` after `ctx->data + 8`): its size argument into sz, so the
 * check grows to all of it, not to the first byte the kernel stops at
 * (batch 78).  The function's name into fn. */
static bool mem_call_from(const struct ctx *c, const char *check, char *sz, size_t size, char *fn, size_t fsize)
{
	static const char *const calls[] = { "__builtin_memcmp(", "__builtin_memcpy(", "__builtin_memmove(",
					     "memcmp(", "memcpy(", "memmove(" };
	const char *src = diag_src_text(c, c->fail), *plus = strstr(check, " + ");
	char base[96], a[96];

	if (!src || !plus || (size_t)(plus - check) >= sizeof(base))
		return false;
	snprintf(base, sizeof(base), "%.*s", (int)(plus - check), check);
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		const char *p = strstr(src, calls[i]);

		/* `memcmp(` inside `__builtin_memcmp(` is the same call */
		if (!p || (p > src && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		for (int k = 1; k <= 2; k++)
			if (diag_arg_text(p, k, a, sizeof(a)) && !strcmp(uncast_name(a), uncast_name(base)) &&
			    diag_arg_text(p, 3, sz, size)) {
				snprintf(fn, fsize, "%.*s", (int)(strchr(p, '(') - p), p);
				return true;
			}
	}
	return false;
}

/* The pointer a failing packet access goes through, by name: the one the
 * line reads through, or on a line that reads through several
 * (`pkt->vlan_outer = bpf_ntohs(vlan_hdr->h_vlan_TCI)`) the one on the
 * side of its `=` the access is on. */
static bool pkt_access_var(const struct ctx *c, bool store, char *out, size_t size)
{
	const char *src = diag_src_text(c, c->fail), *eq;
	char lhs[160];

	if (!src)
		return false;
	if (diag_count_derefs(src) == 1)
		return diag_deref_var(c, c->fail, out, size);
	if (!(eq = strstr(src, " = ")) || (size_t)(eq - src) >= sizeof(lhs)) {
		if (diag_count_derefs(src) < 2)
			return false;
		/* `ctx->level == 1 && *v == 1`: not the context, the other one */
		const char *cn = diag_param_name(c, 0, 0);
		int n = 0;

		for (const char *q = src; *q && diag_deref_in(q, lhs, sizeof(lhs)); n++) {
			const char *at = strstr(q, lhs);

			if (!cn || strcmp(lhs, cn)) {
				snprintf(out, size, "%s", lhs);
				return n < 4;
			}
			if (!at)
				break;
			q = at + strlen(lhs);
		}
		return false;
	}
	if (!store)
		return diag_count_derefs(eq + 3) == 1 && diag_deref_in(eq + 3, out, size);
	snprintf(lhs, sizeof(lhs), "%.*s", (int)(eq - src), src);
	return diag_count_derefs(lhs) == 1 && diag_deref_in(lhs, out, size);
}

/* Whether LINE reads through the pointer named var: `var->`, `var[`,
 * or a unary `*var`. */
static bool reads_through(const char *line, const char *var)
{
	size_t n = strlen(var);

	for (const char *q = line ? strstr(line, var) : NULL; q; q = strstr(q + 1, var)) {
		const char *b = q;

		if ((q > line && (isalnum((unsigned char)q[-1]) || q[-1] == '_' || q[-1] == '.' || q[-1] == '>')) ||
		    isalnum((unsigned char)q[n]) || q[n] == '_')
			continue;
		while (b > line && b[-1] == ' ')
			b--;
		if (!strncmp(q + n, "->", 2) || q[n] == '[' || (b > line && b[-1] == '*' && diag_unary_star(line, b - 1)))
			return true;
	}
	return false;
}

/* The pointer a failing line reads through, by the name an earlier
 * bounds check on the path gives it (`tcp_opt` of `if (tcp_opt + 1 >
 * data_end)`), with the packet offset it stood at there: the read's need
 * is counted from it.  The check's instruction goes to chk, the end as
 * the check writes it to endw. */
static bool pkt_checked_name(const struct ctx *c, const char *src, int access_off, char *var, size_t vsize, int *base,
			     long *chk, char *endw, size_t esize)
{
	for (long k = c->fstep; k-- > 0;) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);
		char e[128];

		if (!in || !f || (BV_CLASS(in->code) != BV_JMP && BV_CLASS(in->code) != BV_JMP32) || !f->x ||
		    c->res->steps[k].frame != c->res->steps[c->fstep].frame)
			continue;
		const struct bv_vreg *d = reg_at(c, k, in->dst), *sr = reg_at(c, k, in->src);
		int pr = d && d->kind == BV_REG_PKT ? in->dst : sr && sr->kind == BV_REG_PKT ? in->src : -1;
		const struct bv_vreg *p = pr == in->dst ? d : sr;

		if (pr < 0 || p->umax || !diag_checked_expr(c, i, e, sizeof(e), endw, esize))
			continue;
		/* the name the compared expression starts with: `tcp_opt + 1`,
		 * `(void *)(iph + 1)`, `(void *)eth + 14` */
		const char *q = e, *qe;

		if (!strncmp(q, "(void *)", 8))
			q += 8;
		while (*q == '(' || *q == ' ')
			q++;
		for (qe = q; isalnum((unsigned char)*qe) || *qe == '_'; qe++)
			;
		if (qe == q || (size_t)(qe - q) >= vsize || isdigit((unsigned char)*q))
			continue;
		snprintf(var, vsize, "%.*s", (int)(qe - q), q);
		if (!reads_through(src, var))
			continue;
		/* where var stood: the compared pointer less the bytes the
		 * expression adds (`opt + 2`, `opt + sizeof(__u32)`), counted as
		 * bytes only when the failing line indexes var by a constant that
		 * lands where the access does (`&opt[2]`): for a struct pointer
		 * `+ 1` is the whole struct */
		long add = -1, idx = -1;
		const char *pl = strstr(qe, " + ");
		char ix[80], *se;
		const char *ip;

		if (pl && isdigit((unsigned char)pl[3]))
			add = strtol(pl + 3, NULL, 0);
		else if (pl && !strncmp(pl + 3, "sizeof(", 7) && diag_sizeof_scalar(pl + 10, &se) > 0)
			add = diag_sizeof_scalar(pl + 10, &se);
		snprintf(ix, sizeof(ix), "%s[", var);
		if ((ip = strstr(src, ix)) && isdigit((unsigned char)ip[strlen(ix)]))
			idx = strtol(ip + strlen(ix), NULL, 0);
		if (add < 0 || idx < 0 || p->off - add + idx != access_off)
			continue;
		*base = (int)(p->off - add);
		*chk = i;
		return true;
	}
	return false;
}

/* A helper given a packet pointer and a size (`bpf_sk_lookup_udp(skb,
 * tuple, tuple_len, ...)`): the two arguments as the call writes them,
 * when the size is the next argument and the register there may reach
 * the size the kernel checked. */
static bool helper_mem_args(const struct ctx *c, int r, int size, char *mem, size_t msize, char *len, size_t lsize)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *n = r < 5 ? reg_at(c, c->fstep, r + 1) : NULL;

	if (!in || in->code != (BV_JMP | BV_CALL) || in->src != 0 || r < 1 || !n || n->kind != BV_REG_SCALAR ||
	    n->umax != (uint64_t)size || !diag_call_arg(c, c->fail, r, mem, msize))
		return false;
	/* `(void *)th`: the pointer, whatever it is cast to */
	if (!strncmp(mem, "(void *)", 8))
		memmove(mem, mem + 8, strlen(mem + 8) + 1);
	return mem[0] && diag_is_name(mem) && diag_call_arg(c, c->fail, r + 1, len, lsize) &&
	       (diag_is_lvalue(len) || strspn(len, "0123456789") == strlen(len));
}

/* The C function a failing line is in, when clang inlined it into the
 * BPF function the instruction belongs to: a fix written there leaves it
 * its own way (`return false;` from a bool parser) and names its own
 * parameters (`data_end`), not the program's. */
static bool inlined_fn_at(const struct ctx *c, long insn, struct diag_srcfn *fn)
{
	const struct bv_func_info *f = func_of(c, insn);
	const struct bv_line_info *head = bv_prog_line_at(c->prog, f ? f->insn : 0);
	const struct bv_line_info *at = bv_prog_line_at(c->prog, (size_t)insn);

	struct diag_srcfn hf;

	if (!head || !at || !head->file || !at->file || !diag_src_function(c, insn, fn))
		return false;
	/* the object's func info names the BPF function */
	if (f && f->name)
		return strcmp(fn->name, f->name) != 0;
	/* a log names none: the function its first instruction's line is in
	 * (a line of the body), or else that line is the header itself, a
	 * few lines above the body's `{` */
	if (diag_src_function(c, f ? f->insn : 0, &hf))
		return strcmp(hf.name, fn->name) || hf.open_line != fn->open_line;
	return strcmp(head->file, at->file) || head->line_num > fn->open_line || fn->open_line - head->line_num > 12;
}

/* The C function insn is in when it is a BPF subprogram (a static
 * noinline function, verified with each call): like an inlined one, a fix
 * there leaves it its own way and names its own parameters. */
static bool subprog_fn_at(const struct ctx *c, long insn, struct diag_srcfn *fn)
{
	const struct bv_func_info *f = func_of(c, insn);

	if (!f || !f->insn)
		return false;
	/* clang 14 leaves some instructions without a line: the nearest one
	 * above in the same function that has one */
	for (long i = insn; i >= (long)f->insn && insn - i < 64; i--) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (li && li->line_num)
			return diag_src_function(c, i, fn);
	}
	return false;
}

/* Inlined or a subprogram: a function of its own that is not the program's. */
static bool own_fn_at(const struct ctx *c, long insn, struct diag_srcfn *fn)
{
	return inlined_fn_at(c, insn, fn) || subprog_fn_at(c, insn, fn);
}

static bool inlined_fn(const struct ctx *c, struct diag_srcfn *fn)
{
	return inlined_fn_at(c, c->fail, fn);
}

/* In an inlined function: its failure return and its end of packet (a
 * pointer parameter named for the end, or the end read from a context
 * parameter).  false when it has no end of its own. */
static bool inlined_words(const struct diag_srcfn *fn, const char **end, const char **pass, char *eb, size_t esize,
			  char *pb, size_t psize)
{
	const char *fv = diag_src_fail_value(fn);

	snprintf(pb, psize, "%s", fv ? fv : "");
	*pass = pb;
	for (int i = 0; i < fn->nparams; i++)
		if (fn->params[i].pointer && strstr(fn->params[i].name, "end")) {
			snprintf(eb, esize, "%s", fn->params[i].name);
			*end = eb;
			return true;
		}
	for (int i = 0; i < fn->nparams; i++)
		if (strstr(fn->params[i].decl, "__sk_buff") || strstr(fn->params[i].decl, "xdp_md")) {
			snprintf(eb, esize, "%s->data_end", fn->params[i].name);
			*end = eb;
			return true;
		}
	return false;
}

/* The variable the packet pointer in r was last given a name as: back
 * through copies and additions to an instruction whose line assigns a
 * pointer variable (`udp = data + off;`).  *whole when it is declared a
 * struct pointer, so that its check is `udp + 1`. */
static bool pkt_assigned_ptr(const struct ctx *c, int r, char *var, size_t size, bool *whole)
{
	long step = c->fstep;
	char type[64];
	uint32_t dl;

	for (int hop = 0; hop < 8; hop++) {
		const struct bv_vreg *v = reg_at(c, step, r);
		const struct bv_insn *in = v && v->def_insn >= 0 ? insn_at(c, v->def_insn) : NULL;
		long k = v ? step_of(c, step, v->def_insn) : -1;

		if (!in || k < 0 || v->kind != BV_REG_PKT ||
		    (BV_CLASS(in->code) != BV_ALU64 && BV_CLASS(in->code) != BV_ALU) || in->dst != r)
			return false;
		if (diag_assigned_var(c, v->def_insn, var, size) && diag_is_name(var) && *var &&
		    diag_src_bare_decl(c, v->def_insn, var, type, sizeof(type), &dl) && strchr(type, '*')) {
			*whole = !strncmp(type, "struct ", 7) && !strchr(strchr(type, '*') + 1, '*');
			return true;
		}
		const struct bv_form *f = form_at(c, v->def_insn);

		if (f && f->op == BV_OP_MOV && f->x)
			r = in->src;
		else if (!f || f->op != BV_OP_ADD)
			return false;
		step = k;
	}
	return false;
}

static bool loop_header_above(const struct ctx *c, long insn, uint32_t line, char *out, size_t size, uint32_t *at);

/* A loop that counts bytes where it steps through wider elements:
 * `for (i = 0; i < sizeof(struct iphdr); i++) csum += *p16++;` reads 40
 * bytes of a 20-byte header (batch 70: a checksum over __u16 words whose
 * `>> 1` went missing).  The fix is the count, not a longer check. */
static bool bytes_not_elements(struct ctx *c, bool store)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)c->fail);
	char hdr[160], p[64], type[64], cond[96], sz[80], fixed[224];
	const char *s1, *s2, *so, *se;
	uint32_t hl;
	int esize, depth = 0;

	if (!li || !loop_header_above(c, c->fail, li->line_num, hdr, sizeof(hdr), &hl) || strncmp(hdr, "for (", 5) ||
	    !(s1 = strchr(hdr, ';')) || !(s2 = strchr(s1 + 1, ';')) || (size_t)(s2 - s1) >= sizeof(cond))
		return false;
	snprintf(cond, sizeof(cond), "%.*s", (int)(s2 - s1 - 1), s1 + 1);
	if (!(so = strstr(cond, "sizeof(")) || strchr(cond, '/') || strstr(cond, ">>"))
		return false;
	for (se = so + 6; *se; se++)
		if (*se == '(')
			depth++;
		else if (*se == ')' && !--depth)
			break;
	if (!*se || (size_t)(se + 1 - so) >= sizeof(sz))
		return false;
	snprintf(sz, sizeof(sz), "%.*s", (int)(se + 1 - so), so);
	/* `__u16 *p` -> `__u16` */
	if (!diag_deref_var(c, c->fail, p, sizeof(p)) || !diag_is_name(p) ||
	    (esize = (int)pointee_size(c, p, type, sizeof(type))) < 2)
		return false;
	WHY(c, ": the loop at line %u runs while `%s`, and sizeof counts bytes, but each round %s one %s (%d "
	       "bytes) through `%s`, so the loop covers %d times %s bytes and runs past the end of what it walks.",
	    hl, cond + (cond[0] == ' '), store ? "writes" : "reads", type, esize, p, esize, sz);
	char per[160];

	snprintf(per, sizeof(per), "%s / sizeof(%s)", sz, type);
	if (diag_replace_expr(hdr, sz, per, fixed, sizeof(fixed)) == 1)
		FIX(c, "Count elements, not bytes (line %u): `%s`.", hl, fixed);
	else
		FIX(c, "Count elements, not bytes (line %u): bound the loop by `%s`.", hl, per);
	return true;
}

/* How fn, the file function enclosing insn's line, says it failed: 2
 * when it returns bool or a pointer (`if (!f(...))`), 1 when its body
 * returns a negative constant (`return -EINVAL;`: `if (f(...))`), 0
 * unknown. */
static int fails_how(const struct ctx *c, long insn, const struct diag_srcfn *fn)
{
	if (!strcmp(fn->ret, "bool") || !strcmp(fn->ret, "_Bool") || strchr(fn->ret, '*'))
		return 2;
	return diag_src_returns_negative(c, insn) ? 1 : 0;
}

/* The path to the failing read went through a comparison with the end
 * that found the packet too short (range 0 after it): in a function of the
 * file whose failure the program then ignored (batch 73: a bare
 * `xdp_update_stats(xdp, true, true);` whose inlined check returned
 * -EINVAL, then the caller reads the packet anyway). */
static int pkt_check_ignored(struct ctx *c, const struct bv_vreg *v, const char *end, const char *pass)
{
	long cmp = pkt_end_compare(c), ks;
	const struct bv_insn *in = cmp >= 0 ? insn_at(c, cmp) : NULL;
	const struct bv_vreg *d, *s;
	struct diag_srcfn chk, own, callee;
	const struct bv_line_info *cl, *fl = bv_prog_line_at(c->prog, (size_t)c->fail);
	char t[200], ret[64], name[64];

	if (!in || !v || !fl || (ks = step_of(c, c->fstep, cmp)) < 0 || !(d = reg_at(c, ks, in->dst)) ||
	    !(s = reg_at(c, ks, in->src)))
		return 0;
	/* the packet pointer compared is the failing one's packet */
	if ((d->kind == BV_REG_PKT ? d : s)->kind != BV_REG_PKT || (d->kind == BV_REG_PKT ? d : s)->id != v->id)
		return 0;
	if (!own_fn_at(c, cmp, &chk) || diag_in_src_fn(c, c->fail, &chk) || !diag_src_function(c, c->fail, &own) ||
	    !(cl = bv_prog_line_at(c->prog, (size_t)cmp)))
		return 0;
	/* the last statement above the read that calls a file function and
	 * drops its result; the function is on the path */
	for (uint32_t n = fl->line_num - 1; n > own.open_line; n--) {
		const char *q = t;
		size_t len;
		bool upper = true;
		long on_path = -1;

		if (!diag_src_line_at(c, c->fail, n, t, sizeof(t)))
			return 0;
		for (; isalnum((unsigned char)*q) || *q == '_'; q++)
			upper = upper && !islower((unsigned char)*q);
		len = strlen(t);
		if (q == t || *q != '(' || upper || len < 3 || strcmp(t + len - 2, ");") || !strncmp(t, "bpf_", 4) ||
		    !strncmp(t, "__", 2) || (size_t)(q - t) >= sizeof(name))
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)(q - t), t);
		for (long k = 0; k < c->fstep && on_path < 0; k++)
			if (diag_src_function(c, (long)c->res->steps[k].insn, &callee) && !strcmp(callee.name, name))
				on_path = (long)c->res->steps[k].insn;
		if (on_path < 0)
			return 0;
		int how = fails_how(c, on_path, &callee);

		diag_where(c, cmp, "the check that found the packet too short");
		WHY(c, "), and the last comparison with %s on this path, at line %u in %s() (`%s`), went the way where the "
		       "packet is too short: this path is the one where that check failed",
		    end, cl->line_num, chk.name, diag_src_text(c, cmp));
		/* `return -EINVAL;` on the next line has no instruction of
		 * its own when the caller's exit is shared */
		if (own_check_return(c, cmp, ret, sizeof(ret)))
			WHY(c, " and %s() returned %s", chk.name, ret);
		else if (diag_src_line_at(c, cmp, cl->line_num + 1, ret, sizeof(ret)) && !strncmp(ret, "return ", 7) &&
			 ret[strlen(ret) - 1] == ';')
			WHY(c, " and %s() returned %.*s", chk.name, (int)strlen(ret) - 8, ret + 7);
		WHY(c, ". Line %u calls %s() and drops what it returns, so the program reads the packet whether the check "
		       "passed or not.",
		    n, name);
		if (how) {
			t[len - 1] = '\0';
			FIX(c, "Act on what %s() returns: `if (%s%s) return %s;` at line %u, so the packet is read only "
			       "when its checks passed.",
			    name, how == 2 ? "!" : "", t, pass, n);
		} else {
			FIX(c, "Act on what %s() returns at line %u: leave with `return %s;` when it says the packet failed "
			       "its checks, so the packet is read only when they passed.",
			    name, n, pass);
		}
		return 1;
	}
	return 0;
}

static int pkt_range_said(struct ctx *c, const char *line, const char *end, const char *pass)
{
	int off, size, r, range, other = -1;
	const struct bv_vreg *v, *ov = NULL;
	long cmp;
	char b[128], endw[64];

	if (sscanf(line, "invalid access to packet, off=%d size=%d, R%d(id=%*d,off=%*d,r=%d)", &off, &size, &r,
		   &range) != 4)
		return 0;
	v = reg_at(c, c->fstep, r);
	diag_class(c, "pkt-bounds-missing");
	diag_where(c, c->fail, "fails here");
	if (v && v->kind == BV_REG_PKT_META) {
		/* metadata ends where the packet begins: data is its end */
		const struct bv_insn *mi = insn_at(c, c->fail);
		bool mstore = mi && (BV_CLASS(mi->code) == BV_STX || BV_CLASS(mi->code) == BV_ST);
		char mv[64], dv[64], decl[160] = "";

		if (off < 0) {
			/* before data_meta there is nothing a program may touch */
			WHY(c, "The access %s %d byte%s at offset %d from the start of the metadata (data_meta), before "
			       "it: no comparison can prove bytes there, the area starts at data_meta.",
			    mstore ? "writes" : "reads", size, size == 1 ? "" : "s", off);
			FIX(c, "Access the metadata from data_meta forward: the bytes from data_meta up to data, proven by "
			       "a comparison with data. To make room for more, grow the area with "
			       "bpf_xdp_adjust_meta(ctx, -N) and load data_meta again.");
			return 1;
		}
		if (size == 1)
			WHY(c, "The access %s metadata byte %d through R%d, and ", mstore ? "writes" : "reads", off, r);
		else
			WHY(c, "The access %s metadata bytes %d to %d through R%d, and ", mstore ? "writes" : "reads", off,
			    off + size - 1, r);
		int moff = 0;
		long mend = range > 0 ? -1 : meta_end_compare(c, &moff);
		const struct bv_line_info *ml = mend >= 0 ? bv_prog_line_at(c->prog, (size_t)mend) : NULL;

		if (range > 0)
			WHY(c, "the comparisons with data on this path prove only bytes 0 to %d to be there.", range - 1);
		else if (ml)
			diag_where(c, mend, "metadata compared with data_end"); /* why: below, with its line */
		else
			WHY(c, "nothing on this path proves any of them: metadata bytes are proven by comparing the end of "
			       "the access with data (where the metadata ends)%s.",
			    pkt_compare_not_end(c, &other, &ov) >= 0 ? "; the comparison on this path is of the pointer "
								      "itself, which proves 0 bytes" : "");
		/* the pointer dereferenced: `*meta` first (`skb->mark = *meta;`
		 * reads through meta, not skb), else `meta->x` */
		{
			const char *t = diag_src_text(c, c->fail), *q;
			size_t n = 0;

			mv[0] = '\0';
			for (q = t ? strchr(t, '*') : NULL; q && !mv[0]; q = strchr(q + 1, '*'))
				if (diag_unary_star(t, q)) {
					while (isalnum((unsigned char)q[1 + n]) || q[1 + n] == '_')
						n++;
					if (n && n < sizeof(mv))
						snprintf(mv, sizeof(mv), "%.*s", (int)n, q + 1);
				}
			if (!mv[0] && (diag_deref_var(c, c->fail, mv, sizeof(mv)) != 1 || !diag_is_name(mv)))
				mv[0] = '\0';
			/* `((__u32 *)data_meta)[0]`: the name the pointer was given */
			if (!mv[0] && v->off == 0 && !v->var_mask && diag_assigned_var(c, v->def_insn, mv, sizeof(mv)) &&
			    (!diag_is_name(mv) || !t || !strstr(t, mv)))
				mv[0] = '\0';
			/* the program's name for data, or a declaration of it */
			if (!pkt_start_var(c, dv, sizeof(dv)) && !data_var(c, dv, sizeof(dv))) {
				const char *cn = diag_param_name(c, 0, 0);

				snprintf(dv, sizeof(dv), "data");
				snprintf(decl, sizeof(decl), "void *data = (void *)(long)%s->data; ", cn ? cn : "ctx");
			}
			/* or the pointer cast on the line that is not data (clang gave
			 * the load of data_meta no line of its own) */
			for (q = t ? strstr(t, "*)") : NULL; q && !mv[0]; q = strstr(q + 2, "*)")) {
				n = 0;
				while (isalnum((unsigned char)q[2 + n]) || q[2 + n] == '_')
					n++;
				if (n && n < sizeof(mv) && (strlen(dv) != n || strncmp(q + 2, dv, n)) &&
				    !isdigit((unsigned char)q[2]))
					snprintf(mv, sizeof(mv), "%.*s", (int)n, q + 2);
			}
			if (!mv[0])
				snprintf(mv, sizeof(mv), "meta");
		}
		/* the metadata the next lines read through the same pointer, so
		 * that one check covers them (`((__u16 *)data_meta)[2]` after
		 * `((__u32 *)data_meta)[0]`: 6 bytes, not 4) */
		int reach = off + size, upto = reach;

		for (long i = c->fail + 1; v->off == 0 && !v->var_mask; i++) {
			const struct bv_insn *a = insn_at(c, i);
			const struct bv_form *f = form_at(c, i);
			int cls = a ? BV_CLASS(a->code) : -1;

			if (!a || !f || cls == BV_JMP || cls == BV_JMP32 || cls == BV_LD)
				break;
			if (cls == BV_LDX && a->src == r && a->off >= 0 && a->off + f->size > upto)
				upto = a->off + f->size;
			if ((cls == BV_STX || cls == BV_ST) && a->dst == r && a->off >= 0 && a->off + f->size > upto)
				upto = a->off + f->size;
			if ((cls == BV_LDX || cls == BV_ALU || cls == BV_ALU64) && a->dst == r)
				break;
		}
		char own[64];
		long cmp = pkt_end_compare(c);
		const struct bv_line_info *cl = cmp >= 0 ? bv_prog_line_at(c->prog, (size_t)cmp) : NULL;
		long cs = cmp >= 0 ? step_of(c, c->fstep, cmp) : -1;
		bool own_ret = cl && (own_check_return(c, cmp, own, sizeof(own)) ||
				      (cs >= 0 && branch_return(c, cs, own, sizeof(own))));

		/* the line that compares with data_end, comparing with data:
		 * when what it checks covers the access, that is the whole fix */
		char ev[64], fixed[256], lb[200];
		const char *mt = NULL;
		uint32_t mn = 0;

		/* the condition's own line: clang may give a `||`'s second
		 * half the line the `if` starts on */
		if (!own_end_var(c, ev, sizeof(ev)))
			snprintf(ev, sizeof(ev), "data_end"); /* `data_end = ctx_ptr(ctx, data_end);` */
		for (uint32_t k = 0; ml && k < 4 && !mt; k++) {
			const char *t = diag_src_line_above(c, c->fail, ml->line_num + k, lb, sizeof(lb)) ? lb : NULL;

			if (t && diag_has_word(t, mv) && diag_has_word(t, ev))
				mt = t, mn = ml->line_num + k;
		}
		if (ml)
			WHY(c, "nothing on this path proves any of them: line %u compares the metadata pointer with %s, and "
			       "the verifier takes no range for metadata from that (the packet lies between); metadata "
			       "bytes are proven by comparing the end of the access with data, where the metadata ends.",
			    mt ? mn : ml->line_num, ev);
		if (mt && !decl[0] && moff >= upto && diag_replace_expr(mt, ev, dv, fixed, sizeof(fixed)) == 1) {
			FIX(c, "Compare with data, where the metadata ends, not with %s: line %u becomes `%s` (it checks %d "
			       "bytes of metadata, the access needs %d).",
			    ev, mn, fixed, moff, upto);
			return 1;
		}
		/* `__u8 *data` against a void pointer: a distinct-pointer warning */
		FIX(c, "Compare the end of what you %s with data, where the metadata ends: `%sif ((void *)%s + %d > %s%s) "
		       "return %s;`",
		    mstore ? "write" : "read", decl, mv, upto, decl[0] || declared_void_ptr(c, dv) ? "" : "(void *)", dv,
		    own_ret ? own : pass);
		if (own_ret)
			FIX(c, " (returning what the check on line %u does)", cl->line_num);
		if (upto > reach)
			FIX(c, ", %d bytes: the next instructions %s up to byte %d through the same pointer", upto,
			    mstore ? "write" : "read", upto - 1);
		FIX(c, "; for a struct pointer, `(void *)(%s + 1) > %s`. A comparison with data_end proves nothing about "
		       "metadata.",
		    mv, dv);
		return 1;
	}
	const struct bv_insn *fin = insn_at(c, c->fail);
	bool store = fin && (BV_CLASS(fin->code) == BV_STX || BV_CLASS(fin->code) == BV_ST);
	/* the bytes a check must cover from where the pointer points */
	int span = size + (v && off > v->off ? off - v->off : 0);
	const char *src = diag_src_text(c, c->fail);

	const char *what = c->prog->type == BV_PROG_CGROUP_SOCKOPT ? "option value" : "packet";

	if (size == 1)
		WHY(c, "The access %s %s byte %d", store ? "writes" : "reads", what, off);
	else
		WHY(c, "The access %s %s bytes %d to %d", store ? "writes" : "reads", what, off, off + size - 1);
	if (v && v->kind == BV_REG_PKT)
		WHY(c, " (R%d points %d byte%s past the %s's start%s", r, v->off, v->off == 1 ? "" : "s", what,
		    v->umax ? ", plus a variable part" : "");
	else
		WHY(c, " (through R%d", r);
	if (range > 0) {
		WHY(c, "), but the comparisons with %s on this path prove only bytes 0 to %d to be there", end,
		    range - 1);
		cmp = pkt_end_compare(c);
		if (cmp >= 0) {
			diag_where(c, cmp, "packet range checked here");
			WHY(c, " (the last one at insn %ld: `%s`)", cmp, insn_text(c, cmp, b, sizeof(b)));
		}
		bool checked = cmp >= 0 && diag_checked_expr(c, cmp, b, sizeof(b), endw, sizeof(endw));
		bool expr = checked && diag_reads_pointer(c, c->fail, b);
		const struct bv_line_info *li = cmp >= 0 ? bv_prog_line_at(c->prog, (size_t)cmp) : NULL;
		char var[64], dv[64];
		int n;

		if (expr && diag_void_plus(b, var, sizeof(var), &n) && n < off + size &&
		    diag_deref_var(c, c->fail, dv, sizeof(dv)) && !strcmp(dv, var)) {
			/* `(void *)h + 1 > data_end`, then `h->second_byte` */
			WHY(c, ". The check at line %u adds %d to `(void *)%s`, and on a void * that counts bytes: it "
			       "proves %d byte%s of *%s, not the whole struct.",
			    li ? li->line_num : 0, n, var, n, n == 1 ? "" : "s", var);
			FIX(c, "Add 1 to the typed pointer, which steps over the whole struct, and cast after: `if "
			       "((void *)(%s + 1) > %s) return %s;`.",
			    var, endw, pass);
			return 1;
		}
		if (bytes_not_elements(c, store))
			return 1;
		char msz[96], mfn[32];

		if (checked && mem_call_from(c, b, msz, sizeof(msz), mfn, sizeof(mfn))) {
			const char *plus = strstr(b, " + ");

			WHY(c, ": %s() on line %u reads %s bytes from there, and the kernel names the first of them "
			       "past the check.",
			    mfn, bv_prog_line_at(c->prog, (size_t)c->fail)->line_num, msz);
			FIX(c, "Make the check at line %u cover every byte %s() reads: `if (%.*s + %s > %s)`.",
			    li ? li->line_num : 0, mfn, (int)(plus - b), b, msz, endw);
			return 1;
		}
		if (off >= range)
			WHY(c, ": the %s starts %s the checked range ends, so the check covered what comes before it "
			       "(the previous header), not these bytes.",
			    store ? "write" : "read", off == range ? "where" : "past where");
		else
			WHY(c, ": the %s runs %d byte%s past the checked range.", store ? "write" : "read",
			    off + size - range, off + size - range == 1 ? "" : "s");
		char hv[64], hl[64];

		/* a helper's memory and its size as the call writes them say
		 * more than the check before: below */
		if (expr && !(v && v->kind == BV_REG_PKT && is_helper_call(c, c->fail) &&
			      helper_mem_args(c, r, size, hv, sizeof(hv), hl, sizeof(hl)))) {
			char folded[160];

			FIX(c, "Make the check at line %u cover the bytes read: `if (%s > %s)` (it proves %d "
			       "byte%s fewer than the read needs); or check them right before the read: ",
			    li ? li->line_num : 0, fold_plus(c, b, off + size - range, folded, sizeof(folded)), endw,
			    off + size - range, off + size - range == 1 ? "" : "s");
			char ov[64];
			bool own = own_end_var(c, ov, sizeof(ov));

			/* `skb->data_end` is a number: the program's own variable or a cast */
			FIX(c, "`if ((void *)p + %d > %s%s) return %s;` with p the pointer R%d holds.", span,
			    own ? "" : strchr(end, '>') ? "(void *)(long)" : "", own ? ov : end, pass, r);
			return 1;
		}
		/* the pointer by its own name, when the failing line reads
		 * through one pointer only (`opt[0]`, `h->len`) */
		if (v && v->kind == BV_REG_PKT && pkt_access_var(c, store, var, sizeof(var))) {
			char whole[112];

			long top = -1, k;
			char ev2[64], endx[96];

			/* `raw[0] && raw[1] && raw[2]`: the elements up to the
			 * highest constant index, which R may point into the middle of */
			for (const char *q = src; (q = strstr(q, var)); q += strlen(var)) {
				char *e;
				long n;

				if ((q == src || !(isalnum((unsigned char)q[-1]) || q[-1] == '_')) && q[strlen(var)] == '[' &&
				    isdigit((unsigned char)q[strlen(var) + 1]) && (n = strtol(q + strlen(var) + 1, &e, 10)) >= 0 &&
				    *e == ']' && n > top)
					top = n;
			}
			/* a struct read through `->`: the whole struct, as its check would be written */
			if (strstr(src, "->"))
				snprintf(whole, sizeof(whole), "(void *)(%s + 1)", var);
			else if (top > 0 && (k = elem_size(c, var)) > 0 && (top + 1) * k >= span)
				/* in bytes, as a check moved to a caller's pointer of
				 * another type must read (callers_pointer) */
				snprintf(whole, sizeof(whole), "(void *)%s + %ld", var, (top + 1) * k);
			else
				snprintf(whole, sizeof(whole), "(void *)%s + %d", var, span);
			/* `skb->data_end` is a number: the program's own variable, or a
			 * cast; the check's own end only when it is in the function the
			 * fix goes in: not when the failing function has an end of its
			 * own and the check is its caller's (batch 78: checked in
			 * tc_main, read in an inlined maybe_assign_udp(skb, uh), where
			 * data_end is not a name) */
			struct diag_srcfn ff;

			if (checked && !(c->fn_own_end && diag_src_function(c, c->fail, &ff) && !diag_in_src_fn(c, cmp, &ff)))
				snprintf(endx, sizeof(endx), "%s", uncast_name(endw));
			else if (own_end_var(c, ev2, sizeof(ev2)))
				snprintf(endx, sizeof(endx), "(void *)%s", ev2);
			else
				snprintf(endx, sizeof(endx), "%s%s", strchr(end, '>') ? "(void *)(long)" : "", end);
			FIX(c, "Check the bytes you %s, not just the header before them: `if (%s > %s) return %s;`, then "
			       "%s.",
			    store ? "write" : "read", whole, endx, pass, store ? "write" : "read");
			return 1;
		}
		/* a copy into the packet (`memcpy(optval, "cubic", 5)`): the
		 * destination by its name, against the program's own end */
		char ev[64];

		if (v && v->kind == BV_REG_PKT && !v->off && !v->umax && copy_dest(src, var, sizeof(var))) {
			FIX(c, "Check every byte the copy writes, not fewer: `if ((void *)%s + %d > %s) return %s;` before "
			       "`%s`.",
			    var, span, own_end_var(c, ev, sizeof(ev)) ? ev : end, pass, src);
			return 1;
		}
		/* the pointer by the name the program's own check gives it */
		int base;
		long chk;
		char ew[64], ret[48], len[64];
		const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);

		if (v && v->kind == BV_REG_PKT && !v->umax && fl &&
		    pkt_checked_name(c, src, off, var, sizeof(var), &base, &chk, ew, sizeof(ew)) && off + size > base &&
		    range > base) {
			const struct bv_line_info *kl = bv_prog_line_at(c->prog, (size_t)chk);

			WHY(c, " Counted from `%s` (checked at line %u), the access needs %d byte%s and the checks on this "
			       "path cover %d.",
			    var, kl ? kl->line_num : 0, off + size - base, off + size - base == 1 ? "" : "s", range - base);
			FIX(c, "Check every byte the access needs from `%s`, right before line %u: `if ((void *)%s + %d > %s) "
			       "return %s;`.",
			    var, fl->line_num, var, off + size - base, ew,
			    own_check_return(c, chk, ret, sizeof(ret)) ? ret : pass);
			return 1;
		}
		/* a helper's memory argument and its size, as the call writes them */
		if (v && v->kind == BV_REG_PKT && fl && helper_mem_args(c, r, size, var, sizeof(var), len, sizeof(len))) {
			/* the end from the context the call is given (`skb`), which
			 * is in scope where the call is: a data_end variable of the
			 * program's may belong to another function */
			char ev[80], cv[32];
			const struct bv_vreg *r1 = c->fstep > 0 ? reg_at(c, c->fstep - 1, 1) : NULL;

			if (diag_call_arg(c, c->fail, 1, cv, sizeof(cv)) && diag_is_name(cv) &&
			    (!r1 || r1->kind == BV_REG_CTX || r1->kind == BV_REG_NOT_INIT))
				snprintf(ev, sizeof(ev), "(void *)(long)%s->data_end", cv);
			else
				snprintf(ev, sizeof(ev), "%s%s", strchr(end, '-') ? "(void *)(long)" : "", end);
			FIX(c, "Check the %s bytes the call reads from `%s` before it: `if ((void *)%s + %s > %s) "
			       "return %s;` right before line %u.",
			    len, var, var, len, ev, pass, fl->line_num);
			return 1;
		}
		/* clang gives the read the line of the pointer's assignment
		 * (`udp = data + off;`, then a select of udp->source or
		 * udp->dest): the variable assigned there (batch 70) */
		bool whole_struct;

		if (v && v->kind == BV_REG_PKT && pkt_assigned_ptr(c, r, var, sizeof(var), &whole_struct)) {
			char whole[96];

			if (whole_struct)
				snprintf(whole, sizeof(whole), "(void *)(%s + 1)", var);
			else
				snprintf(whole, sizeof(whole), "(void *)%s + %d", var, span);
			FIX(c, "Check the bytes you read, not just the header before them: `if (%s > %s) return %s;`, then "
			       "read.",
			    whole, end, pass);
			return 1;
		}
		FIX(c, "Check the bytes you read, not just the header before them: `if ((void *)p + %d > %s) "
		       "return %s;` with p the pointer R%d holds (for a struct pointer, `if ((void *)(p + 1) > %s)`), "
		       "then read.",
		    span, end, pass, r, end);
		return 1;
	}
	cmp = pkt_compare_not_end(c, &other, &ov);
	if (cmp >= 0) {
		diag_where(c, cmp, "compared with something else than data_end");
		WHY(c, "), and nothing on this path proves any byte of the packet: the comparison at insn %ld (`%s`) "
		       "sets the packet pointer against R%d, which holds %s. Only a comparison with data_end (or, for "
		       "metadata, with data) gives a packet pointer a range.",
		    cmp, insn_text(c, cmp, b, sizeof(b)), other, reg_kind_words(ov));
		FIX(c, "Load the end from the context and compare with it: `void *data_end = (void *)(long)%s; "
		       "if ((void *)p + %d > data_end) return %s;`, then read.",
		    end, span, pass);
		return 1;
	}
	if (pkt_check_ignored(c, v, end, pass))
		return 1;
	WHY(c, "), and nothing on this path compared a pointer into it with %s, so no byte of it is known to be "
	       "there.",
	    end);
	{
		char p[64], field[32], ev[64], gname[64];
		long gcheck;
		bool named = pkt_access_var(c, store, p, sizeof(p)) || diag_deref_var(c, c->fail, p, sizeof(p));
		long gcall = global_check_called(c, gname, sizeof(gname), &gcheck);

		if (gcall >= 0) {
			const struct bv_line_info *gl = bv_prog_line_at(c->prog, (size_t)gcall);
			const struct bv_line_info *kl = bv_prog_line_at(c->prog, (size_t)gcheck);
			struct diag_srcfn cf;

			diag_where(c, gcall, "global function called");
			diag_where(c, gcheck, "its check of the packet");
			WHY(c, " %s(), called at line %u, compares with the end, but it is a global (non-static) function: "
			       "the verifier checks it once, on its own, for any caller, and nothing it proves about the "
			       "packet comes back to the caller.",
			    gname, gl ? gl->line_num : 0);
			/* a static function's check marks the caller's pointers that
			 * exist when it runs; one loaded after the call gets none,
			 * and clang sinks `ctx->data` loads past a call it cannot
			 * inline */
			const struct bv_vreg *pv = reg_at(c, c->fstep, r);

			if (pv && pv->def_insn > gcall)
				FIX(c, "Make %s() `static __always_inline`: inlined, its check and the caller's reads share "
				       "one load of the packet's start. (`static` alone is not enough here: R%d is loaded "
				       "from the context after the call, at insn %d, and a check proves bytes only for the "
				       "pointers there when it runs.) ",
				    gname, r, pv->def_insn);
			else
				FIX(c, "Make %s() `static` (`static __always_inline`, or `static __noinline` to keep it a "
				       "function): a static function is verified as part of each call, with the caller's "
				       "registers, so its check carries back to R%d, loaded before the call. ",
				    gname, r);
			FIX(c, "Or repeat its check (line %u) in %s() after the call, covering every byte read there, with the "
			       "end loaded from the context: `(void *)(long)%s`.",
			    kl ? kl->line_num : 0,
			    diag_src_function(c, gcall, &cf) ? cf.name : c->prog->name ? c->prog->name : "the caller", end);
			c->end_in_scope = true; /* the place is said: after the call */
			return 1;
		}

		if (named && src && diag_ptr_field(src, p, field, sizeof(field))) {
			/* `*(__u32 *)ctx->optval = v;`: through a context field,
			 * which each use loads anew; a variable keeps the range */
			char expr[128], fixed[256];

			snprintf(expr, sizeof(expr), "%s->%s", p, field);
			FIX(c, "Keep the pointer in a variable, check the range against the end, and %s through the "
			       "variable: `void *p = %s; if (p + %d > %s) return %s;`",
			    store ? "write" : "read", expr, span, end, pass);
			if (diag_replace_expr(src, expr, "p", fixed, sizeof(fixed)) == 1)
				FIX(c, ", then `%s`", fixed);
			FIX(c, ".");
			return 1;
		}
		if (named && src && struct_held_ptr(c, src, p, span, store, pass))
			return 1;
		/* the program's own end variable, as it declared it */
		bool own_end = own_end_var(c, ev, sizeof(ev));
		char dest[96], cl[32];

		/* a copy into the packet whose destination is an expression
		 * (`memcpy(c + offset, "PASS", 4)`, batch 75): the whole copy,
		 * from where it starts */
		if (!named && store && v && v->kind == BV_REG_PKT && !v->off && !v->umax && src &&
		    copy_dest_expr(src, dest, sizeof(dest)) && strstr(src, "memcpy(") &&
		    diag_arg_text(strstr(src, "memcpy("), 3, cl, sizeof(cl)) && isdigit((unsigned char)cl[0]) &&
		    diag_is_name(cl)) {
			FIX(c, "Before writing, check the whole copy against the end: `if ((void *)(%s) + %s > %s%s) return "
			       "%s;`, then write.",
			    dest, cl, own_end ? "" : "(void *)(long)", own_end ? ev : end, pass);
			return 1;
		}

		/* `iph->saddr` with `iph = data + sizeof(*eth);`: clang reaches
		 * it from data (data + 26), so the bytes R holds past its start
		 * are not iph's; the whole struct is what a check of iph is
		 * written as */
		char whole[96], rhs[128], mem[64];

		/* and a declared struct pointer read through `->`: the next
		 * member read or written needs the rest of the struct too
		 * (batch 74: `eth->h_dest`, then `eth->h_source`) */
		if (named && diag_member_of(c, c->fail, p, mem, sizeof(mem)) &&
		    ((diag_src_assigned_above(c, c->fail, p, rhs, sizeof(rhs)) && strchr(rhs, '+')) ||
		     struct_ptr(c, p)))
			snprintf(whole, sizeof(whole), "(void *)(%s + 1)", p);
		else
			snprintf(whole, sizeof(whole), "(void *)%s + %d", named ? p : "p", span);
		FIX(c, "Before %s, check the range against the end: `if (%s > (void *)%s%s) return %s;`",
		    store ? "writing" : "reading", whole, own_end ? "" : "(long)", own_end ? ev : end, pass);
		if (!named)
			FIX(c, " with p the pointer R%d holds", r);
		FIX(c, ", then %s.", store ? "write" : "read");
	}
	return 1;
}

/* A check moved to the caller names the caller's pointer (`data`), not
 * the inlined function's copy of it (`p`), when both are the same pointer:
 * the `(void *)` cast makes the count bytes either way. */
static void callers_pointer(struct ctx *c, int r, long origin)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);
	char cv[64], x[64], out[sizeof(c->d->fix)];
	char *q = strstr(c->d->fix, "`if ((void *)");
	const char *e;

	if (!q || !v || v->off || v->var_mask || !diag_assigned_var(c, origin, cv, sizeof(cv)) || !cv[0] ||
	    !diag_is_name(cv))
		return;
	q += 13;
	/* `(void *)(th + 1)`, the whole struct the inlined function's
	 * parameter points to: the caller's pointer if it is declared the
	 * same, else its bytes counted (`(void *)data + sizeof(struct tcphdr)`) */
	if (*q == '(') {
		char ty[96], cty[96], rest[160];
		uint32_t dl;
		size_t tn;

		for (e = ++q; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if (e == q || strncmp(e, " + 1)", 5) || (size_t)(e - q) >= sizeof(x))
			return;
		snprintf(x, sizeof(x), "%.*s", (int)(e - q), q);
		if (!strcmp(x, cv) || !declared_type(c, x, ty, sizeof(ty)) || strncmp(ty, "struct ", 7))
			return;
		if (diag_src_decl(c, origin, cv, cty, sizeof(cty), &dl, rest, sizeof(rest)) &&
		    !strcmp(!strncmp(cty, "const ", 6) ? cty + 6 : cty, ty)) {
			snprintf(out, sizeof(out), "%.*s%s%s", (int)(q - c->d->fix), c->d->fix, cv, e);
		} else {
			tn = 7 + strcspn(ty + 7, " *"); /* `struct tcphdr` of `struct tcphdr *` */
			snprintf(out, sizeof(out), "%.*s%s + sizeof(%.*s)%s", (int)(q - 1 - c->d->fix), c->d->fix, cv,
				 (int)tn, ty, e + 5);
		}
		snprintf(c->d->fix, sizeof(c->d->fix), "%s", out);
		return;
	}
	for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	if (e == q || *e != ' ' || (size_t)(e - q) >= sizeof(x))
		return;
	snprintf(x, sizeof(x), "%.*s", (int)(e - q), q);
	if (!strcmp(x, cv) ||
	    snprintf(out, sizeof(out), "%.*s%s%s", (int)(q - c->d->fix), c->d->fix, cv, e) >= (int)sizeof(out))
		return;
	snprintf(c->d->fix, sizeof(c->d->fix), "%s", out);
}

/* The kernel's detail line for a packet access past the proven range, in
 * the words of the function the failing line is in: an inlined one's own
 * way out and end of the packet, or a note that it has none. */
static int diag_pkt_range(struct ctx *c, const char *line)
{
	struct diag_srcfn fn, cf;
	char fend[64], fpass[40], cend[64], cpass[40];
	const char *end, *pass;
	bool inl, own_end = false;
	long origin = -1;
	int r;

	if (!line || strncmp(line, "invalid access to packet, off=", 30))
		return 0;
	pkt_words(c, &end, &pass);
	inl = inlined_fn(c, &fn);
	if (inl || subprog_fn_at(c, c->fail, &fn))
		own_end = inlined_words(&fn, &end, &pass, fend, sizeof(fend), fpass, sizeof(fpass));
	c->fn_own_end = own_end;
	/* no end of its own, but the pointer came from its caller (`th =
	 * skops->skb_data;` then `tcp_hdrlen(th)`): the check goes there, in
	 * the caller's words */
	if (inl && !own_end && sscanf(line, "invalid access to packet, off=%*d size=%*d, R%d", &r) == 1 &&
	    (origin = value_origin(c, r, c->fstep)) >= 0 && diag_src_function(c, origin, &cf) &&
	    strcmp(cf.name, fn.name)) {
		pkt_words(c, &end, &pass);
		if (inlined_fn_at(c, origin, &cf))
			inlined_words(&cf, &end, &pass, cend, sizeof(cend), cpass, sizeof(cpass));
	} else {
		origin = -1;
	}
	if (!pkt_range_said(c, line, end, pass))
		return 0;
	if (origin >= 0)
		callers_pointer(c, r, origin);
	/* a void function's way out */
	for (char *q = strstr(c->d->fix, "return ;"); q; q = strstr(q, "return ;"))
		memmove(q + 6, q + 7, strlen(q + 7) + 1);
	if (c->end_in_scope)
		return 1;
	if (inl && !own_end && c->d->fix[0] && origin >= 0)
		FIX(c, " Line %u is in %s(), which clang inlined and which has no end of the packet of its own: make the "
		       "check in %s(), where the pointer comes from, right after `%s` (line %u), before the call.",
		    bv_prog_line_at(c->prog, (size_t)c->fail)->line_num, fn.name, cf.name, diag_src_text(c, origin),
		    bv_prog_line_at(c->prog, (size_t)origin)->line_num);
	else if (inl && !own_end && c->d->fix[0])
		FIX(c, " Line %u is in %s(), which clang inlined and which has no end of the packet of its own: give it "
		       "one (a `void *data_end` parameter), or make the check in its caller, before the call.",
		    bv_prog_line_at(c->prog, (size_t)c->fail)->line_num, fn.name);
	return 1;
}

/* Packet bytes to a perf buffer: bpf_perf_event_output() reads its data
 * argument as plain memory, which a packet pointer is not allowed to be;
 * from XDP and tc the kernel copies packet bytes itself when the upper 32
 * bits of the flags say how many, after the data given. */
static int diag_pkt_to_perf(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	int xdp = c->prog->type == 6 /* xdp */, tc = c->prog->type == 3 || c->prog->type == 4 /* sched_cls, _act */;
	char map[64], len[96];

	if (strcmp(c->msg, "helper access to the packet is not allowed") || !is_helper_call(c, c->fail) ||
	    in->imm != 25 /* perf_event_output */)
		return 0;
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	WHY(c, "bpf_perf_event_output() copies its data argument as plain memory (the stack, a map value), and a "
	       "packet pointer may not be given to it.");
	if (!xdp && !tc && c->prog->type) {
		FIX(c, "Copy the bytes into a stack buffer or a per-CPU array map value first, and pass that.");
		return 1;
	}
	WHY(c, " For packet bytes from %s there is another way: the upper 32 bits of the flags tell the kernel to "
	       "copy that many bytes of the packet itself, after the data argument.",
	    xdp ? "XDP" : tc ? "tc" : "XDP and tc");
	if (!diag_call_arg(c, c->fail, 5, len, sizeof(len)))
		snprintf(len, sizeof(len), "len");
	if (!diag_call_arg(c, c->fail, 2, map, sizeof(map)))
		snprintf(map, sizeof(map), "&map");
	FIX(c, "Pass a small struct of your own as the data and the packet length in the flags: `__u64 n = %s; "
	       "bpf_perf_event_output(%s, %s, BPF_F_CURRENT_CPU | (n << 32), &meta, sizeof(meta));` — user space "
	       "receives meta followed by n bytes of the packet (a length past the packet's end makes the call "
	       "fail at run time, so no check against data_end is needed for it).",
	    len, tc ? "skb" : "ctx", map);
	return 1;
}

/* `skb->data + len`: arithmetic on the context's 32-bit field, in 32 bits
 * (clang truncates the sum: a shift the verifier refuses on a pointer),
 * not on a pointer.  The line again with pointers made from the fields;
 * false when the line does not add to the field. */
static bool field_sum_fix(const struct ctx *c, char *out, size_t size)
{
	const char *t = diag_src_text(c, c->fail), *p = t ? strstr(t, "->data + ") : NULL, *q = p;
	char cv[40], from[64], a[320], b[320];

	if (!p)
		return false;
	while (q > t && (isalnum((unsigned char)q[-1]) || q[-1] == '_'))
		q--;
	if (q == p || (size_t)(p - q) >= sizeof(cv) || (q - t >= 6 && !strncmp(q - 6, "(long)", 6)))
		return false;
	snprintf(cv, sizeof(cv), "%.*s", (int)(p - q), q);
	snprintf(from, sizeof(from), "%s->data_end", cv);
	diag_replace_expr(t, from, "data_end", a, sizeof(a));
	snprintf(from, sizeof(from), "%s->data", cv);
	if (!a[0] || diag_replace_expr(a, from, "data", b, sizeof(b)) < 1)
		return false;
	snprintf(out, size, "void *data = (void *)(long)%s->data; void *data_end = (void *)(long)%s->data_end; %s", cv,
		 cv, b);
	return true;
}

/* `skb->data + len` in a global function, len one of its arguments: the
 * function is checked once, on its own, with len any number (batch 40's
 * linearize()).  The fix bounds it, or makes the function static. */
static int global_arg_offset(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_func_info *fi = func_of(c, c->fail);
	const char *fname, *pname;
	int r;

	if (!in || in->code != (BV_ALU64 | BV_ADD | BV_X) || !fi || !fi->name ||
	    (r = global_entry_arg(c, in->src)) < 0)
		return 0;
	fname = fi->name;
	pname = diag_param_name(c, c->fail, r - 1);
	if (!pname || !diag_is_name(pname))
		return 0;
	diag_where(c, (long)fi->insn, "the global function starts here");
	WHY(c, "`%s` is argument %d of %s(), a global (non-static) function: the verifier checks it once, on its "
	       "own, for any caller, so `%s` can be any number, and a packet pointer may only be "
	       "moved by an offset known to stay under 64 KiB.",
	    pname, r, fname, pname);
	char code[640];

	FIX(c, "Make %s() `static`, so that it is checked with each caller's own value of `%s`; if it must stay "
	       "global, bound `%s` through a 64-bit variable the compiler "
	       "cannot see through: `__u64 n = %s; barrier_var(n); if (n > 0xffff) return 0;`, and add `n`.",
	    fname, pname, pname, pname);
	if (field_sum_fix(c, code, sizeof(code)))
		FIX(c, " And add to a pointer, not to the context's 32-bit field: `%s`.", code);
	return 1;
}

/* What a source line adds to the packet's start: `data_len` of `__u8
 * *tail = data + data_len;`; false when the line is not that shape. */
static bool pkt_added_expr(const char *t, char *out, size_t size)
{
	const char *p = t;

	for (; (p = strstr(p, "data + ")); p++)
		if (p == t || (!isalnum((unsigned char)p[-1]) && p[-1] != '_'))
			break;
	if (!p)
		return false;
	p += 7;
	size_t n = strcspn(p, ";,)");
	while (n && p[n - 1] == ' ')
		n--;
	if (!n || n >= size || p[n] != ';')
		return false;
	snprintf(out, size, "%.*s", (int)n, p);
	return true;
}

/* A packet pointer a constant distance in that passes 64 KiB: the branches
 * before it fixed the length it was made with (`if (len == 90001)`), and a
 * comparison with data_end gives no range that far in, so nothing can
 * make the access provable.  A helper checks the offset when the program
 * runs, and reaches an XDP packet's fragments too. */
static int diag_pkt_const_far(struct ctx *c, const struct bv_vreg *v)
{
	const struct bv_insn *fi = insn_at(c, c->fail);
	int size = access_size(c, c->fail), xdp = c->prog->type == BV_PROG_XDP,
	    tc = c->prog->type == BV_PROG_SCHED_CLS || c->prog->type == BV_PROG_SCHED_ACT;
	bool store = fi && (BV_CLASS(fi->code) == BV_STX || BV_CLASS(fi->code) == BV_ST);
	long cmp = pkt_end_compare(c);
	uint64_t at;
	char b[128], off[96], val[64] = "", cv[40] = "ctx";
	const char *t, *end, *pass, *eq;

	if (!v || (v->kind != BV_REG_PKT && v->kind != BV_REG_PKT_META) || v->umax || v->off < 0 || !fi ||
	    !size || !strstr(c->msg, "offset is outside of the packet"))
		return 0;
	at = (uint64_t)v->off + (uint64_t)(fi->off > 0 ? fi->off : 0);
	if (at + (uint64_t)size <= 0xffff)
		return 0;
	diag_class(c, "pkt-bounds-missing");
	diag_where(c, c->fail, "fails here");
	WHY(c, "R%d points %" PRIu64 " bytes past the packet's start", msg_reg(c->msg), at);
	off[0] = 0;
	if (v->def_insn >= 0 && (t = diag_src_text(c, v->def_insn)) && pkt_added_expr(t, off, sizeof(off))) {
		diag_where(c, v->def_insn, "the pointer made here");
		WHY(c, " (insn %ld, `%s`, adds `%s`, which the branches before it fixed at %d on this path)",
		    (long)v->def_insn, insn_text(c, v->def_insn, b, sizeof(b)), off, v->off);
	}
	WHY(c, ". The verifier keeps a packet pointer's range only within the first 65535 bytes, so ");
	if (cmp >= 0) {
		diag_where(c, cmp, "a data_end comparison that proves nothing here");
		WHY(c, "the comparison with data_end at insn %ld (`%s`) gives it none, and ", cmp,
		    insn_text(c, cmp, b, sizeof(b)));
	}
	WHY(c, "no direct access this far in can be proven; direct access reaches only the packet's linear part "
	       "anyway%s.",
	    xdp ? " (the first buffer of a multi-buffer XDP packet)" : "");
	pkt_words(c, &end, &pass);
	if (strstr(end, "->"))
		snprintf(cv, sizeof(cv), "%.*s", (int)(strstr(end, "->") - end), end);
	if (!off[0])
		snprintf(off, sizeof(off), "%" PRIu64, at);
	else if (fi->off > 0)
		snprintf(off + strlen(off), sizeof(off) - strlen(off), " + %d", fi->off);
	if (store && (t = diag_src_text(c, c->fail)) && (eq = strstr(t, " = ")) && strchr(eq, ';') &&
	    (size_t)(strchr(eq, ';') - eq - 3) < sizeof(val))
		snprintf(val, sizeof(val), "%.*s", (int)(strchr(eq, ';') - eq - 3), eq + 3);
	const char *ty = size == 1 ? "__u8" : size == 2 ? "__u16" : size == 4 ? "__u32" : "__u64";

	if (!xdp && !tc) {
		FIX(c, "Keep packet offsets under 64 KiB for direct access, or copy the bytes with a helper that checks "
		       "them at run time.");
		return 1;
	}
	if (store)
		FIX(c, "Write through a helper, which checks the offset when the program runs%s: `%s v = %s; %s(%s, %s, "
		       "&v, sizeof(v)%s);`.",
		    xdp ? " and reaches the fragments too" : "", ty, val[0] ? val : "0",
		    xdp ? "bpf_xdp_store_bytes" : "bpf_skb_store_bytes", cv, off, xdp ? "" : ", 0");
	else
		FIX(c, "Read through a helper, which checks the offset when the program runs%s: `%s v; if (%s(%s, %s, &v, "
		       "sizeof(v))) return %s;`.",
		    xdp ? " and reaches the fragments too" : "", ty, xdp ? "bpf_xdp_load_bytes" : "bpf_skb_load_bytes", cv,
		    off, pass);
	return 1;
}

static int diag_packet(struct ctx *c)
{
	const struct bv_vreg *pv = reg_at(c, c->fstep, msg_reg(c->msg));

	if (diag_pkt_to_perf(c) || diag_pkt_const_far(c, pv))
		return 1;

	const char *r = c->res->detail ? strstr(c->res->detail, ",r=") : NULL;

	/* a pointer at a fixed offset, or one at a variable offset that a
	 * comparison gave a range since: the range proven is the whole story */
	if (diag_pkt_range(c, c->msg) || (strstr(c->msg, "offset is outside of the packet") &&
					  (!pv || !pv->umax || (r && atoi(r + 3) > 0)) &&
					  diag_pkt_range(c, c->res->detail)))
		return 1;
	if (strstr(c->msg, "offset is outside of the packet") || strstr(c->msg, "pkt pointer")) {
		const struct bv_vreg *v = reg_at(c, c->fstep, msg_reg(c->msg));
		char b[128];

		diag_class(c, "pkt-bounds-missing");
		diag_where(c, c->fail, "fails here");
		/* the bytes the access reads count too: a check that covered them
		 * would have to reach past 64 KiB, where no comparison gives range */
		const struct bv_insn *fi = insn_at(c, c->fail);
		uint64_t reach = fi && (BV_CLASS(fi->code) == BV_LDX || BV_CLASS(fi->code) == BV_STX ||
					 BV_CLASS(fi->code) == BV_ST) && fi->off > 0
					 ? (uint64_t)fi->off + (uint64_t)access_size(c, c->fail)
					 : 0;

		if (v && (v->kind == BV_REG_PKT || v->kind == BV_REG_PKT_META) && v->def_insn >= 0 &&
		    v->umax + (uint64_t)(v->off > 0 ? v->off : 0) + reach > 0xffff)
			return diag_pkt_too_far(c, v, 0);
		/* a comparison was made, of the pointer plus a header's size,
		 * and that sum could pass 64 KiB: it proved nothing */
		int csize = v && (v->kind == BV_REG_PKT || v->kind == BV_REG_PKT_META) && v->umax && v->def_insn >= 0
				    ? compared_too_far(c, v)
				    : 0;

		if (csize > 0)
			return diag_pkt_too_far(c, v, csize);
		if (v && (v->kind == BV_REG_PKT || v->kind == BV_REG_PKT_META) && v->umax && v->def_insn >= 0) {
			diag_where(c, v->def_insn, "the pointer moved by a variable amount here");
			WHY(c, "R%d points into the packet at a variable offset (up to %" PRIu64 " more, added at insn %ld: `%s`), "
			       "and nothing compared it with data_end after that, so the verifier knows 0 bytes past it "
			       "to be inside the packet. ",
			    msg_reg(c->msg), v->umax, (long)v->def_insn, insn_text(c, v->def_insn, b, sizeof(b)));
			if (!diag_assigned_lvalue(c, v->def_insn, b, sizeof(b)))
				snprintf(b, sizeof(b), "hdr");
			char leave[80];

			leave_stmt(c, pkt_pass(c), leave, sizeof(leave));
			FIX(c, "After computing a header's address from a length field, check it again before reading it: "
			       "`if ((void *)(%s + 1) > data_end) %s`.",
			    b, leave);
			return 1;
		}
		if (global_arg_offset(c))
			return 1;
		WHY(c, "The packet pointer's offset is not bounded well enough to stay inside the packet.");
		FIX(c, "Bound the offset (e.g. a header length) with a constant before adding it to the packet "
		       "pointer, then compare the result with data_end.");
		return 1;
	}
	return 0;
}

/* For a map key or value on the stack: the member, or the padding, that
 * holds the first unwritten byte the call would read (`proto` is a __u8
 * and `dport` a __u16: the byte between them is nobody's). */
static void uninit_hole_member(struct ctx *c, int r)
{
	const struct bv_vreg *p = reg_at(c, c->fstep, r), *m = reg_at(c, c->fstep, 1);
	const struct btf *btf = c->obj && c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct bv_map *map;
	uint32_t id;
	char name[64], ty[64];
	int moff, msize, hole = -1;

	if (!btf || !p || p->kind != BV_REG_STACK || !m || m->kind != BV_REG_MAP_PTR || m->map < 0 ||
	    (size_t)m->map >= c->obj->n_maps || !is_helper_call(c, c->fail) || (r != 2 && r != 3))
		return;
	map = &c->obj->maps[m->map];
	id = r == 2 ? map->btf_key_type_id : map->btf_value_type_id;
	for (int o = 0; id && o < (int)(r == 2 ? map->key_size : map->value_size); o++) {
		int i = -(p->off + o) - 1; /* stack[i] is fp-(i+1) */

		if (i >= 0 && i < c->res->stack_size && c->res->stack[i] == BV_STACK_INVALID) {
			hole = o;
			break;
		}
	}
	if (hole < 0)
		return;
	diag_map_type_name(c, map, r == 2, ty, sizeof(ty));
	if (diag_member_at(btf, id, hole, name, sizeof(name), &moff, &msize, NULL)) {
		WHY(c, " The first of them is `%s` of %s (offset %d), which nothing set.", name, ty, hole);
		return;
	}
	for (int o = hole - 1; o >= 0; o--)
		if (diag_member_at(btf, id, o, name, sizeof(name), &moff, &msize, NULL)) {
			WHY(c, " The first of them is padding the compiler put after `%s` in %s (offset %d): no "
			       "assignment to a member writes it.", name, ty, hole);
			return;
		}
}

static int diag_uninit_stack(struct ctx *c)
{
	int r, off, add, size;

	if (sscanf(c->msg, "invalid indirect read from stack R%d off %d+%d size %d", &r, &off, &add, &size) != 4 &&
	    sscanf(c->msg, "invalid read from stack R%d off %d+%d size %d", &r, &off, &add, &size) != 4 &&
	    /* past the top of the frame it is about size, not unwritten bytes */
	    !(sscanf(c->msg, "invalid read from stack R%d off=%d size=%d", &r, &off, &size) == 3 && off + size <= 0) &&
	    !msg_starts(c->msg, "invalid read from stack off"))
		return 0;
	diag_class(c, "uninit-stack");
	diag_where(c, c->fail, "fails here");
	/* the bytes read: fp-44..fp-41 for "R3 off=-44 size=4"; stack[i] is
	 * fp-(i+1) */
	int rlo = 0, rhi = c->res->stack_size - 1, nread = 0, nholes = 0;

	if (sscanf(c->msg, "invalid read from stack R%*d off=%d size=%d", &off, &size) == 2 ||
	    (sscanf(c->msg, "invalid %*s read from stack R%*d off %d+%d size %d", &off, &add, &size) == 3 &&
	     (off += add, 1)) ||
	    (sscanf(c->msg, "invalid read from stack R%*d off %d+%d size %d", &off, &add, &size) == 3 && (off += add, 1))) {
		if (off < 0 && size > 0 && off + size <= 0) {
			rhi = -off - 1;
			rlo = -(off + size);
		}
	}
	/* past the bytes the frame has allocated so far, nothing was written */
	if (rhi >= 512)
		rhi = 511;
	for (int i = rlo; i <= rhi; i++, nread++)
		nholes += i >= c->res->stack_size || c->res->stack[i] == BV_STACK_INVALID;
	/* every byte read was written, as a dynptr or an iterator: the
	 * kernel keeps those from plain memory arguments */
	int nother = 0;

	for (int i = rlo; i <= rhi && i < c->res->stack_size; i++)
		nother += c->res->stack[i] == BV_STACK_OTHER;
	if (nread && nother == nread && is_helper_call(c, c->fail)) {
		char var[64] = "", hb[64];

		diag_class(c, "dynptr");
		helper_at(c, c->fail, hb, sizeof(hb));
		if (!diag_buffer_var(c, c->fail, r, var, sizeof(var)) || !diag_is_name(var))
			var[0] = '\0';
		WHY(c, "The bytes %s passes as memory (fp-%d..fp-%d%s%s%s) hold a bpf_dynptr or an iterator, which the "
		       "verifier tracks as such: only the dynptr and iterator helpers and kfuncs may be given them, "
		       "never a helper that reads plain bytes.",
		    hb, rhi + 1, rlo + 1, var[0] ? ", `" : "", var, var[0] ? "`" : "");
		FIX(c, "Pass the data the dynptr refers to, not the dynptr: copy it out with `bpf_dynptr_read(buf, "
		       "sizeof(buf), &%s, 0, 0)` and pass `buf`; a dynptr cannot be stored in a map either.",
		    var[0] ? var : "ptr");
		return 1;
	}
	/* a plain variable declared without a value, read whole before
	 * anything wrote it (`__u32 test_passed;`, the path jumping past
	 * `test_passed = 1;`): batch 53's load_bytes_relative */
	{
		char var[64] = "", type[64];
		uint32_t dline;

		if (is_helper_call(c, c->fail) && rhi - rlo < 8 && nholes == nread && nread &&
		    diag_buffer_var(c, c->fail, r, var, sizeof(var)) && diag_is_name(var) && var[0] &&
		    diag_src_bare_decl(c, c->fail, var, type, sizeof(type), &dline) && !strchr(type, '[') &&
		    !strstr(type, "struct ") && !strstr(type, "union ")) {
			WHY(c, "`%s` is read at insn %ld, but nothing on this path wrote it: it is declared without a "
			       "value (`%s %s;`, line %u), and the path reaches the call without passing an assignment to "
			       "it. Without CAP_BPF the kernel refuses to pass uninitialised stack bytes to a helper.",
			    var, c->fail, type, var, dline);
			FIX(c, "Give it a value where it is declared: `%s %s = 0;` (line %u).", type, var, dline);
			return 1;
		}
	}
	WHY(c, "Stack bytes that nothing on this path wrote are read at insn %ld", c->fail);
	{
		/* name the holes in the range that was read */
		int lo = -1, hi = -1, shown = 0;

		int top = rhi < c->res->stack_size - 1 || rlo > 0 ? rhi : c->res->stack_size - 1;

		for (int i = rlo; i <= top && shown < 4; i++) {
			int is_hole = i >= c->res->stack_size || c->res->stack[i] == BV_STACK_INVALID;

			if (is_hole && lo < 0)
				lo = hi = i;
			else if (is_hole)
				hi = i;
			if ((!is_hole || i == top) && lo >= 0) {
				WHY(c, "%s fp-%d..fp-%d", shown ? "," : " (uninitialised:", hi + 1, lo + 1);
				shown++;
				lo = -1;
			}
		}
		if (shown)
			WHY(c, ")");
	}
	WHY(c, ".");
	uninit_hole_member(c, r);
	WHY(c, " A struct passed to a helper usually has padding or fields left unset; without CAP_BPF (or "
	       "for some helpers) the kernel refuses to pass uninitialised bytes.");
	{
		char var[64] = "v";

		if (is_helper_call(c, c->fail))
			diag_buffer_var(c, c->fail, r, var, sizeof(var));
		FIX(c, "Zero the whole object before filling it: `__builtin_memset(&%s, 0, sizeof(%s));` (a `= {}` "
		       "initialiser may leave padding unset), or add explicit padding fields and set them.",
		    var, var);
	}
	return 1;
}

/* Where the jump at i goes back to, when it is a backward jump (not a
 * call or an exit); -1 otherwise. */
static long back_edge_target(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);
	const struct bv_form *f = form_at(c, i);

	if (!in || !f || (BV_CLASS(in->code) != BV_JMP && BV_CLASS(in->code) != BV_JMP32) || f->op == BV_OP_CALL ||
	    f->op == BV_OP_CALL_LOCAL || f->op == BV_OP_EXIT || f->op == BV_OP_CALL_KFUNC || in->off >= 0)
		return -1;
	return i + in->off + 1;
}

/* The loop the walk was going round when it gave up: the backward jump
 * taken most often in the last steps. */
static long busiest_back_edge(const struct ctx *c, long *head)
{
	long best = -1, best_n = 0;

	for (size_t k = c->res->n_steps > 512 ? c->res->n_steps - 512 : 0; k < c->res->n_steps; k++) {
		long i = (long)c->res->steps[k].insn, n = 0, to = back_edge_target(c, i);

		if (to < 0)
			continue;
		for (size_t q = k; q < c->res->n_steps; q++)
			n += c->res->steps[q].insn == (uint32_t)i;
		if (n > best_n) {
			best_n = n;
			best = i;
			*head = to;
		}
	}
	return best;
}

/* A loop around the one from head to edge, taken on the last steps too:
 * its backward jump, -1 if none. */
static long enclosing_loop(const struct ctx *c, long head, long edge)
{
	if (edge < 0)
		return -1;
	for (size_t k = c->res->n_steps > 4096 ? c->res->n_steps - 4096 : 0; k < c->res->n_steps; k++) {
		long i = (long)c->res->steps[k].insn, to = back_edge_target(c, i);

		if (to >= 0 && to <= head && i > edge)
			return i;
	}
	return -1;
}

/* A constant the program returns, by the name its type gives it. */
static void return_words(const struct ctx *c, long long v, char *out, size_t size)
{
	static const char *const tc[] = { [0] = "TC_ACT_OK", [1] = "TC_ACT_RECLASSIFY", [2] = "TC_ACT_SHOT",
					  [3] = "TC_ACT_PIPE", [4] = "TC_ACT_STOLEN", [7] = "TC_ACT_REDIRECT" };
	static const char *const xdp[] = { "XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX", "XDP_REDIRECT" };
	/* the type the program is judged as (`--type` for a section that names none) */
	uint32_t pt = c->prog->type ? c->prog->type : c->prog->sec.prog_type;
	const char *w = NULL;

	if ((pt == BV_PROG_SCHED_CLS || pt == BV_PROG_SCHED_ACT) && v >= 0 && v < (long long)(sizeof(tc) / sizeof(tc[0])))
		w = tc[v];
	else if (pt == BV_PROG_XDP && v >= 0 && v < (long long)(sizeof(xdp) / sizeof(xdp[0])))
		w = xdp[v];
	if (w)
		snprintf(out, size, "%s", w);
	else
		snprintf(out, size, "%lld", v);
}

/* Where clang jumped from a test straight to the shared exit (the return
 * between them has no line of its own): the test's `if (...)` line, and
 * `return V;` with the constant R0 holds at the exit. */
/* `return V;` with the constant R0 holds at the failing exit, in the words
 * of the program's type; false when R0 is not one constant. */
static bool exit_return(const struct ctx *c, char *ret, size_t rsize)
{
	const struct bv_vreg *r0 = reg_at(c, c->fstep, 0);
	char v[32];

	if (!r0 || r0->kind != BV_REG_SCALAR || r0->umin != r0->umax)
		return false;
	return_words(c, (long long)r0->smin, v, sizeof(v));
	snprintf(ret, rsize, "return %s;", v);
	return true;
}

static void guarded_exit(const struct ctx *c, long stop, char *cond, size_t csize, char *ret, size_t rsize)
{
	char r[64];

	if (!exit_return(c, r, sizeof(r)))
		return;
	for (long k = (long)c->res->n_steps - 1; k > stop; k--) {
		long i = (long)c->res->steps[k].insn;
		const char *u;

		if (!is_cond_jump(c, i))
			continue;
		u = diag_src_text(c, i);
		if (!u || strncmp(u, "if (", 4) || strchr(u, '{') || u[strlen(u) - 1] != ')' || strlen(u) >= csize)
			return;
		snprintf(cond, csize, "%s", u);
		snprintf(ret, rsize, "%s", r);
		return;
	}
}

/* The program destroys iterators of this kind somewhere: a path that
 * leaks one left the loop early, past the destroy. */
static bool destroys(const struct ctx *c, const char *kind)
{
	char want[64];

	snprintf(want, sizeof(want), "bpf_iter_%s_destroy", kind);
	return diag_first_call(c, want) >= 0;
}

/* The `return ...;` by which the failing path leaves an open-coded loop
 * (the last iterator call before the exit), and the `if (...)` guarding
 * it when that is on a line of its own; false when the path has none. */
static bool early_return(const struct ctx *c, char *cond, size_t csize, char *ret, size_t rsize)
{
	const char *t, *p;
	int op;
	long k;

	cond[0] = ret[0] = '\0';
	for (k = (long)c->res->n_steps - 1; k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;
		char b[64];

		if (is_call(c, i) && iter_kfunc(helper_at(c, i, b, sizeof(b)), &op) >= 0)
			break;
		if (!(t = diag_src_text(c, i)))
			continue;
		if (!strncmp(t, "return", 6) && strlen(t) < rsize) {
			snprintf(ret, rsize, "%s", t);
			cond[0] = '\0';
			/* the guard on the line before it on the path */
			for (long j = k - 1; j >= 0; j--) {
				const char *u = diag_src_text(c, (long)c->res->steps[j].insn);

				if (!u || u == t)
					continue;
				if (!strncmp(u, "if (", 4) && !strchr(u, '{') && u[strlen(u) - 1] == ')' &&
				    strlen(u) < csize)
					snprintf(cond, csize, "%s", u);
				break;
			}
		} else if (!strncmp(t, "if (", 4) && (p = strstr(t, ") return")) && t[strlen(t) - 1] == ';' &&
			   !strchr(t, '{') && (size_t)(p + 1 - t) < csize && strlen(p + 2) < rsize) {
			snprintf(cond, csize, "%.*s", (int)(p + 1 - t), t);
			snprintf(ret, rsize, "%s", p + 2);
		}
	}
	if (k >= 0 && !ret[0])
		guarded_exit(c, k, cond, csize, ret, rsize);
	return k >= 0 && ret[0];
}

/* The variable of a `while (x) {` line, its whole condition: false for
 * another line or a condition that is not a plain name. */
static bool while_var(const char *w, char *x, size_t size)
{
	size_t n;

	if (!w || strncmp(w, "while (", 7))
		return false;
	n = strcspn(w + 7, ")");
	if (!n || n >= size || strcmp(w + 7 + n, ") {") != 0)
		return false;
	snprintf(x, size, "%.*s", (int)n, w + 7);
	return diag_is_name(x);
}

/* `while (x) { x &= x - 1; ... }` or `x >>= 1`: the loop ends within the
 * width of x, which the verifier cannot know (each round x is unknown
 * again, seen in batch 39).  The fix names the width as the loop's bound;
 * false when the loop is not of that shape. */
static bool bit_loop_fix(struct ctx *c, long head, long edge)
{
	const char *w = diag_src_text(c, edge), *p;
	char x[64], pat[160];
	int width;
	long rounds = 0;
	bool shifts = false;

	if (!while_var(w, x, sizeof(x)))
		return false;
	for (long i = head; i < edge && !rounds; i++) {
		const char *t = diag_src_text(c, i);
		const struct bv_insn *in = insn_at(c, i);

		if (!t || !in)
			continue;
		width = BV_CLASS(in->code) == BV_ALU ? 32 : 64;
		snprintf(pat, sizeof(pat), "%s &= %s - 1;", x, x);
		if (strstr(t, pat))
			rounds = width;
		snprintf(pat, sizeof(pat), "%s >>= ", x);
		if (!rounds && (p = strstr(t, pat)) && atoi(p + strlen(pat)) > 0) {
			rounds = (width + atoi(p + strlen(pat)) - 1) / atoi(p + strlen(pat));
			shifts = true;
		}
	}
	if (!rounds)
		return false;
	FIX(c, "`%s` ends within %ld rounds, since each one %s, but the verifier cannot see that: at every round `%s` "
	       "is an unknown number again. Say it with a counter: replace `%s` with `for (int i = 0; i < %ld && %s; "
	       "i++) {`.",
	    w, rounds, shifts ? "shifts it right" : "clears its lowest set bit", x, w, rounds, x);
	return true;
}

/* The `return ...;` line the failing path takes after the branch at br
 * (its last visit), or else what R0 holds at the failing exit. */
static bool path_return(const struct ctx *c, long br, char *ret, size_t rsize)
{
	long kb = step_of(c, (long)c->res->n_steps, br);

	for (long k = kb + 1; kb >= 0 && k < (long)c->res->n_steps; k++) {
		const char *t = diag_src_text(c, (long)c->res->steps[k].insn);

		if (t && !strncmp(t, "return", 6) && strlen(t) < rsize) {
			snprintf(ret, rsize, "%s", t);
			return true;
		}
	}
	return exit_return(c, ret, rsize);
}

/* The `if (...)` of the branch at insn br, on a line of its own, and the
 * `return ...;` the failing path takes after it (from R0 at the exit when
 * the return has no line of its own): false when either is missing. */
bool diag_return_after(const struct ctx *c, long br, char *cond, size_t csize, char *ret, size_t rsize)
{
	const char *u = diag_src_text(c, br), *p;

	cond[0] = ret[0] = '\0';
	if (!u || strncmp(u, "if (", 4) || strlen(u) >= csize)
		return false;
	if (strchr(u, '{')) {
		/* `if (...) {` whose block is just `return X;` */
		const struct bv_line_info *bl = bv_prog_line_at(c->prog, (size_t)br);
		char r1[160], r2[16];
		size_t n = strlen(u);

		if (!bl || n < 3 || strcmp(u + n - 3, ") {") || strchr(u, '{') != u + n - 1 ||
		    !diag_src_line_at(c, br, bl->line_num + 1, r1, sizeof(r1)) ||
		    !diag_src_line_at(c, br, bl->line_num + 2, r2, sizeof(r2)) || strcmp(r2, "}") ||
		    strncmp(r1, "return", 6) || (r1[6] != ' ' && r1[6] != ';') || r1[strlen(r1) - 1] != ';' ||
		    strlen(r1) >= rsize)
			return false;
		snprintf(cond, csize, "%.*s", (int)(n - 2), u);
		snprintf(ret, rsize, "%s", r1);
		return true;
	}
	if ((p = strstr(u, ") return")) && u[strlen(u) - 1] == ';' && strlen(p + 2) < rsize) {
		snprintf(cond, csize, "%.*s", (int)(p + 1 - u), u);
		snprintf(ret, rsize, "%s", p + 2);
		return true;
	}
	if (u[strlen(u) - 1] != ')')
		return false;
	snprintf(cond, csize, "%s", u);

	/* the statement on the next line, as written: a `return;` of an
	 * inlined void function has no instruction, and the path runs on to
	 * the caller's return */
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)br);
	char next[160];

	if (li && diag_src_line_at(c, br, li->line_num + 1, next, sizeof(next)) && strlen(next) < rsize &&
	    next[strlen(next) - 1] == ';' && (!strncmp(next, "return;", 7) || !strncmp(next, "return ", 7))) {
		snprintf(ret, rsize, "%s", next);
		return true;
	}
	/* `if (...) goto out;` that this path does not take (it goes on to
	 * the line below): the return further down is not this branch's */
	char label[64];

	if (li && diag_src_line_at(c, br, li->line_num + 1, next, sizeof(next)) &&
	    sscanf(next, "goto %63[A-Za-z0-9_];", label) == 1) {
		long kb = step_of(c, (long)c->res->n_steps, br);
		uint32_t ll = diag_src_label_line(c, br, label), nl = 0;

		for (long k = kb + 1; kb >= 0 && k < (long)c->res->n_steps && !nl; k++) {
			const struct bv_line_info *lk = bv_prog_line_at(c->prog, (size_t)c->res->steps[k].insn);

			if (lk && lk->line_num && lk->line_num != li->line_num)
				nl = lk->line_num;
		}
		if (ll > li->line_num && nl && nl < ll)
			return false;
	}
	return path_return(c, br, ret, rsize);
}

/* "infinite loop detected" at a `while (p) {` that follows a chain (`p =
 * BPF_CORE_READ(p, parent)`): each round reads p anew, and a round whose
 * state is the one before looks endless (batch 41's process-tree walk). */
static int diag_chain_walk(struct ctx *c)
{
	const char *w = NULL;
	char x[64], pat[80];
	bool moves = false;

	if (!msg_starts(c->msg, "infinite loop detected"))
		return 0;
	for (long i = c->fail + 2; i >= 0 && i > c->fail - 48 && !w; i--) {
		const char *t = diag_src_text(c, i);

		if (t && !strncmp(t, "while (", 7))
			w = t;
	}
	if (!while_var(w, x, sizeof(x)))
		return 0;
	snprintf(pat, sizeof(pat), "%s = ", x);
	for (long i = c->fail - 48 > 0 ? c->fail - 48 : 0; i <= c->fail + 2 && !moves; i++) {
		const char *t = diag_src_text(c, i);

		moves = t && !strncmp(t, pat, strlen(pat)) && strstr(t + strlen(pat), x);
	}
	if (!moves)
		return 0;
	diag_class(c, "loop-too-complex");
	diag_where(c, c->fail, "the loop came back here in a state it had seen");
	WHY(c, "`%s` follows a chain whose end the verifier cannot see: each round reads `%s` anew, an unknown "
	       "number or pointer, so a round ends in the state it began with, and the verifier, which cannot tell "
	       "that this ever stops, refuses the loop.",
	    w, x);
	FIX(c, "Give the walk a constant bound: replace `%s` with `for (int i = 0; i < 64 && %s; i++) {` (64 "
	       "steps; choose the longest chain you need to follow).",
	    w, x);
	return 1;
}

/* The release kfunc for what bpf_kptr_xchg() at acq returned: the one
 * the program itself calls on that variable elsewhere
 * (`bpf_task_release(kptr);`), or, from a log, the one of the type the
 * log printed (`ptr_or_null_task_struct`). */
static const char *release_of_type(const struct ctx *c, long acq, char *buf, size_t size)
{
	long k = step_of(c, c->fstep, acq);
	const struct bv_vreg *r0 = k >= 0 && k + 1 < (long)c->res->n_steps ? reg_at(c, k + 1, 0) : NULL;
	char var[64], pat[80];

	if (r0 && !strncmp(r0->type, "ptr_or_null_", 12) && r0->type[12])
		return diag_release_of(r0->type + 12, NULL);
	if (!diag_assigned_var(c, acq, var, sizeof(var)))
		return NULL;
	snprintf(pat, sizeof(pat), "_release(%s);", var);
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p = t ? strstr(t, pat) : NULL, *b;

		if (!p)
			continue;
		for (b = p; b > t && (isalnum((unsigned char)b[-1]) || b[-1] == '_');)
			b--;
		if (!strncmp(b, "bpf_", 4) && (size_t)(p - b) + 9 < size) {
			snprintf(buf, size, "%.*s_release", (int)(p - b), b);
			return buf;
		}
	}
	return NULL;
}

/* The innermost `if (...) {` block the path leaves the program from,
 * after step `from`, with the block's own `return ...;` read from the
 * source file (clang often merges that return with the function's last
 * one, so line info has no line for it): its branch, or -1.  The path
 * must stay in the block's lines until the exit, bar the few merged
 * instructions of the exit itself. */
static long leaving_block(const struct ctx *c, long from, char *ret, size_t rsize)
{
	char blk[4096];

	for (long k = (long)c->res->n_steps - 1; k > from && k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;
		const char *t = is_cond_jump(c, i) ? diag_src_text(c, i) : NULL;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);
		uint32_t last;
		long out = 0;

		if (!t || strncmp(t, "if (", 4) || strlen(t) < 4 || strcmp(t + strlen(t) - 3, ") {"))
			continue;
		if (!li || !diag_src_block(c, i, blk, sizeof(blk)) || !diag_block_return(blk, ret, rsize))
			return -1;
		last = li->line_num;
		for (const char *q = blk; *q; q++)
			last += *q == '\n';
		for (long j = k + 1; j < (long)c->res->n_steps; j++) {
			const struct bv_line_info *lj = bv_prog_line_at(c->prog, (size_t)c->res->steps[j].insn);

			if (lj && (lj->line_num < li->line_num || lj->line_num > last ||
				   (lj->file && li->file && strcmp(lj->file, li->file))))
				out++;
			else if (out)
				return -1;
		}
		return out <= 3 ? i : -1;
	}
	return -1;
}

/* The `return ...;` a leaking path takes in fn, the function that took
 * the reference: the path's last instruction in fn is on that return's
 * line, or on the statement right before it (batch 72: a call, then
 * `return TC_ACT_OK;` merged with the caller's own exit).  Its line into
 * *line, the statement before it into *prev (0 when the path is on the
 * return itself); 0 when the path leaves fn any other way. */
static int fn_leaves_by(const struct ctx *c, long after, const struct diag_srcfn *fn, char *ret, size_t rsize,
			uint32_t *line, uint32_t *prev)
{
	char t[160];

	for (long k = (long)c->res->n_steps - 1; k > after && k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (!li || !li->line_num || !diag_in_src_fn(c, i, fn))
			continue;
		*prev = 0;
		for (uint32_t n = li->line_num; n <= li->line_num + 2; n++) {
			if (!diag_src_line_at(c, i, n, t, sizeof(t)))
				return 0;
			if (!t[0])
				continue;
			if (!strncmp(t, "return", 6) && (t[6] == ' ' || t[6] == ';') && t[strlen(t) - 1] == ';' &&
			    strlen(t) < rsize) {
				snprintf(ret, rsize, "%s", t);
				*line = n;
				return 1;
			}
			/* one whole statement may come before it, no block edge */
			if (n > li->line_num || t[strlen(t) - 1] != ';')
				return 0;
			*prev = n;
		}
		return 0;
	}
	return 0;
}

/* The `if (...) {` of the branch at br, a block on the failing path, and
 * the `return ...;` the path takes in it; false for anything else. */
static bool block_return(const struct ctx *c, long br, char *cond, size_t csize, char *ret, size_t rsize)
{
	const char *u = diag_src_text(c, br);

	if (!u || strncmp(u, "if (", 4) || strcmp(u + strlen(u) - 3, ") {") || strlen(u) >= csize ||
	    step_of(c, (long)c->res->n_steps, br) < 0)
		return false;
	snprintf(cond, csize, "%s", u);
	return path_return(c, br, ret, rsize);
}

/* On the failing path, the first instruction after the socket's last use
 * (its variable a whole word of the line), when that use comes before the
 * branch that leaks and the next line is a statement of its own: where one
 * release covers every later path.  -1 when the socket is used at or
 * after the branch. */
static long sk_done_at(const struct ctx *c, long acq, long branch, const char *sk)
{
	long n = (long)c->res->n_steps, ka = step_of(c, n, acq), kb = branch >= 0 ? step_of(c, n, branch) : -1, last = -1;
	const struct bv_line_info *ll, *nl;
	const char *t;

	if (ka < 0 || kb <= ka)
		return -1;
	for (long k = ka + 1; k < n; k++)
		if ((t = diag_src_text(c, (long)c->res->steps[k].insn)) && diag_has_word(t, sk))
			last = k;
	if (last < 0 || last >= kb || last + 1 >= n)
		return -1;
	long next = (long)c->res->steps[last + 1].insn;
	struct diag_srcfn af;

	/* the variable lives in the function that took the socket: a
	 * release in its caller would not compile */
	if (diag_src_function(c, acq, &af) && !diag_in_src_fn(c, next, &af))
		return -1;

	ll = bv_prog_line_at(c->prog, (size_t)c->res->steps[last].insn);
	nl = bv_prog_line_at(c->prog, (size_t)next);
	if (!ll || !nl || nl->line_num <= ll->line_num || !(t = diag_src_text(c, next)) || diag_has_word(t, sk) ||
	    t[0] == '}' || !strncmp(t, "return", 6))
		return -1;
	/* another path still uses it below (its own release, most often), or
	 * the last use made an object of it (`tp = bpf_tcp_sock(sk);`) that
	 * the release would end too */
	const char *lt = diag_src_text(c, (long)c->res->steps[last].insn), *eq = lt ? strstr(lt, " = ") : NULL;

	if (diag_src_word_below(c, next, sk, nl->line_num) || (eq && strchr(eq, '(') && strstr(eq, sk)))
		return -1;
	return next;
}

/* The variable that holds the socket taken at acq given another value on
 * the path (`sk = bpf_map_lookup_elem(&server_map, &zero);` after a
 * lookup kept only when it fails): the first socket is then out of
 * reach.  The fix releases it after its last use before that.  1 when
 * told. */
static int sk_overwritten(struct ctx *c, long acq, const char *sk)
{
	long n = (long)c->res->n_steps, ka = step_of(c, n, acq), over = -1, last = -1;
	const struct bv_line_info *al = bv_prog_line_at(c->prog, (size_t)acq), *ol, *ll;
	char lhs[64], next[160];
	const char *t;

	if (ka < 0 || !al || !diag_is_name(sk) || !*sk)
		return 0;
	for (long k = ka + 1; k < n && over < 0; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (li && li->line_num != al->line_num && is_helper_call(c, i) &&
		    diag_assigned_var(c, i, lhs, sizeof(lhs)) && !strcmp(lhs, sk))
			over = k;
	}
	if (over < 0 || !(ol = bv_prog_line_at(c->prog, (size_t)c->res->steps[over].insn)))
		return 0;
	/* its last use between the two lines */
	for (long k = over - 1; k > ka && last < 0; k--) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (li && li->line_num != al->line_num && li->line_num != ol->line_num &&
		    (t = diag_src_text(c, i)) && diag_has_word(t, sk))
			last = k;
	}
	if (last < 0)
		return 0;
	long oi = (long)c->res->steps[over].insn, li_ = (long)c->res->steps[last].insn;

	ll = bv_prog_line_at(c->prog, (size_t)li_);
	t = diag_src_text(c, li_);
	if (!ol || !ll || !t)
		return 0;
	diag_where(c, oi, "the variable given another socket here");
	WHY(c, " On this path `%s` is given another socket at line %u while it still holds this one, which is then "
	       "out of reach: nothing can release it.",
	    sk, ol->line_num);
	/* an `if (...)` whose statement is on the next line */
	char stmt[400];

	snprintf(stmt, sizeof(stmt), "%s", t);
	if (!strncmp(t, "if (", 4) && t[strlen(t) - 1] == ')' &&
	    diag_src_line_at(c, li_, ll->line_num + 1, next, sizeof(next)) && next[0] && next[strlen(next) - 1] == ';')
		snprintf(stmt, sizeof(stmt), "%s %s", t, next);
	FIX(c, "Release the first socket once done with it, before `%s` takes another: `bpf_sk_release(%s);` right "
	       "after `%s` (line %u), ahead of line %u (`%s`). Every path that leaves after a successful lookup must "
	       "call bpf_sk_release() once.",
	    sk, sk, stmt, ll->line_num, ol->line_num, diag_src_text(c, oi));
	return 1;
}

static bool for_bound_fix(struct ctx *c, long i, const char *t, uint32_t line);

/* A stack frame as the JIT lays it out, a multiple of 16 bytes. */
static int frame_bytes(int stack)
{
	return (stack + 15) / 16 * 16;
}

/* The first instruction of the function starting at st that has a line
 * of the body, past the header's (within its first 64): where a buffer
 * the function declares first is.  -1 when none. */
static long body_first_insn(const struct ctx *c, long st)
{
	const struct bv_line_info *h = bv_prog_line_at(c->prog, (size_t)st);

	for (long k = st; h && k < st + 64 && k < (long)c->prog->n_insns; k++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)k);

		if (li && li->line_num && li->line_num != h->line_num)
			return k;
	}
	return -1;
}

/* The chain of calls from function f (an index into c->res->funcs) whose
 * frames, each rounded up to 16 bytes as the JIT lays them out, first
 * exceed 512 bytes, as the kernel's walk meets it: calls frames deep,
 * need bytes in all.  Its length into path, 0 when no chain matches. */
static int deep_chain(const struct ctx *c, int f, int depth, int *path, int n, int calls, int need)
{
	if (n >= 16 || f < 0 || f >= c->res->n_funcs || c->res->funcs[f].start == UINT32_MAX)
		return 0;
	path[n++] = f;
	depth += frame_bytes(c->res->funcs[f].stack);
	if (depth > 512)
		return n == calls && depth == need ? n : 0;
	uint32_t end = UINT32_MAX;

	for (int g = 0; g < c->res->n_funcs; g++)
		if (c->res->funcs[g].start > c->res->funcs[f].start && c->res->funcs[g].start < end)
			end = c->res->funcs[g].start;
	for (uint32_t i = c->res->funcs[f].start; i < end && i < c->prog->n_insns; i++) {
		const struct bv_insn *in = insn_at(c, (long)i);
		int64_t t;

		if (!in || in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_CALL)
			continue;
		t = (int64_t)i + in->imm + 1;
		for (int g = 0; g < c->res->n_funcs; g++) {
			int k;

			if ((int64_t)c->res->funcs[g].start == t && (k = deep_chain(c, g, depth, path, n, calls, need)))
				return k;
		}
	}
	return 0;
}

static int diag_special(struct ctx *c)
{
	char code[640];

	if (diag_chain_walk(c))
		return 1;

	if (strstr(c->msg, "pointer arithmetic with <<= operator prohibited") && field_sum_fix(c, code, sizeof(code))) {
		diag_class(c, "pointer-arithmetic");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The line adds to a 32-bit field of the context (`->data` is a __u32 in the struct C sees), so "
		       "the sum is a 32-bit number and the compiler cuts it to 32 bits with a shift; to the verifier the "
		       "field is a packet pointer, and it lets no shift touch a pointer.");
		FIX(c, "Make pointers from the fields first and add to those: `%s`.", code);
		return 1;
	}
	char b[64];

	if (strstr(c->msg, "BPF program is too large")) {
		long head = -1, edge = busiest_back_edge(c, &head), outer = enclosing_loop(c, head, edge);

		diag_class(c, "loop-too-complex");
		diag_where(c, c->fail, "where the walk gave up");
		if (outer >= 0) {
			diag_where(c, edge, "the inner loop jumps back here");
			diag_where(c, outer, "the outer loop jumps back here");
			WHY(c, "The walk gave up inside two nested loops: the inner one jumps back at insn %ld, the outer one, "
			       "around it, at insn %ld. The verifier follows every round of the inner loop on every "
			       "round of the outer one, and each way out of the inner loop (a break, or leaving after a "
			       "different number of rounds) hands the outer loop a state of its own, with a different "
			       "pointer or counter: the states multiply round after round instead of converging, and a "
			       "million instructions are not enough, however small each bound is.",
			    edge, outer);
			FIX(c, "Flatten the inner loop: when it only steps a pointer or a counter (skipping a length-prefixed "
			       "label or option byte by byte), replace it with one step and one bounds check (`p += len + 1; "
			       "if ((void *)(p + 1) > data_end) break;`). Otherwise put the outer loop's body in a callback "
			       "for bpf_loop(), which the verifier checks once, or lower the bounds.");
			return 1;
		}
		if (edge >= 0) {
			diag_where(c, edge, "the loop that does not end");
			diag_where(c, head, "the loop's start");
			WHY(c, "The verifier walked a million instructions, most of them round the loop jumping back at "
			       "insn %ld: either its exit condition depends on a value the verifier cannot bound, so every "
			       "round is a new state, or it sits inside another loop and is walked again, from a new state, "
			       "on every round of that one; either way the walk never converges.",
			    edge);
		} else {
			WHY(c, "The verifier walked a million instructions without finishing: too many paths through the "
			       "program, or a loop whose bound it cannot see.");
		}
		if (edge >= 0 && bit_loop_fix(c, head, edge))
			return 1;
		/* a `for` whose own bound the verifier cannot see */
		for (long e = edge; e >= 0; e = e == edge && head >= 0 && head != edge ? head : -1) {
			const char *ft = diag_src_text(c, e);
			const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)e);

			if (ft && fl && for_bound_fix(c, e, ft, fl->line_num))
				return 1;
		}
		FIX(c, "Give the loop a constant bound the verifier can see (`for (i = 0; i < 256 && i < n; i++)`), or "
		       "move its body into a callback for bpf_loop(n, cb, &ctx, 0), which the verifier checks once; an "
		       "inner loop that only steps a pointer over a length-prefixed field becomes one step and one "
		       "bounds check (`p += len + 1;`).");
		return 1;
	}
	if (msg_starts(c->msg, "tail_calls are not allowed when call stack of previous frames is")) {
		int prev = atoi(c->msg + strlen("tail_calls are not allowed when call stack of previous frames is "));
		const char *fn = NULL;

		diag_class(c, "stack-too-large");
		/* the function that makes the tail call, and those above it */
		for (int i = 0; i < c->res->n_funcs; i++) {
			const struct bv_func_info *fi =
				c->res->funcs[i].start != UINT32_MAX ? func_of(c, (long)c->res->funcs[i].start) : NULL;

			if (c->res->funcs[i].start == UINT32_MAX)
				continue;
			if (i == c->res->n_funcs - 1) {
				diag_where(c, c->res->funcs[i].start, "the function that makes the tail call");
				fn = fi && fi->name ? fi->name : NULL;
			} else if (c->res->funcs[i].stack) {
				diag_where(c, c->res->funcs[i].start, "a caller's stack frame");
			}
		}
		WHY(c, "A tail call replaces only the frame of the function that makes it: the frames of its callers, %d "
		       "bytes here, stay on the stack, and a chain of up to 33 tail calls could pile them up. So the kernel "
		       "takes a tail call in a called function only when its callers' frames add up to less than 256 "
		       "bytes.",
		    prev);
		FIX(c, "Make the tail call from the program's own function: mark %s%s%s `static __always_inline` so "
		       "its tail call is made in the caller's frame, or return a value the caller tail-calls on; or move "
		       "the callers' large buffers into a per-CPU array map with one entry (`bpf_map_lookup_elem(&scratch, "
		       "&zero)`) to bring them under 256 bytes",
		    fn ? "" : "the function", fn ? fn : "", fn ? "()" : "");
		/* the buffers by name, from the file: a line of the caller's body */
		bool named = false;

		for (int i = 0; i < c->res->n_funcs - 1; i++) {
			long st = c->res->funcs[i].start == UINT32_MAX ? -1 : (long)c->res->funcs[i].start;
			const struct bv_func_info *fi = st >= 0 ? func_of(c, st) : NULL;
			long k = st >= 0 && c->res->funcs[i].stack ? body_first_insn(c, st) : -1;
			char an[48];
			long alen;
			uint32_t aline;

			if (k >= 0 && diag_src_big_array(c, k, an, sizeof(an), &alen, &aline) && alen >= 32) {
				FIX(c, "%s `%s[%ld]` (line %u%s%s%s)", named ? "," : ":", an, alen, aline,
				    fi && fi->name ? ", in " : "", fi && fi->name ? fi->name : "", fi && fi->name ? "()" : "");
				named = true;
			}
		}
		FIX(c, ".");
		return 1;
	}
	if (strstr(c->msg, "combined stack size") || strstr(c->msg, "is too large") ) {
		int total = 0;

		if (!strstr(c->msg, "stack"))
			return 0;
		diag_class(c, "stack-too-large");
		int chain[16], nc = 0, calls = 0, need = 0;

		if (sscanf(c->msg, "combined stack size of %d calls is %d", &calls, &need) == 2)
			nc = deep_chain(c, 0, 0, chain, 0, calls, need);
		if (nc > 0) {
			int big = chain[0];

			WHY(c, "The chain of calls");
			for (int k = 0; k < nc; k++) {
				const struct bv_func_info *fi = func_of(c, (long)c->res->funcs[chain[k]].start);
				int st = c->res->funcs[chain[k]].stack;

				WHY(c, "%s %s() (%d byte%s%s)", k ? " ->" : "", fi && fi->name ? fi->name : "?", st,
				    st == 1 ? "" : "s", st % 16 ? ", rounded up to a multiple of 16" : "");
				if (st > c->res->funcs[big].stack)
					big = chain[k];
			}
			WHY(c, " needs %d bytes of stack at its deepest, more than the 512 the kernel allows a call chain; "
			       "each function's frame is on the stack while the functions it calls run.",
			    need);
			long st = (long)c->res->funcs[big].start;
			const struct bv_func_info *bf = func_of(c, st);
			int room = 512 - (need - frame_bytes(c->res->funcs[big].stack));
			char an[48];
			long alen = 0, first = body_first_insn(c, st);
			uint32_t aline = 0;
			const char *decl = NULL;
			const struct bv_line_info *dl = first >= 0 ? bv_prog_line_at(c->prog, (size_t)first) : NULL;

			diag_where(c, st, "the largest frame of the chain");
			for (int k = 0; k < nc; k++)
				if (chain[k] != big && c->res->funcs[chain[k]].stack >= 64)
					diag_where(c, (long)c->res->funcs[chain[k]].start, "another frame of the chain");
			/* its buffer by name, from the file: the first line of its
			 * body; a size the line spells with a macro, as written */
			if (first >= 0) {
				if (!diag_src_big_array(c, first, an, sizeof(an), &alen, &aline) || alen < 32)
					alen = 0;
				decl = diag_src_text(c, first);
				if (decl && (!strchr(decl, '[') || !strchr(decl, ']') || strchr(decl, '(')))
					decl = NULL;
			}
			if (alen)
				FIX(c, "Move `%s[%ld]` (line %u, in %s()) into a per-CPU array map with one entry "
				       "(`bpf_map_lookup_elem(&scratch, &zero)`), or shrink it: the rest of the chain leaves "
				       "%s() %d bytes of frame, and it has %d.",
				    an, alen, aline, bf && bf->name ? bf->name : "the function", bf && bf->name ? bf->name : "it",
				    room, c->res->funcs[big].stack);
			else if (decl)
				FIX(c, "Move the buffer of line %u, `%s` (in %s()), into a per-CPU array map with one entry "
				       "(`bpf_map_lookup_elem(&scratch, &zero)`), or shrink it: the rest of the chain leaves "
				       "%s() %d bytes of frame, and it has %d.",
				    dl->line_num, decl, bf && bf->name ? bf->name : "the function",
				    bf && bf->name ? bf->name : "it", room, c->res->funcs[big].stack);
			else
				FIX(c, "Move %s()'s large buffers into a per-CPU array map with one entry "
				       "(`bpf_map_lookup_elem(&scratch, &zero)`), or bring its frame to %d bytes or less (it "
				       "has %d); or call it from a shallower place in the chain.",
				    bf && bf->name ? bf->name : "the largest function", room, c->res->funcs[big].stack);
			return 1;
		}
		for (int i = 0; i < c->res->n_funcs; i++)
			if (c->res->funcs[i].stack >= 64 && c->res->funcs[i].start != UINT32_MAX)
				diag_where(c, c->res->funcs[i].start, "a function with a large stack frame");
		WHY(c, "The functions of one call chain together need more than the 512 bytes of stack the kernel "
		       "allows (%s).",
		    c->msg);
		if (c->res->n_funcs) {
			WHY(c, " Stack use per function:");
			for (int i = 0; i < c->res->n_funcs; i++) {
				WHY(c, " %s%d bytes", i ? "+ " : "", c->res->funcs[i].stack);
				total += c->res->funcs[i].stack;
			}
			WHY(c, ".");
		}
		FIX(c, "Move the large buffers off the stack into a per-CPU array map with one entry "
		       "(`bpf_map_lookup_elem(&scratch, &zero)`), or share one buffer between the functions.");
		(void)total;
		return 1;
	}
	if (strstr(c->msg, "reference leak") || msg_starts(c->msg, "Unreleased reference")) {
		long acq = -1, branch = -1, alloc = -1;
		const char *a = c->res->detail ? strstr(c->res->detail, "alloc_insn=") : NULL;
		int op, kind;

		diag_class(c, "reference-leak");
		/* the kernel names the instruction that took it */
		if (a && sscanf(a, "alloc_insn=%ld", &alloc) == 1 && insn_at(c, alloc))
			acq = alloc;
		for (long k = (long)c->res->n_steps - 1; k >= 0; k--) {
			long i = (long)c->res->steps[k].insn;
			const struct bv_insn *in = insn_at(c, i);
			const struct bv_helper *h;

			if (branch < 0 && is_cond_jump(c, i))
				branch = i;
			if (acq >= 0 && branch >= 0)
				break;
			if (acq < 0 && in && in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_KFUNC_CALL &&
			    iter_kfunc(helper_at(c, i, b, sizeof(b)), &op) >= 0 && op == ITER_OP_NEW) {
				acq = i;
				break;
			}
			if (acq < 0 && is_helper_call(c, i) && (h = bv_helper_by_id(in->imm)) &&
			    (strstr(h->name, "ringbuf_reserve") || strstr(h->name, "sk_lookup") || strstr(h->name, "skc_lookup") ||
			     !strcmp(h->name, "get_task_stack"))) {
				acq = i;
				break;
			}
		}
		/* taken in a function of its own (inlined: batch 71's
		 * classify_udp()), whose variable holds it: the branch that
		 * matters is that function's last on the path, where it
		 * returns still holding it, not the caller's */
		struct diag_srcfn af;

		if (acq >= 0 && branch >= 0 && own_fn_at(c, acq, &af) && !diag_in_src_fn(c, branch, &af)) {
			long ka = step_of(c, (long)c->res->n_steps, acq);

			for (long k = (long)c->res->n_steps - 1; ka >= 0 && k > ka; k--) {
				long i = (long)c->res->steps[k].insn;

				if (is_cond_jump(c, i) && diag_in_src_fn(c, i, &af)) {
					branch = i;
					break;
				}
			}
		}
		diag_where(c, c->fail, "the program leaves here");
		if (branch >= 0)
			diag_where(c, branch, "on the path through this branch");
		if (acq >= 0)
			diag_where(c, acq, "the reference taken here");
		{
			const char *what = "a reference (a ring buffer reservation, a socket, an iterator)";

			if (acq >= 0) {
				helper_at(c, acq, b, sizeof(b));
				what = strstr(b, "_ct_") ? "a conntrack entry, and with it a reference on the entry"
				       : strstr(b, "lookup") ? "a socket, and with it a reference on the socket"
				       : strstr(b, "ringbuf_reserve") ? "a ring buffer reservation"
				       : strstr(b, "iter_") ? "an iterator"
				       : strstr(b, "kptr_xchg") ? "the reference the map held"
				       : insn_at(c, acq)->src == BV_PSEUDO_KFUNC_CALL ? "a reference on a kernel object"
				       : what;
			}
			if (acq >= 0)
				WHY(c, "%s at insn %ld takes ", b, acq);
			else
				WHY(c, "A call earlier on this path takes ");
			WHY(c, "%s that must be released before the program exits, and this path reaches the exit at "
			       "insn %ld without releasing it.",
			    what, c->fail);
		}
		if (acq >= 0 && (kind = iter_kfunc(helper_at(c, acq, b, sizeof(b)), &op)) >= 0 && op == ITER_OP_NEW) {
			const char *k = iter_kind_name(kind);
			char it[64], cond[160], ret[160];

			if (!diag_call_arg(c, acq, 1, it, sizeof(it)))
				snprintf(it, sizeof(it), "&it");
			if (destroys(c, k) && early_return(c, cond, sizeof(cond), ret, sizeof(ret))) {
				FIX(c, "Destroy the iterator before leaving the loop on this path: `%s%s{ bpf_iter_%s_destroy(%s); "
				       "%s }`. Every path after bpf_iter_%s_new() must call it once, early returns and breaks "
				       "included; %s destroy%s it when the loop's scope ends.",
				    cond, cond[0] ? " " : "", k, it, ret, k,
				    !strcmp(k, "num") ? "bpf_for() and bpf_repeat()" : "bpf_for_each()",
				    !strcmp(k, "num") ? "" : "s");
				return 1;
			}
			FIX(c, "Call bpf_iter_%s_destroy(&it) on every path after bpf_iter_%s_new(), early returns and "
			       "breaks included, or use %s, which destroy%s the iterator when the loop's scope ends.",
			    k, k, !strcmp(k, "num") ? "bpf_for() / bpf_repeat()" : "bpf_for_each()",
			    !strcmp(k, "num") ? "" : "s");
			return 1;
		}
		if (acq >= 0 && (strstr(b, "sk_lookup") || strstr(b, "skc_lookup") || strstr(b, "map_lookup_elem"))) {
			const struct bv_line_info *li = branch >= 0 ? bv_prog_line_at(c->prog, (size_t)branch) : NULL;
			static const char *const assigns[] = { "bpf_sk_assign" };
			/* bpf_sk_assign() after the lookup: it looks like a hand-over */
			long assign = diag_last_call(c, (long)c->res->n_steps, assigns, 1), given = -1;
			char sk[64] = "sk";

			diag_assigned_var(c, acq, sk, sizeof(sk));
			if (sk_overwritten(c, acq, sk))
				return 1;
			/* the socket assigned may be another one, taken later */
			if (assign > acq)
				given = value_origin(c, 2, step_of(c, (long)c->res->n_steps, assign));
			if (assign > acq && (given < 0 || given == acq)) {
				diag_where(c, assign, "bpf_sk_assign() takes its own reference");
				diag_assigned_var(c, acq, sk, sizeof(sk));
				WHY(c, " bpf_sk_assign() at insn %ld does not take over the program's reference: it takes "
				       "one of its own for the packet, and the program still has to drop the one the lookup "
				       "gave it.",
				    assign);
				/* the program's own assigning statement, when it is
				 * one and does not return in the same breath */
				const char *at = diag_src_text(c, assign);
				char cv[32];

				if (at && strstr(at, "bpf_sk_assign(") && strncmp(at, "return", 6) &&
				    at[strlen(at) - 1] == ';') {
					FIX(c, "Release the socket right after assigning it, whatever the result: `%s "
					       "bpf_sk_release(%s);`.",
					    at, sk);
					return 1;
				}
				if (!diag_call_arg(c, assign, 1, cv, sizeof(cv)) || !diag_is_name(cv))
					snprintf(cv, sizeof(cv), "ctx");
				FIX(c, "Release the socket right after assigning it, whatever the result: `long err = "
				       "bpf_sk_assign(%s, %s, 0); bpf_sk_release(%s);`, then return on `err`.",
				    cv, sk, sk);
				return 1;
			}

			char cond[160], ret[160];

			diag_assigned_var(c, acq, sk, sizeof(sk));
			char use[80];

			snprintf(use, sizeof(use), "%s->", sk);
			/* the socket's last use on this path comes before the branch
			 * that leaks: one release right after that use covers this
			 * path and every other that leaves later */
			long after = sk_done_at(c, acq, branch, sk);

			if (after >= 0) {
				diag_where(c, after, "the socket is no longer used from here");
				FIX(c, "Release the socket once you are done with it: `bpf_sk_release(%s);` right before line "
				       "%u (`%s`), after its last use: this path and the ones that return further down then "
				       "all release it. Every path that leaves after a successful lookup must call "
				       "bpf_sk_release() once.",
				    sk, bv_prog_line_at(c->prog, (size_t)after)->line_num, diag_src_text(c, after));
				return 1;
			}
			/* a return value read from the socket would be read after its release */
			if (branch >= 0 && diag_return_after(c, branch, cond, sizeof(cond), ret, sizeof(ret)) && !strstr(ret, use)) {
				FIX(c, "Release the socket on the path that returns early too: `%s { bpf_sk_release(%s); %s }`. "
				       "Every path that leaves after a successful lookup must call bpf_sk_release() once; "
				       "keep what you need from the socket in a local variable first if the return value "
				       "depends on it.",
				    cond, sk, ret);
				return 1;
			}
			long blk = leaving_block(c, step_of(c, (long)c->res->n_steps, acq), ret, sizeof(ret));

			if (blk >= 0) {
				FIX(c, "Release the socket in the block of `%s` (line %u) before its `%s`: `bpf_sk_release(%s); "
				       "%s`. Every path that leaves after a successful lookup must call bpf_sk_release() "
				       "once.",
				    diag_src_text(c, blk), bv_prog_line_at(c->prog, (size_t)blk)->line_num, ret, sk, ret);
				return 1;
			}
			uint32_t rl, pl;

			if (own_fn_at(c, acq, &af) || diag_src_function(c, acq, &af)) {
				/* a return that reads the socket would read it released */
				if (fn_leaves_by(c, step_of(c, (long)c->res->n_steps, branch >= 0 ? branch : acq), &af, ret,
						sizeof(ret), &rl, &pl) && !diag_has_word(ret, sk)) {
					FIX(c, "Release the socket on this path before it leaves: `bpf_sk_release(%s); %s` at line "
					       "%u",
					    sk, ret, rl);
					if (pl)
						FIX(c, ", after line %u (`%s`)", pl, diag_line_text(c, pl) ? diag_line_text(c, pl) : "...");
					FIX(c, ". Every path that leaves after a successful lookup must call bpf_sk_release() "
					       "once; keep what you need from the socket in a local variable first if the return "
					       "value depends on it.");
					return 1;
				}
			}
			FIX(c, "Call bpf_sk_release(%s) on every path that leaves after a successful lookup, early returns "
			       "included", sk);
			if (li)
				FIX(c, " (here the path through line %u returns holding it: release it there before the "
				       "`return`)",
				    li->line_num);
			FIX(c, ". Keep what you need from the socket in a local variable first if the return value "
			       "depends on it.");
			return 1;
		}
		if (acq >= 0 && strstr(b, "ringbuf_reserve_dynptr") && branch >= 0 && same_src_line(c, branch, acq)) {
			/* `if (bpf_ringbuf_reserve_dynptr(...)) return 0;`: the failure path */
			char d[64] = "ptr";
			const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)acq);

			diag_buffer_var(c, acq, 4, d, sizeof(d));
			FIX(c, "The dynptr holds the reservation even when bpf_ringbuf_reserve_dynptr() fails, so the path "
			       "that leaves on its failure (line %u) must discard it too: `if (bpf_ringbuf_reserve_dynptr(...)) "
			       "{ bpf_ringbuf_discard_dynptr(&%s, 0); return 0; }`; end every other path with "
			       "bpf_ringbuf_submit_dynptr() or bpf_ringbuf_discard_dynptr().",
			    li ? li->line_num : 0u, d);
			return 1;
		}
		if (acq >= 0 && strstr(b, "ringbuf_reserve") && !strstr(b, "dynptr")) {
			const struct bv_line_info *li = branch >= 0 ? bv_prog_line_at(c->prog, (size_t)branch) : NULL;
			char e[64] = "e";

			diag_assigned_var(c, acq, e, sizeof(e));
			FIX(c, "End every path after %s with bpf_ringbuf_submit(%s, 0) or bpf_ringbuf_discard(%s, 0), early "
			       "returns included",
			    b, e, e);
			if (li && !same_src_line(c, branch, acq))
				FIX(c, ": here the path through line %u (`%s`) returns holding it, so discard it there: `{ "
				       "bpf_ringbuf_discard(%s, 0); return 0; }`",
				    li->line_num, bv_line_text(li), e);
			FIX(c, ".");
			return 1;
		}
		if (acq >= 0 && strstr(b, "ringbuf_reserve_dynptr")) {
			/* `if (err) return 0;` after a write into the record: the
			 * record discarded in the path's own `if` */
			char d[64] = "ptr", cond[160], ret[160];

			diag_buffer_var(c, acq, 4, d, sizeof(d));
			if (branch >= 0 && diag_return_after(c, branch, cond, sizeof(cond), ret, sizeof(ret))) {
				FIX(c, "Discard the record on the path that returns early: `%s { bpf_ringbuf_discard_dynptr(&%s, "
				       "0); %s }`. Every path after %s must end with bpf_ringbuf_submit_dynptr() or "
				       "bpf_ringbuf_discard_dynptr().",
				    cond, d, ret, b);
				return 1;
			}
			FIX(c, "End every path after %s with bpf_ringbuf_submit_dynptr() or bpf_ringbuf_discard_dynptr() (even "
			       "when the reservation failed: the dynptr holds it either way), early returns included.",
			    b);
			return 1;
		}
		if (acq >= 0 && (strstr(b, "bpf_obj_new") || strstr(b, "bpf_list_pop") || strstr(b, "bpf_rbtree_remove") ||
				 strstr(b, "bpf_refcount_acquire"))) {
			FIX(c, "The program owns the object until it gives it away: on every path, early returns included, "
			       "either drop it (`bpf_obj_drop(p)`) or hand it to a list or tree (`bpf_list_push_back()`, "
			       "`bpf_rbtree_add()`, under the lock) or to a map with bpf_kptr_xchg().");
			return 1;
		}
		if (acq >= 0 && strstr(b, "_ct_")) {
			FIX(c, "Release the entry with bpf_ct_release(ct) on every path once it is not NULL, early returns "
			       "included; %s",
			    strstr(b, "alloc") ? "an allocated one is given up by bpf_ct_insert_entry(), whose result "
						 "is released in turn."
					       : "keep what the verdict needs (`ct->mark`) in a local variable first.");
			return 1;
		}
		if (acq >= 0 && (insn_at(c, acq)->src == BV_PSEUDO_KFUNC_CALL || strstr(b, "kptr_xchg"))) {
			const char *rel = diag_release_of(b, NULL);

			/* bpf_kptr_xchg() hands back whatever the map held: the
			 * release is the one of the type it returned */
			char blk[160], bret[160], v2[64], rb[64];

			if (!rel && strstr(b, "kptr_xchg"))
				rel = release_of_type(c, acq, rb, sizeof(rb));
			const struct bv_line_info *bl = branch >= 0 ? bv_prog_line_at(c->prog, (size_t)branch) : NULL;

			/* the early path is a block of its own (`if (!local) {`):
			 * the release goes before the block's return */
			if (rel && bl && diag_assigned_var(c, acq, v2, sizeof(v2)) && block_return(c, branch, blk, sizeof(blk),
												    bret, sizeof(bret))) {
				FIX(c, "Release it on the path that returns early too: in the block of `%s` (line %u), `%s(%s);` "
				       "before its `%s`. Every path after %s() must release what it got once it is not NULL.",
				    blk, bl->line_num, rel, v2, bret, b);
				return 1;
			}

			char var[64];

			char cond[160], ret[160], use[80];

			/* the program releases it elsewhere: the path that leaves
			 * early is the one to mend, in its own `if` (batch 41) */
			if (rel && diag_assigned_var(c, acq, var, sizeof(var)) && diag_first_call(c, rel) >= 0 &&
			    branch >= 0 && diag_return_after(c, branch, cond, sizeof(cond), ret, sizeof(ret)) &&
			    (snprintf(use, sizeof(use), "%s->", var), !strstr(ret, use))) {
				FIX(c, "Release it on the path that returns early too: `%s { %s(%s); %s }`. Every path after "
				       "%s() must release what it got once it is not NULL.",
				    cond, rel, var, ret, b);
				return 1;
			}
			if (rel && diag_assigned_var(c, acq, var, sizeof(var)))
				FIX(c, "Release it on every path once it is no longer NULL, early returns included: `%s(%s);` "
				       "after the last use of `%s`; or hand it to a map with bpf_kptr_xchg() and release what "
				       "that returns.",
				    rel, var, var);
			else
				FIX(c, "Release it with %s%s on every path once it is no longer NULL, early returns included "
				       "(`if (t) bpf_task_release(t);` style), or hand it to a map with bpf_kptr_xchg() and "
				       "release what that returns.",
				    rel ? rel : "the release kfunc for its type", rel ? "()" : "");
			return 1;
		}
		FIX(c, "Release it on every path, including early returns: bpf_ringbuf_submit() or "
		       "bpf_ringbuf_discard() for a reservation (their _dynptr variants for "
		       "bpf_ringbuf_reserve_dynptr(), which holds it even when it fails), bpf_sk_release() for a "
		       "socket.");
		return 1;
	}
	return 0;
}

/* `sizeof(*r) + n` or `n + sizeof(*r)`: the name added to a sizeof. */
static bool size_plus_var(const char *arg, char *name, size_t size)
{
	const char *p = strstr(arg, " + ");

	if (!p)
		return false;
	if (!strncmp(arg, "sizeof", 6) && diag_is_name(p + 3) && strlen(p + 3) < size) {
		snprintf(name, size, "%s", p + 3);
		return true;
	}
	if (!strncmp(p + 3, "sizeof", 6) && (size_t)(p - arg) < size) {
		snprintf(name, size, "%.*s", (int)(p - arg), arg);
		return diag_is_name(name);
	}
	return false;
}

/* The bound of a clamp or a check of name on a line of its own,
 * `if (n > 256)`: "256". */
static bool clamp_bound(const struct ctx *c, const char *name, char *out, size_t size)
{
	char pat[80];

	snprintf(pat, sizeof(pat), "if (%s > ", name);
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *b;
		size_t n;

		if (!t || strncmp(t, pat, strlen(pat)))
			continue;
		b = t + strlen(pat);
		n = strcspn(b, ")");
		if (n && n < size && b[n] == ')') {
			snprintf(out, size, "%.*s", (int)n, b);
			return true;
		}
	}
	return false;
}

/* A size the helper needs as a constant (bpf_ringbuf_reserve's): the
 * verifier checks every later access to the memory against it. */
static int diag_not_const(struct ctx *c)
{
	int r;
	const struct bv_vreg *v;
	char hb[64], b[128];

	if (sscanf(c->msg, "R%d", &r) != 1 || !strstr(c->msg, " is not a known constant'"))
		return 0;
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	v = reg_at(c, c->fstep, r);
	WHY(c, "Argument %d of %s is the size of the memory it returns, and it must be a constant the verifier knows "
	       "(it checks every access to the record against it)",
	    r, helper_at(c, c->fail, hb, sizeof(hb)));
	if (v && v->kind == BV_REG_SCALAR) {
		struct trace t;

		WHY(c, "; R%d can be anything from %" PRIu64 " to %" PRIu64, r, v->umin, v->umax);
		trace_value(c, r, c->fstep, &t);
		if (t.root >= 0 && is_call(c, t.root)) {
			diag_where(c, t.root, "the size comes from here");
			WHY(c, ", what %s returned at insn %ld", helper_at(c, t.root, hb, sizeof(hb)), t.root);
		} else if (t.root >= 0) {
			diag_where(c, t.root, "the size made here");
			WHY(c, " (from `%s` at insn %ld)", insn_text(c, t.root, b, sizeof(b)), t.root);
		}
	}
	WHY(c, ".");
	const struct bv_vreg *m = reg_at(c, c->fstep, 1);
	const char *rb = m && m->kind == BV_REG_MAP_PTR && m->map >= 0 && (size_t)m->map < c->obj->n_maps
				 ? c->obj->maps[m->map].name
				 : "rb";

	char arg[96], name[64], bound[64], fixed[320];
	const char *call = diag_src_text(c, c->fail);

	/* `sizeof(*r) + n` with `if (n > 256)` on a line of its own: the
	 * record sized for the largest n (batch 40) */
	if (call && diag_call_arg(c, c->fail, r, arg, sizeof(arg)) && size_plus_var(arg, name, sizeof(name)) &&
	    clamp_bound(c, name, bound, sizeof(bound))) {
		char big[160];

		snprintf(big, sizeof(big), "%.*s%s", (int)(strlen(arg) - strlen(name)), arg, bound);
		if (!strncmp(arg, name, strlen(name)))
			snprintf(big, sizeof(big), "%s%s", bound, arg + strlen(name));
		if (diag_replace_expr(call, arg, big, fixed, sizeof(fixed)) == 1) {
			FIX(c, "Reserve the record for the largest `%s` the program allows, a constant: `%s`. Keep the "
			       "real length in the record so that its reader knows how much is filled; the whole record's "
			       "space is given back when it is read.",
			    name, fixed);
			return 1;
		}
	}
	FIX(c, "Reserve the largest record you may need, a constant (`bpf_ringbuf_reserve(&%s, sizeof(struct event), "
	       "0)` or `sizeof(buf)`), and store the real length in it; or bound the length "
	       "(`if (n > sizeof(buf)) n = sizeof(buf);`) and copy with bpf_ringbuf_output(&%s, buf, n, 0), "
	       "which takes a variable size.",
	    rb, rb);
	/* bpf_probe_read_*() take a size of 0; the packet loaders do not */
	if (v && v->kind == BV_REG_SCALAR && v->umin == 0 &&
	    (diag_first_call(c, "bpf_skb_load_bytes") >= 0 || diag_first_call(c, "bpf_xdp_load_bytes") >= 0)) {
		char nb[64];
		long k;

		/* seen (batch 33): the copy into the record refused a size
		 * that may be 0, with the record already reserved */
		FIX(c, " The length can be 0 here, and the helpers that copy packet bytes into a record "
		       "(bpf_skb_load_bytes(), bpf_xdp_load_bytes()) take at least 1: leave before reserving when it is "
		       "0 (`if (%s == 0) return %s;`).",
		    size_name(c, r, nb, sizeof(nb), &k, NULL), pkt_pass(c));
	}
	return 1;
}

/* How many `_`-separated words two names share (`sock_redir_flags` and
 * `sock_map_redir`: sock, redir). */
static int shared_words(const char *a, const char *b)
{
	int n = 0;

	for (const char *p = a; *p;) {
		size_t l = strcspn(p, "_");

		for (const char *q = b; l && *q;) {
			size_t m = strcspn(q, "_");

			if (m == l && !strncmp(p, q, l)) {
				n++;
				break;
			}
			q += m + (q[m] == '_');
		}
		p += l + (p[l] == '_');
	}
	return n;
}

/* The map the failing helper call is given, -1 if none (or unknown). */
static int failing_call_map(const struct ctx *c)
{
	for (int r = 1; c->fstep >= 0 && r <= 5; r++) {
		const struct bv_vreg *v = reg_at(c, c->fstep, r);

		if (v && v->kind == BV_REG_MAP_PTR && v->map >= 0 && (size_t)v->map < c->obj->n_maps)
			return v->map;
	}
	return -1;
}

/* A helper that would change a map the kernel made read-only to programs
 * (a devmap: user space fills it), or a key-based helper given a map that
 * has no keys (a ring buffer, a queue): what the map is for instead. */
static int diag_map_kind_misuse(struct ctx *c)
{
	int mi = is_helper_call(c, c->fail) ? failing_call_map(c) : -1;
	const struct bv_map *m = mi >= 0 ? &c->obj->maps[mi] : NULL;
	char h[64];

	if (!m)
		return 0;
	helper_at(c, c->fail, h, sizeof(h));
	if (msg_starts(c->msg, "write into map forbidden") &&
	    (m->type == BV_MAP_DEVMAP || m->type == BV_MAP_DEVMAP_HASH)) {
		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() would change %s, a %s: the kernel makes every devmap read-only to programs. User space "
		       "fills it with the interfaces to send to; a program only picks one.",
		    h, m->name, bv_map_type_name(m->type));
		FIX(c, "Fill %s from user space (`bpf_map_update_elem(map_fd, &key, &ifindex, BPF_ANY)`, or a "
		       "`struct bpf_devmap_val` with a program to run there), and in the program redirect with "
		       "`return bpf_redirect_map(&%s, key, 0);`; keep anything the program itself writes in another "
		       "map.",
		    m->name, m->name);
		return 1;
	}
	if (!strcmp(c->msg, "invalid zero-sized read") && (m->key_size == 0 || m->value_size == 0)) {
		/* a log names no map types: no bytes in keys or values is a ring
		 * buffer's shape (a user ring buffer's too), none in keys alone a
		 * queue's, a stack's or a bloom filter's */
		uint32_t type = m->type ? m->type : m->value_size == 0 ? (uint32_t)BV_MAP_RINGBUF : (uint32_t)BV_MAP_QUEUE;
		const char *tname = m->type ? bv_map_type_name(m->type)
				    : m->value_size == 0 ? "ring buffer" : "queue, stack or bloom filter";
		const char *use = type == BV_MAP_RINGBUF ? "bpf_ringbuf_reserve()/bpf_ringbuf_submit() or "
							      "bpf_ringbuf_output() to send records"
				  : type == BV_MAP_USER_RINGBUF ? "bpf_user_ringbuf_drain() to read what user space sent"
				  : type == BV_MAP_BLOOM_FILTER ? "bpf_map_push_elem() to add a value and bpf_map_peek_elem() "
								     "to test one"
								   : "bpf_map_push_elem(), bpf_map_pop_elem() and "
								     "bpf_map_peek_elem(), which take no key";

		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() takes a key, but %s is a %s, whose %s no bytes: there is no element to find by key.", h,
		    m->name, tname, m->key_size == 0 && m->value_size == 0 ? "keys and values have" : "keys have");
		FIX(c, "Use the helpers made for a %s: %s; for lookups by key, declare a hash or array map beside it.",
		    tname, use);
		return 1;
	}
	return 0;
}

/* A store into .rodata: name the constant the program tried to change. */
static int diag_rodata_write(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v;
	char var[64];
	long voff, vsize;

	if (!msg_starts(c->msg, "write into map forbidden") || !in ||
	    (BV_CLASS(in->code) != BV_STX && BV_CLASS(in->code) != BV_ST))
		return 0;
	v = reg_at(c, c->fstep, in->dst);
	if (v && v->kind == BV_REG_MAP_VALUE && v->map >= 0 && (size_t)v->map < c->obj->n_maps &&
	    (c->obj->maps[v->map].map_flags & BPF_F_RDONLY_PROG) && c->obj->maps[v->map].origin != BV_MAP_FROM_DATA) {
		/* a map declared read-only for programs */
		const struct bv_map *m = &c->obj->maps[v->map];
		long def = value_origin(c, in->dst, c->fstep);

		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		if (def >= 0)
			diag_where(c, def, "value looked up here");
		WHY(c, "The program writes into a value of map %s, which is created with BPF_F_RDONLY_PROG (map_flags "
		       "0x%x): programs may only read it; user space writes it.",
		    m->name, m->map_flags);
		FIX(c, "If the program must change it, drop BPF_F_RDONLY_PROG from %s's map_flags; if it is "
		       "configuration, keep the flag and keep what the program counts in another, writable map.",
		    m->name);
		return 1;
	}
	if (!v || v->kind != BV_REG_MAP_VALUE || v->var_mask ||
	    !diag_global_at(c, v->map, v->off + (long)v->var_value + in->off, var, sizeof(var), &voff, &vsize))
		return 0;
	diag_class(c, "readonly-write");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The program writes into `%s`, a `const` global: it lives in %s, which the loader freezes once it "
	       "has set the initial values, so programs may only read it (and the verifier uses its value as a "
	       "constant, pruning the branches it decides).",
	    var, c->obj->maps[v->map].section);
	FIX(c, "If the program must change `%s`, drop `const` (it moves to .data or .bss, writable by the program "
	       "and user space alike); if it is a setting, keep it `const volatile` and set it from user space "
	       "before the load (`skel->rodata->%s = ...;`), and keep the value the program changes in a separate "
	       "variable or a map.",
	    var, var);
	return 1;
}

/* An atomic on a map value's member of the operation's own width that
 * sits off its natural alignment: the struct is packed (a layout shared
 * with user space, seen in batch 20), not a cast. */
static int misaligned_member(struct ctx *c, const struct bv_vreg *p, int off, int size)
{
	const struct bv_map *m = c->obj && p->map >= 0 && (size_t)p->map < c->obj->n_maps ? &c->obj->maps[p->map] : NULL;
	const struct btf *btf = m && c->obj->priv ? PRIV(c->obj)->btf : NULL;
	char name[64], tn[64], pad[24];
	int moff, msize, gap = size - off % size;

	if (!m || !btf || !m->btf_value_type_id ||
	    !diag_member_at(btf, m->btf_value_type_id, off, name, sizeof(name), &moff, &msize, NULL) || moff != off ||
	    msize != size || !diag_map_type_name(c, m, 0, tn, sizeof(tn)))
		return 0;
	if (gap == 4 || gap == 2 || gap == 1)
		snprintf(pad, sizeof(pad), "%s pad;", load_type(gap));
	else
		snprintf(pad, sizeof(pad), "__u8 pad[%d];", gap);
	WHY(c, ", and that is where the program puts `%s`, %s %d-byte field of %s at offset %d: a field off its "
	       "natural alignment, so the struct is packed (or an attribute moved the field). The CPU performs an "
	       "atomic operation only on an aligned address, so the verifier demands it whatever the privileges.",
	    name, size == 8 ? "an" : "a", size, tn, off);
	FIX(c, "Put `%s` at an offset that is a multiple of %d: drop `__attribute__((packed))` from %s, or add "
	       "explicit padding before it (`%s`), and change the user-space copy of the struct the same "
	       "way. If the layout must stay, update the field without an atomic (`v->%s += ...;`), which may lose "
	       "updates made at once on other CPUs, unless the map is a per-CPU one (BPF_MAP_TYPE_PERCPU_HASH).",
	    name, size, tn, pad, name);
	return 1;
}

/* "misaligned value access off 0+0+4 size 8": atomics must be aligned to
 * their size everywhere; other accesses only under strict alignment. */
static int diag_misaligned(struct ctx *c)
{
	char what[32] = "", var[64];
	int roff, ioff, size;
	const struct bv_insn *in = insn_at(c, c->fail);
	bool atomic = in && BV_MODE(in->code) == BV_ATOMIC;
	const struct bv_vreg *p;
	long voff, vsize;

	if (!msg_starts(c->msg, "misaligned ") || !in)
		return 0;
	{
		const char *a = strstr(c->msg, "access off ");
		size_t wl = a ? (size_t)(a - (c->msg + 11)) : 0;

		if (!a || wl >= sizeof(what) || sscanf(a + 11, "%*[^+]+%d+%d size %d", &roff, &ioff, &size) != 3)
			return 0;
		memcpy(what, c->msg + 11, wl);
		what[wl] = '\0';
	}
	/* bpf_strtol(..., (long *)&v) with `int v` (seen, batch 38): the helper
	 * stores a long, and takes only an aligned 8-byte slot for it */
	if ((diag_call_named(c, c->fail, "bpf_strtol") || diag_call_named(c, c->fail, "bpf_strtoul")) &&
	    diag_call_arg(c, c->fail, 4, var, sizeof(var))) {
		const char *v = var, *t = diag_src_text(c, c->fail);
		bool ul = diag_call_named(c, c->fail, "bpf_strtoul");
		char line[192], amp[72];

		if (*v == '(' && strchr(v, ')'))
			v = strchr(v, ')') + 1;
		while (*v == ' ')
			v++;
		if (*v == '&' && diag_is_name(v + 1)) {
			diag_class(c, "misaligned-access");
			diag_where(c, c->fail, "fails here");
			WHY(c, "%s() stores its result, a%s `long` of 8 bytes, through its last argument, which must point to "
			       "an 8-byte aligned slot on the stack. `%s` is at fp%d, not on a multiple of 8: a smaller "
			       "variable (an `int`, 4 bytes, say)%s, which the store would also overrun.",
			    ul ? "bpf_strtoul" : "bpf_strtol", ul ? "n unsigned" : "", v + 1, roff + ioff,
			    v != var ? " cast to a `long *`" : "");
			snprintf(amp, sizeof(amp), "%s", v);
			if (t && v != var && diag_replace_expr(t, var, amp, line, sizeof(line)) == 1)
				FIX(c, "Declare `%s %s;` and pass its address without a cast: `%s`.", ul ? "unsigned long" : "long",
				    v + 1, line);
			else
				FIX(c, "Declare `%s %s;` and pass `%s`.", ul ? "unsigned long" : "long", v + 1, v);
			return 1;
		}
	}
	diag_class(c, "misaligned-access");
	diag_where(c, c->fail, "fails here");
	p = reg_at(c, c->fstep, atomic || BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST ? in->dst : in->src);
	WHY(c, "The %d-byte %s at offset %d of the %sis not on a multiple of %d", size,
	    atomic ? "atomic operation" : "access", roff + ioff, !strcmp(what, "value ") ? "map value " : what[0] ? what : "memory ",
	    size);
	if (p && p->kind == BV_REG_MAP_VALUE && !p->var_mask &&
	    diag_global_at(c, p->map, p->off + (long)p->var_value + in->off, var, sizeof(var), &voff, &vsize))
		WHY(c, " (the global `%s`)", var);
	if (atomic && p && p->kind == BV_REG_MAP_VALUE && !p->var_mask &&
	    misaligned_member(c, p, (int)(p->off + (long)p->var_value + in->off), size))
		return 1;
	if (atomic)
		WHY(c, ": the CPU performs an atomic operation only on an aligned address, so the verifier demands it "
		       "whatever the privileges. It usually comes from a cast that makes the operation wider than the "
		       "field (`__sync_fetch_and_add((__u64 *)&v->u32_field, 1)`).");
	else
		WHY(c, ": the program is checked with strict alignment (BPF_F_STRICT_ALIGNMENT, or an architecture "
		       "without efficient unaligned access), under which every access must be aligned to its size.");
	if (atomic)
		FIX(c, "Use an atomic of the field's own width on the field (`__sync_fetch_and_add(&v->field, 1)` on a "
		       "__u32 field is a 4-byte atomic), or make the field a __u64 at an offset that is a multiple of 8 "
		       "(reorder the struct, or `__u64 field __attribute__((aligned(8)))`).");
	else
		FIX(c, "Read multi-byte values at aligned offsets, or copy them out first with __builtin_memcpy() into a "
		       "local variable (clang then loads them byte by byte when it must).");
	return 1;
}

/* A lookup in a map of maps gives the inner map, or NULL when the slot is
 * empty; the verifier calls it map_value_or_null until it is checked. */
static int diag_inner_map_null(struct ctx *c, int r)
{
	long def = value_origin(c, r, c->fstep), ds = def >= 0 ? step_of(c, c->fstep, def) : -1;
	const struct bv_vreg *outer = reg_at(c, ds, 1);
	const struct bv_map *m = outer && outer->map >= 0 && (size_t)outer->map < c->obj->n_maps
					 ? &c->obj->maps[outer->map] : NULL;
	const char *end, *pass;
	char hb[64], var[64];

	/* a log names the map but not its type (0) */
	if (!m || !is_helper_call(c, def) || insn_at(c, def)->imm != 1 /* map_lookup_elem */ ||
	    (m->type && m->type != BV_MAP_ARRAY_OF_MAPS && m->type != BV_MAP_HASH_OF_MAPS))
		return 0;
	pkt_words(c, &end, &pass);
	diag_class(c, "null-map-value");
	diag_where(c, c->fail, "fails here");
	diag_where(c, def, "may return NULL here");
	WHY(c, "R%d is what bpf_map_lookup_elem() returned at insn %ld from %s, a map of maps: the inner map, or "
	       "NULL when that slot holds no map (or the key is not there). Until it is checked, the verifier cannot "
	       "let %s use it as a map.",
	    r, def, m->name, helper_at(c, c->fail, hb, sizeof(hb)));
	if (diag_assigned_var(c, def, var, sizeof(var)))
		FIX(c, "Check `%s` right after the lookup, before passing it: `if (!%s) return %s;`.", var, var, pass);
	else
		FIX(c, "Check the inner map before using it: `void *inner = bpf_map_lookup_elem(&%s, &key); if (!inner) "
		       "return %s;` — then pass `inner`.",
		    m->name, pass);
	return 1;
}

/* Whether got ("sock_common_or_null") is one of the kinds in want ("sock_common,
 * sock, ...") but for the NULL: then a check is the whole fix. */
static bool null_is_all(const char *got, const char *want)
{
	char base[64];
	const char *n = strstr(got, "_or_null"), *p = want;
	size_t len = n ? (size_t)(n - got) : 0;

	if (!n || len >= sizeof(base))
		return false;
	memcpy(base, got, len);
	strcpy(base + len, n + strlen("_or_null"));
	len = strlen(base);
	while ((p = strstr(p, base))) {
		if ((p == want || p[-1] == ' ') && (p[len] == ',' || p[len] == '\0'))
			return true;
		p += len;
	}
	return false;
}

/* A pointer that may be NULL passed where the helper takes none: from a
 * context field (skb->sk) or a call that can fail. */
static int diag_null_arg(struct ctx *c, int r, const char *got)
{
	long def = value_origin(c, r, c->fstep);
	const struct bv_insn *d = insn_at(c, def);
	const char *end, *pass;
	char field[80] = "", hb[64], db[64];

	if (!d)
		return 0;
	pkt_words(c, &end, &pass);
	/* a lookup's result passed on unchecked: the catalogue's own class */
	diag_class(c, !strcmp(got, "map_value_or_null") ? "null-map-value" : "null-pointer");
	diag_where(c, c->fail, "fails here");
	helper_at(c, c->fail, hb, sizeof(hb));
	const struct bv_vreg *base = BV_CLASS(d->code) == BV_LDX ? reg_at(c, step_of(c, c->fstep, def), d->src) : NULL;

	if (ctx_field_load(c, def, field, sizeof(field)) ||
	    /* a log alone: the call's own source names the field it passes */
	    (!c->prog->sec.prog_type && base && base->kind == BV_REG_CTX &&
	     diag_call_arg(c, c->fail, r, field, sizeof(field)) && strstr(field, "->"))) {
		char var[64], expr[80];
		/* the program's own variable and expression (`struct bpf_sock
		 * *sk = ctx->sk;`), when the read has a line of its own */
		bool own = diag_assigned_from(c, def, var, sizeof(var), expr, sizeof(expr)) && strstr(expr, "->") &&
			   diag_call_arg(c, c->fail, r, db, sizeof(db)) && !strcmp(db, var);

		diag_where(c, def, "read here, maybe NULL");
		WHY(c, "Argument %d of %s is %s, which is NULL when there is none (a packet without a socket, ...): the "
		       "verifier calls it %s, and %s does not take NULL there.",
		    r, hb, own ? expr : field, got, hb);
		if (own) {
			const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)def);

			struct diag_srcfn fn;
			const char *fv;

			/* in a function clang inlined, its own way out (`return -1;`) */
			if (own_fn_at(c, def, &fn))
				pass = (fv = diag_src_fail_value(&fn)) ? fv : "";
			FIX(c, "Check `%s` before the call: right after `%s` (line %u), `if (!%s) return%s%s;`.", var,
			    diag_src_text(c, def), li ? li->line_num : 0u, var, pass[0] ? " " : "", pass);
			return 1;
		}
		FIX(c, "Check it first and pass the checked variable: `struct bpf_sock *sk = %s; if (!sk) return %s;` — "
		       "then `%s(..., sk, ...)`.",
		    field, pass, hb);
		return 1;
	}
	diag_where(c, def, "may return NULL here");
	if (is_call(c, def))
		WHY(c, "Argument %d of %s is what %s returned at insn %ld, which may be NULL (the verifier calls it %s); "
		       "%s does not take NULL there.",
		    r, hb, helper_at(c, def, db, sizeof(db)), def, got, hb);
	else
		WHY(c, "Argument %d of %s may be NULL (the verifier calls it %s); %s does not take NULL there.", r, hb,
		    got, hb);
	/* the pointer by the name the call gives it (`v` of `update(&m, &k, v, 0)`) */
	if (!diag_call_arg(c, c->fail, r, db, sizeof(db)) || strpbrk(db, ".->[*&() "))
		snprintf(db, sizeof(db), "p");
	/* the function's own way out: its `goto release;` keeps the
	 * references it holds from leaking (batch 72's bpf_skc) */
	char leave[96];

	leave_stmt(c, pass, leave, sizeof(leave));
	FIX(c, "Check the pointer for NULL before the call and leave the path when it is: `if (!%s) %s`.", db, leave);
	return 1;
}

/* A socket from a sockmap or sockhash lookup passed before its NULL check:
 * the lookup's result is a map value that may be NULL, and only the branch
 * that checked it holds a socket. */
static int diag_sockmap_null(struct ctx *c, int r, const char *got, const char *want)
{
	long def = value_origin(c, r, c->fstep);
	char hb[64], db[64], map[80], var[80];
	const char *end, *pass;

	if (strcmp(got, "map_value_or_null") || !strstr(want, "sock") || !is_call(c, def) ||
	    strcmp(helper_at(c, def, db, sizeof(db)), "bpf_map_lookup_elem"))
		return 0;
	if (!diag_call_arg(c, def, 1, map, sizeof(map)))
		snprintf(map, sizeof(map), "&sock_map");
	if (!diag_call_arg(c, c->fail, r, var, sizeof(var)) ||
	    !diag_is_name(var))
		snprintf(var, sizeof(var), "sk");
	pkt_words(c, &end, &pass);
	helper_at(c, c->fail, hb, sizeof(hb));
	diag_class(c, "null-map-value");
	diag_where(c, c->fail, "fails here");
	diag_where(c, def, "may return NULL here");
	WHY(c, "Argument %d of %s is what bpf_map_lookup_elem() returned at insn %ld from %s. A lookup in a sockmap "
	       "or sockhash gives the socket, or NULL when that slot holds none: until the program checks it the "
	       "verifier calls it map_value_or_null, and only on the branch where it is not NULL does it become a "
	       "socket (sock), which %s takes. The lookup also holds a reference on the socket.",
	    r, hb, def, map + (*map == '&'), hb);
	FIX(c, "Check it right after the lookup and leave when the slot is empty: `if (!%s) return %s;`, then `%s(..., "
	       "%s, ...)`, and release the reference on every path after it with `bpf_sk_release(%s);`.",
	    var, pass, hb, var, var);
	return 1;
}

/* bpf_loop(N, cb, ...) whose callback tail-calls: the same tail calls
 * made by the program in a plain loop, with ctx the program's context. */
static bool tail_loop_fix(struct ctx *c, long loop, long tc, const char *ctx)
{
	char n[32], tmap[64], tidx[64];

	if (!diag_call_arg(c, loop, 1, n, sizeof(n)) || !diag_call_arg(c, tc, 2, tmap, sizeof(tmap)) ||
	    !diag_call_arg(c, tc, 3, tidx, sizeof(tidx)) || !diag_is_name(tidx))
		return false;
	FIX(c, "Make the tail calls from the program, in a plain loop: `for (__u32 %s = 0; %s < %s; %s++) "
	       "bpf_tail_call(%s, %s, %s);` in place of the bpf_loop() call. A tail call that succeeds does not come "
	       "back; one to an empty slot falls through to the next round.",
	    tidx, tidx, n, tidx, ctx, tmap, tidx);
	return true;
}

/* A pointer bpf_core_cast() made, given to a helper that takes only
 * pointers the verifier trusts: the pointer that was cast, when the
 * program has it, is the one to pass. */
static bool rdonly_cast_arg(struct ctx *c, int r, const char *want)
{
	long def = value_origin(c, r, c->fstep);
	char hb[64], fn[64], given[64], src[64], fixed[240];
	const char *line = diag_src_text(c, c->fail);

	if (def < 0 || !is_call(c, def) || strcmp(helper_at(c, def, hb, sizeof(hb)), "bpf_rdonly_cast"))
		return false;
	helper_at(c, c->fail, fn, sizeof(fn));
	diag_class(c, "untrusted-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, def, "made by bpf_core_cast() here");
	WHY(c, "R%d comes from bpf_core_cast() (the kfunc bpf_rdonly_cast() at insn %ld), which gives a pointer the "
	       "program may only read through: nothing proves the object is alive, so the verifier marks it "
	       "untrusted, and %s() takes only pointers it trusts (%s).",
	    r, def, fn, want);
	if (line && diag_call_arg(c, c->fail, r, given, sizeof(given)) && diag_is_name(given) &&
	    diag_call_arg(c, def, 1, src, sizeof(src)) && src[0] && diag_is_name(src) && strcmp(src, given) &&
	    diag_replace_expr(line, given, src, fixed, sizeof(fixed)) == 1) {
		FIX(c, "Pass the pointer that was cast, `%s`, when it is trusted itself (a tp_btf argument, "
		       "bpf_get_current_task_btf()): `%s`; keep the cast for reading fields.",
		    src, fixed);
		return true;
	}
	FIX(c, "Pass %s() the trusted pointer the cast was made from (a tp_btf argument, bpf_get_current_task_btf(), "
	       "one an acquire kfunc returned); use bpf_core_cast() only to read fields.",
	    fn);
	return true;
}

static int diag_arg_type(struct ctx *c)
{
	int r;
	char got[64], want[256], hb[64];
	const struct bv_vreg *v;
	const struct helper_proto *hp;

	if (sscanf(c->msg, "R%d type=%63s expected=%255[^\n]", &r, got, want) != 3)
		return 0;
	if (!strcmp(want, "map_ptr") && !strcmp(got, "map_value_or_null") && diag_inner_map_null(c, r))
		return 1;
	if (strstr(got, "_or_null") && !strstr(want, "_or_null") && null_is_all(got, want) && diag_null_arg(c, r, got))
		return 1;
	if (diag_sockmap_null(c, r, got, want))
		return 1;
	hp = is_helper_call(c, c->fail) ? helper_proto(insn_at(c, c->fail)->imm) : NULL;
	if (hp && r >= 1 && r <= 5 && hp->args[r - 1] == A_CONST_STR)
		return diag_const_str(c, r, got);
	if (!strncmp(got, "untrusted_ptr_", 14) && rdonly_cast_arg(c, r, want))
		return 1;
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	v = reg_at(c, c->fstep, r);
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "the value made here");
	WHY(c, "Argument %d of %s must be %s%s, but R%d holds %s%s.", r,
	    is_helper_call(c, c->fail) ? helper_at(c, c->fail, hb, sizeof(hb)) : "this call",
	    strstr(want, "fp") ? "a pointer to memory the program owns (" : "", strstr(want, "fp") ? "stack, map value, packet)" : want,
	    r, !strcmp(got, "scalar") ? "a number" : got, !strcmp(got, "scalar") && strstr(want, "fp") ?
	    " — a value where its address was meant" : "");
	const struct bv_vreg *m1 = reg_at(c, c->fstep, 1);
	const struct bv_map *outer = m1 && m1->kind == BV_REG_MAP_PTR && m1->map >= 0 && (size_t)m1->map < c->obj->n_maps
					     ? &c->obj->maps[m1->map] : NULL;

	if (outer && r == 3 && !strcmp(got, "map_ptr") && strstr(hb, "map_update_elem") &&
	    (outer->type == BPF_MAP_TYPE_ARRAY_OF_MAPS || outer->type == BPF_MAP_TYPE_HASH_OF_MAPS ||
	     /* from a log, which does not say the map's type: a map as the
	      * value is meant for a map of maps */
	     outer->type == 0)) {
		/* an inner map put into a map of maps from the program: only
		 * user space can (batch 40) */
		char key[64];

		WHY(c, " %s is a map of maps, and a program cannot store a map in it: the value of a map of maps is a "
		       "map's file descriptor, given by user space; a program only looks inner maps up.",
		    outer->name);
		if (!diag_call_arg(c, c->fail, 2, key, sizeof(key)))
			snprintf(key, sizeof(key), "&key");
		FIX(c, "Create the inner maps and insert them from user space (`bpf_map_update_elem(outer_fd, &key, "
		       "&inner_fd, BPF_NOEXIST)` with libbpf, or `bpftool map update`), one per key the program will "
		       "meet; in the program, look the inner map up and leave when there is none: `void *inner = "
		       "bpf_map_lookup_elem(&%s, %s); if (!inner) return %s;`.",
		    outer->name, key, pkt_pass(c));
		return 1;
	}
	if (!strcmp(got, "scalar") && strstr(want, "fp"))
		FIX(c, "Pass the address of a variable holding the value (`bpf_map_lookup_elem(&map, &key)`, with `key` a "
		       "local variable), not the value itself.");
	else if (strstr(want, "map_ptr"))
		FIX(c, "Pass a map the object defines (`&my_map`), not a value loaded from one.");
	else if (!strcmp(got, "scalar") && strstr(want, "ptr_") && is_call(c, value_origin(c, r, c->fstep)) &&
		 !strcmp(helper_at(c, value_origin(c, r, c->fstep), hb, sizeof(hb)), "bpf_get_current_task")) {
		/* the old helper's task is a plain number to the verifier */
		WHY(c, " bpf_get_current_task() returns the task as an untyped number; the helper wants a pointer the "
		       "verifier knows is a struct task_struct.");
		FIX(c, "Use bpf_get_current_task_btf(), which returns the current task as a typed, trusted pointer.");
	} else if (!strcmp(got, "ctx") && strstr(want, "fp") && r == 3 &&
		   (!strcmp(hb, "bpf_loop") || !strcmp(hb, "bpf_for_each_map_elem") || !strcmp(hb, "bpf_user_ringbuf_drain"))) {
		/* the context handed to a callback as its data */
		char ctxv[64];
		long tc = -1;

		WHY(c, " A callback cannot be given the context: %s's third argument is memory the callback may read and "
		       "write (a struct on the stack, a map value), and only the program's own code may use its context.",
		    hb);
		/* a tail call in the callback: it belongs in the program, looped there */
		for (size_t i = 0; i < c->prog->n_insns && tc < 0; i++)
			if (func_of(c, (long)i) != func_of(c, c->fail) && diag_call_named(c, (long)i, "bpf_tail_call"))
				tc = (long)i;
		if (tc >= 0 && !strcmp(hb, "bpf_loop") && diag_call_arg(c, c->fail, 3, ctxv, sizeof(ctxv)) &&
		    tail_loop_fix(c, c->fail, tc, ctxv)) {
			diag_where(c, tc, "the tail call in the callback");
			WHY(c, " The callback's bpf_tail_call() needs it too, and a tail call from a callback cannot be "
			       "verified anyway (this kernel stops with an internal error).");
		} else
			FIX(c, "Pass what the callback needs in a struct on the stack, copied from the context first "
			       "(`struct loop_data d = { .len = ctx->len }; %s(..., &d, 0);`); helpers that need the context "
			       "itself are called from the program, before or after the loop.",
			    hb);
	} else if (!strcmp(got, "ctx") && strstr(want, "fp")) {
		/* &ctx->field: the context is checked field by field, never as memory */
		char field[96];

		WHY(c, " A pointer into the context is not memory a helper may read or write: the verifier checks "
		       "context accesses one load at a time, against the program type's layout.");
		if (is_helper_call(c, c->fail) && diag_buffer_var(c, c->fail, r, field, sizeof(field)) == 2)
			FIX(c, "Copy the field into a local variable and pass that: `__typeof__(%s) v = %s;` then "
			       "`%s(..., &v, sizeof(v), ...)`.",
			    field, field, hb);
		else
			FIX(c, "Copy what the helper needs from the context into a local variable (`__u64 v = "
			       "ctx->field;`) and pass `&v`.");
	} else
		FIX(c, "Pass a value of the kind the helper takes (%s).", want);
	return 1;
}

/* bpf_spin_lock: what the locked section may not do, and where the lock
 * was taken on the failing path. */
/* `X += Y;`, `X -= Y;`, `X++;` as the atomic that does it: false for any
 * other statement. */
static bool as_atomic(const char *t, char *out, size_t size)
{
	size_t n = strlen(t);
	const char *op;

	if (n < 4 || t[n - 1] != ';')
		return false;
	if (!strcmp(t + n - 3, "++;") || !strcmp(t + n - 3, "--;")) {
		snprintf(out, size, "__sync_fetch_and_%s(&%.*s, 1);", t[n - 2] == '+' ? "add" : "sub", (int)(n - 3), t);
		return true;
	}
	if ((op = strstr(t, " += ")) || (op = strstr(t, " -= "))) {
		snprintf(out, size, "__sync_fetch_and_%s(&%.*s, %.*s);", op[1] == '+' ? "add" : "sub", (int)(op - t), t,
			 (int)(t + n - 1 - (op + 4)), op + 4);
		return true;
	}
	return false;
}

/* A map with a lock in a program type that may not lock (a kprobe,
 * batch 40): the locked statements as atomics, and the lock member out
 * of the value.  false when a locked statement is not an add or a
 * subtraction, or the program has no lock call with a source line. */
static bool locked_as_atomics(struct ctx *c)
{
	long lk = diag_first_call(c, "bpf_spin_lock"), ul = diag_first_call(c, "bpf_spin_unlock");
	const struct bv_line_info *ll = lk >= 0 ? bv_prog_line_at(c->prog, (size_t)lk) : NULL,
				  *ul_li = ul >= 0 ? bv_prog_line_at(c->prog, (size_t)ul) : NULL;
	char arg[96], stmts[640] = "", one[160];
	const char *mem;
	size_t len = 0;
	uint32_t last = 0;

	if (!ll || !ul_li || ul <= lk || !diag_call_arg(c, lk, 1, arg, sizeof(arg)) || !(mem = strstr(arg, "->")))
		return false;
	for (long i = lk + 1; i < ul; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);
		const char *t = diag_src_text(c, i);

		if (!li || !t || li->line_num == last || li->line_num == ll->line_num || li->line_num == ul_li->line_num)
			continue;
		last = li->line_num;
		if (!as_atomic(t, one, sizeof(one)) || len + strlen(one) + 2 >= sizeof(stmts))
			return false;
		len += (size_t)snprintf(stmts + len, sizeof(stmts) - len, "%s%s", len ? " " : "", one);
	}
	if (!len)
		return false;
	FIX(c, "Drop the lock: take the `struct bpf_spin_lock %s;` member out of the map's value (a map whose value "
	       "holds one is refused here even unused), and make each locked update an atomic one, in place of the "
	       "lines from bpf_spin_lock() to bpf_spin_unlock(): `%s`. Each field is then exact on its own; if "
	       "readers need the fields consistent with one another, keep the lock and move the update to a program "
	       "type that may lock (tc, XDP, cgroup, ...).",
	    mem + 2, stmts);
	return true;
}

static int diag_lock(struct ctx *c)
{
	static const struct {
		const char *needle, *why, *fix;
	} t[] = {
		{ "function calls are not allowed while holding a lock",
		  "Between bpf_spin_lock() and bpf_spin_unlock() a program may call nothing but "
		  "bpf_spin_unlock() (and static BPF functions): no helper, no kfunc, no tail call.",
		  "Compute what you need before taking the lock (`u32 r = bpf_get_prandom_u32();`), keep the locked "
		  "section to plain loads and stores of the value, and call helpers after bpf_spin_unlock()." },
		{ "use static function instead",
		  "A global function is verified on its own and cannot know a lock is held, so it may not be "
		  "called while one is.",
		  "Make the function `static __noinline` (it is then verified with the caller's lock held), or call "
		  "it after bpf_spin_unlock()." },
		{ "cannot be used inside bpf_spin_lock-ed region",
		  "The program leaves (returns, or uses LD_ABS/LD_IND) on a path where the lock is still held.",
		  "Call bpf_spin_unlock() on every path before returning: compute the result under the lock into a "
		  "variable, unlock, then return it." },
		{ "bpf_spin_unlock without taking a lock",
		  "bpf_spin_unlock() is reached on a path where no lock is held.",
		  "Pair every bpf_spin_unlock() with a bpf_spin_lock() on the same path." },
		{ "bpf_spin_unlock of different lock",
		  "The lock released is not the one taken: the pointers come from different lookups.",
		  "Unlock through the same pointer (the same map value) you locked." },
		{ "Locking two bpf_spin_locks are not allowed",
		  "A second lock is taken while one is held; the verifier allows one at a time.",
		  "Release the first lock before taking the second, or keep both counters in one map value." },
		{ "cannot be accessed directly by load/store",
		  "The struct bpf_spin_lock (or bpf_timer) inside the map value belongs to the kernel: no load, "
		  "store or helper may touch its bytes.",
		  "Read and write the other fields one by one instead of copying the whole value (no memcpy() or "
		  "helper writing over the struct); never dereference the lock field." },
		{ "progs cannot use bpf_spin_lock yet",
		  "Socket filters and tracing programs (kprobe, tracepoint, perf_event, raw tracepoint) may not use a "
		  "map whose value holds a bpf_spin_lock: they can run where sleeping on the lock is not safe.",
		  "Update the value with atomics instead (`__sync_fetch_and_add(&v->count, 1)`), use a per-CPU map, "
		  "or attach a program type that may lock (tc, XDP, cgroup, ...)." },
		{ "has to be at the constant offset",
		  "bpf_spin_lock() gets a pointer whose offset the verifier does not know.",
		  "Pass `&v->lock` of a looked-up map value directly." },
		{ "doesn't point to 'struct bpf_spin_lock'",
		  "bpf_spin_lock() gets a pointer into the map value that is not the lock field.",
		  "Pass `&v->lock`, the struct bpf_spin_lock member itself." },
		{ "has no valid bpf_spin_lock", "The map's value type has no struct bpf_spin_lock member.",
		  "Add `struct bpf_spin_lock lock;` to the value struct (a BTF-defined map) and lock that." },
		{ "has to have BTF in order to use bpf_spin",
		  "The map was declared without BTF, so the kernel cannot find the lock in its value.",
		  "Declare the map the BTF way (`__type(value, struct val)` in a SEC(\".maps\") struct)." },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strstr(c->msg, t[i].needle)) {
			diag_class(c, "spin-lock");
			diag_where(c, c->fail, "fails here");
			/* the lock still held on this path */
			for (long s = c->fstep - 1; s >= 0; s--) {
				const struct bv_insn *in = insn_at(c, (long)c->res->steps[s].insn);

				if (in && in->code == (BV_JMP | BV_CALL) && in->src == 0 && in->imm == 93) {
					diag_where(c, (long)c->res->steps[s].insn, "lock taken here");
					break;
				}
			}
			WHY(c, "%s", t[i].why);
			if (i == 0 && is_call(c, c->fail)) {
				/* name the call to move */
				char hb[64];

				helper_at(c, c->fail, hb, sizeof(hb));
				WHY(c, " Here it is %s.", hb);
				FIX(c, "Call %s before bpf_spin_lock() (keep its result in a variable) or after "
				       "bpf_spin_unlock(), and keep the locked section to plain loads and stores of the value.",
				    hb);
				return 1;
			}
			if (strstr(t[i].needle, "cannot use bpf_spin_lock") && locked_as_atomics(c))
				return 1;
			FIX(c, "%s", t[i].fix);
			return 1;
		}
	return 0;
}

/* bpf_timer_init(timer, map, flags): the map must be the one whose value
 * holds the timer (the kernel compares the maps' uids). */
static int diag_timer_map(struct ctx *c)
{
	const struct bv_vreg *t = reg_at(c, c->fstep, 1), *m = reg_at(c, c->fstep, 2);
	const char *tn, *mn;

	if (!msg_starts(c->msg, "timer pointer in R1 map_uid="))
		return 0;
	tn = t && t->map >= 0 && (size_t)t->map < c->obj->n_maps ? c->obj->maps[t->map].name : NULL;
	mn = m && m->map >= 0 && (size_t)m->map < c->obj->n_maps ? c->obj->maps[m->map].name : NULL;
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	if (t && t->def_insn >= 0)
		diag_where(c, value_origin(c, 1, c->fstep), "value looked up here");
	WHY(c, "bpf_timer_init() takes the timer and the map whose value holds it: the kernel ties the timer to "
	       "that map (its callback and lifetime go with the map's elements).");
	if (tn && mn && strcmp(tn, mn))
		WHY(c, " R1 points into a value of map %s, but R2 is map %s.", tn, mn);
	else
		WHY(c, " R2 is not the map R1's value came from (for a map of maps: not the same inner map).");
	diag_pass_map_fix(c, tn, "bpf_timer_init(&v->timer, &", ", CLOCK_MONOTONIC);");
	return 1;
}

/* A global function's argument the call does not satisfy: the kernel says
 * which one on the line before. */
/* What argument `arg` of the global function called at insn `call` points
 * to, from its BTF prototype: "struct S" and its size; 0 when unknown. */
static int callee_pointee(const struct ctx *c, long call, int arg, char *name, size_t size, long long *bytes,
			  const char **fname)
{
	const struct bv_insn *in = insn_at(c, call);
	const struct bv_func_info *f = in ? func_of(c, call + in->imm + 1) : NULL;
	const struct btf *btf;
	const struct btf_type *t = f ? diag_func_proto(c, call + in->imm + 1, &btf) : NULL;
	uint32_t id;

	if (!t || arg < 0 || arg >= btf_vlen(t))
		return 0;
	id = (uint32_t)btf__resolve_type(btf, btf_params(t)[arg].type);
	if (!(t = btf__type_by_id(btf, id)) || !btf_is_ptr(t))
		return 0;
	id = (uint32_t)btf__resolve_type(btf, t->type);
	if (!(t = btf__type_by_id(btf, id)))
		return 0;
	snprintf(name, size, "%s%s", btf_is_struct(t) ? "struct " : btf_is_union(t) ? "union " : "",
		 btf__name_by_offset(btf, t->name_off));
	*bytes = btf__resolve_size(btf, id);
	*fname = f->name ? f->name : "";
	return *bytes > 0;
}

/* A global function's pointer argument is memory of the pointed-to type's
 * size, which the function may read and write: the call passed something
 * else (the context, a number), or too little. */
static int diag_global_mem_arg(struct ctx *c, const char *line)
{
	char type[32] = "", pointee[96];
	const char *fn = "";
	long long bytes = 0;
	int r = 0, off, size;
	bool wrong = sscanf(line, "R%d type=%31s expected=", &r, type) == 2;
	bool short_ = !wrong && (sscanf(line, "invalid read from stack R%d off=%d size=%d", &r, &off, &size) == 3 ||
				 sscanf(line, "invalid write to stack R%d off=%d size=%d", &r, &off, &size) == 3);

	bool ctxmem = !wrong && !short_ && sscanf(line, "invalid bpf_context access off=%d size=%d", &off, &size) == 2;

	/* the context as memory: the line names no register, the context does */
	for (int i = 1; ctxmem && !r && i <= 5; i++) {
		const struct bv_vreg *v = reg_at(c, c->fstep, i);

		if (v && v->kind == BV_REG_CTX)
			r = i;
	}
	if ((!wrong && !short_ && !ctxmem) || r < 1 || r > 5 ||
	    !callee_pointee(c, c->fail, r - 1, pointee, sizeof(pointee), &bytes, &fn))
		return 0;
	diag_class(c, "global-func-args");
	diag_where(c, c->fail, "fails here");
	if (ctxmem) {
		WHY(c, "Argument %d of the global function %s() is a `%s *`: %lld bytes of memory it may read and "
		       "write. The call passes the program's context, and for this program type the kernel then checks "
		       "the last byte the function may touch (offset %d) as a load and as a store of the program's own "
		       "would be: the context does not allow it there (`%s`; a store into a tracepoint's, kprobe's or "
		       "raw tracepoint's context is never allowed).",
		    r, fn, pointee, bytes, off, line);
		FIX(c, "Copy what the function needs into a local `%s` and pass its address, or declare the argument as "
		       "the program's context type (or tag it `__arg_ctx`) and read the fields as the program does.",
		    pointee);
		return 1;
	}
	if (wrong) {
		bool ctx = !strcmp(type, "ctx");

		WHY(c, "Argument %d of the global function %s() is a `%s *`: %lld bytes of memory it may read and write, "
		       "so the call must pass memory the program owns (stack, a map value, packet data). It passes %s "
		       "(`%s`).", r, fn, pointee, bytes,
		    ctx ? "the program's context, which the kernel does not give out as memory" :
		    !strcmp(type, "scalar") ? "a number, not a pointer" : "another kind of pointer", line);
		if (ctx)
			FIX(c, "Declare the argument as the program's context type (or tag it `__arg_ctx`) if the function "
			       "wants the context; otherwise copy what it needs into a local `%s` and pass its address.",
			    pointee);
		else
			FIX(c, "Pass the address of a `%s` on the stack or in a map value, or make the function `static` "
			       "so it is verified with the caller's actual argument.", pointee);
		return 1;
	}
	WHY(c, "Argument %d of the global function %s() is a `%s *`: the function may read and write all %lld bytes, "
	       "and the call passes a pointer to only %d (`%s`).", r, fn, pointee, bytes, off < 0 ? -off : size, line);
	FIX(c, "Pass the address of a whole `%s` (declare the variable with that type), or change the parameter to "
	       "the type actually passed.", pointee);
	return 1;
}

/* A global function's pointer argument gives it sizeof(*p) bytes; `void *`
 * (or a pointer to a function, to an incomplete struct) has no size, and
 * the call is refused before the register is looked at.  The usual case:
 * a parser split out of an XDP or tc program taking `void *data, void
 * *data_end`, where packet pointers could not travel anyway. */
static int unsized_arg(struct ctx *c, const char *line)
{
	const struct bv_vreg *v;
	char fn[64] = "the function";
	const char *p = strstr(c->msg, "('");
	int arg;

	if (sscanf(line, "arg#%d", &arg) != 1 || arg < 0 || arg > 4)
		return 0;
	if (p)
		sscanf(p, "('%63[^']", fn);
	v = reg_at(c, c->fstep, arg + 1);
	diag_class(c, "global-func-args");
	diag_where(c, c->fail, "fails here");
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "the argument made here");
	WHY(c, "%s() is a global function (not static): the verifier checks it once, on its own, and lets it read "
	       "exactly sizeof(*p) bytes through a pointer argument. Argument %d points to a type with no size (`void "
	       "*`, a function, a struct only declared), so the kernel refuses the call before looking at what is "
	       "passed.%s",
	    fn, arg + 1,
	    v && v->kind == BV_REG_PKT && !v->size
		    ? " What is passed is a packet pointer with no byte checked against data_end yet: even with a "
		      "sized type, the caller would have to prove sizeof(*p) bytes before the call."
		    : "");
	if (v && (v->kind == BV_REG_PKT || v->kind == BV_REG_PKT_END || v->kind == BV_REG_PKT_META))
		FIX(c, "Pass the context and let the function read the packet itself: `__noinline int %s(struct "
		       "xdp_md *ctx)` (`struct __sk_buff *skb` for tc) with `void *data = (void *)(long)ctx->data, "
		       "*data_end = (void *)(long)ctx->data_end;` and its own bounds checks inside; or make it `static` "
		       "so it is verified with the caller's pointers.",
		    fn);
	else
		FIX(c, "Give argument %d a sized type (`struct hdr *h`, `__u8 *buf` for one byte; pass the length as "
		       "another argument and read with bpf_probe_read_kernel() for more), or make %s() `static` so it is "
		       "verified with the caller's pointer.",
		    arg + 1, fn);
	return 1;
}

static int diag_global_args(struct ctx *c)
{
	static const struct {
		const char *needle, *why, *fix;
	} t[] = {
		{ "is expected to be non-NULL",
		  "Argument %d is declared __arg_nonnull, and the pointer passed may be NULL on this path.",
		  "Check the pointer before the call (`if (!p) return 0;`), or drop __arg_nonnull and check "
		  "inside the function." },
		{ "has invalid combination of tags",
		  "Argument %d carries tags the kernel does not accept together on this type (__arg_nullable "
		  "goes only with __arg_trusted; __arg_ctx with nothing else).",
		  "Drop the extra tag: a plain pointer argument is already nullable (check it inside the function), "
		  "__arg_nonnull makes it non-NULL." },
		{ "has pointer tag, but is not a pointer type",
		  "Argument %d is a number but carries a pointer tag (__arg_ctx, __arg_nonnull, ...).",
		  "Remove the tag from the integer argument." },
		{ "expects pointer to ctx",
		  "Argument %d is the program's context (a context type or __arg_ctx), and the call passes something "
		  "else.",
		  "Pass the program's own context pointer, unmodified." },
	};
	const char *line = c->res->detail ? c->res->detail : "", *p;

	if (!strstr(c->msg, "Caller passes invalid args"))
		return 0;
	/* a `struct bpf_dynptr *` argument: a whole dynptr, as it was made */
	if (strstr(line, "dynptr")) {
		int arg = 0, r;

		if ((p = strstr(line, "arg#")) || (p = strstr(line, "arg #")))
			sscanf(p + 3 + (p[3] == ' '), "#%d", &arg);
		else if ((p = strstr(line, " R")) && sscanf(p, " R%d", &r) == 1)
			arg = r - 1;
		diag_class(c, "global-func-args");
		diag_where(c, c->fail, "fails here");
		WHY(c, "Argument %d of the global function is a `struct bpf_dynptr *`: the call must pass a dynptr itself, "
		       "made on this path and not moved (`%s`).", arg + 1, line);
		if (strstr(line, "initialized"))
			FIX(c, "Make the dynptr before the call on every path (bpf_ringbuf_reserve_dynptr(), "
			       "bpf_dynptr_from_mem(), ...) and pass `&ptr`.");
		else if (strstr(line, "modified") || strstr(line, "negative"))
			FIX(c, "Pass the dynptr pointer unchanged and give the function the offset as an argument of its "
			       "own (`f(dynptr, 16)`, then `bpf_dynptr_read(&x, sizeof(x), dynptr, off, 0)` inside).");
		else
			FIX(c, "Pass the address of a local `struct bpf_dynptr` (or the dynptr a callback was given), not "
			       "other memory.");
		return 1;
	}
	if (diag_global_mem_arg(c, line))
		return 1;
	if (strstr(line, "size cannot be determined") && unsized_arg(c, line))
		return 1;
	/* a global function returning a pointer: refused before any argument
	 * is looked at, though the message speaks of arguments */
	if ((p = strstr(line, "Global function ")) && strstr(p, "doesn't return scalar")) {
		char fn[64] = "the function";

		sscanf(p, "Global function %63[^(]", fn);
		diag_class(c, "global-func-args");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() is a global function (not static) and returns a pointer. The verifier checks a global "
		       "function once, on its own, for any caller, so what it returns must be a plain number: a caller "
		       "could not be told which memory a returned pointer points to or how much of it is safe. The "
		       "message speaks of arguments, but the return type is the cause.",
		    fn);
		FIX(c, "Make %s() `static __always_inline` (or `static`: a static function is checked with each call "
		       "and may return a pointer), or have it return an offset or a status and build the pointer in "
		       "the caller.",
		    fn);
		return 1;
	}
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		int arg = -1;

		if (!strstr(line, t[i].needle) || sscanf(line, "arg#%d", &arg) != 1)
			continue;
		diag_class(c, "global-func-args");
		diag_where(c, c->fail, "fails here");
		WHY(c, t[i].why, arg + 1);
		FIX(c, "%s", t[i].fix);
		return 1;
	}
	return 0;
}

/* struct bpf_dynptr: made by one helper, used by others, released by
 * submit/discard when it holds a ring buffer reservation. */
static int diag_dynptr(struct ctx *c)
{
	static const struct {
		const char *needle, *why, *fix;
	} t[] = {
		{ "Expected an initialized dynptr",
		  "The helper gets a struct bpf_dynptr that holds nothing on this path: it was never made "
		  "(bpf_ringbuf_reserve_dynptr(), bpf_dynptr_from_mem()), or it was already submitted or discarded.",
		  "Make the dynptr on every path before using it, and finish all reads and writes before "
		  "bpf_ringbuf_submit_dynptr() or bpf_ringbuf_discard_dynptr()." },
		{ "Expected a dynptr of type",
		  "bpf_ringbuf_submit_dynptr() and bpf_ringbuf_discard_dynptr() take only a dynptr made by "
		  "bpf_ringbuf_reserve_dynptr().",
		  "Submit or discard the ring buffer dynptr itself; a dynptr over a map value needs no release." },
		{ "is an unacquired reference",
		  "The dynptr given to submit/discard holds no reservation (it is not one, or it was released).",
		  "Submit or discard each reservation exactly once, on every path." },
		{ "cannot overwrite referenced dynptr",
		  "The stack bytes of a bpf_dynptr holding a ring buffer reservation are written over: the "
		  "reservation would be lost.",
		  "Keep the struct bpf_dynptr a variable of its own and do not write to it (or to memory aliasing "
		  "it) until it is submitted or discarded." },
		{ "potential write to dynptr",
		  "A helper writes into stack memory that holds a bpf_dynptr.",
		  "Give the helper a buffer of its own, not the dynptr's bytes." },
		{ "for bpf_dynptr_from_mem data",
		  "bpf_dynptr_from_mem() takes only memory of a map value.",
		  "Put the buffer in a map value (a per-CPU array with one entry works as scratch space)." },
		{ "dynptr has to be at a constant offset",
		  "The dynptr's address on the stack is not a constant.",
		  "Pass `&ptr` of a local `struct bpf_dynptr ptr;`." },
		{ "cannot pass in dynptr at an offset",
		  "The dynptr's address is not an 8-byte-aligned slot of the stack.",
		  "Pass `&ptr` of a local `struct bpf_dynptr ptr;`." },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (strstr(c->msg, t[i].needle)) {
			diag_class(c, "dynptr");
			diag_where(c, c->fail, "fails here");
			/* a release earlier on the path explains most of them */
			for (long s = c->fstep - 1; s >= 0; s--) {
				const struct bv_insn *in = insn_at(c, (long)c->res->steps[s].insn);

				if (in && in->code == (BV_JMP | BV_CALL) && in->src == 0 &&
				    (in->imm == 199 || in->imm == 200)) {
					diag_where(c, (long)c->res->steps[s].insn, "submitted or discarded here");
					break;
				}
			}
			WHY(c, "%s", t[i].why);
			FIX(c, "%s", t[i].fix);
			return 1;
		}
	return 0;
}

/* Whether the last member of `a->b.c` is an array in every struct of the
 * object's BTF that has a member of that name. */
static bool member_is_array(const struct ctx *c, const char *expr)
{
	const struct btf *btf = c->obj && c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const char *m = expr + strlen(expr);
	int seen = 0;

	while (m > expr && (isalnum((unsigned char)m[-1]) || m[-1] == '_'))
		m--;
	if (!btf || !*m)
		return false;
	for (uint32_t id = 1; id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const struct btf_member *mb;

		if (!t || !btf_is_composite(t))
			continue;
		mb = btf_members(t);
		for (int k = 0; k < btf_vlen(t); k++, mb++) {
			const char *nm = btf__name_by_offset(btf, mb->name_off);
			int rt;
			const struct btf_type *mt;

			if (!nm || strcmp(nm, m))
				continue;
			rt = btf__resolve_type(btf, mb->type);
			mt = rt > 0 ? btf__type_by_id(btf, (uint32_t)rt) : NULL;
			if (!mt || !btf_is_array(mt))
				return false;
			seen++;
		}
	}
	return seen > 0;
}

/* `for (i = 1; i < len; i++) {` whose bound the verifier cannot see: the
 * same header with a constant bound added, the size of the array the body
 * indexes with i when the source file shows one (`sun_path[i]`). */
static bool for_bound_fix(struct ctx *c, long i, const char *t, uint32_t line)
{
	char v[48], cond[96], lim[224], arr[96], blk[4096], fixed[640], grown[400];
	char hdr[256];
	const char *p, *e;
	char *cm;

	/* the header without a comment after it */
	if (strncmp(t, "for (", 5) || strlen(t) >= sizeof(hdr))
		return false;
	snprintf(hdr, sizeof(hdr), "%s", t);
	if ((cm = strstr(hdr, "/*")) || (cm = strstr(hdr, "//"))) {
		while (cm > hdr && cm[-1] == ' ')
			cm--;
		*cm = '\0';
	}
	t = hdr;
	if (!(p = diag_for_cond(t, v, sizeof(v))) || strncmp(p + strlen(v), " < ", 3) || !(e = strchr(p, ';')) ||
	    (size_t)(e - p) >= sizeof(cond))
		return false;
	snprintf(cond, sizeof(cond), "%.*s", (int)(e - p), p);
	arr[0] = '\0';
	if (diag_src_block(c, i, blk, sizeof(blk))) {
		char idx[56];
		const char *h, *b;

		snprintf(idx, sizeof(idx), "[%s]", v);
		/* the expression indexed: identifiers, `->` and `.` back from `[i]` */
		if ((h = strstr(blk, idx))) {
			for (b = h; b > blk && (isalnum((unsigned char)b[-1]) || b[-1] == '_' || b[-1] == '.' ||
						(b[-1] == '>' && b - 1 > blk && b[-2] == '-') || (b[-1] == '-' && b[0] == '>'));)
				b--;
			if (b < h && (size_t)(h - b) < sizeof(arr) && (isalpha((unsigned char)*b) || *b == '_'))
				snprintf(arr, sizeof(arr), "%.*s", (int)(h - b), b);
		}
	}
	/* sizeof only of an array: of a pointer (`p[i]`, p into the packet) it is 8 */
	if (arr[0] && !(strpbrk(arr, ".>") ? member_is_array(c, arr) : diag_src_is_array(c, i, arr)))
		arr[0] = '\0';
	if (arr[0])
		snprintf(lim, sizeof(lim), "sizeof(%s) / sizeof(%s[0])", arr, arr);
	else
		snprintf(lim, sizeof(lim), "MAX");
	snprintf(grown, sizeof(grown), "%s && %s < %s", cond, v, lim);
	if (diag_replace_expr(t, cond, grown, fixed, sizeof(fixed)) != 1)
		return false;
	FIX(c, "Give the loop a constant bound as well as its own (line %u): `%s`", line, fixed);
	if (arr[0])
		FIX(c, ", since the body reads `%s[%s]`, which has no more elements than that.", arr, v);
	else
		FIX(c, " with MAX a constant, the most rounds the data can need (1500 for a packet's bytes).");
	FIX(c, " The verifier then stops walking at that bound; or run the body through bpf_loop().");
	return true;
}

/* A loop the verifier walks iteration by iteration: find the comparison
 * that decides whether it goes on, made against a number it cannot bound. */
/* The header of the loop around line `line` (`for (long i = 0; ; i++) {`,
 * `while (1) {`): the nearest line above it that opens one, at most 12
 * lines up. */
static bool loop_header_above(const struct ctx *c, long insn, uint32_t line, char *out, size_t size, uint32_t *at)
{
	for (uint32_t k = 1; k <= 12 && k < line; k++) {
		if (!diag_src_line_above(c, insn, line - k, out, size))
			continue;
		if (!strncmp(out, "for (", 5) || !strncmp(out, "while (", 7)) {
			*at = line - k;
			return true;
		}
	}
	return false;
}

/* `for (long i = 0; ; i++) {` -> `for (long i = 0; i < 256; i++) {`;
 * `while (1) {` and `for (;;) {` -> `for (int i = 0; i < 256; i++) {`. */
static bool counted_header(const char *h, char *out, size_t size)
{
	const char *s1 = strchr(h, ';'), *s2 = s1 ? strchr(s1 + 1, ';') : NULL, *v;
	char name[32];
	size_t n = 0;

	if (!strcmp(h, "while (1) {") || !strcmp(h, "while (true) {") || !strncmp(h, "for (;;)", 8))
		return snprintf(out, size, "for (int i = 0; i < 256; i++) {") < (int)size;
	if (strncmp(h, "for (", 5) || !s2)
		return false;
	for (v = s1 + 1; v < s2 && *v == ' '; v++)
		;
	if (v != s2)
		return false; /* it has a condition */
	/* the variable the first clause sets: the name before its `=` */
	const char *eq = memchr(h, '=', (size_t)(s1 - h)), *e;

	if (!eq)
		return false;
	for (e = eq; e > h && e[-1] == ' '; e--)
		;
	for (v = e; v > h && (isalnum((unsigned char)v[-1]) || v[-1] == '_'); v--)
		;
	n = (size_t)(e - v);
	if (!n || n >= sizeof(name))
		return false;
	snprintf(name, sizeof(name), "%.*s", (int)n, v);
	return snprintf(out, size, "%.*s; %s < 256;%s", (int)(s1 - h), h, name, s2 + 1) < (int)size;
}

static int diag_loop_bound(struct ctx *c)
{
	char b[96];

	if (!strstr(c->msg, "jumps is too complex") && !strstr(c->msg, "BPF program is too large"))
		return 0;
	for (long k = (long)c->res->n_steps - 1, seen = 0; k >= 0 && seen < 256; k--, seen++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);
		const struct bv_vreg *a, *x;

		if (!is_cond_jump(c, i) || !f->x)
			continue;
		a = reg_at(c, k, in->dst);
		x = reg_at(c, k, in->src);
		if (!a || !x || a->kind != BV_REG_SCALAR || x->kind != BV_REG_SCALAR)
			continue;
		if (a->umax < 65536 && x->umax < 65536)
			continue;
		diag_class(c, "loop-too-complex");
		diag_where(c, c->fail, i == c->fail ? "the loop's condition; the verifier gave up here" :
						 "the verifier gave up here");
		if (i != c->fail)
			diag_where(c, i, "the loop's condition");
		insn_text(c, i, b, sizeof(b));
		WHY(c, "The loop goes on or stops on `%s`, and R%d can be as large as %" PRIu64 ": with no constant "
		       "bound, the verifier walks one more iteration for every value it might have, until it runs "
		       "out of room.",
		    strstr(b, ") ") ? strstr(b, ") ") + 2 : b, a->umax >= x->umax ? in->dst : in->src,
		    a->umax >= x->umax ? a->umax : x->umax);
		/* a loop left only by a `break` (`while (1) {` ... `if (off >=
		 * end) break;`): its header, which has no instruction, gets
		 * the round count */
		const char *t = diag_src_text(c, i);
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)i);

		if (t && li && !strncmp(t, "if (", 4) && !strchr(t, '{')) {
			char hdr[160], fixed[200];
			uint32_t hl = 0;

			FIX(c, "The loop leaves only through the `break` of this test (line %u, `%s`), which the "
			       "verifier cannot bound. Give it a round count as well: ",
			    li->line_num, t);
			if (loop_header_above(c, i, li->line_num, hdr, sizeof(hdr), &hl) &&
			    counted_header(hdr, fixed, sizeof(fixed)))
				FIX(c, "write its header, line %u, as `%s` in place of `%s`, keeping the test and its `break`; "
				       "pick the largest count the data can need.",
				    hl, fixed, hdr);
			else
				FIX(c, "write its header as `for (int i = 0; i < 256; i++) {` in place of `while (1) {` (or "
				       "`for (;;) {`), keeping the test and its `break`; pick the largest count the data can "
				       "need.");
			return 1;
		}
		if (t && li && for_bound_fix(c, i, t, li->line_num))
			return 1;
		FIX(c, "Bound the loop by a constant and leave it on the real condition: `for (i = 0; i < MAX; i++) "
		       "{ if (i >= n) break; ... }` with MAX a constant (1500 for a packet's bytes), or run the body "
		       "through bpf_loop(n, cb, &ctx, 0) with n clamped.");
		return 1;
	}
	return 0;
}

/* The packet-copying helpers of tc and XDP, and the redirects of sk_skb
 * and sk_msg, take the same arguments but the flags: the user's own call,
 * rewritten for the other kind. */
static void swap_call(struct ctx *c, const char *name, const char *advice)
{
	static const struct {
		const char *from, *to;
		int nargs; /* of `to` */
		const char *extra;
	} t[] = {
		{ "skb_load_bytes", "xdp_load_bytes", 4, "" },
		{ "skb_store_bytes", "xdp_store_bytes", 4, "" },
		{ "xdp_load_bytes", "skb_load_bytes", 4, "" },
		{ "xdp_store_bytes", "skb_store_bytes", 4, ", 0" },
		{ "sk_redirect_hash", "msg_redirect_hash", 4, "" },
		{ "sk_redirect_map", "msg_redirect_map", 4, "" },
		{ "msg_redirect_hash", "sk_redirect_hash", 4, "" },
		{ "msg_redirect_map", "sk_redirect_map", 4, "" },
	};
	char a[4][96];

	/* bpf_skb_load_bytes(msg, off, dst, len) in sk_msg -> pull, check, copy
	 * (batch 58's netns_cookie_prog) */
	if (!strcmp(name, "skb_load_bytes") && strstr(advice, "bpf_msg_pull_data") &&
	    diag_call_arg(c, c->fail, 1, a[0], sizeof(a[0])) && diag_call_arg(c, c->fail, 2, a[1], sizeof(a[1])) &&
	    diag_call_arg(c, c->fail, 3, a[2], sizeof(a[2])) && diag_call_arg(c, c->fail, 4, a[3], sizeof(a[3]))) {
		const char *m = a[0][0] == '(' && strchr(a[0], ')') ? strchr(a[0], ')') + 1 : a[0];

		while (*m == ' ')
			m++;
		if (!diag_is_name(m))
			return;
		bool zero = !strcmp(a[1], "0");

		FIX(c, " Here: `if (bpf_msg_pull_data(%s, %s, %s%s%s, 0)) return SK_PASS; void *data = (void *)(long)%s->data, "
		       "*data_end = (void *)(long)%s->data_end; if (data + %s > data_end) return SK_PASS; "
		       "__builtin_memcpy(%s, data, %s);` (after the pull, msg->data is byte %s).",
		    m, a[1], zero ? "" : a[1], zero ? "" : " + ", a[3], m, m, a[3], a[2], a[3], a[1]);
		return;
	}
	/* bpf_skb_load_bytes(skops, off, dst, len) in sock_ops -> check, copy
	 * (batch 77), the call's own test kept with what it does on failure */
	if (!strcmp(name, "skb_load_bytes") && strstr(advice, "skb_data_end") &&
	    diag_call_arg(c, c->fail, 1, a[0], sizeof(a[0])) && diag_is_name(a[0]) &&
	    diag_call_arg(c, c->fail, 2, a[1], sizeof(a[1])) && diag_call_arg(c, c->fail, 3, a[2], sizeof(a[2])) &&
	    diag_call_arg(c, c->fail, 4, a[3], sizeof(a[3]))) {
		const char *t = diag_src_text(c, c->fail);
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)c->fail);
		bool zero = !strcmp(a[1], "0");
		char at[120];

		snprintf(at, sizeof(at), "data%s%s", zero ? "" : " + ", zero ? "" : a[1]);
		if (t && li && !strncmp(t, "if (bpf_skb_load_bytes(", 23) && t[strlen(t) - 1] == ')')
			FIX(c, " Here: `void *data = %s->skb_data;` before line %u, the line itself `if (%s + %s > "
			       "%s->skb_data_end)` (what it does on failure unchanged), and after it `__builtin_memcpy(%s, %s, %s);`.",
			    a[0], li->line_num, at, a[3], a[0], a[2], at, a[3]);
		else
			FIX(c, " Here: `void *data = %s->skb_data; if (%s + %s > %s->skb_data_end) return 1; "
			       "__builtin_memcpy(%s, %s, %s);`.",
			    a[0], at, a[3], a[0], a[2], at, a[3]);
		return;
	}
	/* bpf_redirect_map(&map, key, flags) -> a lookup, then bpf_redirect() */
	if (!strcmp(name, "redirect_map") && diag_call_arg(c, c->fail, 1, a[0], sizeof(a[0])) &&
	    diag_call_arg(c, c->fail, 2, a[1], sizeof(a[1]))) {
		bool named = diag_is_name(a[1]);

		FIX(c, " Here: `%s%s%s%s__u32 *ifindex = bpf_map_lookup_elem(%s, &%s); if (!ifindex) return TC_ACT_OK; "
		       "return bpf_redirect(*ifindex, 0);`.",
		    named ? "" : "__u32 key = ", named ? "" : a[1], named ? "" : "; ", "", a[0], named ? a[1] : "key");
		return;
	}
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char to[40];

		snprintf(to, sizeof(to), "bpf_%s(", t[i].to);
		/* only where the advice given is that swap */
		if (strcmp(t[i].from, name) || !strstr(advice, to))
			continue;
		for (int k = 0; k < t[i].nargs; k++)
			if (!diag_call_arg(c, c->fail, k + 1, a[k], sizeof(a[k])))
				return;
		/* the context passed as `(void *)msg` to fit the other helper */
		const char *ctx = a[0][0] == '(' && strchr(a[0], ')') ? strchr(a[0], ')') + 1 : a[0];
		while (*ctx == ' ')
			ctx++;
		if (!diag_is_name(ctx))
			ctx = a[0];
		FIX(c, " Here: `bpf_%s(%s, %s, %s, %s%s)`.", t[i].to, ctx, a[1], a[2], a[3], t[i].extra);
		return;
	}
}

/* The program types that see a struct __sk_buff, with the section that
 * makes each: code moves between them without changing its context. */
static const struct {
	uint32_t type;
	const char *sec;
} skb_family[] = {
	{ BV_PROG_SCHED_CLS, "tc" },         { BV_PROG_LWT_XMIT, "lwt_xmit" }, { BV_PROG_SK_SKB, "sk_skb" },
	{ BV_PROG_SCHED_ACT, "action" },     { BV_PROG_LWT_IN, "lwt_in" },     { BV_PROG_LWT_OUT, "lwt_out" },
	{ BV_PROG_LWT_SEG6LOCAL, "lwt_seg6local" },                           { BV_PROG_CGROUP_SKB, "cgroup_skb/ingress" },
	{ BV_PROG_SOCKET_FILTER, "socket" }, { BV_PROG_FLOW_DISSECTOR, "flow_dissector" },
};

/* A helper an __sk_buff program lacks: the types of the same family that
 * have it, by the running kernel's table; 1 when a fix was given. */
static int skb_family_with(struct ctx *c, uint32_t pt, const char *helper)
{
	const char *p = strstr(c->msg, "#");
	int id = p ? atoi(p + 1) : -1, n = 0;
	bool in_family = false;
	char list[320];
	size_t len = 0;

	for (size_t i = 0; i < sizeof(skb_family) / sizeof(skb_family[0]); i++)
		in_family |= skb_family[i].type == pt;
	if ((pt && !in_family) || id <= 0)
		return 0;
	for (size_t i = 0; i < sizeof(skb_family) / sizeof(skb_family[0]) && len < sizeof(list); i++) {
		const struct helper_allow *a = allow_row(helper_allow, skb_family[i].type, 0, NULL);

		if (!a || (size_t)id >= strlen(a->ids) || a->ids[id] == '.')
			continue;
		len += (size_t)snprintf(list + len, sizeof(list) - len, "%s%s (`SEC(\"%s\")`)", n ? ", " : "",
					bv_prog_type_name(skb_family[i].type), skb_family[i].sec);
		n++;
	}
	if (!n || len >= sizeof(list))
		return 0;
	FIX(c, "Of the program types that take %s struct __sk_buff, %s %s bpf_%s%s", pt ? "the same" : "a", list,
	    n == 1 ? "has" : "have", helper, pt == BV_PROG_LWT_IN || pt == BV_PROG_LWT_OUT ? "" : ".");
	if ((pt == BV_PROG_LWT_IN || pt == BV_PROG_LWT_OUT) && strstr(list, "lwt_xmit"))
		FIX(c, ": for a route's lightweight tunnel, attach the program at xmit instead (`ip route add ... encap "
		       "bpf xmit obj prog.o sec lwt_xmit`), where it may change the packet, or do it at tc.");
	/* cgroup_skb code moved to tc as it is loads, and is wrong: its
	 * offsets and its verdicts mean other things there (batch 39) */
	if (pt == BV_PROG_CGROUP_SKB && strstr(list, "`SEC(\"tc\")`"))
		FIX(c, " Moving the code to tc, mind two differences: there the packet starts at the Ethernet header, so "
		       "offsets into the IP header grow by ETH_HLEN (`ETH_HLEN + offsetof(struct iphdr, tos)`), and "
		       "tc lets a packet through with TC_ACT_OK (0) and drops it with TC_ACT_SHOT (2), where cgroup_skb's "
		       "1 lets it through and 0 drops it: replace each `return 1;` with `return TC_ACT_OK;`. tc sees "
		       "the whole device's traffic; to keep to one cgroup's, compare bpf_skb_cgroup_id(skb) with its "
		       "id (at egress).");
	return 1;
}

/* A helper the program's attach point lacks but other attach points of the
 * same type have (bpf_bind: connect4/connect6 only): their sections, into
 * OUT ("" when they do not fit); the count. From a log, whose attach point is unknown, the attach
 * points that have it when some of the type's do not. */
static int attach_with(struct ctx *c, uint32_t pt, char *out, size_t size)
{
	const char *p = strstr(c->msg, "#");
	int id = p ? atoi(p + 1) : -1, n = 0, rows = 0;
	bool own = c->prog->sec.has_attach_type;
	size_t len = 0;

	if (id <= 0 || (own && !bv_section_for(pt, c->prog->sec.expected_attach_type)))
		return 0;
	for (const struct helper_allow *a = helper_allow; a->ids; a++) {
		const char *sec = bv_section_for(pt, a->attach_type);

		if (a->prog_type != pt || (own && a->attach_type == c->prog->sec.expected_attach_type) || !sec)
			continue;
		rows++;
		if ((size_t)id >= strlen(a->ids) || a->ids[id] == '.')
			continue;
		if (out && len < size)
			len += (size_t)snprintf(out + len, size - len, "%s`SEC(\"%s\")`", n ? ", " : "", sec);
		n++;
	}
	if (out && len >= size)
		out[0] = '\0'; /* the count stands; the list does not fit */
	return !own && n == rows ? 0 : n;
}

/* A helper the program type lacks: name the type, and the helper that type
 * has for the same job when there is one (code moved between tc and XDP). */
static int diag_helper_type(struct ctx *c)
{
	static const struct {
		const char *helper;  /* without the bpf_ prefix */
		uint32_t type;       /* where it is missing; 0: any */
		const char *instead;
	} alt[] = {
		{ "skb_load_bytes", BV_PROG_XDP, "In XDP use bpf_xdp_load_bytes(ctx, off, buf, len) (kernel 5.18 and "
						 "later), or read the packet directly after checking `data + off + len "
						 "<= data_end`." },
		{ "skb_store_bytes", BV_PROG_XDP, "In XDP use bpf_xdp_store_bytes(ctx, off, buf, len) (5.18 and later), "
						  "or write the packet directly after a data_end check." },
		{ "skb_change_tail", BV_PROG_XDP, "In XDP use bpf_xdp_adjust_tail(ctx, delta)." },
		{ "skb_change_head", BV_PROG_XDP, "In XDP use bpf_xdp_adjust_head(ctx, delta)." },
		{ "skb_adjust_room", BV_PROG_XDP, "In XDP use bpf_xdp_adjust_head(ctx, delta) and move the headers "
						  "yourself." },
		{ "l3_csum_replace", BV_PROG_XDP, "XDP has no checksum-fixing helpers: update the checksum yourself "
						  "(bpf_csum_diff() and a fold to 16 bits)." },
		{ "l4_csum_replace", BV_PROG_XDP, "XDP has no checksum-fixing helpers: update the checksum yourself "
						  "(bpf_csum_diff() and a fold to 16 bits)." },
		{ "xdp_load_bytes", 0, "On a socket buffer use bpf_skb_load_bytes(skb, off, buf, len)." },
		{ "xdp_store_bytes", 0, "On a socket buffer use bpf_skb_store_bytes(skb, off, buf, len, 0)." },
		{ "xdp_adjust_head", 0, "On a socket buffer use bpf_skb_change_head() or bpf_skb_adjust_room()." },
		{ "xdp_adjust_tail", 0, "On a socket buffer use bpf_skb_change_tail()." },
		{ "skb_store_bytes", 0, "Only programs that may change packets have it: attach the program at tc "
					"(SEC(\"tc\")) or use XDP." },
		{ "skb_load_bytes", BV_PROG_SK_MSG, "An sk_msg program sees a message, not a socket buffer, and reads "
						    "it through its context: bpf_msg_pull_data() makes the bytes wanted "
						    "directly readable (they may be in a later page otherwise), then "
						    "check them against msg->data_end and copy them." },
		{ "skb_load_bytes", BV_PROG_SOCK_OPS, "A sock_ops program reads the TCP header in place: skops->skb_data "
						      "points to its first byte and skops->skb_data_end past its last "
						      "(in the header-option callbacks and at ESTABLISHED), so check "
						      "the bytes against skb_data_end and read or copy them; an option, "
						      "with bpf_load_hdr_opt()." },
		{ "sk_redirect_hash", BV_PROG_SK_MSG, "An sk_msg program sees a message, not a socket buffer, and has "
						      "its own redirect: bpf_msg_redirect_hash(msg, &map, &key, flags)." },
		{ "sk_redirect_map", BV_PROG_SK_MSG, "An sk_msg program sees a message, not a socket buffer, and has "
						     "its own redirect: bpf_msg_redirect_map(msg, &map, key, flags)." },
		{ "msg_redirect_hash", BV_PROG_SK_SKB, "An sk_skb program has the socket buffer's redirect: "
						       "bpf_sk_redirect_hash(skb, &map, &key, flags)." },
		{ "msg_redirect_map", BV_PROG_SK_SKB, "An sk_skb program has the socket buffer's redirect: "
						      "bpf_sk_redirect_map(skb, &map, key, flags)." },
		{ "redirect_map", BV_PROG_SCHED_CLS, "Only XDP has bpf_redirect_map(). A tc program redirects with "
						     "bpf_redirect(ifindex, flags): look the interface up in the map first "
						     "(a device map's value starts with the ifindex)." },
		{ "redirect_neigh", BV_PROG_XDP, "XDP has no bpf_redirect_neigh(): it is tc's. Attach the program at tc "
						 "(`SEC(\"tc\")`, with a `struct __sk_buff *` context and TC_ACT_* "
						 "verdicts), where the call works as written; or, staying in XDP, look the "
						 "next hop up with bpf_fib_lookup(), write its MAC addresses into the "
						 "Ethernet header and return bpf_redirect(params.ifindex, 0)." },
		{ "redirect_peer", BV_PROG_XDP, "XDP has no bpf_redirect_peer(): it is tc's, for the ingress side of a "
						"veth or netkit pair. Attach the program at tc ingress "
						"(`SEC(\"tc\")`, with a `struct __sk_buff *` context)." },
		{ "get_stackid", 0, "Stack traces are for tracing programs (kprobe, tracepoint, perf_event). A "
				    "packet program always runs at the same hook, so its stack would not say who sent the "
				    "packet anyway: delete the call here and take the stack in a tracing program on the "
				    "same packets, e.g. for packets being sent `SEC(\"tp_btf/net_dev_queue\") int "
				    "BPF_PROG(sent, struct sk_buff *skb) { if (/* the same test, on skb->len, ... */) "
				    "bpf_get_stackid(ctx, &stacks, 0); return 0; }` (with `struct sk_buff { unsigned int "
				    "len; } __attribute__((preserve_access_index));` or vmlinux.h; `netif_receive_skb` for "
				    "received ones)." },
		{ "get_stack", 0, "Stack traces are for tracing programs (kprobe, tracepoint, perf_event). A packet "
				  "program always runs at the same hook: take the stack in a tracing program on the same "
				  "packets (`SEC(\"tp_btf/net_dev_queue\")` for packets being sent, "
				  "`SEC(\"tp_btf/netif_receive_skb\")` for received ones), with bpf_get_stack(ctx, ...)." },
		{ "sk_release", 0, "This program type has no helper that takes a reference on a socket (the "
				   "bpf_sk_lookup_*() family), so it holds none to release: a socket read from the "
				   "context (`ctx->sk`) is the kernel's, kept alive while the program runs. Delete the "
				   "call." },
		{ "override_return", 0, "Only kprobes on functions marked for error injection may change a return "
					"value." },
	};
	const char *p = strstr(c->msg, "cannot use helper bpf_");
	/* from a log, the type it shows (a struct xdp_md is XDP's; a
	 * __sk_buff is shared by several types), else 0 */
	uint32_t pt = c->prog->sec.prog_type;
	const char *type = pt ? bv_prog_type_name(pt) : NULL;
	/* what to do instead where the helper is for other attach points */
	static const struct {
		const char *helper;
		uint32_t type;
		const char *own; /* in the program's own section */
		const char *who; /* those programs, for a log that does not say */
		const char *note;
	} attach_note[] = {
		{ "bind", BV_PROG_CGROUP_SOCK_ADDR, "/bind", "a bind program (cgroup/bind4, cgroup/bind6)",
		  "bpf_bind binds the socket to a local address before connect() goes on. A bind program changes "
		  "the address being bound through its context instead: assign `ctx->user_ip4` (or "
		  "`ctx->user_ip6[0]` to `[3]`) and `ctx->user_port`, in network byte order, and return 1." },
	};
	const char *own_sec = c->prog->sec.has_attach_type ? bv_section_for(pt, c->prog->sec.expected_attach_type) : NULL;
	char name[64], arg1[32], others[160] = "";
	int n_others = pt ? attach_with(c, pt, others, sizeof(others)) : 0;
	size_t n = 0;
	/* a log alone: a call passing `skb` is not from an XDP program */
	bool skb_arg = !pt && diag_call_arg(c, c->fail, 1, arg1, sizeof(arg1)) && !strcmp(arg1, "skb");

	if (!p)
		return 0;
	p += strlen("cannot use helper bpf_");
	while (p[n] && p[n] != '#' && n < sizeof(name) - 1) {
		name[n] = p[n];
		n++;
	}
	name[n] = '\0';
	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "fails here");
	if (type && own_sec && n_others)
		WHY(c, "A %s program attached as %s does not have bpf_%s: the kernel gives this program type a "
		       "different set of helpers at each attach point.",
		    type, own_sec, name);
	else if (type && n_others && others[0])
		WHY(c, "A %s program has bpf_%s only when attached as %s: the kernel gives this program type a "
		       "different set of helpers at each attach point.",
		    type, name, others);
	else {
		if (type)
			WHY(c, "%s programs do not have bpf_%s: ", type, name);
		else
			WHY(c, "This program type does not have bpf_%s: ", name);
		WHY(c, "the kernel gives each program type its own set of helpers.");
	}
	for (size_t i = 0; i < sizeof(alt) / sizeof(alt[0]); i++)
		if (!strcmp(alt[i].helper, name) && (!alt[i].type || alt[i].type == pt || !pt)) {
			/* the types of the program's own family first, when it has one */
			if (skb_arg && alt[i].type == BV_PROG_XDP)
				continue;
			if (!alt[i].type && (pt || skb_arg) && skb_family_with(c, pt, name))
				return 1;
			/* from a log alone the type is unknown: say which one the advice is for */
			if (alt[i].type && !pt) {
				const char *w = alt[i].instead;

				/* "An sk_msg program ..." goes on the sentence: "an sk_msg program" */
				FIX(c, "If this is %s program: %c%s",
				    alt[i].type == BV_PROG_SCHED_CLS ? "a tc"
				    : alt[i].type == BV_PROG_XDP     ? "an XDP"
				    : alt[i].type == BV_PROG_SK_MSG  ? "an sk_msg"
								     : "an sk_skb",
				    isupper((unsigned char)w[0]) && islower((unsigned char)w[1]) ? tolower((unsigned char)w[0]) : w[0],
				    w + 1);
			} else
				FIX(c, "%s", alt[i].instead);
			swap_call(c, name, alt[i].instead);
			return 1;
		}
	if ((pt || skb_arg) && skb_family_with(c, pt, name))
		return 1;
	if (n_others && others[0]) {
		FIX(c, "The same program type has bpf_%s when attached as %s: the call belongs in such a program.",
		    name, others);
		/* from a log the attach point is unknown: say which the note is for */
		for (size_t i = 0; i < sizeof(attach_note) / sizeof(attach_note[0]); i++)
			if (!strcmp(attach_note[i].helper, name) && attach_note[i].type == pt &&
			    (!own_sec || strstr(own_sec, attach_note[i].own)))
				FIX(c, " %s%s%s%s", own_sec ? "" : "If this is ", own_sec ? "" : attach_note[i].who,
				    own_sec ? "" : ": ", attach_note[i].note);
		return 1;
	}
	FIX(c, "Use a helper this program type has (`bpftool feature probe kernel` lists them by type), or attach "
	       "the program as a type that has it (the section name decides the type).");
	return 1;
}

/* A return value outside what the program type takes: the numbers, what
 * they mean for this type, and where R0 got its value. */
/* A callback returning what its helper does not take: name the callback,
 * the helper that calls it, and what the values mean to that helper. */

/* The instruction that wrote the value R0 (v) holds at the exit, through
 * plain copies: `r0 = r6` on the closing brace takes the constant from
 * where one of the paths that meet there wrote it. */
static long value_writer(const struct ctx *c, const struct bv_vreg *v)
{
	long d = v->def_insn;

	for (int hop = 0; hop < 4; hop++) {
		const struct bv_insn *mv = insn_at(c, d);
		const struct bv_vreg *from;

		if (!mv || mv->code != (BV_ALU64 | BV_MOV | BV_X) || mv->off ||
		    !(from = reg_at(c, step_of(c, c->fstep, d), mv->src)) || from->def_insn < 0)
			break;
		d = from->def_insn;
	}
	return d;
}
/* A tail call in a callback: 6.18 fails on it with an internal error
 * while tracking r0's precision back through the helper that ran the
 * callback; later kernels say "cannot tail call within callback". */
static int diag_tail_in_callback(struct ctx *c)
{
	long loop;
	char hb[64];
	const char *ctx = diag_param_name(c, 0, 0);

	if (!msg_starts(c->msg, "verifier bug: callback unexpected regs") || !diag_call_named(c, c->fail, "bpf_tail_call") ||
	    c->fstep < 0 || !c->res->steps[c->fstep].frame)
		return 0;
	loop = entering_call(c, c->fstep);
	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "the tail call in the callback");
	if (loop >= 0)
		diag_where(c, loop, "the helper that runs the callback");
	WHY(c, "A callback%s%s%s cannot make a tail call the verifier accepts: checking what the callback returns "
	       "after the tail call, the kernel (6.18) meets a state it reports as its own bug (\"verifier bug\") "
	       "and refuses the program.",
	    loop >= 0 ? " run by " : "", loop >= 0 ? helper_at(c, loop, hb, sizeof(hb)) : "", loop >= 0 ? "()" : "");
	/* the program's context, by the name its main function gives it */
	if (loop >= 0 && !strcmp(hb, "bpf_loop") && ctx && tail_loop_fix(c, loop, c->fail, ctx))
		return 1;
	FIX(c, "Make the tail call from the program's own function, after the loop (a loop of bpf_tail_call() calls "
	       "there tries one slot after another).");
	return 1;
}

/* The expression of `return EXPR;` on the failing line, when it is not a
 * number (a constant return has its own advice). */
static bool cb_return_expr(const struct ctx *c, char *out, size_t size)
{
	const char *t = diag_src_text(c, c->fail), *r, *e;

	if (!t || !(r = strstr(t, "return ")) || !(e = strchr(r, ';')))
		return false;
	r += strlen("return ");
	while (*r == ' ')
		r++;
	if (e == r || (size_t)(e - r) >= size || isdigit((unsigned char)*r) || *r == '-')
		return false;
	snprintf(out, size, "%.*s", (int)(e - r), r);
	return true;
}

static int diag_cb_return(struct ctx *c)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, 0);
	const char *p, *fn = NULL, *meaning = NULL;
	long long smin, smax;
	long call = -1;
	int lo, hi, neg = 0, frame = c->fstep >= 0 ? c->res->steps[c->fstep].frame : 0;
	char hb[64], b[128];

	bool async = msg_starts(c->msg, "At async callback return the register R0");

	if ((!async && !msg_starts(c->msg, "At callback return the register R0")) ||
	    !(p = strstr(c->msg, "should have been in [")) || sscanf(p, "should have been in [%d, %d]", &lo, &hi) != 2)
		return 0;
	if (func_of(c, c->fail))
		fn = func_of(c, c->fail)->name;
	if (frame)
		call = entering_call(c, c->fstep);
	diag_class(c, "return-value");
	diag_where(c, c->fail, "the callback returns here");
	if (call >= 0) {
		diag_where(c, call, "the helper that calls it");
		helper_at(c, call, hb, sizeof(hb));
		if (!strcmp(hb, "bpf_loop") || !strcmp(hb, "bpf_for_each_map_elem") || !strcmp(hb, "bpf_user_ringbuf_drain") ||
		    !strcmp(hb, "bpf_find_vma"))
			meaning = "0 goes on to the next element and 1 stops";
	}
	WHY(c, "The callback %s%s%s", fn ? fn : "", fn ? "()" : "", call >= 0 ? ", called by " : "");
	if (call >= 0)
		WHY(c, "%s at insn %ld,", hb, call);
	if (sscanf(c->msg,
		   async ? "At async callback return the register R0 has smin=%lld smax=%lld"
			 : "At callback return the register R0 has smin=%lld smax=%lld",
		   &smin, &smax) == 2) {
		WHY(c, smin == smax ? " returns %lld on this path" : " returns between %lld and %lld on this path", smin, smax);
		/* the kernel judges the low 32 bits: `return -1;` reads 4294967295 */
		if (smin == smax && smin > INT32_MAX && smin <= UINT32_MAX)
			neg = (int)(int32_t)(uint32_t)smin;
		if (neg)
			WHY(c, " (the %d the C code returns: for an int clang sets only R0's low 32 bits, and the verifier checks the "
			       "whole 64-bit register)", neg);
	} else {
		WHY(c, " returns a number the verifier cannot bound on this path");
	}
	WHY(c, ", but it must return a value in [%d, %d]%s%s.", lo, hi, meaning ? ": " : "", meaning ? meaning : "");
	if (v && v->def_insn >= 0 && v->def_insn != c->fail) {
		long d = value_writer(c, v);

		diag_where(c, d, "the return value set here");
		WHY(c, " R0 got that value at insn %ld (`%s`).", d, insn_text(c, d, b, sizeof(b)));
	}

	if (async)
		WHY(c, " A timer's or a work queue's callback runs later on its own, and nothing reads what it returns; "
		       "the kernel wants 0.");
	if (async && lo == 0 && hi == 0) {
		long re = -1;

		/* a timer that re-arms itself does so by a call, not by its return */
		for (long k = c->fstep; k >= 0 && (long)c->res->steps[k].frame >= frame; k--)
			if ((long)c->res->steps[k].frame == frame && diag_call_named(c, (long)c->res->steps[k].insn, "bpf_timer_start"))
				re = (long)c->res->steps[k].insn;
		if (cb_return_expr(c, b, sizeof(b)) || (diag_src_text(c, c->fail) &&
							 !strncmp(diag_src_text(c, c->fail), "return ", 7) &&
							 snprintf(b, sizeof(b), "%.*s", (int)strcspn(diag_src_text(c, c->fail) + 7, ";"),
								  diag_src_text(c, c->fail) + 7) > 0))
			FIX(c, "Replace `return %s;` with `return 0;`", b);
		else
			FIX(c, "End the callback with `return 0;` on every path");
		if (re >= 0) {
			diag_where(c, re, "the timer re-armed here");
			FIX(c, ": the bpf_timer_start() call at insn %ld is what starts the timer again.", re);
		} else
			FIX(c, ".");
		return 1;
	}
	if (lo == 0 && hi == 1 && neg)
		FIX(c, "Return 1 to stop where the callback returns %d (`return 1;`), 0 to go on, and pass anything else "
		       "back through the context pointer the callback gets (its last argument).",
		    neg);
	else if (lo == 0 && hi == 1 && cb_return_expr(c, b, sizeof(b))) {
		char x[64], f[64];
		const char *arrow = strstr(b, "->");

		/* `return w->total;`: the result is in the context already */
		if (arrow && diag_arrow_at(b, arrow, x, f, sizeof(x)) && strlen(x) + 2 + strlen(f) == strlen(b))
			FIX(c, "Replace `return %s;` with `return 0;`: the result is already in `%s`, which the caller reads "
			       "after %s returns; return 1 only to stop early.",
			    b, b, call >= 0 ? hb : "the helper");
		else
			FIX(c, "Replace `return %s;` with `return 0;` (0 goes on, 1 stops), and pass %s back through the "
			       "context pointer the callback gets (its last argument).",
			    b, b);
	} else if (lo == 0 && hi == 1)
		FIX(c, "Return 0 to go on and 1 to stop (`return 0;` or `return 1;`), and pass anything else back through "
		       "the context pointer the callback gets (its last argument).");
	else
		FIX(c, "Return only values in [%d, %d]; pass results back through the context pointer the callback gets.",
		    lo, hi);
	return 1;
}

/* The call whose result R0 carries at the exit, through copies only; -1
 * if R0 was made otherwise. */
static long return_root(const struct ctx *c)
{
	struct trace tr;

	if (c->fstep < 0)
		return -1;
	trace_value(c, 0, c->fstep, &tr);
	/* `<<= 32; >>= 32` only widens the int the call returned (clang 19) */
	const struct bv_insn *op = tr.op >= 0 ? insn_at(c, tr.op) : NULL;
	const struct bv_form *of = tr.op >= 0 ? form_at(c, tr.op) : NULL;
	bool widen = op && of && !of->x && op->imm == 32 && BV_CLASS(op->code) == BV_ALU64 &&
		     (of->op == BV_OP_RSH || of->op == BV_OP_ARSH);

	return tr.root >= 0 && (tr.op < 0 || widen) && tr.alu32 < 0 && is_call(c, tr.root) ? tr.root : -1;
}

/* The verdict a fix returns in place of a value out of [lo, ...]: the
 * type's word for letting it pass, or 1 where 0 is out of range too. */
static const char *verdict_for(const struct ctx *c, int lo)
{
	const char *pass = pkt_pass(c);

	return !strcmp(pass, "0") && lo > 0 ? "1" : pass;
}

/* The `return ...;` line the failing path went through last: its
 * instruction, -1.  The exit itself is often on the closing brace. */
static long return_stmt(const struct ctx *c)
{
	for (long k = c->fstep; k >= 0 && k > c->fstep - 64; k--) {
		const char *t = diag_src_text(c, c->res->steps[k].insn);

		if (t && !strncmp(t, "return ", 7))
			return c->res->steps[k].insn;
	}
	return -1;
}

/* The `if (...)` after which the failing path goes straight to the exit:
 * its instruction, -1.  clang often puts no instruction on `return 0;`
 * itself (r0 set before the test, the exit on the closing brace). */
static long return_if(const struct ctx *c)
{
	for (long k = c->fstep - 1; k >= 0 && k > c->fstep - 16; k--) {
		long i = c->res->steps[k].insn;
		const char *t = diag_src_text(c, i);

		if (is_cond_jump(c, i) && (!t || !*t) && k > 0) {
			/* the jump on a line-0 entry: the test's line is the
			 * load before it (`r1 = th.dest; if r1 == 0x1900`) */
			i = c->res->steps[k - 1].insn;
			t = diag_src_text(c, i);
			return t && !strncmp(t, "if (", 4) ? i : -1;
		}
		if (is_cond_jump(c, i))
			return t && !strncmp(t, "if (", 4) ? i : -1;
		if (t && strcmp(t, "}"))
			return -1; /* the path did something else first */
	}
	return -1;
}

/* A cgroup_skb program returning a tc verdict that drops: TC_ACT_SHOT (2)
 * or TC_ACT_STOLEN (4), meant as 0 here. */
static bool tc_drop_value(const struct ctx *c, long long v, int lo, int hi)
{
	return (v == 2 || v == 4) && lo == 0 && hi == 1 && c->prog->sec.prog_type == BV_PROG_CGROUP_SKB;
}

/* ... and the program's other returns, written with tc's words too:
 * TC_ACT_OK is 0, which drops here (batch 39). */
static void tc_ok_note(struct ctx *c)
{
	/* clang often leaves a `return TC_ACT_OK;` no instruction of its own */
	FIX(c, " %s: TC_ACT_OK is 0, which drops the packet in cgroup_skb; write `return 1;` where it says `return "
	       "TC_ACT_OK;`.",
	    any_line_has(c, "TC_ACT_OK") ? "Its other returns are tc's words too, and mean other things here"
					 : "If the code was written for tc, check its other returns too");
}

/* how a cgroup hook that takes [0, 1] refuses (bpf_set_retval checked with
 * the kernel in cgroup/sock_create, bind4, connect4, post_bind4 and
 * setsockopt programs) */
#define REFUSE_WORDS                                                                                                  \
	"`return 0;` refuses, and the caller's system call fails with EPERM. To fail it with another errno, call "   \
	"`bpf_set_retval(-E...);` before `return 0;` (cgroup programs, Linux 5.18 and later)."

static int diag_return(struct ctx *c)
{
	static const struct {
		uint32_t type;
		const char *meaning;
	} mean[] = {
		{ BV_PROG_CGROUP_SKB, "1 lets the packet through and 0 drops it (an egress program may also return 2 "
				      "or 3 to signal congestion)" },
		{ BV_PROG_CGROUP_SOCK, "1 allows the operation and 0 refuses it" },
		{ BV_PROG_CGROUP_SOCK_ADDR, "1 allows the operation and 0 refuses it" },
		{ BV_PROG_CGROUP_SOCKOPT, "1 allows the operation and 0 refuses it" },
		{ BV_PROG_CGROUP_SYSCTL, "1 allows the access and 0 refuses it" },
		{ BV_PROG_CGROUP_DEVICE, "1 allows the access and 0 refuses it" },
		{ BV_PROG_SK_LOOKUP, "SK_PASS (1) or SK_DROP (0)" },
		{ BV_PROG_LSM, "0 allows the operation and a negative errno refuses it" },
		{ BV_PROG_NETFILTER, "NF_ACCEPT (1) lets the packet through and NF_DROP (0) drops it" },
	};
	const struct bv_vreg *v = reg_at(c, c->fstep, 0);
	const char *type = c->prog->sec.prog_type ? bv_prog_type_name(c->prog->sec.prog_type) : NULL, *m = NULL;
	long long smin, smax;
	int lo, hi, known;
	long root;
	const char *p;
	char b[128], var[64];
	bool bind_bits; /* bind4/bind6: bit 1 skips the CAP_NET_BIND_SERVICE check */
	/* a log that does not show which hook: a type's rules but not the attach point's */
	bool hook_unknown = !c->prog->sec.prog_type ||
			    (c->prog->sec.prog_type == BV_PROG_CGROUP_SOCK_ADDR && !c->prog->sec.has_attach_type);

	if (!msg_starts(c->msg, "At program exit the register R0 has") || !(p = strstr(c->msg, "should have been in [")) ||
	    sscanf(p, "should have been in [%d, %d]", &lo, &hi) != 2)
		return 0;
	known = sscanf(c->msg, "At program exit the register R0 has smin=%lld smax=%lld", &smin, &smax) == 2;
	bind_bits = lo == 0 && hi == 3 && c->prog->sec.prog_type == BV_PROG_CGROUP_SOCK_ADDR;
	for (size_t i = 0; i < sizeof(mean) / sizeof(mean[0]); i++)
		if (mean[i].type == c->prog->sec.prog_type)
			m = mean[i].meaning;
	/* recvmsg, getpeername and getsockname hooks take only 1: they run
	 * after the fact, to rewrite the address the process is shown */
	if (lo == 1 && hi == 1 && hook_unknown)
		m = "only the cgroup hooks that run after the fact take just 1 (recvmsg, getpeername and "
		    "getsockname), and they cannot refuse anything";
	else if (lo == 1 && hi == 1 && c->prog->sec.prog_type == BV_PROG_CGROUP_SOCK_ADDR)
		m = "these hooks cannot refuse anything, they run only to rewrite the address the process is shown "
		    "(user_ip4, user_ip6, user_port)";
	else if (bind_bits)
		m = "bit 0 allows the bind (1) or refuses it (0), and bit 1 lets it take a port below 1024 without "
		    "CAP_NET_BIND_SERVICE, so 3 allows it without that check";
	else if (c->prog->sec.prog_type == BV_PROG_LSM && lo == 1 && hi == 1)
		m = "an lsm_cgroup program allows with 1 and denies with 0, and on a hook that returns nothing (void) "
		    "there is nothing to deny";
	else if (c->prog->sec.prog_type == BV_PROG_LSM && lo == 0 && hi == 1 && c->prog->sec.expected_attach_type == 43)
		m = "an lsm_cgroup program allows with 1 and denies with 0 (bpf_set_retval() chooses the error)";
	else if (c->prog->sec.prog_type == BV_PROG_LSM && lo == 0 && hi == 1)
		m = "the hook answers yes (1) or no (0)";
	diag_class(c, "return-value");
	diag_where(c, c->fail, "fails here");
	if (known && smin == smax && smin > INT32_MAX && smin <= UINT32_MAX)
		WHY(c, "On this path the program returns %lld (%d as an int, widened without its sign)", smin,
		    (int32_t)(uint32_t)smin);
	else if (known && smin == smax)
		WHY(c, "On this path the program returns %lld", smin);
	else if (known)
		WHY(c, "On this path the program returns a value between %lld and %lld", smin, smax);
	else
		WHY(c, "On this path the program returns a number the verifier knows nothing about");
	if (type)
		WHY(c, ", but a%s %s program must return a value in [%d, %d]", strchr("aeiou", type[0]) ? "n" : "", type,
		    lo, hi);
	else
		WHY(c, ", but a program of this type must return a value in [%d, %d]", lo, hi);
	if (m)
		WHY(c, ": %s", m);
	WHY(c, ".");
	if ((!known || smin != smax) && (root = return_root(c)) >= 0) {
		/* `return err;`: the number a call gave, moved into R0 */
		const char *pass, *end;

		pkt_words(c, &end, &pass);
		helper_at(c, root, b, sizeof(b));
		diag_where(c, root, "returned number made here");
		WHY(c, " R0 is the number %s returned at insn %ld, passed on as the program's return value%s.", b, root,
		    known && smax > INT32_MAX ? " (a negative int, widened without its sign, reads as a large number)"
					      : "");
		if (diag_assigned_var(c, root, var, sizeof(var)))
			FIX(c, "Return a verdict, not `%s`: where the program returns `%s`, return %s instead (`if (%s) "
			       "return %s;`)%s.",
			    var, var, pass, var, pass,
			    c->prog->sec.prog_type == BV_PROG_NETFILTER ? ", or NF_DROP to drop what cannot be parsed" : "");
		else
			FIX(c, "Return a verdict in [%d, %d] where the program returns %s's result, not the result itself.",
			    lo, hi, b);
		return 1;
	}
	long setter = -1; /* where the value returned was written */

	if (v && v->def_insn >= 0 && v->def_insn != c->fail) {
		setter = value_writer(c, v);
		diag_where(c, setter, "the return value set here");
		WHY(c, " R0 got that value at insn %ld (`%s`).", setter, insn_text(c, setter, b, sizeof(b)));
	}
	if (known && smin == smax && (smin < lo || smin > hi) && (root = return_stmt(c)) >= 0) {
		/* a constant out of range, written in a return statement */
		const char *line = diag_src_text(c, root);
		char num[24], fixed[256];

		snprintf(num, sizeof(num), "%lld", smin);
		if (root != setter)
			diag_where(c, root, "the return statement");
		if (diag_replace_expr(line, num, verdict_for(c, lo), fixed, sizeof(fixed)) == 1) {
			FIX(c, "Return a value the type takes where line %u returns %s: `%s`%s.",
			    bv_prog_line_at(c->prog, (size_t)root)->line_num, num, fixed,
			    bind_bits ? " (or 3 to allow a port below 1024 without CAP_NET_BIND_SERVICE)" : "");
			return 1;
		}
	}
	if (known && smin >= 0 && smin != smax && lo == 0 && hi == 1 && (root = return_stmt(c)) >= 0) {
		/* `return ok[i];`: a table byte or a count, where the hook takes a yes or a no */
		const char *line = diag_src_text(c, root);
		size_t n = strlen(line);

		if (n > 8 && line[n - 1] == ';' && !strchr(line + 7, '?')) {
			if (root != setter)
			diag_where(c, root, "the return statement");
			FIX(c, "Turn the value into a verdict where line %u returns it: `return %.*s ? 1 : 0;` (any "
			       "non-zero value allows).",
			    bv_prog_line_at(c->prog, (size_t)root)->line_num, (int)(n - 8), line + 7);
			return 1;
		}
	}
	/* the test chose the value only if the value was written before it
	 * (`r6 = 2; if r1 == 0x1900 goto`), not on the way out after it */
	if (known && smin == smax && (smin < lo || smin > hi) && (root = return_if(c)) >= 0 &&
	    (setter < 0 || step_of(c, c->fstep, setter) < step_of(c, c->fstep, root))) {
		/* a negative errno, where the hook refuses with 0 (`return
		 * -EPERM;` in a cgroup program): refuse, as the author meant */
		long long cval = smin > INT32_MAX && smin <= UINT32_MAX ? (long long)(int32_t)(uint32_t)smin : smin;
		bool refuse = cval < 0 && lo == 0 && hi >= 1 && m && (strstr(m, "0 refuses") || strstr(m, "0 drops"));
		const char *line = diag_src_text(c, root),
			   *verdict = tc_drop_value(c, smin, lo, hi) || refuse ? "0" : verdict_for(c, lo);
		size_t n = strlen(line);
		char blk[1024], ret[96], num[24];

		snprintf(num, sizeof(num), "%lld", cval);
		diag_where(c, root, "the path leaves after this test");
		if (diag_src_block(c, root, blk, sizeof(blk)) && diag_block_return(blk, ret, sizeof(ret)) &&
		    strstr(ret, num)) {
			/* clang merged the block's `return -1;` with the exit:
			 * the file shows it */
			FIX(c, "The path that returns %lld leaves by `%s` in the block of `%s` (line %u); return %s there "
			       "instead: `return %s;`.",
			    cval, ret, line, bv_prog_line_at(c->prog, (size_t)root)->line_num, verdict, verdict);
		} else {
			FIX(c, "The path that returns %lld leaves right after `%s` (line %u); return %s there instead",
			    smin, line, bv_prog_line_at(c->prog, (size_t)root)->line_num, verdict);
			if (n && line[n - 1] == ')')
				FIX(c, ": `%s return %s;`", line, verdict);
			FIX(c, ".");
		}
		if (refuse)
			FIX(c, " %s", REFUSE_WORDS);
		if (tc_drop_value(c, smin, lo, hi))
			FIX(c, " %lld is what a tc program returns to drop a packet (%s); a cgroup_skb program drops with 0 "
			       "and lets the packet through with 1.",
			    smin, smin == 2 ? "TC_ACT_SHOT" : "TC_ACT_STOLEN");
		if (tc_drop_value(c, smin, lo, hi))
			tc_ok_note(c);
		if (lo == 1 && hi == 1 && c->prog->sec.prog_type == BV_PROG_CGROUP_SOCK_ADDR &&
		    strstr(bv_attach_type_name(c->prog->sec.expected_attach_type), "recvmsg"))
			FIX(c, " This hook cannot refuse; to keep datagrams from the process, drop them in a "
			       "cgroup_skb/ingress program.");
		return 1;
	}
	if (lo == 1 && hi == 1 && hook_unknown) {
		FIX(c, "Return 1 on every path. To refuse or drop, use a hook that can: a cgroup_skb/ingress program "
		       "drops received packets, cgroup/connect and cgroup/bind programs refuse those calls (`return 0;`).");
		return 1;
	}
	if (lo == 1 && hi == 1 && c->prog->sec.prog_type == BV_PROG_CGROUP_SOCK_ADDR) {
		if (strstr(bv_attach_type_name(c->prog->sec.expected_attach_type), "recvmsg"))
			FIX(c, "Return 1 on every path. To keep datagrams from the process, drop them in a "
			       "cgroup_skb/ingress program (`return 0;` drops the packet).");
		else
			FIX(c, "Return 1 on every path. To refuse, hook earlier: a cgroup/connect or cgroup/bind program "
			       "(`return 0;` refuses the call).");
		return 1;
	}
	if (!known)
		FIX(c, "Return constants the type takes, chosen by a condition (`return ok ? 1 : 0;`), not a computed "
		       "number; if it must be computed, clamp it into [%d, %d] just before the return.",
		    lo, hi);
	else if ((smax < 0 || (smin == smax && smin > INT32_MAX && smin <= UINT32_MAX)) && lo == 0 && hi >= 1 &&
		 (!m || strstr(m, "0 refuses it")))
		/* `return -EPERM;`, as an LSM program would: in every type
		 * that takes [0, 1] (or more), 0 is the refusal; an int's -1
		 * reaches the exit as 4294967295 */
		FIX(c, "Return 0 where the program returns %lld: %s", smax < 0 ? smin : (long long)(int32_t)(uint32_t)smin,
		    REFUSE_WORDS);
	else if (tc_drop_value(c, smin, lo, hi))
{
		FIX(c, "%lld is what a tc program returns to drop a packet (%s); a cgroup_skb program drops with 0 and "
		       "lets the packet through with 1. Where it returns %lld: `return 0;`.",
		    smin, smin == 2 ? "TC_ACT_SHOT" : "TC_ACT_STOLEN", smin);
		tc_ok_note(c);
	}
	else if (smin == smax && (smin < lo || smin > hi))
		FIX(c, "Where the program returns %lld, return a value in [%d, %d] instead (`return %s;`%s).", smin, lo, hi,
		    verdict_for(c, lo),
		    bind_bits ? ", or `return 3;` to allow a port below 1024 without CAP_NET_BIND_SERVICE" : "");
	else
		FIX(c, "Return only values in [%d, %d] on every path%s.", lo, hi,
		    c->prog->sec.prog_type == BV_PROG_CGROUP_SKB ? " (`return 1;` to let the packet through, `return 0;` "
								   "to drop it)"
								 : "");
	return 1;
}

/* Instruction `load` reads through the pointer an open-coded iterator's
 * next kfunc returned (`*i` of `while ((i = bpf_iter_num_next(&it)))`):
 * the call's index, its name in name; -1 if not. */
static long iter_next_load(const struct ctx *c, long load, char *name, size_t size)
{
	const struct bv_insn *in = insn_at(c, load);
	const struct bv_vreg *base;
	size_t n;

	if (!in || BV_CLASS(in->code) != BV_LDX || !(base = reg_at(c, step_of(c, c->fstep, load), in->src)) ||
	    base->def_insn < 0 || !is_call(c, base->def_insn))
		return -1;
	helper_at(c, base->def_insn, name, size);
	n = strlen(name);
	return !strncmp(name, "bpf_iter_", 9) && n > 5 && !strcmp(name + n - 5, "_next") ? base->def_insn : -1;
}

/* An xor with a number the verifier knows nothing about on the value's
 * way (strobemeta's `ctx->payload_off ^= index;` twice, to make the
 * verifier forget the offset): from there on the value is any number. */
static bool xor_story(struct ctx *c, const struct trace *tr)
{
	long from = tr->root_step >= 0 ? tr->root_step : c->fstep - 256;
	char b[128];

	for (long k = from < 0 ? 0 : from; k < c->fstep; k++) {
		long i = (long)c->res->steps[k].insn;
		const struct bv_insn *in = insn_at(c, i);
		const struct bv_form *f = form_at(c, i);
		const struct bv_vreg *o;

		if (!in || !f || f->op != BV_OP_XOR || !f->x || !unknown_number(o = reg_at(c, k, in->src)) ||
		    (size_t)k + 1 >= c->res->n_steps || !unknown_number(reg_at(c, k + 1, in->dst)))
			continue;
		diag_where(c, i, "xored with an unknown number here");
		WHY(c, " At insn %ld (`%s`) it is xored with R%d, a number the verifier knows nothing about", i,
		    insn_text(c, i, b, sizeof(b)), in->src);
		if (diag_src_text(c, i))
			WHY(c, " (`%s`)", diag_src_text(c, i));
		WHY(c, "; from there on it is any number. Xoring the same number back gives the value again in "
		       "arithmetic, not in what the verifier knows.");
		return true;
	}
	return false;
}

/* The failing line indexes a member array (`&data->payload[off]`) with an
 * index nothing checked: the fix compares it, unsigned, with the array's
 * size, less what a helper on the line writes from there (its size
 * argument).  0 when the line is not so written. */
static int unchecked_member_index(struct ctx *c)
{
	char ptr[64], arr[64], path[160], idx[96], sz[96] = "", lim[512];
	const char *line = diag_src_text(c, c->fail), *call;
	int argno = 0;

	if (!line || !diag_indexed_member(c, c->fail, ptr, sizeof(ptr), arr, sizeof(arr)) ||
	    snprintf(path, sizeof(path), "%s->%s", ptr, arr) >= (int)sizeof(path) ||
	    !diag_index_text(c, c->fail, path, idx, sizeof(idx)) || !diag_is_name(idx))
		return 0;
	/* `bpf_probe_read_user_str(&data->payload[off], STROBE_MAX_STR_LEN, ...)` */
	if ((call = strstr(line, "bpf_"))) {
		char a[160], want[300];

		snprintf(want, sizeof(want), "&%s[%s]", path, idx);
		for (int n = 1; n <= 4 && !argno; n++)
			if (diag_arg_text(call, n, a, sizeof(a)) && !strcmp(a, want) && diag_arg_text(call, n + 1, sz, sizeof(sz)))
				argno = n;
	}
	if (argno && strcmp(sz, "1"))
		snprintf(lim, sizeof(lim), "%s > sizeof(%s) - %s", idx, path, sz);
	else
		snprintf(lim, sizeof(lim), "%s >= sizeof(%s) / sizeof(%s[0])", idx, path, path);
	FIX(c, "Bound the index before this line: `if (%s) return %s;`. Declared unsigned (a `__u64` or `size_t`), "
	       "one comparison bounds both sides; a signed one also needs `%s < 0 ||`.",
	    lim, pkt_pass(c), idx);
	if (argno)
		FIX(c, " The call writes up to %s bytes from there, so the index must leave room for them.", sz);
	return 1;
}

/* A pointer moved by a register whose lower side is open: in C, an array
 * indexed with a signed int that was checked only from above. */
static int diag_ptr_math(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v, *ptr;
	int sreg, preg;
	struct check chk;
	struct trace tr;
	long room, elem = 1, n = 0, next, var_chk = -1;
	char b[128], desc[96], name[64] = "idx";

	if (!msg_starts(c->msg, "math between") || !strstr(c->msg, "unbounded min value") || !in || c->fstep < 0)
		return 0;
	sreg = in->src;
	preg = in->dst;
	v = reg_at(c, c->fstep, sreg);
	ptr = reg_at(c, c->fstep, preg);
	if (v && v->kind != BV_REG_SCALAR) {
		sreg = in->dst;
		preg = in->src;
		v = reg_at(c, c->fstep, sreg);
		ptr = reg_at(c, c->fstep, preg);
	}
	if (!v || !ptr || v->kind != BV_REG_SCALAR)
		return 0;
	diag_class(c, "unbounded-index");
	diag_where(c, c->fail, "fails here");
	room = room_at(c, ptr, desc, sizeof(desc));
	trace_value(c, sreg, c->fstep, &tr);
	elem = index_scale(c, &tr);
	WHY(c, "R%d, the offset added to R%d (%s), can be negative", sreg, preg, desc);
	if (v->smin == INT64_MIN)
		WHY(c, ": the verifier knows no lower bound for it.");
	else
		WHY(c, ": its smallest value is %" PRId64 ".", v->smin);
	if (find_check(c, sreg, c->fstep, &chk)) {
		const struct bv_form *cf = form_at(c, chk.insn);

		/* the user's own bound: `b < 16` compiles to `if r s> 15` */
		if (chk.has_bound && cf && (cf->op == BV_OP_JSGT || cf->op == BV_OP_JGT || cf->op == BV_OP_JSLE ||
					    cf->op == BV_OP_JLE))
			n = chk.bound + 1;
		else if (chk.has_bound && cf && (cf->op == BV_OP_JSGE || cf->op == BV_OP_JGE || cf->op == BV_OP_JSLT ||
						 cf->op == BV_OP_JLT))
			n = chk.bound;
		if (!diag_cond_var(c, chk.insn, name, sizeof(name)))
			snprintf(name, sizeof(name), "idx");
		diag_where(c, chk.insn, "the check, on the upper side only");
		WHY(c, " The check at insn %ld (`%s`) %s bounds it from above only; a negative number passes it.", chk.insn,
		    insn_text(c, chk.insn, b, sizeof(b)), chk.is_signed ? "is a signed comparison, which" : "");
		var_chk = chk.insn;
	} else if (unknown_number(v)) {
		WHY(c, " Nor from above: it is any number.");
	} else {
		WHY(c, " Nothing on this path bounds it from below.");
	}
	if (tr.root >= 0)
		diag_where(c, tr.root, "the index made here");
	compiler_story(c, &tr, sreg);
	if (var_chk < 0 && unknown_number(v))
		(void)xor_story(c, &tr); /* `off ^= index; off ^= index;` */
	/* `&data->payload[off]`, nothing checked: one unsigned comparison
	 * with the array's size bounds both sides */
	if (var_chk < 0 && unknown_number(v) && unchecked_member_index(c))
		return 1;
	if (n <= 0 && room > 0 && elem > 0)
		n = room / elem;
	long kmod = mod_by_division(c, sreg, c->fstep);

	if (kmod) {
		/* the operand as the line writes it: `c[rand() % 3]` */
		const char *ln = diag_src_text(c, c->fail), *pm, *open;
		char pat[24], x[96] = "x";

		snprintf(pat, sizeof(pat), " %% %ld", kmod);
		if (ln && (pm = strstr(ln, pat))) {
			int depth = 0;

			/* back to the `[`, `(` or `=` that opens the operand */
			for (open = pm; open > ln; open--) {
				char ch = open[-1];

				if (ch == ')')
					depth++;
				else if (ch == '(' && depth)
					depth--;
				else if (!depth && (ch == '[' || ch == '=' || ch == '('))
					break;
			}
			while (*open == ' ')
				open++;
			if (open < pm && (size_t)(pm - open) < sizeof(x))
				snprintf(x, sizeof(x), "%.*s", (int)(pm - open), open);
		}
		CC(c, "The index is `x %% %ld`, which clang computed as `x - x / %ld * %ld` (BPF has a modulo "
		      "instruction, but clang divides for a number that is not a power of two); the verifier bounds "
		      "`x` and `x / %ld * %ld` each, but not their difference, which for it may be negative.",
		   kmod, kmod, kmod, kmod, kmod);
		FIX(c, "Keep the remainder in a variable and a check the verifier can see: `__u32 i = %s %% %ld; "
		       "barrier_var(i); if (i >= %ld) return %s;`, then index with `i` (barrier_var(), from bpf_helpers.h, "
		       "stops clang from dropping a check it knows to be true).",
		    x, kmod, n > 0 ? n : kmod, pkt_pass(c));
		return 1;
	}
	if (tr.root >= 0 && (next = iter_next_load(c, tr.root, b, sizeof(b))) >= 0) {
		/* the value an open-coded iterator gave: the loop must go on to
		 * its destroy, so the check skips rather than returns */
		char arr[64], ptrname[64], path[160], idx[96];

		diag_where(c, next, "the iterator's next value");
		WHY(c, " The index is the number %s() returned at insn %ld: the verifier does not give an open-coded "
		       "iterator's value the bounds of its range, so it is any int.",
		    b, next);
		if (diag_indexed_member(c, c->fail, ptrname, sizeof(ptrname), arr, sizeof(arr)) &&
		    snprintf(path, sizeof(path), "%s->%s", ptrname, arr) < (int)sizeof(path) &&
		    diag_index_text(c, c->fail, path, idx, sizeof(idx)) && n > 0) {
			FIX(c, "Check the value in the loop and skip what is out of range, keeping the loop going to its "
			       "destroy (a `return` here would leak the iterator): `__u32 idx = %s; if (idx >= %ld) "
			       "continue;` and index with `%s[idx]`.",
			    idx, n, path);
			return 1;
		}
		if (n > 0) {
			FIX(c, "Check the value in the loop and skip what is out of range, keeping the loop going to its "
			       "destroy (a `return` here would leak the iterator): copy the value into a `__u32 idx`, "
			       "`if (idx >= %ld) continue;`, and index with `idx`.",
			    n);
			return 1;
		}
	}
	const char *pass = pkt_pass(c);
	/* a check against another variable (`if (i >= (int)n)` in a
	 * function given the length): the length the stack or value leaves
	 * is not the array's, so the fix keeps the program's own bound */
	const char *ct = var_chk >= 0 ? diag_src_text(c, var_chk) : NULL;
	size_t nl = strlen(name);

	if (ct && !strncmp(ct, "if (", 4) && !strncmp(ct + 4, name, nl) && ct[4 + nl] == ' ' &&
	    ct[strlen(ct) - 1] == ')' && !strchr(ct, '{')) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)var_chk);

		/* `if (i >= n)` leaves on the check; `if (i < n)` guards the use */
		bool guard = ct[5 + nl] == '<';

		FIX(c, "Add the lower side to the check on line %u: `if (%s %s 0 %s %s` in place of `%s` (a negative "
		       "`%s` passes a signed comparison).",
		    li ? li->line_num : 0u, name, guard ? ">=" : "<", guard ? "&&" : "||", ct + 4, ct, name);
		return 1;
	}
	if (n > 0)
		FIX(c, "Make the index unsigned and 64-bit (`__u64 %s`), so that one check bounds both sides: `if (%s "
		       ">= %ld) return %s;`; or keep it signed and check both: `if (%s < 0 || %s >= %ld) return %s;`. "
		       "(A `__u32` made by arithmetic is widened to 64 bits once for the check and again for the use, "
		       "in two registers, and the check then bounds only one of them.)",
		    name, name, n, pass, name, name, n, pass);
	else
		FIX(c, "Make the index unsigned and 64-bit (`__u64 %s`) and check it against the array's length, or "
		       "check both sides: `if (%s < 0 || %s >= N) return %s;`.",
		    name, name, name, pass);
	return 1;
}

/* One load or store met the context on one path and other memory on
 * another: the compiler merged two accesses written apart. */
static int diag_merged(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v;
	int base;

	if (!strstr(c->msg, "same insn cannot be used with different pointers") || !in)
		return 0;
	base = BV_CLASS(in->code) == BV_LDX ? in->src : in->dst;
	v = reg_at(c, c->fstep, base);
	diag_class(c, "merged-pointer-access");
	diag_where(c, c->fail, "fails here");
	/* the branch whose two sides the compiler joined: the nearest
	 * conditional jump that lands between itself and the access */
	for (long j = c->fail - 1; j >= 0 && j >= c->fail - 64; j--) {
		const struct bv_insn *ji = insn_at(c, j);
		uint8_t cl = ji ? BV_CLASS(ji->code) : 0, op = ji ? BV_OP(ji->code) : 0;

		if (ji && (cl == BV_JMP || cl == BV_JMP32) && op != BV_JA && op != BV_CALL && op != BV_EXIT &&
		    j + ji->off + 1 > j && j + ji->off + 1 <= c->fail) {
			diag_where(c, j, "the branch the compiler joined");
			break;
		}
	}
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "the pointer is set here");
	WHY(c, "The instruction at insn %ld accesses memory through R%d, which on this path is %s%s, and on a path "
	       "the verifier went through before was %s. The kernel rewrites every context access for the field it "
	       "reads, so one instruction must always use the same kind of pointer.",
	    c->fail, base, v && v->type[0] ? v->type : "another kind of pointer",
	    v && v->def_insn >= 0 ? " (set at the instruction named below)" : "",
	    v && !strcmp(v->type, "ctx") ? "another kind of pointer" : "the context");
	CC(c, "You wrote two accesses in different branches, one through the context and one through other memory "
	      "at the same offset (`if (f) x = f->len; else x = skb->len;`); the compiler turned them into one "
	      "load from a pointer chosen by the branch%s.",
	   bv_prog_line_at(c->prog, (size_t)c->fail) && !bv_prog_line_at(c->prog, (size_t)c->fail)->line_num
		   ? " (that is why the load has no source line of its own: line 0)"
		   : "");
	FIX(c, "Read the context field into a variable on its own path, before the branch: `__u32 len = skb->len; "
	       "x = f ? f->len : len;`; or keep the two loads apart with a compiler barrier in one branch "
	       "(`asm volatile(\"\" ::: \"memory\");`).");
	return 1;
}

/* The map an LD_IMM64 at insn i names (by its address, or a value in
 * it): its index in the object, -1 for anything else. */
int diag_map_at(const struct ctx *c, long i)
{
	const struct bv_insn *in = insn_at(c, i);

	if (!in || in->code != (BV_LD | BV_IMM | BV_DW) ||
	    (in->src != BV_PSEUDO_MAP_FD && in->src != BV_PSEUDO_MAP_VALUE) || in->imm < 0 ||
	    (size_t)in->imm >= c->obj->n_maps)
		return -1;
	return in->imm;
}

/* The helpers other than `helper` that the program passes map `map` to
 * (`bpf_map_lookup_elem() at insn 12`), written into buf: every LD_IMM64
 * naming the map, and the first call after it. */
static int map_other_uses(const struct ctx *c, int map, const char *helper, char *buf, size_t size)
{
	int n = 0;

	buf[0] = '\0';
	for (long i = 0; (size_t)i + 1 < c->prog->n_insns; i++) {
		if (diag_map_at(c, i) != map || insn_at(c, i)->src != BV_PSEUDO_MAP_FD)
			continue;
		for (long j = i + 2; (size_t)j < c->prog->n_insns && j < i + 16; j++) {
			char hb[64];

			if (!is_call(c, j))
				continue;
			if (is_helper_call(c, j) && bv_helper_by_id(insn_at(c, j)->imm) &&
			    strcmp(helper_at(c, j, hb, sizeof(hb)), helper) && !strstr(buf, hb)) {
				diag_say(buf, size, "%s%s() (insn %ld)", n ? " and " : "", hb, j);
				n++;
			}
			break;
		}
	}
	return n;
}

/* A declaration's body for a map of type t that a helper needs (tn, its
 * name in capitals), with the sizes the type requires. */
static const char *map_decl(uint32_t t, const char *tn, char *b, size_t size)
{
	if (t == BV_MAP_STACK_TRACE)
		return "__uint(type, BPF_MAP_TYPE_STACK_TRACE); __uint(max_entries, 1024); __uint(key_size, "
		       "sizeof(__u32)); __uint(value_size, 127 * sizeof(__u64));";
	if (t == BV_MAP_RINGBUF)
		return "__uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 256 * 1024);";
	if (t == BV_MAP_PERF_EVENT_ARRAY)
		return "__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, sizeof(__u32)); "
		       "__uint(value_size, sizeof(__u32));";
	snprintf(b, size, "__uint(type, BPF_MAP_TYPE_%s); __uint(max_entries, ...); ...", tn);
	return b;
}

static const char *map_suffix(uint32_t t)
{
	return t == BV_MAP_STACK_TRACE ? "ids" : t == BV_MAP_RINGBUF ? "rb" : t == BV_MAP_PERF_EVENT_ARRAY ? "events" : "2";
}

/* "cannot pass map_type 15 into func bpf_map_update_elem#2": which map and
 * which helper, by name. */
/* Whether the variable key, as the function declares it, has the width of
 * map m's key; kt gets the key type's name (`int`) either way. */
static bool key_var_fits(const struct ctx *c, long at, const char *key, int m, char *kt, size_t size)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct bv_map *bm = m >= 0 ? &c->obj->maps[m] : NULL;
	const struct btf_type *t = btf && bm && bm->btf_key_type_id ? btf__type_by_id(btf, bm->btf_key_type_id) : NULL;
	const char *tn = t ? btf__name_by_offset(btf, t->name_off) : NULL;
	char dt[64];
	uint32_t line;

	snprintf(kt, size, "%s", tn && *tn ? tn : bm && bm->key_size == 8 ? "__u64" : "__u32");
	if (!bm)
		return true;
	/* `__u8 sk, map;` declares sk too: the type before the list */
	if (!diag_src_bare_decl(c, at, key, dt, sizeof(dt), &line) && !diag_src_list_decl(c, at, key, dt, sizeof(dt)))
		return true; /* unknown: as written */
	return !strcmp(dt, kt) || diag_scalar_size(dt) == (long)bm->key_size;
}

static int diag_map_helper(struct ctx *c)
{
	unsigned type;
	char helper[64];

	if (sscanf(c->msg, "cannot pass map_type %u into func %63[^#]", &type, helper) != 2)
		return 0;
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	int fm = failing_call_map(c);
	const char *fmn = fm >= 0 ? c->obj->maps[fm].name : "the map";

	/* a program array read to test a slot: bpf_tail_call() is the test */
	if (type == BV_MAP_PROG_ARRAY && !strcmp(helper, "bpf_map_lookup_elem")) {
		WHY(c, "%s is a program array, which a program cannot read: its values are programs, and only "
		       "bpf_tail_call() uses them. bpf_tail_call() is its own test: when the slot holds no program it "
		       "does nothing and the program goes on with the next line.",
		    fmn);
		char ctxn[64] = "ctx";

		diag_entry_struct(c->prog, ctxn, sizeof(ctxn));
		FIX(c, "Drop the lookup and call `bpf_tail_call(%s, &%s, slot);` directly, with what to do when the slot "
		       "is empty on the lines after it (`return %s;`).",
		    ctxn[0] ? ctxn : "ctx", fmn, pkt_pass(c));
		return 1;
	}
	/* the sockmap helper on a sockhash, or the other way round: the
	 * sibling helper takes the key's address */
	{
		static const char *const pairs[][2] = {
			{ "bpf_sk_redirect_map", "bpf_sk_redirect_hash" },
			{ "bpf_msg_redirect_map", "bpf_msg_redirect_hash" },
			{ "bpf_sock_map_update", "bpf_sock_hash_update" },
		};

		for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
			bool to_hash = type == BV_MAP_SOCKHASH && !strcmp(helper, pairs[i][0]);
			bool to_map = type == BV_MAP_SOCKMAP && !strcmp(helper, pairs[i][1]);
			char key[64] = "";

			if (!to_hash && !to_map)
				continue;
			WHY(c, "%s is a %s, and %s() takes a %s; its sibling %s() takes a %s%s.", fmn,
			    to_hash ? "sockhash" : "sockmap", helper, to_hash ? "sockmap" : "sockhash",
			    pairs[i][to_hash], to_hash ? "sockhash" : "sockmap",
			    to_hash ? " and the key's address instead of the key" : " and the key itself (an index)");
			/* the call as the source writes it: clang may have merged
			 * two calls into one whose line is elsewhere */
			char amp[72], once[256], twice[256], kt[64], want[80], lb[256];
			long at = c->fail;

			/* a call clang gave no line of its own: the function's
			 * body, from its first line */
			for (const struct bv_func_info *fi = func_of(c, at); fi && at < (long)c->prog->n_insns;) {
				const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)at);

				if (li && li->line_num && (at == c->fail || at > (long)fi->insn))
					break; /* a line of the body, not the function's header */
				at = at == c->fail ? (long)fi->insn : at + 1;
			}
			const char *line = (snprintf(want, sizeof(want), "&%s", fmn),
					    diag_src_call_naming(c, at, helper, want, lb, sizeof(lb))) ? lb : NULL;

			if (!line) /* no file (a log alone): the failing line */
				line = diag_src_text(c, c->fail);
			const char *call = line ? strstr(line, helper) : NULL;

			/* a key of another width than the map's (`__u8 sk` for an
			 * int key): through a local of the map's key type */
			if (to_hash && call && diag_arg_text(call, 3, key, sizeof(key)) && key[0] && diag_is_name(key) &&
			    !key_var_fits(c, at, key, fm, kt, sizeof(kt)) &&
			    (snprintf(amp, sizeof(amp), "&%s_key", key), 1) &&
			    diag_replace_expr(line, helper, pairs[i][1], once, sizeof(once)) == 1 &&
			    diag_replace_expr(once, key, amp, twice, sizeof(twice)) == 1)
				FIX(c, "Call %s() with the address of a key of the map's key type: `%s %s_key = %s;` then `%s`; "
				       "or declare %s a sockmap if its keys are small indexes (below max_entries).",
				    pairs[i][1], kt, key, key, twice, fmn);
			else if (to_hash && call && key[0] && diag_is_name(key) &&
				 (snprintf(amp, sizeof(amp), "&%s", key), 1) &&
				 diag_replace_expr(line, helper, pairs[i][1], once, sizeof(once)) == 1 &&
				 diag_replace_expr(once, key, amp, twice, sizeof(twice)) == 1)
				FIX(c, "Call %s() with the key's address: `%s`; or declare %s a sockmap if its keys are small "
				       "indexes (below max_entries).",
				    pairs[i][1], twice, fmn);
			else if (to_hash && key[0] && diag_is_name(key))
				FIX(c, "Call %s() with the key's address: `%s(..., &%s, &%s, ...)` in place of `%s(..., "
				       "&%s, %s, ...)`; or declare %s a sockmap if its keys are small indexes.",
				    pairs[i][1], pairs[i][1], fmn, key, helper, fmn, key, fmn);
			else
				FIX(c, "Call %s() instead (it takes the %s), or declare %s a %s.", pairs[i][to_hash],
				    to_hash ? "key's address" : "key itself", fmn, to_hash ? "sockmap" : "sockhash");
			return 1;
		}
	}
	WHY(c, "%s() does not work on a map of type %s (map_type %u)%s.", helper, bv_map_type_name(type), type,
	    type == BV_MAP_SOCKMAP || type == BV_MAP_SOCKHASH
		    ? ": a sockmap or sockhash is updated only where no socket lock can be held (tc, XDP, socket "
		      "filters, sk_lookup, iterators; sock_ops only deletes), and read with the redirect helpers"
		    : "");
	{
		size_t n;
		const uint32_t *only = helper_map_types(strncmp(helper, "bpf_", 4) ? helper : helper + 4, &n);

		if (only) {
			WHY(c, " %s() takes only a map of type ", helper);
			for (size_t i = 0; i < n; i++)
				WHY(c, "%s%s", i ? (i + 1 == n ? " or " : ", ") : "", bv_map_type_name(only[i]));
			WHY(c, ".");
			int mi = failing_call_map(c);
			const char *mn = mi >= 0 ? c->obj->maps[mi].name : "the map";
			char tn[64] = "...", others[256] = "", decl[256];

			if (bv_map_type_name(only[0])) {
				size_t k = 0;

				for (const char *q = bv_map_type_name(only[0]); *q && k < sizeof(tn) - 1; q++)
					tn[k++] = (char)(*q >= 'a' && *q <= 'z' ? *q - 'a' + 'A' : *q);
				tn[k] = '\0';
			}
			/* the object already has a map of that type: most often the
			 * one meant, its name mistyped or confused with another */
			int have = -1, nhave = 0;

			for (size_t m = 0; n == 1 && m < c->obj->n_maps; m++)
				if ((int)m != mi && c->obj->maps[m].type == only[0]) {
					have = (int)m;
					nhave++;
				}
			if (mi >= 0 && nhave == 1) {
				const char *line = diag_src_text(c, c->fail);
				char amp[72], to[72], fixed[256];

				snprintf(amp, sizeof(amp), "&%s", mn);
				snprintf(to, sizeof(to), "&%s", c->obj->maps[have].name);
				WHY(c, " The object has one: %s, a %s map.", c->obj->maps[have].name,
				    bv_map_type_name(c->obj->maps[have].type));
				if (line && !strchr(line, '{') && diag_replace_expr(line, amp, to, fixed, sizeof(fixed)) == 1)
					FIX(c, "Pass %s, the %s map: `%s`.", c->obj->maps[have].name,
					    bv_map_type_name(c->obj->maps[have].type), fixed);
				else
					FIX(c, "Pass `&%s`, the %s map, to %s().", c->obj->maps[have].name,
					    bv_map_type_name(c->obj->maps[have].type), helper);
				return 1;
			}
			/* several: the one whose name shares the most words with the
			 * map passed (`sock_redir_flags` -> `sock_map_redir`, batch 75) */
			if (mi >= 0 && nhave > 1) {
				int best = -1, bests = 0, ties = 0;

				WHY(c, " The object has %d:", nhave);
				for (size_t m = 0, k = 0; m < c->obj->n_maps; m++) {
					int sc;

					if ((int)m == mi || c->obj->maps[m].type != only[0])
						continue;
					WHY(c, "%s %s", k++ ? "," : "", c->obj->maps[m].name);
					if ((sc = shared_words(mn, c->obj->maps[m].name)) > bests)
						best = (int)m, bests = sc, ties = 0;
					else if (sc == bests)
						ties++;
				}
				WHY(c, ".");
				const char *line = diag_src_text(c, c->fail);
				char amp[72], to[72], fixed[256];

				if (best >= 0 && !ties && bests > 1) {
					snprintf(amp, sizeof(amp), "&%s", mn);
					snprintf(to, sizeof(to), "&%s", c->obj->maps[best].name);
					if (line && !strchr(line, '{') && diag_replace_expr(line, amp, to, fixed, sizeof(fixed)) == 1)
						FIX(c, "Pass the %s map meant, most likely %s (its name is the closest): `%s`.",
						    bv_map_type_name(only[0]), c->obj->maps[best].name, fixed);
					else
						FIX(c, "Pass the %s map meant, most likely `&%s` (its name is the closest), to %s().",
						    bv_map_type_name(only[0]), c->obj->maps[best].name, helper);
				} else {
					FIX(c, "Pass the %s map meant (one of those) to %s() in place of `&%s`.",
					    bv_map_type_name(only[0]), helper, mn);
				}
				return 1;
			}
			if (mi >= 0 && n == 1 && map_other_uses(c, mi, helper, others, sizeof(others))) {
				/* the map serves other helpers too: changing its type would
				 * break those; the helper needs a map of its own */
				WHY(c, " The program also passes %s to %s, which a %s map does not take: one map cannot "
				       "serve both.",
				    mn, others, bv_map_type_name(only[0]));
				FIX(c, "Keep %s for %s, and declare a second map for %s(): `struct { %s } %s_%s SEC(\".maps\");`, "
				       "then pass `&%s_%s` to %s().",
				    mn, others, helper, map_decl(only[0], tn, decl, sizeof(decl)), mn, map_suffix(only[0]), mn, map_suffix(only[0]),
				    helper);
				return 1;
			}
			FIX(c, "Declare %s as %s (`__uint(type, BPF_MAP_TYPE_%s);`)%s.", mn,
			    n == 1 ? "that type" : "one of those types, the first most often", tn,
			    !strcmp(helper, "bpf_redirect_map") ? "; to redirect to interfaces by ifindex, a devmap (or a "
								   "devmap_hash keyed by ifindex) whose values are the "
								   "ifindexes"
			    : !strcmp(helper, "bpf_sk_select_reuseport")
				    ? ", with `__u32` keys and `__u64` values; user space stores each listening socket of "
				      "the group in it (`bpf_map_update_elem(map_fd, &i, &sock_fd, BPF_ANY)`), and the "
				      "program keeps its key below `max_entries`"
				    : "");
			return 1;
		}
	}
	FIX(c, "Use the helper made for this map type (bpf_sk_redirect_map() / bpf_sock_map_update() for a "
	       "sockmap, bpf_redirect_map() for a devmap, bpf_get_stackid() for a stack trace map, ...), or a map "
	       "type %s() takes.", helper);
	return 1;
}

/* ---- messages explained by a table: a needle in the kernel's line ---- */

/* The first entry whose needle is in the message; with_def, also where
 * the register the message names was last written. */
int canned_diag(struct ctx *c, const struct canned *t, size_t n, bool with_def)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(c->msg, t[i].needle)) {
			const struct bv_vreg *v = reg_at(c, c->fstep, msg_reg(c->msg));

			diag_class(c, t[i].klass);
			diag_where(c, c->fail, "fails here");
			if (with_def && v && v->def_insn >= 0 && c->msg[0] == 'R')
				diag_where(c, v->def_insn, "pointer obtained here");
			WHY(c, "%s", t[i].why);
			FIX(c, "%s", t[i].fix);
			return 1;
		}
	return 0;
}

void bv_diagnose(const struct bv_object *obj, const struct bv_prog *prog, const struct bv_verify_result *res,
		 struct bv_diagnosis *out)
{
	struct ctx c = { obj, prog, res, out, res->message ? res->message : "", res->error_insn, -1, "", false, false };

	memset(out, 0, sizeof(*out));
	out->klass = "other";
	if (res->n_steps && res->steps[res->n_steps - 1].insn == (uint32_t)res->error_insn)
		c.fstep = (long)res->n_steps - 1;
	if (diag_lsm(&c) || diag_sleepable_map(&c) || diag_tracing_timer(&c) || diag_tail_in_callback(&c) || diag_tagged_arg(&c) || diag_exception(&c) || diag_graph(&c) || diag_released(&c) || diag_kfunc(&c) || diag_iter(&c) || diag_arena(&c) || diag_kobj(&c) || diag_struct_ops(&c) || diag_wq(&c) || diag_lock(&c) || diag_timer_map(&c) || diag_callback(&c) || diag_dynptr(&c) || diag_core_relo(&c) || diag_structure(&c) || diag_special(&c) || diag_uninit_reg(&c) || diag_helper_mem(&c) || diag_uninit_stack(&c) || diag_loop_walk(&c) ||
	    diag_memory(&c) ||
	    diag_map_kind_misuse(&c) || diag_size_msgs(&c) || diag_stack_index(&c) || diag_null(&c) || diag_packet(&c) || diag_ctx(&c) ||
	    diag_arg_type(&c) || diag_not_const(&c) || diag_rodata_write(&c) || diag_misaligned(&c) || diag_global_args(&c) || diag_loop_bound(&c) || diag_return(&c) || diag_cb_return(&c) || diag_ptr_math(&c) ||
	    diag_helper_type(&c) || diag_map_helper(&c) || diag_merged(&c) ||
	    diag_simple(&c)) {
		if (c.fail >= 0 && (!out->n_where || out->where[0].insn != c.fail)) {
			/* the failing instruction comes first */
			struct bv_diag_where w[BV_DIAG_WHERE_MAX];
			size_t n = out->n_where;

			memcpy(w, out->where, sizeof(w));
			out->n_where = 0;
			diag_where(&c, c.fail, "fails here");
			for (size_t i = 0; i < n && out->n_where < BV_DIAG_WHERE_MAX; i++)
				if (w[i].insn != c.fail || strcmp(w[i].role, "fails here"))
					out->where[out->n_where++] = w[i];
		}
		diag_btf_refused(&c);
		return;
	}
	diag_where(&c, c.fail, "fails here");
	WHY(&c, "bpfvet has no explanation for this message yet; the kernel's line is: %s", c.msg);
	FIX(&c, "Run `bpfvet check --log-level 2` to see every state the verifier went through.");
}
