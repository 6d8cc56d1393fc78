/* Writing BPF ELF objects: a small ELF builder and the BTF that describes
 * BTF-defined maps.  Used by the assembler.  Not part of the public API. */
#ifndef BPFVET_WRITER_H
#define BPFVET_WRITER_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"

struct ew;

struct ew *ew_new(void);
void ew_free(struct ew *w);
/* Add a section; returns its index (>0) or a negative errno. */
int ew_section(struct ew *w, const char *name, uint32_t type, uint64_t flags,
	       const void *data, size_t size, size_t align);
/* Add a symbol; returns a handle for ew_reloc, or a negative errno. */
int ew_symbol(struct ew *w, const char *name, int sec, uint64_t value, uint64_t size,
	      int type, int bind);
int ew_reloc(struct ew *w, int sec, uint64_t off, int sym, uint32_t type);
/* Lay out the file: relocation sections, .symtab, .strtab, headers. */
int ew_finish(struct ew *w, uint8_t **out, size_t *size);

/* A map as the .maps BTF encodes it. */
struct wmap {
	const char *name;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	int inner;            /* index of the inner map's definition, or -1 */
};

/* A function argument, as a global function's are checked. */
enum { WARG_SCALAR, WARG_CTX, WARG_MEM };
struct warg {
	int kind;
	uint32_t size;        /* WARG_MEM: bytes pointed to */
	const char *ctx;      /* WARG_CTX: the context struct's name */
};

/* One func_info record: the FUNC at a byte offset of a section. */
struct wfinfo {
	uint32_t sec_name_off;  /* the section's name in the BTF strings */
	uint32_t insn_off;      /* bytes */
	uint32_t type_id;
};

/* BTF being written (type and string sections with header). */
struct bw;

struct bw *bw_new(void);
void bw_free(struct bw *b);
uint32_t bw_str(struct bw *b, const char *s);
/* The .maps DATASEC of these maps; each definition is `struct_size` bytes at
 * offset i * struct_size.  Inner maps are described but have no variable. */
int bw_maps(struct bw *b, const struct wmap *maps, size_t n, const int *is_var, size_t *struct_size);
/* A FUNC "int name(args)"; returns its type id, 0 when out of memory. */
uint32_t bw_func(struct bw *b, const char *name, int global, const struct warg *args, int nargs);
int bw_finish(struct bw *b, uint8_t **out, size_t *size);

/* .BTF.ext with func_info only; records grouped by section, in order. */
int btf_ext_write_funcs(const struct wfinfo *fi, size_t n, uint8_t **out, size_t *size);

#endif
