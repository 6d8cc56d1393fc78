// Programs whose context or pointers the kernel types with its own BTF:
// tp_btf and iter programs, and pointers to kernel structs walked field by
// field (trusted, RCU, legacy, NULL-able).  The structs below declare only
// the fields used; CO-RE relocates their offsets to the running kernel's.
// Each program's whole level-2 log is compared with the kernel's by
// verify_vs_kernel.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;

struct kernfs_node { u64 id; const char *name; } CORE;
struct cgroup { struct kernfs_node *kn; int level; } CORE;
struct css_set { struct cgroup *dfl_cgrp; } CORE;
struct file { unsigned int f_flags; } CORE;
struct mm_struct { struct file *exe_file; int map_count; } CORE;
struct task_struct {
	int pid;
	int tgid;
	struct task_struct *real_parent;
	struct task_struct *parent;
	struct task_struct *group_leader;
	struct mm_struct *mm;
	struct css_set *cgroups;
	char comm[16];
	void *stack;
} CORE;
struct net_device { int ifindex; } CORE;
struct sock { int sk_rcvbuf; } CORE;
struct sk_buff { struct sk_buff *next; struct net_device *dev; struct sock *sk; unsigned int len; } CORE;
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; u64 session_id; u64 seq_num; } CORE;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } CORE;
struct bpf_iter__task_file { struct bpf_iter_meta *meta; struct task_struct *task; u32 fd; struct file *file; } CORE;
struct bpf_map { u32 max_entries; } CORE;
struct bpf_iter__bpf_map { struct bpf_iter_meta *meta; struct bpf_map *map; } CORE;

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} switches SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, u32);
	__type(value, u64);
} start SEC(".maps");

/* runqslower's shape: remember when a task was woken, by pid */
SEC("tp_btf/sched_wakeup")
int wakeup(u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];
	u32 pid = p->pid;
	u64 ts = bpf_ktime_get_ns();

	bpf_map_update_elem(&start, &pid, &ts, BPF_ANY);
	return 0;
}

SEC("tp_btf/sched_switch")
int switch_delta(u64 *ctx)
{
	struct task_struct *prev = (void *)ctx[1], *next = (void *)ctx[2];
	u32 pid = next->pid;
	u64 *tsp = bpf_map_lookup_elem(&start, &pid);

	if (!tsp)
		return 0;
	if (prev->tgid == next->tgid)
		return 1;
	bpf_map_delete_elem(&start, &pid);
	return 0;
}

/* real_parent is RCU-safe from a trusted task: never NULL */
SEC("tp_btf/sched_switch")
int parent_pid(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	return next->real_parent->pid + next->group_leader->tgid;
}

/* parent is __rcu but not listed: it may be NULL */
SEC("tp_btf/sched_switch")
int parent_unchecked(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	return next->parent->pid;
}

SEC("tp_btf/sched_switch")
int parent_checked(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2], *parent = next->parent;

	return parent ? parent->pid : 0;
}

/* mm is a plain pointer: its fields still read, exe_file stays legacy */
SEC("tp_btf/sched_switch")
int exe_flags(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	struct mm_struct *mm = next->mm;

	if (!mm)
		return 0;
	return mm->map_count + (mm->exe_file ? mm->exe_file->f_flags : 0);
}

/* task->cgroups->dfl_cgrp->kn: each step listed RCU-safe */
SEC("tp_btf/sched_switch")
int cgroup_id(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	return next->cgroups->dfl_cgrp->kn->id & 1;
}

SEC("tp_btf/sched_switch")
int write_task(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	next->pid = 0;
	return 0;
}

SEC("tp_btf/sched_switch")
int narrow_pointer_arg(u64 *ctx)
{
	return *(u32 *)&ctx[1];
}

SEC("tp_btf/sched_switch")
int arg_out_of_range(u64 *ctx)
{
	return ctx[6] != 0;
}

SEC("tp_btf/sched_switch")
int comm_var_index(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	u32 i = next->pid & 15;

	return next->comm[i];
}

/* comm is an array of char: reading 8 of its bytes at once is fine */
SEC("tp_btf/sched_switch")
int comm_word(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	return *(u64 *)next->comm == 0;
}

SEC("kprobe/do_nanosleep")
int current_btf(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	char buf[16];

	bpf_probe_read_kernel(buf, sizeof(buf), t->comm);
	return t->real_parent->tgid + buf[0];
}

SEC("iter/task")
int dump_task(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	static const char fmt[] = "%d %d\n";
	u64 args[2];

	if (!task)
		return 0;
	args[0] = task->pid;
	args[1] = task->real_parent->pid;
	bpf_seq_printf(seq, fmt, sizeof(fmt), args, sizeof(args));
	return 0;
}

SEC("iter/task")
int task_no_null_check(struct bpf_iter__task *ctx)
{
	return ctx->task->pid & 1;
}

SEC("iter/task")
int iter_returns_two(struct bpf_iter__task *ctx)
{
	return ctx->task ? 2 : 0;
}

SEC("iter/task_file")
int dump_file(struct bpf_iter__task_file *ctx)
{
	struct task_struct *task = ctx->task;
	struct file *file = ctx->file;

	if (!task || !file)
		return 0;
	bpf_seq_write(ctx->meta->seq, &ctx->fd, sizeof(ctx->fd));
	return file->f_flags & 1;
}

SEC("iter/bpf_map")
int dump_map(struct bpf_iter__bpf_map *ctx)
{
	struct bpf_map *map = ctx->map;

	if (!map)
		return 0;
	return map->max_entries > 100;
}

/* a pointer to anything but a struct is untrusted, read-only memory of no
 * known size: any offset reads, nothing writes, no helper takes it */
SEC("tp_btf/sched_switch")
int cgroup_name(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	const char *name = next->cgroups->dfl_cgrp->kn->name;

	if (!name)
		return 0;
	return name[0] + name[100] + name[(u32)ctx[0] & 63];
}

SEC("tp_btf/sched_switch")
int cgroup_name_write(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	char *name = (char *)next->cgroups->dfl_cgrp->kn->name;

	name[0] = 0;
	return 0;
}

SEC("tp_btf/sched_switch")
int cgroup_name_to_helper(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];

	return bpf_strncmp(next->cgroups->dfl_cgrp->kn->name, 4, "abc");
}

SEC("tp_btf/sched_switch")
int cgroup_name_copied(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	char buf[8];

	return bpf_probe_read_kernel_str(buf, sizeof(buf), next->cgroups->dfl_cgrp->kn->name);
}

SEC("tp_btf/sched_switch")
int stack_pointer(u64 *ctx)
{
	struct task_struct *prev = (void *)ctx[1];

	return prev->stack != 0;
}

/* a pointer reached through a union of several members is untrusted;
 * skb->sk is listed as RCU-safe and may be NULL */
SEC("tp_btf/kfree_skb")
int skb_fields(u64 *ctx)
{
	struct sk_buff *skb = (void *)ctx[0];
	struct sock *sk = skb->sk;

	return skb->dev->ifindex + skb->next->len + (sk ? sk->sk_rcvbuf : 0);
}

/* trusted and RCU pointers are what helpers taking a task want */
SEC("tp_btf/sched_switch")
int count_switches(u64 *ctx)
{
	struct task_struct *next = (void *)ctx[2];
	u64 *n = bpf_task_storage_get(&switches, next, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

	if (!n)
		return 0;
	*n += 1;
	return 0;
}

SEC("tp_btf/sched_switch")
int ancestors(u64 *ctx)
{
	struct task_struct *t = (void *)ctx[2];
	int sum = 0;

	for (int i = 0; i < 8; i++) {
		t = t->real_parent;
		sum += t->pid;
		if (t->pid == 1)
			break;
	}
	return sum;
}

SEC("tp_btf/sched_switch")
int same_task(u64 *ctx)
{
	struct task_struct *a = (void *)ctx[1], *b = (void *)ctx[2];

	return a == b ? 1 : a->real_parent == b ? 2 : 0;
}

/* rejected: a tracepoint has no traced function whose address to give:
 * "func bpf_get_func_ip#173 supported only for fentry/fexit/fmod_ret
 * programs" */
SEC("tp_btf/sched_switch")
int tp_func_ip(u64 *ctx)
{
	return bpf_get_func_ip(ctx) == 0;
}

struct path;

/* rejected: bpf_d_path only where the kernel knows the path is live (an
 * iterator, or a function on its list): "helper call is not allowed in
 * probe" */
SEC("tp_btf/sched_switch")
int tp_d_path(u64 *ctx)
{
	char name[16];

	return bpf_d_path((struct path *)ctx[1], name, sizeof(name));
}

struct pid_namespace { unsigned int level; } CORE;
struct upid { int nr; struct pid_namespace *ns; } CORE;
struct pid { unsigned int level; struct upid numbers[]; } CORE;

int ns_level;

/* accepted; what an element of a flexible array points to is trusted
 * like any member (the kernel's level-2 log has R1=ptr_pid_namespace()
 * after the load); this machine's first 6.18.44 build made it untrusted
 * (untrusted_ptr_pid_namespace(): nothing bounds the index) */
SEC("tp_btf/sched_process_wait")
int pid_ns_level(u64 *ctx)
{
	struct pid *pid = (struct pid *)ctx[0];

	ns_level = pid->numbers[0].ns->level;
	return 0;
}
