// Tail calls made from subprograms, and sockets looked up in a sockmap:
// each program's verdict and level-2 log are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} socks SEC(".maps");

/* A tail call that succeeds returns the called program's r0 to our
 * caller; that program may have moved the packet. */
static __attribute__((noinline)) int jump_static(struct __sk_buff *skb)
{
	bpf_tail_call_static(skb, &jt, 0);
	return 0;
}

__attribute__((noinline)) int jump_global(struct __sk_buff *skb)
{
	bpf_tail_call_static(skb, &jt, 1);
	return 0;
}

SEC("tc")
int stale_after_static_tail_call(struct __sk_buff *skb)
{
	__u32 *p = (void *)(long)skb->data;

	if ((void *)(p + 1) > (void *)(long)skb->data_end)
		return 2;
	jump_static(skb);
	*p = 1; /* rejected: the packet may have moved */
	return 0;
}

SEC("tc")
int stale_after_global_tail_call(struct __sk_buff *skb)
{
	__u32 *p = (void *)(long)skb->data;

	if ((void *)(p + 1) > (void *)(long)skb->data_end)
		return 2;
	jump_global(skb);
	*p = 1; /* rejected, as above */
	return 0;
}

/* Inside the subprogram, the fall-through of a failed tail call keeps
 * its packet pointers. */
static __attribute__((noinline)) int write_after_jump(struct __sk_buff *skb)
{
	__u32 *p = (void *)(long)skb->data;

	if ((void *)(p + 1) > (void *)(long)skb->data_end)
		return 2;
	bpf_tail_call_static(skb, &jt, 0);
	*p = 1;
	return 0;
}

SEC("tc")
int fresh_after_fallthrough(struct __sk_buff *skb)
{
	return write_after_jump(skb);
}

/* The main program's own tail call never returns when it succeeds. */
SEC("tc")
int main_tail_call_keeps_pointers(struct __sk_buff *skb)
{
	__u32 *p = (void *)(long)skb->data;

	if ((void *)(p + 1) > (void *)(long)skb->data_end)
		return 2;
	bpf_tail_call_static(skb, &jt, 0);
	*p = 1;
	return 0;
}

/* A socket from a sockmap holds a reference that must be released. */
SEC("sk_skb")
int sockmap_socket_released(struct __sk_buff *skb)
{
	__u32 key = 0, type;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);

	if (!sk)
		return 0;
	type = sk->type;
	bpf_sk_release(sk);
	return type == 1;
}

SEC("sk_skb")
int sockmap_socket_leaked(struct __sk_buff *skb)
{
	__u32 key = 0;
	struct bpf_sock *sk = bpf_map_lookup_elem(&socks, &key);

	return sk ? sk->type : 0;
}

char LICENSE[] SEC("license") = "GPL";
