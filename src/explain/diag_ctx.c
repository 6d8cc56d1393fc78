/* Rejected context accesses: which field of the program type's context
 * struct the access hit, and whether the program type may read it, write
 * it, or touch it at all (from the same table the verifier checks with,
 * ctx_table.c), so the explanation names `skb->mark` instead of an offset. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/btf.h>

#include "explain/diag.h"
#include "object/obj_internal.h"
#include "verifier/ctx_table.h"

/* The C struct each layout of ctx_table.c describes. */
static const struct {
	const char *layout_prefix, *type;
} ctx_structs[] = {
	{ "socket_filter", "__sk_buff" }, { "sched_", "__sk_buff" },     { "cgroup_skb", "__sk_buff" },
	{ "lwt_", "__sk_buff" },          { "sk_skb", "__sk_buff" },      { "flow_dissector", "__sk_buff" },
	{ "kprobe", "pt_regs" },          { "xdp", "xdp_md" },            { "perf_event", "bpf_perf_event_data" },
	{ "cgroup_sock_", "bpf_sock" },   { "sock_ops", "bpf_sock_ops" }, { "cgroup_device", "bpf_cgroup_dev_ctx" },
	{ "sk_msg", "sk_msg_md" },        { "raw_tracepoint", "bpf_raw_tracepoint_args" },
	{ "sock_addr", "bpf_sock_addr" }, { "sk_reuseport", "sk_reuseport_md" }, { "cgroup_sysctl", "bpf_sysctl" },
	{ "cgroup_getsockopt", "bpf_sockopt" }, { "cgroup_setsockopt", "bpf_sockopt" },
	{ "sk_lookup", "bpf_sk_lookup" }, { "netfilter", "bpf_nf_ctx" },
};

static const char *ctx_struct_of(const struct ctx_layout *l)
{
	for (size_t i = 0; l && i < sizeof(ctx_structs) / sizeof(ctx_structs[0]); i++)
		if (!strncmp(l->name, ctx_structs[i].layout_prefix, strlen(ctx_structs[i].layout_prefix)))
			return ctx_structs[i].type;
	return NULL;
}

/* What programs usually call their context argument, for the C shown. */
static const char *ctx_var_name(const char *sname)
{
	return !strcmp(sname, "__sk_buff") ? "skb" : !strcmp(sname, "sk_msg_md") ? "msg"
	       : !strcmp(sname, "bpf_sock_ops") ? "skops" : "ctx";
}

int diag_member_at(const struct btf *btf, uint32_t id, int off, char *name, size_t size, int *moff, int *msize,
		   int *nelems)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	const struct btf_member *m;

	while (t && (btf_is_mod(t) || btf_is_typedef(t)))
		t = btf__type_by_id(btf, t->type);
	if (!t || !btf_is_composite(t))
		return 0;
	m = btf_members(t);
	for (int i = 0; i < btf_vlen(t); i++, m++) {
		int mo = (int)(btf_member_bit_offset(t, i) / 8);
		__s64 ms = btf__resolve_size(btf, m->type);
		const char *mn = btf__name_by_offset(btf, m->name_off);
		const struct btf_type *mt;

		if (ms <= 0 || off < mo || off >= mo + ms)
			continue;
		mt = btf__type_by_id(btf, btf__resolve_type(btf, m->type));
		if (!mn || !*mn)
			return diag_member_at(btf, m->type, off - mo, name, size, moff, msize, nelems) ? (*moff += mo, 1) : 0;
		if (mt && btf_is_array(mt) && btf_array(mt)->nelems) {
			int es = (int)(ms / btf_array(mt)->nelems);

			snprintf(name, size, "%s[%d]", mn, (off - mo) / es);
			*moff = mo + (off - mo) / es * es;
			*msize = es;
			if (nelems)
				*nelems = (int)btf_array(mt)->nelems;
			return 1;
		}
		snprintf(name, size, "%s", mn);
		*moff = mo;
		*msize = (int)ms;
		if (nelems)
			*nelems = 0;
		return 1;
	}
	return 0;
}

/* The context struct as BTF describes it: the program's own BTF has it
 * when the program takes it as an argument; else the kernel's. */
struct ctx_type {
	const struct btf *btf;
	struct btf *owned;
	int id;
};

static int ctx_type_find(const struct ctx *c, const char *sname, struct ctx_type *t)
{
	const struct btf *own = c->obj && c->obj->priv ? PRIV(c->obj)->btf : NULL;

	memset(t, 0, sizeof(*t));
	if (own && (t->id = btf__find_by_name_kind(own, sname, BTF_KIND_STRUCT)) > 0) {
		t->btf = own;
		return 1;
	}
	t->owned = btf__load_vmlinux_btf();
	if (t->owned && (t->id = btf__find_by_name_kind(t->owned, sname, BTF_KIND_STRUCT)) > 0) {
		t->btf = t->owned;
		return 1;
	}
	return 0;
}

static int ctx_field(const struct ctx_type *t, int off, char *name, size_t size, int *moff, int *msize)
{
	return t->btf && diag_member_at(t->btf, (uint32_t)t->id, off, name, size, moff, msize, NULL);
}

static bool row_allows(const struct ctx_layout *l, int off, int size, bool write)
{
	return ctx_row_for(l, off, size, write) != NULL;
}

/* Any access of any width inside [off, off + size). */
static bool field_allows(const struct ctx_layout *l, int off, int size, bool write)
{
	for (int w = 1; w <= 8; w *= 2)
		for (int o = off; o + w <= off + size; o += w)
			if (row_allows(l, o, w, write))
				return true;
	return false;
}

/* The fields this layout lets a program write, named, each once. */
static void writable_fields(const struct ctx_type *t, const struct ctx_layout *l, char *out, size_t size)
{
	size_t n = 0;
	char last[64] = "";

	out[0] = '\0';
	for (const struct ctx_row *r = l->rows; r->size; r++) {
		char name[64], *br;
		int mo, ms;

		if (!r->store)
			continue;
		for (int off = r->lo; off <= r->hi; off += r->size) {
			if (!ctx_field(t, off, name, sizeof(name), &mo, &ms))
				continue;
			if ((br = strchr(name, '[')))
				strcpy(br, "[]");
			/* sock_ops' args[] is a union with reply and
			 * replylong[], the names a write goes by */
			if (!strcmp(l->name, "sock_ops") && !strcmp(name, "args[]"))
				snprintf(name, sizeof(name), "reply, replylong[]");
			if (!strcmp(name, last) || (n && strstr(out, name)))
				continue;
			snprintf(last, sizeof(last), "%s", name);
			n += (size_t)snprintf(out + n, n < size ? size - n : 0, "%s%s", n ? ", " : "", name);
			if (n >= size)
				return;
		}
	}
}

/* The layouts of the same struct as l that may write [off, off + size):
 * "a program type that may write it" named. */
static void writers_of(const struct ctx_layout *l, int off, int size, char *out, size_t len)
{
	const char *sn = ctx_struct_of(l);
	size_t n = 0;

	out[0] = '\0';
	for (const struct ctx_layout *o = ctx_layouts; sn && o->name; o++)
		if (o != l && ctx_struct_of(o) && !strcmp(ctx_struct_of(o), sn) && field_allows(o, off, size, true)) {
			n += (size_t)snprintf(out + n, n < len ? len - n : 0, "%s%s", n ? ", " : "", o->name);
			if (n >= len) {
				out[0] = '\0';
				return;
			}
		}
}

/* Read-only fields a helper changes: what people mean when they assign
 * them.  For the program types that have the helper. */
static const struct {
	const char *layout, *field, *helper, *how, *how2; /* how2: the assigned value goes between */
} setters[] = {
	{ "sched_cls", "protocol", "bpf_skb_change_proto", "`bpf_skb_change_proto(skb, bpf_htons(ETH_P_IPV6), 0)` "
							    "(it rewrites the IP header between IPv4 and IPv6)", NULL },
	{ "sched_cls", "pkt_type", "bpf_skb_change_type", "`bpf_skb_change_type(skb, PACKET_HOST)`", NULL },
	{ "sched_cls", "vlan_tci", "bpf_skb_vlan_push", "`bpf_skb_vlan_push(skb, bpf_htons(ETH_P_8021Q), tci)` "
							 "(and bpf_skb_vlan_pop(skb) to remove it)", NULL },
	{ "sched_cls", "vlan_proto", "bpf_skb_vlan_push", "`bpf_skb_vlan_push(skb, proto, tci)`", NULL },
	{ "sched_cls", "hash", "bpf_set_hash", "`bpf_set_hash(skb, hash)`", NULL },
	/* the clock of skb->tstamp: the two change together (Linux 5.18) */
	{ "sched_cls", "tstamp_type", "bpf_skb_set_tstamp", "`bpf_skb_set_tstamp(skb, skb->tstamp, ",
	  ");` (it sets the delivery time and its clock together; with a clock given the time must not be 0, so "
	  "write skb->tstamp first, or pass the time itself in place of skb->tstamp)." },
	{ "sched_cls", "len", "bpf_skb_change_tail", "`bpf_skb_change_tail(skb, new_len, 0)`", NULL },
	{ "sched_cls", "ifindex", "bpf_redirect", "`return bpf_redirect(ifindex, 0);` (the packet goes out there)", NULL },
	{ "xdp", "data", "bpf_xdp_adjust_head", "`bpf_xdp_adjust_head(ctx, delta)` (then load data and data_end again)", NULL },
	{ "xdp", "data_end", "bpf_xdp_adjust_tail", "`bpf_xdp_adjust_tail(ctx, delta)` (then load data and data_end "
						    "again)", NULL },
	{ "xdp", "data_meta", "bpf_xdp_adjust_meta", "`bpf_xdp_adjust_meta(ctx, delta)`", NULL },
	/* a connect hook picks the source address by binding the socket */
	{ "sock_addr_connect4", "msg_src_ip4", "bpf_bind",
	  "`struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = ", " }; bpf_bind(ctx, (struct "
	  "sockaddr *)&sa, sizeof(sa));` (in a connect hook it binds the socket to that source address before the "
	  "connection is made; msg_src_ip4 itself is for cgroup/sendmsg4, per datagram)." },
	/* the congestion window is TCP's own; a sock_ops program sets its
	 * start and its ceiling through setsockopt */
	{ "sock_ops", "snd_cwnd", "bpf_setsockopt", "`int iw = ",
	  "; bpf_setsockopt(skops, SOL_TCP, TCP_BPF_IW, &iw, sizeof(iw));` (the initial window, while the connection "
	  "has sent nothing: in BPF_SOCK_OPS_TCP_CONNECT_CB or the ESTABLISHED callbacks), or TCP_BPF_SNDCWND_CLAMP "
	  "to cap it; a window set as the connection goes is a congestion control's, in a struct_ops "
	  "tcp_congestion_ops." },
	{ "sock_addr_connect6", "msg_src_ip6", "bpf_bind",
	  "`struct sockaddr_in6 sa = { .sin6_family = AF_INET6, .sin6_addr = ", " }; bpf_bind(ctx, (struct "
	  "sockaddr *)&sa, sizeof(sa));` (in a connect hook it binds the socket to that source address before the "
	  "connection is made; msg_src_ip6 itself is for cgroup/sendmsg6, per datagram)." },
};

/* Where the program calls helper `name`, or -1. */
static long calls_helper(const struct ctx *c, const char *name)
{
	char b[64];

	for (size_t i = 0; i < c->prog->n_insns; i++)
		if (is_call(c, (long)i) && !strcmp(helper_at(c, (long)i, b, sizeof(b)), name))
			return (long)i;
	return -1;
}

/* The C expression the failing line assigns to `field` (`ctx->f = EXPR;`). */
static bool assigned_value(const struct ctx *c, const char *field, char *out, size_t size)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)c->fail);
	const char *t = li && li->line_num ? bv_line_text(li) : NULL, *p, *e;
	size_t n;

	if (!t || !(p = strstr(t, field)))
		return false;
	p += strlen(field);
	while (*p == ' ')
		p++;
	if (*p != '=' || p[1] == '=')
		return false;
	for (p++; *p == ' '; p++)
		;
	if (!(e = strchr(p, ';')) || (n = (size_t)(e - p)) == 0 || n >= size)
		return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

/* A store to a read-only field that a helper sets: 1 when the fix is that.
 * Without a program type (a log alone), layout is a guess and the fix
 * says so unless the program calls the helper. */
static int setter_fix(struct ctx *c, const char *layout, bool guess, const char *var, const char *field)
{
	if (!strcmp(layout, "sched_act"))
		layout = "sched_cls";

	for (size_t i = 0; i < sizeof(setters) / sizeof(setters[0]); i++) {
		long at;

		if (strcmp(setters[i].layout, layout) || strcmp(setters[i].field, field))
			continue;
		/* bpf_setsockopt() sets many things: a call of it is no sign
		 * the field is set already */
		at = strcmp(setters[i].helper, "bpf_setsockopt") ? calls_helper(c, setters[i].helper) : -1;
		if (at >= 0) {
			diag_where(c, at, "the helper that sets it, called here");
			FIX(c, "Delete the assignment: %s() at insn %ld already sets %s->%s.", setters[i].helper, at, var,
			    field);
		} else if (setters[i].how2) {
			char val[96];

			if (!assigned_value(c, field, val, sizeof(val)))
				snprintf(val, sizeof(val), "addr");
			FIX(c, "%s%s%s through a helper instead: %s%s%s", guess ? "If this is a " : "",
			    guess ? layout : "", guess ? " program: set it" : "Set it", setters[i].how, val, setters[i].how2);
		} else {
			FIX(c, "%s%s->%s changes through a helper: %s.", guess ? "If this is a tc program: " : "", var,
			    field, setters[i].how);
		}
		return 1;
	}
	return 0;
}

/* Fields a program type cannot read whose value it has elsewhere. */
static const struct {
	const char *layout, *field, *instead;
} read_instead[] = {
	{ "flow_dissector", "protocol",
	  "Read `skb->flow_keys->n_proto` instead: the kernel stores the packet's protocol there (in network byte "
	  "order, as skb->protocol is) before it runs the dissector." },
	{ "flow_dissector", "len",
	  "Use `skb->data_end - skb->data` for the bytes the dissector may read, or keys->thoff and keys->nhoff "
	  "for where the headers are." },
};

static const char *read_instead_of(const char *layout, const char *field)
{
	for (size_t i = 0; i < sizeof(read_instead) / sizeof(read_instead[0]); i++)
		if (!strcmp(read_instead[i].layout, layout) && !strcmp(read_instead[i].field, field))
			return read_instead[i].instead;
	return NULL;
}

/* An IPv6 field read in an IPv4 hook of a sock_addr program, or the other
 * way round: the hook sees one family, and the other family's fields are
 * the other hook's.  The fix names the field of the hook's own family. */
static int family_sibling(struct ctx *c, const char *layout, const char *field)
{
	size_t n = strlen(layout);
	bool v4 = layout[n - 1] == '4';
	const char *six = strstr(field, "_ip6"), *four = strstr(field, "_ip4");
	char hook[32];

	if (n > 11 && ((v4 && !six) || (!v4 && !four)))
		return 0;
	if (n <= 11) {
		if (!six && !four)
			return 0;
		/* a log alone: the hook is not known, only that it refused */
		FIX(c, "The IPv4 hooks (cgroup/connect4, sendmsg4, recvmsg4, bind4, ...) run for IPv4 sockets only and "
		       "have `ctx->%.*s_ip4`; the IPv6 fields are for the IPv6 hooks (connect6, sendmsg6, ...), which "
		       "run for IPv6 sockets, IPv4-mapped addresses included. Read the field of the hook's own family, "
		       "and attach one program to each hook if you need both.",
		    (int)((six ? six : four) - field), field);
		return 1;
	}
	snprintf(hook, sizeof(hook), "%.*s", (int)(n - 11), layout + 10);
	if (v4)
		FIX(c, "A cgroup/%s4 program runs for IPv4 sockets only: read `ctx->%.*s_ip4` instead (the address as one "
		       "__u32, in network byte order). The IPv6 fields are for cgroup/%s6, which runs for IPv6 sockets, "
		       "IPv4-mapped addresses included; attach both if you need both families.",
		    hook, (int)(six - field), field, hook);
	else
		FIX(c, "A cgroup/%s6 program runs for IPv6 sockets only: read `ctx->%.*s_ip6[0]` .. `[3]` instead (the "
		       "address as four __u32, in network byte order; an IPv4-mapped address is ::ffff:a.b.c.d, with "
		       "the IPv4 address in [3]). The IPv4 field is for cgroup/%s4; attach both if you need both "
		       "families.",
		    hook, (int)(four - field), field, hook);
	return 1;
}

/* The line indexes one of the context's arrays (`skb->cb[i]`) but the
 * access lands past it, on the field that follows (`hash`): an index one
 * too far, often a loop's `<=`.  Says so, with the loop's bound when a
 * `for` just above the line has one. */
static bool array_overrun(struct ctx *c, const struct ctx_type *t, const struct ctx_layout *l, const char *var,
			  const char *field, int off)
{
	char ptr[48], arr[40], name[64];
	int lo = -1, hi = -1, es = 0, mo, ms;
	size_t n;

	if (!diag_indexed_member(c, c->fail, ptr, sizeof(ptr), arr, sizeof(arr) - 1) || strcmp(ptr, var))
		return false;
	n = strlen(arr);
	if (!strncmp(field, arr, n) && field[n] == '[')
		return false;
	strcat(arr, "[");
	for (int o = 0; o < (int)l->size; o++)
		if (ctx_field(t, o, name, sizeof(name), &mo, &ms) && !strncmp(name, arr, n + 1) && mo == o) {
			if (lo < 0)
				lo = o;
			hi = o + ms;
			es = ms;
		}
	if (lo < 0 || es <= 0 || (off >= lo && off < hi))
		return false;
	int idx = (off - lo) / es, count = (hi - lo) / es;

	arr[n] = '\0';
	WHY(c, " The line indexes `%s->%s[]`, %d elements of %d bytes at offsets %d to %d; offset %d is element %d, "
	       "%s, and lands on `%s->%s`.",
	    var, arr, count, es, lo, hi - 1, off, idx,
	    off >= hi ? (idx == count ? "one past its end" : "past its end") : "before its start", var, field);
	/* the loop that gets there: a `for (...; i <= N; ...)` a few lines up,
	 * which an unrolled loop keeps only in the file */
	uint32_t ln = bv_prog_line_at(c->prog, (size_t)c->fail)->line_num;

	for (uint32_t k = ln; k > 0 && k + 8 > ln; k--) {
		char f[160], iv[32], bound[40];
		const char *cond, *le;

		if (!diag_src_line_above(c, c->fail, k, f, sizeof(f)) || !(cond = diag_for_cond(f, iv, sizeof(iv))) ||
		    strncmp(le = cond + strlen(iv), " <= ", 4))
			continue;
		if (sscanf(le + 4, "%39[^;]", bound) != 1)
			break;
		size_t tail = strlen(f);

		while (tail && (f[tail - 1] == '{' || f[tail - 1] == ' '))
			tail--;
		WHY(c, " The loop on line %u runs `%s` up to %s inclusive.", k, iv, bound);
		FIX(c, "Stop the loop before the end of the array: `%.*s < %.*s` (line %u), `<` where it has `<=`.",
		    (int)(le - f), f, (int)(f + tail - (le + 4)), le + 4, k);
		return true;
	}
	FIX(c, "Keep the index below %d, the number of elements of %s->%s[]: check it (`if (i >= %d) ...`) before the "
	       "access.",
	    count, var, arr, count);
	return true;
}

static void explain_field(struct ctx *c, const struct ctx_type *t, const struct ctx_layout *l, int off, int size,
			  bool store)
{
	const char *sname = ctx_struct_of(l), *var;
	char field[64], list[512], writers[256] = "";
	int mo, ms;

	if (!sname)
		return;
	var = ctx_var_name(sname);
	if (off >= (int)l->size) {
		WHY(c, " Offset %d is past the end of struct %s (%u bytes).", off, sname, l->size);
		FIX(c, "Access the context only through the fields of `struct %s`, at their own size.", sname);
		return;
	}
	if (!ctx_field(t, off, field, sizeof(field), &mo, &ms)) {
		WHY(c, " That is padding inside struct %s, no field.", sname);
		return;
	}
	if (array_overrun(c, t, l, var, field, off))
		return;
	if (store && off == mo && size > ms && row_allows(l, mo, ms, true)) {
		/* two neighbouring fields, each writable at its width, in one store */
		char next[64];
		int mo2, ms2;

		if (ctx_field(t, mo + ms, next, sizeof(next), &mo2, &ms2) && mo2 + ms2 <= off + size &&
		    row_allows(l, mo2, ms2, true)) {
			WHY(c, " That is `%s->%s` and `%s->%s` (%d and %d bytes) written by one %d-byte store: %s programs "
			       "may write each of them, but only at its own width.",
			    var, field, var, next, ms, ms2, size, l->name);
			CC(c, "clang merged the stores to the two neighbouring fields into one %d-byte store, an "
			      "optimisation it makes for adjacent writes; the context is checked field by field, so the "
			      "merged store is refused.",
			   size);
			FIX(c, "Keep the two stores apart: write one of them through a volatile pointer, `*(volatile "
			       "__u32 *)&%s->%s = ...;`, or put `asm volatile(\"\" ::: \"memory\");` between them.",
			    var, next);
			return;
		}
	}
	if (store && field_allows(l, mo, ms, false) && !field_allows(l, mo, ms, true)) {
		WHY(c, " That is `%s->%s`, which %s programs may read but not write.", var, field, l->name);
		writable_fields(t, l, list, sizeof(list));
		if (setter_fix(c, l->name, false, var, field))
			;
		else if (!strcmp(sname, "pt_regs"))
			FIX(c, "A kprobe sees the registers but cannot change them. To change what a kernel function "
			       "returns, use bpf_override_return(ctx, value) on a function on the error-injection list, or "
			       "an fmod_ret program.");
		else if (writers_of(l, mo, ms, writers, sizeof(writers)), list[0])
			FIX(c, "Keep the value elsewhere: the fields of struct %s a %s program may write are %s%s; or use "
			       "a map, or a program type that may write %s%s%s%s.",
			    sname, l->name, list,
			    strstr(list, "cb[]") ? " (cb[] is scratch space that lives as long as the packet)" : "", field,
			    writers[0] ? " (" : "", writers, writers[0] ? ")" : "");
		else
			FIX(c, "%s programs may not write their context at all: keep the value in a map (or on the "
			       "stack), or use a program type that may write %s%s%s%s.",
			    l->name, field, writers[0] ? " (" : "", writers, writers[0] ? ")" : "");
		return;
	}
	if (!field_allows(l, mo, ms, false) && !field_allows(l, mo, ms, true)) {
		WHY(c, " That is `%s->%s`, which %s programs cannot access at all.", var, field, l->name);
		if (store) {
			writable_fields(t, l, list, sizeof(list));
			writers_of(l, mo, ms, writers, sizeof(writers));
		}
		if (store && !strcmp(field, "tc_classid") && strstr(list, "priority"))
			FIX(c, "Set `%s->priority` to the class instead (%s programs may write it): a classful qdisc (htb, "
			       "prio) takes a priority of the form major:minor as the class. Or set tc_classid from a tc "
			       "program (SEC(\"tc\")).",
			    var, l->name);
		else if (store && setter_fix(c, l->name, false, var, field))
			;
		else if (store && list[0])
			FIX(c, "The fields of struct %s a %s program may write are %s; keep the value in one of them or in "
			       "a map, or use a program type that may write %s%s%s%s.",
			    sname, l->name, list, field, writers[0] ? " (" : "", writers, writers[0] ? ")" : "");
		else if (store)
			FIX(c, "Keep the value in a map, or use a program type that may write %s%s%s%s.", field,
			    writers[0] ? " (" : "", writers, writers[0] ? ")" : "");
		else if (read_instead_of(l->name, field))
			FIX(c, "%s", read_instead_of(l->name, field));
		else if (!strncmp(l->name, "sock_addr_", 10) && family_sibling(c, l->name, field))
			;
		else
			FIX(c, "Get the value another way (a helper that returns it, or bpf_skb_load_bytes() for packet "
			       "bytes), or use a program type whose context has %s.",
			    field);
		return;
	}
	if (!row_allows(l, off, size, store)) {
		WHY(c, " That is `%s->%s` (%d bytes at offset %d)", var, field, ms, mo);
		if (off + size > mo + ms)
			WHY(c, ", and an access of %d bytes at offset %d runs past its end into what follows it.", size,
			    off);
		else
			WHY(c, ", which %s programs may %s only at %s: not %d byte%s at offset %d.", l->name,
			    store ? "write" : "read", row_allows(l, mo, ms, store) ? "its full width" : "some widths",
			    size, size == 1 ? "" : "s", off);
		const char *t = store ? diag_src_text(c, c->fail) : NULL, *eq = t ? strstr(t, " = ") : NULL;
		char amp[80];

		snprintf(amp, sizeof(amp), "&%s->%s", var, field);
		if (store && eq && strstr(t, amp) && strstr(t, amp) < eq && eq[3] && t[strlen(t) - 1] == ';')
			FIX(c, "Write the whole field, at its declared type, with no cast: `%s->%s = %s`%s.", var, field,
			    eq + 3, !strcmp(field, "user_port") ? " (the port in network byte order, as bpf_htons() "
								   "gives it: the kernel keeps the value's low 16 "
								   "bits)" : "");
		else if (store)
			FIX(c, "Write the field at its declared type (`%s->%s = v;`, v a __u%d); a cast of &%s->%s to "
			       "another type changes the access width.",
			    var, field, ms * 8, var, field);
		else
			FIX(c, "Access the field at its declared type (`__u%d v = %s->%s;`) and narrow or shift the value "
			       "afterwards; a cast of &%s->%s to another type changes the access width.",
			    ms * 8, var, field, var, field);
	}
}

/* The layout the program's context has.  From a log that shows the type
 * but not the attach point, none when the type has one per attach point
 * (a bpf_sock_addr hook): which fields it may touch is then not known. */
static const struct ctx_layout *prog_layout(const struct ctx *c)
{
	const struct ctx_layout *l = ctx_layout_for(c->prog->type, c->prog->expected_attach_type);

	if (!l || c->obj->path || c->prog->sec.has_attach_type)
		return l;
	for (const struct ctx_layout *o = ctx_layouts; o->name; o++)
		if (o != l && o->prog_type == l->prog_type)
			return NULL;
	return l;
}

int diag_ctx_field_name(const struct ctx *c, int off, char *out, size_t size)
{
	const struct ctx_layout *l = prog_layout(c);
	const char *sname = ctx_struct_of(l);
	struct ctx_type t;
	char field[64];
	int mo, ms, ok = 0;

	if (!sname || !ctx_type_find(c, sname, &t))
		return 0;
	if (ctx_field(&t, off, field, sizeof(field), &mo, &ms)) {
		snprintf(out, size, "%s->%s", ctx_var_name(sname), field);
		ok = 1;
	}
	btf__free(t.owned);
	return ok;
}

/* "dereference of modified ctx ptr R2 off=32 disallowed": a pointer to a
 * context field kept in a variable (`__u32 *counter = cond ? &skb->priority
 * : &scratch; *counter += v;`, batch 20).  The kernel rewrites each context
 * access into the real struct's field, so it must see `ctx + constant` at
 * the access itself. */
static int moved_ctx(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v;
	char field[96], var[64];
	int r, off;
	bool store = in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST);
	const char *def;

	if (sscanf(c->msg, "dereference of modified ctx ptr R%d off=%d", &r, &off) != 2 || !in)
		return 0;
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	v = reg_at(c, c->fstep, r);
	def = v ? diag_src_text(c, v->def_insn) : NULL;
	/* the source's own spelling (`&skb->priority`), else the layout's name */
	if (!(v && diag_address_of_member(c, v->def_insn, field, sizeof(field))) &&
	    !diag_ctx_field_name(c, off + in->off, field, sizeof(field)))
		snprintf(field, sizeof(field), "the field at offset %d", off + in->off);
	if (v && v->def_insn >= 0) {
		diag_where(c, v->def_insn, "the context pointer moved here");
		if (!diag_assigned_var(c, v->def_insn, var, sizeof(var)))
			snprintf(var, sizeof(var), "R%d", r);
	} else {
		snprintf(var, sizeof(var), "R%d", r);
	}
	/* `v = i ? f1 : f0` of two fields read by name: clang chose between
	 * their addresses and loaded once (seen, batch 30) */
	const char *line = diag_src_text(c, c->fail), *q = line ? strchr(line, '?') : NULL;
	char a[48], b[48];

	if (!store && q && v && v->def_insn >= 0 && diag_src_text(c, v->def_insn) == line &&
	    sscanf(q + 1, " %47[A-Za-z0-9_] : %47[A-Za-z0-9_]", a, b) == 2) {
		const struct ctx_layout *l = prog_layout(c);
		const struct bv_form *f = form_at(c, c->fail);

		WHY(c, "The line chooses between `%s` and `%s`, values read from the context, but the compiler made it a "
		       "choice between the fields' addresses and loads once, at insn %ld, through the chosen pointer: R%d, "
		       "`&%s` (the context plus %d) on this path. The kernel rewrites every context access into an "
		       "access of its own struct's field, so it must find `ctx + constant offset` on the load itself.",
		    a, b, c->fail, r, field, off + in->off);
		if (l && f && !row_allows(l, off + in->off, f->size, false))
			WHY(c, " Besides, this program type may not read `%s` at all.", field);
		FIX(c, "Keep the loads apart: right after reading the fields into `%s` and `%s`, add `barrier_var(%s); "
		       "barrier_var(%s);` (bpf_helpers.h), so each is loaded at its own offset before the `?:`.",
		    a, b, a, b);
		if (l && f && !row_allows(l, off + in->off, f->size, false))
			FIX(c, " And read only fields this program type allows: `%s` is not one.", field);
		return 1;
	}
	if (in->off == 0 && strncmp(field, "the field", 9))
		WHY(c, "R%d is `&%s` (the context plus %d), kept in `%s` and %s through it at insn %ld.", r, field, off,
		    var, store ? "written" : "read", c->fail);
	else
		WHY(c, "R%d is the context plus %d, and the access at insn %ld (`+%d` from there) %s %s%s%s.", r, off,
		    c->fail, in->off, store ? "writes" : "reads", strncmp(field, "the field", 9) ? "`" : "", field,
		    strncmp(field, "the field", 9) ? "`" : "");
	WHY(c, " The kernel rewrites every context access into an access of its own struct's field, so it must find "
	       "the access written as `ctx + constant offset` on the instruction itself; a pointer to the field held "
	       "in a variable%s cannot be rewritten.",
	    def && strchr(def, '?') ? " (here chosen by a `?:` between the field and other memory)" : "");
	if (!strncmp(field, "the field", 9) || var[0] == 'R')
		FIX(c, "Access the context's fields by name from the context pointer itself (`ctx->field`), never through "
		       "a pointer computed from it.");
	else
		FIX(c, "Access `%s` by name where the program goes through `%s`: `%s += ...;` or `%s = ...;`; when "
		       "`%s` chooses between the field and other memory, write the two cases out, "
		       "`if (...) %s += v; else other += v;`.",
		    field, var, field, field, var, field);
	return 1;
}

/* A header read through a pointer into the packet where the program type
 * has no direct packet access (a socket filter): `struct iphdr *iph = data;`
 * becomes a copy on the stack, read with bpf_skb_load_bytes() (batch 41).
 * false when no line declares such a pointer. */
/* BPF_PROG(name, a0, a1, a2, extra): parameters past the n the kernel's
 * prototype has, read as ctx[n] (batch 42's exec_file).  The BPF_PROG line
 * without them; false when the line is not one. */
static bool extra_args_fix(struct ctx *c, int n)
{
	const char *t = NULL, *p;
	char keep[320];
	int commas = 0;

	for (size_t i = 0; i < c->prog->n_insns && !t; i++) {
		const char *u = diag_src_text(c, (long)i);

		if (u && (p = strstr(u, "BPF_PROG(")) && !strchr(p, ';'))
			t = u;
	}
	if (!t || n <= 0 || t[strlen(t) - 1] != ')')
		return false;
	for (p = strstr(t, "BPF_PROG("); *p; p++) {
		if (*p == ',' && ++commas == n + 1)
			break;
	}
	if (!*p || (size_t)(p - t) + 2 >= sizeof(keep))
		return false;
	snprintf(keep, sizeof(keep), "%.*s)", (int)(p - t), t);
	FIX(c, "The kernel's prototype has %d argument%s and the program declares more: drop `%.*s` from BPF_PROG() and "
	       "the code that uses %s: `%s`. The arguments are the prototype's, in its order (vmlinux.h: "
	       "the function, or `btf_trace_<tracepoint>` without its first `void *`).",
	    n, n == 1 ? "" : "s", (int)(strlen(p + 2) - 1), p + 2, strchr(p + 2, ',') ? "them" : "it", keep);
	return true;
}

static const char *sock_filter_note(const struct ctx *c)
{
	return c->prog->type == 1 /* socket filter */
		       ? " (In a socket filter, offset 0 is where the socket's data starts: the IP header for an IP "
			 "socket, the Ethernet header on a packet socket.)"
		       : "";
}

static bool header_copy_fix(struct ctx *c)
{
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *eq, *star, *e;
		char st[64], var[64], off[64] = "0";
		const char *skb = diag_param_name(c, 0, 0);

		if (!t || strncmp(t, "struct ", 7) || !(eq = strstr(t, " = data")) || !(star = strchr(t, '*')) ||
		    star > eq)
			continue;
		e = eq + 7;
		if (*e == ' ' && e[1] == '+' && e[2] == ' ') {
			size_t n = strcspn(e + 3, ";");

			if (!n || n >= sizeof(off))
				continue;
			snprintf(off, sizeof(off), "%.*s", (int)n, e + 3);
		} else if (*e != ';') {
			continue;
		}
		if ((size_t)(star - t - 8) >= sizeof(st) || (size_t)(eq - star - 1) >= sizeof(var))
			continue;
		snprintf(st, sizeof(st), "%.*s", (int)(star - t - 8), t + 7);
		snprintf(var, sizeof(var), "%.*s", (int)(eq - star - 1), star + 1);
		if (!diag_is_name(st) || !diag_is_name(var))
			continue;
		FIX(c, "Copy the header out of the packet instead of pointing into it: in place of the lines that read "
		       "the packet's bounds, of `%s` and of its check against data_end, `struct %s %s; if (bpf_skb_load_bytes(%s, %s, &%s, sizeof(%s))) return %s;`, "
		       "then read `%s.field` where the program reads `%s->field`.%s",
		    t, st, var, skb ? skb : "skb", off, var, var, pkt_pass(c), var, var, sock_filter_note(c));
		return true;
	}
	/* clang often leaves `struct iphdr *iph = data;` no instruction of its
	 * own; the check against data_end names the pointer still */
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p, *q;
		char var[64];
		const char *skb = diag_param_name(c, 0, 0);

		if (!t || strncmp(t, "if (", 4) || !(p = strstr(t, " + 1) > data_end")))
			continue;
		for (q = p; q > t && (isalnum((unsigned char)q[-1]) || q[-1] == '_'); q--)
			;
		if (q == p || (size_t)(p - q) >= sizeof(var))
			continue;
		snprintf(var, sizeof(var), "%.*s", (int)(p - q), q);
		FIX(c, "Copy the header out of the packet instead of pointing into it: in place of the lines that "
		       "read `%s->data` and `%s->data_end`, of `%s` and of the reads through `%s` (keep its "
		       "declaration, for its type), `__typeof__(*%s) h; if (bpf_skb_load_bytes(%s, off, &h, "
		       "sizeof(h))) return %s;` with `off` the header's offset from `data` (0 when `%s` is `data`), "
		       "then read `h.field` where the program reads `%s->field`.%s",
		    skb ? skb : "skb", skb ? skb : "skb", t, var, var, skb ? skb : "skb", pkt_pass(c), var, var,
		    sock_filter_note(c));
		return true;
	}
	return false;
}

/* "variable ctx access var_off=(0x0; 0x4) disallowed": a context field
 * chosen by a run-time number (`*(__u32 *)((char *)ctx + off + i * 4)`,
 * batch 30).  The offsets the access can reach name the fields; reading
 * each by name and choosing between the values keeps every access
 * constant (a `?:` between two fields may be turned back into a chosen
 * address by clang). */
static int variable_ctx(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_form *f = form_at(c, c->fail);
	const struct ctx_layout *l = prog_layout(c);
	unsigned long long value, mask;
	char fields[4][96], list[512] = "", refused[512] = "";
	bool ok[4];
	int n = 0, nok = 0, r;
	const struct bv_vreg *v;
	bool store = in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST);

	if (sscanf(c->msg, "variable ctx access var_off=(%llx; %llx)", &value, &mask) != 2 || !in || !f)
		return 0;
	if (diag_tp_var_ctx(c))
		return 1;
	r = store ? in->dst : in->src;
	v = reg_at(c, c->fstep, r);
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "the variable offset added here");
	WHY(c, "The context is indexed by a number the verifier does not know (var_off=(0x%llx; 0x%llx)): the kernel "
	       "rewrites each context access into an access of its own struct's field, so the field must be a "
	       "constant at the instruction.",
	    value, mask);
	/* every offset the mask allows, while few: each names a field */
	if (v && mask && __builtin_popcountll(mask) <= 2) {
		long base = (long)v->off + in->off + (long)value;

		for (unsigned long long sub = 0; n < 4; sub = (sub - mask) & mask) {
			int off = (int)(base + (long)sub);

			if (!diag_ctx_field_name(c, off, fields[n], sizeof(fields[n])))
				return 1; /* a hole, or no type: say no more than the kernel */
			ok[n] = !l || row_allows(l, off, f->size, store);
			nok += ok[n];
			n++;
			if (((sub - mask) & mask) == 0)
				break;
		}
	}
	if (n < 2)
		goto generic;
	for (int i = 0, k = 0, kr = 0; i < n; i++) {
		size_t ll = strlen(list), lr = strlen(refused);

		snprintf(list + ll, sizeof(list) - ll, "%s`%s`", i == 0 ? "" : i == n - 1 ? " or " : ", ", fields[i]);
		if (!ok[i])
			snprintf(refused + lr, sizeof(refused) - lr, "%s`%s`", kr++ ? ", " : "", fields[i]);
		k += ok[i];
	}
	WHY(c, " Here it reaches %s.", list);
	if (nok < n)
		WHY(c, " Of those, this program type may not %s %s at all.", store ? "write" : "read", refused);
	if (nok == 0)
		goto generic;
	if (nok == 1) {
		for (int i = 0; i < n; i++)
			if (ok[i])
				FIX(c, store ? "Write the one field this program type allows by name: `%s = v;`."
					     : "Read the one field this program type allows by name: `v = %s;`.",
				    fields[i]);
		return 1;
	}
	if (store) {
		FIX(c, "Name the field in each store, a case for each: `switch (i) {");
		for (int i = 0, k = 0; i < n; i++)
			if (ok[i])
				FIX(c, " case %d: %s = v; break;", k++, fields[i]);
		FIX(c, " }` (i the index, v the value), or keep the array in a map value, which may be indexed once the "
		       "index is checked.");
		return 1;
	}
	FIX(c, "Read each field by name into a variable of its own, keep the compiler from merging the loads back into "
	       "one from a chosen address with barrier_var() (bpf_helpers.h), then choose among the values: `");
	for (int i = 0, k = 0; i < n; i++)
		if (ok[i])
			FIX(c, "__u32 f%d = %s; ", k++, fields[i]);
	for (int k = 0; k < nok; k++)
		FIX(c, "barrier_var(f%d); ", k);
	FIX(c, "%s`.", nok == 2 ? "v = i ? f1 : f0;" : "switch (i) { case 0: v = f0; break; ... }");
	return 1;
generic:
	FIX(c, "Name the field in each access: a switch over the index, `switch (i) { case 0: skb->cb[0] = v; "
	       "break; case 1: skb->cb[1] = v; break; ... }` (the same for reads), or keep the array in a map "
	       "value, which may be indexed once the index is checked.");
	return 1;
}

/* A log alone has no program type: the source line names the field
 * (`skb->protocol`, `ctx->msg_src_ip4 = ...`), and the context structs
 * that have a field of that name at that offset tell which program types
 * refuse the read or the write, and which take it. */
static void log_field(struct ctx *c, int off, int size, bool store)
{
	char var[96], field[96], refuse[256] = "", allow[256] = "", name[64];
	const char *sname = NULL, *only = NULL, *setter = NULL;
	size_t n = 0, na = 0;
	int nrefuse = 0, mo, ms;

	if (!(store ? diag_assigned_member(c, c->fail, var, sizeof(var), field, sizeof(field))
		    : diag_arrow(c, c->fail, var, sizeof(var), field, sizeof(field))))
		return;
	const char *tried = NULL; /* layouts sharing a struct come in a row: look it up once */
	bool match = false;

	for (const struct ctx_layout *l = ctx_layouts; l->name; l++) {
		const char *sn = ctx_struct_of(l);
		struct ctx_type t;

		if (!sn || (sname && strcmp(sn, sname)))
			continue;
		if (!tried || strcmp(tried, sn)) {
			tried = sn;
			/* `ctx->msg_src_ip6[3]` reads as msg_src_ip6 on the line */
			match = ctx_type_find(c, sn, &t) && ctx_field(&t, off, name, sizeof(name), &mo, &ms) &&
				(!strcmp(name, field) || (!strncmp(name, field, strlen(field)) &&
							  name[strlen(field)] == '[' && !strchr(field, '[')));
			if (match)
				snprintf(field, sizeof(field), "%s", name);
			btf__free(t.owned);
		}
		if (!match)
			continue;
		sname = sn;
		if (row_allows(l, off, size, store)) {
			na += (size_t)snprintf(allow + na, na < sizeof(allow) ? sizeof(allow) - na : 0, "%s%s",
					       na ? ", " : "", l->name);
			continue;
		}
		for (size_t i = 0; store && !setter && i < sizeof(setters) / sizeof(setters[0]); i++)
			if (!strcmp(setters[i].layout, l->name) && !strcmp(setters[i].field, field))
				setter = l->name;
		n += (size_t)snprintf(refuse + n, n < sizeof(refuse) ? sizeof(refuse) - n : 0, "%s%s",
				      nrefuse ? ", " : "", l->name);
		only = nrefuse++ ? NULL : l->name;
		if (n >= sizeof(refuse))
			break;
	}
	if (!sname || !nrefuse || n >= sizeof(refuse))
		return;
	if (store) {
		if (na && na < sizeof(allow))
			WHY(c, " That is `%s->%s`; of the program types whose context is struct %s, only %s may write it.",
			    var, field, sname, allow);
		else
			WHY(c, " That is `%s->%s`; no program type whose context is struct %s may write it.", var, field,
			    sname);
		if (setter && setter_fix(c, setter, true, var, field))
			return;
		FIX(c, "Keep the value in a map, or write `%s->%s` only in a program type that may%s%s%s.", var, field,
		    na && na < sizeof(allow) ? " (" : "", na && na < sizeof(allow) ? allow : "",
		    na && na < sizeof(allow) ? ")" : "");
		return;
	}
	if (nrefuse > 1 && na && na < sizeof(allow) && !strchr(allow, ','))
		WHY(c, " That is `%s->%s`; of the program types whose context is struct %s, only %s may read it.", var,
		    field, sname, allow);
	else
		WHY(c, " That is `%s->%s`; of the program types whose context is struct %s, %s cannot read it %s.",
		    var, field, sname, refuse, nrefuse == 1 ? "(the others can)" : "this way");
	if (only && read_instead_of(only, field))
		FIX(c, "%s (This is for a %s program, the one type that cannot read it.)", read_instead_of(only, field),
		    only);
	else if (!strcmp(sname, "bpf_sock_addr") && family_sibling(c, "sock_addr_", field))
		;
	else
		FIX(c, "Read `%s->%s` only in a program type that may (or at the width it is declared), or get the "
		       "value another way.",
		    var, field);
}

int diag_ctx(struct ctx *c)
{
	int off, size;
	const struct ctx_layout *l = prog_layout(c);
	const struct bv_insn *in = c->fail >= 0 && (size_t)c->fail < c->prog->n_insns ? &c->prog->insns[c->fail] : NULL;
	bool store = in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST);
	/* without a program type (a bare log), guess from the offsets */
	bool skb = !l || (ctx_struct_of(l) && !strcmp(ctx_struct_of(l), "__sk_buff"));

	if (moved_ctx(c) || variable_ctx(c))
		return 1;
	if (sscanf(c->msg, "invalid bpf_context access off=%d size=%d", &off, &size) != 2)
		return 0;
	diag_class(c, "ctx-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The program %s its context at offset %d (%d byte%s), which this program type does not allow.",
	    store ? "writes" : "reads", off, size, size == 1 ? "" : "s");
	if (c->res->detail && msg_starts(c->res->detail, "func '")) {
		/* tp_btf, fentry, iter: the context is the traced function's arguments */
		const char *dl = c->res->detail;

		WHY(c, " For this program the context is the arguments of the function or tracepoint it is attached "
		       "to, one u64 each: ctx[i] is argument i. The kernel says: `%s`.",
		    dl);
		if (strstr(dl, "-th argument"))
			WHY(c, " Offset %d is ctx[%d], past the arguments the kernel's prototype has (for a tracepoint, "
			       "the prototype's first parameter, void *__data, is not one of them).",
			    off, off / 8);
		else if (strstr(dl, "must be 8"))
			WHY(c, " The argument there is a pointer, which must be read whole.");
		else if (strstr(dl, "not multiple of 8"))
			WHY(c, " Every argument starts at a multiple of 8.");
		if (strstr(dl, "-th argument") && extra_args_fix(c, off / 8))
			return 1;
		FIX(c, "Declare the arguments with BPF_PROG(name, arg0, arg1, ...) from bpf/bpf_tracing.h, in the order "
		       "and with the types of the kernel's prototype (vmlinux.h: `btf_trace_<tracepoint>` or the "
		       "function itself), or read ctx[i] whole as a u64 and narrow it afterwards.");
		return 1;
	}

	if (store && c->prog->type == 6 /* xdp */ && off >= 0 && off < 12) {
		WHY(c, " That is xdp_md's data, data_end or data_meta, which only the kernel may move.");
		FIX(c, "Move the packet's start or end with bpf_xdp_adjust_head(ctx, delta), bpf_xdp_adjust_tail() or "
		       "bpf_xdp_adjust_meta(), then reload ctx->data and ctx->data_end and check the bounds again.");
	} else if (store && skb && (off == 76 || off == 80 || off == 140)) {
		WHY(c, " That is __sk_buff's data, data_end or data_meta, which only the kernel may move.");
		FIX(c, "Change the packet with bpf_skb_adjust_room(), bpf_skb_change_head()/_tail() or "
		       "bpf_skb_pull_data(), then reload skb->data and skb->data_end and check the bounds again.");
	} else if (skb && (off == 76 || off == 80 || off == 140) && size == 4) {
		WHY(c, " For struct __sk_buff that is data, data_end or data_meta: this program type has no direct "
		       "packet access.");
		if (!header_copy_fix(c))
			FIX(c, "Read the packet with bpf_skb_load_bytes(skb, offset, &buf, len) instead of through "
			       "skb->data, or use a program type with direct packet access (tc, XDP).");
	} else if (l && ctx_struct_of(l)) {
		struct ctx_type t;

		if (ctx_type_find(c, ctx_struct_of(l), &t))
			explain_field(c, &t, l, off, size, store);
		btf__free(t.owned);
	}
	if (!l && store && !c->d->fix[0]) {
		/* a log alone: the source line names the field written */
		char var[96], field[96];

		if (diag_assigned_member(c, c->fail, var, sizeof(var), field, sizeof(field)) &&
		    setter_fix(c, skb ? "sched_cls" : "xdp", true, var, field))
			WHY(c, " The line writes `%s->%s`, which programs may read but not write.", var, field);
	}
	if (!l && !c->d->fix[0])
		log_field(c, off, size, store);
	if (!c->d->fix[0]) {
		WHY(c, " It is a field that does not exist for it, is read-only for it, or is read with the wrong width.");
		FIX(c, "Access the context only through the fields of its documented struct (`struct __sk_buff`, `struct "
		       "xdp_md`, PT_REGS_PARM1(ctx), ...) at their own size, and write only the fields this program "
		       "type may write; read kernel memory with bpf_probe_read_kernel().");
	}
	return 1;
}

