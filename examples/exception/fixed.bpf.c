// The fix: the callback records that the option list is malformed and
// returns 1, which ends bpf_loop(); the program throws after the loop.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_throw(__u64 cookie) __ksym;

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2
#define OPTS_OFF 54 /* Ethernet + IPv4 + TCP headers without options */

struct walk {
	struct __sk_buff *skb;
	__u32 off, end;
	int bad;
};

static int step(__u32 i, struct walk *w)
{
	__u8 opt[2];

	if (w->off + 2 > w->end)
		return 1;
	if (bpf_skb_load_bytes(w->skb, w->off, opt, 2)) {
		w->bad = 1;
		return 1;
	}
	if (opt[0] <= 1) { /* end of list, no-op: one byte */
		w->off += 1;
		return 0;
	}
	if (opt[1] < 2) {
		w->bad = 1;
		return 1;
	}
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
	if (w.bad)
		bpf_throw(TC_ACT_SHOT);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
