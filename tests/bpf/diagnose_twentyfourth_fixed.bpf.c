// The twenty-fourth held-out batch with each fix bpfvet suggested applied
// as written; the kernel and bpfvet accept every program here.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/bpf_perf_event.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

/* A: steer every lookup for port 8080 to the socket kept in a sockmap */
struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} echo_sock SEC(".maps");

SEC("sk_lookup")
int steer_echo(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;

	if (ctx->local_port != 8080)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&echo_sock, &zero);
	if (!sk)
		return SK_PASS;
	long err = bpf_sk_assign(ctx, sk, 0); bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}

/* B: refuse writes of net.core.somaxconn above 4096 */
SEC("cgroup/sysctl")
int cap_somaxconn(struct bpf_sysctl *ctx)
{
	char buf[16] = {};
	unsigned long val = 0;
	long len;

	if (!ctx->write)
		return 1;
	len = bpf_sysctl_get_new_value(ctx, buf, sizeof(buf));
	if (len <= 0 || len > sizeof(buf)) return 0;
	if (bpf_strtoul(buf, len, 10, &val) < 0)
		return 0;
	return val <= 4096;
}

/* C: clamp the IP_TOS a process may set */
SEC("cgroup/setsockopt")
int clamp_tos(struct bpf_sockopt *ctx)
{
	__u8 *optval = ctx->optval;

	if (ctx->level != IPPROTO_IP || ctx->optname != IP_TOS)
		return 1;
	if ((void *)optval + 1 > (void *)(long)ctx->optval_end) return 1;
	if (*optval > 0x10)
		*optval = 0x10;
	return 1;
}

/* D: a flow dissector that only understands IPv4 */
SEC("flow_dissector")
int dissect_v4(struct __sk_buff *skb)
{
	struct bpf_flow_keys *keys = skb->flow_keys;
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 off = keys->nhoff;
	if (off > 1024) return BPF_OK;
	struct iphdr *ip = data + off;

	if (skb->flow_keys->n_proto != bpf_htons(ETH_P_IP))
		return BPF_DROP;
	if ((void *)(ip + 1) > data_end)
		return BPF_DROP;
	keys->addr_proto = ETH_P_IP;
	keys->ipv4_src = ip->saddr;
	keys->ipv4_dst = ip->daddr;
	keys->ip_proto = ip->protocol;
	return BPF_OK;
}

/* E: sample user stacks, as many frames as the caller configured */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} depth_cfg SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} stacks SEC(".maps");

SEC("perf_event")
int sample_stack(struct bpf_perf_event_data *ctx)
{
	__u64 frames[32];
	__u32 zero = 0;
	__u32 *depth = bpf_map_lookup_elem(&depth_cfg, &zero);
	long n;

	if (!depth)
		return 0;
	__u64 depth_val = *depth;
	if (depth_val > 32) return 0;
	n = bpf_get_stack(ctx, frames, depth_val * sizeof(__u64), BPF_F_USER_STACK);
	if (n > 0)
		bpf_ringbuf_output(&stacks, frames, n, 0);
	return 0;
}

/* F: pick a reuseport socket by the packet's hash */
struct {
	__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} workers SEC(".maps");

SEC("sk_reuseport")
int pick_worker(struct sk_reuseport_md *md)
{
	__u32 key = md->hash % 16;

	if (bpf_sk_select_reuseport(md, &workers, &key, 0))
		return SK_DROP;
	return SK_PASS;
}

/* G: a stream parser that reads a 4-byte length prefix */
SEC("sk_skb/stream_parser")
int frame_len(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 *hdr = data;

	if (skb->len < sizeof(*hdr))
		return skb->len;
	if (bpf_skb_pull_data(skb, sizeof(*hdr)))
		return skb->len;
	data = (void *)(long)skb->data; data_end = (void *)(long)skb->data_end;
	hdr = data;
	if ((void *)(hdr + 1) > data_end)
		return skb->len;
	return bpf_ntohl(*hdr) + sizeof(*hdr);
}

/* H: rewrite the DSCP of routed packets on the way in */
SEC("lwt_xmit")
int mark_dscp(struct __sk_buff *skb)
{
	__u8 tos = 0x28 << 2;

	bpf_skb_store_bytes(skb, offsetof(struct iphdr, tos), &tos, 1, 0);
	return BPF_OK;
}

/* I: sum the counters of a hash map by walking it */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

__u64 total;

struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct bpf_iter__bpf_map_elem {
	struct bpf_iter_meta *meta;
	struct bpf_map *map;
	void *key;
	void *value;
} CORE;

SEC("iter/bpf_map_elem")
int sum_counters(struct bpf_iter__bpf_map_elem *ctx)
{
	__u64 *val = ctx->value;
	if (!val) return 0;

	total += *val;
	return 0;
}
