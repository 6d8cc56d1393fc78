// Context accesses the program type refuses, one per way of refusing: a
// read-only field, a field the type cannot see, a read wider than the field,
// an offset past the struct, a kprobe writing a register.  The diagnosis names
// the field (tests/test_cli.sh).
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>

SEC("xdp") int xdp_write_ifindex(struct xdp_md *ctx)
{
	ctx->ingress_ifindex = 3;
	return XDP_PASS;
}

SEC("cgroup_skb/ingress") int cgroup_reads_classid(struct __sk_buff *skb)
{
	return skb->tc_classid == 3;
}

SEC("tc") int mark_read_wide(struct __sk_buff *skb)
{
	return *(__u64 *)&skb->mark == 3;
}

SEC("tc") int read_past_skb(struct __sk_buff *skb)
{
	return *((__u32 *)skb + 60) == 3;
}

SEC("kprobe/do_nanosleep") int kprobe_sets_rax(struct pt_regs *ctx)
{
	ctx->rax = 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
