// diagnose_twentyseventh.bpf.c with each fix bpfvet suggests applied as
// written (programs the kernel accepted are unchanged).
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

#define TCX_NEXT -1
#define TCX_PASS 0
#define TCX_DROP 2

struct gw { unsigned char mac[ETH_ALEN]; unsigned short pad; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct gw);
} gateway SEC(".maps");

/* A: send everything to the gateway's MAC, then count IPv4 by EtherType */
SEC("tcx/ingress")
int tcx_to_gateway(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	__u32 zero = 0;
	struct gw *g;

	if ((void *)(eth + 1) > data_end)
		return TCX_PASS;
	g = bpf_map_lookup_elem(&gateway, &zero);
	if (!g)
		return TCX_PASS;
	bpf_skb_store_bytes(skb, 0, g->mac, ETH_ALEN, 0);
	data = (void *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	eth = data;
	if ((void *)(eth + 1) > data_end)
		return TCX_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP))
		skb->mark = 4;
	return TCX_NEXT;
}

/* B: mark TCP traffic to port 22 with DSCP CS6, on egress */
SEC("tcx/egress")
int tcx_ssh_cs6(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *iph = data + sizeof(*eth);
	struct tcphdr *tcp;

	if ((void *)(iph + 1) > data_end)
		return TCX_NEXT;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || iph->protocol != IPPROTO_TCP)
		return TCX_NEXT;
	tcp = (void *)iph + iph->ihl * 4;
	if ((void *)(tcp + 1) > data_end) return TCX_NEXT;
	if (tcp->dest == bpf_htons(22))
		skb->priority = 6;
	return TCX_NEXT;
}

struct policy { __u32 action; __u64 hits; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct policy);
} pod_policy SEC(".maps");

/* C: a netkit primary that applies a per-source-address policy */
SEC("netkit/primary")
int nk_apply_policy(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data + sizeof(struct ethhdr);
	struct policy *p;
	__u32 src;

	if ((void *)(iph + 1) > data_end)
		return TCX_NEXT;
	src = iph->saddr;
	p = bpf_map_lookup_elem(&pod_policy, &src);
	if (!p) return TCX_NEXT;
	__sync_fetch_and_add(&p->hits, 1);
	return p->action == 1 ? TCX_DROP : TCX_NEXT;
}

/* D: on the peer side, drop traffic sent by a process named "miner" */
SEC("netkit/peer")
int nk_peer_comm(struct __sk_buff *skb)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	if (comm[0] == 'm' && comm[1] == 'i' && comm[2] == 'n' && comm[3] == 'e')
		return TCX_DROP;
	return TCX_NEXT;
}

struct {
	__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} workers SEC(".maps");

/* E: choose a worker from the first byte of the UDP payload (a shard id) */
SEC("sk_reuseport")
int reuse_shard_byte(struct sk_reuseport_md *reuse)
{
	unsigned char *payload = reuse->data;
	__u32 idx;

	if (reuse->ip_protocol != IPPROTO_UDP)
		return SK_PASS;
	if ((void *)payload + 9 > (void *)(long)reuse->data_end) return SK_PASS;
	idx = payload[8] & 15;
	if (bpf_sk_select_reuseport(reuse, &workers, &idx, 0))
		return SK_DROP;
	return SK_PASS;
}

/* F: spread by hash; report a failed selection to the caller */
SEC("sk_reuseport")
int reuse_hash_err(struct sk_reuseport_md *reuse)
{
	__u32 idx = reuse->hash % 16;
	long err;

	err = bpf_sk_select_reuseport(reuse, &workers, &idx, 0);
	if (err)
		return err;
	return SK_PASS;
}

const __u32 resolver6[4] = { 0, 0, 0, bpf_htonl(1) };

/* G: send every UDP datagram for port 53 to the local resolver (::1) */
SEC("cgroup/sendmsg6")
int s6_to_resolver(struct bpf_sock_addr *ctx)
{
	if (ctx->protocol != IPPROTO_UDP || ctx->user_port != bpf_htons(53))
		return 1;
	__builtin_memcpy(ctx->user_ip6, resolver6, sizeof(resolver6));
	ctx->user_port = bpf_htons(5353);
	return 1;
}

struct port_cfg { __u8 deny[64]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct port_cfg);
} port_buckets SEC(".maps");

/* H: refuse connect() to ports whose bucket is marked */
SEC("cgroup/connect6")
int c6_port_bucket(struct bpf_sock_addr *ctx)
{
	__u32 zero = 0;
	struct port_cfg *cfg = bpf_map_lookup_elem(&port_buckets, &zero);
	__u32 bucket;

	if (!cfg)
		return 1;
	bucket = bpf_ntohs(ctx->user_port) & 0x3f;
	return cfg->deny[bucket] ? 0 : 1;
}

struct orig { __u32 ip; __u32 port; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u64);
	__type(value, struct orig);
} originals SEC(".maps");

/* I: show the application the address it first sent to */
SEC("cgroup/recvmsg4")
int r4_restore(struct bpf_sock_addr *ctx)
{
	__u64 cookie = bpf_get_socket_cookie(ctx);
	struct orig *o = bpf_map_lookup_elem(&originals, &cookie);

	if (!o) return 1;
	ctx->user_ip4 = o->ip;
	ctx->user_port = o->port;
	return 1;
}

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[256]);
} majors SEC(".maps");

/* J: allow character devices whose major number is in the table */
SEC("cgroup/dev")
int dev_major_table(struct bpf_cgroup_dev_ctx *ctx)
{
	__u32 zero = 0;
	__u8 *ok = bpf_map_lookup_elem(&majors, &zero);

	if (!ok)
		return 0;
	if ((ctx->access_type & 0xffff) != BPF_DEVCG_DEV_CHAR)
		return 1;
	if (ctx->major >= 256) return 0;
	return ok[ctx->major] ? 1 : 0;
}

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __u64);
} peers SEC(".maps");

/* K: forward each message to the peer socket and tag it for tc */
SEC("sk_skb/stream_verdict")
int skv_tag_forward(struct __sk_buff *skb)
{
	skb->priority = 0x5a;
	return bpf_sk_redirect_map(skb, &peers, 0, 0);
}

/* L: clear the ECN bits of incoming IPv4 on a route */
SEC("lwt_xmit")
int lwt_clear_ecn(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct iphdr *iph = data;

	if ((void *)(iph + 1) > data_end)
		return BPF_OK;
	iph->tos &= ~3;
	return BPF_OK;
}

struct sample_rec { __u64 ip; __u64 period; __u32 cpu; };
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} samples SEC(".maps");

/* M: record where each sample landed */
SEC("perf_event")
int perf_where(struct bpf_perf_event_data *ctx)
{
	struct sample_rec *r = bpf_ringbuf_reserve(&samples, sizeof(*r), 0);
	if (!r) return 0;

	r->ip = PT_REGS_IP(&ctx->regs);
	r->period = ctx->sample_period;
	r->cpu = bpf_get_smp_processor_id();
	bpf_ringbuf_submit(r, 0);
	return 0;
}

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, char);
	__type(value, __u64);
} last_chars SEC(".maps");

/* N: count opened paths by their last character (a trailing '/' is a dir) */
SEC("uprobe")
int BPF_KPROBE(open_last_char, const char *path)
{
	char buf[64];
	long n = bpf_probe_read_user_str(buf, sizeof(buf), path);
	if (n < 2) return 0;
	char last = buf[n - 2];
	__u64 one = 1, *cnt;

	cnt = bpf_map_lookup_elem(&last_chars, &last);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	else
		bpf_map_update_elem(&last_chars, &last, &one, BPF_NOEXIST);
	return 0;
}
