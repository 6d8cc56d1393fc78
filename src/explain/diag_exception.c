/* Rejections about exceptions: what bpf_throw() leaves behind (references,
 * open sections, a cookie that is not a valid return value), where it may
 * not be called from, and exception callbacks the kernel does not take.
 * bpf_throw() ends the program at once, unwinding every function: the
 * explanation says so, since the C reads as if the code after it still
 * ran. */
#include <stdio.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "explain/diag.h"

/* The call that hands the function starting at `start` to a helper as its
 * callback (an LD_IMM64 of the function, then the call), or -1. */
static long callback_caller(const struct ctx *c, long start)
{
	for (size_t i = 0; i + 1 < c->prog->n_insns; i++) {
		const struct bv_insn *in = &c->prog->insns[i];

		if (in->code != (BV_LD | BV_IMM | BV_DW) || in->src != BV_PSEUDO_FUNC ||
		    (long)i + in->imm + 1 != start)
			continue;
		for (size_t k = i + 2; k < c->prog->n_insns && k < i + 16; k++)
			if (is_call(c, (long)k))
				return (long)k;
	}
	return -1;
}

static bool is_throw_at(const struct ctx *c, long i)
{
	char b[64];

	return is_call(c, i) && !strcmp(helper_at(c, i, b, sizeof(b)), "bpf_throw");
}

/* The exception callback the program names, from func info: the function
 * that starts after every subprogram it calls (libbpf appends it last). */
static const char *exc_cb_name(const struct ctx *c)
{
	return c->prog->n_funcs > 1 ? c->prog->funcs[c->prog->n_funcs - 1].name : NULL;
}

/* The release that undoes the acquire at insn alloc, spelt with the
 * variable its source line assigns (`e = bpf_ringbuf_reserve(...)`). */
static void throw_release_fix(struct ctx *c, long alloc)
{
	char b[64], v[64] = "p";
	const char *h = alloc >= 0 ? helper_at(c, alloc, b, sizeof(b)) : "";
	const char *rel = diag_release_of(h, NULL);

	if (!rel) {
		FIX(c, "Release it first (`bpf_sk_release(sk); bpf_throw(1);`, `bpf_obj_drop(p)`, "
		       "`bpf_ringbuf_discard(rec, 0)`), or throw before taking it.");
		return;
	}
	if (strstr(h, "dynptr"))
		strcpy(v, "ptr"); /* the dynptr is an argument, not what the line assigns */
	else
		diag_assigned_var(c, alloc, v, sizeof(v));
	FIX(c, "Release it on the throwing path first: `{ %s(%s%s%s); bpf_throw(1); }`, or make the check that throws "
	       "before %s, so nothing is held yet.",
	    rel, strstr(h, "dynptr") ? "&" : "", v, strstr(rel, "ringbuf") ? ", 0" : "", h);
}

static int throw_leaves(struct ctx *c)
{
	long alloc = -1;
	const char *a = c->res->detail ? strstr(c->res->detail, "alloc_insn=") : NULL;
	char b[64];

	if (!msg_starts(c->msg, "bpf_throw would lead to reference leak") &&
	    !msg_starts(c->msg, "bpf_throw cannot be used inside"))
		return 0;
	diag_where(c, c->fail, "bpf_throw() ends the program here");
	if (strstr(c->msg, "reference leak")) {
		diag_class(c, "reference-leak");
		if (a && sscanf(a, "alloc_insn=%ld", &alloc) == 1 && alloc >= 0 && (size_t)alloc < c->prog->n_insns) {
			diag_where(c, alloc, "the reference taken here");
			WHY(c, "%s at insn %ld takes a reference that must be released before the program ends. ",
			    helper_at(c, alloc, b, sizeof(b)), alloc);
		} else {
			WHY(c, "A call earlier on this path takes a reference that must be released before the program "
			       "ends. ");
		}
		WHY(c, "bpf_throw() at insn %ld ends the program on the spot, unwinding every function, so the release "
		       "further down never runs: the verifier wants every reference of every frame released before "
		       "a throw.",
		    c->fail);
		throw_release_fix(c, alloc);
		return 1;
	}
	diag_class(c, "rcu-section");
	WHY(c, "bpf_throw() at insn %ld ends the program on the spot, and a %s section is still open on this "
	       "path; the unlock after the call that threw never runs.",
	    c->fail, strstr(c->msg, "preempt") ? "bpf_preempt_disable()" : "bpf_rcu_read_lock()");
	FIX(c, "Close the section before anything that may throw: call %s first, or move the call that throws "
	       "out of the section.",
	    strstr(c->msg, "preempt") ? "bpf_preempt_enable()" : "bpf_rcu_read_unlock()");
	return 1;
}

/* The cookie is the return value when the program has no callback. */
static int throw_cookie(struct ctx *c)
{
	if (!msg_starts(c->msg, "At program exit the register R1 ") || !is_throw_at(c, c->fail))
		return 0;
	diag_class(c, "return-value");
	diag_where(c, c->fail, "bpf_throw() with this cookie");
	WHY(c, "The program names no exception callback, so the cookie given to bpf_throw() becomes its return "
	       "value, and this program type takes only some values: %s.",
	    strstr(c->msg, "should") ? strstr(c->msg, "should") : c->msg);
	FIX(c, "Throw with a cookie the program type takes as a return value (`bpf_throw(0)`), or name an "
	       "exception callback that turns the cookie into one: `__exception_cb(on_throw)` on the program "
	       "(bpf_experimental.h; or `__attribute__((btf_decl_tag(\"exception_callback:on_throw\")))`) and "
	       "a global `int on_throw(u64 cookie)` returning a valid value.");
	return 1;
}

static int throw_in_callback(struct ctx *c)
{
	long insn = -1, caller;
	int sub = -1;
	const struct bv_func_info *f;
	const char *fn;

	if (sscanf(c->msg, "bpf_throw kfunc (insn %ld) cannot be called from callback subprog %d", &insn, &sub) != 2)
		return 0;
	diag_class(c, "exception");
	diag_where(c, insn, "bpf_throw() called here");
	f = func_of(c, insn);
	fn = f ? f->name : NULL;
	caller = callback_caller(c, f ? (long)f->insn : 0);
	WHY(c, "bpf_throw() at insn %ld is in %s%s%s, which ", insn, fn ? "" : "a function", fn ? fn : "", fn ? "()" : "");
	if (caller >= 0) {
		char b[64];

		diag_where(c, caller, "handed over as a callback here");
		WHY(c, "is the callback %s() at insn %ld runs", helper_at(c, caller, b, sizeof(b)), caller);
	} else {
		WHY(c, "runs as a callback (of bpf_loop() or another helper that calls back, of a timer, or the "
		       "exception callback itself) or is called from one");
	}
	WHY(c, ". A callback returns to the kernel code that called it, which cannot be unwound: it may not "
	       "throw.");
	FIX(c, "Make the callback return a value that tells its caller to stop (a bpf_loop() callback returns 1 "
	       "to end the loop), keep why in the context it shares with the caller, and throw in the program "
	       "after the helper returns.");
	return 1;
}

int diag_exception(struct ctx *c)
{
	long insn = -1;
	const char *cb = exc_cb_name(c);

	if (throw_leaves(c) || throw_cookie(c) || throw_in_callback(c))
		return 1;
	if (sscanf(c->msg, "insn %ld cannot call exception cb directly", &insn) == 1) {
		diag_class(c, "exception");
		diag_where(c, insn, "the exception callback called here");
		WHY(c, "The exception callback%s%s runs only after bpf_throw(), on a stack of its own; the kernel "
		       "does not let the program call it like a function.",
		    cb ? " " : "", cb ? cb : "");
		FIX(c, "Move the shared code into another function that both the program and the callback call.");
		return 1;
	}
	if (!strcmp(c->msg, "exception cb only supports single integer argument")) {
		diag_class(c, "exception");
		WHY(c, "The exception callback%s%s must take exactly one argument, an integer: the cookie given to "
		       "bpf_throw().",
		    cb ? " " : "", cb ? cb : "");
		FIX(c, "Declare it as `int %s(u64 cookie)`; keep anything else it needs in a map or global variable.",
		    cb ? cb : "on_throw");
		return 1;
	}
	if (!strcmp(c->msg, "multiple exception callback tags for main subprog")) {
		diag_class(c, "exception");
		WHY(c, "The program carries two `exception_callback:` tags (two __exception_cb() annotations); it can "
		       "have one callback.");
		FIX(c, "Keep one __exception_cb() on the program; let that callback choose by the cookie.");
		return 1;
	}
	if (strstr(c->msg, "exception callback") &&
	    (strstr(c->msg, "could not be found in BTF") || strstr(c->msg, "must have global linkage") ||
	     strstr(c->msg, "not found in func_info") || strstr(c->msg, "insn off in func_info"))) {
		diag_class(c, "exception");
		WHY(c, "The function an `exception_callback:` tag names must be a global function of the object, "
		       "with BTF, that libbpf can append to the program.");
		FIX(c, "Make the callback a global, non-static, non-hidden `__noinline int NAME(u64 cookie)` in the "
		       "same object, and name it exactly in __exception_cb(NAME).");
		return 1;
	}
	return 0;
}
