/* The linker: from code sections and relocations to one flat instruction
 * sequence per program, as libbpf builds it.
 *
 * A program starts as a copy of its function.  Walking it, every BPF-to-BPF
 * call and every callback reference (LD_IMM64 of a function) that reaches a
 * function not yet present appends that function at the end, and the walk
 * continues into the appended code, so subprograms come out in the order
 * libbpf appends them.  Map, global data and extern references become
 * pseudo LD_IMM64s; CO-RE relocations, func info and line info follow each
 * instruction to its final index. */
#include <bpf/btf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object/obj_internal.h"
#include "util/btf_util.h"

#define POISON_KFUNC_BASE 2002000000

/* Where a linked instruction came from. */
struct origin {
	uint32_t sec;
	uint32_t idx;   /* instruction index within the section */
};

/* A function copied into the program and where its copy starts. */
struct chunk {
	const struct func *fn;
	size_t start;
};

struct linker {
	struct bv_object *obj;
	struct bv_prog *prog;
	struct bv_insn *insns;
	struct origin *orig;
	int32_t *map;   /* per insn: map an LD_IMM64 names, or -1 */
	size_t n, cap;
	struct chunk *chunks;
	size_t n_chunks, cap_chunks;
	struct bv_error *err;
	char msg[512];
};

/* The function holding instruction idx of section sec: funcs are sorted
 * by (section, offset). */
static const struct func *func_at(struct bv_object_internal *p, uint32_t sec, size_t idx)
{
	size_t lo = 0, hi = p->n_funcs;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct func *f = &p->funcs[mid];

		if (f->sec < sec || (f->sec == sec && f->off <= idx))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo) {
		const struct func *f = &p->funcs[lo - 1];

		if (f->sec == sec && idx >= f->off && idx < f->off + f->len)
			return f;
	}
	return NULL;
}

static int append_func(struct linker *L, const struct func *fn, size_t *start)
{
	struct bv_object_internal *p = PRIV(L->obj);
	const struct elf_sec *s = &p->secs[fn->sec];
	size_t cap_o = L->cap, cap_m = L->cap;

	for (size_t i = 0; i < L->n_chunks; i++)
		if (L->chunks[i].fn == fn) {
			*start = L->chunks[i].start;
			return 0;
		}
	if (L->n + fn->len > 1u << 24)
		return bv_error_set(L->err, -E2BIG, "%s: program '%s' grows past 16M instructions",
				    p->name, L->prog->name);
	if (bv_grow(&L->insns, &L->cap, L->n + fn->len, sizeof(*L->insns)) ||
	    bv_grow(&L->orig, &cap_o, L->n + fn->len, sizeof(*L->orig)) ||
	    bv_grow(&L->map, &cap_m, L->n + fn->len, sizeof(*L->map)) ||
	    bv_grow(&L->chunks, &L->cap_chunks, L->n_chunks + 1, sizeof(*L->chunks)))
		return bv_error_set(L->err, -ENOMEM, "out of memory");
	if (fn->len)
		bv_insn_from_bytes(L->insns + L->n, s->data + fn->off * 8, fn->len);
	for (size_t i = 0; i < fn->len; i++) {
		L->orig[L->n + i] = (struct origin){ fn->sec, (uint32_t)(fn->off + i) };
		L->map[L->n + i] = -1;
	}
	L->chunks[L->n_chunks++] = (struct chunk){ fn, L->n };
	*start = L->n;
	L->n += fn->len;
	return 0;
}

/* Index in the linked program of section instruction (sec, idx), appending
 * the function that holds it if needed. */
static int resolve_code(struct linker *L, size_t at, uint32_t sec, int64_t idx, size_t *out)
{
	struct bv_object_internal *p = PRIV(L->obj);
	const struct func *fn;
	size_t start;
	int r;

	fn = idx >= 0 ? func_at(p, sec, (size_t)idx) : NULL;
	if (!fn) {
		snprintf(L->msg, sizeof(L->msg),
			 "instruction %zu refers to instruction %lld of section '%s', which is in no function",
			 at, (long long)idx, p->secs[sec].name);
		return -ENOENT;
	}
	r = append_func(L, fn, &start);
	if (r)
		return r;
	*out = start + ((size_t)idx - fn->off);
	return 0;
}

static int is_exec(const struct elf_sec *s)
{
	return s->kind == SEC_PROG || s->kind == SEC_TEXT;
}

/* The struct a kfunc prototype of the object names only by a forward
 * declaration (clang emits one for `struct X;`, and for a struct the file
 * defines but never reaches a member of), into buf; 0 when none. */
static int fwd_struct_in_proto(const struct btf *btf, uint32_t proto_id, char *buf, size_t size)
{
	const struct btf_type *fp = btf ? btf__type_by_id(btf, proto_id) : NULL;
	const struct btf_param *pa;

	if (!fp || !btf_is_func_proto(fp))
		return 0;
	pa = btf_params(fp);
	for (int a = -1; a < btf_vlen(fp); a++) {
		uint32_t id = a < 0 ? fp->type : pa[a].type;
		const struct btf_type *t = btf__type_by_id(btf, id);

		while (t && (btf_is_mod(t) || btf_is_typedef(t) || btf_is_ptr(t)))
			t = btf__type_by_id(btf, t->type);
		if (t && btf_is_fwd(t)) {
			snprintf(buf, size, "%s", btf__name_by_offset(btf, t->name_off));
			return 1;
		}
	}
	return 0;
}

static int link_call(struct linker *L, size_t i)
{
	struct bv_object_internal *p = PRIV(L->obj);
	struct bv_insn *in = &L->insns[i];
	struct origin o = L->orig[i];
	const struct elf_rel *rel = sec_rel_at(&p->secs[o.sec], (uint64_t)o.idx * 8);
	uint32_t tsec = o.sec;
	int64_t tidx;
	size_t target;
	int r;

	if (rel) {
		const struct elf_sym *sym = &p->syms[rel->sym];

		if (sym->shndx == SHN_UNDEF) {
			struct ext *e = extern_by_sym(L->obj, sym);

			if (!e || e->kind == EXT_UNKNOWN || !e->is_func) {
				snprintf(L->msg, sizeof(L->msg), "instruction %zu calls extern '%s', which %s", i,
					 sym->name, e && e->why ? e->why : "is not a kernel function");
				return -ENOENT;
			}
			if (!e->resolved) {
				if (!e->weak && e->incompat) {
					char fwd[64];

					if (fwd_struct_in_proto(p->btf, e->incompat, fwd, sizeof(fwd))) {
						snprintf(L->msg, sizeof(L->msg),
							 "extern (func ksym) '%s': func_proto [%u] incompatible with kernel "
							 "[%u] (libbpf refuses it too: the object's BTF has only a forward "
							 "declaration of struct %s, which matches no kernel struct; clang "
							 "emits one for `struct %s;`, and for a struct the file defines "
							 "but never reads a member of: use a member somewhere, or include "
							 "vmlinux.h)",
							 e->name, e->incompat, e->incompat_target, fwd, fwd);
						return -EINVAL;
					}
					snprintf(L->msg, sizeof(L->msg),
						 "extern (func ksym) '%s': func_proto [%u] incompatible with kernel [%u] "
						 "(libbpf refuses it too: every argument and the return type must have the "
						 "kernel's kind, and a struct only declared, `struct X;`, matches no kernel "
						 "struct; define it, or include vmlinux.h)",
						 e->name, e->incompat, e->incompat_target);
					return -EINVAL;
				}
				if (!e->weak) {
					snprintf(L->msg, sizeof(L->msg),
						 "extern (func ksym) '%s': not found in kernel BTF", e->name);
					return -ESRCH;
				}
				/* libbpf turns calls of missing weak kfuncs into
				 * calls of an impossible helper */
				in->src = 0;
				in->off = 0;
				in->imm = POISON_KFUNC_BASE + (int32_t)(e - p->exts);
				return 0;
			}
			in->src = BV_PSEUDO_KFUNC_CALL;
			in->imm = e->target_id;
			in->off = 0;
			{
				struct bv_prog *pr = L->prog;
				struct bv_kfunc_ref *k = realloc(pr->kfuncs, (pr->n_kfuncs + 1) * sizeof(*k));

				if (!k)
					return -ENOMEM;
				pr->kfuncs = k;
				k[pr->n_kfuncs++] = (struct bv_kfunc_ref){ (uint32_t)i, e->name, e->target_id };
			}
			return 0;
		}
		if (sym->shndx >= p->n_secs || !is_exec(&p->secs[sym->shndx])) {
			snprintf(L->msg, sizeof(L->msg),
				 "call at instruction %zu is relocated against '%s', which is not code", i,
				 sym->name);
			return -EINVAL;
		}
		tsec = sym->shndx;
		tidx = (int64_t)(sym->value / 8) + in->imm + 1;
	} else {
		if (in->src != BV_PSEUDO_CALL)
			return 0; /* a helper call */
		tidx = (int64_t)o.idx + in->imm + 1;
	}
	r = resolve_code(L, i, tsec, tidx, &target);
	if (r)
		return r;
	in = &L->insns[i]; /* the array may have moved */
	in->src = BV_PSEUDO_CALL;
	in->imm = (int32_t)((int64_t)target - (int64_t)i - 1);
	return 0;
}

static int link_ldimm64(struct linker *L, size_t i)
{
	struct bv_object_internal *p = PRIV(L->obj);
	struct bv_insn *in = &L->insns[i];
	struct origin o = L->orig[i];
	const struct elf_rel *rel = sec_rel_at(&p->secs[o.sec], (uint64_t)o.idx * 8);
	const struct elf_sym *sym;
	const struct elf_sec *ss;
	size_t target;
	int r, m;

	if (i + 1 >= L->n)
		return 0; /* truncated: left for the verifier to report */
	if (!rel) {
		if (in->src == BV_PSEUDO_FUNC) {
			r = resolve_code(L, i, o.sec, (int64_t)o.idx + in->imm + 1, &target);
			if (r)
				return r;
			L->insns[i].imm = (int32_t)((int64_t)target - (int64_t)i - 1);
		}
		return 0;
	}
	sym = &p->syms[rel->sym];
	if (sym->shndx == SHN_UNDEF) {
		struct ext *e = extern_by_sym(L->obj, sym);

		if (!e || e->kind == EXT_UNKNOWN) {
			snprintf(L->msg, sizeof(L->msg), "instruction %zu refers to extern '%s', which %s", i,
				 sym->name, e && e->why ? e->why : "is unknown");
			return -ENOENT;
		}
		if (e->kind == EXT_KCONFIG) {
			in->src = BV_PSEUDO_MAP_VALUE;
			L->insns[i + 1].imm = (int32_t)e->kcfg_off + in->imm;
			in->imm = p->kconfig_map;
			L->map[i] = p->kconfig_map;
			return 0;
		}
		if (!e->resolved && !e->weak) {
			snprintf(L->msg, sizeof(L->msg), "extern (var ksym) '%s': not found in the kernel",
				 e->name);
			return -ESRCH;
		}
		if (e->typed) {
			in->src = e->resolved ? BV_PSEUDO_BTF_ID : 0;
			in->imm = e->resolved ? e->target_id : 0;
			L->insns[i + 1].imm = 0;
		} else {
			in->src = 0;
			in->imm = (int32_t)(uint32_t)e->addr;
			L->insns[i + 1].imm = (int32_t)(uint32_t)(e->addr >> 32);
		}
		return 0;
	}
	if (sym->shndx >= p->n_secs) {
		snprintf(L->msg, sizeof(L->msg), "instruction %zu refers to symbol '%s' in section %u", i,
			 sym->name, sym->shndx);
		return -EINVAL;
	}
	ss = &p->secs[sym->shndx];
	if (is_exec(ss)) {
		/* callback: address of a function */
		int64_t tidx = (int64_t)(sym->value + (uint32_t)in->imm) / 8;

		r = resolve_code(L, i, sym->shndx, tidx, &target);
		if (r)
			return r;
		in = &L->insns[i];
		in->src = BV_PSEUDO_FUNC;
		in->imm = (int32_t)((int64_t)target - (int64_t)i - 1);
		return 0;
	}
	if (!strcmp(ss->name, ".addr_space.1")) {
		/* __arena globals live in the arena itself, as libbpf lays them
		 * out: the arena map's "value" at the variable's offset (the
		 * verifier sees a number; where in the arena only matters to
		 * a run) */
		for (m = 0; (size_t)m < L->obj->n_maps && L->obj->maps[m].type != BV_MAP_ARENA; m++)
			;
		if ((size_t)m == L->obj->n_maps) {
			snprintf(L->msg, sizeof(L->msg),
				 "instruction %zu refers to '%s' in section '.addr_space.1': __arena variables need an "
				 "arena map declared in SEC(\".maps\")", i, sym->name);
			return -EINVAL;
		}
		in->src = BV_PSEUDO_MAP_VALUE;
		L->insns[i + 1].imm = in->imm + (int32_t)(sym->type == STT_SECTION ? 0 : sym->value);
		in->imm = m;
		L->map[i] = m;
		return 0;
	}
	m = maps_by_sym(L->obj, sym->shndx, sym);
	if (m < 0) {
		snprintf(L->msg, sizeof(L->msg),
			 "instruction %zu refers to '%s' in section '%s', which holds no map or data", i,
			 sym->name, ss->name);
		return -EINVAL;
	}
	if (ss->kind == SEC_DATA) {
		in->src = BV_PSEUDO_MAP_VALUE;
		L->insns[i + 1].imm = in->imm + (int32_t)(sym->type == STT_SECTION ? 0 : sym->value);
	} else if (in->src == BV_PSEUDO_MAP_VALUE) {
		/* direct value access written as such (our assembler) */
		L->insns[i + 1].imm += in->imm;
	} else {
		in->src = BV_PSEUDO_MAP_FD;
		L->insns[i + 1].imm = 0;
	}
	in->imm = m;
	L->map[i] = m;
	return 0;
}

/* First record at or after byte offset lo: records are sorted. */
#define LOWER_BOUND(arr, n, lo, out)                                           \
	do {                                                                   \
		size_t a_ = 0, b_ = (n);                                       \
		while (a_ < b_) {                                              \
			size_t m_ = (a_ + b_) / 2;                             \
			if ((arr)[m_].insn_off < (lo))                         \
				a_ = m_ + 1;                                   \
			else                                                   \
				b_ = m_;                                       \
		}                                                              \
		(out) = a_;                                                    \
	} while (0)

/* Carry func info and line info of each copied function to its copy. */
static int carry_btf_ext(struct linker *L)
{
	struct bv_prog *pr = L->prog;
	size_t nf = 0, nl = 0;

	for (size_t c = 0; c < L->n_chunks; c++) {
		const struct ext_sec_info *si = btf_ext_for(L->obj, L->chunks[c].fn->sec);

		if (si) {
			nf += si->n_funcs;
			nl += si->n_lines;
		}
	}
	if (!nf && !nl)
		return 0;
	pr->funcs = calloc(nf + 1, sizeof(*pr->funcs));
	pr->lines = calloc(nl + 1, sizeof(*pr->lines));
	if (!pr->funcs || !pr->lines)
		return -ENOMEM;
	for (size_t c = 0; c < L->n_chunks; c++) {
		const struct chunk *ch = &L->chunks[c];
		const struct ext_sec_info *si = btf_ext_for(L->obj, ch->fn->sec);
		struct btf *btf = PRIV(L->obj)->btf;
		uint64_t lo = ch->fn->off * 8, hi = (ch->fn->off + ch->fn->len) * 8;

		size_t k0;

		if (!si)
			continue;
		LOWER_BOUND(si->funcs, si->n_funcs, lo, k0);
		for (size_t k = k0; k < si->n_funcs && si->funcs[k].insn_off < hi; k++) {
			const struct ext_func_rec *r = &si->funcs[k];
			const struct btf_type *t;

			t = btf__type_by_id(btf, r->type_id);
			pr->funcs[pr->n_funcs++] = (struct bv_func_info){
				(uint32_t)(ch->start + (r->insn_off - lo) / 8), r->type_id,
				t ? btf__name_by_offset(btf, t->name_off) : NULL,
			};
		}
		LOWER_BOUND(si->lines, si->n_lines, lo, k0);
		for (size_t k = k0; k < si->n_lines && si->lines[k].insn_off < hi; k++) {
			const struct ext_line_rec *r = &si->lines[k];
			struct bv_line_info *li;

			li = &pr->lines[pr->n_lines++];
			li->insn = (uint32_t)(ch->start + (r->insn_off - lo) / 8);
			li->file_off = r->file_off;
			li->line_off = r->line_off;
			li->file = btf__name_by_offset(btf, r->file_off);
			li->line = btf__name_by_offset(btf, r->line_off);
			li->line_num = r->line_col >> 10;
			li->col = r->line_col & 0x3ff;
		}
	}
	return 0;
}

static int apply_core(struct linker *L)
{
	struct bv_object_internal *p = PRIV(L->obj);

	if (p->opts && p->opts->no_core)
		return 0;
	for (size_t c = 0; c < L->n_chunks; c++) {
		const struct chunk *ch = &L->chunks[c];
		const struct ext_sec_info *si = btf_ext_for(L->obj, ch->fn->sec);
		uint64_t lo = ch->fn->off * 8, hi = (ch->fn->off + ch->fn->len) * 8;

		if (!si)
			continue;
		for (size_t k = 0; k < si->n_cores; k++) {
			const struct ext_core_rec *r = &si->cores[k];
			int e;

			if (r->insn_off < lo || r->insn_off >= hi || r->insn_off % 8)
				continue;
			e = core_apply(L->obj, L->prog, r, ch->start + (r->insn_off - lo) / 8, L->err);
			if (e)
				return e;
		}
	}
	return 0;
}

/* Relocate calls and function references from instruction `from` on.  The
 * walk runs into code it appends, so callees of callees and callbacks of
 * subprograms are linked too. */
static int link_walk(struct linker *L, size_t from)
{
	int r = 0;

	for (size_t i = from; !r && i < L->n; i++) {
		uint8_t code = L->insns[i].code;

		if (code == (BV_JMP | BV_CALL)) {
			r = link_call(L, i);
		} else if (code == (BV_LD | BV_IMM | BV_DW)) {
			r = link_ldimm64(L, i);
			i++;
		}
	}
	return r;
}

/* The exception callback a BTF decl tag "exception_callback:NAME" on the
 * program's function names: a global, non-hidden function of .text that
 * nothing calls but that goes into the program all the same.  The rules
 * and messages are libbpf's: any such tag must sit on a global function;
 * two on one program leave it without a callback, for the kernel to
 * refuse. */
static int find_exception_cb(struct linker *L, const struct func *entry, const struct func **out)
{
	struct bv_object_internal *p = PRIV(L->obj);
	const struct btf *btf = p->btf;
	size_t plen = strlen(BTF_EXC_CB_TAG);
	uint32_t n = btf ? btf__type_cnt(btf) : 0;
	const char *name;
	int id;

	*out = NULL;
	for (uint32_t i = 1; i < n; i++) {
		const struct btf_type *t = btf__type_by_id(btf, i), *fn;
		const char *tag = btf__name_by_offset(btf, t->name_off);

		if (!btf_is_decl_tag(t) || btf_decl_tag(t)->component_idx != -1 || !tag ||
		    strncmp(tag, BTF_EXC_CB_TAG, plen))
			continue;
		fn = btf__type_by_id(btf, t->type);
		if (!fn || !btf_is_func(fn) || btf_vlen(fn) != BTF_FUNC_GLOBAL) {
			snprintf(L->msg, sizeof(L->msg),
				 "prog '%s': exception_callback:<value> decl tag not applied to the main program",
				 entry->name);
			return -EINVAL;
		}
	}
	id = btf ? btf__find_by_name_kind(btf, entry->name, BTF_KIND_FUNC) : -1;
	if (id <= 0 || btf_decl_tag_value(btf, (uint32_t)id, BTF_EXC_CB_TAG, &name) != 1)
		return 0;
	if (!*name) {
		snprintf(L->msg, sizeof(L->msg), "prog '%s': exception_callback:<value> decl tag contains empty value",
			 entry->name);
		return -EINVAL;
	}
	for (size_t j = 0; j < p->n_funcs; j++) {
		const struct func *f = &p->funcs[j];

		if ((int)f->sec != p->text_sec || f->prog >= 0 || strcmp(f->name, name))
			continue;
		if (!f->global || f->hidden) {
			snprintf(L->msg, sizeof(L->msg), "prog '%s': exception callback %s must be a global non-hidden function",
				 entry->name, f->name);
			return -EINVAL;
		}
		*out = f;
		return 0;
	}
	snprintf(L->msg, sizeof(L->msg), "prog '%s': cannot find exception callback '%s'", entry->name, name);
	return -ENOENT;
}

static int link_one(struct bv_object *obj, struct bv_prog *prog, const struct func *entry,
		    struct bv_error *err)
{
	struct linker L = { .obj = obj, .prog = prog, .err = err };
	const struct func *exc_cb = NULL;
	size_t start, before;
	int r;

	r = append_func(&L, entry, &start);
	prog->main_insns = entry->len;
	if (!r)
		r = link_walk(&L, 0);
	/* as libbpf does, the exception callback comes after every callee */
	if (!r)
		r = find_exception_cb(&L, entry, &exc_cb);
	if (!r && exc_cb) {
		before = L.n;
		r = append_func(&L, exc_cb, &start);
		if (!r && L.n > before)
			r = link_walk(&L, before);
	}
	if (!r)
		r = carry_btf_ext(&L);
	prog->insns = L.insns;
	prog->n_insns = L.n;
	prog->insn_map = L.map;
	L.insns = NULL;
	L.map = NULL;
	if (!r)
		r = apply_core(&L);
	if (r && !prog->link_error) {
		prog->link_error = r;
		if (L.msg[0])
			prog->link_msg = bv_strdup(L.msg);
		else if (err && err->msg[0])
			prog->link_msg = bv_strdup(err->msg);
		else
			prog->link_msg = bv_strdup(strerror(-r));
	}
	free(L.insns);
	free(L.map);
	free(L.orig);
	free(L.chunks);
	return r == -ENOMEM ? r : 0;
}

int link_programs(struct bv_object *obj, struct bv_error *err)
{
	struct bv_object_internal *p = PRIV(obj);

	for (size_t i = 0; i < p->n_funcs; i++) {
		const struct func *f = &p->funcs[i];
		int r;

		if (f->prog < 0)
			continue;
		r = link_one(obj, &obj->progs[f->prog], f, err);
		if (r)
			return bv_error_set(err, r, "%s: out of memory linking '%s'", p->name,
					    obj->progs[f->prog].name);
	}
	return 0;
}
