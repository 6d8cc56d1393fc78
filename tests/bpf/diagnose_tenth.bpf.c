// Rejections written before looking at what bpfvet says (tenth batch), causes known by construction.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

/* 1: the socket of a sock_ops callback used without a check */
SEC("sockops") int rtt_state(struct bpf_sock_ops *skops)
{
	struct bpf_sock *sk = skops->sk;
	if (sk->state == 1 /* TCP_ESTABLISHED */)
		skops->reply = 1;
	return 1;
}

/* 2: a kernel structure read into a map value smaller than the read */
struct small { __u64 a, b; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct small); } snap SEC(".maps");
SEC("kprobe/tcp_close") int snap_sock(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct small *s = bpf_map_lookup_elem(&snap, &zero);
	if (!s)
		return 0;
	bpf_probe_read_kernel(s, 32, (void *)PT_REGS_PARM1(ctx));
	return 0;
}

/* 3: a user string copied with the length the traced function was given */
struct buf { char b[256]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct buf); } scratch SEC(".maps");
SEC("uprobe") int copy_arg(struct pt_regs *ctx)
{
	__u32 zero = 0;
	struct buf *b = bpf_map_lookup_elem(&scratch, &zero);
	if (!b)
		return 0;
	__u64 len = PT_REGS_PARM2(ctx);
	bpf_probe_read_user(b->b, len, (void *)PT_REGS_PARM1(ctx));
	return 0;
}

/* 4: bpf_copy_from_user in a kprobe, which may not sleep */
SEC("kprobe/do_sys_openat2") int copy_name(struct pt_regs *ctx)
{
	char name[32];
	bpf_copy_from_user(name, sizeof(name), (void *)PT_REGS_PARM2(ctx));
	return name[0];
}

/* 5: a global helper function that takes the skb, called with something else */
__attribute__((noinline)) int skb_len_of(struct __sk_buff *skb)
{
	return skb ? skb->len : 0;
}
SEC("tc") int call_global(struct __sk_buff *skb)
{
	struct __sk_buff copy = {};
	copy.len = skb->len;
	return skb_len_of(&copy) > 100 ? TC_ACT_SHOT : TC_ACT_OK;
}

/* 6: a socket creation hook answering 2 */
SEC("cgroup/sock_create") int sock_deny(struct bpf_sock *sk)
{
	return sk->type == 3 /* SOCK_RAW */ ? 2 : 1;
}

/* 7: a queue's element peeked into a buffer smaller than the element */
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 16); __uint(key_size, 0); __uint(value_size, 16); } q SEC(".maps");
SEC("tc") int peek_queue(struct __sk_buff *skb)
{
	__u64 v = 0;
	bpf_map_peek_elem(&q, &v);
	skb->mark = v;
	return TC_ACT_OK;
}

/* 8: stack ids stored through a hash map */
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 64); __type(key, __u32); __type(value, __u64); } ids SEC(".maps");
SEC("kprobe/tcp_sendmsg") int stack_of(struct pt_regs *ctx)
{
	return bpf_get_stackid(ctx, &ids, 0);
}

/* 9: a cgroup egress hook that rewrites a byte of the packet */
SEC("cgroup_skb/egress") int mark_tos(struct __sk_buff *skb)
{
	__u8 *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	if (data + 2 > end)
		return 1;
	data[1] = 0;
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
