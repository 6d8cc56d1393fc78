// The thirty-fifth held-out batch with each fix its diagnosis suggested,
// applied as written; the kernel accepts every program.
/* PT_REGS_*: the tests target x86-64 kernels */
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

/* A: the thread-group id of the task that opened a file */
struct task_struct {
	int pid;
	int tgid;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} opens SEC(".maps");

SEC("kprobe/do_sys_openat2")
int count_opens(struct pt_regs *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__u32 tgid = task->tgid;
	__u64 one = 1, *n;

	n = bpf_map_lookup_elem(&opens, &tgid);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&opens, &tgid, &one, BPF_NOEXIST);
	return 0;
}

/* B: per-tenant packet counters, one inner array per tenant */
struct tenant_counters {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 64);
	__type(key, __u32);
	__array(values, struct tenant_counters);
} tenants SEC(".maps");

SEC("tc")
int tenant_count(struct __sk_buff *skb)
{
	__u32 tenant = skb->mark & 0xffff;
	__u32 slot = skb->protocol == bpf_htons(ETH_P_IP) ? 0 : 1;
	void *counters = bpf_map_lookup_elem(&tenants, &tenant);
	if (!counters) return TC_ACT_OK;
	__u64 *c = bpf_map_lookup_elem(counters, &slot);

	if (c)
		__sync_fetch_and_add(c, 1);
	return TC_ACT_OK;
}

/* C: drop when the tracked flows together exceed a byte budget */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} flow_bytes SEC(".maps");

struct bpf_map;

struct budget_walk {
	__u64 total;
};

static long add_flow(struct bpf_map *map, __u32 *key, __u64 *bytes,
		     struct budget_walk *w)
{
	w->total += *bytes;
	return 0;
}

SEC("tc")
int budget(struct __sk_buff *skb)
{
	struct budget_walk w = {};

	bpf_for_each_map_elem(&flow_bytes, add_flow, &w, 0);
	if (w.total > (1ULL << 30))
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

/* D: a sleepable uprobe that copies the line from user memory */
struct line_event {
	__u32 pid;
	char line[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 256 * 1024);
} lines SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct line_event);
} line_scratch SEC(".maps");

SEC("uretprobe.s//bin/bash:readline")
int bash_line(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct line_event *e = bpf_map_lookup_elem(&line_scratch, &zero);
	const char *src = (const char *)PT_REGS_RC(ctx);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	if (bpf_copy_from_user(e->line, sizeof(e->line), src))
		return 0;
	bpf_ringbuf_output(&lines, e, sizeof(*e), 0);
	return 0;
}

/* E: classify the first payload byte of UDP packets through a table */
__u8 byte_class[256];
__u64 class_hits[256];

SEC("xdp")
int first_byte(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	char *payload = (void *)(ip + 1) + 8;

	if ((void *)(payload + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->protocol != IPPROTO_UDP)
		return XDP_PASS;

	__u8 c = *payload;
	__u8 k = byte_class[c];
	class_hits[k]++;
	return XDP_PASS;
}

/* F: exec events with a timestamp */
struct exec_event {
	__u32 pid;
	__u64 ts;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} execs SEC(".maps");

SEC("tp/sched/sched_process_exec")
int on_exec(void *ctx)
{
	struct exec_event *e = bpf_ringbuf_reserve(&execs, sizeof(*e), 0);

	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/* G: drop a packet whose first bytes hold a marker */
struct bpf_iter_num { __u64 __opaque[1]; } __attribute__((aligned(8)));
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym;
extern int *bpf_iter_num_next(struct bpf_iter_num *it) __ksym;
extern void bpf_iter_num_destroy(struct bpf_iter_num *it) __ksym;

SEC("tc")
int marker_drop(struct __sk_buff *skb)
{
	struct bpf_iter_num it;
	__u8 buf[8];
	int *i;

	if (bpf_skb_load_bytes(skb, 0, buf, sizeof(buf)))
		return TC_ACT_OK;
	bpf_iter_num_new(&it, 0, sizeof(buf));
	while ((i = bpf_iter_num_next(&it))) {
		if (*i < 0 || *i >= (int)sizeof(buf))
			break;
		if (buf[*i] == 0xee) { bpf_iter_num_destroy(&it); return TC_ACT_SHOT; }
	}
	bpf_iter_num_destroy(&it);
	return TC_ACT_OK;
}

/* H: forward tagged traffic to the port a map names, ported from XDP */
struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u32);
} out_ports SEC(".maps");

SEC("tc")
int forward_tagged(struct __sk_buff *skb)
{
	__u32 port = skb->vlan_tci & 0xf;

	if (!skb->vlan_present)
		return TC_ACT_OK;
	__u32 *ifindex = bpf_map_lookup_elem(&out_ports, &port); if (!ifindex) return TC_ACT_OK; return bpf_redirect(*ifindex, 0);
}
