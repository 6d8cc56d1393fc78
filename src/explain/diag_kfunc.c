/* Kernel functions refused for what the program gives them: one its
 * program type may not call, a buffer shorter than the size passed with
 * it, and the conntrack kfuncs' own rules (an allocated entry is not an
 * inserted one; only the mark of an entry may be written). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"

static int kfunc_at(const struct ctx *c, long i, char *name, size_t size)
{
	const struct bv_insn *in = insn_at(c, i);

	if (!in || in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_KFUNC_CALL)
		return 0;
	helper_at(c, i, name, size);
	return 1;
}

static int diag_kfunc_not_allowed(struct ctx *c)
{
	char name[64];

	if (!msg_starts(c->msg, "calling kernel function ") || !strstr(c->msg, " is not allowed") ||
	    !kfunc_at(c, c->fail, name, sizeof(name)) || strstr(name, "bpf_dynptr_from_"))
		return 0; /* the dynptr ones have their own words */
	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The kernel registers each kernel function for some program types only, and %s() is not one this "
	       "program's type may call.",
	    name);
	if (strstr(name, "_ct_")) {
		WHY(c, " The conntrack functions are registered for tc and XDP programs.");
		FIX(c, "Look the connection up from a tc (`SEC(\"tc\")`, %s) or XDP (`SEC(\"xdp\")`, "
		       "bpf_xdp_ct_lookup()) program and pass what it finds on (a map, skb->mark).",
		    strstr(name, "xdp") ? "bpf_skb_ct_lookup()" : "the same kfunc");
	} else {
		FIX(c, "Call %s() from a program type it is registered for (the kernel's documentation of the kfunc "
		       "lists them), or do the work with a helper this type has.",
		    name);
	}
	return 1;
}

/* Does text name a type (`struct iphdr`, `__u32`) rather than an
 * expression (`*iph`, `hdr`)? */
static bool type_text(const char *t)
{
	static const char *const kw[] = { "struct ", "union ", "enum ", "__u", "__s", "__be", "__le", "char", "int",
					  "long", "unsigned", "short" };

	for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (!strncmp(t, kw[i], strlen(kw[i])))
			return true;
	return false;
}

/* bpf_dynptr_slice(p, off, buf, len): when the bytes cannot be handed out
 * in place (a non-linear skb, an XDP frag), the kfunc copies them into buf,
 * so buf must hold len bytes of the program's own stack. */
static int diag_slice_buffer(struct ctx *c)
{
	const struct bv_vreg *sz, *buf;
	char name[64], btext[96], stext[96], inner[96], ret[64];
	const char *d = c->res->detail;
	int a, b, off = 0, good = -1, size = 0, reg;

	if (sscanf(c->msg, "arg#%d arg#%d memory, len pair", &a, &b) != 2 || !kfunc_at(c, c->fail, name, sizeof(name)) ||
	    (strcmp(name, "bpf_dynptr_slice") && strcmp(name, "bpf_dynptr_slice_rdwr")))
		return 0;
	sz = reg_at(c, c->fstep, b + 1);
	buf = reg_at(c, c->fstep, a + 1);
	diag_class(c, "mem-size-exceeds-buffer");
	diag_where(c, c->fail, "fails here");
	WHY(c, "%s() returns a pointer into the packet when it can, and otherwise copies the bytes asked for into "
	       "the buffer (argument %d) and returns that: so the buffer must hold all of them.",
	    name, a + 1);
	if (d && sscanf(d, "invalid %*s from stack R%d off %d+%d size %d", &reg, &off, &good, &size) == 4)
		WHY(c, " R%d points to fp%d, and %d bytes are asked for (argument %d), but only %d bytes from there on "
		       "are the program's to write: fp%d is %s.",
		    a + 1, off, size, b + 1, good, off + good,
		    off + good >= 0 ? "past the top of the stack" : "something else kept on the stack (a dynptr, an "
									"iterator, a spilled pointer)");
	else if (sz && sz->kind == BV_REG_SCALAR && sz->umin == sz->umax)
		WHY(c, " R%d does not point to %llu bytes the program may write.", a + 1, (unsigned long long)sz->umax);
	if (buf && buf->kind == BV_REG_SCALAR && buf->umax == 0) {
		WHY(c, " (A NULL buffer is allowed, but then the kfunc returns NULL where it would have copied.)");
	}
	if (diag_call_arg(c, c->fail, a + 1, btext, sizeof(btext)) && diag_call_arg(c, c->fail, b + 1, stext, sizeof(stext)) &&
	    sscanf(stext, "sizeof(%95[^)])", inner) == 1) {
		char decl[160];

		if (type_text(inner))
			snprintf(decl, sizeof(decl), "%s buf;", inner);
		else
			snprintf(decl, sizeof(decl), "__typeof__(%s) buf;", inner);
		if (!diag_assigned_var(c, c->fail, ret, sizeof(ret)))
			snprintf(ret, sizeof(ret), "p");
		FIX(c, "Give the slice a buffer of the size it asks for, not `%s`: `%s` and pass `&buf, sizeof(buf)` "
		       "(`%s = %s(..., &buf, sizeof(buf));`).",
		    btext, decl, ret, name);
	} else if (diag_call_arg(c, c->fail, a + 1, btext, sizeof(btext)) && isalpha((unsigned char)btext[0]) &&
		   diag_is_name(btext)) {
		/* an array named as it is: its own size is what fits */
		FIX(c, "Make the size the buffer's own: `%s(&ptr, off, %s, sizeof(%s))`, or make `%s` as large as the "
		       "size.",
		    name, btext, btext, btext);
	} else {
		FIX(c, "Pass a buffer as large as the slice: `struct iphdr buf; iph = %s(&ptr, off, &buf, sizeof(buf));`.",
		    name);
	}
	return 1;
}

static int diag_kfunc_mem_pair(struct ctx *c)
{
	const struct bv_vreg *sz;
	int a, b;
	char name[64];

	if (sscanf(c->msg, "arg#%d arg#%d memory, len pair", &a, &b) != 2 || !kfunc_at(c, c->fail, name, sizeof(name)) ||
	    !strcmp(name, "bpf_dynptr_slice") || !strcmp(name, "bpf_dynptr_slice_rdwr"))
		return 0;
	sz = reg_at(c, c->fstep, b + 1);
	diag_class(c, "mem-size-exceeds-buffer");
	diag_where(c, c->fail, "fails here");
	WHY(c, "Argument %d of %s() is a buffer and argument %d its size; the kfunc reads and writes that many bytes, "
	       "but ",
	    a + 1, name, b + 1);
	const struct bv_vreg *buf = reg_at(c, c->fstep, a + 1);
	char var[64];
	bool sized = buf && buf->kind == BV_REG_MAP_VALUE && buf->size && !buf->var_mask && buf->off >= 0 &&
		     (uint32_t)buf->off < buf->size;

	if (sz && sz->kind == BV_REG_SCALAR && sz->umin == sz->umax && sized)
		WHY(c, "the buffer R%d points to has %u bytes (from offset %d of a %u-byte map value), fewer than the %llu "
		       "passed",
		    a + 1, buf->size - (uint32_t)buf->off, (int)buf->off, buf->size, (unsigned long long)sz->umax);
	else if (sz && sz->kind == BV_REG_SCALAR && sz->umin == sz->umax)
		WHY(c, "the buffer R%d points to is shorter than the %llu bytes passed", a + 1, (unsigned long long)sz->umax);
	else if (sz && sz->kind == BV_REG_SCALAR)
		WHY(c, "the size can be as large as %llu, more than the buffer R%d points to holds",
		    (unsigned long long)sz->umax, a + 1);
	else
		WHY(c, "R%d does not point to that many bytes the program may use", a + 1);
	if (c->res->detail && *c->res->detail && !sized)
		WHY(c, " (the kernel's line before: `%s`).", c->res->detail);
	else
		WHY(c, ".");
	if (diag_buffer_var(c, c->fail, a + 1, var, sizeof(var)) == 1 && diag_is_name(var))
		FIX(c, "Pass the buffer's own size, `sizeof(%s)`, or make `%s` as large as the size.", var, var);
	else
		FIX(c, "Pass the buffer's own size, `sizeof(buf)` (for a struct bpf_sock_tuple, `sizeof(tup.ipv4)` or "
		       "`sizeof(tup.ipv6)`), or make the buffer as large as the size.");
	return 1;
}

/* Writes into a conntrack entry: tc and XDP may change its mark, 4 bytes,
 * and nothing else. */
static int diag_nf_conn_write(struct ctx *c)
{
	int off = 0, size = 0, end = 0;

	if (sscanf(c->msg, "no write support to nf_conn at off %d", &off) != 1 &&
	    sscanf(c->msg, "write access at off %d with size %d beyond the member of nf_conn ended at %d", &off, &size,
		   &end) != 3)
		return 0;
	diag_class(c, "readonly-write");
	diag_where(c, c->fail, "fails here");
	if (end)
		WHY(c, "The program writes %d bytes at the mark of a conntrack entry (offset %d), but the mark is %d "
		       "bytes wide; the rest belongs to the kernel.",
		    size, off, end - off);
	else
		WHY(c, "The program writes the field at offset %d of a conntrack entry (struct nf_conn). tc and XDP "
		       "programs may write only its mark; every other field belongs to the kernel.",
		    off);
	FIX(c, "Write only `ct->mark` (a 32-bit value). Change the timeout with bpf_ct_change_timeout() and the "
	       "status with bpf_ct_change_status() on an entry that was looked up or inserted, or with "
	       "bpf_ct_set_timeout()/bpf_ct_set_status() on one just allocated.");
	return 1;
}

/* bpf_skb_ct_alloc() gives an nf_conn___init, which only the set_*
 * functions and bpf_ct_insert_entry() take; lookups and insertions give an
 * nf_conn, which the change_* functions and bpf_ct_release() take. */
static int diag_nf_conn_kind(struct ctx *c)
{
	int arg, reg;
	char fn[64], want[64], got[64];
	const struct bv_vreg *v;

	if (sscanf(c->msg, "kernel function %63s args#%d expected pointer to STRUCT %63s but R%d has a pointer to STRUCT %63s",
		   fn, &arg, want, &reg, got) != 5 ||
	    strncmp(want, "nf_conn", 7) || strncmp(got, "nf_conn", 7))
		return 0;
	v = reg_at(c, c->fstep, reg);
	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	if (v && v->def_insn >= 0)
		diag_where(c, value_origin(c, reg, c->fstep), "the entry obtained here");
	if (!strcmp(got, "nf_conn___init")) {
		WHY(c, "R%d is an entry from bpf_skb_ct_alloc()/bpf_xdp_ct_alloc() that is not inserted yet (struct "
		       "nf_conn___init); %s() takes an entry in the table (struct nf_conn), as a lookup or "
		       "bpf_ct_insert_entry() returns it. A cast in C does not change what the verifier knows.",
		    reg, fn);
		FIX(c, "%s", !strcmp(fn, "bpf_ct_release")
				     ? "An allocated entry is given up only by bpf_ct_insert_entry(), which takes it whether or "
				       "not the insertion succeeds: allocate when the program will insert, and release what the "
				       "insertion returns: `ins = bpf_ct_insert_entry(ct); if (ins) bpf_ct_release(ins);`."
				     : "Before insertion, use bpf_ct_set_timeout()/bpf_ct_set_status(); the change_* functions "
				       "are for the entry bpf_ct_insert_entry() returns.");
	} else {
		WHY(c, "R%d is an entry already in the table (struct nf_conn, from a lookup or bpf_ct_insert_entry()); "
		       "%s() takes only an entry just allocated and not inserted yet (struct nf_conn___init).",
		    reg, fn);
		FIX(c, "%s", !strcmp(fn, "bpf_ct_insert_entry")
				     ? "Insert only what bpf_skb_ct_alloc()/bpf_xdp_ct_alloc() returned, once; an entry found "
				       "by a lookup is in the table already."
				     : "For an entry in the table, use bpf_ct_change_timeout()/bpf_ct_change_status(); or "
				       "call the set_* function before bpf_ct_insert_entry().");
	}
	return 1;
}

int diag_kfunc(struct ctx *c)
{
	return diag_kfunc_not_allowed(c) || diag_slice_buffer(c) || diag_kfunc_mem_pair(c) || diag_nf_conn_write(c) || diag_nf_conn_kind(c);
}
