// A kfunc prototype naming a struct the program only declares: libbpf
// compares it with the kernel's and refuses the object before loading
// ("func_proto [N] incompatible with kernel [M]"), and so does bpfvet's
// loader (tests/test_cli.sh checks the message; libbpf 1.1 gives the same
// ids for this object).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bpf_map;
extern long bpf_map_sum_elem_count(const struct bpf_map *map) __ksym;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, int);
} m SEC(".maps");

SEC("tc")
int declared_only(struct __sk_buff *skb)
{
	return bpf_map_sum_elem_count((const struct bpf_map *)&m) > 0;
}

char LICENSE[] SEC("license") = "GPL";
