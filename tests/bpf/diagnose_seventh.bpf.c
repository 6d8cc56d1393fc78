// Four more rejections written before looking at what bpfvet says (seventh batch), causes known
// by construction (four more of the batch the kernel accepts were left out).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } stats SEC(".maps");

/* 2: sk_msg reading the message payload without checking data_end */
SEC("sk_msg") int msg_first_byte(struct sk_msg_md *msg)
{
	__u8 *p = msg->data;
	if (p[0] == 0x16) /* TLS handshake */
		return SK_DROP;
	return SK_PASS;
}

/* 3: a getsockopt hook reading the option value past optval_end */
SEC("cgroup/getsockopt") int peek_opt(struct bpf_sockopt *ctx)
{
	__u32 *v = ctx->optval;
	if (ctx->level == 1 /* SOL_SOCKET */ && *v == 1)
		ctx->retval = 0;
	return 1;
}

/* 5: a tail call into a program array from XDP, with a map of the wrong type */
SEC("xdp") int jump(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &stats, 0);
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
	__sync_fetch_and_add((__u64 *)&p->b, 1); /* 8 bytes at offset 4 of an 8-byte value */
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
