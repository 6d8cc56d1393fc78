/* Calls: helpers (argument checks against the helper's kinds, the memory
 * they read and write, what they return, references they take and give
 * back), BPF-to-BPF calls with a new frame, and exits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/helpers.h"
#include "verifier/helper_allow.h"
#include "verifier/verifier.h"

#define MAX_ERRNO 4095

struct call_meta {
	const struct vmap *map;
	int raw_regno;            /* uninitialised memory written by the helper */
	int raw_size;
	uint64_t msize_max;       /* largest size passed, for retval refinement */
	uint32_t mem_size;        /* ARG_CONST_ALLOC_SIZE */
	uint32_t ref_obj_id;
	int release_regno;
	int subprog;              /* callback */
	int64_t const_key;        /* constant array key, -1 unknown */
	bool pkt_access;
	/* the bpf_dynptr argument: its kind, reference and id */
	int dynptr_type;
	uint32_t dynptr_ref, dynptr_id;
	bool release_dynptr;
	const struct kptr_field *kptr; /* bpf_kptr_xchg(): the field exchanged */
};

static const char *helper_name(int32_t id, char *buf, size_t size)
{
	const struct bv_helper *h = bv_helper_by_id(id);

	snprintf(buf, size, "%s%s", h ? "bpf_" : "", h ? h->name : "unknown");
	return buf;
}

/* The row of an allow table for this program type: the one for its attach
 * type if there is one, else the type's first; NULL if none. */
const struct helper_allow *allow_row(const struct helper_allow *table, unsigned prog_type, unsigned attach_type,
				     const char *st)
{
	const struct helper_allow *any = NULL;

	for (const struct helper_allow *a = table; a->ids; a++) {
		if (a->prog_type != prog_type || (st && (!a->st || strcmp(a->st, st))))
			continue;
		if (a->attach_type == attach_type)
			return a;
		if (!any && !st)
			any = a;
	}
	return any;
}

const struct helper_allow *prog_allow_row(const struct helper_allow *table, const struct venv *env)
{
	if (env->prog_type == BV_PROG_LSM)
		return allow_row(table, BV_PROG_TRACING, 23 /* tp_btf */, NULL);
	return allow_row(table, env->prog_type, env->attach_type, env->st_ops ? env->st_ops->st : NULL);
}

char allowed_code(const struct venv *env, int32_t id)
{
	const struct helper_allow *any = NULL;

	/* the TCP and unix socket iterators add socket options to what an
	 * iterator may call (their targets' own helper lists) */
	if (env->prog_type == BV_PROG_TRACING && env->attach_type == 28 /* BPF_TRACE_ITER */ &&
	    (id == 49 /* setsockopt */ || id == 57 /* getsockopt */) && env->prog->sec.attach_to &&
	    (!strcmp(env->prog->sec.attach_to, "tcp") || !strcmp(env->prog->sec.attach_to, "unix")))
		return 'a';

	/* a trampoline keeps the traced function's arguments and return
	 * value where these read them (the kernel has no row for fentry
	 * here: it refuses such loads before its verifier runs) */
	if (prog_has_trampoline(env) && (id == 183 /* get_func_arg */ || id == 184 /* get_func_ret */ ||
					 id == 185 /* get_func_arg_cnt */))
		return 'a';
	if (env->prog_type == BV_PROG_LSM) {
		/* the kernel's bpf_lsm_func_proto over the tracing programs'
		 * list (no row: this machine refuses LSM loads early) */
		if (lsm_cgroup(env) && (id == 81 || id == 186 || id == 187))
			return 'a'; /* get_local_storage, get_retval, set_retval: a cgroup program's */
		if (lsm_cgroup(env) && (id == 49 || id == 57))
			return lsm_cgroup_sockopt(env) ? 'a' : '.';
		if (id == 174 /* get_attach_cookie */ && !prog_has_trampoline(env))
			return '.';
		switch (id) {
		case 93: case 94:       /* spin_lock, spin_unlock */
		case 107: case 108:     /* sk_storage_get, sk_storage_delete */
		case 145: case 146:     /* inode_storage_get, inode_storage_delete */
		case 159: case 174:     /* bprm_opts_set, get_attach_cookie */
			return 'a';
		case 161: case 193:     /* ima_inode_hash, ima_file_hash: they may sleep */
			return 's';
		case 49: case 57:       /* setsockopt, getsockopt: lsm_cgroup only */
			return '.';
		default:
			break;
		}
	}
	any = prog_allow_row(helper_allow, env);
	if (!any)
		return 'u'; /* a program type the table does not cover */
	if (id < 0 || (size_t)id >= strlen(any->ids))
		return '.';
	return any->ids[id];
}

/* Whether a helper may sleep: the table marks it sleepable-only for some
 * program type (a syscall program, always sleepable, does not tell). */
static bool helper_might_sleep(int32_t id)
{
	for (const struct helper_allow *a = helper_allow; a->ids; a++)
		if (id >= 0 && (size_t)id < strlen(a->ids) && (a->ids[id] == 's' || a->ids[id] == 'S'))
			return true;
	return false;
}

static const char *const mem_types_str = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";

/* Register types an argument kind accepts, as the kernel lists them. */
static bool type_ok(int kind, const struct reg_state *r, const char **expected)
{
	int t = r->type;
	unsigned fl = r->flags & ~(unsigned)MEM_RDONLY;

	switch (kind) {
	case A_MAP:
		*expected = "map_ptr";
		return t == CONST_PTR_TO_MAP;
	case A_KEY: case A_VALUE: case A_UNINIT_VALUE: case A_VALUE_OR_NULL:
	case A_MEM: case A_MEM_OR_NULL: case A_UNINIT_MEM: case A_UNINIT_MEM_OR_NULL:
	case A_FIXED_MEM: case A_UNINIT_FIXED_MEM: case A_RW_MEM: case A_RW_FIXED_MEM: case A_RW_MEM_OR_NULL:
		*expected = mem_types_str;
		if (fl & (PTR_MAYBE_NULL | PTR_UNTRUSTED))
			return false;
		if ((r->flags & MEM_RDONLY) && kind != A_MEM && kind != A_MEM_OR_NULL && kind != A_FIXED_MEM)
			return false;
		return t == PTR_TO_STACK || t == PTR_TO_PACKET || t == PTR_TO_PACKET_META || t == PTR_TO_MAP_KEY ||
		       t == PTR_TO_MAP_VALUE || t == PTR_TO_MEM || t == PTR_TO_BUF ||
		       (t == PTR_TO_BTF_ID && (r->flags & PTR_TRUSTED));
	case A_CTX: case A_CTX_OR_NULL:
		*expected = "ctx";
		return t == PTR_TO_CTX;
	case A_SOCK_COMMON:
		*expected = "sock_common, sock, tcp_sock, xdp_sock";
		return !(fl & PTR_MAYBE_NULL) && (t == PTR_TO_SOCK_COMMON || t == PTR_TO_SOCKET ||
						  t == PTR_TO_TCP_SOCK || t == PTR_TO_XDP_SOCK);
	case A_BTF_SOCK_COMMON:
		*expected = "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_";
		return !(fl & PTR_MAYBE_NULL) && (t == PTR_TO_SOCK_COMMON || t == PTR_TO_SOCKET ||
						  t == PTR_TO_TCP_SOCK || t == PTR_TO_XDP_SOCK || t == PTR_TO_BTF_ID);
	case A_SOCKET:
		*expected = "sock";
		return t == PTR_TO_SOCKET && !(fl & PTR_MAYBE_NULL);
	case A_SOCKET_OR_NULL:
		*expected = "sock";
		return t == PTR_TO_SOCKET;
	case A_BTF_SOCK_OR_NULL:
		*expected = "ptr_, trusted_ptr_, rcu_ptr_";
		return t == PTR_TO_BTF_ID && !(fl & PTR_UNTRUSTED);
	case A_LONG: case A_INT:
		*expected = "fp, pkt, pkt_meta, map_key, map_value";
		return !(fl & PTR_MAYBE_NULL) && (t == PTR_TO_STACK || t == PTR_TO_PACKET || t == PTR_TO_PACKET_META ||
						  t == PTR_TO_MAP_KEY || t == PTR_TO_MAP_VALUE);
	case A_FUNC:
		*expected = "func";
		return t == PTR_TO_FUNC;
	case A_STACK_OR_NULL:
		*expected = "fp";
		return t == PTR_TO_STACK;
	case A_CONST_STR: case A_TIMER:
		*expected = "map_value";
		return t == PTR_TO_MAP_VALUE && !(fl & PTR_MAYBE_NULL);
	case A_SPIN_LOCK:
		*expected = "map_value, ptr_";
		return (t == PTR_TO_MAP_VALUE && !(fl & PTR_MAYBE_NULL)) || (t == PTR_TO_BTF_ID && (r->flags & MEM_ALLOC));
	case A_RINGBUF_MEM:
		*expected = "ringbuf_mem";
		return t == PTR_TO_MEM && (r->flags & MEM_RINGBUF) && !(fl & PTR_MAYBE_NULL);
	case A_DYNPTR: case A_UNINIT_DYNPTR:
		*expected = "fp, dynptr_ptr";
		return t == PTR_TO_STACK || t == CONST_PTR_TO_DYNPTR;
	case A_BTF_ID: case A_KPTR:
		*expected = "ptr_, trusted_ptr_, rcu_ptr_";
		return t == PTR_TO_BTF_ID && !(fl & (PTR_MAYBE_NULL | PTR_UNTRUSTED));
	case A_BTF_ID_OR_NULL: /* a pointer that may be NULL passes as it is */
		*expected = "ptr_, trusted_ptr_, rcu_ptr_";
		return t == PTR_TO_BTF_ID && !(fl & PTR_UNTRUSTED);
	case A_PERCPU_BTF_ID:
		*expected = "percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_";
		return t == PTR_TO_BTF_ID && (fl & MEM_PERCPU) && !(fl & (PTR_MAYBE_NULL | PTR_UNTRUSTED));
	default:
		*expected = "scalar";
		return t == SCALAR_VALUE;
	}
}

static bool may_be_null(int kind)
{
	return kind == A_MEM_OR_NULL || kind == A_UNINIT_MEM_OR_NULL || kind == A_RW_MEM_OR_NULL || kind == A_VALUE_OR_NULL ||
	       kind == A_CTX_OR_NULL || kind == A_STACK_OR_NULL || kind == A_SOCKET_OR_NULL ||
	       kind == A_BTF_SOCK_OR_NULL || kind == A_BTF_ID_OR_NULL;
}

/* The kernel struct a helper's BTF-typed argument must point to. */
static const char *arg_struct(const struct helper_proto *fn, int arg, int kind)
{
	static const struct {
		const char *helper;
		int arg;
		const char *type;
	} t[] = {
		{ "skb_output", 0, "sk_buff" }, { "xdp_output", 0, "xdp_buff" }, { "get_task_stack", 0, "task_struct" },
		{ "d_path", 0, "path" }, { "find_vma", 0, "task_struct" }, { "cgrp_storage_get", 1, "cgroup" },
		{ "cgrp_storage_delete", 1, "cgroup" }, { "task_storage_get", 1, "task_struct" },
		{ "task_storage_delete", 1, "task_struct" }, { "inode_storage_get", 1, "inode" },
		{ "inode_storage_delete", 1, "inode" }, { "tcp_send_ack", 0, "tcp_sock" }, { "seq_printf", 0, "seq_file" },
		{ "seq_write", 0, "seq_file" }, { "seq_printf_btf", 0, "seq_file" }, { "bprm_opts_set", 0, "linux_binprm" },
		{ "ima_inode_hash", 0, "inode" }, { "ima_file_hash", 0, "file" }, { "sock_from_file", 0, "file" },
		{ "copy_from_user_task", 3, "task_struct" },
	};

	if (kind == A_BTF_SOCK_OR_NULL)
		return "sock";
	if (kind != A_BTF_ID && kind != A_BTF_ID_OR_NULL)
		return NULL;
	for (size_t i = 0; i < BV_ARRAY_SIZE(t); i++)
		if (t[i].arg == arg && !strcmp(t[i].helper, fn->name))
			return t[i].type;
	return NULL;
}

/* Some helpers are different functions for different program types: a
 * socket helper takes the context where the context is the socket
 * (cgroup/sock, sock_ops), the kernel's own struct sock where the program
 * holds one (tracing, sk_reuseport, sockopt hooks), a socket or NULL in
 * sk_lookup. */
static int arg_kind(const struct venv *env, const struct helper_proto *fn, int arg)
{
	unsigned t = env->prog_type;
	bool btf_sock = t == BV_PROG_TRACING || t == BV_PROG_LSM || t == BV_PROG_STRUCT_OPS;

	/* only context and socket arguments vary: the common case costs no name lookups */
	if (fn->args[arg] != A_CTX && fn->args[arg] != A_BTF_SOCK_COMMON)
		return fn->args[arg];

	if (!strcmp(fn->name, "get_socket_cookie") && arg == 0 && (btf_sock || t == BV_PROG_SK_REUSEPORT))
		return A_BTF_SOCK_COMMON;
	if ((!strcmp(fn->name, "setsockopt") || !strcmp(fn->name, "getsockopt")) && arg == 0 &&
	    (btf_sock || t == BV_PROG_CGROUP_SOCKOPT))
		return A_BTF_SOCK_COMMON;
	if (!strcmp(fn->name, "sk_storage_get") && arg == 1) {
		if (t == BV_PROG_CGROUP_SOCK)
			return A_CTX;
		/* iterators keep the socket helpers' own prototypes */
		if (btf_sock && env->attach_type != 28 /* BPF_TRACE_ITER */)
			return A_BTF_SOCK_OR_NULL;
	}
	if (!strcmp(fn->name, "sk_storage_delete") && arg == 1 && t == BV_PROG_CGROUP_SOCK)
		return A_CTX;
	if (!strcmp(fn->name, "sk_assign") && arg == 1 && t == BV_PROG_SK_LOOKUP)
		return A_SOCKET_OR_NULL;
	return fn->args[arg];
}

/* Offsets a pointer argument may carry. */
static int check_arg_off(struct venv *env, const struct reg_state *r, int regno)
{
	switch (r->type) {
	case PTR_TO_STACK: case PTR_TO_PACKET: case PTR_TO_PACKET_META: case PTR_TO_MAP_KEY:
	case PTR_TO_MAP_VALUE: case PTR_TO_MEM: case PTR_TO_BUF: case PTR_TO_ARENA: case SCALAR_VALUE:
		return 0;
	case PTR_TO_BTF_ID:
		return check_ptr_off(env, r, regno, true);
	default:
		return check_ptr_off(env, r, regno, false);
	}
}

static int check_size_arg(struct venv *env, int regno, int mem_kind, bool zero_ok, struct call_meta *meta)
{
	struct reg_state *r = &cur_regs(env)[regno];
	bool uninit = mem_kind == A_UNINIT_MEM || mem_kind == A_UNINIT_MEM_OR_NULL;
	bool write = arg_kind_writes(mem_kind);
	/* memory the helper only fills is written byte by byte after the
	 * call; memory it reads and rewrites is scrubbed now */
	bool raw = uninit && tnum_is_const(r->var_off);
	int err;

	meta->msize_max = r->umax;
	if (r->smin < 0)
		return verr(env, -EACCES, "R%d min value is negative, either use unsigned or 'var &= const'", regno);
	if (r->umin == 0 && !zero_ok)
		return verr(env, -EACCES, "R%d invalid zero-sized read: u64=[%lld,%lld]", regno, (long long)r->umin,
			    (long long)r->umax);
	if (r->umax >= (1u << 29))
		return verr(env, -EACCES, "R%d unbounded memory access, use 'var &= const' or 'if (var < const)'",
			    regno);
	if (zero_ok && r->umax == 0 && reg_is_null(&cur_regs(env)[regno - 1])) {
		/* no bytes from NULL: allowed, and the size is still made precise */
		mark_precise(env, regno);
		return 0;
	}
	err = check_helper_mem(env, regno - 1, (int)r->umax, write, zero_ok, raw);
	if (!err && raw && cur_regs(env)[regno - 1].type == PTR_TO_STACK) {
		meta->raw_regno = regno - 1;
		meta->raw_size = (int)r->umax;
	}
	if (!err)
		mark_precise(env, regno);
	return err;
}

/* A kfunc's buffer and its size in the next register: checked for
 * reading, then for writing, the size made precise by each check. */
int check_kfunc_mem_size(struct venv *env, int size_regno)
{
	struct call_meta meta;
	int err;

	memset(&meta, 0, sizeof(meta));
	err = check_size_arg(env, size_regno, A_MEM, true, &meta);
	return err ? err : check_size_arg(env, size_regno, A_RW_MEM, true, &meta);
}

/* A constant array key read from the stack (known zero bytes, or a
 * spilled constant of the key's size), for lookups that cannot fail. */
static int64_t constant_key(struct venv *env, const struct reg_state *key, uint32_t key_size)
{
	struct func_state *f;
	int64_t at;
	int slot, spi, off, zeros = 0, spills = 0;
	const struct stack_slot *s;

	if (!env->priv || key->type != PTR_TO_STACK || !tnum_is_const(key->var_off))
		return -1;
	at = key->off + (int64_t)key->var_off.value;
	slot = (int)(-at - 1);
	spi = slot / BPF_REG_SIZE;
	off = slot % BPF_REG_SIZE;
	f = env->cur->frame[key->frameno];
	if (spi < 0 || spi >= f->allocated_stack / BPF_REG_SIZE)
		return -1;
	s = &f->stack[spi];
	for (int i = off; i >= 0 && s->type[i] == STACK_ZERO; i--)
		zeros++;
	if ((uint32_t)zeros >= key_size)
		return 0;
	if (s->type[BPF_REG_SIZE - 1] != STACK_SPILL || s->spilled->type != SCALAR_VALUE)
		return -1;
	for (int i = off; i >= 0 && s->type[i] == STACK_SPILL; i--)
		spills++;
	if ((uint32_t)spills != key_size || !tnum_is_const(s->spilled->var_off))
		return -1;
	mark_precise_slot(env, (int)key->frameno, spi);
	return (int64_t)s->spilled->var_off.value;
}

bool holds_lock(const struct vstate *st)
{
	for (int i = 0; i < st->n_refs; i++)
		if (st->refs[i].type == REF_LOCK)
			return true;
	return false;
}

/* bpf_spin_lock(&v->lock) and bpf_spin_unlock(): the lock must be the one
 * in the map value, at its constant offset; one lock at a time, and an
 * unlock releases the lock taken through the same pointer. */
static int process_spin_lock(struct venv *env, int regno, bool lock)
{
	struct vstate *st = env->cur;
	const struct reg_state *r = &cur_regs(env)[regno];
	const struct vmap *m = r->type == PTR_TO_MAP_VALUE ? r->u.map : NULL;
	int64_t off = (int64_t)r->var_off.value + r->off;
	struct ref_state *refs;
	int lock_off, where;

	if (!tnum_is_const(r->var_off))
		return verr(env, -EINVAL,
			    "R%d doesn't have constant offset. bpf_spin_lock has to be at the constant offset", regno);
	if (m) {
		if (!m->has_btf)
			return verr(env, -EINVAL, "map '%s' has to have BTF in order to use bpf_spin_%s", m->name,
				    lock ? "lock" : "unlock");
		if (m->spin_lock_off < 0) {
			if (m->graph_refused) /* for the explanation */
				snprintf(env->detail, sizeof(env->detail), "graph root without a valid contains: tag");
			return verr(env, -EINVAL, "map '%s' has no valid bpf_spin_lock", m->name);
		}
		lock_off = m->spin_lock_off;
		where = m->index;
	} else if (reg_is_alloc(r)) {
		/* an object of the program's that holds its own lock */
		lock_off = alloc_spin_lock_off(env, r);
		if (lock_off < 0)
			return verr(env, -EINVAL, "local '%s' has no valid bpf_spin_lock", r->btf_name ? r->btf_name : "");
		where = LOCK_IN_ALLOC;
	} else {
		return unsupported(env, "bpf_spin_lock through this pointer is not modelled yet");
	}
	if (off != lock_off)
		return verr(env, -EINVAL, "off %lld doesn't point to 'struct bpf_spin_lock' that is at %d",
			    (long long)off, lock_off);
	if (lock) {
		if (holds_lock(st))
			return verr(env, -EINVAL, "Locking two bpf_spin_locks are not allowed");
		refs = realloc(st->refs, (size_t)(st->n_refs + 1) * sizeof(*refs));
		if (!refs)
			return -ENOMEM;
		st->refs = refs;
		refs[st->n_refs].id = r->id;
		refs[st->n_refs].insn = (int)env->insn_idx;
		refs[st->n_refs].type = REF_LOCK;
		refs[st->n_refs].map = where;
		st->n_refs++;
		return 0;
	}
	if (!holds_lock(st))
		return verr(env, -EINVAL, "bpf_spin_unlock without taking a lock");
	for (int i = 0; i < st->n_refs; i++)
		if (st->refs[i].type == REF_LOCK && st->refs[i].id == r->id && st->refs[i].map == where) {
			memmove(&st->refs[i], &st->refs[i + 1], (size_t)(st->n_refs - i - 1) * sizeof(*st->refs));
			st->n_refs--;
			/* what lists and trees own is out of reach again */
			invalidate_non_owning(env);
			return 0;
		}
	return verr(env, -EINVAL, "bpf_spin_unlock of different lock");
}

/* The bpf_timer helpers take &v->timer of a map value, at the timer's
 * constant offset; the map is remembered for bpf_timer_init(). */
static int process_timer(struct venv *env, int regno, struct call_meta *meta)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	const struct vmap *m = r->u.map;
	int64_t off = (int64_t)r->var_off.value + r->off;

	if (!tnum_is_const(r->var_off))
		return verr(env, -EINVAL, "R%d doesn't have constant offset. bpf_timer has to be at the constant offset",
			    regno);
	if (!m)
		return verr(env, -EFAULT, "verifier bug: timer without a map");
	if (!m->has_btf)
		return verr(env, -EINVAL, "map '%s' has to have BTF in order to use bpf_timer", m->name);
	if (m->timer_off < 0)
		return verr(env, -EINVAL, "map '%s' has no valid bpf_timer", m->name);
	if (off != m->timer_off)
		return verr(env, -EINVAL, "off %lld doesn't point to 'struct bpf_timer' that is at %d", (long long)off,
			    m->timer_off);
	meta->map = m;
	return 0;
}

static int acquire_ref(struct venv *env);

/* Where a bpf_dynptr argument lives: the stack slot of its lower half.
 * -EINVAL, said in the log, when the offset cannot be a dynptr's; -ERANGE
 * (spi set) when its slots lie beyond the stack written so far.  The
 * callers give the kernel's error line (a dynptr expected to be made, or
 * one expected to be there). */
int dynptr_spi(struct venv *env, const struct reg_state *r, int *spi)
{
	const struct func_state *f = env->cur->frame[r->frameno];
	int64_t off;

	*spi = 0;
	if (!tnum_is_const(r->var_off)) {
		vdetail(env, "dynptr has to be at a constant offset");
		return -EINVAL;
	}
	off = (int64_t)r->off + (int64_t)r->var_off.value;
	if (off % BPF_REG_SIZE || (-off - 1) / BPF_REG_SIZE < 1) {
		vdetail(env, "cannot pass in dynptr at an offset=%lld", (long long)off);
		return -EINVAL;
	}
	*spi = (int)((-off - 1) / BPF_REG_SIZE);
	return *spi >= f->allocated_stack / BPF_REG_SIZE ? -ERANGE : 0;
}

bool dynptr_valid_init(const struct func_state *f, int spi)
{
	if (spi >= f->allocated_stack / BPF_REG_SIZE)
		return false;
	return f->stack[spi].type[0] == STACK_DYNPTR && f->stack[spi].dynptr_first &&
	       f->stack[spi - 1].type[0] == STACK_DYNPTR && !f->stack[spi - 1].dynptr_first &&
	       slot_peek(&f->stack[spi])->id == slot_peek(&f->stack[spi - 1])->id;
}

/* A call reads the whole dynptr R<regno> points at (its upper slot spi). */
int read_dynptr(struct venv *env, int regno, int spi)
{
	const struct reg_state *r = &cur_regs(env)[regno];

	if (!dynptr_valid_init(env->cur->frame[r->frameno], spi))
		return verr(env, -EINVAL, "Expected an initialized dynptr as arg #%d", regno - 1);
	if (ls_mark_read(env, (int)r->frameno, 3ull << (spi - 1)))
		return -ENOMEM;
	mark_stack_scratched(env, spi);
	mark_stack_scratched(env, spi - 1);
	return 0;
}

/* A bpf_dynptr argument: 16 bytes of stack.  Uninitialised, the helper
 * makes one there (a ring buffer reservation holds a reference until it is
 * submitted or discarded); initialised, it must be a whole dynptr of the
 * kind the helper takes. */
static int process_dynptr(struct venv *env, const struct helper_proto *fn, int regno, bool uninit,
			  struct call_meta *meta)
{
	const struct reg_state *r = &cur_regs(env)[regno];
	struct func_state *f = env->cur->frame[r->frameno];
	int spi = 0, err, type = !strcmp(fn->name, "ringbuf_reserve_dynptr") ? DYNPTR_RINGBUF : DYNPTR_LOCAL;

	err = dynptr_spi(env, r, &spi);
	if (uninit && err == -EINVAL)
		return verr(env, -EINVAL, "Dynptr has to be an uninitialized dynptr");
	if (!uninit) {
		if (err)
			return verr(env, -EINVAL, "Expected an initialized dynptr as arg #%d", regno - 1);
		err = read_dynptr(env, regno, spi);
		if (err)
			return err;
		if (strstr(fn->name, "ringbuf_") && f->stack[spi].dynptr_type != DYNPTR_RINGBUF)
			return verr(env, -EINVAL, "Expected a dynptr of type ringbuf as arg #%d", regno - 1);
		meta->dynptr_type = f->stack[spi].dynptr_type;
		meta->dynptr_ref = slot_peek(&f->stack[spi])->ref_obj_id;
		meta->dynptr_id = slot_peek(&f->stack[spi])->id;
		return 0;
	}
	return make_dynptr(env, regno, spi, type, 0);
}

/* A callback's dynptr argument (bpf_user_ringbuf_drain's sample): read
 * only, unmoved, owned by the helper that made it -- never released, never
 * made anew. */
static int const_dynptr_arg(struct venv *env, const struct reg_state *r, int regno, bool uninit, bool release,
			    struct call_meta *meta)
{
	int err;

	if (release)
		return verr(env, -EINVAL, "cannot release unowned const bpf_dynptr");
	err = check_ptr_off(env, r, regno, false);
	if (err)
		return err;
	if (uninit)
		return verr(env, -EINVAL, "Dynptr has to be an uninitialized dynptr");
	meta->dynptr_type = (int)r->u.dynptr_type;
	meta->dynptr_ref = r->ref_obj_id;
	meta->dynptr_id = r->id;
	return 0;
}

/* Make a dynptr of the given kind in the 16 stack bytes at R<regno>
 * (slot spi and the one below): the call writes them 8 at a time.  A clone
 * shares its original's reference (ref): releasing either ends both. */
int make_dynptr(struct venv *env, int regno, int spi, int type, uint32_t ref)
{
	struct func_state *f;
	uint32_t id;
	int err;

	for (int i = 0; i < 16; i += 8) {
		err = check_mem_access(env, regno, i, 8, true, -1, false, false, &env->insns[env->insn_idx]);
		if (err)
			return err;
	}
	f = env->cur->frame[cur_regs(env)[regno].frameno];
	id = new_id(env);
	if (type == DYNPTR_RINGBUF && !ref) {
		int rid = acquire_ref(env);

		if (rid < 0)
			return rid;
		ref = (uint32_t)rid;
	}
	ls_mark_write(env, f->frameno, 3ull << (spi - 1));
	for (int s = spi - 1; s <= spi; s++) {
		struct reg_state *r = slot_reg(&f->stack[s]);

		if (!r)
			return -ENOMEM;
		memset(f->stack[s].type, STACK_DYNPTR, BPF_REG_SIZE);
		reg_mark_not_init(r);
		r->id = id;
		r->ref_obj_id = ref;
		f->stack[s].dynptr_type = (uint8_t)type;
		f->stack[s].dynptr_first = s == spi;
	}
	return 0;
}

/* A constant string (bpf_strncmp's third argument, a kfunc's `name__str`):
 * a constant address in a read-only map, NUL-terminated in the frozen
 * contents the verifier reads at load time. */
int check_const_str(struct venv *env, int regno, const struct reg_state *r)
{
	const struct vmap *m = r->u.map;
	int64_t off;
	bool nul = false;
	int err;

	if (!m || !m->readonly)
		return verr(env, -EACCES, "R%d does not point to a readonly map'", regno);
	if (!tnum_is_const(r->var_off))
		return verr(env, -EACCES, "R%d is not a constant address'", regno);
	off = r->off + (int64_t)r->var_off.value;
	err = check_region(env, regno, r->off, (int)m->value_size - r->off, m->value_size, false);
	if (err)
		return err;
	/* bytes past the initialised part are zero */
	for (int64_t i = off; i >= 0 && i < (int64_t)m->value_size && !nul; i++)
		nul = !m->data || (size_t)i >= m->data_size || !((const uint8_t *)m->data)[i];
	return nul ? 0 : verr(env, -EINVAL, "string is not zero-terminated");
}

/* bpf_kptr_xchg()'s second argument: NULL, or a referenced pointer of the
 * field's type, whose reference the map takes over. */
static int kptr_xchg_value(struct venv *env, const struct reg_state *r, int regno, struct call_meta *meta)
{
	const char *expected;
	char t[64];
	int err;

	if (reg_is_null(r))
		return 0;
	if (r->type != SCALAR_VALUE && (r->flags & PTR_MAYBE_NULL))
		return verr(env, -EACCES, "Possibly NULL pointer passed to helper arg%d", regno);
	if (r->type != PTR_TO_BTF_ID)
		return unsupported(env, "bpf_kptr_xchg() given %s is not modelled yet", reg_type_str(env, r, t, sizeof(t)));
	note_borrowed_object(env, r);
	if (r->flags & MEM_ALLOC) {
		/* one of the program's objects: only one it owns; one loaded
		 * from a kptr inside an RCU section passes the type check and
		 * then trips the kernel's (EFAULT) */
		unsigned fl = r->flags & ~(unsigned)(MEM_ALLOC | MEM_PERCPU);

		if (fl && fl != PTR_TRUSTED && fl != MEM_RCU)
			return verr(env, -EACCES, "R%d type=%s expected=ptr_, trusted_ptr_, rcu_ptr_", regno,
				    reg_type_str(env, r, t, sizeof(t)));
		if (fl)
			return verr(env, -EFAULT, "verifier bug: invalid PTR_TO_BTF_ID register for type match");
	} else if (!type_ok(A_BTF_ID, r, &expected)) {
		return verr(env, -EACCES, "R%d type=%s expected=%s", regno, reg_type_str(env, r, t, sizeof(t)), expected);
	}
	err = kptr_match_type(env, meta->kptr, r, regno);
	if (err)
		return err;
	if (!r->ref_obj_id)
		return verr(env, -EINVAL, "R%d must be referenced when passed to release function", regno);
	meta->release_regno = regno;
	meta->ref_obj_id = r->ref_obj_id;
	return 0;
}

static int check_arg(struct venv *env, const struct helper_proto *fn, int arg, struct call_meta *meta)
{
	int regno = arg + 1, kind = arg_kind(env, fn, arg), err;
	struct reg_state *r = &cur_regs(env)[regno];
	const char *expected;
	char t[64];

	if (kind == A_NONE)
		return 0;
	err = check_reg_read(env, regno);
	if (err)
		return err;
	env->scratched_regs |= 1u << regno;
	if (kind == A_ANYTHING) {
		if (is_pointer_value(env, regno))
			return verr(env, -EACCES, "R%d leaks addr into helper function", regno);
		return 0;
	}
	/* any argument but an `anything` one: a packet pointer as a size is
	 * refused with this line too, before its type is looked at */
	if ((r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META) && !meta->pkt_access &&
	    env->prog_type != 25 /* cgroup_sockopt */)
		return verr(env, -EACCES, "helper access to the packet is not allowed");
	/* what a sockmap or sockhash stores is a socket, not bytes */
	if ((kind == A_VALUE || kind == A_UNINIT_VALUE || kind == A_VALUE_OR_NULL) && meta->map &&
	    (meta->map->type == BPF_MAP_TYPE_SOCKMAP || meta->map->type == BPF_MAP_TYPE_SOCKHASH)) {
		if (kind != A_VALUE)
			return verr(env, -EINVAL, "invalid arg_type for sockmap/sockhash");
		kind = A_BTF_SOCK_COMMON;
	}
	if (kind == A_KPTR)
		return check_kptr_xchg_dest(env, r, regno, &meta->kptr);
	if (meta->kptr && arg == 1)
		return kptr_xchg_value(env, r, regno, meta);
	if (reg_is_null(r) && may_be_null(kind))
		goto skip_type;
	if (!type_ok(kind, r, &expected))
		return verr(env, -EACCES, "R%d type=%s expected=%s", regno, reg_type_str(env, r, t, sizeof(t)), expected);
	if (r->type == PTR_TO_BTF_ID && arg_struct(fn, arg, kind)) {
		const char *want = arg_struct(fn, arg, kind);
		uint32_t want_id = kernel_struct_id(env, want);

		if (want_id && !btf_ids_match(env, r->u.btf_id, r->off, want_id))
			return verr(env, -EACCES, "R%d is of type %s but %s is expected", regno,
				    r->btf_name ? r->btf_name : "", want);
	}
	/* a kernel struct is never written by a helper, nor passed where the
	 * kernel's type of the argument does not say read-only */
	if (r->type == PTR_TO_BTF_ID && arg_kind_not_rdonly(kind))
		return verr(env, -EACCES, "bpf_%s() may write into memory pointed by R%d type=%s", fn->name, regno,
			    reg_type_str(env, r, t, sizeof(t)));
	if ((kind == A_DYNPTR || kind == A_UNINIT_DYNPTR) && r->type == CONST_PTR_TO_DYNPTR)
		return const_dynptr_arg(env, r, regno, kind == A_UNINIT_DYNPTR, fn->flags & HF_RELEASE && arg == 0, meta);
	if (kind == A_DYNPTR || kind == A_UNINIT_DYNPTR) {
		/* releasing one: it must hold a reference */
		if (fn->flags & HF_RELEASE && arg == 0) {
			int spi = 0;

			err = dynptr_spi(env, r, &spi);
			if (err || !dynptr_valid_init(env->cur->frame[r->frameno], spi) ||
			    !env->cur->frame[r->frameno]->stack[spi].spilled->ref_obj_id)
				return verr(env, -EINVAL, "arg %d is an unacquired reference", regno);
			meta->release_dynptr = true;
		}
		return process_dynptr(env, fn, regno, kind == A_UNINIT_DYNPTR, meta);
	}
	if (fn->flags & HF_RELEASE && arg == 0) {
		/* the object is released as it was handed out */
		if (r->off)
			return verr(env, -EINVAL,
				    "R%d must have zero offset when passed to release func or trusted arg to kfunc", regno);
		err = check_ptr_off(env, r, regno, false);
	} else {
		err = check_arg_off(env, r, regno);
	}
	if (err)
		return err;
skip_type:
	if (fn->flags & HF_RELEASE && arg == 0) {
		if (!r->ref_obj_id)
			return verr(env, -EINVAL, "R%d must be referenced when passed to release function", regno);
		meta->release_regno = regno;
	}
	if (r->ref_obj_id) {
		if (meta->ref_obj_id)
			return verr(env, -EACCES, "more than one arg with ref_obj_id R%d %u %u", regno, r->ref_obj_id,
				    meta->ref_obj_id);
		meta->ref_obj_id = r->ref_obj_id;
	}
	switch (kind) {
	case A_MAP:
		/* bpf_timer_init(): the map is the one holding the timer */
		if (meta->map && meta->map != r->u.map)
			return verr(env, -EINVAL, "timer pointer in R1 map_uid=%d doesn't match map pointer in R2 map_uid=%d",
				    0, 0);
		meta->map = r->u.map;
		break;
	case A_TIMER:
		return process_timer(env, regno, meta);
	case A_KEY:
		if (!meta->map)
			return verr(env, -EACCES, "invalid map_ptr to access map->key");
		err = check_helper_mem(env, regno, (int)meta->map->key_size, false, false, false);
		if (err)
			return err;
		/* only an array's lookup can be known not to fail */
		if (meta->map->type == BPF_MAP_TYPE_ARRAY || meta->map->type == BPF_MAP_TYPE_PERCPU_ARRAY)
			meta->const_key = constant_key(env, r, meta->map->key_size);
		break;
	case A_VALUE:
	case A_UNINIT_VALUE:
	case A_VALUE_OR_NULL:
		if (kind == A_VALUE_OR_NULL && reg_is_null(r))
			return 0;
		if (!meta->map)
			return verr(env, -EACCES, "invalid map_ptr to access map->value");
		/* a bloom filter's peek only tests the value: the kernel reads the
		 * buffer instead of filling it (its level-2 log leaves the stack as
		 * it was) */
		if (kind == A_UNINIT_VALUE && meta->map->type == BPF_MAP_TYPE_BLOOM_FILTER)
			kind = A_VALUE;
		err = check_helper_mem(env, regno, (int)meta->map->value_size, kind == A_UNINIT_VALUE, false,
				       kind == A_UNINIT_VALUE);
		if (!err && kind == A_UNINIT_VALUE && r->type == PTR_TO_STACK) {
			meta->raw_regno = regno;
			meta->raw_size = (int)meta->map->value_size;
		}
		return err;
	case A_FIXED_MEM:
	case A_UNINIT_FIXED_MEM:
	case A_RW_FIXED_MEM:
		err = check_helper_mem(env, regno, helper_fixed_size(fn, arg), kind != A_FIXED_MEM, false,
				       kind == A_UNINIT_FIXED_MEM);
		if (!err && kind == A_UNINIT_FIXED_MEM && r->type == PTR_TO_STACK) {
			meta->raw_regno = regno;
			meta->raw_size = helper_fixed_size(fn, arg);
		}
		return err;
	case A_SIZE:
	case A_SIZE_OR_ZERO:
		return check_size_arg(env, regno, fn->args[arg - 1], kind == A_SIZE_OR_ZERO, meta);
	case A_ALLOC_SIZE_OR_ZERO:
		if (!tnum_is_const(r->var_off))
			return verr(env, -EACCES, "R%d is not a known constant'", regno);
		meta->mem_size = (uint32_t)r->var_off.value;
		mark_precise(env, regno);
		break;
	case A_LONG:
	case A_INT: {
		int size = kind == A_LONG ? 8 : 4;

		err = check_helper_mem(env, regno, size, true, false, true);
		if (!err && r->type == PTR_TO_STACK) {
			meta->raw_regno = regno;
			meta->raw_size = size;
		}
		if (!err) {
			struct reg_state tmp = *r;
			struct tnum at = tnum_add(tmp.var_off, tnum_const((uint64_t)(int64_t)tmp.off));

			if (!tnum_is_aligned(at, (uint64_t)size)) {
				char tn[48];
				const char *desc = r->type == PTR_TO_STACK ? "stack " : r->type == PTR_TO_MAP_VALUE ? "value " : "";

				var_off_str(tn, sizeof(tn), r->var_off);
				return verr(env, -EACCES, "misaligned %saccess off %s+%d+%d size %d", desc, tn, r->off, 0,
					    size);
			}
		}
		return err;
	}
	case A_FUNC:
		meta->subprog = (int)r->u.subprog;
		break;
	case A_SPIN_LOCK:
		if (in_rbtree_cb(env))
			return verr(env, -EACCES, "can't spin_{lock,unlock} in rbtree cb");
		return process_spin_lock(env, regno, fn->name[5] == 'l');
	case A_CONST_STR:
		return check_const_str(env, regno, r);
	default:
		break;
	}
	return 0;
}

void clear_pkt_pointers(struct venv *env)
{
	struct vstate *st = env->cur;

	for (int fi = 0; fi <= st->curframe; fi++) {
		struct func_state *f = st->frame[fi];

		for (int i = 0; i < MAX_BPF_REG; i++) {
			struct reg_state *r = &f->regs[i];

			if (r->type == PTR_TO_PACKET || r->type == PTR_TO_PACKET_META || r->type == PTR_TO_PACKET_END ||
			    (r->type == PTR_TO_MEM && (r->flags & MEM_PKT_SLICE))) {
				int32_t def = r->def_insn;

				if (env->priv)
					reg_mark_unknown(r);
				else
					reg_mark_not_init(r);
				r->def_insn = def;
				r->stale_insn = (int32_t)env->insn_idx;
			}
		}
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
			const struct reg_state *k = f->stack[s].spilled;
			struct reg_state *r;

			if (f->stack[s].type[BPF_REG_SIZE - 1] != STACK_SPILL)
				continue;
			if (k->type == PTR_TO_PACKET || k->type == PTR_TO_PACKET_META || k->type == PTR_TO_PACKET_END ||
			    (k->type == PTR_TO_MEM && (k->flags & MEM_PKT_SLICE))) {
				r = slot_reg(&f->stack[s]);
				if (!r) {
					env->nomem = true;
					return;
				}
				if (env->priv)
					reg_mark_unknown(r);
				else
					reg_mark_not_init(r);
				r->stale_insn = (int32_t)env->insn_idx;
			}
		}
	}
}

/* Updating a sockmap takes the socket's lock: only where no program can
 * already hold one (a socket the program got from a lookup is unlocked). */
static bool may_update_sockmap(struct venv *env, const char *helper)
{
	if (strcmp(helper, "map_update_elem") && strcmp(helper, "map_delete_elem"))
		return false;
	switch (env->prog_type) {
	case BV_PROG_TRACING:
		if (env->attach_type == 28 /* BPF_TRACE_ITER */)
			return true;
		break;
	case BV_PROG_SOCK_OPS:
		if (!strcmp(helper, "map_delete_elem"))
			return true;
		break;
	case BV_PROG_SOCKET_FILTER: case BV_PROG_SCHED_CLS: case BV_PROG_SCHED_ACT: case BV_PROG_XDP:
	case BV_PROG_SK_REUSEPORT: case BV_PROG_FLOW_DISSECTOR: case BV_PROG_SK_LOOKUP:
		return true;
	default:
		break;
	}
	vlog(env, "cannot update sockmap in this context\n");
	return false;
}


/* Helpers that work on some map types only, and those types (the rest of
 * the rule is by map type, in map_helpers below). */
static const struct {
	const char *helper;
	uint32_t types[4];
} helper_maps[] = {
	{ "tail_call", { BPF_MAP_TYPE_PROG_ARRAY } },
	{ "perf_event_read", { BPF_MAP_TYPE_PERF_EVENT_ARRAY } },
	{ "perf_event_output", { BPF_MAP_TYPE_PERF_EVENT_ARRAY } },
	{ "perf_event_read_value", { BPF_MAP_TYPE_PERF_EVENT_ARRAY } },
	{ "skb_output", { BPF_MAP_TYPE_PERF_EVENT_ARRAY } },
	{ "xdp_output", { BPF_MAP_TYPE_PERF_EVENT_ARRAY } },
	{ "ringbuf_output", { BPF_MAP_TYPE_RINGBUF } },
	{ "ringbuf_reserve", { BPF_MAP_TYPE_RINGBUF } },
	{ "ringbuf_query", { BPF_MAP_TYPE_RINGBUF } },
	{ "get_stackid", { BPF_MAP_TYPE_STACK_TRACE } },
	{ "current_task_under_cgroup", { BPF_MAP_TYPE_CGROUP_ARRAY } },
	{ "skb_under_cgroup", { BPF_MAP_TYPE_CGROUP_ARRAY } },
	{ "redirect_map", { BPF_MAP_TYPE_DEVMAP, BPF_MAP_TYPE_DEVMAP_HASH, BPF_MAP_TYPE_CPUMAP, BPF_MAP_TYPE_XSKMAP } },
	{ "sk_redirect_map", { BPF_MAP_TYPE_SOCKMAP } },
	{ "msg_redirect_map", { BPF_MAP_TYPE_SOCKMAP } },
	{ "sock_map_update", { BPF_MAP_TYPE_SOCKMAP } },
	{ "sk_redirect_hash", { BPF_MAP_TYPE_SOCKHASH } },
	{ "msg_redirect_hash", { BPF_MAP_TYPE_SOCKHASH } },
	{ "sock_hash_update", { BPF_MAP_TYPE_SOCKHASH } },
	{ "get_local_storage", { BPF_MAP_TYPE_CGROUP_STORAGE, BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE } },
	{ "map_pop_elem", { BPF_MAP_TYPE_QUEUE, BPF_MAP_TYPE_STACK } },
	{ "map_peek_elem", { BPF_MAP_TYPE_QUEUE, BPF_MAP_TYPE_STACK, BPF_MAP_TYPE_BLOOM_FILTER } },
	{ "map_push_elem", { BPF_MAP_TYPE_QUEUE, BPF_MAP_TYPE_STACK, BPF_MAP_TYPE_BLOOM_FILTER } },
	{ "map_lookup_percpu_elem",
	  { BPF_MAP_TYPE_PERCPU_ARRAY, BPF_MAP_TYPE_PERCPU_HASH, BPF_MAP_TYPE_LRU_PERCPU_HASH } },
	{ "sk_storage_get", { BPF_MAP_TYPE_SK_STORAGE } },
	{ "sk_storage_delete", { BPF_MAP_TYPE_SK_STORAGE } },
	{ "task_storage_get", { BPF_MAP_TYPE_TASK_STORAGE } },
	{ "task_storage_delete", { BPF_MAP_TYPE_TASK_STORAGE } },
	{ "cgrp_storage_get", { BPF_MAP_TYPE_CGRP_STORAGE } },
	{ "cgrp_storage_delete", { BPF_MAP_TYPE_CGRP_STORAGE } },
	{ "inode_storage_get", { BPF_MAP_TYPE_INODE_STORAGE } },
	{ "inode_storage_delete", { BPF_MAP_TYPE_INODE_STORAGE } },
	{ "ringbuf_reserve_dynptr", { BPF_MAP_TYPE_RINGBUF } },
	{ "sk_select_reuseport",
	  { BPF_MAP_TYPE_REUSEPORT_SOCKARRAY, BPF_MAP_TYPE_SOCKMAP, BPF_MAP_TYPE_SOCKHASH } },
	{ "user_ringbuf_drain", { BPF_MAP_TYPE_USER_RINGBUF } },
};

const uint32_t *helper_map_types(const char *helper, size_t *n)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(helper_maps); i++)
		if (!strcmp(helper_maps[i].helper, helper)) {
			*n = 1;
			while (*n < 4 && helper_maps[i].types[*n])
				(*n)++;
			return helper_maps[i].types;
		}
	*n = 0;
	return NULL;
}

/* Map types that take only some helpers, and those helpers (the other
 * direction of the rule is helper_maps above). */
static const struct {
	uint32_t type;
	const char *helpers[7];
} map_helpers[] = {
	{ BPF_MAP_TYPE_PROG_ARRAY, { "tail_call" } },
	{ BPF_MAP_TYPE_PERF_EVENT_ARRAY,
	  { "perf_event_read", "perf_event_output", "skb_output", "perf_event_read_value", "xdp_output" } },
	{ BPF_MAP_TYPE_RINGBUF,
	  { "ringbuf_output", "ringbuf_reserve", "ringbuf_query", "ringbuf_reserve_dynptr", "ringbuf_submit_dynptr",
	    "ringbuf_discard_dynptr" } },
	{ BPF_MAP_TYPE_USER_RINGBUF, { "user_ringbuf_drain" } },
	{ BPF_MAP_TYPE_STACK_TRACE, { "get_stackid" } },
	{ BPF_MAP_TYPE_CGROUP_ARRAY, { "skb_under_cgroup", "current_task_under_cgroup" } },
	{ BPF_MAP_TYPE_CGROUP_STORAGE, { "get_local_storage" } },
	{ BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE, { "get_local_storage" } },
	{ BPF_MAP_TYPE_DEVMAP, { "redirect_map", "map_lookup_elem" } },
	{ BPF_MAP_TYPE_DEVMAP_HASH, { "redirect_map", "map_lookup_elem" } },
	{ BPF_MAP_TYPE_XSKMAP, { "redirect_map", "map_lookup_elem" } },
	{ BPF_MAP_TYPE_CPUMAP, { "redirect_map" } },
	{ BPF_MAP_TYPE_ARRAY_OF_MAPS, { "map_lookup_elem" } },
	{ BPF_MAP_TYPE_HASH_OF_MAPS, { "map_lookup_elem" } },
	/* and map updates where may_update_sockmap() allows them */
	{ BPF_MAP_TYPE_SOCKMAP,
	  { "sk_redirect_map", "sock_map_update", "msg_redirect_map", "sk_select_reuseport", "map_lookup_elem" } },
	{ BPF_MAP_TYPE_SOCKHASH,
	  { "sk_redirect_hash", "sock_hash_update", "msg_redirect_hash", "sk_select_reuseport", "map_lookup_elem" } },
	{ BPF_MAP_TYPE_REUSEPORT_SOCKARRAY, { "sk_select_reuseport" } },
	{ BPF_MAP_TYPE_QUEUE, { "map_peek_elem", "map_pop_elem", "map_push_elem" } },
	{ BPF_MAP_TYPE_STACK, { "map_peek_elem", "map_pop_elem", "map_push_elem" } },
	{ BPF_MAP_TYPE_SK_STORAGE, { "sk_storage_get", "sk_storage_delete", "kptr_xchg" } },
	{ BPF_MAP_TYPE_TASK_STORAGE, { "task_storage_get", "task_storage_delete", "kptr_xchg" } },
	{ BPF_MAP_TYPE_CGRP_STORAGE, { "cgrp_storage_get", "cgrp_storage_delete", "kptr_xchg" } },
	{ BPF_MAP_TYPE_INODE_STORAGE, { "inode_storage_get", "inode_storage_delete", "kptr_xchg" } },
	{ BPF_MAP_TYPE_BLOOM_FILTER, { "map_peek_elem", "map_push_elem" } },
};

static int map_func_compat(struct venv *env, const struct vmap *m, int32_t id)
{
	const struct bv_helper *h = bv_helper_by_id(id);
	const char *n = h ? h->name : "";
	size_t nt;
	const uint32_t *only;
	bool ok = true;
	char name[64];

	if (!m)
		return 0;
	for (size_t i = 0; i < BV_ARRAY_SIZE(map_helpers); i++) {
		if (map_helpers[i].type != m->type)
			continue;
		ok = false;
		for (size_t k = 0; k < BV_ARRAY_SIZE(map_helpers[i].helpers) && map_helpers[i].helpers[k]; k++)
			ok |= !strcmp(map_helpers[i].helpers[k], n);
		if (!ok && (m->type == BPF_MAP_TYPE_SOCKMAP || m->type == BPF_MAP_TYPE_SOCKHASH))
			ok = may_update_sockmap(env, n);
		break;
	}
	only = ok ? helper_map_types(n, &nt) : NULL;
	for (size_t i = 0; only && i < nt; i++)
		if (only[i] == m->type)
			only = NULL;
	if (ok && !only)
		return 0;
	return verr(env, -EINVAL, "cannot pass map_type %u into func %s#%d", m->type, helper_name(id, name, sizeof(name)),
		    id);
}

static int acquire_ref(struct venv *env)
{
	struct vstate *st = env->cur;
	struct ref_state *r = realloc(st->refs, (size_t)(st->n_refs + 1) * sizeof(*r));

	if (!r)
		return -ENOMEM;
	st->refs = r;
	r[st->n_refs].id = new_id(env);
	r[st->n_refs].insn = (int)env->insn_idx;
	r[st->n_refs].type = REF_PTR;
	r[st->n_refs].map = -1;
	st->n_refs++;
	return (int)r[st->n_refs - 1].id;
}

/* Registers and spilled registers of every frame that pick() selects
 * become unusable: unknown numbers, or unreadable without CAP_BPF (a
 * spill keeps the number). */
void invalidate_regs(struct venv *env, bool (*pick)(const struct reg_state *r, uint32_t key), uint32_t key)
{
	struct vstate *st = env->cur;

	for (int fi = 0; fi <= st->curframe; fi++) {
		struct func_state *f = st->frame[fi];

		for (int r = 0; r < MAX_BPF_REG; r++)
			if (pick(&f->regs[r], key)) {
				if (env->priv)
					reg_mark_unknown(&f->regs[r]);
				else
					reg_mark_not_init(&f->regs[r]);
				f->regs[r].stale_insn = (int32_t)env->insn_idx; /* for the explanation */
			}
		for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++)
			if (f->stack[s].type[BPF_REG_SIZE - 1] == STACK_SPILL && pick(f->stack[s].spilled, key)) {
				struct reg_state *r = slot_reg(&f->stack[s]);

				if (!r) {
					env->nomem = true;
					return;
				}
				reg_mark_unknown(r);
				r->stale_insn = (int32_t)env->insn_idx;
			}
	}
}

static bool holds_ref(const struct reg_state *r, uint32_t id)
{
	return r->ref_obj_id == id;
}

static int release_ref(struct venv *env, uint32_t id)
{
	struct vstate *st = env->cur;

	for (int i = 0; i < st->n_refs; i++) {
		if (st->refs[i].id != id)
			continue;
		memmove(&st->refs[i], &st->refs[i + 1], (size_t)(st->n_refs - i - 1) * sizeof(*st->refs));
		st->n_refs--;
		/* every copy of the released pointer becomes unusable */
		invalidate_regs(env, holds_ref, id);
		return 0;
	}
	return verr(env, -EINVAL, "reference has not been acquired before");
}

int acquire_ref_at(struct venv *env)
{
	return acquire_ref(env);
}

int release_ref_at(struct venv *env, uint32_t id)
{
	return release_ref(env, id);
}

int check_ref_leak(struct venv *env, const char *where)
{
	struct vstate *st = env->cur;
	int n = 0;

	if (holds_lock(st))
		return verr(env, -EINVAL, "%s cannot be used inside bpf_spin_lock-ed region", where);
	for (int i = 0; i < st->n_refs; i++)
		if (st->refs[i].type == REF_PTR) {
			vdetail(env, "Unreleased reference id=%u alloc_insn=%d", st->refs[i].id, st->refs[i].insn);
			n++;
		}
	if (n)
		return verr(env, -EINVAL, "%s would lead to reference leak", where);
	if (st->active_rcu)
		return verr(env, -EINVAL, "%s cannot be used inside bpf_rcu_read_lock-ed region", where);
	if (st->active_preempt)
		return verr(env, -EINVAL, "%s cannot be used inside bpf_preempt_disable-ed region", where);
	return 0;
}

int bv_possible_cpus(void)
{
	static int n;
	FILE *f;

	if (n)
		return n;
	n = 1;
	f = fopen("/sys/devices/system/cpu/possible", "r");
	if (f) {
		int a, b;

		if (fscanf(f, "%d-%d", &a, &b) == 2)
			n = b + 1;
		fclose(f);
	}
	return n;
}

static int push_callback(struct venv *env, uint32_t idx, int cb, int id);
static int check_loop_call(struct venv *env, uint32_t idx, int cb, int id);

int check_helper_call(struct venv *env, const struct bv_insn *insn, uint32_t idx)
{
	int32_t id = insn->imm;
	const struct helper_proto *fn;
	struct call_meta meta;
	struct reg_state *regs;
	char name[64], code;
	int err;

	if (id < 0 || id > bv_helper_max_id() || !bv_helper_by_id(id))
		return verr(env, -EINVAL, "invalid func %s#%d", helper_name(id, name, sizeof(name)), id);
	code = allowed_code(env, id);
	if (code == '.')
		return verr(env, -EINVAL, "program of this type cannot use helper %s#%d",
			    helper_name(id, name, sizeof(name)), id);
	if ((code == 'g' || code == 'S') && !env->gpl)
		return verr(env, -EINVAL, "cannot call GPL-restricted function from non-GPL compatible program");
	/* bpf_d_path needs a path the kernel knows to be live, the IMA
	 * hashes a hook that may sleep */
	if (!helper_allowed_here(env, id))
		return verr(env, -EINVAL, "helper call is not allowed in probe");
	if ((code == 's' || code == 'S') && !in_sleepable(env))
		return verr(env, -EINVAL, "helper call might sleep in a non-sleepable prog");
	fn = helper_proto(id);
	if (!fn)
		return unsupported(env, "helper %s#%d is not modelled", helper_name(id, name, sizeof(name)), id);
	/* a sleepable program may still not sleep inside bpf_rcu_read_lock()
	 * or bpf_preempt_disable(); checked before the arguments */
	if (env->cur->active_rcu && helper_might_sleep(id))
		return verr(env, -EINVAL, "sleepable helper %s#%d in rcu_read_lock region",
			    helper_name(id, name, sizeof(name)), id);
	if (env->cur->active_preempt && helper_might_sleep(id))
		return verr(env, -EINVAL, "sleepable helper %s#%d in non-preemptible region",
			    helper_name(id, name, sizeof(name)), id);
	memset(&meta, 0, sizeof(meta));
	meta.raw_regno = -1;
	meta.subprog = -1;
	meta.const_key = -1;
	meta.pkt_access = (fn->flags & HF_PKT_ACCESS) != 0;
	for (int i = 0; i < 5; i++) {
		err = check_arg(env, fn, i, &meta);
		if (err)
			return err;
	}
	if (!strcmp(fn->name, "tail_call") && meta.map) {
		const struct reg_state *key = &cur_regs(env)[3];

		if (meta.map->type != BPF_MAP_TYPE_PROG_ARRAY) {
			/* the kernel prints this one without a newline */
			verr(env, -EINVAL, "expected prog array map for tail call");
			vlog_unput_newline(env);
			return -EINVAL;
		}
		/* a constant in-range index lets the kernel patch the call
		 * into a direct jump, so it must stay exactly that value */
		if (tnum_is_const(key->var_off) && key->var_off.value < meta.map->max_entries)
			mark_precise(env, 3);
	}
	if (meta.map && meta.map->readonly_prog &&
	    (!strcmp(bv_helper_by_id(id)->name, "map_update_elem") || !strcmp(bv_helper_by_id(id)->name, "map_delete_elem") ||
	     !strcmp(bv_helper_by_id(id)->name, "map_push_elem") || !strcmp(bv_helper_by_id(id)->name, "map_pop_elem")))
		return verr(env, -EACCES, "write into map forbidden");
	/* the helper fills uninitialised stack: byte writes */
	if (meta.raw_regno >= 0) {
		for (int i = 0; i < meta.raw_size; i++) {
			err = check_mem_access(env, meta.raw_regno, i, 1, true, -1, false, false, insn);
			if (err)
				return err;
		}
	}
	regs = cur_regs(env);
	if (meta.release_dynptr) {
		err = release_ref(env, meta.dynptr_ref);
		if (err)
			return err;
		/* the dynptr and every clone of it */
		for (int fi = 0; fi <= env->cur->curframe; fi++) {
			struct func_state *f = env->cur->frame[fi];

			for (int s = 0; s < f->allocated_stack / BPF_REG_SIZE; s++) {
				if (f->stack[s].type[0] != STACK_DYNPTR || slot_peek(&f->stack[s])->ref_obj_id != meta.dynptr_ref)
					continue;
				ls_mark_write(env, f->frameno, 1ull << s);
				memset(f->stack[s].type, STACK_INVALID, BPF_REG_SIZE);
				slot_drop(&f->stack[s]);
				f->stack[s].dynptr_type = DYNPTR_NONE;
				f->stack[s].dynptr_first = 0;
			}
		}
		regs = cur_regs(env);
	} else if (meta.release_regno) {
		err = release_ref(env, regs[meta.release_regno].ref_obj_id);
		if (err)
			return err;
		regs = cur_regs(env);
	}
	/* a dynptr over memory only takes a map value */
	if (!strcmp(fn->name, "dynptr_from_mem") && regs[1].type != PTR_TO_MAP_VALUE) {
		char t[64];

		return verr(env, -EACCES, "Unsupported reg type %s for bpf_dynptr_from_mem data",
			    reg_type_str(env, &regs[1], t, sizeof(t)));
	}
	if (!strcmp(fn->name, "tail_call") && env->cur->n_refs) {
		err = check_ref_leak(env, "tail_call");
		if (err)
			return err;
	}
	if (!strcmp(fn->name, "get_local_storage") && !reg_is_null(&regs[2]))
		return verr(env, -EINVAL, "get_local_storage() doesn't support non-zero flags");
	if ((fn->args[1] == A_FUNC || fn->args[2] == A_FUNC) && strcmp(fn->name, "loop") &&
	    strcmp(fn->name, "for_each_map_elem") && strcmp(fn->name, "timer_set_callback") &&
	    strcmp(fn->name, "user_ringbuf_drain") && strcmp(fn->name, "find_vma"))
		return unsupported(env, "callbacks (%s) are not modelled yet", helper_name(id, name, sizeof(name)));
	if (!strcmp(fn->name, "for_each_map_elem") || !strcmp(fn->name, "user_ringbuf_drain") ||
	    !strcmp(fn->name, "find_vma")) {
		err = push_callback(env, idx, meta.subprog, id);
		if (err)
			return err;
		regs = cur_regs(env);
	} else if (!strcmp(fn->name, "loop")) {
		err = check_loop_call(env, idx, meta.subprog, id);
		if (err)
			return err;
		regs = cur_regs(env);
	} else if (!strcmp(fn->name, "timer_set_callback")) {
		err = push_async_callback(env, idx, meta.subprog, meta.map, false);
		if (err)
			return err;
		regs = cur_regs(env);
	}
	clobber_caller_saved(regs);
	env->scratched_regs |= 0x3f;
	switch (fn->ret) {
	case R_INTEGER:
		reg_mark_unknown(&regs[0]);
		break;
	case R_VOID:
		break;
	case R_MAP_VALUE_OR_NULL:
	case R_MAP_VALUE:
		if (!meta.map)
			return verr(env, -EINVAL, "kernel subsystem misconfigured verifier");
		reg_mark_ptr(&regs[0], PTR_TO_MAP_VALUE);
		regs[0].u.map = meta.map;
		if (fn->ret == R_MAP_VALUE_OR_NULL)
			regs[0].flags = PTR_MAYBE_NULL;
		if (!strcmp(fn->name, "map_lookup_elem") &&
		    (meta.map->type == BPF_MAP_TYPE_ARRAY || meta.map->type == BPF_MAP_TYPE_PERCPU_ARRAY) &&
		    meta.const_key >= 0 && meta.const_key < meta.map->max_entries &&
		    !env->no_const_key_nonnull)
			regs[0].flags &= (uint16_t)~PTR_MAYBE_NULL;
		/* a value with a spin lock is told apart by its id */
		if (!(regs[0].flags & PTR_MAYBE_NULL) && meta.map->spin_lock_off >= 0)
			regs[0].id = new_id(env);
		break;
	case R_SOCKET_OR_NULL:
		reg_mark_ptr(&regs[0], PTR_TO_SOCKET);
		regs[0].flags = PTR_MAYBE_NULL;
		break;
	case R_SOCK_COMMON_OR_NULL:
		reg_mark_ptr(&regs[0], PTR_TO_SOCK_COMMON);
		regs[0].flags = PTR_MAYBE_NULL;
		break;
	case R_TCP_SOCK_OR_NULL:
		reg_mark_ptr(&regs[0], PTR_TO_TCP_SOCK);
		regs[0].flags = PTR_MAYBE_NULL;
		break;
	case R_RINGBUF_MEM_OR_NULL:
		reg_mark_ptr(&regs[0], PTR_TO_MEM);
		regs[0].flags = PTR_MAYBE_NULL | MEM_RINGBUF;
		regs[0].u.mem_size = meta.mem_size;
		break;
	case R_MEM_OR_NULL:
		reg_mark_ptr(&regs[0], PTR_TO_MEM);
		regs[0].flags = PTR_MAYBE_NULL;
		regs[0].u.mem_size = meta.mem_size;
		/* bpf_dynptr_data(): a slice that lives as long as the reservation,
		 * and as long as the dynptr itself */
		regs[0].ref_obj_id = meta.dynptr_ref;
		regs[0].dynptr_id = meta.dynptr_id;
		break;
	case R_BTF_ID:
	case R_BTF_ID_PLAIN:
	case R_BTF_ID_OR_NULL:
	case R_PERCPU_BTF_ID:
		reg_mark_ptr(&regs[0], PTR_TO_BTF_ID);
		regs[0].flags = fn->ret == R_BTF_ID ? PTR_TRUSTED : fn->ret == R_BTF_ID_PLAIN ? 0 : PTR_MAYBE_NULL;
		if (meta.kptr && meta.kptr->local) {
			/* out of a kptr to the program's own struct: its object again */
			regs[0].flags |= MEM_ALLOC;
			regs[0].u.btf_id = meta.kptr->btf_id;
			regs[0].btf_name = meta.kptr->name;
			break;
		}
		reg_set_btf(env, &regs[0], meta.kptr ? meta.kptr->name : fn->ret_btf);
		break;
	}
	regs[0].def_insn = (int32_t)idx;
	if ((regs[0].flags & PTR_MAYBE_NULL) && regs[0].type != SCALAR_VALUE)
		regs[0].id = new_id(env);
	/* the same socket seen as another type holds the same reference: releasing
	 * either one ends both */
	if (fn->flags & HF_PTR_CAST)
		regs[0].ref_obj_id = meta.ref_obj_id;
	/* a socket looked up in a sockmap or sockhash comes with a reference */
	if ((fn->flags & HF_ACQUIRE) ||
	    (insn->imm == 1 && meta.map &&
	     (meta.map->type == BPF_MAP_TYPE_SOCKMAP || meta.map->type == BPF_MAP_TYPE_SOCKHASH))) {
		int rid = acquire_ref(env);

		if (rid < 0)
			return rid;
		regs[0].id = (uint32_t)rid;
		regs[0].ref_obj_id = (uint32_t)rid;
	}
	if (fn->flags & HF_RET_MSIZE) {
		regs[0].smax = (int64_t)meta.msize_max;
		regs[0].s32_max = (int32_t)meta.msize_max;
		regs[0].smin = -MAX_ERRNO;
		regs[0].s32_min = -MAX_ERRNO;
		reg_bounds_sync(&regs[0]);
	}
	if (fn->flags & HF_RET_CPU) {
		int n = (env->possible_cpus > 0 ? env->possible_cpus : bv_possible_cpus()) - 1;

		regs[0].umax = (uint64_t)n;
		regs[0].u32_max = (uint32_t)n;
		regs[0].smax = n;
		regs[0].s32_max = n;
		regs[0].smin = 0;
		regs[0].s32_min = 0;
		reg_bounds_sync(&regs[0]);
	}
	err = map_func_compat(env, meta.map, id);
	if (err)
		return err;
	/* the address of the traced function: a tracepoint or iterator has none */
	if (id == 173 /* get_func_ip */ && env->prog_type == BV_PROG_TRACING && !prog_has_trampoline(env))
		return verr(env, -524 /* the kernel's ENOTSUPP */, "func bpf_get_func_ip#173 supported only for fentry/fexit/fmod_ret programs");
	if (id == 173 && env->prog_type == BV_PROG_LSM)
		return verr(env, -524, "func bpf_get_func_ip#173 not supported for program type %d", BV_PROG_LSM);
	/* writing through a dynptr over an skb may reallocate its data */
	if ((fn->flags & HF_CHANGES_PKT) || (!strcmp(fn->name, "dynptr_write") && meta.dynptr_type == DYNPTR_SKB))
		clear_pkt_pointers(env);
	return 0;
}

/* ---- callbacks ---- */

/* The callback's first walk is pushed as a branch of the call, in a new
 * frame holding the arguments the helper passes; the caller's walk goes
 * on past the call.  When the callback exits, its walk returns to the call
 * itself, which pushes the next walk, until the states at the call
 * converge (pruning) or bpf_loop's count is used up. */
/* A timer's or workqueue's callback runs later, on its own: it is
 * verified as a program of its own, from a state that holds only its
 * frame, with (map, key, value) of the map in r1-r3; a workqueue's may
 * sleep. */
int push_async_callback(struct venv *env, uint32_t idx, int cb, const struct vmap *map, bool sleepable)
{
	struct vstate *st;
	struct func_state *f;
	uint32_t entry_cnt = env->cur->frame[env->cur->curframe]->async_entry_cnt + 1;
	int err;

	if (cb < 0 || cb >= env->n_subprogs)
		return verr(env, -EFAULT, "verifier bug: callback of insn %u is not a function", idx);
	/* the callback's prototype against the helper's registers, as for
	 * a call of a static function: a line in the log when it misfits */
	log_static_call_args(env, cb);
	err = push_branch(env, env->subprogs[cb].start, idx);
	if (err)
		return err;
	st = env->stack[env->stack_len - 1].st;
	for (int i = 0; i <= st->curframe; i++) {
		func_state_free(st->frame[i]);
		st->frame[i] = NULL;
	}
	st->curframe = 0;
	free(st->refs);
	st->refs = NULL;
	st->n_refs = 0;
	/* a state of its own: no parent, no history, no depth */
	if (st->parent) {
		st->parent->branches--;
		st->parent = NULL;
	}
	st->first_insn = 0;
	st->hist_len = 0;
	st->dfs_depth = 0;
	st->callback_unroll_depth = 0;
	st->may_goto_depth = 0;
	st->speculative = 0;
	f = func_state_new(0, -1, cb); /* a call chain of its own */
	if (!f)
		return -ENOMEM;
	st->frame[0] = f;
	reg_mark_ptr(&f->regs[1], CONST_PTR_TO_MAP);
	f->regs[1].u.map = map;
	reg_mark_ptr(&f->regs[2], PTR_TO_MAP_KEY);
	f->regs[2].u.map = map;
	reg_mark_ptr(&f->regs[3], PTR_TO_MAP_VALUE);
	f->regs[3].u.map = map;
	for (int i = 1; i <= 3; i++)
		f->regs[i].def_insn = -1;
	reg_mark_ptr(&f->regs[10], PTR_TO_STACK);
	f->regs[10].def_insn = -1;
	f->async_callback = 1;
	f->async_entry_cnt = entry_cnt;
	st->in_sleepable = sleepable;
	env->subprogs[cb].is_async_cb = 1;
	/* the kernel prints the caller's whole state after such a call */
	env->scratched_regs = 0x7ff;
	env->scratched_stack = ~0ull;
	return 0;
}

/* The program may sleep here: a sleepable program, or a workqueue's callback. */
bool in_sleepable(const struct venv *env)
{
	return env->prog->sec.sleepable || env->cur->in_sleepable;
}

int push_sync_callback(struct venv *env, uint32_t idx, int cb, int id)
{
	return push_callback(env, idx, cb, id);
}

static int push_callback(struct venv *env, uint32_t idx, int cb, int id)
{
	struct vstate *st;
	struct func_state *caller, *callee;
	int err;

	if (cb < 0 || cb >= env->n_subprogs)
		return verr(env, -EFAULT, "verifier bug: callback of insn %u is not a function", idx);
	/* the callback's prototype against the helper's registers, as for
	 * a call of a static function: a line in the log when it misfits */
	log_static_call_args(env, cb);
	if (env->cur->curframe + 1 >= MAX_CALL_FRAMES)
		return verr(env, -E2BIG, "the call stack of %d frames is too deep", env->cur->curframe + 2);
	err = push_branch(env, env->subprogs[cb].start, idx);
	if (err)
		return err;
	st = env->stack[env->stack_len - 1].st;
	caller = st->frame[st->curframe];
	callee = func_state_new(st->curframe + 1, (int)idx, cb);
	if (!callee)
		return -ENOMEM;
	if (id == 164) { /* for_each_map_elem: map, key, value, ctx */
		callee->regs[1] = caller->regs[1];
		reg_mark_ptr(&callee->regs[2], PTR_TO_MAP_KEY);
		callee->regs[2].u.map = caller->regs[1].u.map;
		reg_mark_ptr(&callee->regs[3], PTR_TO_MAP_VALUE);
		callee->regs[3].u.map = caller->regs[1].u.map;
		callee->regs[4] = caller->regs[3];
	} else if (id == 209) { /* user_ringbuf_drain: a read-only dynptr over the sample, ctx */
		reg_mark_ptr(&callee->regs[1], CONST_PTR_TO_DYNPTR);
		callee->regs[1].u.dynptr_type = DYNPTR_LOCAL;
		callee->regs[1].id = new_id(env);
		callee->regs[2] = caller->regs[3];
	} else if (id == 180) { /* find_vma: the task, its vm_area_struct, ctx */
		callee->regs[1] = caller->regs[1];
		reg_mark_ptr(&callee->regs[2], PTR_TO_BTF_ID);
		reg_set_btf(env, &callee->regs[2], "vm_area_struct");
		callee->regs[3] = caller->regs[4];
	} else { /* loop: index, ctx */
		reg_mark_unknown(&callee->regs[1]);
		callee->regs[2] = caller->regs[3];
	}
	for (int i = 1; i <= 5; i++)
		callee->regs[i].def_insn = -1;
	reg_mark_ptr(&callee->regs[10], PTR_TO_STACK);
	callee->regs[10].frameno = (uint32_t)callee->frameno;
	callee->regs[10].def_insn = -1;
	callee->in_callback = 1;
	callee->callback_ret_min = 0;
	callee->callback_ret_max = 1;
	st->frame[st->curframe + 1] = callee;
	st->curframe++;
	st->callback_unroll_depth++;
	caller->callback_depth++;
	env->cur->frame[env->cur->curframe]->callback_depth = 0;
	env->subprogs[cb].is_callback = 1;
	/* the kernel prints the caller's whole state after such a call */
	env->scratched_regs = 0x7ff;
	env->scratched_stack = ~0ull;
	return 0;
}

static bool flags_zero(struct venv *env)
{
	const struct reg_state *r4 = &cur_regs(env)[4];

	if (!reg_is_null(r4))
		return false;
	mark_precise(env, 4);
	return true;
}

/* bpf_loop: the count decides how often the callback can run, so it must
 * be exact; a call the kernel could inline (flags 0, one callback) costs
 * it three stack slots, which show in "stack depth". */
static int check_loop_call(struct venv *env, uint32_t idx, int cb, int id)
{
	struct insn_aux *a = &env->aux[idx];
	const struct reg_state *r1;

	if (!a->loop_inline_init) {
		a->loop_inline_init = 1;
		a->loop_inline_ok = flags_zero(env);
		a->loop_inline_cb = cb;
	} else if (a->loop_inline_ok) {
		a->loop_inline_ok = flags_zero(env) && a->loop_inline_cb == cb;
	}
	mark_precise(env, 1);
	r1 = &cur_regs(env)[1];
	if (env->cur->frame[env->cur->curframe]->callback_depth < r1->umax)
		return push_callback(env, idx, cb, id);
	env->cur->frame[env->cur->curframe]->callback_depth = 0;
	if (env->log_level >= 2)
		vlog(env, "frame%d bpf_loop iteration limit reached\n", env->cur->curframe);
	return 0;
}

/* ---- BPF-to-BPF calls ---- */

static int find_subprog(const struct venv *env, uint32_t start)
{
	for (int i = 0; i < env->n_subprogs; i++)
		if (env->subprogs[i].start == start)
			return i;
	return -1;
}

/* Whether a subprogram, or one it calls, may move packet data. */
static bool subprog_changes_pkt(const struct venv *env, int sp, int depth)
{
	if (depth > MAX_CALL_FRAMES)
		return false;
	for (uint32_t i = env->subprogs[sp].start; i < env->subprogs[sp].end; i++) {
		const struct bv_insn *in = &env->insns[i];
		const struct helper_proto *p;
		int callee;

		if (in->code != (BV_JMP | BV_CALL))
			continue;
		if (in->src == 0 && (p = helper_proto(in->imm)) && (p->flags & HF_CHANGES_PKT))
			return true;
		/* a tail call that falls through may have run a program
		 * that moved the packet */
		if (in->src == 0 && in->imm == 12)
			return true;
		if (in->src == BV_PSEUDO_CALL && (callee = find_subprog(env, (uint32_t)((int64_t)i + in->imm + 1))) >= 0 &&
		    subprog_changes_pkt(env, callee, depth + 1))
			return true;
	}
	return false;
}

/* A pointer to `size` bytes the callee may read and write: the kernel
 * checks both, as if the pointer were not null. */
int check_mem_arg(struct venv *env, int regno, uint32_t size)
{
	struct reg_state *r = &cur_regs(env)[regno];
	uint16_t flags = r->flags;
	int err;

	if (reg_is_null(r))
		return 0;
	r->flags &= (uint16_t)~PTR_MAYBE_NULL;
	err = check_helper_mem(env, regno, (int)size, false, true, false);
	if (!err)
		err = check_helper_mem(env, regno, (int)size, true, true, false);
	cur_regs(env)[regno].flags = flags;
	return err;
}

/* The offset rule of a function's dynptr argument, as of any helper
 * argument: memory-like pointers and numbers may carry any offset (they
 * are judged next), anything else none. */
int dynptr_arg_off(struct venv *env, const struct reg_state *r, int regno)
{
	switch (r->type) {
	case SCALAR_VALUE:
	case PTR_TO_STACK:
	case PTR_TO_PACKET:
	case PTR_TO_PACKET_META:
	case PTR_TO_MAP_KEY:
	case PTR_TO_MAP_VALUE:
	case PTR_TO_MEM:
	case PTR_TO_BUF:
		if (!(r->flags & (PTR_MAYBE_NULL | MEM_ALLOC)))
			return 0;
		break;
	default:
		break;
	}
	return check_ptr_off(env, r, regno, false);
}

/* A function's bpf_dynptr argument, as the kernel checks one for a kfunc,
 * a global function or (in the log only) a static one: a callback's own,
 * unmoved, or a whole initialised dynptr on the stack, then read when
 * `read`.  -EINVAL: the kernel's line is in env->detail and the log; an
 * offset the argument may not have is an error of its own (-EACCES). */
int dynptr_arg(struct venv *env, const struct reg_state *r, int regno, bool read)
{
	int spi = 0;

	if (r->type != PTR_TO_STACK) {
		int err = dynptr_arg_off(env, r, regno);

		if (err) { /* the line before "Caller passes invalid args" */
			vdetail_keep_msg(env);
			return err;
		}
		if (r->type == CONST_PTR_TO_DYNPTR)
			return 0;
		vdetail(env, "arg#%d expected pointer to stack or const struct bpf_dynptr", regno - 1);
		return -EINVAL;
	}
	/* an offset no dynptr can be at is said, then this */
	if (dynptr_spi(env, r, &spi) || !dynptr_valid_init(env->cur->frame[r->frameno], spi)) {
		vdetail(env, "Expected an initialized dynptr as arg #%d", regno - 1);
		return -EINVAL;
	}
	return read ? read_dynptr(env, regno, spi) : 0;
}

/* An __arg_trusted (or __arg_untrusted) argument of a global function:
 * a pointer to the kernel's struct the callee expects (or a member at its
 * start), trusted or RCU-protected; NULL only if __arg_nullable says so.
 * An untrusted one may be anything. */
static int trusted_arg(struct venv *env, const struct reg_state *r, int regno, uint32_t btf_id, unsigned flags)
{
	unsigned fl = r->flags;
	char t[64];

	if (!(flags & PTR_TRUSTED))
		return 0;
	if ((flags & PTR_MAYBE_NULL) && reg_is_null(r))
		return 0;
	if (flags & PTR_MAYBE_NULL)
		fl &= ~(unsigned)PTR_MAYBE_NULL;
	if (r->type != PTR_TO_BTF_ID || (fl && fl != PTR_TRUSTED && fl != MEM_RCU)) {
		vdetail(env, "R%d type=%s expected=ptr_, trusted_ptr_, rcu_ptr_", regno, reg_type_str(env, r, t, sizeof(t)));
		return -EACCES;
	}
	if (!btf_ids_match(env, r->u.btf_id, r->off, btf_id)) {
		vdetail(env, "R%d is of type %s but %s is expected", regno, r->btf_name ? r->btf_name : "",
			kernel_type_name(env, btf_id));
		return -EACCES;
	}
	if (check_arg_off(env, r, regno)) {
		vdetail_keep_msg(env); /* the line before "Caller passes invalid args" */
		return -EACCES;
	}
	return 0;
}

/* A global function is verified on its own, for any arguments its BTF
 * prototype allows: a call only checks the arguments against it and
 * leaves r0 an unknown scalar. */
static int check_global_call(struct venv *env, int sp, uint32_t *idx)
{
	struct reg_state *regs = cur_regs(env);
	struct func_args a;
	int err = global_func_args(env, sp, &a);

	for (int i = 0; !err && i < a.n; i++) {
		int regno = i + 1;
		struct reg_state *r = &regs[regno];

		switch (a.kind[i]) {
		case FARG_ANY:
			if (r->type != SCALAR_VALUE) {
				vdetail(env, "R%d is not a scalar", regno);
				err = -EINVAL;
			}
			break;
		case FARG_CTX:
			err = check_arg_off(env, r, regno);
			if (!err && r->type != PTR_TO_CTX) {
				vdetail(env, "arg#%d expects pointer to ctx", i);
				err = -EINVAL;
			}
			break;
		case FARG_MEM:
			err = check_arg_off(env, r, regno);
			if (!err)
				err = check_mem_arg(env, regno, a.mem_size[i]);
			if (err) /* the line before "Caller passes invalid args" */
				vdetail_keep_msg(env);
			/* a NULL constant passes: only a pointer that may be NULL does not */
			if (!err && a.nonnull[i] && r->type != SCALAR_VALUE && (r->flags & PTR_MAYBE_NULL)) {
				vdetail(env, "arg#%d is expected to be non-NULL", i);
				err = -EINVAL;
			}
			break;
		case FARG_DYNPTR:
			err = dynptr_arg(env, r, regno, true);
			break;
		case FARG_BTF:
			err = trusted_arg(env, r, regno, a.btf_id[i], a.ptr_flags[i]);
			break;
		case FARG_UNTRUSTED_MEM:
			break; /* any value: the callee only reads through it, with faulting loads */
		case FARG_ARENA:
			/* anything is harmless, but only these make sense */
			if (r->type != PTR_TO_ARENA && r->type != SCALAR_VALUE) {
				vdetail(env, "R%d is not a pointer to arena or scalar.", regno);
				err = -EINVAL;
			}
			break;
		}
		regs = cur_regs(env);
	}
	if (err == -EOPNOTSUPP)
		return err;
	/* the arguments were checked (and what they lack said) first */
	if (holds_lock(env->cur)) {
		vlog(env, "global function calls are not allowed while holding a lock,\n");
		return verr(env, -EINVAL, "use static function instead");
	}
	if (err)
		return verr(env, err, "Caller passes invalid args into func#%d ('%s')", sp, env->subprogs[sp].name);
	if (env->log_level >= 1)
		vlog(env, "Func#%d ('%s') is global and assumed valid.\n", sp, env->subprogs[sp].name);
	env->subprogs[sp].called = 1;
	if (subprog_changes_pkt(env, sp, 0))
		clear_pkt_pointers(env);
	clobber_caller_saved(regs);
	reg_mark_unknown(&regs[0]);
	env->scratched_regs |= 0x3f;
	*idx += 1;
	return 0;
}

int check_subprog_call(struct venv *env, const struct bv_insn *insn, uint32_t *idx)
{
	struct vstate *st = env->cur;
	uint32_t target = (uint32_t)((int64_t)*idx + insn->imm + 1);
	int sp = find_subprog(env, target);
	struct func_state *caller, *callee;

	if (sp < 0)
		return verr(env, -EFAULT, "verifier bug: target of func call at insn %u is not a program", target);
	if (env->subprogs[sp].is_global)
		return check_global_call(env, sp, idx);
	log_static_call_args(env, sp);
	if (st->curframe + 1 >= MAX_CALL_FRAMES)
		return verr(env, -E2BIG, "the call stack of %d frames is too deep", st->curframe + 2);
	caller = st->frame[st->curframe];
	callee = func_state_new(st->curframe + 1, (int)*idx, sp);
	if (!callee)
		return -ENOMEM;
	for (int i = 1; i <= 5; i++)
		callee->regs[i] = caller->regs[i];
	callee->regs[10].type = PTR_TO_STACK;
	reg_mark_ptr(&callee->regs[10], PTR_TO_STACK);
	callee->regs[10].frameno = (uint32_t)(st->curframe + 1);
	callee->regs[10].def_insn = -1;
	st->frame[st->curframe + 1] = callee;
	st->curframe++;
	ls_reset_chain(env);
	clobber_caller_saved(caller->regs);
	if (vlog_on(env)) {
		vlog(env, "caller:\n");
		log_frame(env, st, st->curframe - 1, true);
		vlog(env, "\ncallee:\n");
		log_frame(env, st, st->curframe, true);
		vlog(env, "\n");
	}
	/* the kernel prints the callee's whole state again before its
	 * first instruction */
	env->scratched_regs = 0x7ff;
	env->scratched_stack = ~0ull;
	*idx = env->subprogs[sp].start;
	return 0;
}

/* A tail call made in a subprogram either fails and falls through to the
 * next instruction, or runs the program it jumps to, whose return value
 * comes back to our caller as if the subprogram had exited: that program
 * may have moved the packet.  The fall-through is pushed; the path goes on
 * from the caller. */
int check_tail_call_return(struct venv *env, uint32_t idx, uint32_t *next)
{
	struct reg_state *r0;
	int err = push_branch(env, idx + 1, idx);

	if (err)
		return err;
	r0 = &cur_regs(env)[0];
	reg_mark_unknown(r0);
	r0->def_insn = (int32_t)idx;
	clear_pkt_pointers(env);
	return check_subprog_exit(env, next);
}

/* Exit from a subprogram: back to the caller with r0. */
int check_subprog_exit(struct venv *env, uint32_t *idx)
{
	struct vstate *st = env->cur;
	struct func_state *callee = st->frame[st->curframe], *caller = st->frame[st->curframe - 1];
	struct reg_state *r0 = &callee->regs[0];
	bool cb = callee->in_callback;
	int err = ls_update(env);

	if (err)
		return err;

	if (r0->type == PTR_TO_STACK)
		return verr(env, -EINVAL, "cannot return stack pointer to the caller");
	if (cb) {
		/* a callback's r0 tells the helper whether to go on */
		if (r0->type != SCALAR_VALUE)
			return verr(env, -EACCES, "R0 not a scalar value");
		err = mark_precise(env, 0);
		if (err)
			return err;
		r0 = &env->cur->frame[env->cur->curframe]->regs[0];
		if (r0->smin < callee->callback_ret_min || r0->smax > callee->callback_ret_max)
			return bad_return(env, r0, "At callback return", callee->callback_ret_min, callee->callback_ret_max);
		*idx = (uint32_t)callee->callsite;
	} else {
		caller->regs[0] = *r0;
		*idx = (uint32_t)callee->callsite + 1;
	}
	if (vlog_on(env)) {
		vlog(env, "returning from callee:\n");
		log_frame(env, st, st->curframe, true);
		vlog(env, "\nto caller at %u:\n", *idx);
		log_frame(env, st, st->curframe - 1, true);
		vlog(env, "\n");
	}
	func_state_free(callee);
	st->frame[st->curframe] = NULL;
	st->curframe--;
	if (cb)
		widen_callback_return(env, *idx);
	return 0;
}
