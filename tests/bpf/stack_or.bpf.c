/* clang adds a member's offset to the address of an aligned stack array
 * element with an OR (`&todo[n].d` as `&todo[n] | 4`), which the verifier
 * refuses on a pointer (met while applying the twenty-first batch's
 * recursion fix as a plain loop). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

struct opt {
	__u8 left;
	__u8 right;
};

static __attribute__((noinline)) int tree_depth(void *data, void *end, int off, int d)
{
	struct { int off, d; } todo[8];
	int n = 0, max = d;

	todo[0].off = off;
	todo[0].d = d;
	n = 1;
	for (int i = 0; i < 32 && n > 0 && n <= 8; i++) {
		struct opt *o;
		int cur, cd;

		n--;
		cur = todo[n].off;
		cd = todo[n].d;
		if (cd > max)
			max = cd;
		if (cur < 0 || cur > 255)
			continue;
		o = data + cur;
		if (cd > 3 || (void *)(o + 1) > end)
			continue;
		if (o->left && n < 7) {
			todo[n].off = o->left;
			todo[n].d = cd + 1;
			n++;
		}
		if (o->right && n < 7) {
			todo[n].off = o->right;
			todo[n].d = cd + 1;
			n++;
		}
	}
	return max;
}

SEC("xdp")
int todo_or(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;

	return tree_depth(data, end, 0, 0) > 2 ? XDP_DROP : XDP_PASS;
}
