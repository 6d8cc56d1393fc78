// Batch 68's shape (tests/explain/README.md), written again as our own
// program: an IP header taken as a read-only dynptr slice, then written
// after bpf_xdp_adjust_head() ended the slice, while a writable slice
// taken after the call is at hand (test_xdp_dynptr's handle_ipv4).
// diagnose_selftest_shapes18_fixed.bpf.c has bpfvet's fix, which the
// kernel accepts.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr *ptr) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt,
			      __u32 buffer__szk) __ksym;
extern void *bpf_dynptr_slice_rdwr(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt,
				   __u32 buffer__szk) __ksym;

__u32 tunnel_dst;

SEC("xdp")
int encap_ipip(struct xdp_md *xdp)
{
	__u8 ip_buf[sizeof(struct iphdr)];
	__u8 out_buf[sizeof(struct ethhdr) + sizeof(struct iphdr)];
	struct bpf_dynptr ptr, new_ptr;
	struct ethhdr *eth;
	struct iphdr *iph;
	__u16 len;

	if (bpf_dynptr_from_xdp(xdp, 0, &ptr))
		return XDP_PASS;
	iph = bpf_dynptr_slice(&ptr, sizeof(struct ethhdr), ip_buf, sizeof(ip_buf));
	if (!iph || iph->protocol != IPPROTO_UDP)
		return XDP_PASS;
	len = iph->tot_len;
	if (bpf_xdp_adjust_head(xdp, 0 - (int)sizeof(struct iphdr)))
		return XDP_DROP;
	if (bpf_dynptr_from_xdp(xdp, 0, &new_ptr))
		return XDP_DROP;
	eth = bpf_dynptr_slice_rdwr(&new_ptr, 0, out_buf, sizeof(out_buf));
	if (!eth)
		return XDP_DROP;
	eth->h_proto = bpf_htons(ETH_P_IP);
	iph->protocol = IPPROTO_IPIP;
	iph->tot_len = bpf_htons(bpf_ntohs(len) + sizeof(struct iphdr));
	iph->daddr = tunnel_dst;
	return XDP_TX;
}
