/* Main programs whose BTF prototypes the kernel cannot fully take: it
 * logs "arg#0 reference type('FWD pt_regs') size cannot be determined"
 * and verifies them with r1 as the context anyway.  Checked against the
 * kernel's level-2 log by verify_vs_kernel. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pt_regs;
struct sized { int a; };
struct opaque;

SEC("kprobe/x") int kp_fwd(struct pt_regs *ctx) { return 0; }
SEC("kprobe/x") int kp_void(void *ctx) { return 0; }
SEC("socket") int sk_skb(struct __sk_buff *skb) { return 0; }
SEC("socket") int sk_sized(struct sized *f) { return 0; }
SEC("socket") int sk_opaque(struct opaque *f) { return 0; }
SEC("socket") int sk_int(int x) { return 0; }
SEC("socket") int sk_char(char *x) { return 0; }
SEC("socket") int sk_noarg(void) { return 0; }
SEC("socket") int sk_ptrptr(void **x) { return 0; }
SEC("xdp") int xdp_wrong_ctx(struct __sk_buff *x) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
