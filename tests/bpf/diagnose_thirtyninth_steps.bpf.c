// A step on the way to batch 39's fixes (diagnose_thirtyninth.bpf.c):
// ssl_write's copy length made `__u64` as the earlier advice said, without
// barrier_var().  clang still reasons on the `int` the length came from,
// folds `len > 0 && len <= 64` into a 32-bit comparison of a copy, and
// passes the register unchecked: the kernel refuses it as before.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct chunk {
	__u32 pid;
	__u32 len;
	char data[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} chunks SEC(".maps");

SEC("uprobe")
int BPF_KPROBE(ssl_write_u64, void *ssl, const void *buf, int num)
{
	struct chunk *c;
	__u64 len = num;

	c = bpf_ringbuf_reserve(&chunks, sizeof(*c), 0);
	if (!c)
		return 0;
	c->pid = bpf_get_current_pid_tgid() >> 32;
	c->len = len;
	if (len > 0 && len <= sizeof(c->data))
		bpf_probe_read_user(c->data, len, buf);
	bpf_ringbuf_submit(c, 0);
	return 0;
}
