// The thirty-fourth held-out batch with each suggested fix applied as
// bpfvet wrote it; the kernel accepts every program.
// A flow map keyed by a struct looked up with one number, a tail-call slot
// tested with a lookup, a whole packet sent to perf, a random bucket taken
// modulo the wrong count, a stream verdict redirecting through a sockhash
// with the sockmap helper, a parser returning a packet pointer from a
// global function, a socket filter reading packet data like tc, a tail
// call under a large frame.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: per-flow byte counts */
struct flow_key {
	__u32 saddr;
	__u32 daddr;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, struct flow_key);
	__type(value, __u64);
} flow_bytes SEC(".maps");

SEC("tc")
int flow_account(struct __sk_buff *skb)
{
	__u32 src;
	__u64 *bytes;

	if (bpf_skb_load_bytes(skb, ETH_HLEN + 12, &src, sizeof(src)))
		return TC_ACT_OK;
	struct flow_key key = { .saddr = src };
	bytes = bpf_map_lookup_elem(&flow_bytes, &key);
	if (bytes)
		__sync_fetch_and_add(bytes, skb->len);
	return TC_ACT_OK;
}

/* B: jump to the next stage only if one is installed */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} stages SEC(".maps");

SEC("tc")
int next_stage(struct __sk_buff *skb)
{
	__u32 slot = 1;

	bpf_tail_call(skb, &stages, slot);
	return TC_ACT_OK;
}

/* C: copy every dropped packet to user space */
struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} drops SEC(".maps");

SEC("xdp")
int dump_drop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_ARP))
		return XDP_PASS;
	__u64 n = data_end - data;
	struct { __u64 len; } meta = { n };
	bpf_perf_event_output(ctx, &drops, BPF_F_CURRENT_CPU | (n << 32), &meta, sizeof(meta));
	return XDP_DROP;
}

/* D: spread samples over three counters */
struct trio {
	__u64 c[3];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct trio);
} spread SEC(".maps");

SEC("tracepoint/sched/sched_wakeup")
int rand_bucket(void *ctx)
{
	__u32 zero = 0;
	struct trio *t = bpf_map_lookup_elem(&spread, &zero);

	if (!t)
		return 0;
	__u32 i = bpf_get_prandom_u32() % 3;
	barrier_var(i);
	if (i >= 3)
		return 0;
	t->c[i]++;
	return 0;
}

/* E: send each message to the socket registered under its port */
struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} by_port SEC(".maps");

SEC("sk_skb/stream_verdict")
int to_port(struct __sk_buff *skb)
{
	__u32 port = skb->local_port;

	return bpf_sk_redirect_hash(skb, &by_port, &port, 0);
}

/* F: a shared parser that hands back the IP header */
static __always_inline struct iphdr *ip_of(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return 0;
	return ip;
}

SEC("xdp")
int ttl_guard(struct xdp_md *ctx)
{
	struct iphdr *ip = ip_of(ctx);

	if (ip && ip->ttl < 2)
		return XDP_DROP;
	return XDP_PASS;
}

/* G: keep only IPv4 TCP in a packet socket */
SEC("socket")
int only_tcp4(struct __sk_buff *skb)
{
	struct iphdr ip;

	if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)))
		return 0;
	return ip.protocol == IPPROTO_TCP ? skb->len : 0;
}

/* H: decode, then pass to the stage for the protocol */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u32);
} by_proto SEC(".maps");

static __always_inline int dispatch(struct __sk_buff *skb, __u8 proto)
{
	bpf_tail_call(skb, &by_proto, proto);
	return TC_ACT_OK;
}

SEC("tc")
int decode(struct __sk_buff *skb)
{
	__u8 hdr[320];

	if (bpf_skb_load_bytes(skb, 0, hdr, sizeof(hdr)))
		return TC_ACT_OK;
	if (hdr[12] != 0x08 || hdr[13] != 0x00)
		return TC_ACT_OK;
	return dispatch(skb, hdr[ETH_HLEN + 9]);
}
