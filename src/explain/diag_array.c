/* An array walked past its end by a loop: clang turns `s->v[i]` in a loop
 * into a pointer stepped by the element size each round, so the access
 * the verifier refuses has a constant offset, and the kernel's line (`R0
 * min value is outside of the allowed memory range`) says nothing about
 * the loop.  The verifier follows every round the loop's conditions allow;
 * when they allow more rounds than the array has elements, the round past
 * the last one fails.  Named here: the loop, the step, the array and its
 * length, from the map value's BTF. */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "explain/diag.h"
#include "object/obj_internal.h"

/* The array member of a map value's struct covering byte off: its name
 * and element count. */

/* whether insn's C line contains text */
static bool line_has(const struct ctx *c, long insn, const char *text)
{
	const char *s = diag_src_text(c, insn);

	return s && strstr(s, text);
}

/* Whether insn's source line assigns the variable v or compares it
 * (`i = 16;`, `if (i > 16)`, `if (MAX < i)`), as a clamp does; a test of
 * `t[i] == 0` does neither. */
static bool assigns_or_compares(const struct ctx *c, long insn, const char *v)
{
	const char *s = diag_src_text(c, insn);
	size_t n = strlen(v);

	for (const char *p = s; p && (p = strstr(p, v)); p += n) {
		const char *e = p + n;

		if ((p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) || isalnum((unsigned char)*e) || *e == '_')
			continue;
		if (!strncmp(e, " = ", 3) || !strncmp(e, " >", 2) || !strncmp(e, " <", 2) ||
		    (p - s >= 2 && (!strncmp(p - 2, "> ", 2) || !strncmp(p - 2, "< ", 2))))
			return true;
	}
	return false;
}

/* The all-capitals name a clamp's line compares with (`MAX_SLOTS` of `if
 * (slot > MAX_SLOTS)`), so that the fix can say `MAX_SLOTS - 1`. */
static int clamp_limit_name(const struct ctx *c, long insn, char *name, size_t size)
{
	const char *s = diag_src_text(c, insn), *p, *e;

	if (!s || !(p = strstr(s, "if (")) || !(p = strpbrk(p, "<>")))
		return 0;
	for (p++; *p == '=' || *p == ' '; p++)
		;
	for (e = p; isupper((unsigned char)*e) || isdigit((unsigned char)*e) || *e == '_'; e++)
		;
	if (e == p || !isupper((unsigned char)*p) || (*e != ')' && *e != ' ') || (size_t)(e - p) >= size)
		return 0;
	memcpy(name, p, (size_t)(e - p));
	name[e - p] = 0;
	return 1;
}
static int array_at(const struct ctx *c, const struct bv_vreg *p, long off, char *name, size_t size, long *nelems)
{
	const struct bv_map *m = p->map >= 0 && (size_t)p->map < c->obj->n_maps ? &c->obj->maps[p->map] : NULL;
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	int moff, msize, n = 0;
	char *br;

	if (!m || !btf || !m->btf_value_type_id ||
	    !diag_member_at(btf, m->btf_value_type_id, (int)off, name, size, &moff, &msize, &n) || n <= 0)
		return 0;
	if ((br = strchr(name, '[')))
		*br = '\0'; /* "v[7]": the array is v */
	*nelems = n;
	return 1;
}

/* A map value that is an array itself (`__type(value, __u64[16])`): its
 * length, and the variable the program holds it in (`h` of `__u64 *h =
 * bpf_map_lookup_elem(...)`), from the lookup's source line. */
static int value_array(const struct ctx *c, const struct bv_vreg *p, int preg, char *name, size_t size, long *nelems)
{
	const struct bv_map *m = p->map >= 0 && (size_t)p->map < c->obj->n_maps ? &c->obj->maps[p->map] : NULL;
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *t = m && btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id) : NULL;
	long def = value_origin(c, preg, c->fstep);

	while (t && (btf_is_mod(t) || btf_is_typedef(t)))
		t = btf__type_by_id(btf, t->type);
	if (!t || !btf_is_array(t) || !btf_array(t)->nelems || def < 0 || !is_call(c, def) ||
	    !diag_assigned_var(c, def, name, size))
		return 0;
	*nelems = (long)btf_array(t)->nelems;
	return 1;
}

/* A `for (...; i <= N; ...)` header among the loop's lines (insns head
 * to tail, and the few before head where clang puts the first test): its
 * insn, and i, when the failing line indexes with i.  The access one
 * element past the end is then that loop's last round. */
static long le_loop(const struct ctx *c, long head, long tail, char *v, size_t vsize)
{
	const char *ft = diag_src_text(c, c->fail);

	for (long i = head - 8 > 0 ? head - 8 : 0; ft && i <= tail; i++) {
		const char *t = diag_src_text(c, i), *p;
		char idx[72];

		if (!t || !(p = diag_for_cond(t, v, vsize)) || strncmp(p + strlen(v), " <= ", 4))
			continue;
		snprintf(idx, sizeof(idx), "[%s]", v);
		if (strstr(ft, idx))
			return i;
	}
	return -1;
}

/* An index a loop computed before the access (`h->slots[log2(x)]` with the
 * loop inlined): the verifier runs the loop round by round, so on each path
 * the index is a known number, and on the path of the last rounds it is
 * past the array.  The access has a constant offset; the pointer got it
 * from `ptr += idx` after the loop. */
static int diag_loop_index(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail), *a;
	const struct bv_vreg *p, *x;
	long add = -1, def, tail = -1, head = -1, nelems, at, base, elem = 0, clamp = -1;
	int preg, ireg = -1, size, rounds = 0, have_arr;
	char arr[64];

	preg = BV_CLASS(in->code) == BV_LDX ? in->src : in->dst;
	p = reg_at(c, c->fstep, preg);
	if (!p || p->kind != BV_REG_MAP_VALUE || p->var_mask)
		return 0;
	/* the index added to the pointer, a known number on this path */
	for (long k = c->fstep - 1; k >= 0 && add < 0; k--)
		if ((a = insn_at(c, (long)c->res->steps[k].insn)) && a->code == (BV_ALU64 | BV_ADD | BV_X) &&
		    (a->dst == preg || a->src == preg)) {
			ireg = a->dst == preg ? a->src : a->dst;
			x = reg_at(c, k, ireg);
			if (!x || x->kind != BV_REG_SCALAR || x->var_mask || x->smin <= 0)
				return 0;
			add = k;
			elem = (long)x->smin;
		}
	if (add < 0)
		return 0;
	/* ... computed in a loop: its root value written again and again */
	def = value_origin(c, ireg, add);
	for (long k = 0; def >= 0 && k < add; k++) {
		long i = (long)c->res->steps[k].insn, next = (long)c->res->steps[k + 1].insn;

		rounds += i == def;
		if (next < i && next <= def && def <= i) {
			head = next;
			tail = i;
		}
	}
	/* ... or counted by a loop from a constant start (`slot = 0; ...
	 * slot++` inside it): the root is the start, written once, and the
	 * round-by-round writes are operations on the register in the body */
	if (def >= 0 && (rounds < 2 || tail < 0))
		for (long k = add - 1; k >= 0 && tail < 0; k--) {
			long i = (long)c->res->steps[k].insn, next = (long)c->res->steps[k + 1].insn;
			int writes = 0;

			if (next >= i)
				continue;
			for (long j = 0; j < add; j++) {
				long w = (long)c->res->steps[j].insn;

				a = insn_at(c, w);
				writes += w >= next && w <= i && a && BV_CLASS(a->code) == BV_ALU64 && a->dst == ireg &&
					  BV_OP(a->code) != BV_MOV;
			}
			if (writes >= 2) {
				head = next;
				tail = i;
				rounds = writes;
			}
		}
	/* ... or set to a constant by a clamp: `if (i > 16) i = 16;`, the
	 * constant written right after the comparison that found it larger */
	if (def >= 0 && (rounds < 2 || tail < 0)) {
		long k = step_of(c, add, def);

		a = insn_at(c, def);
		if (k < 1 || !a || (a->code != (BV_ALU64 | BV_MOV | BV_K) && a->code != (BV_ALU | BV_MOV | BV_K)) ||
		    !is_cond_jump(c, (long)c->res->steps[k - 1].insn))
			return 0;
		clamp = (long)c->res->steps[k - 1].insn;
		/* clang may write the constant first and test after it (`r3 =
		 * 26; ...; if r1 > 24 goto`): a test on an `if (` line between
		 * the constant and the use is the clamp */
		if (!line_has(c, clamp, "if ("))
			for (long j = k + 1; j < add; j++) {
				long q = (long)c->res->steps[j].insn;

				if (is_cond_jump(c, q) && line_has(c, q, "if (")) {
					clamp = q;
					break;
				}
			}
	} else if (rounds < 2 || tail < 0) {
		return 0;
	}
	size = access_size(c, c->fail);
	at = p->off + in->off;
	base = at - elem;
	if (base < 0)
		return 0;
	/* without the object (a log), no array to name: only the value's end */
	have_arr = array_at(c, p, base, arr, sizeof(arr), &nelems) || value_array(c, p, preg, arr, sizeof(arr), &nelems);
	if (have_arr ? elem / size < nelems : !p->size || at + size <= (long)p->size)
		return 0;
	diag_class(c, "unbounded-index");
	diag_where(c, c->fail, "fails here");
	diag_where(c, (long)c->res->steps[add].insn, "index added to the pointer here");
	if (clamp >= 0) {
		const struct bv_line_info *li = bv_prog_line_at(c->prog, (size_t)clamp);
		const struct bv_insn *j = insn_at(c, clamp);
		const struct bv_vreg *jd = j ? reg_at(c, step_of(c, add, clamp), j->dst) : NULL;
		long last = have_arr ? nelems - 1 : -1;
		char v[64], lim[48];

		/* the compiler may test a register made on the `if` line (`ms &
		 * ~15`) on a later line: quote the line that made it */
		if (!line_has(c, clamp, "if (") && jd && jd->def_insn >= 0 && line_has(c, jd->def_insn, "if (")) {
			li = bv_prog_line_at(c->prog, (size_t)jd->def_insn);
			clamp = jd->def_insn;
		}
		/* an unrolled search loop (`for (i = 0; i < 10; i++) if
		 * (t[i] == 0) break;`) looks the same: a test, then the index
		 * set to a constant, the loop's bound when no round broke out.
		 * A clamp assigns the index on its own line or the test's. */
		/* from a log, no array: the index that reaches exactly one
		 * element past the value's end is the loop's bound too */
		bool named = have_arr ? diag_index_var(c, c->fail, arr, v, sizeof(v))
				      : diag_only_index(c, c->fail, v, sizeof(v)) && p->size && at == (long)p->size;

		if (!have_arr)
			nelems = elem / size;
		if (named && diag_is_name(v) && !assigns_or_compares(c, clamp, v) && !assigns_or_compares(c, def, v) &&
		    elem / size == nelems) {
			const char *ft = diag_src_text(c, c->fail);

			diag_where(c, clamp, "the loop's last test");
			WHY(c, "The index `%s` is %ld on this path: the loop that sets it (unrolled by clang; its last "
			       "round's test at insn %ld%s%s%s) ran every round without breaking out, and leaves `%s` at "
			       "its bound, %ld. ",
			    v, elem / size, clamp, li ? ", `" : "", li ? bv_line_text(li) : "", li ? "`" : "", v, nelems);
			if (have_arr)
				WHY(c, "`%s` has %ld elements (0 to %ld): element %ld is one past the last, at offset %ld of "
				       "the value.",
				    arr, nelems, nelems - 1, nelems, at);
			else
				WHY(c, "That takes the access to offset %ld, the value's end.", at);
			if (ft && ft[strlen(ft) - 1] == ';')
				FIX(c, "Use the index only when the loop stopped early: `if (%s < %ld) %s` (and keep "
				       "inside that `if` whatever else belongs to that element).",
				    v, nelems, ft);
			else
				FIX(c, "Use the index only when the loop stopped early: `if (%s < %ld)` around the "
				       "statements that use `%s[%s]`.",
				    v, nelems, arr, v);
			return 1;
		}
		const struct bv_form *cf = form_at(c, clamp);
		const struct bv_insn *di = insn_at(c, def);
		const struct bv_vreg *cd = j ? reg_at(c, step_of(c, add, clamp), j->dst) : NULL;

		if (di && cd && cd->kind != BV_REG_SCALAR) {
			/* the test before it is of a pointer (the lookup's NULL
			 * check): the index is a constant, no clamp at all */
			const struct bv_line_info *dl = bv_prog_line_at(c->prog, (size_t)def);

			diag_where(c, def, "the index set here");
			WHY(c, "The index is a constant, %ld, set at insn %ld%s%s%s. That takes the access to offset %ld, "
			       "past %s.",
			    elem / size, def, dl ? " (`" : "", dl ? bv_line_text(dl) : "", dl ? "`)" : "", at,
			    have_arr ? "the array's end" : "the value's end");
			if (have_arr)
				FIX(c, "Use an index below %ld: `%s` has %ld elements, 0 to %ld.", nelems, arr, nelems,
				    nelems - 1);
			else
				FIX(c, "Use an index inside the value: below sizeof(arr) / sizeof(arr[0]) for an array, "
				       "or an offset below the value's size.");
			return 1;
		}
		if (cf && (cf->op == BV_OP_JEQ || cf->op == BV_OP_JNE)) {
			/* `case 1: ctx->i = 32;`: a state set when the index equals
			 * something, no limit at all (a callback's state machine:
			 * verifier_iterating_callbacks) */
			const struct bv_line_info *dl = bv_prog_line_at(c->prog, (size_t)def);

			diag_where(c, def, "the index set here");
			WHY(c, "On this path the index is %ld: insn %ld%s%s%s sets it to that constant after a test for "
			       "equality (insn %ld), which limits nothing. That takes the access to offset %ld, past %s.",
			    elem / size, def, dl ? " (`" : "", dl ? bv_line_text(dl) : "", dl ? "`)" : "", clamp, at,
			    have_arr ? "the array's end" : "the value's end");
			if (!(have_arr ? diag_index_var(c, c->fail, arr, v, sizeof(v)) : diag_only_index(c, c->fail, v, sizeof(v))))
				snprintf(v, sizeof(v), "i");
			if (have_arr)
				FIX(c, "Check the index against the array's size right before the access: `if (%s >= %ld) "
				       "return 0;` (`%s` has %ld elements), or keep the values it is set to below that.",
				    v, nelems, arr, nelems);
			else
				FIX(c, "Check the index against the array's size right before the access: `if (%s >= N) "
				       "return 0;` with N = sizeof(arr) / sizeof(arr[0]), or keep the values it is set to "
				       "below N.",
				    v);
			return 1;
		}
		diag_where(c, clamp, "the clamp checked here");
		diag_where(c, def, "and set the index here");
		if (!diag_cond_var(c, clamp, v, sizeof(v)) &&
		    !(have_arr && diag_index_var(c, c->fail, arr, v, sizeof(v))))
			snprintf(v, sizeof(v), "i");
		WHY(c, "The index is clamped: when the check at insn %ld%s%s%s finds it too large, insn %ld sets it to "
		       "%ld. ",
		    clamp, li ? " (`" : "", li ? bv_line_text(li) : "", li ? "`)" : "", def, elem / size);
		if (have_arr)
			WHY(c, "That is element %ld of `%s`, which has %ld elements (0 to %ld): the clamp lets the index "
			       "reach one past the last, at offset %ld of the value.",
			    elem / size, arr, nelems, last, at);
		else
			WHY(c, "That takes the access to offset %ld, past the value's end.", at);
		if (have_arr && clamp_limit_name(c, clamp, lim, sizeof(lim)))
			FIX(c, "Clamp to the last element, %s - 1 (`%s` has %ld elements, 0 to %ld): `if (%s > %s - 1) %s = "
			       "%s - 1;`.",
			    lim, arr, nelems, last, v, lim, v, lim);
		else if (have_arr)
			FIX(c, "Clamp to the last element: `if (%s > %ld) %s = %ld;` (N - 1, with N = %ld elements).", v, last,
			    v, last, nelems);
		else if (clamp_limit_name(c, clamp, lim, sizeof(lim)))
			FIX(c, "Clamp to the last element, %s - 1 if the array has %s elements: `if (%s > %s - 1) %s = %s "
			       "- 1;`.",
			    lim, lim, v, lim, v, lim);
		else
			FIX(c, "Clamp to the last element, N - 1 with N = sizeof(arr) / sizeof(arr[0]): `if (%s > N - 1) "
			       "%s = N - 1;`.",
			    v, v);
		return 1;
	}
	diag_where(c, tail, "the loop that computes the index");
	{
		char lv[64], le[72], lt[72], fixed[200];
		long hdr = (have_arr ? elem / size == nelems : p->size && at == (long)p->size) ? le_loop(c, head, tail, lv, sizeof(lv)) : -1;
		const char *ht = hdr >= 0 ? diag_src_text(c, hdr) : NULL;

		if (ht && (snprintf(le, sizeof(le), "%s <=", lv), snprintf(lt, sizeof(lt), "%s <", lv),
			   diag_replace_expr(ht, le, lt, fixed, sizeof(fixed)) == 1)) {
			const struct bv_line_info *hl = bv_prog_line_at(c->prog, (size_t)hdr);
			long voff, vsize;

			/* from the object, a global array is named by its data section */
			if (!have_arr && !p->var_mask && diag_global_at(c, p->map, base, arr, sizeof(arr), &voff, &vsize) &&
			    voff == base && vsize == elem) {
				have_arr = 1;
				nelems = elem / size;
			}
			diag_where(c, hdr, "the loop's header");
			WHY(c, "The loop at line %u runs while `%s <= ...`: its last round has `%s` equal to the bound, and "
			       "element %ld is one past the end of %s%s%s, which has %ld elements (0 to %ld), at offset %ld.",
			    hl ? hl->line_num : 0u, lv, lv, elem / size, have_arr ? "`" : "", have_arr ? arr : "the array",
			    have_arr ? "`" : "", have_arr ? nelems : elem / size, (have_arr ? nelems : elem / size) - 1,
			    at);
			FIX(c, "Stop one round earlier: `%s`.", fixed);
			return 1;
		}
	}
	if (!have_arr) {
		char desc[160];

		room_at(c, p, desc, sizeof(desc));
		WHY(c, "The index added to the pointer (%ld bytes) comes from the loop at insns %ld to %ld. The verifier "
		       "runs that loop round by round, as far as its conditions allow, and on this path the index "
		       "takes the access to offset %ld, past the end of %s: the loop's own bound allows more rounds "
		       "than the array has elements.",
		    elem, head, tail, at, desc);
		FIX(c, "Clamp the index to the array before using it: `if (i >= N) i = N - 1;` with N = sizeof(arr) / "
		       "sizeof(arr[0]) — or stop the loop at N - 1 rounds.");
		return 1;
	}
	WHY(c, "The index into `%s` (%ld elements) comes from the loop at insns %ld to %ld. The verifier runs that "
	       "loop round by round, as far as its conditions allow, and on this path it ends with the index at "
	       "%ld: element %ld, %ld bytes into the array, past its last element (%ld). The loop's own bound "
	       "allows more rounds than the array has elements.",
	    arr, nelems, head, tail, elem / size, elem / size, elem, nelems - 1);
	{
		char iv[64];

		if (diag_index_var(c, c->fail, arr, iv, sizeof(iv)))
			FIX(c, "Clamp the index to the array before using it: `if (%s >= %ld) %s = %ld;` right before "
			       "`%s[%s]` — or stop the loop at %ld rounds.",
			    iv, nelems, iv, nelems - 1, arr, iv, nelems - 1);
		else
			FIX(c, "Clamp the index to the array before using it: `__u32 i = ...; if (i >= %ld) i = %ld; "
			       "%s[i]++;` — or stop the loop at %ld rounds.",
			    nelems, nelems - 1, arr, nelems - 1);
	}
	return 1;
}

/* The array a pointer argument of the function at insn i reaches: from
 * the function's BTF prototype, argument register arg, `off` bytes past
 * where the argument pointed.  Its name ("slots"), element size and count,
 * and the struct's parameter name ("h"). */
static int param_array(const struct ctx *c, long i, int arg, long off, char *name, size_t size, int *esize,
		       long *nelems, const char **pname)
{
	const struct btf *btf;
	const struct btf_type *pr = diag_func_proto(c, i, &btf), *pt;
	int moff, n = 0;
	char *br;

	if (!pr || arg < 1 || arg > btf_vlen(pr))
		return 0;
	pt = btf__type_by_id(btf, btf_params(pr)[arg - 1].type);
	while (pt && (btf_is_mod(pt) || btf_is_typedef(pt)))
		pt = btf__type_by_id(btf, pt->type);
	if (!pt || !btf_is_ptr(pt) || !diag_member_at(btf, pt->type, (int)off, name, size, &moff, esize, &n) || n <= 0)
		return 0;
	if ((br = strchr(name, '[')))
		*br = '\0';
	*nelems = n;
	*pname = btf__name_by_offset(btf, btf_params(pr)[arg - 1].name_off);
	return 1;
}

/* A stack array reached through a function's pointer argument (a bpf_loop
 * callback's `ctx`, or any BPF function's), indexed with a number the
 * verifier does not bound there: the callback's index is any number to it,
 * whatever bpf_loop's count.  k: the step adding the index to pointer
 * register ptr. */
int diag_arg_array_index(struct ctx *c, long k, int ptr)
{
	const struct bv_vreg *base = reg_at(c, k, ptr), *entry;
	const char *pname = NULL;
	long s0 = k, nelems, call;
	int esize, arg = -1;
	char arr[64], var[64] = "i";

	if (!base || base->kind != BV_REG_STACK)
		return 0;
	/* where this call of the function began, and which argument the base was */
	while (s0 > 0 && c->res->steps[s0 - 1].frame >= c->res->steps[k].frame)
		s0--;
	if (c->res->steps[s0].frame == 0)
		return 0;
	for (int a = 1; a <= 5 && arg < 0; a++)
		if ((entry = reg_at(c, s0, a)) && entry->kind == BV_REG_STACK && entry->frameno == base->frameno &&
		    value_origin(c, ptr, k) == value_origin(c, a, s0))
			arg = a;
	if (arg < 0 || !(entry = reg_at(c, s0, arg)) ||
	    !param_array(c, (long)c->res->steps[k].insn, arg, (long)base->off - entry->off, arr, sizeof(arr), &esize,
			 &nelems, &pname))
		return 0;
	call = s0 > 0 ? (long)c->res->steps[s0 - 1].insn : -1;
	/* the index as the source writes it: `slots[i]` */
	diag_index_var(c, c->fail, arr, var, sizeof(var));
	diag_class(c, "unbounded-index");
	diag_where(c, (long)c->res->steps[k].insn, "index added to the pointer here");
	WHY(c, "`%s->%s` has %ld elements of %d bytes, and the index `%s` is a number the verifier does not bound "
	       "here, so the access may land anywhere past the array. ",
	    pname ? pname : "arg", arr, nelems, esize, var);
	if (call >= 0 && is_helper_call(c, call) && insn_at(c, call)->imm == 181 /* bpf_loop */)
		WHY(c, "This function is bpf_loop()'s callback (called at insn %ld): the verifier checks it once for "
		       "any index, not for the count bpf_loop() is given.",
		    call);
	if (call >= 0 && is_helper_call(c, call) && insn_at(c, call)->imm == 181)
		FIX(c, "Check the index in the callback before using it: `if (%s >= %ld) return 1;` (returning 1 ends "
		       "the loop).",
		    var, nelems);
	else
		FIX(c, "Check the index in the function before using it: `if (%s >= %ld) return 0;`.", var, nelems);
	return 1;
}

/* The array member the failing line indexes by name (`stack` of
 * `event->stack[i] = *symbol_id;`), looked up in the map value's struct:
 * its offset and length, and the subscript as written.  Walking past an
 * array into the members after it is allowed; only the value's end stops
 * the verifier, so the offset where it failed need not be in the array. */
static int indexed_member(const struct ctx *c, const struct bv_vreg *p, char *arr, size_t asize, char *idx,
			  size_t isize, long *aoff, long *nelems)
{
	const struct bv_map *m = p->map >= 0 && (size_t)p->map < c->obj->n_maps ? &c->obj->maps[p->map] : NULL;
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *t = m && btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id) : NULL;
	const char *src = diag_src_text(c, c->fail), *b, *e;

	while (t && (btf_is_mod(t) || btf_is_typedef(t)))
		t = btf__type_by_id(btf, t->type);
	if (!t || !btf_is_struct(t) || !src || !diag_only_index(c, c->fail, idx, isize) || !diag_is_name(idx))
		return 0;
	/* the member name right before the one `[` */
	if (!(e = strchr(src, '[')))
		return 0;
	for (b = e; b > src && (isalnum((unsigned char)b[-1]) || b[-1] == '_'); b--)
		;
	if (b == e || (size_t)(e - b) >= asize || b == src || (b[-1] != '>' && b[-1] != '.'))
		return 0;
	snprintf(arr, asize, "%.*s", (int)(e - b), b);
	const struct btf_member *mb = btf_members(t);

	for (int i = 0; i < btf_vlen(t); i++, mb++) {
		const struct btf_type *mt = btf__type_by_id(btf, mb->type);

		if (strcmp(btf__name_by_offset(btf, mb->name_off), arr))
			continue;
		while (mt && (btf_is_mod(mt) || btf_is_typedef(mt)))
			mt = btf__type_by_id(btf, mt->type);
		if (!mt || !btf_is_array(mt) || !btf_array(mt)->nelems)
			return 0;
		*aoff = (long)(btf_member_bit_offset(t, (uint32_t)i) / 8);
		*nelems = (long)btf_array(mt)->nelems;
		return 1;
	}
	return 0;
}

/* The count of a bpf_repeat() loop (`STACK_MAX_LEN` of
 * `bpf_repeat(STACK_MAX_LEN) {`), when the loop from head to tail calls
 * the number iterator's next and a line of the program writes it. */
static bool repeat_count(const struct ctx *c, long head, long tail, char *out, size_t size)
{
	bool iter = false;
	char b[64];

	for (long i = head; i <= tail && !iter; i++) {
		const struct bv_insn *in = insn_at(c, i);

		iter = in && in->code == (BV_JMP | BV_CALL) && in->src == BV_PSEUDO_KFUNC_CALL &&
		       strstr(helper_at(c, i, b, sizeof(b)), "bpf_iter_num_next");
	}
	for (size_t i = 0; iter && i < c->prog->n_insns; i++) {
		const char *t = diag_src_text(c, (long)i), *p, *e;

		if (!t || !(p = strstr(t, "bpf_repeat(")) || !(e = strchr(p, ')')))
			continue;
		p += strlen("bpf_repeat(");
		if (e > p && (size_t)(e - p) < size) {
			snprintf(out, size, "%.*s", (int)(e - p), p);
			return true;
		}
	}
	return false;
}

int diag_loop_walk(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail), *a;
	const struct bv_vreg *p;
	long head = -1, tail = -1, stride = 0, at, rounds = 0, nelems;
	int preg, size;
	char desc[160], arr[64];

	if (!in || c->fstep < 0 || (BV_CLASS(in->code) != BV_LDX && BV_CLASS(in->code) != BV_STX &&
				      BV_CLASS(in->code) != BV_ST))
		return 0;
	if (!strstr(c->msg, "value is outside of the allowed memory range") && !msg_starts(c->msg, "invalid access to"))
		return 0;
	if (diag_loop_index(c))
		return 1;
	preg = BV_CLASS(in->code) == BV_LDX ? in->src : in->dst;
	p = reg_at(c, c->fstep, preg);
	if (!p || p->kind == BV_REG_SCALAR || p->var_mask)
		return 0;
	/* a backward jump taken on the path, around the failing instruction */
	for (long k = c->fstep - 1; k >= 0 && head < 0; k--) {
		long i = (long)c->res->steps[k].insn, next = (long)c->res->steps[k + 1].insn;

		if (next <= c->fail && c->fail <= i && next < i && BV_CLASS(insn_at(c, i)->code) == BV_JMP) {
			head = next;
			tail = i;
		}
	}
	if (head < 0)
		return 0;
	/* the pointer stepped by a constant inside it */
	for (long i = head; i <= tail && !stride; i++)
		if ((a = insn_at(c, i)) && a->code == (BV_ALU64 | BV_ADD | BV_K) && a->dst == preg && a->imm > 0)
			stride = a->imm;
	if (!stride)
		return 0;
	for (long k = 0; k <= c->fstep; k++)
		rounds += c->res->steps[k].insn == (uint32_t)c->fail;
	if (rounds < 2)
		return 0; /* the first round already fails: not a walk past the end */
	at = p->off + in->off;
	size = access_size(c, c->fail);
	room_at(c, p, desc, sizeof(desc));
	diag_class(c, "unbounded-index");
	diag_where(c, c->fail, "fails here");
	diag_where(c, tail, "the loop jumps back here");
	long aoff = 0;
	char idx[64];
	/* the array by the name the line indexes; the round from its offset
	 * (the path may hold only the last rounds) */
	bool named = p->kind == BV_REG_MAP_VALUE && !array_at(c, p, at - stride, arr, sizeof(arr), &nelems) &&
		     indexed_member(c, p, arr, sizeof(arr), idx, sizeof(idx), &aoff, &nelems) &&
		     at >= aoff + nelems * stride;

	WHY(c, "The loop from insn %ld to insn %ld walks R%d through memory, %ld byte%s a round; ", head, tail, preg,
	    stride, stride == 1 ? "" : "s");
	if (named)
		WHY(c, "when `%s` is %ld", idx, (at - aoff) / stride);
	else
		WHY(c, "in round %ld", rounds);
	WHY(c, " the access at insn %ld reaches offset %ld, and %d byte%s there run%s past the end of %s", c->fail, at,
	    size, size == 1 ? "" : "s", size == 1 ? "s" : "", desc);
	if (!named && p->kind == BV_REG_MAP_VALUE && array_at(c, p, at - stride, arr, sizeof(arr), &nelems)) {
		WHY(c, ". The array is `%s`, %ld elements; the loop's conditions let it run more rounds than that, and the "
		       "verifier follows every round they allow.",
		    arr, nelems);
		FIX(c, "Bound the loop by the array's length too: add `&& i < %ld` to its condition (%ld, the length of "
		       "`%s`), or check `if (i >= %ld) break;` before the access.",
		    nelems, nelems, arr, nelems);
		return 1;
	}
	if (named) {
		const struct bv_line_info *fl = bv_prog_line_at(c->prog, (size_t)c->fail);
		char rep[64];

		/* bpf_repeat(N) drives the loop and the program counts i
		 * itself: bpf_for() would give the verifier i's range, where a
		 * `break` on i leaves it walking every round one by one (the
		 * kernel then gives up: "The sequence of 8193 jumps is too
		 * complex") */
		if (repeat_count(c, head, tail, rep, sizeof(rep))) {
			WHY(c, ". The array is `%s`, %ld elements from offset %ld; the loop is bpf_repeat(%s), which bounds "
			       "its rounds but says nothing of `%s`, the program's own count, so the verifier follows "
			       "`%s` round by round past the array.",
			    arr, nelems, aoff, rep, idx, idx);
			FIX(c, "Let the iterator count: `bpf_for(%s, 0, %s) {` in place of `bpf_repeat(%s) {`, and drop the "
			       "loop's own `%s++`; bpf_for() gives `%s` the range [0, %s) the verifier can use, where with "
			       "a `break` on `%s` it would walk all %ld rounds one by one, which for a few hundred is "
			       "past its limits.",
			    idx, rep, rep, idx, idx, rep, idx, nelems);
			return 1;
		}

		WHY(c, ". The array is `%s`, %ld elements from offset %ld, which `%s` has left %s; the verifier stops "
		       "only at the value's end. Nothing on the path bounds `%s`: the loop's conditions let it run more "
		       "rounds than `%s` has elements, and the verifier follows every round they allow.",
		    arr, nelems, aoff, idx, at - stride >= aoff + nelems * stride ? "long since" : "by one", idx, arr);
		FIX(c, "Bound `%s` by the array's length right before line %u: `if (%s >= %ld) break;` (%ld, the length of "
		       "`%s`); a loop whose count the verifier does not connect to `%s` (bpf_repeat(), a `while` on "
		       "something else) leaves it unbounded.",
		    idx, fl ? fl->line_num : 0, idx, nelems, nelems, arr, idx);
		return 1;
	}
	WHY(c, ": the loop's conditions let it run more rounds than the memory has room for, and the verifier "
	       "follows every round they allow.");
	FIX(c, "Bound the loop by the array's length too (`&& i < N` in its condition, N = sizeof(arr) / "
	       "sizeof(arr[0])), or check the index before the access.");
	return 1;
}

/* An index checked and then stepped down (`h->samples[n - 1]` after `if
 * (n >= 16) n = 0;`): the check leaves 0 possible, 0 - 1 is -1, and as an
 * unsigned index -1 is the largest number there is.  The kernel's line
 * says "unbounded memory access", and the check right above makes that
 * look wrong; the subtraction after it is what the user needs to see.
 * c->fstep is the step that adds index register idx to pointer ptr (or
 * the helper call taking idx as a size). */
int diag_index_wraps(struct ctx *c, int idx, int ptr)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, idx), *p = reg_at(c, c->fstep, ptr), *before = NULL;
	long step = c->fstep, op = -1, delta = 0, nelems = 0;
	int reg = idx, zext = 0, have_arr = 0, is_size = is_call(c, c->fail);
	char var[64], arr[64], path[96], expr[96], b[128];

	/* negative at the use is a signed variable's story (signed-size);
	 * here an unsigned one wrapped around to a huge number */
	if (!v || v->kind != BV_REG_SCALAR || v->umax < (1ull << 29) || v->smin < 0)
		return 0;
	/* back through copies, shifts and masks to the subtraction */
	for (int hop = 0; hop < 32 && op < 0; hop++) {
		const struct bv_vreg *r = reg_at(c, step, reg);
		const struct bv_insn *in;
		const struct bv_form *f;
		long k;

		if (!r || r->def_insn < 0 || (k = step_of(c, step, r->def_insn)) < 0 || !(in = insn_at(c, r->def_insn)) ||
		    !(f = form_at(c, r->def_insn)) || in->dst != reg ||
		    (BV_CLASS(in->code) != BV_ALU && BV_CLASS(in->code) != BV_ALU64))
			return 0;
		zext |= !f->is64 || ((f->op == BV_OP_RSH || f->op == BV_OP_LSH) && !f->x && in->imm == 32);
		if (f->op == BV_OP_MOV && !f->x)
			return 0; /* a constant: nothing stepped down */
		if (!f->x && ((f->op == BV_OP_ADD && in->imm < 0) || (f->op == BV_OP_SUB && in->imm > 0))) {
			delta = f->op == BV_OP_ADD ? -(long)in->imm : (long)in->imm;
			before = reg_at(c, k, reg);
			if (!before || before->kind != BV_REG_SCALAR || before->smin < 0 || before->umax >= (1ull << 29) ||
			    before->umin >= (uint64_t)delta)
				return 0; /* not a bounded value that can go below 0 */
			op = r->def_insn;
		}
		if (f->op == BV_OP_MOV)
			reg = in->src;
		step = k;
	}
	if (op < 0)
		return 0;
	if (!diag_cond_var(c, before->bound_insn >= 0 ? before->bound_insn : op, var, sizeof(var)))
		snprintf(var, sizeof(var), "i");
	if (!is_size && p && p->kind == BV_REG_MAP_VALUE)
		have_arr = array_at(c, p, p->off + insn_at(c, c->fail)->off, arr, sizeof(arr), &nelems);
	if (!have_arr || !diag_index_text(c, c->fail, arr, expr, sizeof(expr)))
		snprintf(expr, sizeof(expr), "%s - %ld", var, delta);
	if (!have_arr || !diag_array_path(c, c->fail, arr, path, sizeof(path)))
		snprintf(path, sizeof(path), "%s", have_arr ? arr : "arr");
	diag_class(c, "unbounded-index");
	diag_where(c, op, is_size ? "the size stepped down here" : "the index stepped down here");
	if (before->bound_insn >= 0)
		diag_where(c, before->bound_insn, "the check, before the subtraction");
	WHY(c, "The %s is `%s`, computed at insn %ld (`%s`)", is_size ? "size" : "index", expr, op,
	    insn_text(c, op, b, sizeof(b)));
	if (before->bound_insn >= 0)
		WHY(c, " after the check at insn %ld, which leaves %s anywhere in [%" PRIu64 ", %" PRIu64 "]",
		    (long)before->bound_insn, var, before->umin, before->umax);
	WHY(c, ". When %s is %" PRIu64 ", %s - %ld is %" PRId64 ", and as an unsigned %s that is %s: the verifier "
	       "sees the %s in R%d anywhere up to %" PRIu64 "%s.",
	    var, before->umin, var, delta, (int64_t)before->umin - delta, is_size ? "size" : "index",
	    zext ? "4294967295 (a 32-bit value wraps around)" : "the largest 64-bit number",
	    is_size ? "size" : "byte offset", idx, v->umax,
	    have_arr ? ", far past the array" : "");
	if (have_arr)
		WHY(c, " `%s` has %ld elements.", arr, nelems);
	if (have_arr && nelems > 1 && !(nelems & (nelems - 1)))
		FIX(c, "If %s = 0 should reach the last element (a ring of %ld), mask after the subtraction: "
		       "`%s[(%s) & %ld]`; otherwise leave before the access when %s is 0: `if (%s == 0) return 0;`.",
		    var, nelems, path, expr, nelems - 1, var, var);
	else
		FIX(c, "Leave before the %s when %s is too small to step down: `if (%s < %ld) return 0;` (with the "
		       "upper check, that bounds `%s` on both sides).",
		    is_size ? "call" : "access", var, var, delta, expr);
	return 1;
}
