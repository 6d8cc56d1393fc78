// The eighteenth held-out batch (diagnose_eighteenth.bpf.c) with each fix
// bpfvet suggests applied as written; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

/* A: a classifier that takes its mark as a second argument, set from user space */
const volatile __u32 mark = 0;

SEC("tc")
int mark_flow(struct __sk_buff *skb)
{
	__u32 key = skb->ifindex;
	__u64 *cnt;

	if (skb->mark == 0)
		skb->mark = mark;
	cnt = bpf_map_lookup_elem(&counts, &key);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	return TC_ACT_OK;
}

/* B: a record length stored into the ring buffer record and read back for the copy */
struct exec_event {
	__u32 pid;
	__u32 len;
	char path[128];
};

struct sys_enter_execve_args {
	__u64 pad;
	int nr;
	const char *filename;
	const char *const *argv;
	const char *const *envp;
};

SEC("tracepoint/syscalls/sys_enter_execve")
int exec_path(struct sys_enter_execve_args *ctx)
{
	struct exec_event *e;
	long n;

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	n = bpf_probe_read_user_str(e->path, sizeof(e->path), ctx->filename);
	if (n < 0 || n > sizeof(e->path)) {
		bpf_ringbuf_discard(e, 0);
		return 0;
	}
	e->len = n;
	/* keep a second copy of the name's tail for the reader */
	bpf_probe_read_user(e->path, n, ctx->filename);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* C: a big scratch buffer in a helper function called from a big main frame */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[320]);
} scratch_map SEC(".maps");

static __attribute__((noinline)) int hash_payload(struct __sk_buff *skb, __u32 off)
{
	__u32 zero = 0;
	__u8 *scratch = bpf_map_lookup_elem(&scratch_map, &zero);
	__u32 h = 0;

	if (!scratch)
		return 0;
	if (bpf_skb_load_bytes(skb, off, scratch, 320) < 0)
		return 0;
	for (int i = 0; i < 320; i += 32)
		h = h * 31 + scratch[i];
	return h;
}

SEC("tc")
int payload_hash(struct __sk_buff *skb)
{
	__u8 hdr[256];
	__u32 key;
	__u64 *cnt;

	if (bpf_skb_load_bytes(skb, 0, hdr, sizeof(hdr)) < 0)
		return TC_ACT_OK;
	key = hash_payload(skb, hdr[0] & 0x3f) ^ hdr[14];
	cnt = bpf_map_lookup_elem(&counts, &key);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	return TC_ACT_OK;
}

/* D: a socket filter counting by a flow key with a hole in it (unprivileged) */
struct flow4 {
	__u32 saddr;
	__u8 proto;
	__u16 dport;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, struct flow4);
	__type(value, __u64);
} flows SEC(".maps");

SEC("socket")
int flow_count(struct __sk_buff *skb)
{
	struct flow4 k;
	__u64 one = 1, *v;

	__builtin_memset(&k, 0, sizeof(k));
	if (bpf_skb_load_bytes(skb, 12, &k.saddr, 4) < 0)
		return 0;
	k.proto = skb->protocol & 0xff;
	k.dport = skb->len;
	v = bpf_map_lookup_elem(&flows, &k);
	if (v)
		__sync_fetch_and_add(v, 1);
	else
		bpf_map_update_elem(&flows, &k, &one, BPF_ANY);
	return skb->len;
}

/* E: a handler table indexed by a function pointer */
typedef int (*handler_t)(struct __sk_buff *skb);

static __attribute__((noinline)) int h_tcp(struct __sk_buff *skb) { return skb->len > 100 ? TC_ACT_SHOT : TC_ACT_OK; }
static __attribute__((noinline)) int h_udp(struct __sk_buff *skb) { return skb->mark ? TC_ACT_SHOT : TC_ACT_OK; }

SEC("tc")
int dispatch(struct __sk_buff *skb)
{
	if (skb->protocol == bpf_htons(ETH_P_IP))
		return h_tcp(skb);
	return h_udp(skb);
}

/* F: tcp socket from a lookup, checked through bpf_tcp_sock without a NULL check */
SEC("tc")
int tcp_rtt(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;
	struct bpf_tcp_sock *tp;
	__u32 key = 7;
	__u64 *v;

	if (!sk)
		return TC_ACT_OK;
	tp = bpf_tcp_sock(sk);
	if (!tp)
		return TC_ACT_OK;
	v = bpf_map_lookup_elem(&counts, &key);
	if (v)
		*v = tp->srtt_us;
	return TC_ACT_OK;
}

/* G: a socket released and then read */
SEC("tc")
int sk_owner(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;
	__u32 key = 9;
	__u64 *v;

	t.ipv4.daddr = bpf_htonl(0x7f000001);
	t.ipv4.dport = bpf_htons(80);
	sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), BPF_F_CURRENT_NETNS, 0);
	if (!sk)
		return TC_ACT_OK;
	__typeof__(sk->state) state = sk->state;
	bpf_sk_release(sk);
	v = bpf_map_lookup_elem(&counts, &key);
	if (v)
		*v = state;
	return TC_ACT_OK;
}

/* H: flag a task at exec by writing its field from a BTF tracepoint */
#define CORE __attribute__((preserve_access_index))
struct task_struct { unsigned int flags; int pid; int tgid; char comm[16]; } CORE;
struct linux_binprm;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u32);
} tagged SEC(".maps");

SEC("tp_btf/sched_process_exec")
int tag_exec(__u64 *ctx)
{
	struct task_struct *p = (void *)ctx[0];

	if (p->comm[0] == 's' && p->comm[1] == 'h') {
		__u32 *flag = bpf_task_storage_get(&tagged, p, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);

		if (flag)
			*flag |= 0x10000000;
	}
	return 0;
}

/* I: write the packet's TCP flags, keeping the header pointer across the checksum update */
SEC("tc")
int clear_ece(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct tcphdr *tcp = (void *)(ip + 1);
	__u16 old, new;

	if ((void *)(tcp + 1) > data_end || ip->protocol != IPPROTO_TCP)
		return TC_ACT_OK;
	old = ((__u16 *)tcp)[6];
	new = old & ~bpf_htons(0x0040);
	bpf_l4_csum_replace(skb, sizeof(struct ethhdr) + sizeof(*ip) + 16, old, new, 2);
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	ip = data + sizeof(struct ethhdr);
	tcp = (void *)(ip + 1);
	if ((void *)(tcp + 1) > data_end)
		return TC_ACT_OK;
	((__u16 *)tcp)[6] = new;
	return TC_ACT_OK;
}

/* J: index into a per-CPU histogram with a log2 that can reach 64 */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[16]);
} hist SEC(".maps");

SEC("tc")
int len_hist(struct __sk_buff *skb)
{
	__u32 zero = 0;
	__u64 *h = bpf_map_lookup_elem(&hist, &zero);
	__u32 slot;

	if (!h)
		return TC_ACT_OK;
	slot = 0;
	for (__u32 v = skb->len; v > 1 && slot < 40; v >>= 1)
		slot++;
	if (slot >= 16)
		slot = 15;
	h[slot]++;
	return TC_ACT_OK;
}
