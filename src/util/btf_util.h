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

#endif
