// The same congestion control under "Dual MIT/GPL", which the kernel counts
// as GPL-compatible.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

typedef unsigned int u32;
struct sock;
struct tcp_sock { u32 snd_cwnd, snd_ssthresh; } __attribute__((preserve_access_index));

struct tcp_congestion_ops {
	u32 (*ssthresh)(struct sock *sk);
	u32 (*undo_cwnd)(struct sock *sk);
	char name[16];
};

SEC("struct_ops")
u32 BPF_PROG(half_ssthresh, struct sock *sk)
{
	u32 cwnd = ((struct tcp_sock *)sk)->snd_cwnd;

	return cwnd > 4 ? cwnd / 2 : 2;
}

SEC("struct_ops")
u32 BPF_PROG(half_undo_cwnd, struct sock *sk)
{
	return ((struct tcp_sock *)sk)->snd_cwnd;
}

SEC(".struct_ops")
struct tcp_congestion_ops half = {
	.ssthresh = (void *)half_ssthresh,
	.undo_cwnd = (void *)half_undo_cwnd,
	.name = "half",
};

char LICENSE[] SEC("license") = "Dual MIT/GPL";
