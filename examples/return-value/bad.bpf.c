// A cgroup socket-creation hook returning 2: these programs return 1
// (allow) or 0 (deny) only.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("cgroup/sock_create")
int allow(struct bpf_sock *sk)
{
	return 2; /* rejected */
}

char LICENSE[] SEC("license") = "GPL";
