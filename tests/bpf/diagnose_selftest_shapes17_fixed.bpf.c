// diagnose_selftest_shapes17.bpf.c with bpfvet's fixes applied as it
// words them.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);
	__uint(max_entries, 16);
	__type(key, int);
	__type(value, __u64);
} listeners SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, __u64);
} fallback SEC(".maps");

__u32 established_moves;

SEC("sk_reuseport/migrate")
int move_sockets(struct sk_reuseport_md *reuse)
{
	int key = 0;
	int state;

	struct bpf_sock *sk = reuse->migrating_sk; if (!sk) return SK_PASS;
	state = sk->state;
	if (bpf_sk_select_reuseport(reuse, &listeners, &key, 0))
		return SK_PASS;
	if (state == BPF_TCP_ESTABLISHED)
		established_moves++;
	return SK_PASS;
}

__be16 watched_port;

SEC("xdp")
int drop_syn(struct xdp_md *xdp)
{
	void *data_end = (void *)(long)xdp->data_end;
	void *data = (void *)(long)xdp->data;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp;

	if ((void *)(ip + 1) > data_end)
		goto pass;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_TCP)
		goto pass;
	tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > data_end) goto pass;
	if (tcp->dest != watched_port)
		goto pass;
	if (tcp->syn && !tcp->ack)
		return XDP_DROP;
pass:
	return XDP_PASS;
}

SEC("tc")
int steer(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	struct bpf_sock_tuple *tuple = data + sizeof(struct ethhdr) + 12;
	const int zero = 0;
	struct bpf_sock *sk;
	long err;

	if ((void *)tuple + sizeof(tuple->ipv4) > data_end)
		return TC_ACT_OK;
	sk = bpf_skc_lookup_tcp(skb, tuple, sizeof(tuple->ipv4), BPF_F_CURRENT_NETNS, 0);
	if (sk) {
		if (sk->state != BPF_TCP_LISTEN)
			goto assign;
		bpf_sk_release(sk);
	}
	if (tuple->ipv4.dport != bpf_htons(4321))
		return TC_ACT_OK;
	sk = bpf_map_lookup_elem(&fallback, &zero);
	if (!sk)
		return TC_ACT_SHOT;
assign:
	err = bpf_sk_assign(skb, sk, 0);
	bpf_sk_release(sk);
	return err ? TC_ACT_SHOT : TC_ACT_OK;
}
