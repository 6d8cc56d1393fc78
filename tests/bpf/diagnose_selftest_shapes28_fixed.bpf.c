// Batch 78's shapes (tests/explain/README.md), written again as our own
// programs (test_assign_reuse's): a tc program whose inlined UDP reader
// reads the port after its caller checked only the IP header (the
// reader has the skb, not the caller's data_end); a reuseport program
// copying a 20-byte header out of the packet after checking 8 bytes;
// one releasing the context's socket, which it never took.
// This is diagnose_selftest_shapes28.bpf.c with bpfvet's fixes as it
// words them; the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct tcphdr seen_tcp;
__u64 cookie_seen;
__u32 dns_seen;

static __always_inline int note_dns(struct __sk_buff *skb, struct udphdr *uh)
{
	if ((void *)(uh + 1) > (void *)(long)skb->data_end) return TC_ACT_OK;
	if (uh->dest != bpf_htons(53))
		return TC_ACT_OK;
	dns_seen++;
	return TC_ACT_OK;
}

SEC("tc")
int count_dns(struct __sk_buff *skb)
{
	void *data_end = (void *)(long)skb->data_end;
	void *data = (void *)(long)skb->data;
	struct ethhdr *eth = data;
	struct iphdr *iph = data + sizeof(*eth);

	if ((void *)(iph + 1) > data_end)
		return TC_ACT_OK;
	if (iph->protocol != IPPROTO_UDP)
		return TC_ACT_OK;
	return note_dns(skb, (struct udphdr *)(iph + 1));
}

SEC("sk_reuseport")
int keep_syn(struct sk_reuseport_md *ctx)
{
	if (ctx->data + sizeof(seen_tcp) > ctx->data_end)
		return SK_DROP;
	__builtin_memcpy(&seen_tcp, ctx->data, sizeof(seen_tcp));
	return SK_PASS;
}

SEC("sk_reuseport")
int note_cookie(struct sk_reuseport_md *ctx)
{
	cookie_seen = bpf_get_socket_cookie(ctx->sk);
	return SK_PASS;
}
