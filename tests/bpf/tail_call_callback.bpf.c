// Tail calls and callbacks.  A tail call made by a bpf_loop callback
// itself is refused by 6.18 with "verifier bug: callback unexpected regs 1"
// (r0 of the tail call is tracked back into the helper that ran the
// callback); one made by a function the callback calls is accepted.  The
// verdicts and logs are compared with the kernel's.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} stages SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} vals SEC(".maps");

struct bpf_map;

struct walk {
	struct __sk_buff *skb;
};

/* refused: the callback itself tail-calls */
static long try_stage(__u32 i, struct walk *w)
{
	bpf_tail_call(w->skb, &stages, i);
	return 0;
}

SEC("tc")
int direct(struct __sk_buff *skb)
{
	struct walk w = { .skb = skb };

	bpf_loop(8, try_stage, &w, 0);
	return TC_ACT_OK;
}

static __attribute__((noinline)) int jump(struct __sk_buff *skb, __u32 i)
{
	bpf_tail_call(skb, &stages, i);
	return skb->len & 1;
}

static __attribute__((noinline)) int jump2(struct __sk_buff *skb, __u32 i)
{
	return jump(skb, i) + 1;
}

/* accepted on 6.18: the tail call is in a function the callback calls */
static long sub_cb(__u32 i, struct walk *w)
{
	return jump(w->skb, i) ? 1 : 0;
}

SEC("tc")
int through_function(struct __sk_buff *skb)
{
	struct walk w = { .skb = skb };

	bpf_loop(4, sub_cb, &w, 0);
	return TC_ACT_OK;
}

/* accepted on 6.18: two functions down, from bpf_for_each_map_elem */
static long each_cb(struct bpf_map *map, __u32 *key, __u64 *v, struct walk *w)
{
	return jump2(w->skb, *key) ? 1 : 0;
}

SEC("tc")
int through_two(struct __sk_buff *skb)
{
	struct walk w = { .skb = skb };

	bpf_for_each_map_elem(&vals, each_cb, &w, 0);
	return TC_ACT_OK;
}

/* accepted: the tail calls made by the program, in a plain loop */
SEC("tc")
int plain_loop(struct __sk_buff *skb)
{
	for (__u32 i = 0; i < 8; i++)
		bpf_tail_call(skb, &stages, i);
	return TC_ACT_OK;
}
