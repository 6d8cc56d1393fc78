// bpf_cast_to_kern_ctx() and bpf_rdonly_cast(): the context as the
// kernel's own struct (trusted), and any value as a read-only, untrusted
// pointer to the kernel struct a BTF id names.  Verdicts and level-2 logs
// are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;

struct net_device { int ifindex; } CORE;
struct xdp_rxq_info { struct net_device *dev; } CORE;
struct xdp_buff { struct xdp_rxq_info *rxq; } CORE;
struct sk_buff { unsigned int len; } CORE;
struct task_struct { int pid; } CORE;

void *bpf_cast_to_kern_ctx(void *obj) __ksym;
void *bpf_rdonly_cast(const void *obj, u32 btf_id) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, u64);
} store SEC(".maps");

char LICENSE[] SEC("license") = "GPL";

SEC("xdp")
int xdp_ifindex(struct xdp_md *ctx)
{
	struct xdp_buff *x = bpf_cast_to_kern_ctx(ctx);

	return x->rxq->dev->ifindex == 1 ? XDP_DROP : XDP_PASS;
}

SEC("tc")
int skb_len(struct __sk_buff *ctx)
{
	struct sk_buff *skb = bpf_cast_to_kern_ctx(ctx);

	return skb->len > 1500;
}

/* a tracepoint's context is an array of numbers, not a struct */
SEC("tracepoint/syscalls/sys_enter_getpid")
int tp_kern_ctx(void *ctx)
{
	u64 *k = bpf_cast_to_kern_ctx(ctx);

	return k != 0;
}

/* a cast pointer may be read ... */
SEC("tp_btf/sched_switch")
int cast_read(u64 *ctx)
{
	struct task_struct *t = bpf_rdonly_cast((void *)ctx[1], bpf_core_type_id_kernel(struct task_struct));

	return t->pid == 1;
}

/* ... but is untrusted: no helper takes it as a task */
SEC("tp_btf/sched_switch")
int cast_to_helper(u64 *ctx)
{
	struct task_struct *t = bpf_rdonly_cast((void *)ctx[1], bpf_core_type_id_kernel(struct task_struct));

	return bpf_task_storage_get(&store, t, 0, 0) != 0;
}
