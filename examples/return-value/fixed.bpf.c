// The fix: return 1 to allow.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("cgroup/sock_create")
int allow(struct bpf_sock *sk)
{
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
