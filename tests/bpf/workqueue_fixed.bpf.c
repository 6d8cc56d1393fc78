// The rejections of workqueue.bpf.c with the fix bpfvet's explanation
// suggests, applied as written: the kernel and bpfvet accept every
// program (verify_vs_kernel compares the verdicts and logs).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* linux/bpf.h has it from 6.10 on; the kernel finds it by name */
struct bpf_wq {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

extern int bpf_wq_init(struct bpf_wq *wq, void *p__map, unsigned int flags) __weak __ksym;
extern int bpf_wq_start(struct bpf_wq *wq, unsigned int flags) __weak __ksym;
extern int bpf_wq_set_callback_impl(struct bpf_wq *wq, int (callback_fn)(void *map, int *key, void *value),
				    unsigned int flags, void *aux__ign) __weak __ksym;
#define bpf_wq_set_callback(wq, cb, flags) bpf_wq_set_callback_impl(wq, cb, flags, NULL)

char LICENSE[] SEC("license") = "GPL";

struct elem {
	__u64 hits;
	struct bpf_wq wq;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, int);
	__type(value, struct elem);
} work SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 2);
	__type(key, int);
	__type(value, struct elem);
} other_work SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, int);
	__type(value, __u64);
} counters SEC(".maps");

/* map_without_wq: `struct bpf_wq wq;` added to the value struct */
struct counter {
	__u64 count;
	struct bpf_wq wq;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, int);
	__type(value, struct counter);
} counters_wq SEC(".maps");

static int returns_zero(void *map, int *key, void *value)
{
	return 0;
}

static struct elem *slot(void *map)
{
	int k = 0;

	return bpf_map_lookup_elem(map, &k);
}

SEC("tc") int init_with_key(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_init(&v->wq, &work, 0);
}
SEC("tc") int init_with_other_map(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_init(&v->wq, &work, 0);
}
SEC("tc") int start_wrong_field(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_start(&v->wq, 0);
}
SEC("tc") int wq_on_stack(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_start(&v->wq, 0);
}
SEC("tc") int map_without_wq(void *ctx)
{
	int k = 0;
	struct counter *c = bpf_map_lookup_elem(&counters_wq, &k);

	if (!c)
		return 0;
	return bpf_wq_start(&c->wq, 0);
}
SEC("tc") int read_wq_bytes(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return v->hits;
}
SEC("tc") int wq_in_kprobe(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_start(&v->wq, 0);
}
SEC("tc") int callback_returns_one(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_set_callback(&v->wq, returns_zero, 0);
}
