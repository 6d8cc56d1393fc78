// A task iterator that declares the kernel's structs by hand, copied from
// a newer kernel's header: bpf_iter_meta gained a field there, and without
// CO-RE the read lands past the end of the running kernel's struct.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct seq_file;
struct bpf_iter_meta {
	struct seq_file *seq;
	__u64 session_id;
	__u64 seq_num;
	__u64 batch;            /* not in the kernel this runs on */
};
struct task_struct;
struct bpf_iter__task {
	struct bpf_iter_meta *meta;
	struct task_struct *task;
};

SEC("iter/task")
int count_tasks(struct bpf_iter__task *ctx)
{
	struct bpf_iter_meta *meta = ctx->meta;
	__u64 n = meta->batch; /* rejected */

	if (ctx->task)
		bpf_seq_write(meta->seq, &n, sizeof(n));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
