// diagnose_eighth.bpf.c with each fix bpfvet suggested applied as it says (two_counters gets its own
// map, seen2, with the two-counter value the fix asks for: the other programs keep using seen).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct counter { struct bpf_spin_lock lock; __u64 packets; __u64 bytes; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct counter); } counters SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } seen SEC(".maps");

/* 1: a map lookup made while holding the value's spin lock */
SEC("tc") int count_locked(struct __sk_buff *skb)
{
	__u32 zero = 0, ifi = skb->ifindex;
	struct counter *c = bpf_map_lookup_elem(&counters, &zero);
	if (!c)
		return TC_ACT_OK;
	void *known = bpf_map_lookup_elem(&seen, &ifi);
	bpf_spin_lock(&c->lock);
	c->packets++;
	if (!known)
		c->bytes += skb->len;
	bpf_spin_unlock(&c->lock);
	return TC_ACT_OK;
}

/* 2: an early return that forgets the unlock */
SEC("tc") int count_early(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct counter *c = bpf_map_lookup_elem(&counters, &zero);
	if (!c)
		return TC_ACT_OK;
	int verdict = TC_ACT_OK;
	bpf_spin_lock(&c->lock);
	if (skb->len > 1500)
		verdict = TC_ACT_SHOT;
	else
		c->packets++;
	bpf_spin_unlock(&c->lock);
	return verdict;
}

/* 3: the socket of an skb used without checking it is there */
SEC("cgroup_skb/egress") int sock_family(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	if (!sk)
		return 1;
	return sk->family == 2 ? 1 : 0;
}

/* 4: a 4-byte key for a map with 8-byte keys */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __uint(key_size, 8); __uint(value_size, 8); } by_cookie SEC(".maps");
SEC("socket") int cookie_seen(struct __sk_buff *skb)
{
	__u64 key = skb->hash;
	return bpf_map_lookup_elem(&by_cookie, &key) ? skb->len : 0;
}

/* 5: a ring buffer record submitted twice */
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } events SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_openat") int open_event(void *ctx)
{
	__u64 *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	*e = bpf_get_current_pid_tgid();
	if ((*e >> 32) == 1)
		bpf_ringbuf_submit(e, 0);
	else
		bpf_ringbuf_discard(e, 0);
	return 0;
}

/* 6: the inner map of a map-in-map used without checking the lookup */
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } inner0 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, __u32); __array(values, struct inner); } outer SEC(".maps") = { .values = { &inner0 } };
SEC("xdp") int per_queue(struct xdp_md *ctx)
{
	__u32 q = ctx->rx_queue_index & 1, k = 0;
	void *in = bpf_map_lookup_elem(&outer, &q);
	if (!in)
		return XDP_PASS;
	__u64 *v = bpf_map_lookup_elem(in, &k);
	if (v)
		(*v)++;
	return XDP_PASS;
}

/* 7: the second counter of a value that has only one */
struct seen2_val { __u64 pkts, bytes; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, struct seen2_val); } seen2 SEC(".maps");
SEC("xdp") int two_counters(struct xdp_md *ctx)
{
	__u32 k = 1;
	__u64 *v = bpf_map_lookup_elem(&seen2, &k);
	if (!v)
		return XDP_PASS;
	v[0]++;
	v[1] += ctx->data_end - ctx->data;
	return XDP_PASS;
}

/* 8: a socket filter that patches the packet with bpf_skb_store_bytes */
SEC("tc") int zero_ttl(struct __sk_buff *skb)
{
	__u8 ttl = 0;
	bpf_skb_store_bytes(skb, ETH_HLEN + 8, &ttl, 1, 0);
	return skb->len;
}

/* 9: a counter in a map the program may only read */
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } config SEC(".maps");
SEC("xdp") int bump_config(struct xdp_md *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&config, &zero);
	if (v)
		*v += 1;
	return XDP_PASS;
}

/* 10: the command name into a buffer of 8 */
SEC("tracepoint/syscalls/sys_enter_execve") int exec_comm(void *ctx)
{
	char comm[8];
	bpf_get_current_comm(comm, sizeof(comm));
	__u32 k = comm[0];
	__u64 one = 1;
	bpf_map_update_elem(&seen, &k, &one, BPF_ANY);
	return 0;
}

/* 11: a value copied into a map with larger values, straight from another map */
struct big { __u64 a, b; };
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, struct big); } totals SEC(".maps");
SEC("xdp") int copy_over(struct xdp_md *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&seen, &k);
	if (!v)
		return XDP_PASS;
	struct big b = {};
	b.a = *v;
	bpf_map_update_elem(&totals, &k, &b, BPF_ANY);
	return XDP_PASS;
}

/* 12: a global function given a map value that may be NULL */
__attribute__((noinline)) int add_len(__u64 *slot, __u32 len)
{
	if (!slot)
		return 0;
	*slot += len;
	return 1;
}
SEC("tc") int add_global(struct __sk_buff *skb)
{
	__u32 k = skb->ifindex;
	__u64 *v = bpf_map_lookup_elem(&seen, &k);
	add_len(v, skb->len);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
