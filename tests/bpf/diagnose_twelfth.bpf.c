// Twelfth held-out batch: rejections written blind, as users write them,
// before their diagnoses were looked at; causes known by construction.
// diagnose_twelfth_fixed.bpf.c applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct stats { __u64 pkts[16]; __u64 bytes; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct stats);
} st SEC(".maps");

struct locked { struct bpf_spin_lock lock; __u64 total; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct locked);
} tot SEC(".maps");

/* 1: trim the tail, then keep using the old pointers */
SEC("xdp")
int trim_tail(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (bpf_xdp_adjust_tail(ctx, -4))
		return XDP_DROP;
	return eth->h_proto == bpf_htons(ETH_P_IP) ? XDP_PASS : XDP_DROP;
}

/* 2: a signed bucket from the packet, only upper-bounded */
SEC("xdp")
int bucket_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct stats *s;
	__u32 zero = 0;
	int b;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	s = bpf_map_lookup_elem(&st, &zero);
	if (!s)
		return XDP_PASS;
	b = (signed char)ip->tos;
	if (b < 16)
		s->pkts[b]++;
	return XDP_PASS;
}

/* 4: cgroup_skb writing into the packet */
SEC("cgroup_skb/egress")
int mark_tos(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data;

	if ((void *)(ip + 1) > data_end)
		return 1;
	ip->tos = 0x10;
	return 1;
}

/* 5: a map lookup while holding the lock */
SEC("tc")
int locked_update(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	struct locked *l = bpf_map_lookup_elem(&tot, &key);
	struct stats *s;
	__u32 zero = 0;

	if (!l)
		return 0;
	bpf_spin_lock(&l->lock);
	s = bpf_map_lookup_elem(&st, &zero);
	if (s)
		l->total += s->bytes;
	bpf_spin_unlock(&l->lock);
	return 0;
}

/* 6: UDP header after IP options, length from ihl never checked against data_end */
SEC("xdp")
int udp_port(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	udp = (void *)ip + ip->ihl * 4;
	if ((void *)(udp + 1) > data_end + 0)
		;
	return udp->dest == bpf_htons(53) ? XDP_DROP : XDP_PASS;
}
