/* bpfvet — BPF objects: reading clang-built ELF files the way libbpf (and,
 * for legacy objects, iproute2) reads them, and linking each program into
 * the instruction sequence the kernel would be given.
 *
 * A linked program has its subprograms appended and its calls fixed, CO-RE
 * relocations applied against a target BTF, and every LD_IMM64 that names a
 * map carrying src BV_PSEUDO_MAP_FD (or _VALUE) with imm = the map's index in
 * bv_object.maps; the kernel oracle swaps in real fds when it loads. */
#ifndef BPFVET_OBJECT_H
#define BPFVET_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"
#include "bpfvet/insn.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bv_object;

/* ---- program, attach and map types ---- */

/* Kernel enum bpf_prog_type numbers. */
enum bv_prog_type {
	BV_PROG_UNSPEC = 0, BV_PROG_SOCKET_FILTER, BV_PROG_KPROBE, BV_PROG_SCHED_CLS,
	BV_PROG_SCHED_ACT, BV_PROG_TRACEPOINT, BV_PROG_XDP, BV_PROG_PERF_EVENT,
	BV_PROG_CGROUP_SKB, BV_PROG_CGROUP_SOCK, BV_PROG_LWT_IN, BV_PROG_LWT_OUT,
	BV_PROG_LWT_XMIT, BV_PROG_SOCK_OPS, BV_PROG_SK_SKB, BV_PROG_CGROUP_DEVICE,
	BV_PROG_SK_MSG, BV_PROG_RAW_TRACEPOINT, BV_PROG_CGROUP_SOCK_ADDR,
	BV_PROG_LWT_SEG6LOCAL, BV_PROG_LIRC_MODE2, BV_PROG_SK_REUSEPORT,
	BV_PROG_FLOW_DISSECTOR, BV_PROG_CGROUP_SYSCTL, BV_PROG_RAW_TRACEPOINT_WRITABLE,
	BV_PROG_CGROUP_SOCKOPT, BV_PROG_TRACING, BV_PROG_STRUCT_OPS, BV_PROG_EXT,
	BV_PROG_LSM, BV_PROG_SK_LOOKUP, BV_PROG_SYSCALL, BV_PROG_NETFILTER,
	BV_PROG__COUNT
};

/* Kernel enum bpf_map_type numbers. */
enum bv_map_type {
	BV_MAP_UNSPEC = 0, BV_MAP_HASH, BV_MAP_ARRAY, BV_MAP_PROG_ARRAY,
	BV_MAP_PERF_EVENT_ARRAY, BV_MAP_PERCPU_HASH, BV_MAP_PERCPU_ARRAY,
	BV_MAP_STACK_TRACE, BV_MAP_CGROUP_ARRAY, BV_MAP_LRU_HASH,
	BV_MAP_LRU_PERCPU_HASH, BV_MAP_LPM_TRIE, BV_MAP_ARRAY_OF_MAPS,
	BV_MAP_HASH_OF_MAPS, BV_MAP_DEVMAP, BV_MAP_SOCKMAP, BV_MAP_CPUMAP,
	BV_MAP_XSKMAP, BV_MAP_SOCKHASH, BV_MAP_CGROUP_STORAGE,
	BV_MAP_REUSEPORT_SOCKARRAY, BV_MAP_PERCPU_CGROUP_STORAGE, BV_MAP_QUEUE,
	BV_MAP_STACK, BV_MAP_SK_STORAGE, BV_MAP_DEVMAP_HASH, BV_MAP_STRUCT_OPS,
	BV_MAP_RINGBUF, BV_MAP_INODE_STORAGE, BV_MAP_TASK_STORAGE,
	BV_MAP_BLOOM_FILTER, BV_MAP_USER_RINGBUF, BV_MAP_CGRP_STORAGE,
	BV_MAP_ARENA,
	BV_MAP__COUNT
};

const char *bv_prog_type_name(uint32_t type);     /* "xdp"; NULL if unknown */
int bv_prog_type_by_name(const char *name);       /* -1 if unknown */
const char *bv_attach_type_name(uint32_t type);   /* "cgroup_inet_ingress" */
const char *bv_map_type_name(uint32_t type);      /* "hash" */
int bv_map_type_by_name(const char *name);        /* -1 if unknown */

/* Section name to program type, as libbpf 1.x does it, with the prefix
 * matching of older loaders as a fallback. */
struct bv_sec_type {
	uint32_t prog_type;
	uint32_t expected_attach_type;
	int has_attach_type;   /* libbpf passes expected_attach_type */
	int sleepable;
	int xdp_frags;
	int legacy;            /* matched only by the pre-1.0 prefix rules */
	const char *attach_to; /* text after the prefix ("tcp_connect") */
};
/* 0 on a match, -ENOENT when the name says nothing about the type. */
int bv_section_type(const char *sec_name, struct bv_sec_type *out);
/* The section libbpf loads as that program type with that attach type
 * ("cgroup/connect4"); NULL when no section names it. */
const char *bv_section_for(uint32_t prog_type, uint32_t attach_type);

/* ---- objects ---- */

enum bv_map_origin {
	BV_MAP_FROM_BTF,      /* .maps, BTF-defined */
	BV_MAP_FROM_LEGACY,   /* "maps" section, struct bpf_map_def */
	BV_MAP_FROM_IPROUTE2, /* "maps" section, struct bpf_elf_map */
	BV_MAP_FROM_DATA,     /* .data, .rodata*, .bss, .kconfig */
	BV_MAP_FROM_ASM,      /* declared by the assembler's .map directive */
};

struct bv_map {
	char *name;
	char *section;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	uint32_t numa_node;
	uint64_t map_extra;       /* bloom filter: hash count; arena: its user address */
	uint32_t pinning;         /* iproute2 / libbpf pinning mode */
	uint32_t id;              /* iproute2 bpf_elf_map.id */
	uint32_t inner_id, inner_idx; /* iproute2 map-in-map */
	int inner;                /* index of the inner map template, or -1 */
	int is_inner_template;    /* only a template for map-in-map values */
	uint32_t btf_key_type_id, btf_value_type_id, btf_vmlinux_value_type_id;
	enum bv_map_origin origin;
	int readonly;             /* .rodata, .kconfig: frozen after init */
	uint8_t *init;            /* initial value of entry 0 (global data) */
	size_t init_size;
	/* initial prog-array slots: program index per key (-1 = empty) */
	int *slots;               /* prog index (prog arrays) or map index */
	size_t n_slots;
	uint32_t values_off;      /* BTF maps: offset of the "values" array */
	size_t sec_off;           /* offset of the definition in its section */
	uint32_t sec_index;       /* ELF index of that section (0: none) */
};

struct bv_line_info {
	uint32_t insn;            /* index in the linked program */
	const char *file;         /* as recorded; points into object BTF */
	const char *line;         /* source text of the line */
	uint32_t line_num, col;
	uint32_t file_off, line_off; /* raw BTF string offsets */
};

struct bv_func_info {
	uint32_t insn;
	uint32_t type_id;         /* BTF FUNC in the object's BTF */
	const char *name;
};

struct bv_kfunc_ref {
	uint32_t insn;
	const char *name;
	int32_t btf_id;           /* in the target BTF, 0 if unresolved */
};

struct bv_prog {
	const struct bv_object *obj; /* the object the program belongs to */
	char *name;               /* function name, as libbpf names programs */
	char *section;
	struct bv_sec_type sec;   /* types derived from the section name */
	uint32_t type, expected_attach_type;
	struct bv_insn *insns;    /* linked instructions */
	size_t n_insns;
	size_t main_insns;        /* instructions before appended subprograms */
	struct bv_line_info *lines;
	size_t n_lines;
	struct bv_func_info *funcs;
	size_t n_funcs;
	struct bv_kfunc_ref *kfuncs;
	size_t n_kfuncs;
	int32_t *insn_map;        /* per insn: map index an LD_IMM64 names, or -1 */
	size_t sec_off;           /* byte offset of the function in its section */
	int core_relos;           /* CO-RE relocations applied */
	int core_poisoned;        /* ... of which poisoned */
	/* the first poisoned one, as libbpf names what it looked for
	 * ("struct pt_regs.rdi", "enum E::V", "struct X"), "" when none; its
	 * instruction; whether the kernel has no type of that name at all */
	char core_fail[160];
	int32_t core_fail_insn;
	int core_fail_no_type;
	int link_error;           /* could not be linked; see link_msg */
	char *link_msg;
	/* struct_ops: the kernel struct (tcp_congestion_ops, ...) and the
	 * function-pointer member a .struct_ops map points at this program
	 * with, and that map's name; NULL when no map uses the program */
	char *st_ops_type, *st_ops_member, *st_ops_map;
};

struct bv_object {
	char *path;
	char *license;
	uint32_t kern_version;
	int has_kern_version;
	struct bv_map *maps;
	size_t n_maps;
	struct bv_prog *progs;
	size_t n_progs;
	int has_btf, has_btf_ext;
	/* The line the kernel logs when it refuses the object's BTF (a
	 * loader then goes on without it: no function or line info, maps
	 * without types); NULL when it takes it. */
	char *btf_refusal;
	struct bv_object_internal *priv;
};

struct bv_open_opts {
	const char *btf_path;     /* target BTF for CO-RE; NULL: vmlinux */
	int no_core;              /* do not apply CO-RE relocations */
	int default_type;         /* type of sections with no known name; 0 = none */
	const char *kconfig_path; /* kernel config for .kconfig; NULL: probe */
	int no_link;              /* stop after parsing, as libbpf's open does:
				   * programs have no instructions */
};

/* A map as a loader creates it in the kernel, and as the kernel's log
 * names it: the name cut to 15 characters of [A-Za-z0-9_.], maps of file
 * descriptors with 4-byte keys and values, ring buffers a power-of-two
 * number of pages with no key or value, max_entries 0 filled with the
 * number of CPUs (as loaders do for perf event arrays). */
struct bv_map_shape {
	char name[16];
	uint32_t key_size, value_size, max_entries;
	int max_from_cpus;        /* max_entries was 0 and is now the CPU count */
};
void bv_map_kernel_shape(const struct bv_map *m, struct bv_map_shape *out);
/* A map's or program's name as the kernel keeps it (BPF_OBJ_NAME_LEN). */
void bv_kernel_obj_name(char out[16], const char *name);

/* Open and link every program of an ELF object. */
int bv_object_open(const char *path, const struct bv_open_opts *opts,
		   struct bv_object **out, struct bv_error *err);
int bv_object_open_mem(const void *data, size_t size, const char *name,
		       const struct bv_open_opts *opts, struct bv_object **out,
		       struct bv_error *err);
/* Like bv_object_open_mem, but takes ownership of a malloc'd image. */
int bv_object_open_owned(uint8_t *data, size_t size, const char *name,
			 const struct bv_open_opts *opts, struct bv_object **out,
			 struct bv_error *err);
void bv_object_free(struct bv_object *obj);

/* The object's BTF as the kernel should be given it: DATASEC sizes and
 * variable offsets filled in as libbpf fills them.  Built on first use and
 * owned by the object; NULL (and *size 0) when the object has no BTF. */
const void *bv_object_kernel_btf(struct bv_object *obj, size_t *size,
				 struct bv_error *err);

/* A program by function name, or else by section name; NULL if none. */
const struct bv_prog *bv_object_find_prog(const struct bv_object *obj,
					  const char *name);

/* Disassembler names for a linked program (map names, kfunc names). */
struct bv_disasm_names bv_prog_disasm_names(const struct bv_prog *prog);

/* Name of the kfunc the call at instruction idx names, or NULL. */
const char *bv_prog_kfunc_name(const struct bv_prog *prog, size_t idx);

/* A struct_ops program's target in the kernel's BTF (libbpf's bpf_btf,
 * NULL: vmlinux): the struct's type id and the index of its member,
 * which the kernel takes as attach_btf_id and expected_attach_type.
 * -ENOENT when the program has no struct_ops map or the struct is not
 * in that BTF, -ESRCH when the member is not; *why says which, in words. */
struct btf;
int bv_prog_struct_ops_target(const struct bv_prog *prog, const struct btf *kbtf, uint32_t *type_id,
			      uint32_t *member, char *why, size_t why_size);

/* The inner map of map-in-map number i: its BTF template, iproute2's
 * inner_id, or bpf_map_def's inner_map_idx; -1 when there is none. */
int bv_object_map_inner(const struct bv_object *obj, size_t i);

/* The line info record covering insn, or NULL. */
const struct bv_line_info *bv_prog_line_at(const struct bv_prog *prog,
					   size_t insn);

/* Whether a verifier log shows a source line before insn, by the kernel's
 * rule: the record covering insn is not the last one shown and differs from
 * it in file or line number (records without text are shown too, as
 * ";  @ file:0").  *prev carries the last record between calls (start with
 * NULL).  Returns the record to print, or NULL. */
const struct bv_line_info *bv_prog_source_line(const struct bv_prog *prog, size_t insn,
					       const struct bv_line_info **prev);

/* A line info record's text without leading blanks. */
const char *bv_line_text(const struct bv_line_info *li);

#ifdef __cplusplus
}
#endif
#endif
