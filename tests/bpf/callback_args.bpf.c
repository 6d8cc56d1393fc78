// Callbacks whose arguments are kernel objects: bpf_user_ringbuf_drain
// hands its callback a read-only dynptr over each sample (the kernel's
// "dynptr_ptr"), bpf_find_vma hands the task and a vm_area_struct.  What the
// kernel accepts and refuses in them, and where; each program's whole
// level-2 log is compared with the kernel's by verify_vs_kernel.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
struct vm_area_struct { unsigned long vm_start; unsigned long vm_end; } CORE;
struct mm_struct { int map_count; } CORE;
struct task_struct { int pid; struct mm_struct *mm; } CORE;

extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt, __u32 buffer__szk) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;

struct sample { int pid; int seq; long value; char comm[16]; };

struct { __uint(type, BPF_MAP_TYPE_USER_RINGBUF); __uint(max_entries, 4096); } urb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } val SEC(".maps");

static long read_sample(struct bpf_dynptr *d, void *ctx)
{
	struct sample s;
	__u64 *sum = ctx;

	if (bpf_dynptr_read(&s, sizeof(s), d, 0, 0))
		return 1;
	*sum += s.value;
	return 0;
}

static long data_sample(struct bpf_dynptr *d, void *ctx)
{
	const struct sample *s = bpf_dynptr_data(d, 0, sizeof(*s));
	__u64 *sum = ctx;

	if (!s)
		return 1;
	*sum += s->value + s->seq;
	return 0;
}

static long slice_size(struct bpf_dynptr *d, void *ctx)
{
	__u64 buf, *p = bpf_dynptr_slice(d, 0, &buf, sizeof(buf));
	__u64 *sum = ctx;

	if (!p)
		return 1;
	*sum += *p + bpf_dynptr_size(d);
	return 0;
}

static long write_dynptr(struct bpf_dynptr *d, void *ctx) { *(long *)d = 0; return 0; }
static long discard(struct bpf_dynptr *d, void *ctx) { bpf_ringbuf_discard_dynptr(d, 0); return 0; }
static long reinit(struct bpf_dynptr *d, void *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&val, &k);

	if (v)
		bpf_dynptr_from_mem(v, 8, 0, d);
	return 0;
}
static long mutate(struct bpf_dynptr *d, void *ctx) { __u64 x = 1; bpf_dynptr_write(d, 0, &x, sizeof(x), 0); return 0; }
static long ret2(struct bpf_dynptr *d, void *ctx) { return 2; }
static long past(struct bpf_dynptr *d, void *ctx) { return bpf_dynptr_data(d + 1, 0, 8) != 0; }
static long before(struct bpf_dynptr *d, void *ctx) { return bpf_dynptr_data(d - 1, 0, 8) != 0; }
static long adjust(struct bpf_dynptr *d, void *ctx) { return bpf_dynptr_adjust(d, 0, 4) == 0; }
static long clone(struct bpf_dynptr *d, void *ctx)
{
	struct bpf_dynptr c;
	__u32 x;

	bpf_dynptr_clone(d, &c);
	return bpf_dynptr_read(&x, sizeof(x), &c, 0, 0) == 0 && x == 1;
}
static long size_past(struct bpf_dynptr *d, void *ctx) { return bpf_dynptr_size(d + 1) > 8; }
__noinline long dynptr_first(struct bpf_dynptr *d)
{
	__u32 x = 0;

	bpf_dynptr_read(&x, sizeof(x), d, 0, 0);
	return x;
}
__noinline long dynptr_write_first(struct bpf_dynptr *d)
{
	__u32 x = 0;

	return bpf_dynptr_write(d, 0, &x, sizeof(x), 0);
}
static long global_read(struct bpf_dynptr *d, void *ctx) { return dynptr_first(d) == 1; }
static long global_past(struct bpf_dynptr *d, void *ctx) { return dynptr_first(d + 2) == 1; }
static long ctx_read(struct bpf_dynptr *d, void *ctx) { return *(__u64 *)ctx; }
static long too_long(struct bpf_dynptr *d, void *ctx)
{
	const struct sample *s = bpf_dynptr_data(d, 0, sizeof(*s));

	return s ? s->comm[s->pid & 16] : 0;
}

SEC("raw_tp") int drain_read(void *c) { __u64 sum = 0; bpf_user_ringbuf_drain(&urb, read_sample, &sum, 0); return sum; }
SEC("raw_tp") int drain_data(void *c) { __u64 sum = 0; bpf_user_ringbuf_drain(&urb, data_sample, &sum, 0); return sum; }
SEC("raw_tp") int drain_slice(void *c) { __u64 sum = 0; bpf_user_ringbuf_drain(&urb, slice_size, &sum, 0); return sum; }
SEC("raw_tp") int drain_ret(void *c) { __u64 sum = 0; long n = bpf_user_ringbuf_drain(&urb, read_sample, &sum, 0); return n < 0 ? 0 : sum + n; }
SEC("raw_tp") int drain_write(void *c) { return bpf_user_ringbuf_drain(&urb, write_dynptr, 0, 0); }
SEC("raw_tp") int drain_discard(void *c) { return bpf_user_ringbuf_drain(&urb, discard, 0, 0); }
SEC("raw_tp") int drain_reinit(void *c) { return bpf_user_ringbuf_drain(&urb, reinit, 0, 0); }
SEC("raw_tp") int drain_mutate(void *c) { return bpf_user_ringbuf_drain(&urb, mutate, 0, 0); }
SEC("raw_tp") int drain_ret2(void *c) { return bpf_user_ringbuf_drain(&urb, ret2, 0, 0); }
SEC("raw_tp") int drain_past(void *c) { return bpf_user_ringbuf_drain(&urb, past, 0, 0); }
SEC("raw_tp") int drain_before(void *c) { return bpf_user_ringbuf_drain(&urb, before, 0, 0); }
SEC("raw_tp") int drain_adjust(void *c) { return bpf_user_ringbuf_drain(&urb, adjust, 0, 0); }
SEC("raw_tp") int drain_clone(void *c) { return bpf_user_ringbuf_drain(&urb, clone, 0, 0); }
SEC("raw_tp") int drain_size_past(void *c) { return bpf_user_ringbuf_drain(&urb, size_past, 0, 0); }
SEC("raw_tp") int drain_global(void *c) { return bpf_user_ringbuf_drain(&urb, global_read, 0, 0); }
SEC("raw_tp") int drain_global_past(void *c) { return bpf_user_ringbuf_drain(&urb, global_past, 0, 0); }
SEC("raw_tp") int global_stack_dynptr(void *c)
{
	struct bpf_dynptr d;
	long r = 0;

	if (!bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d))
		r = dynptr_first(&d) + dynptr_write_first(&d);
	bpf_ringbuf_discard_dynptr(&d, 0);
	return r;
}
SEC("raw_tp") int global_uninit_dynptr(void *c) { struct bpf_dynptr d; return dynptr_first(&d); }
SEC("raw_tp") int global_ctx_dynptr(void *c) { return dynptr_first(c); }
SEC("raw_tp") int drain_null_ctx(void *c) { return bpf_user_ringbuf_drain(&urb, ctx_read, 0, 0); }
SEC("raw_tp") int drain_too_long(void *c) { return bpf_user_ringbuf_drain(&urb, too_long, 0, 0); }
SEC("raw_tp") int drain_wrong_map(void *c) { __u64 sum = 0; return bpf_user_ringbuf_drain(&rb, read_sample, &sum, 0); }
SEC("socket") int drain_socket(void *c) { __u64 sum = 0; bpf_user_ringbuf_drain(&urb, read_sample, &sum, 0); return 0; }

struct vma_acc { unsigned long start; int n; };

static long vma_read(struct task_struct *t, struct vm_area_struct *vma, void *ctx)
{
	struct vma_acc *a = ctx;

	a->start = vma->vm_start;
	a->n = t->pid;
	return 0;
}
static long vma_write(struct task_struct *t, struct vm_area_struct *vma, void *ctx) { vma->vm_end = 0; return 0; }
static long task_write(struct task_struct *t, struct vm_area_struct *vma, void *ctx) { t->mm = 0; return 0; }
static long vma_ret(struct task_struct *t, struct vm_area_struct *vma, void *ctx) { return vma->vm_start & 3; }
static long vma_mm(struct task_struct *t, struct vm_area_struct *vma, void *ctx) { return t->mm->map_count == 1; }
static long vma_ctx(struct task_struct *t, struct vm_area_struct *vma, void *ctx) { return *(long *)ctx & 1; }

SEC("kprobe") int vma_find(void *c)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct vma_acc a = {};

	bpf_find_vma(t, (unsigned long)c, vma_read, &a, 0);
	return a.n;
}
SEC("kprobe") int vma_write_field(void *c) { return bpf_find_vma(bpf_get_current_task_btf(), 0, vma_write, 0, 0); }
SEC("kprobe") int vma_write_task(void *c) { return bpf_find_vma(bpf_get_current_task_btf(), 0, task_write, 0, 0); }
SEC("kprobe") int vma_bad_ret(void *c) { return bpf_find_vma(bpf_get_current_task_btf(), 0, vma_ret, 0, 0); }
SEC("kprobe") int vma_walk(void *c) { return bpf_find_vma(bpf_get_current_task_btf(), 0, vma_mm, 0, 0); }
SEC("kprobe") int vma_null_ctx(void *c) { return bpf_find_vma(bpf_get_current_task_btf(), 0, vma_ctx, 0, 0); }
SEC("kprobe") int vma_untyped_task(void *c) { return bpf_find_vma((void *)bpf_get_current_task(), 0, vma_read, 0, 0); }

char LICENSE[] SEC("license") = "GPL";
