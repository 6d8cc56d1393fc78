/* The assembler: source files of directives, labels and kernel-syntax
 * instructions to a BPF ELF object.
 *
 * Two passes over the text.  The first learns every function's size and
 * every label's position (an instruction's length is known from its text
 * alone); the second encodes, resolving labels to pc-relative offsets and
 * leaving what crosses a function or names a map to relocations, exactly as
 * clang would, so that libbpf links our objects like its own. */
#include <bpf/btf.h>
#include <ctype.h>
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/asm.h"
#include "bpfvet/insn.h"
#include "bpfvet/object.h"
#include "object/writer.h"
#include "util/util.h"

#define R_BPF_64_64 1
#define R_BPF_64_32 10
#define MAX_SOURCE (64u << 20)

struct label {
	char *name;
	size_t idx;
};

struct arel {
	size_t insn;
	int is_call;        /* call or callback: against a function symbol */
	char *target;       /* function or map name */
};

struct afunc {
	char *name;
	char *section;      /* NULL for .func: goes to .text */
	struct bv_insn *insns;
	size_t n, cap;
	struct label *labels;
	size_t n_labels, cap_labels;
	struct arel *rels;
	size_t n_rels, cap_rels;
	size_t sec_off;     /* byte offset within its section, set at layout */
	int sec;            /* ELF section index */
	int sym;
	int global;         /* ".func NAME global ARGS": BTF_FUNC_GLOBAL */
	struct warg args[5];
	int nargs;
};

struct amap {
	char *name;
	uint32_t type, key, value, entries, flags;
	char *inner;
	int inner_idx;
	int is_inner;
	int sym;
};

struct asmb {
	const char *file;
	int line;
	int pass;
	struct afunc *funcs;
	size_t n_funcs, cap_funcs;
	struct amap *maps;
	size_t n_maps, cap_maps;
	char *license;
	int func_info;      /* describe every function in BTF and func_info */
	int cur;            /* current function, -1 before the first */
	struct bv_error *err;
	struct btf *vmlinux;
	int vmlinux_tried;
	/* filled by the resolver for the instruction being parsed */
	char pending_target[128];
	int pending_kind;   /* 0 none, 1 function, 2 map */
};

int bv_asm_is_source(const char *path)
{
	size_t n = strlen(path);

	return (n > 2 && !strcmp(path + n - 2, ".s")) || (n > 4 && !strcmp(path + n - 4, ".asm"));
}

static int fail(struct asmb *a, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct asmb *a, int code, const char *fmt, ...)
{
	char msg[BV_ERROR_MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return bv_error_set(a->err, code, "%s:%d: %s", a->file, a->line, msg);
}

static int find_func(struct asmb *a, const char *name)
{
	for (size_t i = 0; i < a->n_funcs; i++)
		if (!strcmp(a->funcs[i].name, name))
			return (int)i;
	return -1;
}

static int find_map(struct asmb *a, const char *name)
{
	for (size_t i = 0; i < a->n_maps; i++)
		if (!strcmp(a->maps[i].name, name))
			return (int)i;
	return -1;
}

static int resolve(void *ctx, enum bv_sym_kind kind, const char *name, int64_t *value)
{
	struct asmb *a = ctx;
	struct afunc *f = a->cur >= 0 ? &a->funcs[a->cur] : NULL;

	switch (kind) {
	case BV_SYM_LABEL:
		if (a->pass == 1) {
			/* sizes only: any target will do */
			*value = f ? (int64_t)f->n : 0;
			return 0;
		}
		if (f)
			for (size_t i = 0; i < f->n_labels; i++)
				if (!strcmp(f->labels[i].name, name)) {
					*value = (int64_t)f->labels[i].idx;
					return 0;
				}
		if (find_func(a, name) >= 0) {
			/* another function: a relocation sets the target */
			snprintf(a->pending_target, sizeof(a->pending_target), "%s", name);
			a->pending_kind = 1;
			*value = f ? (int64_t)f->n : 0;
			return 0;
		}
		return -ENOENT;
	case BV_SYM_MAP:
		if (find_map(a, name) < 0 && a->pass == 2)
			return -ENOENT;
		snprintf(a->pending_target, sizeof(a->pending_target), "%s", name);
		a->pending_kind = 2;
		*value = 0;
		return 0;
	case BV_SYM_KFUNC:
		if (!a->vmlinux_tried) {
			a->vmlinux_tried = 1;
			a->vmlinux = btf__load_vmlinux_btf();
		}
		if (a->vmlinux) {
			int id = btf__find_by_name_kind(a->vmlinux, name, BTF_KIND_FUNC);

			if (id > 0) {
				*value = id;
				return 0;
			}
		}
		if (a->pass == 1) {
			*value = 0;
			return 0;
		}
		return -ENOENT;
	case BV_SYM_HELPER:
		break;
	}
	return -ENOENT;
}

static int add_label(struct asmb *a, const char *name)
{
	struct afunc *f;

	if (a->cur < 0)
		return fail(a, -EINVAL, "label '%s' before any .prog or .func", name);
	f = &a->funcs[a->cur];
	for (size_t i = 0; i < f->n_labels; i++)
		if (!strcmp(f->labels[i].name, name))
			return fail(a, -EINVAL, "label '%s' defined twice", name);
	if (bv_grow(&f->labels, &f->cap_labels, f->n_labels + 1, sizeof(*f->labels)))
		return -ENOMEM;
	f->labels[f->n_labels].name = bv_strdup(name);
	f->labels[f->n_labels++].idx = f->n;
	return 0;
}

static int add_func(struct asmb *a, const char *name, const char *section)
{
	struct afunc *f;
	int i = find_func(a, name);

	if (a->pass == 2) {
		a->cur = i;
		a->funcs[i].n = 0;
		return 0;
	}
	if (i >= 0)
		return fail(a, -EINVAL, "'%s' defined twice", name);
	if (bv_grow(&a->funcs, &a->cap_funcs, a->n_funcs + 1, sizeof(*a->funcs)))
		return -ENOMEM;
	f = &a->funcs[a->n_funcs];
	memset(f, 0, sizeof(*f));
	f->name = bv_strdup(name);
	f->section = section ? bv_strdup(section) : NULL;
	a->cur = (int)a->n_funcs++;
	return 0;
}

/* ".func NAME" (static) or ".func NAME global ARG...", an argument being
 * scalar, ctx:STRUCT or mem:N; a global function needs func_info, so it
 * turns it on for the file. */
static int func_directive(struct asmb *a, char **save)
{
	char *name = strtok_r(NULL, " \t", save), *kind = strtok_r(NULL, " \t", save), *tok;
	struct afunc *f;
	int r;

	if (!name || (kind && strcmp(kind, "global") && strcmp(kind, "static")))
		return fail(a, -EINVAL, "expected '.func NAME [static | global ARG...]'");
	r = add_func(a, name, NULL);
	if (r || a->pass == 2)
		return r;
	f = &a->funcs[a->cur];
	f->global = kind && !strcmp(kind, "global");
	if (kind)
		a->func_info = 1;
	while ((tok = strtok_r(NULL, " \t", save)) != NULL) {
		struct warg *arg = &f->args[f->nargs];
		char *end;

		if (!f->global)
			return fail(a, -EINVAL, "a static function's arguments are not described");
		if (f->nargs == 5)
			return fail(a, -EINVAL, "more than 5 arguments");
		if (!strcmp(tok, "scalar")) {
			arg->kind = WARG_SCALAR;
		} else if (!strncmp(tok, "ctx:", 4) && tok[4]) {
			arg->kind = WARG_CTX;
			arg->ctx = bv_strdup(tok + 4);
			if (!arg->ctx)
				return -ENOMEM;
		} else if (!strncmp(tok, "mem:", 4)) {
			unsigned long v = strtoul(tok + 4, &end, 0);

			if (*end || end == tok + 4 || v == 0 || v > (1u << 29))
				return fail(a, -EINVAL, "bad size in '%s'", tok);
			arg->kind = WARG_MEM;
			arg->size = (uint32_t)v;
		} else {
			return fail(a, -EINVAL, "unknown argument '%s' (scalar, ctx:STRUCT or mem:N)", tok);
		}
		f->nargs++;
	}
	return 0;
}

/* "key=4" style attribute */
static int attr(struct asmb *a, const char *tok, const char *key, uint32_t *out, int *seen)
{
	size_t n = strlen(key);
	char *end;
	unsigned long long v;

	if (strncmp(tok, key, n) || tok[n] != '=')
		return 0;
	v = strtoull(tok + n + 1, &end, 0);
	if (*end || end == tok + n + 1 || v > UINT32_MAX)
		return fail(a, -EINVAL, "bad value in '%s'", tok);
	*out = (uint32_t)v;
	*seen = 1;
	return 1;
}

static int directive(struct asmb *a, char *line)
{
	char *save = NULL, *word = strtok_r(line, " \t", &save);

	if (!strcmp(word, ".license")) {
		char *v = save ? save : "";

		while (*v == ' ' || *v == '\t')
			v++;
		if (*v == '"') {
			char *e = strrchr(v + 1, '"');

			if (!e)
				return fail(a, -EINVAL, "unterminated string");
			*e = 0;
			v++;
		}
		if (a->pass == 1) {
			free(a->license);
			a->license = bv_strdup(v);
		}
		return 0;
	}
	if (!strcmp(word, ".prog")) {
		char *name = strtok_r(NULL, " \t", &save), *sec = strtok_r(NULL, " \t", &save);

		if (!name || !sec || strtok_r(NULL, " \t", &save))
			return fail(a, -EINVAL, "expected '.prog NAME SECTION'");
		return add_func(a, name, sec);
	}
	if (!strcmp(word, ".func"))
		return func_directive(a, &save);
	if (!strcmp(word, ".func_info")) {
		if (strtok_r(NULL, " \t", &save))
			return fail(a, -EINVAL, "'.func_info' takes nothing");
		a->func_info = 1;
		return 0;
	}
	if (!strcmp(word, ".map")) {
		char *name = strtok_r(NULL, " \t", &save), *type = strtok_r(NULL, " \t", &save), *tok;
		struct amap m = { 0 };
		int t, seen_k = 0, seen_v = 0, seen_e = 0, seen_f = 0;

		if (!name || !type)
			return fail(a, -EINVAL, "expected '.map NAME TYPE key=N value=N entries=N'");
		t = bv_map_type_by_name(type);
		if (t < 0) {
			char *end;
			unsigned long v = strtoul(type, &end, 0);

			if (*end)
				return fail(a, -EINVAL, "unknown map type '%s'", type);
			t = (int)v;
		}
		m.type = (uint32_t)t;
		m.inner_idx = -1;
		while ((tok = strtok_r(NULL, " \t", &save)) != NULL) {
			int r;

			if (!strncmp(tok, "inner=", 6)) {
				free(m.inner);
				m.inner = bv_strdup(tok + 6);
				continue;
			}
			if ((r = attr(a, tok, "key", &m.key, &seen_k)) || (r = attr(a, tok, "value", &m.value, &seen_v)) ||
			    (r = attr(a, tok, "entries", &m.entries, &seen_e)) ||
			    (r = attr(a, tok, "flags", &m.flags, &seen_f))) {
				if (r < 0) {
					free(m.inner);
					return r;
				}
				continue;
			}
			free(m.inner);
			return fail(a, -EINVAL, "unknown map attribute '%s'", tok);
		}
		if (a->pass == 2) {
			free(m.inner);
			return 0;
		}
		if (find_map(a, name) >= 0) {
			free(m.inner);
			return fail(a, -EINVAL, "map '%s' defined twice", name);
		}
		m.name = bv_strdup(name);
		if (bv_grow(&a->maps, &a->cap_maps, a->n_maps + 1, sizeof(*a->maps)))
			return -ENOMEM;
		a->maps[a->n_maps++] = m;
		return 0;
	}
	return fail(a, -EINVAL, "unknown directive '%s'", word);
}

static void strip_comment(char *s)
{
	char *p = s;
	int in_str = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#') {
		*s = 0;
		return;
	}
	for (p = s; *p; p++) {
		if (*p == '"')
			in_str = !in_str;
		if (in_str)
			continue;
		if (*p == ';' || (p[0] == '/' && p[1] == '/')) {
			*p = 0;
			break;
		}
	}
	/* trailing spaces */
	for (p = s + strlen(s); p > s && isspace((unsigned char)p[-1]);)
		*--p = 0;
}

static int instruction(struct asmb *a, const char *text)
{
	struct bv_asm_resolver res = { resolve, a };
	struct bv_insn out[2];
	struct afunc *f;
	int n;

	if (a->cur < 0)
		return fail(a, -EINVAL, "instruction before any .prog or .func");
	f = &a->funcs[a->cur];
	a->pending_kind = 0;
	n = bv_insn_parse(text, f->n, &res, out, a->err);
	if (n < 0)
		return fail(a, n, "%s", a->err->msg);
	if (bv_grow(&f->insns, &f->cap, f->n + 2, sizeof(*f->insns)))
		return -ENOMEM;
	if (a->pass == 2) {
		memcpy(f->insns + f->n, out, (size_t)n * sizeof(*out));
		if (a->pending_kind) {
			struct arel *r;
			int is_call = a->pending_kind == 1;

			if (is_call && out[0].code != (BV_JMP | BV_CALL) && !(out[0].code == (BV_LD | BV_IMM | BV_DW) &&
									       out[0].src == BV_PSEUDO_FUNC))
				return fail(a, -EINVAL, "'%s' is a function: jumps cannot leave their function",
					    a->pending_target);
			if (bv_grow(&f->rels, &f->cap_rels, f->n_rels + 1, sizeof(*f->rels)))
				return -ENOMEM;
			r = &f->rels[f->n_rels++];
			r->insn = f->n;
			r->is_call = is_call;
			r->target = bv_strdup(a->pending_target);
			if (is_call && out[0].code == (BV_JMP | BV_CALL)) {
				f->insns[f->n].imm = -1;
			} else if (is_call) {
				f->insns[f->n].imm = 0;
			} else if (f->insns[f->n].src == BV_PSEUDO_MAP_FD) {
				f->insns[f->n].src = 0; /* as clang leaves it */
				f->insns[f->n].imm = 0;
			} else {
				f->insns[f->n].imm = 0;
			}
		}
	}
	f->n += (size_t)n;
	return 0;
}

static int run_pass(struct asmb *a, const char *text)
{
	const char *p = text;
	char *line = NULL;
	size_t cap = 0;
	int r = 0;

	a->line = 0;
	a->cur = -1;
	while (*p && !r) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *s, *colon;

		a->line++;
		if (bv_grow(&line, &cap, n + 1, 1)) {
			r = -ENOMEM;
			break;
		}
		memcpy(line, p, n);
		line[n] = 0;
		p = e ? e + 1 : p + n;
		strip_comment(line);
		s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			continue;
		if (*s == '.') {
			r = directive(a, s);
			continue;
		}
		/* "name:" labels; "12:" is a kernel log index, not a label */
		colon = strchr(s, ':');
		if (colon && (isalpha((unsigned char)*s) || *s == '_')) {
			char *q = s;

			while (isalnum((unsigned char)*q) || *q == '_' || *q == '.')
				q++;
			if (q == colon) {
				*colon = 0;
				if (a->pass == 1)
					r = add_label(a, s);
				s = colon + 1;
				while (*s == ' ' || *s == '\t')
					s++;
				if (!*s || r)
					continue;
			}
		}
		r = instruction(a, s);
	}
	free(line);
	return r;
}

static void asmb_free(struct asmb *a)
{
	for (size_t i = 0; i < a->n_funcs; i++) {
		struct afunc *f = &a->funcs[i];

		free(f->name);
		free(f->section);
		free(f->insns);
		for (size_t k = 0; k < f->n_labels; k++)
			free(f->labels[k].name);
		free(f->labels);
		for (size_t k = 0; k < f->n_rels; k++)
			free(f->rels[k].target);
		free(f->rels);
		for (int k = 0; k < f->nargs; k++)
			free((char *)f->args[k].ctx);
	}
	free(a->funcs);
	for (size_t i = 0; i < a->n_maps; i++) {
		free(a->maps[i].name);
		free(a->maps[i].inner);
	}
	free(a->maps);
	free(a->license);
	btf__free(a->vmlinux);
}

/* A FUNC for every function and the func_info that places them: each
 * section's functions by offset, programs' sections first, as laid out. */
static int func_info(struct asmb *a, struct bw *b, uint8_t **ext, size_t *ext_size)
{
	struct wfinfo *fi = calloc(a->n_funcs + 1, sizeof(*fi));
	size_t n = 0;
	int r;

	if (!fi)
		return -ENOMEM;
	for (size_t i = 0; i < a->n_funcs; i++) {
		const char *sec = a->funcs[i].section ? a->funcs[i].section : ".text";
		uint32_t name;
		int first = 1;

		for (size_t k = 0; k < i; k++)
			if (!strcmp(a->funcs[k].section ? a->funcs[k].section : ".text", sec))
				first = 0;
		if (!first)
			continue;
		name = bw_str(b, sec);
		for (size_t k = i; k < a->n_funcs; k++) {
			struct afunc *g = &a->funcs[k];

			if (strcmp(g->section ? g->section : ".text", sec))
				continue;
			fi[n].sec_name_off = name;
			fi[n].insn_off = (uint32_t)g->sec_off;
			/* programs are global, as clang has them */
			fi[n].type_id = bw_func(b, g->name, g->section || g->global, g->args, g->nargs);
			if (!fi[n++].type_id) {
				free(fi);
				return -ENOMEM;
			}
		}
	}
	r = btf_ext_write_funcs(fi, n, ext, ext_size);
	free(fi);
	return r;
}

/* Lay the functions out in sections and write the ELF file. */
static int emit(struct asmb *a, uint8_t **out, size_t *size)
{
	struct ew *w = ew_new();
	struct bw *b = bw_new();
	int r = -ENOMEM, maps_sec = -1;
	uint8_t *btf = NULL, *ext = NULL;
	size_t btf_size = 0, ext_size = 0, ss = 40;

	if (!w || !b) {
		ew_free(w);
		bw_free(b);
		return bv_error_set(a->err, -ENOMEM, "out of memory");
	}
	/* code sections: programs grouped by section name, then .text */
	for (int text = 0; text < 2; text++) {
		for (size_t i = 0; i < a->n_funcs; i++) {
			struct afunc *f = &a->funcs[i];
			const char *sec = f->section ? f->section : ".text";
			struct bv_buf code = { 0 };
			int si;

			if ((f->section == NULL) != text || f->sec)
				continue;
			/* every function of this section, in source order */
			for (size_t k = i; k < a->n_funcs; k++) {
				struct afunc *g = &a->funcs[k];

				if (strcmp(g->section ? g->section : ".text", sec))
					continue;
				g->sec_off = code.len;
				bv_buf_align(&code, 8);
				{
					uint8_t *bytes = malloc(g->n * 8 + 8);

					if (!bytes) {
						bv_buf_free(&code);
						goto out;
					}
					bv_insn_to_bytes(bytes, g->insns, g->n);
					bv_buf_append(&code, bytes, g->n * 8);
					free(bytes);
				}
				g->sec = -1; /* placed */
			}
			si = ew_section(w, sec, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, code.data, code.len, 8);
			bv_buf_free(&code);
			if (si < 0)
				goto out;
			for (size_t k = i; k < a->n_funcs; k++) {
				struct afunc *g = &a->funcs[k];

				if (g->sec == -1 && !strcmp(g->section ? g->section : ".text", sec)) {
					g->sec = si;
					g->sym = ew_symbol(w, g->name, si, g->sec_off, g->n * 8, STT_FUNC, STB_GLOBAL);
					if (g->sym < 0)
						goto out;
				}
			}
		}
	}
	if (a->n_maps) {
		struct wmap *wm = calloc(a->n_maps, sizeof(*wm));
		int *is_var = calloc(a->n_maps, sizeof(int));
		uint8_t *zeros;
		size_t nvars = 0, off = 0;

		if (!wm || !is_var) {
			free(wm);
			free(is_var);
			goto out;
		}
		for (size_t i = 0; i < a->n_maps; i++) {
			struct amap *m = &a->maps[i];

			wm[i] = (struct wmap){ m->name, m->type, m->key, m->value, m->entries, m->flags, -1 };
			if (m->inner) {
				int k = find_map(a, m->inner);

				if (k < 0 || k == (int)i) {
					free(wm);
					free(is_var);
					r = bv_error_set(a->err, -EINVAL, "%s: map '%s': inner map '%s' is not defined",
							 a->file, m->name, m->inner);
					goto out;
				}
				wm[i].inner = k;
				a->maps[k].is_inner = 1;
			}
		}
		for (size_t i = 0; i < a->n_maps; i++) {
			is_var[i] = !a->maps[i].is_inner;
			nvars += (size_t)is_var[i];
		}
		r = bw_maps(b, wm, a->n_maps, is_var, &ss);
		free(wm);
		if (r) {
			free(is_var);
			goto out;
		}
		zeros = calloc(nvars ? nvars : 1, ss + 8);
		maps_sec = ew_section(w, ".maps", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, zeros, nvars * ss, 8);
		free(zeros);
		r = -ENOMEM;
		if (maps_sec < 0) {
			free(is_var);
			goto out;
		}
		for (size_t i = 0; i < a->n_maps; i++) {
			a->maps[i].sym = -1;
			if (!is_var[i])
				continue;
			a->maps[i].sym = ew_symbol(w, a->maps[i].name, maps_sec, off, ss, STT_OBJECT, STB_GLOBAL);
			off += ss;
			if (a->maps[i].sym < 0) {
				free(is_var);
				goto out;
			}
		}
		free(is_var);
	}
	/* relocations */
	for (size_t i = 0; i < a->n_funcs; i++) {
		struct afunc *f = &a->funcs[i];

		for (size_t k = 0; k < f->n_rels; k++) {
			struct arel *rel = &f->rels[k];
			int sym, type;

			if (rel->is_call) {
				int g = find_func(a, rel->target);

				if (g < 0) {
					r = bv_error_set(a->err, -ENOENT, "%s: '%s' calls '%s', which is not defined",
							 a->file, f->name, rel->target);
					goto out;
				}
				sym = a->funcs[g].sym;
				type = f->insns[rel->insn].code == (BV_JMP | BV_CALL) ? R_BPF_64_32 : R_BPF_64_64;
			} else {
				int m = find_map(a, rel->target);

				if (m < 0 || a->maps[m].sym < 0) {
					r = bv_error_set(a->err, -ENOENT, "%s: '%s' refers to map '%s', which is not defined%s",
							 a->file, f->name, rel->target,
							 m >= 0 ? " as a variable (it is an inner map)" : "");
					goto out;
				}
				sym = a->maps[m].sym;
				type = R_BPF_64_64;
			}
			if (ew_reloc(w, f->sec, f->sec_off + rel->insn * 8, sym, (uint32_t)type))
				goto out;
		}
	}
	if (a->license && ew_section(w, "license", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, a->license,
				     strlen(a->license) + 1, 1) < 0)
		goto out;
	if (a->func_info && (r = func_info(a, b, &ext, &ext_size)) != 0)
		goto out;
	r = -ENOMEM;
	if ((a->n_maps || a->func_info) && bw_finish(b, &btf, &btf_size))
		goto out;
	if (btf && ew_section(w, ".BTF", SHT_PROGBITS, 0, btf, btf_size, 4) < 0)
		goto out;
	if (ext && ew_section(w, ".BTF.ext", SHT_PROGBITS, 0, ext, ext_size, 4) < 0)
		goto out;
	r = ew_finish(w, out, size);
	if (r)
		bv_error_set(a->err, r, "out of memory");
out:
	if (r == -ENOMEM && !a->err->code)
		bv_error_set(a->err, r, "out of memory");
	free(btf);
	free(ext);
	bw_free(b);
	ew_free(w);
	return r;
}

int bv_asm_text(const char *text, const char *name, uint8_t **elf, size_t *size,
		struct bv_error *err)
{
	struct asmb a = { 0 };
	struct bv_error scratch = { 0 };
	int r;

	a.file = name ? name : "<input>";
	a.err = err ? err : &scratch;
	a.pass = 1;
	r = run_pass(&a, text);
	if (!r) {
		a.pass = 2;
		r = run_pass(&a, text);
	}
	if (!r && a.n_funcs == 0)
		r = bv_error_set(a.err, -EINVAL, "%s: no .prog: nothing to assemble", a.file);
	if (!r)
		r = emit(&a, elf, size);
	asmb_free(&a);
	return r;
}

int bv_asm_file(const char *path, uint8_t **elf, size_t *size, struct bv_error *err)
{
	uint8_t *data, *text;
	size_t n;
	int r = bv_read_file(path, MAX_SOURCE, &data, &n, err);

	if (r)
		return r;
	text = realloc(data, n + 1);
	if (!text) {
		free(data);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	text[n] = 0;
	if (memchr(text, 0, n)) {
		free(text);
		return bv_error_set(err, -EINVAL, "%s: not a text file (NUL byte)", path);
	}
	r = bv_asm_text((const char *)text, path, elf, size, err);
	free(text);
	return r;
}
