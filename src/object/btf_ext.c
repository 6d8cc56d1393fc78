/* .BTF.ext: per-section function info, line info and CO-RE relocation
 * records.  Each part is a record size followed by blocks of
 * {section name offset, record count, records}; offsets are in bytes into
 * the section's code, and strings live in the object's .BTF. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"

static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static struct ext_sec_info *info_for(struct bv_object_internal *p, uint32_t sec)
{
	for (size_t i = 0; i < p->n_ext_secs; i++)
		if (p->ext_secs[i].sec == sec)
			return &p->ext_secs[i];
	{
		struct ext_sec_info *n = realloc(p->ext_secs, (p->n_ext_secs + 1) * sizeof(*n));

		if (!n)
			return NULL;
		p->ext_secs = n;
		memset(&n[p->n_ext_secs], 0, sizeof(*n));
		n[p->n_ext_secs].sec = sec;
		return &n[p->n_ext_secs++];
	}
}

static int find_sec(struct bv_object_internal *p, const char *name)
{
	for (size_t i = 1; i < p->n_secs; i++)
		if (!strcmp(p->secs[i].name, name))
			return (int)i;
	return -1;
}

enum part { PART_FUNC, PART_LINE, PART_CORE };

static int parse_part(struct bv_object *obj, const uint8_t *d, size_t len, enum part part,
		      struct bv_error *err)
{
	static const char *const what[] = { "func_info", "line_info", "core_relo" };
	static const uint32_t min_rec[] = { 8, 16, 16 };
	struct bv_object_internal *p = PRIV(obj);
	uint32_t rec;
	size_t pos = 4;

	if (len == 0)
		return 0;
	if (len < 4)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF.ext': %s truncated", p->name, what[part]);
	rec = rd32(d);
	if (rec < min_rec[part] || rec > 256 || rec % 4)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF.ext': %s record size %u is invalid",
				    p->name, what[part], rec);
	while (pos < len) {
		uint32_t name_off, n;
		const char *name;
		struct ext_sec_info *si;
		int sec;

		if (len - pos < 8)
			return bv_error_set(err, -EINVAL, "%s: section '.BTF.ext': %s truncated at offset %zu",
					    p->name, what[part], pos);
		name_off = rd32(d + pos);
		n = rd32(d + pos + 4);
		pos += 8;
		if (n > (len - pos) / rec)
			return bv_error_set(err, -EINVAL,
					    "%s: section '.BTF.ext': %s block at offset %zu claims %u records, more than fit",
					    p->name, what[part], pos - 8, n);
		name = btf__name_by_offset(p->btf, name_off);
		if (!name)
			return bv_error_set(err, -EINVAL,
					    "%s: section '.BTF.ext': %s names section by bad string offset %u",
					    p->name, what[part], name_off);
		sec = find_sec(p, name);
		if (sec < 0) { /* records for a section the object lacks: skip */
			pos += (size_t)n * rec;
			continue;
		}
		si = info_for(p, (uint32_t)sec);
		if (!si)
			return bv_error_set(err, -ENOMEM, "out of memory");
		if (part == PART_FUNC) {
			struct ext_func_rec *a = realloc(si->funcs, (si->n_funcs + n + 1) * sizeof(*a));

			if (!a)
				return bv_error_set(err, -ENOMEM, "out of memory");
			si->funcs = a;
			for (uint32_t i = 0; i < n; i++, pos += rec)
				a[si->n_funcs++] = (struct ext_func_rec){ rd32(d + pos), rd32(d + pos + 4) };
		} else if (part == PART_LINE) {
			struct ext_line_rec *a = realloc(si->lines, (si->n_lines + n + 1) * sizeof(*a));

			if (!a)
				return bv_error_set(err, -ENOMEM, "out of memory");
			si->lines = a;
			for (uint32_t i = 0; i < n; i++, pos += rec)
				a[si->n_lines++] = (struct ext_line_rec){ rd32(d + pos), rd32(d + pos + 4),
									  rd32(d + pos + 8), rd32(d + pos + 12) };
		} else {
			struct ext_core_rec *a = realloc(si->cores, (si->n_cores + n + 1) * sizeof(*a));

			if (!a)
				return bv_error_set(err, -ENOMEM, "out of memory");
			si->cores = a;
			for (uint32_t i = 0; i < n; i++, pos += rec)
				a[si->n_cores++] = (struct ext_core_rec){ rd32(d + pos), rd32(d + pos + 4),
									  rd32(d + pos + 8), rd32(d + pos + 12) };
		}
	}
	return 0;
}

int btf_ext_parse(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct elf_sec *s;
	const uint8_t *d;
	uint32_t hdr_len;
	int r;

	if (p->btf_ext_sec < 0 || !p->btf)
		return 0;
	s = &p->secs[p->btf_ext_sec];
	d = s->data;
	if (!d || s->size < 24 || (d[0] | d[1] << 8) != 0xeB9F)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF.ext': bad magic or too short", p->name);
	hdr_len = rd32(d + 4);
	if (hdr_len < 24 || hdr_len > s->size)
		return bv_error_set(err, -EINVAL, "%s: section '.BTF.ext': header length %u is invalid",
				    p->name, hdr_len);
	for (int part = 0; part < 3; part++) {
		uint32_t off, len;

		if (part == PART_CORE && hdr_len < 32)
			break;
		off = rd32(d + 8 + 8 * part);
		len = rd32(d + 12 + 8 * part);
		if ((uint64_t)hdr_len + off + len > s->size)
			return bv_error_set(err, -EINVAL,
					    "%s: section '.BTF.ext': part %d at offset %u length %u runs past the end",
					    p->name, part, off, len);
		r = parse_part(obj, d + hdr_len + off, len, (enum part)part, err);
		if (r)
			return r;
	}
	obj->has_btf_ext = 1;
	return 0;
}

const struct ext_sec_info *btf_ext_for(const struct bv_object *obj, uint32_t sec)
{
	const struct bv_object_internal *p = obj->priv;

	for (size_t i = 0; i < p->n_ext_secs; i++)
		if (p->ext_secs[i].sec == sec)
			return &p->ext_secs[i];
	return NULL;
}
