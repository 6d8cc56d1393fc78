// An event reserved in the ring buffer through a dynptr; the pid is filled
// in after the event was submitted, when the dynptr holds nothing.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct event {
	__u64 ts;
	__u32 pid;
	__u32 fd;
};

SEC("tracepoint/syscalls/sys_enter_close")
int on_close(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 ts = bpf_ktime_get_ns();
	__u32 pid = bpf_get_current_pid_tgid() >> 32;

	if (bpf_ringbuf_reserve_dynptr(&events, sizeof(struct event), 0, &ptr)) {
		bpf_ringbuf_discard_dynptr(&ptr, 0);
		return 0;
	}
	bpf_dynptr_write(&ptr, 0, &ts, sizeof(ts), 0);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	bpf_dynptr_write(&ptr, 8, &pid, sizeof(pid), 0); /* rejected */
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
