// A kptr field on a struct the program only declares (`struct bpf_cpumask;`):
// the kernel finds a kptr's struct by name and kind, a declaration finds
// nothing, and the field stays a plain number -- bpf_kptr_xchg() finds no
// kptr, and a load gives a scalar.  Needs clang 15 or later for the type
// tag.  (The same field next to a valid kptr makes the kernel refuse the
// object's whole BTF: not modelled, not tested here.)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __kptr __attribute__((btf_type_tag("kptr")))

struct bpf_cpumask;

char LICENSE[] SEC("license") = "GPL";

struct val {
	struct bpf_cpumask __kptr *mask;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct val);
} store SEC(".maps");

SEC("tc")
int xchg_declared(struct __sk_buff *skb)
{
	struct bpf_cpumask *old;
	struct val *v;
	int zero = 0;

	v = bpf_map_lookup_elem(&store, &zero);
	if (!v)
		return 0;
	old = bpf_kptr_xchg(&v->mask, NULL);
	return old != 0;
}

SEC("tc")
int load_declared(struct __sk_buff *skb)
{
	struct val *v;
	int zero = 0;

	v = bpf_map_lookup_elem(&store, &zero);
	if (!v)
		return 0;
	return v->mask != 0;
}
