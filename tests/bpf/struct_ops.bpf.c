// struct_ops programs: a TCP congestion control and bpf_dummy_ops, with
// the fields of tcp_sock they may write, the arguments the kernel types
// for each callback (a tcp_sock for struct sock, a NULL-able state), the
// helpers a member may call (not bpf_setsockopt in release), members the
// kernel refuses, and callbacks returning void.  Verdicts and level-2 logs
// are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

/* defined: libbpf refuses a kfunc prototype naming a declared-only struct */
struct sock { int unused; } CORE;
struct inet_connection_sock { u64 icsk_ca_priv[13]; } CORE;
struct tcp_sock {
	struct inet_connection_sock inet_conn;
	u32 snd_cwnd, snd_ssthresh, rcv_nxt, snd_cwnd_cnt;
} CORE;
struct ack_sample { u32 pkts_acked; } CORE;
struct bpf_dummy_ops_state { int val; } CORE;

/* only the members used: libbpf and bpfvet match them by name */
struct tcp_congestion_ops {
	u32 (*ssthresh)(struct sock *sk);
	void (*cong_avoid)(struct sock *sk, u32 ack, u32 acked);
	void (*pkts_acked)(struct sock *sk, const struct ack_sample *sample);
	u32 (*undo_cwnd)(struct sock *sk);
	u64 (*get_info)(struct sock *sk, u32 ext, int *attr, void *info);
	void (*init)(struct sock *sk);
	void (*release)(struct sock *sk);
	char name[16];
};
struct bpf_dummy_ops {
	int (*test_1)(struct bpf_dummy_ops_state *cb);
	int (*test_2)(struct bpf_dummy_ops_state *cb, int a1, unsigned short a2, char a3, unsigned long a4);
};

void tcp_reno_cong_avoid(struct sock *sk, u32 ack, u32 acked) __ksym;
u32 tcp_reno_undo_cwnd(struct sock *sk) __ksym;

char LICENSE[] SEC("license") = "GPL";

static struct tcp_sock *tcp_sk(struct sock *sk)
{
	return (struct tcp_sock *)sk;
}

SEC("struct_ops")
u32 BPF_PROG(cc_ssthresh, struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	return tp->snd_cwnd > 4 ? tp->snd_cwnd / 2 : 2;
}

/* writing snd_cwnd is what a congestion control is for */
SEC("struct_ops")
void BPF_PROG(cc_cong_avoid, struct sock *sk, u32 ack, u32 acked)
{
	struct tcp_sock *tp = tcp_sk(sk);

	if (tp->snd_cwnd < tp->snd_ssthresh)
		tp->snd_cwnd += acked;
	else
		tcp_reno_cong_avoid(sk, ack, acked);
}

/* a congestion control's private area may be written at any offset */
SEC("struct_ops")
void BPF_PROG(cc_init, struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	((u32 *)tp->inet_conn.icsk_ca_priv)[3] = 7;
	tp->snd_cwnd_cnt = 0;
	bpf_setsockopt(sk, 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, &tp->snd_cwnd, 4);
}

SEC("struct_ops")
u32 BPF_PROG(cc_undo_cwnd, struct sock *sk)
{
	return tcp_reno_undo_cwnd(sk);
}

SEC("struct_ops")
void BPF_PROG(cc_pkts_acked, struct sock *sk, const struct ack_sample *sample)
{
	tcp_sk(sk)->snd_cwnd_cnt += sample->pkts_acked;
}

/* rcv_nxt belongs to the receive path: no write support */
SEC("struct_ops")
u32 BPF_PROG(bad_write_rcv_nxt, struct sock *sk)
{
	tcp_sk(sk)->rcv_nxt = 0;
	return 2;
}

/* an 8-byte store into the 4-byte snd_cwnd runs past it */
SEC("struct_ops")
void BPF_PROG(bad_write_wide, struct sock *sk, u32 ack, u32 acked)
{
	*(volatile u64 *)&tcp_sk(sk)->snd_cwnd = acked;
}

/* the sample is the kernel's, read-only */
SEC("struct_ops")
void BPF_PROG(bad_write_sample, struct sock *sk, const struct ack_sample *sample)
{
	((struct ack_sample *)sample)->pkts_acked = 0;
}

/* release() may not change socket options */
SEC("struct_ops")
void BPF_PROG(bad_release_setsockopt, struct sock *sk)
{
	int one = 1;

	bpf_setsockopt(sk, 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, &one, sizeof(one));
}

/* get_info is not a member BPF may implement */
SEC("struct_ops")
u64 BPF_PROG(bad_get_info, struct sock *sk, u32 ext, int *attr, void *info)
{
	return 0;
}

SEC(".struct_ops")
struct tcp_congestion_ops good_cc = {
	.ssthresh = (void *)cc_ssthresh,
	.cong_avoid = (void *)cc_cong_avoid,
	.init = (void *)cc_init,
	.undo_cwnd = (void *)cc_undo_cwnd,
	.pkts_acked = (void *)cc_pkts_acked,
	.name = "bpfvet_good",
};

SEC(".struct_ops")
struct tcp_congestion_ops bad_cc1 = {
	.ssthresh = (void *)bad_write_rcv_nxt,
	.cong_avoid = (void *)bad_write_wide,
	.pkts_acked = (void *)bad_write_sample,
	.release = (void *)bad_release_setsockopt,
	.get_info = (void *)bad_get_info,
	.name = "bpfvet_bad",
};

/* test_1's state may be NULL: checked, then written */
SEC("struct_ops")
int BPF_PROG(dummy_checked, struct bpf_dummy_ops_state *state)
{
	if (!state)
		return 0;
	state->val = 42;
	return state->val;
}

SEC("struct_ops")
int BPF_PROG(dummy_unchecked, struct bpf_dummy_ops_state *state)
{
	return state->val;
}

/* test_2's state is not NULL-able, and its other arguments are numbers */
SEC("struct_ops")
int BPF_PROG(dummy_args, struct bpf_dummy_ops_state *state, int a1, unsigned short a2, char a3, unsigned long a4)
{
	state->val = a1 + a2 + a3 + (int)a4;
	return 0;
}

/* a dummy struct_ops program calls no helper */
SEC("struct_ops")
int BPF_PROG(dummy_helper, struct bpf_dummy_ops_state *state)
{
	return (int)bpf_ktime_get_ns();
}

/* only test_sleepable may be sleepable */
SEC("struct_ops.s")
int BPF_PROG(dummy_sleepable_test_2, struct bpf_dummy_ops_state *state, int a1, unsigned short a2, char a3,
	     unsigned long a4)
{
	return 0;
}

SEC(".struct_ops.link")
struct bpf_dummy_ops dummy1 = {
	.test_1 = (void *)dummy_checked,
	.test_2 = (void *)dummy_args,
};

SEC(".struct_ops.link")
struct bpf_dummy_ops dummy2 = {
	.test_1 = (void *)dummy_unchecked,
	.test_2 = (void *)dummy_sleepable_test_2,
};

SEC(".struct_ops.link")
struct bpf_dummy_ops dummy3 = {
	.test_1 = (void *)dummy_helper,
};
