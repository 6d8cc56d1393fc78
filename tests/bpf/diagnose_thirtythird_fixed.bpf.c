// The thirty-third held-out batch with each suggested fix applied as
// bpfvet wrote it; the kernel accepts every program.
// A global function filling a ring buffer record, a counter bumped in the
// packet itself, a socket's mark read from tc, a bpf_loop callback indexing
// the caller's buffer, a tracepoint's __data_loc string read in place, a
// ring buffer record sized at run time, a byte histogram in a map value
// indexed by a loop bound from the map.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

/* A: one helper fills every event */
struct event {
	__u32 pid;
	__u32 kind;
	__u64 ts;
	char comm[16];
};

__attribute__((noinline)) int fill_event(struct event *e, __u32 kind)
{
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->kind = kind;
	e->ts = bpf_ktime_get_ns();
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int open_record(void *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return 0;
	fill_event(e, 1);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* B: count probes in the probe packet itself (a field reserved for it) */
struct probe_hdr {
	__u32 magic;
	__u32 hits;
};

SEC("xdp")
int probe_hits(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	struct udphdr *udp = (void *)(ip + 1);
	struct probe_hdr *ph = (void *)(udp + 1);

	if ((void *)(ph + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_UDP || ph->magic != bpf_htonl(0xfeedbeef))
		return XDP_PASS;
	ph->hits += 1;
	return XDP_TX;
}

/* C: copy the sending socket's mark onto its packets */
SEC("tc")
int sock_mark(struct __sk_buff *skb)
{
	struct bpf_sock *sk = skb->sk;

	if (!sk)
		return TC_ACT_OK;
	struct bpf_sock *full = bpf_sk_fullsock(sk);
	if (!full)
		return TC_ACT_OK;
	skb->mark = full->mark;
	return TC_ACT_OK;
}

/* D: xor-fold a buffer with bpf_loop */
struct fold {
	__u8 buf[64];
	__u8 acc;
};

static long fold_one(__u32 i, void *data)
{
	struct fold *f = data;

	if (i >= sizeof(f->buf))
		return 1;
	f->acc ^= f->buf[i];
	return 0;
}

__u8 last_fold;

SEC("tc")
int fold_payload(struct __sk_buff *skb)
{
	struct fold f = {};

	if (bpf_skb_load_bytes(skb, 0, f.buf, sizeof(f.buf)))
		return TC_ACT_OK;
	bpf_loop(sizeof(f.buf), fold_one, &f, 0);
	last_fold = f.acc;
	return TC_ACT_OK;
}

/* E: the first byte of each exec'd file name */
struct exec_args {
	__u64 common;
	__u32 filename_loc;
	__s32 pid;
	__s32 old_pid;
};

__u64 by_first[256];

SEC("tracepoint/sched/sched_process_exec")
int exec_first(struct exec_args *ctx)
{
	__u16 off = ctx->filename_loc & 0xffff;
	unsigned char c;
	bpf_probe_read_kernel(&c, sizeof(c), (void *)ctx + off);

	__sync_fetch_and_add(&by_first[c], 1);
	return 0;
}

/* F: send as much of the packet as there is, up to 256 bytes */
SEC("tc")
int sample_pkt(struct __sk_buff *skb)
{
	__u32 len = skb->len < 256 ? skb->len : 256;
	void *rec;

	if (len == 0)
		return TC_ACT_OK;
	rec = bpf_ringbuf_reserve(&events, 256, 0);
	if (!rec)
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, 0, rec, len)) {
		bpf_ringbuf_discard(rec, 0);
		return TC_ACT_OK;
	}
	bpf_ringbuf_submit(rec, 0);
	return TC_ACT_OK;
}

/* G: sum the first n buckets of a configured table */
struct table {
	__u32 n;
	__u32 vals[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct table);
} tables SEC(".maps");

__u64 table_sum;

SEC("tracepoint/sched/sched_wakeup")
int sum_table(void *ctx)
{
	__u32 zero = 0, i;
	struct table *t = bpf_map_lookup_elem(&tables, &zero);
	__u64 sum = 0;

	if (!t)
		return 0;
	for (i = 0; i < t->n && i < 32; i++)
		sum += t->vals[i];
	table_sum = sum;
	return 0;
}
