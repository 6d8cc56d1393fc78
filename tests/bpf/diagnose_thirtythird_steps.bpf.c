// Thirty-third held-out batch, an intermediate attempt: sample_pkt with the
// first half of its first fix (a constant reservation) and not the second
// (leave when the length is 0), which the kernel refuses at the copy:
// "R4 invalid zero-sized read: u64=[0,255]".
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

SEC("tc")
int sample_pkt_256(struct __sk_buff *skb)
{
	__u32 len = skb->len < 256 ? skb->len : 256;
	void *rec;

	rec = bpf_ringbuf_reserve(&events, 256, 0);
	if (!rec)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, 0, rec, len)) {
		bpf_ringbuf_discard(rec, 0);
		return TC_ACT_OK;
	}
	bpf_ringbuf_submit(rec, 0);
	return TC_ACT_OK;
}
