// The fix: let CO-RE place every field at the running kernel's offset
// (preserve_access_index, as vmlinux.h does), and read a field that not
// every kernel has only where bpf_core_field_exists() says it is there.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct seq_file;
struct bpf_iter_meta {
	struct seq_file *seq;
	__u64 session_id;
	__u64 seq_num;
	__u64 batch;
} __attribute__((preserve_access_index));
struct task_struct;
struct bpf_iter__task {
	struct bpf_iter_meta *meta;
	struct task_struct *task;
} __attribute__((preserve_access_index));

SEC("iter/task")
int count_tasks(struct bpf_iter__task *ctx)
{
	struct bpf_iter_meta *meta = ctx->meta;
	__u64 n = meta->seq_num;

	if (bpf_core_field_exists(meta->batch))
		n = meta->batch;
	if (ctx->task)
		bpf_seq_write(meta->seq, &n, sizeof(n));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
