// The fix: bound the length by the buffer itself, so whatever the mask,
// the verifier sees len <= sizeof(buf).
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

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

	if (keylen > sizeof(buf))
		keylen = sizeof(buf);
	bpf_probe_read_kernel(buf, keylen, name);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, buf, sizeof(buf));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
