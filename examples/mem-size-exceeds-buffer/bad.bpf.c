// From a user's report: copy a key into a 126-byte stack buffer with its
// length masked to 127.  "& 0x7f" bounds the length to 127, one byte more
// than the buffer holds, so the verifier cannot prove the copy stays
// inside buf and rejects the program.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct key_event {
	__u32 len;
	char key[126];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} events SEC(".maps");

SEC("kprobe/process_command")
int trace_key(struct pt_regs *ctx)
{
	const char *name = (const char *)PT_REGS_PARM1(ctx);
	__u64 keylen = PT_REGS_PARM2(ctx);
	char buf[126];

	bpf_probe_read_kernel(buf, keylen & 0x7f, name); /* rejected */
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, buf, sizeof(buf));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
