// The kernel bounds bpf_get_smp_processor_id() by the machine's possible
// CPUs (nr_cpu_ids - 1), so an index it returns, never checked, passes on
// a machine with few CPUs and fails on one with more.  The verdicts are
// compared with this machine's kernel; tests/test_cli.sh judges them with
// --cpus against limits worked out by hand from the layout below.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct cpu_stat {
	__u64 packets;
	__u64 bytes;
};

/* .bss: cpu_stats at 0 (1024 bytes), one_slot at 1024 (8 bytes) */
struct cpu_stat cpu_stats[64];
__u64 one_slot[1];

/* accepted with up to 64 CPUs: with 65, cpu 64's .packets lands on
 * one_slot (still inside .bss) and its .bytes at 1032, past the end */
SEC("xdp")
int per_cpu(struct xdp_md *ctx)
{
	__u32 cpu = bpf_get_smp_processor_id();

	cpu_stats[cpu].packets++;
	cpu_stats[cpu].bytes += ctx->data_end - ctx->data;
	return XDP_PASS;
}

/* accepted only with 1 CPU: one_slot is the last 8 bytes of .bss */
SEC("xdp")
int one_cpu(struct xdp_md *ctx)
{
	__u32 cpu = bpf_get_smp_processor_id();

	one_slot[cpu]++;
	return XDP_PASS;
}

/* accepted on any machine: the number is checked */
SEC("xdp")
int checked(struct xdp_md *ctx)
{
	__u32 cpu = bpf_get_smp_processor_id();

	if (cpu >= 64)
		return XDP_PASS;
	cpu_stats[cpu].packets++;
	return XDP_PASS;
}
