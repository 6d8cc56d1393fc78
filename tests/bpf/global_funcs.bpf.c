/* Global functions: verified on their own after the main program, calls
 * checked against their BTF prototypes (the last one passes a pointer to
 * the stack where the context is expected, ctxmem the context where memory
 * is, shortmem 4 bytes where 8 are; kprobe_regs names a kprobe's context by the typedef's name, which the
 * kernel takes).  verify_vs_kernel holds the level-2 logs to the kernel's. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, __u64); } m SEC(".maps");
__noinline int g1(int x) { return x > 3; }
__noinline int g2(struct __sk_buff *skb) { return skb->len; }
__noinline int g3(__u64 *p) { if (!p) return 0; return *p; }
__noinline int g4(int x) { __u32 k = x; __u64 *v = bpf_map_lookup_elem(&m, &k); return *v; }
SEC("socket") int two(struct __sk_buff *skb) { return g1(skb->len) + g2(skb); }
SEC("socket") int mem(struct __sk_buff *skb) { __u64 v = skb->len; return g3(&v) + g3(0); }
SEC("socket") int bad(struct __sk_buff *skb) { return g4(skb->len); }
SEC("socket") int badarg(struct __sk_buff *skb) { return g2((void *)&skb) ; }
struct S { int x; };
__noinline int g5(const struct S *s) { return s ? s->x : 0; }
SEC("socket") int ctxmem(struct __sk_buff *skb) { return g5((const void *)skb); }
SEC("socket") int ctxmem_fixed(struct __sk_buff *skb) { struct S s = { .x = skb->len }; return g5(&s); }
struct S2 { int x, y; };
__noinline int g7(const struct S2 *s) { return s ? s->x + s->y : 0; }
SEC("socket") int shortmem(struct __sk_buff *skb) { int v = skb->len; return g7((const void *)&v); }
struct bpf_user_pt_regs_t {};
__noinline int g6(struct bpf_user_pt_regs_t *ctx) { __u64 st[4]; return bpf_get_stack(ctx, st, sizeof(st), 0) > 0; }
SEC("kprobe/do_nanosleep") int kprobe_regs(void *ctx) { return g6(ctx); }
char LICENSE[] SEC("license") = "GPL";
