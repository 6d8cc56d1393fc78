// Second rejections of the twenty-eighth batch, each with the first fix
// applied; diagnose_twentyeighth_fixed.bpf.c applies the second.
//  - lookup_port_range: the index made `__u32`, as a user would, where
//    bpfvet says `__u64`: `ctx->local_port - 8000` is a 64-bit add, and
//    clang zero-extends the result once for the check and again, in the
//    original register, for the index, so the check bounds only the copy
//    (clang 14 and 19 alike).
//  - dissect_v4_ports: the network header's offset bounded, the transport
//    header read at `data + keys->thoff` without a check of its own.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

#define CORE __attribute__((preserve_access_index))
#define SOL_TCP 6

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} peers SEC(".maps");

/* F: ports 8000..8015 map to slots of a sockhash through a config table */
struct slots { __u32 slot[16]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct slots);
} port_slots SEC(".maps");

SEC("sk_lookup")
int lookup_port_range(struct bpf_sk_lookup *ctx)
{
	__u32 zero = 0, key;
	struct slots *s;
	struct bpf_sock *sk;
	__u32 i = ctx->local_port - 8000;

	if (i >= 16)
		return SK_PASS;
	s = bpf_map_lookup_elem(&port_slots, &zero);
	if (!s)
		return SK_PASS;
	key = s->slot[i];
	sk = bpf_map_lookup_elem(&peers, &key);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

/* J: a flow dissector for IPv4 that fills in the ports */
SEC("flow_dissector")
int dissect_v4_ports(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct bpf_flow_keys *keys = skb->flow_keys;
	__u32 nhoff = keys->nhoff;
	struct iphdr *iph;
	struct tcphdr *th;

	if (nhoff > 1024)
		return BPF_DROP;
	iph = data + nhoff;

	if ((void *)(iph + 1) > data_end)
		return BPF_DROP;
	keys->addr_proto = ETH_P_IP;
	keys->ipv4_src = iph->saddr;
	keys->ipv4_dst = iph->daddr;
	keys->ip_proto = iph->protocol;
	keys->thoff = keys->nhoff + iph->ihl * 4;
	if (iph->protocol != IPPROTO_TCP)
		return BPF_OK;
	th = data + keys->thoff;
	keys->sport = th->source;
	keys->dport = th->dest;
	return BPF_OK;
}
