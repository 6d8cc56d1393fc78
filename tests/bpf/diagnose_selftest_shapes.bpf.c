// Shapes of batch 43, which was measured out of tree: ten programs of the
// kernel's own selftests (linux-source-6.12, tools/testing/selftests/bpf/
// progs), written by people who were not thinking of bpfvet, each with one
// fault put in.  Their source is not ours to copy, so these are our own
// programs with the same shapes, written after the diagnoses were seen:
// they pin what the batch taught (tests/explain/README.md, batch 43).
// diagnose_selftest_shapes_fixed.bpf.c applies each suggested fix as
// written.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

#define NSLOTS 8

struct slots {
	__u64 seq;
	__u64 start;
	__u64 rtt[NSLOTS];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, struct slots);
} rtts SEC(".maps");

/* A: the first empty slot, searched by a loop clang unrolls; when every
 * slot is full the loop leaves with i == NSLOTS (xdping's shape) */
SEC("xdp")
int record_rtt(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *iph = data + ETH_HLEN;
	struct slots *s;
	__u32 saddr;
	__u8 i;

	if ((void *)(iph + 1) > data_end)
		return XDP_PASS;
	saddr = iph->saddr;
	s = bpf_map_lookup_elem(&rtts, &saddr);
	if (!s || !s->start)
		return XDP_PASS;
#pragma clang loop unroll(full)
	for (i = 0; i < NSLOTS; i++) {
		if (s->rtt[i] == 0)
			break;
	}
	s->rtt[i] = bpf_ktime_get_ns() - s->start;
	s->start = 0;
	return XDP_PASS;
}

struct conn_info {
	__u64 cookie;
	__u32 seen;
};

struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct conn_info);
} conn_store SEC(".maps");

/* C: the context's socket in a variable of its own, passed unchecked; the
 * context is called `ops` */
SEC("sockops")
int tag_connect(struct bpf_sock_ops *ops)
{
	struct bpf_sock *sk = ops->sk;
	struct conn_info *ci;

	if (ops->op != BPF_SOCK_OPS_TCP_CONNECT_CB)
		return 1;
	ci = bpf_sk_storage_get(&conn_store, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
	if (!ci)
		return 1;
	ci->seen++;
	return 1;
}

/* D: headroom made for an outer IPv6 header in an inlined function whose
 * context is called `xdp`; the old `data` used after it */
static __always_inline int push_outer(struct xdp_md *xdp)
{
	void *data = (void *)(long)xdp->data;
	void *data_end = (void *)(long)xdp->data_end;
	struct ethhdr *eth = data;
	struct ipv6hdr *outer;

	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	if (bpf_xdp_adjust_head(xdp, 0 - (int)sizeof(struct ipv6hdr)))
		return XDP_DROP;
	eth = data;
	outer = data + sizeof(*eth);
	if ((void *)(outer + 1) > data_end)
		return XDP_DROP;
	outer->version = 6;
	outer->nexthdr = IPPROTO_IPV6;
	outer->hop_limit = 64;
	eth->h_proto = bpf_htons(ETH_P_IPV6);
	return XDP_TX;
}

SEC("xdp")
int encap_v6(struct xdp_md *ctx)
{
	return push_outer(ctx);
}

struct opt_hdr {
	__u8 kind;
	__u8 len;
	__u16 flags;
};

/* F: an inlined function grows the packet and writes an option; the
 * caller reads its header pointer after the call */
static __always_inline int append_opt(struct __sk_buff *skb, struct opt_hdr *h)
{
	__u32 off = skb->len;
	struct opt_hdr o = { .kind = 7, .len = 4, .flags = h->flags };

	if (bpf_skb_change_tail(skb, off + sizeof(o), 0))
		return -1;
	return bpf_skb_store_bytes(skb, off, &o, sizeof(o), 0);
}

SEC("tc")
int tag_opts(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct opt_hdr *h = data + ETH_HLEN;
	__u16 flags;

	if ((void *)(h + 1) > data_end)
		return TC_ACT_OK;
	if (h->kind != 7)
		return TC_ACT_OK;
	if (append_opt(skb, h))
		return TC_ACT_SHOT;
	flags = h->flags;
	skb->mark = flags;
	return TC_ACT_OK;
}

struct tlv {
	__u8 type;
	__u8 len;
};

/* G: a TLV walk left only by its breaks */
SEC("tc")
int find_pad(struct __sk_buff *skb)
{
	__u32 off = ETH_HLEN + sizeof(struct ipv6hdr);
	__u32 end = skb->len;
	struct tlv t;

	while (1) {
		if (off >= end)
			break;
		if (bpf_skb_load_bytes(skb, off, &t, sizeof(t)))
			return TC_ACT_OK;
		if (t.type == 4)
			break;
		off += sizeof(t) + t.len;
	}
	skb->mark = off;
	return TC_ACT_OK;
}

/* I: the transport header taken at the offset the dissector keeps, from a
 * function that returns the header or NULL (bpf_flow's shape); the
 * offset is a __u16, and the comparison is of the pointer plus the size,
 * which differs between the calls */
static __always_inline void *header_at(struct __sk_buff *skb, __u16 size, void *buf)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u16 thoff = skb->flow_keys->thoff;
	__u8 *hdr = data + thoff;

	if ((void *)(hdr + size) <= data_end)
		return hdr;
	if (bpf_skb_load_bytes(skb, thoff, buf, size))
		return NULL;
	return buf;
}

SEC("flow_dissector")
int dissect_v4(struct __sk_buff *skb)
{
	struct ipv6hdr *ip6, buf6;
	struct iphdr *iph, buf;

	iph = header_at(skb, sizeof(*iph), &buf);
	if (iph && iph->ihl == 5)
		return BPF_OK;
	ip6 = header_at(skb, sizeof(*ip6), &buf6);
	if (ip6 && ip6->version == 6)
		return BPF_OK;
	return BPF_DROP;
}

#define NAMESZ 128

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[64]);
} names SEC(".maps");

/* J: the same size, a macro too large for the value, in two calls */
SEC("kprobe/do_sys_openat2")
int open_names(struct pt_regs *ctx)
{
	__u32 zero = 0;
	char *buf = bpf_map_lookup_elem(&names, &zero);
	const char *path = (const char *)PT_REGS_PARM2(ctx);

	if (!buf)
		return 0;
	if (bpf_probe_read_user_str(buf, NAMESZ, path) < 0)
		return 0;
	bpf_printk("open %s", buf);
	if (bpf_probe_read_kernel_str(buf, NAMESZ, (const void *)PT_REGS_PARM3(ctx)) < 0)
		return 0;
	bpf_printk("how %s", buf);
	return 0;
}

/* Batch 44's shapes (kernel selftests again). */

/* M: the packet taken into `c` before bpf_skb_pull_data (sockmap's
 * bpf_write_pass) */
static __always_inline void mark_pass(struct __sk_buff *skb, int off)
{
	char *c = (char *)(long)skb->data;
	void *end = (void *)(long)skb->data_end;
	int err = bpf_skb_pull_data(skb, off + 4);

	if (err)
		return;
	if ((void *)(c + off + 4) <= end)
		__builtin_memcpy(c + off, "PASS", 4);
}

SEC("sk_skb/stream_verdict")
int verdict_mark(struct __sk_buff *skb)
{
	mark_pass(skb, 8);
	return SK_PASS;
}

/* O: a cursor whose offset comes from user space (synproxy's next()):
 * the comparison adds the size, a parameter, to an offset that may pass
 * 64 KiB */
struct cursor {
	void *data;
	void *end;
	__u32 off;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} opt_start SEC(".maps");

static __always_inline __u8 *take(struct cursor *cur, __u32 sz)
{
	__u64 off = cur->off;
	__u8 *p = cur->data + off;

	if ((void *)(p + sz) > cur->end)
		return NULL;
	cur->off += sz;
	return p;
}

SEC("xdp")
int first_opt(struct xdp_md *ctx)
{
	struct cursor cur = { (void *)(long)ctx->data, (void *)(long)ctx->data_end, 0 };
	__u32 zero = 0, *start = bpf_map_lookup_elem(&opt_start, &zero);
	__u8 *kind, *len;

	if (!start)
		return XDP_PASS;
	cur.off = *start;
	kind = take(&cur, 1);
	if (!kind)
		return XDP_PASS;
	if (*kind != 2)
		return XDP_PASS;
	len = take(&cur, 2);
	if (!len)
		return XDP_PASS;
	return len[1] == 4 ? XDP_DROP : XDP_PASS;
}

/* R: a signed check against the length the caller passes, after a cast
 * that quiets -Wsign-compare (iters.c's sum()) */
static __noinline int pick(const int *arr, __u32 n, int i)
{
	if (i >= (int)n)
		return 0;
	return arr[i];
}

SEC("tc")
int pick_slot(struct __sk_buff *skb)
{
	int arr[16] = {};

	arr[3] = 7;
	return pick(arr, 16, (int)skb->mark) ? TC_ACT_SHOT : TC_ACT_OK;
}

/* Batch 45's shapes. */

/* X1: a 4-byte check copied from the option above, then a 6-byte copy
 * (sockopt_sk's TCP_CONGESTION) */
SEC("cgroup/setsockopt")
int force_cc(struct bpf_sockopt *ctx)
{
	__u8 *optval_end = ctx->optval_end;
	__u8 *optval = ctx->optval;

	if (ctx->level != 6 /* SOL_TCP */ || ctx->optname != 13 /* TCP_CONGESTION */)
		return 1;
	if (optval + sizeof(__u32) > optval_end)
		return 0;
	__builtin_memcpy(optval, "reno\0\0", 6);
	ctx->optlen = 6;
	return 1;
}

/* X3: the socket released before both of its fields are compared
 * (connect4_prog) */
SEC("cgroup/connect4")
int check_listener(struct bpf_sock_addr *ctx)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	tuple.ipv4.daddr = ctx->user_ip4;
	tuple.ipv4.dport = (__u16)ctx->user_port;
	sk = bpf_sk_lookup_tcp(ctx, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return 1;
	bpf_sk_release(sk);
	if (sk->src_ip4 != ctx->user_ip4 ||
	    sk->src_port != 8080)
		return 0;
	return 1;
}

/* X6: a `volatile` length, checked on one read and added on another
 * (test_sysctl_prog's tcp_mem parser) */
SEC("cgroup/sysctl")
int parse_triplet(struct bpf_sysctl *ctx)
{
	unsigned long v[3] = {};
	char buf[64];
	unsigned char off = 0, i;
	volatile int ret;

	ret = bpf_sysctl_get_current_value(ctx, buf, sizeof(buf));
	if (ret < 0 || ret >= (int)sizeof(buf))
		return 1;
#pragma clang loop unroll(full)
	for (i = 0; i < 3; i++) {
		ret = bpf_strtoul(buf + off, 15, 0, v + i);
		if (ret <= 0 || ret > 15)
			return 1;
		off += ret;
	}
	return v[0] < v[1] && v[1] < v[2];
}
