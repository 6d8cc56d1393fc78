/* The object's BTF: fixed up the way libbpf fixes it before the kernel
 * sees it (clang leaves DATASEC sizes and variable offsets at zero; they are
 * known only from the ELF sections and symbols), then parsed with libbpf.
 * Also loads the target BTF that CO-RE and ksyms are resolved against. */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"

#define BTF_MAGIC_LE 0xeB9F

struct raw_btf {
	uint8_t *data;
	size_t size;
	uint32_t hdr_len, type_off, type_len, str_off, str_len;
	uint32_t *type_at;   /* byte offset of each type (id) in the type section */
	uint32_t n_types;    /* including the void type 0 */
};

static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static void wr32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

/* Size of a type's trailing data, or -1 for an unknown kind. */
static long type_extra(uint32_t info)
{
	uint32_t vlen = info & 0xffff, kind = (info >> 24) & 0x1f;

	switch (kind) {
	case BTF_KIND_INT: return 4;
	case BTF_KIND_PTR: case BTF_KIND_FWD: case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE: case BTF_KIND_CONST: case BTF_KIND_RESTRICT:
	case BTF_KIND_FUNC: case BTF_KIND_FLOAT: case 18 /* TYPE_TAG */:
		return 0;
	case BTF_KIND_ARRAY: return 12;
	case BTF_KIND_STRUCT: case BTF_KIND_UNION: return 12L * vlen;
	case BTF_KIND_ENUM: return 8L * vlen;
	case BTF_KIND_FUNC_PROTO: return 8L * vlen;
	case BTF_KIND_VAR: return 4;
	case BTF_KIND_DATASEC: return 12L * vlen;
	case 17 /* DECL_TAG */: return 4;
	case 19 /* ENUM64 */: return 12L * vlen;
	}
	return -1;
}

static int raw_parse(struct raw_btf *rb, const char *file, struct bv_error *err)
{
	const uint8_t *d = rb->data;
	size_t cap = 0, pos;

	if (rb->size < 24 || (d[0] | d[1] << 8) != BTF_MAGIC_LE)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF': bad magic or too short", file);
	rb->hdr_len = rd32(d + 4);
	rb->type_off = rd32(d + 8);
	rb->type_len = rd32(d + 12);
	rb->str_off = rd32(d + 16);
	rb->str_len = rd32(d + 20);
	if (rb->hdr_len < 24 || rb->hdr_len > rb->size ||
	    (uint64_t)rb->hdr_len + rb->type_off + rb->type_len > rb->size ||
	    (uint64_t)rb->hdr_len + rb->str_off + rb->str_len > rb->size)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF': header describes data past its end",
				    file);
	if (bv_grow(&rb->type_at, &cap, 1, sizeof(uint32_t)))
		return bv_error_set(err, -ENOMEM, "out of memory");
	rb->n_types = 1;
	for (pos = 0; pos < rb->type_len;) {
		long extra;

		if (rb->type_len - pos < 12)
			return bv_error_set(err, -EINVAL, "%s: section '.BTF': type %u truncated at offset %zu",
					    file, rb->n_types, pos);
		extra = type_extra(rd32(d + rb->hdr_len + rb->type_off + pos + 4));
		if (extra < 0)
			return bv_error_set(err, -EINVAL, "%s: section '.BTF': type %u has unknown kind %u",
					    file, rb->n_types,
					    (rd32(d + rb->hdr_len + rb->type_off + pos + 4) >> 24) & 0x1f);
		if ((size_t)extra > rb->type_len - pos - 12)
			return bv_error_set(err, -EINVAL, "%s: section '.BTF': type %u truncated at offset %zu",
					    file, rb->n_types, pos);
		if (bv_grow(&rb->type_at, &cap, rb->n_types + 1, sizeof(uint32_t)))
			return bv_error_set(err, -ENOMEM, "out of memory");
		rb->type_at[rb->n_types++] = (uint32_t)pos;
		pos += 12 + (size_t)extra;
	}
	return 0;
}

static uint8_t *raw_type(struct raw_btf *rb, uint32_t id)
{
	if (id == 0 || id >= rb->n_types)
		return NULL;
	return rb->data + rb->hdr_len + rb->type_off + rb->type_at[id];
}

static const char *raw_str(struct raw_btf *rb, uint32_t off)
{
	const char *s = (const char *)rb->data + rb->hdr_len + rb->str_off;

	if (off >= rb->str_len || !memchr(s + off, 0, rb->str_len - off))
		return NULL;
	return s + off;
}

/* The symbol of that name in section sec, or with sec < 0 in any section
 * the object has. */
static const struct elf_sym *find_sym(struct bv_object_internal *p, const char *name, int sec)
{
	for (size_t i = 0; i < p->n_syms; i++) {
		const struct elf_sym *s = &p->syms[i];
		bool in = sec >= 0 ? (int)s->shndx == sec : s->shndx > 0 && s->shndx < p->n_secs;

		if (in && s->type != STT_SECTION && !strcmp(s->name, name))
			return s;
	}
	return NULL;
}

static int find_sec(struct bv_object_internal *p, const char *name)
{
	for (size_t i = 1; i < p->n_secs; i++)
		if (!strcmp(p->secs[i].name, name))
			return (int)i;
	return -1;
}

/* clang 14 lists a static constant it put in a mergeable section
 * (".rodata.str1.1" for a string, ".rodata.cst16" for 16 bytes) under the
 * DATASEC ".rodata" all the same; clang 19 names the section it used.
 * libbpf looks the DATASEC's section up by name: when there is none it
 * cannot give the DATASEC a size and refuses to open the object ("Error
 * finalizing .BTF: -2"); when there is one, the variable's offset is the
 * one it has in its own section and the kernel refuses the BTF.  Finds the
 * first DATASEC with variables its section does not hold, and names them
 * ("a, b"); where the first of them really is goes in real_sec. */
int btf_misplaced_var(const struct bv_object *obj, struct btf_misplaced *m)
{
	struct bv_object_internal *p = PRIV(obj);
	uint32_t n = p->btf ? btf__type_cnt(p->btf) : 0;

	memset(m, 0, sizeof(*m));
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(p->btf, id);
		const struct btf_var_secinfo *v = btf_var_secinfos(t);
		const char *name = btf__name_by_offset(p->btf, t->name_off);
		int sec;

		if (!btf_is_datasec(t) || !name || !strcmp(name, ".kconfig") || !strcmp(name, ".ksyms"))
			continue;
		sec = find_sec(p, name);
		for (uint32_t i = 0; i < btf_vlen(t); i++, v++) {
			const struct btf_type *var = btf__type_by_id(p->btf, v->type);
			const char *vname = var ? btf__name_by_offset(p->btf, var->name_off) : NULL;
			size_t len = strlen(m->vars);
			const struct elf_sym *real;

			if (!vname || !btf_is_var(var) || (sec >= 0 && find_sym(p, vname, sec)))
				continue;
			/* an extern has no symbol in any section: not this case */
			real = find_sym(p, vname, -1);
			if (!real || len + strlen(vname) + 6 >= sizeof(m->vars))
				continue;
			snprintf(m->vars + len, sizeof(m->vars) - len, "%s%s", len ? ", " : "", vname);
			if (m->datasec)
				continue;
			m->datasec = name;
			m->var = vname;
			m->real_sec = p->secs[real->shndx].name;
			m->no_section = sec < 0 && t->size == 0;
		}
		if (m->datasec) {
			char *last = strrchr(m->vars, ',');

			/* "a, b, c" reads "a, b and c" (room for it kept above) */
			if (last) {
				memmove(last + 4, last + 1, strlen(last + 1) + 1);
				memcpy(last, " and", 4);
			}
			return 1;
		}
	}
	return 0;
}

static struct ext *ext_by_name(struct bv_object_internal *p, const char *name)
{
	for (size_t i = 0; i < p->n_exts; i++)
		if (!strcmp(p->exts[i].name, name))
			return &p->exts[i];
	return NULL;
}

/* The kernel wants a DATASEC's variables in the order of their offsets
 * (libbpf sorts them after laying them out; .kconfig's order is by
 * alignment, not by name).  Stable, in place, on the raw 12-byte records. */
static void sort_vsi_by_offset(uint8_t *vsi, uint32_t n)
{
	for (uint32_t i = 1; i < n; i++) {
		uint8_t cur[12];
		uint32_t j = i;

		memcpy(cur, vsi + 12 * i, 12);
		while (j > 0 && rd32(vsi + 12 * (j - 1) + 4) > rd32(cur + 4)) {
			memcpy(vsi + 12 * j, vsi + 12 * (j - 1), 12);
			j--;
		}
		memcpy(vsi + 12 * j, cur, 12);
	}
}

/* Give every DATASEC its size and every variable in it its offset, as
 * libbpf does before loading BTF into the kernel: clang leaves both at zero.
 * Data sections take them from the ELF section and symbols; .kconfig and
 * .ksyms from the extern layout, their variables becoming "allocated"
 * globals because the kernel refuses extern linkage. */
static int fix_datasecs(struct bv_object *obj, struct raw_btf *rb, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	uint32_t int_id = 0;

	/* a 4-byte int, the type every .ksyms variable takes (a typeless one's
	 * void the kernel would refuse) */
	for (uint32_t id = 1; id < rb->n_types && !int_id; id++) {
		uint8_t *t = raw_type(rb, id);

		if (((rd32(t + 4) >> 24) & 0x1f) == BTF_KIND_INT && rd32(t + 8) == 4 && (rd32(t + 12) & 0xff) == 32)
			int_id = id;
	}
	for (uint32_t id = 1; id < rb->n_types; id++) {
		uint8_t *t = raw_type(rb, id);
		uint32_t info = rd32(t + 4), vlen = info & 0xffff;
		const char *name;
		int sec, is_ext;

		if (((info >> 24) & 0x1f) != BTF_KIND_DATASEC)
			continue;
		name = raw_str(rb, rd32(t));
		if (!name)
			return bv_error_set(err, -EINVAL, "%s: section '.BTF': type %u has a bad name offset",
					    p->name, id);
		is_ext = !strcmp(name, ".kconfig") || !strcmp(name, ".ksyms");
		sec = find_sec(p, name);
		if (!is_ext && sec < 0)
			continue;
		if (!is_ext && rd32(t + 8) == 0)
			wr32(t + 8, (uint32_t)p->secs[sec].size);
		if (!strcmp(name, ".kconfig") && p->kconfig_map >= 0)
			wr32(t + 8, obj->maps[p->kconfig_map].value_size);
		for (uint32_t i = 0; i < vlen; i++) {
			uint8_t *vsi = t + 12 + 12 * i;
			uint8_t *var = raw_type(rb, rd32(vsi));
			const char *vname;

			if (!var)
				continue;
			vname = raw_str(rb, rd32(var));
			if (!vname)
				continue;
			if (is_ext) {
				struct ext *e = ext_by_name(p, vname);

				if (((rd32(var + 4) >> 24) & 0x1f) == BTF_KIND_VAR)
					wr32(var + 12, BTF_VAR_GLOBAL_ALLOCATED);
				if (e && e->kind == EXT_KCONFIG) {
					wr32(vsi + 4, e->kcfg_off);
				} else {
					/* as libbpf does: each kernel symbol a 4-byte int */
					if (int_id && ((rd32(var + 4) >> 24) & 0x1f) == BTF_KIND_VAR) {
						wr32(var + 8, int_id);
						wr32(vsi + 8, 4);
					}
					wr32(vsi + 4, 4 * i);
				}
			} else {
				const struct elf_sym *sym = find_sym(p, vname, sec);

				if (sym && ((rd32(var + 4) >> 24) & 0x1f) == BTF_KIND_VAR)
					wr32(vsi + 4, (uint32_t)sym->value);
			}
		}
		if (!strcmp(name, ".ksyms"))
			wr32(t + 8, 4 * vlen);
		sort_vsi_by_offset(t + 12, vlen);
	}
	return 0;
}

/* Kernel functions called by the program are extern FUNCs in BTF, listed
 * in the .ksyms DATASEC.  The kernel takes neither an extern linkage nor a
 * DATASEC entry that is not a VAR, so, as libbpf does, the functions become
 * global and their DATASEC entries point to one 4-byte dummy variable
 * appended to the types. */
static int fix_extern_funcs(struct raw_btf *rb)
{
	uint32_t int_id = 0, name_off = 0, var_id = rb->n_types;
	bool need_var = false;
	uint8_t *nd;

	for (uint32_t id = 1; id < rb->n_types; id++) {
		uint8_t *t = raw_type(rb, id);
		uint32_t info = rd32(t + 4), kind = (info >> 24) & 0x1f;

		if (kind == BTF_KIND_FUNC && (info & 0xffff) == BTF_FUNC_EXTERN) {
			uint8_t *proto = raw_type(rb, rd32(t + 8));

			wr32(t + 4, (info & ~0xffffu) | BTF_FUNC_GLOBAL);
			if (!name_off)
				name_off = rd32(t);
			/* a global function's arguments need names: the
			 * function's own will do, as libbpf's dummy does */
			if (proto && ((rd32(proto + 4) >> 24) & 0x1f) == BTF_KIND_FUNC_PROTO)
				for (uint32_t a = 0; a < (rd32(proto + 4) & 0xffff); a++)
					if (!rd32(proto + 12 + 8 * a) && rd32(proto + 12 + 8 * a + 4))
						wr32(proto + 12 + 8 * a, rd32(t));
		}
		if (kind == BTF_KIND_INT && !int_id && rd32(t + 8) == 4)
			int_id = id;
		if (kind == BTF_KIND_DATASEC) {
			const char *name = raw_str(rb, rd32(t));

			for (uint32_t i = 0; name && !strcmp(name, ".ksyms") && i < (info & 0xffff); i++) {
				uint8_t *vt = raw_type(rb, rd32(t + 12 + 12 * i));

				if (vt && ((rd32(vt + 4) >> 24) & 0x1f) == BTF_KIND_FUNC)
					need_var = true;
			}
		}
	}
	if (!need_var || !int_id || !name_off)
		return 0;
	/* the new VAR goes at the end of the type section */
	nd = malloc(rb->size + 16);
	if (!nd)
		return -ENOMEM;
	{
		size_t types_end = rb->hdr_len + rb->type_off + rb->type_len;

		memcpy(nd, rb->data, types_end);
		wr32(nd + types_end, name_off);
		wr32(nd + types_end + 4, (uint32_t)BTF_KIND_VAR << 24);
		wr32(nd + types_end + 8, int_id);
		wr32(nd + types_end + 12, BTF_VAR_GLOBAL_ALLOCATED);
		memcpy(nd + types_end + 16, rb->data + types_end, rb->size - types_end);
		rb->type_len += 16;
		if (rb->str_off >= rb->type_off + rb->type_len - 16)
			rb->str_off += 16;
		wr32(nd + 12, rb->type_len); /* header: type_len, then str_off */
		wr32(nd + 16, rb->str_off);
	}
	free(rb->data);
	rb->data = nd;
	rb->size += 16;
	for (uint32_t id = 1; id < rb->n_types; id++) {
		uint8_t *t = raw_type(rb, id);
		uint32_t info = rd32(t + 4);
		const char *name;

		if (((info >> 24) & 0x1f) != BTF_KIND_DATASEC || !(name = raw_str(rb, rd32(t))) || strcmp(name, ".ksyms"))
			continue;
		for (uint32_t i = 0; i < (info & 0xffff); i++) {
			uint8_t *vsi = t + 12 + 12 * i, *vt = raw_type(rb, rd32(vsi));

			if (vt && ((rd32(vt + 4) >> 24) & 0x1f) == BTF_KIND_FUNC) {
				wr32(vsi, var_id);
				wr32(vsi + 8, 4);
			}
		}
	}
	return 0;
}

int btf_load_object(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct elf_sec *s;

	if (p->btf_sec < 0)
		return 0;
	s = &p->secs[p->btf_sec];
	if (!s->data || s->size < 24)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF': too short (%zu bytes)", p->name,
				    s->size);
	{
		/* libbpf would print its complaints about bad BTF on stderr;
		 * we report them through the error record instead */
		libbpf_print_fn_t old = libbpf_set_print(NULL);

		p->btf = btf__new(s->data, (uint32_t)s->size);
		libbpf_set_print(old);
	}
	if (!p->btf)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF': not valid BTF (%s)", p->name,
				    strerror(errno));
	obj->has_btf = 1;
	return 0;
}

/* A global subprogram with hidden visibility is the object's own business:
 * libbpf turns its BTF linkage to static, so the kernel verifies it with
 * its caller's state rather than on its own, and so do we (the verifier
 * reads this same BTF). */
int btf_mark_hidden_static(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	(void)err;
	for (size_t i = 0; p->btf && i < p->n_funcs; i++) {
		const struct func *f = &p->funcs[i];
		int id;
		struct btf_type *t;

		if (!f->hidden || f->prog >= 0 || (int)f->sec != p->text_sec)
			continue;
		id = btf__find_by_name_kind(p->btf, f->name, BTF_KIND_FUNC);
		/* btf__new keeps the types in a buffer of its own, which
		 * btf__raw_data hands back: an edit in place reaches both */
		t = id > 0 ? (struct btf_type *)btf__type_by_id(p->btf, (uint32_t)id) : NULL;
		if (t && btf_vlen(t) == BTF_FUNC_GLOBAL)
			t->info = ((uint32_t)BTF_KIND_FUNC << 24) | BTF_FUNC_STATIC;
	}
	return 0;
}

/* The BTF the kernel is given: the object's, with DATASECs laid out. */
const void *bv_object_kernel_btf(struct bv_object *obj, size_t *out_size, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	struct raw_btf rb = { 0 };
	const void *raw;
	uint32_t size;
	int r;

	*out_size = 0;
	if (!p->btf)
		return NULL;
	if (p->kernel_btf) {
		*out_size = p->kernel_btf_size;
		return p->kernel_btf;
	}
	raw = btf__raw_data(p->btf, &size);
	rb.data = raw ? malloc(size) : NULL;
	if (!rb.data) {
		bv_error_set(err, -ENOMEM, "out of memory");
		return NULL;
	}
	memcpy(rb.data, raw, size);
	rb.size = size;
	r = raw_parse(&rb, p->name, err);
	if (!r)
		r = fix_datasecs(obj, &rb, err);
	if (!r && fix_extern_funcs(&rb))
		r = bv_error_set(err, -ENOMEM, "out of memory");
	free(rb.type_at);
	if (r) {
		free(rb.data);
		return NULL;
	}
	p->kernel_btf = rb.data;
	p->kernel_btf_size = rb.size;
	*out_size = rb.size;
	return rb.data;
}

/* The object's BTF as the kernel gets it, for what only the layout of
 * data sections says: the offset of each global variable (the type ids
 * are the object's).  Falls back to the object's BTF. */
const struct btf *bv_object_laid_out_btf(struct bv_object *obj)
{
	struct bv_object_internal *p = PRIV(obj);
	struct bv_error err = { 0 };
	const void *raw;
	size_t size;

	if (p->laid_out_btf)
		return p->laid_out_btf;
	raw = bv_object_kernel_btf(obj, &size, &err);
	if (raw)
		p->laid_out_btf = btf__new(raw, (uint32_t)size);
	if (!p->laid_out_btf || libbpf_get_error(p->laid_out_btf)) {
		p->laid_out_btf = NULL;
		return p->btf;
	}
	return p->laid_out_btf;
}

struct btf *btf_target(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const char *path = p->opts ? p->opts->btf_path : NULL;

	if (p->target_btf || p->target_btf_tried)
		goto out;
	p->target_btf_tried = 1;
	if (path)
		p->target_btf = btf__parse(path, NULL);
	else
		p->target_btf = btf__load_vmlinux_btf();
	if (!p->target_btf)
		bv_error_set(err, -ENOENT, "%s: cannot read target BTF %s: %s", p->name,
			     path ? path : "/sys/kernel/btf/vmlinux", strerror(errno));
out:
	if (!p->target_btf && err && !err->code)
		bv_error_set(err, -ENOENT, "%s: no target BTF (%s)", p->name,
			     path ? path : "/sys/kernel/btf/vmlinux");
	return p->target_btf;
}
