// Global functions with argument tags (libbpf's __arg_ctx, __arg_nonnull):
// verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))

struct flow {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, struct flow);
} flows SEC(".maps");

/* a context typed void *: only the tag says it is one */
__attribute__((noinline)) int packet_len(void *ctx __arg_ctx)
{
	return ((struct __sk_buff *)ctx)->len;
}

/* never NULL: no check needed inside */
__attribute__((noinline)) int account(struct flow *f __arg_nonnull, __u32 len)
{
	f->packets++;
	f->bytes += len;
	return 0;
}

/* nullable alone is not a valid combination for plain memory */
__attribute__((noinline)) int peek(struct flow *f __arg_nullable)
{
	return f ? (int)f->packets : 0;
}

__attribute__((noinline)) int not_a_pointer(__u32 n __arg_nonnull)
{
	return n + bpf_get_prandom_u32();
}

SEC("tc")
int ctx_through_void(struct __sk_buff *skb)
{
	return packet_len(skb) > 100;
}

SEC("tc")
int ctx_tag_given_stack(struct __sk_buff *skb)
{
	__u64 fake = 0;

	return packet_len(&fake); /* rejected: not the context */
}

SEC("tc")
int nonnull_after_check(struct __sk_buff *skb)
{
	__u32 key = skb->mark;
	struct flow *f = bpf_map_lookup_elem(&flows, &key);

	return f ? account(f, skb->len) : 0;
}

SEC("tc")
int nonnull_without_check(struct __sk_buff *skb)
{
	__u32 key = skb->mark;
	struct flow *f = bpf_map_lookup_elem(&flows, &key);

	return account(f, skb->len); /* rejected: may be NULL */
}

SEC("tc")
int nullable_plain_memory(struct __sk_buff *skb)
{
	struct flow f = {};

	return peek(&f); /* rejected: invalid tags */
}

SEC("tc")
int tag_on_integer(struct __sk_buff *skb)
{
	return not_a_pointer(skb->len); /* rejected */
}

char LICENSE[] SEC("license") = "GPL";
