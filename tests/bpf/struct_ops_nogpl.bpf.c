// A struct_ops program needs a GPL-compatible license, whatever it does.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct sock;
struct tcp_congestion_ops {
	void (*init)(struct sock *sk);
	char name[16];
};

char LICENSE[] SEC("license") = "Proprietary";

SEC("struct_ops")
void BPF_PROG(nogpl_init, struct sock *sk)
{
}

SEC(".struct_ops")
struct tcp_congestion_ops nogpl_cc = {
	.init = (void *)nogpl_init,
	.name = "bpfvet_nogpl",
};
