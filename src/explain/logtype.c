/* The program type of a verifier log.  The kernel never prints it, but a
 * log shows it often enough: the source line of a function written as
 * `SEC("cgroup_skb/egress") int f(...)`, an entry function whose context
 * struct only one type takes, a context load whose result only one type's
 * context gives (a u32 at xdp_md+4 is the packet's end), a field only one
 * context has.  Each is a fact of the log, not a guess from style: a
 * diagnosis that knows the type says what object mode says. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "diag.h"

/* `SEC("name")` on a line of the program: the name into SEC, 1 if found.
 * Names starting with '.' are data (".maps"), never a program's. */
int diag_log_section(const struct bv_prog *p, char *sec, size_t size)
{
	for (size_t i = 0; i < p->n_lines; i++) {
		const char *t = bv_line_text(&p->lines[i]), *s = t ? strstr(t, "SEC(\"") : NULL, *e;

		if (!s)
			continue;
		s += strlen("SEC(\"");
		e = strchr(s, '"');
		if (!e || e == s || *s == '.' || (size_t)(e - s) >= size)
			continue;
		snprintf(sec, size, "%.*s", (int)(e - s), s);
		return 1;
	}
	return 0;
}

/* The entry function's line, when the log printed it, names the context
 * struct (`int f(struct bpf_sock_ops *skops)`): its type for the structs
 * only one type takes, and the context's own name into PARAM (for any
 * struct, "" when the line does not say).  0 when no type follows. */
uint32_t diag_entry_struct(const struct bv_prog *p, char *param, size_t size)
{
	static const struct {
		const char *st;
		uint32_t type;
	} own[] = {
		{ "xdp_md", BV_PROG_XDP },			{ "sk_msg_md", BV_PROG_SK_MSG },
		{ "bpf_sock_ops", BV_PROG_SOCK_OPS },		{ "bpf_sk_lookup", BV_PROG_SK_LOOKUP },
		{ "bpf_sockopt", BV_PROG_CGROUP_SOCKOPT },	{ "bpf_sock_addr", BV_PROG_CGROUP_SOCK_ADDR },
		{ "bpf_sysctl", BV_PROG_CGROUP_SYSCTL },	{ "sk_reuseport_md", BV_PROG_SK_REUSEPORT },
		{ "bpf_nf_ctx", BV_PROG_NETFILTER },
	};
	const struct bv_line_info *li = bv_prog_line_at(p, 0);
	const char *t = li && li->line_num ? bv_line_text(li) : NULL, *st = t ? strstr(t, "(struct ") : NULL, *q, *e;
	size_t n;

	if (size)
		param[0] = '\0';
	if (!st)
		return 0;
	st += strlen("(struct ");
	for (q = st; isalnum((unsigned char)*q) || *q == '_'; q++)
		;
	n = (size_t)(q - st);
	while (*q == ' ' || *q == '*')
		q++;
	for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	if (size)
		snprintf(param, size, "%.*s", (int)(e - q), q);
	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (strlen(own[i].st) == n && !strncmp(st, own[i].st, n))
			return own[i].type;
	return 0;
}

/* A load from the context, with the state the log printed right after it
 * and the source line it came from: the type whose context alone gives
 * that result.  Only XDP's xdp_md has its packet pointers as u32 fields at
 * the start (a __sk_buff has len, pkt_type and mark there; sk_msg_md and
 * sk_reuseport_md give them as 64-bit pointers); the socket a context
 * hands over may be NULL in two, at their own offsets (a __sk_buff's is a
 * sock_common); a netfilter context holds the hook state, and the skb
 * beside it in a field its source calls `->skb`. */
uint32_t diag_load_type(const struct bv_insn *in, const struct bv_vreg *src, const struct bv_vreg *dst,
			const char *line)
{
	static const struct {
		uint8_t size;
		int16_t lo, hi;
		const char *result; /* the printed type, or "pkt" for any packet pointer */
		const char *source; /* in the load's source line, or NULL */
		uint32_t type;
	} loads[] = {
		{ BV_W, 0, 8, "pkt", NULL, BV_PROG_XDP },
		{ BV_DW, 184, 184, "sock_or_null", NULL, BV_PROG_SOCK_OPS },
		{ BV_DW, 0, 0, "sock_or_null", NULL, BV_PROG_SK_LOOKUP },
		{ BV_DW, 0, 0, "trusted_ptr_nf_hook_state", NULL, BV_PROG_NETFILTER },
		{ BV_DW, 8, 8, "trusted_ptr_sk_buff", "->skb", BV_PROG_NETFILTER },
	};
	bool pkt = dst->kind == BV_REG_PKT || dst->kind == BV_REG_PKT_END || dst->kind == BV_REG_PKT_META;

	if (BV_CLASS(in->code) != BV_LDX || BV_MODE(in->code) != BV_MEM || src->kind != BV_REG_CTX)
		return 0;
	for (size_t i = 0; i < sizeof(loads) / sizeof(loads[0]); i++)
		if (BV_SIZE(in->code) == loads[i].size && in->off >= loads[i].lo && in->off <= loads[i].hi &&
		    (!strcmp(loads[i].result, "pkt") ? pkt : !strcmp(dst->type, loads[i].result)) &&
		    (!loads[i].source || (line && strstr(line, loads[i].source))))
			return loads[i].type;
	return 0;
}

/* Fields that exist in one context struct only. */
static uint32_t field_type(const struct bv_prog *p)
{
	static const struct {
		const char *field;
		uint32_t type;
	} own[] = {
		{ "->rx_queue_index", BV_PROG_XDP },
		{ "->egress_ifindex", BV_PROG_XDP },
		{ "->skb_data_end", BV_PROG_SOCK_OPS },
		{ "BPF_SOCK_OPS_", BV_PROG_SOCK_OPS },
		{ "->user_ip4", BV_PROG_CGROUP_SOCK_ADDR },
		{ "->user_ip6", BV_PROG_CGROUP_SOCK_ADDR },
		{ "->user_port", BV_PROG_CGROUP_SOCK_ADDR },
		{ "->msg_src_ip4", BV_PROG_CGROUP_SOCK_ADDR },
		{ "->msg_src_ip6", BV_PROG_CGROUP_SOCK_ADDR },
		{ "->optval_end", BV_PROG_CGROUP_SOCKOPT },
	};

	for (size_t i = 0; i < p->n_lines; i++) {
		const char *t = bv_line_text(&p->lines[i]);

		for (size_t k = 0; t && k < sizeof(own) / sizeof(own[0]); k++)
			if (strstr(t, own[k].field))
				return own[k].type;
	}
	return 0;
}

uint32_t diag_log_type(const struct bv_prog *p, uint32_t load_type)
{
	char param[32];
	uint32_t t = diag_entry_struct(p, param, sizeof(param));

	return t ? t : load_type ? load_type : field_type(p);
}
