// kfuncs judged from their prototypes with no behaviour of their own: a
// map the program names given as the kernel's struct bpf_map, memory
// returned by pointer (bpf_session_cookie), a pointer to one number, a
// sleepable kfunc, the XDP metadata
// kfuncs refused before verifying, and a static function handed an
// uninitialised dynptr (the kernel says so in the log and goes on).
// Dynptr arguments of the crypto kfuncs: tests/bpf-tags/crypto.bpf.c.
// Verdicts, error lines and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;

/* defined, not declared: libbpf refuses a kfunc whose prototype names a
 * declared-only struct where the kernel's has one */
struct bpf_map { int unused; };
struct task_struct { int pid; } __attribute__((preserve_access_index));
struct bpf_crypto_ctx { int unused; };
/* the kfunc takes the struct and its size: the layout is the caller's */
struct bpf_crypto_params {
	char type[14];
	u8 reserved[2];
	char algo[128];
	u8 key[256];
	u32 key_len;
	u32 authsize;
};

extern long bpf_map_sum_elem_count(const struct bpf_map *map) __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern u64 *bpf_session_cookie(void) __ksym;
extern _Bool bpf_session_is_return(void) __ksym;
extern int bpf_copy_from_user_str(void *dst, u32 dst__sz, const void *unsafe_ptr__ign, u64 flags) __ksym;
extern int bpf_xdp_metadata_rx_timestamp(const struct xdp_md *ctx, u64 *timestamp) __ksym;
extern struct bpf_crypto_ctx *bpf_crypto_ctx_create(const struct bpf_crypto_params *params, u32 params__sz,
						    int *err) __ksym;
extern void bpf_crypto_ctx_release(struct bpf_crypto_ctx *ctx) __ksym;
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, u32);
	__type(value, u64);
} counts SEC(".maps");

/* &counts is the kernel's struct bpf_map, trusted */
SEC("tc")
int map_count(struct __sk_buff *skb)
{
	return bpf_map_sum_elem_count((const struct bpf_map *)&counts) > 8;
}

/* ... but not a task */
SEC("tc")
int map_as_task(struct __sk_buff *skb)
{
	return bpf_task_acquire((struct task_struct *)&counts) != 0;
}

/* the session cookie: 8 writable bytes */
SEC("kprobe.session/do_nanosleep")
int cookie(void *ctx)
{
	u64 *c = bpf_session_cookie();

	if (bpf_session_is_return())
		return *c == 1;
	*c = 1;
	return 0;
}

SEC("kprobe.session/do_nanosleep")
int cookie_past_end(void *ctx)
{
	u64 *c = bpf_session_cookie();

	c[1] = 1;
	return 0;
}

/* a plain kprobe has no session */
SEC("kprobe/do_nanosleep")
int cookie_not_session(void *ctx)
{
	u64 *c = bpf_session_cookie();

	*c = 1;
	return 0;
}

/* sleepable kfunc, a buffer and its size */
SEC("uprobe.s//bin/true:main")
int user_str(struct pt_regs *ctx)
{
	char buf[32];

	return bpf_copy_from_user_str(buf, sizeof(buf), (void *)0x1000, 0);
}

SEC("uprobe.s//bin/true:main")
int user_str_too_long(struct pt_regs *ctx)
{
	char buf[32];

	return bpf_copy_from_user_str(buf, 40, (void *)0x1000, 0);
}

SEC("uprobe//bin/true:main")
int user_str_not_sleepable(struct pt_regs *ctx)
{
	char buf[32];

	return bpf_copy_from_user_str(buf, sizeof(buf), (void *)0x1000, 0);
}

/* refused before a single instruction: no device-bound load here */
SEC("xdp")
int rx_timestamp(struct xdp_md *ctx)
{
	u64 ts = 0;

	bpf_xdp_metadata_rx_timestamp(ctx, &ts);
	return ts ? XDP_PASS : XDP_DROP;
}

/* a context made in a syscall program; err is a pointer to one int */
SEC("syscall")
int crypto_make(void *ctx)
{
	struct bpf_crypto_params p = { .type = "skcipher", .algo = "ecb(aes)", .key_len = 16 };
	struct bpf_crypto_ctx *c;
	int err = 0;

	c = bpf_crypto_ctx_create(&p, sizeof(p), &err);
	if (!c)
		return err;
	bpf_crypto_ctx_release(c);
	return 0;
}

SEC("syscall")
int crypto_leak(void *ctx)
{
	struct bpf_crypto_params p = { .type = "skcipher", .algo = "ecb(aes)", .key_len = 16 };
	int err = 0;

	return bpf_crypto_ctx_create(&p, sizeof(p), &err) ? 0 : err;
}

/* a static function's dynptr parameter given stack never made a dynptr:
 * the kernel logs it, then verifies the function with what it is given */
static __noinline int dsize(struct __sk_buff *skb, struct bpf_dynptr *d)
{
	return skb->len > 64;
}

SEC("tc")
int static_dynptr_uninit(struct __sk_buff *skb)
{
	struct bpf_dynptr d;

	return dsize(skb, &d);
}

SEC("tc")
int static_dynptr(struct __sk_buff *skb)
{
	struct bpf_dynptr d;

	if (bpf_dynptr_from_skb(skb, 0, &d))
		return 0;
	return dsize(skb, &d);
}
