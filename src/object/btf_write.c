/* BTF for BTF-defined maps, as clang emits it for
 *     struct { __uint(type, T); __uint(key_size, K); ... } name SEC(".maps");
 * Each attribute is a member "int (*attr)[N]": a pointer to an array whose
 * length is the value.  Enough for libbpf and bpfvet to read the maps. */
#include <errno.h>
#include <linux/btf.h>
#include <stdlib.h>
#include <string.h>

#include "object/writer.h"
#include "util/util.h"

struct bw {
	struct bv_buf types, strs;
	uint32_t next_id;
	uint32_t int_id;
};

static uint32_t str(struct bw *b, const char *s)
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

/* int (*)[n]: returns the pointer's id */
static uint32_t uint_attr(struct bw *b, uint32_t n)
{
	uint32_t arr = type_hdr(b, 0, BTF_KIND_ARRAY, 0, 0);

	put32(b, b->int_id); /* element type */
	put32(b, b->int_id); /* index type */
	put32(b, n);
	return type_hdr(b, 0, BTF_KIND_PTR, 0, arr);
}

static uint32_t map_struct(struct bw *b, const struct wmap *maps, size_t i, uint32_t *ids, size_t *ssize)
{
	const struct wmap *m = &maps[i];
	static const char *const names[] = { "type", "key_size", "value_size", "max_entries", "map_flags" };
	uint32_t vals[5] = { m->type, m->key_size, m->value_size, m->max_entries, m->map_flags };
	uint32_t attr[5], values_ptr = 0, st, nmem = 5;

	for (int k = 0; k < 5; k++)
		attr[k] = uint_attr(b, vals[k]);
	if (m->inner >= 0) {
		/* struct inner_def *values[] */
		uint32_t ptr = type_hdr(b, 0, BTF_KIND_PTR, 0, ids[m->inner]);
		uint32_t arr = type_hdr(b, 0, BTF_KIND_ARRAY, 0, 0);

		put32(b, ptr);
		put32(b, b->int_id);
		put32(b, 0);
		values_ptr = arr;
		nmem = 6;
	}
	st = type_hdr(b, 0, BTF_KIND_STRUCT, nmem, 8 * 5);
	for (uint32_t k = 0; k < 5; k++) {
		put32(b, str(b, names[k]));
		put32(b, attr[k]);
		put32(b, k * 64);
	}
	if (values_ptr) {
		put32(b, str(b, "values"));
		put32(b, values_ptr);
		put32(b, 5 * 64);
	}
	*ssize = 40;
	return st;
}

int btf_write_maps(const struct wmap *maps, size_t n, const int *is_var, uint8_t **out,
		   size_t *size, size_t *struct_size)
{
	struct bw b = { .next_id = 1 };
	uint32_t *ids = calloc(n + 1, sizeof(*ids)), *vars = calloc(n + 1, sizeof(*vars));
	uint32_t nvars = 0, hdr[6];
	struct bv_buf all = { 0 };
	size_t ss = 40;
	int r = -ENOMEM;

	if (!ids || !vars)
		goto out;
	bv_buf_append(&b.strs, "", 1);
	b.int_id = type_hdr(&b, str(&b, "int"), BTF_KIND_INT, 0, 4);
	put32(&b, BTF_INT_SIGNED << 24 | 32);
	/* inner definitions first, so outer ones can point at them */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			int inner_of_someone = 0;

			for (size_t k = 0; k < n; k++)
				if (maps[k].inner == (int)i)
					inner_of_someone = 1;
			if (inner_of_someone != (pass == 0))
				continue;
			ids[i] = map_struct(&b, maps, i, ids, &ss);
		}
	for (size_t i = 0; i < n; i++) {
		if (!is_var[i])
			continue;
		vars[i] = type_hdr(&b, str(&b, maps[i].name), BTF_KIND_VAR, 0, ids[i]);
		put32(&b, BTF_VAR_GLOBAL_ALLOCATED);
		nvars++;
	}
	{
		uint32_t off = 0;

		type_hdr(&b, str(&b, ".maps"), BTF_KIND_DATASEC, nvars, (uint32_t)(nvars * ss));
		for (size_t i = 0; i < n; i++) {
			if (!is_var[i])
				continue;
			put32(&b, vars[i]);
			put32(&b, off);
			put32(&b, (uint32_t)ss);
			off += (uint32_t)ss;
		}
	}
	if (b.types.oom || b.strs.oom)
		goto out;
	hdr[0] = 0xeB9F | 1u << 16; /* magic, version 1, flags 0 */
	hdr[1] = 24;
	hdr[2] = 0;
	hdr[3] = (uint32_t)b.types.len;
	hdr[4] = (uint32_t)b.types.len;
	hdr[5] = (uint32_t)b.strs.len;
	bv_buf_append(&all, hdr, sizeof(hdr));
	bv_buf_append(&all, b.types.data, b.types.len);
	bv_buf_append(&all, b.strs.data, b.strs.len);
	if (all.oom)
		goto out;
	*out = (uint8_t *)all.data;
	*size = all.len;
	*struct_size = ss;
	all.data = NULL;
	r = 0;
out:
	bv_buf_free(&b.types);
	bv_buf_free(&b.strs);
	bv_buf_free(&all);
	free(ids);
	free(vars);
	return r;
}
