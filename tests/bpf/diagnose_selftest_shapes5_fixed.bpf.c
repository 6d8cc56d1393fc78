// diagnose_selftest_shapes5.bpf.c with bpfvet's fixes applied as it wrote
// them, one per program: the kernel accepts every program here.
#include <linux/bpf.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;

struct task_struct {
	int pid;
	char comm[16];
} CORE;

struct sk_buff {
	__u32 mark;
} CORE;

extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;
extern void *bpf_cast_to_kern_ctx(void *obj) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, long);
} seen SEC(".maps");

const char target[] = "sshd";
__u64 total, drops, cwnd_seen, data_segs;

/* A: the name compared one byte past its end (test_sysctl_loop1's `<=`) */
SEC("tracepoint/syscalls/sys_enter_execve")
int match_comm(void *ctx)
{
	char comm[16];
	__u32 i;

	bpf_get_current_comm(comm, sizeof(comm));
#pragma clang loop unroll(disable)
	for (i = 0; i < sizeof(target); i++)
		if (comm[i] != target[i])
			return 0;
	return 1;
}

/* B: a walk bounded only by a number read from the kernel (bpf_iter_unix's
 * abstract name without its sockaddr_un bound) */
SEC("tp_btf/sys_enter")
int sum_comm(u64 *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u32 n = t->pid, i;
	__u64 sum = 0;

	for (i = 0; i < n && i < sizeof(t->comm) / sizeof(t->comm[0]); i++) {
		char ch = 0;

		bpf_probe_read_kernel(&ch, 1, &t->comm[i]);
		sum += ch;
	}
	total = sum;
	return 0;
}

/* C: an early return in a block that keeps the looked-up socket
 * (test_btf_skc_cls_ingress's `if (!tp)`) */
SEC("tc")
int listener_cwnd(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_tcp_sock *tp;
	struct bpf_sock *sk;

	tuple.ipv4.dport = bpf_htons(80);
	sk = bpf_skc_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	if (sk->state == BPF_TCP_LISTEN) {
		tp = bpf_tcp_sock(sk);
		if (!tp) {
			drops++;
			bpf_sk_release(sk); return TC_ACT_OK;
		}
		cwnd_seen = tp->snd_cwnd;
	}
	bpf_sk_release(sk);
	return TC_ACT_OK;
}

/* D: skops->sk handed on unchecked in an inlined function whose own way
 * out is -1 (test_tcpbpf_kern's get_tp_window_clamp) */
static __always_inline int sk_cwnd(struct bpf_sock_ops *skops)
{
	struct bpf_tcp_sock *tp;
	struct bpf_sock *sk;

	sk = skops->sk;
	if (!sk) return -1;
	tp = bpf_tcp_sock(sk);
	if (!tp)
		return -1;
	return tp->snd_cwnd;
}

SEC("sockops")
int read_cwnd(struct bpf_sock_ops *skops)
{
	cwnd_seen = sk_cwnd(skops);
	return 1;
}

/* E: the header read in a helper with no end of its own, the pointer made
 * in its caller (test_misc_tcp_hdr_options's tcp_hdrlen) */
static __always_inline int hdr_len(const struct tcphdr *th)
{
	return th->doff << 2;
}

static __always_inline int count_data(struct bpf_sock_ops *skops)
{
	struct tcphdr *th;

	th = skops->skb_data;
	if ((void *)th + 14 > (void *)(long)skops->skb_data_end) return 1;
	if (hdr_len(th) < skops->skb_len)
		data_segs++;
	return 1;
}

SEC("sockops")
int parse_hdr(struct bpf_sock_ops *skops)
{
	if (skops->op != BPF_SOCK_OPS_PARSE_HDR_OPT_CB)
		return 1;
	return count_data(skops);
}

/* F: the socket released above a call that still passes it
 * (cgroup_skb_sk_lookup_kern) */
SEC("cgroup_skb/ingress")
int peer_cgroup(struct __sk_buff *skb)
{
	struct bpf_sock_tuple tuple = {};
	struct bpf_sock *sk;
	__u64 id;

	tuple.ipv4.dport = bpf_htons(80);
	sk = bpf_sk_lookup_tcp(skb, &tuple, sizeof(tuple.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return 1;
	id = bpf_sk_cgroup_id(sk);
	bpf_sk_release(sk);
	return id != 0;
}

/* G: a bpf_core_cast() copy given to a helper that wants a trusted task
 * (type_cast's untrusted_ptr) */
SEC("tp_btf/sys_enter")
int tag_task(u64 *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_struct *copy;

	copy = bpf_rdonly_cast(task, bpf_core_type_id_kernel(struct task_struct));
	bpf_task_storage_get(&seen, task, 0, 0);
	return 0;
}

/* H: bpf_core_cast() to a number type (type_cast's kctx_u64) */
SEC("tracepoint/syscalls/sys_enter_nanosleep")
int cast_u64(void *ctx)
{
	u64 *kctx = bpf_rdonly_cast(ctx, bpf_core_type_id_kernel(struct task_struct));

	total = kctx ? 1 : 0;
	return 0;
}

/* I: a field written through the kernel's skb (batch 50, decap_sanity) */
SEC("tc")
int mark_kskb(struct __sk_buff *skb)
{
	struct sk_buff *kskb = bpf_cast_to_kern_ctx(skb);

	total = kskb->mark;
	return TC_ACT_OK;
}
