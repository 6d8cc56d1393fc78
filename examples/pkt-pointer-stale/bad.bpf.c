// Rewrite a byte with bpf_skb_store_bytes, then keep using a packet
// pointer taken before it: the helper may have moved the packet.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <linux/pkt_cls.h>

SEC("tc")
int mark_tos(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);
	__u8 tos = 0x10;

	if ((void *)(ip + 1) > data_end)
		return TC_ACT_OK;
	bpf_skb_store_bytes(skb, sizeof(struct ethhdr) + 1, &tos, 1, 0);
	if (ip->ttl == 1) /* rejected */
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
