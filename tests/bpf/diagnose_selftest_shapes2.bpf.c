// Shapes of batch 46, measured out of tree like batches 43-45: seven
// programs of the kernel's own selftests (linux-source-6.12) with one fault
// put in each.  Their source is not ours to copy, so these are our own
// programs with the same shapes, written after the diagnoses were seen
// (tests/explain/README.md, batch 46).  diagnose_selftest_shapes2_fixed.bpf.c
// applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

__u32 seen_id;

/* A: a TCP option of 6 bytes whose 4-byte value is checked as if it
 * started where the option does (test_parse_tcp_hdr_opt's shape) */
SEC("xdp")
int option_id(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *opt = data + sizeof(struct ethhdr) + sizeof(struct iphdr) + 20;

	if ((void *)(opt + 2) > data_end)
		return XDP_PASS;
	if (opt[0] != 0xfd || opt[1] != 6)
		return XDP_PASS;
	if ((void *)(opt + sizeof(__u32)) > data_end)
		return XDP_PASS;
	seen_id = *(__u32 *)&opt[2];
	return XDP_PASS;
}

/* B: a header handed out by a cursor, whose hop count is bumped after the
 * checksum helper (test_cls_redirect's shape) */
struct cursor {
	void *pos;
	void *end;
};

static __always_inline void *take(struct cursor *c, __u32 len)
{
	void *p = c->pos;

	if (c->pos + len > c->end)
		return 0;
	c->pos += len;
	return p;
}

struct fwd_hdr {
	struct ethhdr eth;
	struct iphdr ip;
	__u8 hop;
	__u8 hops;
};

static __attribute__((noinline)) int forward(struct __sk_buff *skb, struct fwd_hdr *h, __u32 next)
{
	__u32 old = h->ip.daddr;

	h->ip.daddr = next;
	if (bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check), old, next, 4) < 0)
		return TC_ACT_SHOT;
	if (h->hop < h->hops)
		h->hop++;
	return bpf_redirect(skb->ifindex, 0);
}

SEC("tc")
int bump_hop(struct __sk_buff *skb)
{
	struct cursor c = { .pos = (void *)(long)skb->data, .end = (void *)(long)skb->data_end };
	struct fwd_hdr *h = take(&c, sizeof(*h));

	if (!h)
		return TC_ACT_OK;
	return forward(skb, h, 0x0a000001);
}

/* C: an outer header built on the stack without room for the L2 header
 * that is read in after it (test_tc_tunnel's shape) */
struct outer {
	struct iphdr ip;
	struct udphdr udp;
};

SEC("tc")
int push_outer(struct __sk_buff *skb)
{
	struct outer o = {};
	__u8 *l2;

	o.ip.version = 4;
	o.ip.ihl = 5;
	o.udp.dest = bpf_htons(4789);
	l2 = (__u8 *)&o.udp;
	l2 += sizeof(o.udp);
	if (bpf_skb_load_bytes(skb, 0, l2, ETH_HLEN))
		return TC_ACT_SHOT;
	return bpf_skb_store_bytes(skb, ETH_HLEN, &o, sizeof(o.ip) + sizeof(o.udp) + ETH_HLEN, 0) ? TC_ACT_SHOT
												      : TC_ACT_OK;
}

/* D: the protocol of skb->sk read before asking for the full socket
 * (test_sock_fields' shape) */
__u32 tcp_marks;

SEC("cgroup_skb/egress")
int count_tcp(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;

	if (!sk)
		return 1;
	if (sk->family != 10)
		return 1;
	if (sk->protocol != IPPROTO_TCP)
		return 1;
	tcp_marks += sk->mark;
	return 1;
}

/* E: a function kept as a function moves the packet; its caller writes
 * through the pointers it had (test_xdp_noinline's shape) */
static __attribute__((noinline)) int push_tag(struct xdp_md *xdp)
{
	if (bpf_xdp_adjust_head(xdp, -4))
		return -1;
	return 0;
}

static __attribute__((noinline)) int tag_packet(void *data, void *data_end, struct xdp_md *xdp, __u32 tag)
{
	if (data + ETH_HLEN > data_end)
		return XDP_DROP;
	if (push_tag(xdp))
		return XDP_DROP;
	if (data + 4 > data_end)
		return XDP_DROP;
	*(__u32 *)data = tag;
	return XDP_TX;
}

SEC("xdp")
int tag_tx(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	return tag_packet(data, data_end, ctx, 0x5a5a5a5a);
}

/* F: a socket tuple in the packet handed to the lookup with a length that
 * depends on the family, never checked (test_sk_assign's shape) */
SEC("tc")
int find_udp(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct bpf_sock_tuple *t;
	struct bpf_sock *sk;
	__u32 len;

	if ((void *)(eth + 1) > data_end)
		return TC_ACT_OK;
	t = (void *)(eth + 1) + offsetof(struct iphdr, saddr);
	len = eth->h_proto == bpf_htons(ETH_P_IP) ? sizeof(t->ipv4) : sizeof(t->ipv6);
	sk = bpf_sk_lookup_udp(skb, t, len, BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	bpf_sk_release(sk);
	return TC_ACT_SHOT;
}

/* G: a ring buffer record taken as a dynptr, left on the return after a
 * failed write (dynptr_success's shape) */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

long write_err;

SEC("tp/syscalls/sys_enter_getpid")
int log_getpid(void *ctx)
{
	char msg[16] = "getpid";
	struct bpf_dynptr rec;

	bpf_ringbuf_reserve_dynptr(&events, sizeof(msg), 0, &rec);
	write_err = bpf_dynptr_write(&rec, 0, msg, sizeof(msg), 0);
	if (write_err)
		return 0;
	bpf_ringbuf_submit_dynptr(&rec, 0);
	return 0;
}
