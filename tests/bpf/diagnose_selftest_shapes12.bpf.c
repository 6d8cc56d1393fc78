// Batch 60's shapes (tests/explain/README.md), written again as our own
// programs: a ring buffer record's field read after the `if` that
// submits or discards it (the kernel's test_ringbuf), a bpf_loop()
// callback indexing an array with its round number (bpf_loop), a socket
// kept past its last use with a later early return (connect4_prog), and
// an unrolled loop one past skb->cb[] (test_skb_ctx).
// diagnose_selftest_shapes12_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

#define SOL_SOCKET 1
#define SO_KEEPALIVE 9
#define SOCK_STREAM 1

struct event {
	__u32 pid;
	__u32 len;
	__u64 stamp;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

__u64 last_stamp;
__u32 rounds;
__u64 total;

SEC("tp/syscalls/sys_enter_write")
int note_write(void *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->stamp = bpf_ktime_get_ns();
	e->len = 0;
	if (e->pid & 1) {
		bpf_ringbuf_discard(e, 0);
	} else {
		bpf_ringbuf_submit(e, 0);
	}
	last_stamp = e->stamp;
	return 0;
}

struct tally {
	__u64 sum;
	__u32 seen[8];
};

static int count_one(__u32 i, void *data)
{
	struct tally *t = data;

	t->sum += i;
	t->seen[i] = 1;
	return 0;
}

SEC("tp/syscalls/sys_enter_read")
int count_rounds(void *ctx)
{
	struct tally t = {};

	bpf_loop(rounds, count_one, &t, 0);
	total += t.sum;
	return 0;
}

static int tune(struct bpf_sock_addr *ctx)
{
	int one = 1;

	return bpf_setsockopt(ctx, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
}

SEC("cgroup/connect4")
int check_dest(struct bpf_sock_addr *ctx)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;

	tuple.ipv4.daddr = ctx->user_ip4;
	tuple.ipv4.dport = ctx->user_port;
	sk = bpf_sk_lookup_tcp(ctx, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return 1;
	if (sk->state != 10) {
		bpf_sk_release(sk);
		return 1;
	}
	if (ctx->type == SOCK_STREAM && tune(ctx))
		return 0;
	return 1;
}

SEC("tc")
int stamp_cb(struct __sk_buff *skb)
{
#pragma clang loop unroll(full)
	for (int i = 0; i <= 5; i++)
		skb->cb[i] = i;
	return TC_ACT_OK;
}
