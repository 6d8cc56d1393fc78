// Seven more rejections written after the diagnosis, causes known by
// construction (see tests/test_cli.sh for the classes expected).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <linux/ptrace.h>
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 1 << 16); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, char[256]); } heap SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } counts SEC(".maps");
struct event { __u32 len; char payload[64]; };

/* 1: payload copied with the packet's own length */
SEC("tc") int copy_payload(struct __sk_buff *skb)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return TC_ACT_OK;
	e->len = skb->len;
	bpf_skb_load_bytes(skb, 0, e->payload, e->len); /* rejected */
	bpf_ringbuf_submit(e, 0);
	return TC_ACT_OK;
}

/* 2: UDP header read with the IP header length from the packet, no check after */
SEC("xdp") int udp_port(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp;
	if ((void *)(ip + 1) > end)
		return XDP_PASS;
	udp = (void *)ip + ip->ihl * 4;
	if (udp->dest == bpf_htons(53)) /* rejected */
		return XDP_DROP;
	return XDP_PASS;
}

/* 3: counter updated through a lookup that may fail */
SEC("tc") int count_ifindex(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	__u64 *v = bpf_map_lookup_elem(&counts, &key);
	__sync_fetch_and_add(v, 1); /* rejected */
	return TC_ACT_OK;
}

/* 4: per-cpu scratch indexed with a length that is only checked with > */
SEC("tc") int scratch_index(struct __sk_buff *skb)
{
	__u32 zero = 0, i = skb->mark;
	char *buf = bpf_map_lookup_elem(&heap, &zero);
	if (!buf)
		return TC_ACT_OK;
	if (i > 256)
		return TC_ACT_OK;
	buf[i] = 1; /* rejected */
	return TC_ACT_OK;
}

/* 5: the return value of a helper used as a length (it can be negative) */
SEC("kprobe/do_sys_openat2") int read_name(struct pt_regs *ctx)
{
	char name[64];
	__u32 zero = 0;
	char *out = bpf_map_lookup_elem(&heap, &zero);
	long n;
	if (!out)
		return 0;
	n = bpf_probe_read_user_str(name, sizeof(name), (void *)ctx->rsi);
	bpf_probe_read_kernel(out, n, name); /* rejected */
	return 0;
}
/* 6: a checksum over the whole packet, bounded by its length */
SEC("xdp") int sum_bytes(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;
	for (__u32 i = 0; i < ctx->data_end - ctx->data; i++) { /* rejected */
		if (p + i + 1 > end)
			break;
		sum += p[i];
	}
	return sum & 1 ? XDP_DROP : XDP_PASS;
}

/* 9: moving the packet start by writing the context */
SEC("xdp") int skip_eth(struct xdp_md *ctx)
{
	ctx->data += sizeof(struct ethhdr); /* rejected */
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
