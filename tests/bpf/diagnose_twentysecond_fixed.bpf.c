// diagnose_twentysecond.bpf.c with each fix bpfvet suggests applied as
// written: the kernel and bpfvet must both accept every program.
/* PT_REGS_PARM*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; unsigned int flags; int prio; } CORE;
struct file { unsigned int f_flags; } CORE;

/* Q: flags of the file a vfs_read() call was given, reported on return */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u64);
	__type(value, __u64);
} reading SEC(".maps");

SEC("kprobe/vfs_read")
int read_enter(struct pt_regs *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u64 file = PT_REGS_PARM1(ctx);

	bpf_map_update_elem(&reading, &id, &file, BPF_ANY);
	return 0;
}

SEC("kretprobe/vfs_read")
int read_exit(struct pt_regs *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u64 *file = bpf_map_lookup_elem(&reading, &id);
	struct file *f;

	if (!file)
		return 0;
	f = (struct file *)*file;
	__typeof__(f->f_flags) f_flags;
	bpf_probe_read_kernel(&f_flags, sizeof(f_flags), &f->f_flags);
	if (f_flags & 04000)
		bpf_printk("nonblocking read returned %ld", PT_REGS_RC(ctx));
	bpf_map_delete_elem(&reading, &id);
	return 0;
}

/* V: the Ethernet and IP parsing moved into a function of its own */
__attribute__((noinline)) int parse_ipv4(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);

	if ((void *)(ip + 1) > data_end)
		return -1;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return -1;
	return ip->protocol;
}

SEC("xdp")
int drop_udp(struct xdp_md *ctx)
{
	if (parse_ipv4(ctx) == IPPROTO_UDP)
		return XDP_DROP;
	return XDP_PASS;
}

/* W: lower the priority of any task that runs too often */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, int);
	__type(value, __u64);
} runs SEC(".maps");

struct busy { int prio; };

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct busy);
} demoted SEC(".maps");

SEC("tp_btf/sched_switch")
int demote_busy(__u64 *ctx)
{
	struct task_struct *next = (struct task_struct *)ctx[2];
	int pid = next->pid;
	__u64 one = 1, *n = bpf_map_lookup_elem(&runs, &pid);

	if (!n) {
		bpf_map_update_elem(&runs, &pid, &one, BPF_NOEXIST);
		return 0;
	}
	if (++*n > 1000) {
		struct busy *v = bpf_task_storage_get(&demoted, next, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

		if (v)
			v->prio = 139;
	}
	return 0;
}

/* X: format a flow record, then hash it, each step with its own buffer */
struct flow_text {
	char line[256];
};

struct scratch_buf { char tmp[300]; };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch_buf);
} scratch SEC(".maps");

static __attribute__((noinline)) __u32 hash_line(const char *s, int n)
{
	__u32 zero = 0;
	struct scratch_buf *b = bpf_map_lookup_elem(&scratch, &zero);
	__u32 h = 2166136261u;

	if (!b)
		return 0;
	char *tmp = b->tmp;
	bpf_probe_read_kernel(tmp, sizeof(b->tmp), s);
	for (int i = 0; i < 64 && i < n; i++)
		h = (h ^ (unsigned char)tmp[i]) * 16777619u;
	return h;
}

static __attribute__((noinline)) __u32 format_flow(struct __sk_buff *skb)
{
	struct flow_text t = {};
	long n;

	n = BPF_SNPRINTF(t.line, sizeof(t.line), "%u %u %u", skb->ifindex,
			 skb->len, skb->protocol);
	return hash_line(t.line, n);
}

SEC("tc")
int flow_hash(struct __sk_buff *skb)
{
	skb->mark = format_flow(skb);
	return TC_ACT_OK;
}

/* Y: count the labels of the DNS name in a query */
SEC("xdp")
int dns_labels(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	unsigned char *p = data + 14 + 20 + 8 + 12;
	int labels = 0;

	for (int i = 0; i < 255; i++) {
		if ((void *)(p + 1) > data_end)
			break;
		if (*p == 0)
			break;
		if (*p > 63)
			return XDP_DROP;
		p += *p + 1;
		if ((void *)(p + 1) > data_end)
			break;
		labels++;
	}
	return labels > 10 ? XDP_DROP : XDP_PASS;
}
