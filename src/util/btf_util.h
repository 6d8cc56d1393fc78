/* BTF helpers shared by the loader and the verifier. */
#ifndef BPFVET_BTF_UTIL_H
#define BPFVET_BTF_UTIL_H

#include <stdint.h>

struct btf;
struct btf_type;

/* Look through const, volatile, restrict, typedefs and type tags: the
 * type they qualify, and its id in *out when out is given.  A chain that
 * does not end (malformed BTF) stops after 32 links. */
const struct btf_type *btf_skip_mods(const struct btf *btf, uint32_t id, uint32_t *out);

/* The struct a kernel registers as struct_ops when TYPE is its wrapper
 * (struct bpf_struct_ops_S holding S as "data"): S's id, else 0. */
uint32_t btf_struct_ops_wrapped(const struct btf *btf, uint32_t type);

/* The decl tags on type `target` itself (not on a member or argument)
 * whose names start with `prefix`: how many there are, and in *value the
 * rest of the first one's name. */
int btf_decl_tag_value(const struct btf *btf, uint32_t target, const char *prefix, const char **value);
/* ... on its member or argument number `component` (-1: the type itself). */
int btf_decl_tag_value_at(const struct btf *btf, uint32_t target, int component, const char *prefix,
			  const char **value);

#define BTF_EXC_CB_TAG "exception_callback:"

#endif
