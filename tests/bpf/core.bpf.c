// CO-RE relocations against the running kernel's BTF.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct task_struct {
	int pid;
	int tgid;
	char comm[16];
	struct task_struct *real_parent;
} __attribute__((preserve_access_index));

struct not_in_kernel___x {
	int field;
} __attribute__((preserve_access_index));

enum pid_type { PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_PGID };

SEC("kprobe/do_nanosleep")
int probe(struct pt_regs *ctx)
{
	struct task_struct *t = (void *)bpf_get_current_task();
	int pid = BPF_CORE_READ(t, pid);
	int ppid = BPF_CORE_READ(t, real_parent, tgid);
	char comm[16];

	BPF_CORE_READ_STR_INTO(&comm, t, comm);
	if (bpf_core_field_exists(t->tgid))
		pid += 1;
	if (bpf_core_type_exists(struct not_in_kernel___x))
		pid += 2;
	pid += bpf_core_field_size(t->comm);
	pid += bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);
	bpf_printk("%d %d %s", pid, ppid, comm);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
