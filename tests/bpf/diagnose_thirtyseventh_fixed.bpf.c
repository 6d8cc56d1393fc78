// The thirty-seventh held-out batch with each fix its diagnosis suggested,
// applied as written; the kernel accepts every program.  copy_udp took two
// rounds: the first fix is in diagnose_thirtyseventh_steps.bpf.c.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: hand a mark to the tc program through XDP metadata */
SEC("xdp")
int mark_meta(struct xdp_md *ctx)
{
	__u32 *meta;

	if (bpf_xdp_adjust_meta(ctx, -(int)sizeof(*meta)))
		return XDP_PASS;
	meta = (void *)(long)ctx->data_meta;
	void *data = (void *)(long)ctx->data; if ((void *)meta + 4 > data) return XDP_PASS;
	*meta = 0x2a;
	return XDP_PASS;
}

/* B: copy the UDP payload of small datagrams */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[64]);
} last_payload SEC(".maps");

SEC("tc")
int copy_udp(struct __sk_buff *skb)
{
	struct udphdr udp;
	__u32 zero = 0, off = ETH_HLEN + sizeof(struct iphdr);
	__u8 *buf = bpf_map_lookup_elem(&last_payload, &zero);
	__u16 len;

	if (!buf)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, off, &udp, sizeof(udp)))
		return TC_ACT_OK;
	len = bpf_ntohs(udp.len);
	if (len > 64)
		return TC_ACT_OK;
	__u64 rest = len - sizeof(udp); if (rest == 0 || rest > 64 - sizeof(udp)) return TC_ACT_OK;
	bpf_skb_load_bytes(skb, off + sizeof(udp), buf, rest);
	return TC_ACT_OK;
}

/* C: read the IP header through a dynptr */
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt, __u32 buffer__szk) __ksym;

SEC("tc")
int ttl_of(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	struct iphdr buf;
	struct iphdr *ip;

	if (bpf_dynptr_from_skb(skb, 0, &ptr))
		return TC_ACT_OK;
	ip = bpf_dynptr_slice(&ptr, ETH_HLEN, &buf, sizeof(buf));
	if (!ip)
		return TC_ACT_OK;
	return ip->ttl < 2 ? TC_ACT_SHOT : TC_ACT_OK;
}

/* D: count bytes per socket */
struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} sock_bytes SEC(".maps");

SEC("tc")
int per_socket(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk; if (!sk) return TC_ACT_OK;
	__u64 *n = bpf_sk_storage_get(&sock_bytes, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);

	if (n)
		__sync_fetch_and_add(n, skb->len);
	return TC_ACT_OK;
}

/* E: forward to the next hop, ported from tc */
SEC("tc")
int to_next_hop(struct __sk_buff *ctx)
{
	return bpf_redirect_neigh(4, NULL, 0, 0);
}

/* F: the counter of a port, found by a helper function */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u16);
	__type(value, __u64);
} port_hits SEC(".maps");

static __always_inline __u64 *port_counter(__u16 port)
{
	__u64 zero = 0, *n = bpf_map_lookup_elem(&port_hits, &port);

	if (n)
		return n;
	bpf_map_update_elem(&port_hits, &port, &zero, BPF_NOEXIST);
	return bpf_map_lookup_elem(&port_hits, &port);
}

SEC("tc")
int count_port(struct __sk_buff *skb)
{
	__u64 *n = port_counter(skb->mark & 0xffff);

	if (n)
		__sync_fetch_and_add(n, 1);
	return TC_ACT_OK;
}
