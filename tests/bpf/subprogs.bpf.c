// Subprograms, callbacks, global data and maps, compiled by the tests.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jumps SEC(".maps");

const volatile __u32 threshold = 10;
__u64 total = 0;
static char tag[16] = "bpfvet";

static __attribute__((noinline)) __u64 bump(__u32 key, __u64 by)
{
	__u64 *v = bpf_map_lookup_elem(&counts, &key);

	if (!v) {
		__u64 one = by;
		bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
		return by;
	}
	__sync_fetch_and_add(v, by);
	return *v;
}

__attribute__((noinline)) int global_helper(__u32 x)
{
	return x > threshold ? 1 : 0;
}

static int loop_cb(__u32 i, void *ctx)
{
	__u64 *sum = ctx;
	*sum += i;
	return 0;
}

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	__u64 sum = 0;
	__u32 len = ctx->data_end - ctx->data;

	bpf_loop(8, loop_cb, &sum, 0);
	total += bump(len & 63, sum) + tag[0];
	if (global_helper(len))
		bpf_tail_call(ctx, &jumps, 0);
	return XDP_PASS;
}

SEC("tc")
int tc_count(struct __sk_buff *skb)
{
	bump(skb->len & 63, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
