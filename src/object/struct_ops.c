/* struct_ops maps: which program implements which kernel callback.
 *
 * A .struct_ops (or .struct_ops.link) section holds one variable per map,
 * typed in BTF by the kernel struct it fills (struct tcp_congestion_ops
 * cubic = { .init = (void *)cubic_init, ... }).  Its function-pointer
 * members are relocations against programs.  The kernel needs to know,
 * for each such program, the struct (attach_btf_id) and the member's
 * index (expected_attach_type); we record the names and resolve them
 * against the kernel's BTF when verifying or loading. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "object/obj_internal.h"

/* The member of a struct at a byte offset, or NULL. */
static const char *member_at(const struct btf *btf, const struct btf_type *st, uint64_t off)
{
	const struct btf_member *m = btf_members(st);

	for (uint16_t i = 0; i < btf_vlen(st); i++)
		if (btf_member_bit_offset(st, i) == off * 8)
			return btf__name_by_offset(btf, m[i].name_off);
	return NULL;
}

static struct bv_prog *prog_named(struct bv_object *obj, const char *name)
{
	for (size_t i = 0; i < obj->n_progs; i++)
		if (!strcmp(obj->progs[i].name, name))
			return &obj->progs[i];
	return NULL;
}

/* The map variable a byte of the section belongs to.  clang leaves the
 * DATASEC's offsets at zero: the ELF symbols place the variables. */
static const struct btf_type *var_at(const struct bv_object_internal *p, const struct btf_type *ds, size_t sec,
				     uint64_t off, uint64_t *var_off)
{
	const struct btf_var_secinfo *vs = btf_var_secinfos(ds);

	for (uint16_t i = 0; i < btf_vlen(ds); i++) {
		const struct btf_type *var = btf__type_by_id(p->btf, vs[i].type);
		const char *name = var ? btf__name_by_offset(p->btf, var->name_off) : NULL;

		if (!name || !btf_is_var(var))
			continue;
		for (size_t k = 0; k < p->n_syms; k++) {
			const struct elf_sym *y = &p->syms[k];

			if (y->shndx == sec && y->name && !strcmp(y->name, name) && off >= y->value &&
			    off < y->value + vs[i].size) {
				*var_off = y->value;
				return var;
			}
		}
	}
	return NULL;
}

static int collect_section(struct bv_object *obj, size_t sec, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	const struct elf_sec *s = &p->secs[sec];
	const struct btf_type *ds;
	int id;

	if (!p->btf)
		return bv_error_set(err, -EINVAL, "%s: section '%s' needs BTF, and the object has none", p->name,
				    s->name);
	id = btf__find_by_name_kind(p->btf, s->name, BTF_KIND_DATASEC);
	if (id <= 0)
		return bv_error_set(err, -EINVAL, "%s: section '%s': no DATASEC describes it in BTF", p->name, s->name);
	ds = btf__type_by_id(p->btf, (uint32_t)id);
	for (size_t r = 0; r < s->n_rels; r++) {
		const struct elf_rel *rel = &s->rels[r];
		const struct elf_sym *sym = rel->sym < p->n_syms ? &p->syms[rel->sym] : NULL;
		const struct btf_type *var, *st;
		const char *member, *map, *type;
		struct bv_prog *pr;
		uint64_t var_off = 0;

		var = var_at(p, ds, sec, rel->off, &var_off);
		if (!var || !sym)
			return bv_error_set(err, -EINVAL, "%s: section '%s': relocation at offset %#llx is in no map",
					    p->name, s->name, (unsigned long long)rel->off);
		st = btf_skip_mods(p->btf, var->type, NULL);
		map = btf__name_by_offset(p->btf, var->name_off);
		if (!st || !btf_is_struct(st))
			return bv_error_set(err, -EINVAL, "%s: section '%s': map '%s' is not a struct", p->name,
					    s->name, map);
		type = btf__name_by_offset(p->btf, st->name_off);
		member = member_at(p->btf, st, rel->off - var_off);
		if (!member)
			return bv_error_set(err, -EINVAL,
					    "%s: section '%s': map '%s': relocation at offset %#llx is not a member of struct %s",
					    p->name, s->name, map, (unsigned long long)rel->off, type);
		pr = prog_named(obj, sym->name);
		/* libbpf wants a struct_ops program there; a plain function
		 * is its error, and not ours to judge: skip it */
		if (!pr || pr->type != BV_PROG_STRUCT_OPS || pr->st_ops_type)
			continue;
		pr->st_ops_type = bv_strdup(type);
		pr->st_ops_member = bv_strdup(member);
		pr->st_ops_map = bv_strdup(map);
		if (!pr->st_ops_type || !pr->st_ops_member || !pr->st_ops_map)
			return bv_error_set(err, -ENOMEM, "out of memory");
	}
	return 0;
}

int struct_ops_collect(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t i = 0; i < p->n_secs; i++) {
		const struct elf_sec *s = &p->secs[i];
		int r;

		if (s->kind != SEC_STRUCT_OPS)
			continue;
		r = collect_section(obj, i, err);
		if (r)
			return r;
	}
	return 0;
}

int bv_prog_struct_ops_target(const struct bv_prog *prog, const struct btf *kbtf, uint32_t *type_id,
			      uint32_t *member, char *why, size_t why_size)
{
	const struct btf_type *st;
	char name[128];
	int id;

	if (!prog->st_ops_type) {
		snprintf(why, why_size, "struct_ops program '%s' is used by no .struct_ops map, so libbpf does not load it",
			 prog->name);
		return -ENOENT;
	}
	{
		/* a flavour (bpf_testmod_ops___v2) names the same kernel struct */
		const char *flav = strstr(prog->st_ops_type, "___");
		int n = flav ? (int)(flav - prog->st_ops_type) : (int)strlen(prog->st_ops_type);

		snprintf(name, sizeof(name), "%.*s", n, prog->st_ops_type);
	}
	id = kbtf ? btf__find_by_name_kind(kbtf, name, BTF_KIND_STRUCT) : -1;
	if (id <= 0) {
		snprintf(why, why_size, "struct_ops map '%s': struct %s is not in the kernel's BTF", prog->st_ops_map,
			 name);
		return -ENOENT;
	}
	{
		/* the kernel registers a struct as struct_ops by wrapping it
		 * in bpf_struct_ops_NAME; libbpf looks for that wrapper */
		char wrap[256];

		snprintf(wrap, sizeof(wrap), "bpf_struct_ops_%s", name);
		if (btf__find_by_name_kind(kbtf, wrap, BTF_KIND_STRUCT) <= 0) {
			snprintf(why, why_size, "struct_ops map '%s': struct %s is not a struct_ops type of this kernel",
				 prog->st_ops_map, name);
			return -ENOENT;
		}
	}
	st = btf__type_by_id(kbtf, (uint32_t)id);
	for (uint16_t i = 0; i < btf_vlen(st); i++)
		if (!strcmp(btf__name_by_offset(kbtf, btf_members(st)[i].name_off), prog->st_ops_member)) {
			*type_id = (uint32_t)id;
			*member = i;
			return 0;
		}
	snprintf(why, why_size, "struct_ops map '%s': the kernel's struct %s has no member %s", prog->st_ops_map,
		 name, prog->st_ops_member);
	return -ESRCH;
}
