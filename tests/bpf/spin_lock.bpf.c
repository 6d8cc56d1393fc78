// bpf_spin_lock in map values: what the kernel allows while a lock is held,
// and which program types may use one.  Verdicts and level-2 logs are
// compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counter {
	__u64 packets;
	struct bpf_spin_lock lock;
	__u32 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct counter);
} counters SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct counter);
} totals SEC(".maps");

static __attribute__((noinline)) void add(struct counter *c, __u32 len)
{
	c->packets++;
	c->bytes += len;
}

__attribute__((noinline)) int add_global(struct counter *c)
{
	if (c)
		c->packets++;
	return 0;
}

SEC("tc")
int count_locked(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	struct counter *c = bpf_map_lookup_elem(&counters, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	if (skb->len > 1000)
		c->packets += 2;
	else
		c->packets++;
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("tc")
int static_call_under_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	add(c, skb->len);
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("tc")
int return_while_locked(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	if (c->packets > 100)
		return 1; /* rejected: the lock is still held */
	c->packets++;
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("tc")
int helper_under_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	c->bytes = bpf_get_prandom_u32(); /* rejected: no calls under a lock */
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("tc")
int global_call_under_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	add_global(c); /* rejected: only static functions */
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("tc")
int unlock_other_value(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *a = bpf_map_lookup_elem(&totals, &key);
	struct counter *b = bpf_map_lookup_elem(&counters, &key);

	if (!a || !b)
		return 0;
	bpf_spin_lock(&a->lock);
	a->packets++;
	bpf_spin_unlock(&b->lock); /* rejected: a different lock */
	return 0;
}

SEC("tc")
int read_lock_word(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	return c ? *(__u32 *)&c->lock : 0; /* rejected: the lock is the kernel's */
}

SEC("tc")
int helper_writes_over_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	return bpf_skb_load_bytes(skb, 0, c, sizeof(*c)); /* rejected, as above */
}

SEC("socket")
int socket_filter_lock(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock); /* the program type is refused first */
	c->packets++;
	bpf_spin_unlock(&c->lock);
	return 0;
}

SEC("kprobe/do_nanosleep")
int kprobe_lock(void *ctx)
{
	__u32 key = 0;
	struct counter *c = bpf_map_lookup_elem(&totals, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	c->packets++;
	bpf_spin_unlock(&c->lock);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
