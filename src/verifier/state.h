/* The abstract state of a program at one instruction: registers (a type,
 * a fixed offset, and for the variable part a tnum and signed and unsigned
 * 64- and 32-bit ranges), the stack of each call frame byte by byte, and
 * the call chain.  Not part of the public API. */
#ifndef BPFVET_VSTATE_H
#define BPFVET_VSTATE_H

#include <stdbool.h>
#include <stdint.h>

#include "bpfvet/object.h"
#include "verifier/tnum.h"

#define MAX_BPF_REG 11
#define MAX_CALL_FRAMES 8
#define MAX_BPF_STACK 512
#define BPF_REG_SIZE 8

/* A scalar id with one of these bits is "the register with that id plus
 * off", the addition done in 64 or in 32 bits. */
#define ID_ADD_CONST64 (1u << 31)
#define ID_ADD_CONST32 (1u << 30)
#define ID_ADD_CONST (ID_ADD_CONST64 | ID_ADD_CONST32)
/* Packet pointer ranges learnt from comparisons with data_end itself. */
#define AT_PKT_END (-1)
#define BEYOND_PKT_END (-2)

enum reg_type {
	NOT_INIT = 0,
	SCALAR_VALUE,
	PTR_TO_CTX,
	CONST_PTR_TO_MAP,
	PTR_TO_MAP_VALUE,
	PTR_TO_MAP_KEY,
	PTR_TO_STACK,
	PTR_TO_PACKET_META,
	PTR_TO_PACKET,
	PTR_TO_PACKET_END,
	PTR_TO_FLOW_KEYS,
	PTR_TO_SOCKET,
	PTR_TO_SOCK_COMMON,
	PTR_TO_TCP_SOCK,
	PTR_TO_TP_BUFFER,
	PTR_TO_XDP_SOCK,
	PTR_TO_BTF_ID,
	PTR_TO_MEM,
	PTR_TO_BUF,
	PTR_TO_FUNC,
	PTR_TO_ARENA,
	CONST_PTR_TO_DYNPTR,   /* a callback's read-only bpf_dynptr argument */
	REG_TYPE__COUNT
};

/* Modifiers of a pointer type. */
enum {
	PTR_MAYBE_NULL = 1u << 0,
	MEM_RDONLY = 1u << 1,
	MEM_RINGBUF = 1u << 2,
	MEM_ALLOC = 1u << 3,
	PTR_TRUSTED = 1u << 4,
	PTR_UNTRUSTED = 1u << 5,
	MEM_RCU = 1u << 6,
	MEM_PKT_SLICE = 1u << 7,   /* memory of a skb/xdp dynptr slice: dies with packet pointers */
	MEM_USER = 1u << 8,        /* a kernel pointer to user memory (__user) */
	MEM_PERCPU = 1u << 9,      /* a per-CPU kernel pointer (__percpu) */
	NON_OWN_REF = 1u << 10,    /* MEM_ALLOC: an object a list or tree owns, usable while its lock is held */
	BTF_LOCAL = 1u << 11,      /* PTR_TO_BTF_ID of the program's BTF without MEM_ALLOC (an
				    * untrusted kptr to its own struct); the log does not show it */
};

struct vmap; /* a map as the verifier knows it: see verifier.h */

struct reg_state {
	uint8_t type;          /* enum reg_type */
	uint8_t precise;       /* its exact value matters somewhere */
	uint16_t flags;        /* PTR_MAYBE_NULL, ... */
	int32_t off;           /* fixed part of a pointer's offset */
	struct tnum var_off;   /* variable part (scalars: the value) */
	int64_t smin, smax;
	uint64_t umin, umax;
	int32_t s32_min, s32_max;
	uint32_t u32_min, u32_max;
	uint32_t id;           /* scalars sharing a value; pointers that are
				* null together; packet pointers with one range */
	uint32_t ref_obj_id;   /* acquired reference this pointer holds */
	uint32_t frameno;      /* PTR_TO_STACK: whose frame */
	uint32_t dynptr_id;    /* PTR_TO_MEM: the dynptr this is a slice of (dies with it) */
	union {
		const struct vmap *map;     /* map pointers, map values */
		int32_t range;              /* packet pointers: bytes known in bounds */
		uint32_t mem_size;          /* PTR_TO_MEM */
		uint32_t subprog;           /* PTR_TO_FUNC */
		uint32_t dynptr_type;       /* CONST_PTR_TO_DYNPTR: DYNPTR_* */
		uint32_t btf_id;            /* PTR_TO_BTF_ID: in the kernel's BTF, or
					     * with MEM_ALLOC in the program's */
	} u;
	const char *btf_name;  /* PTR_TO_BTF_ID: the struct it points to */
	/* provenance, for explanations */
	int32_t def_insn;      /* instruction that last wrote it, -1: entry */
	int32_t bound_insn;    /* instruction that last narrowed its bounds */
	int32_t stale_insn;    /* the call that made this pointer a number: a helper that
				* moves the packet, a release, the unlock of a list's lock */
};

/* What one byte of a stack slot holds. */
enum {
	STACK_INVALID = 0,
	STACK_SPILL,
	STACK_MISC,
	STACK_ZERO,
	STACK_DYNPTR,
	STACK_ITER,
};

/* Kinds of bpf_dynptr (kept in the two stack slots that hold one). */
enum { DYNPTR_NONE = 0, DYNPTR_LOCAL, DYNPTR_RINGBUF, DYNPTR_SKB, DYNPTR_XDP };

struct stack_slot {
	/* The register the slot keeps: what a STACK_SPILL slot holds; for a
	 * dynptr or an iterator its id, ref_obj_id and flags.  NULL when it
	 * keeps none.  Not inline, and shared between copies of a state until
	 * one of them changes it (slot_reg): a state's stack is copied for
	 * every pushed branch and explored state, and inline registers were
	 * most of the verifier's memory.  Read-only here: write through
	 * slot_reg(). */
	const struct reg_state *spilled;
	uint8_t type[BPF_REG_SIZE]; /* per byte, [0] is the highest address (fp-1 in slot 0), as the kernel */
	uint8_t dynptr_type;        /* STACK_DYNPTR: DYNPTR_* */
	uint8_t dynptr_first;       /* STACK_DYNPTR: the lower slot of the two, which names it */
	uint8_t iter_state;         /* STACK_ITER: ITER_ACTIVE or ITER_DRAINED */
	uint8_t iter_kind;          /* STACK_ITER: ITER_KIND_* */
	uint32_t iter_depth;        /* STACK_ITER: iterations walked on this path */
};

enum { ITER_KIND_NUM = 0, ITER_KIND_BITS, ITER_KIND_TASK_VMA, ITER_KIND_TASK, ITER_KIND_CSS, ITER_KIND_CSS_TASK,
       ITER_KIND_KMEM_CACHE, ITER_KIND_DMABUF };

enum { ITER_INVALID = 0, ITER_ACTIVE, ITER_DRAINED };

/* A slot's register.  slot_reg gives one the slot owns alone, to change:
 * made NOT_INIT on first use, copied when shared; NULL only when out of
 * memory.  slot_peek reads a slot that keeps none as NOT_INIT; slot_drop
 * forgets it. */
struct reg_state *slot_reg(struct stack_slot *s);
const struct reg_state *slot_peek(const struct stack_slot *s);
void slot_drop(struct stack_slot *s);

struct func_state {
	struct reg_state regs[MAX_BPF_REG];
	int frameno;
	int callsite;            /* instruction that called this frame */
	int subprog;
	int in_callback;         /* a callback of bpf_loop and kin */
	int callback_ret_min, callback_ret_max;
	uint32_t callback_depth;  /* callbacks pushed from this frame's current call */
	int async_callback;
	uint32_t async_entry_cnt; /* async callbacks entered to reach this one (0 elsewhere) */
	struct stack_slot *stack;
	int allocated_stack;     /* bytes, a multiple of 8 */
};

/* One step of a state's history that backtracking cannot infer: a jump
 * (prev_idx is where it came from), a stack access (which slot), or the
 * scalars linked at a conditional jump. */
struct hist_ent {
	uint32_t idx, prev_idx;
	uint32_t flags;             /* HIST_STACK | frame << 8 | spi */
	uint64_t linked;            /* packed (frame, reg or slot) list */
};
#define HIST_STACK (1u << 16)
/* a conditional jump compared a stack pointer: that side has no value to
 * make precise, and backtracking leaves it out (6.13's rule) */
#define HIST_SRC_STACK (1u << 17)
#define HIST_DST_STACK (1u << 18)

enum { REF_PTR = 0, REF_LOCK = 1 };
#define LOCK_IN_ALLOC (-2)

struct ref_state {
	uint32_t id;
	int insn;
	int type;                /* REF_PTR, or REF_LOCK: a bpf_spin_lock held */
	int map;                 /* REF_LOCK: the map whose value holds it, or
				  * LOCK_IN_ALLOC for an object of the program's */
};

struct vstate {
	struct func_state *frame[MAX_CALL_FRAMES];
	int curframe;
	struct ref_state *refs;
	int n_refs;
	uint32_t insn_idx;          /* where this state is (pushed branches) */
	uint32_t prev_insn_idx;
	int speculative;
	int cleaned;                /* dead registers and slots dropped */
	int in_sleepable;
	int active_locks, active_rcu;
	int active_preempt;         /* bpf_preempt_disable() calls not yet undone */
	uint32_t may_goto_depth;
	uint32_t callback_unroll_depth;
	uint32_t dfs_depth;         /* checkpoints above this state on its path */
	/* bookkeeping for pruning and path reconstruction */
	struct vstate *parent;
	uint32_t branches;          /* children still being explored */
	int retired;                /* evicted from its list; freed when branches reach 0 */
	int32_t first_insn;         /* where this state's history starts */
	int32_t last_insn;          /* the instruction before the current one */
	struct hist_ent *hist;      /* non-linear steps since first_insn */
	uint32_t hist_len, hist_cap;
};

/* ---- register helpers ---- */

void reg_mark_unknown(struct reg_state *r);
void reg_mark_not_init(struct reg_state *r);
void clobber_caller_saved(struct reg_state *regs);
void reg_mark_known(struct reg_state *r, uint64_t v);
void reg_mark_ptr(struct reg_state *r, enum reg_type t);
void reg_bounds_unbounded(struct reg_state *r);
void reg_bounds_sync(struct reg_state *r);
void reg_bounds_from_var_off(struct reg_state *r);
bool reg_is_const(const struct reg_state *r);
bool reg_is_pointer(const struct reg_state *r);
bool reg_is_null(const struct reg_state *r);    /* the number 0 */
bool reg_null_or_maybe(const struct reg_state *r); /* 0, or a pointer that may be NULL */
bool reg_is_trusted(const struct reg_state *r); /* a kernel pointer the verifier trusts */
void reg_zext32(struct reg_state *r);           /* 32-bit result: upper half 0 */
void reg_assign_32_into_64(struct reg_state *r); /* after a zext */
void reg_set_s32_from_64(struct reg_state *r);

/* ---- states ---- */

struct vstate *vstate_new(void);
struct vstate *vstate_clone(const struct vstate *src);
void vstate_free(struct vstate *s);
int vstate_grow_stack(struct func_state *f, int size);
struct func_state *func_state_new(int frameno, int callsite, int subprog);
void func_state_free(struct func_state *f);

#endif
