// Walk the TCP options of a packet with bpf_loop() and drop the packet
// with bpf_throw() as soon as an option is malformed.  The throw is in the
// loop's callback, and a callback may not throw: it returns into the
// kernel's bpf_loop(), which cannot be unwound.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2
#define OPTS_OFF 54 /* Ethernet + IPv4 + TCP headers without options */

struct walk {
	struct __sk_buff *skb;
	__u32 off, end;
};

static int step(__u32 i, struct walk *w)
{
	__u8 opt[2];

	if (w->off + 2 > w->end)
		return 1;
	if (bpf_skb_load_bytes(w->skb, w->off, opt, 2))
		bpf_throw(TC_ACT_SHOT); /* rejected */
	if (opt[0] <= 1) { /* end of list, no-op: one byte */
		w->off += 1;
		return 0;
	}
	if (opt[1] < 2)
		bpf_throw(TC_ACT_SHOT);
	w->off += opt[1];
	return 0;
}

SEC("tc")
int check_options(struct __sk_buff *skb)
{
	struct walk w = { .skb = skb, .off = OPTS_OFF, .end = OPTS_OFF + 40 };

	if (skb->len < w.end)
		w.end = skb->len;
	bpf_loop(40, step, &w, 0);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
