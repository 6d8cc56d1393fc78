/* The ELF loader and linker on objects compiled from tests/bpf (the C
 * sources there).
 * Expected values come from the C sources (names, sections, initial data)
 * or from hand calculation on the layouts in core_target.bpf.c; that the
 * linked instructions equal libbpf's is checked by loader_vs_libbpf. */
#include <bpf/btf.h>
#include <stdio.h>
#include <string.h>

#include "bpfvet/object.h"
#include "check.h"

static char dir[512];

static struct bv_object *open_obj(const char *name, const struct bv_open_opts *o)
{
	char path[1024];
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (bv_object_open(path, o, &obj, &err)) {
		CHECK(0, "cannot open %s: %s", path, err.msg);
		return NULL;
	}
	return obj;
}

static const struct bv_map *map_named(const struct bv_object *obj, const char *name)
{
	for (size_t i = 0; i < obj->n_maps; i++)
		if (!strcmp(obj->maps[i].name, name))
			return &obj->maps[i];
	return NULL;
}

static int func_starts_at(const struct bv_prog *p, size_t insn)
{
	for (size_t i = 0; i < p->n_funcs; i++)
		if (p->funcs[i].insn == insn)
			return 1;
	return 0;
}

static void test_subprogs(void)
{
	struct bv_object *obj = open_obj("subprogs.o", NULL);
	const struct bv_prog *x, *t;
	const struct bv_map *m;
	int calls = 0, callbacks = 0, map_refs = 0;

	if (!obj)
		return;
	CHECK_INT(obj->n_progs, 2);
	CHECK_STR(obj->license, "GPL");
	CHECK(obj->has_btf && obj->has_btf_ext, "BTF and BTF.ext");
	x = bv_object_find_prog(obj, "xdp_count");
	t = bv_object_find_prog(obj, "tc");   /* by section name */
	CHECK(x && t, "programs by function and by section name");
	if (!x || !t)
		goto out;
	CHECK_STR(t->name, "tc_count");
	CHECK_INT(x->type, BV_PROG_XDP);
	CHECK_INT(t->type, BV_PROG_SCHED_CLS);
	CHECK(x->n_insns > x->main_insns, "subprograms appended to xdp_count");
	/* main, bump, loop_cb, global_helper: one func info each */
	CHECK_INT(x->n_funcs, 4);
	CHECK_INT(t->n_funcs, 2);
	CHECK(x->n_funcs && x->funcs[0].insn == 0 && x->funcs[0].name && !strcmp(x->funcs[0].name, "xdp_count"),
	      "first func info is the program itself");
	for (size_t i = 0; i + 1 < x->n_funcs; i++)
		CHECK(x->funcs[i].insn < x->funcs[i + 1].insn, "func info sorted");
	for (size_t i = 0; i < x->n_insns; i++) {
		const struct bv_insn *in = &x->insns[i];

		if (in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_CALL) {
			calls++;
			CHECK(func_starts_at(x, i + 1 + (size_t)(long)in->imm),
			      "call at %zu lands on a function start", i);
		}
		if (in->code == (BV_LD | BV_IMM | BV_DW)) {
			if (in->src == BV_PSEUDO_FUNC) {
				callbacks++;
				CHECK(func_starts_at(x, i + 1 + (size_t)(long)in->imm), "callback at %zu", i);
			}
			if (in->src == BV_PSEUDO_MAP_FD || in->src == BV_PSEUDO_MAP_VALUE) {
				map_refs++;
				CHECK(x->insn_map[i] >= 0 && (size_t)x->insn_map[i] < obj->n_maps,
				      "map reference at %zu has a map", i);
			}
			i++;
		}
	}
	CHECK_INT(calls, 2);     /* bump, global_helper */
	CHECK_INT(callbacks, 1); /* loop_cb for bpf_loop */
	CHECK(map_refs >= 4, "map references: %d", map_refs);
	m = map_named(obj, "counts");
	CHECK(m && m->type == BV_MAP_HASH && m->key_size == 4 && m->value_size == 8 && m->max_entries == 64,
	      "map counts from BTF");
	m = map_named(obj, "jumps");
	CHECK(m && m->type == BV_MAP_PROG_ARRAY && m->max_entries == 4, "map jumps");
	m = map_named(obj, ".rodata");
	CHECK(m && m->readonly && m->value_size == 4 && m->init && m->init[0] == 10,
	      ".rodata holds threshold = 10");
	m = map_named(obj, ".bss");
	CHECK(m && !m->readonly && m->value_size == 8, ".bss holds total");
	/* line info: the first record is the function's own line */
	CHECK(x->n_lines > 5, "line info carried: %zu", x->n_lines);
	if (x->n_lines) {
		const struct bv_line_info *li = bv_prog_line_at(x, 0);

		CHECK(li && li->line && strstr(li->line, "int xdp_count(struct xdp_md *ctx)"),
		      "line at insn 0: %s", li && li->line ? li->line : "(none)");
		CHECK(li && li->file && strstr(li->file, "subprogs.bpf.c"), "file name");
		CHECK(li && li->line_num == 49, "line number %u", li ? li->line_num : 0);
	}
out:
	bv_object_free(obj);
}

struct core_case {
	const char *prog;
	long value;      /* -1: poisoned */
};

/* Hand-computed from core_target.bpf.c. */
static const struct core_case core_cases[] = {
	{ "off_pid", 12 },
	{ "off_tgid", 8 },
	{ "size_comm", 32 },
	{ "exists_tgid", 1 },
	{ "exists_gone", 0 },
	{ "off_gone", -1 },
	{ "type_there", 1 },
	{ "type_not_there", 0 },
	{ "type_size", 56 },     /* 8 + 4 + 4 + 32 + 4, aligned to 8 */
	{ "enum_tgid", 20 },
	{ "enum_gone", 0 },
	{ "bf_lshift", 55 },     /* 64 - (4 + 5) */
	{ "bf_rshift", 59 },     /* 64 - 5 */
	{ "bf_offset", 48 },
};

static void test_core(void)
{
	char target[1024];
	struct bv_open_opts o = { 0 };
	struct bv_object *obj;

	snprintf(target, sizeof(target), "%s/core_target.o", dir);
	o.btf_path = target;
	obj = open_obj("core_values.o", &o);
	if (!obj)
		return;
	for (size_t i = 0; i < sizeof(core_cases) / sizeof(core_cases[0]); i++) {
		const struct bv_prog *p = bv_object_find_prog(obj, core_cases[i].prog);
		long v;

		CHECK(p != NULL, "program %s", core_cases[i].prog);
		if (!p || !p->n_insns)
			continue;
		CHECK(!p->link_error, "%s links: %s", p->name, p->link_msg ? p->link_msg : "");
		if (core_cases[i].value < 0) {
			CHECK(p->insns[0].code == (BV_JMP | BV_CALL) && p->insns[0].imm == BV_CORE_POISON_IMM,
			      "%s is poisoned", p->name);
			CHECK_INT(p->core_poisoned, 1);
			continue;
		}
		v = p->insns[0].imm;
		if (p->insns[0].code == (BV_LD | BV_IMM | BV_DW))
			v = (long)(((uint64_t)(uint32_t)p->insns[1].imm << 32) | (uint32_t)p->insns[0].imm);
		CHECK(v == core_cases[i].value, "%s = %ld, expected %ld", p->name, v, core_cases[i].value);
		CHECK_INT(p->core_relos, 1);
	}
	bv_object_free(obj);
	/* without CO-RE the compile-time values stay: pid at 0 locally */
	o.no_core = 1;
	obj = open_obj("core_values.o", &o);
	if (obj) {
		const struct bv_prog *p = bv_object_find_prog(obj, "off_pid");

		CHECK(p && p->insns[0].imm == 0, "--no-core keeps the local offset");
		bv_object_free(obj);
	}
}

static void test_sections(void)
{
	static const struct {
		const char *sec;
		int type;
		int legacy;
		const char *attach_to;
	} cases[] = {
		{ "xdp", BV_PROG_XDP, 0, NULL },
		{ "socket", BV_PROG_SOCKET_FILTER, 0, NULL },
		{ "socket1", BV_PROG_SOCKET_FILTER, 1, NULL },
		{ "kprobe/tcp_connect", BV_PROG_KPROBE, 0, "tcp_connect" },
		{ "kretprobe/tcp_connect", BV_PROG_KPROBE, 0, "tcp_connect" },
		{ "tracepoint/syscalls/sys_enter_open", BV_PROG_TRACEPOINT, 0, "syscalls/sys_enter_open" },
		{ "tp/sched/sched_switch", BV_PROG_TRACEPOINT, 0, "sched/sched_switch" },
		{ "raw_tracepoint/sys_enter", BV_PROG_RAW_TRACEPOINT, 0, "sys_enter" },
		{ "classifier", BV_PROG_SCHED_CLS, 0, NULL },
		{ "action", BV_PROG_SCHED_ACT, 0, NULL },
		{ "tc", BV_PROG_SCHED_CLS, 0, NULL },
		{ "cgroup/skb", BV_PROG_CGROUP_SKB, 0, NULL },
		{ "cgroup_skb/ingress", BV_PROG_CGROUP_SKB, 0, NULL },
		{ "perf_event", BV_PROG_PERF_EVENT, 0, NULL },
		{ "lsm/file_open", BV_PROG_LSM, 0, "file_open" },
		{ "fentry/do_unlinkat", BV_PROG_TRACING, 0, "do_unlinkat" },
		{ "sockops", BV_PROG_SOCK_OPS, 0, NULL },
		{ "xdp_prog", BV_PROG_XDP, 1, NULL },
		{ "sk_skb/stream_parser", BV_PROG_SK_SKB, 0, NULL },
		{ "cgroup/connect4", BV_PROG_CGROUP_SOCK_ADDR, 0, NULL },
		{ "flow_dissector", BV_PROG_FLOW_DISSECTOR, 0, NULL },
	};
	struct bv_sec_type st;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int r = bv_section_type(cases[i].sec, &st);

		CHECK(r == 0, "%s has a type", cases[i].sec);
		if (r)
			continue;
		CHECK(st.prog_type == (uint32_t)cases[i].type, "%s: type %u, expected %d", cases[i].sec,
		      st.prog_type, cases[i].type);
		CHECK(st.legacy == cases[i].legacy, "%s: legacy %d", cases[i].sec, st.legacy);
		if (cases[i].attach_to)
			CHECK(st.attach_to && !strcmp(st.attach_to, cases[i].attach_to), "%s: attach to %s",
			      cases[i].sec, st.attach_to ? st.attach_to : "(null)");
	}
	CHECK(bv_section_type("from-container", &st) != 0, "iproute2 names say nothing");
	CHECK(bv_section_type("2/1", &st) != 0, "tail-call sections say nothing");
	CHECK(bv_section_type("sockopsx", &st) == 0 && st.legacy, "prefix fallback");
	CHECK(bv_section_type("cgroup_skb/ingress", &st) == 0 && st.has_attach_type &&
	      !strcmp(bv_attach_type_name(st.expected_attach_type), "cgroup_inet_ingress"),
	      "cgroup_skb/ingress attach type");
}

/* libbpf's conventions for exceptions.bpf.c: the callback a decl tag names
 * goes last, though nothing calls it; a hidden global function is static
 * in the BTF the kernel gets. */
static void test_exceptions(void)
{
	struct bv_object *obj = open_obj("exceptions.o", NULL);
	const struct bv_prog *p, *q;
	struct bv_error err = { 0 };
	const void *raw;
	struct btf *btf;
	size_t size;

	if (!obj)
		return;
	p = bv_object_find_prog(obj, "throw_cb_ok");
	q = bv_object_find_prog(obj, "throw_default");
	CHECK(p && q, "exception programs found");
	if (p && q) {
		CHECK_INT(p->n_funcs, 2);
		if (p->n_funcs == 2) {
			CHECK_STR(p->funcs[1].name, "exc_lowbit");
			CHECK(p->funcs[1].insn == p->main_insns, "the callback follows the main program");
		}
		CHECK_INT(q->n_funcs, 1);
	}
	raw = bv_object_kernel_btf(obj, &size, &err);
	btf = raw ? btf__new(raw, (uint32_t)size) : NULL;
	CHECK(btf, "kernel BTF of exceptions.o: %s", err.msg);
	if (btf) {
		int id = btf__find_by_name_kind(btf, "read_hidden", BTF_KIND_FUNC);
		int gid = btf__find_by_name_kind(btf, "exc_lowbit", BTF_KIND_FUNC);

		CHECK(id > 0 && btf_vlen(btf__type_by_id(btf, (uint32_t)id)) == BTF_FUNC_STATIC,
		      "hidden read_hidden() is static");
		CHECK(gid > 0 && btf_vlen(btf__type_by_id(btf, (uint32_t)gid)) == BTF_FUNC_GLOBAL,
		      "exc_lowbit() stays global");
		btf__free(btf);
	}
	bv_object_free(obj);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return check_skip("test_loader", "usage: test_loader BPF_OBJECT_DIR");
	snprintf(dir, sizeof(dir), "%s", argv[1]);
	test_sections();
	test_subprogs();
	test_core();
	test_exceptions();
	return check_done("test_loader");
}
