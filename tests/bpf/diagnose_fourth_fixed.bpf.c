// The fixes the diagnoses of diagnose_fourth.bpf.c suggest, applied: each is
// accepted by the kernel (checked whole in verify_vs_kernel) and by bpfvet.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } slots SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } seen SEC(".maps");

SEC("xdp") int eth_type_xdp(struct xdp_md *ctx)
{
	struct ethhdr eth;
	__u32 key;
	__u64 one = 1;
	if (bpf_xdp_load_bytes(ctx, 0, &eth, sizeof(eth)))
		return XDP_PASS;
	key = eth.h_proto;
	bpf_map_update_elem(&seen, &key, &one, BPF_ANY);
	return XDP_PASS;
}

SEC("tc") int slot_of_mark(struct __sk_buff *skb)
{
	__u32 idx = skb->mark;
	__u64 arr[16] = {};
	__u32 k = 0;
	__u64 *v;
	if (idx >= 16)
		return TC_ACT_OK;
	arr[idx] = skb->len;
	v = bpf_map_lookup_elem(&slots, &k);
	if (v)
		*v = arr[(skb->hash & 15)];
	return TC_ACT_OK;
}

SEC("cgroup_skb/ingress") int ingress_len(struct __sk_buff *skb)
{
	return skb->len > 1500 ? 0 : 1;
}

SEC("tc") int has_listener(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;
	t.ipv4.dport = bpf_htons(80);
	sk = bpf_skc_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->state == 10) {
		bpf_sk_release(sk);
		return TC_ACT_SHOT;
	}
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

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
	for (int i = 0; i < 10 && opt < stop; i++) {
		if ((void *)(opt + 2) > end)
			break;
		if (opt[0] == 2)
			return XDP_DROP;
		opt += opt[0] == 1 ? 1 : opt[1];
	}
	return XDP_PASS;
}
char _license[] SEC("license") = "GPL";
