// Arenas (BPF_MAP_TYPE_ARENA, Linux 6.9): memory shared with user space,
// reached through __arena pointers (address space 1) that clang turns
// into kernel pointers with addr_space_cast; pages from
// bpf_arena_alloc_pages(), globals in the arena (__arena_global), linked
// structures walked with plain pointers.  Needs clang 18 or later for the
// address-space casts; built empty otherwise.  Verdicts and level-2 logs
// are compared with the kernel's.
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
#ifndef __ulong
#define __ulong(name, val) enum { ___bpf_concat(__unique_value, __COUNTER__) = val } name
#endif

struct {
	__uint(type, BPF_MAP_TYPE_ARENA);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, 16); /* pages */
} arena SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARENA);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, 4);
	__ulong(map_extra, 1ull << 40); /* the user address, fixed */
} arena2 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} plain SEC(".maps");

void __arena *bpf_arena_alloc_pages(void *map, void __arena *addr, __u32 page_cnt, int node_id,
				    __u64 flags) __ksym __weak;
void bpf_arena_free_pages(void *map, void __arena *ptr, __u32 page_cnt) __ksym __weak;

struct node {
	struct node __arena *next;
	long key, val;
};

/* globals in the arena itself */
long __arena hits;
struct node __arena *__arena head;

/* a page, filled and read back, then freed */
SEC("syscall")
int alloc_page(void *ctx)
{
	long __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);
	long sum = 0;

	if (!p)
		return 1;
	for (int i = 0; i < 16; i++)
		p[i] = i;
	for (int i = 0; i < 16; i++)
		sum += p[i];
	bpf_arena_free_pages(&arena, p, 1);
	return sum == 120 ? 0 : 2;
}

/* an arena global, counted from a program that cannot sleep */
SEC("tc")
int count_hits(struct __sk_buff *skb)
{
	hits++;
	return 0;
}

/* ... and atomically */
SEC("tc")
int count_atomic(struct __sk_buff *skb)
{
	__sync_fetch_and_add(&hits, 1);
	return 0;
}

/* a list in the arena, pushed to from a sleepable program */
SEC("syscall")
int push_node(void *ctx)
{
	struct node __arena *n = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	if (!n)
		return 1;
	n->key = 1;
	n->val = 42;
	n->next = head;
	head = n;
	return 0;
}

/* ... and walked, with plain pointers, from one that cannot */
SEC("tc")
int sum_list(struct __sk_buff *skb)
{
	long sum = 0;
	int i = 0;

	for (struct node __arena *n = head; n && i < 64; n = n->next, i++)
		sum += n->val;
	return sum > 100;
}

/* allocating where the program cannot sleep */
SEC("tc")
int alloc_in_tc(struct __sk_buff *skb)
{
	long __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	if (p)
		*p = 1;
	return 0;
}

/* two arenas in one program */
SEC("syscall")
int two_arenas(void *ctx)
{
	long __arena *a = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);
	long __arena *b = bpf_arena_alloc_pages(&arena2, NULL, 1, NUMA_NO_NODE, 0);

	return a && b;
}

/* the allocator given a map that is not an arena */
SEC("syscall")
int alloc_from_array(void *ctx)
{
	long __arena *p = bpf_arena_alloc_pages(&plain, NULL, 1, NUMA_NO_NODE, 0);

	return p != NULL;
}

/* the allocator given something that is not a map */
SEC("syscall")
int alloc_from_ctx(void *ctx)
{
	long __arena *p = bpf_arena_alloc_pages(ctx, NULL, 1, NUMA_NO_NODE, 0);

	return p != NULL;
}

/* a global function taking an arena pointer */
__attribute__((noinline)) int node_val(struct node __arena *n __arg_arena)
{
	return n ? n->val : 0;
}

SEC("tc")
int call_with_arena(struct __sk_buff *skb)
{
	return node_val(head);
}

/* ... given a pointer to the stack (no address-space cast: an integer) */
SEC("tc")
int call_with_stack(struct __sk_buff *skb)
{
	struct node local = {};

	hits++;
	return node_val((struct node __arena *)(long)&local);
}

/* an arena pointer in a program that names no arena: the callee casts */
__attribute__((noinline)) long read_far(long __arena *p)
{
	return *p;
}

SEC("tc")
int cast_without_arena(struct __sk_buff *skb)
{
	return read_far((long __arena *)(long)skb->mark);
}

/* an arena pointer handed to a helper */
SEC("syscall")
int helper_on_arena(void *ctx)
{
	char __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	if (!p)
		return 1;
	return bpf_get_current_comm((char *)p, 16);
}

/* a pointer to the stack kept in the arena */
SEC("syscall")
int stack_addr_in_arena(void *ctx)
{
	long local = 0;
	long __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	if (!p)
		return 1;
	*p = (long)&local;
	return 0;
}

/* a signed byte read from the arena */
SEC("syscall")
int signed_load(void *ctx)
{
	signed char __arena *p = bpf_arena_alloc_pages(&arena, NULL, 1, NUMA_NO_NODE, 0);

	if (!p)
		return 1;
	return *p < 0;
}
#endif
