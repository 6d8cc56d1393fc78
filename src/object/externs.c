/* Extern variables and functions (libbpf's __kconfig and __ksym):
 *   - .kconfig: values of the running kernel's configuration, packed into a
 *     read-only ".kconfig" array map the program reads like global data;
 *   - .ksyms: kernel variables (typed, by BTF id; typeless, by address from
 *     /proc/kallsyms) and kernel functions (kfuncs, by BTF id). */
#include <bpf/btf.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <zlib.h>

#include "object/obj_internal.h"

#define BPF_F_RDONLY_PROG (1U << 7)
#define BPF_F_MMAPABLE (1U << 10)

enum { KCFG_UNKNOWN, KCFG_BOOL, KCFG_TRISTATE, KCFG_INT, KCFG_CHAR_ARR };

struct ext *extern_by_sym(struct bv_object *obj, const struct elf_sym *sym)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t i = 0; i < p->n_exts; i++)
		if (!strcmp(p->exts[i].name, sym->name))
			return &p->exts[i];
	return NULL;
}

/* The typed ksym variable the linker turned into target BTF id `id`. */
const struct ext *extern_var_by_target(const struct bv_object *obj, uint32_t id)
{
	const struct bv_object_internal *p = obj ? PRIV(obj) : NULL;

	for (size_t i = 0; p && i < p->n_exts; i++)
		if (p->exts[i].kind == EXT_KSYM && p->exts[i].typed && !p->exts[i].is_func &&
		    p->exts[i].resolved && (uint32_t)p->exts[i].target_id == id)
			return &p->exts[i];
	return NULL;
}

static int kcfg_kind(const struct btf *btf, uint32_t type, uint32_t *size)
{
	const struct btf_type *t = btf_skip_mods(btf, type, NULL);
	const char *name;

	if (!t)
		return KCFG_UNKNOWN;
	name = btf__name_by_offset(btf, t->name_off);
	if (btf_is_int(t)) {
		*size = t->size;
		if (btf_int_encoding(t) & BTF_INT_BOOL)
			return KCFG_BOOL;
		if (t->size == 1 && name && !strcmp(name, "_Bool"))
			return KCFG_BOOL;
		return KCFG_INT;
	}
	if (btf_is_enum(t) && name && !strcmp(name, "libbpf_tristate")) {
		*size = t->size;
		return KCFG_TRISTATE;
	}
	if (btf_is_enum(t)) {
		*size = t->size;
		return KCFG_INT;
	}
	if (btf_is_array(t)) {
		const struct btf_type *e = btf_skip_mods(btf, btf_array(t)->type, NULL);

		if (e && btf_is_int(e) && e->size == 1) {
			*size = btf_array(t)->nelems;
			return KCFG_CHAR_ARR;
		}
	}
	return KCFG_UNKNOWN;
}

/* Which DATASEC (".kconfig" or ".ksyms") lists a variable or function. */
static const char *datasec_of(const struct btf *btf, uint32_t id)
{
	uint32_t n = btf__type_cnt(btf);

	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i);
		const struct btf_var_secinfo *v;

		if (!btf_is_datasec(t))
			continue;
		v = btf_var_secinfos(t);
		for (int k = 0; k < btf_vlen(t); k++)
			if (v[k].type == id)
				return btf__name_by_offset(btf, t->name_off);
	}
	return NULL;
}

/* libbpf's order of the .kconfig values, which the program's offsets and
 * the map's size follow: the most aligned first, then the smallest, then
 * by name; the map ends where the last value does. */
static int kcfg_cmp(const void *a, const void *b)
{
	const struct ext *x = *(const struct ext *const *)a, *y = *(const struct ext *const *)b;

	if (x->kcfg_align != y->kcfg_align)
		return x->kcfg_align > y->kcfg_align ? -1 : 1;
	if (x->kcfg_size != y->kcfg_size)
		return x->kcfg_size < y->kcfg_size ? -1 : 1;
	return strcmp(x->name, y->name);
}

static int kconfig_layout(struct bv_object_internal *p, uint32_t *size)
{
	struct ext **order = malloc((p->n_exts + 1) * sizeof(*order));
	uint32_t off = 0;
	size_t n = 0;

	if (!order)
		return -ENOMEM;
	for (size_t i = 0; i < p->n_exts; i++)
		if (p->exts[i].kind == EXT_KCONFIG)
			order[n++] = &p->exts[i];
	qsort(order, n, sizeof(*order), kcfg_cmp);
	for (size_t i = 0; i < n; i++) {
		off = (off + order[i]->kcfg_align - 1) / order[i]->kcfg_align * order[i]->kcfg_align;
		order[i]->kcfg_off = off;
		off += order[i]->kcfg_size;
	}
	free(order);
	*size = off;
	return 0;
}

int externs_collect(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	uint32_t kcfg_size = 0;
	size_t cap = 0;

	for (size_t i = 0; i < p->n_syms; i++) {
		const struct elf_sym *s = &p->syms[i];
		struct ext *e;
		const char *sec;
		int id;

		if (s->shndx != SHN_UNDEF || (s->bind != STB_GLOBAL && s->bind != STB_WEAK) || !*s->name)
			continue;
		if (bv_grow(&p->exts, &cap, p->n_exts + 1, sizeof(*p->exts)))
			return bv_error_set(err, -ENOMEM, "out of memory");
		e = &p->exts[p->n_exts++];
		memset(e, 0, sizeof(*e));
		e->name = s->name;
		e->weak = s->bind == STB_WEAK;
		/* An extern the loader cannot place fails only the programs
		 * that use it (see link.c), not the whole object. */
		e->kind = EXT_UNKNOWN;
		id = p->btf ? btf__find_by_name(p->btf, s->name) : -1;
		if (id <= 0) {
			e->why = p->btf ? "has no BTF description" : "needs BTF, and the object has none";
			continue;
		}
		e->btf_type = (uint32_t)id;
		{
			const struct btf_type *t = btf__type_by_id(p->btf, (uint32_t)id);

			e->is_func = btf_is_func(t);
			sec = datasec_of(p->btf, (uint32_t)id);
			if (e->is_func || (sec && !strcmp(sec, ".ksyms"))) {
				e->kind = EXT_KSYM;
				if (!e->is_func) {
					const struct btf_type *vt = btf__type_by_id(p->btf, t->type);

					e->typed = vt && !btf_is_void(vt) &&
						   !(btf_is_datasec(vt)) && t->type != 0;
					/* "extern const void x __ksym" is typeless */
					if (vt && btf_is_const(vt)) {
						const struct btf_type *u = btf__type_by_id(p->btf, vt->type);

						e->typed = vt->type != 0 && u && !btf_is_void(u);
					}
				}
			} else if (sec && !strcmp(sec, ".kconfig")) {
				uint32_t size = 0, align;

				e->kind = EXT_KCONFIG;
				e->kcfg_type = kcfg_kind(p->btf, t->type, &size);
				if (e->kcfg_type == KCFG_UNKNOWN) {
					e->kind = EXT_UNKNOWN;
					e->why = "is a __kconfig of a type libbpf does not support";
					continue;
				}
				align = size >= 8 ? 8 : size >= 4 ? 4 : size >= 2 ? 2 : 1;
				if (e->kcfg_type == KCFG_CHAR_ARR)
					align = 1;
				e->kcfg_align = align;
				e->kcfg_size = size;
			} else {
				e->why = "is neither __kconfig nor __ksym";
			}
		}
	}
	if (kconfig_layout(p, &kcfg_size))
		return bv_error_set(err, -ENOMEM, "out of memory");
	if (kcfg_size) {
		struct bv_map *m;

		if (maps_add(obj, &m))
			return bv_error_set(err, -ENOMEM, "out of memory");
		m->name = bv_strdup(".kconfig");
		m->section = bv_strdup(".kconfig");
		m->origin = BV_MAP_FROM_DATA;
		m->type = BV_MAP_ARRAY;
		m->key_size = 4;
		m->value_size = kcfg_size;
		m->max_entries = 1;
		m->readonly = 1;
		m->map_flags = BPF_F_MMAPABLE | BPF_F_RDONLY_PROG;
		m->init = calloc(1, m->value_size);
		m->init_size = m->value_size;
		if (!m->init)
			return bv_error_set(err, -ENOMEM, "out of memory");
		p->kconfig_map = (int)(obj->n_maps - 1);
		{
			int id = btf__find_by_name_kind(p->btf, ".kconfig", BTF_KIND_DATASEC);

			if (id > 0)
				m->btf_value_type_id = (uint32_t)id;
		}
	}
	return 0;
}

static void put_value(struct bv_map *m, const struct ext *e, const char *val)
{
	uint8_t *dst = m->init + e->kcfg_off;
	uint64_t v = 0;

	switch (e->kcfg_type) {
	case KCFG_BOOL:
		dst[0] = val[0] == 'y' || val[0] == 'm';
		return;
	case KCFG_TRISTATE:
		v = val[0] == 'y' ? 1 : val[0] == 'm' ? 2 : 0;
		break;
	case KCFG_CHAR_ARR: {
		size_t n = strlen(val);

		if (n >= 2 && val[0] == '"' && val[n - 1] == '"') {
			val++;
			n -= 2;
		}
		if (n >= e->kcfg_size)
			n = e->kcfg_size - 1;
		memcpy(dst, val, n);
		dst[n] = 0;
		return;
	}
	default:
		if (val[0] == 'y')
			v = 1;
		else if (val[0] != 'n')
			v = strtoull(val, NULL, 0);
		break;
	}
	memcpy(dst, &v, e->kcfg_size > 8 ? 8 : e->kcfg_size);
}

static uint32_t kernel_version_code(void)
{
	struct utsname u;
	unsigned a = 0, b = 0, c = 0;

	if (uname(&u) || sscanf(u.release, "%u.%u.%u", &a, &b, &c) < 2)
		return 0;
	if (c > 255)
		c = 255;
	return (a << 16) | (b << 8) | c;
}

/* Feed every CONFIG_X=value line of the kernel configuration to the
 * matching extern. */
static void read_config(struct bv_object *obj, struct bv_map *m)
{
	struct bv_object_internal *p = PRIV(obj);
	const char *path = p->opts && p->opts->kconfig_path ? p->opts->kconfig_path : NULL;
	char line[4096], boot[300];
	struct utsname u;
	gzFile f = NULL;

	if (path)
		f = gzopen(path, "r");
	if (!f && !path && !uname(&u)) {
		snprintf(boot, sizeof(boot), "/boot/config-%s", u.release);
		f = gzopen(boot, "r");
	}
	if (!f && !path)
		f = gzopen("/proc/config.gz", "r");
	if (!f)
		return;
	while (gzgets(f, line, sizeof(line))) {
		char *eq = strchr(line, '='), *nl;

		if (strncmp(line, "CONFIG_", 7) || !eq)
			continue;
		*eq = 0;
		nl = strchr(eq + 1, '\n');
		if (nl)
			*nl = 0;
		for (size_t i = 0; i < p->n_exts; i++) {
			struct ext *e = &p->exts[i];

			if (e->kind == EXT_KCONFIG && !strcmp(e->name, line)) {
				put_value(m, e, eq + 1);
				e->resolved = 1;
			}
		}
	}
	gzclose(f);
}

static void read_kallsyms(struct bv_object *obj)
{
	struct bv_object_internal *p = PRIV(obj);
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[512];

	if (!f) {
		/* not knowing is not a refusal */
		for (size_t i = 0; i < p->n_exts; i++)
			p->exts[i].not_in_kallsyms = 0;
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		unsigned long long addr;
		char type, name[256];

		if (sscanf(line, "%llx %c %255s", &addr, &type, name) != 3)
			continue;
		for (size_t i = 0; i < p->n_exts; i++) {
			struct ext *e = &p->exts[i];

			if (e->kind != EXT_KSYM || e->is_func || strcmp(e->name, name))
				continue;
			if (e->typed) {
				e->not_in_kallsyms = 0;
			} else if (!e->resolved) {
				e->addr = addr;
				e->resolved = 1;
			}
		}
	}
	fclose(f);
}

/* libbpf compares a kfunc's prototype with the kernel's before loading. */
static bool kfunc_protos_compat(const struct btf *lb, uint32_t lfunc, const struct btf *kb, uint32_t kfunc)
{
	const struct btf_type *l = lb ? btf__type_by_id(lb, lfunc) : NULL, *k = btf__type_by_id(kb, kfunc);

	return !l || !k || !btf_is_func(l) || !btf_is_func(k) || btf_types_compat(lb, l->type, kb, k->type, 0);
}

int externs_resolve(struct bv_object *obj, struct bv_error *err)
{
	(void)err; /* unresolved externs fail only the programs using them */
	struct bv_object_internal *p = PRIV(obj);
	int need_kallsyms = 0;

	if (!p->n_exts)
		return 0;
	if (p->kconfig_map >= 0) {
		struct bv_map *m = &obj->maps[p->kconfig_map];

		for (size_t i = 0; i < p->n_exts; i++) {
			struct ext *e = &p->exts[i];
			char buf[32];

			if (e->kind != EXT_KCONFIG)
				continue;
			if (!strcmp(e->name, "LINUX_KERNEL_VERSION")) {
				snprintf(buf, sizeof(buf), "%u", kernel_version_code());
				put_value(m, e, buf);
				e->resolved = 1;
			} else if (!strcmp(e->name, "LINUX_HAS_BPF_COOKIE") ||
				   !strcmp(e->name, "LINUX_HAS_SYSCALL_WRAPPER")) {
				put_value(m, e, "y");
				e->resolved = 1;
			}
		}
		read_config(obj, m);
	}
	for (size_t i = 0; i < p->n_exts; i++) {
		struct ext *e = &p->exts[i];

		if (e->kind != EXT_KSYM || e->resolved)
			continue;
		if (e->is_func || e->typed) {
			struct btf *t = btf_target(obj, NULL);
			int id;

			if (!t)
				continue;
			id = btf__find_by_name_kind(t, e->name, e->is_func ? BTF_KIND_FUNC : BTF_KIND_VAR);
			/* libbpf compares the prototypes and refuses a kfunc whose
			 * doesn't match (a weak one is then left missing) */
			if (id > 0 && e->is_func && !kfunc_protos_compat(p->btf, e->btf_type, t, (uint32_t)id)) {
				const struct btf_type *lf = btf__type_by_id(p->btf, e->btf_type);

				e->incompat = lf ? lf->type : 0;
				e->incompat_target = btf__type_by_id(t, (uint32_t)id)->type;
				continue;
			}
			if (id > 0) {
				e->target_id = id;
				e->resolved = 1;
				/* the kernel wants the variable's address too: a kernel
				 * built without CONFIG_KALLSYMS_ALL lists no data symbols,
				 * and refuses every typed ksym (seen on this machine) */
				if (!e->is_func && !(p->opts && p->opts->btf_path)) {
					e->not_in_kallsyms = 1;
					need_kallsyms = 1;
				}
			}
		} else {
			need_kallsyms = 1;
		}
	}
	if (need_kallsyms)
		read_kallsyms(obj);
	return 0;
}
