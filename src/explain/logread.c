/* Explaining a verifier log from elsewhere: a CI failure, a bug report, a
 * libbpf or bpftool error.  The log is read back into what bv_diagnose
 * needs: the error line and its instruction, the instructions of the
 * failing path (their text assembles back into bytecode), the source lines
 * ("; text @ file:line"), and the register file before each step, rebuilt
 * from the states the log prints ("R2=scalar(umax=127,...)"), with each
 * register's defining instruction and the jumps that bounded it. */
#include <errno.h>
#include <stdbool.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/explain.h"
#include "bpfvet/insn.h"
#include "bpfvet/kernel.h"
#include "util/util.h"
#include "diag.h"

struct reader {
	struct bv_vstep cur;          /* the register file as printed so far */
	struct bv_vstep *steps;
	size_t n_steps, cap_steps;
	struct bv_insn *insns;
	size_t n_insns;
	struct bv_line_info *lines;
	size_t n_lines, cap_lines;
	char **strs;                  /* text the line records point to */
	size_t n_strs, cap_strs;
	char *src_text, *src_file;    /* the last "; text @ file:line" */
	uint32_t src_line;
	int func_stack[16], n_func_stack;
	uint32_t func_start[16];
	int n_func_start;
	struct bv_map *maps;          /* the maps the states name: "map_ptr(map=m,ks=4,vs=8)" */
	size_t n_maps;
	struct bv_kfunc_ref *kfuncs;  /* the kfuncs calls name: "call bpf_iter_task_new#64277" */
	size_t n_kfuncs;
	struct bv_func_info glob;     /* "Validating count_proto() func#1...": a global function */
	int glob_pending;
	int32_t handed[10];           /* r6-r9 pointing to an object a list or tree took: the
				       * instruction that defined the register, else -1 */
	bool non_own[10];             /* printed as a non-owning reference (bpf_rbtree_first()) */
	uint32_t load_type;           /* the program type a context load showed, 0 */
	/* the callers' registers while a function of the program runs: its
	 * `exit` gives r6-r9 back, stale if the callee moved the packet */
	struct bv_vstep callers[8];
	int n_callers;
	/* 8-byte stack slots (fp-8 first) that hold a packet pointer, and the
	 * call that made the one a slot held stale (-1: none): a pointer
	 * spilled before bpf_l3_csum_replace comes back a number */
	bool slot_pkt[64];
	int32_t slot_stale[64];
};

/* The slot of `fp-N`, -1 for none. */
static int slot_of(long n)
{
	return n > 0 && n <= 512 && n % 8 == 0 ? (int)(n / 8 - 1) : -1;
}

static void unknown(struct bv_vreg *r)
{
	int32_t d = r->def_insn, b = r->bound_insn;

	memset(r, 0, sizeof(*r));
	r->kind = BV_REG_NOT_INIT;
	r->map = -1;
	r->smin = INT64_MIN;
	r->smax = INT64_MAX;
	r->umax = UINT64_MAX;
	r->var_mask = UINT64_MAX;
	r->def_insn = d;
	r->bound_insn = b;
	r->stale_insn = -1;
}

static char *keep(struct reader *rd, const char *s, size_t n)
{
	char *c = malloc(n + 1);

	if (!c)
		return NULL;
	memcpy(c, s, n);
	c[n] = '\0';
	if (rd->n_strs == rd->cap_strs) {
		size_t cap = rd->cap_strs ? rd->cap_strs * 2 : 64;
		char **v = realloc(rd->strs, cap * sizeof(*v));

		if (!v) {
			free(c);
			return NULL;
		}
		rd->strs = v;
		rd->cap_strs = cap;
	}
	rd->strs[rd->n_strs++] = c;
	return c;
}

static int64_t num(const char *s, char **end)
{
	int neg = *s == '-';
	uint64_t v = strtoull(s + neg, end, 0);

	if (neg)
		return v > (uint64_t)INT64_MAX ? INT64_MIN : -(int64_t)v;
	return (int64_t)v;
}

/* The map a state names, added the first time: its number.  A log gives
 * a map's name and key and value sizes, not its type or flags (0). */
static int log_map(struct reader *rd, const char *name, uint32_t ks, uint32_t vs)
{
	struct bv_map *m;

	for (size_t i = 0; i < rd->n_maps; i++)
		if (!strcmp(rd->maps[i].name, name))
			return (int)i;
	if (rd->n_maps >= 64 || !(m = realloc(rd->maps, (rd->n_maps + 1) * sizeof(*m))))
		return -1;
	rd->maps = m;
	m += rd->n_maps;
	memset(m, 0, sizeof(*m));
	if (!(m->name = keep(rd, name, strlen(name))))
		return -1;
	m->key_size = ks;
	m->value_size = vs;
	m->inner = -1;
	return (int)rd->n_maps++;
}

/* "scalar(smin=0,smax=umax=127,var_off=(0x0; 0x7f))", "fp-8", "P5",
 * "map_value(map=m,ks=4,vs=8,off=4)": one register's value. */
static void parse_value(struct reader *rd, const char *v, size_t n, struct bv_vreg *r)
{
	char mapname[64] = "";
	bool ranged = false, has_var_off = false;
	uint32_t ks = 0, vs = 0;
	char buf[512], *p, *open;
	int32_t stale;
	size_t len = n < sizeof(buf) - 1 ? n : sizeof(buf) - 1;

	memcpy(buf, v, len);
	buf[len] = '\0';
	p = buf;
	stale = r->stale_insn;
	unknown(r);
	r->kind = BV_REG_SCALAR;
	snprintf(r->type, sizeof(r->type), "scalar");
	if (*p == 'P') {
		r->precise = 1;
		p++;
	}
	if ((*p >= '0' && *p <= '9') || *p == '-') {
		int64_t c = num(p, NULL);

		r->smin = r->smax = c;
		r->umin = r->umax = (uint64_t)c;
		r->var_value = (uint64_t)c;
		r->var_mask = 0;
		return;
	}
	if (!strncmp(p, "fp", 2)) {
		char *q = p + 2;

		r->kind = BV_REG_STACK;
		snprintf(r->type, sizeof(r->type), "fp");
		if (*q == '[') {
			r->frameno = atoi(q + 1);
			q = strchr(q, ']');
			q = q ? q + 1 : p + 2;
		}
		r->off = (int32_t)num(q, NULL);
		r->smin = r->smax = 0;
		r->umin = r->umax = 0;
		r->var_mask = 0;
		return;
	}
	open = strchr(p, '(');
	if (open)
		*open = '\0';
	snprintf(r->type, sizeof(r->type), "%.31s", p);
	if (!strcmp(p, "scalar"))
		r->kind = BV_REG_SCALAR;
	else if (!strcmp(p, "ctx"))
		r->kind = BV_REG_CTX;
	else if (!strcmp(p, "map_ptr"))
		r->kind = BV_REG_MAP_PTR;
	else if (!strncmp(p, "map_value", 9))
		r->kind = BV_REG_MAP_VALUE;
	else if (!strncmp(p, "map_key", 7))
		r->kind = BV_REG_MAP_KEY;
	else if (!strcmp(p, "pkt"))
		r->kind = BV_REG_PKT;
	else if (!strcmp(p, "pkt_meta"))
		r->kind = BV_REG_PKT_META;
	else if (!strcmp(p, "pkt_end"))
		r->kind = BV_REG_PKT_END;
	else if (strstr(p, "mem"))
		r->kind = BV_REG_MEM;
	else
		r->kind = BV_REG_OTHER;
	r->maybe_null = strstr(p, "_or_null") != NULL;
	if (r->kind != BV_REG_SCALAR) {
		r->smin = r->smax = 0;
		r->umin = r->umax = 0;
		r->var_mask = 0;
	}
	if (!open)
		return;
	/* key=key=value fields, separated by commas outside parentheses */
	for (char *f = open + 1; f && *f && *f != ')';) {
		char *e = f, *eq;
		int depth = 0;

		while (*e && (depth || (*e != ',' && *e != ')'))) {
			depth += *e == '(';
			depth -= *e == ')';
			e++;
		}
		{
			char save = *e;
			char *val;

			*e = '\0';
			val = strrchr(f, '=');
			if (val) {
				*val++ = '\0';
				for (char *k = f; k && *k; k = eq ? eq + 1 : NULL) {
					eq = strchr(k, '=');
					if (eq)
						*eq = '\0';
					ranged |= !strncmp(k, "smin", 4) || !strncmp(k, "smax", 4) || !strncmp(k, "umin", 4) ||
						  !strncmp(k, "umax", 4);
					if (!strcmp(k, "smin"))
						r->smin = num(val, NULL);
					else if (!strcmp(k, "smax"))
						r->smax = num(val, NULL);
					else if (!strcmp(k, "umin"))
						r->umin = (uint64_t)num(val, NULL);
					else if (!strcmp(k, "umax"))
						r->umax = (uint64_t)num(val, NULL);
					else if (!strcmp(k, "off"))
						r->off = (int32_t)num(val, NULL);
					else if (!strcmp(k, "map"))
						snprintf(mapname, sizeof(mapname), "%s", val);
					else if (!strcmp(k, "ks"))
						ks = (uint32_t)num(val, NULL);
					else if (!strcmp(k, "id"))
						r->id = (uint32_t)num(val, NULL);
					else if (!strcmp(k, "vs") || !strcmp(k, "sz") || (!strcmp(k, "r") && r->kind == BV_REG_PKT))
						r->size = vs = (uint32_t)num(val, NULL);
					else if (!strcmp(k, "var_off") && *val == '(') {
						char *q;

						has_var_off = true;
						r->var_value = (uint64_t)num(val + 1, &q);
						if (q && *q == ';')
							r->var_mask = (uint64_t)num(q + 1, NULL);
					}
				}
			}
			*e = save;
		}
		f = *e == ',' ? e + 1 : NULL;
	}
	/* a pointer's variable part printed with bounds and no var_off: the
	 * kernel leaves var_off out when it knows no bit of it */
	if (r->kind != BV_REG_SCALAR && ranged && !has_var_off)
		r->var_mask = UINT64_MAX;
	if (mapname[0])
		r->map = log_map(rd, mapname, ks, vs);
	if (r->kind == BV_REG_SCALAR)
		r->stale_insn = stale; /* a dead packet pointer stays one */
	/* a scalar whose only bounds were umax: the rest follow */
	if (r->kind == BV_REG_SCALAR && r->smin == INT64_MIN && r->umax < (uint64_t)INT64_MAX)
		r->smin = 0;
	if (r->kind == BV_REG_SCALAR && r->smax == INT64_MAX && r->umax < (uint64_t)INT64_MAX)
		r->smax = (int64_t)r->umax;
}

/* "R1=ctx() R2_w=scalar(...) R10=fp0 fp-8=mmmm" after a "N:" or ";" */
/* A full state printed after a call says `scalar()` for the packet
 * pointers the call ended; which call did, the state before it knows. */
static void keep_stale(struct reader *rd, const struct bv_vstep *before)
{
	for (int i = 0; i < 10; i++)
		if (rd->cur.r[i].kind == BV_REG_SCALAR && before->r[i].kind == BV_REG_SCALAR &&
		    before->r[i].stale_insn >= 0)
			rd->cur.r[i].stale_insn = before->r[i].stale_insn;
}

static void parse_state(struct reader *rd, const char *s, int full)
{
	bool regs = false, framed = false;

	if (full)
		for (int i = 0; i < 10; i++)
			unknown(&rd->cur.r[i]);
	while (*s) {
		const char *tok = s, *e;
		int depth = 0;

		while (*s == ' ')
			s++;
		tok = s;
		for (e = s; *e && (depth || *e != ' '); e++) {
			depth += *e == '(';
			depth -= *e == ')';
		}
		if (!strncmp(tok, "frame", 5) && e > tok && e[-1] == ':') {
			rd->cur.frame = atoi(tok + 5);
			framed = true;
		} else if (!strncmp(tok, "fp-", 3)) {
			int sl = slot_of(strtol(tok + 3, NULL, 10));
			const char *eq = memchr(tok, '=', (size_t)(e - tok));

			if (sl >= 0 && eq) {
				rd->slot_pkt[sl] = !strncmp(eq + 1, "pkt(", 4);
				if (rd->slot_pkt[sl])
					rd->slot_stale[sl] = -1;
			}
		} else if (tok[0] == 'R' && tok[1] >= '0' && tok[1] <= '9') {
			regs = true;
			int reg = atoi(tok + 1);
			const char *eq = memchr(tok, '=', (size_t)(e - tok));

			if (eq && reg >= 0 && reg <= 10) {
				parse_value(rd, eq + 1, (size_t)(e - eq - 1), &rd->cur.r[reg]);
				if (reg < 10)
					rd->non_own[reg] = memmem(tok, (size_t)(e - tok), "non_own_ref", 11) != NULL;
			}
		}
		s = e;
	}
	/* the program's own frame goes without "frame0:" */
	if (regs && !framed)
		rd->cur.frame = 0;
}

static int add_step(struct reader *rd, uint32_t insn)
{
	if (rd->n_steps == rd->cap_steps) {
		size_t cap = rd->cap_steps ? rd->cap_steps * 2 : 256;
		struct bv_vstep *v = realloc(rd->steps, cap * sizeof(*v));

		if (!v)
			return -ENOMEM;
		rd->steps = v;
		rd->cap_steps = cap;
	}
	rd->cur.insn = insn;
	rd->steps[rd->n_steps++] = rd->cur;
	return 0;
}

static int put_insn(struct reader *rd, uint32_t idx, const char *text)
{
	struct bv_insn two[2];
	struct bv_error err = { 0 };
	bool seen;
	int n;

	if (idx >= 1u << 20)
		return 0;
	if (idx + 2 > rd->n_insns) {
		size_t nn = idx + 2;
		struct bv_insn *v = realloc(rd->insns, nn * sizeof(*v));

		if (!v)
			return -ENOMEM;
		/* unknown instructions stay "ja +0", harmless to read */
		for (size_t i = rd->n_insns; i < nn; i++)
			v[i] = (struct bv_insn){ .code = BV_JMP | BV_JA };
		rd->insns = v;
		rd->n_insns = nn;
	}
	n = bv_insn_parse(text, idx, NULL, two, &err);
	seen = n >= 1 && !memcmp(&rd->insns[idx], &two[0], sizeof(two[0]));
	for (int i = 0; i < n && i < 2; i++)
		rd->insns[idx + i] = two[i];
	/* a kfunc is named only by the log's text: keep the name (once: a
	 * level-2 log prints an instruction on every path) */
	if (!seen && two[0].code == (BV_JMP | BV_CALL) && two[0].src == BV_PSEUDO_KFUNC_CALL &&
	    !strncmp(text, "call ", 5) && strchr(text, '#')) {
		struct bv_kfunc_ref *v = realloc(rd->kfuncs, (rd->n_kfuncs + 1) * sizeof(*v));
		const char *name = keep(rd, text + 5, (size_t)(strchr(text, '#') - text - 5));

		if (!v)
			return -ENOMEM;
		rd->kfuncs = v;
		if (name)
			rd->kfuncs[rd->n_kfuncs++] = (struct bv_kfunc_ref){ idx, name, two[0].imm };
	}
	return 0;
}

static int add_line(struct reader *rd, uint32_t insn)
{
	size_t lo = 0, hi = rd->n_lines;

	if (!rd->src_text)
		return 0;
	/* the log walks paths, not addresses: a later path goes back to
	 * earlier instructions, so insert in order; the first sighting wins */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (rd->lines[mid].insn < insn)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < rd->n_lines && rd->lines[lo].insn == insn) {
		rd->src_text = NULL;
		return 0;
	}
	if (rd->n_lines == rd->cap_lines) {
		size_t cap = rd->cap_lines ? rd->cap_lines * 2 : 64;
		struct bv_line_info *v = realloc(rd->lines, cap * sizeof(*v));

		if (!v)
			return -ENOMEM;
		rd->lines = v;
		rd->cap_lines = cap;
	}
	memmove(&rd->lines[lo + 1], &rd->lines[lo], (rd->n_lines - lo) * sizeof(rd->lines[0]));
	memset(&rd->lines[lo], 0, sizeof(rd->lines[0]));
	rd->lines[lo].insn = insn;
	rd->lines[lo].file = rd->src_file;
	rd->lines[lo].line = rd->src_text;
	rd->lines[lo].line_num = rd->src_line;
	rd->n_lines++;
	rd->src_text = NULL;
	return 0;
}

/* The source line the log printed for insn, or above it on the path (the
 * records are kept in order of instruction). */
static const char *line_text(const struct reader *rd, uint32_t insn)
{
	size_t lo = 0, hi = rd->n_lines;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (rd->lines[mid].insn <= insn)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? rd->lines[lo - 1].line : NULL;
}

/* A pointer the call at idx ended (a packet pointer after a helper that
 * may move the packet, a non-owning reference at the unlock): the kernel
 * makes it a number, and the explanation wants to know which call did. */
static void invalidate(struct bv_vreg *v, uint32_t idx)
{
	int32_t d = v->def_insn;

	unknown(v);
	v->kind = BV_REG_SCALAR;
	snprintf(v->type, sizeof(v->type), "scalar");
	v->def_insn = d;
	v->stale_insn = (int32_t)idx;
}

/* What an instruction does to the register file the log did not print:
 * the register it defines, the ones a call clobbers, the ones a jump
 * bounds. */
static void apply_insn(struct reader *rd, uint32_t idx, const char *text)
{
	int d;
	char op[8];

	if (!strncmp(text, "call ", 5)) {
		/* an object handed to a list or tree stays reachable through the
		 * registers that held it, but only while the lock is held: the
		 * log prints the registers as they were, so note them here and
		 * make them numbers at the unlock, as the kernel does */
		if (strstr(text, "bpf_list_push_") || strstr(text, "bpf_rbtree_add"))
			for (int i = 6; i <= 9; i++)
				if (!strncmp(rd->cur.r[i].type, "ptr_", 4))
					rd->handed[i] = rd->cur.r[i].def_insn;
		if (strstr(text, "bpf_spin_unlock"))
			for (int i = 6; i <= 9; i++)
				if (((rd->handed[i] >= 0 && rd->cur.r[i].def_insn == rd->handed[i]) || rd->non_own[i]) &&
				    !strncmp(rd->cur.r[i].type, "ptr_", 4)) {
					invalidate(&rd->cur.r[i], idx);
					rd->handed[i] = -1;
					rd->non_own[i] = false;
				}
		/* helpers that may move the packet: every packet pointer dies */
		static const char *const moves[] = {
			"skb_store_bytes", "skb_pull_data", "skb_change_", "skb_vlan_", "skb_adjust_room",
			"l3_csum_replace", "l4_csum_replace", "clone_redirect", "xdp_adjust_", "lwt_push_encap",
			"lwt_seg6_", "msg_pull_data", "msg_push_data", "msg_pop_data", "skb_ecn_set_ce",
		};

		for (size_t m = 0; m < sizeof(moves) / sizeof(moves[0]); m++)
			if (strstr(text, moves[m])) {
				for (int sl = 0; sl < 64; sl++)
					if (rd->slot_pkt[sl]) {
						rd->slot_pkt[sl] = false;
						rd->slot_stale[sl] = (int32_t)idx;
					}
				for (int f = 0; f <= rd->n_callers; f++)
					for (int i = 6; i <= 9; i++) {
						struct bv_vreg *v = f < rd->n_callers ? &rd->callers[f].r[i] : &rd->cur.r[i];

						if (v->kind == BV_REG_PKT || v->kind == BV_REG_PKT_META ||
						    v->kind == BV_REG_PKT_END)
							invalidate(v, idx);
					}
				break;
			}
		if (!strncmp(text, "call pc", 7) && rd->n_callers < 8) {
			rd->callers[rd->n_callers] = rd->cur;
			rd->callers[rd->n_callers++].insn = idx;
		}
		for (int i = 0; i <= 5; i++) {
			unknown(&rd->cur.r[i]);
			rd->cur.r[i].def_insn = i ? rd->cur.r[i].def_insn : (int32_t)idx;
		}
		rd->cur.r[0].kind = BV_REG_SCALAR;
		return;
	}
	if (!strncmp(text, "if ", 3)) {
		int a, b;

		if (sscanf(text, "if %*c%d %7s %*c%d", &a, op, &b) == 3) {
			if (a >= 0 && a <= 10)
				rd->cur.r[a].bound_insn = (int32_t)idx;
			if (b >= 0 && b <= 10)
				rd->cur.r[b].bound_insn = (int32_t)idx;
		} else if (sscanf(text, "if %*c%d", &a) == 1 && a >= 0 && a <= 10) {
			rd->cur.r[a].bound_insn = (int32_t)idx;
		}
		return;
	}
	if ((text[0] == 'r' || text[0] == 'w') && sscanf(text + 1, "%d %7s", &d, op) == 2 && d >= 0 && d <= 10 &&
	    strchr(op, '=')) {
		int src;
		char tail;

		long fo;
		int sl;

		rd->cur.r[d].def_insn = (int32_t)idx;
		/* a copy of a pointer a call ended is as dead: keep which call
		 * (the printed "scalar(id=4)" says nothing of it) */
		if (!strcmp(op, "=") && sscanf(text + 1, "%*d = r%d%c", &src, &tail) == 1 && src >= 0 && src <= 10)
			rd->cur.r[d].stale_insn = rd->cur.r[src].stale_insn;
		/* ... and so is one filled from a slot that held it */
		if (!strcmp(op, "=") && sscanf(text + 1, "%*d = *(u64 *)(r10 -%ld)", &fo) == 1 && (sl = slot_of(fo)) >= 0)
			rd->cur.r[d].stale_insn = rd->slot_stale[sl];
		if (!strcmp(op, "&=") || !strcmp(op, "%=") || !strcmp(op, ">>="))
			rd->cur.r[d].bound_insn = (int32_t)idx;
	}
}

int bv_explain_log(const char *log, struct bv_explained *out, struct bv_error *err)
{
	struct reader rd;
	const char *p = log;
	int r = 0;

	memset(out, 0, sizeof(*out));
	memset(&rd, 0, sizeof(rd));
	for (int i = 0; i < 10; i++)
		rd.handed[i] = -1;
	for (int i = 0; i < 64; i++)
		rd.slot_stale[i] = -1;
	/* libbpf wraps the log: keep what is between its markers */
	{
		const char *b = strstr(log, "-- BEGIN PROG LOAD LOG --");

		if (b) {
			const char *nl = strchr(b, '\n'), *end = nl ? strstr(nl, "-- END PROG LOAD LOG --") : NULL;

			if (nl) {
				char *copy = bv_strndup(nl + 1, end ? (size_t)(end - nl - 1) : strlen(nl + 1));
				int r2;

				if (!copy)
					return bv_error_set(err, -ENOMEM, "out of memory");
				r2 = bv_explain_log(copy, out, err);
				free(copy);
				return r2;
			}
		}
	}
	for (int i = 0; i < 11; i++) {
		unknown(&rd.cur.r[i]);
		rd.cur.r[i].def_insn = -1;
		rd.cur.r[i].bound_insn = -1;
	}
	out->message = bv_kernel_error_line(log, &out->error_insn);
	if (!out->message)
		return bv_error_set(err, -EINVAL, "no verifier error line in the log (was the load rejected?)");
	while (*p && !r) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char line[4096];
		unsigned idx, code;
		int used = 0;

		if (len >= sizeof(line))
			len = sizeof(line) - 1;
		memcpy(line, p, len);
		line[len] = '\0';
		p += len + (e ? 1 : 0);
		if (!strncmp(line, "libbpf: ", 8))
			continue;
		if (!strncmp(line, "stack depth ", 12)) {
			char *q = line + 12;

			rd.n_func_stack = 0;
			while (*q && rd.n_func_stack < 16) {
				rd.func_stack[rd.n_func_stack++] = (int)strtol(q, &q, 10);
				if (*q != '+')
					break;
				q++;
			}
			continue;
		}
		{
			int fn;
			unsigned at;

			if (sscanf(line, "func#%d @%u", &fn, &at) == 2 && fn >= 0 && fn < 16) {
				rd.func_start[fn] = at;
				if (fn + 1 > rd.n_func_start)
					rd.n_func_start = fn + 1;
				continue;
			}
		}
		if (!strncmp(line, "Validating ", 11) && strstr(line, "() func#")) {
			/* its first instruction line says where it starts */
			rd.glob.name = keep(&rd, line + 11, (size_t)(strstr(line, "() func#") - line - 11));
			rd.glob_pending = rd.glob.name != NULL;
			continue;
		}
		if (line[0] == ';' && strstr(line, " @ ")) {
			char *at = strstr(line, " @ "), *colon = strrchr(at, ':');

			*at = '\0';
			rd.src_text = keep(&rd, line + 2, strlen(line + 2));
			if (colon) {
				*colon = '\0';
				rd.src_file = keep(&rd, at + 3, strlen(at + 3));
				rd.src_line = (uint32_t)atoi(colon + 1);
			}
			continue;
		}
		if (!strncmp(line, "to caller at ", 13)) {
			/* back in the caller: its r6-r9 as they were at the call */
			unsigned to = (unsigned)atoi(line + 13);

			for (int f = rd.n_callers; f-- > 0;)
				if (rd.callers[f].insn + 1 == to) {
					rd.n_callers = f;
					for (int i = 6; i <= 9; i++)
						rd.cur.r[i] = rd.callers[f].r[i];
					rd.cur.frame = f;
					break;
				}
			continue;
		}
		/* a global function is checked on its own: no frame to return from */
		if (strstr(line, "is global and assumed valid") && rd.n_callers > 0) {
			rd.n_callers--;
			continue;
		}
		if (!strncmp(line, "from ", 5)) {
			char *c = strstr(line, ": ");

			if (c && !strstr(c, "safe")) {
				/* the printed state says `scalar()` for a packet pointer a
				 * call ended before the branch; which call, the walk up
				 * to the branch knows */
				unsigned at;
				struct bv_vstep br;
				bool have_br = false;

				if (sscanf(line, "from %u", &at) == 1)
					for (size_t k = rd.n_steps; k-- > 0 && !have_br;)
						if (rd.steps[k].insn == at) {
							br = rd.steps[k];
							have_br = true;
						}
				/* the branch is on the new path too, as the verifier
				 * walks it (`if (!o)` before the `return` it leads to):
				 * a step at the jump, with the state it had there */
				if (have_br) {
					rd.cur = br;
					r = add_step(&rd, at);
					/* the callers of the function the branch is in, as
					 * they were when it was called: the verifier ends the
					 * walks of a call before those of earlier branches */
					rd.n_callers = br.frame < 8 ? br.frame : 8;
				}
				parse_state(&rd, c + 2, 1);
				if (have_br)
					keep_stale(&rd, &br);
			}
			continue;
		}
		if (sscanf(line, "%u: (%2x) %n", &idx, &code, &used) == 2 && used) {
			char *semi, *text = line + used, *glued = NULL;
			size_t tl;

			/* at level 1 the state of the branch taken next is glued to
			 * the jump: "5: (2d) if r4 > r3 goto pc+1 7: R1=ctx() ..." */
			for (char *q = text; (q = strchr(q, ' ')); q++) {
				unsigned to;
				int k = 0;

				if (sscanf(q, " %u: %n", &to, &k) == 1 && k && (q[k] == 'R' || !strncmp(q + k, "frame", 5))) {
					*q = '\0';
					glued = q + k;
					break;
				}
			}
			semi = strstr(text, " ; ");

			if (!semi)
				semi = strstr(line + used, "  ;");
			if (semi)
				*semi = '\0';
			tl = strlen(text);
			while (tl && text[tl - 1] == ' ')
				text[--tl] = '\0';
			r = add_line(&rd, idx);
			if (!r)
				r = add_step(&rd, idx);
			if (!r)
				r = put_insn(&rd, idx, text);
			apply_insn(&rd, idx, text);
			if (semi) {
				parse_state(&rd, strchr(semi + 1, ';') ? strchr(semi + 1, ';') + 1 : semi + 1, 0);
				/* the state printed right after a context load */
				if (!r && !rd.load_type && idx < rd.n_insns) {
					const struct bv_insn *in = &rd.insns[idx];

					/* only a load can show it: no line lookup for the rest */
					if (BV_CLASS(in->code) == BV_LDX && in->src <= 10 && in->dst <= 10)
						rd.load_type = diag_load_type(in, &rd.steps[rd.n_steps - 1].r[in->src],
									      &rd.cur.r[in->dst], line_text(&rd, idx));
				}
			}
			if (glued) {
				/* the branch's state prints a packet pointer the
				 * call before it ended as `scalar()`: still stale */
				struct bv_vstep before = rd.cur;

				parse_state(&rd, glued, 1);
				keep_stale(&rd, &before);
			}
			continue;
		}
		if (sscanf(line, "%u: %n", &idx, &used) == 1 && used && (line[used] == 'R' || !strncmp(line + used, "frame", 5))) {
			if (rd.glob_pending) {
				rd.glob.insn = idx;
				rd.glob_pending = 0;
			}
			parse_state(&rd, line + used, 0);
		}
	}
	/* a log without instructions (a structural error, or level 0) still
	 * has the error line and the statistics: the diagnosis works from
	 * that alone; text with neither is not a verifier log */
	if (!r && !rd.n_insns && !strstr(log, " insns (limit "))
		r = bv_error_set(err, -EINVAL, "no verifier log here (no instructions, no \"processed N insns\" line)");
	if (!r && !rd.n_insns)
		r = put_insn(&rd, 0, "r0 = 0");
	if (!r) {
		struct bv_verify_result res;
		char detail[256] = "";

		memset(&res, 0, sizeof(res));
		/* the line before the error line, when it says more */
		for (const char *q = log, *prev = NULL; *q;) {
			const char *e = strchr(q, '\n');
			size_t len = e ? (size_t)(e - q) : strlen(q);

			if (prev && len == strlen(out->message) && !strncmp(q, out->message, len)) {
				size_t pl = (size_t)(q - 1 - prev);

				if (pl < sizeof(detail)) {
					memcpy(detail, prev, pl);
					detail[pl] = '\0';
					res.detail = detail;
				}
				break;
			}
			prev = q;
			q += len + (e ? 1 : 0);
		}
		memset(&out->prog, 0, sizeof(out->prog));
		memset(&out->obj, 0, sizeof(out->obj));
		out->prog.obj = &out->obj;
		out->prog.name = "prog";
		out->prog.section = "";
		out->prog.insns = rd.insns;
		out->prog.n_insns = rd.n_insns;
		out->prog.lines = rd.lines;
		out->obj.maps = rd.maps;
		out->obj.n_maps = rd.n_maps;
		out->prog.kfuncs = rd.kfuncs;
		out->prog.n_kfuncs = rd.n_kfuncs;
		/* the main program and the global function the log validates */
		if (rd.glob.name && rd.glob.insn) {
			out->funcs[0] = (struct bv_func_info){ 0, 0, "main" };
			out->funcs[1] = rd.glob;
			out->prog.funcs = out->funcs;
			out->prog.n_funcs = 2;
		}
		out->prog.n_lines = rd.n_lines;
		/* the program type, where the log shows it: from a `SEC("...")`
		 * in its source, as in an object, else from its context */
		{
			char sec[64];
			struct bv_sec_type st;
			char *kept;

			if (diag_log_section(&out->prog, sec, sizeof(sec)) && (kept = keep(&rd, sec, strlen(sec))) &&
			    !bv_section_type(kept, &st)) {
				out->prog.section = kept;
				out->prog.sec = st;
			} else {
				out->prog.sec.prog_type = diag_log_type(&out->prog, rd.load_type);
			}
			out->prog.type = out->prog.sec.prog_type;
			out->prog.expected_attach_type = out->prog.sec.expected_attach_type;
		}
		res.message = out->message;
		res.error_insn = out->error_insn;
		res.steps = rd.steps;
		res.n_steps = rd.n_steps;
		for (int i = 0; i < rd.n_func_stack && i < 16; i++) {
			res.funcs[i].stack = rd.func_stack[i];
			/* where each function starts, when the log says (level 2) */
			res.funcs[i].start = i < rd.n_func_start ? rd.func_start[i] : UINT32_MAX;
			res.n_funcs = i + 1;
		}
		/* the failing step is the last instruction line printed */
		while (res.n_steps && out->error_insn >= 0 && res.steps[res.n_steps - 1].insn != (uint32_t)out->error_insn)
			res.n_steps--;
		bv_diagnose(&out->obj, &out->prog, &res, &out->diag);
		out->priv_insns = rd.insns;
		out->priv_lines = rd.lines;
		out->priv_strs = rd.strs;
		out->n_priv_strs = rd.n_strs;
		free(rd.steps);
		return 0;
	}
	free(rd.steps);
	free(rd.insns);
	free(rd.maps);
	free(rd.kfuncs);
	free(rd.lines);
	for (size_t i = 0; i < rd.n_strs; i++)
		free(rd.strs[i]);
	free(rd.strs);
	free(out->message);
	out->message = NULL;
	return r;
}

void bv_explained_free(struct bv_explained *e)
{
	if (!e)
		return;
	free(e->message);
	free(e->priv_insns);
	free(e->priv_lines);
	for (size_t i = 0; i < e->n_priv_strs; i++)
		free(e->priv_strs[i]);
	free(e->priv_strs);
	free(e->obj.maps);
	free(e->prog.kfuncs);
	memset(e, 0, sizeof(*e));
}
