/* btf_refused.bpf.c with the fixes bpfvet suggests, as written: the naked
 * function declared with no arguments (the kernel takes the BTF, the map's
 * lock is known), and the global function, now verified on its own for any
 * pointer, checks it. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counter {
	struct bpf_spin_lock lock;
	int n;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct counter);
} counters SEC(".maps");

/* a naked helper routine: its argument stays in r1 */
__attribute__((naked, noinline)) int naked_zero(void)
{
	asm volatile("r0 = 0; exit;");
}

__attribute__((noinline)) int read_int(int *p)
{
	if (!p)
		return 0;
	return *p;
}

/* without the map's BTF the kernel does not know where its lock is */
SEC("tc")
int count_locked(struct __sk_buff *skb)
{
	int key = 0;
	struct counter *c = bpf_map_lookup_elem(&counters, &key);

	if (!c)
		return 0;
	bpf_spin_lock(&c->lock);
	c->n++;
	bpf_spin_unlock(&c->lock);
	return naked_zero();
}

SEC("socket")
int read_local(struct __sk_buff *skb)
{
	int v = skb->len;

	return read_int(&v);
}

char _license[] SEC("license") = "GPL";
