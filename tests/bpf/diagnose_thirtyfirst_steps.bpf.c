// Steps of the thirty-first held-out batch: programs the batch's fixes led
// to, kept because each showed something the first diagnoses missed.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} pkts SEC(".maps");

/* copy_payload with its first fix (pass `len`, the checked copy): used
 * twice, the clamp now reaches both calls through a 64-bit move, and what
 * is left is 0, which bpf_skb_load_bytes does not take (the kernel:
 * "R4 invalid zero-sized read: u64=[0,255]"); the diagnosis first blamed
 * a copy */
SEC("tc")
int copy_payload_len(struct __sk_buff *skb)
{
	__u8 buf[256];
	__u32 len = skb->len;

	if (len > sizeof(buf))
		len = sizeof(buf);
	if (bpf_skb_load_bytes(skb, 0, buf, len))
		return TC_ACT_OK;
	bpf_ringbuf_output(&pkts, buf, len, 0);
	return TC_ACT_OK;
}
