/* Would this program load on an older kernel?  Fleets run 5.4, 5.10,
 * 5.15, 6.1 and 6.6 next to new machines, and a program that passes here
 * can use a helper, an instruction, a map or a program type that an older
 * verifier does not know.  This walks the linked program and its object and
 * compares each feature with the release that introduced it (from the
 * kernel's own history: the helper list of include/uapi/linux/bpf.h, the
 * instruction set's versions, the map and program type enums). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/btf.h>

#include "bpfvet/explain.h"
#include "bpfvet/helpers.h"
#include "bpfvet/insn.h"
#include "object/obj_internal.h"

#define V(a, b) ((unsigned)(a) << 16 | (unsigned)(b) << 8)

/* Helper ids are given in order; each row: the first id of a release. */
static const struct { int first_id; unsigned version; } helper_since[] = {
	{ 0, V(4, 20) },   { 85, V(5, 0) },   { 97, V(5, 1) },   { 100, V(5, 2) },  { 109, V(5, 3) },
	{ 111, V(5, 5) },  { 119, V(5, 6) },  { 120, V(5, 7) },  { 121, V(5, 6) },  { 122, V(5, 7) },
	{ 126, V(5, 8) },  { 136, V(5, 9) },  { 142, V(5, 10) }, { 156, V(5, 11) }, { 163, V(5, 12) },
	{ 164, V(5, 13) }, { 166, V(5, 14) }, { 169, V(5, 15) }, { 176, V(5, 16) }, { 180, V(5, 17) },
	{ 186, V(5, 18) }, { 194, V(5, 19) }, { 204, V(6, 0) },  { 208, V(6, 1) },  { 210, V(6, 2) },
};

static unsigned helper_version(int id)
{
	unsigned v = 0;

	for (size_t i = 0; i < sizeof(helper_since) / sizeof(helper_since[0]); i++)
		if (id >= helper_since[i].first_id)
			v = helper_since[i].version;
	return v;
}

/* The release that added a kfunc (by name prefix, the longest first),
 * from the kernel's history; kfuncs not listed count as kfuncs at all
 * (5.13). */
static const struct { const char *prefix; unsigned version; } kfunc_since[] = {
	{ "bpf_dynptr_from_skb", V(6, 3) }, { "bpf_dynptr_from_xdp", V(6, 3) }, { "bpf_dynptr_slice", V(6, 3) },
	{ "bpf_dynptr_", V(6, 5) },          { "bpf_iter_num_", V(6, 4) },       { "bpf_iter_bits_", V(6, 11) },
	{ "bpf_iter_task_", V(6, 7) },       { "bpf_iter_css_", V(6, 7) },       { "bpf_iter_kmem_cache_", V(6, 13) },
	{ "bpf_iter_dmabuf_", V(6, 16) },
	{ "bpf_task_under_cgroup", V(6, 5) }, { "bpf_task_get_cgroup1", V(6, 8) }, { "bpf_task_from_vpid", V(6, 13) },
	{ "bpf_task_", V(6, 2) },            { "bpf_cgroup_from_id", V(6, 3) },  { "bpf_cgroup_", V(6, 2) },
	{ "bpf_cpumask_", V(6, 3) },         { "bpf_rcu_read_", V(6, 2) },       { "bpf_preempt_", V(6, 10) },
	{ "bpf_rdonly_cast", V(6, 2) },      { "bpf_cast_to_kern_ctx", V(6, 2) }, { "bpf_throw", V(6, 7) },
	{ "bpf_arena_reserve_pages", V(6, 17) }, { "bpf_arena_", V(6, 9) }, { "bpf_wq_", V(6, 10) },
};

static unsigned kfunc_version(const char *name)
{
	for (size_t i = 0; name && i < sizeof(kfunc_since) / sizeof(kfunc_since[0]); i++)
		if (!strncmp(name, kfunc_since[i].prefix, strlen(kfunc_since[i].prefix)))
			return kfunc_since[i].version;
	return V(5, 13);
}

static const struct { unsigned type; unsigned version; const char *name; } map_since[] = {
	{ 24, V(5, 2), "sk_storage" },      { 25, V(5, 4), "devmap_hash" },    { 26, V(5, 6), "struct_ops" },
	{ 27, V(5, 8), "ringbuf" },         { 28, V(5, 10), "inode_storage" }, { 29, V(5, 11), "task_storage" },
	{ 30, V(5, 16), "bloom_filter" },   { 31, V(6, 1), "user_ringbuf" },   { 32, V(6, 2), "cgrp_storage" },
	{ 33, V(6, 9), "arena" },
};

static const struct { unsigned type; unsigned version; const char *name; } prog_since[] = {
	{ 26, V(5, 5), "tracing (fentry/fexit/tp_btf)" }, { 27, V(5, 6), "struct_ops" }, { 28, V(5, 6), "ext (freplace)" },
	{ 29, V(5, 7), "lsm" },        { 30, V(5, 9), "sk_lookup" },  { 31, V(5, 14), "syscall" },
	{ 32, V(6, 4), "netfilter" },
};

int bv_kernel_version_parse(const char *s, unsigned *v)
{
	unsigned a = 0, b = 0;

	if (!s || sscanf(s, "%u.%u", &a, &b) < 1 || a < 3 || a > 99 || b > 255)
		return -1;
	*v = V(a, b);
	return 0;
}

static void add(struct bv_compat *c, const struct bv_prog *p, unsigned needs, long insn, const char *fmt, const char *arg)
{
	struct bv_compat_problem *q;

	if (needs <= c->version || c->n >= BV_COMPAT_MAX)
		return;
	/* one line per feature: the first place it is used */
	char what[160];

	snprintf(what, sizeof(what), fmt, arg ? arg : "");
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->problems[i].what, what))
			return;
	q = &c->problems[c->n++];
	memcpy(q->what, what, sizeof(q->what));
	q->needs = needs;
	q->insn = insn;
	q->line = insn >= 0 ? bv_prog_line_at(p, (size_t)insn) : NULL;
}

/* Argument tags of global functions (`__arg_ctx` is the decl tag
 * "arg:ctx" on the parameter): an older verifier ignores the tag and
 * judges the argument by its C type alone. */
static const struct { const char *tag; unsigned version; } arg_tag_since[] = {
	{ "arg:ctx", V(6, 8) },   { "arg:nonnull", V(6, 8) }, { "arg:nullable", V(6, 8) },
	{ "arg:trusted", V(6, 8) }, { "arg:arena", V(6, 9) }, { "arg:untrusted", V(6, 17) },
};

static void arg_tags(struct bv_compat *c, const struct bv_prog *p, const struct btf *btf, uint32_t func, long insn)
{
	uint32_t n = btf__type_cnt(btf);

	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name;

		if (!t || !btf_is_decl_tag(t) || t->type != func || btf_decl_tag(t)->component_idx < 0)
			continue;
		name = btf__name_by_offset(btf, t->name_off);
		for (size_t i = 0; name && i < sizeof(arg_tag_since) / sizeof(arg_tag_since[0]); i++)
			if (!strcmp(name, arg_tag_since[i].tag))
				add(c, p, arg_tag_since[i].version, insn, "the global function argument tag __arg_%s",
				    name + 4 /* past "arg:" */);
	}
}

/* Verify again with an older release's behaviour: a rejection names a
 * switch the program relies on. */
static void behaviour(struct bv_compat *c, const struct bv_object *obj, const struct bv_prog *p,
		      const struct bv_verify_opts *base, unsigned needs, int which, const char *what)
{
	struct bv_verify_opts o = base ? *base : (struct bv_verify_opts){ 0 };
	struct bv_verify_result r;
	struct bv_error err = { 0 };
	char buf[160];

	if (needs <= c->version)
		return;
	o.log_level = 0;
	o.record_steps = 0;
	o.no_uninit_stack_reads |= which == 0;
	o.no_private_stack |= which == 1;
	o.no_const_key_nonnull |= which == 2;
	o.no_untrusted_mem |= which == 3;
	if (bv_verify(obj, p, &o, &r, &err)) {
		bv_error_clear(&err);
		return;
	}
	if (!r.accepted && !r.unsupported) {
		snprintf(buf, sizeof(buf), "%s; there: \"%.80s\"", what, r.message ? r.message : "?");
		add(c, p, needs, r.error_insn, "%s", buf);
	}
	bv_verify_result_free(&r);
}

void bv_compat_check(const struct bv_object *obj, const struct bv_prog *p, unsigned version,
		     const struct bv_verify_opts *base, struct bv_compat *c)
{
	int uses_calls = 0, uses_tail_call = 0;
	long first_call = -1, first_tail = -1;

	memset(c, 0, sizeof(*c));
	c->version = version;
	for (size_t i = 0; i < sizeof(prog_since) / sizeof(prog_since[0]); i++)
		if (p->type == prog_since[i].type)
			add(c, p, prog_since[i].version, -1, "the program type %s", prog_since[i].name);
	if (p->type == 26 && p->expected_attach_type == 28 /* BPF_TRACE_ITER */)
		add(c, p, V(5, 8), -1, "the program type %s", "tracing as a BPF iterator (iter/)");
	for (size_t m = 0; m < obj->n_maps; m++)
		for (size_t i = 0; i < sizeof(map_since) / sizeof(map_since[0]); i++)
			if (obj->maps[m].type == map_since[i].type) {
				char what[96];

				snprintf(what, sizeof(what), "%s (map %s)", map_since[i].name, obj->maps[m].name);
				add(c, p, map_since[i].version, -1, "a map of type %s", what);
			}
	for (size_t i = 0; i < p->n_insns; i++) {
		const struct bv_insn *in = &p->insns[i];
		struct bv_decoded d;
		const struct bv_form *f;
		uint8_t cls = BV_CLASS(in->code);

		if (bv_insn_decode(p->insns, p->n_insns, i, &d) != BV_DECODE_OK || !(f = d.form))
			continue;
		if (cls == BV_JMP32)
			add(c, p, V(5, 1), (long)i, "32-bit jumps (JMP32, clang -mcpu=v3)%s", NULL);
		if (f->isa >= 4)
			add(c, p, V(6, 6), (long)i, "instruction set v4 (`%s`: sign extension, signed division, byte swap; clang -mcpu=v4)",
			    f->mnem);
		if (f->op == BV_OP_MAY_GOTO)
			add(c, p, V(6, 9), (long)i, "may_goto (bpf_for/can_loop)%s", NULL);
		if (cls == BV_STX && BV_MODE(in->code) == 0xc0 && in->imm != 0 /* atomic add */)
			add(c, p, V(5, 12), (long)i, "atomic operations beyond add (`%s`)", f->mnem);
		if (in->code == (BV_LD | BV_IMM | BV_DW)) {
			if (in->src == 2 || in->src == 6) /* BPF_PSEUDO_MAP_VALUE / _IDX_VALUE: global data */
				add(c, p, V(5, 2), (long)i, "global variables (.data/.rodata/.bss maps)%s", NULL);
			if (in->src == 4)
				add(c, p, V(5, 13), (long)i, "callbacks (a function pointer passed to a helper)%s", NULL);
			if (in->src == 3)
				add(c, p, V(5, 11), (long)i, "ksym variables (__ksym)%s", NULL);
		}
		if (in->code == (BV_JMP | BV_CALL)) {
			if (in->src == 0) {
				const struct bv_helper *h = bv_helper_by_id(in->imm);
				char name[64];

				snprintf(name, sizeof(name), "bpf_%s", h ? h->name : "?");
				add(c, p, helper_version(in->imm), (long)i, "the helper %s", name);
				if (h && !strcmp(h->name, "tail_call")) {
					uses_tail_call = 1;
					if (first_tail < 0)
						first_tail = (long)i;
				}
			} else if (in->src == 1) {
				uses_calls = 1;
				if (first_call < 0)
					first_call = (long)i;
			} else if (in->src == 2) {
				const char *kf = bv_prog_kfunc_name(p, i);

				add(c, p, V(5, 13), (long)i, "kernel functions (kfuncs)%s", NULL);
				if (kf && kfunc_version(kf) > V(5, 13))
					add(c, p, kfunc_version(kf), (long)i, "the kfunc %s", kf);
			}
		}
		/* a backward jump: a loop, which the verifier walks since 5.3 */
		if ((cls == BV_JMP || cls == BV_JMP32) && f->op != BV_OP_CALL && f->op != BV_OP_EXIT &&
		    f->op != BV_OP_CALL_LOCAL && f->op != BV_OP_CALL_KFUNC && f->op != BV_OP_CALLX &&
		    ((f->op == BV_OP_JA && cls == BV_JMP32) ? in->imm : in->off) < 0)
			add(c, p, V(5, 3), (long)i, "a loop (bounded loops need 5.3)%s", NULL);
	}
	if (uses_calls && uses_tail_call)
		add(c, p, V(5, 10), first_tail, "tail calls from a program with BPF-to-BPF calls%s", NULL);
	(void)first_call;
	/* switches in the verifier's behaviour, tried by verifying again */
	behaviour(c, obj, p, base, V(6, 3), 0, "reading stack bytes nothing wrote (privileged programs may)");
	behaviour(c, obj, p, base, V(6, 13), 1, "more than 512 bytes of stack in a call chain (private stacks)");
	behaviour(c, obj, p, base, V(6, 14), 2, "an array lookup with a constant key taken as never NULL");
	behaviour(c, obj, p, base, V(6, 17), 3,
		  "reading through a kernel struct's pointer to bytes (`skb->data`, a `char *` field)");
	/* functions with global linkage are verified on their own since 5.6 */
	{
		const struct btf *btf = obj->priv ? PRIV(obj)->btf : NULL;

		for (size_t i = 0; btf && i < p->n_funcs; i++) {
			const struct btf_type *t = btf__type_by_id(btf, p->funcs[i].type_id);

			if (p->funcs[i].insn && t && btf_is_func(t) && BTF_INFO_VLEN(t->info) == BTF_FUNC_GLOBAL)
				add(c, p, V(5, 6), (long)p->funcs[i].insn, "global functions (non-static BPF-to-BPF calls)%s",
				    NULL);
			if (t && btf_is_func(t))
				arg_tags(c, p, btf, p->funcs[i].type_id, (long)p->funcs[i].insn);
		}
	}
}
