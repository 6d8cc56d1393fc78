// The fifteenth held-out batch (diagnose_fifteenth.bpf.c) with each fix
// bpfvet suggested applied as written; the kernel and bpfvet accept all.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: per-tenant rate tables, one inner map per tenant */
struct inner {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
};
struct inner tenant0 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 16);
	__type(key, __u32);
	__array(values, struct inner);
} tenants SEC(".maps") = {
	.values = { [0] = &tenant0 },
};

SEC("tc")
int tenant_bytes(struct __sk_buff *skb)
{
	__u32 tenant = skb->mark & 0xf, ifindex = skb->ifindex;
	void *tbl = bpf_map_lookup_elem(&tenants, &tenant);
	__u64 *bytes;

	if (!tbl)
		return TC_ACT_OK;
	bytes = bpf_map_lookup_elem(tbl, &ifindex);
	if (bytes)
		*bytes += skb->len;
	return TC_ACT_OK;
}

/* B: sum a histogram with bpf_loop */
struct hist_ctx {
	__u64 slots[16];
	__u64 sum;
};

static long add_slot(__u32 i, struct hist_ctx *h)
{
	if (i >= 16)
		return 1;
	h->sum += h->slots[i];
	return 0;
}

SEC("raw_tp")
int sum_hist(void *ctx)
{
	struct hist_ctx h = {};

	bpf_loop(16, add_slot, &h, 0);
	return h.sum > 100;
}

/* C: refuse IP_TOS reads for one cgroup: look at the option's first byte */
SEC("cgroup/getsockopt")
int tos_filter(struct bpf_sockopt *ctx)
{
	__u8 *optval = ctx->optval;

	if (ctx->level != IPPROTO_IP || ctx->optname != IP_TOS)
		return 1;
	if ((void *)optval + 1 > (void *)(long)ctx->optval_end)
		return 1;
	if (optval[0] == 0x10)
		ctx->retval = 0;
	return 1;
}

/* D: a parser shared by two programs */
struct proto_stats {
	__u64 tcp, udp, other;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct proto_stats);
} pstats SEC(".maps");

__attribute__((noinline)) int count_proto(struct proto_stats *st, __u8 proto)
{
	if (!st)
		return 0;
	if (proto == IPPROTO_TCP)
		st->tcp++;
	else if (proto == IPPROTO_UDP)
		st->udp++;
	else
		st->other++;
	return 0;
}

SEC("xdp")
int xdp_protos(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	__u32 zero = 0;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	count_proto(bpf_map_lookup_elem(&pstats, &zero), ip->protocol);
	return XDP_PASS;
}

/* E: latency in milliseconds, 16 buckets, the last one for the rest */
struct cpu_lat {
	__u32 buckets[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct cpu_lat);
} lat SEC(".maps");

__u64 last_ns;

SEC("raw_tp")
int lat_bucket(void *ctx)
{
	__u32 zero = 0, ms;
	__u64 now = bpf_ktime_get_ns();
	struct cpu_lat *l = bpf_map_lookup_elem(&lat, &zero);

	if (!l)
		return 0;
	ms = (now - last_ns) / 1000000;
	last_ns = now;
	if (ms > 15)
		ms = 15;
	l->buckets[ms]++;
	return 0;
}
