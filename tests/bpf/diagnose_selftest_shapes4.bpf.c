// Batch 48's shapes (tests/explain/README.md): kernel selftests with one
// fault each, written again as our own small programs.  Every program here
// is rejected by the kernel; diagnose_selftest_shapes4_fixed.bpf.c holds
// them with bpfvet's fixes applied as it wrote them.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

#define TCP_ZEROCOPY_RECEIVE 35
#define SOL_TCP 6
#define VLAN_HDR_SZ 4
#define DEPTH 32

struct vlan_tag {
	__be16 tci;
	__be16 proto;
};

struct zc_args {
	__u64 address;
};

/* A: the zerocopy option's address read through a cast, with no check
 * against optval_end on this branch (sockopt_sk's shape) */
SEC("cgroup/getsockopt")
int zc_address(struct bpf_sockopt *ctx)
{
	__u8 *optval_end = ctx->optval_end;
	__u8 *optval = ctx->optval;

	if (ctx->level != SOL_TCP)
		return 1;
	if (ctx->optname == 1) {
		if (optval + 1 > optval_end)
			return 0;
		optval[0] = 1;
		return 1;
	}
	if (ctx->optname != TCP_ZEROCOPY_RECEIVE)
		return 1;
	if (((struct zc_args *)optval)->address != 0)
		return 0;
	return 1;
}

/* B: a bool parser clang inlines that checks the Ethernet header only and
 * then reads the VLAN tag after it (test_xdp_vlan's shape) */
static __always_inline bool parse_vlan(struct ethhdr *eth, void *data_end, __u16 *vid)
{
	struct vlan_tag *tag;

	if ((void *)(eth + 1) > data_end)
		return false;
	if (eth->h_proto != __builtin_bswap16(ETH_P_8021Q))
		return true;
	tag = (void *)(eth + 1);
	*vid = __builtin_bswap16(tag->tci) & 0xfff;
	return true;
}

SEC("xdp")
int drop_vlan(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	__u16 vid = 0;

	if (!parse_vlan(data, data_end, &vid))
		return XDP_ABORTED;
	return vid == 42 ? XDP_DROP : XDP_PASS;
}

/* C: an inlined helper handing the TCP options to a helper after checking
 * only the fixed header (test_tcp_check_syncookie's shape) */
static __always_inline __s64 opt_sum(void *data_end, struct tcphdr *th)
{
	__u32 thlen = th->doff * 4;

	if (thlen != 24)
		return 0;
	return bpf_csum_diff(0, 0, (void *)th, thlen, 0);
}

SEC("tc")
int sum_opts(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	struct tcphdr *th = data + sizeof(struct ethhdr) + 20;

	if ((void *)(th + 1) > data_end)
		return TC_ACT_OK;
	skb->mark = (__u32)opt_sum(data_end, th);
	return TC_ACT_OK;
}

/* D: a bpf_repeat() loop that counts its own index into a map value's
 * array (pyperf600_iter's shape with bpf_for made bpf_repeat) */
struct trace {
	__u32 len;
	__u32 ids[DEPTH];
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct trace);
} traces SEC(".maps");

struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

/* libbpf's bpf_repeat() and bpf_for(), without the cleanup attribute:
 * the iterator is destroyed by hand after the loop */
#define bpf_repeat(N) for (bpf_iter_num_new(&it, 0, (N)); bpf_iter_num_next(&it);)
#define bpf_for(i, start, end) \
	for (bpf_iter_num_new(&it, (start), (end)); \
	     ({ int *___t = bpf_iter_num_next(&it); (___t && ((i) = *___t, (i) >= (start) && (i) < (end))); });)

SEC("raw_tp/sys_enter")
int walk_ids(void *ctx)
{
	__u32 zero = 0;
	struct trace *t = bpf_map_lookup_elem(&traces, &zero);
	struct bpf_iter_num it;
	int i = 0;

	if (!t)
		return 0;
	bpf_repeat(DEPTH) {
		t->ids[i] = bpf_get_prandom_u32();
		t->len = i + 1;
		i++;
	}
	bpf_iter_num_destroy(&it);
	return 0;
}

/* E: a pad of 9 bytes into an 8-byte buffer on the path where the pad is
 * 9 (test_lwt_seg6local's shape) */
SEC("tc")
int pad_tail(struct __sk_buff *skb)
{
	__u32 left = skb->len % 8, pad = 8 - left;

	if (pad == 1)
		pad = 9;
	else if (pad == 8)
		pad = 0;
	if (pad > 0) {
		char buf[8] = {0, 0, 0, 0, 0, 0, 0, 0};

		buf[0] = 4;
		buf[1] = pad - 2;
		return bpf_skb_store_bytes(skb, 14, buf, pad, 0) ? TC_ACT_SHOT : TC_ACT_OK;
	}
	return TC_ACT_OK;
}

/* F: the head moved before the MAC addresses are copied over the tag it
 * drops (test_xdp_vlan's xdp_vlan_remove_outer, reordered) */
SEC("xdp")
int pop_vlan(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	char *dest;

	if (data + ETH_HLEN + VLAN_HDR_SZ > data_end)
		return XDP_PASS;
	bpf_xdp_adjust_head(ctx, VLAN_HDR_SZ);
	dest = data;
	dest += VLAN_HDR_SZ;
	__builtin_memmove(dest, data, ETH_ALEN * 2);
	return XDP_PASS;
}

/* G: a void helper clang inlines writing past the checked header, with
 * no end of the packet of its own (test_xdp_vlan's shift_mac_4bytes) */
static __always_inline void shift_macs(void *data)
{
	__u32 *p = data;

	p[3] = p[2];
	p[2] = p[1];
	p[1] = p[0];
}

SEC("xdp")
int shift_vlan(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;

	if (data + ETH_HLEN > data_end)
		return XDP_PASS;
	shift_macs(data);
	return XDP_PASS;
}
