// The thirty-eighth held-out batch with each fix its diagnosis suggested,
// applied as written; the kernel accepts every program.  mark_socket's fix
// gives two choices: the packet's mark (mark_socket) and the socket's, set
// where it is created (set_mark); both are here.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: count packets of established sockets, releasing the socket after */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} by_state SEC(".maps");

SEC("tc")
int state_count(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	__u32 state;
	__u64 *n;

	if (!sk)
		return TC_ACT_OK;
	sk = bpf_sk_fullsock(sk);
	if (!sk)
		return TC_ACT_OK;
	state = sk->state & 0xf;
	n = bpf_map_lookup_elem(&by_state, &state);
	if (n)
		__sync_fetch_and_add(n, 1);
	return TC_ACT_OK;
}

/* C: drop packets of TCP sockets with a large smoothed RTT */
struct tcp_sock {
	__u32 srtt_us;
} __attribute__((preserve_access_index));

SEC("tc")
int slow_flows(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	struct tcp_sock *tp;

	if (!sk)
		return TC_ACT_OK;
	tp = bpf_skc_to_tcp_sock(sk);
	if (!tp) return TC_ACT_OK;
	return (tp->srtt_us >> 3) > 200000 ? TC_ACT_SHOT : TC_ACT_OK;
}

/* D: snapshot a counter into a map of per-interval records */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} live SEC(".maps");

struct interval {
	__u64 packets;
	__u64 at;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct interval);
} intervals SEC(".maps");

SEC("tc")
int snapshot(struct __sk_buff *skb)
{
	__u32 zero = 0, slot = skb->mark & 63;
	__u64 *cur = bpf_map_lookup_elem(&live, &zero);

	if (!cur)
		return TC_ACT_OK;
	struct interval v = { .packets = *cur }; bpf_map_update_elem(&intervals, &slot, &v, BPF_ANY);
	return TC_ACT_OK;
}

/* E: refuse a too small somaxconn */
SEC("cgroup/sysctl")
int min_somaxconn(struct bpf_sysctl *ctx)
{
	char buf[16] = {};
	long v;

	if (!ctx->write)
		return 1;
	if (bpf_sysctl_get_new_value(ctx, buf, sizeof(buf)) < 0)
		return 1;
	if (bpf_strtol(buf, sizeof(buf), 0, &v) < 0)
		return 0;
	return v >= 128;
}

/* F: mark the socket of every packet leaving */
SEC("tc")
int mark_socket(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;

	if (!sk)
		return TC_ACT_OK;
	skb->mark = 0x42;
	return TC_ACT_OK;
}

SEC("cgroup/sock_create") int set_mark(struct bpf_sock *sk) { sk->mark = 0x42; return 1; }
