// Batch 77's shapes (tests/explain/README.md), written again as our own
// programs (test_misc_tcp_hdr_options's): sock_ops programs reading the
// TCP header through skops->skb_data in an inlined helper with nothing
// checked (the caller's pointer a struct tcphdr * of another name, or a
// void *); the header taken and checked before bpf_store_hdr_opt() and
// read after it; the header copied with bpf_skb_load_bytes(), which
// sock_ops lacks; an option loaded and stored back with the length the
// load returned, unchecked.
// diagnose_selftest_shapes27_fixed.bpf.c has bpfvet's fixes, which the
// kernel accepts.
#include <linux/bpf.h>
#include <linux/tcp.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct opt4 {
	__u8 kind;
	__u8 len;
	__u8 data[2];
};

unsigned int nr_long;

static inline unsigned int hdr_bytes(const struct tcphdr *t)
{
	return t->doff << 2;
}

SEC("sockops")
int hdr_count(struct bpf_sock_ops *skops)
{
	struct tcphdr *tcp = skops->skb_data;

	if (hdr_bytes(tcp) > 20)
		nr_long++;
	return 1;
}

SEC("sockops")
int hdr_count_void(struct bpf_sock_ops *skops)
{
	void *data = skops->skb_data;

	if (hdr_bytes(data) > 20)
		nr_long++;
	return 1;
}

SEC("sockops")
int write_then_syn(struct bpf_sock_ops *skops)
{
	struct opt4 opt = { .kind = 0xB9, .len = 4, .data = { 0xfa, 0xce } };
	struct tcphdr *th;

	if (skops->op != BPF_SOCK_OPS_WRITE_HDR_OPT_CB)
		return 1;
	th = skops->skb_data;
	if ((void *)(th + 1) > skops->skb_data_end)
		return 1;
	if (bpf_store_hdr_opt(skops, &opt, sizeof(opt), 0))
		return 1;
	if (th->syn)
		nr_long++;
	return 1;
}

SEC("sockops")
int copy_hdr(struct bpf_sock_ops *skops)
{
	struct tcphdr th;

	if (bpf_skb_load_bytes(skops, 0, &th, sizeof(th)))
		return 1;
	if (th.syn)
		nr_long++;
	return 1;
}

SEC("sockops")
int echo_opt(struct bpf_sock_ops *skops)
{
	struct opt4 opt = { .kind = 0xB9 };
	int ret;

	if (skops->op != BPF_SOCK_OPS_WRITE_HDR_OPT_CB)
		return 1;
	ret = bpf_load_hdr_opt(skops, &opt, sizeof(opt), 0);
	bpf_store_hdr_opt(skops, &opt, ret, 0);
	return 1;
}
