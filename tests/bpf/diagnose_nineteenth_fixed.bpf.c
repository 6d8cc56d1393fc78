// The nineteenth held-out batch (diagnose_nineteenth.bpf.c) with each fix
// bpfvet suggests applied as written: the kernel and bpfvet accept them all.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; char comm[16]; } CORE;

extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags, struct bpf_dynptr *ptr) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset, void *buffer, __u32 buffer__szk) __ksym;
struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

struct stats {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct stats);
} per_ifindex SEC(".maps");

struct slots {
	__u64 v[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slots);
} slot_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} picks SEC(".maps");

/* A: mark tunnelled packets as IPv6 after the encapsulation changed them */
SEC("tc")
int set_proto(struct __sk_buff *skb)
{
	if (skb->mark != 0x6)
		return TC_ACT_OK;
	if (bpf_skb_change_proto(skb, bpf_htons(ETH_P_IPV6), 0))
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

/* B: a shared accounting function; the caller checks the lookup */
__attribute__((noinline)) int account(struct stats *s, __u32 len)
{
	if (!s)
		return 0;
	s->packets++;
	s->bytes += len;
	return 1;
}

SEC("tc")
int count_if(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	struct stats *s = bpf_map_lookup_elem(&per_ifindex, &key);

	if (s)
		account(s, skb->len);
	return TC_ACT_OK;
}

/* C: sample one character of the next task's name, at a position user space picks */
SEC("tp_btf/sched_switch")
int comm_char(__u64 *ctx)
{
	struct task_struct *next = (struct task_struct *)ctx[2];
	__u32 zero = 0, *pos = bpf_map_lookup_elem(&picks, &zero);

	if (!pos || *pos >= 16)
		return 0;
	__typeof__(next->comm[0]) comm_c;
	bpf_probe_read_kernel(&comm_c, sizeof(comm_c), &next->comm[*pos]);
	bpf_printk("comm[%u] = %c", *pos, comm_c);
	return 0;
}

/* D: variable-size events through a dynptr */
SEC("tp/syscalls/sys_enter_write")
int rb_event(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 id = bpf_get_current_pid_tgid();
	__u32 size = 8 + (id & 0xff);

	if (bpf_ringbuf_reserve_dynptr(&events, size, 0, &ptr)) {
		bpf_ringbuf_discard_dynptr(&ptr, 0);
		return 0;
	}
	bpf_dynptr_write(&ptr, 0, &id, sizeof(id), 0);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* E: sum the slots a user-space pick says, through an open-coded iterator */
SEC("tc")
int slot_sum(struct __sk_buff *skb)
{
	struct bpf_iter_num it;
	__u32 zero = 0, *pick;
	struct slots *s;
	__u64 sum = 0;
	int *i;

	s = bpf_map_lookup_elem(&slot_map, &zero);
	pick = bpf_map_lookup_elem(&picks, &zero);
	if (!s || !pick)
		return TC_ACT_OK;
	bpf_iter_num_new(&it, 0, *pick);
	while ((i = bpf_iter_num_next(&it))) {
		__u32 idx = *i;
		if (idx >= 16)
			continue;
		sum += s->v[idx];
	}
	bpf_iter_num_destroy(&it);
	skb->mark = sum;
	return TC_ACT_OK;
}

/* F: read the IP header through a dynptr slice */
SEC("xdp")
int ip_slice(struct xdp_md *ctx)
{
	struct bpf_dynptr ptr;
	struct ethhdr ebuf;
	struct iphdr *iph;

	if (bpf_dynptr_from_xdp(ctx, 0, &ptr))
		return XDP_PASS;
	struct iphdr buf;
	iph = bpf_dynptr_slice(&ptr, sizeof(struct ethhdr), &buf, sizeof(buf));
	if (!iph)
		return XDP_PASS;
	return iph->protocol == IPPROTO_ICMP ? XDP_DROP : XDP_PASS;
}

/* G: the UDP port filter, moved from tc to XDP */
SEC("xdp")
int xdp_port(struct xdp_md *ctx)
{
	__be16 dport;

	if (bpf_xdp_load_bytes(ctx, ETH_HLEN + sizeof(struct iphdr) + 2, &dport, sizeof(dport)))
		return XDP_PASS;
	return dport == bpf_htons(53) ? XDP_DROP : XDP_PASS;
}

/* H: a parser shared by programs, returning the IP header */
static __always_inline struct iphdr *parse_ip(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = data + sizeof(*eth);

	if ((void *)(iph + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return 0;
	return iph;
}

SEC("xdp")
int xdp_ttl(struct xdp_md *ctx)
{
	struct iphdr *iph = parse_ip(ctx);

	if (iph && iph->ttl <= 1)
		return XDP_DROP;
	return XDP_PASS;
}
