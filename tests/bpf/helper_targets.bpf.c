// Helpers given the wrong place to read or write: a constant string that
// is not read-only, the key a bpf_for_each_map_elem() callback gets, a
// task cast to a cgroup, a kernel struct as a helper's destination, and
// the same calls done as the explanations say (strncmp_rodata,
// value_write, cgrp_of_task, comm_from_task).  Verdicts and level-2 logs are compared with
// the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct cgroup { int level; } CORE;
struct css_set { struct cgroup *dfl_cgrp; } CORE;
struct task_struct { int pid; char comm[16]; struct css_set *cgroups; } CORE;

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u64); __type(value, __u64); } h SEC(".maps");
struct {
	__uint(type, 32); /* BPF_MAP_TYPE_CGRP_STORAGE, newer than Debian 12's linux/bpf.h */
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} cg SEC(".maps");

char target[8] = "bash";                 /* .data: the program may change it */
static const char ro_target[] = "bash";  /* .rodata: frozen */

SEC("raw_tp/sys_enter")
int strncmp_writable(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	return bpf_strncmp(comm, 4, target) == 0;
}

SEC("raw_tp/sys_enter")
int strncmp_rodata(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	return bpf_strncmp(comm, 4, ro_target) == 0;
}

static long stamp_key(void *map, __u64 *key, __u64 *val, void *ctx)
{
	bpf_get_current_comm(key, sizeof(*key));
	return 0;
}

static long stamp_val(void *map, __u64 *key, __u64 *val, void *ctx)
{
	bpf_get_current_comm(val, sizeof(*val));
	return 0;
}

SEC("raw_tp/sys_enter")
int key_write(void *ctx)
{
	bpf_for_each_map_elem(&h, stamp_key, 0, 0);
	return 0;
}

SEC("raw_tp/sys_enter")
int value_write(void *ctx)
{
	bpf_for_each_map_elem(&h, stamp_val, 0, 0);
	return 0;
}

SEC("tp_btf/sys_enter")
int cgrp_of_task_cast(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	bpf_cgrp_storage_get(&cg, (struct cgroup *)task, 0, 0);
	return 0;
}

SEC("tp_btf/sys_enter")
int cgrp_of_task(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	bpf_cgrp_storage_get(&cg, task->cgroups->dfl_cgrp, 0, 0);
	return 0;
}

SEC("tp_btf/sys_enter")
int comm_into_task(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();

	bpf_probe_read_kernel(task->comm, 16, (void *)ctx);
	return 0;
}

SEC("tp_btf/sys_enter")
int comm_from_task(void *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	char comm[16];

	bpf_probe_read_kernel(comm, sizeof(comm), task->comm);
	return comm[0];
}

char LICENSE[] SEC("license") = "GPL";
