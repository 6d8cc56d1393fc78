// Steps on the way to batch 40's fixes (diagnose_fortieth.bpf.c), each the
// program with the fixes suggested so far applied, refused by the kernel at
// a second fault the first had hidden:
// - run_cmd_reserved: the record reserved with a constant size; the copy's
//   length, an int clamped as a __u32, is checked on a zero-extended copy
//   and passed unchecked (fixed by `__u64 n = len; barrier_var(n);`);
// - pull_global: the packet taken again after linearize(); linearize(), a
//   global function, adds its argument to skb->data, unbounded there;
// - pull_static: linearize() made static; `skb->data + len` is 32-bit
//   arithmetic on the __u32 field, which clang truncates with a shift.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct cmd_rec {
	__u32 pid;
	__u32 len;
	char args[];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 18);
} cmds SEC(".maps");

SEC("uprobe")
int BPF_KPROBE(run_cmd_reserved, const char *cmdline, int len)
{
	struct cmd_rec *r;
	__u32 n = len;

	if (n > 256)
		n = 256;
	r = bpf_ringbuf_reserve(&cmds, sizeof(*r) + 256, 0);
	if (!r)
		return 0;
	r->pid = bpf_get_current_pid_tgid() >> 32;
	r->len = n;
	bpf_probe_read_user(r->args, n, cmdline);
	bpf_ringbuf_submit(r, 0);
	return 0;
}

__attribute__((noinline))
int linearize_g(struct __sk_buff *skb, __u32 len)
{
	if (skb->data + len > skb->data_end)
		return bpf_skb_pull_data(skb, len);
	return 0;
}

SEC("tc")
int pull_global(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + ETH_HLEN;

	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	if (linearize_g(skb, ETH_HLEN + sizeof(*iph) + 8))
		return TC_ACT_OK;
	data = (void *)(long)skb->data; data_end = (void *)(long)skb->data_end;
	iph = data + ETH_HLEN;
	if ((void *)(iph + 1) > data_end) return TC_ACT_OK;
	if (iph->tos & 0x3)
		skb->mark = 1;
	return TC_ACT_OK;
}

__attribute__((noinline))
static int linearize_s(struct __sk_buff *skb, __u32 len)
{
	if (skb->data + len > skb->data_end)
		return bpf_skb_pull_data(skb, len);
	return 0;
}

SEC("tc")
int pull_static(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + ETH_HLEN;

	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	if (linearize_s(skb, ETH_HLEN + sizeof(*iph) + 8))
		return TC_ACT_OK;
	data = (void *)(long)skb->data; data_end = (void *)(long)skb->data_end;
	iph = data + ETH_HLEN;
	if ((void *)(iph + 1) > data_end) return TC_ACT_OK;
	if (iph->tos & 0x3)
		skb->mark = 1;
	return TC_ACT_OK;
}
