/* Opening an object: the order of the loader's passes, the discovery of
 * programs and subprograms from symbols, and the public accessors. */
#include <bpf/btf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "object/obj_internal.h"

/* Objects larger than this are refused rather than read. */
#define MAX_OBJECT_SIZE (512u << 20)

static int add_func(struct bv_object_internal *p, const char *name, uint32_t sec, size_t off,
		    size_t len, int global, int hidden)
{
	struct func *f;

	if (bv_grow(&p->funcs, &p->cap_funcs, p->n_funcs + 1, sizeof(*p->funcs)))
		return -ENOMEM;
	f = &p->funcs[p->n_funcs++];
	f->name = name;
	f->sec = sec;
	f->off = off;
	f->len = len;
	f->global = global;
	f->hidden = global && hidden;
	f->prog = -1;
	return 0;
}

static int cmp_func(const void *a, const void *b)
{
	const struct func *x = a, *y = b;

	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* Functions of executable sections.  STT_FUNC symbols are what clang
 * emits today; old compilers marked program entries as global NOTYPE.
 * One pass over the symbols, then the list is sorted by (section, offset),
 * which link.c relies on for its binary search. */
static int collect_funcs(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	size_t n;

	for (size_t i = 0; i < p->n_syms; i++) {
		const struct elf_sym *y = &p->syms[i];
		const struct elf_sec *s;
		size_t ninsn;

		if ((y->type != STT_FUNC && !(y->type == STT_NOTYPE && y->bind == STB_GLOBAL)) || !*y->name ||
		    y->shndx == 0 || y->shndx >= p->n_secs)
			continue;
		s = &p->secs[y->shndx];
		if (s->kind != SEC_PROG && s->kind != SEC_TEXT)
			continue;
		ninsn = s->size / 8;
		if (y->value % 8 || y->value / 8 >= ninsn || y->size % 8 || y->size / 8 > ninsn - y->value / 8)
			return bv_error_set(err, -EINVAL,
					    "%s: section '%s': function '%s' at offset %#llx size %#llx does not fit the section",
					    p->name, s->name, y->name, (unsigned long long)y->value,
					    (unsigned long long)y->size);
		if (add_func(p, y->name, y->shndx, y->value / 8, y->size / 8, y->bind != STB_LOCAL,
			     y->visibility == STV_HIDDEN || y->visibility == STV_INTERNAL))
			return bv_error_set(err, -ENOMEM, "out of memory");
	}
	if (p->n_funcs)
		qsort(p->funcs, p->n_funcs, sizeof(*p->funcs), cmp_func);
	/* sections of code without any symbol are one program each */
	n = p->n_funcs;
	for (size_t si = 1; si < p->n_secs; si++) {
		const struct elf_sec *s = &p->secs[si];
		int has = 0;

		if (s->kind != SEC_PROG || !s->size)
			continue;
		for (size_t lo = 0, hi = n; lo < hi;) {
			size_t mid = (lo + hi) / 2;

			if (p->funcs[mid].sec == si) {
				has = 1;
				break;
			}
			if (p->funcs[mid].sec < si)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (!has && add_func(p, s->name, (uint32_t)si, 0, s->size / 8, 1, 0))
			return bv_error_set(err, -ENOMEM, "out of memory");
	}
	if (p->n_funcs > n)
		qsort(p->funcs, p->n_funcs, sizeof(*p->funcs), cmp_func);
	/* aliases (two symbols, one function) and sizes left at zero */
	n = 0;
	for (size_t i = 0; i < p->n_funcs; i++) {
		struct func *f = &p->funcs[i];
		size_t end = p->secs[f->sec].size / 8;

		if (n && p->funcs[n - 1].sec == f->sec && p->funcs[n - 1].off == f->off)
			continue;
		if (i + 1 < p->n_funcs && p->funcs[i + 1].sec == f->sec)
			end = p->funcs[i + 1].off;
		if (f->len == 0)
			f->len = end > f->off ? end - f->off : 0;
		p->funcs[n++] = *f;
	}
	p->n_funcs = n;
	return 0;
}

static int add_prog(struct bv_object *obj, struct func *f)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct elf_sec *s = &p->secs[f->sec];
	const struct bv_open_opts *o = p->opts;
	struct bv_prog *pr;

	if (bv_grow(&obj->progs, &p->cap_progs, obj->n_progs + 1, sizeof(*obj->progs)))
		return -ENOMEM;
	pr = &obj->progs[obj->n_progs];
	memset(pr, 0, sizeof(*pr));
	pr->name = bv_strdup(f->name);
	pr->section = bv_strdup(s->name);
	if (!pr->name || !pr->section)
		return -ENOMEM;
	pr->sec_off = f->off * 8;
	if (bv_section_type(s->name, &pr->sec) == 0) {
		pr->type = pr->sec.prog_type;
		pr->expected_attach_type = pr->sec.expected_attach_type;
	}
	if (o && o->default_type > 0 && (pr->type == 0 || pr->sec.legacy)) {
		pr->type = (uint32_t)o->default_type;
		pr->expected_attach_type = 0;
		pr->sec.has_attach_type = 0;
	}
	f->prog = (int)obj->n_progs++;
	return 0;
}

static int collect_progs(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	int any_prog_sec = 0;

	for (size_t i = 0; i < p->n_funcs; i++)
		if (p->secs[p->funcs[i].sec].kind == SEC_PROG)
			any_prog_sec = 1;
	for (size_t i = 0; i < p->n_funcs; i++) {
		struct func *f = &p->funcs[i];
		const struct elf_sec *s = &p->secs[f->sec];
		int entry;

		if (s->kind == SEC_PROG) {
			/* global functions are entries; a section whose only
			 * functions are static has its first one as entry */
			entry = f->global;
			if (!entry && (i == 0 || p->funcs[i - 1].sec != f->sec)) {
				int has_global = 0;

				for (size_t k = i; k < p->n_funcs && p->funcs[k].sec == f->sec; k++)
					has_global |= p->funcs[k].global;
				entry = !has_global;
			}
		} else {
			/* .text holds subprograms; like libbpf, a function
			 * alone in the whole object is a program (of no known
			 * type), and with --type every global one is */
			entry = p->n_funcs == 1 ||
				(!any_prog_sec && f->global && p->opts && p->opts->default_type > 0);
		}
		if (entry && add_prog(obj, f))
			return bv_error_set(err, -ENOMEM, "out of memory");
	}
	return 0;
}

/* iproute2 tail calls: a program in section "ID/KEY" goes into slot KEY
 * of the prog array whose bpf_elf_map.id is ID. */
static int collect_tail_call_sections(struct bv_object *obj, struct bv_error *err)
{
	for (size_t i = 0; i < obj->n_progs; i++) {
		const char *n = obj->progs[i].section;
		unsigned long id, key;
		char *end;

		id = strtoul(n, &end, 0);
		if (end == n || *end != '/')
			continue;
		n = end + 1;
		key = strtoul(n, &end, 0);
		if (end == n || *end)
			continue;
		for (size_t m = 0; m < obj->n_maps; m++) {
			struct bv_map *map = &obj->maps[m];

			if (map->origin != BV_MAP_FROM_IPROUTE2 || map->id != id ||
			    map->type != BV_MAP_PROG_ARRAY)
				continue;
			if (key >= map->max_entries)
				return bv_error_set(err, -EINVAL,
						    "%s: section '%s': tail-call key %lu is beyond max_elem %u of map '%s'",
						    obj->path, obj->progs[i].section, key, map->max_entries,
						    map->name);
			if (key >= map->n_slots) {
				size_t cap = map->n_slots, old = map->n_slots;

				if (bv_grow(&map->slots, &cap, key + 1, sizeof(int)))
					return bv_error_set(err, -ENOMEM, "out of memory");
				for (size_t k = old; k < cap; k++)
					map->slots[k] = -1;
				map->n_slots = key + 1;
			}
			map->slots[key] = (int)i;
		}
	}
	return 0;
}

static int read_license_version(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t i = 1; i < p->n_secs; i++) {
		const struct elf_sec *s = &p->secs[i];

		if (s->kind == SEC_LICENSE && s->data) {
			free(obj->license); /* the last of several wins */
			obj->license = bv_strndup((const char *)s->data, strnlen((const char *)s->data, s->size));
			if (!obj->license)
				return bv_error_set(err, -ENOMEM, "out of memory");
		} else if (s->kind == SEC_VERSION) {
			if (s->size != 4 || !s->data)
				return bv_error_set(err, -EINVAL, "%s: section 'version': size %zu, expected 4",
						    p->name, s->size);
			memcpy(&obj->kern_version, s->data, 4);
			obj->has_kern_version = 1;
		} else if (s->kind == SEC_BTF) {
			p->btf_sec = (int)i;
		} else if (s->kind == SEC_BTF_EXT) {
			p->btf_ext_sec = (int)i;
		} else if (s->kind == SEC_MAPS_BTF) {
			p->maps_btf_sec = (int)i;
		} else if (s->kind == SEC_TEXT) {
			p->text_sec = (int)i;
		}
	}
	return 0;
}

static int open_image(uint8_t *data, size_t size, int mapped, const char *name,
		      const struct bv_open_opts *opts, struct bv_object **out,
		      struct bv_error *err);

int bv_object_open_mem(const void *data, size_t size, const char *name,
		       const struct bv_open_opts *opts, struct bv_object **out,
		       struct bv_error *err)
{
	uint8_t *copy = malloc(size ? size : 1);

	*out = NULL;
	if (!copy)
		return bv_error_set(err, -ENOMEM, "out of memory");
	memcpy(copy, data, size);
	return bv_object_open_owned(copy, size, name, opts, out, err);
}

int bv_object_open_owned(uint8_t *data, size_t size, const char *name,
			 const struct bv_open_opts *opts, struct bv_object **out,
			 struct bv_error *err)
{
	return open_image(data, size, 0, name, opts, out, err);
}

/* Open an image the object takes over: malloc'd, or mapped from a file. */
static int open_image(uint8_t *data, size_t size, int mapped, const char *name,
		      const struct bv_open_opts *opts, struct bv_object **out,
		      struct bv_error *err)
{
	struct bv_object *obj;
	struct bv_object_internal *p;
	int r;

	*out = NULL;
	obj = calloc(1, sizeof(*obj));
	p = calloc(1, sizeof(*p));
	if (!obj || !p) {
		free(obj);
		free(p);
		if (mapped)
			munmap(data, size);
		else
			free(data);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	obj->priv = p;
	obj->path = bv_strdup(name ? name : "<memory>");
	p->name = obj->path;
	p->opts = opts;
	p->text_sec = p->maps_btf_sec = p->btf_sec = p->btf_ext_sec = p->kconfig_map = -1;
	p->image = data;
	p->size = size;
	p->image_mapped = mapped;
	if (!obj->path) {
		bv_object_free(obj);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	r = elf_read(obj, err);
	if (!r)
		r = read_license_version(obj, err);
	if (!r)
		r = btf_load_object(obj, err);
	if (!r)
		r = btf_ext_parse(obj, err);
	if (!r)
		r = maps_collect(obj, err);
	if (!r)
		r = externs_collect(obj, err);
	if (!r)
		r = collect_funcs(obj, err);
	if (!r)
		r = collect_progs(obj, err);
	if (!r)
		r = btf_mark_hidden_static(obj, err);
	if (!r)
		r = maps_collect_inits(obj, err);
	if (!r)
		r = struct_ops_collect(obj, err);
	if (!r)
		r = collect_tail_call_sections(obj, err);
	if (!r && !(opts && opts->no_link))
		r = externs_resolve(obj, err);
	if (!r && !(opts && opts->no_link))
		r = link_programs(obj, err);
	if (!r && !(opts && opts->no_link))
		r = btf_check_kernel(obj, err);
	if (r) {
		bv_object_free(obj);
		return r;
	}
	for (size_t i = 0; i < obj->n_progs; i++)
		obj->progs[i].obj = obj;
	*out = obj;
	return 0;
}

int bv_object_open(const char *path, const struct bv_open_opts *opts, struct bv_object **out,
		   struct bv_error *err)
{
	uint8_t *data;
	size_t size;
	struct stat st;
	int fd, r;

	*out = NULL;
	/* Map regular files, as libelf would: the debug sections that make
	 * up most of an object are never touched, so never read. */
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (uint64_t)st.st_size <= MAX_OBJECT_SIZE) {
		void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);

		close(fd);
		if (m != MAP_FAILED)
			return open_image(m, (size_t)st.st_size, 1, path, opts, out, err);
	} else if (fd >= 0) {
		close(fd);
	}
	r = bv_read_file(path, MAX_OBJECT_SIZE, &data, &size, err);
	if (r)
		return r;
	return bv_object_open_owned(data, size, path, opts, out, err);
}

void bv_object_free(struct bv_object *obj)
{
	struct bv_object_internal *p;

	if (!obj)
		return;
	p = obj->priv;
	for (size_t i = 0; i < obj->n_progs; i++) {
		struct bv_prog *pr = &obj->progs[i];

		free(pr->name);
		free(pr->section);
		free(pr->insns);
		free(pr->lines);
		free(pr->funcs);
		free(pr->kfuncs);
		free(pr->insn_map);
		free(pr->link_msg);
		free(pr->st_ops_type);
		free(pr->st_ops_member);
		free(pr->st_ops_map);
	}
	free(obj->progs);
	for (size_t i = 0; i < obj->n_maps; i++)
		maps_free(&obj->maps[i]);
	free(obj->maps);
	free(obj->license);
	free(obj->btf_refusal);
	if (p) {
		if (p->elf)
			elf_end(p->elf);
		for (size_t i = 0; i < p->n_secs; i++)
			free(p->secs[i].rels);
		free(p->secs);
		free(p->syms);
		free(p->funcs);
		free(p->exts);
		for (size_t i = 0; i < p->n_ext_secs; i++) {
			free(p->ext_secs[i].funcs);
			free(p->ext_secs[i].lines);
			free(p->ext_secs[i].cores);
		}
		free(p->ext_secs);
		btf__free(p->btf);
		btf__free(p->target_btf);
		free(p->kernel_btf);
		btf__free(p->laid_out_btf);
		free(p->core_index);
		if (p->image_mapped)
			munmap(p->image, p->size);
		else
			free(p->image);
		free(p);
	}
	free(obj->path);
	free(obj);
}

const struct bv_prog *bv_object_find_prog(const struct bv_object *obj, const char *name)
{
	for (size_t i = 0; i < obj->n_progs; i++)
		if (!strcmp(obj->progs[i].name, name))
			return &obj->progs[i];
	for (size_t i = 0; i < obj->n_progs; i++)
		if (!strcmp(obj->progs[i].section, name))
			return &obj->progs[i];
	return NULL;
}

static const char *map_name_cb(void *ctx, size_t idx)
{
	const struct bv_prog *prog = ctx;
	int32_t m;

	if (!prog->insn_map || idx >= prog->n_insns)
		return NULL;
	m = prog->insn_map[idx];
	return m >= 0 && (size_t)m < prog->obj->n_maps ? prog->obj->maps[m].name : NULL;
}

const char *bv_prog_kfunc_name(const struct bv_prog *prog, size_t idx)
{
	for (size_t i = 0; prog && i < prog->n_kfuncs; i++)
		if (prog->kfuncs[i].insn == idx)
			return prog->kfuncs[i].name;
	return NULL;
}

static const char *kfunc_name_cb(void *ctx, size_t idx)
{
	return bv_prog_kfunc_name(ctx, idx);
}

struct bv_disasm_names bv_prog_disasm_names(const struct bv_prog *prog)
{
	struct bv_disasm_names n = { 0 };

	n.map_name = map_name_cb;
	n.kfunc_name = kfunc_name_cb;
	n.ctx = (void *)prog;
	n.helper_names = 1;
	return n;
}

const struct bv_line_info *bv_prog_line_at(const struct bv_prog *prog, size_t insn)
{
	size_t lo = 0, hi = prog->n_lines;

	/* records are sorted by instruction: the kernel requires it */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (prog->lines[mid].insn <= insn)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &prog->lines[lo - 1] : NULL;
}

const char *bv_line_text(const struct bv_line_info *li)
{
	const char *t = li && li->line ? li->line : "";

	while (*t == ' ' || *t == '\t')
		t++;
	return t;
}

const struct bv_line_info *bv_prog_source_line(const struct bv_prog *prog, size_t insn,
					       const struct bv_line_info **prev)
{
	const struct bv_line_info *li = bv_prog_line_at(prog, insn), *p = *prev;

	if (!li || li == p)
		return NULL;
	/* records differing only in column print the same line twice: skip */
	if (p && li->file_off == p->file_off && li->line_num == p->line_num)
		return NULL;
	*prev = li;
	return li;
}
