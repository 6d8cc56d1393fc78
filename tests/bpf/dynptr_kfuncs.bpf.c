// bpf_dynptr_from_skb/xdp and bpf_dynptr_slice(_rdwr): what the kernel
// accepts and refuses, and where (each program's whole level-2 log is
// compared with the kernel's by verify_vs_kernel).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt, __u32 buffer__szk) __ksym;
extern void *bpf_dynptr_slice_rdwr(const struct bpf_dynptr *ptr, __u32 offset, void *buffer__opt, __u32 buffer__szk) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern _Bool bpf_dynptr_is_null(const struct bpf_dynptr *p) __ksym;
extern _Bool bpf_dynptr_is_rdonly(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;
#define BODY(ctx) \
	struct bpf_dynptr ptr; struct ethhdr buf, *eth; \
	if (bpf_dynptr_from_skb((void *)ctx, 0, &ptr)) return 0; \
	eth = bpf_dynptr_slice(&ptr, 0, &buf, sizeof(buf)); \
	if (!eth) return 0; \
	return eth->h_proto == 8;
SEC("socket") int in_socket(struct __sk_buff *skb) { BODY(skb) }
SEC("cgroup_skb/ingress") int in_cgskb(struct __sk_buff *skb) { BODY(skb) }
SEC("xdp") int skb_in_xdp(struct xdp_md *x) { BODY(x) }
SEC("sk_skb") int in_skskb(struct __sk_buff *skb) { BODY(skb) }
SEC("lwt_in") int in_lwt(struct __sk_buff *skb) { BODY(skb) }
SEC("tc") int xdp_in_tc(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	if (bpf_dynptr_from_xdp((void *)skb, 0, &ptr)) return 0;
	return 1;
}
SEC("tc") int rdwr_tc(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; struct ethhdr buf, *eth;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	eth = bpf_dynptr_slice_rdwr(&ptr, 0, &buf, sizeof(buf));
	if (!eth) return 0;
	eth->h_proto = 8;
	return 1;
}
SEC("cgroup_skb/ingress") int rdwr_cgskb(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; struct ethhdr buf, *eth;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	eth = bpf_dynptr_slice_rdwr(&ptr, 0, &buf, sizeof(buf));
	if (!eth) return 0;
	eth->h_proto = 8;
	return 1;
}
SEC("tc") int over_read(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return 0;
	return p[4];
}
SEC("tc") int stale_slice(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p; int v = 1;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return 0;
	bpf_skb_store_bytes(skb, 0, &v, 4, 0);
	return p[0];
}
SEC("tc") int null_buf(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, 0, 4);
	if (!p) return 0;
	return p[0];
}
SEC("tc") int var_size(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[16], *p; __u32 n = skb->len & 15;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, n);
	if (!p) return 0;
	return p[0];
}
SEC("tc") int not_ctx(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; long x = 0;
	if (bpf_dynptr_from_skb((void *)&x, 0, &ptr)) return 0;
	return 1;
}
SEC("tc") int read_helper(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char b[4];
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	if (bpf_dynptr_read(b, 4, &ptr, 0, 0)) return 0;
	return b[0];
}
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, char[64]); } arr SEC(".maps");
SEC("xdp") int xdp_rdwr(struct xdp_md *x)
{
	struct bpf_dynptr ptr; struct ethhdr buf, *eth;
	if (bpf_dynptr_from_xdp(x, 0, &ptr)) return XDP_PASS;
	eth = bpf_dynptr_slice_rdwr(&ptr, 0, &buf, sizeof(buf));
	if (!eth) return XDP_PASS;
	eth->h_proto = 8;
	return XDP_TX;
}
SEC("xdp") int xdp_stale(struct xdp_md *x)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	if (bpf_dynptr_from_xdp(x, 0, &ptr)) return XDP_PASS;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return XDP_PASS;
	bpf_xdp_adjust_head(x, 4);
	return p[1];
}
SEC("tc") int local_slice(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char *v, *p; __u32 k = 0;
	v = bpf_map_lookup_elem(&arr, &k);
	if (!v) return 0;
	bpf_dynptr_from_mem(v, 64, 0, &ptr);
	p = bpf_dynptr_slice_rdwr(&ptr, 0, 0, 8);
	if (!p) return 0;
	p[0] = 1;
	bpf_skb_store_bytes(skb, 0, v, 4, 0);
	return p[1];
}
SEC("tc") int uninit_slice(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return 0;
	return p[0];
}
SEC("tc") int twice(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 2, buf, 4);
	if (!p) return 0;
	return p[3];
}
SEC("tc") int write_rdonly(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return 0;
	p[0] = 1;
	return 1;
}
SEC("tc") int small_buf(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, 8);
	if (!p) return 0;
	return p[0];
}
SEC("tc") int sizes(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr, c; char buf[4], *p;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	if (bpf_dynptr_is_null(&ptr) || bpf_dynptr_is_rdonly(&ptr)) return 0;
	if (bpf_dynptr_size(&ptr) < 20) return 0;
	if (bpf_dynptr_adjust(&ptr, 14, 20)) return 0;
	if (bpf_dynptr_clone(&ptr, &c)) return 0;
	p = bpf_dynptr_slice(&c, 0, buf, 4);
	if (!p) return 0;
	return p[0];
}
SEC("tc") int size_uninit(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	return bpf_dynptr_size(&ptr);
}
SEC("tc") int adjust_ptr(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	return bpf_dynptr_adjust(&ptr, (__u32)(long)skb, 20);
}
/* writing through an skb dynptr may move the packet; through an xdp one it does not */
SEC("tc") int write_then_slice(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; char buf[4], *p; int v = 1;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	p = bpf_dynptr_slice(&ptr, 0, buf, 4);
	if (!p) return 0;
	bpf_dynptr_write(&ptr, 0, &v, 4, 0);
	return p[0];
}
SEC("tc") int write_then_pkt(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; int v = 1;
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	if (data + 4 > end) return 0;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	bpf_dynptr_write(&ptr, 0, &v, 4, 0);
	return *(char *)data;
}
SEC("cgroup_skb/ingress") int write_cgskb(struct __sk_buff *skb)
{
	struct bpf_dynptr ptr; int v = 1;
	if (bpf_dynptr_from_skb(skb, 0, &ptr)) return 0;
	bpf_dynptr_write(&ptr, 0, &v, 4, 0);
	return 1;
}
SEC("xdp") int xdp_write_then_pkt(struct xdp_md *x)
{
	struct bpf_dynptr ptr; int v = 1;
	void *data = (void *)(long)x->data, *end = (void *)(long)x->data_end;
	if (data + 4 > end) return 0;
	if (bpf_dynptr_from_xdp(x, 0, &ptr)) return 0;
	bpf_dynptr_write(&ptr, 0, &v, 4, 0);
	return *(char *)data;
}
char _license[] SEC("license") = "GPL";
