// Helpers that read a buffer and write it back (the kernel's MEM_WRITE
// without MEM_UNINIT) against helpers that only fill it: both leave the
// bytes unknown, but only a fill marks the slots in the level-2 log's
// state line after the call.  verify_vs_kernel compares these logs.
// Observed on 6.18: read_branch_records, snprintf, snprintf_btf,
// sysctl_get_name and load_hdr_opt read and rewrite; the sysctl values,
// probe_read_kernel and get_current_comm fill.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

SEC("perf_event")
int branches(struct bpf_perf_event_data *ctx)
{
	__u64 buf[4] = {};
	long n = bpf_read_branch_records(ctx, buf, sizeof(buf), 0);

	return n > 0 ? (int)buf[0] : 0;
}

SEC("perf_event")
int branches_null(struct bpf_perf_event_data *ctx)
{
	/* the size of the whole buffer: a NULL buffer with size 0 */
	return bpf_read_branch_records(ctx, NULL, 0, BPF_F_GET_BRANCH_RECORDS_SIZE) > 0;
}

SEC("cgroup/sysctl")
int sysctl_name(struct bpf_sysctl *ctx)
{
	char name[16] = {};
	char value[16] = {};

	bpf_sysctl_get_name(ctx, name, sizeof(name), 0);
	bpf_sysctl_get_current_value(ctx, value, sizeof(value));
	return name[0] == 'n' && value[0] != '0';
}

SEC("sockops")
int hdr_opt(struct bpf_sock_ops *skops)
{
	__u8 opt[8] = { 0xfd, 4 };

	if (skops->op != BPF_SOCK_OPS_PARSE_HDR_OPT_CB)
		return 1;
	if (bpf_load_hdr_opt(skops, opt, sizeof(opt), 0) < 0)
		return 1;
	return opt[2] ? 1 : 1;
}

SEC("kprobe/do_nanosleep")
int format(void *ctx)
{
	static const char fmt[] = "%d-%d";
	char out[16] = {};
	__u64 args[2] = { 1, 2 };
	char comm[16] = {};

	bpf_snprintf(out, sizeof(out), fmt, args, sizeof(args));
	bpf_get_current_comm(comm, sizeof(comm));
	return out[0] + comm[0];
}
