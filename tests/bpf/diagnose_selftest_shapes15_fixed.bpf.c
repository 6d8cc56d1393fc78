// diagnose_selftest_shapes15.bpf.c with bpfvet's fixes applied as it
// words them; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

#define SOL_TCP 6

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 20);
	__type(key, int);
	__type(value, int);
} to_rx SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 20);
	__type(key, int);
	__type(value, int);
} to_tx SEC(".maps");

SEC("sk_skb/stream_verdict")
int pick_peer(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	__u8 *d = data;
	__u8 dir, peer;

	if (data + 2 > data_end)
		return SK_DROP;
	dir = d[0];
	peer = d[1];
	if (!dir)
		return bpf_sk_redirect_map(skb, &to_rx, peer, 0);
	int peer_key = peer;
	return bpf_sk_redirect_hash(skb, &to_tx, &peer_key, 0);
}

#define SCRATCH (512 - 24)

__attribute__((noinline)) int fill_scratch(struct __sk_buff *skb)
{
	volatile char buf[SCRATCH] = {};

	buf[SCRATCH - 1] = (char)skb->len;
	return buf[SCRATCH - 1];
}

__attribute__((noinline)) int fill_twice(struct __sk_buff *skb)
{
	return fill_scratch(skb) + 1;
}

SEC("tc")
int deep_scratch(struct __sk_buff *skb)
{
	volatile __u64 mark = skb->mark;

	return fill_twice(skb) + mark ? TC_ACT_OK : TC_ACT_SHOT;
}

SEC("tc")
int urgent(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	struct tcphdr *tcp = data + sizeof(struct ethhdr) + sizeof(struct iphdr);

	if (((void *)(tcp) + 20) > data_end)
		return TC_ACT_SHOT;
	if (tcp->urg_ptr == 123)
		return TC_ACT_OK;
	return TC_ACT_UNSPEC;
}

struct opt {
	__u8 type;
	__u8 len;
};

SEC("tc")
int walk_opts(struct __sk_buff *skb)
{
	__u32 off = 0, end = skb->len;
	struct opt o;

	for (long i = 0; i < 256; i++) {
		if (off >= end)
			break;
		if (bpf_skb_load_bytes(skb, off, &o, sizeof(o)))
			return TC_ACT_SHOT;
		if (o.type == 0)
			break;
		off += sizeof(o) + o.len;
	}
	return off & 1 ? TC_ACT_OK : TC_ACT_UNSPEC;
}

SEC("sockops")
int grow_window(struct bpf_sock_ops *skops)
{
	if (skops->op == BPF_SOCK_OPS_TCP_CONNECT_CB)
	{
		int iw = 10; bpf_setsockopt(skops, SOL_TCP, TCP_BPF_IW, &iw, sizeof(iw));
	}
	return 1;
}
