/* Map definitions, in the three conventions real objects use:
 *   - BTF-defined maps in ".maps" (libbpf 1.x): a struct per map whose
 *     members encode the attributes in their types;
 *   - "maps" / "maps/NAME" sections holding C structs: samples/bpf and
 *     libbpf 0.x's struct bpf_map_def (type, key_size, value_size,
 *     max_entries, map_flags, inner_map_idx, numa_node) or iproute2's struct
 *     bpf_elf_map (type, size_key, size_value, max_elem, flags, id, pinning,
 *     inner_id, inner_idx);
 *   - global data: .data*, .rodata*, .bss* become one-entry array maps. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <unistd.h>

#include "object/obj_internal.h"

#define BPF_F_RDONLY_PROG (1U << 7)
#define BPF_F_MMAPABLE (1U << 10)

void maps_free(struct bv_map *m)
{
	free(m->name);
	free(m->section);
	free(m->init);
	free(m->slots);
}

int maps_add(struct bv_object *obj, struct bv_map **out)
{
	struct bv_object_internal *p = PRIV(obj);

	if (bv_grow(&obj->maps, &p->cap_maps, obj->n_maps + 1, sizeof(*obj->maps)))
		return -ENOMEM;
	*out = &obj->maps[obj->n_maps++];
	memset(*out, 0, sizeof(**out));
	(*out)->inner = -1;
	return 0;
}

/* The map a relocation against sym (in section sec) refers to, or -1. */
int maps_by_sym(const struct bv_object *obj, uint32_t sec, const struct elf_sym *sym)
{
	const struct bv_object_internal *p = obj->priv;
	int section_sym = sym->type == STT_SECTION || !*sym->name;

	for (size_t i = 0; i < obj->n_maps; i++) {
		const struct bv_map *m = &obj->maps[i];

		if (m->is_inner_template || m->sec_index != sec)
			continue;
		if (m->origin == BV_MAP_FROM_DATA)
			return (int)i;
		/* a definition is named by its symbol, whose value is its
		 * offset; "maps/NAME" sections hold one, found by the section */
		if (section_sym ? (m->sec_off == 0 && !strncmp(p->secs[sec].name, "maps/", 5))
				: m->sec_off == sym->value)
			return (int)i;
	}
	return -1;
}

/* ---- BTF-defined maps ---- */


/* "__uint(name, N)" is "int (*name)[N]"; "__ulong(name, N)", for 64-bit
 * values (an arena's map_extra), an anonymous enum whose one enumerator
 * is N. */
static int get_uint(const struct btf *btf, const struct btf_member *m, bool ulong_ok, uint64_t *val)
{
	const struct btf_type *t = btf_skip_mods(btf, m->type, NULL), *arr;

	if (ulong_ok && t && btf_is_enum(t) && btf_vlen(t) == 1) {
		*val = (uint64_t)(uint32_t)btf_enum(t)->val;
		return 0;
	}
	if (ulong_ok && t && btf_is_enum64(t) && btf_vlen(t) == 1) {
		*val = btf_enum64_value(btf_enum64(t));
		return 0;
	}
	if (!t || !btf_is_ptr(t))
		return -EINVAL;
	arr = btf_skip_mods(btf, t->type, NULL);
	if (!arr || !btf_is_array(arr))
		return -EINVAL;
	*val = btf_array(arr)->nelems;
	return 0;
}

struct btf_def {
	uint32_t type, key_size, value_size, max_entries, map_flags, numa_node, pinning;
	uint64_t map_extra;       /* bloom filter: hash count; arena: its user address */
	uint32_t key_type, value_type;
	int has_values;
	uint32_t values_off;    /* byte offset of "values" in the struct */
	uint32_t values_type;   /* for map-in-map: struct id of the inner def */
};

static int parse_btf_def(const struct btf *btf, const struct btf_type *def, const char *map_name,
			 const char *file, struct btf_def *out, struct bv_error *err)
{
	const struct btf_member *m = btf_members(def);

	memset(out, 0, sizeof(*out));
	for (int i = 0; i < btf_vlen(def); i++, m++) {
		const char *name = btf__name_by_offset(btf, m->name_off);
		uint64_t v = 0;

		if (!name)
			continue;
		if (!strcmp(name, "type") || !strcmp(name, "max_entries") || !strcmp(name, "map_flags") ||
		    !strcmp(name, "numa_node") || !strcmp(name, "key_size") ||
		    !strcmp(name, "value_size") || !strcmp(name, "pinning") || !strcmp(name, "map_extra")) {
			/* like libbpf: only map_extra is wider than 32 bits */
			bool extra = !strcmp(name, "map_extra");

			if (get_uint(btf, m, extra, &v))
				return bv_error_set(err, -EINVAL,
						    "%s: section '.maps': map '%s': member '%s' is not __uint()%s",
						    file, map_name, name, extra ? " or __ulong()" : "");
			if (!strcmp(name, "type")) out->type = (uint32_t)v;
			else if (!strcmp(name, "max_entries")) out->max_entries = (uint32_t)v;
			else if (!strcmp(name, "map_flags")) out->map_flags = (uint32_t)v;
			else if (!strcmp(name, "numa_node")) out->numa_node = (uint32_t)v;
			else if (!strcmp(name, "key_size")) out->key_size = (uint32_t)v;
			else if (!strcmp(name, "value_size")) out->value_size = (uint32_t)v;
			else if (!strcmp(name, "pinning")) out->pinning = (uint32_t)v;
			else out->map_extra = v;
		} else if (!strcmp(name, "key") || !strcmp(name, "value")) {
			const struct btf_type *t = btf_skip_mods(btf, m->type, NULL);
			long sz;

			if (!t || !btf_is_ptr(t))
				return bv_error_set(err, -EINVAL,
						    "%s: section '.maps': map '%s': '%s' is not __type()",
						    file, map_name, name);
			sz = btf__resolve_size(btf, t->type);
			if (sz < 0)
				return bv_error_set(err, -EINVAL,
						    "%s: section '.maps': map '%s': cannot size the %s type",
						    file, map_name, name);
			if (name[0] == 'k') {
				out->key_type = t->type;
				out->key_size = (uint32_t)sz;
			} else {
				out->value_type = t->type;
				out->value_size = (uint32_t)sz;
			}
		} else if (!strcmp(name, "values")) {
			const struct btf_type *arr = btf_skip_mods(btf, m->type, NULL), *pt, *inner;

			out->has_values = 1;
			out->values_off = btf_member_bit_offset(def, (uint32_t)i) / 8;
			if (!arr || !btf_is_array(arr))
				continue;
			pt = btf_skip_mods(btf, btf_array(arr)->type, NULL);
			if (!pt || !btf_is_ptr(pt))
				continue;
			inner = btf_skip_mods(btf, pt->type, &out->values_type);
			if (!inner || !btf_is_struct(inner))
				out->values_type = 0;
		}
	}
	return 0;
}

static void apply_def(struct bv_map *m, const struct btf_def *d)
{
	m->type = d->type;
	m->key_size = d->key_size;
	m->value_size = d->value_size;
	m->max_entries = d->max_entries;
	m->map_flags = d->map_flags;
	m->numa_node = d->numa_node;
	m->map_extra = d->map_extra;
	m->pinning = d->pinning;
	m->btf_key_type_id = d->key_type;
	m->btf_value_type_id = d->value_type;
	m->values_off = d->values_off;
}

/* The symbol of a map in .maps; the section's symbols are few, so they are
 * gathered once rather than searched among all symbols per map. */
static const struct elf_sym *maps_sym(struct bv_object_internal *p, const char *name)
{
	for (size_t i = 0; i < p->n_syms; i++) {
		const struct elf_sym *y = &p->syms[i];

		if ((int)y->shndx == p->maps_btf_sec && y->type != STT_SECTION && y->name[0] == name[0] &&
		    !strcmp(y->name, name))
			return y;
	}
	return NULL;
}

static int collect_btf_maps(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct btf_type *sec;
	const struct btf_var_secinfo *vsi;
	int id;

	if (p->maps_btf_sec < 0)
		return 0;
	if (!p->btf)
		return bv_error_set(err, -EINVAL, "%s: section '.maps' needs BTF, and the object has none",
				    p->name);
	id = btf__find_by_name_kind(p->btf, ".maps", BTF_KIND_DATASEC);
	if (id < 0)
		return bv_error_set(err, -EINVAL, "%s: section '.maps': no DATASEC describes it in BTF",
				    p->name);
	sec = btf__type_by_id(p->btf, (uint32_t)id);
	vsi = btf_var_secinfos(sec);
	for (int i = 0; i < btf_vlen(sec); i++, vsi++) {
		const struct btf_type *var = btf__type_by_id(p->btf, vsi->type), *def;
		const struct elf_sym *sym;
		const char *name;
		struct btf_def d;
		struct bv_map *m;
		int r;

		if (!var || !btf_is_var(var))
			return bv_error_set(err, -EINVAL, "%s: section '.maps': entry %d is not a variable",
					    p->name, i);
		name = btf__name_by_offset(p->btf, var->name_off);
		def = btf_skip_mods(p->btf, var->type, NULL);
		if (!name || !def || !btf_is_struct(def))
			return bv_error_set(err, -EINVAL,
					    "%s: section '.maps': map '%s' is not defined by a struct",
					    p->name, name ? name : "?");
		r = parse_btf_def(p->btf, def, name, p->name, &d, err);
		if (r)
			return r;
		if (maps_add(obj, &m))
			return bv_error_set(err, -ENOMEM, "out of memory");
		m->name = bv_strdup(name);
		m->section = bv_strdup(".maps");
		m->sec_index = (uint32_t)p->maps_btf_sec;
		m->origin = BV_MAP_FROM_BTF;
		sym = maps_sym(p, name);
		m->sec_off = sym ? sym->value : 0;
		apply_def(m, &d);
		if (d.has_values && d.values_type &&
		    (d.type == BV_MAP_ARRAY_OF_MAPS || d.type == BV_MAP_HASH_OF_MAPS)) {
			struct btf_def in;
			struct bv_map *im;
			size_t outer = obj->n_maps - 1;
			char buf[256];

			r = parse_btf_def(p->btf, btf__type_by_id(p->btf, d.values_type), name, p->name, &in,
					  err);
			if (r)
				return r;
			if (maps_add(obj, &im))
				return bv_error_set(err, -ENOMEM, "out of memory");
			snprintf(buf, sizeof(buf), "%s.inner", name);
			im->name = bv_strdup(buf);
			im->section = bv_strdup(".maps");
			im->origin = BV_MAP_FROM_BTF;
			im->is_inner_template = 1;
			apply_def(im, &in);
			obj->maps[outer].inner = (int)(obj->n_maps - 1);
		}
	}
	return 0;
}

/* ---- "maps" sections of older loaders ---- */

static int cmp_sym_value(const void *a, const void *b)
{
	const struct elf_sym *const *x = a, *const *y = b;

	return (*x)->value < (*y)->value ? -1 : (*x)->value > (*y)->value;
}

static uint32_t word(const uint8_t *d, size_t size, size_t off)
{
	uint32_t v = 0;

	if (off + 4 <= size)
		memcpy(&v, d + off, 4);
	return v;
}

/* iproute2's layout is recognised by its 36-byte definitions or by the
 * "ID/KEY" tail-call sections only iproute2 understands. */
static int looks_like_iproute2(struct bv_object_internal *p, size_t def_size)
{
	if (def_size == 36)
		return 1;
	for (size_t i = 1; i < p->n_secs; i++) {
		const char *n = p->secs[i].name;
		char *end;

		if (p->secs[i].kind != SEC_PROG)
			continue;
		strtoul(n, &end, 0);
		if (end != n && *end == '/' && end[1] && (strtoul(end + 1, &end, 0), *end == '\0'))
			return 1;
	}
	return 0;
}

static int collect_old_maps(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t si = 1; si < p->n_secs; si++) {
		struct elf_sec *s = &p->secs[si];
		const struct elf_sym **syms = NULL;
		size_t n = 0;

		if (s->kind != SEC_MAPS_OLD)
			continue;
		if (!s->data)
			return bv_error_set(err, -EINVAL, "%s: section '%s': no data", p->name, s->name);
		syms = calloc(p->n_syms + 1, sizeof(*syms));
		if (!syms)
			return bv_error_set(err, -ENOMEM, "out of memory");
		for (size_t i = 0; i < p->n_syms; i++) {
			const struct elf_sym *y = &p->syms[i];

			if (y->shndx == si && y->type != STT_SECTION && y->type != STT_FILE && *y->name)
				syms[n++] = y;
		}
		qsort(syms, n, sizeof(*syms), cmp_sym_value);
		for (size_t i = 0; i < n; i++) {
			size_t off = syms[i]->value, end, def_size;
			struct bv_map *m;

			end = i + 1 < n ? syms[i + 1]->value : s->size;
			if (syms[i]->size && off + syms[i]->size < end)
				end = off + syms[i]->size;
			if (off >= s->size || end > s->size || end - off < 16) {
				int r = bv_error_set(err, -EINVAL,
						     "%s: section '%s': map '%s' at offset %#zx is not a complete definition",
						     p->name, s->name, syms[i]->name, off);

				free(syms);
				return r;
			}
			def_size = end - off;
			if (maps_add(obj, &m)) {
				free(syms);
				return bv_error_set(err, -ENOMEM, "out of memory");
			}
			m->name = bv_strdup(syms[i]->name);
			m->section = bv_strdup(s->name);
			m->sec_index = (uint32_t)si;
			m->sec_off = off;
			m->type = word(s->data, end, off);
			m->key_size = word(s->data, end, off + 4);
			m->value_size = word(s->data, end, off + 8);
			m->max_entries = word(s->data, end, off + 12);
			m->map_flags = word(s->data, end, off + 16);
			if (looks_like_iproute2(p, def_size)) {
				m->origin = BV_MAP_FROM_IPROUTE2;
				m->id = word(s->data, end, off + 20);
				m->pinning = word(s->data, end, off + 24);
				m->inner_id = word(s->data, end, off + 28);
				m->inner_idx = word(s->data, end, off + 32);
			} else {
				m->origin = BV_MAP_FROM_LEGACY;
				m->inner_idx = word(s->data, end, off + 20);
				m->numa_node = word(s->data, end, off + 24);
			}
		}
		free(syms);
	}
	return 0;
}

/* ---- global data ---- */

static int collect_data_maps(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t si = 1; si < p->n_secs; si++) {
		struct elf_sec *s = &p->secs[si];
		struct bv_map *m;

		if (s->kind != SEC_DATA || s->size == 0)
			continue;
		if (maps_add(obj, &m))
			return bv_error_set(err, -ENOMEM, "out of memory");
		m->name = bv_strdup(s->name);
		m->section = bv_strdup(s->name);
		m->sec_index = (uint32_t)si;
		m->origin = BV_MAP_FROM_DATA;
		m->type = BV_MAP_ARRAY;
		m->key_size = 4;
		m->value_size = (uint32_t)s->size;
		m->max_entries = 1;
		m->readonly = !strncmp(s->name, ".rodata", 7);
		m->map_flags = BPF_F_MMAPABLE | (m->readonly ? BPF_F_RDONLY_PROG : 0);
		m->init = calloc(1, s->size);
		if (!m->init)
			return bv_error_set(err, -ENOMEM, "out of memory");
		m->init_size = s->size;
		if (s->data)
			memcpy(m->init, s->data, s->size);
		s->map = (int)(obj->n_maps - 1);
		if (p->btf) {
			int id = btf__find_by_name_kind(p->btf, s->name, BTF_KIND_DATASEC);

			if (id > 0)
				m->btf_value_type_id = (uint32_t)id;
		}
	}
	return 0;
}

/* Initial values of BTF-defined prog arrays and maps of maps: the
 * "values" member is filled by relocations against programs or maps. */
int maps_collect_inits(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct elf_sec *s;

	if (p->maps_btf_sec < 0)
		return 0;
	s = &p->secs[p->maps_btf_sec];
	for (size_t i = 0; i < s->n_rels; i++) {
		const struct elf_rel *rel = &s->rels[i];
		const struct elf_sym *sym = &p->syms[rel->sym];
		struct bv_map *outer = NULL;
		size_t best = 0, slot;
		int target = -1;

		for (size_t m = 0; m < obj->n_maps; m++) {
			struct bv_map *mm = &obj->maps[m];

			if (mm->origin == BV_MAP_FROM_BTF && !mm->is_inner_template &&
			    mm->sec_off <= rel->off && mm->sec_off >= best) {
				outer = mm;
				best = mm->sec_off;
			}
		}
		if (!outer || !outer->values_off || rel->off < outer->sec_off + outer->values_off)
			return bv_error_set(err, -EINVAL,
					    "%s: section '.maps': relocation at offset %#llx is not in a 'values' array",
					    p->name, (unsigned long long)rel->off);
		slot = (rel->off - outer->sec_off - outer->values_off) / 8;
		if (slot >= outer->max_entries)
			return bv_error_set(err, -EINVAL,
					    "%s: section '.maps': map '%s': initial value %zu beyond max_entries %u",
					    p->name, outer->name, slot, outer->max_entries);
		if (outer->type == BV_MAP_PROG_ARRAY) {
			for (size_t k = 0; k < obj->n_progs; k++)
				if (!strcmp(obj->progs[k].name, sym->name))
					target = (int)k;
		} else {
			for (size_t k = 0; k < obj->n_maps; k++)
				if (obj->maps[k].origin == BV_MAP_FROM_BTF && !strcmp(obj->maps[k].name, sym->name))
					target = (int)k;
		}
		/* libbpf refuses slots that name no program (a .text
		 * function, say); we keep the object usable and leave the
		 * slot empty. */
		if (target < 0)
			continue;
		if (slot >= outer->n_slots) {
			size_t cap = outer->n_slots;
			size_t old = outer->n_slots;

			if (bv_grow(&outer->slots, &cap, slot + 1, sizeof(int)))
				return bv_error_set(err, -ENOMEM, "out of memory");
			for (size_t k = old; k < cap; k++)
				outer->slots[k] = -1;
			outer->n_slots = slot + 1;
		}
		outer->slots[slot] = target;
	}
	return 0;
}

int maps_collect(struct bv_object *obj, struct bv_error *err)
{
	int r = collect_btf_maps(obj, err);

	if (!r)
		r = collect_old_maps(obj, err);
	if (!r)
		r = collect_data_maps(obj, err);
	return r;
}

int bv_object_map_inner(const struct bv_object *obj, size_t i)
{
	const struct bv_map *m = &obj->maps[i];

	if (m->inner >= 0)
		return m->inner;
	if (m->type != BV_MAP_ARRAY_OF_MAPS && m->type != BV_MAP_HASH_OF_MAPS)
		return -1;
	if (m->origin == BV_MAP_FROM_IPROUTE2) {
		for (size_t k = 0; k < obj->n_maps; k++)
			if (k != i && m->inner_id && obj->maps[k].origin == BV_MAP_FROM_IPROUTE2 &&
			    obj->maps[k].id == m->inner_id)
				return (int)k;
		return m->inner_idx < obj->n_maps && m->inner_idx != i ? (int)m->inner_idx : -1;
	}
	if (m->origin == BV_MAP_FROM_LEGACY) {
		/* inner_map_idx counts maps of the legacy section in order */
		size_t seen = 0;

		for (size_t k = 0; k < obj->n_maps; k++) {
			if (obj->maps[k].origin != BV_MAP_FROM_LEGACY)
				continue;
			if (seen++ == m->inner_idx)
				return k != i ? (int)k : -1;
		}
	}
	return -1;
}

void bv_kernel_obj_name(char out[16], const char *name)
{
	size_t j = 0;

	for (size_t i = 0; name && name[i] && j < 15; i++) {
		char c = name[i];

		out[j++] = (isalnum((unsigned char)c) || c == '_' || c == '.') ? c : '_';
	}
	out[j] = '\0';
}

void bv_map_kernel_shape(const struct bv_map *m, struct bv_map_shape *out)
{
	memset(out, 0, sizeof(*out));
	bv_kernel_obj_name(out->name, m->name);
	out->key_size = m->key_size;
	out->value_size = m->value_size;
	out->max_entries = m->max_entries;
	if (!out->max_entries && m->type != BV_MAP_RINGBUF && m->type != BV_MAP_USER_RINGBUF &&
	    m->type != BV_MAP_SK_STORAGE && m->type != BV_MAP_INODE_STORAGE && m->type != BV_MAP_TASK_STORAGE &&
	    m->type != BV_MAP_CGRP_STORAGE && m->type != BV_MAP_CGROUP_STORAGE &&
	    m->type != BV_MAP_PERCPU_CGROUP_STORAGE) {
		long n = sysconf(_SC_NPROCESSORS_CONF);

		out->max_entries = n > 0 ? (uint32_t)n : 1;
		out->max_from_cpus = 1;
	}
	if (m->type == BV_MAP_RINGBUF || m->type == BV_MAP_USER_RINGBUF) {
		long pg = sysconf(_SC_PAGESIZE);
		uint64_t v = pg > 0 ? (uint64_t)pg : 4096;

		out->key_size = out->value_size = 0; /* clang records the event type; the kernel wants none */
		while (v < out->max_entries)
			v <<= 1;
		out->max_entries = (uint32_t)v;
	}
	if (m->type == BV_MAP_PERF_EVENT_ARRAY || m->type == BV_MAP_PROG_ARRAY || m->type == BV_MAP_CGROUP_ARRAY ||
	    m->type == BV_MAP_ARRAY_OF_MAPS)
		out->key_size = out->value_size = 4; /* values are fds */
	if (m->type == BV_MAP_HASH_OF_MAPS)
		out->value_size = 4;
}
