/* The program types (and attach types) the table generators probe, with
 * the context size each takes and, for BTF-typed programs, the kernel BTF
 * type they attach to.  Shared by tools/gen_helper_table.c and
 * tools/gen_kfunc_table.c. */
#ifndef BPFVET_PROBE_TARGETS_H
#define BPFVET_PROBE_TARGETS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/btf.h>

#include "bpfvet/insn.h"
#include "bpfvet/kernel.h"
#include "util/btf_util.h"

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
	{ "kprobe_multi", 2, 42, 168, NULL, 0, 0 },
	{ "uprobe_multi", 2, 48, 168, NULL, 0, 0 },
	{ "kprobe_session", 2, 56, 168, NULL, 0, 0 },
	{ "uprobe_session", 2, 57, 168, NULL, 0, 0 },
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

/* A target ready to probe: the kernel BTF id it attaches to, and for
 * struct_ops the struct (the row's target name); attach is the member. */
struct probe_target {
	struct target t;
	uint32_t btf_id;
	char st[64];
};

/* Whether the kernel takes a do-nothing program of a target at all. */
static int target_loads(const struct target *t, uint32_t btf_id)
{
	static const struct bv_insn ret0[2] = { { .code = BV_ALU64 | BV_MOV | BV_K }, { .code = BV_JMP | BV_EXIT } };
	struct bv_kernel_opts o = { .log_level = 1, .attach_btf_id = btf_id, .prog_flags = t->prog_flags };
	struct bv_kernel_result r;
	struct bv_error e = { 0 };
	int ok;

	if (bv_kernel_load_insns(ret0, 2, t->type, t->attach, "GPL", &o, &r, &e) < 0)
		return 0;
	ok = r.accepted;
	bv_kernel_result_free(&r);
	return ok;
}

/* The targets above, then every member of every struct the kernel
 * registers as struct_ops (a struct S wrapped as bpf_struct_ops_S) that
 * takes a program; exits on error. */
static struct probe_target *probe_targets(struct btf *vm, size_t *count)
{
	size_t n = 0, cap = sizeof(targets) / sizeof(targets[0]) + 64;
	struct probe_target *out = calloc(cap, sizeof(*out));

	for (size_t i = 0; out && i < sizeof(targets) / sizeof(targets[0]); i++) {
		out[n].t = targets[i];
		if (targets[i].btf_target) {
			int id = btf__find_by_name_kind(vm, targets[i].btf_target, targets[i].btf_kind);

			if (id <= 0) {
				fprintf(stderr, "%s not in the kernel's BTF\n", targets[i].btf_target);
				exit(1);
			}
			out[n].btf_id = (uint32_t)id;
		}
		n++;
	}
	for (uint32_t w = 1; out && w < btf__type_cnt(vm); w++) {
		uint32_t st_id = btf_struct_ops_wrapped(vm, w);
		const struct btf_type *st = st_id ? btf__type_by_id(vm, st_id) : NULL;

		for (uint16_t m = 0; st && m < btf_vlen(st) && n < cap; m++) {
			struct probe_target *p = &out[n];

			memset(p, 0, sizeof(*p));
			snprintf(p->st, sizeof(p->st), "%s", btf__name_by_offset(vm, st->name_off));
			p->t.name = p->st;
			p->t.type = 27;
			p->t.attach = m;
			p->btf_id = st_id;
			if (target_loads(&p->t, p->btf_id))
				n++;
		}
	}
	if (!out) {
		fprintf(stderr, "out of memory\n");
		exit(1);
	}
	*count = n;
	return out;
}

/* A row's target for the generated tables: the struct_ops struct, or NULL. */
static void print_row_target(const struct probe_target *p)
{
	if (p->st[0])
		printf(", \"%s\"", p->st);
	else
		printf(", NULL");
}

#endif
