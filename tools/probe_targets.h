/* The program types (and attach types) the table generators probe, with
 * the context size each takes and, for BTF-typed programs, the kernel BTF
 * type they attach to.  Shared by tools/gen_helper_table.c and
 * tools/gen_kfunc_table.c. */
#ifndef BPFVET_PROBE_TARGETS_H
#define BPFVET_PROBE_TARGETS_H

#include <linux/btf.h>

struct target {
	const char *name;
	unsigned type, attach, size;
	const char *btf_target; /* tracing: the kernel BTF type attached to */
	int btf_kind;
	unsigned prog_flags;    /* BPF_F_SLEEPABLE where the type must be */
};

static const struct target targets[] = {
	{ "socket_filter", 1, 0, 192, NULL, 0, 0 },
	{ "kprobe", 2, 0, 168, NULL, 0, 0 },
	{ "sched_cls", 3, 0, 192, NULL, 0, 0 },
	{ "sched_act", 4, 0, 192, NULL, 0, 0 },
	{ "tracepoint", 5, 0, 32752, NULL, 0, 0 },
	{ "xdp", 6, 0, 24, NULL, 0, 0 },
	{ "xdp_devmap", 6, 33, 24, NULL, 0, 0 },
	{ "perf_event", 7, 0, 184, NULL, 0, 0 },
	{ "cgroup_skb_ingress", 8, 0, 192, NULL, 0, 0 },
	{ "cgroup_skb_egress", 8, 1, 192, NULL, 0, 0 },
	{ "cgroup_sock_create", 9, 2, 80, NULL, 0, 0 },
	{ "cgroup_sock_post_bind4", 9, 12, 80, NULL, 0, 0 },
	{ "cgroup_sock_post_bind6", 9, 13, 80, NULL, 0, 0 },
	{ "cgroup_sock_release", 9, 34, 80, NULL, 0, 0 },
	{ "lwt_in", 10, 0, 192, NULL, 0, 0 },
	{ "lwt_out", 11, 0, 192, NULL, 0, 0 },
	{ "lwt_xmit", 12, 0, 192, NULL, 0, 0 },
	{ "sock_ops", 13, 3, 224, NULL, 0, 0 },
	{ "sk_skb_parser", 14, 4, 192, NULL, 0, 0 },
	{ "sk_skb_verdict", 14, 5, 192, NULL, 0, 0 },
	{ "cgroup_device", 15, 6, 12, NULL, 0, 0 },
	{ "sk_msg", 16, 7, 80, NULL, 0, 0 },
	{ "raw_tracepoint", 17, 0, 96, NULL, 0, 0 },
	{ "sock_addr_bind4", 18, 8, 72, NULL, 0, 0 },
	{ "sock_addr_bind6", 18, 9, 72, NULL, 0, 0 },
	{ "sock_addr_connect4", 18, 10, 72, NULL, 0, 0 },
	{ "sock_addr_connect6", 18, 11, 72, NULL, 0, 0 },
	{ "sock_addr_sendmsg4", 18, 14, 72, NULL, 0, 0 },
	{ "sock_addr_sendmsg6", 18, 15, 72, NULL, 0, 0 },
	{ "sock_addr_recvmsg4", 18, 19, 72, NULL, 0, 0 },
	{ "sock_addr_recvmsg6", 18, 20, 72, NULL, 0, 0 },
	{ "sock_addr_getpeername4", 18, 29, 72, NULL, 0, 0 },
	{ "sock_addr_getpeername6", 18, 30, 72, NULL, 0, 0 },
	{ "sock_addr_getsockname4", 18, 31, 72, NULL, 0, 0 },
	{ "sock_addr_getsockname6", 18, 32, 72, NULL, 0, 0 },
	{ "lwt_seg6local", 19, 0, 192, NULL, 0, 0 },
	{ "sk_reuseport", 21, 39, 56, NULL, 0, 0 },
	{ "flow_dissector", 22, 17, 192, NULL, 0, 0 },
	{ "cgroup_sysctl", 23, 18, 8, NULL, 0, 0 },
	{ "cgroup_getsockopt", 25, 21, 40, NULL, 0, 0 },
	{ "cgroup_setsockopt", 25, 22, 40, NULL, 0, 0 },
	{ "sk_lookup", 30, 36, 72, NULL, 0, 0 },
	{ "syscall", 31, 0, 0, NULL, 0, 1u << 4 /* BPF_F_SLEEPABLE */ },
	{ "netfilter", 32, 45, 16, NULL, 0, 0 },
	{ "tp_btf", 26, 23, 0, "btf_trace_sched_switch", BTF_KIND_TYPEDEF, 0 },
	{ "iter", 26, 28, 0, "bpf_iter_task", BTF_KIND_FUNC, 0 },
};

#endif
