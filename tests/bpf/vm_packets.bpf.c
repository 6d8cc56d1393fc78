// Programs run both in the kernel (BPF_PROG_TEST_RUN) and in bpfvet's VM
// by test_vm_kernel: return values, output packets and maps must agree.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} proto_count SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

__u64 seen_bytes = 0;

static __always_inline void count(__u32 proto, __u64 len)
{
	__u64 *v = bpf_map_lookup_elem(&proto_count, &proto);

	if (v) {
		__sync_fetch_and_add(v, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&proto_count, &proto, &one, BPF_NOEXIST);
	}
	seen_bytes += len;
}

SEC("xdp")
int xdp_parse(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip;
	struct udphdr *udp;

	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	if (eth->h_proto != bpf_htons(ETH_P_IP)) {
		count(0, end - data);
		return XDP_PASS;
	}
	ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	count(ip->protocol, end - data);
	if (ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	udp = (void *)ip + ip->ihl * 4;
	if ((void *)(udp + 1) > end)
		return XDP_DROP;
	if (udp->dest == bpf_htons(53))
		return XDP_DROP;
	/* decrement the TTL and patch the header checksum incrementally */
	if (ip->ttl > 1) {
		__u32 sum = ip->check + bpf_htons(0x0100);

		ip->ttl--;
		ip->check = (sum + (sum >= 0xffff)) & 0xffff;
	}
	return XDP_TX;
}

SEC("xdp")
int xdp_swap_macs(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	unsigned char tmp[ETH_ALEN];

	if ((void *)(eth + 1) > end)
		return XDP_DROP;
	__builtin_memcpy(tmp, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, tmp, ETH_ALEN);
	return XDP_TX;
}

/* Push an 8-byte tag in front of the frame, grow the tail by 4. */
SEC("xdp")
int xdp_encap(struct xdp_md *ctx)
{
	void *data, *end;
	__u64 *tag;

	if (bpf_xdp_adjust_head(ctx, -8))
		return XDP_ABORTED;
	data = (void *)(long)ctx->data;
	end = (void *)(long)ctx->data_end;
	tag = data;
	if ((void *)(tag + 1) > end)
		return XDP_ABORTED;
	*tag = 0x1122334455667788ULL;
	if (bpf_xdp_adjust_tail(ctx, 4))
		return XDP_DROP;
	return XDP_PASS;
}

/* Rewrite the UDP destination port with the helpers that keep both
 * checksums right. */
SEC("tc")
int tc_rewrite_port(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);
	__u16 old, new = bpf_htons(8080);
	__u32 key = 0;
	__u64 *st;

	if ((void *)(udp + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_UDP)
		return TC_ACT_OK;
	old = udp->dest;
	bpf_l4_csum_replace(skb, ETH_HLEN + sizeof(*ip) + offsetof(struct udphdr, check), old, new,
			    BPF_F_PSEUDO_HDR | sizeof(new));
	bpf_skb_store_bytes(skb, ETH_HLEN + sizeof(*ip) + offsetof(struct udphdr, dest), &new, sizeof(new), 0);
	st = bpf_map_lookup_elem(&stats, &key);
	if (st)
		*st += skb->len;
	skb->mark = 0x42;
	return TC_ACT_SHOT + 1 + (skb->len & 1);
}

/* LD_ABS, the way samples/bpf reaches it from C */
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");

/* Socket filters see the packet from the network header on. */
SEC("socket")
int sock_len(struct __sk_buff *skb)
{
	__u8 b[4] = {};
	__u32 key = 1;
	__u64 *st = bpf_map_lookup_elem(&stats, &key);

	bpf_skb_load_bytes(skb, 0, b, sizeof(b));
	if (st)
		*st = b[0] | (__u64)b[1] << 8 | (__u64)b[2] << 16 | (__u64)b[3] << 24;
	return skb->len + (skb->protocol == bpf_htons(ETH_P_IP) ? 1000 : 0) +
	       (load_byte(skb, 9) == IPPROTO_UDP ? 500 : 0);
}

char LICENSE[] SEC("license") = "GPL";
