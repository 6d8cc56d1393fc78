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

/* the bits iterator (6.11): a struct of two stack slots, the set bits of
 * an array of u64 words */
struct bpf_iter_bits {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

extern int bpf_iter_bits_new(struct bpf_iter_bits *it, const __u64 *unsafe_ptr__ign, __u32 nr_words) __ksym;
extern int *bpf_iter_bits_next(struct bpf_iter_bits *it) __ksym;
extern void bpf_iter_bits_destroy(struct bpf_iter_bits *it) __ksym;

__u64 masks[4];

SEC("syscall")
int count_bits(void *ctx)
{
	struct bpf_iter_bits it;
	int *bit, n = 0;

	bpf_iter_bits_new(&it, masks, 4);
	while ((bit = bpf_iter_bits_next(&it)))
		n += *bit < 256;
	bpf_iter_bits_destroy(&it);
	return n;
}

/* a number iterator is not a bits iterator */
SEC("syscall")
int bits_next_of_num(void *ctx)
{
	struct bpf_iter_num it;
	int *bit;

	bpf_iter_num_new(&it, 0, 4);
	bit = bpf_iter_bits_next((struct bpf_iter_bits *)&it); /* rejected */
	bpf_iter_num_destroy(&it);
	return bit ? *bit : 0;
}

SEC("syscall")
int bits_not_destroyed(void *ctx)
{
	struct bpf_iter_bits it;
	int *bit;

	bpf_iter_bits_new(&it, masks, 1);
	bit = bpf_iter_bits_next(&it);
	return bit ? *bit : 0; /* rejected */
}

SEC("syscall")
int bits_new_twice(void *ctx)
{
	struct bpf_iter_bits it;

	bpf_iter_bits_new(&it, masks, 1);
	bpf_iter_bits_new(&it, masks, 2); /* rejected */
	bpf_iter_bits_destroy(&it);
	return 0;
}

/* the second slot of an iterator is not a place to start another */
SEC("syscall")
int bits_overlap(void *ctx)
{
	struct bpf_iter_bits its[2];

	bpf_iter_bits_new(&its[0], masks, 1);
	bpf_iter_bits_new((struct bpf_iter_bits *)((char *)&its[0] + 8), masks, 1); /* rejected */
	bpf_iter_bits_destroy(&its[0]);
	return 0;
}

/* an iterator starts at a slot boundary */
SEC("syscall")
int num_misaligned(void *ctx)
{
	struct bpf_iter_num its[2];

	bpf_iter_num_new((struct bpf_iter_num *)((char *)its + 4), 0, 4); /* rejected */
	return 0;
}
