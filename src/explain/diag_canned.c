/* Rejections a table explains: a needle in the kernel's line, its class,
 * the why and the fix.  The families that need the path come first
 * (diagnose.c); these are the lines that say enough by themselves. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "explain/diag.h"
#include "object/obj_internal.h"
#include "verifier/verifier.h"

/* A tracing program whose attach target this kernel's BTF lacks: the
 * kernel's line does not say which; the verifier's record does. */
static int diag_attach_target(struct ctx *c)
{
	const char *d = c->res->detail;
	char name[128] = "";

	if (!strstr(c->msg, "Tracing programs must provide btf_id"))
		return 0;
	if (d && sscanf(d, "attach target %127s", name) != 1)
		name[0] = 0;
	diag_class(c, "other");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The section name `%s` says what the program attaches to, and this kernel's BTF has no %s: it "
	    "does not exist in this kernel (renamed, inlined, compiled out), or it lives in a module that is not "
	    "loaded (its BTF appears in /sys/kernel/btf/ once it is). libbpf stops before loading (\"failed to find "
	    "kernel BTF type ID\"); the kernel, given no target, says only this.",
	    c->prog->section, name[0] ? name : "such target");
	FIX(c, "Check the name against `bpftool btf dump file /sys/kernel/btf/vmlinux | grep <name>` (or the module's "
	    "file there), load the module first, or attach to a function this kernel has.");
	return 1;
}

/* The writable global variable register r points to the start of, by
 * name, with its initial text (a NUL-terminated string of plain
 * characters) and its size. */
static int global_string(const struct ctx *c, int r, char *name, size_t nsize, char *val, size_t vlen, long *vsize)
{
	const struct bv_vreg *p = reg_at(c, c->fstep, r);
	const struct bv_map *m;
	long voff;
	size_t i;

	if (!p || p->kind != BV_REG_MAP_VALUE || p->var_mask || p->map < 0 || (size_t)p->map >= c->obj->n_maps)
		return 0;
	m = &c->obj->maps[p->map];
	if (!diag_global_at(c, p->map, p->off, name, nsize, &voff, vsize) || voff != p->off || !m->init ||
	    (size_t)(voff + *vsize) > m->init_size)
		return 0;
	for (i = 0; i < vlen - 1 && i < (size_t)*vsize && m->init[voff + i]; i++) {
		if (m->init[voff + i] < 0x20 || m->init[voff + i] > 0x7e || m->init[voff + i] == '"' ||
		    m->init[voff + i] == '\\')
			return 0;
		val[i] = (char)m->init[voff + i];
	}
	if (i == (size_t)*vsize || i == vlen - 1)
		return 0; /* no terminating NUL: not a string */
	val[i] = '\0';
	return 1;
}

/* The string literal a C line declares array name with (`char want[] =
 * "bash";`), from any line the program's line info holds. */
static int declared_literal(const struct ctx *c, const char *name, char *val, size_t vlen)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p, *q;

		for (p = t; p && (p = strstr(p, name)); p += n) {
			if ((p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || p[n] != '[')
				continue;
			if (!(q = strchr(p + n, ']')) || strncmp(q, "] = \"", 5))
				continue;
			q += 5;
			size_t k = strcspn(q, "\"\\");

			if (q[k] != '"' || k >= vlen)
				return 0;
			memcpy(val, q, k);
			val[k] = 0;
			return 1;
		}
	}
	return 0;
}

/* A helper's constant-string argument (bpf_strncmp, bpf_snprintf's
 * format) not in read-only global data: on the stack or elsewhere (got,
 * the register's type), or in writable global data (got NULL). */
int diag_const_str(struct ctx *c, int r, const char *got)
{
	char hb[64], v[64], val[64];
	long vsize;

	if (diag_buffer_var(c, c->fail, r, v, sizeof(v)) != 1 || strpbrk(v, ".->["))
		snprintf(v, sizeof(v), "str");
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	WHY(c, "Argument %d of %s is a constant string the verifier reads when it loads the program (its length, "
	       "its contents), so it must lie in read-only global data (.rodata), which nothing can change. ",
	    r, helper_at(c, c->fail, hb, sizeof(hb)));
	if (!got)
		WHY(c, "R%d points to writable global data (.data or .bss) or a map value, whose bytes may differ when "
		       "the program runs.",
		    r);
	else
		WHY(c, "R%d holds %s — a string %s is only known when the program runs.", r,
		    !strcmp(got, "fp") ? "a pointer to the stack" : got, !strcmp(got, "fp") ? "built on the stack" : "there");
	if (!got && global_string(c, r, v, sizeof(v), val, sizeof(val), &vsize)) {
		/* a global the program meant to set from the loader: keep it
		 * settable, in the section libbpf freezes once it is set */
		FIX(c, "Make `%s` read-only: `const volatile char %s[%ld] = \"%s\";` (clang puts it in .rodata; the "
		       "loader can still set it before loading, through `skel->rodata->%s`, and libbpf then freezes "
		       "it), and pass `(const char *)%s` (the cast drops the volatile, which clang warns about).",
		    v, v, vsize, val, v, v);
		return 1;
	}
	if (!declared_literal(c, v, val, sizeof(val)))
		snprintf(val, sizeof(val), "...");
	FIX(c, "Declare the string once at file scope as a constant, `static const char %s[] = \"%s\";` (clang "
	       "puts it in .rodata, which libbpf freezes), and pass `%s`.",
	    v, val, v);
	return 1;
}

/* A store into packet data from a program type that may only read it:
 * what that type is for, and where the rewrite belongs. */
static int diag_pkt_readonly(struct ctx *c)
{
	unsigned t = c->prog->sec.prog_type;

	if (!strstr(c->msg, "cannot write into packet"))
		return 0;
	diag_class(c, "readonly-write");
	diag_where(c, c->fail, "fails here");
	if (c->prog->section && c->prog->section[0])
		WHY(c, "`SEC(\"%s\")` makes this a program that may read the packet but not change it: ",
		    c->prog->section);
	else
		WHY(c, "This program's type may read the packet but not change it: ");
	if (t == BV_PROG_CGROUP_SKB)
		WHY(c, "a cgroup skb program only decides whether a cgroup's packet goes through (return 1) or is "
		       "dropped (return 0).");
	else if (t == BV_PROG_SOCKET_FILTER)
		WHY(c, "a socket filter only says how many bytes of the packet a socket receives.");
	else
		WHY(c, "only types that own the packet (tc, XDP, lwt_xmit, sk_skb) may write it.");
	if (t == BV_PROG_CGROUP_SKB)
		FIX(c, "Rewrite the header in a tc program on the interface (`SEC(\"tc\")`, attached with tc or "
		       "bpf_tc_attach()), where the same store is allowed after the bounds check; to set a field the "
		       "socket controls, such as the TOS, set the option with bpf_setsockopt() from a sock_ops program "
		       "instead.");
	else if (t == BV_PROG_LWT_IN || t == BV_PROG_LWT_OUT)
		/* on a route already: the same hook family has a writable one */
		FIX(c, "Make the rewrite where the packet may be written: in an lwt_xmit program on the route "
		       "(`SEC(\"lwt_xmit\")`, `ip route ... encap bpf xmit obj FILE sec lwt_xmit`), which runs as packets "
		       "leave by that route, or in a tc ingress program (`SEC(\"tc\")`) for packets arriving on the "
		       "interface; both allow the same store after the bounds check.");
	else
		FIX(c, "Do the rewrite in a tc (`SEC(\"tc\")`) or XDP program, where the same store is allowed after "
		       "the bounds check, or with bpf_skb_store_bytes() in a tc program.");
	return 1;
}

/* Other calls of map helpers that pass a kernel struct's field by its
 * address, which the walk has not reached yet: the same fix is due there. */
static void other_field_args(struct ctx *c)
{
	const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);
	uint32_t seen = fl ? fl->line_num : 0;

	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);
		const char *t = diag_src_text(c, (long)i), *a;
		char b[64];

		if (!is_helper_call(c, (long)i) || !strstr(helper_at(c, (long)i, b, sizeof(b)), "map_") || !t || !li ||
		    li->line_num == seen)
			continue;
		for (a = strstr(t, ", &"); a; a = strstr(a + 1, ", &")) {
			size_t n = strcspn(a + 2, ",)");
			const char *arrow = strstr(a + 2, "->");

			if (arrow && arrow < a + 2 + n && n < 64) {
				char x[64];

				/* `&next->pid`: a local named next_pid, apart from the first */
				snprintf(x, sizeof(x), "%.*s", (int)n - 1, a + 3);
				const char *fld = strrchr(x, '>') + 1;
				int base = (int)(arrow - a - 3);

				FIX(c, " Line %u passes `&%s` the same way: copy it too, into a local of its own name: "
				       "`__typeof__(%s) %.*s_%s = %s;` and pass `&%.*s_%s`.",
				    li->line_num, x, x, base, x, fld, x, base, x, fld);
				seen = li->line_num;
				break;
			}
		}
	}
}

/* Helpers given the wrong place: a constant string outside read-only
 * data, a callback's map key or a kernel struct as a destination, one
 * kernel struct cast to another. */
static int diag_helper_target(struct ctx *c)
{
	char hb[64], have[64], want[64];
	int r;

	if (!is_helper_call(c, c->fail))
		return 0;
	helper_at(c, c->fail, hb, sizeof(hb));
	/* sscanf stops at the first literal that differs: the needle first */
	if (strstr(c->msg, "does not point to a readonly map") && sscanf(c->msg, "R%d", &r) == 1)
		return diag_const_str(c, r, NULL);
	if (strstr(c->msg, "cannot write into map_key") && sscanf(c->msg, "R%d", &r) == 1) {
		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s writes through R%d, which points to a map's key as bpf_for_each_map_elem() gives it to the "
		       "callback: the key is the map's own and read-only (changing it would move the element).",
		    hb, r);
		FIX(c, "Copy the key into a local variable and write there (`__u64 k = *key;`); to change what the map "
		       "holds, write the value, or delete and re-insert the element.");
		return 1;
	}
	if (strstr(c->msg, " is expected") && sscanf(c->msg, "R%d is of type %63s but %63s is expected", &r, have, want) == 3) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "Argument %d of %s must point to a struct %s, and R%d points to a struct %s: a cast in C changes "
		       "nothing, the verifier knows what the pointer really is from BTF.",
		    r, hb, want, r, have);
		FIX(c, "Pass a real struct %s pointer reached from this one or returned by a kfunc (for a task's cgroup, "
		       "`task->cgroups->dfl_cgrp`), not a cast.",
		    want);
		return 1;
	}
	if (strstr(c->msg, "may write into memory pointed by R") && sscanf(strstr(c->msg, "pointed by R"),
									  "pointed by R%d", &r) == 1) {
		char arg[96];

		/* a map's key or value straight from a kernel struct
		 * (`&prev->pid`): the helper only reads it, but the kernel types
		 * those arguments as writable memory (batch 40) */
		if (strstr(hb, "map_") && (r == 2 || r == 3) && diag_call_arg(c, c->fail, r, arg, sizeof(arg)) &&
		    arg[0] == '&' && strstr(arg, "->") && !strchr(arg, '(')) {
			const char *f = strrchr(arg, '>') + 1, *call = diag_src_text(c, c->fail);
			char local[96], out[320];

			snprintf(local, sizeof(local), "&%s", f);
			diag_class(c, "helper-arg-type");
			diag_where(c, c->fail, "fails here");
			WHY(c, "The %s passed to %s is `%s`, a field of a kernel object (R%d is a BTF pointer). The helper "
			       "only reads it, but the kernel types a map's key and value as memory a helper may write, "
			       "and never lets a helper write a kernel struct: they must come from the stack, a map value "
			       "or the packet.",
			    r == 2 && strcmp(hb, "bpf_map_push_elem") ? "key" : "value", hb, arg, r);
			if (diag_is_name(f) && call && diag_replace_expr(call, arg, local, out, sizeof(out)) == 1)
				FIX(c, "Copy the field into a local first and pass the local's address: `__typeof__(%s) %s = "
				       "%s;` then `%s`.",
				    arg + 1, f, arg + 1, out);
			else
				FIX(c, "Copy the field into a local first (`__typeof__(%s) v = %s;`) and pass `&v`.", arg + 1,
				    arg + 1);
			other_field_args(c);
			return 1;
		}
		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s writes into the memory R%d points to, and R%d points into a kernel object (a BTF pointer such "
		       "as a task): programs may read kernel structs, never write them through helpers.",
		    hb, r, r);
		FIX(c, "Give the helper a buffer of your own as the destination (`char buf[16]; %s(buf, sizeof(buf), "
		       "...)`); to copy out of the kernel object, pass it as the source.",
		    hb);
		return 1;
	}
	return 0;
}

/* A function's address taken and never run (src/verifier/jit_split.c):
 * the verifier's record names the function and where its address was
 * taken; the kernel's line names an instruction of its rewritten program. */
static int diag_unverified_func(struct ctx *c)
{
	const char *d = c->res->detail;
	char name[128] = "?";
	long long at = -1, taken = -1;

	if (!strstr(c->msg, "No program to jit at insn"))
		return 0;
	if (d)
		sscanf(d, "unverified function %127s at insn %lld taken at insn %lld", name, &at, &taken);
	diag_class(c, "other");
	if (taken >= 0)
		diag_where(c, (long)taken, "the function's address is taken here");
	WHY(c, "The program takes the address of function %s (insn %lld) but never passes it to a helper that "
	    "runs it (bpf_loop(), bpf_for_each_map_elem(), bpf_timer_set_callback(), ...), so the verifier never "
	    "walks it. After verifying, the kernel deletes every instruction no path reached, the whole of %s "
	    "included; the address still names where %s began, which is now past the program's end, and splitting "
	    "the program into functions for the JIT fails. This is a kernel bug (the program is safe): the kernel "
	    "says so (\"verifier bug\") and refuses it with EFAULT. Were another function to follow it, the address "
	    "would silently name that one instead, and the program would load.",
	    name, at, name, name);
	FIX(c, "Pass %s to the helper that runs it, or stop taking its address (a function pointer stored in a "
	    "variable, compared, or printed). To choose a callback at run time, call the helper in each branch with "
	    "the function named directly: `if (x) bpf_loop(n, cb_a, &ctx, 0); else bpf_loop(n, cb_b, &ctx, 0);`.",
	    name);
	return 1;
}

/* clang adds a small constant to an address it knows is aligned with an
 * OR (`&a[i].second` as `&a[i] | 4`): on the stack, where it knows the
 * alignment of a local array of structs indexed by a variable. */
static int diag_or_on_pointer(struct ctx *c)
{
	const struct bv_insn *in = c->fail >= 0 ? insn_at(c, c->fail) : NULL;
	const struct bv_vreg *p;
	const char *src;

	if (!strstr(c->msg, "bitwise operator |= on pointer") || !in || (in->code & 0x08) || c->fstep < 0)
		return 0;
	p = reg_at(c, c->fstep, in->dst);
	if (!p || p->kind != BV_REG_STACK)
		return 0;
	src = diag_src_text(c, c->fail);
	diag_class(c, "pointer-arithmetic");
	diag_where(c, c->fail, "the OR on the address");
	WHY(c, "R%d is an address on the stack (fp%+d%s), and the verifier refuses any bitwise operation on a "
	       "pointer, even one that adds.",
	    in->dst, p->off, p->var_mask ? " plus a variable multiple" : "");
	CC(c, "The C adds %d to that address (a member at offset %d of an array element%s%s%s), and the compiler, "
	      "knowing the address is aligned to more than %d, wrote the addition as `|= %d`: the same number, an "
	      "operation the verifier does not allow on pointers.",
	    in->imm, in->imm, src ? ", in `" : "", src ? src : "", src ? "`" : "", in->imm, in->imm);
	FIX(c, "Give each member its own array of scalars (`int offs[8], depths[8];` indexed by the same `n`), so that "
	       "no member sits at an offset inside an aligned element; or keep the array in a per-CPU array map, whose "
	       "value pointer the compiler cannot see the alignment of.");
	return 1;
}

/* `trailer = data_end - 4; *trailer = v;`: the packet's last bytes written
 * (or read) through data_end moved back, which the verifier never allows;
 * the helpers that store or load at an offset from the length can (batch
 * 41's stamp_trailer). */
static int diag_pkt_end_back(struct ctx *c)
{
	const char *t = diag_src_text(c, c->fail), *m, *ctxn = diag_param_name(c, c->fail, 0);
	char var[64], pat[80], val[128] = "";
	long n = 0;
	int sz = 0;
	bool xdp = c->prog->type == 6, tc = c->prog->type == 3 || c->prog->type == 4;

	if (!strstr(c->msg, "pointer arithmetic on pkt_end prohibited") || !t || (!xdp && !tc) || !ctxn ||
	    !(m = strstr(t, " = data_end - ")) || (size_t)(m - t) >= sizeof(var))
		return 0;
	snprintf(var, sizeof(var), "%.*s", (int)(m - t), t);
	n = atol(m + 14);
	if (!diag_is_name(var) || n <= 0 || n > 64)
		return 0;
	snprintf(pat, sizeof(pat), "*%s = ", var);
	for (size_t i = 0; i < c->prog->n_insns && !val[0]; i++) {
		const char *u = diag_src_text(c, (long)i), *q;
		size_t k;

		if (u && !strncmp(u, pat, strlen(pat)) && (k = strcspn(q = u + strlen(pat), ";")) < sizeof(val)) {
			snprintf(val, sizeof(val), "%.*s", (int)k, q);
			/* the store's own width */
			for (size_t j = i; j < c->prog->n_insns && !sz; j++)
				if (diag_src_text(c, (long)j) == u && (BV_CLASS(insn_at(c, (long)j)->code) == BV_STX ||
								      BV_CLASS(insn_at(c, (long)j)->code) == BV_ST))
					sz = access_size(c, (long)j);
		}
	}
	if (!val[0] || (sz != 1 && sz != 2 && sz != 4 && sz != 8))
		return 0;
	diag_class(c, "pointer-arithmetic");
	diag_where(c, c->fail, "data_end moved back here");
	WHY(c, "data_end marks where the packet ends: the verifier lets a program compare a packet pointer with it, "
	       "never move it (`data_end - %ld`), so the last bytes cannot be reached back from the end.",
	    n);
	if (xdp)
		FIX(c, "Write the last %ld bytes at an offset from the packet's length with a helper, in place of `%s` "
		       "and the store through `%s`: `__u%d v = %s; bpf_xdp_store_bytes(%s, bpf_xdp_get_buff_len(%s) - "
		       "%ld, &v, sizeof(v));` (a length under %ld makes the call fail, which it reports).",
		    n, t, var, sz * 8, val, ctxn, ctxn, n, n);
	else
		FIX(c, "Write the last %ld bytes at an offset from the packet's length with a helper, in place of `%s` "
		       "and the store through `%s`: `__u%d v = %s; bpf_skb_store_bytes(%s, %s->len - %ld, &v, sizeof(v), "
		       "0);` (a length under %ld makes the call fail, which it reports).",
		    n, t, var, sz * 8, val, ctxn, ctxn, n, n);
	return 1;
}

/* bpf_dynptr_from_skb() in XDP, or bpf_dynptr_from_xdp() at tc: code
 * ported between the two, the call to swap in its own words (batch 42). */
static int diag_dynptr_port(struct ctx *c)
{
	bool xdp = c->prog->type == 6, tc = c->prog->type == 3 || c->prog->type == 4;
	const char *want = xdp ? "bpf_dynptr_from_xdp" : "bpf_dynptr_from_skb";
	const char *decl = xdp ? "extern int bpf_dynptr_from_xdp(struct xdp_md *xdp, __u64 flags, struct bpf_dynptr "
				 "*ptr) __ksym;"
			       : "extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags, struct bpf_dynptr "
				 "*ptr) __ksym;";
	char d[64], arg[96];

	if (!strstr(c->msg, "calling kernel function bpf_dynptr_from_") || (!xdp && !tc) ||
	    strstr(c->msg, want) || !diag_call_arg(c, c->fail, 3, d, sizeof(d)))
		return 0;
	const char *ctxn = diag_param_name(c, c->fail, 0);

	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "fails here");
	diag_call_arg(c, c->fail, 1, arg, sizeof(arg));
	WHY(c, "%s programs make a dynptr over their packet with %s(); the kfunc called here is for the other kind of "
	       "program%s.",
	    xdp ? "XDP" : "tc", want, strchr(arg, '(') ? ", and casting the context does not change what it is" : "");
	FIX(c, "Declare and call the kfunc for this program's context: `%s` and `%s(%s, 0, %s)` in place of the call "
	       "(bpf_dynptr_read(), _write() and _slice() work the same on either).",
	    decl, want, ctxn ? ctxn : "ctx", d);
	return 1;
}

/* An alignment test or rounding on a pointer, `if ((long)data & 3)` or
 * `(unsigned long)(v + 7) & ~7UL`: the verifier never shows a program a
 * pointer's bits, and has no need to (batches 4 and 39). */
static int diag_pointer_bits(struct ctx *c)
{
	const struct bv_insn *in = c->fail >= 0 ? insn_at(c, c->fail) : NULL;
	const struct bv_vreg *p;
	const char *src = diag_src_text(c, c->fail), *amp;
	char kind[96];

	if (!strstr(c->msg, "bitwise operator &= on pointer") || !in || (in->code & 0x08) || c->fstep < 0 || !src)
		return 0;
	p = reg_at(c, c->fstep, in->dst);
	if (!p || !(amp = strstr(src, " & ")) || !strstr(src, "long)"))
		return 0;
	diag_class(c, "pointer-arithmetic");
	diag_where(c, c->fail, "the mask on the address");
	snprintf(kind, sizeof(kind), "%s", diag_reg_words(p));
	WHY(c, "R%d is %s, and the program masks its bits with %d (`%s`). The verifier lets no bitwise operation "
	       "touch a pointer: a pointer's bits are a kernel address, which a program may neither see nor compute "
	       "with.",
	    in->dst, kind, in->imm, src);
	if (!strncmp(src, "if (", 4) && in->imm > 0 && in->imm < 64 && !(in->imm & (in->imm + 1))) {
		/* a test of the low bits: an alignment check */
		FIX(c, "Delete the alignment test `%s` and its branch. The verifier does its own check of every "
		       "access: on x86-64 a load or store at any alignment is allowed in packet and map memory (only "
		       "stack slots and atomic operations must be aligned), so the unaligned case needs no path of its own; where alignment matters "
		       "for speed, copy the bytes to an aligned local with `__builtin_memcpy(&w, p, sizeof(w))`.",
		    src);
		return 1;
	}
	FIX(c, "Round the offset, not the pointer: keep the position as a number from the start of the object "
	       "(`off = (off + 7) & ~7;`, checked against the object's size) and add it to the pointer, "
	       "`p = base + off;`.");
	return 1;
}

/* A sleepable program (uprobe.s, lsm.s, syscall, ...) that names a map
 * whose operations do not allow sleeping: the kernel says so when it
 * resolves the program's maps, before the walk, without naming it. */
int diag_sleepable_map(struct ctx *c)
{
	const struct bv_map *m = NULL;
	const char *sec = c->prog->section ? c->prog->section : "";
	long at = -1, out;
	char a[5][96], plain[128] = "";

	if (!msg_starts(c->msg, "Sleepable programs can only use"))
		return 0;
	diag_class(c, "helper-not-allowed");
	for (size_t i = 0; c->prog->insn_map && i < c->prog->n_insns && !m; i++) {
		int32_t mi = c->prog->insn_map[i];

		if (mi >= 0 && (size_t)mi < c->obj->n_maps && !sleepable_map(c->obj->maps[mi].type)) {
			m = &c->obj->maps[mi];
			at = (long)i;
		}
	}
	if (at >= 0)
		diag_where(c, at, "the map named here");
	/* `uretprobe.s//bin/bash:readline` without its `.s` */
	if (strstr(sec, ".s/") || (strlen(sec) > 2 && !strcmp(sec + strlen(sec) - 2, ".s"))) {
		const char *d = strstr(sec, ".s/") ? strstr(sec, ".s/") : sec + strlen(sec) - 2;

		snprintf(plain, sizeof(plain), "%.*s%s", (int)(d - sec), sec, d + 2);
	}
	WHY(c, "The program is sleepable%s%s%s, and a sleepable program may use only maps whose operations allow "
	       "sleeping: hash and array maps (plain, per-CPU, LRU), maps of maps, ring buffers, local storage, queues "
	       "and stacks, arenas.",
	    sec[0] ? " (`SEC(\"" : "", sec, sec[0] ? "\")`)" : "");
	if (m)
		WHY(c, " Map %s, of type %s, is not one of them.", m->name, bv_map_type_name(m->type));
	else
		WHY(c, " The kernel does not say which of the program's maps is of another type.");
	if (m && m->type == BPF_MAP_TYPE_PERF_EVENT_ARRAY) {
		FIX(c, "Make %s a ring buffer, the perf buffer's successor, which a sleepable program may use: "
		       "`__uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 256 * 1024);` in its definition",
		    m->name);
		out = diag_first_call(c, "bpf_perf_event_output");
		if (out >= 0 && diag_call_arg(c, out, 2, a[1], sizeof(a[1])) && diag_call_arg(c, out, 4, a[3], sizeof(a[3])) &&
		    diag_call_arg(c, out, 5, a[4], sizeof(a[4]))) {
			diag_where(c, out, "the perf buffer written here");
			FIX(c, ", and `bpf_ringbuf_output(%s, %s, %s, 0);` in place of bpf_perf_event_output()", a[1], a[3],
			    a[4]);
		}
		FIX(c, " (user space reads it with ring_buffer__new() instead of perf_buffer__new())");
	} else if (m && m->type == BPF_MAP_TYPE_STACK_TRACE) {
		FIX(c, "Take the stack with bpf_get_stack(ctx, buf, size, flags) into a buffer of your own (a ring buffer "
		       "record or a per-CPU array map's value) instead of bpf_get_stackid() and a stack map");
	} else if (!m) {
		FIX(c, "Find the map of another type among the program's: a perf event array becomes a ring buffer "
		       "(`BPF_MAP_TYPE_RINGBUF` and bpf_ringbuf_output()), a stack trace map a buffer filled by "
		       "bpf_get_stack(), an LPM trie a hash map per prefix length; or make the program not sleepable (drop "
		       "the `.s` from its section) and read user memory with bpf_probe_read_user() instead of "
		       "bpf_copy_from_user()");
	} else {
		FIX(c, "Use one of those map types for %s%s", m->name,
		    m && m->type == BPF_MAP_TYPE_LPM_TRIE ? " (a hash map keyed by each prefix length you need)" : "");
	}
	if (plain[0])
		FIX(c, "; or make the program not sleepable, `SEC(\"%s\")`, and read user memory with "
		       "bpf_probe_read_user() instead of bpf_copy_from_user()",
		    plain);
	FIX(c, ".");
	return 1;
}

/* "infinite loop detected" where the loop's counter is read back from the
 * stack each round: its address is passed to a helper (`&i` as a map
 * key), so clang keeps it in memory, and the 4-byte slot it writes holds
 * "some number" to the verifier, not the count (seen, batch 36).  The
 * rounds then look alike and the walk meets its own state again. */
static int diag_counter_on_stack(struct ctx *c)
{
	long at, k, fill = -1, store = -1, call = -1;
	int reg = -1, off = 0, arg = 0;
	const struct bv_insn *in;
	char a[64], line[192], b[64];
	const char *t, *v;

	if (sscanf(c->msg, "infinite loop detected at insn %ld", &at) != 1 || !is_cond_jump(c, at))
		return 0;
	/* the comparison's register that is not a constant */
	for (k = (long)c->res->n_steps - 1; k >= 0 && c->res->steps[k].insn != (uint32_t)at; k--)
		;
	in = insn_at(c, at);
	if (k < 0 || !in)
		return 0;
	{
		const struct bv_vreg *d = reg_at(c, k, in->dst), *s2 = BV_SRC(in->code) ? reg_at(c, k, in->src) : NULL;

		reg = d && d->umin != d->umax ? in->dst : s2 && s2->umin != s2->umax ? in->src : -1;
	}
	/* back through its operations to the load from the stack */
	for (long j = k - 1; reg >= 0 && j >= 0 && fill < 0; j--) {
		const struct bv_insn *w = insn_at(c, c->res->steps[j].insn);
		const struct bv_form *f = form_at(c, c->res->steps[j].insn);

		if (!w || !f || w->dst != reg || BV_CLASS(w->code) == BV_STX || BV_CLASS(w->code) == BV_ST ||
		    BV_CLASS(w->code) == BV_JMP || BV_CLASS(w->code) == BV_JMP32)
			continue;
		if (BV_CLASS(w->code) == BV_LDX && w->src == 10) {
			fill = (long)c->res->steps[j].insn;
			off = w->off;
		} else if (f->op == BV_OP_MOV && f->x) {
			reg = w->src;
		} else if (f->x || (f->op != BV_OP_ADD && f->op != BV_OP_SUB && f->op != BV_OP_LSH &&
				    f->op != BV_OP_RSH && f->op != BV_OP_AND)) {
			break;
		}
	}
	if (fill < 0)
		return 0;
	/* the helper call taking the slot's address, and the store to it */
	for (long j = (long)c->res->n_steps - 1; j >= 0 && (call < 0 || store < 0); j--) {
		long i = (long)c->res->steps[j].insn;
		const struct bv_insn *w = insn_at(c, i);

		if (call < 0 && is_helper_call(c, i))
			for (int r = 1; r <= 5; r++) {
				const struct bv_vreg *p = reg_at(c, j, r);

				if (p && p->kind == BV_REG_STACK && p->off == off && !p->var_mask) {
					call = i;
					arg = r;
				}
			}
		if (store < 0 && w && BV_CLASS(w->code) == BV_STX && BV_MODE(w->code) == BV_MEM && w->dst == 10 &&
		    w->off == off)
			store = i;
	}
	if (call < 0 || !diag_call_arg(c, call, arg, a, sizeof(a)) || a[0] != '&' || !diag_is_name(a + 1))
		return 0;
	v = a + 1;
	diag_class(c, "loop-too-complex");
	diag_where(c, at, "the loop's test");
	diag_where(c, fill, "the counter reloaded here");
	if (store >= 0)
		diag_where(c, store, "the counter stored here");
	diag_where(c, call, "its address passed here");
	WHY(c, "The verifier came back to the loop's test at insn %ld in the same state, because it does not know the "
	       "counter `%s` there. `%s` lives on the stack, at fp%d, since its address is passed to %s (`%s`), and "
	       "each round reads it back from there (insn %ld)",
	    at, v, v, off, helper_at(c, call, b, sizeof(b)), a, fill);
	if (store >= 0)
		WHY(c, "; the %d-byte store that writes it back (insn %ld) leaves the slot holding some number to the "
		       "verifier, not which one (`mmmm` in the log's stack), so every round looks like any other",
		    access_size(c, store), store);
	WHY(c, ".");
	/* the call's line with a copy passed instead */
	t = diag_src_text(c, call);
	FIX(c, "Pass a copy, so that the counter stays in a register: `__u32 key = %s;`", v);
	if (t && diag_replace_expr(t, a, "&key", line, sizeof(line)) == 1)
		FIX(c, " and `%s`", line);
	else
		FIX(c, " and pass `&key`");
	FIX(c, " in the loop's body.");
	return 1;
}

/* A mark or priority written on skb->sk from a program that sees packets:
 * the packet has its own field, and the socket's is set where sockets are
 * made (seen, batch 38: `sk->mark = 0x42;` in tc). */
static int diag_sock_field_write(struct ctx *c)
{
	char ptr[64], field[64], lhs[96], rhs[96];
	const char *ctx = diag_param_name(c, 0, 0);
	uint32_t pt = c->prog->sec.prog_type;

	if (!msg_starts(c->msg, "R") || !strstr(c->msg, "cannot write into sock") ||
	    !diag_assigned_member(c, c->fail, ptr, sizeof(ptr), field, sizeof(field)) ||
	    (strcmp(field, "mark") && strcmp(field, "priority")) ||
	    !diag_assignment(c, c->fail, lhs, sizeof(lhs), rhs, sizeof(rhs)) ||
	    (pt && pt != BV_PROG_SCHED_CLS && pt != BV_PROG_SCHED_ACT && pt != BV_PROG_CGROUP_SKB))
		return 0;
	diag_class(c, "readonly-write");
	diag_where(c, c->fail, "fails here");
	WHY(c, "`%s` is the packet's socket, and its fields are read-only here: a socket's %s is set by a "
	       "cgroup/sock program as the socket is created (or with setsockopt()), not from the path of one of its "
	       "packets.",
	    ptr, field);
	FIX(c, "To set it on this packet, write the packet's own field: `%s->%s = %s;`. To set it on the socket, "
	       "and so on all its packets, do it where sockets are created: `SEC(\"cgroup/sock_create\") int "
	       "set_%s(struct bpf_sock *sk) { sk->%s = %s; return 1; }`.",
	    ctx ? ctx : "skb", field, rhs, field, field, rhs);
	return 1;
}

/* Whether map m's value struct has a member of type `struct <tname>`. */
static bool value_holds(const struct ctx *c, const struct bv_map *m, const char *tname)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *t = btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id) : NULL;

	if (!t || !btf_is_struct(t))
		return false;
	for (int i = 0; i < btf_vlen(t); i++) {
		const struct btf_type *mt = btf__type_by_id(btf, btf_members(t)[i].type);

		if (mt && btf_is_struct(mt) && !strcmp(btf__name_by_offset(btf, mt->name_off), tname))
			return true;
	}
	return false;
}

/* A kprobe, tracepoint, perf_event or raw tracepoint program naming a map
 * whose value holds a bpf_timer: the BTF-typed tracing types
 * (fentry, tp_btf) may use them, these may not. */
int diag_tracing_timer(struct ctx *c)
{
	/* (a bpf_wq has its own, diag_wq.c) */
	const char *what = strstr(c->msg, "cannot use bpf_timer yet") ? "bpf_timer" : NULL;
	const char *sec = c->prog->section ? c->prog->section : "", *slash = strchr(sec, '/'), *name;
	const struct bv_map *m = NULL;
	char btf_sec[160] = "";

	if (!what || !msg_starts(c->msg, "tracing progs"))
		return 0;
	for (size_t i = 0; c->prog->insn_map && i < c->prog->n_insns && !m; i++) {
		int32_t mi = c->prog->insn_map[i];

		if (mi >= 0 && (size_t)mi < c->obj->n_maps && value_holds(c, &c->obj->maps[mi], what)) {
			m = &c->obj->maps[mi];
			diag_where(c, (long)i, "the map named here");
		}
	}
	/* the BTF-typed program for the same place: kprobe/f -> fentry/f,
	 * tp/cat/event and raw_tp/event -> tp_btf/event */
	name = slash ? strrchr(sec, '/') + 1 : NULL;
	if (name && *name && (!strncmp(sec, "kprobe/", 7) || !strncmp(sec, "kretprobe/", 10)))
		snprintf(btf_sec, sizeof(btf_sec), "%s/%s", sec[1] == 'p' ? "fentry" : "fexit", name);
	else if (name && *name && (!strncmp(sec, "tp/", 3) || !strncmp(sec, "tracepoint/", 11) ||
				   !strncmp(sec, "raw_tp/", 7) || !strncmp(sec, "raw_tracepoint/", 15)))
		snprintf(btf_sec, sizeof(btf_sec), "tp_btf/%s", name);
	/* a syscall's trace event (syscalls/sys_enter_nanosleep) is no raw
	 * tracepoint of its own: every syscall passes sys_enter and sys_exit,
	 * with the syscall's number as an argument */
	bool sys = strstr(sec, "/syscalls/sys_enter_") || strstr(sec, "/syscalls/sys_exit_");

	if (sys)
		snprintf(btf_sec, sizeof(btf_sec), "tp_btf/%s", strstr(sec, "/sys_enter_") ? "sys_enter" : "sys_exit");
	diag_class(c, "helper-not-allowed");
	WHY(c, "kprobe, tracepoint, perf_event and raw tracepoint programs may not use a map whose value holds a %s%s%s%s: "
	       "they can fire anywhere in the kernel, the timer code included. The BTF-typed tracing programs (fentry, "
	       "fexit, tp_btf) may.",
	    what, m ? " (" : "", m ? m->name : "", m ? ")" : "");
	if (sys)
		FIX(c, "Attach where every syscall passes, with a BTF-typed program, and keep to this one: `SEC(\"%s\") "
		       "int BPF_PROG(%s, struct pt_regs *regs, long %s)` in place of `SEC(\"%s\")`, starting with `if "
		       "(%s != __NR_%s) return 0;` (<asm/unistd.h>%s; the syscall's arguments are in regs, "
		       "PT_REGS_PARM1_CORE(regs) ...); ",
		    btf_sec, c->prog->name ? c->prog->name : "prog", strstr(btf_sec, "enter") ? "id" : "ret", sec,
		    strstr(btf_sec, "enter") ? "id" : "regs->orig_ax", strchr(strstr(sec, "/sys_e") + 5, '_') + 1,
		    strstr(btf_sec, "enter") ? "" : "; orig_ax is x86's name for the number");
	else if (btf_sec[0])
		FIX(c, "Attach the same place with a BTF-typed program: `SEC(\"%s\")` in place of `SEC(\"%s\")`, "
		       "with the arguments through BPF_PROG(); ",
		    btf_sec, sec);
	else
		FIX(c, "Use a BTF-typed tracing program (`SEC(\"fentry/...\")`, `SEC(\"tp_btf/...\")`); ");
	FIX(c, "or keep this program and give the %s a map of its own, armed from a program of another type (a "
	       "`SEC(\"syscall\")` program user space runs once), with what this one updates in a map without it.",
	    what);
	return 1;
}

/* LSM programs: what the kernel checks of the hook before any
 * instruction, and the helpers it keeps to some hooks.  The lines are
 * shared with fentry and d_path; the hook's name tells them apart. */
int diag_lsm(struct ctx *c)
{
	char hb[64], name[128] = "";
	const char *sec = c->prog->section ? c->prog->section : "";
	const char *hook = strchr(sec, '/') ? strchr(sec, '/') + 1 : "file_open";

	if (strstr(c->msg, "helper call is not allowed in probe") && is_helper_call(c, c->fail) &&
	    strstr(helper_at(c, c->fail, hb, sizeof(hb)), "bpf_ima_")) {
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() reads the file's IMA measurement, which may sleep: the kernel allows it only in LSM programs "
		       "on the hooks it calls where sleeping is safe (file_open, bprm_committed_creds, mmap_file, ...), and "
		       "`%s` is not one.",
		    hb, hook);
		FIX(c, "Move the call to a sleepable program on such a hook, `SEC(\"lsm.s/file_open\") int BPF_PROG(f, "
		       "struct file *file)`, and pass that hook's file.");
		return 1;
	}
	if (strstr(c->msg, "helper call might sleep") && is_helper_call(c, c->fail) &&
	    strstr(helper_at(c, c->fail, hb, sizeof(hb)), "bpf_ima_")) {
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() reads the file's IMA measurement, which may sleep, and the program is not sleepable; the "
		       "hook `%s` allows a sleepable one.",
		    hb, hook);
		FIX(c, "Make the program sleepable: `SEC(\"lsm.s/%s\")`.", hook);
		return 1;
	}
	if (strstr(c->msg, " is not sleepable") && sscanf(c->msg, "%127s is not sleepable", name) == 1 &&
	    !strncmp(name, "bpf_lsm_", 8)) {
		diag_class(c, "other");
		diag_where(c, c->fail, "fails here");
		WHY(c, "A sleepable LSM program (`lsm.s/`) may attach only to the hooks the kernel calls where it may "
		       "sleep, and %s is called where it may not (under a lock, with preemption off, or in an RCU "
		       "section).",
		    name + 8);
		FIX(c, "Drop the `.s`, `SEC(\"lsm/%s\")`, and use helpers and kfuncs that do not sleep "
		       "(bpf_probe_read_user() instead of bpf_copy_from_user()); or do the sleeping work on a sleepable "
		       "hook that sees the same operation (file_open, bprm_committed_creds, ...).",
		    name + 8);
		return 1;
	}
	if (strstr(c->msg, "points to disabled hook") || strstr(c->msg, "points to wrong type name")) {
		bool disabled = strstr(c->msg, "disabled") != NULL;

		diag_class(c, "other");
		diag_where(c, c->fail, "fails here");
		if (disabled)
			WHY(c, "The kernel keeps BPF programs off this LSM hook: it hands data back through its arguments "
			       "(a buffer, a length) in a way a BPF program cannot fill safely, or its return value means "
			       "something other than 0 or an error.");
		else
			WHY(c, "The function the section names is the kernel's own BPF code, not an LSM hook.");
		FIX(c, "Attach to another hook on the same path (the list is in include/linux/lsm_hook_defs.h of the "
		       "kernel's source; `bpftool btf dump file /sys/kernel/btf/vmlinux | grep bpf_lsm_` lists them).");
		return 1;
	}
	/* a kfunc that sleeps, from a program that does not */
	if (sscanf(c->msg, "program must be sleepable to call sleepable kfunc %127s", name) == 1) {
		bool lsm = !strncmp(sec, "lsm/", 4), tracing = !strncmp(sec, "fentry/", 7) || !strncmp(sec, "fexit/", 6);

		if (!lsm && !tracing && strncmp(sec, "uprobe/", 7))
			return 0;
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() may sleep (it waits for the disk or a lock), and the program, `%s`, is not sleepable.", name,
		    sec);
		if (lsm && !lsm_name_sleepable(hook)) {
			FIX(c, "The hook `%s` may not sleep (the kernel calls it under a lock or in an RCU section), so "
			       "`lsm.s/%s` is refused too: do the work on a hook that sees the same object and may sleep, "
			       "e.g. `SEC(\"lsm.s/file_open\")`.",
			    hook, hook);
			return 1;
		}
		FIX(c, "Make the program sleepable: `SEC(\"%.*s.s%s\")`%s.", (int)(strchr(sec, '/') - sec), sec,
		    strchr(sec, '/'), lsm ? " (the kernel lets this hook sleep)" : "");
		return 1;
	}
	/* the file-system kfuncs: a filter keeps them to LSM programs */
	if (strstr(c->msg, " is not allowed") && sscanf(c->msg, "calling kernel function %127s is not allowed", name) == 1 &&
	    (kfunc_lsm_only(name) == 'a' || kfunc_lsm_only(name) == 's')) {
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() is one of the kernel's file-system kfuncs, which only LSM programs may call: the kernel "
		       "registers them for tracing and LSM programs alike, then refuses them to every program that is not "
		       "an LSM one.",
		    name);
		FIX(c, "Do the work in an LSM program on a hook that sees the file or the task, e.g. `SEC(\"lsm/file_open\") "
		       "int BPF_PROG(f, struct file *file)`%s; or, in a tracing program, the bpf_d_path() helper, which "
		       "fentry programs on the functions the kernel lists may call.",
		    kfunc_lsm_only(name) == 's' ? " (made sleepable, `lsm.s/`)" : "");
		return 1;
	}
	if (strstr(c->msg, "LSM programs must have a GPL compatible license")) {
		diag_class(c, "other");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The kernel loads LSM programs only under a GPL-compatible license.");
		FIX(c, "Declare one: `char LICENSE[] SEC(\"license\") = \"GPL\";` (or \"Dual BSD/GPL\").");
		return 1;
	}
	if (strstr(c->msg, "not supported for program type") && strstr(c->msg, "get_func_ip")) {
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "bpf_get_func_ip() gives the address of the function a kprobe or an fentry/fexit program traces; "
		       "this program type traces none (an LSM program's hook is its section name).");
		FIX(c, "Drop the call: the hook is known where the program is written (`%s`).", sec);
		return 1;
	}
	return 0;
}

/* An atomic add (or or, and, xor) into packet memory: nothing else touches
 * the packet while the program holds it, so the plain operation, written
 * from the line's own `__sync_fetch_and_add(&X, N)`, does the same. */
static int diag_atomic_pkt(struct ctx *c)
{
	static const char *const ops[][2] = {
		{ "__sync_fetch_and_add(&", "+=" }, { "__sync_fetch_and_sub(&", "-=" }, { "__sync_fetch_and_or(&", "|=" },
		{ "__sync_fetch_and_and(&", "&=" }, { "__sync_fetch_and_xor(&", "^=" }, { "__atomic_fetch_add(&", "+=" },
	};
	const char *line = diag_src_text(c, c->fail), *p = NULL, *e;
	const char *op = NULL;
	char target[96] = "", n[32] = "";

	if (!msg_starts(c->msg, "BPF_ATOMIC stores into R") || !strstr(c->msg, " pkt is not allowed"))
		return 0;
	for (size_t i = 0; line && i < BV_ARRAY_SIZE(ops) && !p; i++)
		if ((p = strstr(line, ops[i][0]))) {
			p += strlen(ops[i][0]);
			op = ops[i][1];
		}
	/* `&ph->hits, 1)`: the target up to the comma, the operand to `)` */
	if (p && (e = strchr(p, ',')) && (size_t)(e - p) < sizeof(target)) {
		memcpy(target, p, (size_t)(e - p));
		target[e - p] = 0;
		for (e++; *e == ' '; e++)
			;
		size_t k = strcspn(e, ",)");

		if (k < sizeof(n)) {
			memcpy(n, e, k);
			n[k] = 0;
		}
	}
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The atomic operation writes into the packet, and the verifier allows atomics only on the stack, on map "
	       "values and on the program's own objects. The packet is this program's alone while it runs (nothing "
	       "else reads or writes it meanwhile), so an atomic is not needed there.");
	if (target[0] && n[0] && diag_is_lvalue(target))
		FIX(c, "Use the plain operation: `%s %s %s;` (it keeps the field's byte order as the atomic did; if the "
		       "field is in network order, `%s = bpf_htonl(bpf_ntohl(%s) + %s);` for a 32-bit one). Keep "
		       "counters that must add up across packets in a map value.",
		    target, op, n, target, target, n);
	else
		FIX(c, "Use a plain read, change and write of the field instead of the atomic; keep counters that must "
		       "add up across packets in a map value.");
	return 1;
}

/* A tracepoint's record read at a run-time offset: a `__data_loc` string,
 * whose offset from the record's start is in the field's low 16 bits. */
int diag_tp_var_ctx(struct ctx *c)
{
	const char *sec = c->prog->section ? c->prog->section : "", *line = diag_src_text(c, c->fail);
	char var[64] = "", off[64] = "";
	const char *q;

	/* from a log, no section: a 16-bit run-time offset is the sign */
	if (!msg_starts(c->msg, "variable ctx access") ||
	    (sec[0] ? strncmp(sec, "tracepoint/", 11) && strncmp(sec, "tp/", 3) : !strstr(c->msg, "(0x0; 0xffff)")))
		return 0;
	/* `*((unsigned char *)ctx + off)`: the offset's name */
	if (line && (q = strstr(line, "ctx + "))) {
		size_t k = strspn(q + 6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

		if (k && k < sizeof(off)) {
			memcpy(off, q + 6, k);
			off[k] = 0;
		}
	}
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "A tracepoint program may read its record only at offsets fixed when it is loaded; this read is at an "
	       "offset computed at run time%s. A `__data_loc` field (a string or array of variable length: a file "
	       "name, a command) holds where its bytes start in its low 16 bits and their length in the high 16, "
	       "so its bytes can only be reached that way, which the verifier refuses for the context.",
	    strstr(c->msg, "0xffff") ? " (below 64 KiB: a __data_loc offset)" : "");
	/* `unsigned char c = *(...)`: the declaration stays, the read moves */
	char decl[96] = "";

	if (line && diag_assigned_var(c, c->fail, var, sizeof(var)) == 1) {
		/* the declared name as a whole word before its `=`: what
		 * precedes it is the type */
		size_t n = strlen(var);

		for (q = strstr(line, var); q; q = strstr(q + 1, var))
			if (q > line && (q[-1] == ' ' || q[-1] == '*') && (q[n] == ' ' || q[n] == '=') &&
			    (size_t)(q - line) < sizeof(decl) - n - 3) {
				snprintf(decl, sizeof(decl), "%.*s%s; ", (int)(q - line), line, var);
				break;
			}
	}
	if (var[0] && diag_is_name(var))
		FIX(c, "Copy the bytes with a helper, which may read there: `%sbpf_probe_read_kernel(&%s, sizeof(%s), "
		       "(void *)ctx + %s);`%s; for a whole string, `bpf_probe_read_kernel_str(buf, sizeof(buf), (void *)ctx "
		       "+ %s);`.",
		    decl, var, var, off[0] ? off : "off",
		    off[0] ? "" : " with off the field's low 16 bits (`ctx->field & 0xffff`)", off[0] ? off : "off");
	else
		FIX(c, "Copy the bytes with a helper, which may read there: `bpf_probe_read_kernel_str(buf, sizeof(buf), "
		       "(void *)ctx + (ctx->field & 0xffff));`.");
	return 1;
}

/* A GPL-only helper under another license: the fix keeps the object's
 * own terms by dual-licensing where the kernel allows it. */
static int diag_gpl_only(struct ctx *c)
{
	const char *lic = c->obj && c->obj->license ? c->obj->license : NULL;
	char hb[64];

	if (!msg_starts(c->msg, "cannot call GPL-restricted function"))
		return 0;
	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "fails here");
	WHY(c, "%s%s is only for programs under a GPL-compatible license, and the object's license%s%s%s is not one "
	       "(the kernel takes \"GPL\", \"GPL v2\", \"Dual MIT/GPL\", \"Dual BSD/GPL\", \"Dual MPL/GPL\").",
	    is_helper_call(c, c->fail) ? helper_at(c, c->fail, hb, sizeof(hb)) : "This helper",
	    is_helper_call(c, c->fail) ? "()" : "", lic ? ", \"" : "", lic ? lic : "", lic ? "\"," : "");
	if (lic && (!strcmp(lic, "MIT") || !strcmp(lic, "BSD") || !strcmp(lic, "MPL")))
		FIX(c, "Dual-license it to keep the %s terms: `char LICENSE[] SEC(\"license\") = \"Dual %s/GPL\";`.", lic,
		    lic);
	else
		FIX(c, "Declare a GPL-compatible license: `char LICENSE[] SEC(\"license\") = \"GPL\";` (or \"Dual "
		       "MIT/GPL\", \"Dual BSD/GPL\" to keep those terms too).");
	return 1;
}

/* A field of a full socket read through a sock_common pointer (skb->sk):
 * the fix converts it with bpf_sk_fullsock(), in the line's own names. */
static int diag_sock_common_field(struct ctx *c)
{
	char var[64], field[64];
	/* type and protocol are not among them: the kernel refuses `sk->protocol`
	 * on skb->sk (off=12, batch 46's test_sock_fields) */
	static const char *const common[] = { "family", "src_ip4", "src_ip6", "src_port", "dst_ip4",
					      "dst_ip6", "dst_port", "state", "rx_queue_mapping", "bound_dev_if" };

	char lhs[96], rhs[128];
	const char *a;

	if (!msg_starts(c->msg, "R") || !strstr(c->msg, "invalid sock_common access"))
		return 0;
	/* a load: the arrow on the right of `=` (`skb->mark = sk->mark;`) */
	if (diag_assignment(c, c->fail, lhs, sizeof(lhs), rhs, sizeof(rhs)) && (a = strstr(rhs, "->"))) {
		if (!diag_arrow_at(rhs, a, var, field, sizeof(var)))
			return 0;
	} else if (!diag_arrow(c, c->fail, var, sizeof(var), field, sizeof(field)) || !diag_is_name(var)) {
		return 0;
	}
	for (size_t i = 0; i < BV_ARRAY_SIZE(common); i++)
		if (!strcmp(common[i], field))
			return 0; /* a common field read with the wrong size: the canned line */
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "`%s` is a `sock_common` (what skb->sk and bpf_skc_lookup_tcp() give): the socket may be a request or "
	       "time-wait one, which has only the fields every socket has (family, addresses, ports, state), and "
	       "`%s` is not one of them.",
	    var, field);
	/* the variable itself becomes the full socket: the reads after this
	 * one (skcpy(sk_ret, sk) in test_sock_fields) need it as well */
	const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);

	FIX(c, "Check that it is a full socket first, right before line %u: `%s = bpf_sk_fullsock(%s); if (!%s) return "
	       "%s;`, so that this read of `%s->%s` and every later one see a full socket.",
	    fl ? fl->line_num : 0u, var, var, var, pkt_pass(c), var, field);
	return 1;
}

int diag_simple(struct ctx *c)
{
	if (diag_sock_common_field(c) || diag_gpl_only(c))
		return 1;
	if (diag_or_on_pointer(c) || diag_pointer_bits(c) || diag_pkt_end_back(c) || diag_dynptr_port(c) ||
	    diag_atomic_pkt(c))
		return 1;
	if (diag_attach_target(c) || diag_helper_target(c) || diag_pkt_readonly(c) || diag_unverified_func(c) ||
	    diag_counter_on_stack(c) || diag_sock_field_write(c))
		return 1;
	static const struct canned t[] = {
		/* the attach target of fentry, fexit and fmod_ret (checked
		 * before any instruction) */
		{ "() is not modifiable", "other",
		  "fmod_ret replaces what a kernel function returns, which the kernel allows only where the function "
		  "expects it: the LSM hooks (security_*) and functions marked ALLOW_ERROR_INJECTION (listed in "
		  "/sys/kernel/debug/error_injection/list; a kernel built without CONFIG_FUNCTION_ERROR_INJECTION "
		  "has none).",
		  "To observe the return value, use `SEC(\"fexit/...\")`; to refuse an operation, use an LSM program "
		  "(`SEC(\"lsm/file_open\")`) or fmod_ret on the security_* hook that guards it." },
		{ " is not sleepable", "other",
		  "A sleepable fentry, fexit or fmod_ret (`SEC(\"fentry.s/...\")`) may attach only to a function on "
		  "the kernel's error-injection list, where sleeping is known to be safe; a kernel built without "
		  "CONFIG_FUNCTION_ERROR_INJECTION has no such list.",
		  "Drop the `.s` and use helpers that do not sleep (bpf_probe_read_user() instead of "
		  "bpf_copy_from_user()), or use a sleepable LSM hook (`SEC(\"lsm.s/...\")`)." },
		{ "Attaching fexit/fmod_ret to __noreturn functions", "other",
		  "The function never returns (it ends the task or the thread), so an fexit program would never run "
		  "and an fmod_ret one never get a value to change.",
		  "Attach at entry instead (`SEC(\"fentry/do_exit\")`), or use the tracepoint that marks the event "
		  "(`SEC(\"tp_btf/sched_process_exit\")`)." },
		{ "supported only for fentry/fexit/fmod_ret programs", "helper-not-allowed",
		  "bpf_get_func_ip() returns the address of the function the program traces; a tracepoint or an "
		  "iterator traces none.",
		  "Drop the call (the tracepoint itself says where the program runs), or trace the function with "
		  "`SEC(\"fentry/...\")` or a kprobe, where bpf_get_func_ip() works." },
		{ "helper call is not allowed in probe", "helper-not-allowed",
		  "bpf_d_path() is allowed only where the kernel knows the path stays valid while it is read: "
		  "iterators, sleepable LSM hooks, and fentry/fexit on its short list of functions (security_file_open, "
		  "security_file_permission, security_inode_getattr, security_path_truncate, vfs_truncate, "
		  "vfs_fallocate, dentry_open, vfs_getattr, filp_close).",
		  "Attach to one of those, for instance `SEC(\"fentry/security_file_open\") int BPF_PROG(f, struct "
		  "file *file)`, and call `bpf_d_path(&file->f_path, buf, sizeof(buf))` there; elsewhere read the "
		  "name with bpf_probe_read_kernel_str() from the dentry." },
		{ "BPF program is too large", "loop-too-complex",
		  "The verifier walked a million instructions without finishing: a loop whose bound it cannot see, "
		  "or too many paths through the program.",
		  "Give loops a constant bound the verifier can see (`for (int i = 0; i < 64 && i < n; i++)`), move "
		  "a long loop body into a bpf_loop() callback, or split the program with tail calls." },
		{ "jumps is too complex", "loop-too-complex",
		  "Too many branches were pending at once: the program has more paths than the verifier keeps.",
		  "Reduce the branching in one function: move parts into BPF-to-BPF functions (global ones are "
		  "verified once) or use bpf_loop() for repeated work." },
		{ "infinite loop detected", "loop-too-complex",
		  "The verifier came back to this instruction in exactly the same state: the loop makes no progress "
		  "it can see.",
		  "Make the loop change its counter on every path and bound it with a constant; or use bpf_loop()." },
		{ "combined stack size", "stack-too-large",
		  "The functions of one call chain together need more than the 512 bytes of stack the kernel allows.",
		  "Move large local buffers into a per-CPU array map, or mark functions `__always_inline` less." },
		{ "ldimm64 failed to find the address for kernel symbol", "other",
		  "The program takes the address of a kernel variable declared `extern ... __ksym` (a per-CPU one, for "
		  "bpf_per_cpu_ptr() or bpf_this_cpu_ptr()). The kernel finds the variable in its BTF, then wants its "
		  "address from kallsyms, and this kernel has none for it: a kernel built without CONFIG_KALLSYMS_ALL "
		  "lists only functions there (`grep -w <name> /proc/kallsyms` prints nothing), so every typed kernel "
		  "variable is refused before a single instruction is verified. `__weak` does not help: the variable is "
		  "in BTF, so libbpf keeps the reference.",
		  "Get the value another way on this kernel: a field of a pointer the program is given (a tp_btf or "
		  "raw_tp argument, bpf_get_current_task_btf()), or a per-CPU array map of your own that the program "
		  "updates; or run on a kernel built with CONFIG_KALLSYMS_ALL=y, as most distributions' are." },
		{ "metadata kfuncs require device-bound program", "helper-not-allowed",
		  "bpf_xdp_metadata_rx_timestamp(), _rx_hash() and _rx_vlan_tag() read what the network card wrote "
		  "for the packet: there is no generic code behind them, the kernel replaces each call with the "
		  "driver's own when the program is loaded for that one device. A program loaded for any device (the "
		  "default) cannot call them, whatever the attach point later.",
		  "Load the program for its device: before bpf_object__load(), `bpf_program__set_ifindex(prog, "
		  "ifindex);` and `bpf_program__set_flags(prog, BPF_F_XDP_DEV_BOUND_ONLY);`, then attach it to that "
		  "interface only. Keep a generic copy without the calls for other interfaces. bpfvet and a plain "
		  "`bpftool prog load` judge the generic load; the driver's replacement is not checked here." },
		{ "must point to scalar, or struct with scalar", "helper-arg-type",
		  "The kernel function takes a pointer to a kernel object (a struct with pointers in it), and was given "
		  "memory the program owns (its stack, a map value): only structs of plain numbers may come from there, "
		  "since the kernel would follow the pointers inside.",
		  "Pass the pointer the kernel gave the program (a tp_btf/fentry argument, bpf_get_current_task_btf(), "
		  "what an acquire kfunc returned), not the address of a copy." },
		{ "invalid func", "helper-not-allowed", "The call names a helper this kernel does not have.",
		  "Use a helper the running kernel has, or build for it." },
		{ "unknown func", "helper-not-allowed", "The call names a helper this program type does not have.",
		  "Use a helper this program type has, or change the program type." },
		{ "Caller passes invalid args", "global-func-args",
		  "A global function (not static) is verified once, for any arguments its BTF prototype allows; a "
		  "call must pass arguments of those types (the context where it takes the context, a pointer to "
		  "enough memory where it takes a pointer, a number where it takes a number).",
		  "Pass what the prototype says (the program's own context pointer, not a copy on the stack), or make "
		  "the function `static` so it is verified with the caller's actual arguments." },
		{ "only read is supported", "readonly-write",
		  "The program writes through a pointer to a kernel object (a task, a socket, a file: a struct typed "
		  "by the kernel's BTF). Tracing programs may read the kernel's structs but never write them.",
		  "Keep what the program wants to change in its own storage: a map keyed by the object (pid, cookie) "
		  "or the object's local storage (`bpf_task_storage_get(&map, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE)`)." },
		{ "type ID argument must be of a struct or void", "helper-arg-type",
		  "bpf_core_cast(p, T), the kfunc bpf_rdonly_cast(), makes p a read-only pointer to T, and T must be "
		  "a struct or union the kernel's BTF describes, or void: a number type (u64, int) names no object "
		  "whose reads the verifier could check.",
		  "Cast to the struct the memory holds (`bpf_core_cast(p, struct sk_buff)`), or to void for a "
		  "pointer the program only reads bytes through; to read one number at p, read it directly "
		  "(`bpf_probe_read_kernel(&v, sizeof(v), p)`)." },
		{ "cannot write into rdonly_untrusted_mem", "readonly-write",
		  "The pointer was read from a kernel struct and points to something other than a struct (a string, "
		  "an array of numbers, void): the verifier lets the program read it, through loads that turn a "
		  "fault into 0, and never write it.",
		  "Copy what you need into a buffer of your own (`bpf_probe_read_kernel_str(buf, sizeof(buf), p)`) and "
		  "change the copy." },
		{ "invalid variable offset: off=", "kernel-struct-access",
		  "A pointer to a kernel struct was moved by a number whose value the verifier does not know (an "
		  "array member indexed by a variable, `task->comm[i]`): a kernel struct is read only at offsets "
		  "the kernel's BTF describes, each a constant.",
		  "Copy the array to the stack first and index the copy (`char comm[16]; bpf_probe_read_kernel(comm, "
		  "sizeof(comm), task->comm); c = comm[i & 15];`), or read the one element with "
		  "bpf_probe_read_kernel(&c, 1, &task->comm[i])." },
		{ "access beyond struct", "kernel-struct-access",
		  "The read falls past the end of the kernel's struct: the program's idea of the struct (a hand-copied "
		  "definition, a header from another kernel) does not match the running kernel's.",
		  "Declare kernel structs with `__attribute__((preserve_access_index))` (vmlinux.h does) so CO-RE puts "
		  "every field at this kernel's offset, and guard fields not every kernel has with "
		  "`if (bpf_core_field_exists(p->field))`." },
		{ "cannot access ptr member", "kernel-struct-access",
		  "The read covers part of a pointer member of the kernel's struct, or reads it with a size other than 8: "
		  "the program's layout of the struct does not match the kernel's, or a pointer is read in pieces.",
		  "Use the kernel's layout through CO-RE (vmlinux.h, or `__attribute__((preserve_access_index))` on your "
		  "declaration) and read pointer fields whole." },
		{ "access beyond the end of member", "kernel-struct-access",
		  "The read starts inside one member of the kernel's struct and runs past its end: the program's layout "
		  "or the size of the read does not match the kernel's.",
		  "Read each field at its own size, with the kernel's layout from CO-RE (vmlinux.h or "
		  "`__attribute__((preserve_access_index))`)." },
		{ "doesn't have field at offset", "kernel-struct-access",
		  "The offset falls in padding between the kernel struct's members: the program's layout does not "
		  "match the kernel's.",
		  "Use the kernel's layout through CO-RE (vmlinux.h or `__attribute__((preserve_access_index))`)." },
		{ "from non-GPL compatible program", "kernel-struct-access",
		  "Reading the kernel's structs directly is for GPL-compatible programs only, and the object's license "
		  "is not.",
		  "Declare a GPL-compatible license: `char LICENSE[] SEC(\"license\") = \"GPL\";`." },
		{ "access is allowed only to CAP_PERFMON", "kernel-struct-access",
		  "Reading the kernel's structs through pointers needs CAP_PERFMON (or CAP_SYS_ADMIN); this load has "
		  "neither.",
		  "Load the program with CAP_BPF and CAP_PERFMON (or as root)." },
		{ "cannot write into rdonly_mem", "readonly-write",
		  "The pointer leads to memory a helper or kfunc hands out for reading only (bpf_iter_num_next() "
		  "returns a pointer to the iterator's own current number, for one).",
		  "Copy the value into a variable (`int i = *p;`) and change the copy." },
		{ "write into map forbidden", "readonly-write",
		  "The program writes into a map that is read-only for programs: a `const` global variable lives in "
		  ".rodata, which is frozen once loaded, and maps created with BPF_F_RDONLY_PROG take no writes.",
		  "Keep values the program changes in writable globals (drop `const`: they go to .data or .bss) or in a "
		  "map; set .rodata values from user space before the program is loaded." },
		{ "invalid bpf_context access", "ctx-access",
		  "The program reads or writes the context at an offset or with a size this program type does not "
		  "allow (a field that does not exist for it, is read-only, or is read with the wrong width).",
		  "Access the context only through the fields of its documented struct (`struct __sk_buff`, `struct "
		  "xdp_md`, PT_REGS_PARM1(ctx), ...) at their own size; read kernel memory with "
		  "bpf_probe_read_kernel()." },
		{ "dereference of modified ctx ptr", "ctx-access",
		  "The context pointer was moved before the access; the kernel rewrites context accesses and needs "
		  "them as `ctx + constant field offset`.",
		  "Access `ctx->field` directly instead of through a pointer computed from ctx." },
		{ "type=ctx expected", "ctx-access", "The context pointer was passed where another pointer is expected.",
		  "Pass a pointer to a stack or map buffer, not the context." },
		{ "pointer arithmetic on pkt_end prohibited", "pointer-arithmetic",
		  "data_end marks where the packet ends: the verifier lets a program compare a packet pointer with it, "
		  "never move it (`data_end - 1`), so a read can only be proven safe going forward from data.",
		  "Work forward from data: check `if (data + off + len > data_end) return XDP_PASS;` and read at "
		  "`data + off`. For the last bytes of the packet, read them at an offset computed from the length: "
		  "`bpf_xdp_load_bytes(ctx, bpf_xdp_get_buff_len(ctx) - n, buf, n)` in XDP, "
		  "`bpf_skb_load_bytes(skb, skb->len - n, buf, n)` in tc." },
		{ "pointer arithmetic on map_ptr prohibited", "pointer-arithmetic",
		  "`&map` stands for the map itself, not its memory: it can only be passed to helpers.",
		  "Look the value up first (`v = bpf_map_lookup_elem(&map, &key); if (!v) return 0;`) and move that "
		  "pointer; for a global variable, take its address directly (`&var`)." },
		{ "arithmetic on map_value_or_null prohibited", "null-map-value",
		  "The map lookup's result may still be NULL here (the key may not be in the map), and the verifier "
		  "lets no arithmetic move a NULL-able pointer.",
		  "Check it right after the lookup (`if (!v) return 0;`), then add the offset." },
		{ "prohibited, null-check it first", "null-pointer",
		  "The pointer may still be NULL here, and the verifier lets no arithmetic move a NULL-able pointer.",
		  "Check it right after the call that returned it (`if (!p) return 0;`), then add the offset." },
		{ "pointer arithmetic", "pointer-arithmetic",
		  "This kind of pointer cannot be moved by arithmetic, or not in this way.",
		  "Compute an offset as a bounded unsigned integer and add it to a pointer type that allows it "
		  "(stack, map value, packet), or copy the data with a helper." },
		{ "pointer be out of bounds", "pointer-arithmetic",
		  "Adding this offset could move the pointer outside its object: the offset's range (shown in the "
		  "kernel's line) is not limited to the object's size.",
		  "Make the offset unsigned and check it against the object's size before adding it: "
		  "`if (off >= sizeof(obj)) return 0;`." },
		{ "math between", "pointer-arithmetic",
		  "A pointer is moved by a number whose range the verifier does not know.",
		  "Bound the offset first (`if (off > MAX) return 0;` or `off &= MASK;`), then add it." },
		{ "bitwise operator", "pointer-arithmetic", "Bitwise operations on pointers are not allowed.",
		  "Do the arithmetic on an offset and add it to the pointer." },
		{ "pointer += pointer", "pointer-arithmetic", "Two pointers cannot be added.",
		  "Add an integer offset to one pointer; keep the other as it is." },
		{ "pointer -= pointer", "pointer-arithmetic", "Subtracting pointers is allowed only between packet pointers.",
		  "Keep offsets as integers instead of subtracting pointers." },
		{ "leaks addr", "pointer-arithmetic",
		  "A kernel address would reach a map, the return value or a helper as a number.",
		  "Store or return values, not pointers; without CAP_BPF pointers may not leave the program." },
		{ "pointer comparison prohibited", "pointer-arithmetic",
		  "Comparing pointers of this kind is not allowed for this load.",
		  "Compare offsets or values, not the pointers." },
		{ "At program exit", "return-value", "The program's return value can fall outside the range its type allows.",
		  "Return only the values the program type takes (e.g. XDP_PASS / XDP_DROP; 0 or 1 for cgroup "
		  "programs); mask or choose the value explicitly before returning." },
		{ "At callback return", "return-value", "A callback must return 0 or 1 (go on or stop).",
		  "Return 0 to continue and 1 to stop the loop." },
		{ "At async callback return", "return-value",
		  "A callback that runs later on its own (of a bpf_timer or a bpf_wq) must return 0.",
		  "End the callback with `return 0;` on every path." },
		{ "Unreleased reference", "reference-leak",
		  "A reference acquired on this path (a socket lookup, a ring buffer reservation, ...) is not "
		  "released before the program exits.",
		  "Release it on every path: bpf_sk_release(), bpf_ringbuf_submit()/discard(), ..." },
		{ "would lead to reference leak", "reference-leak",
		  "A reference is still held when the program leaves (tail call or LD_ABS).",
		  "Release references before the tail call." },
		{ "calling kernel function", "helper-not-allowed",
		  "This program type may not call that kernel function: bpf_dynptr_from_skb() is for programs that get "
		  "a socket buffer (tc, socket filters, cgroup skb, lwt, sk_skb), bpf_dynptr_from_xdp() for XDP.",
		  "Call the kfunc made for this program's context (bpf_dynptr_from_xdp() in XDP, bpf_dynptr_from_skb() "
		  "at tc), or attach the program where the kfunc is allowed." },
		{ "does not allow writes to packet data", "helper-not-allowed",
		  "A writable slice of the packet (bpf_dynptr_slice_rdwr()) is asked for in a program type that may only "
		  "read packet data (socket filters, cgroup skb programs, ...).",
		  "Read through bpf_dynptr_slice() here, or move the change to a program that may write packets (tc, "
		  "XDP)." },
		{ "expected pointer to ctx", "helper-arg-type",
		  "The kernel function takes the program's context as this argument, and something else was passed.",
		  "Pass the context pointer the program received (`skb`, `ctx`) itself, unchanged." },
		{ "must be a known constant", "helper-arg-type",
		  "This size must be a constant the verifier knows (it becomes the size of the memory returned), but "
		  "the register holds a value computed at run time.",
		  "Pass a compile-time constant: `sizeof(buf)`, or a fixed size that covers the largest case, and check "
		  "the real length separately." },
		{ "memory, len pair leads to invalid memory access", "mem-size-exceeds-buffer",
		  "The buffer passed with this size is smaller than the size (or lies outside memory the program may "
		  "use); the line before it in the log names the access that failed.",
		  "Make the size the buffer's own: `bpf_dynptr_slice(&ptr, off, buf, sizeof(buf))`, or pass a larger "
		  "buffer." },
		{ "tried to subtract pointer from scalar", "pointer-arithmetic",
		  "The program computes `number - pointer`. A pointer may be moved by a number (`p + n`, `p - n`), "
		  "but a number minus a pointer is not a pointer the verifier can track, and it is refused even for "
		  "privileged loads.",
		  "Subtract the number from the pointer (`p - n`), or compute the offset as a number first and add it: "
		  "`off = end - start; p = base + off;`." },
		{ "subtraction from stack pointer prohibited", "pointer-arithmetic",
		  "A pointer to the stack is moved down by a number whose value the verifier does not know.",
		  "Index stack buffers upwards from their start with a bounded unsigned offset: `buf[i & (N - 1)]` or "
		  "`if (i < sizeof(buf)) c = buf[i];`." },
		{ "pointer offset", "pointer-arithmetic",
		  "A constant added to the pointer is so large (beyond +-2^29) that the verifier refuses to track it: "
		  "such an offset can only come from an overflowing computation.",
		  "Check the arithmetic that produced the offset; keep offsets within the object the pointer points to." },
		{ "invalid variable buffer offset", "pointer-arithmetic",
		  "A buffer pointer (a tracepoint's raw buffer, an iterator's read-only buffer) was moved by a number "
		  "the verifier does not know: such buffers are read only at constant offsets.",
		  "Read the buffer at constant offsets, or copy the part you need to the stack first." },
		{ "invalid negative access", "kernel-struct-access",
		  "The read is before the start of the kernel struct the pointer points to (for a map pointer, the "
		  "kernel's own struct for the map).",
		  "Read fields at their offsets from the start of the struct, through CO-RE field accesses "
		  "(`BPF_CORE_READ(p, field)` or `p->field` with vmlinux.h)." },
		{ "only read from", "readonly-write",
		  "The program writes through a map pointer: programs may read the kernel's struct for a map "
		  "(`map->max_entries`) but never change it.",
		  "Change the map's contents with bpf_map_update_elem() instead of writing into the map itself." },
		{ "read from map forbidden", "readonly-write",
		  "The map was created write-only for programs (BPF_F_WRONLY_PROG): programs may store into its values "
		  "but not read them, by a load or by passing them to a helper that reads.",
		  "Drop BPF_F_WRONLY_PROG from the map's flags if the program must read it, or keep the values it reads "
		  "in another map." },
		{ "cannot write into sock", "readonly-write",
		  "The fields of a `struct bpf_sock` are read-only for this program type (only a few, such as "
		  "bound_dev_if, mark and priority, are writable, and only from cgroup/sock programs).",
		  "Read the socket's fields; change socket options with bpf_setsockopt() where the program type has it." },
		{ "invalid sock access", "ctx-access",
		  "The program reads a field of `struct bpf_sock` that this kind of socket pointer does not expose, or "
		  "reads it with the wrong size: a socket seen only as `sock_common` (skb->sk, bpf_skc_lookup_tcp()) "
		  "has just the addresses and ports, a full socket has the rest.",
		  "Read fields at their own size; get a full socket first (`sk = bpf_sk_fullsock(sk); if (!sk) return "
		  "...;`) before fields like type, protocol, mark or priority." },
		{ "invalid sock_common access", "ctx-access",
		  "The pointer is a `sock_common` (skb->sk, bpf_skc_lookup_tcp()): it exposes only the fields every kind "
		  "of socket has (family, addresses, ports, state), and this is not one of them, or the size is wrong.",
		  "Turn it into a full socket with bpf_sk_fullsock() (or a TCP one with bpf_tcp_sock()) and check the "
		  "result for NULL before reading other fields." },
		{ "invalid tcp_sock access", "ctx-access",
		  "The read falls outside `struct bpf_tcp_sock` or has the wrong size for its field.",
		  "Read the fields of struct bpf_tcp_sock at their own size (snd_cwnd, srtt_us, ... are u32; bytes_"
		  "received and bytes_acked are u64)." },
		{ "invalid xdp_sock access", "ctx-access", "Only the queue id of an XDP socket can be read.",
		  "Read `xsk->queue_id` (u32) and nothing else." },
		{ "negative offset ctx ptr", "ctx-access",
		  "The context pointer was moved backwards before this access; the kernel rewrites context accesses "
		  "and needs them as `ctx + constant field offset`.",
		  "Access `ctx->field` directly instead of through a pointer computed from ctx." },
		{ "variable ctx access", "ctx-access",
		  "The context is indexed by a number the verifier does not know: the kernel rewrites each context "
		  "access for its field, so the field must be a constant.",
		  "Name the field in each access: a switch over the index, `switch (i) { case 0: skb->cb[0] = v; "
		  "break; case 1: skb->cb[1] = v; break; ... }` (the same for reads), or keep the array in a map "
		  "value, which may be indexed once the index is checked." },
		{ "BPF_ATOMIC stores into", "ctx-access",
		  "An atomic operation (`__sync_fetch_and_add()`, a C11 atomic) targets the context, a packet or a "
		  "socket: atomics work only on the stack and on map values.",
		  "Keep the counter in a map value (`__sync_fetch_and_add(&val->count, 1)`) and update the context with "
		  "a plain store where the field is writable." },
		{ "same insn cannot be used with different pointers", "merged-pointer-access",
		  "One load or store instruction is reached with two kinds of pointer on different paths (the context on "
		  "one, the stack or a map value on the other). The kernel rewrites context accesses instruction by "
		  "instruction, so an instruction must always see the same kind. The compiler did this: it merged two "
		  "accesses written in different branches (`p = cond ? ctx : &local; x = p->field;`) into one.",
		  "Read the context field into a local variable in its own branch (`x = cond ? ctx->mark : local.mark;`), "
		  "or stop the merge with a compiler barrier between the branches (`asm volatile(\"\" ::: \"memory\");`)." },
		{ "must be referenced when passed to release function", "helper-arg-type",
		  "A release function (bpf_sk_release(), bpf_ringbuf_submit(), ...) got a pointer that holds no "
		  "reference: it was not returned by an acquiring call on this path (a socket from skb->sk, say), or "
		  "its reference was already released.",
		  "Release exactly what bpf_sk_lookup_*() / bpf_ringbuf_reserve() returned, once, on each path; do not "
		  "release sockets the program only borrowed." },
		{ "must have zero offset when passed to release func", "helper-arg-type",
		  "The pointer given back to a release function was moved: the kernel needs the very pointer the "
		  "acquiring call returned.",
		  "Keep the pointer returned by bpf_ringbuf_reserve() (or the lookup) unchanged in a variable of its own "
		  "and pass that one." },
		{ "doesn't support non-zero flags", "helper-arg-type",
		  "The helper's flags argument must be 0 here.", "Pass 0 as the flags argument." },
		{ "helper access to the packet is not allowed", "helper-arg-type",
		  "This helper may not be given a pointer into the packet.",
		  "Copy the bytes to a stack buffer first (bpf_skb_load_bytes(), or a bounded copy) and pass the buffer." },
		{ "is not pointing to valid bpf_map", "invalid-program",
		  "An instruction loads a map by a file descriptor that is not a map: the object was not linked by a "
		  "loader that creates its maps, or the map reference is wrong.",
		  "Load the object with libbpf (or bpftool), which creates the maps and patches their references." },
		{ "is only allowed in functions that return 'int'", "invalid-program",
		  "A function that may end the program early (LD_ABS/LD_IND failing, a tail call succeeding) returns "
		  "that early value to its caller, so it must be declared to return an int.",
		  "Declare the function `static int` (or `__noinline int`) and return an int on every path." },
		{ "is not allowed in subprogs without BTF", "invalid-program",
		  "LD_ABS/LD_IND and tail calls inside a BPF-to-BPF function need the function's BTF (its return type); "
		  "this object has no BTF for its functions.",
		  "Build with `-g` so clang emits BTF, or move the instruction into the main program." },
		{ "string is not zero-terminated", "helper-arg-type",
		  "The string bpf_strncmp() compares with must be a constant (in .rodata) that ends with a NUL inside "
		  "its variable: this one fills its whole array.",
		  "Leave room for the terminating NUL: `const char target[] = \"eth0\";` (the compiler adds it), not "
		  "`const char target[4] = \"eth0\";`." },
		{ "div by zero", "invalid-program", "The instruction divides by the constant 0.",
		  "Check the divisor in C before dividing; a division by a variable that is 0 at run time gives 0." },
		{ " is invalid", "invalid-program", "The instruction names a register that does not exist (only r0-r10 do).",
		  "Fix the hand-written instruction or the generator that produced it." },
		{ "expected prog array map for tail call", "helper-arg-type",
		  "bpf_tail_call() jumps to a program found in a BPF_MAP_TYPE_PROG_ARRAY map; the map passed is of "
		  "another type.",
		  "Declare a program array (`struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, N); "
		  "__uint(key_size, 4); __uint(value_size, 4); } jmp SEC(\".maps\");`), fill it from user space with "
		  "the programs' file descriptors, and pass it to bpf_tail_call(ctx, &jmp, index)." },
	};

	return canned_diag(c, t, sizeof(t) / sizeof(t[0]), false);
}
