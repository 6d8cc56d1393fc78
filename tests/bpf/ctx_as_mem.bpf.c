// A program's context passed to a global function that takes a pointer to
// memory.  The kernel refuses it where it rewrites context loads (socket
// filters, tc, xdp, ...); elsewhere (tracepoint, kprobe, raw tracepoint,
// syscall) it checks one byte, the last one the callee may read and write,
// as a load and a store of the program would be: a store into a tracepoint's
// or a kprobe's context is never allowed, a syscall's is.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct pair {
	__u32 a, b;
};

struct big {
	__u64 w[32];
};

__noinline int sum_pair(struct pair *p)
{
	return p ? p->a + p->b : 0;
}

__noinline int first_word(struct big *b)
{
	return b ? b->w[0] : 0;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int tp_ctx(void *ctx)
{
	return sum_pair(ctx);
}

SEC("kprobe/do_sys_openat2")
int kprobe_ctx(void *ctx)
{
	return sum_pair(ctx);
}

SEC("raw_tp/sys_enter")
int raw_tp_ctx(void *ctx)
{
	return sum_pair(ctx);
}

SEC("socket")
int socket_ctx(void *ctx)
{
	return sum_pair(ctx);
}

SEC("syscall")
int syscall_ctx(void *ctx)
{
	return sum_pair(ctx);
}

SEC("syscall")
int syscall_ctx_big(void *ctx)
{
	return first_word(ctx);
}

SEC("cgroup/dev")
int cgroup_dev_ctx(void *ctx)
{
	return sum_pair(ctx) ? 1 : 0;
}
