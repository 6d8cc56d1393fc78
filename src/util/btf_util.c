/* BTF helpers shared by the loader and the verifier. */
#include <bpf/btf.h>
#include <linux/btf.h>
#include <string.h>

#include "util/btf_util.h"

const struct btf_type *btf_skip_mods(const struct btf *btf, uint32_t id, uint32_t *out)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	for (int guard = 0; t && guard < 32; guard++) {
		unsigned k = btf_kind(t);

		if (k != BTF_KIND_CONST && k != BTF_KIND_VOLATILE && k != BTF_KIND_RESTRICT &&
		    k != BTF_KIND_TYPEDEF && k != BTF_KIND_TYPE_TAG)
			break;
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (out)
		*out = id;
	return t;
}

uint32_t btf_struct_ops_wrapped(const struct btf *btf, uint32_t type)
{
	const struct btf_type *w = btf__type_by_id(btf, type);
	const char *name = w ? btf__name_by_offset(btf, w->name_off) : NULL;
	int id;

	if (!name || !btf_is_struct(w) || strncmp(name, "bpf_struct_ops_", 15))
		return 0;
	id = btf__find_by_name_kind(btf, name + 15, BTF_KIND_STRUCT);
	for (uint16_t i = 0; id > 0 && i < btf_vlen(w); i++)
		if (!strcmp(btf__name_by_offset(btf, btf_members(w)[i].name_off), "data") &&
		    btf_members(w)[i].type == (uint32_t)id)
			return (uint32_t)id;
	return 0;
}

int btf_decl_tag_value(const struct btf *btf, uint32_t target, const char *prefix, const char **value)
{
	return btf_decl_tag_value_at(btf, target, -1, prefix, value);
}

int btf_decl_tag_value_at(const struct btf *btf, uint32_t target, int component, const char *prefix,
			  const char **value)
{
	size_t plen = strlen(prefix);
	uint32_t n = btf ? btf__type_cnt(btf) : 0;
	int found = 0;

	*value = NULL;
	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name;

		if (!btf_is_decl_tag(t) || t->type != target || btf_decl_tag(t)->component_idx != component)
			continue;
		name = btf__name_by_offset(btf, t->name_off);
		if (!name || strncmp(name, prefix, plen))
			continue;
		if (!found++)
			*value = name + plen;
	}
	return found;
}

unsigned btf_arg_tags(const struct btf *btf, uint32_t func_id, int arg)
{
	static const struct {
		const char *name;
		unsigned bit;
	} known[] = {
		{ "ctx", BTF_ARG_CTX },         { "nonnull", BTF_ARG_NONNULL },     { "nullable", BTF_ARG_NULLABLE },
		{ "trusted", BTF_ARG_TRUSTED }, { "untrusted", BTF_ARG_UNTRUSTED }, { "arena", BTF_ARG_ARENA },
	};
	uint32_t n = btf ? btf__type_cnt(btf) : 0;
	unsigned tags = 0;

	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name;
		unsigned bit = BTF_ARG_UNKNOWN;

		if (!btf_is_decl_tag(t) || t->type != func_id || btf_decl_tag(t)->component_idx != arg)
			continue;
		name = btf__name_by_offset(btf, t->name_off);
		if (!name || strncmp(name, "arg:", 4))
			continue;
		for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
			if (!strcmp(name + 4, known[i].name))
				bit = known[i].bit;
		tags |= bit;
	}
	return tags;
}

/* A type's kind as the kernel's logs spell it ("STRUCT", "FUNC"). */
const char *btf_kind_name(const struct btf_type *t)
{
	static const char *const names[] = {
		"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF", "VOLATILE",
		"CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT", "DECL_TAG", "TYPE_TAG",
		"ENUM64",
	};
	unsigned k = t ? btf_kind(t) : 0;

	return k < sizeof(names) / sizeof(names[0]) ? names[k] : "UNKNOWN";
}
