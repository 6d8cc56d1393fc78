// diagnose_selftest_shapes19.bpf.c with bpfvet's fixes applied as it
// words them.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct headers {
	struct ethhdr *eth;
	struct iphdr *ip;
	struct tcphdr *tcp;
};

static __always_inline int grow(struct xdp_md *ctx, void *data, void *data_end, struct headers *h)
{
	h->eth = data;
	h->ip = (void *)(h->eth + 1);
	if ((void *)(h->ip + 1) > data_end)
		return XDP_PASS;
	if (h->ip->protocol != IPPROTO_TCP)
		return XDP_PASS;
	if (bpf_xdp_adjust_tail(ctx, 40))
		return XDP_ABORTED;
	return XDP_TX;
}

static __always_inline int answer(void *data, void *data_end, struct headers *h)
{
	h->eth = data;
	h->ip = (void *)(h->eth + 1);
	if ((void *)(h->ip + 1) > data_end)
		return XDP_ABORTED;
	h->ip->ttl = 64;
	return XDP_TX;
}

SEC("xdp")
int grow_then_answer(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct headers h;
	int ret;

	ret = grow(ctx, data, data_end, &h);
	data = (void *)(long)ctx->data; data_end = (void *)(long)ctx->data_end;
	if (ret != XDP_TX)
		return ret;
	return answer(data, data_end, &h);
}

SEC("xdp")
int read_doff(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;
	struct headers h;

	h.eth = data;
	h.ip = (void *)(h.eth + 1);
	if ((void *)h.ip + 60 > data_end)
		return XDP_PASS;
	h.tcp = (void *)h.ip + h.ip->ihl * 4;
	if ((void *)(h.tcp + 1) > data_end) return XDP_PASS;
	if (h.tcp->doff < 5)
		return XDP_DROP;
	return XDP_PASS;
}
