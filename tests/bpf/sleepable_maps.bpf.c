// The map types a sleepable program may use.  The kernel refuses the
// others when it resolves the program's map references, before the walk
// ("Sleepable programs can only use array, hash, ringbuf and local storage
// maps"); the verdicts and logs are compared with the kernel's.  One map
// per program, so that each verdict is about one type.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} perf_out SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 64);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
} stacks SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
	__uint(max_entries, 64);
	__type(value, __u32);
} seen SEC(".maps");

struct lpm_key {
	__u32 prefixlen;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 64);
	__type(key, struct lpm_key);
	__type(value, __u32);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} prefixes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} recent SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, 64);
	__type(value, __u32);
} pending SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} ring_out SEC(".maps");

/* rejected: the perf buffer is per-CPU */
SEC("uprobe.s//bin/true:main")
int perf_array(struct pt_regs *ctx)
{
	__u32 v = 1;

	bpf_perf_event_output(ctx, &perf_out, BPF_F_CURRENT_CPU, &v, sizeof(v));
	return 0;
}

/* rejected */
SEC("uprobe.s//bin/true:main")
int stack_trace(struct pt_regs *ctx)
{
	return bpf_get_stackid(ctx, &stacks, BPF_F_USER_STACK) < 0;
}

/* rejected */
SEC("uprobe.s//bin/true:main")
int bloom(struct pt_regs *ctx)
{
	__u32 v = 7;

	return bpf_map_peek_elem(&seen, &v) == 0;
}

/* rejected: not in the kernel's list, though it is a hash-like map */
SEC("uprobe.s//bin/true:main")
int lpm_trie(struct pt_regs *ctx)
{
	struct lpm_key k = { 32, 0x0100007f };

	return bpf_map_lookup_elem(&prefixes, &k) != 0;
}

/* accepted */
SEC("uprobe.s//bin/true:main")
int lru_hash(struct pt_regs *ctx)
{
	__u32 k = 1;
	__u64 *v = bpf_map_lookup_elem(&recent, &k);

	return v ? (int)*v : 0;
}

/* accepted */
SEC("uprobe.s//bin/true:main")
int queue(struct pt_regs *ctx)
{
	__u32 v = 3;

	return bpf_map_push_elem(&pending, &v, 0) == 0;
}

/* accepted: the ring buffer, the sleepable program's perf buffer */
SEC("uprobe.s//bin/true:main")
int ringbuf(struct pt_regs *ctx)
{
	__u32 v = 1;

	return bpf_ringbuf_output(&ring_out, &v, sizeof(v), 0) == 0;
}

/* accepted: the same perf buffer from a program that does not sleep */
SEC("uprobe//bin/true:main")
int perf_array_plain(struct pt_regs *ctx)
{
	__u32 v = 1;

	bpf_perf_event_output(ctx, &perf_out, BPF_F_CURRENT_CPU, &v, sizeof(v));
	return 0;
}
