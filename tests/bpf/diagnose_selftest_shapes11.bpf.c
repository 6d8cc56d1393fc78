// Batch 59's shapes (tests/explain/README.md), written again as our own
// programs: a packet pointer a constant distance past 64 KiB (the
// kernel's xdp_adjust_tail_grow with a tail write added), a narrow store
// to a bpf_sock_addr field writable only whole (sendmsg6_prog), and a
// __u16 given to bpf_check_mtu's __u32 (test_check_mtu).
// diagnose_selftest_shapes11_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

__u32 far_word;

SEC("xdp")
int mark_tail(struct xdp_md *ctx)
{
	int len = bpf_xdp_get_buff_len(ctx);

	if (len != 70000)
		return XDP_PASS;
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *last = data + len - 1;

	if ((void *)(last + 1) > data_end)
		return XDP_PASS;
	*last = 0x5a;
	return XDP_TX;
}

SEC("tc")
int peek_far(struct __sk_buff *skb)
{
	__u32 off = skb->len > 66000 ? 66000 : 0;

	if (!off)
		return TC_ACT_OK;
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 *w = data + off;

	if ((void *)(w + 1) > data_end)
		return TC_ACT_OK;
	far_word = *w;
	return TC_ACT_OK;
}

SEC("cgroup/sendmsg6")
int set_port(struct bpf_sock_addr *ctx)
{
	*(__u16 *)&ctx->user_port = bpf_htons(8080);
	return 1;
}

SEC("xdp")
int mtu_probe(struct xdp_md *ctx)
{
	__u16 mtu = 0;

	if (bpf_check_mtu(ctx, 0, (__u32 *)&mtu, 0, 0))
		return XDP_DROP;
	return mtu < 1280 ? XDP_DROP : XDP_PASS;
}
