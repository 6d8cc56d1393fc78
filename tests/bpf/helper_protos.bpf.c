// Helpers whose arguments the kernel types per program type, or with a
// kernel struct: what each program type may pass (each program's level-2
// log is compared with the kernel's by verify_vs_kernel).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_struct {
	int pid;
	char comm[16];
} __attribute__((preserve_access_index));
struct cgroup;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, long);
} task_map SEC(".maps");

struct {
	__uint(type, 32); /* BPF_MAP_TYPE_CGRP_STORAGE, newer than these headers */
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, long);
} cgrp_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, long);
} sk_map SEC(".maps");

SEC("tp_btf/sched_switch") int task_in_task_storage(__u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	long *v = bpf_task_storage_get(&task_map, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (v)
		*v += 1;
	return 0;
}

SEC("tp_btf/sched_switch") int task_in_cgroup_storage(__u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	bpf_cgrp_storage_get(&cgrp_map, (struct cgroup *)task, 0, 0);
	return 0;
}

SEC("tp_btf/sched_switch") int comm_past_its_end(__u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	return bpf_strncmp(task->comm, 17, "swapper");
}

SEC("tp_btf/sched_switch") int comm_compared(__u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	return bpf_strncmp(task->comm, 16, "swapper") == 0;
}

SEC("tp_btf/sched_switch") int comm_written_by_helper(__u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	bpf_probe_read_kernel(task->comm, 16, task->comm);
	return 0;
}

SEC("cgroup/sock_create") int sock_storage_on_ctx(struct bpf_sock *sk)
{
	long *v = bpf_sk_storage_get(&sk_map, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);

	if (v)
		*v = 1;
	return 1;
}

SEC("sk_lookup") int assign_null(struct bpf_sk_lookup *ctx)
{
	bpf_sk_assign(ctx, NULL, 0);
	return SK_PASS;
}

SEC("sk_reuseport") int reuseport_cookie(struct sk_reuseport_md *md)
{
	struct bpf_sock *sk = md->sk;

	if (!sk)
		return SK_PASS;
	return bpf_get_socket_cookie(sk) ? SK_PASS : SK_DROP;
}

SEC("cgroup/setsockopt") int sockopt_reads_option(struct bpf_sockopt *ctx)
{
	struct bpf_sock *sk = ctx->sk;
	int val = 0;

	if (!sk)
		return 1;
	bpf_getsockopt(sk, 1 /* SOL_SOCKET */, 7 /* SO_SNDBUF */, &val, sizeof(val));
	return 1;
}

const char target_nul[8] = "eth0";
const char target_no_nul[4] = { 'e', 't', 'h', '0' };

SEC("tp/syscalls/sys_enter_nanosleep") int strncmp_terminated(void *ctx)
{
	char name[8] = "lo";

	return bpf_strncmp(name, sizeof(name), target_nul) == 0;
}

SEC("tp/syscalls/sys_enter_nanosleep") int strncmp_unterminated(void *ctx)
{
	char name[8] = "lo";

	return bpf_strncmp(name, sizeof(name), target_no_nul) == 0;
}

char _license[] SEC("license") = "GPL";
