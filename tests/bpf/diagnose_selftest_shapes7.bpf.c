// Batch 52's shapes (tests/explain/README.md): kernel selftests with one
// fault each, written again as our own small programs.  Every program here
// is rejected by the kernel; diagnose_selftest_shapes7_fixed.bpf.c holds
// them with bpfvet's fixes applied as it wrote them.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;

char LICENSE[] SEC("license") = "GPL";

struct sock {
	unsigned long sk_pacing_rate;
	unsigned long sk_max_pacing_rate;
} CORE;
struct inet_connection_sock { u64 icsk_ca_priv[13]; } CORE;
struct tcp_sock {
	struct inet_connection_sock inet_conn;
	u32 snd_cwnd, srtt_us, mss_cache;
} CORE;

struct tcp_congestion_ops {
	u32 (*ssthresh)(struct sock *sk);
	void (*cong_avoid)(struct sock *sk, u32 ack, u32 acked);
	u32 (*undo_cwnd)(struct sock *sk);
	void (*init)(struct sock *sk);
	char name[16];
};

static inline void *inet_csk_ca(const struct sock *sk)
{
	return (void *)((struct inet_connection_sock *)sk)->icsk_ca_priv;
}

/* A: the private struct outgrew icsk_ca_priv (bpf_dctcp with a history
 * array put in front) */
struct wide_ca {
	u64 rtt_hist[13];
	u32 min_rtt;
	u32 loss_cwnd;
};

SEC("struct_ops")
void BPF_PROG(wide_init, struct sock *sk)
{
	struct wide_ca *ca = inet_csk_ca(sk);

	ca->min_rtt = ~0U;
	ca->loss_cwnd = 0;
}

/* B: the pacing ceiling written where the pacing rate was meant
 * (tcp_ca_write_sk_pacing) */
SEC("struct_ops")
void BPF_PROG(pace_avoid, struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = (struct tcp_sock *)sk;
	u32 srtt = tp->srtt_us >> 3;

	sk->sk_max_pacing_rate = (u64)tp->snd_cwnd * tp->mss_cache * 1000000 / (srtt ? srtt : 1);
}

SEC("struct_ops")
u32 BPF_PROG(wide_ssthresh, struct sock *sk)
{
	return ((struct tcp_sock *)sk)->snd_cwnd;
}

SEC("struct_ops")
u32 BPF_PROG(wide_undo, struct sock *sk)
{
	return ((struct tcp_sock *)sk)->snd_cwnd;
}

SEC(".struct_ops")
struct tcp_congestion_ops wide = {
	.init = (void *)wide_init,
	.cong_avoid = (void *)pace_avoid,
	.ssthresh = (void *)wide_ssthresh,
	.undo_cwnd = (void *)wide_undo,
	.name = "bpfvet_wide",
};
