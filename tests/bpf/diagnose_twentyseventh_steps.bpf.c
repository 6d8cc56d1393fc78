// Second rejections of the twenty-seventh batch, each with the first fix
// applied as bpfvet wrote it; diagnose_twentyseventh_fixed.bpf.c applies the
// second.
//  - c6_port_bucket: `if (bucket >= 64) return 1;` before `deny[bucket]`.
//    clang tested `(ntohs(port) & 0xff) >= 64` as `(port & 0xffff) > 16383`
//    on one register and indexed with `(port & 0xff00) >> 8` from another,
//    so the check bounds nothing the access uses.
//  - dev_major_table: the index is checked, and the program returns the
//    table's byte (0 to 255) where cgroup/dev takes 0 or 1.
#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "GPL";

struct port_cfg { __u8 deny[64]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct port_cfg);
} port_buckets SEC(".maps");

/* H: refuse connect() to ports whose bucket is marked */
SEC("cgroup/connect6")
int c6_port_bucket(struct bpf_sock_addr *ctx)
{
	__u32 zero = 0;
	struct port_cfg *cfg = bpf_map_lookup_elem(&port_buckets, &zero);
	__u32 bucket;

	if (!cfg)
		return 1;
	bucket = bpf_ntohs(ctx->user_port) & 0xff;
	if (bucket >= 64) return 1;
	return cfg->deny[bucket] ? 0 : 1;
}

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u8[256]);
} majors SEC(".maps");

/* J: allow character devices whose major number is in the table */
SEC("cgroup/dev")
int dev_major_table(struct bpf_cgroup_dev_ctx *ctx)
{
	__u32 zero = 0;
	__u8 *ok = bpf_map_lookup_elem(&majors, &zero);

	if (!ok)
		return 0;
	if ((ctx->access_type & 0xffff) != BPF_DEVCG_DEV_CHAR)
		return 1;
	if (ctx->major >= 256) return 0;
	return ok[ctx->major];
}
