/* Diagnoses about kernel objects a program holds through kfuncs and kptrs:
 * pointers used after their release, untrusted pointers, RCU sections,
 * kptr fields; and struct_ops callbacks (the members a kernel lets BPF
 * implement, the fields of its objects they may write). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "bpfvet/helpers.h"
#include "explain/diag.h"

/* A call that ends a reference: a release kfunc, bpf_sk_release(), a ring
 * buffer submit or discard, or a bpf_kptr_xchg() that hands it to a map. */
static bool is_release_call(const struct ctx *c, long i, char *name, size_t size)
{
	if (!is_call(c, i))
		return false;
	helper_at(c, i, name, size);
	return strstr(name, "release") || strstr(name, "_drop") || strstr(name, "kptr_xchg") ||
	       strstr(name, "ringbuf_submit") || strstr(name, "ringbuf_discard");
}

/* A statement that uses the object on the line after its release, in the
 * same function: the fix moves that statement above the release. */
static bool moved_above(struct ctx *c, long rel, int r)
{
	const struct bv_line_info *lr = bv_prog_line_at(c->prog, (size_t)rel);
	const struct bv_line_info *lf = bv_prog_line_at(c->prog, (size_t)c->fail);
	const char *tr = diag_src_text(c, rel), *tf = diag_src_text(c, c->fail);
	size_t n;

	if (!lr || !lf || !tr || !tf || lf->line_num <= lr->line_num || func_of(c, rel) != func_of(c, c->fail) ||
	    (lr->file && lf->file && strcmp(lr->file, lf->file)))
		return false;
	/* a store into the object (`e->ts = ...;`): moved up, it reads
	 * nothing made after the release; a read of it keeps its own advice */
	const struct bv_insn *in = insn_at(c, c->fail);
	/* a call given the object (`bpf_sk_cgroup_id(sk)`): the release goes
	 * below it, where the program had it before */
	char again[64];
	/* (a second release is no use to move: its own advice says once) */
	bool call = in && in->code == (BV_JMP | BV_CALL) && r >= 1 && r <= 5 &&
		    !is_release_call(c, c->fail, again, sizeof(again));

	if (!in || (!call && ((BV_CLASS(in->code) != BV_STX && BV_CLASS(in->code) != BV_ST) || in->dst != r)))
		return false;
	n = strlen(tf);
	/* one whole statement, not a line of a larger one or a condition */
	if (!n || tf[n - 1] != ';' || !strncmp(tf, "if ", 3) || !strncmp(tf, "return", 6) || strchr(tf, '{'))
		return false;
	/* for a call, the release moves: it must be a statement of its own too */
	if (call && (!tr[0] || tr[strlen(tr) - 1] != ';' || strchr(tr, '{') || !strncmp(tr, "if ", 3)))
		return false;
	if (strstr(tr, "ringbuf_"))
		WHY(c, " A ring buffer record is submitted or discarded once: after that it belongs to the reader.");
	if (call)
		FIX(c, "Move `%s` (line %u) below `%s` (line %u), which still passes the object to a helper: release "
		       "it after its last use, exactly once on each path.",
		    tr, lr->line_num, tf, lf->line_num);
	else
		FIX(c, "Move `%s` (line %u) above `%s` (line %u): finish with the object first, then release it, "
		       "exactly once on each path.",
		    tf, lf->line_num, tr, lr->line_num);
	return true;
}

/* Each `var->field` the failing statement reads, over the lines an
 * unclosed `if (` carries it to (`if (sk->src_ip4 != a ||` then
 * `sk->src_port != b)`): as copies into locals, `__typeof__(sk->src_ip4)
 * src_ip4 = sk->src_ip4;` each, and their names, quoted, for the prose.
 * False when the statement reads one field or none: the caller has the
 * one-field words. */
static bool fields_read(const struct ctx *c, const char *var, char *code, size_t csize, char *names, size_t nsize)
{
	const struct bv_line_info *lf = bv_prog_line_at(c->prog, (size_t)c->fail);
	char seen[4][48];
	int n = 0, depth = 0;
	size_t vl = strlen(var);

	if (!lf)
		return false;
	code[0] = names[0] = '\0';
	for (uint32_t ln = lf->line_num; ln < lf->line_num + 4; ln++) {
		const char *t = ln == lf->line_num ? diag_src_text(c, c->fail) : diag_line_text(c, ln);

		if (!t)
			break;
		for (const char *p = t; *p; p++) {
			depth += (*p == '(') - (*p == ')');
			if (strncmp(p, var, vl) || strncmp(p + vl, "->", 2) ||
			    (p > t && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
				continue;
			const char *f = p + vl + 2, *e = f;
			bool dup = false;

			while (isalnum((unsigned char)*e) || *e == '_')
				e++;
			if (e == f || e - f >= 48 || n == 4)
				continue;
			for (int k = 0; k < n; k++)
				dup = dup || ((size_t)(e - f) == strlen(seen[k]) && !strncmp(seen[k], f, (size_t)(e - f)));
			if (dup)
				continue;
			snprintf(seen[n++], sizeof(seen[0]), "%.*s", (int)(e - f), f);
		}
		if (depth <= 0)
			break;
	}
	if (n < 2)
		return false;
	for (int k = 0; k < n; k++) {
		size_t cl = strlen(code), nl = strlen(names);

		snprintf(code + cl, csize - cl, "%s__typeof__(%s->%s) %s = %s->%s;", k ? " " : "", var, seen[k], seen[k],
			 var, seen[k]);
		snprintf(names + nl, nsize - nl, "%s`%s`", k ? (k == n - 1 ? " and " : ", ") : "", seen[k]);
	}
	return true;
}

/* A field of a ring buffer record read after the record was handed
 * over (`seq = sample->seq + 1;` below the `if` whose branches submit
 * and discard it): the read goes into a local before that `if`, or before
 * the release itself when no `if` chooses it, and the line uses the
 * local. */
static bool read_before_handover(struct ctx *c, long rel, int r)
{
	long def = value_origin(c, r, c->fstep), ks = step_of(c, c->fstep, rel), at = rel;
	const char *tf = diag_src_text(c, c->fail), *t;
	char var[64], field[64], expr[140], local[140], line[320], blk[512];

	if (def < 0 || ks < 0 || !tf || !diag_assigned_var(c, def, var, sizeof(var)) || !diag_is_name(var) ||
	    !diag_member_of(c, c->fail, var, field, sizeof(field)))
		return false;
	snprintf(expr, sizeof(expr), "%s->%s", var, field);
	snprintf(local, sizeof(local), "%s_%s", var, field);
	if (diag_replace_expr(tf, expr, local, line, sizeof(line)) <= 0)
		return false;
	/* the nearest `if` above the release whose block holds a submit or
	 * discard: both of its ways hand the record over */
	for (long k = ks - 1; k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;

		if (i == def)
			break;
		if (is_cond_jump(c, i) && (t = diag_src_text(c, i)) && !strncmp(t, "if (", 4) &&
		    diag_src_block(c, i, blk, sizeof(blk)) && strstr(blk, "bpf_ringbuf_")) {
			at = i;
			break;
		}
	}
	const struct bv_line_info *la = bv_prog_line_at(c->prog, (size_t)at);
	const struct bv_line_info *lf = bv_prog_line_at(c->prog, (size_t)c->fail);

	if (!la || !lf || !(t = diag_src_text(c, at)))
		return false;
	FIX(c, "Read what you need from the record before it is handed over: `__typeof__(%s) %s = %s;` right before "
	       "line %u (`%s`%s), then `%s` on line %u.",
	    expr, local, expr, la->line_num, t, at == rel ? "" : ", whose branches submit or discard it", line,
	    lf->line_num);
	return true;
}

int diag_released(struct ctx *c)
{
	const struct bv_vreg *v;
	char name[64];
	int r = -1;
	long rel;

	if (msg_starts(c->msg, "R") && strstr(c->msg, "invalid mem access 'scalar'"))
		r = msg_reg(c->msg);
	else if (msg_starts(c->msg, "arg#") && strstr(c->msg, "must point to scalar, or struct with scalar"))
		r = atoi(c->msg + 4) + 1;
	else if (msg_starts(c->msg, "R") && strstr(c->msg, " type=scalar expected="))
		r = msg_reg(c->msg); /* released, then passed to a helper again */
	v = reg_at(c, c->fstep, r);
	if (!v)
		return 0;
	rel = v->stale_insn;
	if (rel < 0) {
		/* a log has no such mark (and its replay may not know the release
		 * made the register a number; the message says so): a release on
		 * the path of the value this number came from */
		long root = value_origin(c, r, c->fstep);

		for (long k = c->fstep - 1; root >= 0 && k >= 0 && c->res->steps[k].insn != (uint32_t)root; k--)
			if (is_release_call(c, c->res->steps[k].insn, name, sizeof(name)) &&
			    reg_at(c, k, 1)->kind != BV_REG_SCALAR && value_origin(c, 1, k) == root) {
				rel = c->res->steps[k].insn;
				break;
			}
	}
	if (rel < 0 || !is_release_call(c, rel, name, sizeof(name)))
		return 0;
	diag_class(c, "use-after-release");
	diag_where(c, rel, "reference released here");
	{
		long def = value_origin(c, r, c->fstep);

		if (def >= 0)
			diag_where(c, def, "pointer obtained here");
	}
	WHY(c, "R%d held a reference that %s released at insn %ld. A release ends every copy of the pointer, "
	       "in registers and on the stack: the object may be freed at once, so the verifier turns them all into "
	       "plain numbers%s.",
	    r, name, rel,
	    strstr(name, "kptr_xchg") ? " (bpf_kptr_xchg() gave the reference to the map)" : "");
	if (moved_above(c, rel, r))
		; /* the statement itself goes before the release */
	else if (strstr(name, "ringbuf_")) {
		WHY(c, " A ring buffer record is submitted or discarded once: after that it belongs to the reader.");
		if (read_before_handover(c, rel, r))
			return 1;
		FIX(c, "Fill the record completely first, then submit or discard it exactly once on each path: "
		       "`if (keep) bpf_ringbuf_submit(e, 0); else bpf_ringbuf_discard(e, 0);` (an `else`, or a return "
		       "after the first submit).");
	} else if (strstr(name, "bpf_sk_release")) {
		char var[64], field[64];
		long def = value_origin(c, r, c->fstep);

		char code[400], names[160];

		if (def >= 0 && diag_assigned_var(c, def, var, sizeof(var)) &&
		    fields_read(c, var, code, sizeof(code), names, sizeof(names)))
			FIX(c, "Read what you need from the socket first, then call bpf_sk_release() exactly once on "
			       "each path: `%s bpf_sk_release(%s);`, and use %s afterwards.",
			    code, var, names);
		else if (def >= 0 && diag_assigned_var(c, def, var, sizeof(var)) &&
			 diag_member_of(c, c->fail, var, field, sizeof(field)))
			FIX(c, "Read what you need from the socket first, then call bpf_sk_release() exactly once on "
			       "each path: `__typeof__(%s->%s) %s = %s->%s; bpf_sk_release(%s);`, and use `%s` "
			       "afterwards.",
			    var, field, field, var, field, var, field);
		else
			FIX(c, "Read what you need from the socket first, then call bpf_sk_release() exactly once on "
			       "each path: `family = sk->family; bpf_sk_release(sk);`.");
	} else {
		FIX(c, "Finish with the object before releasing it, and release it exactly once, last, on each path: "
		       "`pid = t->pid; bpf_task_release(t);`. After bpf_kptr_xchg() has stored it, read the map's "
		       "copy instead.");
	}
	return 1;
}

/* A kfunc argument that may be NULL, when where it came from says why:
 * NULL itself, where the kfunc has no use for it; or a BPF iterator's
 * object, read from its context, which is NULL on the last call. */
static int null_kfunc_arg(struct ctx *c, int arg)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, arg + 1);
	char fn[64];

	helper_at(c, c->fail, fn, sizeof(fn));
	if (v && v->kind == BV_REG_SCALAR && v->umin == 0 && v->umax == 0) {
		diag_class(c, "null-pointer");
		diag_where(c, c->fail, "fails here");
		WHY(c, "R%d is NULL itself (the constant 0), and argument %d of %s() must point to an object: only "
		       "arguments the kernel names `__nullable` or `__opt` take NULL (bpf_iter_task_new()'s task does, "
		       "meaning every task; this one does not).",
		    arg + 1, arg + 1, fn);
		if (strstr(fn, "task"))
			FIX(c, "Pass the task to work on: the current one is `bpf_get_current_task_btf()`, another one a "
			       "reference from `bpf_task_from_pid(pid)` (checked, then released after use).");
		else
			FIX(c, "Pass the object to work on: one the program was handed or holds a reference to, checked "
			       "for NULL first.");
		return 1;
	}
	if (!strncmp(c->prog->section, "iter", 4) || !c->prog->section[0] /* a log: no section */) {
		long def = value_origin(c, arg + 1, c->fstep), k = def >= 0 ? step_of(c, c->fstep, def) : -1;
		const struct bv_insn *in = insn_at(c, def);
		const struct bv_vreg *base = in && k >= 0 ? reg_at(c, k, in->src) : NULL;
		const char *slash = strchr(c->prog->section, '/');
		char var[64];

		if (!base || base->kind != BV_REG_CTX || BV_CLASS(in->code) != BV_LDX)
			return 0;
		if (diag_assigned_var(c, def, var, sizeof(var)) != 1)
			snprintf(var, sizeof(var), "p");
		diag_class(c, "null-pointer");
		diag_where(c, c->fail, "fails here");
		diag_where(c, def, c->prog->section[0] ? "read from the iterator's context here" : "read from the context here");
		if (c->prog->section[0])
			WHY(c, "A BPF iterator program runs once for each %s and once more at the end with NULL in its "
			       "context, so that it can print a summary; `%s`, read from the context at insn %ld, may be "
			       "that NULL, and argument %d of %s() must not be.",
			    slash ? slash + 1 : "object", var, def, arg + 1, fn);
		else
			WHY(c, "`%s`, read from the context at insn %ld, may be NULL: the kernel types that field as "
			       "possibly NULL (a BPF iterator's object is, on the last call, made once at the end for a "
			       "summary), and argument %d of %s() must not be.",
			    var, def, arg + 1, fn);
		FIX(c, "Leave when it is NULL, right after reading it: `if (!%s) return 0;` (print the summary there if "
		       "you want one).",
		    var);
		return 1;
	}
	/* what a call that can fail returned, passed on unchecked */
	long def = value_origin(c, arg + 1, c->fstep);
	char call[64], var[64];

	if (def < 0 || def == c->fail || !is_call(c, def) || !v || !v->maybe_null)
		return 0;
	helper_at(c, def, call, sizeof(call));
	if (diag_assigned_var(c, def, var, sizeof(var)) != 1 || !diag_is_name(var))
		snprintf(var, sizeof(var), "p");
	diag_class(c, "null-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, def, "may return NULL here");
	WHY(c, "R%d is what %s() returned at insn %ld, which is NULL when the call fails, and this path reaches %s() "
	       "without checking it; argument %d of %s() must point to an object.",
	    arg + 1, call, def, fn, arg + 1, fn);
	/* a lock still held there is released on the way out (the kernel
	 * refuses an exit with it held) */
	char unlock[96] = "";

	for (long s = c->fstep - 1; s >= 0; s--) {
		const struct bv_insn *in = insn_at(c, (long)c->res->steps[s].insn);
		const char *lt;

		if (!in || in->code != (BV_JMP | BV_CALL) || in->src != 0 || (in->imm != 93 && in->imm != 94))
			continue;
		lt = in->imm == 93 ? diag_src_text(c, (long)c->res->steps[s].insn) : NULL;
		if (lt && !strncmp(lt, "bpf_spin_lock(", 14) && strlen(lt) + 3 < sizeof(unlock))
			snprintf(unlock, sizeof(unlock), "bpf_spin_unlock(%s", lt + 14);
		break;
	}
	if (unlock[0])
		FIX(c, "Check `%s` right after the call and leave the path when it is NULL, releasing the lock: `if "
		       "(!%s) { %s return 0; }`, then pass `%s`.",
		    var, var, unlock, var);
	else
		FIX(c, "Check `%s` right after the call and leave the path when it is NULL: `if (!%s) return 0;`, then "
		       "pass `%s`.",
		    var, var, var);
	return 1;
}

/* `n->task = t;`: the plain store into a referenced kptr, with the fix
 * spelt in the line's own names.  0 when the line is not `LHS = RHS;`. */
static int kptr_store(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v = in ? reg_at(c, c->fstep, in->src) : NULL;
	char lhs[64], rhs[64];
	const char *rel, *st;
	char hb[64] = "";
	long org;

	if (!diag_assignment(c, c->fail, lhs, sizeof(lhs), rhs, sizeof(rhs)))
		return 0;
	/* the release kfunc for the struct the stored pointer has (the log
	 * names no struct: "ptr_"), from the kfunc that acquired it */
	if (v && (org = value_origin(c, in->src, c->fstep)) >= 0 && is_call(c, org))
		helper_at(c, org, hb, sizeof(hb));
	if (!(rel = diag_release_of(hb, &st)) && v && strstr(v->type, "alloc"))
		rel = "bpf_obj_drop", st = "...";
	else if (!rel)
		rel = "bpf_task_release", st = "task_struct";
	diag_class(c, "kptr-access");
	diag_where(c, c->fail, "the plain store");
	WHY(c, "`%s` is a referenced kptr (`__kptr`): the map owns the reference the field holds. A plain store would "
	       "drop the reference already there without releasing it, so the verifier lets programs read the field "
	       "but change it only with bpf_kptr_xchg(), which hands back what was there.",
	    lhs);
	FIX(c, "Swap it in and release what comes out: `struct %s *old = bpf_kptr_xchg(&%s, %s); if (old) %s(old);`. "
	       "The reference in %s then belongs to the map.",
	    st, lhs, rhs, rel, rhs);
	return 1;
}

/* `task->comm[i]`: a kernel struct's array member indexed by a variable.
 * The verifier reads kernel structs only at the constant offsets BTF
 * names, however well the index is bounded; a helper that copies can. */
static int var_member(struct ctx *c)
{
	char sname[64], ptr[64], field[64], path[160], idx[96];
	int r, off;

	if (sscanf(c->msg, "R%d is ptr_%63s invalid variable offset: off=%d", &r, sname, &off) != 3 ||
	    !diag_indexed_member(c, c->fail, ptr, sizeof(ptr), field, sizeof(field)))
		return 0;
	snprintf(path, sizeof(path), "%s->%s", ptr, field);
	if (!diag_index_text(c, c->fail, path, idx, sizeof(idx)))
		return 0;
	diag_class(c, "kernel-struct-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "R%d points into `%s`, a struct %s typed by the kernel's BTF: `%s[%s]` reads it at offset %d plus the "
	       "index, a number the verifier knows only by its bounds (%s). The verifier reads a kernel struct only "
	       "at constant offsets that the BTF names, however well the index is checked: walking the array is "
	       "left to a helper that copies.",
	    r, ptr, sname, path, idx, off, strstr(c->msg, "var_off=") ? strstr(c->msg, "var_off=") : "var_off");
	FIX(c, "Copy the one element with bpf_probe_read_kernel(): `__typeof__(%s[0]) %s_c; "
	       "bpf_probe_read_kernel(&%s_c, sizeof(%s_c), &%s[%s]);` and use `%s_c` — or copy the whole array to "
	       "the stack first (`__typeof__(%s) %s; bpf_probe_read_kernel(%s, sizeof(%s), %s);`) and index the copy.",
	    path, field, field, field, path, idx, field, path, field, field, field, path);
	return 1;
}

/* A kfunc that takes a reference refuses a pointer read out of a kernel
 * struct's field that the kernel marks neither __rcu nor trusted
 * (`bpf_task_acquire(p->last_wakee)`, batch 20): the verifier types it a
 * plain ptr_, with no proof the object is alive.  Reading through it needs
 * no reference, so the fix drops the acquire. */
static int walked_arg(struct ctx *c)
{
	char expr[96], fn[64], var[64], tname[72];
	const struct bv_vreg *v;
	const struct bv_insn *ld;
	const char *arrow, *rel, *st = NULL;
	int r;

	if ((sscanf(c->msg, "R%d must be a rcu pointer", &r) != 1 &&
	     sscanf(c->msg, "R%d must be referenced or trusted", &r) != 1) || r < 1 || r > 5 ||
	    !(v = reg_at(c, c->fstep, r)) || strncmp(v->type, "ptr_", 4) || v->def_insn < 0 ||
	    !(ld = insn_at(c, v->def_insn)) || BV_CLASS(ld->code) != BV_LDX || ld->src == 10 ||
	    !diag_call_arg(c, c->fail, r, expr, sizeof(expr)) || !(arrow = strstr(expr, "->")))
		return 0;
	while (strstr(arrow + 2, "->"))
		arrow = strstr(arrow + 2, "->");
	helper_at(c, c->fail, fn, sizeof(fn));
	rel = strstr(fn, "_acquire") ? diag_release_of(fn, &st) : NULL;
	/* the log names the struct ("ptr_task_struct"); a record leaves it to the kfunc */
	snprintf(tname, sizeof(tname), "ptr_%s", v->type[4] ? v->type + 4 : st ? st : "");
	diag_class(c, "untrusted-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, v->def_insn, "the pointer read out of a field here");
	WHY(c, "R%d is `%s`, read at insn %d out of a field of a kernel struct. The kernel trusts a pointer walked to "
	       "that way only when the field is marked __rcu (and is read in an RCU section: all of a non-sleepable "
	       "program, only between bpf_rcu_read_lock() and unlock in a sleepable one) or is on its list of trusted "
	       "fields; `%s` is neither, so the verifier types the pointer a plain `%s` with no proof the %s it "
	       "points to is still alive, and %s(), which %s, refuses it.",
	    r, expr, v->def_insn, arrow + 2, tname, tname[4] ? tname + 4 : "object", fn,
	    strstr(c->msg, "rcu") ? "takes RCU-protected pointers" : "takes only trusted or referenced pointers");
	if (rel && diag_assigned_var(c, c->fail, var, sizeof(var))) {
		FIX(c, "A reference is not needed to read through the pointer: the verifier lets a program read any "
		       "kernel pointer's fields (a read that faults gives 0). Drop %s() and %s(): `%s = %s;`, then read "
		       "`%s->...` as before. To hold the object past this program, start from a pointer the kernel "
		       "hands out trusted instead (a tp_btf argument, or a kfunc that looks the object up: "
		       "bpf_task_from_pid(), bpf_cgroup_from_id()).",
		    fn, rel, var, expr, var);
	} else {
		FIX(c, "Pass %s() a pointer the kernel trusts: a tp_btf or struct_ops argument, "
		       "bpf_get_current_task_btf(), one an acquire kfunc returned, or one read from an __rcu field "
		       "inside an RCU section; to only read `%s`, read its fields directly, without the call.",
		    fn, expr);
	}
	return 1;
}

/* The call of `open` (bpf_rcu_read_lock, bpf_preempt_disable) that began
 * the section the failing step is in, -1 if the path does not show it;
 * into *branch (when given) the last conditional jump taken since. */
static long section_opened(const struct ctx *c, const char *open, long *branch)
{
	char b[64];

	if (branch)
		*branch = -1;
	for (long k = c->fstep; k >= 0; k--) {
		long i = (long)c->res->steps[k].insn;

		if (is_call(c, i) && !strcmp(helper_at(c, i, b, sizeof(b)), open))
			return i;
		if (branch && *branch < 0 && is_cond_jump(c, i))
			*branch = i;
	}
	return -1;
}

/* The operator after `ptr->field` on line t (`=`, `+=`, `|=`, `++`) and,
 * for `=` and `+=`, the value stored or added into rhs. */
static const char *store_op(const char *t, const char *ptr, const char *field, char *rhs, size_t size)
{
	char pat[160];
	const char *a, *op;
	size_t n;

	snprintf(pat, sizeof(pat), "%s->%s", ptr, field);
	rhs[0] = '\0';
	if (!t || !(a = strstr(t, pat)))
		return NULL;
	for (op = a + strlen(pat); *op == ' '; op++)
		;
	n = strlen(op);
	if (op[0] == '=' && op[1] != '=' && n > 3 && op[n - 1] == ';' && n - 3 < size)
		snprintf(rhs, size, "%.*s", (int)(n - 3), op + 2);
	else if (!strncmp(op, "+=", 2) && n > 4 && op[n - 1] == ';' && n - 4 < size)
		snprintf(rhs, size, "%.*s", (int)(n - 4), op + 3);
	else if (!strncmp(op, "++", 2))
		snprintf(rhs, size, "1");
	return op;
}

/* "only read is supported" in a tracing program: a store into a kernel
 * struct it was handed (`skb->mark = 0x42;` in tp_btf/net_dev_start_xmit,
 * batch 20; `xdp_stats->drop += drops;`, an argument of BPF_PROG(), batch
 * 73).  Who may change that field instead depends on the struct. */
static int trace_write(struct ctx *c)
{
	static const struct {
		const char *st, *fields, *how;
	} owner[] = {
		{ "sk_buff", " mark priority tc_index queue_mapping cb tc_classid ",
		  "A tc program owns the packet and may write `skb->%s` of its `struct __sk_buff`: attach one where the "
		  "packet passes (`SEC(\"tc\") int f(struct __sk_buff *skb) { ... skb->%s = ...; }`, on egress for "
		  "packets being sent)." },
		{ "task_struct", NULL,
		  "Keep the value next to the task instead, in task local storage: `v = bpf_task_storage_get(&map, %s, 0, "
		  "BPF_LOCAL_STORAGE_GET_F_CREATE); if (v) v->%s = ...;`." },
		{ "sock", NULL,
		  "Keep the value next to the socket instead, in socket local storage: `v = bpf_sk_storage_get(&map, %s, 0, "
		  "BPF_SK_STORAGE_GET_F_CREATE); if (v) v->%s = ...;`." },
		{ "inode", NULL,
		  "Keep the value next to the inode instead, in inode local storage: `v = bpf_inode_storage_get(&map, %s, "
		  "0, BPF_LOCAL_STORAGE_GET_F_CREATE); if (v) v->%s = ...;`." },
		{ "cgroup", NULL,
		  "Keep the value next to the cgroup instead, in cgroup local storage: `v = bpf_cgrp_storage_get(&map, %s, "
		  "0, BPF_LOCAL_STORAGE_GET_F_CREATE); if (v) v->%s = ...;`." },
	};
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *p;
	const char *t = diag_src_text(c, c->fail), *op;
	char var[64], field[64], st[64], key[72], rhs[96], pt[96];
	bool param = false;

	if (strcmp(c->msg, "only read is supported") || c->prog->sec.prog_type == BV_PROG_STRUCT_OPS || !in ||
	    !(p = reg_at(c, c->fstep, in->dst)) ||
	    (!diag_assigned_member(c, c->fail, var, sizeof(var), field, sizeof(field)) &&
	     !diag_arrow(c, c->fail, var, sizeof(var), field, sizeof(field))))
		return 0;
	op = store_op(t, var, field, rhs, sizeof(rhs));
	/* the struct as the pointer is declared: where it is made, or a
	 * parameter (`struct xdp_cpumap_stats *xdp_stats` of BPF_PROG()) */
	st[0] = '\0';
	if (!diag_declared_struct(c, p->def_insn, var, st, sizeof(st)) &&
	    diag_src_param_type(c, c->fail, var, pt, sizeof(pt)) && !strncmp(pt, "struct ", 7) &&
	    sscanf(pt + 7, "%63[A-Za-z0-9_]", st) == 1)
		param = true;
	if (!st[0]) {
		const char *q = strstr(p->type, "ptr_");

		snprintf(st, sizeof(st), "%s", q && q[4] ? q + 4 : "");
	}
	diag_class(c, "readonly-write");
	diag_where(c, c->fail, "fails here");
	if (p->def_insn >= 0)
		diag_where(c, p->def_insn, "the pointer to the kernel's struct made here");
	WHY(c, "`%s->%s %.*s ...` stores into %s%s%sone of the kernel's own structs%s. Programs read the kernel's "
	       "structs (the verifier types them from its BTF) but never write them, outside the few fields a "
	       "struct_ops callback may set: the kernel cannot know which of its fields a store could safely change "
	       "under it.",
	    var, field, op && op[0] && op[0] != ';' && op[0] != '=' ? 2 : 1, op && op[0] && op[0] != ';' ? op : "=",
	    st[0] ? "a struct " : "", st, st[0] ? ", " : "",
	    param ? " that the kernel hands the program as an argument" : "");
	/* the context's kernel struct, from bpf_cast_to_kern_ctx(): the
	 * program changes its packet through the context and helpers */
	long made = value_origin(c, in->dst, c->fstep);

	if (made >= 0 && is_call(c, made) && !strcmp(helper_at(c, made, key, sizeof(key)), "bpf_cast_to_kern_ctx")) {
		WHY(c, " bpf_cast_to_kern_ctx() gives the kernel's struct behind the context to read, not to write.");
		FIX(c, "Drop the store%s%s%s: the program changes its packet through the context's writable fields "
		       "(`skb->mark`, `skb->priority`, `skb->tc_index`) and helpers (bpf_skb_store_bytes(), "
		       "bpf_csum_level(), bpf_skb_change_type()); a value it needs itself later goes in a local "
		       "variable or a global.",
		    t ? " `" : "", t ? t : "", t ? "`" : "");
		return 1;
	}
	snprintf(key, sizeof(key), " %s ", field);
	for (size_t i = 0; i < sizeof(owner) / sizeof(owner[0]); i++) {
		if (strcmp(owner[i].st, st))
			continue;
		if (owner[i].fields && !strstr(owner[i].fields, key))
			break;
		if (owner[i].fields)
			FIX(c, owner[i].how, field, field);
		else
			FIX(c, owner[i].how, var, field);
		return 1;
	}
	/* a count or a value: kept in a map of the program's own (not a
	 * pointer the kernel's field held) */
	if (rhs[0] && strcmp(rhs, "NULL")) {
		bool add = op && op[0] == '+';

		FIX(c, "Keep the value in a map of the program's own and %s it there: `__u32 key = 0; __u64 *val = "
		       "bpf_map_lookup_elem(&counts, &key); if (val) %s%s%s;`, with counts a one-entry "
		       "BPF_MAP_TYPE_ARRAY (PERCPU_ARRAY to count without contention); read `%s->%s` where the kernel's "
		       "own value is wanted.",
		    add ? "add to" : "store", add ? "__sync_fetch_and_add(val, " : "*val = ", rhs, add ? ")" : "", var,
		    field);
		return 1;
	}
	FIX(c, "Keep what the program wants to change in its own storage: a map keyed by the object (a pid, a "
	       "cookie), or the object's local storage (`bpf_task_storage_get()`, `bpf_sk_storage_get()`, "
	       "`bpf_inode_storage_get()`), and read it from there where the program would read `%s->%s`.",
	    var, field);
	return 1;
}

/* A release kfunc given the pointer the program was handed while the
 * reference it acquired sits in another variable (`t =
 * bpf_task_acquire(p); ... bpf_task_release(p);`): name both. */
static int released_wrong_pointer(struct ctx *c)
{
	char given[64], held[64], b[64], fixed[200];
	const char *line = diag_src_text(c, c->fail);
	long acq = -1;

	for (long s = c->fstep - 1; s >= 0 && acq < 0; s--) {
		long i = (long)c->res->steps[s].insn;

		if (is_call(c, i) && (strstr(helper_at(c, i, b, sizeof(b)), "_acquire") ||
				      strstr(b, "_from_pid") || strstr(b, "_from_id") || strstr(b, "_from_vpid")))
			acq = i;
	}
	if (acq < 0 || !line || !diag_assigned_var(c, acq, held, sizeof(held)) ||
	    !diag_call_arg(c, c->fail, 1, given, sizeof(given)) || !strcmp(given, held) ||
	    diag_replace_expr(line, given, held, fixed, sizeof(fixed)) <= 0)
		return 0;
	diag_class(c, "untrusted-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, acq, "the reference taken here");
	WHY(c, "A release kfunc ends a reference the program holds. `%s` holds none: the program was handed it (or "
	       "walked to it), and the kernel keeps it alive. The reference is `%s`, what %s() returned at insn %ld; "
	       "that is the pointer to release.",
	    given, held, helper_at(c, acq, b, sizeof(b)), acq);
	FIX(c, "Release what the acquire returned: `%s`.", fixed);
	return 1;
}

/* A release kfunc given a pointer no acquire returned, with no acquire on
 * the path to blame: the fix names the acquire that pairs with it. */
static int release_unacquired(struct ctx *c)
{
	static const char *const pairs[][3] = {
		{ "bpf_put_file", "bpf_get_task_exe_file", "struct file *exe = bpf_get_task_exe_file(task); if (!exe) "
							   "return 0; ... bpf_put_file(exe);" },
		{ "bpf_key_put", "bpf_lookup_user_key", "struct bpf_key *key = bpf_lookup_user_key(serial, 0); if (!key) "
							"return 0; ... bpf_key_put(key);" },
		{ "bpf_task_release", "bpf_task_acquire", "t = bpf_task_acquire(p); if (!t) return 0; ... "
							  "bpf_task_release(t);" },
		{ "bpf_cgroup_release", "bpf_cgroup_acquire", "cg = bpf_cgroup_acquire(p); if (!cg) return 0; ... "
							      "bpf_cgroup_release(cg);" },
	};
	char fn[64];

	if (sscanf(c->msg, "release kernel function %63s expects refcounted", fn) != 1)
		return 0;
	for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
		if (strcmp(pairs[i][0], fn))
			continue;
		diag_class(c, "untrusted-pointer");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() ends a reference the program holds, one that %s() returned. This pointer holds none: the "
		       "program was handed it (a hook's argument) or walked to it, and the kernel keeps it alive for the "
		       "program's run, so the program must not release it.",
		    fn, pairs[i][1]);
		FIX(c, "Drop the call, and use the pointer as it is; release only what %s() returned: `%s`.", pairs[i][1],
		    pairs[i][2]);
		return 1;
	}
	return 0;
}

/* `struct bpf_dctcp *ca = inet_csk_ca(sk); ca->loss_cwnd = 0;`, refused
 * as "no write support to tcp_sock at off 1400": the program's own struct
 * outgrew the socket's private area (icsk_ca_priv, 104 bytes here), so its
 * last fields land on the kernel's (batch 52's bpf_dctcp with a history
 * array added). */
static bool ca_priv_overflow(struct ctx *c, const char *ptr, const char *field)
{
	char var[64], st[64] = "", decl[96] = "";
	uint32_t vline = 0;
	int abs_off, at = -1, area = 0, size = access_size(c, c->fail);
	struct btf *vm;

	if (sscanf(c->msg, "no write support to tcp_sock at off %d", &abs_off) != 1 ||
	    !diag_src_call_above(c, c->fail, "inet_csk_ca", var, sizeof(var), &vline, decl, sizeof(decl)) || strcmp(var, ptr) ||
	    !(vm = btf__load_vmlinux_btf()))
		return false;
	int sid = btf__find_by_name_kind(vm, "inet_connection_sock", BTF_KIND_STRUCT);
	const struct btf_type *t = sid > 0 ? btf__type_by_id(vm, (uint32_t)sid) : NULL;

	for (uint16_t i = 0; t && i < btf_vlen(t); i++)
		if (!strcmp(btf__name_by_offset(vm, btf_members(t)[i].name_off), "icsk_ca_priv")) {
			at = (int)(btf_member_bit_offset(t, i) / 8);
			area = (int)btf__resolve_size(vm, btf_members(t)[i].type);
		}
	btf__free(vm);
	/* tcp_sock starts with inet_connection_sock; the store past the area */
	if (at < 0 || area <= 0 || abs_off < at + area || abs_off >= at + 2 * area)
		return false;
	/* the struct, as the line that takes the area declares it */
	const char *q = strstr(decl, "struct ");

	if (!q || sscanf(q, "struct %63[A-Za-z0-9_]", st) != 1)
		st[0] = '\0';
	int rel = abs_off - at;

	diag_class(c, "mem-size-exceeds-buffer");
	WHY(c, "`%s`, from inet_csk_ca() (line %u), points into the socket's private area icsk_ca_priv, which holds "
	       "%d bytes; `%s->%s` is at bytes %d to %d of it, past its end, on the kernel's own fields: %s%s%s is "
	       "larger than the area.",
	    ptr, vline, area, ptr, field, rel, rel + (size > 0 ? size : 1) - 1, st[0] ? "struct " : "the struct `",
	    st[0] ? st : ptr, st[0] ? "" : "` points to");
	FIX(c, "Make %s%s%s fit in %d bytes: this field ends at byte %d, so it must shrink by at least %d (a smaller "
	       "array, narrower fields); keep what does not fit in socket storage (`bpf_sk_storage_get(&map, sk, 0, "
	       "BPF_SK_STORAGE_GET_F_CREATE)`).",
	    st[0] ? "struct " : "the struct `", st[0] ? st : ptr, st[0] ? "" : "` points to", area,
	    rel + (size > 0 ? size : 1), rel + (size > 0 ? size : 1) - area);
	return true;
}

/* Whether struct ID of BTF starts with struct NAME: its first member, or
 * that member's first, and so on (tcp_sock > ... > sock > sock_common). */
static bool embeds_first(const struct btf *btf, uint32_t id, const char *name)
{
	for (int depth = 0; depth < 8; depth++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!t || !btf_is_struct(t) || !btf_vlen(t) || btf_member_bit_offset(t, 0))
			return false;
		id = btf_members(t)[0].type;
		while ((t = btf__type_by_id(btf, id)) && (btf_is_typedef(t) || btf_is_mod(t)))
			id = t->type;
		if (t && btf_is_struct(t) && !strcmp(btf__name_by_offset(btf, t->name_off), name))
			return true;
	}
	return false;
}

/* A struct of BTF that starts with struct ST and has member FIELD at byte
 * OFF: the one the program meant. Its name into TO. */
static bool struct_with(const struct btf *btf, const char *st, const char *field, int off, char *to, size_t size)
{
	uint32_t n = btf__type_cnt(btf);

	for (uint32_t id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const struct btf_member *m;

		if (!btf_is_struct(t) || !t->name_off)
			continue;
		m = btf_members(t);
		for (uint16_t i = 0; i < btf_vlen(t); i++)
			if (btf_member_bit_offset(t, i) == (uint32_t)off * 8 &&
			    !strcmp(btf__name_by_offset(btf, m[i].name_off), field) && embeds_first(btf, id, st)) {
				snprintf(to, size, "%s", btf__name_by_offset(btf, t->name_off));
				return true;
			}
	}
	return false;
}

/* "access beyond struct sock_common at off 1680 size 4": a pointer the
 * verifier knows as one kernel struct, cast in C to a bigger one that
 * starts with it (`tp = (struct tcp_sock *)skc;`).  The verifier follows
 * the BTF type it was given, not the cast; the failing line names the
 * field (`tp->srtt_us`), and the kernel's BTF the struct that has it
 * there.  For sockets a helper converts after checking what the socket
 * really is. */
static int cast_beyond(struct ctx *c)
{
	static const char *const sock_casts[] = { "tcp_sock",  "tcp6_sock",	    "udp6_sock", "tcp_timewait_sock",
						  "tcp_request_sock", "unix_sock", "mptcp_sock" };
	char st[64], var[64], field[64], to[64] = "", from[64] = "", x[64], f[64];
	const char *fl = diag_src_text(c, c->fail);
	struct btf *vm;
	int off, size, sid;

	if (sscanf(c->msg, "access beyond struct %63s at off %d size %d", st, &off, &size) != 3 || !fl ||
	    !(vm = btf__load_vmlinux_btf()))
		return 0;
	sid = btf__find_by_name_kind(vm, st, BTF_KIND_STRUCT);
	for (const char *q = strstr(fl, "->"); q; q = strstr(q + 2, "->")) {
		int mo, ms;
		char m[64];

		if (!diag_arrow_at(fl, q, x, f, sizeof(x)))
			continue;
		/* `tp->srtt_us`: the field at that offset of a struct that
		 * starts with ST */
		if (!to[0] && struct_with(vm, st, f, off, to, sizeof(to))) {
			snprintf(var, sizeof(var), "%s", x);
			snprintf(field, sizeof(field), "%s", f);
			continue;
		}
		/* `skc->skc_family`: the pointer it was cast from reads a
		 * field of ST itself */
		for (int o = 0; !from[0] && sid > 0 && o < 256; o++)
			if (diag_member_at(vm, (uint32_t)sid, o, m, sizeof(m), &mo, &ms, NULL) && mo == o && !strcmp(m, f))
				snprintf(from, sizeof(from), "%s", x);
	}
	btf__free(vm);
	if (!to[0])
		return 0;
	if (!strcmp(from, var))
		from[0] = '\0';
	diag_class(c, "kernel-struct-access");
	diag_where(c, c->fail, "fails here");
	WHY(c, "The line reads `%s->%s`, the field of struct %s at offset %d, but the verifier holds `%s` as a "
	       "struct %s, the kernel's BTF type the pointer came with, and offset %d is past its end. A C cast to "
	       "`struct %s *` changes nothing the verifier knows: it follows the type, not the cast.",
	    var, field, to, off, var, st, off, to);
	for (size_t i = 0; i < sizeof(sock_casts) / sizeof(sock_casts[0]); i++)
		if (!strcmp(to, sock_casts[i])) {
			FIX(c, "Convert with the helper that checks what the socket is, instead of the cast: `struct %s "
			       "*%s = bpf_skc_to_%s(%s); if (!%s) return 0;` (NULL when the socket is of another kind), "
			       "then read `%s->%s`.",
			    to, var, to, from[0] ? from : "sk", var, var, field);
			if (!from[0])
				FIX(c, " Here sk is the struct %s pointer the cast started from.", st);
			return 1;
		}
	FIX(c, "Get a pointer of that type the verifier accepts: `bpf_core_cast(%s, struct %s)` (libbpf 1.3 and later; "
	       "read-only, unchecked), or copy the one field with `bpf_probe_read_kernel(&v, sizeof(v), &%s->%s)`.",
	    from[0] ? from : "p", to, var, field);
	return 1;
}

/* A call that may sleep from a program whose section could say it may:
 * the same section with `.s` (`uprobe//proc/self/exe:f` becomes
 * `uprobe.s//proc/self/exe:f`); kprobes, tracepoints and the networking
 * types never sleep, so for them only the non-sleeping way is left. */
static int sleepable_section(struct ctx *c)
{
	static const char *const kinds[] = { "uprobe", "uretprobe", "usdt", "fentry", "fexit", "fmod_ret", "lsm",
					     "iter", "struct_ops", NULL };
	const char *sec = c->prog->section;
	bool user = strstr(c->msg, "helper call might sleep") != NULL;

	if ((!user && !strstr(c->msg, "must be sleepable to call sleepable kfunc")) || !sec)
		return 0;
	for (const char *const *k = kinds; *k; k++) {
		size_t n = strlen(*k);

		if (strncmp(sec, *k, n) || (sec[n] != '/' && sec[n]))
			continue;
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The %s may sleep (%s), and the program is not sleepable: its section, `%s`, has no `.s`.",
		    user ? "helper" : "kfunc", user ? "it copies from user memory, which may have to be paged in"
						    : "the kernel marks it so",
		    sec);
		FIX(c, "Make the program sleepable: `SEC(\"%.*s.s%s\")`%s.", (int)n, sec, sec + n,
		    user ? "; or, where it must not sleep, bpf_probe_read_user() (it fails instead of waiting for a "
			   "page that is not in memory)"
			 : "");
		return 1;
	}
	return 0;
}

int diag_kobj(struct ctx *c)
{
	const struct bv_vreg *v;
	int arg;

	static const struct canned t[] = {
		{ "Possibly NULL pointer passed to trusted arg", "null-pointer",
		  "The kfunc takes a pointer that is never NULL, but on this path it may be: it comes from a call that "
		  "can fail (bpf_task_from_pid(), bpf_task_acquire(), bpf_cgroup_from_id(), bpf_cpumask_create(), "
		  "bpf_kptr_xchg()) or from a kptr loaded from a map, and was not checked.",
		  "Check it right after it is obtained and leave the path when it is NULL: `t = bpf_task_from_pid(pid); "
		  "if (!t) return 0;` — then pass `t`." },
		{ "Possibly NULL pointer passed to helper arg", "null-pointer",
		  "The helper takes a pointer that is never NULL (bpf_kptr_xchg() stores it into a map), but on this "
		  "path it may be NULL: it was not checked after the call that returned it.",
		  "Check it first: `if (!p) return 0;`, then pass it." },
		{ "must be referenced or trusted", "untrusted-pointer",
		  "The kfunc takes only pointers the verifier can trust: one the program was handed (a tp_btf or "
		  "struct_ops argument, bpf_get_current_task_btf()) or one it holds a reference to (returned by an "
		  "acquire kfunc). A pointer read out of another kernel struct or out of a map value is not one, and "
		  "a release kfunc takes only a reference.",
		  "Take a reference first, with a kfunc that accepts such pointers, inside an RCU section: "
		  "`bpf_rcu_read_lock(); t = bpf_task_acquire(p); bpf_rcu_read_unlock(); if (!t) return 0; ... "
		  "bpf_task_release(t);`." },
		{ "must be a rcu pointer", "untrusted-pointer",
		  "The kfunc takes pointers RCU protects, and this one is not protected: in a sleepable program "
		  "(syscall, the .s sections) only what is read between bpf_rcu_read_lock() and bpf_rcu_read_unlock() "
		  "is; or it was read in a section that has since ended; or it was loaded from a `__kptr_untrusted` "
		  "field, which holds no reference.",
		  "Read the pointer and make the call inside one RCU section, and keep a reference for later: "
		  "`bpf_rcu_read_lock(); p = bpf_task_acquire(t->real_parent); bpf_rcu_read_unlock(); if (!p) return 0; "
		  "... bpf_task_release(p);`." },
		{ "expects refcounted PTR_TO_BTF_ID", "untrusted-pointer",
		  "A release kfunc ends a reference the program holds, and this pointer holds none: the program was "
		  "handed it (or walked to it), so the kernel keeps it alive and the program must not release it.",
		  "Release only what an acquire returned: `t = bpf_task_acquire(p); if (!t) return 0; ... "
		  "bpf_task_release(t);` — never `p` itself." },
		{ "must be referenced when passed to release function", "untrusted-pointer",
		  "bpf_kptr_xchg() hands the map a reference the program holds; this pointer holds none (it was loaded "
		  "from a map, walked to, or handed to the program).",
		  "Acquire a reference first (`t = bpf_task_acquire(p); if (!t) return 0; old = bpf_kptr_xchg(&v->task, "
		  "t); if (old) bpf_task_release(old);`)." },
		{ "unmatched rcu read unlock", "rcu-section",
		  "bpf_rcu_read_unlock() is called on a path where no RCU section is open.",
		  "Pair each bpf_rcu_read_unlock() with a bpf_rcu_read_lock() earlier on the same path: take the lock "
		  "before a branch, not inside one of its arms." },
		{ "nested rcu read lock", "rcu-section",
		  "bpf_rcu_read_lock() is called while an RCU section is already open: the verifier does not nest them.",
		  "Close the first section before opening another, or drop the inner bpf_rcu_read_lock()/unlock() pair." },
		{ "cannot be used inside bpf_rcu_read_lock-ed region", "rcu-section",
		  "The program leaves (returns, or tail-calls) while an RCU section is still open on this path.",
		  "Call bpf_rcu_read_unlock() on every path before returning, early returns included." },
		{ "unmatched attempt to enable preemption", "rcu-section",
		  "bpf_preempt_enable() is called on a path where preemption was not disabled.",
		  "Pair each bpf_preempt_enable() with a bpf_preempt_disable() earlier on the same path." },
		{ "cannot be used inside bpf_preempt_disable-ed region", "rcu-section",
		  "The program leaves while preemption is still disabled on this path.",
		  "Call bpf_preempt_enable() on every path before returning." },
		{ "store to referenced kptr disallowed", "kptr-access",
		  "The field is a referenced kptr (`__kptr`): the map owns the reference it holds, so a program may read "
		  "it but may only swap it with bpf_kptr_xchg(), never store into it.",
		  "`old = bpf_kptr_xchg(&v->field, acquired); if (old) bpf_task_release(old);` — or declare the field "
		  "`__kptr_untrusted` if the map should keep a plain pointer without a reference." },
		{ "kptr access", "kptr-access",
		  "A kptr field is read and written only as one whole 8-byte pointer, at its own constant offset: not "
		  "in part, not through a cast to another size, not at an offset the verifier cannot fix.",
		  "Access the field by name (`v->field`, `v->field = p`), never through a smaller type, a cast of the "
		  "value's address or a variable index." },
		{ "invalid kptr access", "kptr-access",
		  "The pointer stored (or exchanged) is not one the field may hold: the field holds pointers to one "
		  "struct, trusted or referenced ones for `__kptr`.",
		  "Store a pointer of exactly the field's type: one the program was handed, or acquired with a kfunc." },
		{ "kptr cannot be accessed indirectly by helper", "kptr-access",
		  "A helper would read or write the bytes of a kptr field (a copy of the whole value, a probe read "
		  "into it, a map update from a copy).",
		  "Copy or write the other fields one by one; move kptrs only with bpf_kptr_xchg() and plain loads." },
		{ "kptr isn't referenced kptr", "kptr-access",
		  "bpf_kptr_xchg() moves references in and out of `__kptr` fields; this field is `__kptr_untrusted`, "
		  "which holds no reference.",
		  "Load and store the field directly (`v->field = p;`), or declare it `__kptr` to keep a reference." },
		{ "doesn't point to kptr", "kptr-access",
		  "bpf_kptr_xchg()'s first argument must be the address of a kptr field of a map value (or of an "
		  "object of the program's that it owns); at that offset the struct has another member.",
		  "Pass `&v->field` for a field declared `struct T __kptr *field;`." },
		{ "has no valid kptr", "kptr-access",
		  "The map value (or the program's object) has no kptr field the kernel recognises (none declared with "
		  "__kptr, or more special fields than the kernel's limit of 11, in which case it keeps none).",
		  "Declare the field `struct T __kptr *field;` (with a clang that emits BTF type tags, 15 or later) and "
		  "keep the value to at most 11 kptr, lock and timer fields." },
		{ "kptr has to be at the constant offset", "kptr-access",
		  "bpf_kptr_xchg() is given a field address whose offset depends on a run-time value.",
		  "Name the field directly (`&v->field`); to pick among several, branch on the index with constant "
		  "field addresses in each arm." },
		{ "has to have BTF in order to use bpf_kptr_xchg", "kptr-access",
		  "The map was created without BTF for its value, so the kernel knows no kptr field in it.",
		  "Declare the map with `__type(value, struct ...)` in a libbpf-style .maps section." },
		{ "is not a scalar", "helper-arg-type",
		  "The kfunc takes a number in this argument, and the register holds a pointer.",
		  "Pass a number: the value the pointer points to (`*p`, `p->field`), not the pointer." },
		{ "expected pointer to STRUCT", "helper-arg-type",
		  "The kfunc takes a pointer to another struct than the one passed: casting a pointer in C does not "
		  "change what the verifier knows it points to.",
		  "Pass a pointer to the struct the kfunc takes (the kernel's prototype names it), obtained as such." },
		{ "must be sleepable to call sleepable kfunc", "helper-not-allowed",
		  "The kfunc may sleep, and the program is not sleepable.",
		  "Use a sleepable section: `SEC(\"fentry.s/...\")`, `lsm.s/`, `uprobe.s/`, `iter.s/` or `syscall`." },
		{ "helper call might sleep", "helper-not-allowed",
		  "The helper may sleep (it copies from user memory that may need paging in), and the program is not "
		  "sleepable.",
		  "Use a sleepable section (`fentry.s/`, `lsm.s/`, `uprobe.s/`, `iter.s/`), or bpf_probe_read_user() "
		  "where the program cannot sleep." },
	};

	if (var_member(c) || sleepable_section(c))
		return 1;
	if (strstr(c->msg, "expects refcounted PTR_TO_BTF_ID") && (released_wrong_pointer(c) || release_unacquired(c)))
		return 1;
	if (sscanf(c->msg, "Possibly NULL pointer passed to trusted arg%d", &arg) == 1 && null_kfunc_arg(c, arg))
		return 1;
	/* the same unchecked result, where the kernel does not take every
	 * argument as trusted: a maybe-NULL pointer to a member (the node in
	 * its struct, off=16) is "modified" and refused at the call */
	int mr, moff;

	if (sscanf(c->msg, "dereference of modified %*s ptr R%d off=%d", &mr, &moff) == 2 && strstr(c->msg, "or_null") &&
	    mr >= 1 && mr <= 5 && is_call(c, c->fail) && null_kfunc_arg(c, mr - 1))
		return 1;
	/* a pointer to one struct where the field holds another */
	if (msg_starts(c->msg, "invalid kptr access, R")) {
		const char *ty = strstr(c->msg, " type="), *ex = strstr(c->msg, " expected="), *name = NULL;
		char tok[96] = "", have[64] = "", want[64] = "";

		/* "type=untrusted_ptr_inner": the struct follows the last "ptr_" */
		if (ty && sscanf(ty, " type=%95s", tok) == 1)
			for (const char *q = strstr(tok, "ptr_"); q; q = strstr(q + 1, "ptr_"))
				name = q + 4;
		if (name)
			snprintf(have, sizeof(have), "%s", name);
		if (have[0] && ex && sscanf(ex, " expected=ptr_%63[A-Za-z0-9_]", want) == 1 && strcmp(have, want)) {
			diag_class(c, "kptr-access");
			diag_where(c, c->fail, "fails here");
			WHY(c, "The kptr field holds pointers to struct %s, and R%d points to a struct %s. A field keeps one "
			       "struct: the kernel checks the type of what goes in (a cast in C changes nothing).",
			    want, msg_reg(c->msg), have);
			FIX(c, "Store a struct %s (`bpf_obj_new(struct %s)` for one of the program's, the acquire kfunc of a "
			       "kernel one), or give struct %s a field of its own: `struct %s __kptr *field;`.",
			    want, want, have, have);
			return 1;
		}
	}
	/* a number where the kfunc takes a kernel struct: often a kptr field
	 * the kernel did not recognise, so its load gave a number */
	if (strstr(c->msg, "must point to scalar, or struct with scalar") && sscanf(c->msg, "arg#%d", &arg) == 1 &&
	    (v = reg_at(c, c->fstep, arg + 1)) && v->kind == BV_REG_SCALAR) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		if (v->def_insn >= 0 && v->def_insn != c->fail)
			diag_where(c, v->def_insn, "the number loaded here");
		WHY(c, "R%d holds a plain number, not a pointer the verifier knows, and the kfunc takes a pointer to a "
		       "kernel struct. When it was loaded from a map value field declared `__kptr`, the kernel did not "
		       "take the field as a kptr: its struct is only declared (`struct T;`), or the compiler dropped "
		       "the type tag (clang before 15), so the load gives a number.",
		    arg + 1);
		FIX(c, "Define the struct (include vmlinux.h, or `struct T { int unused; };`) and build with clang 15 "
		       "or later so the field is a kptr; otherwise pass a pointer the program was given or acquired.");
		return 1;
	}
	if (msg_starts(c->msg, "store to referenced kptr disallowed") && kptr_store(c))
		return 1;
	if (strstr(c->msg, "has no valid kptr") && c->res->detail &&
	    !strncmp(c->res->detail, "kptr to declared-only struct ", 29)) {
		const char *name = c->res->detail + 29;

		diag_class(c, "kptr-access");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The map value's field is declared `struct %s __kptr *`, but the program only declares `struct "
		       "%s;` without its members. The kernel finds a kptr's struct by name and kind in its own BTF, and "
		       "a declaration is not a struct: it keeps the field as a plain 8-byte number, so the map has no "
		       "kptr for bpf_kptr_xchg() (and a load of the field gives a number, not a pointer).",
		    name, name);
		FIX(c, "Give the struct a definition: include vmlinux.h (`bpftool btf dump file /sys/kernel/btf/vmlinux "
		       "format c`), or write `struct %s { int unused; };` — the "
		       "members do not matter, only that it is a struct.",
		    name);
		return 1;
	}
	if (walked_arg(c) || trace_write(c) || cast_beyond(c))
		return 1;
	if (strstr(c->msg, "cannot be used inside bpf_rcu_read_lock-ed region") ||
	    strstr(c->msg, "cannot be used inside bpf_preempt_disable-ed region")) {
		bool rcu = strstr(c->msg, "rcu") != NULL;
		const char *open = rcu ? "bpf_rcu_read_lock" : "bpf_preempt_disable";
		long branch = -1, lock = section_opened(c, open, &branch);

		diag_class(c, "rcu-section");
		diag_where(c, c->fail, "the program leaves here");
		if (branch >= 0)
			diag_where(c, branch, "on the path through this branch");
		if (lock >= 0)
			diag_where(c, lock, rcu ? "the RCU section opened here" : "preemption disabled here");
		WHY(c, "%s() at insn %ld opens a section that must be closed before the program leaves, and this path "
		       "reaches the exit at insn %ld with it still open.",
		    open, lock, c->fail);
		char cond[160], ret[160];

		if (branch >= 0 && diag_return_after(c, branch, cond, sizeof(cond), ret, sizeof(ret))) {
			FIX(c, "Close the section on the path that returns early too: `%s { %s(); %s }`. Every path after "
			       "%s() must call %s() once before it leaves.",
			    cond, rcu ? "bpf_rcu_read_unlock" : "bpf_preempt_enable", ret, open,
			    rcu ? "bpf_rcu_read_unlock" : "bpf_preempt_enable");
			return 1;
		}
		FIX(c, "Call %s() on every path before returning, early returns included: close the section right after "
		       "the reads that need it, then test and return.",
		    rcu ? "bpf_rcu_read_unlock" : "bpf_preempt_enable");
		return 1;
	}
	if (strstr(c->msg, "in rcu_read_lock region") || strstr(c->msg, "in non-preemptible region") ||
	    strstr(c->msg, "is sleepable within")) {
		bool rcu = strstr(c->msg, "rcu") != NULL;
		const char *open = rcu ? "bpf_rcu_read_lock" : "bpf_preempt_disable";
		const char *close = rcu ? "bpf_rcu_read_unlock" : "bpf_preempt_enable";
		long lock = section_opened(c, open, NULL);
		char b[64], fn[64];

		snprintf(fn, sizeof(fn), "%s", is_call(c, c->fail) ? helper_at(c, c->fail, b, sizeof(b)) : "the call");
		diag_class(c, "rcu-section");
		diag_where(c, c->fail, "the call that may sleep");
		if (lock >= 0)
			diag_where(c, lock, rcu ? "the RCU section opened here" : "preemption disabled here");
		WHY(c, "%s() may sleep (it can fault in user memory or wait), and %s() at insn %ld opened a section in "
		       "which nothing may sleep: %s. The program is sleepable, so the call is fine outside the "
		       "section, never inside it.",
		    fn, open, lock,
		    rcu ? "a sleep inside an RCU read-side section would let the objects it protects be freed under "
			  "the pointers the program read there"
			: "with preemption disabled the CPU cannot be given up");
		FIX(c, "Call %s() before %s(): inside the section read into locals what the decision needs (for "
		       "example `int want = p && p->pid > 1;`), close it, then make the call on those locals (`%s(); "
		       "if (want) %s(...);`).",
		    close, fn, close, fn);
		return 1;
	}
	/* bpf_sk_release() of a socket the program did not look up: skb->sk,
	 * or bpf_sk_fullsock() of it, is the packet's (seen, batch 38) */
	if (strstr(c->msg, "must be referenced when passed to release function") &&
	    diag_call_named(c, c->fail, "bpf_sk_release") &&
	    !diag_call_named(c, value_origin(c, 1, c->fstep), "bpf_sk_lookup") &&
	    !diag_call_named(c, value_origin(c, 1, c->fstep), "bpf_skc_lookup")) {
		const char *t = diag_src_text(c, c->fail);
		long def = value_origin(c, 1, c->fstep);

		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "released here");
		if (def >= 0)
			diag_where(c, def, "the socket came from here");
		WHY(c, "bpf_sk_release() ends a reference the program took with a lookup (bpf_sk_lookup_tcp(), "
		       "bpf_sk_lookup_udp(), bpf_skc_lookup_tcp()). This socket holds none: `skb->sk`, and "
		       "bpf_sk_fullsock() or bpf_tcp_sock() of it, belong to the packet, which keeps the socket alive "
		       "while the program runs.");
		if (t && !strncmp(t, "bpf_sk_release(", 15))
			FIX(c, "Delete `%s`: a socket the program only borrowed is not released.", t);
		else
			FIX(c, "Delete the bpf_sk_release() call: a socket the program only borrowed is not released.");
		return 1;
	}
	return canned_diag(c, t, sizeof(t) / sizeof(t[0]), true);
}

/* A struct_ops callback: a member the kernel does not let BPF implement,
 * the license it demands, a field of tcp_sock it does not let the
 * callback write. */
int diag_struct_ops(struct ctx *c)
{
	const struct bv_prog *p = c->prog;
	const char *st = p->st_ops_type ? p->st_ops_type : "the struct";
	const char *mem = p->st_ops_member ? p->st_ops_member : "?";

	if (p->type != BV_PROG_STRUCT_OPS) {
		/* a log alone: these two lines come from struct_ops callbacks only */
		if (p->sec.prog_type || !(msg_starts(c->msg, "no write support to tcp_sock ") ||
					  msg_starts(c->msg, "no write support to sock ")))
			return 0;
		st = "struct_ops";
	}
	if (msg_starts(c->msg, "attach to unsupported member") || msg_starts(c->msg, "attach to invalid member")) {
		diag_class(c, "struct-ops");
		diag_where(c, 0, "the callback");
		WHY(c, "The program is %s's .%s in struct_ops map '%s', and this kernel does not let BPF implement "
		       "that member%s.",
		    st, mem, p->st_ops_map ? p->st_ops_map : "?",
		    strstr(c->msg, "invalid member") ? ": it is not a function pointer"
		    : p->sec.sleepable ? " with a sleepable program" : "");
		FIX(c, "%s", p->sec.sleepable ? "Use SEC(\"struct_ops\") (not struct_ops.s) unless the member is one the "
						"kernel calls where it may sleep."
					      : "Leave the member out of the map (the kernel keeps its default), or implement it in "
						"a kernel module.");
		return 1;
	}
	if (msg_starts(c->msg, "struct ops programs must have a GPL")) {
		diag_class(c, "struct-ops");
		diag_where(c, 0, "the callback");
		WHY(c, "A struct_ops program replaces a kernel function (%s.%s), and the kernel lets only "
		       "GPL-compatible code do that.", st, mem);
		FIX(c, "Declare a GPL-compatible license: `char LICENSE[] SEC(\"license\") = \"GPL\";` (or \"Dual MIT/GPL\", "
		       "\"Dual BSD/GPL\").");
		return 1;
	}
	if (!strcmp(c->msg, "only read is supported")) {
		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The store goes through a pointer to a kernel object this %s callback may read but not write "
		       "(the kernel's own data, such as an ack_sample or rate_sample for a TCP congestion control). Of "
		       "the objects a callback is given, the kernel lets it write only a few fields (of tcp_sock: "
		       "snd_cwnd, snd_ssthresh, snd_cwnd_cnt, the private area icsk_ca_priv, ...).", st);
		FIX(c, "Keep the value in the callback's private area (`inet_csk_ca(sk)`) or in socket storage "
		       "(`bpf_sk_storage_get()`) instead of writing it into the kernel's object.");
		return 1;
	}
	if (msg_starts(c->msg, "no write support to ") ||
	    (msg_starts(c->msg, "write access at off ") && strstr(c->msg, "beyond the member"))) {
		bool wide = msg_starts(c->msg, "write access");

		char ptr[64], field[64];

		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		if (!wide && diag_assigned_member(c, c->fail, ptr, sizeof(ptr), field, sizeof(field)) &&
		    ca_priv_overflow(c, ptr, field))
			return 1;
		WHY(c, "A %s callback may write only the fields of the kernel's objects the kernel lists for it (for a "
		       "TCP congestion control, of tcp_sock: snd_cwnd, snd_ssthresh, snd_cwnd_cnt, snd_cwnd_stamp, "
		       "ecn_flags, app_limited, sk_pacing_rate, sk_pacing_status, icsk_ack.pending and the private "
		       "area icsk_ca_priv; nothing of an ack_sample or rate_sample); %s",
		    st, wide ? "this store starts at such a field but is wider than it."
			     : "this store is to a field outside that list.");

		if (!wide && diag_assigned_member(c, c->fail, ptr, sizeof(ptr), field, sizeof(field))) {
			/* the field the user meant to keep: a copy of their own */
			WHY(c, " It writes %s->%s, which the kernel keeps for itself.", ptr, field);
			/* a writable field of the same meaning (`sk_max_pacing_rate`
			 * written for `sk_pacing_rate`, batch 52): said first */
			static const char *const writable[] = { "snd_cwnd",	  "snd_ssthresh", "snd_cwnd_cnt",
								"snd_cwnd_stamp", "ecn_flags",	  "app_limited",
								"sk_pacing_rate", "sk_pacing_status" };
			size_t fl = strlen(field);
			bool alt = false;

			for (size_t i = 0; !alt && i < sizeof(writable) / sizeof(writable[0]); i++) {
				size_t wl = strlen(writable[i]), k = 0;

				while (k < fl && k < wl && field[fl - 1 - k] == writable[i][wl - 1 - k])
					k++;
				if (k >= 8 && k < fl && strcmp(field, writable[i])) {
					FIX(c, "The field of that meaning a congestion control may write is `%s`: `%s->%s = "
					       "...;` (the kernel lets it write %s, not %s). Or ",
					    writable[i], ptr, writable[i], writable[i], field);
					alt = true;
				}
			}
			FIX(c, "%ceep your own %s in the callback's private area, which lives in the socket: `struct "
			       "my_ca { __typeof__(%s->%s) %s; };` and `struct my_ca *ca = (void *)((struct "
			       "inet_connection_sock *)sk)->icsk_ca_priv;` (what the kernel's inet_csk_ca(sk) returns; up "
			       "to 104 bytes), then read and write `ca->%s` instead of %s->%s. Socket storage "
			       "(`bpf_sk_storage_get()`) works too.",
			    alt ? 'k' : 'K', field, ptr, field, field, field, ptr, field);
			return 1;
		}
		FIX(c, "%s", wide ? "Store with the field's own type (`tp->snd_cwnd = v;` with a u32), not through a "
				    "wider pointer."
				  : "Keep what the callback needs in its private area (`inet_csk_ca(sk)`, up to 104 bytes) "
				    "or in socket storage (`bpf_sk_storage_get()`), and leave the kernel's own fields to it.");
		return 1;
	}
	return 0;
}
