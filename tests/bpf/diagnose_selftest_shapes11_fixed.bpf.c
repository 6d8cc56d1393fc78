// diagnose_selftest_shapes11.bpf.c with bpfvet's fixes applied as it
// words them; the kernel accepts every program.
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
	__u8 v = 0x5a;

	(void)data;
	(void)data_end;
	bpf_xdp_store_bytes(ctx, len - 1, &v, sizeof(v));
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
	__u32 v;

	(void)data;
	(void)data_end;
	if (bpf_skb_load_bytes(skb, off, &v, sizeof(v)))
		return TC_ACT_OK;
	far_word = v;
	return TC_ACT_OK;
}

SEC("cgroup/sendmsg6")
int set_port(struct bpf_sock_addr *ctx)
{
	ctx->user_port = bpf_htons(8080);
	return 1;
}

SEC("xdp")
int mtu_probe(struct xdp_md *ctx)
{
	__u32 mtu = 0;

	if (bpf_check_mtu(ctx, 0, (__u32 *)&mtu, 0, 0))
		return XDP_DROP;
	return mtu < 1280 ? XDP_DROP : XDP_PASS;
}
