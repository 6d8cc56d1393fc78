// Seventeenth held-out batch: rejections written blind, as users write them,
// before their diagnoses were looked at; causes known by construction.
// diagnose_seventeenth_fixed.bpf.c applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; char comm[16]; struct task_struct *real_parent; } CORE;
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } CORE;

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
extern void bpf_throw(__u64 cookie) __ksym;
struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

/* A: copy the first bytes of each written buffer, 1 to 64 of them */
struct write_event {
	__u32 pid;
	__u32 len;
	char data[64];
};

struct sys_enter_write_args {
	__u64 pad;
	int nr;
	__u64 fd;
	const char *buf;
	__u64 count;
};

SEC("tracepoint/syscalls/sys_enter_write")
int snoop_write(struct sys_enter_write_args *ctx)
{
	struct write_event *e;
	int len = ctx->count;

	if (len < 1 || len > 64)
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->len = len;
	bpf_probe_read_user(e->data, e->len, ctx->buf);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* B: a variable-length record, straight into the ring buffer */
SEC("tracepoint/syscalls/sys_enter_write")
int write_record(struct sys_enter_write_args *ctx)
{
	struct bpf_dynptr ptr;
	__u32 n = 32;

	if (bpf_ringbuf_reserve_dynptr(&events, n, 0, &ptr))
		return 0;
	bpf_dynptr_write(&ptr, 0, &ctx->fd, sizeof(ctx->fd), 0);
	bpf_ringbuf_submit_dynptr(&ptr, 0);
	return 0;
}

/* C: the first slot of sixteen that is free */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} slots SEC(".maps");

SEC("tc")
int first_free(struct __sk_buff *skb)
{
	struct bpf_iter_num it;
	int *i;

	bpf_iter_num_new(&it, 0, 16);
	while ((i = bpf_iter_num_next(&it))) {
		__u32 k = *i;
		__u64 *v = bpf_map_lookup_elem(&slots, &k);

		if (v && *v == 0) {
			*v = skb->len;
			return TC_ACT_OK;
		}
	}
	bpf_iter_num_destroy(&it);
	return TC_ACT_OK;
}

/* D: the parent's tgid of every task, printed by the iterator */
SEC("iter/task")
int parent_of(struct bpf_iter__task *ctx)
{
	struct task_struct *task = ctx->task;
	struct task_struct *parent;

	if (!task)
		return 0;
	bpf_rcu_read_lock();
	parent = task->real_parent;
	if (!parent)
		return 0;
	bpf_printk("%d %d", task->pid, parent->tgid);
	bpf_rcu_read_unlock();
	return 0;
}

/* E: a key of protocol and port, built field by field */
struct flow_key {
	__u8 proto;
	__u16 port;
	__u32 addr;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, struct flow_key);
	__type(value, __u64);
} flows SEC(".maps");

SEC("socket")
int count_flows(struct __sk_buff *skb)
{
	struct flow_key key;
	struct iphdr ip;
	__u64 *n;

	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) < 0)
		return 0;
	key.proto = ip.protocol;
	key.port = 0;
	key.addr = ip.saddr;
	n = bpf_map_lookup_elem(&flows, &key);
	if (n)
		__sync_fetch_and_add(n, 1);
	return skb->len;
}

/* F: packet sizes into the ring buffer, giant frames are a bug */
struct pkt_event {
	__u32 len;
	__u32 ifindex;
};

SEC("tc")
int size_log(struct __sk_buff *skb)
{
	struct pkt_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);

	if (!e)
		return TC_ACT_OK;
	if (skb->len > 65535)
		bpf_throw(1);
	e->len = skb->len;
	e->ifindex = skb->ifindex;
	bpf_ringbuf_submit(e, 0);
	return TC_ACT_OK;
}
