// Sum a table with an open-coded iterator, stopping at the first zero: the
// iterator is destroyed inside the loop, and the loop then asks it for the
// next number.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_iter_num {
	__u64 __opaque[1];
} __attribute__((aligned(8)));

extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

__u32 table[16];
__u64 total;

SEC("raw_tp/sys_enter")
int sum_table(void *ctx)
{
	struct bpf_iter_num it;
	__u64 sum = 0;
	int *i;

	bpf_iter_num_new(&it, 0, 16);
	while ((i = bpf_iter_num_next(&it))) { /* rejected */
		__u32 v = table[*i & 15];

		if (v == 0)
			bpf_iter_num_destroy(&it);
		sum += v;
	}
	bpf_iter_num_destroy(&it);
	total = sum;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
