// bpf_dynptr through helpers: ring buffer reservations (which hold a
// reference until submitted or discarded) and dynptrs over map values.
// Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, char[64]);
} scratch SEC(".maps");

struct event {
	__u64 ts;
	__u32 pid;
};

#define TP SEC("tracepoint/syscalls/sys_enter_write")

TP int reserve_fill_submit(void *ctx)
{
	struct bpf_dynptr ptr;
	struct event *e;

	if (bpf_ringbuf_reserve_dynptr(&events, sizeof(*e), 0, &ptr)) {
		bpf_ringbuf_discard_dynptr(&ptr, 0); /* even a failed one */
		return 0;
	}
	e = bpf_dynptr_data(&ptr, 0, sizeof(*e));
	if (e) {
		e->ts = bpf_ktime_get_ns();
		e->pid = bpf_get_current_pid_tgid() >> 32;
	}
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

TP int reserve_not_discarded_on_failure(void *ctx)
{
	struct bpf_dynptr ptr;

	if (bpf_ringbuf_reserve_dynptr(&events, 8, 0, &ptr))
		return 0; /* rejected: the reference is held even so */
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

TP int slice_used_after_submit(void *ctx)
{
	struct bpf_dynptr ptr;
	__u64 *v;

	bpf_ringbuf_reserve_dynptr(&events, 8, 0, &ptr);
	v = bpf_dynptr_data(&ptr, 0, 8);
	if (!v) {
		bpf_ringbuf_discard_dynptr(&ptr, 0);
		return 0;
	}
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return *v; /* rejected: the slice went with the reservation */
}

TP int dynptr_overwritten(void *ctx)
{
	struct bpf_dynptr ptr;

	bpf_ringbuf_reserve_dynptr(&events, 8, 0, &ptr);
	*(volatile __u64 *)&ptr = 0; /* rejected: it holds a reference */
	bpf_ringbuf_discard_dynptr(&ptr, 0);
	return 0;
}

TP int over_map_value(void *ctx)
{
	__u32 key = 0;
	char *buf = bpf_map_lookup_elem(&scratch, &key);
	struct bpf_dynptr ptr;
	__u64 word = 0;

	if (!buf)
		return 0;
	bpf_dynptr_from_mem(buf, 64, 0, &ptr);
	bpf_dynptr_read(&word, sizeof(word), &ptr, 8, 0);
	word++;
	bpf_dynptr_write(&ptr, 8, &word, sizeof(word), 0);
	return 0;
}

TP int over_stack_buffer(void *ctx)
{
	char buf[16] = {};
	struct bpf_dynptr ptr;

	/* rejected: only map values may back a dynptr over memory */
	bpf_dynptr_from_mem(buf, sizeof(buf), 0, &ptr);
	return 0;
}

TP int submit_what_is_not_reserved(void *ctx)
{
	__u32 key = 0;
	char *buf = bpf_map_lookup_elem(&scratch, &key);
	struct bpf_dynptr ptr;

	if (!buf)
		return 0;
	bpf_dynptr_from_mem(buf, 64, 0, &ptr);
	bpf_ringbuf_submit_dynptr(&ptr, 0); /* rejected */
	return 0;
}

static __attribute__((noinline)) int submit(struct bpf_dynptr *ptr)
{
	bpf_ringbuf_submit_dynptr(ptr, 0);
	return 0;
}

TP int submitted_by_a_function(void *ctx)
{
	struct bpf_dynptr ptr;

	bpf_ringbuf_reserve_dynptr(&events, 8, 0, &ptr);
	return submit(&ptr);
}

TP int in_a_loop(void *ctx)
{
	for (int i = 0; i < 4; i++) {
		struct bpf_dynptr ptr;

		bpf_ringbuf_reserve_dynptr(&events, 8, 0, &ptr);
		bpf_ringbuf_discard_dynptr(&ptr, 0);
	}
	return 0;
}

/* A slice of a dynptr over a map value dies with the dynptr: making the
 * dynptr again over other memory leaves the old slice unusable. */
TP int slice_after_reinit(void *ctx)
{
	__u32 key = 0;
	char *v = bpf_map_lookup_elem(&scratch, &key), *p;
	struct bpf_dynptr ptr;

	if (!v)
		return 0;
	bpf_dynptr_from_mem(v, 64, 0, &ptr);
	p = bpf_dynptr_data(&ptr, 0, 8);
	if (!p)
		return 0;
	bpf_dynptr_from_mem(v + 8, 8, 0, &ptr);
	return *p;
}

TP int slice_before_reinit(void *ctx)
{
	__u32 key = 0;
	char *v = bpf_map_lookup_elem(&scratch, &key), *p;
	struct bpf_dynptr ptr;
	int c;

	if (!v)
		return 0;
	bpf_dynptr_from_mem(v, 64, 0, &ptr);
	p = bpf_dynptr_data(&ptr, 0, 8);
	if (!p)
		return 0;
	c = *p;
	bpf_dynptr_from_mem(v + 8, 8, 0, &ptr);
	return c;
}

char LICENSE[] SEC("license") = "GPL";

/* Clones of a reservation share its reference: submitting any one ends
 * them all, and their slices with them. */
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;

TP int clone_submit_clone(void *ctx)
{
	struct bpf_dynptr ptr, copy;
	__u64 ts = bpf_ktime_get_ns();

	bpf_ringbuf_reserve_dynptr(&events, sizeof(struct event), 0, &ptr);
	bpf_dynptr_clone(&ptr, &copy);
	bpf_dynptr_write(&copy, 0, &ts, sizeof(ts), 0);
	bpf_ringbuf_submit_dynptr(&copy, 0);
	return 0;
}

TP int clone_leak(void *ctx)
{
	struct bpf_dynptr ptr, copy;

	bpf_ringbuf_reserve_dynptr(&events, sizeof(struct event), 0, &ptr);
	bpf_dynptr_clone(&ptr, &copy);
	return 0;
}

TP int clone_used_after_submit(void *ctx)
{
	struct bpf_dynptr ptr, copy;
	struct event *e;

	bpf_ringbuf_reserve_dynptr(&events, sizeof(struct event), 0, &ptr);
	bpf_dynptr_clone(&ptr, &copy);
	e = bpf_dynptr_data(&copy, 0, sizeof(*e));
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	if (e)
		e->pid = 1;
	return 0;
}

TP int clone_discard_twice(void *ctx)
{
	struct bpf_dynptr ptr, copy;

	bpf_ringbuf_reserve_dynptr(&events, sizeof(struct event), 0, &ptr);
	bpf_dynptr_clone(&ptr, &copy);
	bpf_ringbuf_discard_dynptr(&copy, 0);
	bpf_ringbuf_discard_dynptr(&ptr, 0);
	return 0;
}
