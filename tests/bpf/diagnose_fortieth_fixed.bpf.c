// The fortieth batch (diagnose_fortieth.bpf.c) with each suggested fix
// applied as bpfvet wrote it; the kernel accepts every program.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: bytes written per process, updated under a lock from a kprobe */
struct wstat {
	__u64 bytes;
	__u64 calls;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct wstat);
} wstats SEC(".maps");

SEC("kprobe/vfs_write")
int BPF_KPROBE(locked_write, void *file, const char *buf, __u64 count)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct wstat *st = bpf_map_lookup_elem(&wstats, &pid);

	if (!st)
		return 0;
	__sync_fetch_and_add(&st->bytes, count); __sync_fetch_and_add(&st->calls, 1);
	return 0;
}

/* B: on-CPU time per pid, keyed by the task's own pid field */
struct task_struct {
	int pid;
	int tgid;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, int);
	__type(value, __u64);
} oncpu SEC(".maps");

SEC("tp_btf/sched_switch")
int BPF_PROG(switch_time, _Bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u64 now = bpf_ktime_get_ns();
	__typeof__(prev->pid) pid = prev->pid;
	__u64 *start = bpf_map_lookup_elem(&oncpu, &pid);

	if (start && *start)
		*start = now - *start;
	__typeof__(next->pid) next_pid = next->pid;
	bpf_map_update_elem(&oncpu, &next_pid, &now, BPF_ANY);
	return 0;
}

/* C: the parent's tgid, read under RCU */
struct task_struct___rcu {
	int tgid;
	struct task_struct___rcu *real_parent;
} __attribute__((preserve_access_index));

void bpf_rcu_read_lock(void) __ksym;
void bpf_rcu_read_unlock(void) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, int);
	__type(value, int);
} parents SEC(".maps");

SEC("tp_btf/sched_process_exec")
int BPF_PROG(exec_parent)
{
	struct task_struct___rcu *task = (void *)bpf_get_current_task_btf(), *parent;
	int tgid, ptgid;

	bpf_rcu_read_lock();
	parent = task->real_parent;
	if (!parent) { bpf_rcu_read_unlock(); return 0; }
	ptgid = parent->tgid;
	bpf_rcu_read_unlock();
	tgid = task->tgid;
	bpf_map_update_elem(&parents, &tgid, &ptgid, BPF_ANY);
	return 0;
}

/* D: count execs in one cgroup, looked up by its id */
struct cgroup {
	int level;
} __attribute__((preserve_access_index));

struct cgroup *bpf_cgroup_from_id(__u64 cgid) __ksym;
void bpf_cgroup_release(struct cgroup *cgrp) __ksym;

const volatile __u64 watched_cgid = 0;
__u64 deep_execs = 0;

SEC("tp_btf/sched_process_exec")
int BPF_PROG(cgroup_execs)
{
	struct cgroup *cg = bpf_cgroup_from_id(watched_cgid);

	if (!cg)
		return 0;
	if (cg->level > 2)
		__sync_fetch_and_add(&deep_execs, 1);
	bpf_cgroup_release(cg);
	return 0;
}

/* E: a record as long as the command line it carries */
struct cmd_rec {
	__u32 pid;
	__u32 len;
	char args[];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 18);
} cmds SEC(".maps");

SEC("uprobe")
int BPF_KPROBE(run_cmd, const char *cmdline, int len)
{
	struct cmd_rec *r;
	__u64 n = len; barrier_var(n);

	if (n > 256)
		n = 256;
	r = bpf_ringbuf_reserve(&cmds, sizeof(*r) + 256, 0);
	if (!r)
		return 0;
	r->pid = bpf_get_current_pid_tgid() >> 32;
	r->len = n;
	bpf_probe_read_user(r->args, n, cmdline);
	bpf_ringbuf_submit(r, 0);
	return 0;
}

/* F: a shared helper makes sure the headers are in the linear area */
__attribute__((noinline))
static int linearize(struct __sk_buff *skb, __u32 len)
{
	void *data = (void *)(long)skb->data; void *data_end = (void *)(long)skb->data_end; if (data + len > data_end)
		return bpf_skb_pull_data(skb, len);
	return 0;
}

SEC("tc")
int tos_after_pull(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + ETH_HLEN;

	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	if (linearize(skb, ETH_HLEN + sizeof(*iph) + 8))
		return TC_ACT_OK;
	data = (void *)(long)skb->data; data_end = (void *)(long)skb->data_end;
	iph = data + ETH_HLEN;
	if ((void *)(iph + 1) > data_end) return TC_ACT_OK;
	if (iph->tos & 0x3)
		skb->mark = 1;
	return TC_ACT_OK;
}

/* G: a per-tenant counter map, installed by the program on first use */
struct tenant_counters {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} tenant_template SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 256);
	__type(key, __u32);
	__array(values, struct tenant_counters);
} tenants SEC(".maps");

SEC("tc")
int tenant_install(struct __sk_buff *skb)
{
	__u32 tenant = skb->mark & 0xff;

	void *inner = bpf_map_lookup_elem(&tenants, &tenant); if (!inner) return TC_ACT_OK;
	return TC_ACT_OK;
}
