// Half-way versions from fixing the twenty-sixth batch: programs that had
// one of bpfvet's suggested fixes applied and were still rejected, for a
// second reason the first rejection hid. Each is checked (test_cli.sh) to
// get the diagnosis that led to the version the kernel accepts.
#include <linux/bpf.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>

#define SOL_TCP 6

char LICENSE[] SEC("license") = "GPL";

/* fake_cc with the optval check: clang merges the stores to optlen and
 * retval, neighbours in struct bpf_sockopt, into one 8-byte store */
SEC("cgroup/getsockopt")
int fake_cc_merged(struct bpf_sockopt *ctx)
{
	char *optval = ctx->optval;

	if (ctx->level != SOL_TCP || ctx->optname != TCP_CONGESTION)
		return 1;
	if ((void *)optval + 6 > (void *)(long)ctx->optval_end)
		return 1;
	__builtin_memcpy(optval, "cubic", 6);
	ctx->optlen = 6;
	ctx->retval = 0;
	return 1;
}
