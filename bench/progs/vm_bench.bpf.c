// Programs for bench/vm_bench: the same object runs in the kernel's JIT
// (BPF_PROG_TEST_RUN) and in bpfvet's VM.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* One's complement sum over a whole 1500-byte frame, 16 bits at a time. */
SEC("xdp")
int csum(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;

	for (int i = 0; i < 750; i++) {
		__u16 *p = data + 2 * i;

		if ((void *)(p + 1) > end)
			break;
		sum += *p;
	}
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return ~sum & 0xffff;
}

/* A multiply-and-add loop: the interpreter's raw ALU speed. */
SEC("socket")
int mul_loop(struct __sk_buff *skb)
{
	__u64 x = skb->len;

	for (int i = 0; i < 10000; i++)
		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
	return x & 0xffff;
}

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} table SEC(".maps");

/* Map-heavy: look up, then update or insert, 256 keys. */
SEC("socket")
int map_heavy(struct __sk_buff *skb)
{
	__u64 total = 0;

	for (__u32 i = 0; i < 256; i++) {
		__u32 k = i * 7;
		__u64 *v = bpf_map_lookup_elem(&table, &k);

		if (v) {
			*v += 1;
			total += *v;
		} else {
			__u64 one = 1;
			bpf_map_update_elem(&table, &k, &one, BPF_ANY);
		}
	}
	return total & 0xffff;
}

char LICENSE[] SEC("license") = "GPL";
