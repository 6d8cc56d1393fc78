// The thirtieth held-out batch (diagnose_thirtieth.bpf.c) with the fix
// each diagnosis suggested applied as written; the kernel accepts all.
// XDP VLAN parsing, tc payload copies, a ring buffer left reserved on an
// error path, an off-by-one index check, a lock held across a helper,
// sk_msg data after a pull, a ctx pointer moved, a loop bounded by a map
// value, two frames of large buffers, a signed length, an unchecked lookup
// passed on, a socket filter writing the ctx.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct vlan_hdr {
	__be16 tci;
	__be16 proto;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u64);
} vlan_pkts SEC(".maps");

/* A: count packets per VLAN id; up to two tags (QinQ) */
SEC("xdp")
int vlan_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct vlan_hdr *vh;
	__u16 proto;
	__u32 vid = 0;
	__u64 *n;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	proto = eth->h_proto;
	vh = (void *)(eth + 1);
	if (proto == bpf_htons(ETH_P_8021AD)) {
		if ((void *)(vh + 1) > data_end)
			return XDP_PASS;
		proto = vh->proto;
		vh++;
	}
	if (proto == bpf_htons(ETH_P_8021Q)) {
		if ((void *)(vh + 1) > data_end)
			return XDP_PASS;
		vid = bpf_ntohs(vh->tci) & 0xfff;
	}
	n = bpf_map_lookup_elem(&vlan_pkts, &vid);
	if (n)
		*n += 1;
	return XDP_PASS;
}

/* B: copy the first bytes of the TCP payload; the length is the IP
 * header's TTL-sized "hint" the sender puts in the TOS byte */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[64]);
} payload_buf SEC(".maps");

SEC("tc")
int grab_payload(struct __sk_buff *skb)
{
	struct iphdr ip;
	__u8 buf[64];
	__u64 len;
	__u32 zero = 0;

	if (bpf_skb_load_bytes(skb, ETH_HLEN, &ip, sizeof(ip)) < 0)
		return TC_ACT_OK;
	len = ip.tos & 0x7f;
	if (len == 0 || len > sizeof(buf))
		return 0;
	if (bpf_skb_load_bytes(skb, ETH_HLEN + sizeof(ip), buf, len) < 0)
		return TC_ACT_OK;
	bpf_map_update_elem(&payload_buf, &zero, buf, BPF_ANY);
	return TC_ACT_OK;
}

/* C: send exec events through a ring buffer; give up on a short read */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

struct exec_event {
	__u32 pid;
	char file[128];
};

SEC("tracepoint/syscalls/sys_enter_execve")
int exec_events(void *ctx)
{
	struct exec_event *e;
	const char *fname;

	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	fname = (const char *)((__u64 *)ctx)[2];
	if (bpf_probe_read_user_str(e->file, sizeof(e->file), fname) < 0) {
		bpf_ringbuf_discard(e, 0);
		return 0;
	}
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* D: per-port statistics in an array of 1024 entries */
struct port_stat {
	__u64 pkts;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct port_stat[1024]);
} port_stats SEC(".maps");

SEC("tc")
int port_account(struct __sk_buff *skb)
{
	__u16 port;
	__u32 zero = 0;
	struct port_stat *st;

	if (bpf_skb_load_bytes(skb, ETH_HLEN + sizeof(struct iphdr) + 2, &port, sizeof(port)) < 0)
		return TC_ACT_OK;
	port = bpf_ntohs(port);
	__u32 idx = port;
	if (idx >= 1024)
		return TC_ACT_OK;
	st = bpf_map_lookup_elem(&port_stats, &zero);
	if (!st)
		return TC_ACT_OK;
	st[idx].pkts++;
	st[idx].bytes += skb->len;
	return TC_ACT_OK;
}

/* E: a rate limiter: a token bucket under a lock, refilled from the clock */
struct bucket {
	struct bpf_spin_lock lock;
	__u64 tokens;
	__u64 last;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct bucket);
} bucket SEC(".maps");

SEC("tc")
int rate_limit(struct __sk_buff *skb)
{
	__u32 zero = 0;
	struct bucket *b = bpf_map_lookup_elem(&bucket, &zero);
	int verdict = TC_ACT_OK;

	if (!b)
		return TC_ACT_OK;
	__u64 now = bpf_ktime_get_ns();
	bpf_spin_lock(&b->lock);
	b->tokens += (now - b->last) / 1000;
	b->last = now;
	if (b->tokens > 0)
		b->tokens--;
	else
		verdict = TC_ACT_SHOT;
	bpf_spin_unlock(&b->lock);
	return verdict;
}

/* F: sk_msg: look at the first four bytes after pulling them in */
SEC("sk_msg")
int msg_magic(struct sk_msg_md *msg)
{
	void *data = msg->data;
	void *data_end = msg->data_end;

	if (data + 4 > data_end) {
		if (bpf_msg_pull_data(msg, 0, 4, 0))
			return SK_PASS;
	}
	if (data + 4 > data_end)
		return SK_PASS;
	return *(__u32 *)data == 0x50545448 ? SK_DROP : SK_PASS;
}

/* G: read one of the five tuple fields of a socket address by index */
SEC("cgroup/connect4")
int connect_field(struct bpf_sock_addr *ctx)
{
	__u32 v = ctx->user_ip4;

	return v != 0;
}

/* H: sum the first N counters, N set from user space */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} cfg SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

__u64 total;

SEC("kprobe/tcp_sendmsg")
int sum_counters(struct pt_regs *regs)
{
	__u32 zero = 0;
	__u64 *nmax = bpf_map_lookup_elem(&cfg, &zero);
	__u64 sum = 0;

	if (!nmax)
		return 0;
	__u64 n = *nmax;

	for (__u32 i = 0; i < 256; i++) {
		if (i >= n)
			break;
		__u32 k = i;
		__u64 *c = bpf_map_lookup_elem(&counters, &k);

		if (c)
			sum += *c;
	}
	total = sum;
	return 0;
}

/* I: format a record in one function, checksum it in another */
static __attribute__((noinline)) __u32 csum_rec(const __u8 *p, int n)
{
	__u8 scratch[320];
	__u32 s = 0;

	for (int i = 0; i < n && i < 320; i++)
		scratch[i] = p[i & 255];
	for (int i = 0; i < 320; i += 32)
		s += scratch[i];
	return s;
}

__u32 last_csum;

SEC("kprobe/vfs_write")
int rec_csum(struct pt_regs *regs)
{
	__u8 rec[256];

	if (bpf_probe_read_kernel(rec, sizeof(rec), (void *)PT_REGS_PARM2(regs)))
		return 0;
	last_csum = csum_rec(rec, (int)PT_REGS_PARM3(regs));
	return 0;
}

/* J: copy the write(2) buffer; a negative count means nothing to copy */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[128]);
} wbuf SEC(".maps");

SEC("kprobe/ksys_write")
int copy_write(struct pt_regs *regs)
{
	__u32 zero = 0;
	__u8 *dst = bpf_map_lookup_elem(&wbuf, &zero);
	__u64 count = PT_REGS_PARM3(regs);

	if (!dst)
		return 0;
	if (count > 128)
		count = 128;
	bpf_probe_read_user(dst, count, (void *)PT_REGS_PARM2(regs));
	return 0;
}

/* K: copy one map's value into another */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} seen_a SEC(".maps"), seen_b SEC(".maps");

SEC("tracepoint/sched/sched_process_fork")
int mirror_seen(void *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 *v = bpf_map_lookup_elem(&seen_a, &pid);

	if (!v)
		return 0;
	bpf_map_update_elem(&seen_b, &pid, v, BPF_ANY);
	return 0;
}

/* L: a socket filter that tags what it keeps in the mark */
SEC("socket")
int tag_keep(struct __sk_buff *skb)
{
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	skb->cb[0] = 7;
	return skb->len;
}

/* diagnose_thirtieth_steps.bpf.c cb_pick, its fix applied as written */
SEC("tc")
int cb_pick(struct __sk_buff *skb)
{
	__u32 i = skb->hash & 3;
	__u32 v;
	__u32 f0 = skb->cb[0];
	__u32 f1 = skb->cb[1];
	__u32 f2 = skb->cb[2];
	__u32 f3 = skb->cb[3];

	barrier_var(f0);
	barrier_var(f1);
	barrier_var(f2);
	barrier_var(f3);
	switch (i) {
	case 0: v = f0; break;
	case 1: v = f1; break;
	case 2: v = f2; break;
	default: v = f3; break;
	}
	return v ? 0 : 2;
}
