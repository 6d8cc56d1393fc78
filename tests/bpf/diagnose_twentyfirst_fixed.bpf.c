// The twenty-first held-out batch with each suggested fix applied as
// written (diagnose_twentyfirst.bpf.c has the rejected originals).
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

	skb->cb[0] = verdict; /* the fix: the context's scratch space */
	bpf_tail_call(skb, &stages, 1);
	return TC_ACT_OK;
}

SEC("tc")
int stage_two(struct __sk_buff *skb)
{
	skb->mark = skb->cb[0];
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
	char buf[32];
	int want;

	bpf_rcu_read_lock();
	t = bpf_get_current_task_btf();
	p = t->real_parent;
	want = p && p->pid > 1; /* the fix: decide inside, call after the unlock */
	bpf_rcu_read_unlock();
	/* and a second rejection the fix uncovered: the context is not memory a
	 * helper may fill; fill a local and copy it */
	if (want && !bpf_copy_from_user(buf, sizeof(buf), (void *)in->user_ptr))
		__builtin_memcpy(in->out, buf, sizeof(buf));
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
	if (!p || *p >= sizeof(t->comm))
		return 0;
	__typeof__(t->comm[0]) comm_c;
	bpf_probe_read_kernel(&comm_c, sizeof(comm_c), &t->comm[*p]);
	bpf_printk("char %c", comm_c);
	return 0;
}

/* D: the depth of a tree of options, counted by a recursive function */
struct opt {
	__u8 left;
	__u8 right;
};

/* the fix: bpf_loop() over an explicit stack of pending options, one
 * option per round, so that the verifier walks the step once */
struct walk {
	void *data, *end;
	__u8 offs[8];
	__u8 depths[8];
	__u32 n;
	int max;
};

static int walk_step(__u32 i, void *ctx)
{
	struct walk *w = ctx;
	struct opt *o;
	__u32 n = w->n;
	int d;

	if (n == 0 || n > 8)
		return 1;
	n--;
	o = w->data + w->offs[n];
	d = w->depths[n];
	w->n = n;
	if (d > w->max)
		w->max = d;
	if (d > 3 || (void *)(o + 1) > w->end)
		return 0;
	if (o->left && n < 7) {
		w->offs[n] = o->left;
		w->depths[n] = d + 1;
		n++;
	}
	if (o->right && n < 7) {
		w->offs[n] = o->right;
		w->depths[n] = d + 1;
		n++;
	}
	w->n = n;
	return 0;
}

SEC("xdp")
int opt_tree(struct xdp_md *ctx)
{
	struct walk w = {
		.data = (void *)(long)ctx->data,
		.end = (void *)(long)ctx->data_end,
		.n = 1,
	};

	bpf_loop(32, walk_step, &w, 0);
	return w.max > 2 ? XDP_DROP : XDP_PASS;
}
