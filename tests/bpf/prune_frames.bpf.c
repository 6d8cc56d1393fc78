// Two pruning details the level-2 logs show (verify_vs_kernel compares
// them with the kernel's): a loop whose body calls a function that calls
// another, once with a buffer on its own stack and once with a global, so
// the inner function's exit is reached with the middle frame's stack
// allocated and not; and a size computed as a difference of two pointers,
// which precision backtracking cannot see through.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

char word[8] = "probe";
int rounds = 3, pick, found;

static __noinline int is_probe(const char *s)
{
	return s[0] == 'p' && s[1] == 'r' && s[2] == 'o';
}

static __noinline int check_name(int how)
{
	if (how == 0) {
		char comm[16];

		if (bpf_get_current_comm(comm, sizeof(comm)))
			return 0;
		return is_probe(comm);
	}
	if (how == 1)
		return is_probe(word);
	return 0;
}

SEC("raw_tp")
int frames_in_loop(void *ctx)
{
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, rounds);
	while ((i = bpf_iter_num_next(&it))) {
		if (!check_name(pick)) {
			found = 1;
			break;
		}
	}
	bpf_iter_num_destroy(&it);
	return 0;
}

struct rec {
	__u32 n;
	__u8 data[256];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct rec);
} heap SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} out SEC(".maps");

SEC("kprobe/do_nanosleep")
int pointer_difference(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct rec *r = bpf_map_lookup_elem(&heap, &zero);
	void *end;
	__u64 size;

	if (!r)
		return 0;
	end = &r->data[r->n & 127];
	asm volatile("" : "+r"(end)); /* keep the subtraction a subtraction */
	r->n = 0; /* a store through r after end is made: backtracking gives up there */
	size = end - (void *)r;
	if (size > sizeof(*r) - 1)
		return 0;
	bpf_perf_event_output(ctx, &out, BPF_F_CURRENT_CPU, r, size + 1);
	return 0;
}
