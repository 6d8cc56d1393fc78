/* The kernel refuses this object's BTF: clang writes the parameter of a
 * naked function without its name, and the kernel wants every parameter
 * of a FUNC named ("[N] FUNC naked_zero type_id=M Invalid arg#1").  libbpf
 * goes on without the BTF, and what the programs below do depends on it. */
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
__attribute__((naked, noinline)) int naked_zero(void *ctx)
{
	asm volatile("r0 = 0; exit;");
}

/* With the BTF this is a global function, verified once for any int
 * pointer, NULL included: the read is refused.  Without it the kernel
 * verifies it as a static function, for the stack pointer it is given. */
__attribute__((noinline)) int read_int(int *p)
{
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
	return naked_zero(skb);
}

SEC("socket")
int read_local(struct __sk_buff *skb)
{
	int v = skb->len;

	return read_int(&v);
}

char _license[] SEC("license") = "GPL";
