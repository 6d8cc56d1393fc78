/* Callbacks: bpf_loop and bpf_for_each_map_elem, verified as the kernel
 * does it (the callback walked again from the call until the states there
 * converge).  verify_vs_kernel holds verdicts and level-2 logs to the
 * kernel's. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } arr SEC(".maps");

static int add_index(__u32 i, void *ctx) { __u64 *sum = ctx; *sum += i; return 0; }
static int stop_at_3(__u32 i, void *ctx) { return i >= 3; }
static int bad_ret(__u32 i, void *ctx) { return 2; }
static long count_elem(void *map, __u32 *key, __u64 *val, void *ctx) { __u64 *n = ctx; *n += *val; return 0; }

SEC("socket") int loop_const(struct __sk_buff *skb) { __u64 sum = 0; bpf_loop(8, add_index, &sum, 0); return sum; }
SEC("socket") int loop_unknown(struct __sk_buff *skb) { __u64 sum = 0; bpf_loop(skb->len, add_index, &sum, 0); return sum; }
SEC("socket") int loop_null_ctx(struct __sk_buff *skb) { return bpf_loop(100, stop_at_3, 0, 0); }
SEC("socket") int loop_bad_ret(struct __sk_buff *skb) { return bpf_loop(4, bad_ret, 0, 0); }
SEC("socket") int each_elem(struct __sk_buff *skb) { __u64 n = 0; bpf_for_each_map_elem(&arr, count_elem, &n, 0); return n; }

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 8); __type(key, __u32); __type(value, __u64); } a SEC(".maps");

struct cnt { int i; __u64 buf[4]; };

static int inner(__u32 i, void *ctx) { __u64 *s = ctx; *s += 1; return 0; }
static int outer(__u32 i, void *ctx) { bpf_loop(3, inner, ctx, 0); return 0; }
static int count_up(__u32 i, void *ctx) { struct cnt *c = ctx; c->i++; if (c->i > 3) return 1; return 0; }
static int index_buf(__u32 i, void *ctx) { struct cnt *c = ctx; if (c->i < 4) c->buf[c->i] = i; c->i++; return 0; }
static int oob(__u32 i, void *ctx) { __u64 *s = ctx; s[2] = i; return 0; }
static int ret_i(__u32 i, void *ctx) { return i; }
static long sum_hash(void *map, __u32 *key, __u64 *val, void *ctx) { __u64 *n = ctx; *n += *val + *key; return 0; }

SEC("socket") int nested(struct __sk_buff *skb) { __u64 s = 0; bpf_loop(2, outer, &s, 0); return s; }
SEC("socket") int widen(struct __sk_buff *skb) { struct cnt c = {}; bpf_loop(10, count_up, &c, 0); return c.i; }
SEC("socket") int use_index(struct __sk_buff *skb) { struct cnt c = {}; bpf_loop(10, index_buf, &c, 0); return c.buf[0]; }
SEC("socket") int cb_oob(struct __sk_buff *skb) { __u64 s = 0; bpf_loop(2, oob, &s, 0); return s; }
SEC("socket") int cb_ret_unknown(struct __sk_buff *skb) { return bpf_loop(2, ret_i, 0, 0); }
SEC("socket") int each_hash(struct __sk_buff *skb) { __u64 n = 0; bpf_for_each_map_elem(&h, sum_hash, &n, 0); return n; }
SEC("socket") int flags_var(struct __sk_buff *skb) { __u64 s = 0; bpf_loop(4, inner, &s, skb->mark & 1); return s; }
SEC("socket") int loop_zero(struct __sk_buff *skb) { __u64 s = 0; bpf_loop(0, inner, &s, 0); return s; }
/* A callback's address taken but never passed to the helper that runs it:
 * never verified, removed as dead code, and the kernel cannot split the
 * program for the JIT ("verifier bug: No program to jit at insn 20"). */
static long spare_elem(void *map, __u32 *key, __u64 *val, void *ctx) { return 0; }
SEC("tc") int print_spare(struct __sk_buff *skb)
{
	void *cb = spare_elem;
	__u64 n = 0;

	bpf_for_each_map_elem(&arr, count_elem, &n, 0);
	bpf_printk("spare at %p", cb);
	return 0;
}
char LICENSE[] SEC("license") = "GPL";
