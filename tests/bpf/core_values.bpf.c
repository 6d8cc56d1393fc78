// Each program returns one CO-RE relocated value, so a test can read it
// straight from the first instruction after relocation against the BTF of
// core_target.bpf.c.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
	int pid;
	int tgid;
	char comm[16];
	int gone;                 /* not in the target */
	struct {
		unsigned int a : 3;
		unsigned int b : 5;
	} flags;
} __attribute__((preserve_access_index));

struct not_there___v2 {
	int x;
} __attribute__((preserve_access_index));

enum pid_type { PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_GONE };

SEC("socket") int off_pid(void *ctx) { return bpf_core_field_offset(struct task_struct, pid); }
SEC("socket") int off_tgid(void *ctx) { return bpf_core_field_offset(struct task_struct, tgid); }
SEC("socket") int size_comm(void *ctx) { return bpf_core_field_size(struct task_struct, comm); }
SEC("socket") int exists_tgid(void *ctx) { return bpf_core_field_exists(struct task_struct, tgid); }
SEC("socket") int exists_gone(void *ctx) { return bpf_core_field_exists(struct task_struct, gone); }
SEC("socket") int off_gone(void *ctx) { return bpf_core_field_offset(struct task_struct, gone); }
SEC("socket") int type_there(void *ctx) { return bpf_core_type_exists(struct task_struct); }
SEC("socket") int type_not_there(void *ctx) { return bpf_core_type_exists(struct not_there___v2); }
SEC("socket") int type_size(void *ctx) { return bpf_core_type_size(struct task_struct); }
SEC("socket") int enum_tgid(void *ctx) { return bpf_core_enum_value(enum pid_type, PIDTYPE_TGID); }
SEC("socket") int enum_gone(void *ctx) { return bpf_core_enum_value_exists(enum pid_type, PIDTYPE_GONE); }
SEC("socket") int bf_lshift(void *ctx)
{
	struct task_struct *t = 0;
	return __builtin_preserve_field_info(t->flags.b, BPF_FIELD_LSHIFT_U64);
}
SEC("socket") int bf_rshift(void *ctx)
{
	struct task_struct *t = 0;
	return __builtin_preserve_field_info(t->flags.b, BPF_FIELD_RSHIFT_U64);
}
SEC("socket") int bf_offset(void *ctx)
{
	struct task_struct *t = 0;
	return __builtin_preserve_field_info(t->flags.b, BPF_FIELD_BYTE_OFFSET);
}

char LICENSE[] SEC("license") = "GPL";
