// diagnose_thirtythird_lic.bpf.c with its suggested fix applied as written.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "Dual MIT/GPL";

struct task_struct {
	int pid;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} seen SEC(".maps");

/* H: remember which tasks were seen, by the pid read from the task */
SEC("kprobe/wake_up_new_task")
int new_task(struct pt_regs *ctx)
{
	struct task_struct *t = (void *)PT_REGS_PARM1(ctx);
	__u64 one = 1;
	int pid = 0;

	bpf_probe_read_kernel(&pid, sizeof(pid), &t->pid);
	bpf_map_update_elem(&seen, &pid, &one, BPF_ANY);
	return 0;
}
