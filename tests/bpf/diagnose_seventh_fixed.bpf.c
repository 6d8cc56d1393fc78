// The fixes the diagnoses of diagnose_seventh.bpf.c suggest, applied as written: each is accepted
// by the kernel (checked whole in verify_vs_kernel) and by bpfvet.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 4); __uint(key_size, 4); __uint(value_size, 4); } jmp SEC(".maps");

/* 2: sk_msg reading the message payload without checking data_end */
SEC("sk_msg") int msg_first_byte(struct sk_msg_md *msg)
{
	__u8 *p = msg->data;
	if ((void *)p + 1 > (void *)(long)msg->data_end)
		return SK_PASS;
	if (p[0] == 0x16) /* TLS handshake */
		return SK_DROP;
	return SK_PASS;
}

/* 3: a getsockopt hook reading the option value past optval_end */
SEC("cgroup/getsockopt") int peek_opt(struct bpf_sockopt *ctx)
{
	__u32 *v = ctx->optval;
	if ((void *)v + 4 > (void *)(long)ctx->optval_end)
		return 1;
	if (ctx->level == 1 /* SOL_SOCKET */ && *v == 1)
		ctx->retval = 0;
	return 1;
}

/* 5: a tail call into a program array from XDP, with a map of the wrong type */
SEC("xdp") int jump(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jmp, 0);
	return XDP_PASS;
}

/* 7: a 64-bit atomic add on a 32-bit field of the map value */
struct pair { __u32 a, b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct pair); } pairs SEC(".maps");
SEC("tc") int atomic_b(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct pair *p = bpf_map_lookup_elem(&pairs, &zero);
	if (!p)
		return TC_ACT_OK;
	__sync_fetch_and_add(&p->b, 1);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
