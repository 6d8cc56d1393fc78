/* The ELF builder: sections, symbols and relocations in, a relocatable
 * little-endian EM_BPF object out, laid out the way clang lays one out
 * (one string table for section and symbol names, local symbols first). */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object/writer.h"
#include "util/util.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif

struct wsec {
	char *name;
	uint32_t type;
	uint64_t flags;
	uint8_t *data;
	size_t size, align;
	uint32_t link, info, entsize;
};

struct wsym {
	char *name;
	int sec;
	uint64_t value, size;
	int type, bind;
};

struct wrel {
	int sec;
	uint64_t off;
	int sym;
	uint32_t type;
};

struct ew {
	struct wsec *secs;
	size_t n_secs, cap_secs;
	struct wsym *syms;
	size_t n_syms, cap_syms;
	struct wrel *rels;
	size_t n_rels, cap_rels;
};

struct ew *ew_new(void)
{
	struct ew *w = calloc(1, sizeof(*w));

	if (w && ew_section(w, "", SHT_NULL, 0, NULL, 0, 0) < 0) {
		free(w);
		return NULL;
	}
	return w;
}

void ew_free(struct ew *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->n_secs; i++) {
		free(w->secs[i].name);
		free(w->secs[i].data);
	}
	for (size_t i = 0; i < w->n_syms; i++)
		free(w->syms[i].name);
	free(w->secs);
	free(w->syms);
	free(w->rels);
	free(w);
}

int ew_section(struct ew *w, const char *name, uint32_t type, uint64_t flags, const void *data,
	       size_t size, size_t align)
{
	struct wsec *s;

	if (bv_grow(&w->secs, &w->cap_secs, w->n_secs + 1, sizeof(*w->secs)))
		return -ENOMEM;
	s = &w->secs[w->n_secs];
	memset(s, 0, sizeof(*s));
	s->name = bv_strdup(name);
	if (!s->name)
		return -ENOMEM;
	s->type = type;
	s->flags = flags;
	s->size = size;
	s->align = align;
	if (data && size) {
		s->data = malloc(size);
		if (!s->data)
			return -ENOMEM;
		memcpy(s->data, data, size);
	}
	return (int)w->n_secs++;
}

int ew_symbol(struct ew *w, const char *name, int sec, uint64_t value, uint64_t size, int type,
	      int bind)
{
	struct wsym *s;

	if (bv_grow(&w->syms, &w->cap_syms, w->n_syms + 1, sizeof(*w->syms)))
		return -ENOMEM;
	s = &w->syms[w->n_syms];
	s->name = bv_strdup(name);
	if (!s->name)
		return -ENOMEM;
	s->sec = sec;
	s->value = value;
	s->size = size;
	s->type = type;
	s->bind = bind;
	return (int)w->n_syms++;
}

int ew_reloc(struct ew *w, int sec, uint64_t off, int sym, uint32_t type)
{
	if (bv_grow(&w->rels, &w->cap_rels, w->n_rels + 1, sizeof(*w->rels)))
		return -ENOMEM;
	w->rels[w->n_rels++] = (struct wrel){ sec, off, sym, type };
	return 0;
}

static size_t add_str(struct bv_buf *b, const char *s)
{
	size_t off = b->len;

	bv_buf_append(b, s, strlen(s) + 1);
	return off;
}

int ew_finish(struct ew *w, uint8_t **out, size_t *size)
{
	struct bv_buf strtab = { 0 }, file = { 0 };
	size_t n_code_secs = w->n_secs, *sym_map = NULL, nsyms = w->n_syms + 1, first_global = 1;
	Elf64_Sym *symtab = NULL;
	Elf64_Shdr *sh = NULL;
	size_t *name_off = NULL;
	int symtab_sec, strtab_sec, r = -ENOMEM;

	/* relocation sections, one per section with relocations */
	for (size_t s = 1; s < n_code_secs; s++) {
		size_t cnt = 0, k = 0;
		Elf64_Rel *rel;
		char name[512];
		int idx;

		for (size_t i = 0; i < w->n_rels; i++)
			cnt += w->rels[i].sec == (int)s;
		if (!cnt)
			continue;
		rel = calloc(cnt, sizeof(*rel));
		if (!rel)
			goto out;
		for (size_t i = 0; i < w->n_rels; i++)
			if (w->rels[i].sec == (int)s) {
				rel[k].r_offset = w->rels[i].off;
				/* symbol index fixed below, once symbols are ordered */
				rel[k].r_info = ELF64_R_INFO((uint64_t)w->rels[i].sym, w->rels[i].type);
				k++;
			}
		snprintf(name, sizeof(name), ".rel%s", w->secs[s].name);
		idx = ew_section(w, name, SHT_REL, 0, rel, cnt * sizeof(*rel), 8);
		free(rel);
		if (idx < 0)
			goto out;
		w->secs[idx].info = (uint32_t)s;
		w->secs[idx].entsize = sizeof(Elf64_Rel);
	}
	/* symbols: null, locals, then globals */
	sym_map = calloc(w->n_syms + 1, sizeof(*sym_map));
	symtab = calloc(nsyms, sizeof(*symtab));
	if (!sym_map || !symtab)
		goto out;
	bv_buf_append(&strtab, "", 1);
	{
		size_t k = 1;

		for (int pass = 0; pass < 2; pass++)
			for (size_t i = 0; i < w->n_syms; i++) {
				const struct wsym *y = &w->syms[i];

				if ((y->bind == STB_LOCAL) != (pass == 0))
					continue;
				sym_map[i] = k;
				symtab[k].st_name = (uint32_t)(y->type == STT_SECTION ? 0 : add_str(&strtab, y->name));
				symtab[k].st_info = (unsigned char)ELF64_ST_INFO(y->bind, y->type);
				symtab[k].st_shndx = (uint16_t)y->sec;
				symtab[k].st_value = y->value;
				symtab[k].st_size = y->size;
				k++;
			}
		for (size_t i = 0; i < w->n_syms; i++)
			if (w->syms[i].bind == STB_LOCAL)
				first_global++;
	}
	for (size_t s = n_code_secs; s < w->n_secs; s++) {
		Elf64_Rel *rel = (Elf64_Rel *)w->secs[s].data;

		for (size_t i = 0; i < w->secs[s].size / sizeof(*rel); i++)
			rel[i].r_info = ELF64_R_INFO(sym_map[ELF64_R_SYM(rel[i].r_info)],
						     ELF64_R_TYPE(rel[i].r_info));
	}
	symtab_sec = ew_section(w, ".symtab", SHT_SYMTAB, 0, symtab, nsyms * sizeof(*symtab), 8);
	if (symtab_sec < 0)
		goto out;
	strtab_sec = ew_section(w, ".strtab", SHT_STRTAB, 0, NULL, 0, 1);
	if (strtab_sec < 0)
		goto out;
	w->secs[symtab_sec].entsize = sizeof(Elf64_Sym);
	w->secs[symtab_sec].link = (uint32_t)strtab_sec;
	w->secs[symtab_sec].info = (uint32_t)first_global;
	for (size_t s = n_code_secs; s < w->n_secs; s++)
		if (w->secs[s].type == SHT_REL)
			w->secs[s].link = (uint32_t)symtab_sec;
	/* section names go into the same string table */
	name_off = calloc(w->n_secs, sizeof(*name_off));
	if (!name_off)
		goto out;
	for (size_t s = 1; s < w->n_secs; s++)
		name_off[s] = add_str(&strtab, w->secs[s].name);
	if (strtab.oom)
		goto out;
	w->secs[strtab_sec].data = (uint8_t *)strtab.data;
	w->secs[strtab_sec].size = strtab.len;
	strtab.data = NULL;
	/* layout: header, section data, section headers */
	{
		Elf64_Ehdr eh;

		memset(&eh, 0, sizeof(eh));
		bv_buf_append(&file, &eh, sizeof(eh));
	}
	sh = calloc(w->n_secs, sizeof(*sh));
	if (!sh)
		goto out;
	for (size_t s = 1; s < w->n_secs; s++) {
		const struct wsec *ws = &w->secs[s];

		bv_buf_align(&file, ws->align ? ws->align : 1);
		sh[s].sh_name = (uint32_t)name_off[s];
		sh[s].sh_type = ws->type;
		sh[s].sh_flags = ws->flags;
		sh[s].sh_offset = file.len;
		sh[s].sh_size = ws->size;
		sh[s].sh_link = ws->link;
		sh[s].sh_info = ws->info;
		sh[s].sh_addralign = ws->align ? ws->align : 1;
		sh[s].sh_entsize = ws->entsize;
		if (ws->type != SHT_NOBITS && ws->size)
			bv_buf_append(&file, ws->data, ws->size);
	}
	bv_buf_align(&file, 8);
	{
		size_t shoff = file.len;
		Elf64_Ehdr *eh;

		bv_buf_append(&file, sh, w->n_secs * sizeof(*sh));
		if (file.oom)
			goto out;
		eh = (Elf64_Ehdr *)file.data;
		memcpy(eh->e_ident, ELFMAG, SELFMAG);
		eh->e_ident[EI_CLASS] = ELFCLASS64;
		eh->e_ident[EI_DATA] = ELFDATA2LSB;
		eh->e_ident[EI_VERSION] = EV_CURRENT;
		eh->e_ident[EI_OSABI] = ELFOSABI_NONE;
		eh->e_type = ET_REL;
		eh->e_machine = EM_BPF;
		eh->e_version = EV_CURRENT;
		eh->e_shoff = shoff;
		eh->e_ehsize = sizeof(Elf64_Ehdr);
		eh->e_shentsize = sizeof(Elf64_Shdr);
		eh->e_shnum = (uint16_t)w->n_secs;
		eh->e_shstrndx = (uint16_t)strtab_sec;
	}
	*out = (uint8_t *)file.data;
	*size = file.len;
	file.data = NULL;
	r = 0;
out:
	bv_buf_free(&strtab);
	bv_buf_free(&file);
	free(sym_map);
	free(symtab);
	free(sh);
	free(name_off);
	return r;
}
