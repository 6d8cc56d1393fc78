// The twenty-fifth held-out batch with each fix bpfvet suggested applied
// as written; the kernel and bpfvet accept every program here.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))
#define NF_DROP 0
#define NF_ACCEPT 1
#define AF_INET 2	/* sys/socket.h does not build for -target bpf */

char LICENSE[] SEC("license") = "GPL";

struct net_device;
struct nf_hook_state { __u8 hook; __u8 pf; struct net_device *in; } CORE;
struct sk_buff { unsigned int len; unsigned char *data; } CORE;
struct bpf_nf_ctx { const struct nf_hook_state *state; struct sk_buff *skb; } CORE;

extern int bpf_dynptr_from_skb(struct sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset,
			      void *buffer, __u32 buffer__szk) __ksym;

/* A: drop telnet at the netfilter hook, reading the IP header off the skb */
SEC("netfilter")
int nf_block_telnet(struct bpf_nf_ctx *ctx)
{
	struct sk_buff *skb = ctx->skb;
	struct iphdr *iph = (struct iphdr *)skb->data;

	if (iph->protocol != IPPROTO_TCP)
		return NF_ACCEPT;
	if (iph->ihl != 5)
		return NF_ACCEPT;
	struct tcphdr *th = (struct tcphdr *)(iph + 1);
	return th->dest == bpf_htons(23) ? NF_DROP : NF_ACCEPT;
}

/* B: the same through a dynptr, as the documentation says */
SEC("netfilter")
int nf_count_tcp(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;
	struct iphdr buf, *iph;

	if (bpf_dynptr_from_skb(ctx->skb, 0, &ptr))
		return NF_ACCEPT;
	iph = bpf_dynptr_slice(&ptr, 0, &buf, sizeof(buf));
	if (!iph) return NF_ACCEPT;
	if (iph->protocol == IPPROTO_TCP)
		bpf_printk("tcp from %x", iph->saddr);
	return NF_ACCEPT;
}

/* C: refuse /dev/mem and kill whoever asked for it */
SEC("cgroup/dev")
int dev_kill_mem(struct bpf_cgroup_dev_ctx *ctx)
{
	if (ctx->major == 1 && ctx->minor == 1) {
		bpf_send_signal(9);
		return 0;
	}
	return 1;
}

/* D: DNS connections leave from the resolver's address */
SEC("cgroup/connect4")
int pin_source(struct bpf_sock_addr *ctx)
{
	if (ctx->user_port == bpf_htons(53)) {
		struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = bpf_htonl(0x0a000035) }; bpf_bind(ctx, (struct sockaddr *)&sa, sizeof(sa));
	}
	return 1;
}

/* E: hide mDNS replies from sandboxed processes */
SEC("cgroup/recvmsg4")
int hide_mdns(struct bpf_sock_addr *ctx)
{
	return 1;
}

/* E': the mDNS datagrams dropped where that is possible */
SEC("cgroup_skb/ingress")
int drop_mdns(struct __sk_buff *skb)
{
	struct iphdr ip;
	__u16 dport;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 1;
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) || ip.protocol != IPPROTO_UDP)
		return 1;
	if (bpf_skb_load_bytes(skb, ip.ihl * 4 + 2, &dport, sizeof(dport)))
		return 1;
	return dport != bpf_htons(5353);
}

/* F: strip nothing, but count messages whose first byte is a tag */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} tag_count SEC(".maps");

SEC("sk_msg")
int msg_tag(struct sk_msg_md *msg)
{
	void *data = msg->data;
	void *data_end = msg->data_end;
	__u8 *tag = data;
	__u32 key;
	__u64 *n;

	if (data + 1 > data_end) {
		if (bpf_msg_pull_data(msg, 0, 1, 0))
			return SK_PASS;
	}
	if (data + 1 > data_end)
		return SK_PASS;
	key = *tag;
	n = bpf_map_lookup_elem(&tag_count, &key);
	if (n)
		__sync_fetch_and_add(n, 1);
	return SK_PASS;
}

/* G: shard messages over backend sockets by the header's shard byte */
struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} backends SEC(".maps");

struct shard_hdr {
	__u8 version;
	__u8 shard;
	__u16 len;
};

SEC("sk_msg")
int msg_shard(struct sk_msg_md *msg)
{
	struct shard_hdr *h = msg->data;
	__u32 key;

	if ((void *)(h + 1) > msg->data_end)
		return SK_PASS;
	key = h->shard;
	return bpf_msg_redirect_hash(msg, &backends, &key, BPF_F_INGRESS);
}

/* H: list TCP sockets with their family and ports */
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct sock_common {
	unsigned short skc_family;
	__u16 skc_dport;
	__u16 skc_num;
} CORE;
struct bpf_iter__tcp {
	struct bpf_iter_meta *meta;
	struct sock_common *sk_common;
	__u32 uid;
} CORE;

SEC("iter/tcp")
int dump_tcp(struct bpf_iter__tcp *ctx)
{
	struct sock_common *skc = ctx->sk_common;
	struct seq_file *seq = ctx->meta->seq;
	__u64 args[3];

	if (!skc) return 0;

	args[0] = skc->skc_family;
	args[1] = skc->skc_num;
	args[2] = bpf_ntohs(skc->skc_dport);
	bpf_seq_printf(seq, "%u %u %u\n", sizeof("%u %u %u\n"), args, sizeof(args));
	return 0;
}

/* I: sum RTT samples per connection in socket-local storage */
struct conn_stat {
	__u64 rtt_sum;
	__u32 samples;
};

struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct conn_stat);
} conn_rtt SEC(".maps");

SEC("sockops")
int count_rtt(struct bpf_sock_ops *skops)
{
	struct conn_stat *st;

	if (skops->op != BPF_SOCK_OPS_RTT_CB)
		return 1;
	struct bpf_sock *sk = skops->sk; if (!sk) return 1;
	st = bpf_sk_storage_get(&conn_rtt, sk, 0, BPF_SK_STORAGE_GET_F_CREATE);
	if (!st)
		return 1;
	st->rtt_sum += skops->srtt_us >> 3;
	st->samples++;
	return 1;
}

/* J: an allow-list of character devices kept by user space */
struct dev_key {
	__u32 major;
	__u32 minor;
};

struct dev_rule {
	__u32 access;	/* BPF_DEVCG_ACC_* bits allowed */
	__u32 hits;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 128);
	__type(key, struct dev_key);
	__type(value, struct dev_rule);
} dev_rules SEC(".maps");

SEC("cgroup/dev")
int dev_allowlist(struct bpf_cgroup_dev_ctx *ctx)
{
	struct dev_key key = { .major = ctx->major, .minor = ctx->minor };
	struct dev_rule *rule;
	__u32 acc = ctx->access_type >> 16;

	rule = bpf_map_lookup_elem(&dev_rules, &key);
	if (!rule) return 0;
	rule->hits++;
	return (rule->access & acc) == acc;
}

/* K: pull the first 8 bytes in, then read a length prefix */
SEC("sk_msg")
int msg_prefix(struct sk_msg_md *msg)
{
	void *data = msg->data;
	void *data_end = msg->data_end;
	__u32 *len = data;

	if (bpf_msg_pull_data(msg, 0, 8, 0))
		return SK_PASS;
	data = (void *)(long)msg->data; data_end = (void *)(long)msg->data_end;
	len = data;
	if ((void *)(len + 1) > data_end)
		return SK_PASS;
	if (bpf_ntohl(*len) > 65536)
		return SK_DROP;
	return SK_PASS;
}

/* L: hand the error of a failed parse back to netfilter */
SEC("netfilter")
int nf_parse(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;
	int err;

	err = bpf_dynptr_from_skb(ctx->skb, 0, &ptr);
	if (err) return NF_ACCEPT;
	return NF_ACCEPT;
}
