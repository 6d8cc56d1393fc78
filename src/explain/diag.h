/* What the families of diagnoses share (diagnose.c, diag_kobj.c,
 * diag_canned.c): the context of one rejection, the output it fills, and
 * the readers of the program and of the recorded path.  Not public. */
#ifndef BPFVET_DIAG_H
#define BPFVET_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bpfvet/explain.h"
#include "bpfvet/object.h"
#include "bpfvet/verify.h"

struct btf;
struct btf_type;

struct ctx {
	const struct bv_object *obj;
	const struct bv_prog *prog;
	const struct bv_verify_result *res;
	struct bv_diagnosis *d;
	const char *msg;
	long fail;                   /* failing instruction */
	long fstep;                  /* its step, -1 when not recorded */
	char end_words[64];          /* pkt_words: "reuse->data_end" */
	bool end_in_scope;           /* the fix compares with an end the failing function can reach */
	bool fn_own_end;             /* the failing (inlined) function has an end of its own to check with */
};

/* output: append to a field of the diagnosis */
void diag_say(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define WHY(c, ...) diag_say((c)->d->why, sizeof((c)->d->why), __VA_ARGS__)
#define CC(c, ...) diag_say((c)->d->compiler, sizeof((c)->d->compiler), __VA_ARGS__)
#define FIX(c, ...) diag_say((c)->d->fix, sizeof((c)->d->fix), __VA_ARGS__)
void diag_where(struct ctx *c, long insn, const char *role);
void diag_class(struct ctx *c, const char *k);
void diag_btf_refused(struct ctx *c); /* diag_btf.c: after any diagnosis */

int diag_core_relo(struct ctx *c); /* diag_core.c: a CO-RE relocation with no target */

/* diag_srcfn.c: the C function enclosing an instruction's line, from the
 * source file line info names, when it is on disk and agrees */
#define DIAG_SRCFN_PARAMS 8
struct diag_srcparam {
	char name[48];
	char decl[96];               /* `void *data_end` */
	bool pointer;
};
struct diag_srcfn {
	char name[64];
	char ret[64];                /* `bool`, `__s64`, `void`, `struct iphdr*` */
	char own_ret[32];            /* the body's first constant return above the line */
	uint32_t open_line;          /* the line of the body's `{` */
	int nparams;
	struct diag_srcparam params[DIAG_SRCFN_PARAMS];
};
int diag_src_function(const struct ctx *c, long insn, struct diag_srcfn *fn);
bool diag_in_src_fn(const struct ctx *c, long insn, const struct diag_srcfn *fn); /* insn's line is in fn */
int diag_src_param_type(const struct ctx *c, long insn, const char *name, char *type,
			size_t size); /* `struct tcphdr *` of parameter `const struct tcphdr *th` */
const char *diag_src_fail_value(const struct diag_srcfn *fn); /* `false`, `0`, `NULL`; NULL for void */
int diag_src_block(const struct ctx *c, long insn, char *buf, size_t size); /* the block opened on its line */
int diag_block_return(const char *block, char *ret, size_t size);          /* its own `return ...;` */
int diag_src_is_array(const struct ctx *c, long insn, const char *name); /* declared `name[...]` */
int diag_src_call_above(const struct ctx *c, long insn, const char *fn, char *var, size_t size, uint32_t *line,
			char *decl, size_t dsize); /* the nearest `var = fn(`; decl: what its line has before var */
int diag_src_call_in(const struct ctx *c, long insn, const char *fn, char *var, size_t size, uint32_t *line);
int diag_src_line_above(const struct ctx *c, long insn, uint32_t num, char *out, size_t size); /* line num's text */
int diag_src_line_at(const struct ctx *c, long insn, uint32_t num, char *out, size_t size);    /* any line's */
int diag_src_member_len(const struct ctx *c, long insn, const char *name); /* `name[N];` in the file: N */
int diag_src_word_below(const struct ctx *c, long insn, const char *word, uint32_t from); /* used there or below */
int diag_src_assigned_above(const struct ctx *c, long insn, const char *var, char *rhs, size_t size);
int diag_src_list_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size); /* `__u8 a, b;` */
int diag_src_call_naming(const struct ctx *c, long insn, const char *fn, const char *arg2, char *out, size_t size);
int diag_src_goto(const struct ctx *c, long insn, char *label, size_t size); /* its first `goto LABEL;` */
uint32_t diag_src_label_line(const struct ctx *c, long insn, const char *label); /* `label:`'s line, 0 */
bool diag_src_returns_negative(const struct ctx *c, long insn); /* its body has `return -...;` */
bool diag_src_open_since(const struct ctx *c, long insn, uint32_t from); /* line from's block still open */
int diag_src_copy_of(const struct ctx *c, long insn, const char *var, char *name, size_t size,
		     uint32_t *line); /* `var = name;` */
int diag_src_bare_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size,
		       uint32_t *line); /* `__u32 var;`, no value */
int diag_src_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size, uint32_t *line,
		  char *rest, size_t rsize); /* `__u16 var = 0;`: type, line, and `var = 0;` */
int diag_src_big_array(const struct ctx *c, long insn, char *name, size_t size, long *len,
		       uint32_t *line); /* its largest `name[N]` */

/* logtype.c: what a log shows of its program's type */
int diag_log_section(const struct bv_prog *p, char *sec, size_t size); /* `SEC("...")` on a line */
uint32_t diag_entry_struct(const struct bv_prog *p, char *param, size_t size);
uint32_t diag_load_type(const struct bv_insn *in, const struct bv_vreg *src, const struct bv_vreg *dst,
			const char *line);
uint32_t diag_log_type(const struct bv_prog *p, uint32_t load_type); /* 0: the log does not show it */

/* the program and the recorded path */
int is_call(const struct ctx *c, long i);
int is_helper_call(const struct ctx *c, long i);
const struct bv_insn *insn_at(const struct ctx *c, long i);
const struct bv_form *form_at(const struct ctx *c, long i); /* NULL past the end or undecodable */
int access_size(const struct ctx *c, long i); /* bytes a load or store at i moves, 0 for others */
const struct bv_func_info *func_of(const struct ctx *c, long i); /* from func info, NULL */
/* the BTF prototype of the function holding insn i (*btf: the object's
 * BTF), NULL without func info */
const struct btf_type *diag_func_proto(const struct ctx *c, long i, const struct btf **btf);
void diag_type_name(const struct btf *btf, uint32_t id, char *out, size_t size); /* "struct __sk_buff *" */
const char *diag_first_param(const struct btf *btf, const struct btf_type *proto, char *out, size_t size);
const char *diag_param_name(const struct ctx *c, long i, int n); /* `skb`: parameter n's name, NULL */
bool is_cond_jump(const struct ctx *c, long i);
const char *insn_text(const struct ctx *c, long i, char *buf, size_t size); /* as the kernel's log prints it */
const char *helper_at(const struct ctx *c, long i, char *buf, size_t size);
bool diag_call_named(const struct ctx *c, long i, const char *prefix); /* a call whose name starts so */
long diag_first_call(const struct ctx *c, const char *name); /* the program's first call to name, -1 */
/* the `if (...)` of the branch at br and the `return ...;` the failing path takes after it */
bool diag_return_after(const struct ctx *c, long br, char *cond, size_t csize, char *ret, size_t rsize);
long diag_last_call(const struct ctx *c, long before, const char *const *prefixes, size_t n); /* on the path */
const char *diag_release_of(const char *acquirer, const char **st); /* "bpf_task_release", NULL */
const struct bv_vreg *reg_at(const struct ctx *c, long step, int r);
const char *diag_reg_words(const struct bv_vreg *v); /* "a number", "a pointer to the stack", ... */
int diag_map_at(const struct ctx *c, long i);        /* the map an LD_IMM64 names, -1 */
/* the instruction that made the value reg holds at step, past copies,
 * spills and fills and operations on it; -1 at entry */
long value_origin(const struct ctx *c, int reg, long step);
long step_of(const struct ctx *c, long before, long insn); /* latest step before `before` at insn, -1 */
/* the bytes left from where m points to the end of its object, described
 * into desc ("the stack at fp-8"); -1 when unknown */
long room_at(const struct ctx *c, const struct bv_vreg *m, char *desc, size_t size);
/* the program type's words for the packet's end and for "let it pass" */
void pkt_words(struct ctx *c, const char **end, const char **pass);
const char *pkt_pass(const struct ctx *c); /* the "let it pass" word alone */
int msg_reg(const char *m);
int msg_starts(const char *m, const char *prefix);
/* The member of BTF type id covering byte off, written into name as C
 * would reach it ("cb[2]", "remote_ip6[1]"; members of anonymous unions
 * and structs by their own name); its offset and size, and in *nelems
 * (when given) the array's length, 0 for no array.  0 when none covers. */
int diag_member_at(const struct btf *btf, uint32_t id, int off, char *name, size_t size, int *moff, int *msize,
		   int *nelems);
int diag_global_at(const struct ctx *c, int map, long off, char *name, size_t size, long *voff, long *vsize);

/* diag_srcarg.c: a helper call's size argument as the source writes it
 * (its variable, and the constant it is multiplied by), its buffer
 * argument without the `&` (2 when it had one); 0 when the line says
 * otherwise */
int diag_size_var(const struct ctx *c, long call, int reg, char *name, size_t size, long *scale);
int diag_buffer_var(const struct ctx *c, long call, int reg, char *name, size_t size);
int diag_cond_var(const struct ctx *c, long insn, char *name, size_t size);
int diag_assigned_var(const struct ctx *c, long insn, char *name, size_t size);
int diag_assigned_lvalue(const struct ctx *c, long insn, char *name, size_t size); /* `hdr->tcp` of `hdr->tcp = ...` */
int diag_assigned_from(const struct ctx *c, long insn, char *name, size_t nsize, char *expr, size_t esize);
int diag_is_lvalue(const char *s); /* a name with members or elements: `e->len`, `hdr.len`, `v[2]` */
int diag_arrow(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize);
int diag_pointer_to(const struct ctx *c, long insn, const char *field, char *ptr, size_t psize); /* `ptr` of `ptr->field` */
bool diag_arrow_at(const char *line, const char *q, char *x, char *f, size_t size); /* arrow at q */
int diag_call_arg(const struct ctx *c, long insn, int argno, char *out, size_t size);
int diag_arg_text(const char *call, int argno, char *out, size_t size);
int diag_call_with_map(const struct ctx *c, int argno, const char *want, char *out, size_t size);
void diag_pass_map_fix(struct ctx *c, const char *want, const char *pre, const char *post);
long diag_sizeof_scalar(const char *s, char **end); /* 4 for `__u32)` of `sizeof(__u32)`, 0 */
long diag_scalar_size(const char *t);                /* 1 for `__u8`, 0 when no scalar */
int diag_program_call(const char *line, char *name, size_t size); /* `add_tlv` of `err = add_tlv(...);` */
int diag_member_of(const struct ctx *c, long insn, const char *ptr, char *field, size_t size);
int diag_indexed_member(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize);
int diag_assigned_member(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize);
int diag_assignment(const struct ctx *c, long insn, char *lhs, size_t lsize, char *rhs, size_t rsize);
/* the pointer expression a line compares with data_end (`(void *)(opt +
 * 1)` of `if ((void *)(opt + 1) > data_end || ...)`), and whether the
 * line of insn reads through the pointer it is built on (`opt[3]`) */
int diag_checked_expr(const struct ctx *c, long insn, char *buf, size_t size, char *end, size_t esize);
int diag_void_plus(const char *expr, char *name, size_t size, int *n); /* `(void *)h + 1` */
bool diag_has_word(const char *s, const char *v); /* v as a whole word of s */
int diag_reads_pointer(const struct ctx *c, long insn, const char *expr);
int diag_deref_var(const struct ctx *c, long insn, char *name, size_t size); /* `*hdr`, `eth->x` */
int diag_deref_in(const char *line, char *name, size_t size);
int diag_index_var(const struct ctx *c, long insn, const char *arr, char *name, size_t size);
int diag_index_text(const struct ctx *c, long insn, const char *arr, char *buf, size_t size);
bool diag_is_name(const char *s); /* letters, digits, underscores only */
int diag_only_index(const struct ctx *c, long insn, char *buf, size_t size); /* `bucket` of `deny[bucket]` */
int diag_array_path(const struct ctx *c, long insn, const char *arr, char *buf, size_t size);
/* insn's C line without its indentation (NULL without one); a line with an
 * expression replaced by another; the `p->field` of a line's `&p->field`;
 * the struct a line declares var to point to (`struct sk_buff *skb`) */
const char *diag_src_text(const struct ctx *c, long insn);
const char *diag_line_text(const struct ctx *c, uint32_t num); /* line num's text, NULL */
int diag_replace_expr(const char *line, const char *from, const char *to, char *out, size_t size);
const char *diag_for_cond(const char *t, char *v, size_t vsize); /* `for (...; i < n; ...)`: i, the cond */
int diag_count_derefs(const char *line);                 /* `->`, `[` and unary `*` */
bool diag_unary_star(const char *line, const char *star); /* `*p` reads; `a * b`, `__u64 *n` do not */
bool diag_ptr_field(const char *line, const char *var, char *field, size_t size); /* `ctx->optval` */
int diag_address_of_member(const struct ctx *c, long insn, char *out, size_t size);
int diag_declared_struct(const struct ctx *c, long insn, const char *var, char *out, size_t size);

/* diag_canned.c: a constant-string argument outside .rodata (got: the
 * register's type; NULL for writable global data) */
int diag_const_str(struct ctx *c, int r, const char *got);
int diag_tp_var_ctx(struct ctx *c); /* a tracepoint record read at a run-time offset */

/* messages explained by a table: the first entry whose needle is in the
 * message; with_def, also where the register it names was last written */
struct canned {
	const char *needle, *klass, *why, *fix;
};
int canned_diag(struct ctx *c, const struct canned *t, size_t n, bool with_def);

/* the families outside diagnose.c; each returns 1 when it explained */
int diag_released(struct ctx *c);
int diag_kobj(struct ctx *c);
int diag_struct_ops(struct ctx *c);
int diag_exception(struct ctx *c);
int diag_graph(struct ctx *c);
int diag_ctx(struct ctx *c);
int diag_helper_mem(struct ctx *c);
int diag_loop_walk(struct ctx *c);
int diag_arg_array_index(struct ctx *c, long k, int ptr);
int diag_index_wraps(struct ctx *c, int idx, int ptr);
int diag_callback(struct ctx *c);
long diag_callback_call(const struct ctx *c, char *hb, size_t size); /* the helper whose callback fails */
int diag_kfunc(struct ctx *c);
int diag_iter(struct ctx *c);
int diag_arena(struct ctx *c); /* diag_arena.c */
int diag_tagged_arg(struct ctx *c); /* diag_tagged.c */
int diag_wq(struct ctx *c);         /* diag_wq.c */
/* a map's key (key != 0) or value type as C declares it: "__u64", "struct
 * big"; 0 when there is no BTF and the name is made up from the size */
int diag_map_type_name(const struct ctx *c, const struct bv_map *m, int key, char *out, size_t size);
int diag_map_value_is_array(const struct ctx *c, const struct bv_map *m);
/* the context field at off as C names it ("skb->sk"); 0 when unknown */
int diag_ctx_field_name(const struct ctx *c, int off, char *out, size_t size);
int diag_lsm(struct ctx *c); /* diag_canned.c: an LSM program's hook and helper refusals */
int diag_sleepable_map(struct ctx *c); /* diag_canned.c: a map type a sleepable program may not use */
int diag_tracing_timer(struct ctx *c); /* diag_canned.c: a timer map in a kprobe, tracepoint, ... */
int diag_simple(struct ctx *c);

#endif
