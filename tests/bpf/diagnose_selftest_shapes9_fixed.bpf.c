// diagnose_selftest_shapes9.bpf.c with bpfvet's fix applied as it wrote
// it; the kernel accepts it.
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
	hdr = data;
	hdr[15] = 1;
	return TC_ACT_OK;
}
