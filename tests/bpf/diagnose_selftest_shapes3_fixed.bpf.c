// diagnose_selftest_shapes3.bpf.c with each fix applied as bpfvet wrote it
// (batch 47, tests/explain/README.md); the kernel accepts every program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

#define DEPTH 64
#define ENOENT 2

/* A: two stacks into one buffer sized for one; the second call gets
 * `buf + n` and `512 - n` (test_get_stack_rawtp's shape) */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[128]);
} stacks SEC(".maps");

SEC("raw_tp/sys_enter")
int both_stacks(void *ctx)
{
	__u32 zero = 0;
	long n, m;
	void *buf;

	buf = bpf_map_lookup_elem(&stacks, &zero);
	if (!buf)
		return 0;
	n = bpf_get_stack(ctx, buf, DEPTH * 8, BPF_F_USER_STACK);
	if (n < 0)
		return 0;
	m = bpf_get_stack(ctx, buf + n, DEPTH * 8 - n, 0);
	return m < 0;
}

/* B: the same with room for both, but the first result used unchecked */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64[2 * DEPTH]);
} wide SEC(".maps");

SEC("raw_tp/sys_enter")
int stack_after_user(void *ctx)
{
	__u32 zero = 0;
	long n, m;
	void *buf;

	buf = bpf_map_lookup_elem(&wide, &zero);
	if (!buf)
		return 0;
	n = bpf_get_stack(ctx, buf, DEPTH * 8, BPF_F_USER_STACK);
	if (n < 0) return 0;
	m = bpf_get_stack(ctx, buf + n, DEPTH * 8 - n, 0);
	return m < 0;
}

/* C: an argument number checked only against a count read from the map,
 * a short that may be negative (libbpf's usdt.bpf.h bpf_usdt_arg shape) */
struct slot {
	__u64 kind, off, val;
};

struct spec {
	struct slot slots[8];
	__u64 cookie;
	short cnt;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, struct spec);
} specs SEC(".maps");

long got;

static __noinline int slot_val(__u32 id, __u64 i, long *res)
{
	struct spec *s;

	*res = 0;
	s = bpf_map_lookup_elem(&specs, &id);
	if (!s)
		return -ENOENT;
	if (i >= 8) return -ENOENT;
	if (i >= s->cnt)
		return -ENOENT;
	*res = s->slots[i].val;
	return 0;
}

SEC("kprobe/do_nanosleep")
int pick_arg(struct pt_regs *ctx)
{
	long v;

	if (slot_val(0, bpf_get_prandom_u32(), &v))
		return 0;
	got = v;
	return 0;
}

/* D: metadata read with only the packet checked (test_xdp_meta's shape) */
SEC("tc")
int meta_matches(struct __sk_buff *ctx)
{
	__u8 *data_meta = (void *)(long)ctx->data_meta;
	__u8 *data_end = (void *)(long)ctx->data_end;
	__u8 *data = (void *)(long)ctx->data;
	__u32 diff = 0;

	if (data + ETH_ALEN > data_end)
		return TC_ACT_SHOT;
	if ((void *)data_meta + 6 > (void *)data) return TC_ACT_SHOT;
	diff |= ((__u32 *)data_meta)[0] ^ ((__u32 *)data)[0];
	diff |= ((__u16 *)data_meta)[2] ^ ((__u16 *)data)[2];
	return diff ? TC_ACT_SHOT : TC_ACT_OK;
}

/* E: a bpf_loop callback whose offset went through `^= i` twice, so the
 * verifier knows nothing of it, used unchecked (strobemeta_bpf_loop's
 * shape) */
struct names {
	__u16 lens[8];
	char payload[256];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct names);
} name_buf SEC(".maps");

struct walk {
	struct names *b;
	__u64 off;
	const char *src;
};

static int copy_one(__u64 i, struct walk *w)
{
	struct names *b = w->b;
	__u64 off = w->off;
	long len;

	off ^= i;
	barrier_var(off);
	off ^= i;
	if (off > sizeof(b->payload) - 16) return 0;
	len = bpf_probe_read_kernel_str(&b->payload[off], 16, w->src);
	if (len < 0 || len > 16)
		return 1;
	w->off = off + len;
	return 0;
}

SEC("kprobe/do_sys_openat2")
int copy_names(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct walk w = {};

	w.b = bpf_map_lookup_elem(&name_buf, &zero);
	if (!w.b)
		return 0;
	w.src = (const char *)bpf_get_current_task();
	bpf_loop(4, copy_one, &w, 0);
	return 0;
}

/* F: the TCP header of a sock_ops callback read unchecked
 * (test_tcp_hdr_options' shape) */
__u32 fins;

SEC("sockops")
int count_fin(struct bpf_sock_ops *skops)
{
	struct tcphdr *th;

	if (skops->op != BPF_SOCK_OPS_PARSE_HDR_OPT_CB)
		return 1;
	th = skops->skb_data;
	if ((void *)(th + 1) > (void *)(long)skops->skb_data_end) return 1;
	if (th->fin)
		fins++;
	return 1;
}

/* G: the delivery time's clock written directly (test_tc_dtime's shape) */
SEC("tc")
int mark_mono(struct __sk_buff *skb)
{
	skb->tstamp = bpf_ktime_get_ns();
	bpf_skb_set_tstamp(skb, skb->tstamp, BPF_SKB_TSTAMP_DELIVERY_MONO);
	return TC_ACT_OK;
}
