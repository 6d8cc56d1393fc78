// Batch 75's shapes (tests/explain/README.md), written again as our own
// programs (test_sockmap_kern's): a stream verdict program copying into
// the packet at `c + offset` after bpf_skb_pull_data() without a check,
// its end declared bare and assigned later; an sk_msg program
// redirecting through an array map where the object has several
// sockmaps, one of them named like the map passed.
// The fixes bpfvet gives for diagnose_selftest_shapes25.bpf.c, applied
// as it words them; the kernel accepts each program.
#include <stdbool.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 20);
	__uint(key_size, sizeof(int));
	__uint(value_size, sizeof(int));
} sock_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_SOCKMAP);
	__uint(max_entries, 20);
	__uint(key_size, sizeof(int));
	__uint(value_size, sizeof(int));
} sock_map_redir SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, int);
} sock_redir_flags SEC(".maps");

static inline void write_tag(struct __sk_buff *skb, int offset)
{
	int err = bpf_skb_pull_data(skb, 6 + offset);
	void *data_end;
	char *c;

	if (err)
		return;
	c = (char *)(long)skb->data;
	data_end = (void *)(long)skb->data_end;
	if ((void *)(c + offset) + 4 > data_end)
		return;
	__builtin_memcpy(c + offset, "PASS", 4);
}

SEC("sk_skb/stream_verdict")
int tag_verdict(struct __sk_buff *skb)
{
	write_tag(skb, 0);
	return SK_PASS;
}

SEC("sk_msg")
int msg_redirect(struct sk_msg_md *msg)
{
	int zero = 0, key = 0;
	__u64 flags = 0;
	int *f;

	f = bpf_map_lookup_elem(&sock_redir_flags, &zero);
	if (f && *f) {
		key = 2;
		flags = *f;
	}
	return bpf_msg_redirect_map(msg, &sock_map_redir, key, flags);
}
