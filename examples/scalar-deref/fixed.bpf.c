// Count large sends per process: the socket's state is read with
// bpf_probe_read_kernel(), as the diagnosis says, since a kprobe's registers
// are numbers to the verifier.
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

/* the start of struct sock_common, copied from the kernel's headers */
struct sock_common_head {
	unsigned int skc_daddr, skc_rcv_saddr;
	unsigned int skc_hash;
	unsigned short skc_dport, skc_num;
	unsigned short skc_family;
	volatile unsigned char skc_state;
};

struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 1024); __type(key, __u32); __type(value, __u64); } big_sends SEC(".maps");

SEC("kprobe/tcp_sendmsg")
int BPF_KPROBE(count_big_sends, void *sk, void *msg, __u64 size)
{
	struct sock_common_head *skc = sk;
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *n;
	unsigned char state = 0;

	if (size < 65536)
		return 0;
	bpf_probe_read_kernel(&state, sizeof(state), (void *)&skc->skc_state);
	if (state != 1 /* TCP_ESTABLISHED */)
		return 0;
	n = bpf_map_lookup_elem(&big_sends, &pid);
	if (n)
		__sync_fetch_and_add(n, 1);
	else
		bpf_map_update_elem(&big_sends, &pid, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
