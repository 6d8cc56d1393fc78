/* What libbpf itself makes of an object: per program, the verdict of
 * bpf_object__load with only that program enabled, and the instructions it
 * gave the kernel.  The reference our loader and oracle are compared with. */
#ifndef BPFVET_LIBBPF_REF_H
#define BPFVET_LIBBPF_REF_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/insn.h"

struct ref_prog {
	char name[128];
	char section[256];
	int opened;          /* libbpf opened the object */
	int loaded;          /* bpf_object__load succeeded */
	int err;             /* its negative error */
	struct bv_insn *insns;
	size_t n_insns;
	char (*map_names)[64]; /* per insn: map an LD_IMM64 refers to, or "" */
	char log_tail[512];
	int hinted;          /* loaded with a type bpfvet supplied */
	int reached_kernel;  /* libbpf got as far as BPF_PROG_LOAD */
};

/* Programs of the object as libbpf sees them; *n = 0 if it cannot open it.
 * With load set, also loads each one (needs root). */
/* hint: for programs libbpf finds no type for (legacy section names),
 * the type to load them as; may be NULL. */
typedef int (*ref_type_hint)(void *ctx, const char *prog, uint32_t *type, uint32_t *attach);
int ref_programs(const char *path, int load, ref_type_hint hint, void *ctx,
		 struct ref_prog **out, size_t *n);
void ref_free(struct ref_prog *p, size_t n);

#endif
