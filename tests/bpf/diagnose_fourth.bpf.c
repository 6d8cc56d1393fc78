// Ten more rejections written after the diagnosis (fourth batch), causes known by
// construction (see tests/test_cli.sh for the classes expected).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <linux/ptrace.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } slots SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } seen SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");

/* 1: port rewritten, checksum fixed, then the stale udp pointer reused */
SEC("tc") int rewrite_port(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);
	__be16 old, new = bpf_htons(5353);
	if ((void *)(udp + 1) > end || ip->protocol != IPPROTO_UDP)
		return TC_ACT_OK;
	old = udp->dest;
	bpf_l4_csum_replace(skb, ETH_HLEN + sizeof(*ip) + offsetof(struct udphdr, check), old, new,
			    BPF_F_PSEUDO_HDR | sizeof(new));
	udp->dest = new; /* rejected */
	return TC_ACT_OK;
}

/* 2: tc code ported to XDP, still copying the header out with the skb helper */
SEC("xdp") int eth_type_xdp(struct xdp_md *ctx)
{
	struct ethhdr eth;
	__u32 key;
	__u64 one = 1;
	if (bpf_skb_load_bytes(ctx, 0, &eth, sizeof(eth))) /* rejected */
		return XDP_PASS;
	key = eth.h_proto;
	bpf_map_update_elem(&seen, &key, &one, BPF_ANY);
	return XDP_PASS;
}

/* 3: a global function with its own big buffer, called from one with another */
__attribute__((noinline)) int emit_copy(struct __sk_buff *skb, const char *src)
{
	char copy[300];
	if (!skb)
		return 0;
	bpf_probe_read_kernel(copy, sizeof(copy), src);
	return bpf_perf_event_output(skb, &events, BPF_F_CURRENT_CPU, copy, sizeof(copy));
}

SEC("tc") int two_buffers(struct __sk_buff *skb)
{
	char head[300];
	if (bpf_skb_load_bytes(skb, 0, head, sizeof(head)))
		return TC_ACT_OK;
	return emit_copy(skb, head); /* rejected */
}

/* 4: a slot index from a signed int checked only against the top */
SEC("tc") int slot_of_mark(struct __sk_buff *skb)
{
	int idx = (int)skb->mark;
	__u64 arr[16] = {};
	__u32 k = 0;
	__u64 *v;
	if (idx >= 16)
		return TC_ACT_OK;
	arr[idx] = skb->len; /* rejected */
	v = bpf_map_lookup_elem(&slots, &k);
	if (v)
		*v = arr[(skb->hash & 15)];
	return TC_ACT_OK;
}

/* 5: a verdict of 2 from a cgroup ingress program */
SEC("cgroup_skb/ingress") int ingress_len(struct __sk_buff *skb)
{
	return skb->len > 1500 ? 0 : 2; /* rejected */
}

/* 6: a TCP socket looked up and never released */
SEC("tc") int has_listener(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;
	t.ipv4.dport = bpf_htons(80);
	sk = bpf_skc_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->state == 10)
		return TC_ACT_SHOT; /* rejected: sk still held */
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

/* 7: a map value pointer aligned by masking */
SEC("tc") int align_value(struct __sk_buff *skb)
{
	__u32 k = 1;
	char *v = bpf_map_lookup_elem(&slots, &k);
	if (!v)
		return TC_ACT_OK;
	v = (char *)((unsigned long)(v + 7) & ~7UL); /* rejected */
	*(__u64 *)v = skb->len;
	return TC_ACT_OK;
}

/* 8: TCP options walked until the header's end */
SEC("xdp") int find_mss(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	__u8 *opt, *stop;
	if ((void *)(tcp + 1) > end)
		return XDP_PASS;
	opt = (__u8 *)(tcp + 1);
	stop = (__u8 *)tcp + tcp->doff * 4;
	while (opt < stop) {
		if ((void *)(opt + 2) > end)
			break;
		if (opt[0] == 2)
			return XDP_DROP;
		opt += opt[0] == 1 ? 1 : opt[1];
	}
	return XDP_PASS;
}

/* 9: the socket's state read without checking the lookup */
SEC("tc") int sock_state(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;
	int st;
	t.ipv4.dport = bpf_htons(443);
	sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
	st = sk->state; /* rejected */
	if (sk)
		bpf_sk_release(sk);
	return st == 1 ? TC_ACT_OK : TC_ACT_SHOT;
}

/* 10: the mark written from a socket filter */
SEC("socket") int tag_packet(struct __sk_buff *skb)
{
	skb->mark = 7; /* rejected */
	return skb->len;
}

char _license[] SEC("license") = "GPL";
