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

/* A type's kind as the kernel's logs spell it ("STRUCT", "FUNC"). */
const char *btf_kind_name(const struct btf_type *t);

/* The struct a kernel registers as struct_ops when TYPE is its wrapper
 * (struct bpf_struct_ops_S holding S as "data"): S's id, else 0. */
uint32_t btf_struct_ops_wrapped(const struct btf *btf, uint32_t type);

/* The decl tags on type `target` itself (not on a member or argument)
 * whose names start with `prefix`: how many there are, and in *value the
 * rest of the first one's name. */
int btf_decl_tag_value(const struct btf *btf, uint32_t target, const char *prefix, const char **value);
/* ... on its member or argument number `component` (-1: the type itself). */
/* The "arg:..." tags (__arg_ctx, __arg_trusted, ...) on argument `arg` of
 * function func_id, as BTF_ARG_* bits; BTF_ARG_UNKNOWN for any other. */
enum {
	BTF_ARG_CTX = 1, BTF_ARG_NONNULL = 2, BTF_ARG_NULLABLE = 4, BTF_ARG_TRUSTED = 8, BTF_ARG_UNKNOWN = 16,
	BTF_ARG_ARENA = 32, BTF_ARG_UNTRUSTED = 64,
};
unsigned btf_arg_tags(const struct btf *btf, uint32_t func_id, int arg);
int btf_decl_tag_value_at(const struct btf *btf, uint32_t target, int component, const char *prefix,
			  const char **value);

#define BTF_EXC_CB_TAG "exception_callback:"

#endif
