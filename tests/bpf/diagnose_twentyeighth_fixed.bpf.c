// The twenty-eighth held-out batch with each fix bpfvet suggested applied
// as written (diagnose_twentyeighth.bpf.c has the rejected originals).
// Program types few batches used: sk_msg, sock_ops, sk_lookup, task
// iterators, uretprobe, syscall, flow dissector, cgroup setsockopt, bind6
// and post_bind4.
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

/* A: drop messages whose first word is not our magic; look at the header
 * only after making sure the first 8 bytes are linear */
SEC("sk_msg")
int msg_magic(struct sk_msg_md *msg)
{
	void *data = msg->data;
	void *data_end = msg->data_end;
	__u32 *word = data;

	if (msg->size < 8)
		return SK_PASS;
	bpf_msg_pull_data(msg, 0, 8, 0);
	data = (void *)(long)msg->data;
	data_end = (void *)(long)msg->data_end;
	word = data;
	if ((void *)(word + 2) > data_end)
		return SK_DROP;
	if (word[0] != bpf_htonl(0xfeedf00d))
		return SK_DROP;
	return SK_PASS;
}

/* B: a cheap checksum of the message for the audit log */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} msg_sum SEC(".maps");

SEC("sk_msg")
int msg_checksum(struct sk_msg_md *msg)
{
	__u8 *data = msg->data;
	__u8 *data_end = msg->data_end;
	__u32 zero = 0, i;
	__u64 sum = 0, *slot;

	for (i = 0; i < 1500; i++) {
		if (i >= msg->size)
			break;
		if (data + i + 1 > data_end)
			break;
		sum += data[i];
	}
	slot = bpf_map_lookup_elem(&msg_sum, &zero);
	if (slot)
		*slot += sum;
	return SK_PASS;
}

/* C: switch established connections to BBR */
SEC("sockops")
int ops_set_bbr(struct bpf_sock_ops *skops)
{
	char cc[4] = "bbr";

	if (skops->op == BPF_SOCK_OPS_ACTIVE_ESTABLISHED_CB ||
	    skops->op == BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB)
		bpf_setsockopt(skops, SOL_TCP, TCP_CONGESTION, cc, sizeof(cc));
	return 1;
}

/* D: note connections whose SYN carries an experimental option (kind 254) */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} exp_opts SEC(".maps");

SEC("sockops")
int ops_exp_option(struct bpf_sock_ops *skops)
{
	struct tcphdr *th;
	__u8 *opt;
	__u32 zero = 0;
	__u64 *n;

	if (skops->op == BPF_SOCK_OPS_TCP_LISTEN_CB) {
		bpf_sock_ops_cb_flags_set(skops, BPF_SOCK_OPS_PARSE_ALL_HDR_OPT_CB_FLAG);
		return 1;
	}
	if (skops->op != BPF_SOCK_OPS_PARSE_HDR_OPT_CB)
		return 1;
	th = skops->skb_data;
	if ((void *)(th + 1) > skops->skb_data_end)
		return 1;
	opt = (__u8 *)(th + 1);
	if ((void *)opt + 1 > skops->skb_data_end)
		return 1;
	if (opt[0] == 254) {
		n = bpf_map_lookup_elem(&exp_opts, &zero);
		if (n)
			__sync_fetch_and_add(n, 1);
	}
	return 1;
}

/* E: hand lookups for port 7000 to the socket registered under it */
SEC("sk_lookup")
int lookup_by_port(struct bpf_sk_lookup *ctx)
{
	__u32 key = ctx->local_port;
	struct bpf_sock *sk;

	if (key != 7000)
		return SK_PASS;
	sk = bpf_map_lookup_elem(&peers, &key);
	if (!sk)
		return SK_PASS;
	bpf_sk_assign(ctx, sk, 0);
	bpf_sk_release(sk);
	return SK_PASS;
}

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
	__u64 i = ctx->local_port - 8000;

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

/* G: list every task with its pid and name */
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; __u64 session_id; __u64 seq_num; } CORE;
struct task_struct { int pid; int tgid; char comm[16]; } CORE;
struct bpf_iter__task { struct bpf_iter_meta *meta; struct task_struct *task; } CORE;

SEC("iter/task")
int dump_tasks(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	if (!task)
		return 0;

	BPF_SEQ_PRINTF(seq, "%d %s\n", task->pid, task->comm);
	return 0;
}

/* H: log each line bash reads, as returned by readline() */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} lines SEC(".maps");

SEC("uretprobe//bin/bash:readline")
int BPF_KRETPROBE(bash_readline, const void *line)
{
	char buf[64];
	long n;

	n = bpf_probe_read_user_str(buf, sizeof(buf), line);
	if (n < 0)
		return 0;
	bpf_ringbuf_output(&lines, buf, n, 0);
	return 0;
}

/* I: copy a caller-supplied buffer into a map, from a BPF_PROG_RUN call */
struct fill_args { __u64 ptr; __u32 len; __u32 key; };
struct blob { char bytes[128]; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct blob);
} blobs SEC(".maps");

SEC("syscall")
int fill_blob(struct fill_args *a)
{
	struct blob b = {};
	__u32 key = a->key;
	__u64 len = a->len;

	if (len > 128)
		return 0;
	if (bpf_copy_from_user(b.bytes, len, (void *)a->ptr))
		return 1;
	bpf_map_update_elem(&blobs, &key, &b, BPF_ANY);
	return 0;
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
	if ((void *)(th + 1) > data_end)
		return BPF_DROP;
	keys->sport = th->source;
	keys->dport = th->dest;
	return BPF_OK;
}

/* K: clamp SO_RCVBUF to 1 MiB */
SEC("cgroup/setsockopt")
int clamp_rcvbuf(struct bpf_sockopt *ctx)
{
	int *val = ctx->optval;

	if (ctx->level != 1 /* SOL_SOCKET */ || ctx->optname != 8 /* SO_RCVBUF */)
		return 1;
	if ((void *)val + 4 > (void *)(long)ctx->optval_end)
		return 1;
	if (*val > (1 << 20))
		*val = 1 << 20;
	return 1;
}

/* L: services binding [::]:80 get the host's service address instead */
SEC("cgroup/bind6")
int bind6_service_addr(struct bpf_sock_addr *ctx)
{
	if (ctx->user_port != bpf_htons(80))
		return 1;
	ctx->user_ip6[0] = bpf_htonl(0xfd000000);
	ctx->user_ip6[1] = 0;
	ctx->user_ip6[2] = 0;
	ctx->user_ip6[3] = bpf_htonl(1);
	ctx->user_port = bpf_htons(80);
	return 1;
}

/* M: no process in this cgroup may end up bound to a privileged port */
SEC("cgroup/post_bind4")
int deny_low_ports(struct bpf_sock *sk)
{
	if (sk->src_port < 1024)
		return 0;
	return 1;
}

/* N: send each message to the peer socket kept under its remote port */
SEC("sk_msg")
int msg_to_peer(struct sk_msg_md *msg)
{
	__u32 key = bpf_ntohl(msg->remote_port) >> 16;

	return bpf_msg_redirect_hash(msg, &peers, &key, BPF_F_INGRESS);
}
