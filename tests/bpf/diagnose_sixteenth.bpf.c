// Sixteenth held-out batch: rejections written blind, as users write them,
// before their diagnoses were looked at; causes known by construction.
// diagnose_sixteenth_fixed.bpf.c applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* A: count execs of one command, the name set by the loader */
char target_comm[16] = "nginx";
__u64 hits;

SEC("tracepoint/sched/sched_process_exec")
int count_exec(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (bpf_strncmp(comm, sizeof(comm), target_comm) == 0)
		__sync_fetch_and_add(&hits, 1);
	return 0;
}

/* B: a classic socket filter keeping IPv4 only */
SEC("socket")
int keep_ipv4(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return 0;
	return eth->h_proto == bpf_htons(ETH_P_IP) ? skb->len : 0;
}

/* C: refuse connections to port 23 */
#define EPERM 1

SEC("cgroup/connect4")
int no_telnet(struct bpf_sock_addr *ctx)
{
	if (ctx->user_port == bpf_htons(23))
		return -EPERM;
	return 1;
}

/* D: the last sample before this one, from a 16-slot history */
struct history {
	__u64 samples[16];
	__u32 next;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct history);
} hist SEC(".maps");

SEC("raw_tp")
int sample_delta(void *ctx)
{
	__u32 zero = 0, n;
	__u64 now = bpf_ktime_get_ns(), prev;
	struct history *h = bpf_map_lookup_elem(&hist, &zero);

	if (!h)
		return 0;
	n = h->next;
	if (n >= 16)
		n = 0;
	prev = h->samples[n - 1];
	h->samples[n] = now;
	h->next = n + 1;
	return now - prev > 1000000;
}

/* E: stack traces of slow paths, keyed by the stack id */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} stacks SEC(".maps");

SEC("kprobe/do_sys_openat2")
int open_stacks(struct pt_regs *ctx)
{
	long id = bpf_get_stackid(ctx, &stacks, 0);
	__u32 key = id;
	__u64 one = 1, *cnt;

	if (id < 0)
		return 0;
	cnt = bpf_map_lookup_elem(&stacks, &key);
	if (cnt)
		(*cnt)++;
	else
		bpf_map_update_elem(&stacks, &key, &one, BPF_ANY);
	return 0;
}
