// The forty-first batch (diagnose_fortyfirst.bpf.c) with each suggested
// fix applied as bpfvet wrote it; the kernel accepts every program.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

/* A: is this exec a descendant of the watched process? */
struct task_struct {
	int pid;
	int tgid;
	unsigned int flags;
	struct task_struct *real_parent;
} __attribute__((preserve_access_index));

const volatile int watched_tgid = 1;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, int);
	__type(value, __u8);
} descendants SEC(".maps");

SEC("kprobe/do_execveat_common")
int exec_descendant(struct pt_regs *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	int self = bpf_get_current_pid_tgid() >> 32;
	__u8 one = 1;

	for (int i = 0; i < 64 && task; i++) {
		if (BPF_CORE_READ(task, tgid) == watched_tgid) {
			bpf_map_update_elem(&descendants, &self, &one, BPF_ANY);
			break;
		}
		task = BPF_CORE_READ(task, real_parent);
	}
	return 0;
}

/* B: per-flow stats in the layout the user-space reader expects */
struct flow_stats {
	__u8 proto;
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, struct flow_stats);
} flows SEC(".maps");

SEC("tc")
int packed_stats(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st = bpf_map_lookup_elem(&flows, &key);

	if (!st)
		return TC_ACT_OK;
	__sync_fetch_and_add(&st->packets, 1);
	__sync_fetch_and_add(&st->bytes, skb->len);
	return TC_ACT_OK;
}

/* C: count execs of non-kernel threads, by pid, with the task looked up */
struct task_struct *bpf_task_from_pid(int pid) __ksym;
void bpf_task_release(struct task_struct *p) __ksym;

__u64 user_execs = 0;

SEC("tp_btf/sched_process_exec")
int BPF_PROG(exec_by_pid)
{
	int pid = bpf_get_current_pid_tgid() >> 32;
	struct task_struct *t = bpf_task_from_pid(pid);

	if (!t)
		return 0;
	if (t->flags & 0x00200000 /* PF_KTHREAD */) { bpf_task_release(t); return 0; }
	__sync_fetch_and_add(&user_execs, 1);
	bpf_task_release(t);
	return 0;
}

/* D: stamp a trailer on outgoing frames */
SEC("xdp")
int stamp_trailer(struct xdp_md *ctx)
{
	void *data, *data_end;
	__u32 *trailer;

	if (bpf_xdp_adjust_tail(ctx, 4))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	__u32 v = bpf_htonl(0xfeedf00d); bpf_xdp_store_bytes(ctx, bpf_xdp_get_buff_len(ctx) - 4, &v, sizeof(v));
	return XDP_PASS;
}

/* E: a socket filter that keeps IPv4 TCP only */
SEC("socket")
int tcp_only(struct __sk_buff *skb)
{
	struct iphdr *iph;
	__typeof__(*iph) h; if (bpf_skb_load_bytes(skb, 0, &h, sizeof(h))) return 0;
	return h.protocol == IPPROTO_TCP ? skb->len : 0;
}

/* F: which files does the shell open? the path's first byte */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} first_chars SEC(".maps");

SEC("uprobe")
int BPF_KPROBE(shell_open, const char *path, int flags)
{
	__u8 v; bpf_probe_read_user(&v, sizeof(v), &path[0]);
	__u32 c = (__u8)v;
	__u64 *n = bpf_map_lookup_elem(&first_chars, &c);

	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}
