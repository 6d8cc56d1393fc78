// Batch 51's shapes (tests/explain/README.md): kernel selftests with one
// fault each, written again as our own small programs.  Every program here
// is rejected by the kernel; diagnose_selftest_shapes6_fixed.bpf.c holds
// them with bpfvet's fixes applied as it wrote them.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr *ptr) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt,
			      __u32 buffer__szk) __ksym;

__u32 last_mss, open_socks, refused;
__u64 total;

/* A: an inlined parser's NULL read through (test_tcp_custom_syncookie's
 * MSS option without `&& mss`) */
struct cursor {
	void *data;
	void *end;
	__u32 off;
};

static __always_inline void *take(struct cursor *cur, __u32 sz)
{
	void *p;

	if (cur->off > 1500)
		return NULL;
	p = cur->data + cur->off;
	if (p + sz > cur->end)
		return NULL;
	cur->off += sz;
	return p;
}

static __always_inline __u16 get_be16(const void *p)
{
	__u16 v;

	__builtin_memcpy(&v, p, sizeof(v));
	return bpf_ntohs(v);
}

SEC("tc")
int read_mss(struct __sk_buff *skb)
{
	struct cursor cur = { (void *)(long)skb->data, (void *)(long)skb->data_end, 54 };
	__u8 *kind;
	__u16 *mss;

	kind = take(&cur, 1);
	if (!kind)
		return TC_ACT_OK;
	mss = take(&cur, 2);
	if (*kind == 2)
		last_mss = get_be16(mss);
	return TC_ACT_OK;
}

/* B: a cgroup program refusing with an errno (udp_limit's `return 0;`
 * written `return -1;`) */
SEC("cgroup/sock_create")
int limit_sock(struct bpf_sock *sk)
{
	if (sk->type != 2 /* SOCK_DGRAM */)
		return 1;
	if (open_socks > 100) {
		refused++;
		return -1; /* -EPERM */
	}
	__sync_fetch_and_add(&open_socks, 1);
	return 1;
}

/* C: a packet slice read after bpf_xdp_adjust_head (test_xdp_dynptr's
 * tot_len read moved below the call) */
SEC("xdp")
int outer_len(struct xdp_md *xdp)
{
	struct bpf_dynptr ptr;
	__u8 buf[sizeof(struct iphdr)];
	struct iphdr *iph;
	__u16 len;

	bpf_dynptr_from_xdp(xdp, 0, &ptr);
	iph = bpf_dynptr_slice(&ptr, sizeof(struct ethhdr), buf, sizeof(buf));
	if (!iph)
		return XDP_DROP;
	if (bpf_xdp_adjust_head(xdp, -(int)sizeof(struct iphdr)))
		return XDP_DROP;
	len = bpf_ntohs(iph->tot_len);
	total += len;
	return XDP_PASS;
}

/* D: packet pointers kept in a struct, taken again after
 * bpf_skb_change_tail and used unchecked (test_tcp_custom_syncookie's
 * tcp_reload_headers without its 60-byte check) */
struct pkt {
	struct __sk_buff *skb;
	void *data_end;
	struct tcphdr *tcp;
};

static __always_inline int load_hdrs(struct pkt *pk)
{
	pk->data_end = (void *)(long)pk->skb->data_end;
	pk->tcp = (void *)(long)pk->skb->data + 34;
	if ((void *)(pk->tcp + 1) > pk->data_end)
		return -1;
	return 0;
}

static __always_inline int reload_hdrs(struct pkt *pk)
{
	if (bpf_skb_change_tail(pk->skb, pk->skb->len + 40, 0))
		return -1;
	pk->data_end = (void *)(long)pk->skb->data_end;
	pk->tcp = (void *)(long)pk->skb->data + 34;
	return 0;
}

static __always_inline int check_csum(struct pkt *pk)
{
	__s64 csum;

	if (reload_hdrs(pk))
		goto err;
	csum = bpf_csum_diff(0, 0, (void *)pk->tcp, pk->tcp->doff * 4, 0);
	if (csum < 0)
		goto err;
	return 0;
err:
	return -1;
}

SEC("tc")
int csum_hdr(struct __sk_buff *skb)
{
	struct pkt pk = { skb, 0, 0 };

	if (load_hdrs(&pk))
		return TC_ACT_OK;
	if (check_csum(&pk))
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
