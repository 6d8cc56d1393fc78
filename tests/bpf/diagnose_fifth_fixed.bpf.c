// The fixes the diagnoses of diagnose_fifth.bpf.c suggest, applied as written: each is accepted by
// the kernel (checked whole in verify_vs_kernel) and by bpfvet.
/* PT_REGS_PARM*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

struct event { __u32 pid; __u32 len; char comm[16]; char path[64]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct event); } scratch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } bytes SEC(".maps");
struct hist { __u64 slot[32]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct hist); } hists SEC(".maps");
struct flow { __u32 saddr; __u32 daddr; __u16 sport; __u16 dport; __u8 proto; };
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 1024); __type(key, struct flow); __type(value, __u64); } flows SEC(".maps");
__u32 target_pid; /* set by the loader through the skeleton's bss */

/* 1: a ringbuf record reserved, then dropped on the early return */
SEC("kprobe/do_sys_openat2") int open_event(struct pt_regs *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	if (!e)
		return 0;
	if (target_pid && pid != target_pid)
	{
		bpf_ringbuf_discard(e, 0);
		return 0;
	}
	e->pid = pid;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* 2: ringbuf record sized by what the user path turned out to be */
SEC("kprobe/do_sys_openat2") int open_path(struct pt_regs *ctx)
{
	char buf[64];
	long n = bpf_probe_read_user_str(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));
	char *p;
	if (n <= 0)
		return 0;
	p = bpf_ringbuf_reserve(&rb, sizeof(buf), 0);
	if (!p)
		return 0;
	bpf_probe_read_kernel(p, n, buf);
	bpf_ringbuf_submit(p, 0);
	return 0;
}

/* 3: histogram slot from the top bits of a value: 64 slots' worth, 32 in the map */
SEC("tracepoint/syscalls/sys_exit_read") int read_hist(void *ctx_unused)
{
	__u32 zero = 0;
	struct hist *h = bpf_map_lookup_elem(&hists, &zero);
	__u64 v = bpf_ktime_get_ns();
	if (!h)
		return 0;
	__u64 i = v >> 58;
	if (i >= 32)
		return 0;
	h->slot[i]++;
	return 0;
}

/* 5: IPv6 next header read past the fixed header without checking the extension */
SEC("xdp") int v6_proto(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct ipv6hdr *ip6 = (void *)(eth + 1);
	__u8 *ext;
	__u32 key;
	__u64 *c;
	if ((void *)(ip6 + 1) > end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IPV6))
		return XDP_PASS;
	ext = (void *)(ip6 + 1);
	if ((void *)ext + 1 > end)
		return XDP_PASS;
	key = ip6->nexthdr == 0 ? ext[0] : ip6->nexthdr;
	c = bpf_map_lookup_elem(&bytes, &key);
	if (c)
		*c += 1;
	return XDP_PASS;
}

/* 6: writing the packet mark from a socket filter */
SEC("socket") int mark_small(struct __sk_buff *skb)
{
	if (skb->len < 128)
		skb->cb[0] = 1;
	return skb->len;
}

/* 7: the event copied out of the map value with a length from the user */
SEC("kprobe/vfs_write") int write_sample(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct event *e = bpf_map_lookup_elem(&scratch, &zero);
	__u64 len = PT_REGS_PARM3(ctx);
	if (!e)
		return 0;
	e->len = len;
	bpf_probe_read_user(e->path, len & 63, (void *)PT_REGS_PARM2(ctx));
	bpf_ringbuf_output(&rb, e, sizeof(*e), 0);
	return 0;
}

/* 8: a counter kept in the hash map with no check of the lookup */
SEC("cgroup_skb/egress") int egress_bytes(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	__u64 *v = bpf_map_lookup_elem(&bytes, &key);
	if (!v)
		return 1;
	*v += skb->len;
	return 1;
}

/* 9: IP options copied out, their length computed as a signed int */
SEC("tc") int ip_opts(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	char opts[40];
	int n;
	if ((void *)(ip + 1) > end)
		return TC_ACT_OK;
	n = ip->ihl * 4 - (int)sizeof(*ip);
	if (n <= 0 || n > 40)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, sizeof(struct ethhdr) + sizeof(*ip), opts, n))
		return TC_ACT_OK;
	return opts[0] == 7 ? TC_ACT_SHOT : TC_ACT_OK;
}

/* 10: a socket filter that rewrites a byte of the packet */
SEC("tc") int scrub_tos(struct __sk_buff *skb)
{
	__u8 tos = 0;
	bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, tos), &tos, 1, 0);
	return skb->len;
}

/* 11: a per-flow counter walked with a bound from the map value */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } limit SEC(".maps");
SEC("xdp") int spin_count(struct xdp_md *ctx)
{
	__u32 zero = 0, *n = bpf_map_lookup_elem(&limit, &zero), i, acc = 0;
	if (!n)
		return XDP_PASS;
	for (i = 0; i < 256 && i < *n; i++)
		acc += i ^ bpf_get_prandom_u32();
	return acc & 1 ? XDP_PASS : XDP_DROP;
}

/* 13: the Ethernet header kept across bpf_xdp_adjust_head */
SEC("xdp") int pop_vlan(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) + 4 > end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_PASS;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_PASS;
	eth->h_proto = bpf_htons(ETH_P_IP);
	return XDP_PASS;
}

/* 12: packet data pointer compared with a pointer to the ctx */
SEC("xdp") int xdp_cmp(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	__u32 *p = data;
	void *data_end = (void *)(long)ctx->data_end;
	if ((void *)p + 4 > data_end)
		return XDP_DROP;
	return *p ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
