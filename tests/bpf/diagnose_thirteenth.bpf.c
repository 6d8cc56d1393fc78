// Thirteenth held-out batch: rejections written blind, as users write them,
// before their diagnoses were looked at; causes known by construction.
// diagnose_thirteenth_fixed.bpf.c applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct event { __u32 pid; __u32 len; char comm[16]; };
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

struct hist { __u64 slots[32]; };
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct hist);
} lat SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} start SEC(".maps");

struct vlan_hdr { __be16 tci; __be16 proto; };

/* 1: the early return for kernel threads forgets the reserved record */
SEC("kprobe/do_sys_openat2")
int open_event(void *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	__u64 id = bpf_get_current_pid_tgid();

	if (!e)
		return 0;
	e->pid = id >> 32;
	if (e->pid == 0)
		return 0;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	e->len = 0;
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* 2: the VLAN tag is read before its bytes are checked */
SEC("xdp")
int vlan_id(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct vlan_hdr *vh;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	vh = (void *)(eth + 1);
	if ((bpf_ntohs(vh->tci) & 0x0fff) == 42)
		return XDP_DROP;
	return XDP_PASS;
}

/* 3: a log2 bucket up to 63 into 32 slots */
static __always_inline __u32 log2l(__u64 v)
{
	__u32 r = 0;

	while (v > 1 && r < 64) {
		v >>= 1;
		r++;
	}
	return r;
}

SEC("kprobe/vfs_read")
int read_latency(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid(), zero = 0;
	__u64 *ts = bpf_map_lookup_elem(&start, &pid), delta;
	struct hist *h;

	if (!ts)
		return 0;
	delta = bpf_ktime_get_ns() - *ts;
	h = bpf_map_lookup_elem(&lat, &zero);
	if (!h)
		return 0;
	h->slots[log2l(delta)]++;
	return 0;
}

/* 4: sum the payload bytes, as many as the IP header says */
SEC("xdp")
int payload_sum(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	__u8 *p = (void *)(ip + 1);
	__u32 sum = 0, n, i;

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	n = bpf_ntohs(ip->tot_len) - sizeof(*ip);
	for (i = 0; i < n; i++) {
		if ((void *)(p + i + 1) > data_end)
			break;
		sum += p[i];
	}
	return sum & 1 ? XDP_DROP : XDP_PASS;
}
