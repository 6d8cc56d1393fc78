/* State shared by the files of src/vm.  Not part of the public API. */
#ifndef BPFVET_VM_INTERNAL_H
#define BPFVET_VM_INTERNAL_H

#include <stdint.h>

#include "bpfvet/vm.h"
#include "util/util.h"

#define VM_STACK_SIZE 512
#define VM_MAX_FRAMES 8
#define VM_MAX_TAIL_CALLS 33
#define VM_MAY_GOTO_LOOPS (8u * 1024 * 1024)
#define VM_HELPER_MAX 256

/* The operations of decoded instructions: one per shape the interpreter
 * handles, so dispatch needs no further decoding. */
enum vm_op {
#define VM_OP(name) VMOP_##name,
#include "vm/vm_ops.h"
#undef VM_OP
	VMOP__COUNT
};

struct vm_prog;

/* A decoded instruction. */
struct vm_insn {
	const void *op;      /* label of its handler (threaded dispatch) */
	uint8_t dst, src;
	uint16_t code;       /* enum vm_op, for the switch fallback and faults */
	int32_t imm;
	union {
		uint64_t imm64;   /* LD_IMM64 value, map or callback address */
		uint32_t target;  /* jumps and local calls: absolute index */
		void *helper;     /* helper calls: bv_vm_helper_fn */
	} u;
	int16_t off;
	uint16_t size;       /* atomics: bytes accessed */
	uint32_t idx;        /* index in the program, for faults */
};

struct vm_prog {
	const struct bv_prog *prog;
	struct vm_insn *insns[2]; /* [0] unchecked, [1] checked handlers */
	size_t n;
	int index;            /* in the object */
	int refused;          /* reads a register no path wrote */
	size_t refused_insn;
	char refused_msg[64];
};

/* Refuse reads of registers some path leaves unwritten; entry is the set
 * of registers written at the start (r10 is added). */
int vm_check_registers(const struct bv_insn *insns, size_t n, unsigned entry, char *msg, size_t size,
		       size_t *bad);

/* ---- maps ---- */

struct vm_map;

struct vm_map_ops {
	void *(*lookup)(struct vm_map *m, const void *key, uint32_t cpu);
	int (*update)(struct vm_map *m, const void *key, const void *value, uint64_t flags, int all_cpus);
	int (*del)(struct vm_map *m, const void *key);
	int (*next_key)(struct vm_map *m, const void *key, void *next);
	int (*push)(struct vm_map *m, const void *value, uint64_t flags);
	int (*pop)(struct vm_map *m, void *value, int peek);
};

struct vm_map {
	const struct bv_map *def;
	int index;
	uint32_t type, key_size, value_size, max_entries, flags;
	uint32_t elem;         /* value size rounded up to 8 (per-CPU stride) */
	unsigned ncpus;        /* copies of each value: 1, or nr_cpus if per-CPU */
	const struct vm_map_ops *ops;
	uint8_t *values;       /* the value pool: the only memory programs see */
	size_t values_size;
	uint8_t *keys;         /* hash-like maps: key per element */
	uint32_t *used;        /* hash: 0 free, else 1 + lru stamp; queue: ring */
	uint32_t count, head, tick;
	int32_t *slots;        /* prog arrays: vm_prog index, -1 empty */
	int readonly;
	/* ring buffer */
	size_t rb_used;
};

int vm_maps_create(struct bv_vm *vm, struct bv_error *err);
void vm_maps_free(struct bv_vm *vm);
struct vm_map *vm_map_from_ptr(struct bv_vm *vm, uint64_t ptr);

/* ---- runs ---- */

struct vm_region {
	uint64_t start, end;
	int writable;
};

#define VM_MAX_REGIONS 64

struct vm_frame {
	const struct vm_insn *ret;   /* where to continue in the caller */
	const struct vm_prog *prog;  /* the caller's program */
	uint64_t saved[4];           /* r6-r9 */
	uint64_t fp;
};

struct bv_vm_run {
	struct bv_vm *vm;
	const struct vm_prog *prog;       /* running now (tail calls change it) */
	int checked;
	struct bv_vm_result *res;
	const struct bv_vm_run_opts *ropts;
	uint64_t budget;
	uint32_t may_goto_left;
	unsigned tail_calls;
	int depth;                        /* call frames in use */
	struct vm_frame frames[VM_MAX_FRAMES];
	int stopped;                      /* a helper ended the run */
	uint8_t *stack;                   /* VM_MAX_FRAMES * VM_STACK_SIZE */
	struct vm_region regions[VM_MAX_REGIONS];
	int n_regions;
	/* context */
	uint32_t prog_type;
	uint8_t *ctx;
	size_t ctx_len;
	uint8_t *pkt_base;                /* packet buffer (low 4 GB) */
	size_t pkt_cap;
	uint64_t data, data_end, data_meta; /* current packet pointers */
	int is_skb, is_xdp;
	size_t cur_insn;                  /* for events and faults */
	/* checked runs: the last jumps taken, for the path of a fault */
	struct bv_vm_jump trail[BV_VM_PATH_MAX];
	unsigned trail_n;
	size_t cap_events;
};

/* Execute from instruction `start` of prog, as the run's entry frame or as
 * a callback; returns 0 with r0 in *ret, or a negative status. */
int vm_exec(struct bv_vm_run *run, const struct vm_prog *prog, size_t start, const uint64_t args[5],
	    uint64_t *ret);
/* Label tables of the two interpreters, for decoding. */
const void *const *vm_interp_labels(int checked);
int vm_interp_fast(struct bv_vm_run *run, const struct vm_prog *prog, const struct vm_insn *start,
		   uint64_t *regs, const void *const **labels_out);
int vm_interp_checked(struct bv_vm_run *run, const struct vm_prog *prog, const struct vm_insn *start,
		      uint64_t *regs, const void *const **labels_out);

int vm_region_add(struct bv_vm_run *run, uint64_t start, size_t len, int writable);
void vm_region_remove(struct bv_vm_run *run, uint64_t start);
void *vm_check(struct bv_vm_run *run, uint64_t addr, size_t size, int write);
int vm_fault(struct bv_vm_run *run, enum bv_vm_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vm_event(struct bv_vm_run *run, enum bv_vm_event_kind kind, int map, uint32_t cpu,
	     const void *data, size_t len);

/* packet context after bpf_xdp_adjust_* / skb changes */
void vm_ctx_sync(struct bv_vm_run *run);

/* ---- the VM ---- */

struct bv_vm {
	const struct bv_object *obj;
	struct bv_vm_opts opts;
	struct vm_map *maps;
	size_t n_maps;
	struct vm_prog *progs;
	size_t n_progs;
	bv_vm_helper_fn helpers[VM_HELPER_MAX];
	uint64_t time_ns;
	uint64_t prandom;
	uint8_t *low;          /* low-4GB arena for packets */
	size_t low_size;
};

void vm_helpers_install(struct bv_vm *vm);
int vm_prog_decode(struct bv_vm *vm, const struct bv_prog *p, struct vm_prog *out,
		   struct bv_error *err);
void vm_prog_free(struct vm_prog *p);

#endif
