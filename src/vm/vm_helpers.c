/* Helper implementations of the VM, by name (ids come from the helper
 * table).  Each checks the memory it is handed against the run's regions,
 * so a bad pointer stops the run with a message instead of corrupting the
 * host, and returns what the kernel's helper returns, negative errnos
 * included. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/helpers.h"
#include "bpfvet/object.h"
#include "vm/vm_internal.h"

#define H(name) static uint64_t h_##name(struct bv_vm_run *run, uint64_t r1, uint64_t r2, uint64_t r3, \
					   uint64_t r4, uint64_t r5)
#define UNUSED5 (void)r1, (void)r2, (void)r3, (void)r4, (void)r5
#define ERR(e) ((uint64_t)(int64_t)-(e))

#define XDP_REDIRECT 4
#define TC_ACT_REDIRECT 7
#define BPF_F_CURRENT_CPU 0xffffffffull

static void *mem(struct bv_vm_run *run, uint64_t addr, size_t size, int write, const char *what)
{
	void *p = bv_vm_mem(run, addr, size, write);

	if (!p)
		vm_fault(run, BV_VM_FAULT, "%s: %zu bytes at %#" PRIx64 " are not %s by the program", what, size,
			 addr, write ? "writable" : "readable");
	return p;
}

static struct vm_map *map_arg(struct bv_vm_run *run, uint64_t ptr, const char *what)
{
	struct vm_map *m = vm_map_from_ptr(run->vm, ptr);

	if (!m)
		vm_fault(run, BV_VM_FAULT, "%s: the map argument is not a map", what);
	return m;
}

/* ---- maps ---- */

H(map_lookup_elem)
{
	struct vm_map *m = map_arg(run, r1, "bpf_map_lookup_elem");
	const void *key;
	uint8_t *v;

	UNUSED5;
	if (!m || !(key = mem(run, r2, m->key_size, 0, "bpf_map_lookup_elem key")))
		return 0;
	v = m->ops->lookup(m, key, 0);
	if (v && (m->type == BV_MAP_ARRAY_OF_MAPS || m->type == BV_MAP_HASH_OF_MAPS)) {
		uint64_t inner;

		memcpy(&inner, v, 8);
		return inner; /* the inner map itself */
	}
	return (uint64_t)(uintptr_t)v;
}

H(map_lookup_percpu_elem)
{
	struct vm_map *m = map_arg(run, r1, "bpf_map_lookup_percpu_elem");
	const void *key;

	UNUSED5;
	if (!m || !(key = mem(run, r2, m->key_size, 0, "bpf_map_lookup_percpu_elem key")))
		return 0;
	if (r3 >= m->ncpus)
		return 0;
	return (uint64_t)(uintptr_t)m->ops->lookup(m, key, (uint32_t)r3);
}

H(map_update_elem)
{
	struct vm_map *m = map_arg(run, r1, "bpf_map_update_elem");
	const void *key, *val;

	UNUSED5;
	if (!m || !(key = mem(run, r2, m->key_size, 0, "bpf_map_update_elem key")) ||
	    !(val = mem(run, r3, m->value_size, 0, "bpf_map_update_elem value")))
		return ERR(EFAULT);
	if (m->readonly)
		return ERR(EPERM);
	return (uint64_t)(int64_t)m->ops->update(m, key, val, r4, 0);
}

H(map_delete_elem)
{
	struct vm_map *m = map_arg(run, r1, "bpf_map_delete_elem");
	const void *key;

	UNUSED5;
	if (!m || !(key = mem(run, r2, m->key_size, 0, "bpf_map_delete_elem key")))
		return ERR(EFAULT);
	return (uint64_t)(int64_t)m->ops->del(m, key);
}

H(map_push_elem)
{
	struct vm_map *m = map_arg(run, r1, "bpf_map_push_elem");
	const void *val;

	UNUSED5;
	if (!m || !(val = mem(run, r2, m->value_size, 0, "bpf_map_push_elem value")))
		return ERR(EFAULT);
	return m->ops->push ? (uint64_t)(int64_t)m->ops->push(m, val, r3) : ERR(EOPNOTSUPP);
}

static uint64_t pop_peek(struct bv_vm_run *run, uint64_t r1, uint64_t r2, int peek)
{
	struct vm_map *m = map_arg(run, r1, peek ? "bpf_map_peek_elem" : "bpf_map_pop_elem");
	void *val;

	if (!m || !(val = mem(run, r2, m->value_size, 1, "bpf_map_pop_elem value")))
		return ERR(EFAULT);
	return m->ops->pop ? (uint64_t)(int64_t)m->ops->pop(m, val, peek) : ERR(EOPNOTSUPP);
}

H(map_pop_elem)
{
	UNUSED5;
	return pop_peek(run, r1, r2, 0);
}

H(map_peek_elem)
{
	UNUSED5;
	return pop_peek(run, r1, r2, 1);
}

/* ---- time, randomness, identity ---- */

H(ktime_get_ns)
{
	UNUSED5;
	run->vm->time_ns += 1000;
	return run->vm->time_ns;
}

H(jiffies64)
{
	UNUSED5;
	return run->vm->time_ns / 4000000; /* HZ=250 */
}

H(get_prandom_u32)
{
	uint64_t x = run->vm->prandom;

	UNUSED5;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	run->vm->prandom = x;
	return (uint32_t)x;
}

H(zero)
{
	(void)run;
	UNUSED5;
	return 0;
}

H(get_current_pid_tgid)
{
	(void)run;
	UNUSED5;
	return (uint64_t)4242 << 32 | 4242;
}

H(get_current_comm)
{
	char *buf;

	UNUSED5;
	if (!r2 || !(buf = mem(run, r1, r2, 1, "bpf_get_current_comm")))
		return ERR(EINVAL);
	memset(buf, 0, r2);
	strncpy(buf, "bpfvet", r2 - 1);
	return 0;
}

/* ---- reading memory "of the kernel" ---- */

/* Where a probe read may come from: program memory, or the memory model
 * the caller gave the VM. */
static const uint8_t *probe_src(struct bv_vm_run *run, uint64_t addr, size_t size)
{
	const struct bv_vm_opts *o = &run->vm->opts;
	const void *p = vm_check(run, addr, size, 0);

	if (p)
		return p;
	if (o->probe_mem && addr >= o->probe_addr && addr - o->probe_addr <= o->probe_size &&
	    size <= o->probe_size - (addr - o->probe_addr))
		return (const uint8_t *)o->probe_mem + (addr - o->probe_addr);
	return NULL;
}

H(probe_read)
{
	uint8_t *dst;
	const uint8_t *src;

	UNUSED5;
	if (!(dst = mem(run, r1, (size_t)(uint32_t)r2, 1, "bpf_probe_read dst")))
		return ERR(EFAULT);
	src = probe_src(run, r3, (size_t)(uint32_t)r2);
	if (!src) {
		memset(dst, 0, (uint32_t)r2);
		return ERR(EFAULT);
	}
	memmove(dst, src, (uint32_t)r2);
	return 0;
}

H(probe_read_str)
{
	uint8_t *dst;
	size_t n = (uint32_t)r2, i;

	UNUSED5;
	if (!n)
		return 0;
	if (!(dst = mem(run, r1, n, 1, "bpf_probe_read_str dst")))
		return ERR(EFAULT);
	for (i = 0; i + 1 < n; i++) {
		const uint8_t *c = probe_src(run, r3 + i, 1);

		if (!c) {
			memset(dst, 0, n);
			return ERR(EFAULT);
		}
		dst[i] = *c;
		if (!*c)
			return i + 1;
	}
	dst[i] = 0;
	return i + 1;
}

/* ---- output ---- */

/* bpf_trace_printk's format: %d %i %u %x %X %c %s %p with l/ll, %%. */
static size_t format(struct bv_vm_run *run, char *out, size_t size, const char *fmt, size_t fmt_len,
		     const uint64_t *args, int nargs)
{
	size_t o = 0;
	int a = 0;

#define PUT(...) o += (size_t)snprintf(out + o, o < size ? size - o : 0, __VA_ARGS__)
	for (size_t i = 0; i < fmt_len && fmt[i]; i++) {
		char spec[16];
		int longs = 0;
		size_t k = 0;

		if (fmt[i] != '%') {
			PUT("%c", fmt[i]);
			continue;
		}
		if (i + 1 < fmt_len && fmt[i + 1] == '%') {
			PUT("%%");
			i++;
			continue;
		}
		spec[k++] = '%';
		while (i + 1 < fmt_len && (fmt[i + 1] == '-' || fmt[i + 1] == '0' ||
					   (fmt[i + 1] >= '1' && fmt[i + 1] <= '9')) && k < 8)
			spec[k++] = fmt[++i];
		while (i + 1 < fmt_len && fmt[i + 1] == 'l') {
			longs++;
			i++;
		}
		if (i + 1 >= fmt_len)
			break;
		i++;
		{
			uint64_t v = a < nargs ? args[a] : 0;
			char c = fmt[i];

			a++;
			if (c == 's') {
				char str[256];
				size_t n = 0;

				for (; n + 1 < sizeof(str); n++) {
					const uint8_t *p = probe_src(run, v + n, 1);

					if (!p || !*p)
						break;
					str[n] = (char)*p;
				}
				str[n] = 0;
				spec[k++] = 's';
				spec[k] = 0;
				PUT(spec, str);
			} else if (c == 'p') {
				PUT("0x%" PRIx64, v);
			} else if (c == 'c') {
				PUT("%c", (char)v);
			} else if (c == 'd' || c == 'i') {
				spec[k++] = 'l';
				spec[k++] = 'l';
				spec[k++] = 'd';
				spec[k] = 0;
				PUT(spec, longs ? (long long)(int64_t)v : (long long)(int32_t)v);
			} else if (c == 'u' || c == 'x' || c == 'X') {
				spec[k++] = 'l';
				spec[k++] = 'l';
				spec[k++] = c;
				spec[k] = 0;
				PUT(spec, longs ? (unsigned long long)v : (unsigned long long)(uint32_t)v);
			} else {
				PUT("%%%c", c);
			}
		}
	}
#undef PUT
	return o < size ? o : size - 1;
}

H(trace_printk)
{
	const char *fmt;
	uint64_t args[3] = { r3, r4, r5 };
	char out[1024];
	size_t n;

	if (!(fmt = mem(run, r1, (size_t)(uint32_t)r2, 0, "bpf_trace_printk format")))
		return ERR(EFAULT);
	n = format(run, out, sizeof(out), fmt, (uint32_t)r2, args, 3);
	vm_event(run, BV_VM_EV_PRINTK, -1, 0, out, n);
	return n;
}

H(trace_vprintk)
{
	const char *fmt;
	const uint64_t *data = NULL;
	char out[1024];
	size_t n;

	(void)r5;
	if (!(fmt = mem(run, r1, (size_t)(uint32_t)r2, 0, "bpf_trace_vprintk format")))
		return ERR(EFAULT);
	if (r4 && !(data = mem(run, r3, (size_t)(uint32_t)r4, 0, "bpf_trace_vprintk data")))
		return ERR(EFAULT);
	n = format(run, out, sizeof(out), fmt, (uint32_t)r2, data, (int)((uint32_t)r4 / 8));
	vm_event(run, BV_VM_EV_PRINTK, -1, 0, out, n);
	return n;
}

H(perf_event_output)
{
	struct vm_map *m = map_arg(run, r2, "bpf_perf_event_output");
	const void *data;
	uint64_t cpu = r3 & 0xffffffffull;

	(void)r1;
	if (!m)
		return ERR(EINVAL);
	if (m->type != BV_MAP_PERF_EVENT_ARRAY)
		return ERR(EINVAL);
	if (!(data = mem(run, r4, (size_t)r5, 0, "bpf_perf_event_output data")))
		return ERR(EFAULT);
	if (cpu == BPF_F_CURRENT_CPU)
		cpu = 0;
	vm_event(run, BV_VM_EV_PERF, m->index, (uint32_t)cpu, data, (size_t)r5);
	return 0;
}

/* Ring buffer records: reserved memory is a region of its own until it is
 * submitted or discarded. */
H(ringbuf_output)
{
	struct vm_map *m = map_arg(run, r1, "bpf_ringbuf_output");
	const void *data;

	(void)r4, (void)r5;
	if (!m || m->type != BV_MAP_RINGBUF)
		return ERR(EINVAL);
	if (!(data = mem(run, r2, (size_t)r3, 0, "bpf_ringbuf_output data")))
		return ERR(EFAULT);
	if (m->rb_used + r3 + 8 > m->max_entries)
		return ERR(EAGAIN);
	vm_event(run, BV_VM_EV_RINGBUF, m->index, 0, data, (size_t)r3);
	return 0;
}

struct rb_record {
	uint64_t magic;
	int map;
	uint32_t size;
};

#define RB_MAGIC 0x62706676ull /* "bpfv" */

H(ringbuf_reserve)
{
	struct vm_map *m = map_arg(run, r1, "bpf_ringbuf_reserve");
	struct rb_record *rec;

	(void)r3, (void)r4, (void)r5;
	if (!m || m->type != BV_MAP_RINGBUF || r2 > m->max_entries || m->rb_used + r2 + 8 > m->max_entries)
		return 0;
	rec = calloc(1, sizeof(*rec) + r2 + 8);
	if (!rec || vm_region_add(run, (uint64_t)(uintptr_t)(rec + 1), (size_t)r2, 1)) {
		free(rec);
		return 0;
	}
	rec->magic = RB_MAGIC;
	rec->map = m->index;
	rec->size = (uint32_t)r2;
	m->rb_used += r2 + 8;
	return (uint64_t)(uintptr_t)(rec + 1);
}

static uint64_t rb_finish(struct bv_vm_run *run, uint64_t p, int submit)
{
	struct rb_record *rec;
	int found = 0;

	for (int i = 0; i < run->n_regions; i++)
		if (run->regions[i].start == p)
			found = 1;
	if (!found) {
		vm_fault(run, BV_VM_FAULT, "bpf_ringbuf_%s: %#" PRIx64 " is not a reserved record",
			 submit ? "submit" : "discard", p);
		return 0;
	}
	rec = (struct rb_record *)(uintptr_t)p - 1;
	if (submit)
		vm_event(run, BV_VM_EV_RINGBUF, rec->map, 0, rec + 1, rec->size);
	run->vm->maps[rec->map].rb_used -= rec->size + 8;
	vm_region_remove(run, p);
	free(rec);
	return 0;
}

H(ringbuf_submit)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	return rb_finish(run, r1, 1);
}

H(ringbuf_discard)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	return rb_finish(run, r1, 0);
}

H(get_stackid)
{
	UNUSED5;
	vm_event(run, BV_VM_EV_NOTE, -1, 0, "bpf_get_stackid: the VM has no kernel stacks; returned -EFAULT",
		 61);
	return ERR(EFAULT);
}

/* ---- packets ---- */

static int pkt_range(struct bv_vm_run *run, uint64_t off, uint64_t len, uint8_t **p)
{
	uint64_t plen = run->data_end - run->data;

	if (!(run->is_skb || run->is_xdp) || off > plen || len > plen - off)
		return -EFAULT;
	*p = (uint8_t *)(uintptr_t)(run->data + off);
	return 0;
}

H(skb_load_bytes)
{
	uint8_t *p, *to;

	(void)r1, (void)r5;
	if (!(to = mem(run, r3, (size_t)(uint32_t)r4, 1, "bpf_skb_load_bytes to")))
		return ERR(EFAULT);
	if (pkt_range(run, (uint32_t)r2, (uint32_t)r4, &p)) {
		memset(to, 0, (uint32_t)r4);
		return ERR(EFAULT);
	}
	memcpy(to, p, (uint32_t)r4);
	return 0;
}

H(skb_store_bytes)
{
	uint8_t *p;
	const uint8_t *from;

	(void)r1;
	if (r5 & ~3ull)
		return ERR(EINVAL);
	if (!(from = mem(run, r3, (size_t)(uint32_t)r4, 0, "bpf_skb_store_bytes from")))
		return ERR(EFAULT);
	if (pkt_range(run, (uint32_t)r2, (uint32_t)r4, &p))
		return ERR(EFAULT);
	memmove(p, from, (uint32_t)r4);
	return 0;
}

H(xdp_load_bytes)
{
	uint8_t *p, *to;

	(void)r1, (void)r5;
	if (!(to = mem(run, r3, (size_t)(uint32_t)r4, 1, "bpf_xdp_load_bytes buf")))
		return ERR(EFAULT);
	if (pkt_range(run, (uint32_t)r2, (uint32_t)r4, &p))
		return ERR(EINVAL);
	memcpy(to, p, (uint32_t)r4);
	return 0;
}

H(xdp_store_bytes)
{
	uint8_t *p;
	const uint8_t *from;

	(void)r1, (void)r5;
	if (!(from = mem(run, r3, (size_t)(uint32_t)r4, 0, "bpf_xdp_store_bytes buf")))
		return ERR(EFAULT);
	if (pkt_range(run, (uint32_t)r2, (uint32_t)r4, &p))
		return ERR(EINVAL);
	memmove(p, from, (uint32_t)r4);
	return 0;
}

/* One's complement arithmetic on 16-bit words, as the checksum helpers. */
static uint32_t csum_add32(uint32_t a, uint32_t b)
{
	uint32_t s = a + b;

	return s + (s < a);
}

static uint16_t csum_fold(uint32_t s)
{
	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	return (uint16_t)s;
}

/* Sum of a buffer as the kernel's csum_partial: 32-bit little-endian words. */
static uint32_t csum_partial(const uint8_t *p, size_t len, uint32_t sum)
{
	uint64_t acc = sum;

	for (size_t i = 0; i + 1 < len; i += 2)
		acc += (uint32_t)(p[i] | p[i + 1] << 8);
	if (len & 1)
		acc += p[len - 1];
	while (acc >> 32)
		acc = (acc & 0xffffffff) + (acc >> 32);
	return (uint32_t)acc;
}

H(csum_diff)
{
	const uint8_t *from = NULL, *to = NULL;
	uint32_t sum = (uint32_t)r5;

	(void)run;
	if ((r2 | r4) % 4 || r2 > 512 || r4 > 512)
		return ERR(EINVAL);
	if (r2 && !(from = mem(run, r1, (size_t)r2, 0, "bpf_csum_diff from")))
		return ERR(EFAULT);
	if (r4 && !(to = mem(run, r3, (size_t)r4, 0, "bpf_csum_diff to")))
		return ERR(EFAULT);
	for (uint64_t i = 0; i < r2; i += 4) {
		uint32_t w;

		memcpy(&w, from + i, 4);
		sum = csum_add32(sum, ~w);
	}
	for (uint64_t i = 0; i < r4; i += 4) {
		uint32_t w;

		memcpy(&w, to + i, 4);
		sum = csum_add32(sum, w);
	}
	(void)csum_partial;
	return sum;
}

/* Replace `from` by `to` in the 16-bit checksum at `off`. */
static int csum_replace(struct bv_vm_run *run, uint64_t off, uint64_t from, uint64_t to, unsigned size,
			int diff_only)
{
	uint8_t *p;
	uint16_t c;
	uint32_t sum;

	if (pkt_range(run, off, 2, &p))
		return -EFAULT;
	memcpy(&c, p, 2);
	sum = (uint16_t)~c;
	if (diff_only) {
		sum = csum_add32(sum, (uint32_t)to);
	} else if (size == 2) {
		sum = csum_add32(sum, (uint16_t)~(uint16_t)from);
		sum = csum_add32(sum, (uint16_t)to);
	} else {
		sum = csum_add32(sum, ~(uint32_t)from);
		sum = csum_add32(sum, (uint32_t)to);
	}
	c = (uint16_t)~csum_fold(sum);
	memcpy(p, &c, 2);
	return 0;
}

H(l3_csum_replace)
{
	unsigned size = (unsigned)(r5 & 0xf);

	(void)r1;
	if ((r5 & ~0xfull) || (size != 0 && size != 2 && size != 4))
		return ERR(EINVAL);
	return (uint64_t)(int64_t)csum_replace(run, (uint32_t)r2, r3, r4, size, size == 0);
}

H(l4_csum_replace)
{
	unsigned size = (unsigned)(r5 & 0xf);
	uint8_t *p;

	(void)r1;
	if ((r5 & ~0x7full) || (size != 0 && size != 2 && size != 4))
		return ERR(EINVAL);
	/* BPF_F_MARK_MANGLED_0: a zero UDP checksum means "none": keep it */
	if ((r5 & 0x20) && !pkt_range(run, (uint32_t)r2, 2, &p) && !p[0] && !p[1])
		return 0;
	if (csum_replace(run, (uint32_t)r2, r3, r4, size, size == 0))
		return ERR(EFAULT);
	if ((r5 & 0x20) && !pkt_range(run, (uint32_t)r2, 2, &p) && !p[0] && !p[1])
		p[0] = p[1] = 0xff;
	return 0;
}

H(redirect)
{
	UNUSED5;
	return run->is_xdp ? XDP_REDIRECT : TC_ACT_REDIRECT;
}

H(redirect_map)
{
	struct vm_map *m = map_arg(run, r1, "bpf_redirect_map");
	uint32_t key = (uint32_t)r2;

	(void)r4, (void)r5;
	if (!m)
		return 0;
	if (m->ops->lookup(m, &key, 0) || m->type == BV_MAP_CPUMAP)
		return XDP_REDIRECT;
	return r3 & 0x3; /* the fallback action in the low bits of flags */
}

#define ETH_HLEN 14

H(xdp_adjust_head)
{
	int64_t delta = (int32_t)r2;
	uint64_t data = run->data + (uint64_t)delta;
	uint64_t frame_end = (uint64_t)(uintptr_t)run->pkt_base + 40;

	(void)r1, (void)r3, (void)r4, (void)r5;
	if (!run->is_xdp)
		return ERR(EINVAL);
	if (data < frame_end + (run->data - run->data_meta) || data > run->data_end - ETH_HLEN)
		return ERR(EINVAL);
	/* metadata moves with the packet start */
	if (run->data_meta != run->data)
		memmove((void *)(uintptr_t)(run->data_meta + (uint64_t)delta),
			(void *)(uintptr_t)run->data_meta, run->data - run->data_meta);
	run->data_meta += (uint64_t)delta;
	run->data = data;
	vm_ctx_sync(run);
	return 0;
}

H(xdp_adjust_meta)
{
	int64_t delta = (int32_t)r2;
	uint64_t meta = run->data_meta + (uint64_t)delta;
	uint64_t frame_end = (uint64_t)(uintptr_t)run->pkt_base + 40;

	(void)r1, (void)r3, (void)r4, (void)r5;
	if (!run->is_xdp || (delta & 3) || meta < frame_end || meta > run->data || run->data - meta > 32)
		return ERR(EINVAL);
	run->data_meta = meta;
	vm_ctx_sync(run);
	return 0;
}

H(xdp_adjust_tail)
{
	int64_t delta = (int32_t)r2;
	uint64_t end = run->data_end + (uint64_t)delta;
	uint64_t hard_end = (uint64_t)(uintptr_t)run->pkt_base + run->pkt_cap;

	(void)r1, (void)r3, (void)r4, (void)r5;
	if (!run->is_xdp || end > hard_end || end < run->data + ETH_HLEN)
		return ERR(EINVAL);
	if (delta > 0)
		memset((void *)(uintptr_t)run->data_end, 0, (size_t)delta);
	run->data_end = end;
	vm_ctx_sync(run);
	return 0;
}

H(xdp_get_buff_len)
{
	UNUSED5;
	return run->data_end - run->data;
}

/* ---- callbacks ---- */

H(loop)
{
	uint64_t n = (uint32_t)r1, ret = 0, i;
	uint64_t tag = r2 >> 48, pi = (r2 >> 24) & 0xffffff, target = r2 & 0xffffff;

	(void)r5;
	if (r4)
		return ERR(EINVAL);
	if (n > (1u << 23))
		return ERR(E2BIG);
	if (tag != 0xcafe || pi >= run->vm->n_progs) {
		vm_fault(run, BV_VM_FAULT, "bpf_loop: the callback is not a function of the program");
		return 0;
	}
	for (i = 0; i < n; i++) {
		uint64_t args[5] = { i, r3, 0, 0, 0 };

		if (vm_exec(run, &run->vm->progs[pi], (size_t)target, args, &ret) || run->stopped)
			return 0;
		if (ret == 1)
			return i + 1;
	}
	return i;
}

H(strncmp)
{
	const uint8_t *a, *b;

	(void)r4, (void)r5;
	if (!(a = mem(run, r1, (size_t)(uint32_t)r2, 0, "bpf_strncmp s1")))
		return ERR(EFAULT);
	for (uint64_t i = 0; i < (uint32_t)r2; i++) {
		const uint8_t *c = probe_src(run, r3 + i, 1);

		if (!c)
			return ERR(EFAULT);
		b = c;
		if (a[i] != *b)
			return a[i] < *b ? (uint64_t)-1 : 1;
		if (!a[i])
			return 0;
	}
	return 0;
}

H(get_current_task)
{
	UNUSED5;
	vm_event(run, BV_VM_EV_NOTE, -1, 0, "bpf_get_current_task: no kernel task in the VM; returned 0", 59);
	return 0;
}

struct impl {
	const char *name;
	bv_vm_helper_fn fn;
};

static const struct impl impls[] = {
	{ "map_lookup_elem", h_map_lookup_elem },
	{ "map_update_elem", h_map_update_elem },
	{ "map_delete_elem", h_map_delete_elem },
	{ "map_push_elem", h_map_push_elem },
	{ "map_pop_elem", h_map_pop_elem },
	{ "map_peek_elem", h_map_peek_elem },
	{ "map_lookup_percpu_elem", h_map_lookup_percpu_elem },
	{ "probe_read", h_probe_read },
	{ "probe_read_kernel", h_probe_read },
	{ "probe_read_user", h_probe_read },
	{ "probe_read_str", h_probe_read_str },
	{ "probe_read_kernel_str", h_probe_read_str },
	{ "probe_read_user_str", h_probe_read_str },
	{ "ktime_get_ns", h_ktime_get_ns },
	{ "ktime_get_boot_ns", h_ktime_get_ns },
	{ "ktime_get_coarse_ns", h_ktime_get_ns },
	{ "ktime_get_tai_ns", h_ktime_get_ns },
	{ "jiffies64", h_jiffies64 },
	{ "trace_printk", h_trace_printk },
	{ "trace_vprintk", h_trace_vprintk },
	{ "get_prandom_u32", h_get_prandom_u32 },
	{ "get_smp_processor_id", h_zero },
	{ "get_numa_node_id", h_zero },
	{ "get_current_pid_tgid", h_get_current_pid_tgid },
	{ "get_current_uid_gid", h_zero },
	{ "get_current_comm", h_get_current_comm },
	{ "get_current_task", h_get_current_task },
	{ "get_cgroup_classid", h_zero },
	{ "get_route_realm", h_zero },
	{ "get_hash_recalc", h_zero },
	{ "perf_event_output", h_perf_event_output },
	{ "skb_output", h_perf_event_output },
	{ "xdp_output", h_perf_event_output },
	{ "ringbuf_output", h_ringbuf_output },
	{ "ringbuf_reserve", h_ringbuf_reserve },
	{ "ringbuf_submit", h_ringbuf_submit },
	{ "ringbuf_discard", h_ringbuf_discard },
	{ "ringbuf_query", h_zero },
	{ "get_stackid", h_get_stackid },
	{ "skb_load_bytes", h_skb_load_bytes },
	{ "skb_store_bytes", h_skb_store_bytes },
	{ "xdp_load_bytes", h_xdp_load_bytes },
	{ "xdp_store_bytes", h_xdp_store_bytes },
	{ "l3_csum_replace", h_l3_csum_replace },
	{ "l4_csum_replace", h_l4_csum_replace },
	{ "csum_diff", h_csum_diff },
	{ "redirect", h_redirect },
	{ "redirect_map", h_redirect_map },
	{ "xdp_adjust_head", h_xdp_adjust_head },
	{ "xdp_adjust_meta", h_xdp_adjust_meta },
	{ "xdp_adjust_tail", h_xdp_adjust_tail },
	{ "xdp_get_buff_len", h_xdp_get_buff_len },
	{ "loop", h_loop },
	{ "strncmp", h_strncmp },
	{ "spin_lock", h_zero },
	{ "spin_unlock", h_zero },
};

void vm_helpers_install(struct bv_vm *vm)
{
	for (size_t i = 0; i < sizeof(impls) / sizeof(impls[0]); i++) {
		const struct bv_helper *h = bv_helper_by_name(impls[i].name);

		if (h && h->id < VM_HELPER_MAX)
			vm->helpers[h->id] = impls[i].fn;
	}
}
