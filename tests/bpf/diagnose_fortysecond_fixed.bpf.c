// The forty-second batch (diagnose_fortysecond.bpf.c) with each suggested
// fix applied as bpfvet wrote it; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: drop sources in a blocked prefix */
struct lpm_v4 {
	__u32 prefixlen;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 1024);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, struct lpm_v4);
	__type(value, __u8);
} blocked_nets SEC(".maps");

SEC("xdp")
int drop_prefix(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + ETH_HLEN;
	__u32 saddr;

	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	saddr = iph->saddr;
	struct lpm_v4 key = { .prefixlen = 32, .addr = saddr };
	if (bpf_map_lookup_elem(&blocked_nets, &key))
		return XDP_DROP;
	return XDP_PASS;
}

/* C: which kernel paths send the packets we drop? */
struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 1024);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
} drop_stacks SEC(".maps");

SEC("tc")
int drop_origin(struct __sk_buff *skb)
{
	if (skb->len > 9000) {
		return TC_ACT_SHOT;
	}
	return TC_ACT_OK;
}

struct sk_buff { unsigned int len; } __attribute__((preserve_access_index));

SEC("tp_btf/net_dev_queue") int BPF_PROG(sent, struct sk_buff *skb) { if (skb->len > 9000) bpf_get_stackid(ctx, &drop_stacks, 0); return 0; }

/* D: the first byte through a dynptr, ported from tc */
extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr *ptr) __ksym;

SEC("xdp")
int first_byte_dynptr(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	__u8 b = 0;

	if (bpf_dynptr_from_xdp(ctx, 0, &ptr))
		return XDP_PASS;
	bpf_dynptr_read(&b, 1, &ptr, 0, 0);
	return b == 0xff ? XDP_DROP : XDP_PASS;
}

/* E: exec with the filename from the binprm */
struct linux_binprm {
	const char *filename;
} __attribute__((preserve_access_index));

struct task_struct;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} execs SEC(".maps");

SEC("tp_btf/sched_process_exec")
int BPF_PROG(exec_file, struct task_struct *p, int old_pid, struct linux_binprm *bprm)
{
	char *name = bpf_ringbuf_reserve(&execs, 128, 0);

	if (!name)
		return 0;
	bpf_probe_read_kernel_str(name, 128, bprm->filename);
	bpf_ringbuf_submit(name, 0);
	return 0;
}
