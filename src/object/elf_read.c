/* Reading the ELF container with libelf: sections, symbols and relocations
 * into plain arrays, with every index and offset checked, so that the rest
 * of the loader never touches libelf and never trusts the file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif

static int cmp_rel(const void *a, const void *b)
{
	const struct elf_rel *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

const struct elf_rel *sec_rel_at(const struct elf_sec *s, uint64_t off)
{
	size_t lo = 0, hi = s->n_rels;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (s->rels[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n_rels && s->rels[lo].off == off ? &s->rels[lo] : NULL;
}

static int is_data_name(const char *n)
{
	return !strcmp(n, ".data") || !strncmp(n, ".data.", 6) || !strcmp(n, ".rodata") ||
	       !strncmp(n, ".rodata.", 8) || !strcmp(n, ".bss") || !strncmp(n, ".bss.", 5);
}

static enum sec_kind classify(const struct elf_sec *s)
{
	const char *n = s->name;

	if (s->type == SHT_REL)
		return SEC_REL;
	if (!strcmp(n, "license"))
		return SEC_LICENSE;
	if (!strcmp(n, "version"))
		return SEC_VERSION;
	if (!strcmp(n, ".BTF"))
		return SEC_BTF;
	if (!strcmp(n, ".BTF.ext"))
		return SEC_BTF_EXT;
	if (!strcmp(n, ".maps"))
		return SEC_MAPS_BTF;
	if (!strcmp(n, "maps") || !strncmp(n, "maps/", 5))
		return SEC_MAPS_OLD;
	if (!strncmp(n, ".struct_ops", 11) && (!n[11] || n[11] == '.'))
		return SEC_STRUCT_OPS;
	if (s->type == SHT_PROGBITS && (s->flags & SHF_EXECINSTR)) {
		if (!strcmp(n, ".text"))
			return SEC_TEXT;
		return SEC_PROG;
	}
	if ((s->type == SHT_PROGBITS || s->type == SHT_NOBITS) && is_data_name(n) &&
	    (s->flags & SHF_ALLOC))
		return SEC_DATA;
	return SEC_OTHER;
}

static int read_sections(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	size_t shnum, shstrndx;
	Elf_Scn *scn = NULL;

	if (elf_getshdrnum(p->elf, &shnum) || elf_getshdrstrndx(p->elf, &shstrndx))
		return bv_error_set(err, -EINVAL, "%s: cannot read section headers: %s", p->name,
				    elf_errmsg(-1));
	if (shnum > 65536 * 4)
		return bv_error_set(err, -EINVAL, "%s: %zu sections is not plausible", p->name, shnum);
	p->secs = calloc(shnum ? shnum : 1, sizeof(*p->secs));
	if (!p->secs)
		return bv_error_set(err, -ENOMEM, "out of memory");
	p->n_secs = shnum;
	for (size_t i = 0; i < shnum; i++) {
		p->secs[i].name = ""; /* section 0, and any libelf does not visit */
		p->secs[i].map = -1;
	}
	while ((scn = elf_nextscn(p->elf, scn)) != NULL) {
		size_t idx = elf_ndxscn(scn);
		struct elf_sec *s;
		GElf_Shdr sh;
		Elf_Data *d;

		if (idx >= shnum)
			return bv_error_set(err, -EINVAL, "%s: section index %zu out of range", p->name, idx);
		s = &p->secs[idx];
		if (!gelf_getshdr(scn, &sh))
			return bv_error_set(err, -EINVAL, "%s: section %zu: bad header: %s", p->name, idx,
					    elf_errmsg(-1));
		s->name = elf_strptr(p->elf, shstrndx, sh.sh_name);
		if (!s->name)
			return bv_error_set(err, -EINVAL, "%s: section %zu: name offset %#llx out of range",
					    p->name, idx, (unsigned long long)sh.sh_name);
		s->type = sh.sh_type;
		s->flags = sh.sh_flags;
		s->link = sh.sh_link;
		s->info = sh.sh_info;
		s->size = sh.sh_size;
		s->map = -1;
		if (sh.sh_type != SHT_NOBITS && sh.sh_type != SHT_NULL) {
			if (sh.sh_offset > p->size || sh.sh_size > p->size - sh.sh_offset)
				return bv_error_set(err, -EINVAL,
						    "%s: section '%s': data at offset %#llx size %#llx lies past the end of the file (%zu bytes)",
						    p->name, s->name, (unsigned long long)sh.sh_offset,
						    (unsigned long long)sh.sh_size, p->size);
			d = elf_getdata(scn, NULL);
			if (!d && sh.sh_size)
				return bv_error_set(err, -EINVAL, "%s: section '%s': cannot read data: %s",
						    p->name, s->name, elf_errmsg(-1));
			s->data = d ? d->d_buf : NULL;
			s->size = d ? d->d_size : 0;
		}
		s->kind = classify(s);
		/* .bss takes no room in the file, so its size is unchecked so
		 * far; no kernel map could hold more than this */
		if (s->kind == SEC_DATA && s->size > (256u << 20))
			return bv_error_set(err, -EFBIG, "%s: section '%s': size %zu is too large for a map value",
					    p->name, s->name, s->size);
		if ((s->kind == SEC_PROG || s->kind == SEC_TEXT) && s->size % 8)
			return bv_error_set(err, -EINVAL,
					    "%s: section '%s': size %zu is not a whole number of instructions",
					    p->name, s->name, s->size);
	}
	return 0;
}

static int read_symbols(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	size_t symtab = 0;
	Elf_Scn *scn;
	Elf_Data *d;
	size_t n;

	for (size_t i = 1; i < p->n_secs; i++) {
		if (p->secs[i].type == SHT_SYMTAB) {
			if (symtab)
				return bv_error_set(err, -EINVAL, "%s: more than one symbol table", p->name);
			symtab = i;
		}
	}
	if (!symtab)
		return 0; /* possible for hand-made objects: no programs by name */
	scn = elf_getscn(p->elf, symtab);
	d = scn ? elf_getdata(scn, NULL) : NULL;
	if (!d)
		return bv_error_set(err, -EINVAL, "%s: cannot read the symbol table: %s", p->name,
				    elf_errmsg(-1));
	if (p->secs[symtab].link >= p->n_secs || p->secs[p->secs[symtab].link].type != SHT_STRTAB)
		return bv_error_set(err, -EINVAL, "%s: symbol table links to section %u, not a string table",
				    p->name, p->secs[symtab].link);
	n = d->d_size / sizeof(Elf64_Sym);
	p->syms = calloc(n ? n : 1, sizeof(*p->syms));
	if (!p->syms)
		return bv_error_set(err, -ENOMEM, "out of memory");
	p->n_syms = n;
	for (size_t i = 0; i < n; i++) {
		struct elf_sym *s = &p->syms[i];
		GElf_Sym sym;

		if (!gelf_getsym(d, (int)i, &sym))
			return bv_error_set(err, -EINVAL, "%s: symbol %zu: %s", p->name, i, elf_errmsg(-1));
		s->name = elf_strptr(p->elf, p->secs[symtab].link, sym.st_name);
		if (!s->name)
			return bv_error_set(err, -EINVAL, "%s: symbol %zu: name offset %#x out of range",
					    p->name, i, sym.st_name);
		s->value = sym.st_value;
		s->size = sym.st_size;
		s->shndx = sym.st_shndx;
		s->type = GELF_ST_TYPE(sym.st_info);
		s->bind = GELF_ST_BIND(sym.st_info);
		s->visibility = GELF_ST_VISIBILITY(sym.st_other);
		/* Section symbols of old objects can be unnamed. */
		if (!*s->name && s->type == STT_SECTION && s->shndx < p->n_secs)
			s->name = p->secs[s->shndx].name;
	}
	return 0;
}

static int read_relocations(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t i = 1; i < p->n_secs; i++) {
		struct elf_sec *rs = &p->secs[i], *ts;
		Elf_Scn *scn;
		Elf_Data *d;
		size_t n, base;

		/* Very old LLVM wrote RELA; the addend is unused for BPF. */
		if (rs->type != SHT_REL && rs->type != SHT_RELA)
			continue;
		if (rs->info >= p->n_secs || rs->info == 0)
			return bv_error_set(err, -EINVAL, "%s: section '%s': relocates section %u, which does not exist",
					    p->name, rs->name, rs->info);
		ts = &p->secs[rs->info];
		/* Only code and map definitions need relocating; debug info
		 * and BTF relocations are for other consumers. */
		if (ts->kind != SEC_PROG && ts->kind != SEC_TEXT && ts->kind != SEC_MAPS_BTF &&
		    ts->kind != SEC_MAPS_OLD && ts->kind != SEC_STRUCT_OPS)
			continue;
		if (!p->syms)
			return bv_error_set(err, -EINVAL, "%s: section '%s': relocations but no symbol table",
					    p->name, rs->name);
		scn = elf_getscn(p->elf, i);
		d = scn ? elf_getdata(scn, NULL) : NULL;
		if (!d)
			return bv_error_set(err, -EINVAL, "%s: section '%s': cannot read relocations", p->name,
					    rs->name);
		n = d->d_size / (rs->type == SHT_RELA ? sizeof(Elf64_Rela) : sizeof(Elf64_Rel));
		{
			/* a section may have several relocation sections */
			struct elf_rel *all = realloc(ts->rels, (ts->n_rels + n + 1) * sizeof(*all));

			if (!all)
				return bv_error_set(err, -ENOMEM, "out of memory");
			ts->rels = all;
		}
		base = ts->n_rels;
		ts->n_rels += n;
		for (size_t j = 0; j < n; j++) {
			GElf_Rel rel;
			GElf_Rela rela;

			if (rs->type == SHT_RELA) {
				if (!gelf_getrela(d, (int)j, &rela))
					return bv_error_set(err, -EINVAL, "%s: section '%s': relocation %zu unreadable",
							    p->name, rs->name, j);
				rel.r_offset = rela.r_offset;
				rel.r_info = rela.r_info;
			} else if (!gelf_getrel(d, (int)j, &rel)) {
				return bv_error_set(err, -EINVAL, "%s: section '%s': relocation %zu unreadable",
						    p->name, rs->name, j);
			}
			struct elf_rel *er = &ts->rels[base + j];

			er->off = rel.r_offset;
			er->sym = (uint32_t)GELF_R_SYM(rel.r_info);
			er->type = (uint32_t)GELF_R_TYPE(rel.r_info);
			if (er->sym >= p->n_syms)
				return bv_error_set(err, -EINVAL,
						    "%s: section '%s': relocation %zu at offset %#llx names symbol %u of %zu",
						    p->name, rs->name, j, (unsigned long long)rel.r_offset,
						    er->sym, p->n_syms);
			if (rel.r_offset >= ts->size || ts->size - rel.r_offset < 8)
				return bv_error_set(err, -EINVAL,
						    "%s: section '%s': relocation %zu at offset %#llx lies past the end of '%s' (%zu bytes)",
						    p->name, rs->name, j, (unsigned long long)rel.r_offset,
						    ts->name, ts->size);
		}
		qsort(ts->rels, ts->n_rels, sizeof(*ts->rels), cmp_rel);
	}
	return 0;
}

int elf_read(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);
	GElf_Ehdr eh;
	int r;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return bv_error_set(err, -EINVAL, "libelf initialisation failed");
	if (p->size < 64 || memcmp(p->image, ELFMAG, SELFMAG))
		return bv_error_set(err, -EINVAL, "%s: not an ELF file", p->name);
	p->elf = elf_memory((char *)p->image, p->size);
	if (!p->elf)
		return bv_error_set(err, -EINVAL, "%s: %s", p->name, elf_errmsg(-1));
	if (elf_kind(p->elf) != ELF_K_ELF || !gelf_getehdr(p->elf, &eh))
		return bv_error_set(err, -EINVAL, "%s: not an ELF object", p->name);
	if (eh.e_ident[EI_CLASS] != ELFCLASS64)
		return bv_error_set(err, -EINVAL, "%s: not a 64-bit ELF file", p->name);
	if (eh.e_ident[EI_DATA] != ELFDATA2LSB)
		return bv_error_set(err, -ENOTSUP, "%s: big-endian BPF objects are not supported", p->name);
	/* Some old toolchains wrote EM_NONE; libbpf accepts it too. */
	if (eh.e_machine != EM_BPF && eh.e_machine != EM_NONE)
		return bv_error_set(err, -EINVAL, "%s: not a BPF object (e_machine %u)", p->name,
				    eh.e_machine);
	if (eh.e_shoff > p->size || (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr) > p->size - eh.e_shoff ||
	    (eh.e_shnum && eh.e_shentsize != sizeof(Elf64_Shdr)))
		return bv_error_set(err, -EINVAL,
				    "%s: section header table (%u entries at offset %#llx) lies past the end of the file (%zu bytes)",
				    p->name, eh.e_shnum, (unsigned long long)eh.e_shoff, p->size);
	if (eh.e_shnum == 0)
		return bv_error_set(err, -EINVAL, "%s: no sections", p->name);
	if (eh.e_type != ET_REL)
		return bv_error_set(err, -EINVAL, "%s: not a relocatable object (e_type %u)", p->name,
				    eh.e_type);
	r = read_sections(obj, err);
	if (!r)
		r = read_symbols(obj, err);
	if (!r)
		r = read_relocations(obj, err);
	return r;
}
