// A CO-RE field relocation whose root is a typedef of an anonymous struct
// (`typedef struct { u64 key[2]; } siphash_key_t;`, as
// test_tcp_custom_syncookie's siphash has it).  libbpf matches the kernel's
// typedef of that name and the fields below it; bpfvet used to refuse to
// link the program ("CO-RE ... on an anonymous type").
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

typedef unsigned long long u64;

#pragma clang attribute push(__attribute__((preserve_access_index)), apply_to = record)
typedef struct {
	u64 key[2];
} siphash_key_t;
#pragma clang attribute pop

siphash_key_t secret = { { 0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL } };

static __attribute__((noinline)) u64 second_word(const siphash_key_t *k)
{
	return k->key[1];
}

SEC("tc")
int read_key(struct __sk_buff *skb)
{
	return second_word(&secret) == 0x0f0e0d0c0b0a0908ULL;
}
