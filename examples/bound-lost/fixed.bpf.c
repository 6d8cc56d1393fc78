// The fix: read the field once, check that copy and use it.
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
	__u32 zero = 0, n;
	struct cfg *c = bpf_map_lookup_elem(&cfgmap, &zero);

	if (!c)
		return 0;
	n = c->len;
	if (n > sizeof(buf))
		return 0;
	bpf_printk("copying %u bytes", n);
	bpf_probe_read_kernel(buf, n, (void *)PT_REGS_PARM2(ctx));
	return buf[0];
}

char LICENSE[] SEC("license") = "GPL";
