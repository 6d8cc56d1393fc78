// Keep the packets a tc program sees in a global linked list (the kind of
// queue a scheduler or a sampler builds with bpf_obj_new): allocate an
// entry, push it under the list's lock, and fill in the length after the
// unlock.  By then the list owns the entry: the pointer the program kept
// was a non-owning reference, good only while the lock was held.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* the kernel's list types (Debian 12's linux/bpf.h predates them) */
struct bpf_list_head { __u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_list_node { __u64 __opaque[3]; } __attribute__((aligned(8)));

extern void *bpf_obj_new_impl(__u64 local_type_id, void *meta) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head, struct bpf_list_node *node, void *meta,
				   __u64 off) __ksym;
#define bpf_obj_new(type) ((type *)bpf_obj_new_impl(bpf_core_type_id_local(type), NULL))
#define bpf_list_push_back(head, node) bpf_list_push_back_impl(head, node, NULL, 0)
#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))

struct sample {
	struct bpf_list_node node;
	__u32 len;
	__u32 mark;
};

private(Q) struct bpf_spin_lock lock;
private(Q) struct bpf_list_head samples __contains(sample, node);

SEC("tc")
int sample_packet(struct __sk_buff *skb)
{
	struct sample *s = bpf_obj_new(struct sample);

	if (!s)
		return 0;
	s->mark = skb->mark;
	bpf_spin_lock(&lock);
	bpf_list_push_back(&samples, &s->node);
	bpf_spin_unlock(&lock);
	s->len = skb->len; /* rejected: the list owns s now */
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
