// Batch 37's intermediate step: copy_udp's first fix, a check of both
// sides of `len` before `len - sizeof(udp)` is passed, which clang folds
// into one comparison of a copy; the kernel refuses it again.  The fix the
// second diagnosis gives (`__u32 rest = len - sizeof(udp);`, checked and
// passed) is in diagnose_thirtyseventh_fixed.bpf.c.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* B: copy the UDP payload of small datagrams */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[64]);
} last_payload SEC(".maps");

SEC("tc")
int copy_udp_both_sides(struct __sk_buff *skb)
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
	if (len < sizeof(udp) || len > 64)
		return TC_ACT_OK;
	bpf_skb_load_bytes(skb, off + sizeof(udp), buf, len - sizeof(udp));
	return TC_ACT_OK;
}
