// The fixes the diagnoses of diagnose_sixth.bpf.c suggest, applied as written: each is accepted by
// the kernel (checked whole in verify_vs_kernel) and by bpfvet.
/* PT_REGS_PARM*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

volatile __u32 sample_rate = 100;
struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __uint(max_entries, 64); __type(key, __u32); __type(value, __u32); } ifmap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } ptrs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");

/* 3: the sampling rate adjusted at run time, in .rodata */
SEC("tc") int adapt_rate(struct __sk_buff *skb)
{
	if (skb->len > 1000)
		sample_rate = 10;
	return TC_ACT_OK;
}

/* 4: a kernel pointer saved in a map by one probe and dereferenced by another */
SEC("kprobe/tcp_v4_connect") int save_sk(struct pt_regs *ctx)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 sk = PT_REGS_PARM1(ctx);
	bpf_map_update_elem(&ptrs, &tid, &sk, BPF_ANY);
	return 0;
}
SEC("kretprobe/tcp_v4_connect") int use_sk(struct pt_regs *ctx)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 *skp = bpf_map_lookup_elem(&ptrs, &tid);
	__u16 family = 0;
	if (!skp)
		return 0;
	bpf_probe_read_kernel(&family, sizeof(family), (void *)(*skp + 16));
	return family;
}

/* 5: redirect through a hash map of ifindexes */
SEC("xdp") int redirect_if(struct xdp_md *ctx)
{
	return bpf_redirect_map(&ifmap, ctx->rx_queue_index, XDP_PASS);
}

/* 6: a bpf_loop callback that returns a count instead of 0/1 */
static long count_cb(__u32 i, void *data)
{
	__u32 *n = data;
	*n += i;
	return *n > 100 ? 1 : 0;
}
SEC("tc") int loop_sum(struct __sk_buff *skb)
{
	__u32 n = 0;
	bpf_loop(16, count_cb, &n, 0);
	return n & 1;
}

/* 7: the payload length used as an offset from data_end backwards */
SEC("xdp") int tail_byte(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u8 last = 0;
	if (data >= end)
		return XDP_PASS;
	bpf_xdp_load_bytes(ctx, bpf_xdp_get_buff_len(ctx) - 1, &last, 1);
	return last == 0xff ? XDP_DROP : XDP_PASS;
}

/* 8: struct sk_buff walked by hand in a kprobe, without BPF_CORE_READ */
struct sk_buff_lite { char pad[200]; unsigned int len; };
SEC("kprobe/ip_rcv") int rcv_len(struct pt_regs *ctx)
{
	struct sk_buff_lite *skb = (void *)PT_REGS_PARM1(ctx);
	unsigned int len = 0;
	bpf_probe_read_kernel(&len, sizeof(len), &skb->len);
	return len > 1500;
}

/* 9: a stack trace into a buffer sized by a variable */
SEC("kprobe/do_exit") int exit_stack(struct pt_regs *ctx)
{
	__u64 st[16];
	__u32 depth = PT_REGS_PARM1(ctx) & 31;
	__u32 size = depth * 8;
	if (size > 128)
		size = 128;
	long n = bpf_get_stack(ctx, st, size, 0);
	if (n > 0)
		bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, st, sizeof(st));
	return 0;
}

/* 10: the last byte of a copied string found from the helper's return value */
SEC("kprobe/do_sys_openat2") int path_last(struct pt_regs *ctx)
{
	char path[64];
	long n = bpf_probe_read_user_str(path, sizeof(path), (void *)PT_REGS_PARM2(ctx));
	if (n <= 0)
		return 0;
	return path[n - 1] == '/';
}

char LICENSE[] SEC("license") = "GPL";
