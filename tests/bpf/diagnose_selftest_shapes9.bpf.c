// Batch 57's shape (tests/explain/README.md): sockmap_parse_prog without
// the copy of the packet pointer made again after bpf_skb_pull_data,
// written again as our own program.  The kernel rejects it;
// diagnose_selftest_shapes9_fixed.bpf.c has bpfvet's fix, which it accepts.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

SEC("tc")
int mark_byte(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	__u8 *hdr = data;

	if (data + 16 > data_end) {
		if (bpf_skb_pull_data(skb, 16))
			return TC_ACT_SHOT;
		data_end = (void *)(long)skb->data_end;
		data = (void *)(long)skb->data;
		if (data + 16 > data_end)
			return TC_ACT_SHOT;
	}
	hdr[15] = 1;
	return TC_ACT_OK;
}
