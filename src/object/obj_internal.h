/* State shared by the files of src/object while an object is opened and
 * linked.  Not part of the public API. */
#ifndef BPFVET_OBJ_INTERNAL_H
#define BPFVET_OBJ_INTERNAL_H

#include <gelf.h>
#include <libelf.h>
#include <stdint.h>

#include "bpfvet/object.h"
#include "util/btf_util.h"
#include "util/util.h"

struct btf;

enum sec_kind {
	SEC_OTHER = 0,
	SEC_PROG,       /* executable, not .text: holds programs */
	SEC_TEXT,       /* .text: subprograms */
	SEC_MAPS_BTF,   /* .maps */
	SEC_MAPS_OLD,   /* maps, maps/NAME: bpf_map_def or bpf_elf_map */
	SEC_STRUCT_OPS, /* .struct_ops, .struct_ops.link: struct_ops maps */
	SEC_DATA,       /* .data, .data.*, .rodata, .rodata.*, .bss, .bss.* */
	SEC_LICENSE,
	SEC_VERSION,
	SEC_BTF,
	SEC_BTF_EXT,
	SEC_REL,
};

struct elf_rel {
	uint64_t off;      /* byte offset in the target section */
	uint32_t sym;
	uint32_t type;
};

struct elf_sec {
	const char *name;
	uint32_t type;
	uint64_t flags;
	const uint8_t *data; /* NULL for SHT_NOBITS */
	size_t size;
	uint32_t link, info;
	enum sec_kind kind;
	int map;             /* global-data map for SEC_DATA, else -1 */
	struct elf_rel *rels; /* sorted by off */
	size_t n_rels;
};

struct elf_sym {
	const char *name;
	uint64_t value, size;
	uint32_t shndx;      /* section index, or SHN_UNDEF / SHN_ABS / ... */
	uint8_t type, bind, visibility;
};

/* A function of an executable section: a program entry or a subprogram. */
struct func {
	const char *name;
	uint32_t sec;
	size_t off, len;     /* in instructions within the section */
	int global;
	int hidden;          /* global but STV_HIDDEN/INTERNAL: static to the kernel */
	int prog;            /* index in obj->progs, or -1 for subprograms */
};

enum ext_kind { EXT_KCONFIG, EXT_KSYM, EXT_UNKNOWN };

struct ext {
	const char *name;
	enum ext_kind kind;
	int is_func;         /* ksym function: a kfunc */
	int weak;
	int typed;           /* ksym with a BTF type (not void) */
	uint32_t btf_type;   /* object BTF id of the VAR / FUNC */
	uint32_t kcfg_off;   /* offset in the .kconfig map */
	uint32_t kcfg_size;
	uint32_t kcfg_align;
	int kcfg_type;       /* what kind of value (bool, tristate, int, char[]) */
	int resolved;
	int32_t target_id;   /* target BTF id (typed ksyms, kfuncs) */
	uint64_t addr;       /* typeless ksym address from kallsyms */
	int not_in_kallsyms; /* typed ksym the running kernel's kallsyms lacks */
	uint32_t incompat, incompat_target; /* a kfunc prototype libbpf refuses: ours, the kernel's */
	const char *why;     /* EXT_UNKNOWN: what is wrong with it */
};

/* .BTF.ext records of one section, offsets in bytes within the section. */
struct ext_func_rec { uint32_t insn_off, type_id; };
struct ext_line_rec { uint32_t insn_off, file_off, line_off, line_col; };
struct ext_core_rec { uint32_t insn_off, type_id, access_off, kind; };

struct ext_sec_info {
	uint32_t sec;        /* ELF section index */
	struct ext_func_rec *funcs; size_t n_funcs;
	struct ext_line_rec *lines; size_t n_lines;
	struct ext_core_rec *cores; size_t n_cores;
};

struct bv_object_internal {
	uint8_t *image;
	size_t size;
	int image_mapped;        /* image is an mmap of the file, not malloc'd */
	Elf *elf;
	const char *name;        /* for messages: the path */
	struct elf_sec *secs;
	size_t n_secs;
	struct elf_sym *syms;
	size_t n_syms;
	int text_sec, maps_btf_sec, btf_sec, btf_ext_sec, kconfig_map;
	struct func *funcs;
	size_t n_funcs, cap_funcs;
	struct ext *exts;
	size_t n_exts;
	struct btf *btf;         /* object BTF, after fix-ups */
	struct btf *target_btf;  /* CO-RE / ksym target, loaded on demand */
	int target_btf_tried;
	struct ext_sec_info *ext_secs;
	size_t n_ext_secs;
	const struct bv_open_opts *opts;
	uint32_t *core_index;    /* target BTF type ids hashed by essential name */
	uint32_t core_index_mask;
	uint8_t *kernel_btf;     /* bv_object_kernel_btf(), built on demand */
	size_t kernel_btf_size;
	struct btf *laid_out_btf; /* ... parsed: where global variables are */
	size_t cap_maps, cap_progs;
};

#define PRIV(obj) ((obj)->priv)

/* elf_read.c */
int elf_read(struct bv_object *obj, struct bv_error *err);
const struct elf_rel *sec_rel_at(const struct elf_sec *s, uint64_t off);

/* maps.c */
int maps_collect(struct bv_object *obj, struct bv_error *err);
int maps_collect_inits(struct bv_object *obj, struct bv_error *err);
int maps_add(struct bv_object *obj, struct bv_map **out);
int maps_by_sym(const struct bv_object *obj, uint32_t sec, const struct elf_sym *sym);
void maps_free(struct bv_map *m);

/* struct_ops.c */
int struct_ops_collect(struct bv_object *obj, struct bv_error *err);

/* btf_fix.c */
int btf_load_object(struct bv_object *obj, struct bv_error *err);
/* btf_check.c */
int btf_check_kernel(struct bv_object *obj, struct bv_error *err);
struct btf_misplaced {
	const char *datasec, *var; /* the DATASEC and the first variable it misplaces */
	char vars[160];        /* the variables it lists that its section does not hold */
	const char *real_sec;  /* the section the first one's symbol is in */
	int no_section;        /* no section of the DATASEC's name: libbpf cannot open the object */
};
int btf_misplaced_var(const struct bv_object *obj, struct btf_misplaced *m);
int btf_mark_hidden_static(struct bv_object *obj, struct bv_error *err);
struct btf *btf_target(struct bv_object *obj, struct bv_error *err);
const struct btf *bv_object_laid_out_btf(struct bv_object *obj);
uint32_t btf_target_find(struct bv_object *obj, const char *name, unsigned kind);
int btf_target_cands(struct bv_object *obj, const char *name, unsigned kind, uint32_t *first);
size_t btf_essential_len(const char *name);

/* btf_ext.c */
int btf_ext_parse(struct bv_object *obj, struct bv_error *err);
const struct ext_sec_info *btf_ext_for(const struct bv_object *obj, uint32_t sec);

/* externs.c */
int externs_collect(struct bv_object *obj, struct bv_error *err);
int externs_resolve(struct bv_object *obj, struct bv_error *err);
struct ext *extern_by_sym(struct bv_object *obj, const struct elf_sym *sym);
const struct ext *extern_var_by_target(const struct bv_object *obj, uint32_t id);

/* link.c */
int link_programs(struct bv_object *obj, struct bv_error *err);

/* core.c */
int btf_types_compat(const struct btf *lb, uint32_t lid, const struct btf *tb, uint32_t tid, int depth);
int core_apply(struct bv_object *obj, struct bv_prog *prog,
	       const struct ext_core_rec *rec, size_t insn, struct bv_error *err);

#endif
