// Half-way versions from fixing the twenty-fourth batch: programs that had
// one of bpfvet's suggested fixes applied and were still rejected, for a
// second reason the first rejection hid. Each is checked (test_cli.sh) to
// get the diagnosis that led to the version the kernel accepts.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

char LICENSE[] SEC("license") = "GPL";

/* dissect_v4 with skb->flow_keys->n_proto: the 16-bit nhoff plus the
 * 20-byte header can pass 64 KiB, so the data_end check proves nothing */
SEC("flow_dissector")
int dissect_nhoff(struct __sk_buff *skb)
{
	struct bpf_flow_keys *keys = skb->flow_keys;
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *ip = data + keys->nhoff;

	if (keys->n_proto != bpf_htons(ETH_P_IP))
		return BPF_DROP;
	if ((void *)(ip + 1) > data_end)
		return BPF_DROP;
	keys->addr_proto = ETH_P_IP;
	keys->ipv4_src = ip->saddr;
	keys->ipv4_dst = ip->daddr;
	keys->ip_proto = ip->protocol;
	return BPF_OK;
}

/* cap_somaxconn checked on both sides, but with an `int len`: clang folds
 * the two tests into one unsigned test of a 32-bit copy */
SEC("cgroup/sysctl")
int sysctl_int_len(struct bpf_sysctl *ctx)
{
	char buf[16] = {};
	unsigned long val = 0;
	int len;

	if (!ctx->write)
		return 1;
	len = bpf_sysctl_get_new_value(ctx, buf, sizeof(buf));
	if (len <= 0 || len > sizeof(buf))
		return 0;
	if (bpf_strtoul(buf, len, 10, &val) < 0)
		return 0;
	return val <= 4096;
}
