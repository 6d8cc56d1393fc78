// The twenty-sixth batch with each fix bpfvet suggested applied as written
// (diagnose_twentysixth.bpf.c has the rejected originals).  The kernel and
// bpfvet accept every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;
#define SOL_TCP 6

char LICENSE[] SEC("license") = "GPL";

struct sock { int unused; } CORE;
struct inet_connection_sock { u64 icsk_ca_priv[13]; } CORE;
struct tcp_sock {
	struct inet_connection_sock inet_conn;
	u32 snd_cwnd, snd_ssthresh, srtt_us, snd_cwnd_cnt, prior_cwnd;
} CORE;
struct ack_sample { u32 pkts_acked; int rtt_us; } CORE;

struct tcp_congestion_ops {
	u32 (*ssthresh)(struct sock *sk);
	void (*cong_avoid)(struct sock *sk, u32 ack, u32 acked);
	void (*pkts_acked)(struct sock *sk, const struct ack_sample *sample);
	u32 (*undo_cwnd)(struct sock *sk);
	void (*init)(struct sock *sk);
	char name[16];
};

/* A: a congestion control that keeps a smoothed RTT of its own in srtt_us */
SEC("struct_ops")
void BPF_PROG(lazy_acked, struct sock *sk, const struct ack_sample *sample)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;

	struct my_ca { u32 srtt_us; };
	struct my_ca *ca = (void *)((struct inet_connection_sock *)sk)->icsk_ca_priv;

	(void)tp;
	if (sample->rtt_us > 0)
		ca->srtt_us = (ca->srtt_us * 7 + (u32)sample->rtt_us) / 8;
}

/* B: grow the window by one segment per ACK, up to a ceiling */
SEC("struct_ops")
void BPF_PROG(lazy_cong_avoid, struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;

	if (tp->snd_cwnd < 1000)
		tp->snd_cwnd += acked;
}

SEC("struct_ops")
u32 BPF_PROG(lazy_ssthresh, struct sock *sk)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;

	return tp->snd_cwnd > 4 ? tp->snd_cwnd / 2 : 2;
}

SEC("struct_ops")
u32 BPF_PROG(lazy_undo, struct sock *sk)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;

	return tp->prior_cwnd > tp->snd_cwnd ? tp->prior_cwnd : tp->snd_cwnd;
}

SEC(".struct_ops")
struct tcp_congestion_ops lazy = {
	.pkts_acked = (void *)lazy_acked,
	.cong_avoid = (void *)lazy_cong_avoid,
	.ssthresh = (void *)lazy_ssthresh,
	.undo_cwnd = (void *)lazy_undo,
	.name = "bpf_lazy",
};

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} echo_socks SEC(".maps");

/* C: steer every TCP connection to port 7 to our echo server's socket */
SEC("sk_lookup")
int steer_tcp7(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0;
	struct bpf_sock *sk;
	long err;

	if (ctx->protocol != IPPROTO_TCP || ctx->local_port != 7)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&echo_socks, &zero);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	if (err)
		return SK_DROP;
	return SK_PASS;
}

/* D: the same for UDP, checking the assignment's result first */
SEC("sk_lookup")
int steer_dns(struct bpf_sk_lookup *ctx)
{
	__u32 one = 1;
	struct bpf_sock *sk;

	if (ctx->protocol != IPPROTO_UDP || ctx->local_port != 53)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&echo_socks, &one);
	if (!sk)
		return SK_PASS;
	if (bpf_sk_assign(ctx, sk, 0)) {
		bpf_sk_release(sk);
		return SK_DROP;
	}
	bpf_sk_release(sk);
	return SK_PASS;
}

/* E: send DNS to a local resolver, but only from an IPv4-mapped source */
SEC("cgroup/sendmsg4")
int dns_redirect(struct bpf_sock_addr *ctx)
{
	if (ctx->user_port != bpf_htons(53))
		return 1;
	if (ctx->msg_src_ip4 == 0)
		return 1;
	ctx->user_ip4 = bpf_htonl(0x7f000035);
	return 1;
}

/* F: bind4: let unprivileged services bind low ports, refuse port 0 */
SEC("cgroup/bind4")
int bind_policy(struct bpf_sock_addr *ctx)
{
	__u16 port = bpf_ntohs(ctx->user_port);

	if (port == 0)
		return 0;
	if (port < 1024)
		return 3;
	return 1;
}

/* G: report TCP_CONGESTION as "cubic" whatever is set */
SEC("cgroup/getsockopt")
int fake_cc(struct bpf_sockopt *ctx)
{
	char *optval = ctx->optval;

	if (ctx->level != SOL_TCP || ctx->optname != TCP_CONGESTION)
		return 1;
	if ((void *)optval + 6 > (void *)(long)ctx->optval_end)
		return 1;
	__builtin_memcpy(optval, "cubic", 6);
	ctx->optlen = 6;
	*(volatile __u32 *)&ctx->retval = 0;
	return 1;
}

/* H: refuse writes to net/ipv4/ip_forward */
SEC("cgroup/sysctl")
int no_forwarding(struct bpf_sysctl *ctx)
{
	char name[16];
	long n;

	if (!ctx->write)
		return 1;
	n = bpf_sysctl_get_name(ctx, name, sizeof(name), BPF_F_SYSCTL_BASE_NAME);
	if (n < 0)
		return 1;
	if (name[0] == 'i' && name[1] == 'p' && name[3] == 'f')
		return 0;
	return 1;
}

/* I: tag sockets of a service with a mark and a fixed source port */
SEC("cgroup/sock_create")
int tag_socket(struct bpf_sock *ctx)
{
	if (ctx->type != 1 /* SOCK_STREAM */)
		return 1;
	ctx->mark = 0x42;
	return 1;
}

/* J: a flow dissector for plain IPv4 over Ethernet */
SEC("flow_dissector")
int dissect_plain4(struct __sk_buff *skb)
{
	struct bpf_flow_keys *keys = skb->flow_keys;
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 nhoff = keys->nhoff;
	if (nhoff > 1024)
		return BPF_DROP;
	struct iphdr *iph = data + nhoff;

	if ((void *)(iph + 1) > data_end)
		return BPF_DROP;
	keys->addr_proto = ETH_P_IP;
	keys->ipv4_src = iph->saddr;
	keys->ipv4_dst = iph->daddr;
	keys->ip_proto = iph->protocol;
	keys->thoff = keys->nhoff + iph->ihl * 4;
	return BPF_OK;
}

/* K: lwt_xmit: push an 8-byte tag in front of the packet, then check it */
SEC("lwt_xmit")
int push_tag(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u64 *tag = data;

	if (data + 8 > data_end)
		return BPF_OK;
	if (bpf_skb_change_head(skb, 8, 0))
		return BPF_DROP;
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	tag = data;
	if (data + 8 > data_end)
		return BPF_OK;
	*tag = 0x1122334455667788ULL;
	return BPF_OK;
}

/* L: sk_lookup: send port 8080 to whichever of two sockets the source picks */
SEC("sk_lookup")
int steer_pair(struct bpf_sk_lookup *ctx)
{
	__u32 idx = ctx->remote_port & 1;
	struct bpf_sock *sk;
	long err;

	if (ctx->local_port != 8080)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&echo_socks, &idx);
	if (!sk)
		return SK_PASS;
	err = bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return err ? SK_DROP : SK_PASS;
}
