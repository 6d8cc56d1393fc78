// diagnose_twentieth.bpf.c with each of bpfvet's suggested fixes applied as
// written; the kernel and bpfvet accept every program.
/* PT_REGS_PARM*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; struct task_struct *last_wakee; } CORE;
struct sk_buff { __u32 mark; __u32 len; } CORE;

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} names SEC(".maps");

struct capture_cfg {
	__u32 snaplen;
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct capture_cfg);
} cfg SEC(".maps");

/* A: copy the first snaplen bytes of each packet out to user space */
struct snap {
	__u32 len;
	__u8 data[64];
};

SEC("tc")
int snap_copy(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct capture_cfg *c = bpf_map_lookup_elem(&cfg, &zero);
	struct snap *s;
	__u64 len;

	if (!c)
		return TC_ACT_OK;
	len = c->snaplen;
	if (len < 1 || len > sizeof(s->data))
		return TC_ACT_OK;
	s = bpf_ringbuf_reserve(&events, sizeof(*s), 0);
	if (!s)
		return TC_ACT_OK;
	s->len = len;
	if (bpf_skb_load_bytes(skb, 0, s->data, len) < 0) {
		bpf_ringbuf_discard(s, 0);
		return TC_ACT_OK;
	}
	bpf_ringbuf_submit(s, 0);
	return TC_ACT_OK;
}

/* B: a ring of the last 32 switch times, per CPU */
struct switch_hist {
	__u32 head;
	__u32 pad;
	__u64 ts[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct switch_hist);
} hist SEC(".maps");

SEC("tp/sched/sched_switch")
int ring_head(void *ctx)
{
	__u32 zero = 0;
	struct switch_hist *h = bpf_map_lookup_elem(&hist, &zero);

	if (!h)
		return 0;
	__u32 head = h->head;
	if (head >= 32)
		head = 0;
	h->ts[head] = bpf_ktime_get_ns();
	h->head = head + 1;
	return 0;
}

/* C: per-flow counters in a layout shared with a packed user-space struct
 * (its author silenced clang's warning about the packed members' addresses) */
#pragma clang diagnostic ignored "-Waddress-of-packed-member"
struct flow_stats {
	__u32 pkts;
	__u32 pad;
	__u64 bytes;
} __attribute__((packed));

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct flow_stats);
} flows SEC(".maps");

SEC("tc")
int flow_bytes(struct __sk_buff *skb)
{
	__u32 key = skb->hash;
	struct flow_stats *v = bpf_map_lookup_elem(&flows, &key);
	__u64 *bytes;

	if (!v) {
		struct flow_stats init = { 1, 0, skb->len };
		bpf_map_update_elem(&flows, &key, &init, BPF_NOEXIST);
		return TC_ACT_OK;
	}
	__sync_fetch_and_add(&v->pkts, 1);
	bytes = (__u64 *)&v->bytes;
	__sync_fetch_and_add(bytes, skb->len);
	return TC_ACT_OK;
}

/* D: who did this task wake last? */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u32);
} woke SEC(".maps");

SEC("tp_btf/sched_wakeup")
int wakee(__u64 *ctx)
{
	struct task_struct *p = (struct task_struct *)ctx[0];
	struct task_struct *w = p->last_wakee;
	__u32 pid, wpid;

	if (!w)
		return 0;
	pid = p->pid;
	wpid = w->pid;
	bpf_map_update_elem(&woke, &pid, &wpid, BPF_ANY);
	return 0;
}

/* E: DNS query names, normalised by a helper function with its own scratch */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, char[320]);
	__type(value, __u64);
} qnames SEC(".maps");

struct qname_buf {
	char name[320];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct qname_buf);
} qname_scratch SEC(".maps");

static __noinline int read_qname(struct __sk_buff *skb, char *out)
{
	char tmp[256];
	int i;

	/* eth + ip + udp + dns header */
	if (bpf_skb_load_bytes(skb, 14 + 20 + 8 + 12, tmp, sizeof(tmp)) < 0)
		return 0;
	for (i = 0; i < 64; i++) {
		char ch = tmp[i];
		out[i] = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
	}
	return 1;
}

SEC("tc")
int dns_qname(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct qname_buf *buf = bpf_map_lookup_elem(&qname_scratch, &zero);
	char *name;
	__u64 one = 1, *cnt;

	if (!buf)
		return TC_ACT_OK;
	name = buf->name;
	__builtin_memset(name, 0, sizeof(buf->name));
	if (skb->protocol != bpf_htons(ETH_P_IP) || !read_qname(skb, name))
		return TC_ACT_OK;
	cnt = bpf_map_lookup_elem(&qnames, name);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	else
		bpf_map_update_elem(&qnames, name, &one, BPF_NOEXIST);
	return TC_ACT_OK;
}

/* F: find the MSS option in TCP SYNs */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} last_mss SEC(".maps");

SEC("xdp")
int tcp_opts(struct xdp_md *xdp)
{
	void *data = (void *)(long)xdp->data;
	void *data_end = (void *)(long)xdp->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct tcphdr *tcp;
	__u8 *opt;
	__u32 zero = 0, mss = 0, off = 0, len;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP || ip->ihl != 5)
		return XDP_PASS;
	tcp = (void *)(ip + 1);
	if ((void *)(tcp + 1) > data_end || !tcp->syn)
		return XDP_PASS;
	len = tcp->doff * 4 - sizeof(*tcp);
	for (int i = 0; i < 10 && off < len; i++) {
		opt = (__u8 *)(tcp + 1) + (off & 63);
		if ((void *)(opt + 2) > data_end)
			break;
		if (opt[0] == 0)
			break;
		if (opt[0] == 1) {
			off++;
			continue;
		}
		if (opt[1] < 2)
			break;
		if (opt[0] == 2 && opt[1] == 4 && (void *)(opt + 4) <= data_end)
			mss = (opt[2] << 8) | opt[3];
		off += opt[1];
	}
	if (mss)
		bpf_map_update_elem(&last_mss, &zero, &mss, BPF_ANY);
	return XDP_PASS;
}

/* G: sample what read() returns into the buffer */
#define MAX_SAMPLE 64

SEC("kretprobe/vfs_read")
int read_sample(struct pt_regs *ctx)
{
	char buf[MAX_SAMPLE];
	__u64 len = PT_REGS_RC(ctx);

	if (len > MAX_SAMPLE)
		len = MAX_SAMPLE;
	bpf_probe_read_kernel(buf, len, (void *)PT_REGS_PARM2(ctx));
	bpf_perf_event_output(ctx, &names, BPF_F_CURRENT_CPU, buf, sizeof(buf));
	return 0;
}

/* H: count into the skb's priority when asked to, else into a local */
SEC("tc")
int mark_or_scratch(struct __sk_buff *skb)
{
	__u32 scratch = 0;
	if (skb->cb[0])
		skb->priority += skb->cb[1];
	else
		scratch += skb->cb[1];
	return scratch > 100 ? TC_ACT_SHOT : TC_ACT_OK;
}

/* I: find the first slot holding a value with bpf_loop */
struct scan {
	__u32 want;
	__u32 found;
	__u32 vals[16];
};

static int scan_cb(__u32 i, void *data)
{
	struct scan *s = data;

	if (s->vals[i & 15] == s->want) {
		s->found = i;
		return 1;
	}
	return 0;
}

SEC("tc")
int find_slot(struct __sk_buff *skb)
{
	struct scan s = { .want = skb->mark, .found = 99 };

	s.vals[skb->cb[0] & 15] = skb->cb[1];
	bpf_loop(16, scan_cb, &s, 0);
	return s.found == 99 ? TC_ACT_OK : TC_ACT_SHOT;
}

/* J: mark packets on their way out, from a tracepoint */
SEC("tc")
int xmit_mark(struct __sk_buff *skb)
{
	if (skb->len > 1500)
		skb->mark = 0x42;
	return TC_ACT_OK;
}
