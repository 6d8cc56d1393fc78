// Memory arguments the kernel types without MEM_RDONLY: a map's key and
// value.  Read-only memory (a dynptr slice of a packet) is refused for
// them, and so is a field of a kernel struct ("may write into memory
// pointed by"), though the helper only reads them; arguments typed
// read-only (bpf_tcp_raw_gen_syncookie_ipv4's headers) take both.
// Compared with the kernel by test_verify_kernel.
#include <linux/bpf.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags, struct bpf_dynptr *ptr) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer, __u32 buffer__szk) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} m SEC(".maps");

/* refused: R2 type=rdonly_mem expected=fp, ... */
SEC("tc")
int key_rdonly(struct __sk_buff *skb)
{
	struct bpf_dynptr p;
	__u32 buf, *k;

	if (bpf_dynptr_from_skb(skb, 0, &p))
		return TC_ACT_OK;
	k = bpf_dynptr_slice(&p, 0, &buf, sizeof(buf));
	if (!k)
		return TC_ACT_OK;
	bpf_map_lookup_elem(&m, k);
	return TC_ACT_OK;
}

/* refused: R3 type=rdonly_mem expected=fp, ... */
SEC("tc")
int value_rdonly(struct __sk_buff *skb)
{
	struct bpf_dynptr p;
	__u64 buf, *v;
	__u32 key = 0;

	if (bpf_dynptr_from_skb(skb, 0, &p))
		return TC_ACT_OK;
	v = bpf_dynptr_slice(&p, 0, &buf, sizeof(buf));
	if (!v)
		return TC_ACT_OK;
	bpf_map_update_elem(&m, &key, v, BPF_ANY);
	return TC_ACT_OK;
}

/* accepted: the slice copied into a local first */
SEC("tc")
int key_copied(struct __sk_buff *skb)
{
	struct bpf_dynptr p;
	__u32 buf, *k, key;

	if (bpf_dynptr_from_skb(skb, 0, &p))
		return TC_ACT_OK;
	k = bpf_dynptr_slice(&p, 0, &buf, sizeof(buf));
	if (!k)
		return TC_ACT_OK;
	key = *k;
	bpf_map_lookup_elem(&m, &key);
	return TC_ACT_OK;
}

/* accepted: a read-only slice for arguments typed read-only */
SEC("tc")
int syncookie_rdonly(struct __sk_buff *skb)
{
	struct bpf_dynptr p;
	struct iphdr buf, *ip;
	struct tcphdr th = {};

	if (bpf_dynptr_from_skb(skb, 0, &p))
		return TC_ACT_OK;
	ip = bpf_dynptr_slice(&p, 0, &buf, sizeof(buf));
	if (!ip)
		return TC_ACT_OK;
	return bpf_tcp_raw_gen_syncookie_ipv4(ip, &th, sizeof(th)) > 0 ? TC_ACT_SHOT : TC_ACT_OK;
}

struct task_struct {
	int pid;
} __attribute__((preserve_access_index));

/* refused: bpf_map_lookup_elem() may write into memory pointed by R2 */
SEC("tp_btf/sched_switch")
int BPF_PROG(key_btf, _Bool preempt, struct task_struct *prev, struct task_struct *next)
{
	bpf_map_lookup_elem(&m, &prev->pid);
	return 0;
}

/* refused: bpf_map_update_elem() may write into memory pointed by R3 */
SEC("tp_btf/sched_switch")
int BPF_PROG(value_btf, _Bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u32 key = 0;

	bpf_map_update_elem(&m, &key, &next->pid, BPF_ANY);
	return 0;
}

/* accepted: the field copied into a local first */
SEC("tp_btf/sched_switch")
int BPF_PROG(key_btf_copied, _Bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u32 pid = prev->pid;

	bpf_map_lookup_elem(&m, &pid);
	return 0;
}
