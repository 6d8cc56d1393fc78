/* Program types: what the context holds (looked up in the table the
 * kernel's behaviour generated, ctx_table.c), who may write packets, and
 * which values a program may return. */
#include <stdio.h>
#include <string.h>

#include "verifier/ctx_table.h"
#include "verifier/verifier.h"

enum {
	T_SOCKET_FILTER = 1, T_KPROBE, T_SCHED_CLS, T_SCHED_ACT, T_TRACEPOINT, T_XDP, T_PERF_EVENT,
	T_CGROUP_SKB, T_CGROUP_SOCK, T_LWT_IN, T_LWT_OUT, T_LWT_XMIT, T_SOCK_OPS, T_SK_SKB,
	T_CGROUP_DEVICE, T_SK_MSG, T_RAW_TRACEPOINT, T_CGROUP_SOCK_ADDR, T_LWT_SEG6LOCAL, T_LIRC_MODE2,
	T_SK_REUSEPORT, T_FLOW_DISSECTOR, T_CGROUP_SYSCTL, T_RAW_TRACEPOINT_WRITABLE, T_CGROUP_SOCKOPT,
	T_TRACING, T_STRUCT_OPS, T_EXT, T_LSM, T_SK_LOOKUP, T_SYSCALL, T_NETFILTER,
};

const struct ctx_layout *ctx_layout_for(uint32_t type, uint32_t attach)
{
	const struct ctx_layout *any = NULL;

	for (const struct ctx_layout *l = ctx_layouts; l->name; l++) {
		if (l->prog_type != type)
			continue;
		if (l->attach_type == attach)
			return l;
		if (!any)
			any = l;
	}
	return any;
}

static const struct {
	const char *name;
	uint8_t type;
	uint16_t flags;
} load_kinds[] = {
	{ "scalar", SCALAR_VALUE, 0 },
	{ "pkt", PTR_TO_PACKET, 0 },
	{ "pkt_end", PTR_TO_PACKET_END, 0 },
	{ "pkt_meta", PTR_TO_PACKET_META, 0 },
	{ "flow_keys", PTR_TO_FLOW_KEYS, 0 },
	{ "tp_buffer", PTR_TO_TP_BUFFER, 0 },
	{ "sock", PTR_TO_SOCKET, 0 },
	{ "sock_or_null", PTR_TO_SOCKET, PTR_MAYBE_NULL },
	{ "sock_common", PTR_TO_SOCK_COMMON, 0 },
	{ "sock_common_or_null", PTR_TO_SOCK_COMMON, PTR_MAYBE_NULL },
};

const struct ctx_row *ctx_row_for(const struct ctx_layout *l, int off, int size, bool write)
{
	if (off < 0 || size <= 0)
		return NULL;
	for (const struct ctx_row *r = l->rows; r->size; r++)
		if ((int)r->size == size && off >= r->lo && off <= r->hi && !((off - r->lo) % size) &&
		    (write ? r->store : strcmp(r->load, "-") != 0))
			return r;
	return NULL;
}

/* The program types whose context loads the kernel rewrites into loads
 * of its own structures (their verifier ops have convert_ctx_access):
 * their context is never memory a callee may read. */
bool ctx_converted(int prog_type)
{
	static const int converted[] = {
		BV_PROG_SOCKET_FILTER, BV_PROG_SCHED_CLS, BV_PROG_SCHED_ACT, BV_PROG_XDP, BV_PROG_PERF_EVENT,
		BV_PROG_CGROUP_SKB, BV_PROG_CGROUP_SOCK, BV_PROG_LWT_IN, BV_PROG_LWT_OUT, BV_PROG_LWT_XMIT,
		BV_PROG_SOCK_OPS, BV_PROG_SK_SKB, BV_PROG_SK_MSG, BV_PROG_CGROUP_SOCK_ADDR, BV_PROG_LWT_SEG6LOCAL,
		BV_PROG_SK_REUSEPORT, BV_PROG_FLOW_DISSECTOR, BV_PROG_CGROUP_SYSCTL, BV_PROG_CGROUP_SOCKOPT,
		BV_PROG_SK_LOOKUP,
	};

	for (size_t i = 0; i < sizeof(converted) / sizeof(converted[0]); i++)
		if (converted[i] == prog_type)
			return true;
	return false;
}

int ctx_access(struct venv *env, int off, int size, bool write, struct ctx_load *ld)
{
	const struct ctx_layout *l = env->ctx;
	const struct ctx_row *r;

	memset(ld, 0, sizeof(*ld));
	ld->type = SCALAR_VALUE;
	if (!l) {
		/* program types whose context the kernel types with BTF
		 * (tracing, lsm, struct_ops) or that take a user buffer */
		if (env->prog_type == T_SYSCALL)
			return 0;
		if (btf_ctx_modelled(env))
			return btf_ctx_access(env, off, size, write, ld);
		return verr(env, -EACCES, "invalid bpf_context access off=%d size=%d", off, size);
	}
	r = ctx_row_for(l, off, size, write);
	/* cgroup_skb sees packet data only with CAP_BPF */
	if (!r || (!env->priv && env->prog_type == T_CGROUP_SKB && strcmp(r->load, "scalar") && !write))
		return verr(env, -EACCES, "invalid bpf_context access off=%d size=%d", off, size);
	/* a kernel object the context points to, typed by BTF */
	if (!write && !strncmp(r->load, "trusted_ptr_", 12)) {
		ld->type = PTR_TO_BTF_ID;
		ld->flags = PTR_TRUSTED;
		ld->btf_name = r->load + 12;
		return 0;
	}
	if (!write)
		for (size_t i = 0; i < BV_ARRAY_SIZE(load_kinds); i++)
			if (!strcmp(load_kinds[i].name, r->load)) {
				ld->type = load_kinds[i].type;
				ld->flags = load_kinds[i].flags;
			}
	return 0;
}

bool prog_has_packet(uint32_t type)
{
	switch (type) {
	case T_SOCKET_FILTER: case T_SCHED_CLS: case T_SCHED_ACT: case T_XDP: case T_CGROUP_SKB:
	case T_LWT_IN: case T_LWT_OUT: case T_LWT_XMIT: case T_LWT_SEG6LOCAL: case T_SK_SKB:
	case T_SK_MSG: case T_FLOW_DISSECTOR: case T_SK_REUSEPORT: case T_SOCK_OPS: case T_CGROUP_SOCKOPT:
		return true;
	default:
		return false;
	}
}

/* Direct packet writes: the kernel's list. */
bool prog_may_write_packet(const struct venv *env)
{
	switch (env->prog_type) {
	case T_SCHED_CLS: case T_SCHED_ACT: case T_XDP: case T_LWT_XMIT: case T_SK_SKB: case T_SK_MSG:
	case T_CGROUP_SOCKOPT:
		return true;
	default:
		return false;
	}
}

/* The skb helpers that read packet data work on an skb. */
bool prog_may_access_skb(uint32_t type)
{
	switch (type) {
	case T_SOCKET_FILTER: case T_SCHED_CLS: case T_SCHED_ACT:
		return true;
	default:
		return false;
	}
}

enum {
	A_CGROUP_INET_EGRESS = 1, A_INET4_BIND = 8, A_INET6_BIND = 9, A_UDP4_RECVMSG = 19,
	A_UDP6_RECVMSG = 20, A_INET4_GETPEERNAME = 29, A_INET6_GETPEERNAME = 30,
	A_INET4_GETSOCKNAME = 31, A_INET6_GETSOCKNAME = 32, A_TRACE_FENTRY = 24, A_TRACE_FEXIT = 25,
	A_TRACE_RAW_TP = 23, A_MODIFY_RETURN = 26, A_TRACE_ITER = 28, A_UNIX_GETPEERNAME = 52,
	A_UNIX_GETSOCKNAME = 53, A_UNIX_RECVMSG = 51, A_KPROBE_SESSION = 56, A_UPROBE_SESSION = 57,
};

/* The range r0 must lie in at the main program's exit; false when any
 * value goes. */
static bool return_range(const struct venv *env, int *lo, int *hi)
{
	uint32_t a = env->attach_type;

	*lo = 0;
	*hi = 1;
	switch (env->prog_type) {
	case T_CGROUP_SOCK_ADDR:
		if (a == A_UDP4_RECVMSG || a == A_UDP6_RECVMSG || a == A_UNIX_RECVMSG || a == A_INET4_GETPEERNAME ||
		    a == A_INET6_GETPEERNAME || a == A_UNIX_GETPEERNAME || a == A_INET4_GETSOCKNAME ||
		    a == A_INET6_GETSOCKNAME || a == A_UNIX_GETSOCKNAME)
			*lo = 1;
		if (a == A_INET4_BIND || a == A_INET6_BIND)
			*hi = 3;
		return true;
	case T_CGROUP_SKB:
		if (a == A_CGROUP_INET_EGRESS)
			*hi = 3;
		return true;
	case T_CGROUP_SOCK: case T_SOCK_OPS: case T_CGROUP_DEVICE: case T_CGROUP_SYSCTL:
	case T_CGROUP_SOCKOPT:
		return true;
	case T_RAW_TRACEPOINT:
		if (!a)
			return false;
		*hi = 0;
		return true;
	case T_TRACING:
		if (a == A_TRACE_FENTRY || a == A_TRACE_FEXIT) {
			*hi = 0;
			return true;
		}
		return a == A_TRACE_ITER;
	case T_KPROBE:
		return a == A_KPROBE_SESSION || a == A_UPROBE_SESSION;
	case T_SK_LOOKUP:
		return true;
	case T_NETFILTER:
		return true;
	default:
		return false;
	}
}

/* The kernel's line for a return value out of its range. */
int bad_return(struct venv *env, const struct reg_state *r0, const char *where, int lo, int hi)
{
	return bad_return_reg(env, r0, 0, where, lo, hi);
}

int bad_return_reg(struct venv *env, const struct reg_state *r, int regno, const char *where, int lo, int hi)
{
	char b[200];
	int n = snprintf(b, sizeof(b), "%s the register R%d has", where, regno);
	bool unknown = true;

	if (r->smin > INT64_MIN) {
		n += snprintf(b + n, sizeof(b) - (size_t)n, " smin=%lld", (long long)r->smin);
		unknown = false;
	}
	if (r->smax < INT64_MAX) {
		n += snprintf(b + n, sizeof(b) - (size_t)n, " smax=%lld", (long long)r->smax);
		unknown = false;
	}
	if (unknown)
		n += snprintf(b + n, sizeof(b) - (size_t)n, " unknown scalar value");
	snprintf(b + n, sizeof(b) - (size_t)n, " should have been in [%d, %d]", lo, hi);
	return verr(env, -EINVAL, "%s", b);
}

/* What the program returns, in r0 at an exit, or in r1 when bpf_throw's
 * cookie becomes the return value (no exception callback of its own).  An
 * exception callback's exit is the program's exit. */
int check_return_reg(struct venv *env, int regno)
{
	struct reg_state *r = &cur_regs(env)[regno];
	struct func_state *f = cur_frame(env);
	bool exc_cb = !env->cur->curframe && f->subprog > 0 && f->subprog == env->exc_cb;
	char t[64];
	int lo, hi;

	/* a struct_ops callback returning void: r0 is not looked at */
	if (regno == 0 && !env->cur->curframe && !f->subprog &&
	    (env->st_ops_void || (lsm_hook_void(env) && !lsm_cgroup(env))))
		return 0; /* so is an LSM program's on a void hook */
	if (r->type == NOT_INIT)
		return verr(env, -EACCES, "R%d !read_ok", regno);
	if (is_pointer_value(env, regno))
		return verr(env, -EACCES, "R%d leaks addr as return value", regno);
	if (f->async_callback) {
		/* a timer callback must return 0 */
		if (r->type != SCALAR_VALUE)
			return verr(env, -EINVAL, "At async callback return the register R%d is not a known value (%s)",
				    regno, reg_type_str(env, r, t, sizeof(t)));
		mark_precise(env, regno);
		r = &cur_regs(env)[regno];
		if (r->smin < 0 || r->smax > 0)
			return bad_return_reg(env, r, regno, "At async callback return", 0, 0);
		return 0;
	}
	if ((env->cur->curframe > 0 || f->subprog > 0) && !exc_cb) {
		if (r->type != SCALAR_VALUE)
			return verr(env, -EINVAL, "At subprogram exit the register R%d is not a scalar value (%s)",
				    regno, reg_type_str(env, r, t, sizeof(t)));
		return 0;
	}
	/* an LSM hook's int is compared in its 32 bits; an lsm_cgroup
	 * program says allow (1) or deny (0), and on a void hook only 1 */
	bool lsm = env->prog_type == BV_PROG_LSM && !lsm_cgroup(env);

	if (lsm_cgroup(env)) {
		lo = lsm_hook_void(env) ? 1 : 0;
		hi = 1;
		if (lo)
			snprintf(env->detail, sizeof(env->detail),
				 "Note, BPF_LSM_CGROUP that attach to void LSM hooks can't modify return value!");
	} else if (lsm ? !lsm_return_range(env, &lo, &hi) : !return_range(env, &lo, &hi)) {
		return 0;
	}
	if (r->type != SCALAR_VALUE)
		return verr(env, -EINVAL, "At program exit the register R%d is not a known value (%s)",
			    regno, reg_type_str(env, r, t, sizeof(t)));
	mark_precise(env, regno);
	r = &cur_regs(env)[regno];
	if (lsm ? (r->s32_min < lo || r->s32_max > hi) : (r->smin < lo || r->smax > hi))
		return bad_return_reg(env, r, regno, "At program exit", lo, hi);
	return 0;
}

int check_return_code(struct venv *env)
{
	return check_return_reg(env, 0);
}

/* Fields of struct bpf_sock a program may read through a socket pointer. */
static bool sock_field_ok(int off, int size, bool common)
{
	if (off < 0 || off >= 80 || off % size)
		return false;
	if (common && off >= 8 && off < 24) /* type..priority: full sockets only */
		return false;
	switch (off) {
	case 72: case 4: case 8: case 12: case 44: case 76:
		return size <= 4 && !(size & (size - 1));
	default:
		break;
	}
	if ((off >= 24 && off < 28) || (off >= 28 && off < 44) || (off >= 52 && off < 56) || (off >= 56 && off < 72))
		return size <= 4 && !(size & (size - 1));
	if (off >= 48 && off < 52) /* dst_port: a 16-bit field, or the old 32-bit read */
		return size == 4 ? off == 48 : size <= 2 && !(size & (size - 1)) && off + size <= 50;
	return size == 4;
}

int sock_access(struct venv *env, const struct reg_state *r, int regno, int off, int size)
{
	bool ok;
	char t[64];

	switch (r->type) {
	case PTR_TO_SOCK_COMMON:
		ok = sock_field_ok(off, size, true);
		break;
	case PTR_TO_SOCKET:
		ok = sock_field_ok(off, size, false);
		break;
	case PTR_TO_TCP_SOCK:
		ok = off >= 0 && off < 112 && !(off % size) &&
		     ((off == 80 || off == 88) ? size == 8 : size == 4);
		break;
	case PTR_TO_XDP_SOCK:
		ok = off == 0 && size == 4;
		break;
	default:
		ok = false;
	}
	if (!ok)
		return verr(env, -EACCES, "R%d invalid %s access off=%d size=%d", regno,
			    reg_type_str(env, r, t, sizeof(t)), off, size);
	return 0;
}
