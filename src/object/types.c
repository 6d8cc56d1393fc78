/* Names of program, attach and map types, and the table that turns an ELF
 * section name into a program type the way libbpf 1.x does (SEC("xdp"),
 * SEC("kprobe/tcp_connect"), ...), with the prefix rules of older loaders
 * (libbpf 0.x, iproute2, samples/bpf) as a fallback for legacy objects. */
#include <errno.h>
#include <string.h>

#include "bpfvet/object.h"
#include "util/util.h"

static const char *const prog_names[BV_PROG__COUNT] = {
	"unspec", "socket_filter", "kprobe", "sched_cls", "sched_act", "tracepoint",
	"xdp", "perf_event", "cgroup_skb", "cgroup_sock", "lwt_in", "lwt_out",
	"lwt_xmit", "sock_ops", "sk_skb", "cgroup_device", "sk_msg",
	"raw_tracepoint", "cgroup_sock_addr", "lwt_seg6local", "lirc_mode2",
	"sk_reuseport", "flow_dissector", "cgroup_sysctl",
	"raw_tracepoint_writable", "cgroup_sockopt", "tracing", "struct_ops",
	"ext", "lsm", "sk_lookup", "syscall", "netfilter",
};

enum {
	A_CGROUP_INET_INGRESS, A_CGROUP_INET_EGRESS, A_CGROUP_INET_SOCK_CREATE,
	A_CGROUP_SOCK_OPS, A_SK_SKB_STREAM_PARSER, A_SK_SKB_STREAM_VERDICT,
	A_CGROUP_DEVICE, A_SK_MSG_VERDICT, A_CGROUP_INET4_BIND, A_CGROUP_INET6_BIND,
	A_CGROUP_INET4_CONNECT, A_CGROUP_INET6_CONNECT, A_CGROUP_INET4_POST_BIND,
	A_CGROUP_INET6_POST_BIND, A_CGROUP_UDP4_SENDMSG, A_CGROUP_UDP6_SENDMSG,
	A_LIRC_MODE2, A_FLOW_DISSECTOR, A_CGROUP_SYSCTL, A_CGROUP_UDP4_RECVMSG,
	A_CGROUP_UDP6_RECVMSG, A_CGROUP_GETSOCKOPT, A_CGROUP_SETSOCKOPT,
	A_TRACE_RAW_TP, A_TRACE_FENTRY, A_TRACE_FEXIT, A_MODIFY_RETURN, A_LSM_MAC,
	A_TRACE_ITER, A_CGROUP_INET4_GETPEERNAME, A_CGROUP_INET6_GETPEERNAME,
	A_CGROUP_INET4_GETSOCKNAME, A_CGROUP_INET6_GETSOCKNAME, A_XDP_DEVMAP,
	A_CGROUP_INET_SOCK_RELEASE, A_XDP_CPUMAP, A_SK_LOOKUP, A_XDP,
	A_SK_SKB_VERDICT, A_SK_REUSEPORT_SELECT, A_SK_REUSEPORT_SELECT_OR_MIGRATE,
	A_PERF_EVENT, A_TRACE_KPROBE_MULTI, A_LSM_CGROUP, A_STRUCT_OPS,
	A_NETFILTER, A_TCX_INGRESS, A_TCX_EGRESS, A_TRACE_UPROBE_MULTI,
	A_CGROUP_UNIX_CONNECT, A_CGROUP_UNIX_SENDMSG, A_CGROUP_UNIX_RECVMSG,
	A_CGROUP_UNIX_GETPEERNAME, A_CGROUP_UNIX_GETSOCKNAME, A_NETKIT_PRIMARY,
	A_NETKIT_PEER, A_TRACE_KPROBE_SESSION, A_TRACE_UPROBE_SESSION,
	A__COUNT
};

static const char *const attach_names[A__COUNT] = {
	"cgroup_inet_ingress", "cgroup_inet_egress", "cgroup_inet_sock_create",
	"cgroup_sock_ops", "sk_skb_stream_parser", "sk_skb_stream_verdict",
	"cgroup_device", "sk_msg_verdict", "cgroup_inet4_bind", "cgroup_inet6_bind",
	"cgroup_inet4_connect", "cgroup_inet6_connect", "cgroup_inet4_post_bind",
	"cgroup_inet6_post_bind", "cgroup_udp4_sendmsg", "cgroup_udp6_sendmsg",
	"lirc_mode2", "flow_dissector", "cgroup_sysctl", "cgroup_udp4_recvmsg",
	"cgroup_udp6_recvmsg", "cgroup_getsockopt", "cgroup_setsockopt",
	"trace_raw_tp", "trace_fentry", "trace_fexit", "modify_return", "lsm_mac",
	"trace_iter", "cgroup_inet4_getpeername", "cgroup_inet6_getpeername",
	"cgroup_inet4_getsockname", "cgroup_inet6_getsockname", "xdp_devmap",
	"cgroup_inet_sock_release", "xdp_cpumap", "sk_lookup", "xdp",
	"sk_skb_verdict", "sk_reuseport_select", "sk_reuseport_select_or_migrate",
	"perf_event", "trace_kprobe_multi", "lsm_cgroup", "struct_ops",
	"netfilter", "tcx_ingress", "tcx_egress", "trace_uprobe_multi",
	"cgroup_unix_connect", "cgroup_unix_sendmsg", "cgroup_unix_recvmsg",
	"cgroup_unix_getpeername", "cgroup_unix_getsockname", "netkit_primary",
	"netkit_peer", "trace_kprobe_session", "trace_uprobe_session",
};

static const char *const map_names[BV_MAP__COUNT] = {
	"unspec", "hash", "array", "prog_array", "perf_event_array", "percpu_hash",
	"percpu_array", "stack_trace", "cgroup_array", "lru_hash",
	"lru_percpu_hash", "lpm_trie", "array_of_maps", "hash_of_maps", "devmap",
	"sockmap", "cpumap", "xskmap", "sockhash", "cgroup_storage",
	"reuseport_sockarray", "percpu_cgroup_storage", "queue", "stack",
	"sk_storage", "devmap_hash", "struct_ops", "ringbuf", "inode_storage",
	"task_storage", "bloom_filter", "user_ringbuf", "cgrp_storage", "arena",
};

const char *bv_prog_type_name(uint32_t type)
{
	return type < BV_PROG__COUNT ? prog_names[type] : NULL;
}

int bv_prog_type_by_name(const char *name)
{
	for (int i = 0; i < BV_PROG__COUNT; i++)
		if (!strcmp(prog_names[i], name))
			return i;
	return -1;
}

const char *bv_attach_type_name(uint32_t type)
{
	return type < A__COUNT ? attach_names[type] : NULL;
}

const char *bv_map_type_name(uint32_t type)
{
	return type < BV_MAP__COUNT ? map_names[type] : NULL;
}

int bv_map_type_by_name(const char *name)
{
	for (int i = 0; i < BV_MAP__COUNT; i++)
		if (!strcmp(map_names[i], name))
			return i;
	return -1;
}

/* How a pattern matches a section name, as in libbpf:
 *   EXACT    the name is the pattern;
 *   PLUS     "xxx+": the name is "xxx" or starts with "xxx/";
 *   PREFIX   "xxx/": the name starts with it (attach target follows). */
enum { EXACT, PLUS, PREFIX };
enum { F_ATTACH = 1, F_SLEEP = 2, F_FRAGS = 4 };

struct sec_def {
	const char *pattern;
	unsigned char match;
	unsigned char prog_type;
	signed char attach;   /* -1: none */
	unsigned char flags;
};

#define P(t) BV_PROG_##t
static const struct sec_def sec_defs[] = {
	{ "socket", EXACT, P(SOCKET_FILTER), -1, 0 },
	{ "sk_reuseport/migrate", EXACT, P(SK_REUSEPORT), A_SK_REUSEPORT_SELECT_OR_MIGRATE, F_ATTACH },
	{ "sk_reuseport", EXACT, P(SK_REUSEPORT), A_SK_REUSEPORT_SELECT, F_ATTACH },
	{ "kprobe", PLUS, P(KPROBE), -1, 0 },
	{ "uprobe", PLUS, P(KPROBE), -1, 0 },
	{ "uprobe.s", PLUS, P(KPROBE), -1, F_SLEEP },
	{ "kretprobe", PLUS, P(KPROBE), -1, 0 },
	{ "uretprobe", PLUS, P(KPROBE), -1, 0 },
	{ "uretprobe.s", PLUS, P(KPROBE), -1, F_SLEEP },
	{ "kprobe.multi", PLUS, P(KPROBE), A_TRACE_KPROBE_MULTI, F_ATTACH },
	{ "kretprobe.multi", PLUS, P(KPROBE), A_TRACE_KPROBE_MULTI, F_ATTACH },
	{ "kprobe.session", PLUS, P(KPROBE), A_TRACE_KPROBE_SESSION, F_ATTACH },
	{ "uprobe.multi", PLUS, P(KPROBE), A_TRACE_UPROBE_MULTI, F_ATTACH },
	{ "uretprobe.multi", PLUS, P(KPROBE), A_TRACE_UPROBE_MULTI, F_ATTACH },
	{ "uprobe.multi.s", PLUS, P(KPROBE), A_TRACE_UPROBE_MULTI, F_ATTACH | F_SLEEP },
	{ "uretprobe.multi.s", PLUS, P(KPROBE), A_TRACE_UPROBE_MULTI, F_ATTACH | F_SLEEP },
	{ "uprobe.session", PLUS, P(KPROBE), A_TRACE_UPROBE_SESSION, F_ATTACH },
	{ "ksyscall", PLUS, P(KPROBE), -1, 0 },
	{ "kretsyscall", PLUS, P(KPROBE), -1, 0 },
	{ "usdt", PLUS, P(KPROBE), -1, 0 },
	{ "usdt.s", PLUS, P(KPROBE), -1, F_SLEEP },
	{ "tc/ingress", EXACT, P(SCHED_CLS), A_TCX_INGRESS, F_ATTACH },
	{ "tc/egress", EXACT, P(SCHED_CLS), A_TCX_EGRESS, F_ATTACH },
	{ "tcx/ingress", EXACT, P(SCHED_CLS), A_TCX_INGRESS, F_ATTACH },
	{ "tcx/egress", EXACT, P(SCHED_CLS), A_TCX_EGRESS, F_ATTACH },
	{ "tc", PLUS, P(SCHED_CLS), -1, 0 },
	{ "classifier", PLUS, P(SCHED_CLS), -1, 0 },
	{ "action", PLUS, P(SCHED_ACT), -1, 0 },
	{ "netkit/primary", EXACT, P(SCHED_CLS), A_NETKIT_PRIMARY, F_ATTACH },
	{ "netkit/peer", EXACT, P(SCHED_CLS), A_NETKIT_PEER, F_ATTACH },
	{ "tracepoint", PLUS, P(TRACEPOINT), -1, 0 },
	{ "tp", PLUS, P(TRACEPOINT), -1, 0 },
	{ "raw_tracepoint", PLUS, P(RAW_TRACEPOINT), -1, 0 },
	{ "raw_tp", PLUS, P(RAW_TRACEPOINT), -1, 0 },
	{ "raw_tracepoint.w", PLUS, P(RAW_TRACEPOINT_WRITABLE), -1, 0 },
	{ "raw_tp.w", PLUS, P(RAW_TRACEPOINT_WRITABLE), -1, 0 },
	{ "tp_btf", PLUS, P(TRACING), A_TRACE_RAW_TP, F_ATTACH },
	{ "fentry", PLUS, P(TRACING), A_TRACE_FENTRY, F_ATTACH },
	{ "fmod_ret", PLUS, P(TRACING), A_MODIFY_RETURN, F_ATTACH },
	{ "fexit", PLUS, P(TRACING), A_TRACE_FEXIT, F_ATTACH },
	{ "fentry.s", PLUS, P(TRACING), A_TRACE_FENTRY, F_ATTACH | F_SLEEP },
	{ "fmod_ret.s", PLUS, P(TRACING), A_MODIFY_RETURN, F_ATTACH | F_SLEEP },
	{ "fexit.s", PLUS, P(TRACING), A_TRACE_FEXIT, F_ATTACH | F_SLEEP },
	{ "freplace", PLUS, P(EXT), -1, 0 },
	{ "lsm", PLUS, P(LSM), A_LSM_MAC, F_ATTACH },
	{ "lsm.s", PLUS, P(LSM), A_LSM_MAC, F_ATTACH | F_SLEEP },
	{ "lsm_cgroup", PLUS, P(LSM), A_LSM_CGROUP, F_ATTACH },
	{ "iter", PLUS, P(TRACING), A_TRACE_ITER, F_ATTACH },
	{ "iter.s", PLUS, P(TRACING), A_TRACE_ITER, F_ATTACH | F_SLEEP },
	{ "syscall", EXACT, P(SYSCALL), -1, F_SLEEP },
	{ "xdp.frags/devmap", EXACT, P(XDP), A_XDP_DEVMAP, F_ATTACH | F_FRAGS },
	{ "xdp/devmap", EXACT, P(XDP), A_XDP_DEVMAP, F_ATTACH },
	{ "xdp.frags/cpumap", EXACT, P(XDP), A_XDP_CPUMAP, F_ATTACH | F_FRAGS },
	{ "xdp/cpumap", EXACT, P(XDP), A_XDP_CPUMAP, F_ATTACH },
	{ "xdp.frags", EXACT, P(XDP), A_XDP, F_ATTACH | F_FRAGS },
	{ "xdp", EXACT, P(XDP), A_XDP, F_ATTACH },
	{ "perf_event", EXACT, P(PERF_EVENT), -1, 0 },
	{ "lwt_in", EXACT, P(LWT_IN), -1, 0 },
	{ "lwt_out", EXACT, P(LWT_OUT), -1, 0 },
	{ "lwt_xmit", EXACT, P(LWT_XMIT), -1, 0 },
	{ "lwt_seg6local", EXACT, P(LWT_SEG6LOCAL), -1, 0 },
	{ "sockops", EXACT, P(SOCK_OPS), A_CGROUP_SOCK_OPS, F_ATTACH },
	{ "sk_skb/stream_parser", EXACT, P(SK_SKB), A_SK_SKB_STREAM_PARSER, F_ATTACH },
	{ "sk_skb/stream_verdict", EXACT, P(SK_SKB), A_SK_SKB_STREAM_VERDICT, F_ATTACH },
	{ "sk_skb/verdict", EXACT, P(SK_SKB), A_SK_SKB_VERDICT, F_ATTACH },
	{ "sk_skb", PLUS, P(SK_SKB), -1, 0 },
	{ "sk_msg", EXACT, P(SK_MSG), A_SK_MSG_VERDICT, F_ATTACH },
	{ "lirc_mode2", EXACT, P(LIRC_MODE2), A_LIRC_MODE2, F_ATTACH },
	{ "flow_dissector", EXACT, P(FLOW_DISSECTOR), A_FLOW_DISSECTOR, F_ATTACH },
	{ "cgroup_skb/ingress", EXACT, P(CGROUP_SKB), A_CGROUP_INET_INGRESS, F_ATTACH },
	{ "cgroup_skb/egress", EXACT, P(CGROUP_SKB), A_CGROUP_INET_EGRESS, F_ATTACH },
	{ "cgroup/skb", EXACT, P(CGROUP_SKB), -1, 0 },
	{ "cgroup/sock_create", EXACT, P(CGROUP_SOCK), A_CGROUP_INET_SOCK_CREATE, F_ATTACH },
	{ "cgroup/sock_release", EXACT, P(CGROUP_SOCK), A_CGROUP_INET_SOCK_RELEASE, F_ATTACH },
	{ "cgroup/sock", EXACT, P(CGROUP_SOCK), A_CGROUP_INET_SOCK_CREATE, F_ATTACH },
	{ "cgroup/post_bind4", EXACT, P(CGROUP_SOCK), A_CGROUP_INET4_POST_BIND, F_ATTACH },
	{ "cgroup/post_bind6", EXACT, P(CGROUP_SOCK), A_CGROUP_INET6_POST_BIND, F_ATTACH },
	{ "cgroup/bind4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET4_BIND, F_ATTACH },
	{ "cgroup/bind6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET6_BIND, F_ATTACH },
	{ "cgroup/connect4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET4_CONNECT, F_ATTACH },
	{ "cgroup/connect6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET6_CONNECT, F_ATTACH },
	{ "cgroup/connect_unix", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UNIX_CONNECT, F_ATTACH },
	{ "cgroup/sendmsg4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UDP4_SENDMSG, F_ATTACH },
	{ "cgroup/sendmsg6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UDP6_SENDMSG, F_ATTACH },
	{ "cgroup/sendmsg_unix", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UNIX_SENDMSG, F_ATTACH },
	{ "cgroup/recvmsg4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UDP4_RECVMSG, F_ATTACH },
	{ "cgroup/recvmsg6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UDP6_RECVMSG, F_ATTACH },
	{ "cgroup/recvmsg_unix", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UNIX_RECVMSG, F_ATTACH },
	{ "cgroup/getpeername4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET4_GETPEERNAME, F_ATTACH },
	{ "cgroup/getpeername6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET6_GETPEERNAME, F_ATTACH },
	{ "cgroup/getpeername_unix", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UNIX_GETPEERNAME, F_ATTACH },
	{ "cgroup/getsockname4", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET4_GETSOCKNAME, F_ATTACH },
	{ "cgroup/getsockname6", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_INET6_GETSOCKNAME, F_ATTACH },
	{ "cgroup/getsockname_unix", EXACT, P(CGROUP_SOCK_ADDR), A_CGROUP_UNIX_GETSOCKNAME, F_ATTACH },
	{ "cgroup/sysctl", EXACT, P(CGROUP_SYSCTL), A_CGROUP_SYSCTL, F_ATTACH },
	{ "cgroup/getsockopt", EXACT, P(CGROUP_SOCKOPT), A_CGROUP_GETSOCKOPT, F_ATTACH },
	{ "cgroup/setsockopt", EXACT, P(CGROUP_SOCKOPT), A_CGROUP_SETSOCKOPT, F_ATTACH },
	{ "cgroup/dev", EXACT, P(CGROUP_DEVICE), A_CGROUP_DEVICE, F_ATTACH },
	{ "struct_ops", PLUS, P(STRUCT_OPS), -1, 0 },
	{ "struct_ops.s", PLUS, P(STRUCT_OPS), -1, F_SLEEP },
	{ "sk_lookup", EXACT, P(SK_LOOKUP), A_SK_LOOKUP, F_ATTACH },
	{ "netfilter", EXACT, P(NETFILTER), A_NETFILTER, F_ATTACH },
};
#undef P

static void fill(const struct sec_def *d, const char *rest, int legacy, struct bv_sec_type *out)
{
	memset(out, 0, sizeof(*out));
	out->prog_type = d->prog_type;
	out->has_attach_type = d->attach >= 0;
	out->expected_attach_type = d->attach >= 0 ? (uint32_t)d->attach : 0;
	out->sleepable = !!(d->flags & F_SLEEP);
	out->xdp_frags = !!(d->flags & F_FRAGS);
	out->legacy = legacy;
	out->attach_to = rest;
}

const char *bv_section_for(uint32_t prog_type, uint32_t attach_type)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(sec_defs); i++)
		if (sec_defs[i].prog_type == prog_type && sec_defs[i].attach >= 0 &&
		    (uint32_t)sec_defs[i].attach == attach_type)
			return sec_defs[i].pattern;
	return NULL;
}

int bv_section_type(const char *name, struct bv_sec_type *out)
{
	const struct sec_def *best = NULL;
	size_t best_len = 0;

	/* libbpf: a leading '?' only says "do not load automatically" */
	if (name[0] == '?')
		name++;
	for (size_t i = 0; i < BV_ARRAY_SIZE(sec_defs); i++) {
		const struct sec_def *d = &sec_defs[i];
		size_t n = strlen(d->pattern);

		if (d->match == EXACT && !strcmp(name, d->pattern)) {
			fill(d, NULL, 0, out);
			return 0;
		}
		if (d->match == PLUS && !strncmp(name, d->pattern, n) &&
		    (name[n] == '\0' || name[n] == '/')) {
			fill(d, name[n] ? name + n + 1 : NULL, 0, out);
			return 0;
		}
	}
	/* Older loaders matched on a plain prefix: "socket1", "xdp_prog",
	 * "kprobe_foo", "cgroup/skb_egress".  Take the longest such match. */
	for (size_t i = 0; i < BV_ARRAY_SIZE(sec_defs); i++) {
		size_t n = strlen(sec_defs[i].pattern);

		if (!strncmp(name, sec_defs[i].pattern, n) && n > best_len) {
			best = &sec_defs[i];
			best_len = n;
		}
	}
	if (best) {
		fill(best, name[best_len] == '/' ? name + best_len + 1 : NULL, 1, out);
		return 0;
	}
	return -ENOENT;
}
