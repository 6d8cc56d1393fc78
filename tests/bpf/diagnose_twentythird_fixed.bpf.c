// diagnose_twentythird.bpf.c with each fix bpfvet suggests applied as
// written: the kernel and bpfvet must both accept every program.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: log the local port of every established TCP connection */
SEC("sockops")
int established_port(struct bpf_sock_ops *skops)
{
	if (skops->op != BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB &&
	    skops->op != BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB)
		return 1;
	struct bpf_sock *sk = skops->sk;
	if (!sk)
		return 1;
	bpf_printk("established, local port %u", sk->src_port);
	return 1;
}

/* B: a socket filter that keeps only IPv4 TCP packets */
SEC("socket")
int only_tcp(struct __sk_buff *skb)
{
	struct ethhdr eth;
	struct iphdr ip;

	if (bpf_skb_load_bytes(skb, 0, &eth, sizeof(eth)) ||
	    bpf_skb_load_bytes(skb, sizeof(eth), &ip, sizeof(ip)))
		return 0;
	if (eth.h_proto != bpf_htons(ETH_P_IP) || ip.protocol != IPPROTO_TCP)
		return 0;
	return skb->len;
}

/* C: report every execve with its file name through a ring buffer */
struct exec_event {
	__u32 pid;
	char filename[128];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} exec_events SEC(".maps");

SEC("kprobe/do_execveat_common")
int report_exec(struct pt_regs *ctx)
{
	struct exec_event *e = bpf_ringbuf_reserve(&exec_events, sizeof(*e), 0);
	struct filename { const char *name; } *fn = (void *)PT_REGS_PARM2(ctx);
	const char *name;

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	if (bpf_probe_read_kernel(&name, sizeof(name), &fn->name)) {
		bpf_ringbuf_discard(e, 0);
		return 0;
	}
	bpf_probe_read_kernel_str(e->filename, sizeof(e->filename), name);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* D: send the headers of every dropped packet to user space */
struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} dropped SEC(".maps");

SEC("xdp")
int sample_drops(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct { __u32 ifindex; } meta = { ctx->ingress_ifindex };
	__u64 n = data_end - data;
	bpf_perf_event_output(ctx, &dropped, BPF_F_CURRENT_CPU | (n << 32), &meta, sizeof(meta));
	return XDP_DROP;
}

/* G: per-tenant allow lists, one inner hash map per tenant */
struct allow_inner {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u8);
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 16);
	__type(key, __u32);
	__array(values, struct allow_inner);
} tenants SEC(".maps");

SEC("tc")
int tenant_allow(struct __sk_buff *skb)
{
	__u32 tenant = skb->mark & 15, addr = skb->hash;
	void *allow = bpf_map_lookup_elem(&tenants, &tenant);

	if (!allow)
		return TC_ACT_OK;
	if (bpf_map_lookup_elem(allow, &addr))
		return TC_ACT_OK;
	return TC_ACT_SHOT;
}

/* I: copy the payload after the IP header into a scratch buffer */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[512]);
} payload SEC(".maps");

SEC("tc")
int grab_payload(struct __sk_buff *skb)
{
	__u32 zero = 0;
	char *buf = bpf_map_lookup_elem(&payload, &zero);
	int len = skb->len - sizeof(struct ethhdr) - sizeof(struct iphdr);

	if (!buf)
		return TC_ACT_OK;
	if (len <= 0 || len > 512)
		return 0;
	bpf_skb_load_bytes(skb, sizeof(struct ethhdr) + sizeof(struct iphdr), buf, len);
	return TC_ACT_OK;
}

/* J: classify cgroup traffic into a tc class */
SEC("cgroup_skb/ingress")
int classify_cgroup(struct __sk_buff *skb)
{
	skb->priority = 0x10010;
	return 1;
}

/* L: count the set bits of a mask with bpf_loop */
struct bits_ctx {
	__u64 mask;
	__u32 count;
};

static long count_bit(__u32 i, struct bits_ctx *b)
{
	if (b->mask & (1ULL << i))
		b->count++;
	return 0;
}

SEC("tc")
int mark_bits(struct __sk_buff *skb)
{
	struct bits_ctx b = { .mask = skb->hash };

	bpf_loop(64, count_bit, &b, 0);
	skb->mark = b.count;
	return TC_ACT_OK;
}
