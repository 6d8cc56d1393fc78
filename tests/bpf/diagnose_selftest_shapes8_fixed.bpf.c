// diagnose_selftest_shapes8.bpf.c with bpfvet's fix applied as it wrote it;
// the kernel accepts it with and without CAP_BPF.
#include <linux/bpf.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} last_verdict SEC(".maps");

SEC("cgroup_skb/egress")
int note_ipv4(struct __sk_buff *skb)
{
	struct iphdr iph;
	__u32 key = 0;
	__u32 is_v4 = 0;

	if (bpf_skb_load_bytes_relative(skb, 0, &iph, sizeof(iph), BPF_HDR_START_NET))
		goto out;
	is_v4 = iph.version == 4;
out:
	bpf_map_update_elem(&last_verdict, &key, &is_v4, BPF_ANY);
	return 1;
}
