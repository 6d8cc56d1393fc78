// The eleventh held-out batch with the fix each diagnosis suggested,
// applied as written: the kernel and bpfvet accept every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct event { __u32 pid; __u32 len; char comm[16]; };

struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } events SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 8); __uint(key_size, 4); __uint(value_size, 4); } progs SEC(".maps");
struct slots { __u64 slot[16]; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct slots); } hist SEC(".maps");
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64); } inner1 SEC(".maps");
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner);
} outer SEC(".maps") = { .values = { &inner1 } };

/* A: sock_ops, the socket may be missing */
SEC("sockops")
int sockops_family(struct bpf_sock_ops *skops)
{
	struct bpf_sock *sk = skops->sk;

	if (!sk)
		return 1;
	if (sk->family == 10)
		return 1;
	return 0;
}

/* B: tail call through a hash map */
SEC("tc")
int tail_dispatch(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &progs, skb->mark & 7);
	return 0;
}

static const char want[] = "bash";
/* C: compare against a string built on the stack */
SEC("raw_tp/sys_enter")
int comm_match(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (bpf_strncmp(comm, 4, want) == 0)
		bpf_printk("bash");
	return 0;
}

/* D: a count of 4-byte words from the packet */
SEC("xdp")
int copy_words(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	__u8 buf[256];
	__u8 *p = data;

	if (data + 1 > data_end)
		return XDP_PASS;
	__u32 n = p[0];
	if (n == 0 || n > 64) return XDP_PASS;
	bpf_xdp_load_bytes(ctx, 1, buf, n * 4);
	return buf[0] ? XDP_PASS : XDP_DROP;
}

/* E: a slot picked by the mark */
SEC("tc")
int mark_hist(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct slots *s = bpf_map_lookup_elem(&hist, &zero);
	__u32 i = skb->mark;

	if (!s)
		return 0;
	if (i < 16)
		s->slot[i]++;
	return 0;
}

/* F: event plus the trailing 8 bytes someone thought were there */
SEC("kprobe/do_sys_openat2")
int open_evt(struct pt_regs *ctx)
{
	struct event ev = {};

	ev.pid = bpf_get_current_pid_tgid() >> 32;
	bpf_get_current_comm(ev.comm, sizeof(ev.comm));
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &ev, sizeof(ev));
	return 0;
}

/* G: the packet length decides how much goes to the ring buffer */
SEC("tc")
int rb_len(struct __sk_buff *skb)
{
	char buf[64] = {};
	__u32 len = skb->len;

	bpf_skb_load_bytes(skb, 0, buf, sizeof(buf));
	if (len > 64) return 0;
	bpf_ringbuf_output(&rb, buf, len, 0);
	return 0;
}

/* H: a map in a map, the inner one not checked */
SEC("tc")
int inner_count(struct __sk_buff *skb)
{
	__u32 k = 0;
	void *m = bpf_map_lookup_elem(&outer, &k);
	if (!m) return 0;
	__u64 *v = bpf_map_lookup_elem(m, &k);

	if (v)
		(*v)++;
	return 0;
}

/* J: metadata written by XDP, read unchecked */
SEC("tc")
int read_meta(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	__u32 *meta = (void *)(long)skb->data_meta;

	if ((void *)meta + 4 > data)
		return 0;
	skb->mark = *meta;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
