/* The verifier's working state, shared by the files of src/verifier.  Not
 * part of the public API.
 *
 * The walk follows the kernel's: depth first, the fall-through of a
 * conditional jump first with the other side pushed on a stack, states
 * remembered at prune points and a new path abandoned when a remembered
 * state covers it. */
#ifndef BPFVET_VERIFIER_H
#define BPFVET_VERIFIER_H

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "bpfvet/insn.h"
#include "bpfvet/verify.h"
#include "util/btf_util.h"
#include "util/util.h"
#include "verifier/state.h"

struct btf;
struct btf_type;

/* Map types and flags the rules mention (uapi values). */
enum {
	BPF_MAP_TYPE_HASH = 1, BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_PROG_ARRAY, BPF_MAP_TYPE_PERF_EVENT_ARRAY,
	BPF_MAP_TYPE_PERCPU_HASH, BPF_MAP_TYPE_PERCPU_ARRAY, BPF_MAP_TYPE_STACK_TRACE, BPF_MAP_TYPE_CGROUP_ARRAY,
	BPF_MAP_TYPE_LRU_HASH, BPF_MAP_TYPE_LRU_PERCPU_HASH, BPF_MAP_TYPE_LPM_TRIE, BPF_MAP_TYPE_ARRAY_OF_MAPS,
	BPF_MAP_TYPE_HASH_OF_MAPS, BPF_MAP_TYPE_DEVMAP, BPF_MAP_TYPE_SOCKMAP, BPF_MAP_TYPE_CPUMAP,
	BPF_MAP_TYPE_XSKMAP, BPF_MAP_TYPE_SOCKHASH, BPF_MAP_TYPE_CGROUP_STORAGE,
	BPF_MAP_TYPE_REUSEPORT_SOCKARRAY, BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE, BPF_MAP_TYPE_QUEUE,
	BPF_MAP_TYPE_STACK, BPF_MAP_TYPE_SK_STORAGE, BPF_MAP_TYPE_DEVMAP_HASH, BPF_MAP_TYPE_STRUCT_OPS,
	BPF_MAP_TYPE_RINGBUF, BPF_MAP_TYPE_INODE_STORAGE, BPF_MAP_TYPE_TASK_STORAGE, BPF_MAP_TYPE_BLOOM_FILTER,
	BPF_MAP_TYPE_USER_RINGBUF, BPF_MAP_TYPE_CGRP_STORAGE, BPF_MAP_TYPE_ARENA,
};
#define BPF_F_RDONLY_PROG (1u << 7)
#define BPF_F_WRONLY_PROG (1u << 8)

/* A kernel pointer field in a map value or in an object of the program's
 * (kptr.c). */
#define MAX_KPTR_FIELDS 11 /* the kernel's limit: a value with more has none it knows */
enum { KPTR_UNREF = 1, KPTR_REF, KPTR_PERCPU, KPTR_UPTR };
struct kptr_field {
	uint32_t off;
	uint8_t kind;             /* KPTR_* */
	uint8_t local;            /* to a struct of the program's own BTF (bpf_obj_new) */
	uint32_t btf_id;          /* the struct in the kernel's BTF, or the program's if local;
				   * 0: neither (not modelled) */
	const char *name;
};
struct kptr_rec {
	struct kptr_field f[MAX_KPTR_FIELDS];
	int n, overflow;
	const char *declared_only; /* a kptr tag on a struct only declared: no field */
};

/* The kernel's own fields in a struct of the program's (a map value, a
 * global data section, an object of bpf_obj_new): the lock, the heads of
 * lists and roots of trees with what they hold, the nodes (graph.c). */
enum { GF_SPIN_LOCK = 1, GF_LIST_HEAD, GF_LIST_NODE, GF_RB_ROOT, GF_RB_NODE, GF_REFCOUNT };
#define MAX_GRAPH_FIELDS 16
struct graph_field {
	uint32_t off;
	uint8_t kind;             /* GF_* */
	uint32_t value_id;        /* heads, roots: the struct they hold (program BTF), 0 if unknown */
	uint32_t node_off;        /* ... and where its node is */
	const char *value_name;
};
struct graph_rec {
	int spin_lock_off;        /* -1: none */
	int refcount_off;         /* -1: none */
	int n;
	struct graph_field f[MAX_GRAPH_FIELDS];
	struct kptr_rec kptrs;    /* objects only: their kptr fields */
};

/* A map as the verifier sees it. */
struct vmap {
	int index;
	const char *name;         /* as the kernel keeps it (kname) */
	char kname[16];
	uint32_t type, key_size, value_size, max_entries, map_flags;
	int readonly;             /* frozen: reads of constants are known */
	int readonly_prog;        /* BPF_F_RDONLY_PROG */
	int inner_of_template;    /* only a template for an outer map */
	const uint8_t *data;      /* frozen contents (.rodata), or NULL */
	size_t data_size;
	const struct vmap *inner_of; /* maps of maps: the inner map */
	int has_btf;              /* created with BTF for its key and value */
	int spin_lock_off;        /* struct bpf_spin_lock in the value, or -1 */
	int timer_off;            /* struct bpf_timer in the value, or -1 */
	int wq_off;               /* struct bpf_wq in the value, or -1 */
	struct kptr_rec kptrs;
	struct graph_rec *graph;  /* lists and trees in the value, or NULL */
	int graph_refused;        /* a head or root the kernel could not follow: no special fields */
};

/* Argument kinds of helpers. */
enum {
	A_NONE = 0, A_ANYTHING, A_MAP, A_KEY, A_VALUE, A_UNINIT_VALUE, A_VALUE_OR_NULL, A_MEM, A_MEM_OR_NULL,
	A_UNINIT_MEM, A_UNINIT_MEM_OR_NULL, A_SIZE, A_SIZE_OR_ZERO, A_CTX, A_CTX_OR_NULL, A_SOCK_COMMON,
	A_SOCKET, A_BTF_SOCK_COMMON, A_LONG, A_INT, A_FUNC, A_STACK_OR_NULL, A_CONST_STR, A_RINGBUF_MEM,
	A_ALLOC_SIZE_OR_ZERO, A_TIMER, A_SPIN_LOCK, A_DYNPTR, A_UNINIT_DYNPTR, A_BTF_ID, A_PERCPU_BTF_ID, A_KPTR,
	A_FIXED_MEM, A_UNINIT_FIXED_MEM,
	A_RW_MEM, A_RW_FIXED_MEM,   /* read, then written by the helper (the kernel's MEM_WRITE) */
	A_RW_MEM_OR_NULL,
	A_SOCKET_OR_NULL,           /* a full socket, or NULL */
	A_BTF_SOCK_OR_NULL,         /* a kernel struct sock, or NULL */
	A_BTF_ID_OR_NULL,           /* a kernel struct of the helper's type, or NULL (local storage) */
};

/* A buffer argument the helper writes into: filled (uninit) or read and
 * rewritten (MEM_WRITE).  No kernel struct may be one; the stack under it
 * holds unknown bytes after the call. */
static inline bool arg_kind_writes(int kind)
{
	return kind == A_UNINIT_MEM || kind == A_UNINIT_MEM_OR_NULL || kind == A_UNINIT_FIXED_MEM ||
	       kind == A_RW_MEM || kind == A_RW_MEM_OR_NULL || kind == A_RW_FIXED_MEM;
}
/* Memory arguments the kernel types without MEM_RDONLY: those it lets
 * write, and a map's key and value (bpf_map_lookup_elem(&m, &task->pid)
 * is refused as a possible write).  Read-only memory is refused for them
 * too. */
static inline bool arg_kind_not_rdonly(int kind)
{
	return arg_kind_writes(kind) || kind == A_KEY || kind == A_VALUE || kind == A_UNINIT_VALUE ||
	       kind == A_VALUE_OR_NULL;
}
/* Return kinds. */
enum {
	R_INTEGER = 0, R_VOID, R_MAP_VALUE_OR_NULL, R_MAP_VALUE, R_SOCKET_OR_NULL, R_TCP_SOCK_OR_NULL,
	R_SOCK_COMMON_OR_NULL, R_RINGBUF_MEM_OR_NULL, R_BTF_ID, R_BTF_ID_OR_NULL, R_MEM_OR_NULL, R_PERCPU_BTF_ID,
	R_BTF_ID_PLAIN,             /* neither trusted nor NULL: bpf_task_pt_regs' ptr_pt_regs */
};
/* What else a helper does. */
enum {
	HF_PKT_ACCESS = 1u << 0,  /* may be given packet pointers */
	HF_CHANGES_PKT = 1u << 1, /* may move packet data: packet pointers die */
	HF_ACQUIRE = 1u << 2,     /* returns a reference to release */
	HF_RELEASE = 1u << 3,     /* releases the reference in arg 1 */
	HF_RET_MSIZE = 1u << 4,   /* returns at most the size passed */
	HF_RET_CPU = 1u << 5,     /* returns a CPU number */
	HF_PTR_CAST = 1u << 6,    /* returns its argument seen as another type: same reference */
};

struct helper_proto {
	const char *name;
	uint8_t ret;
	uint8_t flags;
	uint8_t args[5];
	uint8_t fixed_size;       /* A_FIXED_MEM bytes */
	uint8_t fixed_size2;      /* a second A_FIXED_MEM argument's, when they differ */
	const char *ret_btf;      /* struct a BTF pointer return points to */
};

const struct helper_proto *helper_proto(int32_t id);
/* the bytes a fixed-size memory argument (arg 0..4) of fn takes */
int helper_fixed_size(const struct helper_proto *fn, int arg);
/* The map types a helper is limited to (name without bpf_), NULL if any. */
const uint32_t *helper_map_types(const char *helper, size_t *n);

/* A context load: what the loaded register becomes. */
struct ctx_load {
	int type;
	bool is_retval;           /* an LSM program's read of the hook's return value */
	uint16_t flags;
	uint32_t btf_id;
	const char *btf_name;
};

struct subprog {
	uint32_t start;
	uint32_t end;             /* one past the last instruction */
	int stack_depth;          /* bytes, rounded as the kernel rounds them */
	int has_tail_call;
	int has_ld_abs;
	int is_global;            /* verified on its own (BTF_FUNC_GLOBAL) */
	int called;               /* a call to it was verified */
	int verified;
	const char *name;         /* from BTF, "" without */
	int is_callback;
	int is_async_cb;           /* a timer or the exception callback: a call chain of its own */
	int is_exception_cb;       /* the exception callback: runs after bpf_throw */
	int exit_idx;
	int btf_unreliable;        /* a call did not fit its BTF prototype: not checked again */
	int fastcall_off;          /* bpf_fastcall pairs lie below this offset (fastcall.c) */
	int keep_fastcall_stack;   /* ... but a call the kernel does not inline has some */
};

/* Per instruction facts gathered before and during the walk. */
struct insn_aux {
	uint8_t prune_point;
	uint8_t jmp_point;
	uint8_t jump_target;       /* of a jump or a call (not a call's return) */
	uint8_t force_checkpoint;
	uint8_t calls_callback;    /* a helper call that runs a callback */
	uint8_t iter_next;         /* a call of an open-coded iterator's _next() */
	uint8_t nospec;            /* a speculative path failed here: fenced */
	uint8_t alu_state;         /* !root pointer arithmetic: how it is masked */
	uint32_t alu_limit;
	uint8_t loop_inline_init, loop_inline_ok; /* bpf_loop: kernel would inline it */
	uint8_t fastcall_pattern;  /* a spill or fill of a bpf_fastcall pair */
	uint8_t fastcall_spills;   /* a call whose pairs the kernel removes: how many */
	int loop_inline_cb;
	uint8_t seen;
	uint8_t ptr_kind;         /* kind of pointer loads/stores used here */
	uint16_t live_before;
	uint32_t subprog;
	uint32_t scc;              /* loop (strongly connected component) number, 0 if none */
	struct bv_decoded dec;
};

/* A visit of a loop through one chain of call sites (scc.c). */
struct scc_visit {
	uint32_t cc[MAX_CALL_FRAMES + 1];
	int len;
	struct vstate *entry;      /* the checkpoint that opened it, or NULL */
	long backedges;            /* loops closed in it while its marks are not final */
	struct backedge {
		struct vstate *st;     /* the state that closed the loop (a copy) */
		const struct vstate *equal; /* the state it matched */
		uint32_t insn;
	} *be;
	size_t n_be, cap_be;
};

struct explored {
	struct vstate *st;
	struct explored *next;
	uint32_t miss_cnt, hit_cnt;
};

struct stack_elem {
	struct vstate *st;
	uint32_t insn_idx, prev_insn_idx;
	uint32_t log_pos;
	uint64_t trail_pos;          /* steps of the path up to the branch */
};

/* The steps of the current path, for explanations: a ring of the last
 * `cap` register files, positions counted from the path's start. */
/* One step as walked: the register file raw, turned into the public
 * form only for the steps a rejection keeps (a walk of a million steps
 * would otherwise spend most of its time naming register types). */
struct trail_step {
	uint32_t insn;
	int frame;
	struct reg_state regs[MAX_BPF_REG];
};

struct trail {
	struct trail_step *ring;
	uint32_t cap;
	uint64_t pos;                /* steps on the current path */
	uint64_t valid_from;         /* older positions were overwritten */
};

struct ctx_layout;

struct venv {
	bool nomem;                         /* a step that cannot fail ran out of memory:
					     * do_check stops with -ENOMEM */
	const struct bv_object *obj;
	const struct ctx_layout *ctx;
	const struct btf_type *attach_proto; /* tp_btf, iter, struct_ops: what the context holds */
	const char *attach_name;
	const struct st_ops_member *st_ops; /* struct_ops: the member attached to */
	bool st_ops_void;                   /* ... returns nothing */
	struct bv_disasm_names names;
	const struct bv_prog *prog;
	const struct bv_insn *insns;
	size_t n;
	uint32_t prog_type;
	uint32_t attach_type;
	int gpl;
	int priv;                /* CAP_BPF + CAP_PERFMON */
	int log_level;
	uint64_t insn_limit;
	struct insn_aux *aux;
	struct subprog *subprogs;
	int n_subprogs;
	struct vmap *maps;
	struct vmap *metas;          /* per map of maps: its inner map as lookups see it */
	size_t n_maps;
	struct vstate *cur;
	uint32_t insn_idx;
	int64_t prev_insn_idx;
	struct stack_elem *stack;
	size_t stack_len, stack_cap;
	struct explored **explored;  /* per instruction */
	uint32_t *bucket_cnt;        /* states per kernel hash bucket (see bucket_of) */
	struct scc_visit *visits;
	struct vstate **deferred;    /* states of unfinished loops, freed at the end */
	long precise_marks;          /* scalars marked precise in remembered states so far */
	size_t n_deferred, cap_deferred;
	size_t n_visits, cap_visits;
	long processed, total_states, peak_states, cur_states, max_states_per_insn;
	uint32_t id_gen;
	struct bv_buf log;
	char msg[512];               /* the error line */
	char detail[256];            /* a line said just before it (vdetail) */
	long err_insn;
	int pass_cnt;
	int seen_direct_write;
	int has_tail_call;
	int exc_cb;                  /* subprogram of the exception callback, 0 for none */
	bool threw;                  /* the call just checked was bpf_throw */
	bool seen_exception;         /* ... some call was */
	const struct bv_line_info *prev_linfo;
	int prev_printed_insn;
	int print_state;             /* print the whole state before the next insn */
	bool print_from;             /* a path was just popped: print where from */
	int all_precise;             /* compare every scalar exactly when pruning */
	uint16_t scratched_regs;     /* touched since the last state print */
	uint64_t scratched_stack;
	size_t prev_log_pos, prev_insn_print_pos;
	long jmps_processed, prev_jmps_processed, prev_insn_processed;
	long path_steps;
	struct trail trail;
	bool priv_stack;             /* the JIT's private stacks apply */
	int arena;                   /* index of the program's arena map, -1: none */
	bool explore_alu_limits;     /* !root masking: compare scalars exactly */
	bool allow_uninit_stack;     /* privileged reads of unwritten stack (6.3+) */
	bool no_const_key_nonnull;   /* judging for a release before 6.14 */
	int possible_cpus;           /* 0: this machine's */
	bool no_untrusted_mem;       /* judging for a release before 6.17 */
	bool default_trusted;        /* every kfunc argument trusted (bv_verify_opts) */
	bool flex_elem_untrusted;    /* a flexible array's element points untrusted */
	bool no_lsm_retval_range;    /* ... before 6.12: LSM programs return anything */
	bool no_private_stack;       /* ... before 6.13 */
	long stats_usec;
	int max_tp_access;
	char unsupported[256];       /* what bpfvet cannot judge yet */
	int64_t hist_ent_insn;       /* instruction the last history entry is for */
	struct live_stack *ls;       /* stack slots that may still be read (live_stack.c) */
	struct graph_rec **local_recs; /* per program BTF type: its kernel fields, computed on use */
	uint32_t n_local_recs;
};

/* ---- errors and the log ---- */

/* Record the kernel's error line (and, in the log, print it). */
/* How the program's type may call helper id: '.' not at all, 'g' GPL only, ... */
char allowed_code(const struct venv *env, int32_t id);
/* prune.c: argument registers helper id reads as the kernel sees it (5
 * when the program type has no prototype for it) */
int helper_nargs(const struct venv *env, int32_t id);
int sanitize_scalar(struct venv *env, const struct bv_insn *insn);

/* record.c */
void export_reg(const struct venv *env, const struct reg_state *r, struct bv_vreg *out);
void trail_record(struct venv *env);
void trail_restore(struct venv *env, uint64_t pos);
int record_result(struct venv *env, struct bv_verify_result *res);

/* btf_walk.c */
const struct btf *kernel_btf(const struct venv *env);
uint32_t kernel_struct_id(struct venv *env, const char *name);
const char *kernel_type_name(const struct venv *env, uint32_t id);
bool btf_ids_match(struct venv *env, uint32_t id, int off, uint32_t need_id);
void reg_set_btf(struct venv *env, struct reg_state *r, const char *name);
void var_off_str(char *buf, size_t size, struct tnum t);
void invalidate_regs(struct venv *env, bool (*pick)(const struct reg_state *r, uint32_t key), uint32_t key);
int map_ptr_access(struct venv *env, struct reg_state *regs, int regno, int off, int size, bool write,
		   int value_regno);
const char *map_struct_name(uint32_t map_type);
int btf_ptr_access(struct venv *env, struct reg_state *regs, int regno, int off, int size, bool write,
		   int value_regno);

/* ctx_btf.c: tracing programs typed by BTF; iter_table.c */
struct iter_arg {
	const char *target;   /* "task" for iter/task */
	int off;
	const char *kind;     /* the kernel's name of the register type */
};
extern const struct iter_arg iter_args[];

/* struct_ops_table.c (generated): per struct_ops member, the kernel's
 * refusal of any program attached to it (NULL: none), plain and sleepable,
 * and how it types each argument read from the context (the log's name of
 * the register type, "scalar" for numbers) */
struct st_ops_member {
	const char *st, *member;
	const char *err, *err_sleepable;
	const char *args[12];
};
extern const struct st_ops_member st_ops_members[];
/* ... and which bytes of the structs its arguments point to a struct_ops
 * type's programs may write: rows with end > 0 are ranges (written from
 * their start, or anywhere when inner); the row with
 * end 0 holds the kernel's messages, {off}/{size}/{end} to fill in */
struct st_ops_write {
	const char *st, *type;
	uint32_t start, end;
	int inner;            /* a write may start inside the range */
	const char *deny, *beyond;
};
extern const struct st_ops_write st_ops_writes[];
bool btf_ctx_modelled(const struct venv *env);
int tracing_ctx_init(struct venv *env);
/* attach.c: fentry, fexit and fmod_ret, run from a trampoline */
bool prog_has_trampoline(const struct venv *env);
bool lsm_hook_sleepable(const struct venv *env);
bool lsm_name_sleepable(const char *hook);
bool lsm_args_trusted(const struct venv *env);
bool lsm_hook_void(const struct venv *env);   /* an LSM program on a void hook */
bool lsm_cgroup(const struct venv *env);
bool lsm_cgroup_sockopt(const struct venv *env);
bool lsm_return_range(const struct venv *env, int *lo, int *hi);
int trampoline_target_init(struct venv *env);
bool helper_allowed_here(const struct venv *env, int32_t id);
int struct_ops_init(struct venv *env);
int struct_ops_write(struct venv *env, const char *type, int off, int size);
int btf_ctx_access(struct venv *env, int off, int size, bool write, struct ctx_load *ld);

/* kfunc_table.c: flags of the kfuncs modelled from their prototypes */
enum {
	KFF_ACQUIRE = 1u << 0,      /* returns a reference to release */
	KFF_RELEASE = 1u << 1,      /* releases the reference its argument holds */
	KFF_RET_NULL = 1u << 2,     /* may return NULL */
	KFF_TRUSTED_ARGS = 1u << 3, /* pointer arguments must be trusted */
	KFF_RCU = 1u << 4,          /* ... or RCU-protected */
	KFF_RET_RDWR = 1u << 5,     /* the memory it returns may be written */
	KFF_DEV_BOUND = 1u << 6,    /* only a program bound to a device may call it */
	KFF_RCU_PROTECTED = 1u << 7, /* only inside an RCU read section */
};
enum { KS_NONE = 0, KS_RCU_LOCK, KS_RCU_UNLOCK, KS_PREEMPT_DISABLE, KS_PREEMPT_ENABLE, KS_RDONLY_CAST,
       KS_CAST_KERN_CTX, KS_THROW,
       KS_WQ_CALLBACK, /* bpf_wq_set_callback_impl(): an async callback that may sleep */
       KS_ITER, /* an open-coded iterator's _new, _next or _destroy (kfunc.c) */
       /* objects, lists and trees (graph.c) */
       KS_OBJ_NEW, KS_OBJ_DROP, KS_REFCOUNT_ACQUIRE, KS_LIST_PUSH, KS_LIST_POP, KS_LIST_PEEK, KS_RB_ADD,
       KS_RB_REMOVE, KS_RB_FIRST };
struct kfunc_info {
	const char *name;
	unsigned flags;
	int special;                /* KS_*: a behaviour of its own */
};
const struct kfunc_info *kfunc_info(const char *name);
/* Its flags as the kernel judged for applies them: with default_trusted
 * (mainline 6.19, and this machine's 6.18.44 build until 2026-11-24)
 * every kfunc's pointer arguments must be trusted, as KF_TRUSTED_ARGS
 * used to ask (observed then: NULL for bpf_copy_from_user_str's buffer,
 * "Possibly NULL pointer passed to trusted arg0"); the later build asks
 * it only where flagged (NULL for bpf_crypto_ctx_create's `err`
 * accepted, NULL for bpf_cast_to_kern_ctx's context "arg#0 expected
 * pointer to ctx, but got scalar") */
unsigned kfunc_flags(const struct venv *env, const struct kfunc_info *kf);
/* NULL (or maybe NULL) where such a kernel wants a trusted pointer: the
 * check comes before any other of a pointer argument */
bool kfunc_null_to_trusted(const struct venv *env, const struct reg_state *r);
char kfunc_allowed(const struct venv *env, const char *name);
bool kfunc_registered(const char *name);
char kfunc_lsm_only(const char *name); /* the LSM-only fs kfuncs: allow char, 0 */
bool sleepable_map(uint32_t type);      /* cfg.c: a map type a sleepable program may use */
bool kfunc_tables_sorted(void); /* for the tests */
int check_proto_kfunc(struct venv *env, const struct kfunc_info *kf, uint32_t idx);
int proto_kfunc_nargs(const struct venv *env, uint32_t idx, const char *name);
/* the kernel's BTF prototype of the kfunc called at idx, NULL */
const struct btf_type *kfunc_proto(const struct venv *env, uint32_t idx, const char *name);

/* fastcall.c */
void mark_fastcall_patterns(struct venv *env);
void fastcall_stack_access(struct venv *env, int subprog, uint32_t idx, int off);
void remove_fastcall_pairs(struct venv *env);

/* kptr.c */
void find_kptrs(struct venv *env, struct kptr_rec *k, const struct btf *btf, uint32_t type_id);
void map_find_kptrs(struct venv *env, struct vmap *v, uint32_t value_type_id);
int check_kptr_overlap(struct venv *env, const struct reg_state *r, int off, int size, bool direct);
int check_kptr_access(struct venv *env, const struct reg_state *r, int off, int value_regno,
		      const struct bv_insn *insn);
void note_borrowed_object(struct venv *env, const struct reg_state *r);
int kptr_match_type(struct venv *env, const struct kptr_field *f, const struct reg_state *r, int regno);
int check_kptr_xchg_dest(struct venv *env, const struct reg_state *r, int regno, const struct kptr_field **out);
bool in_rcu_cs(const struct venv *env);

/* btf_args.c */
enum { FARG_ANY, FARG_CTX, FARG_MEM, FARG_DYNPTR, FARG_ARENA, FARG_BTF, FARG_UNTRUSTED_MEM };
struct func_args {
	int n;
	uint8_t kind[5];
	uint32_t mem_size[5];
	uint8_t nonnull[5];      /* __arg_nonnull: memory that is never NULL */
	uint32_t btf_id[5];      /* FARG_BTF: the kernel's type */
	uint16_t ptr_flags[5];   /* FARG_BTF: PTR_TRUSTED (| PTR_MAYBE_NULL) or PTR_UNTRUSTED */
};
void log_main_args(struct venv *env);
void log_static_call_args(struct venv *env, int sp);
int btf_struct_field_off(const struct bv_object *obj, uint32_t type_id, const char *name);
void mark_global_subprogs(struct venv *env);
bool prog_has_func_info(const struct venv *env);
bool subprog_is_static(const struct venv *env, int sp);
int check_early_exit_returns(struct venv *env);
/* 0, or the kernel's failure (its log line printed), or unsupported */
int global_func_args(struct venv *env, int sp, struct func_args *out);
const struct btf *prog_btf(const struct venv *env);

/* exception.c */
long find_exception_cb(struct venv *env);
int check_exception_cb_args(struct venv *env, const struct func_args *a);
int throw_exit(struct venv *env);

/* scc.c */
int insn_succs(const struct venv *env, uint32_t i, uint32_t out[2]);
int compute_scc(struct venv *env);
int scc_enter(struct venv *env, struct vstate *st);
void scc_exit(struct venv *env, struct vstate *st);
void scc_backedge(struct venv *env, const struct vstate *st);
bool scc_incomplete(struct venv *env, const struct vstate *st);
int defer_free(struct venv *env, struct vstate *st);
void propagate_precision_from(struct venv *env, struct vstate *cur, uint32_t insn, const struct vstate *old);

void vlog_unput_newline(struct venv *env);
void vdetail(struct venv *env, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void vdetail_keep_msg(struct venv *env);
int verr_detail(struct venv *env, int code);
int verr(struct venv *env, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int verr_prog(struct venv *env, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* cond.c: bounds that contradict each other reported as the kernel's
 * "REG INVARIANTS VIOLATION (ctx)" and reset (the bits kept) */
void reg_sanity_check(struct venv *env, struct reg_state *r, const char *ctx);
/* jit_split.c: the program split into functions once dead code is gone */
int check_jit_split(struct venv *env);
void vlog(struct venv *env, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool vlog_on(const struct venv *env);
void vlog_reset(struct venv *env, size_t pos);
void log_insn(struct venv *env, uint32_t idx);
void log_linfo(struct venv *env, uint32_t idx);
void log_insn_state(struct venv *env);
void log_frame(struct venv *env, const struct vstate *st, int frameno, bool all);
void log_reg(struct bv_buf *b, const struct venv *env, const struct reg_state *r, int frameno);
const char *reg_type_str(const struct venv *env, const struct reg_state *r, char *buf, size_t size);
const char *dynptr_kind_name(int kind); /* "local", "ringbuf", "skb", "xdp" */
const char *reg_type_name(int type, unsigned flags, char *buf, size_t size);
/* Record that bpfvet cannot judge this program (returns -EOPNOTSUPP). */
int unsupported(struct venv *env, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- structure: cfg.c ---- */

int check_structure(struct venv *env);

/* ---- registers and scalars: regs.c, alu.c ---- */

struct func_state *cur_frame(struct venv *env);
struct reg_state *cur_regs(struct venv *env);
int check_reg_read(struct venv *env, int regno);
int check_reg_write(struct venv *env, int regno);
void mark_reg_unknown(struct venv *env, struct reg_state *regs, int regno);
void mark_reg_known_zero(struct venv *env, struct reg_state *regs, int regno);
int check_alu(struct venv *env, const struct bv_insn *insn, const struct bv_form *f);
uint32_t new_id(struct venv *env);
bool is_pointer_value(const struct venv *env, int regno);
void scalar_set_const(struct reg_state *r, uint64_t v);
int adjust_ptr_scalar(struct venv *env, const struct bv_insn *insn, struct reg_state *dst,
		      const struct reg_state *ptr, const struct reg_state *off, int op);
void scalar_add_bounds(struct reg_state *d, const struct reg_state *s);
int mark_precise(struct venv *env, int regno); /* -EFAULT: the kernel's own "verifier bug" */
void mark_precise_slot(struct venv *env, int frameno, int spi);
void propagate_precision(struct venv *env, const struct vstate *old);
int mark_all_imprecise(struct vstate *st);
void hist_push(struct venv *env, uint32_t flags, uint64_t linked);
/* Scalars linked by id at a conditional jump (at most six, live ones). */
struct linked_regs {
	int n;
	struct {
		uint8_t frame, idx, is_reg;
	} e[6];
};
int collect_linked(const struct venv *env, struct vstate *st, uint32_t id, struct linked_regs *l);
uint64_t pack_linked(const struct linked_regs *l);

/* ---- branches: cond.c ---- */

int check_cond_jmp(struct venv *env, const struct bv_insn *insn, const struct bv_form *f,
		   uint32_t *next_idx);
int branch_taken(const struct reg_state *r1, const struct reg_state *r2, uint8_t op, bool j32);
void for_each_reg(struct venv *env, struct vstate *st, void (*fn)(struct reg_state *r, void *arg), void *arg);

/* ---- memory: mem.c ---- */

int check_load_store(struct venv *env, const struct bv_insn *insn, const struct bv_form *f);
int check_mem_access(struct venv *env, int regno, int off, int size, bool write, int value_regno,
		     bool strict_once, bool sign_ext, const struct bv_insn *insn);
int check_region(struct venv *env, int regno, int off, int size, uint32_t mem_size, bool zero_ok);
int check_const_str(struct venv *env, int regno, const struct reg_state *r); /* a read-only map's string */
int check_ptr_off(struct venv *env, const struct reg_state *r, int regno, bool fixed_ok);
int check_stack_range(struct venv *env, int regno, int off, int size, bool zero_ok, bool write, bool raw);
int check_helper_mem(struct venv *env, int regno, int size, bool write, bool zero_ok, bool raw);
int sock_access(struct venv *env, const struct reg_state *r, int regno, int off, int size);
void mark_stack_scratched(struct venv *env, int spi);
void coerce_to_size(struct reg_state *r, int size);
void coerce_sx64(struct reg_state *r, int size);
void assign_scalar_id(struct venv *env, struct reg_state *r);

/* ---- program types and contexts: ctx.c ---- */

int ctx_access(struct venv *env, int off, int size, bool write, struct ctx_load *ld);
bool ctx_converted(int prog_type);
bool prog_may_access_skb(uint32_t type);
bool prog_may_write_packet(const struct venv *env);
bool prog_has_packet(uint32_t type);
int check_return_code(struct venv *env);
int check_return_reg(struct venv *env, int regno);

/* ---- calls: call.c ---- */

int check_helper_call(struct venv *env, const struct bv_insn *insn, uint32_t idx);
int check_subprog_call(struct venv *env, const struct bv_insn *insn, uint32_t *idx);
int check_subprog_exit(struct venv *env, uint32_t *idx);
int check_tail_call_return(struct venv *env, uint32_t idx, uint32_t *next);
int check_ref_leak(struct venv *env, const char *where);
int acquire_ref_at(struct venv *env);
int release_ref_at(struct venv *env, uint32_t id);
int check_kfunc_call(struct venv *env, const struct bv_insn *insn, uint32_t idx);
const char *iter_kind_name(int kind);
/* an open-coded iterator call: which kind, which operation, and where the
 * iterator is */
enum { ITER_OP_NEW = 0, ITER_OP_NEXT, ITER_OP_DESTROY };
struct iter_call {
	int kind, op, spi;
	uint32_t frameno;
};
int iter_kfunc(const char *name, int *op);
int iter_kind_slots(const char *kind); /* 8-byte slots of struct bpf_iter_<kind>, -1 */
int iter_arg(struct venv *env, const struct bv_insn *insn, const char *fname, struct iter_call *it);
int iter_next(struct venv *env, const struct iter_call *it, uint32_t idx);
int iters_leave_rcu(struct vstate *st);
const char *kfunc_name_at(const struct venv *env, uint32_t idx);
bool is_iter_next_call(const struct venv *env, uint32_t idx);
int kfunc_nargs(const struct venv *env, uint32_t idx);
const struct vstate *loop_prev_state(struct venv *env, uint32_t idx);
int widen_scalars(const struct vstate *old, struct vstate *cur);
int destroy_dynptr(struct venv *env, struct func_state *f, int spi);
bool holds_lock(const struct vstate *st);
int push_sync_callback(struct venv *env, uint32_t idx, int cb, int id);
int push_async_callback(struct venv *env, uint32_t idx, int cb, const struct vmap *map, bool sleepable);
bool in_sleepable(const struct venv *env);

/* ---- objects, lists and trees (graph.c) ---- */

const char *graph_field_name(int kind);
void map_find_graph(struct venv *env, struct vmap *v, uint32_t value_type_id);
void graph_free(struct venv *env);
bool graph_has_roots(const struct graph_rec *rec);
bool reg_is_alloc(const struct reg_state *r);
bool graph_rec_valid(const struct graph_rec *rec);
const struct kptr_rec *local_kptrs(struct venv *env, uint32_t id);
bool local_is_refcounted(struct venv *env, uint32_t id);
bool alloc_may_hold_lock(struct venv *env, const struct reg_state *r);
int alloc_spin_lock_off(struct venv *env, const struct reg_state *r);
int check_alloc_access(struct venv *env, const struct reg_state *r, int off, int size);
int check_map_graph_overlap(struct venv *env, const struct reg_state *r, int off, int size);
void invalidate_non_owning(struct venv *env);
bool kfunc_under_lock(const struct venv *env, uint32_t idx);
bool kfunc_calls_callback(const struct venv *env, uint32_t idx);
bool kfunc_calls_async_callback(const struct venv *env, uint32_t idx);
bool in_rbtree_cb(const struct venv *env);
int kfunc_ret_ref(struct venv *env, struct reg_state *r0, unsigned fl);
bool kfunc_arg_suffix(const char *s, const char *suffix);
bool kfunc_scalar_type(const struct btf_type *t);
int kfunc_scalar_arg(struct venv *env, int regno, const char *pname, uint64_t *k);
int check_graph_kfunc(struct venv *env, const struct kfunc_info *kf, const struct btf_type *proto, uint32_t idx);

/* ---- states: state.c, prune.c ---- */

int push_branch(struct venv *env, uint32_t insn_idx, uint32_t prev_idx);
void widen_callback_return(struct venv *env, uint32_t idx);
int bad_return(struct venv *env, const struct reg_state *r0, const char *where, int lo, int hi);
int bad_return_reg(struct venv *env, const struct reg_state *r, int regno, const char *where, int lo,
		   int hi);
int push_speculative(struct venv *env, uint32_t insn_idx, uint32_t prev_idx);
int is_state_visited(struct venv *env, uint32_t insn_idx);
void update_branch_counts(struct venv *env, struct vstate *st);
void compute_live_regs(struct venv *env);
/* call.c: what kfuncs share with helpers */
int dynptr_spi(struct venv *env, const struct reg_state *r, int *spi);
bool dynptr_valid_init(const struct func_state *f, int spi);
int read_dynptr(struct venv *env, int regno, int spi);
int dynptr_arg_off(struct venv *env, const struct reg_state *r, int regno);
int dynptr_arg(struct venv *env, const struct reg_state *r, int regno, bool read);
int make_dynptr(struct venv *env, int regno, int spi, int type, uint32_t ref);
int check_kfunc_mem_size(struct venv *env, int size_regno);
/* R<regno> points to `size` bytes a callee may read and write (NULL passes) */
int check_mem_arg(struct venv *env, int regno, uint32_t size);
/* ptr, a BTF pointer type, points to the program type's context as C
 * declares it (`struct __sk_buff *` in tc, bpf_user_pt_regs_t in kprobes) */
bool is_ctx_ptr(const struct venv *env, const struct btf *btf, const struct btf_type *ptr);
void clear_pkt_pointers(struct venv *env);

/* live_stack.c */
int ls_init(struct venv *env);
void ls_free(struct venv *env);
void ls_reset_chain(struct venv *env);
int ls_begin_insn(struct venv *env, uint32_t insn);
int ls_commit_writes(struct venv *env);
int ls_mark_read(struct venv *env, int frameno, uint64_t mask);
void ls_mark_write(struct venv *env, int frameno, uint64_t mask);
int ls_update(struct venv *env);
int ls_query(struct venv *env, const struct vstate *st);
bool ls_slot_alive(const struct venv *env, int frameno, int spi);
void fmt_stack_mask(char *buf, size_t size, uint64_t mask);
void log_live_regs(struct venv *env);

#endif
