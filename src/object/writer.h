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

/* BTF (type and string sections with header) for the .maps DATASEC of these
 * maps; each definition is `struct_size` bytes at offset i * struct_size.
 * Inner maps are described but have no variable of their own. */
int btf_write_maps(const struct wmap *maps, size_t n, const int *is_var,
		   uint8_t **out, size_t *size, size_t *struct_size);

#endif
