/* The assembler: directives, labels, relocations, and the objects it
 * writes read back by bpfvet's loader and by libbpf. */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/object.h"
#include "check.h"

static struct bv_object *assemble(const char *text, struct bv_error *err)
{
	struct bv_object *obj = NULL;
	uint8_t *elf;
	size_t size;

	if (bv_asm_text(text, "t.s", &elf, &size, err))
		return NULL;
	if (bv_object_open_mem(elf, size, "t.s", NULL, &obj, err))
		obj = NULL;
	free(elf);
	return obj;
}

static int libbpf_quiet(enum libbpf_print_level l, const char *f, va_list ap)
{
	(void)l;
	(void)f;
	(void)ap;
	return 0;
}

static void test_basic(const char *dir)
{
	char path[1024];
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	const struct bv_prog *p;
	uint8_t *elf;
	size_t size;

	snprintf(path, sizeof(path), "%s/basic.s", dir);
	CHECK(bv_asm_file(path, &elf, &size, &err) == 0, "assemble basic.s: %s", err.msg);
	if (err.code)
		return;
	CHECK(bv_object_open_mem(elf, size, path, NULL, &obj, &err) == 0, "open: %s", err.msg);
	if (obj) {
		CHECK_INT(obj->n_progs, 2);
		CHECK_STR(obj->license, "GPL");
		p = bv_object_find_prog(obj, "count_packets");
		CHECK(p && p->type == BV_PROG_XDP, "xdp program");
		if (p) {
			/* 21 main instructions (3 LD_IMM64s take two each), then
			 * the two 2-instruction subprograms */
			CHECK_INT(p->main_insns, 21);
			CHECK_INT(p->n_insns, 25);
			/* r1 = map[counts] at 4 */
			CHECK(p->insns[4].code == 0x18 && p->insns[4].src == BV_PSEUDO_MAP_FD &&
			      !strcmp(obj->maps[p->insn_map[4]].name, "counts"), "map reference");
			/* if r0 == 0 goto miss: miss is insn 10 */
			CHECK(p->insns[7].code == 0x15 && p->insns[7].off == 2, "label offset %d", p->insns[7].off);
			/* callback and call land on the appended functions, in order */
			CHECK(p->insns[11].code == 0x18 && p->insns[11].src == BV_PSEUDO_FUNC, "callback");
			CHECK(p->insns[19].code == 0x85 && p->insns[19].src == BV_PSEUDO_CALL, "pseudo call");
			/* the walk meets the callback (11) before the call (19),
			 * so loop_body is appended first, as libbpf does */
			CHECK_INT(11 + 1 + p->insns[11].imm, 21);
			CHECK_INT(19 + 1 + p->insns[19].imm, 23);
			CHECK(p->insns[16].src == BV_PSEUDO_MAP_VALUE && p->insns[17].imm == 8, "map value +8");
			CHECK(p->insns[15].imm == 181, "helper bpf_loop by name: %d", p->insns[15].imm);
		}
		{
			const struct bv_map *m = NULL;

			for (size_t i = 0; i < obj->n_maps; i++)
				if (!strcmp(obj->maps[i].name, "outer"))
					m = &obj->maps[i];
			CHECK(m && m->type == BV_MAP_ARRAY_OF_MAPS && m->inner >= 0 &&
			      obj->maps[m->inner].value_size == 4 && obj->maps[m->inner].max_entries == 4,
			      "map-in-map with its inner definition");
		}
		bv_object_free(obj);
	}
	/* libbpf reads the same object */
	{
		LIBBPF_OPTS(bpf_object_open_opts, o, .object_name = "basic");
		struct bpf_object *lo;
		struct bpf_program *lp;
		int n = 0;

		libbpf_set_print(libbpf_quiet);
		lo = bpf_object__open_mem(elf, size, &o);
		CHECK(lo != NULL, "libbpf opens the assembled object");
		if (lo) {
			bpf_object__for_each_program(lp, lo)
				n++;
			CHECK_INT(n, 2);
			CHECK(bpf_object__find_map_by_name(lo, "counts") != NULL, "libbpf sees map counts");
			CHECK(bpf_object__find_map_by_name(lo, "outer") != NULL, "libbpf sees map outer");
			bpf_object__close(lo);
		}
	}
	free(elf);
}

static void test_roundtrip_file(const char *dir)
{
	char path[1024];
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	uint8_t *elf;
	size_t size;

	snprintf(path, sizeof(path), "%s/roundtrip.s", dir);
	CHECK(bv_asm_file(path, &elf, &size, &err) == 0, "assemble roundtrip.s: %s", err.msg);
	if (err.code)
		return;
	if (bv_object_open_mem(elf, size, path, NULL, &obj, &err) == 0) {
		CHECK_INT(obj->n_progs, 1);
		CHECK_INT(obj->progs[0].n_insns, 9);
		CHECK(obj->progs[0].insns[4].code == 0x55 && obj->progs[0].insns[4].off == 2, "pasted jump");
		bv_object_free(obj);
	}
	free(elf);
}

/* .func_info: a FUNC for every function, static or global as declared,
 * with the prototype a global function's arguments are checked against,
 * and func_info records placing each (its instruction in the program). */
static void test_func_info(void)
{
	static const char text[] = ".license \"GPL\"\n.func_info\n"
				   ".prog p tc\n r1 = 1\n r2 = func[cb]\n call g\n exit\n"
				   ".func cb\n r0 = 0\n exit\n"
				   ".func g global ctx:__sk_buff scalar mem:16\n r0 = 0\n exit\n";
	struct bv_error err = { 0 };
	struct bv_object *obj = assemble(text, &err);
	uint8_t *elf = NULL;
	size_t size;

	CHECK(obj != NULL, "assemble: %s", err.msg);
	if (obj) {
		const struct bv_prog *p = &obj->progs[0];

		CHECK_INT(p->n_funcs, 3);
		if (p->n_funcs == 3) {
			/* p (4 insns and the ld_imm64's second half), then cb, then g */
			CHECK(p->funcs[0].insn == 0 && p->funcs[1].insn == 5 && p->funcs[2].insn == 7,
			      "func_info at 0, 5, 7: %u %u %u", p->funcs[0].insn, p->funcs[1].insn, p->funcs[2].insn);
			CHECK(!strcmp(p->funcs[0].name, "p") && !strcmp(p->funcs[1].name, "cb") &&
			      !strcmp(p->funcs[2].name, "g"), "named p, cb, g");
		}
		bv_object_free(obj);
	}
	/* libbpf parses the .BTF.ext too (it refuses a malformed one at open) */
	if (bv_asm_text(text, "t.s", &elf, &size, &err) == 0) {
		struct bpf_object *lo = bpf_object__open_mem(elf, size, NULL);

		CHECK(lo != NULL, "libbpf opens an object with func_info");
		if (lo) {
			struct btf *b = bpf_object__btf(lo);
			int g = b ? btf__find_by_name_kind(b, "g", BTF_KIND_FUNC) : -1;
			int cb = b ? btf__find_by_name_kind(b, "cb", BTF_KIND_FUNC) : -1;
			const struct btf_type *t = g > 0 ? btf__type_by_id(b, (uint32_t)g) : NULL;

			CHECK(t && btf_vlen(t) == BTF_FUNC_GLOBAL, "libbpf sees the global FUNC g");
			CHECK(cb > 0 && btf_vlen(btf__type_by_id(b, (uint32_t)cb)) == BTF_FUNC_STATIC, "cb is static");
			t = t ? btf__type_by_id(b, t->type) : NULL;
			CHECK(t && btf_is_func_proto(t) && btf_vlen(t) == 3, "g has three arguments");
			if (t && btf_is_func_proto(t) && btf_vlen(t) == 3) {
				const struct btf_param *a = btf_params(t);
				const struct btf_type *ctx = btf__type_by_id(b, btf__type_by_id(b, a[0].type)->type);
				const struct btf_type *mem = btf__type_by_id(b, btf__type_by_id(b, a[2].type)->type);

				CHECK(ctx && !strcmp(btf__name_by_offset(b, ctx->name_off), "__sk_buff"),
				      "argument 1 points to struct __sk_buff");
				CHECK(btf_is_int(btf__type_by_id(b, a[1].type)), "argument 2 is an integer");
				CHECK(mem && mem->size == 16, "argument 3 points to 16 bytes");
			}
			bpf_object__close(lo);
		}
		free(elf);
	}
}

static void test_errors(void)
{
	static const struct {
		const char *text;
		const char *msg;
	} cases[] = {
		{ ".prog p xdp\n r0 = 0\n goto nowhere\n exit\n", "t.s:3: unknown label 'nowhere'" },
		{ ".prog p xdp\n r0 = 0\n frob r1\n", "t.s:3: unrecognised instruction" },
		{ " r0 = 0\n", "t.s:1: instruction before any .prog or .func" },
		{ ".prog p xdp\n r1 = map[nope]\n exit\n", "t.s:2: unknown map 'nope'" },
		{ ".map m hash key=4 value=4 entries=x\n", "t.s:1: bad value in 'entries=x'" },
		{ ".map m nosuch key=4\n", "t.s:1: unknown map type 'nosuch'" },
		{ ".prog p xdp\nl:\nl:\n exit\n", "t.s:3: label 'l' defined twice" },
		{ ".prog p xdp\n call nothing_at_all\n", "t.s:2: 'nothing_at_all' is neither a label, a helper nor a known kfunc" },
		{ ".prog p xdp\n r0 = 0\n exit\n.func f\n goto p\n", "t.s:5: 'p' is a function: jumps cannot leave their function" },
		{ ".bogus\n", "t.s:1: unknown directive '.bogus'" },
		{ "; nothing\n", "t.s: no .prog: nothing to assemble" },
		{ ".func f global ptr\n", "t.s:1: unknown argument 'ptr' (scalar, ctx:STRUCT or mem:N)" },
		{ ".func f static scalar\n", "t.s:1: a static function's arguments are not described" },
		{ ".func f global mem:0\n", "t.s:1: bad size in 'mem:0'" },
		{ ".func f local\n", "t.s:1: expected '.func NAME [static | global ARG...]'" },
		{ ".func_info x\n", "t.s:1: '.func_info' takes nothing" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct bv_error err = { 0 };
		struct bv_object *obj = assemble(cases[i].text, &err);

		CHECK(obj == NULL, "case %zu assembled", i);
		CHECK(strncmp(err.msg, cases[i].msg, strlen(cases[i].msg)) == 0, "got '%s', expected '%s'",
		      err.msg, cases[i].msg);
		bv_object_free(obj);
	}
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return check_skip("test_asm", "usage: test_asm ASM_DIR");
	test_basic(argv[1]);
	test_roundtrip_file(argv[1]);
	test_func_info();
	test_errors();
	return check_done("test_asm");
}
