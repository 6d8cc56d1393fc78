// bpf_throw() and exception callbacks: the cookie as the return value,
// the callback named by a BTF decl tag, what may not be open or held when
// a program throws, and where it may not throw from.  Also a global
// function with hidden visibility, which libbpf hands the kernel as
// static.  Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64;
typedef unsigned int u32;

extern void bpf_throw(u64 cookie) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

#define exception_cb(name) __attribute__((btf_decl_tag("exception_callback:" #name)))
#define hidden __attribute__((visibility("hidden")))

struct elem {
	struct bpf_timer timer;
	struct bpf_spin_lock lock;
	int n;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, struct elem);
} elems SEC(".maps");

char LICENSE[] SEC("license") = "GPL";

/* without a callback the cookie is the program's return value: any value
 * for tc, 0 or 1 for cgroup_skb ingress */
SEC("tc")
int throw_default(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(2);
	return 0;
}

SEC("cgroup_skb/ingress")
int throw_bad_cookie(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(5);
	return 1;
}

SEC("cgroup_skb/ingress")
int throw_good_cookie(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(0);
	return 1;
}

/* with one, the callback's return value is the program's */
__attribute__((noinline)) int exc_lowbit(u64 cookie)
{
	return cookie & 1;
}

__attribute__((noinline)) int exc_cookie(u64 cookie)
{
	return cookie;
}

SEC("cgroup_skb/ingress")
exception_cb(exc_lowbit)
int throw_cb_ok(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(7);
	return 1;
}

SEC("cgroup_skb/ingress")
exception_cb(exc_cookie)
int throw_cb_bad_ret(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(0);
	return 1;
}

/* the callback takes the cookie and nothing else */
__attribute__((noinline)) int exc_two_args(u64 cookie, u64 more)
{
	return (cookie + more) & 1;
}

__attribute__((noinline)) int exc_ctx_arg(struct __sk_buff *skb)
{
	return skb ? 0 : 1;
}

SEC("tc")
exception_cb(exc_two_args)
int throw_cb_two_args(struct __sk_buff *skb)
{
	bpf_throw(0);
	return 0;
}

SEC("tc")
exception_cb(exc_ctx_arg)
int throw_cb_ctx_arg(struct __sk_buff *skb)
{
	bpf_throw(0);
	return 0;
}

/* two callbacks for one program */
SEC("tc")
exception_cb(exc_lowbit)
exception_cb(exc_cookie)
int throw_two_cbs(struct __sk_buff *skb)
{
	bpf_throw(0);
	return 0;
}

/* nothing may call the callback itself */
SEC("tc")
exception_cb(exc_lowbit)
int call_exc_cb(struct __sk_buff *skb)
{
	return exc_lowbit(skb->len);
}

/* a throw ends every frame: the references of all of them must be gone
 * and no RCU section open, whichever frame throws */
SEC("tc")
int throw_holding_sock(struct __sk_buff *skb)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;

	sk = bpf_sk_lookup_tcp(skb, &t, sizeof(t.ipv4), -1, 0);
	if (sk && skb->len > 100)
		bpf_throw(1);
	if (sk)
		bpf_sk_release(sk);
	return 0;
}

static __attribute__((noinline)) int throw_if_long(struct __sk_buff *skb)
{
	if (skb->len > 100)
		bpf_throw(0);
	return skb->len;
}

SEC("tc")
int throw_in_rcu(struct __sk_buff *skb)
{
	int n;

	bpf_rcu_read_lock();
	n = throw_if_long(skb);
	bpf_rcu_read_unlock();
	return n;
}

SEC("tc")
int throw_from_subprog(struct __sk_buff *skb)
{
	return throw_if_long(skb) + 1;
}

/* with a spin lock held no call is allowed at all */
SEC("tc")
int throw_holding_lock(struct __sk_buff *skb)
{
	int key = 0;
	struct elem *e = bpf_map_lookup_elem(&elems, &key);

	if (!e)
		return 0;
	bpf_spin_lock(&e->lock);
	if (e->n > 3)
		bpf_throw(0);
	bpf_spin_unlock(&e->lock);
	return 0;
}

/* callbacks may not throw: a bpf_loop body, a timer, the exception
 * callback itself */
static int loop_body(u32 i, void *ctx)
{
	if (i == 3)
		bpf_throw(0);
	return 0;
}

SEC("tc")
int throw_in_loop(struct __sk_buff *skb)
{
	bpf_loop(8, loop_body, 0, 0);
	return 0;
}

static int timer_fired(void *map, int *key, struct elem *e)
{
	if (e->n)
		bpf_throw(0);
	return 0;
}

SEC("tc")
int throw_in_timer(struct __sk_buff *skb)
{
	int key = 0;
	struct elem *e = bpf_map_lookup_elem(&elems, &key);

	if (!e)
		return 0;
	bpf_timer_set_callback(&e->timer, timer_fired);
	return 0;
}

__attribute__((noinline)) int exc_rethrow(u64 cookie)
{
	if (cookie > 3)
		bpf_throw(0);
	return 0;
}

SEC("tc")
exception_cb(exc_rethrow)
int throw_cb_throws(struct __sk_buff *skb)
{
	bpf_throw(skb->len);
	return 0;
}

/* hidden: static to the kernel, so verified with the caller's pointer
 * (a global function would have to check p for NULL) */
hidden __attribute__((noinline)) int read_hidden(int *p)
{
	return *p + 1;
}

SEC("tc")
int call_hidden(struct __sk_buff *skb)
{
	int v = skb->len;

	return read_hidden(&v);
}
