// Workqueues (struct bpf_wq, Linux 6.10): work a program schedules to run
// later in process context, from a map value; bpf_wq_init() ties it to
// the map, bpf_wq_set_callback() names the function (verified on its
// own, may sleep, must return 0), bpf_wq_start() queues it.  Verdicts and
// level-2 logs are compared with the kernel's; the rejections are
// explained, and workqueue_fixed.bpf.c applies each fix as written.
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

static int done(void *map, int *key, void *value)
{
	return 0;
}

/* runs in process context: may sleep */
static int copy_later(void *map, int *key, void *value)
{
	char buf[8];

	bpf_copy_from_user(buf, sizeof(buf), (void *)0x1000);
	return 0;
}

static int count_later(void *map, int *key, void *value)
{
	struct elem *e = value;

	__sync_fetch_and_add(&e->hits, 1);
	return 0;
}

static int returns_one(void *map, int *key, void *value)
{
	return 1;
}

static struct elem *slot(void *map)
{
	int k = 0;

	return bpf_map_lookup_elem(map, &k);
}

/* accepted */
SEC("tc") int schedule(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v || bpf_wq_init(&v->wq, &work, 0) || bpf_wq_set_callback(&v->wq, done, 0))
		return 0;
	bpf_wq_start(&v->wq, 0);
	return 0;
}
SEC("tc") int schedule_sleeping(void *ctx)
{
	struct elem *v = slot(&other_work);

	if (!v)
		return 0;
	bpf_wq_init(&v->wq, &other_work, 0);
	bpf_wq_set_callback(&v->wq, copy_later, 0);
	return bpf_wq_start(&v->wq, 0);
}
SEC("xdp") int schedule_from_xdp(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return XDP_PASS;
	bpf_wq_set_callback(&v->wq, count_later, 0);
	return bpf_wq_start(&v->wq, 0) ? XDP_DROP : XDP_PASS;
}
SEC("syscall") int schedule_from_syscall(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	bpf_wq_init(&v->wq, &work, 0);
	return bpf_wq_start(&v->wq, 0);
}

/* rejected */
SEC("tc") int init_with_key(void *ctx)
{
	int key = 0;
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_init(&v->wq, &key, 0);
}
SEC("tc") int init_with_other_map(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_init(&v->wq, &other_work, 0);
}
SEC("tc") int start_wrong_field(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return bpf_wq_start((void *)&v->hits, 0);
}
SEC("tc") int wq_on_stack(void *ctx)
{
	struct bpf_wq w = {};

	return bpf_wq_start(&w, 0);
}
SEC("tc") int map_without_wq(void *ctx)
{
	int k = 0;
	__u64 *c = bpf_map_lookup_elem(&counters, &k);

	if (!c)
		return 0;
	return bpf_wq_start((void *)c, 0);
}
SEC("tc") int read_wq_bytes(void *ctx)
{
	struct elem *v = slot(&work);

	if (!v)
		return 0;
	return v->wq.__opaque[0];
}
SEC("kprobe") int wq_in_kprobe(void *ctx)
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
	return bpf_wq_set_callback(&v->wq, returns_one, 0);
}
