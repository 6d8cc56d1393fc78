// Batch 70's shapes (tests/explain/README.md), written again as our own
// programs, all with noinline static functions (BPF subprograms, verified
// with each call, as test_xdp_noinline's are): a lookup stored through an
// out-parameter and used unchecked by the caller; a port read through a
// pointer clang selects (`is_reply ? udp->dest : udp->source`) with no
// check of the header; a checksum loop bounded by sizeof(), which counts
// bytes, over __u16 words.
// diagnose_selftest_shapes20_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct backend {
	__u32 addr;
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct backend);
} backends SEC(".maps");

static __attribute__((noinline)) bool pick_backend(__u32 hash, struct backend **out)
{
	__u32 key = hash % 64;

	if (!hash)
		return false;
	*out = bpf_map_lookup_elem(&backends, &key);
	return true;
}

SEC("xdp")
int route(struct xdp_md *ctx)
{
	struct backend *be = NULL;

	if (!pick_backend(bpf_get_prandom_u32(), &be))
		return XDP_PASS;
	if (be->flags & 1)
		return XDP_DROP;
	return XDP_PASS;
}

static __attribute__((noinline)) bool read_port(void *data, void *data_end, __u64 off, bool is_reply,
						 __u16 *port)
{
	struct udphdr *udp;

	udp = data + off;
	if (!is_reply)
		*port = udp->source;
	else
		*port = udp->dest;
	return true;
}

SEC("xdp")
int ports(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct ethhdr *eth = data;
	__u64 off = sizeof(*eth) + sizeof(struct iphdr);
	__u16 port = 0;

	if ((void *)(eth + 1) + sizeof(struct iphdr) + 4 > data_end)
		return XDP_PASS;
	/* an IPv4 header with options: the UDP header comes 4 bytes later */
	if (ctx->rx_queue_index & 2)
		off += 4;
	if (!read_port(data, data_end, off, ctx->rx_queue_index & 1, &port))
		return XDP_DROP;
	return port == bpf_htons(53) ? XDP_DROP : XDP_PASS;
}

static __attribute__((noinline)) int checksum(void *data, void *data_end)
{
	struct iphdr *iph = data + sizeof(struct ethhdr);
	__u16 *word = (__u16 *)iph;
	__u32 csum = 0;

	if ((void *)(iph + 1) > data_end)
		return XDP_DROP;
#pragma clang loop unroll(full)
	for (int i = 0; i < sizeof(struct iphdr); i++)
		csum += *word++;
	iph->check = ~((csum & 0xffff) + (csum >> 16));
	return XDP_TX;
}

SEC("xdp")
int fold_csum(struct xdp_md *ctx)
{
	return checksum((void *)(long)ctx->data, (void *)(long)ctx->data_end);
}
