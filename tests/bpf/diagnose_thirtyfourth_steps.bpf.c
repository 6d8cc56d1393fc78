// Thirty-fourth held-out batch, an intermediate attempt: rand_bucket with
// the modulus corrected in place (`% 3`), which clang computes as
// x - x / 3 * 3; the kernel refuses it: "math between map_value pointer and
// register with unbounded min value is not allowed".
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct trio {
	__u64 c[3];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct trio);
} spread SEC(".maps");

SEC("tracepoint/sched/sched_wakeup")
int rand_bucket_mod3(void *ctx)
{
	__u32 zero = 0;
	struct trio *t = bpf_map_lookup_elem(&spread, &zero);

	if (!t)
		return 0;
	t->c[bpf_get_prandom_u32() % 3]++;
	return 0;
}
