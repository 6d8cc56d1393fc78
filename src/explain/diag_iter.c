/* Open-coded iterators (bpf_iter_<kind>_new/_next/_destroy, what
 * bpf_for(), bpf_repeat() and bpf_for_each() expand to): an iterator used
 * before it is made, after it is destroyed or written over, made twice,
 * not on the stack; the NULL its _next() returns at the end; the RCU
 * section the task and css iterators need; where css_task may run. */
#include <stdio.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "explain/diag.h"
#include "verifier/verifier.h"

/* The iterator kind a kfunc call works ("task_vma"), and its operation;
 * NULL for any other instruction. */
static const char *iter_call_kind(const struct ctx *c, long i, int *op)
{
	const struct bv_insn *in = insn_at(c, i);
	char b[64];
	int k;

	if (!in || in->code != (BV_JMP | BV_CALL) || in->src != BV_PSEUDO_KFUNC_CALL)
		return NULL;
	k = iter_kfunc(helper_at(c, i, b, sizeof(b)), op);
	return k >= 0 ? iter_kind_name(k) : NULL;
}

/* How a loop over this kind reads in C, for the fixes. */
static const char *loop_example(const char *kind)
{
	static const struct {
		const char *kind, *loop;
	} t[] = {
		{ "num", "bpf_for(i, 0, n) { ... }" },
		{ "bits", "bpf_for_each(bits, bit, &mask, 1) { ... }" },
		{ "task_vma", "bpf_for_each(task_vma, vma, task, 0) { ... }" },
		{ "task", "bpf_for_each(task, p, NULL, BPF_TASK_ITER_ALL_PROCS) { ... }" },
		{ "css", "bpf_for_each(css, pos, &cgrp->self, BPF_CGROUP_ITER_DESCENDANTS_PRE) { ... }" },
		{ "css_task", "bpf_for_each(css_task, p, &cgrp->self, CSS_TASK_ITER_PROCS) { ... }" },
		{ "kmem_cache", "bpf_for_each(kmem_cache, s) { ... }" },
		{ "dmabuf", "bpf_for_each(dmabuf, d) { ... }" },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(t[i].kind, kind))
			return t[i].loop;
	return "bpf_for_each(...) { ... }";
}

/* The latest step before `before` that calls operation op of kind. */
static long last_iter_call(const struct ctx *c, long before, const char *kind, int op)
{
	for (long k = before - 1; k >= 0; k--) {
		int o;
		const char *kk = iter_call_kind(c, (long)c->res->steps[k].insn, &o);

		if (kk && o == op && !strcmp(kk, kind))
			return k;
	}
	return -1;
}

/* A store into the stack bytes [off, off + size) of frame `frame` after
 * step `from` and before the failure. */
static long store_into(const struct ctx *c, long from, int frame, long off, long size)
{
	for (long k = from + 1; k < c->fstep; k++) {
		const struct bv_insn *in = insn_at(c, (long)c->res->steps[k].insn);
		const struct bv_vreg *d;
		long at;

		if (!in || (BV_CLASS(in->code) != BV_ST && BV_CLASS(in->code) != BV_STX) || BV_MODE(in->code) != BV_MEM)
			continue;
		d = reg_at(c, k, in->dst);
		if (!d || strcmp(d->type, "fp") || d->frameno != frame)
			continue;
		at = (long)d->off + d->smin + in->off;
		if (at < off + size && at + access_size(c, (long)c->res->steps[k].insn) > off)
			return (long)c->res->steps[k].insn;
	}
	return -1;
}

/* The latest _new() of any kind on the path whose iterator lies where the
 * failing call's R1 points; its kind into kind. */
static long made_at_same_place(const struct ctx *c, char *kind, size_t size)
{
	const struct bv_vreg *r1 = reg_at(c, c->fstep, 1), *q;

	if (!r1 || strcmp(r1->type, "fp"))
		return -1;
	for (long k = c->fstep - 1; k >= 0; k--) {
		int op;
		const char *kk = iter_call_kind(c, (long)c->res->steps[k].insn, &op);

		if (kk && op == ITER_OP_NEW && (q = reg_at(c, k, 1)) && !strcmp(q->type, "fp") &&
		    q->frameno == r1->frameno && q->off + q->smin == r1->off + r1->smin) {
			snprintf(kind, size, "%s", kk);
			return k;
		}
	}
	return -1;
}

static int iter_state_msgs(struct ctx *c)
{
	const char *m = c->msg, *p;
	char kind[32] = "num";
	int op = -1;

	if ((p = strstr(m, "iter_")) && (msg_starts(m, "expected an initialized iter_") ||
					 msg_starts(m, "expected uninitialized iter_")))
		sscanf(p + 5, "%31[a-z_]", kind);
	else if ((p = iter_call_kind(c, c->fail, &op)))
		snprintf(kind, sizeof(kind), "%s", p);
	if (msg_starts(m, "expected an initialized iter_")) {
		long made = last_iter_call(c, c->fstep, kind, ITER_OP_NEW);
		long gone = last_iter_call(c, c->fstep, kind, ITER_OP_DESTROY);
		const struct bv_vreg *r1 = reg_at(c, c->fstep, 1);
		long wrote = -1, other;
		char okind[32];

		diag_class(c, "iterator");
		diag_where(c, c->fail, "fails here");
		if (gone > made && gone >= 0) {
			diag_where(c, (long)c->res->steps[gone].insn, "destroyed here");
			WHY(c, "The iterator was destroyed by bpf_iter_%s_destroy() at insn %u, earlier on this path: after "
			       "that its stack holds no iterator.",
			    kind, c->res->steps[gone].insn);
		} else if (made >= 0 && r1 && !strcmp(r1->type, "fp") &&
			   (wrote = store_into(c, made, r1->frameno, (long)r1->off + r1->smin,
					       8L * (iter_kind_slots(kind) > 0 ? iter_kind_slots(kind) : 1))) >= 0) {
			diag_where(c, wrote, "its bytes written here");
			diag_where(c, (long)c->res->steps[made].insn, "iterator made here");
			WHY(c, "The iterator made at insn %u was written over at insn %ld: a store into the bytes of a "
			       "`struct bpf_iter_%s` turns them into plain data, and the iterator is gone.",
			    c->res->steps[made].insn, wrote, kind);
		} else if ((other = made_at_same_place(c, okind, sizeof(okind))) >= 0 && strcmp(okind, kind)) {
			char fn[64];

			diag_where(c, (long)c->res->steps[other].insn, "iterator made here");
			WHY(c, "R1 points to the iterator bpf_iter_%s_new() made at insn %u, a `struct bpf_iter_%s`; %s() "
			       "takes only a `struct bpf_iter_%s` (a cast in C changes nothing: the verifier knows what "
			       "the stack holds).",
			    okind, c->res->steps[other].insn, okind, helper_at(c, c->fail, fn, sizeof(fn)), kind);
			FIX(c, "Call the functions of the iterator's own kind: `bpf_iter_%s_next(&it)` and "
			       "`bpf_iter_%s_destroy(&it)`.",
			    okind, okind);
			return 1;
		} else if (made >= 0) {
			WHY(c, "The pointer does not name the iterator bpf_iter_%s_new() made at insn %u: it points to other "
			       "stack, into the middle of the struct, or to an iterator of another kind.",
			    kind, c->res->steps[made].insn);
			diag_where(c, (long)c->res->steps[made].insn, "iterator made here");
		} else {
			WHY(c, "No bpf_iter_%s_new() made an iterator there on this path: it was never made, or made on "
			       "another branch only, or it is an iterator of another kind.",
			    kind);
		}
		FIX(c, "Make it once on a local variable (`struct bpf_iter_%s it; bpf_iter_%s_new(&it, ...);`), pass "
		       "`&it` itself to each _next(), never write into it, and destroy it once after the last _next(); "
		       "`%s` does all of it.",
		    kind, kind, loop_example(kind));
		return 1;
	}
	if (msg_starts(m, "expected uninitialized iter_")) {
		long made = last_iter_call(c, c->fstep, kind, ITER_OP_NEW), off;
		const char *detail = c->res->detail;

		diag_class(c, "iterator");
		diag_where(c, c->fail, "fails here");
		if (detail && sscanf(detail, "cannot pass in iter at an offset=%ld", &off) == 1) {
			WHY(c, "bpf_iter_%s_new() gets fp%ld: an iterator is a whole local variable, at a multiple of 8 "
			       "bytes from the frame pointer, and this address is inside one (the pointer was moved, or "
			       "cast from another buffer).",
			    kind, off);
			FIX(c, "Declare `struct bpf_iter_%s it;` as a variable of its own and pass `&it`.", kind);
			return 1;
		}
		if (made >= 0)
			diag_where(c, (long)c->res->steps[made].insn, "first made here");
		WHY(c, "bpf_iter_%s_new() gets stack that already holds a running iterator (the same variable, or one "
		       "that overlaps it), or a pointer that is not a whole 8-byte-aligned variable: the first "
		       "iterator would never be destroyed.",
		    kind);
		FIX(c, "Destroy the iterator (`bpf_iter_%s_destroy(&it)`) before making a new one in the same variable, "
		       "or use a second local variable; pass `&it` itself, not a pointer into it.",
		    kind);
		return 1;
	}
	if (strstr(m, "expected pointer to an iterator on stack")) {
		const struct bv_vreg *r1 = reg_at(c, c->fstep, 1);

		diag_class(c, "iterator");
		diag_where(c, c->fail, "fails here");
		WHY(c, "An iterator must live on the stack: the verifier tracks it there, from _new() to _destroy(), "
		       "path by path. ");
		if (r1 && !strncmp(r1->type, "map_value", 9))
			WHY(c, "Here it is a global variable (or a map value), which every run of the program shares.");
		else if (r1)
			WHY(c, "R1 holds %s.", r1->type);
		FIX(c, "Declare `struct bpf_iter_%s it;` inside the function and pass `&it` (or write the loop as `%s`).",
		    kind, loop_example(kind));
		return 1;
	}
	if (strstr(m, "iter has to be at a constant offset")) {
		diag_class(c, "iterator");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The iterator's address on the stack is not a constant.");
		FIX(c, "Pass `&it` of a local `struct bpf_iter_%s it;`.", kind);
		return 1;
	}
	return 0;
}

/* The task and css iterators walk what RCU keeps alive. */
static int iter_rcu_msgs(struct ctx *c)
{
	const char *m = c->msg;
	char fn[64] = "", kind[32] = "task";
	int op, k;

	/* sscanf stops checking at the first mismatch after %s: "kernel
	 * function ... expected pointer" would match too, so the whole
	 * phrase is tested */
	if (strstr(m, " requires RCU critical section protection") &&
	    sscanf(m, "kernel func %63s requires RCU critical section protection", fn) == 1) {
		if ((k = iter_kfunc(fn, &op)) >= 0)
			snprintf(kind, sizeof(kind), "%s", iter_kind_name(k));
		diag_class(c, "rcu-section");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() walks %s that only RCU keeps alive while the loop runs. A sleepable program (this one is "
		       "`%s`) is not in an RCU read section by itself: the call needs one opened by bpf_rcu_read_lock(), "
		       "and none is open on this path.",
		    fn, !strcmp(kind, "css") ? "cgroups" : "tasks", c->prog->section);
		FIX(c, "Open a section before the loop and close it after the iterator is destroyed: "
		       "`bpf_rcu_read_lock(); %s bpf_rcu_read_unlock();` — nothing inside may sleep.",
		    loop_example(kind));
		return 1;
	}
	if (sscanf(m, "expected an RCU CS when using %63s", fn) == 1) {
		long unlock = -1, made;

		if ((k = iter_kfunc(fn, &op)) >= 0)
			snprintf(kind, sizeof(kind), "%s", iter_kind_name(k));
		made = last_iter_call(c, c->fstep, kind, ITER_OP_NEW);
		for (long k = c->fstep - 1; k > made; k--) {
			char b[64];

			if (is_call(c, (long)c->res->steps[k].insn) &&
			    !strcmp(helper_at(c, (long)c->res->steps[k].insn, b, sizeof(b)), "bpf_rcu_read_unlock")) {
				unlock = (long)c->res->steps[k].insn;
				break;
			}
		}
		diag_class(c, "rcu-section");
		diag_where(c, c->fail, "fails here");
		if (unlock >= 0)
			diag_where(c, unlock, "the RCU section ends here");
		if (made >= 0)
			diag_where(c, (long)c->res->steps[made].insn, "iterator made here");
		WHY(c, "The iterator was made inside an RCU read section, and bpf_rcu_read_unlock()");
		if (unlock >= 0)
			WHY(c, " at insn %ld", unlock);
		WHY(c, " ended it before this call. The %s it walks may be freed once the section ends, so the verifier "
		       "lets neither _next() nor _destroy() touch the iterator after that.",
		    !strcmp(kind, "css") ? "cgroups" : "tasks");
		FIX(c, "Keep the whole loop in one section: call bpf_rcu_read_unlock() only after "
		       "bpf_iter_%s_destroy(&it) (with bpf_for_each(), after the loop's closing brace). To use a task "
		       "after the section, take a reference inside it with bpf_task_acquire().",
		    kind);
		return 1;
	}
	if (strstr(m, "css_task_iter is only allowed in bpf_lsm, bpf_iter and sleepable progs")) {
		const char *tn = bv_prog_type_name(c->prog->type);

		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "fails here");
		WHY(c, "bpf_iter_css_task_new() takes the kernel's css_set_lock. A program that runs where the kernel "
		       "may already hold it (a tracepoint or kprobe inside the cgroup code) would deadlock, so the kernel "
		       "allows this iterator only in LSM programs, BPF iterators and sleepable programs; this one is "
		       "`%s` (%s), none of them.",
		    c->prog->section, tn ? tn : "?");
		FIX(c, "Walk the cgroup's tasks from a sleepable program (`SEC(\"syscall\")` run with "
		       "BPF_PROG_TEST_RUN, `fentry.s/`, `lsm.s/`) or from a cgroup iterator (`SEC(\"iter/cgroup\")`): "
		       "`%s`.",
		    loop_example("css_task"));
		return 1;
	}
	return 0;
}

/* A pointer from _next() dereferenced on the path where it is NULL. */
static int iter_null(struct ctx *c)
{
	int r, op;
	long def;
	const char *kind;
	char fn[64];

	if (!msg_starts(c->msg, "R") || !strstr(c->msg, "invalid mem access 'scalar'") || c->fstep < 0)
		return 0;
	r = msg_reg(c->msg);
	def = value_origin(c, r, c->fstep);
	if (def < 0 || !(kind = iter_call_kind(c, def, &op)) || op != ITER_OP_NEXT)
		return 0;
	helper_at(c, def, fn, sizeof(fn));
	diag_class(c, "null-pointer");
	diag_where(c, c->fail, "fails here");
	diag_where(c, def, "may return NULL here");
	WHY(c, "%s() returns NULL once the iterator has nothing more to give, and the verifier follows that path "
	       "too: there R%d is 0, and it is dereferenced without a check.",
	    fn, r);
	FIX(c, "Test the result and leave the loop when it is NULL: `while ((p = %s(&it))) { ... }`, or write the "
	       "loop as `%s`, which tests it for you.",
	    fn, loop_example(kind));
	return 1;
}

int diag_iter(struct ctx *c)
{
	return iter_state_msgs(c) || iter_rcu_msgs(c) || iter_null(c);
}
