// Open-coded iterators (bpf_iter_num_new/next/destroy, what libbpf's
// bpf_for() and bpf_repeat() expand to), declared here so the test builds
// with older libbpf headers.  Verdicts and level-2 logs are compared with
// the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

#define for_each_num(i, start, end)                                                               \
	for (struct bpf_iter_num ___it __attribute__((cleanup(bpf_iter_num_destroy))),            \
	     *___p = (bpf_iter_num_new(&___it, (start), (end)), &___it);                          \
	     ({ int *___t = bpf_iter_num_next(___p); (___t) ? ((i) = *___t, 1) : 0; });)

int table[16];

SEC("raw_tp")
int sum_to_100(void *ctx)
{
	int i, s = 0;

	for_each_num(i, 0, 100)
		s += i;
	return s;
}

/* the number from the iterator is not known to the verifier */
SEC("raw_tp")
int index_unchecked(void *ctx)
{
	int i, s = 0;

	for_each_num(i, 0, 16)
		s += table[i]; /* rejected */
	return s;
}

SEC("raw_tp")
int index_checked(void *ctx)
{
	int i, s = 0;

	for_each_num(i, 0, 16) {
		if (i < 0 || i >= 16)
			break;
		s += table[i];
	}
	return s;
}

SEC("raw_tp")
int nested(void *ctx)
{
	int i, j, s = 0;

	for_each_num(i, 0, 10) {
		for_each_num(j, 0, 10)
			s += i * j;
	}
	return s;
}

static __attribute__((noinline)) int sum_below(int n)
{
	int i, s = 0;

	for_each_num(i, 0, n)
		s += i;
	return s;
}

SEC("raw_tp")
int in_a_function(void *ctx)
{
	return sum_below(7);
}

SEC("xdp")
int packet_bytes(struct xdp_md *ctx)
{
	__u8 *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;
	int i;

	for_each_num(i, 0, 64) {
		if (i < 0 || data + i + 1 > end)
			break;
		sum += data[i];
	}
	return sum & 1 ? XDP_DROP : XDP_PASS;
}

SEC("raw_tp")
int not_destroyed(void *ctx)
{
	struct bpf_iter_num it;
	int *v, s = 0;

	bpf_iter_num_new(&it, 0, 4);
	while ((v = bpf_iter_num_next(&it)))
		s += *v;
	return s; /* rejected: the iterator holds a reference */
}

SEC("raw_tp")
int next_after_destroy(void *ctx)
{
	struct bpf_iter_num it;

	bpf_iter_num_new(&it, 0, 4);
	bpf_iter_num_destroy(&it);
	return bpf_iter_num_next(&it) ? 1 : 0; /* rejected */
}

SEC("raw_tp")
int write_through_next(void *ctx)
{
	struct bpf_iter_num it;
	int *v;

	bpf_iter_num_new(&it, 0, 4);
	v = bpf_iter_num_next(&it);
	if (v)
		*v = 0; /* rejected: read-only */
	bpf_iter_num_destroy(&it);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
