// Conntrack kfuncs from tc and XDP (an entry looked up or allocated holds a
// reference; an allocated one is filled, then inserted; only its mark may
// be written) and the TCP syncookie helpers over packet memory.  Each
// program's whole level-2 log is compared with the kernel's by
// verify_vs_kernel.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct nf_conn { unsigned long status; unsigned int mark; } CORE;
struct nf_conn___init { int unused; } CORE;
struct bpf_ct_opts { __s32 netns_id; __s32 error; __u8 l4proto; __u8 dir; __u16 ct_zone_id; __u8 ct_zone_dir; __u8 reserved[3]; };

extern struct nf_conn *bpf_skb_ct_lookup(struct __sk_buff *, struct bpf_sock_tuple *, __u32, struct bpf_ct_opts *, __u32) __ksym;
extern struct nf_conn *bpf_xdp_ct_lookup(struct xdp_md *, struct bpf_sock_tuple *, __u32, struct bpf_ct_opts *, __u32) __ksym;
extern struct nf_conn___init *bpf_skb_ct_alloc(struct __sk_buff *, struct bpf_sock_tuple *, __u32, struct bpf_ct_opts *, __u32) __ksym;
extern struct nf_conn *bpf_ct_insert_entry(struct nf_conn___init *) __ksym;
extern void bpf_ct_release(struct nf_conn *) __ksym;
extern void bpf_ct_set_timeout(struct nf_conn___init *, __u32) __ksym;
extern int bpf_ct_set_status(const struct nf_conn___init *, __u32) __ksym;
extern int bpf_ct_change_timeout(struct nf_conn *, __u32) __ksym;

#define TUPLE struct bpf_sock_tuple tup = {}; struct bpf_ct_opts opts = { .netns_id = -1, .l4proto = 6 }

SEC("tc") int ct_lookup_release(struct __sk_buff *skb)
{
	TUPLE;
	struct nf_conn *ct = bpf_skb_ct_lookup(skb, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));
	int mark;

	if (!ct)
		return TC_ACT_OK;
	mark = ct->mark;
	bpf_ct_change_timeout(ct, 10000);
	bpf_ct_release(ct);
	return mark ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("xdp") int ct_lookup_leak(struct xdp_md *ctx)
{
	TUPLE;
	struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (ct && ct->mark == 1)
		return XDP_DROP;
	if (ct)
		bpf_ct_release(ct);
	return XDP_PASS;
}

SEC("tc") int ct_alloc_insert(struct __sk_buff *skb)
{
	TUPLE;
	struct nf_conn___init *ct = bpf_skb_ct_alloc(skb, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));
	struct nf_conn *ins;

	if (!ct)
		return TC_ACT_OK;
	bpf_ct_set_timeout(ct, 10000);
	bpf_ct_set_status(ct, 8);
	((struct nf_conn *)ct)->mark = 42;
	ins = bpf_ct_insert_entry(ct);
	if (ins)
		bpf_ct_release(ins);
	return TC_ACT_OK;
}

SEC("tc") int ct_release_unsinserted(struct __sk_buff *skb)
{
	TUPLE;
	struct nf_conn___init *ct = bpf_skb_ct_alloc(skb, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (ct)
		bpf_ct_release((struct nf_conn *)ct);
	return TC_ACT_OK;
}

SEC("xdp") int ct_write_status(struct xdp_md *ctx)
{
	TUPLE;
	struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (!ct)
		return XDP_PASS;
	ct->status = 0;
	bpf_ct_release(ct);
	return XDP_PASS;
}

SEC("xdp") int ct_mark_wide(struct xdp_md *ctx)
{
	TUPLE;
	struct nf_conn *ct = bpf_xdp_ct_lookup(ctx, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (!ct)
		return XDP_PASS;
	*(volatile __u64 *)&ct->mark = 0;
	bpf_ct_release(ct);
	return XDP_PASS;
}

SEC("tc") int ct_tuple_too_long(struct __sk_buff *skb)
{
	TUPLE;
	struct nf_conn *ct = bpf_skb_ct_lookup(skb, &tup, sizeof(tup) + 8, &opts, sizeof(opts));

	if (ct)
		bpf_ct_release(ct);
	return TC_ACT_OK;
}

SEC("xdp") int ct_not_ctx(struct xdp_md *ctx)
{
	TUPLE;
	struct nf_conn *ct = bpf_xdp_ct_lookup((void *)&opts, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (ct)
		bpf_ct_release(ct);
	return XDP_PASS;
}

SEC("socket") int ct_in_socket_filter(struct __sk_buff *skb)
{
	TUPLE;
	struct nf_conn *ct = bpf_skb_ct_lookup(skb, &tup, sizeof(tup.ipv4), &opts, sizeof(opts));

	if (ct)
		bpf_ct_release(ct);
	return 0;
}

#define PKT(ctx) void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end

SEC("xdp") int cookie_gen4(struct xdp_md *ctx)
{
	PKT(ctx);
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *th = (void *)(ip + 1);

	if ((void *)(th + 1) > end)
		return XDP_PASS;
	return bpf_tcp_raw_gen_syncookie_ipv4(ip, th, sizeof(*th)) < 0 ? XDP_DROP : XDP_PASS;
}

SEC("xdp") int cookie_gen4_long(struct xdp_md *ctx)
{
	PKT(ctx);
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *th = (void *)(ip + 1);

	if ((void *)(th + 1) > end)
		return XDP_PASS;
	return bpf_tcp_raw_gen_syncookie_ipv4(ip, th, sizeof(*th) + 4) < 0;
}

SEC("xdp") int cookie_check6_short(struct xdp_md *ctx)
{
	PKT(ctx);
	struct ipv6hdr *ip = data + sizeof(struct ethhdr);

	if ((void *)ip + 39 > end)
		return XDP_PASS;
	return bpf_tcp_raw_check_syncookie_ipv6(ip, (void *)ip) < 0;
}

SEC("tc") int cookie_check6(struct __sk_buff *skb)
{
	PKT(skb);
	struct ipv6hdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *th = (void *)(ip + 1);

	if ((void *)(th + 1) > end)
		return TC_ACT_OK;
	return bpf_tcp_raw_check_syncookie_ipv6(ip, th) < 0 ? TC_ACT_SHOT : TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
