/*
 * The C function a failing line sits in, read from the source file itself.
 *
 * Line info carries the text of the lines that have instructions, and an
 * inlined function's header has none: from line info alone, a line in
 * `static __always_inline bool parse_eth_frame(struct ethhdr *eth, void
 * *data_end, struct parse_pkt *pkt)` looks like a line of the program,
 * and a fix there would `return XDP_PASS;` from a bool function and name
 * `ctx`, which is not in scope.  When the file line info names is on disk
 * (the user's own build directory, usually) and agrees with line info on
 * the failing line, its text says which function encloses the line, what
 * it returns and what its parameters are called.  When it is not there,
 * or differs, nothing is claimed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#define SRC_MAX (4u << 20) /* a larger file is not a BPF program's source */

/* The file into a buffer; *at gets the offset of line `upto`'s start.
 * NULL when unreadable or shorter. */
static char *read_upto(const char *path, uint32_t upto, size_t *at, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	uint32_t line = 1;
	int ch;

	if (!f)
		return NULL;
	*at = (size_t)-1;
	if (upto == 1)
		*at = 0;
	while ((ch = getc(f)) != EOF && n < SRC_MAX) {
		if (n + 2 > cap) {
			char *nb = realloc(buf, cap = cap ? cap * 2 : 4096);

			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		buf[n++] = (char)ch;
		if (ch == '\n' && ++line == upto)
			*at = n;
	}
	fclose(f);
	if (!buf || *at == (size_t)-1) {
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Whether the file's line at `at` reads as line info recorded it. */
static bool same_line(const char *file_line, const char *recorded)
{
	while (*file_line == ' ' || *file_line == '\t')
		file_line++;
	while (*recorded == ' ' || *recorded == '\t')
		recorded++;
	size_t n = strlen(recorded);

	while (n && (recorded[n - 1] == ' ' || recorded[n - 1] == '\r'))
		n--;
	return n && !strncmp(file_line, recorded, n) &&
	       (file_line[n] == '\n' || file_line[n] == '\r' || file_line[n] == ' ' || file_line[n] == '\0');
}

/* Blank out comments, string and character literals (keeping the
 * length), so that braces and parentheses in them do not count. */
static void blank_noise(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '/' && s[i + 1] == '/') {
			while (i < n && s[i] != '\n')
				s[i++] = ' ';
		} else if (s[i] == '/' && s[i + 1] == '*') {
			s[i++] = ' ';
			for (; i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'); i++)
				if (s[i] != '\n')
					s[i] = ' ';
			if (i + 1 < n) {
				s[i] = ' ';
				s[++i] = ' ';
			}
		} else if (s[i] == '"' || s[i] == '\'') {
			char q = s[i];

			for (i++; i < n && s[i] != q && s[i] != '\n'; i++) {
				if (s[i] == '\\' && i + 1 < n)
					s[i++] = ' ';
				s[i] = ' ';
			}
		} else if (s[i] == '#' && (i == 0 || s[i - 1] == '\n')) {
			/* a preprocessor line, with its continuations */
			while (i < n && !(s[i] == '\n' && s[i - 1] != '\\'))
				s[i++] = ' ';
		}
	}
}

/* The file line info names for insn's line, read up to past it, with
 * comments and strings blanked; *at is the line's start.  NULL when the
 * file is not there or its line differs from what line info recorded. */
static char *read_agreeing(const struct ctx *c, long insn, size_t *at, size_t *len)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)insn);
	char *s;

	if (!li || !li->file || !li->line || !li->line_num || !(s = read_upto(li->file, li->line_num, at, len)))
		return NULL;
	if (!same_line(s + *at, li->line)) {
		free(s);
		return NULL;
	}
	blank_noise(s, *len);
	return s;
}

static bool is_id(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* The identifier ending just before e (spaces skipped): its start. */
static const char *id_before(const char *base, const char *e, const char **start)
{
	while (e > base && isspace((unsigned char)e[-1]))
		e--;
	const char *b = e;

	while (b > base && is_id(b[-1]))
		b--;
	*start = b;
	return e;
}

static const char *const not_types[] = { "static", "inline", "__always_inline", "__noinline", "__inline",
					 "__inline__", "extern", "__weak", "__hidden", "__attribute_used__" };

/* Parse `RET NAME(PARAMS)` ending at the `)` at close. */
static bool parse_header(const char *s, const char *close, struct diag_srcfn *fn)
{
	int depth = 0;
	const char *open = close, *nb, *ne, *p;

	for (; open >= s; open--) {
		depth += *open == ')';
		depth -= *open == '(';
		if (!depth)
			break;
	}
	if (open < s)
		return false;
	ne = id_before(s, open, &nb);
	if (nb == ne || (size_t)(ne - nb) >= sizeof(fn->name) || isdigit((unsigned char)*nb))
		return false;
	snprintf(fn->name, sizeof(fn->name), "%.*s", (int)(ne - nb), nb);
	if (!strcmp(fn->name, "if") || !strcmp(fn->name, "for") || !strcmp(fn->name, "while") ||
	    !strcmp(fn->name, "switch") || !strcmp(fn->name, "sizeof"))
		return false;
	/* the return type: back to the previous statement's end */
	p = nb;
	while (p > s && !strchr(";}{", p[-1]))
		p--;
	char ret[sizeof(fn->ret)] = "";
	size_t rn = 0;

	for (const char *q = p; q < nb;) {
		const char *tb;

		while (q < nb && isspace((unsigned char)*q))
			q++;
		if (q >= nb)
			break;
		if (!is_id(*q)) {
			if (*q == '*' && rn + 2 < sizeof(ret))
				ret[rn++] = '*';
			q++;
			continue;
		}
		for (tb = q; q < nb && is_id(*q); q++)
			;
		size_t tl = (size_t)(q - tb);
		bool skip = false;

		for (size_t i = 0; i < sizeof(not_types) / sizeof(not_types[0]); i++)
			skip |= strlen(not_types[i]) == tl && !strncmp(tb, not_types[i], tl);
		/* SEC("...") and __attribute__((...)): a name then parentheses */
		const char *a = q;

		while (a < nb && isspace((unsigned char)*a))
			a++;
		if (a < nb && *a == '(') {
			int d = 0;

			for (; a < nb; a++) {
				d += *a == '(';
				d -= *a == ')';
				if (!d)
					break;
			}
			q = a < nb ? a + 1 : nb;
			continue;
		}
		if (skip || rn + tl + 2 >= sizeof(ret))
			continue;
		if (rn && ret[rn - 1] != '*')
			ret[rn++] = ' ';
		memcpy(ret + rn, tb, tl);
		rn += tl;
	}
	ret[rn] = '\0';
	if (!rn)
		return false;
	snprintf(fn->ret, sizeof(fn->ret), "%s", ret);
	/* the parameters' names: the last identifier of each */
	fn->nparams = 0;
	for (const char *q = open + 1; q < close && fn->nparams < DIAG_SRCFN_PARAMS;) {
		const char *e = q;
		int d = 0;

		while (e < close && (d || *e != ',')) {
			d += *e == '(';
			d -= *e == ')';
			e++;
		}
		const char *ib, *ie = id_before(q, e, &ib);

		if (ie > ib && (size_t)(ie - ib) < sizeof(fn->params[0].name) && strncmp(ib, "void", 4)) {
			struct diag_srcparam *pp = &fn->params[fn->nparams++];

			snprintf(pp->name, sizeof(pp->name), "%.*s", (int)(ie - ib), ib);
			pp->pointer = memchr(q, '*', (size_t)(e - q)) != NULL;
			snprintf(pp->decl, sizeof(pp->decl), "%.*s", (int)(e - q), q);
			/* one line, trimmed */
			char *dp = pp->decl;

			while (*dp == ' ' || *dp == '\n' || *dp == '\t')
				memmove(dp, dp + 1, strlen(dp));
			for (char *x = dp; *x; x++)
				if (*x == '\n' || *x == '\t')
					*x = ' ';
		}
		q = e + 1;
	}
	return true;
}

int diag_src_function(const struct ctx *c, long insn, struct diag_srcfn *fn)
{
	size_t at, len;
	char *s;
	int found = 0;

	memset(fn, 0, sizeof(*fn));
	if (!(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	/* outward from the line, the first `{` that opens a function body:
	 * one after `)` whose name is not a statement keyword */
	int depth = 0;

	for (size_t i = at; i-- > 0;) {
		if (s[i] == '}') {
			depth++;
			continue;
		}
		if (s[i] != '{')
			continue;
		if (depth) {
			depth--;
			continue;
		}
		const char *p = s + i;

		while (p > s && isspace((unsigned char)p[-1]))
			p--;
		if (p > s && p[-1] == ')' && parse_header(s, p - 1, fn)) {
			const char *q;

			fn->open_line = 1;
			for (q = s; q < s + i; q++)
				fn->open_line += *q == '\n';
			/* the body's end, its matching `}` */
			const char *close = s + i + 1;

			for (int d = 1; *close && d; close++)
				d += (*close == '{') - (*close == '}');
			/* the first `return X;` of the body that an `if` takes, X a
			 * constant: how the function itself gives up (a return
			 * after a statement, `...; return true;`, is how it ends
			 * when all went well) */
			for (q = strstr(s + i, "return "); q && q < close; q = strstr(q + 7, "return ")) {
				const char *v = q + 7, *e = v, *b = q;

				if (q > s && is_id(q[-1]))
					continue;
				while (b > s + i + 1 && isspace((unsigned char)b[-1]))
					b--;
				if (b[-1] == '{' && b - 1 > s + i)
					for (b--; b > s + i + 1 && isspace((unsigned char)b[-1]); b--)
						;
				if (b[-1] != ')')
					continue;
				if (*e == '-')
					e++;
				while (is_id(*e))
					e++;
				if (*e == ';' && e > v && (size_t)(e - v) < sizeof(fn->own_ret) &&
				    (isdigit((unsigned char)v[*v == '-']) || isupper((unsigned char)v[*v == '-']) ||
				     !strncmp(v, "false", 5) || !strncmp(v, "true", 4))) {
					snprintf(fn->own_ret, sizeof(fn->own_ret), "%.*s", (int)(e - v), v);
					break;
				}
			}
			found = 1;
			break;
		}
		/* a block of a statement, a struct or an initializer: go on out */
	}
	free(s);
	return found;
}

/* Whether insn's line is in the C function fn (the same name and body:
 * two inlined copies of one function are one C function). */
bool diag_in_src_fn(const struct ctx *c, long insn, const struct diag_srcfn *fn)
{
	struct diag_srcfn f;

	return diag_src_function(c, insn, &f) && !strcmp(f.name, fn->name) && f.open_line == fn->open_line;
}

/* The declared type of the parameter name of the function enclosing
 * insn's line, less the name and a leading const (`struct tcphdr *` of
 * `const struct tcphdr *th`); 0 when no parameter has that name. */
int diag_src_param_type(const struct ctx *c, long insn, const char *name, char *type, size_t size)
{
	struct diag_srcfn fn;

	if (!diag_src_function(c, insn, &fn))
		return 0;
	for (int i = 0; i < fn.nparams; i++) {
		const char *d = fn.params[i].decl;
		size_t dn = strlen(d), nn = strlen(name);

		if (strcmp(fn.params[i].name, name) || dn <= nn || strcmp(d + dn - nn, name))
			continue;
		if (!strncmp(d, "const ", 6))
			d += 6, dn -= 6;
		dn -= nn;
		while (dn > 0 && d[dn - 1] == ' ')
			dn--;
		if (!dn || dn >= size)
			return 0;
		snprintf(type, size, "%.*s", (int)dn, d);
		return 1;
	}
	return 0;
}

const char *diag_src_fail_value(const struct diag_srcfn *fn)
{
	const char *r = fn->ret;

	if (fn->own_ret[0])
		return fn->own_ret;
	if (!strcmp(r, "void"))
		return NULL;
	if (!strcmp(r, "bool") || !strcmp(r, "_Bool"))
		return "false";
	if (strchr(r, '*'))
		return "NULL";
	return "0";
}

/* The block that opens on insn's line (`if (!tp) {`, `for (...) {`), from
 * the line's start to its matching `}`, comments and strings blanked: what
 * line info leaves out (a `return` clang merged with another, a line of a
 * statement spread over several).  0 when the file is absent, differs
 * from line info, or the line opens no block. */
int diag_src_block(const struct ctx *c, long insn, char *buf, size_t size)
{
	size_t at, len, open, end;
	char *s;
	int d = 1;

	if (!(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	for (open = at; open < len && s[open] != '\n' && s[open] != '{'; open++)
		;
	if (open >= len || s[open] != '{') {
		free(s);
		return 0;
	}
	for (end = open + 1; end < len && d; end++)
		d += (s[end] == '{') - (s[end] == '}');
	if (d || end - at >= size) {
		free(s);
		return 0;
	}
	memcpy(buf, s + at, end - at);
	buf[end - at] = '\0';
	free(s);
	return 1;
}

/* The first `return ...;` of a block's own level (not of a block inside
 * it), spaces folded: `return TC_ACT_OK;`.  0 when it has none. */
int diag_block_return(const char *block, char *ret, size_t size)
{
	const char *p = strchr(block, '{');
	int d = 0;

	for (; p && *p; p++) {
		d += (*p == '{') - (*p == '}');
		if (d == 1 && !strncmp(p, "return", 6) && !is_id(p[6]) && !is_id(p[-1])) {
			const char *e = strchr(p, ';');
			size_t n = 0;

			if (!e || (size_t)(e - p) + 2 > size)
				return 0;
			for (const char *q = p; q <= e; q++)
				if (!isspace((unsigned char)*q) || (n && ret[n - 1] != ' '))
					ret[n++] = isspace((unsigned char)*q) ? ' ' : *q;
			ret[n] = '\0';
			return 1;
		}
	}
	return 0;
}

/* Whether the file declares `name` an array above insn's line (`char
 * buf[64];`, `__u8 *names[4]`): `name[` after a type word or a `*`, not
 * after an operator, which is an indexing (`x = p[i]`). */
int diag_src_is_array(const struct ctx *c, long insn, const char *name)
{
	size_t at, len, n = strlen(name);
	char *s;
	int found = 0;

	if (!n || !(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	for (char *p = strstr(s, name); p && p < s + at && !found; p = strstr(p + n, name)) {
		const char *q = p + n, *b = p;

		if ((p > s && is_id(p[-1])) || is_id(*q))
			continue;
		while (*q == ' ' || *q == '\t')
			q++;
		while (b > s && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		found = *q == '[' && b > s && (is_id(b[-1]) || b[-1] == '*') && b < p;
	}
	free(s);
	return found;
}

/* The nearest `var = fn(` at or above insn's line, inside the function
 * body that encloses the line: the variable an inlined function's result
 * went to (`mss = next(ctx, 2);`, whose own lines have no instruction of
 * their own once clang inlined next()).  0 when there is none. */
static int call_assigned(const struct ctx *c, long insn, const char *fn, char *var, size_t size, uint32_t *line,
			 char *decl, size_t dsize, bool whole)
{
	struct diag_srcfn encl;
	size_t at, len, n = strlen(fn);
	char *s;
	int found = 0;

	if (!n || !diag_src_function(c, insn, &encl) || !(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	/* the end of insn's line: a call on it counts; or the body's end */
	size_t end = at;
	uint32_t ln = 1;

	while (end < len && s[end] != '\n')
		end++;
	if (whole) {
		/* from the body's `{` (on its open line) to its match */
		size_t o = 0;
		int d = 0;

		for (uint32_t l = 1; o < len && l < encl.open_line; o++)
			l += s[o] == '\n';
		while (o < len && s[o] != '{')
			o++;
		for (end = o; end < len; end++) {
			d += (s[end] == '{') - (s[end] == '}');
			if (!d)
				break;
		}
	}
	for (char *p = s; p < s + end; p++) {
		if (*p == '\n') {
			ln++;
			continue;
		}
		if (ln < encl.open_line || strncmp(p, fn, n) || (p > s && is_id(p[-1])))
			continue;
		const char *q = p + n, *b = p, *vs;

		while (*q == ' ')
			q++;
		if (*q != '(')
			continue;
		while (b > s && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (b <= s || b[-1] != '=' || (b - 1 > s && strchr("=!<>+-*/&|^%", b[-2])))
			continue;
		const char *ve = id_before(s, b - 1, &vs);

		/* a plain variable, not a field (`ctx->p = fn(`) */
		if (vs == ve || (size_t)(ve - vs) >= size || (vs > s && (vs[-1] == '.' || vs[-1] == '>')))
			continue;
		/* the nearest one wins: keep going */
		memcpy(var, vs, (size_t)(ve - vs));
		var[ve - vs] = '\0';
		*line = ln;
		found = 1;
		if (decl && dsize) {
			/* `struct bpf_dctcp *` of `struct bpf_dctcp *ca = ...` */
			const char *ls = vs;

			while (ls > s && ls[-1] != '\n')
				ls--;
			while (ls < vs && (*ls == ' ' || *ls == '\t'))
				ls++;
			snprintf(decl, dsize, "%.*s", (int)(vs - ls), ls);
		}
		if (whole)
			break;
	}
	free(s);
	return found;
}

int diag_src_call_above(const struct ctx *c, long insn, const char *fn, char *var, size_t size, uint32_t *line,
			char *decl, size_t dsize)
{
	return call_assigned(c, insn, fn, var, size, line, decl, dsize, false);
}

/* The first `var = fn(` of the whole body enclosing insn's line, above or
 * below it.  0 when there is none. */
int diag_src_call_in(const struct ctx *c, long insn, const char *fn, char *var, size_t size, uint32_t *line)
{
	return call_assigned(c, insn, fn, var, size, line, NULL, 0, true);
}

/* Line num of the file insn's line is in, without its indentation, into
 * out: a line with no instruction of its own, such as the header of a
 * loop clang unrolled or the `return;` of an inlined void function.  0
 * when not there. */
int diag_src_line_at(const struct ctx *c, long insn, uint32_t num, char *out, size_t size)
{
	size_t at, len, i = 0;
	uint32_t ln = 1;
	char *s;

	if (!num || !(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	for (; i < len && ln < num; i++)
		ln += s[i] == '\n';
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	size_t e = i;

	while (e < len && s[e] != '\n')
		e++;
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	int ok = ln == num && e - i < size;

	if (ok)
		snprintf(out, size, "%.*s", (int)(e - i), s + i);
	free(s);
	return ok;
}

/* The same, for a line at or above insn's own. */
int diag_src_line_above(const struct ctx *c, long insn, uint32_t num, char *out, size_t size)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)insn);

	return li && num <= li->line_num && diag_src_line_at(c, insn, num, out, size);
}

/* The length every `T name[N];` of the file insn's line is in (read up
 * to that line) declares: a struct member's, the array a line indexes
 * with `p->name[i]`.  0 when none, or when two declarations differ. */
int diag_src_member_len(const struct ctx *c, long insn, const char *name)
{
	size_t at, len, nl = strlen(name);
	long n = 0;
	char *s;

	if (!nl || !(s = read_agreeing(c, insn, &at, &len)))
		return 0;
	for (char *p = s; (p = strstr(p, name)); p += nl) {
		char *e;
		long v;

		if ((p > s && (is_id(p[-1]) || p[-1] == '>' || p[-1] == '.')) || p[nl] != '[' ||
		    (v = strtol(p + nl + 1, &e, 10)) <= 0 || *e != ']' || e[1] != ';')
			continue;
		const char *t = p;

		while (t > s && (t[-1] == ' ' || t[-1] == '\t'))
			t--;
		if (t == p || !(t > s && (is_id(t[-1]) || t[-1] == '*')))
			continue;
		if (n && n != v) {
			n = 0;
			break;
		}
		n = v;
	}
	free(s);
	return (int)n;
}

/* The file, with the body of the function enclosing insn's line: *brace
 * is the offset of its `{`, *line that brace's line.  NULL as
 * read_agreeing. */
static char *read_body(const struct ctx *c, long insn, size_t *brace, size_t *len, uint32_t *line)
{
	struct diag_srcfn encl;
	size_t at, i = 0;
	uint32_t ln = 1;
	char *s;

	if (!diag_src_function(c, insn, &encl) || !(s = read_agreeing(c, insn, &at, len)))
		return NULL;
	for (; i < *len && ln < encl.open_line; i++)
		ln += s[i] == '\n';
	while (i < *len && s[i] != '{')
		i++;
	if (i >= *len) {
		free(s);
		return NULL;
	}
	*brace = i;
	*line = ln;
	return s;
}

/* Whole-word occurrences of a name in the body of the function enclosing
 * an instruction's line, in order, with the line each is on: what the
 * body readers below look at. */
struct body_walk {
	char *s;
	size_t i, n;
	uint32_t line;
	int depth;
};

static bool body_open(const struct ctx *c, long insn, struct body_walk *w)
{
	w->depth = 0;
	return (w->s = read_body(c, insn, &w->i, &w->n, &w->line)) != NULL;
}

/* The next `word` (not part of a longer name), or NULL at the body's end. */
static const char *body_next(struct body_walk *w, const char *word)
{
	size_t wl = strlen(word);

	for (; wl && w->i < w->n; w->i++) {
		const char *p = w->s + w->i;

		w->line += *p == '\n';
		w->depth += (*p == '{') - (*p == '}');
		if (!w->depth)
			return NULL;
		if (!strncmp(p, word, wl) && !is_id(p[-1]) && !is_id(p[wl])) {
			w->i++;
			return p;
		}
	}
	return NULL;
}

/* The label of the first `goto LABEL;` in the body of the function that
 * encloses insn's line: how that function leaves on failure (`goto err;`),
 * where its constant returns may be the success (`return 0;`) first. */
int diag_src_goto(const struct ctx *c, long insn, char *label, size_t size)
{
	struct body_walk w;
	const char *p;
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (p = body_next(&w, "goto"))) {
		const char *v = p + 4, *e;

		while (*v == ' ' || *v == '\t')
			v++;
		for (e = v; is_id(*e); e++)
			;
		if (e > v && *e == ';' && (size_t)(e - v) < size) {
			memcpy(label, v, (size_t)(e - v));
			label[e - v] = '\0';
			found = 1;
		}
	}
	free(w.s);
	return found;
}

/* The line of `label:` in the body of the function enclosing insn's
 * line (where a `goto label;` lands); 0 when there is none. */
uint32_t diag_src_label_line(const struct ctx *c, long insn, const char *label)
{
	struct body_walk w;
	const char *p, *e;
	uint32_t found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (p = body_next(&w, label))) {
		for (e = p + strlen(label); *e == ' ' || *e == '\t'; e++)
			;
		if (*e == ':' && e[1] != ':')
			found = w.line;
	}
	free(w.s);
	return found;
}

/* Whether the body of the function enclosing insn's line returns a
 * negative constant anywhere (`return -EINVAL;`): a function that says it
 * failed with a non-zero result. */
bool diag_src_returns_negative(const struct ctx *c, long insn)
{
	struct body_walk w;
	const char *p, *e;
	bool found = false;

	if (!body_open(c, insn, &w))
		return false;
	while (!found && (p = body_next(&w, "return"))) {
		for (e = p + 6; *e == ' ' || *e == '\t'; e++)
			;
		found = *e == '-';
	}
	free(w.s);
	return found;
}

/* Whether the block a declaration on line `from` sits in is still open
 * at insn's line: no `}` between them closes more than they open.  The
 * declared name is then in scope there. */
bool diag_src_open_since(const struct ctx *c, long insn, uint32_t from)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)insn);
	size_t at, len, i = 0;
	uint32_t ln = 1;
	int depth = 0;
	char *s;

	if (!li || !from || from >= li->line_num || !(s = read_agreeing(c, insn, &at, &len)))
		return false;
	for (; i < len && ln <= from; i++)
		ln += s[i] == '\n';
	for (; i < at && depth >= 0; i++)
		depth += (s[i] == '{') - (s[i] == '}');
	free(s);
	return depth >= 0;
}

/* The largest array the function enclosing insn's line declares with a
 * constant length (`volatile char arr[320] = {};`): its name, length and
 * line.  What to move off a frame that is too large.  0 when none. */
int diag_src_big_array(const struct ctx *c, long insn, char *name, size_t size, long *len, uint32_t *line)
{
	size_t n, i;
	uint32_t ln;
	char *s = read_body(c, insn, &i, &n, &ln);
	int d = 0, found = 0;

	*len = 0;
	if (!s)
		return 0;
	for (; i < n; i++) {
		ln += s[i] == '\n';
		d += (s[i] == '{') - (s[i] == '}');
		if (!d)
			break;
		if (s[i] != '[' || !i)
			continue;
		const char *e = s + i, *b;
		char *num_end;
		long v = strtol(e + 1, &num_end, 0);

		if (v <= 0 || *num_end != ']')
			continue;
		const char *ve = id_before(s, e, &b), *t = b;

		while (t > s && (t[-1] == ' ' || t[-1] == '\t'))
			t--;
		/* a declaration: a type word or `*` before the name, not an
		 * operator (`x = buf[3]`) */
		if (b == ve || t == b || !(is_id(t[-1]) || t[-1] == '*') || v <= *len || (size_t)(ve - b) >= size)
			continue;
		const char *w = t;

		while (w > s && is_id(w[-1]))
			w--;
		if ((t - w == 6 && !strncmp(w, "return", 6)) || (t - w == 6 && !strncmp(w, "sizeof", 6)) ||
		    (t - w == 4 && !strncmp(w, "case", 4)))
			continue;
		memcpy(name, b, (size_t)(ve - b));
		name[ve - b] = '\0';
		*len = v;
		*line = ln;
		found = 1;
	}
	free(s);
	return found;
}

/* Where the statement that p is in starts on its line, past indentation:
 * after the line's start, a `;`, `{` or `}`. */
static const char *stmt_start(const char *s, const char *p)
{
	const char *ls = p;

	while (ls > s && ls[-1] != '\n' && ls[-1] != ';' && ls[-1] != '{' && ls[-1] != '}')
		ls--;
	while (ls < p && (*ls == ' ' || *ls == '\t'))
		ls++;
	return ls;
}

/* The declaration of var in the body of the function enclosing insn's
 * line: its type as written and its line; with rest, what follows the
 * type up to the `;` (`mtu = 0;`), and an initialiser is allowed.  0 when
 * not found (without rest: when var is declared with a value). */
static int find_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size, uint32_t *line,
		     char *rest, size_t rsize)
{
	struct body_walk w;
	const char *b;
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (b = body_next(&w, var))) {
		const char *e = b + strlen(var), *ls, *semi;

		while (*e == ' ' || *e == '\t')
			e++;
		if (*e != ';' && (!rest || *e != '=' || e[1] == '='))
			continue;
		/* a type before it on the same line, and nothing else */
		ls = stmt_start(w.s, b);
		const char *te = b;

		while (te > ls && (te[-1] == ' ' || te[-1] == '\t'))
			te--;
		/* `int err, ret;` is a list: diag_src_list_decl's */
		if (te == ls || (size_t)(te - ls) >= size || memchr(ls, '=', (size_t)(te - ls)) ||
		    memchr(ls, '(', (size_t)(te - ls)) || memchr(ls, ',', (size_t)(te - ls)) || !strncmp(ls, "return", 6))
			continue;
		if (rest && (!(semi = strchr(b, ';')) || memchr(b, '\n', (size_t)(semi - b)) ||
			     (size_t)(semi - b) + 1 >= rsize))
			continue;
		snprintf(type, size, "%.*s", (int)(te - ls), ls);
		if (rest)
			snprintf(rest, rsize, "%.*s", (int)(semi - b) + 1, b);
		*line = w.line;
		found = 1;
	}
	free(w.s);
	return found;
}

/* `__u32 test_passed;`: no value. */
int diag_src_bare_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size, uint32_t *line)
{
	return find_decl(c, insn, var, type, size, line, NULL, 0);
}

/* `__u16 mtu = 0;`: type `__u16`, rest `mtu = 0;`. */
int diag_src_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size, uint32_t *line,
		  char *rest, size_t rsize)
{
	return find_decl(c, insn, var, type, size, line, rest, rsize);
}

/* Whether word occurs, as a whole word, in the body of the function
 * enclosing insn's line on line `from` or below it. */
int diag_src_word_below(const struct ctx *c, long insn, const char *word, uint32_t from)
{
	struct body_walk w;
	const char *b;
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (b = body_next(&w, word)))
		found = w.line >= from;
	free(w.s);
	return found;
}

/* At p, where var is mentioned: when it is a plain variable assigned
 * (`var = ...`, not `x->var = ...` nor `var == ...`), where the right
 * side starts; NULL otherwise. */
static const char *assigned_rhs(const char *p, const char *var)
{
	const char *e = p + strlen(var);

	if (p[-1] == '>' || p[-1] == '.')
		return NULL;
	while (*e == ' ' || *e == '\t')
		e++;
	if (*e != '=' || e[1] == '=')
		return NULL;
	for (e++; *e == ' ' || *e == '\t'; e++)
		;
	return e;
}

/* The first `var = name;` (a declaration's too: `__u8 *d = data;`) in the
 * body of the function enclosing insn's line: name, and the line.  A
 * pointer copied from another, which a reload of that other leaves as it
 * was.  0 when none. */
int diag_src_copy_of(const struct ctx *c, long insn, const char *var, char *name, size_t size, uint32_t *line)
{
	struct body_walk w;
	const char *p;
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (p = body_next(&w, var))) {
		const char *v = assigned_rhs(p, var), *ve;

		if (!v)
			continue;
		for (ve = v; is_id(*ve); ve++)
			;
		if (ve == v || *ve != ';' || (size_t)(ve - v) >= size || isdigit((unsigned char)*v))
			continue;
		snprintf(name, size, "%.*s", (int)(ve - v), v);
		*line = w.line;
		found = 1;
	}
	free(w.s);
	return found;
}

/* The right side of the last `var = rhs;` above insn's line in the body
 * of the function enclosing it (`data + sizeof(*eth)` of `iph = data +
 * sizeof(*eth);`), a declaration's too.  0 when none. */
int diag_src_assigned_above(const struct ctx *c, long insn, const char *var, char *rhs, size_t size)
{
	const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)insn);
	struct body_walk w;
	const char *p;
	int found = 0;

	if (!li || !body_open(c, insn, &w))
		return 0;
	while ((p = body_next(&w, var)) && w.line < li->line_num) {
		const char *v = assigned_rhs(p, var), *semi;

		if (!v || !(semi = strchr(v, ';')) || memchr(v, '\n', (size_t)(semi - v)) || (size_t)(semi - v) >= size)
			continue;
		snprintf(rhs, size, "%.*s", (int)(semi - v), v);
		found = 1;
	}
	free(w.s);
	return found;
}

/* `__u8 sk, map;`: the type a declaration of several plain names gives
 * var, in the body of the function enclosing insn's line.  0 when var is
 * declared no such way. */
int diag_src_list_decl(const struct ctx *c, long insn, const char *var, char *type, size_t size)
{
	struct body_walk w;
	const char *p;
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (p = body_next(&w, var))) {
		const char *ls = stmt_start(w.s, p), *semi = strchr(p, ';'), *te;

		if (!semi || memchr(ls, '\n', (size_t)(semi - ls)) || memchr(ls, '=', (size_t)(semi - ls)) ||
		    memchr(ls, '(', (size_t)(semi - ls)) || memchr(ls, '*', (size_t)(semi - ls)) ||
		    !memchr(ls, ',', (size_t)(semi - ls)) || !strncmp(ls, "return", 6))
			continue;
		/* the type: what comes before the first name, the word before the first `,` */
		for (te = ls; te < semi && *te != ','; te++)
			;
		while (te > ls && (te[-1] == ' ' || te[-1] == '\t'))
			te--;
		while (te > ls && is_id(te[-1]))
			te--;
		while (te > ls && (te[-1] == ' ' || te[-1] == '\t'))
			te--;
		if (te == ls || (size_t)(te - ls) >= size)
			continue;
		snprintf(type, size, "%.*s", (int)(te - ls), ls);
		found = 1;
	}
	free(w.s);
	return found;
}

/* The line, without indentation, of the body of the function enclosing
 * insn's line that calls fn with second argument arg2 (`return
 * bpf_sk_redirect_map(skb, &tx, sk, 0);`): found in the file, since clang
 * may give a call it merged from two branches neither line.  0 when none. */
int diag_src_call_naming(const struct ctx *c, long insn, const char *fn, const char *arg2, char *out, size_t size)
{
	struct body_walk w;
	const char *p;
	char a[96];
	int found = 0;

	if (!body_open(c, insn, &w))
		return 0;
	while (!found && (p = body_next(&w, fn))) {
		const char *ls = p, *le = strchr(p, '\n');

		if (!diag_arg_text(p, 2, a, sizeof(a)) || strcmp(a, arg2))
			continue;
		while (ls > w.s && ls[-1] != '\n')
			ls--;
		while (*ls == ' ' || *ls == '\t')
			ls++;
		if (!le)
			le = ls + strlen(ls);
		if ((size_t)(le - ls) >= size)
			continue;
		snprintf(out, size, "%.*s", (int)(le - ls), ls);
		found = 1;
	}
	free(w.s);
	return found;
}
