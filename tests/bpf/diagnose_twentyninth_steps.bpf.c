// Twenty-ninth batch, second step: the programs whose first suggested fix,
// applied as written, met a second rejection. open_path_tail reads registers
// with the kernel's names now (struct pt_regs declared here, as the CO-RE
// fix says) and reaches its own bug; getsockopt_mss checks optval now, and
// clang merges its two 4-byte context stores into one of 8 bytes.
// Program types few batches used: lwt_seg6local, lwt_out, perf_event,
// sk_skb stream parsers, kprobe.multi, ksyscall, map-element and TCP
// iterators, uprobes with bpf_loop, cgroup getsockopt, tp_btf with kfuncs, sk_reuseport.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ipv6.h>
#include <linux/seg6.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
struct pt_regs {
	long r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss;
} __attribute__((preserve_access_index));

struct bpf_perf_event_data {
	struct pt_regs regs;
	__u64 sample_period;
	__u64 addr;
};

#define __VMLINUX_H__
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

#define CORE __attribute__((preserve_access_index))

/* G: count opens of directories (paths ending in '/') */
__u64 dir_opens;

SEC("ksyscall/openat")
int BPF_KSYSCALL(open_path_tail, int dfd, const char *pathname)
{
	char path[128];
	long n = bpf_probe_read_user_str(path, sizeof(path), pathname);

	if (path[n - 2] == '/')
		__sync_fetch_and_add(&dir_opens, 1);
	return 0;
}

/* M: report a fixed MSS to getsockopt(TCP_MAXSEG) callers */
SEC("cgroup/getsockopt")
int getsockopt_mss(struct bpf_sockopt *ctx)
{
	if (ctx->level != IPPROTO_TCP || ctx->optname != 2 /* TCP_MAXSEG */)
		return 1;
	void *p = ctx->optval;
	if (p + 4 > ctx->optval_end)
		return 1;
	*(__u32 *)p = 1400;
	ctx->optlen = 4;
	ctx->retval = 0;
	return 1;
}

