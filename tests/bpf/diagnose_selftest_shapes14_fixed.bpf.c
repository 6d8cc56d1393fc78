// diagnose_selftest_shapes14.bpf.c with bpfvet's fixes applied as it
// words them; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <asm/unistd.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define CLOCK_MONOTONIC 1

char LICENSE[] SEC("license") = "GPL";

SEC("xdp")
int meta_copy(struct xdp_md *ctx)
{
	__u8 *data, *data_meta, *data_end;

	if (bpf_xdp_adjust_meta(ctx, -8) < 0)
		return XDP_DROP;
	data_meta = (void *)(long)ctx->data_meta;
	data_end = (void *)(long)ctx->data_end;
	data = (void *)(long)ctx->data;
	if (data + ETH_ALEN > data_end ||
	    data_meta + 8 > data)
		return XDP_DROP;
	__builtin_memcpy(data_meta, data, ETH_ALEN);
	return XDP_PASS;
}

struct tval {
	struct bpf_timer t;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, int);
	__type(value, struct tval);
} slow SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, struct tval);
} fast SEC(".maps");

SEC("tc")
int arm_two(struct __sk_buff *skb)
{
	struct bpf_timer *slow_timer, *fast_timer;
	struct tval init = {};
	int key = 1;

	slow_timer = bpf_map_lookup_elem(&slow, &key);
	if (!slow_timer)
		return TC_ACT_OK;
	bpf_timer_init(slow_timer, &slow, CLOCK_MONOTONIC);
	bpf_map_update_elem(&fast, &key, &init, 0);
	fast_timer = bpf_map_lookup_elem(&fast, &key);
	if (!fast_timer)
		return TC_ACT_OK;
	bpf_timer_init(fast_timer, &fast, CLOCK_MONOTONIC);
	return TC_ACT_OK;
}

static __always_inline int long_enough(struct xdp_md *ctx)
{
	void *data_end = (void *)(long)ctx->data_end;
	void *data = (void *)(long)ctx->data;

	if (data + sizeof(struct ethhdr) + sizeof(struct iphdr) > data_end)
		return 0;
	return 1;
}

__u32 last_saddr;

SEC("xdp")
int note_source(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	struct iphdr *iph;

	if (!long_enough(ctx))
		return XDP_PASS;
	iph = data + sizeof(struct ethhdr);
	last_saddr = iph->saddr;
	return XDP_PASS;
}

SEC("xdp")
int note_dest(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	struct iphdr *iph;

	iph = data + sizeof(struct ethhdr);
	if ((void *)(iph + 1) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	last_saddr = iph->daddr;
	return XDP_PASS;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(arm_on_sleep, struct pt_regs *regs, long id)
{
	struct bpf_timer *timer;
	int key = 0;

	if (id != __NR_nanosleep)
		return 0;

	timer = bpf_map_lookup_elem(&slow, &key);
	if (timer)
		bpf_timer_init(timer, &slow, CLOCK_MONOTONIC);
	return 0;
}
