// The crypto kfuncs: a context made by a sleepable syscall program (its
// parameters a struct and its size, its error a pointer to one int), kept
// in a map value as a kptr, and used from tc under RCU with dynptrs over
// the packet (bpf_crypto_encrypt's third dynptr may be NULL).  Needs clang
// 15 or later for the kptr's BTF type tag.  Verdicts and level-2 logs are
// compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __kptr __attribute__((btf_type_tag("kptr")))
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

/* a kptr names a struct, never a declaration: the kernel looks it up by
 * name and kind */
struct bpf_crypto_ctx {
	int unused;
};
/* the kfunc takes the struct and its size: the layout is the caller's */
struct bpf_crypto_params {
	char type[14];
	u8 reserved[2];
	char algo[128];
	u8 key[256];
	u32 key_len;
	u32 authsize;
};

extern struct bpf_crypto_ctx *bpf_crypto_ctx_create(const struct bpf_crypto_params *params, u32 params__sz,
						    int *err) __ksym;
extern struct bpf_crypto_ctx *bpf_crypto_ctx_acquire(struct bpf_crypto_ctx *ctx) __ksym;
extern void bpf_crypto_ctx_release(struct bpf_crypto_ctx *ctx) __ksym;
extern int bpf_crypto_encrypt(struct bpf_crypto_ctx *ctx, const struct bpf_dynptr *src,
			      const struct bpf_dynptr *dst, const struct bpf_dynptr *siv__nullable) __ksym;
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct cctx_val {
	struct bpf_crypto_ctx __kptr *c;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__type(value, struct cctx_val);
} cctx SEC(".maps");

/* made, stored; whatever was there before released */
SEC("syscall")
int setup(void *ctx)
{
	struct bpf_crypto_params p = { .type = "skcipher", .algo = "ecb(aes)", .key_len = 16 };
	struct bpf_crypto_ctx *c;
	struct cctx_val *v;
	u32 zero = 0;
	int err = 0;

	v = bpf_map_lookup_elem(&cctx, &zero);
	if (!v)
		return 1;
	c = bpf_crypto_ctx_create(&p, sizeof(p), &err);
	if (!c)
		return err;
	c = bpf_kptr_xchg(&v->c, c);
	if (c)
		bpf_crypto_ctx_release(c);
	return 0;
}

/* NULL for the error pointer: accepted by this machine's kernel (its
 * first 6.18.44 build, which took every kfunc argument as trusted,
 * refused it: "Possibly NULL pointer passed to trusted arg2") */
SEC("syscall")
int setup_err_null(void *ctx)
{
	struct bpf_crypto_params p = { .type = "skcipher", .algo = "ecb(aes)", .key_len = 16 };
	struct bpf_crypto_ctx *c;

	c = bpf_crypto_ctx_create(&p, sizeof(p), (int *)0);
	if (c)
		bpf_crypto_ctx_release(c);
	return 0;
}

static __always_inline int encrypt(struct bpf_dynptr *src, struct bpf_dynptr *siv)
{
	struct bpf_crypto_ctx *c;
	struct cctx_val *v;
	u32 zero = 0;
	int r = 0;

	v = bpf_map_lookup_elem(&cctx, &zero);
	if (!v)
		return 0;
	bpf_rcu_read_lock();
	c = v->c;
	if (c)
		r = bpf_crypto_encrypt(c, src, src, siv);
	bpf_rcu_read_unlock();
	return r;
}

SEC("tc")
int encrypt_skb(struct __sk_buff *skb)
{
	struct bpf_dynptr d;

	if (bpf_dynptr_from_skb(skb, 0, &d))
		return 0;
	return encrypt(&d, NULL);
}

/* the dynptr never made */
SEC("tc")
int encrypt_uninit(struct __sk_buff *skb)
{
	struct bpf_dynptr d;

	return encrypt(&d, NULL);
}

/* the optional third one, made but moved off its slot */
SEC("tc")
int encrypt_siv_moved(struct __sk_buff *skb)
{
	struct bpf_dynptr d[2];

	if (bpf_dynptr_from_skb(skb, 0, &d[0]))
		return 0;
	return encrypt(&d[0], (struct bpf_dynptr *)((char *)&d[0] + 8));
}

/* outside RCU the kptr loaded is not trusted */
SEC("tc")
int encrypt_no_rcu(struct __sk_buff *skb)
{
	struct bpf_crypto_ctx *c;
	struct cctx_val *v;
	struct bpf_dynptr d;
	u32 zero = 0;

	if (bpf_dynptr_from_skb(skb, 0, &d))
		return 0;
	v = bpf_map_lookup_elem(&cctx, &zero);
	if (!v)
		return 0;
	c = v->c;
	return c ? bpf_crypto_encrypt(c, &d, &d, NULL) : 0;
}

/* a reference of its own from the RCU pointer, released */
SEC("tc")
int acquire_release(struct __sk_buff *skb)
{
	struct bpf_crypto_ctx *c;
	struct cctx_val *v;
	u32 zero = 0;

	v = bpf_map_lookup_elem(&cctx, &zero);
	if (!v)
		return 0;
	bpf_rcu_read_lock();
	c = v->c;
	if (c)
		c = bpf_crypto_ctx_acquire(c);
	bpf_rcu_read_unlock();
	if (c)
		bpf_crypto_ctx_release(c);
	return 0;
}

/* a map value is no dynptr */
SEC("tc")
int encrypt_map_value(struct __sk_buff *skb)
{
	struct cctx_val *v;
	u32 zero = 0;

	v = bpf_map_lookup_elem(&cctx, &zero);
	if (!v)
		return 0;
	return encrypt((struct bpf_dynptr *)v, NULL);
}

/* half a slot off: no dynptr can be there */
SEC("tc")
int encrypt_misaligned(struct __sk_buff *skb)
{
	struct bpf_dynptr d[2];

	if (bpf_dynptr_from_skb(skb, 0, &d[0]))
		return 0;
	return encrypt((struct bpf_dynptr *)((char *)&d[0] + 4), NULL);
}
