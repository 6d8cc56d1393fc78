// Map semantics, callbacks and tail calls, compared between the kernel and
// the VM by test_vm_kernel (socket filters run with BPF_PROG_TEST_RUN).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} lru SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} pcpu SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, 4);
	__uint(value_size, sizeof(__u32));
} fifo SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__uint(max_entries, 4);
	__uint(value_size, sizeof(__u32));
} lifo SEC(".maps");

struct lpm_key {
	__u32 prefixlen;
	__u8 addr[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__uint(max_entries, 8);
	__type(key, struct lpm_key);
	__type(value, __u32);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} routes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} out SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt SEC(".maps");

static void put(__u32 k, __u64 v)
{
	bpf_map_update_elem(&out, &k, &v, BPF_ANY);
}

SEC("socket")
int maps_lru(struct __sk_buff *skb)
{
	/* 12 keys into an 8-entry LRU: the oldest are evicted */
	for (__u32 i = 0; i < 12; i++) {
		__u32 v = i * 3;
		bpf_map_update_elem(&lru, &i, &v, BPF_ANY);
	}
	__u32 k = 11, *v = bpf_map_lookup_elem(&lru, &k);
	put(0, v ? *v : 999);
	return 0;
}

SEC("socket")
int maps_queue(struct __sk_buff *skb)
{
	__u32 v, r = 0;

	for (__u32 i = 1; i <= 5; i++) {
		v = i * 10;
		put(i, bpf_map_push_elem(&fifo, &v, 0));
		bpf_map_push_elem(&lifo, &v, 0);
	}
	if (!bpf_map_pop_elem(&fifo, &v))
		r += v;
	if (!bpf_map_peek_elem(&fifo, &v))
		r += v * 100;
	if (!bpf_map_pop_elem(&lifo, &v))
		r += v * 10000;
	put(0, r);
	return r & 0xffff;
}

SEC("socket")
int maps_lpm(struct __sk_buff *skb)
{
	struct lpm_key k8 = { 8, { 10, 0, 0, 0 } }, k24 = { 24, { 10, 1, 2, 0 } };
	struct lpm_key q = { 32, { 10, 1, 2, 3 } }, q2 = { 32, { 10, 9, 9, 9 } }, q3 = { 32, { 11, 0, 0, 1 } };
	__u32 a = 8, b = 24, *v;

	bpf_map_update_elem(&routes, &k8, &a, BPF_ANY);
	bpf_map_update_elem(&routes, &k24, &b, BPF_ANY);
	v = bpf_map_lookup_elem(&routes, &q);
	put(0, v ? *v : 0);
	v = bpf_map_lookup_elem(&routes, &q2);
	put(1, v ? *v : 0);
	v = bpf_map_lookup_elem(&routes, &q3);
	put(2, v ? *v : 0);
	return 0;
}

static int add_cb(__u32 i, void *ctx)
{
	__u64 *sum = ctx;

	*sum += i * i;
	return i == 20; /* stop after 21 iterations */
}

SEC("socket")
int maps_loop(struct __sk_buff *skb)
{
	__u64 sum = 0;
	long n = bpf_loop(100, add_cb, &sum, 0);
	__u32 k = 0;
	__u64 *c = bpf_map_lookup_elem(&pcpu, &k);

	if (c)
		*c += sum;
	put(0, sum);
	put(1, n);
	return 0;
}

SEC("socket")
int tail_target(struct __sk_buff *skb)
{
	put(7, 77);
	return 7;
}

SEC("socket")
int maps_tail(struct __sk_buff *skb)
{
	put(6, 66);
	bpf_tail_call(skb, &jt, 1);
	put(5, 55); /* slot 1 is filled: never reached */
	return 5;
}

char LICENSE[] SEC("license") = "GPL";
