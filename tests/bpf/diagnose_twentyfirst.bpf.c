// Twenty-first held-out batch: rejections written blind, as users write
// them, before their diagnoses were looked at; causes known by construction.
// diagnose_twentyfirst_fixed.bpf.c applies each suggested fix as written.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define CORE __attribute__((preserve_access_index))

char LICENSE[] SEC("license") = "GPL";

struct task_struct { int pid; int tgid; char comm[16]; struct task_struct *real_parent; } CORE;

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} latency SEC(".maps");

/* A: the second stage of a tail-called pipeline picks up the verdict the
 * first stage left in r9 */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} stages SEC(".maps");

SEC("tc")
int stage_one(struct __sk_buff *skb)
{
	__u64 verdict = skb->len > 1000 ? 2 : 1;

	asm volatile("r9 = %0" :: "r"(verdict) : "r9");
	bpf_tail_call(skb, &stages, 1);
	return TC_ACT_OK;
}

SEC("tc")
int stage_two(struct __sk_buff *skb)
{
	__u64 verdict;

	asm volatile("%0 = r9" : "=r"(verdict));
	skb->mark = verdict;
	return TC_ACT_OK;
}

/* B: copy the parent's command line argument pointer from user memory */
struct args_in {
	__u64 user_ptr;
	char out[32];
};

SEC("syscall")
int parent_arg(struct args_in *in)
{
	struct task_struct *t, *p;

	bpf_rcu_read_lock();
	t = bpf_get_current_task_btf();
	p = t->real_parent;
	if (p && p->pid > 1)
		bpf_copy_from_user(in->out, sizeof(in->out), (void *)in->user_ptr);
	bpf_rcu_read_unlock();
	return 0;
}

/* C: the character of the task's name at a position read from a map */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} pos SEC(".maps");

SEC("tp_btf/sched_process_exec")
int name_char(__u64 *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u32 zero = 0, *p = bpf_map_lookup_elem(&pos, &zero);
	char c;

	if (!p || *p >= sizeof(t->comm))
		return 0;
	c = t->comm[*p];
	bpf_printk("char %c", c);
	return 0;
}

/* D: the depth of a tree of options, counted by a recursive function */
struct opt {
	__u8 left;
	__u8 right;
};

static __attribute__((noinline)) int tree_depth(void *data, void *end, int off, int d)
{
	struct opt *o = data + (off & 0xff);
	int l, r;

	if (d > 3 || (void *)(o + 1) > end)
		return d;
	l = o->left ? tree_depth(data, end, o->left, d + 1) : d;
	r = o->right ? tree_depth(data, end, o->right, d + 1) : d;
	return l > r ? l : r;
}

SEC("xdp")
int opt_tree(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;

	return tree_depth(data, end, 0, 0) > 2 ? XDP_DROP : XDP_PASS;
}
