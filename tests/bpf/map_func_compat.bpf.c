// Which maps each helper takes, and which helpers each map takes: every
// program here is compared with the kernel (verdict, message, level-2 log).
// Also: a map key of no bytes (a ring buffer's), and the local-storage
// helpers' owner argument, which may be NULL.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
char LICENSE[] SEC("license") = "GPL";
struct task_struct { int pid; } __attribute__((preserve_access_index));
struct task_struct force_task_struct;
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } a SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } rs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_SOCKHASH); __uint(max_entries, 16); __type(key, __u32); __type(value, __u64); } sh SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, __u64); } ts SEC(".maps");
struct { __uint(type, 32); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, __u64); } cs SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_SK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, int); __type(value, __u64); } ss SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK_TRACE); __uint(max_entries, 16); __type(key, __u32); __uint(value_size, 64); } st SEC(".maps");

#define REUSE(n, m) SEC("sk_reuseport") int n(struct sk_reuseport_md *md) { __u32 k = 0; return bpf_sk_select_reuseport(md, &m, &k, 0) ? SK_DROP : SK_PASS; }
REUSE(reuse_hash, h)
REUSE(reuse_rs, rs)
REUSE(reuse_sh, sh)
SEC("tp_btf/sched_switch") int task_hash(__u64 *ctx) { struct task_struct *t = bpf_get_current_task_btf(); return bpf_task_storage_get(&h, t, 0, 0) != 0; }
SEC("tp_btf/sched_switch") int task_cs(__u64 *ctx) { struct task_struct *t = bpf_get_current_task_btf(); return bpf_task_storage_get(&cs, t, 0, 0) != 0; }
SEC("tp_btf/sched_switch") int task_ts_del(__u64 *ctx) { struct task_struct *t = bpf_get_current_task_btf(); return bpf_task_storage_delete(&h, t); }
SEC("tp_btf/sched_switch") int lookup_ts(__u64 *ctx) { int k = 0; return bpf_map_lookup_elem(&ts, &k) != 0; }
SEC("tp_btf/sched_switch") int lookup_cs(__u64 *ctx) { int k = 0; return bpf_map_lookup_elem(&cs, &k) != 0; }
SEC("tp_btf/sched_switch") int lookup_rb(__u64 *ctx) { int k = 0; return bpf_map_lookup_elem(&rb, &k) != 0; }
SEC("tp_btf/sched_switch") int lookup_st(__u64 *ctx) { int k = 0; return bpf_map_lookup_elem(&st, &k) != 0; }
SEC("tc") int sk_hash(struct __sk_buff *skb) { struct bpf_sock *sk = skb->sk; if (!sk) return 0; return bpf_sk_storage_get(&h, sk, 0, 0) != 0; }
SEC("tc") int sk_ts(struct __sk_buff *skb) { struct bpf_sock *sk = skb->sk; if (!sk) return 0; return bpf_sk_storage_get(&ts, sk, 0, 0) != 0; }
SEC("kprobe/x") int rbdyn_a(void *ctx) { struct bpf_dynptr d; bpf_ringbuf_reserve_dynptr(&a, 8, 0, &d); bpf_ringbuf_discard_dynptr(&d, 0); return 0; }
SEC("kprobe/x") int stackid_h(void *ctx) { return bpf_get_stackid(ctx, &h, 0); }
SEC("kprobe/x") int lookup_pc_a(void *ctx) { __u32 k = 0; return bpf_map_lookup_percpu_elem(&a, &k, 0) != 0; }
SEC("kprobe/x") int update_ss(void *ctx) { int k = 0; __u64 v = 0; return bpf_map_update_elem(&ss, &k, &v, 0); }
SEC("kprobe/x") int update_rs(void *ctx) { __u32 k = 0; __u64 v = 0; return bpf_map_update_elem(&rs, &k, &v, 0); }
SEC("kprobe/x") int lookup_rs(void *ctx) { __u32 k = 0; return bpf_map_lookup_elem(&rs, &k) != 0; }
SEC("kprobe/x") int for_each_rb(void *ctx) { return bpf_for_each_map_elem(&rb, 0, 0, 0); }
SEC("kprobe/x") int cgrp_ts(void *ctx) { return bpf_cgrp_storage_get(&ts, 0, 0, 0) != 0; }
SEC("tp_btf/sched_switch") int ts_null(__u64 *ctx) { return bpf_task_storage_get(&ts, 0, 0, 0) != 0; }
SEC("tp_btf/sched_switch") int ts_del_null(__u64 *ctx) { return bpf_task_storage_delete(&ts, 0); }
SEC("tp_btf/sched_switch") int cs_null(__u64 *ctx) { return bpf_cgrp_storage_get(&cs, 0, 0, 0) != 0; }
SEC("tp_btf/sched_switch") int cs_del_null(__u64 *ctx) { return bpf_cgrp_storage_delete(&cs, 0); }
SEC("tp_btf/sched_switch") int cs_task(__u64 *ctx) { return bpf_cgrp_storage_get(&cs, (void *)bpf_get_current_task_btf(), 0, 0) != 0; }
extern struct task_struct *bpf_task_from_pid(__s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
SEC("tp_btf/sched_switch") int ts_maybe_null(__u64 *ctx)
{
	struct task_struct *t = bpf_task_from_pid(1);
	long r = bpf_task_storage_get(&ts, t, 0, 0) != 0;

	if (t)
		bpf_task_release(t);
	return r;
}
SEC("tp_btf/sched_switch") int ts_untrusted(__u64 *ctx)
{
	struct task_struct *t = (void *)ctx[1];
	return bpf_task_storage_get(&ts, t, 0, 0) != 0;
}
