// diagnose_ninth.bpf.c with each fix bpfvet suggested applied as it says.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#define CLOCK_MONOTONIC 1
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* 2: a global histogram indexed by a bucket read from a map */
__u64 hist[32];
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } bucket_of SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_read") int count_bucket(void *ctx)
{
	__u32 zero = 0, *b = bpf_map_lookup_elem(&bucket_of, &zero);
	if (!b)
		return 0;
	__u32 i = *b;
	if (i >= 32)
		return 0;
	hist[i]++;
	return 0;
}

/* 3: the source address in the packet used directly as the map key */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } by_src SEC(".maps");
SEC("xdp") int src_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	__u64 *n = bpf_map_lookup_elem(&by_src, &ip->saddr);
	if (n)
		(*n)++;
	return XDP_PASS;
}

/* 4: summing the samples of a value, bounded by its count and 16, with room for 8 */
struct samples { __u32 n; __u32 v[8]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct samples); } samples SEC(".maps");
SEC("tc") int sum_samples(struct __sk_buff *skb)
{
	__u32 zero = 0, sum = 0;
	struct samples *s = bpf_map_lookup_elem(&samples, &zero);
	if (!s)
		return TC_ACT_OK;
	for (__u32 i = 0; i < s->n && i < 16 && i < 8; i++)
		sum += s->v[i];
	skb->mark = sum;
	return TC_ACT_OK;
}

/* 5: a ring buffer record's byte set at an index the user chose */
struct rec { __u32 len; char data[32]; };
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u32); } cut SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_write") int terminate(void *ctx)
{
	__u32 zero = 0, *at = bpf_map_lookup_elem(&cut, &zero);
	if (!at)
		return 0;
	struct rec *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r)
		return 0;
	__u32 i = *at;
	if (i >= 32) { bpf_ringbuf_discard(r, 0); return 0; }
	r->len = i;
	r->data[i] = 0;
	bpf_ringbuf_submit(r, 0);
	return 0;
}

/* 6: socket storage for the packet's socket, which may not be there */
struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, __u64); } sk_bytes SEC(".maps");
SEC("cgroup_skb/egress") int sock_bytes(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk; if (!sk) return 1;
	__u64 *b = bpf_sk_storage_get(&sk_bytes, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
	if (b)
		*b += skb->len;
	return 1;
}

/* 8: a timer initialised with another map than the one it lives in */
struct tval { struct bpf_timer t; __u64 fired; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct tval); } timers SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct tval); } timers2 SEC(".maps");
SEC("tc") int arm_timer(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct tval *v = bpf_map_lookup_elem(&timers, &zero);
	if (!v)
		return TC_ACT_OK;
	bpf_timer_init(&v->t, &timers, CLOCK_MONOTONIC);
	return TC_ACT_OK;
}

/* 9: perf output of a length the program got from a map */
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } perf SEC(".maps");
SEC("kprobe/do_sys_openat2") int out_len(struct pt_regs *ctx)
{
	char buf[64] = {};
	__u32 zero = 0, *len = bpf_map_lookup_elem(&cut, &zero);
	if (!len)
		return 0;
	__u32 n = *len;
	if (n > 64) return 0;
	bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, buf, n);
	return 0;
}

/* 10: one of the skb's cb[] words chosen by a variable */
SEC("tc") int cb_slot(struct __sk_buff *skb)
{
	__u32 i = skb->hash & 3;
	__u32 v = skb->len;
	switch (i) { case 0: skb->cb[0] = v; break; case 1: skb->cb[1] = v; break; case 2: skb->cb[2] = v; break; case 3: skb->cb[3] = v; break; }
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
