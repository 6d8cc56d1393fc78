// Write into ring buffer space without checking that the reservation
// succeeded.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");

SEC("kprobe/vfs_write")
int emit(struct pt_regs *ctx)
{
	__u64 *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);

	*e = PT_REGS_PARM3(ctx); /* rejected */
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
