/* bpfvet — the VM: run BPF programs in user space, with maps, helpers and
 * tail calls, so they can be unit-tested without root or a kernel.
 *
 * Typical use:
 *
 *     struct bv_vm *vm;
 *     bv_vm_new(obj, NULL, &vm, &err);           // maps created from obj
 *     struct bv_vm_ctx ctx;
 *     bv_vm_ctx_packet(&ctx, BV_PROG_XDP, pkt, len);
 *     struct bv_vm_result res;
 *     bv_vm_run(vm, bv_object_find_prog(obj, "xdp_main"), &ctx, &res, &err);
 *     printf("returned %llu\n", res.retval);
 *     bv_vm_result_free(&res);
 *     bv_vm_free(vm);
 *
 * Semantics are the kernel's: division by zero gives 0, modulo by zero
 * leaves the dividend, shift amounts are masked, 32-bit operations zero the
 * upper half, LD_ABS out of the packet ends the program with 0, at most 33
 * tail calls, may_goto gives up after 8M iterations.
 *
 * Memory safety: a verified program needs no run-time checks; an
 * unverified one (or any, with `checked`) has every access checked against
 * the regions it may touch — stack, context, packet, map values, ring
 * buffer records — and a stray access stops the run with the instruction,
 * address and size. */
#ifndef BPFVET_VM_H
#define BPFVET_VM_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"
#include "bpfvet/object.h"

#ifdef __cplusplus
extern "C" {
#endif

struct bv_vm;
struct bv_vm_run;

struct bv_vm_opts {
	int checked;          /* check every memory access (default on) */
	int unchecked;        /* trust the program: no checks (fastest) */
	unsigned nr_cpus;     /* CPUs of per-CPU maps; 0 = 1 */
	uint64_t time_ns;     /* first value of bpf_ktime_get_ns; then +1000 per call */
	uint32_t prandom_seed;
	/* memory bpf_probe_read* may read: [addr, addr+size) of the target */
	const void *probe_mem;
	uint64_t probe_addr;
	size_t probe_size;
};

/* A VM for the programs of obj: its maps are created (global data with
 * their initial contents, prog arrays filled as the object says) and every
 * program is decoded.  obj must outlive the VM. */
int bv_vm_new(const struct bv_object *obj, const struct bv_vm_opts *opts, struct bv_vm **out,
	      struct bv_error *err);
void bv_vm_free(struct bv_vm *vm);

/* ---- contexts ---- */

#define BV_VM_CTX_MAX 512
#define BV_VM_PKT_MAX 65536

struct bv_vm_ctx {
	uint32_t prog_type;
	uint8_t packet[BV_VM_PKT_MAX];   /* for skb and xdp programs */
	size_t packet_len;
	uint8_t raw[BV_VM_CTX_MAX];       /* other context types: the bytes */
	size_t raw_len;
	uint32_t ifindex, rx_queue;       /* ingress interface for skb/xdp */
};

/* A packet for skb (socket filter, tc, cgroup skb, ...) and XDP programs. */
int bv_vm_ctx_packet(struct bv_vm_ctx *c, uint32_t prog_type, const void *pkt, size_t len);
/* struct pt_regs (x86-64) with the first n function arguments. */
int bv_vm_ctx_args(struct bv_vm_ctx *c, uint32_t prog_type, const uint64_t *args, size_t n);
/* Raw context bytes: tracepoint records, raw tracepoint arguments, ... */
int bv_vm_ctx_bytes(struct bv_vm_ctx *c, uint32_t prog_type, const void *bytes, size_t len);

/* ---- running ---- */

enum bv_vm_event_kind {
	BV_VM_EV_PRINTK,     /* bpf_trace_printk: text */
	BV_VM_EV_PERF,       /* bpf_perf_event_output: map, cpu, data */
	BV_VM_EV_RINGBUF,    /* a submitted ring buffer record: map, data */
	BV_VM_EV_NOTE,       /* something the VM had to approximate */
};

struct bv_vm_event {
	enum bv_vm_event_kind kind;
	int map;             /* index in the object's maps, or -1 */
	uint32_t cpu;
	uint8_t *data;       /* text (NUL-terminated) or record bytes */
	size_t len;
	size_t insn;         /* instruction that produced it */
};

enum bv_vm_status {
	BV_VM_OK = 0,        /* the program exited; retval is r0 */
	BV_VM_FAULT,         /* a bad memory access (checked mode) */
	BV_VM_BAD_INSN,      /* an instruction the VM cannot run */
	BV_VM_BAD_HELPER,    /* a helper the VM does not implement */
	BV_VM_LIMIT,         /* the instruction budget ran out */
};

/* A jump the program took: from an instruction to another. */
struct bv_vm_jump {
	uint32_t from, to;
};
#define BV_VM_PATH_MAX 32

struct bv_vm_result {
	enum bv_vm_status status;
	uint64_t retval;
	uint64_t insns;          /* instructions executed (all repetitions) */
	uint64_t duration_ns;    /* wall time of the runs, setup excluded */
	size_t fault_insn;       /* where a non-OK status arose */
	const char *fault_prog;  /* program name at that point */
	char message[256];       /* what went wrong, for humans */
	uint8_t *packet;         /* the packet after the run (skb/xdp) */
	size_t packet_len;
	uint8_t ctx_after[BV_VM_CTX_MAX]; /* the context after the run */
	size_t ctx_len;
	struct bv_vm_event *events;
	size_t n_events;
	unsigned tail_calls;
	/* checked runs that faulted: the last jumps taken (calls, returns and
	 * taken branches), oldest first, so the path to the fault can be told */
	struct bv_vm_jump path[BV_VM_PATH_MAX];
	unsigned path_len;
};

struct bv_vm_run_opts {
	uint64_t max_insns;      /* budget per run, 0 = 100M */
	int no_events;           /* do not record output (benchmarks) */
	uint32_t repeat;         /* run this many times on the same context, as
				  * BPF_PROG_TEST_RUN's repeat does; 0 = 1 */
};

int bv_vm_run(struct bv_vm *vm, const struct bv_prog *prog, const struct bv_vm_ctx *ctx,
	      const struct bv_vm_run_opts *opts, struct bv_vm_result *res, struct bv_error *err);
void bv_vm_result_free(struct bv_vm_result *res);

/* Raw instructions with no object (the conformance plugin): memory is
 * passed in r1 (its address) and r2 (its length); helpers are available,
 * maps are not. */
int bv_vm_run_insns(const struct bv_insn *insns, size_t n, void *mem, size_t mem_len,
		    const struct bv_vm_opts *opts, struct bv_vm_result *res, struct bv_error *err);

/* ---- maps from outside ---- */

/* Index of a map by name, -1 if none. */
int bv_vm_map_by_name(const struct bv_vm *vm, const char *name);
/* Per-CPU maps take and give nr_cpus values, each rounded up to 8 bytes. */
int bv_vm_map_lookup(struct bv_vm *vm, int map, const void *key, void *value);
int bv_vm_map_update(struct bv_vm *vm, int map, const void *key, const void *value, uint64_t flags);
int bv_vm_map_delete(struct bv_vm *vm, int map, const void *key);
/* Iterate keys: key NULL gives the first; returns -ENOENT at the end. */
int bv_vm_map_next_key(struct bv_vm *vm, int map, const void *key, void *next);
/* Sizes a caller needs: key size, value size as exchanged (per-CPU: all). */
size_t bv_vm_map_key_size(const struct bv_vm *vm, int map);
size_t bv_vm_map_value_size(const struct bv_vm *vm, int map);

/* ---- helpers from outside ---- */

/* A helper implementation: r1-r5 in, r0 out. */
typedef uint64_t (*bv_vm_helper_fn)(struct bv_vm_run *run, uint64_t r1, uint64_t r2, uint64_t r3,
				    uint64_t r4, uint64_t r5);
/* Register (or replace) the implementation of helper id for this VM. */
int bv_vm_register_helper(struct bv_vm *vm, int32_t id, bv_vm_helper_fn fn);
/* Within a helper: translate a program address into host memory, checked
 * against the run's regions; NULL if [addr, addr+size) is not accessible. */
void *bv_vm_mem(struct bv_vm_run *run, uint64_t addr, size_t size, int write);

#ifdef __cplusplus
}
#endif
#endif
