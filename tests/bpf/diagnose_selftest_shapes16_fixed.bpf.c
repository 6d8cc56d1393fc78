// diagnose_selftest_shapes16.bpf.c with bpfvet's fixes applied as it
// words them: `if (!*out) return false;` in the inlined helper, and the
// socket released on the early `return;`.
#include <stdbool.h>
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct backend {
	__u32 addr;
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct backend);
} backends SEC(".maps");

static __always_inline bool pick_backend(struct backend **out, __u32 hash)
{
	__u32 key = hash % 64;

	*out = bpf_map_lookup_elem(&backends, &key);
	if (!*out) return false;
	return true;
}

SEC("tc")
int route(struct __sk_buff *skb)
{
	struct backend *b;

	if (!pick_backend(&b, skb->hash))
		return TC_ACT_SHOT;
	if (b->flags & 1)
		return TC_ACT_SHOT;
	skb->mark = b->addr;
	return TC_ACT_OK;
}

__u32 listeners;

static __always_inline void count_listener(struct __sk_buff *skb, void *data, void *data_end)
{
	struct bpf_sock_tuple tup = {};
	struct iphdr *iph = data + sizeof(struct ethhdr);
	struct tcphdr *tcph = (void *)(iph + 1);
	struct bpf_sock *sk;

	if ((void *)(tcph + 1) > data_end)
		return;
	tup.ipv4.saddr = iph->saddr;
	tup.ipv4.daddr = iph->daddr;
	tup.ipv4.sport = tcph->source;
	tup.ipv4.dport = tcph->dest;
	sk = bpf_skc_lookup_tcp(skb, &tup, sizeof(tup.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return;
	if (sk->state != BPF_TCP_LISTEN) { bpf_sk_release(sk); return; }
	listeners++;
	bpf_sk_release(sk);
}

SEC("tc")
int listen_count(struct __sk_buff *skb)
{
	count_listener(skb, (void *)(long)skb->data, (void *)(long)skb->data_end);
	return TC_ACT_OK;
}
