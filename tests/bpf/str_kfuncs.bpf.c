// The string kfuncs (6.17: bpf_strlen, bpf_strcmp, bpf_strstr, ...) and
// other plain kfuncs without flags of their own: checked by their BTF
// prototype alone (the __ign pointers are not looked at), callable from
// every program type here.  Verdicts and level-2 logs compared with the
// kernel's by verify_vs_kernel.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern int bpf_strlen(const char *s__ign) __ksym;
extern int bpf_strcmp(const char *s1__ign, const char *s2__ign) __ksym;
extern int bpf_strnstr(const char *s1__ign, const char *s2__ign, unsigned long len) __ksym;
extern int bpf_modify_return_test_tp(int nonce) __ksym;

char name[16] = "hello";

SEC("tc")
int tc_strlen(struct __sk_buff *skb)
{
	return bpf_strlen(name);
}

SEC("raw_tp")
int comm_is_abc(void *ctx)
{
	char comm[16];

	bpf_get_current_comm(comm, sizeof(comm));
	return bpf_strcmp(comm, "abc") == 0;
}

SEC("xdp")
int xdp_strnstr(struct xdp_md *ctx)
{
	return bpf_strnstr(name, "ll", 4) >= 0 ? XDP_PASS : XDP_DROP;
}

/* a number where a string goes: __ign, so nothing checks it (the kfunc
 * itself returns -EFAULT at run time) */
SEC("socket")
int number_as_string(struct __sk_buff *skb)
{
	return bpf_strlen((char *)(long)skb->len);
}

SEC("tc")
int tc_test_tp(struct __sk_buff *skb)
{
	return bpf_modify_return_test_tp(skb->len);
}
