// The twenty-ninth batch with each fix bpfvet suggested applied as written
// (diagnose_twentyninth.bpf.c has the rejected versions). open_path_tail's
// CO-RE fix is the one for a program without vmlinux.h: the kernel's
// struct pt_regs declared here, <linux/ptrace.h> (and bpf_perf_event.h,
// which includes it) dropped, __VMLINUX_H__ defined for bpf_tracing.h; its
// second fix comes from diagnose_twentyninth_steps.bpf.c.
// Program types few batches used: lwt_seg6local, lwt_out, perf_event,
// sk_skb stream parsers, kprobe.multi, ksyscall, map-element and TCP
// iterators, uprobes with bpf_loop, cgroup getsockopt, tp_btf with kfuncs, sk_reuseport.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <linux/seg6.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
struct pt_regs {
	long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss;
} __attribute__((preserve_access_index));

struct bpf_perf_event_data {
	struct pt_regs regs;
	__u64 sample_period;
	__u64 addr;
};

#define __VMLINUX_H__
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

#define CORE __attribute__((preserve_access_index))

/* A: count SRv6 packets by the segment list's length; the routing header
 * follows the IPv6 header */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} srh_len SEC(".maps");

SEC("lwt_seg6local")
int srh_tag(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ipv6hdr *ip6 = data;
	struct ipv6_sr_hdr *srh;
	__u32 k;
	__u64 *n;

	if ((void *)(ip6 + 1) > data_end)
		return BPF_OK;
	if (ip6->nexthdr != IPPROTO_ROUTING)
		return BPF_OK;
	srh = (void *)(ip6 + 1);
	if ((void *)(srh + 1) > data_end)
		return BPF_OK;
	k = srh->first_segment & 15;
	n = bpf_map_lookup_elem(&srh_len, &k);
	if (n)
		(*n)++;
	return BPF_OK;
}

/* B: write a tag into the SRH and then count by its flags */
SEC("lwt_seg6local")
int srv6_set_tag(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ipv6hdr *ip6 = data;
	struct ipv6_sr_hdr *srh = (void *)(ip6 + 1);
	__u16 tag = bpf_htons(0x2a);
	__u32 k;
	__u64 *n;

	if ((void *)(srh + 1) > data_end)
		return BPF_OK;
	if (ip6->nexthdr != IPPROTO_ROUTING)
		return BPF_OK;
	bpf_lwt_seg6_store_bytes(skb, sizeof(*ip6) + __builtin_offsetof(struct ipv6_sr_hdr, tag), &tag, sizeof(tag));
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	ip6 = data;
	srh = (void *)(ip6 + 1);
	if ((void *)(srh + 1) > data_end)
		return BPF_OK;
	k = srh->flags & 15;
	n = bpf_map_lookup_elem(&srh_len, &k);
	if (n)
		(*n)++;
	return BPF_OK;
}

/* C: steer traffic of one route out of another interface */
__u32 steer_ifindex;

SEC("lwt_xmit")
int lwt_out_steer(struct __sk_buff *skb)
{
	if (!steer_ifindex)
		return BPF_OK;
	return bpf_redirect(steer_ifindex, 0);
}

/* D: sample user stacks on cycles, as deep as user space asks */
struct stack_buf {
	__u64 ips[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct stack_buf);
} stack_scratch SEC(".maps");

__u64 stack_depth = 32;

SEC("perf_event")
int cycles_stack(struct bpf_perf_event_data *ctx)
{
	__u32 zero = 0;
	struct stack_buf *b = bpf_map_lookup_elem(&stack_scratch, &zero);
	long n;

	if (!b)
		return 0;
	if (stack_depth > 64)
		return 0;
	n = bpf_get_stack(ctx, b->ips, stack_depth * sizeof(__u64), BPF_F_USER_STACK);
	if (n > 0)
		bpf_printk("stack of %ld bytes", n);
	return 0;
}

/* E: a stream parser for length-prefixed frames: 4-byte big-endian length,
 * then the payload */
SEC("sk_skb/stream_parser")
int frame_parser(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 *len = data;

	if (data + 1 > data_end)
		return 0;
	if ((void *)len + 4 > data_end)
		return 0;
	return bpf_ntohl(*len) + 4;
}

/* F: keep the first bytes of every write(2) to a traced fd */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} snippets SEC(".maps");

struct snippet {
	__u32 pid;
	__u32 len;
	char buf[64];
};

SEC("kprobe.multi/ksys_write")
int write_snippet(struct pt_regs *ctx)
{
	struct snippet *s = bpf_ringbuf_reserve(&snippets, sizeof(*s), 0);
	__u64 n = PT_REGS_PARM3(ctx);

	if (!s)
		return 0;
	if (n > 64)
		n = 64;
	s->pid = bpf_get_current_pid_tgid() >> 32;
	s->len = n;
	bpf_probe_read_user(s->buf, n, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_submit(s, 0);
	return 0;
}

/* G: count opens of directories (paths ending in '/') */
__u64 dir_opens;

SEC("ksyscall/openat")
int BPF_KSYSCALL(open_path_tail, int dfd, const char *pathname)
{
	char path[128];
	long n = bpf_probe_read_user_str(path, sizeof(path), pathname);

	if (n < 2)
		return 0;
	if (path[n - 2] == '/')
		__sync_fetch_and_add(&dir_opens, 1);
	return 0;
}

/* H: dump a hash map of counters through a map-element iterator */
struct bpf_iter_meta {
	struct seq_file *seq;
	__u64 session_id;
	__u64 seq_num;
} CORE;

struct bpf_iter__bpf_map_elem {
	struct bpf_iter_meta *meta;
	struct bpf_map *map;
	void *key;
	void *value;
} CORE;

SEC("iter/bpf_map_elem")
int dump_counts(struct bpf_iter__bpf_map_elem *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	__u32 *key = ctx->key;
	__u64 *val = ctx->value;

	if (!key)
		return 0;
	if (!val)
		return 0;
	BPF_SEQ_PRINTF(seq, "%u %llu\n", *key, *val);
	return 0;
}

/* I: list the smoothed RTT of every TCP socket */
struct sock_common {
	unsigned short skc_family;
} CORE;

struct tcp_sock {
	__u32 srtt_us;
} CORE;

struct bpf_iter__tcp {
	struct bpf_iter_meta *meta;
	struct sock_common *sk_common;
	__u32 uid;
} CORE;

SEC("iter/tcp")
int dump_rtt(struct bpf_iter__tcp *ctx)
{
	struct sock_common *skc = ctx->sk_common;
	struct tcp_sock *tp;

	if (!skc)
		return 0;
	tp = bpf_skc_to_tcp_sock(skc);
	if (!tp)
		return 0;
	BPF_SEQ_PRINTF(ctx->meta->seq, "%u %u\n", skc->skc_family, tp->srtt_us >> 3);
	return 0;
}

/* K: find a wanted value among the first 16 slots of a table, with bpf_loop */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} table SEC(".maps");

__u64 wanted;
__u32 found_at;

static long find_cb(__u32 i, void *data)
{
	__u64 *v = bpf_map_lookup_elem(&table, &i);

	if (!v)
		return 1;
	if (*v == wanted) {
		found_at = i;
		return 1;
	}
	return 0;
}

SEC("uprobe")
int uprobe_find(struct pt_regs *ctx)
{
	bpf_loop(16, find_cb, NULL, 0);
	return 0;
}

/* M: report a fixed MSS to getsockopt(TCP_MAXSEG) callers */
SEC("cgroup/getsockopt")
int getsockopt_mss(struct bpf_sockopt *ctx)
{
	if (ctx->level != IPPROTO_TCP || ctx->optname != 2 /* TCP_MAXSEG */)
		return 1;
	void *p = ctx->optval;
	if (p + 4 > ctx->optval_end)
		return 1;
	*(__u32 *)p = 1400;
	ctx->optlen = 4;
	*(volatile __u32 *)&ctx->retval = 0;
	return 1;
}

/* N: log the parent of every new task by looking it up by pid */
struct task_struct {
	int pid;
	int tgid;
} CORE;

extern struct task_struct *bpf_task_from_pid(int pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

SEC("tp_btf/sched_process_fork")
int BPF_PROG(fork_parent, struct task_struct *parent, struct task_struct *child)
{
	struct task_struct *p = bpf_task_from_pid(parent->tgid);

	if (!p)
		return 0;
	bpf_printk("fork: %d from group %d", child->pid, p->pid);
	bpf_task_release(p);
	return 0;
}

/* O: pick a worker socket by hashing the 4-tuple into a table of sockets */
struct {
	__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} workers_by_hash SEC(".maps");

SEC("sk_reuseport")
int reuse_hashpick(struct sk_reuseport_md *reuse)
{
	__u32 key = reuse->hash & 63;

	if (bpf_sk_select_reuseport(reuse, &workers_by_hash, &key, 0))
		return SK_DROP;
	return SK_PASS;
}
