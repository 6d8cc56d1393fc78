/* The C text of a helper call's arguments, read from the source line the
 * call came from, so that a fix can name the variable the user wrote
 * (`if (len > 64) ...`, `sizeof(ev)`) instead of a placeholder.  Only the
 * shapes a size or buffer argument usually has are recognised: a name, a
 * member (`e->len`), `&name`, `name * K`, `name << K` and `name & K`. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain/diag.h"

/* The C text of insn's source line, NULL without line info. */
static const char *line_of(const struct ctx *c, long insn)
{
	const struct bv_line_info *li = insn >= 0 ? bv_prog_line_at(c->prog, (size_t)insn) : NULL;

	return li && li->line_num ? bv_line_text(li) : NULL;
}

/* The same without its indentation, NULL when empty. */
const char *diag_src_text(const struct ctx *c, long insn)
{
	const char *t = line_of(c, insn);

	while (t && (*t == ' ' || *t == '\t'))
		t++;
	return t && *t ? t : NULL;
}

/* Argument `argno` (1-based) of the first call to a bpf_ function on the
 * source line of insn, trimmed, into out: 1 when found. */
int diag_call_arg(const struct ctx *c, long insn, int argno, char *out, size_t size)
{
	const char *s = line_of(c, insn);
	const struct bv_line_info *li;
	char joined[512], next[256];
	size_t n;

	if (!s || !(s = strstr(s, "bpf_")))
		return 0;
	if (diag_arg_text(s, argno, out, size))
		return 1;
	/* a call written over several lines (`bpf_tcp_gen_syncookie(tp,
	 * ip6h, sizeof(*ip6h),` then `th, 40);`): join the lines below */
	li = bv_prog_line_at(c->prog, (size_t)insn);
	snprintf(joined, sizeof(joined), "%s", s);
	for (uint32_t k = 1; li && k <= 3; k++) {
		if (!diag_src_line_at(c, insn, li->line_num + k, next, sizeof(next)))
			return 0;
		n = strlen(joined);
		if (n + strlen(next) + 2 >= sizeof(joined))
			return 0;
		snprintf(joined + n, sizeof(joined) - n, " %s", next);
		if (diag_arg_text(joined, argno, out, size))
			return 1;
	}
	return 0;
}

/* Argument `argno` (1-based) of the call whose name starts at p
 * (`encap_v6(xdp, cval, ...)`), trimmed, into out: 1 when found. */
int diag_arg_text(const char *p, int argno, char *out, size_t size)
{
	const char *start;
	int depth = 0, n = 1;

	while (*p && (isalnum((unsigned char)*p) || *p == '_'))
		p++;
	while (*p == ' ')
		p++;
	if (*p++ != '(')
		return 0;
	for (start = p; *p; p++) {
		if (*p == '(' || *p == '[' || *p == '{') {
			depth++;
		} else if ((*p == ')' || *p == ']' || *p == '}') && depth > 0) {
			depth--;
		} else if ((*p == ',' || *p == ')') && depth == 0) {
			if (n == argno) {
				while (start < p && isspace((unsigned char)*start))
					start++;
				while (p > start && isspace((unsigned char)p[-1]))
					p--;
				if (p == start || (size_t)(p - start) >= size)
					return 0;
				memcpy(out, start, (size_t)(p - start));
				out[p - start] = 0;
				return 1;
			}
			if (*p == ')')
				return 0;
			n++;
			start = p + 1;
		}
	}
	return 0;
}

/* A C lvalue as a size or buffer is written: a name, possibly with
 * members or array elements (`e->len`, `hdr.len`, `v[2]`). */
int diag_is_lvalue(const char *s)
{
	if (!isalpha((unsigned char)*s) && *s != '_')
		return 0;
	for (; *s; s++) {
		if (s[0] == '-' && s[1] == '>')
			s++;
		else if (!isalnum((unsigned char)*s) && !strchr("_.[]", *s))
			return 0;
	}
	return 1;
}

static const struct {
	const char *t;
	long size;
} scalar_types[] = {
	{ "__u64", 8 }, { "__s64", 8 }, { "u64", 8 }, { "s64", 8 }, { "long", 8 }, { "__u32", 4 }, { "__s32", 4 },
	{ "u32", 4 },   { "s32", 4 },   { "int", 4 }, { "__u16", 2 }, { "__s16", 2 }, { "u16", 2 }, { "__u8", 1 },
	{ "u8", 1 },    { "char", 1 },
	/* byte-order, checksum and standard names: a word a loop steps through */
	{ "__be64", 8 }, { "__le64", 8 }, { "uint64_t", 8 }, { "int64_t", 8 }, { "unsigned long", 8 },
	{ "long long", 8 }, { "__be32", 4 }, { "__le32", 4 }, { "__wsum", 4 }, { "uint32_t", 4 }, { "int32_t", 4 },
	{ "unsigned int", 4 }, { "unsigned", 4 }, { "__be16", 2 }, { "__le16", 2 }, { "__sum16", 2 },
	{ "uint16_t", 2 }, { "int16_t", 2 }, { "short", 2 }, { "unsigned short", 2 }, { "s16", 2 },
};

/* The size of a C scalar type named in `sizeof(T)` (text after the paren),
 * 0 when not one; *end past the closing paren. */
long diag_sizeof_scalar(const char *s, char **end)
{
	for (size_t i = 0; i < sizeof(scalar_types) / sizeof(scalar_types[0]); i++) {
		size_t n = strlen(scalar_types[i].t);

		if (!strncmp(s, scalar_types[i].t, n) && s[n] == ')') {
			*end = (char *)s + n + 1;
			return scalar_types[i].size;
		}
	}
	*end = (char *)s;
	return 0;
}

/* The size of the scalar type named t (`__u8`, `int`), 0 when not one. */
long diag_scalar_size(const char *t)
{
	for (size_t i = 0; i < sizeof(scalar_types) / sizeof(scalar_types[0]); i++)
		if (!strcmp(t, scalar_types[i].t))
			return scalar_types[i].size;
	return 0;
}

int diag_size_var(const struct ctx *c, long call, int reg, char *name, size_t size, long *scale)
{
	char t[96], *op;
	long k = 1;

	*scale = 1;
	if (!diag_call_arg(c, call, reg, t, sizeof(t)))
		return 0;
	/* `n & 0x7f`: the bound belongs on n, the mask comes after it */
	if ((op = strstr(t, " & "))) {
		char *end;

		if (strtol(op + 3, &end, 0) > 0 && !*end)
			*op = 0;
	}
	/* `n * 4`, `n << 2`, `n * sizeof(__u64)`: the bound belongs on n, divided */
	if ((op = strstr(t, " * ")) || (op = strstr(t, " << "))) {
		char *end;
		int shift = op[1] == '<';

		k = strtol(op + (shift ? 4 : 3), &end, 0);
		if (!shift && !strncmp(op + 3, "sizeof(", 7))
			k = diag_sizeof_scalar(op + 10, &end);
		if (*end || k <= 0 || (shift && k > 16))
			return 0;
		if (shift)
			k = 1L << k;
		*op = 0;
	}
	/* `*depth`: a value read through a pointer, as `e->len` is */
	if ((t[0] == '*' && !diag_is_lvalue(t + 1)) || (t[0] != '*' && !diag_is_lvalue(t)) || strlen(t) >= size)
		return 0;
	snprintf(name, size, "%s", t);
	*scale = k;
	return 1;
}

int diag_buffer_var(const struct ctx *c, long call, int reg, char *name, size_t size)
{
	char t[96];
	const char *v = t;

	if (!diag_call_arg(c, call, reg, t, sizeof(t)))
		return 0;
	if (*v == '&')
		v++;
	if (!diag_is_lvalue(v) || strlen(v) >= size)
		return 0;
	snprintf(name, size, "%s", v);
	return v == t ? 1 : 2;
}

/* The variable a condition compares, read from the source line of a
 * conditional jump: `if (b < 16)`, `if (idx >= MAX)`, `} else if (len > 64)`
 * give b, idx, len.  1 when found. */
int diag_cond_var(const struct ctx *c, long insn, char *name, size_t size)
{
	const char *s = line_of(c, insn), *p, *e;
	char t[96];

	if (!s || !(p = strstr(s, "if (")))
		return 0;
	for (p += 4; *p == ' ' || *p == '('; p++)
		;
	for (e = p; *e && (isalnum((unsigned char)*e) || strchr("_.[]", *e) || (e[0] == '-' && e[1] == '>'));
	     e += (e[0] == '-' ? 2 : 1))
		;
	if (e == p || (size_t)(e - p) >= sizeof(t))
		return 0;
	memcpy(t, p, (size_t)(e - p));
	t[e - p] = 0;
	while (*e == ' ')
		e++;
	if (!strchr("<>", *e) || !diag_is_lvalue(t) || strlen(t) >= size)
		return 0;
	snprintf(name, size, "%s", t);
	return 1;
}

/* Where the C identifier that ends at e begins (e itself when none ends
 * there): the names around `->` and ` = ` are found walking back. */
static const char *ident_start(const char *s, const char *e)
{
	while (e > s && (isalnum((unsigned char)e[-1]) || e[-1] == '_'))
		e--;
	return e;
}

/* Where the C identifier that starts at p ends (p itself when none does). */
static const char *ident_end(const char *p)
{
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	return p;
}

/* The identifier [p, e) into out, if it is one and fits. */
static int take_ident(const char *p, const char *e, char *out, size_t size)
{
	if (p == e || isdigit((unsigned char)*p) || (size_t)(e - p) >= size)
		return 0;
	memcpy(out, p, (size_t)(e - p));
	out[e - p] = 0;
	return 1;
}

/* The first `ptr->field` the source line of insn reads through the
 * pointer named ptr (`*v = sk->state;` gives "state").  1 when found. */
int diag_member_of(const struct ctx *c, long insn, const char *ptr, char *field, size_t size)
{
	const char *s = line_of(c, insn), *p, *e;
	size_t n = strlen(ptr);

	for (p = s; p && (p = strstr(p, ptr)); p += n) {
		if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || strncmp(p + n, "->", 2))
			continue;
		e = ident_end(p + n + 2);
		return e != p + n + 2 && take_ident(p + n + 2, e, field, size);
	}
	return 0;
}

/* The pointer of the first `ptr->field` of the source line of insn, for
 * the field given.  1 when found. */
int diag_pointer_to(const struct ctx *c, long insn, const char *field, char *ptr, size_t psize)
{
	const char *s = line_of(c, insn), *a;
	size_t n = strlen(field);

	for (a = s; a && (a = strstr(a, "->")); a += 2)
		if (!strncmp(a + 2, field, n) && ident_end(a + 2) == a + 2 + n &&
		    take_ident(ident_start(s, a), a, ptr, psize))
			return 1;
	return 0;
}

/* The first `ptr->field` of the source line of insn, both names. */
int diag_arrow(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize)
{
	const char *s = line_of(c, insn), *a;

	for (a = s; a && (a = strstr(a, "->")); a += 2)
		if (take_ident(ident_start(s, a), a, ptr, psize))
			return diag_member_of(c, insn, ptr, field, fsize);
	return 0;
}

/* The first `ptr->field[` of the source line of insn: an array member of
 * a struct indexed there.  1 when found. */
int diag_indexed_member(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize)
{
	const char *s = line_of(c, insn), *a, *e;

	for (a = s; a && (a = strstr(a, "->")); a += 2) {
		e = ident_end(a + 2);
		if (*e == '[' && take_ident(ident_start(s, a), a, ptr, psize) && take_ident(a + 2, e, field, fsize))
			return 1;
	}
	return 0;
}

/* The variable a source line assigns: `udp = (void *)ip + len;` or
 * `struct udphdr *udp = ...;` give udp.  1 when found. */
/* The end of the left side of the line's first ` = `, NULL when none. */
static const char *lhs_end(const char *s)
{
	const char *e = s ? strstr(s, " = ") : NULL;

	while (e && e > s && e[-1] == ' ')
		e--;
	return e;
}

int diag_assigned_var(const struct ctx *c, long insn, char *name, size_t size)
{
	const char *s = line_of(c, insn), *e = lhs_end(s);
	const struct bv_line_info *li;
	char above[256];
	size_t n;

	if (e)
		return take_ident(ident_start(s, e), e, name, size);
	/* `struct bpf_sock *sk =` with the call on the next line (clang
	 * gives the call that line): the statement's first line assigns */
	li = s ? bv_prog_line_at(c->prog, (size_t)insn) : NULL;
	if (!li || li->line_num < 2 || strchr(s, '=') || !diag_src_line_above(c, insn, li->line_num - 1, above, sizeof(above)))
		return 0;
	n = strlen(above);
	while (n && (above[n - 1] == ' ' || above[n - 1] == '\t'))
		n--;
	if (n < 2 || above[n - 1] != '=' || strchr("=!<>+-*/%&|^", above[n - 2]))
		return 0;
	for (n--; n && above[n - 1] == ' '; n--)
		;
	above[n] = 0;
	return take_ident(ident_start(above, above + n), above + n, name, size);
}

/* The whole left side a source line assigns when it is a member chain,
 * `hdr->tcp = ...;` gives hdr->tcp; else the variable, as
 * diag_assigned_var.  1 when found. */
int diag_assigned_lvalue(const struct ctx *c, long insn, char *name, size_t size)
{
	const char *s = line_of(c, insn), *e = lhs_end(s), *b;

	if (!e)
		return 0;
	b = ident_start(s, e);
	for (;;) {
		if (b - s >= 2 && b[-1] == '>' && b[-2] == '-' && ident_start(s, b - 2) < b - 2)
			b = ident_start(s, b - 2);
		else if (b - s >= 1 && b[-1] == '.' && ident_start(s, b - 1) < b - 1)
			b = ident_start(s, b - 1);
		else
			break;
	}
	if (b == e || (size_t)(e - b) >= size)
		return 0;
	snprintf(name, size, "%.*s", (int)(e - b), b);
	return 1;
}

/* The variable a line assigns or declares (`__u32 len = skb->len;`) and
 * the expression it is given, when that holds no call or space. */
int diag_assigned_from(const struct ctx *c, long insn, char *name, size_t nsize, char *expr, size_t esize)
{
	const char *s = line_of(c, insn), *eq, *end;

	if (!diag_assigned_var(c, insn, name, nsize) || !(eq = strstr(s, " = ")) || !(end = strchr(eq, ';')) ||
	    end == eq + 3 || (size_t)(end - eq - 3) >= esize)
		return 0;
	snprintf(expr, esize, "%.*s", (int)(end - eq - 3), eq + 3);
	return !strpbrk(expr, " (");
}

/* The member a source line assigns, `skb->protocol = ...;`: both names.
 * 1 when found. */
int diag_assigned_member(const struct ctx *c, long insn, char *ptr, size_t psize, char *field, size_t fsize)
{
	const char *s = line_of(c, insn), *eq, *f;

	if (!s || !(eq = strstr(s, " = ")))
		return 0;
	f = ident_start(s, eq);
	return f - s >= 2 && f[-1] == '>' && f[-2] == '-' && take_ident(f, eq, field, fsize) &&
	       take_ident(ident_start(s, f - 2), f - 2, ptr, psize);
}

/* A plain assignment on insn's source line, `n->task = t;`: its two
 * sides, trimmed.  0 for anything else (a declaration, a call, an
 * expression on either side), which a fix should not rewrite. */
int diag_assignment(const struct ctx *c, long insn, char *lhs, size_t lsize, char *rhs, size_t rsize)
{
	const char *s = line_of(c, insn), *eq, *end;
	size_t n, m;

	if (!s || !(eq = strstr(s, " = ")) || !(end = strchr(eq, ';')))
		return 0;
	while (*s == ' ' || *s == '\t')
		s++;
	n = (size_t)(eq - s);
	m = (size_t)(end - eq - 3);
	if (!n || n >= lsize || !m || m >= rsize)
		return 0;
	memcpy(lhs, s, n);
	lhs[n] = 0;
	memcpy(rhs, eq + 3, m);
	rhs[m] = 0;
	return !strpbrk(lhs, " (") && !strpbrk(rhs, " (");
}

/* The operand a line compares with the packet's end: walked back from
 * ` > data_end` (or ` > msg->data_end`, ` > (void *)(long)skb->data_end`)
 * over one balanced expression; the end as written goes to end. */
int diag_checked_expr(const struct ctx *c, long i, char *buf, size_t size, char *end, size_t esize)
{
	const char *t = line_of(c, i), *gt = NULL, *e, *de;
	int depth = 0;

	if (!t || !(de = strstr(t, "data_end")))
		return 0;
	for (const char *q = t; (q = strstr(q, " > ")) && q < de; q++)
		gt = q;
	/* between `>` and data_end only what names the end: `msg->`, casts */
	for (e = gt ? gt + 3 : de; gt && e < de; e++)
		if (!isalnum((unsigned char)*e) && !strchr("_->.()* ", *e))
			gt = NULL;
	if (!gt || (size_t)(de + 8 - (gt + 3)) >= esize)
		return 0;
	snprintf(end, esize, "%.*s", (int)(de + 8 - (gt + 3)), gt + 3);
	/* walk back over one balanced operand */
	for (e = gt; e > t; e--) {
		char ch = e[-1];

		if (ch == ')')
			depth++;
		else if (ch == '(' && depth-- == 0)
			break;
		else if (depth == 0 && (ch == '|' || ch == '&' || ch == ','))
			break;
	}
	while (*e == ' ')
		e++;
	if (gt - e <= 0 || (size_t)(gt - e) >= size)
		return 0;
	memcpy(buf, e, (size_t)(gt - e));
	buf[gt - e] = '\0';
	return 1;
}

/* Whether the `*` at STAR of LINE reads through a pointer (`*hdr`,
 * `return *len;`): it starts the line or follows an operator, a paren or
 * `return`.  After a value it multiplies (`a * b`); after a type name it
 * declares (`__u64 *n = ...`). */
bool diag_unary_star(const char *line, const char *star)
{
	const char *b = star;

	while (b > line && b[-1] == ' ')
		b--;
	if (b == line || strchr("(=,!&|+-<>?:", b[-1]))
		return true;
	return b - line >= 6 && !strncmp(b - 6, "return", 6) && (b - line == 6 || !isalnum((unsigned char)b[-7]));
}

/* The pointer a source line dereferences: `*hdr`, `eth->h_proto` and
 * `p[2]` give hdr, eth and p.  1 when found. */
int diag_deref_var(const struct ctx *c, long insn, char *name, size_t size)
{
	return diag_deref_in(line_of(c, insn), name, size);
}

/* The same, in a piece of a line (the right side of an assignment). */
int diag_deref_in(const char *line, char *name, size_t size)
{
	for (const char *p = line; p && *p; p++) {
		const char *b, *e;

		if (!isalpha((unsigned char)*p) && *p != '_')
			continue;
		if (p > line && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.' || p[-1] == '>'))
			continue;
		for (e = p; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		for (b = p; b > line && b[-1] == ' '; b--)
			;
		bool star = b > line && b[-1] == '*' && diag_unary_star(line, b - 1);

		/* `*(u32 *)data = v`: through data, by way of a cast */
		if (!star && b > line && b[-1] == ')') {
			const char *o = b - 1;

			while (o > line && *o != '(')
				o--;
			star = *o == '(' && memchr(o, '*', (size_t)(b - o)) && o > line && o[-1] == '*' &&
			       diag_unary_star(line, o - 1);
			/* `((struct tcp_zerocopy_receive *)optval)->address` */
			if (!star && *o == '(' && memchr(o, '*', (size_t)(b - o)) && o > line && o[-1] == '(' &&
			    !strncmp(e, ")->", 3))
				star = true;
		}
		if ((star || !strncmp(e, "->", 2) || *e == '[') && (size_t)(e - p) < size) {
			snprintf(name, size, "%.*s", (int)(e - p), p);
			return 1;
		}
		p = e - 1;
	}
	/* `__builtin_memcpy(dst, ...)`: the copy goes through dst */
	for (size_t i = 0; line && i < 3; i++) {
		static const char *const calls[] = { "memcpy(", "memset(", "memmove(" };
		const char *q = strstr(line, calls[i]), *e;

		if (!q)
			continue;
		for (q += strlen(calls[i]); *q == ' '; q++)
			;
		for (e = q; isalnum((unsigned char)*e) || *e == '_'; e++)
			;
		if (e > q && !isdigit((unsigned char)*q) && *e == ',' && (size_t)(e - q) < size) {
			snprintf(name, size, "%.*s", (int)(e - q), q);
			return 1;
		}
	}
	return 0;
}

/* How many times a line reads through a pointer: `->`, `[`, and a unary
 * `*` (diag_unary_star). */
int diag_count_derefs(const char *line)
{
	int n = 0;

	for (const char *q = line; q && *q; q++) {
		n += (q[0] == '-' && q[1] == '>') || q[0] == '[';
		/* `sizeof(*p)` reads nothing */
		if (q[0] == '*' && diag_unary_star(line, q) && !(q - line >= 7 && !strncmp(q - 7, "sizeof(", 7)))
			n += isalpha((unsigned char)q[1]) || q[1] == '_' || q[1] == '(';
	}
	return n;
}

/* `ctx->optval`, `skb->data`: VAR's field that holds a packet pointer,
 * read through in LINE; its name into FIELD. */
bool diag_ptr_field(const char *line, const char *var, char *field, size_t size)
{
	static const char *const fields[] = { "data", "data_meta", "optval" };
	size_t n = strlen(var);

	for (const char *q = strstr(line, var); q; q = strstr(q + 1, var)) {
		if ((q > line && (isalnum((unsigned char)q[-1]) || q[-1] == '_')) || strncmp(q + n, "->", 2))
			continue;
		for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
			size_t k = strlen(fields[i]);
			const char *f = q + n + 2;

			if (!strncmp(f, fields[i], k) && !isalnum((unsigned char)f[k]) && f[k] != '_' && k < size) {
				snprintf(field, size, "%s", fields[i]);
				return true;
			}
		}
	}
	return false;
}

/* `(void *)h + 1`: a byte count added to a pointer cast to void *, where
 * C programmers often mean `h + 1`, one whole struct.  The name and N. */
int diag_void_plus(const char *expr, char *name, size_t size, int *n)
{
	const char *p = expr, *b;

	if (strncmp(p, "(void *)", 8) && strncmp(p, "(void*)", 7))
		return 0;
	p = strchr(p, ')') + 1;
	while (*p == ' ')
		p++;
	for (b = p; isalnum((unsigned char)*p) || *p == '_'; p++)
		;
	if (p == b || (size_t)(p - b) >= size || (!isalpha((unsigned char)*b) && *b != '_'))
		return 0;
	snprintf(name, size, "%.*s", (int)(p - b), b);
	while (*p == ' ')
		p++;
	if (*p != '+')
		return 0;
	for (p++; *p == ' '; p++)
		;
	if (!isdigit((unsigned char)*p))
		return 0;
	*n = (int)strtol(p, (char **)&b, 10);
	while (*b == ' ')
		b++;
	return *b == '\0';
}

/* The first name in expr that is not a type (`opt` of `(void *)(opt +
 * 1)`), found as a whole word on the line of insn: then widening that
 * check is the fix; a new header wants its own. */
int diag_reads_pointer(const struct ctx *c, long insn, const char *expr)
{
	const char *line = line_of(c, insn), *p = expr;
	char id[64];
	size_t n;

	for (;;) {
		while (*p && !isalpha((unsigned char)*p) && *p != '_')
			p++;
		for (n = 0; (isalnum((unsigned char)p[n]) || p[n] == '_') && n < sizeof(id) - 1; n++)
			id[n] = p[n];
		id[n] = '\0';
		if (!n)
			return 0;
		if (strcmp(id, "void") && strcmp(id, "long") && strcmp(id, "char"))
			break;
		p += n;
	}
	return diag_has_word(line, id);
}

/* Whether name v appears in s as a whole word (not inside a longer name). */
bool diag_has_word(const char *s, const char *v)
{
	size_t n = strlen(v);

	for (const char *p = s && n ? strstr(s, v) : NULL; p; p = strstr(p + 1, v))
		if ((p == s || !(isalnum((unsigned char)p[-1]) || p[-1] == '_')) &&
		    !(isalnum((unsigned char)p[n]) || p[n] == '_'))
			return true;
	return false;
}

/* What a source line writes between the brackets after array `arr` (`n -
 * 1` of `h->samples[n - 1]`), brackets nested inside kept. */
int diag_index_text(const struct ctx *c, long insn, const char *arr, char *buf, size_t size)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)insn);
	const char *t = li && li->line_num ? strstr(bv_line_text(li), arr) : NULL, *p, *e;
	int depth = 1;

	if (!t || t[strlen(arr)] != '[')
		return 0;
	for (p = e = t + strlen(arr) + 1; *e && (depth -= (*e == ']') - (*e == '[')) > 0; e++)
		;
	if (!*e || e == p || (size_t)(e - p) >= size)
		return 0;
	memcpy(buf, p, (size_t)(e - p));
	buf[e - p] = 0;
	return 1;
}

/* Only letters, digits and underscores: a plain C name (`bucket`, not
 * `ctx->major` or `v >> 58`). */
bool diag_is_name(const char *s)
{
	return s[strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")] == '\0';
}

/* The subscript of the one array access a source line makes (`bucket` of
 * `return cfg->deny[bucket] ? 0 : 1;`), when it makes exactly one. */
int diag_only_index(const struct ctx *c, long insn, char *buf, size_t size)
{
	const char *line = line_of(c, insn), *open = NULL;
	char arr[64];
	size_t n;

	for (const char *p = line ? strchr(line, '[') : NULL; p; p = strchr(p + 1, '[')) {
		if (p == line || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == ']'))
			continue;
		if (open)
			return 0; /* two: which one failed is not on the line */
		open = p;
	}
	if (!open || open[-1] == ']')
		return 0;
	for (n = 0; open - n > line && (isalnum((unsigned char)open[-1 - (long)n]) || open[-1 - (long)n] == '_'); n++)
		;
	if (n >= sizeof(arr))
		return 0;
	memcpy(arr, open - n, n);
	arr[n] = 0;
	return diag_index_text(c, insn, arr, buf, size);
}

/* How a source line reaches array `arr` (`h->samples` of `prev =
 * h->samples[n - 1];`): the member access written before its name. */
int diag_array_path(const struct ctx *c, long insn, const char *arr, char *buf, size_t size)
{
	const char *line = line_of(c, insn), *t = line ? strstr(line, arr) : NULL, *p;

	if (!t || t[strlen(arr)] != '[')
		return 0;
	for (p = t; p > line; p--) {
		if (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.')
			continue;
		if (p - line >= 2 && p[-1] == '>' && p[-2] == '-') {
			p--;
			continue;
		}
		break;
	}
	if ((size_t)(t - p) + strlen(arr) >= size)
		return 0;
	snprintf(buf, size, "%.*s%s", (int)(t - p), p, arr);
	return 1;
}

/* The index a source line gives array `arr` (`i` of `h->slots[i]`): 1
 * when it is a plain name. */
int diag_index_var(const struct ctx *c, long insn, const char *arr, char *name, size_t size)
{
	if (!diag_index_text(c, insn, arr, name, size))
		return 0;
	for (const char *p = name; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return 0;
	return 1;
}

/* line with every whole occurrence of the expression from replaced by to
 * (`if (h->head >= 32)` -> `if (head >= 32)`), into out; the number of
 * occurrences, 0 when none or out is too small. */
int diag_replace_expr(const char *line, const char *from, const char *to, char *out, size_t size)
{
	size_t n = strlen(from), o = 0;
	int hits = 0;

	for (const char *p = line; *p;) {
		bool before = p == line || !(isalnum((unsigned char)p[-1]) || strchr("_>.", p[-1]));
		const char *q = p + n;

		if (before && !strncmp(p, from, n) && !(isalnum((unsigned char)*q) || *q == '_')) {
			int w = snprintf(out + o, size - o, "%s", to);

			if (w < 0 || (size_t)w >= size - o)
				return 0;
			o += (size_t)w;
			p = q;
			hits++;
			continue;
		}
		if (o + 1 >= size)
			return 0;
		out[o++] = *p++;
	}
	out[o] = 0;
	return hits;
}

/* The failing line's call with the `&map` of argument argno replaced by
 * `&want` (`bpf_timer_init(lru_timer, &array, ...)` -> `..., &lru, ...`):
 * the user's own call, fixed, without what the line has around it (`if
 * (`, `return`, a comment); 0 when the argument is no `&name`. */
int diag_call_with_map(const struct ctx *c, int argno, const char *want, char *out, size_t size)
{
	const char *src = diag_src_text(c, c->fail), *call = src ? strstr(src, "bpf_") : NULL, *e;
	char arg[64], to[80], expr[256];
	int depth = 0;

	if (!call || !want || !diag_call_arg(c, c->fail, argno, arg, sizeof(arg)) || arg[0] != '&' ||
	    !diag_is_name(arg + 1))
		return 0;
	for (e = call; *e && (*e != ')' || --depth > 0); e++)
		depth += *e == '(';
	if (*e != ')' || (size_t)(e - call) + 2 > sizeof(expr))
		return 0;
	snprintf(expr, sizeof(expr), "%.*s", (int)(e - call) + 1, call);
	snprintf(to, sizeof(to), "&%s", want);
	return diag_replace_expr(expr, arg, to, out, size) == 1;
}

/* "Pass the map the value was looked up in": the failing call with map
 * want in argument 2, else a call written from pre and post around it
 * (`bpf_timer_init(&v->timer, &` ... `, CLOCK_MONOTONIC);`). */
void diag_pass_map_fix(struct ctx *c, const char *want, const char *pre, const char *post)
{
	char call[256];

	if (want && diag_call_with_map(c, 2, want, call, sizeof(call)))
		FIX(c, "Pass the map the value was looked up in: `%s`.", call);
	else
		FIX(c, "Pass the map the value was looked up in: `%s%s%s`.", pre, want ? want : "the_map", post);
}

/* The first `&p->field` of the source line of insn, without the `&`. */
int diag_address_of_member(const struct ctx *c, long insn, char *out, size_t size)
{
	const char *s = line_of(c, insn), *a, *p, *e;

	for (a = s; a && (a = strstr(a, "->")); a += 2) {
		p = ident_start(s, a);
		e = ident_end(a + 2);
		if (p < a && p > s && p[-1] == '&' && e > a + 2 && take_ident(p, e, out, size))
			return 1;
	}
	return 0;
}

/* The struct the line of insn declares var to point to: `struct sk_buff
 * *skb = ...` gives sk_buff.  1 when found. */
int diag_declared_struct(const struct ctx *c, long insn, const char *var, char *out, size_t size)
{
	const char *t = line_of(c, insn), *p, *e;
	char pat[80];

	if (!t || !(p = strstr(t, "struct ")))
		return 0;
	snprintf(pat, sizeof(pat), "*%s", var);
	if (!strstr(p, pat))
		return 0;
	p += 7;
	e = ident_end(p);
	return take_ident(p, e, out, size);
}

/* The `X->f` whose arrow is at Q in LINE: X and f, each under SIZE. */
bool diag_arrow_at(const char *line, const char *q, char *x, char *f, size_t size)
{
	const char *b = q, *e = q + 2;

	while (b > line && (isalnum((unsigned char)b[-1]) || b[-1] == '_'))
		b--;
	while (isalnum((unsigned char)*e) || *e == '_')
		e++;
	if (b == q || e == q + 2 || (size_t)(q - b) >= size || (size_t)(e - q - 2) >= size)
		return false;
	snprintf(x, size, "%.*s", (int)(q - b), b);
	snprintf(f, size, "%.*s", (int)(e - q - 2), q + 2);
	return true;
}

/* The first function of the program a source line calls (`add_tlv` of
 * `err = add_tlv(skb, srh, off);`): not a helper or builtin, not a
 * keyword, not an all-capitals macro.  1 when found. */
int diag_program_call(const char *line, char *name, size_t size)
{
	static const char *const skip[] = { "if", "while", "for", "switch", "return", "sizeof", "__typeof__",
					    "typeof" };

	for (const char *p = line; p && *p; p++) {
		const char *e;
		bool caps = true, kw = false;

		if (!(isalpha((unsigned char)*p) || *p == '_') || (p > line && (isalnum((unsigned char)p[-1]) ||
										 p[-1] == '_')))
			continue;
		e = ident_end(p);
		for (const char *q = p; q < e; q++)
			caps = caps && !islower((unsigned char)*q);
		for (size_t k = 0; k < sizeof(skip) / sizeof(skip[0]); k++)
			kw = kw || ((size_t)(e - p) == strlen(skip[k]) && !strncmp(p, skip[k], (size_t)(e - p)));
		if (*e == '(' && !kw && !caps && strncmp(p, "bpf_", 4) && strncmp(p, "__builtin", 9))
			return take_ident(p, e, name, size);
		p = e - 1;
	}
	return 0;
}

/* The text of source line num (no indentation), from any instruction
 * that has it; NULL when clang left the line no instruction. */
const char *diag_line_text(const struct ctx *c, uint32_t num)
{
	for (size_t i = 0; i < c->prog->n_insns; i++) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, i);

		if (li && li->line_num == num)
			return diag_src_text(c, (long)i);
	}
	return NULL;
}

/* The condition of a `for (init; cond; step)` header, and the name it
 * starts with (`i` of `i < len`) into v: NULL when t is no such header. */
const char *diag_for_cond(const char *t, char *v, size_t vsize)
{
	const char *p = strncmp(t, "for (", 5) ? NULL : strchr(t, ';'), *e;

	if (!p)
		return NULL;
	for (p++; *p == ' '; p++)
		;
	for (e = p; isalnum((unsigned char)*e) || *e == '_'; e++)
		;
	if (e == p || (size_t)(e - p) >= vsize)
		return NULL;
	snprintf(v, vsize, "%.*s", (int)(e - p), p);
	return p;
}
