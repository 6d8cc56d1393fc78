// The fourteenth held-out batch (diagnose_fourteenth.bpf.c) with each fix
// bpfvet suggested applied as written; the kernel and bpfvet accept all.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct vm_area_struct { unsigned long vm_start; unsigned long vm_end; unsigned long vm_flags; } CORE;
struct task_struct { int pid; } CORE;
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } CORE;
struct bpf_iter_task_vma { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_task_vma_new(struct bpf_iter_task_vma *it, struct task_struct *task, __u64 addr) __ksym;
extern struct vm_area_struct *bpf_iter_task_vma_next(struct bpf_iter_task_vma *it) __ksym;
extern void bpf_iter_task_vma_destroy(struct bpf_iter_task_vma *it) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u64);
} mss_seen SEC(".maps");

/* A: the MSS option of SYN packets, found by walking the TCP options */
SEC("tc")
int tcp_mss(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp;
	__u8 *opt;
	__u32 mss, one = 1;
	int i;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > data_end || !tcp->syn)
		return TC_ACT_OK;
	opt = (__u8 *)(tcp + 1);
	for (i = 0; i < 10; i++) {
		if ((void *)(opt + 1) + 3 > data_end)
			break;
		if (opt[0] == 0)
			break;
		if (opt[0] == 1) {
			opt++;
			continue;
		}
		if (opt[0] == 2) {
			mss = (opt[2] << 8) | opt[3];
			bpf_map_update_elem(&mss_seen, &mss, &one, BPF_ANY);
			break;
		}
		opt += opt[1];
	}
	return TC_ACT_OK;
}

/* B: for every task, how much of its address space is executable */
struct task_struct force_task_struct; /* vmlinux.h would define it in full */
__u64 exec_bytes;

SEC("iter/task")
int exec_vmas(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	struct bpf_iter_task_vma it;
	struct vm_area_struct *vma;

	if (!task)
		return 0;
	bpf_iter_task_vma_new(&it, task, 0);
	while ((vma = bpf_iter_task_vma_next(&it)))
		if (vma->vm_flags & 0x4)
			exec_bytes += vma->vm_end - vma->vm_start;
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

/* C: trim the packet to 128 bytes, then mark it in the IP TOS */
SEC("xdp")
int trim_and_mark(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	int len = data_end - data;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (len > 128 && bpf_xdp_adjust_tail(ctx, 128 - len))
		return XDP_DROP;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	eth = data;
	ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	ip->tos = 0x10;
	return XDP_TX;
}

/* D: per-flow byte counters with a lock, created on first sight */
struct flow_stats {
	struct bpf_spin_lock lock;
	__u64 bytes;
	__u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, struct flow_stats);
} flows SEC(".maps");

SEC("tc")
int flow_count(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *st, init = {};
	int first;

	st = bpf_map_lookup_elem(&flows, &key);
	if (!st) {
		bpf_map_update_elem(&flows, &key, &init, BPF_NOEXIST);
		st = bpf_map_lookup_elem(&flows, &key);
		if (!st)
			return TC_ACT_OK;
	}
	bpf_spin_lock(&st->lock);
	st->bytes += skb->len;
	st->packets++;
	first = st->packets == 1;
	bpf_spin_unlock(&st->lock);
	if (first)
		bpf_printk("new flow %u", key);
	return TC_ACT_OK;
}

/* E: log the first bytes of every write(2) buffer, length from a knob */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} snap_len SEC(".maps");

struct write_args {
	__u64 pad;
	int __syscall_nr;
	unsigned int fd;
	const char *buf;
	__u64 count;
};

SEC("tracepoint/syscalls/sys_enter_write")
int snap_write(struct write_args *args)
{
	char snap[64];
	__u32 zero = 0, *lenp;
	__u64 n;

	lenp = bpf_map_lookup_elem(&snap_len, &zero);
	if (!lenp)
		return 0;
	n = *lenp;
	if (n > args->count)
		n = args->count;
	if (n > 64)
		return 0;
	bpf_probe_read_user(snap, n, args->buf);
	bpf_printk("write %u: %s", n, snap);
	return 0;
}
