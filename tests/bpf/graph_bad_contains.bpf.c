// A list head whose contains: tag the kernel cannot follow (a struct that
// does not exist, a member that is not a node, no tag at all): the kernel then knows none
// of the special fields beside it, so even the lock next to the head is "no
// valid bpf_spin_lock".  Verdicts and level-2 logs are compared with the
// kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

typedef unsigned long long u64;

struct bpf_list_head { u64 __opaque[2]; } __attribute__((aligned(8)));
struct bpf_list_node { u64 __opaque[3]; } __attribute__((aligned(8)));

#define __contains(name, node) __attribute__((btf_decl_tag("contains:" #name ":" #node)))
#define private(name) SEC(".data." #name) __attribute__((aligned(8)))

extern void *bpf_obj_new_impl(u64 local_type_id, void *meta) __ksym;
extern void bpf_obj_drop_impl(void *kptr, void *meta) __ksym;
extern int bpf_list_push_back_impl(struct bpf_list_head *head, struct bpf_list_node *node, void *meta,
				   u64 off) __ksym;

struct item { long key; struct bpf_list_node node; long data; };

/* names a struct the program never defines */
private(A) struct bpf_spin_lock lock_a;
private(A) struct bpf_list_head head_a __contains(missing, node);
/* names a member that is not a bpf_list_node */
private(B) struct bpf_spin_lock lock_b;
private(B) struct bpf_list_head head_b __contains(item, key);
/* says nothing */
private(D) struct bpf_spin_lock lock_d;
private(D) struct bpf_list_head head_d;
/* as it should be */
private(C) struct bpf_spin_lock lock_c;
private(C) struct bpf_list_head head_c __contains(item, node);

char LICENSE[] SEC("license") = "GPL";

static int push(struct bpf_spin_lock *lock, struct bpf_list_head *head)
{
	struct item *it = bpf_obj_new_impl(bpf_core_type_id_local(struct item), NULL);

	if (!it)
		return 0;
	it->key = 1;
	bpf_spin_lock(lock);
	bpf_list_push_back_impl(head, &it->node, NULL, 0);
	bpf_spin_unlock(lock);
	return 0;
}

SEC("tc")
int missing_struct(void *ctx)
{
	return push(&lock_a, &head_a);
}

SEC("tc")
int not_a_node(void *ctx)
{
	return push(&lock_b, &head_b);
}

SEC("tc")
int no_tag(void *ctx)
{
	return push(&lock_d, &head_d);
}

SEC("tc")
int valid_head(void *ctx)
{
	return push(&lock_c, &head_c);
}
