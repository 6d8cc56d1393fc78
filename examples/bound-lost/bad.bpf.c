// The length lives in a map value: it is checked, then a call intervenes,
// so the compiler loads it again for the copy, and the second load carries
// no bound.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct cfg { __u32 len; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct cfg); } cfgmap SEC(".maps");

SEC("kprobe/vfs_write")
int copy(struct pt_regs *ctx)
{
	char buf[64];
	__u32 zero = 0;
	struct cfg *c = bpf_map_lookup_elem(&cfgmap, &zero);

	if (!c || c->len > sizeof(buf))
		return 0;
	bpf_printk("copying %u bytes", c->len);
	bpf_probe_read_kernel(buf, c->len, (void *)PT_REGS_PARM2(ctx)); /* rejected */
	return buf[0];
}

char LICENSE[] SEC("license") = "GPL";
