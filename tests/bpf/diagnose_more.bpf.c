/* Rejections with known causes, written apart from the examples, to check
 * the diagnosis on code it was not developed on (tests/test_cli.sh checks
 * each program's class). */
#ifndef __TARGET_ARCH_x86
#define __TARGET_ARCH_x86
#endif
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>
#include <linux/pkt_cls.h>

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, char[256]); } bufmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 128); __type(key, __u32); __type(value, __u64); } pids SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } hist SEC(".maps");

/* 1: tcp header parsed at a variable offset (ihl) without a new check */
SEC("xdp") int tcp_port(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp;

	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	tcp = (void *)ip + ip->ihl * 4;
	if (tcp->dest == bpf_htons(22))
		return XDP_DROP;
	return XDP_PASS;
}

/* 2: copy into a map value with a length from the probe, checked against the wrong size */
SEC("kprobe/x") int copy_name(struct pt_regs *ctx)
{
	__u32 zero = 0;
	char *b = bpf_map_lookup_elem(&bufmap, &zero);
	__u64 n = PT_REGS_PARM2(ctx);

	if (!b)
		return 0;
	if (n > 512)
		return 0;
	bpf_probe_read_kernel(b, n, (void *)PT_REGS_PARM1(ctx));
	return 0;
}

/* 3: a small stack histogram indexed by 4 bits of a value: 16 slots needed, 8 there */
SEC("kprobe/y") int lat(struct pt_regs *ctx)
{
	__u64 h[8] = {};
	__u64 d = PT_REGS_PARM1(ctx);

	h[d & 15] += 1;
	return h[0];
}

/* 4: pid map value used without check */
SEC("kprobe/z") int pidcount(struct pt_regs *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 *v = bpf_map_lookup_elem(&pids, &pid);

	return *v;
}

/* 5: stack buffer indexed by an unchecked byte from the packet */
SEC("socket") int lut(struct __sk_buff *skb)
{
	__u8 table[16] = {};
	__u8 i;

	if (bpf_skb_load_bytes(skb, 0, &i, 1))
		return 0;
	return table[i];
}

/* 6: XDP reads eth after adjust_head without reloading */
SEC("xdp") int pop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_DROP;
	return eth->h_proto == 0 ? XDP_DROP : XDP_PASS;
}

struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");

SEC("tc") int grab(struct __sk_buff *skb)
{
	char buf[64];
	__u8 len;

	if (bpf_skb_load_bytes(skb, 0, &len, 1))
		return TC_ACT_OK;
	bpf_skb_load_bytes(skb, 1, buf, len);
	return buf[0];
}

SEC("kprobe/x") int emit(struct pt_regs *ctx)
{
	char buf[32] = {};
	__u64 n = PT_REGS_PARM2(ctx);

	bpf_probe_read_kernel(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, buf, n);
	return 0;
}

SEC("socket") int writer(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;

	if (data + 1 > end)
		return 0;
	*(char *)data = 1;
	return 0;
}

__noinline int want_ctx(struct __sk_buff *skb) { return skb->len; }

SEC("socket") int badcall(struct __sk_buff *skb)
{
	char x[8] = {};

	return want_ctx((void *)x);
}

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } m3 SEC(".maps");
const volatile __u32 limit = 10;

SEC("socket") int by_value(struct __sk_buff *skb)
{
	__u32 k = skb->mark;
	__u64 *v = bpf_map_lookup_elem(&m3, (void *)(long)k);

	return v ? *v : 0;
}

SEC("socket") int spin(struct __sk_buff *skb)
{
	volatile int x = 0;

	while (1)
		x++;
	return x;
}

SEC("socket") int write_const(struct __sk_buff *skb)
{
	*(volatile __u32 *)&limit = skb->len;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
