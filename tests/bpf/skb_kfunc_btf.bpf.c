// bpf_dynptr_from_skb() from program types whose context is not an
// __sk_buff: a netfilter program passes the kernel sk_buff its context
// holds, a tp_btf program one the traced function got.  The kfunc wants a
// struct __sk_buff and takes the sk_buff it stands for; anything else is
// refused (each program's level-2 log is compared with the kernel's by
// verify_vs_kernel).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct sk_buff;
struct nf_hook_state {
	__u8 hook;
	__u8 pf;
} __attribute__((preserve_access_index));
struct bpf_nf_ctx {
	const struct nf_hook_state *state;
	struct sk_buff *skb;
} __attribute__((preserve_access_index));

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;

#define NF_ACCEPT 1

SEC("netfilter") int nf_ctx_itself(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_skb((struct __sk_buff *)ctx, 0, &ptr);
	return NF_ACCEPT;
}

SEC("netfilter") int nf_ctx_skb(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;

	if (bpf_dynptr_from_skb((struct __sk_buff *)ctx->skb, 0, &ptr))
		return NF_ACCEPT;
	return NF_ACCEPT;
}

SEC("netfilter") int nf_ctx_skb_plus_8(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_skb((struct __sk_buff *)((char *)ctx->skb + 8), 0, &ptr);
	return NF_ACCEPT;
}

SEC("netfilter") int nf_ctx_state(struct bpf_nf_ctx *ctx)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_skb((struct __sk_buff *)ctx->state, 0, &ptr);
	return NF_ACCEPT;
}

SEC("tp_btf/kfree_skb") int tp_btf_skb(__u64 *ctx)
{
	struct bpf_dynptr ptr;

	bpf_dynptr_from_skb((struct __sk_buff *)ctx[0], 0, &ptr);
	return 0;
}

char _license[] SEC("license") = "GPL";
