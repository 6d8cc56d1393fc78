// The arena programs of arena.bpf.c that the kernel refuses, each with the
// fix bpfvet's explanation suggests, applied as written; the kernel and
// bpfvet accept every one.  Needs clang 18 or later; built empty otherwise.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

#if defined(__BPF_FEATURE_ADDR_SPACE_CAST)
#define __arena __attribute__((address_space(1)))
#define __arg_arena __attribute__((btf_decl_tag("arg:arena")))
#define NUMA_NO_NODE (-1)

#ifndef BPF_MAP_TYPE_ARENA
#define BPF_MAP_TYPE_ARENA 33
#endif
#ifndef BPF_F_MMAPABLE
#define BPF_F_MMAPABLE (1U << 10)
#endif

struct {
	__uint(type, BPF_MAP_TYPE_ARENA);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, 16); /* pages */
} arena SEC(".maps");

void __arena *bpf_arena_alloc_pages(void *map, void __arena *addr, __u32 page_cnt, int node_id,
				    __u64 flags) __ksym __weak;

struct node {
	struct node __arena *next;
	long key, val;
};

long __arena hits;
long __arena *__arena spare;
struct node __arena spare_node;

/* alloc_in_tc: the page allocated by a syscall program user space runs,
 * kept in an __arena global, taken from there by tc */
SEC("syscall")
int refill(void *ctx)
{
	if (!spare)
		spare = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);
	return 0;
}

SEC("tc")
int alloc_in_tc(struct __sk_buff *skb)
{
	long __arena *p = spare;

	if (p) {
		spare = NULL;
		*p = 1;
	}
	return 0;
}

/* two_arenas: both from &arena */
SEC("syscall")
int two_arenas(void *ctx)
{
	long __arena *a = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);
	long __arena *b = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	return a && b;
}

/* alloc_from_ctx: the arena map itself */
SEC("syscall")
int alloc_from_ctx(void *ctx)
{
	long __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	return p != NULL;
}

__attribute__((noinline)) int node_val(struct node __arena *n __arg_arena)
{
	return n ? n->val : 0;
}

/* call_with_stack: the node in the arena (an __arena global) */
SEC("tc")
int call_with_stack(struct __sk_buff *skb)
{
	hits++;
	return node_val(&spare_node);
}

/* cast_without_arena: the parameter tagged, and the program names the
 * arena through an __arena global */
__attribute__((noinline)) long read_far(long __arena *p __arg_arena)
{
	return *p;
}

SEC("tc")
int cast_without_arena(struct __sk_buff *skb)
{
	hits++;
	return read_far((long __arena *)(long)skb->mark);
}

/* helper_on_arena: through the stack */
SEC("syscall")
int helper_on_arena(void *ctx)
{
	char __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);
	char buf[16];

	if (!p)
		return 1;
	bpf_get_current_comm(buf, sizeof(buf));
	__builtin_memcpy((char *)p, buf, sizeof(buf));
	return 0;
}
#endif
