/* BTF as clang writes it, for what the assembler needs to describe:
 *
 *  - BTF-defined maps,
 *        struct { __uint(type, T); __uint(key_size, K); ... } name SEC(".maps");
 *    each attribute a member "int (*attr)[N]", a pointer to an array whose
 *    length is the value;
 *  - functions, for func_info: a FUNC of static or global linkage over an
 *    "int (...)" prototype whose arguments are scalars, context pointers or
 *    pointers to N bytes of memory, the three kinds a global function's
 *    arguments are checked as.
 *
 * Enough for libbpf, the kernel and bpfvet to read them. */
#include <errno.h>
#include <linux/btf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object/writer.h"
#include "util/util.h"

struct bw {
	struct bv_buf types, strs;
	uint32_t next_id;
	uint32_t int_id, long_id, void_ptr_id;
};

uint32_t bw_str(struct bw *b, const char *s)
{
	uint32_t off = (uint32_t)b->strs.len;

	bv_buf_append(&b->strs, s, strlen(s) + 1);
	return off;
}

static void put32(struct bw *b, uint32_t v)
{
	bv_buf_append(&b->types, &v, 4);
}

static uint32_t type_hdr(struct bw *b, uint32_t name, uint32_t kind, uint32_t vlen, uint32_t size_or_type)
{
	put32(b, name);
	put32(b, kind << 24 | vlen);
	put32(b, size_or_type);
	return b->next_id++;
}

struct bw *bw_new(void)
{
	struct bw *b = calloc(1, sizeof(*b));

	if (!b)
		return NULL;
	b->next_id = 1;
	bv_buf_append(&b->strs, "", 1);
	b->int_id = type_hdr(b, bw_str(b, "int"), BTF_KIND_INT, 0, 4);
	put32(b, BTF_INT_SIGNED << 24 | 32);
	return b;
}

void bw_free(struct bw *b)
{
	if (!b)
		return;
	bv_buf_free(&b->types);
	bv_buf_free(&b->strs);
	free(b);
}

/* int (*)[n]: returns the pointer's id */
static uint32_t uint_attr(struct bw *b, uint32_t n)
{
	uint32_t arr = type_hdr(b, 0, BTF_KIND_ARRAY, 0, 0);

	put32(b, b->int_id); /* element type */
	put32(b, b->int_id); /* index type */
	put32(b, n);
	return type_hdr(b, 0, BTF_KIND_PTR, 0, arr);
}

static uint32_t map_struct(struct bw *b, const struct wmap *m, uint32_t inner_id)
{
	static const char *const names[] = { "type", "key_size", "value_size", "max_entries", "map_flags" };
	uint32_t vals[5] = { m->type, m->key_size, m->value_size, m->max_entries, m->map_flags };
	uint32_t attr[5], values_ptr = 0, st, nmem = 5;

	for (int k = 0; k < 5; k++)
		attr[k] = uint_attr(b, vals[k]);
	if (m->inner >= 0) {
		/* struct inner_def *values[] */
		uint32_t ptr = type_hdr(b, 0, BTF_KIND_PTR, 0, inner_id);
		uint32_t arr = type_hdr(b, 0, BTF_KIND_ARRAY, 0, 0);

		put32(b, ptr);
		put32(b, b->int_id);
		put32(b, 0);
		values_ptr = arr;
		nmem = 6;
	}
	st = type_hdr(b, 0, BTF_KIND_STRUCT, nmem, 8 * 5);
	for (uint32_t k = 0; k < 5; k++) {
		put32(b, bw_str(b, names[k]));
		put32(b, attr[k]);
		put32(b, k * 64);
	}
	if (values_ptr) {
		put32(b, bw_str(b, "values"));
		put32(b, values_ptr);
		put32(b, 5 * 64);
	}
	return st;
}

int bw_maps(struct bw *b, const struct wmap *maps, size_t n, const int *is_var, size_t *struct_size)
{
	uint32_t *ids = calloc(n + 1, sizeof(*ids)), *vars = calloc(n + 1, sizeof(*vars));
	uint32_t nvars = 0, off = 0;
	const uint32_t ss = 40;

	if (!ids || !vars) {
		free(ids);
		free(vars);
		return -ENOMEM;
	}
	/* inner definitions first, so outer ones can point at them */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			int inner_of_someone = 0;

			for (size_t k = 0; k < n; k++)
				if (maps[k].inner == (int)i)
					inner_of_someone = 1;
			if (inner_of_someone != (pass == 0))
				continue;
			ids[i] = map_struct(b, &maps[i], maps[i].inner >= 0 ? ids[maps[i].inner] : 0);
		}
	for (size_t i = 0; i < n; i++) {
		if (!is_var[i])
			continue;
		vars[i] = type_hdr(b, bw_str(b, maps[i].name), BTF_KIND_VAR, 0, ids[i]);
		put32(b, BTF_VAR_GLOBAL_ALLOCATED);
		nvars++;
	}
	type_hdr(b, bw_str(b, ".maps"), BTF_KIND_DATASEC, nvars, nvars * ss);
	for (size_t i = 0; i < n; i++) {
		if (!is_var[i])
			continue;
		put32(b, vars[i]);
		put32(b, off);
		put32(b, ss);
		off += ss;
	}
	free(ids);
	free(vars);
	*struct_size = ss;
	return b->types.oom || b->strs.oom ? -ENOMEM : 0;
}

/* The type an argument is declared with. */
static uint32_t arg_type(struct bw *b, const struct warg *arg)
{
	char name[40];

	switch (arg->kind) {
	case WARG_CTX:
		/* struct NAME *: the verifier knows the context by the
		 * struct's name; its members do not matter */
		return type_hdr(b, 0, BTF_KIND_PTR, 0,
				type_hdr(b, bw_str(b, arg->ctx), BTF_KIND_STRUCT, 0, 0));
	case WARG_MEM:
		/* struct memN { } *: a pointer to exactly N bytes */
		snprintf(name, sizeof(name), "mem%u", arg->size);
		return type_hdr(b, 0, BTF_KIND_PTR, 0,
				type_hdr(b, bw_str(b, name), BTF_KIND_STRUCT, 0, arg->size));
	default:
		if (!b->long_id) {
			b->long_id = type_hdr(b, bw_str(b, "long"), BTF_KIND_INT, 0, 8);
			put32(b, BTF_INT_SIGNED << 24 | 64);
		}
		return b->long_id;
	}
}

uint32_t bw_func(struct bw *b, const char *name, int global, const struct warg *args, int nargs)
{
	uint32_t *types = calloc((size_t)nargs + 1, sizeof(*types)), proto;

	if (!types)
		return 0;
	for (int i = 0; i < nargs; i++)
		types[i] = arg_type(b, &args[i]);
	proto = type_hdr(b, 0, BTF_KIND_FUNC_PROTO, (uint32_t)nargs, b->int_id);
	for (int i = 0; i < nargs; i++) {
		char an[16];

		snprintf(an, sizeof(an), "a%d", i + 1);
		put32(b, bw_str(b, an));
		put32(b, types[i]);
	}
	free(types);
	return type_hdr(b, bw_str(b, name), BTF_KIND_FUNC, global ? BTF_FUNC_GLOBAL : BTF_FUNC_STATIC, proto);
}

int bw_finish(struct bw *b, uint8_t **out, size_t *size)
{
	uint32_t hdr[6];
	struct bv_buf all = { 0 };

	if (b->types.oom || b->strs.oom)
		return -ENOMEM;
	hdr[0] = 0xeB9F | 1u << 16; /* magic, version 1, flags 0 */
	hdr[1] = 24;
	hdr[2] = 0;
	hdr[3] = (uint32_t)b->types.len;
	hdr[4] = (uint32_t)b->types.len;
	hdr[5] = (uint32_t)b->strs.len;
	bv_buf_append(&all, hdr, sizeof(hdr));
	bv_buf_append(&all, b->types.data, b->types.len);
	bv_buf_append(&all, b->strs.data, b->strs.len);
	if (all.oom) {
		bv_buf_free(&all);
		return -ENOMEM;
	}
	*out = (uint8_t *)all.data;
	*size = all.len;
	return 0;
}

int btf_ext_write_funcs(const struct wfinfo *fi, size_t n, uint8_t **out, size_t *size)
{
	struct bv_buf all = { 0 };
	uint32_t hdr[6] = { 0xeB9F | 1u << 16, 24, 0, 0, 0, 0 };
	uint32_t rec_size = 8;
	size_t start;

	/* header, then the func_info subsection: record size, and for each
	 * ELF section its name, count and (byte offset, FUNC id) records */
	bv_buf_append(&all, hdr, sizeof(hdr));
	start = all.len;
	bv_buf_append(&all, &rec_size, 4);
	for (size_t i = 0; i < n;) {
		size_t k = i;
		uint32_t cnt;

		while (k < n && fi[k].sec_name_off == fi[i].sec_name_off)
			k++;
		cnt = (uint32_t)(k - i);
		bv_buf_append(&all, &fi[i].sec_name_off, 4);
		bv_buf_append(&all, &cnt, 4);
		for (; i < k; i++) {
			bv_buf_append(&all, &fi[i].insn_off, 4);
			bv_buf_append(&all, &fi[i].type_id, 4);
		}
	}
	if (all.oom) {
		bv_buf_free(&all);
		return -ENOMEM;
	}
	((uint32_t *)all.data)[3] = (uint32_t)(all.len - start); /* func_info_len */
	((uint32_t *)all.data)[4] = (uint32_t)(all.len - start); /* line_info_off: empty, after it */
	*out = (uint8_t *)all.data;
	*size = all.len;
	return 0;
}
