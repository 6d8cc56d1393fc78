// The thirty-sixth held-out batch with each fix its diagnosis suggested,
// applied as written; the kernel accepts every program.  count_writes
// takes the fix's second choice (the timer in a map of its own, armed from
// a syscall program): fentry, the first, is refused on this machine
// before it is verified (lockdown).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

#define CLOCK_MONOTONIC 1

/* A: flush a counter a second after the first write, from a kprobe */
struct flush_state {
	struct bpf_timer timer;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} write_count SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct flush_state);
} flush SEC(".maps");

static int flush_cb(void *map, __u32 *key, struct flush_state *st)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&write_count, &zero);

	if (n)
		*n = 0;
	return 0;
}

SEC("kprobe/vfs_write")
int count_writes(void *ctx)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&write_count, &zero);

	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

SEC("syscall")
int arm_flush(void *ctx)
{
	__u32 zero = 0;
	struct flush_state *st = bpf_map_lookup_elem(&flush, &zero);

	if (!st)
		return 0;
	bpf_timer_init(&st->timer, &flush, CLOCK_MONOTONIC);
	bpf_timer_set_callback(&st->timer, flush_cb);
	bpf_timer_start(&st->timer, 1000000000ULL, 0);
	return 0;
}

/* B: a periodic sampler that re-arms itself */
struct sampler {
	struct bpf_timer timer;
	__u64 ticks;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct sampler);
} samplers SEC(".maps");

static int tick(void *map, __u32 *key, struct sampler *s)
{
	s->ticks++;
	bpf_timer_start(&s->timer, 10000000ULL, 0);
	return 0; /* keep ticking */
}

SEC("tc")
int start_sampler(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct sampler *s = bpf_map_lookup_elem(&samplers, &zero);

	if (!s)
		return TC_ACT_OK;
	if (bpf_timer_init(&s->timer, &samplers, CLOCK_MONOTONIC) == 0) {
		bpf_timer_set_callback(&s->timer, tick);
		bpf_timer_start(&s->timer, 10000000ULL, 0);
	}
	return TC_ACT_OK;
}

/* D: count established connections by the state sockops sees */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} by_state SEC(".maps");

SEC("sockops")
int tcp_states(struct bpf_sock_ops *skops)
{
	struct bpf_sock *sk = skops->sk; if (!sk) return 1;
	__u32 state = sk->state;
	__u64 *n;

	if (state >= 16)
		return 1;
	n = bpf_map_lookup_elem(&by_state, &state);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 1;
}

/* E: try each filter stage in turn from a loop */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u32);
} filters SEC(".maps");

SEC("tc")
int run_filters(struct __sk_buff *skb)
{
	for (__u32 i = 0; i < 8; i++) bpf_tail_call(skb, &filters, i);
	return TC_ACT_OK;
}

/* F: exec events with the command name */
struct exec_rec {
	__u32 pid;
	char comm[16];
	__u64 ts;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} exec_recs SEC(".maps");

SEC("tp/sched/sched_process_exec")
int exec_comm(void *ctx)
{
	struct exec_rec *e = bpf_ringbuf_reserve(&exec_recs, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ts = bpf_ktime_get_ns();
	bpf_get_current_comm(&e->comm, sizeof(e->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* G: count packets by IP protocol, reading the header with a helper */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} by_proto SEC(".maps");

SEC("tc")
int proto_count(struct __sk_buff *skb)
{
	struct iphdr iph;
	__u32 proto;
	__u64 *n;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, ETH_HLEN, &iph, sizeof(iph)))
		return TC_ACT_OK;
	proto = iph.protocol;
	n = bpf_map_lookup_elem(&by_proto, &proto);
	if (n)
		__sync_fetch_and_add(n, 1);
	return TC_ACT_OK;
}

/* H: log every argument of mmap */
struct sys_enter_args {
	unsigned long long unused;
	long id;
	unsigned long args[6];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 7);
	__type(key, __u32);
	__type(value, __u64);
} last_args SEC(".maps");

SEC("tp/syscalls/sys_enter_mmap")
int mmap_args(struct sys_enter_args *ctx)
{
	for (__u32 i = 0; i <= 6; i++) {
		__u32 key = i;
		__u64 *slot = bpf_map_lookup_elem(&last_args, &key);

		if (slot)
			*slot = ctx->args[i];
	}
	return 0;
}
