// diagnose_selftest_shapes13.bpf.c with bpfvet's fixes applied as it
// words them; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

char arg_copy[16];
void *user_arg;

SEC("uprobe.s//proc/self/exe:copy_target")
int copy_arg(struct pt_regs *ctx)
{
	bpf_copy_from_user(arg_copy, sizeof(arg_copy), user_arg);
	return 0;
}

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} hits SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(max_entries, 1024);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
} stacks SEC(".maps");

SEC("tracepoint/sched/sched_switch")
int count_stack(void *ctx)
{
	__u64 one = 1;
	long id = bpf_get_stackid(ctx, &stacks, 0);

	if (id >= 0) {
		__u32 key = id;

		bpf_map_update_elem(&hits, &key, &one, BPF_NOEXIST);
	}
	return 0;
}

SEC("tc")
int rewrite_dst(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph;
	__u32 to = bpf_htonl(0x0a000002);

	if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	iph = (struct iphdr *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	__u32 from = iph->daddr;

	if (bpf_skb_store_bytes(skb, ETH_HLEN + 16, &to, sizeof(to), 0))
		return TC_ACT_SHOT;
	if (bpf_l3_csum_replace(skb, ETH_HLEN + 10, from, to, sizeof(to)))
		return TC_ACT_SHOT;
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	eth = data;
	iph = (struct iphdr *)(eth + 1);
	if ((void *)(iph + 1) > data_end)
		return TC_ACT_SHOT;
	if (iph->daddr != to)
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}
