/* Diagnoses about global functions' kernel-object arguments: a parameter
 * tagged __arg_trusted is verified as a trusted pointer to the kernel's
 * struct of that name (so every call must pass one), one tagged
 * __arg_untrusted as memory read with faulting loads (so any value goes,
 * but the type must be one the kernel can name).  The kernel's line says
 * what failed; the tags, the callee and where the value came from say
 * why. */
#include <bpf/btf.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"
#include "object/obj_internal.h"
#include "util/btf_util.h"

/* The C type argument `arg` of f points to ("struct task_struct"). */
static void pointee(const struct ctx *c, const struct bv_func_info *f, int arg, char *out, size_t size)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *fn = btf ? btf__type_by_id(btf, f->type_id) : NULL;
	const struct btf_type *pr = fn && btf_is_func(fn) ? btf__type_by_id(btf, fn->type) : NULL;
	const struct btf_type *t;

	snprintf(out, size, "void");
	if (!pr || !btf_is_func_proto(pr) || arg >= btf_vlen(pr))
		return;
	t = btf__type_by_id(btf, (uint32_t)btf__resolve_type(btf, btf_params(pr)[arg].type));
	if (!t || !btf_is_ptr(t) || !(t = btf__type_by_id(btf, (uint32_t)btf__resolve_type(btf, t->type))))
		return;
	if (btf_is_ptr(t))
		snprintf(out, size, "a pointer");
	if (!t->name_off)
		return;
	snprintf(out, size, "%s%s", btf_is_struct(t) ? "struct " : btf_is_union(t) ? "union " :
				    btf_is_any_enum(t) ? "enum " : "",
		 btf__name_by_offset(btf, t->name_off));
}

/* The instruction that made the value R`r` holds at the call, if it is a
 * call of helper `id`. */
static bool from_helper(const struct ctx *c, int r, int id)
{
	long o = value_origin(c, r, c->fstep);
	const struct bv_insn *in = insn_at(c, o);

	return in && is_helper_call(c, o) && in->imm == id;
}

/* The call passes something that is not a trusted pointer to the
 * kernel's struct: the kernel names the register's type. */
static void wrong_value(struct ctx *c, const char *fn, int r, const char *type, const char *line, const char *ty,
			unsigned tags)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);
	uint32_t pt = c->prog->type;

	WHY(c, "Argument %d of %s() is tagged __arg_trusted: the function is verified once, with a trusted pointer "
	       "to %s%s%s (one it may read, pass to kfuncs that want a trusted pointer, take a reference on), so "
	       "every call must pass such a pointer%s. ",
	    r, fn, *ty ? "the kernel's `" : "a kernel object", ty, *ty ? "`" : "", (tags & BTF_ARG_NULLABLE) ? " or NULL" : "");
	if (!strcmp(type, "scalar") && v && v->kind == BV_REG_SCALAR && v->smin == 0 && v->smax == 0) {
		WHY(c, "This call passes NULL, and without __arg_nullable the argument may not be NULL (`%s`).", line);
		FIX(c, "Do not call %s() with NULL, or tag the parameter `__arg_trusted __arg_nullable` and check it "
		       "inside (`if (!p) return 0;`).", fn);
		return;
	}
	if (!strcmp(type, "scalar")) {
		if (from_helper(c, r, 35)) {
			WHY(c, "R%d holds what bpf_get_current_task() returned: an address as a number, which the "
			       "verifier cannot trust (`%s`).", r, line);
			FIX(c, "Call bpf_get_current_task_btf() instead: it returns a trusted `struct task_struct *` "
			       "(Linux 5.11; tracing programs, kprobes among them).");
			return;
		}
		WHY(c, "R%d holds a number, not a pointer (`%s`)%s.", r, line,
		    pt == BV_PROG_KPROBE || pt == BV_PROG_RAW_TRACEPOINT || pt == BV_PROG_TRACEPOINT ||
				    pt == BV_PROG_PERF_EVENT ?
			    ": in this program type the context's words are plain numbers, even the pointers the "
			    "kernel passed to the hook" :
			    "");
		FIX(c, "Pass a pointer the kernel gave as a typed pointer: an argument of a tp_btf, fentry or "
		       "fexit program (BPF_PROG() makes them typed), bpf_get_current_task_btf(), or a reference "
		       "from an acquiring kfunc after its NULL check.");
		return;
	}
	if (strstr(type, "or_null") && value_origin(c, r, c->fstep) < 0 && func_of(c, c->fail) != func_of(c, 0)) {
		WHY(c, "R%d is this function's own argument, tagged __arg_nullable, passed on without a NULL check "
		       "(`%s`).", r, line);
		FIX(c, "Check it before the call (`if (!p) return 0;`), or tag %s()'s parameter __arg_nullable too "
		       "and check it there.", fn);
		return;
	}
	if (strstr(type, "or_null")) {
		WHY(c, "R%d may be NULL on this path (the result of an acquiring kfunc or a lookup, before its NULL "
		       "check) (`%s`).", r, line);
		FIX(c, "Check it first: `if (!p) return 0;` before the call; or tag the parameter `__arg_trusted "
		       "__arg_nullable` and check it inside the function.");
		return;
	}
	if (!strncmp(type, "untrusted_", 10)) {
		WHY(c, "R%d is a pointer the verifier does not trust: loaded from another kernel object outside "
		       "what it knows to be safe, cast with bpf_rdonly_cast(), or an __arg_untrusted argument "
		       "(`%s`).", r, line);
		FIX(c, "Pass the trusted pointer it came from, or take a reference that is trusted (bpf_task_acquire() "
		       "and its kin, inside bpf_rcu_read_lock() for an RCU-protected field); if %s() only reads the "
		       "object, tag its parameter `__arg_untrusted` instead.", fn);
		return;
	}
	if (!strcmp(type, "ctx") && (pt == BV_PROG_TRACING || pt == BV_PROG_LSM)) {
		WHY(c, "R%d is the program's context: for this program type, the array of the hook's arguments, "
		       "not one of them (`%s`).", r, line);
		FIX(c, "Pass the argument itself: `(void *)ctx[0]` for the first, or the named parameter of "
		       "BPF_PROG(...).");
		return;
	}
	WHY(c, "R%d holds %s, not a pointer to a kernel object (`%s`).", r, diag_reg_words(v), line);
	FIX(c, "Pass the kernel's pointer (the one a copy was made from); if %s() is meant to take the program's "
	       "own data, give the parameter a type of the program's own, not the kernel's, and drop "
	       "__arg_trusted (a plain pointer argument is memory of the pointed-to type).", fn);
}

/* The register the failing instruction goes through: the one the
 * kernel's line names, a store's destination, a kfunc's first argument. */
static int fail_reg(const struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	int r = msg_reg(c->msg);

	if (r >= 1 && r <= 5)
		return r;
	if (in && (BV_CLASS(in->code) == BV_STX || BV_CLASS(in->code) == BV_ST))
		return in->dst;
	return in && is_call(c, c->fail) && in->src == 2 ? 1 : -1;
}

/* Inside the global function: what its tagged argument may not do (be
 * released, written through, given to a kfunc wanting a trusted pointer). */
static int tagged_use(struct ctx *c)
{
	const struct bv_func_info *f = func_of(c, c->fail);
	int r = fail_reg(c);
	unsigned tags;

	if (!f || f == func_of(c, 0) || r < 1 || r > 5 || value_origin(c, r, c->fstep) >= 0)
		return 0;
	tags = f->type_id ? btf_arg_tags(c->obj->priv ? PRIV(c->obj)->btf : NULL, f->type_id, r - 1) : 0;
	if (!tags) {
		/* a log alone: only a tagged argument starts a global function
		 * as a kernel pointer */
		const struct bv_vreg *v = reg_at(c, c->fstep, r);

		if (v && !strncmp(v->type, "trusted_ptr_", 12))
			tags = BTF_ARG_TRUSTED;
		else if (v && (!strncmp(v->type, "untrusted_ptr_", 14) || strstr(v->type, "untrusted_mem")))
			tags = BTF_ARG_UNTRUSTED;
	}
	if ((tags & BTF_ARG_TRUSTED) && strstr(c->msg, "expects refcounted")) {
		diag_class(c, "untrusted-pointer");
		diag_where(c, c->fail, "fails here");
		WHY(c, "R%d is argument %d of %s(), tagged __arg_trusted: the caller lends the pointer for the call, "
		       "and the function, verified once for every caller, holds no reference of its own to release "
		       "(a tp_btf argument or bpf_get_current_task_btf() holds none either).", r, r, f->name);
		FIX(c, "Release in the caller that acquired it; if %s() needs a reference of its own, take one: `own "
		       "= bpf_task_acquire(t); if (!own) return 0; ... bpf_task_release(own);`.", f->name);
		return 1;
	}
	if (!(tags & BTF_ARG_UNTRUSTED))
		return 0;
	if (strstr(c->msg, "cannot write into") || strstr(c->msg, "only read is supported")) {
		diag_class(c, "readonly-write");
		diag_where(c, c->fail, "fails here");
		WHY(c, "R%d is argument %d of %s(), tagged __arg_untrusted: the function may be given any value, so "
		       "the verifier lets it read through the pointer (loads that turn a fault into 0) and never "
		       "write.", r, r, f->name);
		FIX(c, "Write to memory the program owns: return the value, or give %s() a second, untagged pointer "
		       "argument to a buffer of the caller's (stack or map value).", f->name);
		return 1;
	}
	if (strstr(c->msg, "must be a rcu pointer") || strstr(c->msg, "must be referenced or trusted") ||
	    strstr(c->msg, "untrusted_ptr_")) {
		diag_class(c, "untrusted-pointer");
		diag_where(c, c->fail, "fails here");
		WHY(c, "R%d is argument %d of %s(), tagged __arg_untrusted: any value may come in, so the verifier "
		       "lets the function read through it and nothing more; a kfunc that keeps or changes the object "
		       "wants a trusted pointer.", r, r, f->name);
		FIX(c, "Tag the parameter `__arg_trusted` instead (add `__arg_nullable` if NULL may come): every "
		       "caller must then pass a trusted pointer, a tp_btf argument or bpf_get_current_task_btf().");
		return 1;
	}
	return 0;
}

/* Without the object's BTF (a log alone), the kernel's line says which
 * tag the argument has: only a trusted argument expects "ptr_,
 * trusted_ptr_, rcu_ptr_" of a global function's caller, only a tagged
 * one names a type the kernel looks for. */
static unsigned tags_from_line(const char *line)
{
	if (strstr(line, "expected=ptr_, trusted_ptr_, rcu_ptr_") || strstr(line, " is expected"))
		return BTF_ARG_TRUSTED;
	if (strstr(line, "untrusted cannot be combined") || strstr(line, "only struct or primitive types"))
		return BTF_ARG_UNTRUSTED;
	if (strstr(line, "reference type(") && !strstr(line, "size cannot be determined"))
		return BTF_ARG_TRUSTED | BTF_ARG_UNTRUSTED;
	return 0;
}

/* The pointed-to type as the kernel's line names it: "struct foo" of
 * "reference type('STRUCT foo')", the expected type of "... but foo is
 * expected". */
static void type_from_line(const char *line, char *out, size_t size)
{
	const char *p = strstr(line, "reference type('");
	char kind[16] = "", name[80] = "";

	if (p && sscanf(p, "reference type('%15s %79[^')]", kind, name) == 2)
		snprintf(out, size, "%s%s", !strcmp(kind, "STRUCT") ? "struct " : !strcmp(kind, "UNION") ? "union " :
					    !strcmp(kind, "ENUM") ? "enum " : "", name);
	else if ((p = strstr(line, " but ")) && sscanf(p, " but %79s is expected", name) == 1)
		snprintf(out, size, "%s", name);
	else if ((p = strstr(line, "has type ")) && sscanf(p, "has type %15s '%79[^']", kind, name) == 2)
		snprintf(out, size, "%s", name);
	else
		snprintf(out, size, "%s", "");
}

int diag_tagged_arg(struct ctx *c)
{
	const char *line = c->res->detail ? c->res->detail : "";
	const struct bv_insn *in = insn_at(c, c->fail);
	long callee = in && in->src == 1 ? c->fail + in->imm + 1 : -1;
	const struct bv_func_info *f = callee >= 0 ? func_of(c, callee) : NULL;
	char type[48] = "", ty[96], kname[96] = "", fname[64] = "", tag[40];
	const char *p = strstr(c->msg, "('");
	unsigned tags = 0;
	int r = 0, arg = -1;

	if (!strstr(c->msg, "Caller passes invalid args"))
		return tagged_use(c);
	if (sscanf(line, "R%d", &r) == 1)
		arg = r - 1;
	else if (sscanf(line, "arg#%d", &arg) == 1)
		r = arg + 1;
	if (arg < 0 || arg > 4)
		return 0;
	/* the callee by its name in the kernel's line: a log alone has no func info */
	if (p)
		sscanf(p, "('%63[^']", fname);
	if (f && f->type_id && f->name && !strcmp(f->name, fname)) {
		tags = btf_arg_tags(c->obj->priv ? PRIV(c->obj)->btf : NULL, f->type_id, arg);
		pointee(c, f, arg, ty, sizeof(ty));
	} else {
		tags = tags_from_line(line);
		type_from_line(line, ty, sizeof(ty));
	}
	if (!(tags & (BTF_ARG_TRUSTED | BTF_ARG_UNTRUSTED)) || !fname[0])
		return 0;
	snprintf(tag, sizeof(tag), "%s", (tags & BTF_ARG_UNTRUSTED) ? ((tags & BTF_ARG_TRUSTED) ? "__arg_trusted (or __arg_untrusted)" :
									 "__arg_untrusted") : "__arg_trusted");
	diag_class(c, "global-func-args");
	diag_where(c, c->fail, "fails here");
	if (sscanf(line, "R%*d type=%47s expected=", type) == 1) {
		wrong_value(c, fname, r, type, line, ty, tags);
		return 1;
	}
	if (sscanf(line, "R%*d is of type %95s but", kname) == 1) {
		const struct bv_vreg *v = reg_at(c, c->fstep, r);
		long off = v ? (long)v->off : 0;

		WHY(c, "Argument %d of %s() is tagged __arg_trusted and wants `%s`; R%d %s (`%s`).", r, fname, ty, r,
		    off ? "points into the middle of a kernel object, not at its start" :
			  "points to a kernel object of another type",
		    line);
		if (off)
			FIX(c, "Pass the pointer to the object itself (the one the member was reached from), not to a "
			       "member %ld bytes in.", off);
		else
			FIX(c, "Pass a `%s *` (or a struct whose first member is one); to read any object, make the "
			       "parameter `void *p __arg_untrusted`.", ty);
		return 1;
	}
	if (strstr(line, "has no matches") && !strncmp(ty, "float", 5)) {
		WHY(c, "Argument %d of %s() is tagged __arg_untrusted and points to a floating-point type: the kernel "
		       "reads integers and enums as plain bytes, and looks any other type up by name in its own BTF, "
		       "where `%s` is not (`%s`).", r, fname, ty, line);
		FIX(c, "Make the parameter `void *` (or a pointer to an integer type of the same size) and convert "
		       "inside.");
		return 1;
	}
	if (strstr(line, "has no matches")) {
		WHY(c, "Argument %d of %s() is tagged %s: the kernel looks `%s` up by name in its own BTF "
		       "(dropping a `___suffix` flavour) and finds none (`%s`).", r, fname, tag, ty, line);
		FIX(c, "Name the kernel's type as vmlinux.h spells it (`struct task_struct___local` is fine, the "
		       "suffix is ignored); if the argument is the program's own memory, drop the tag.");
		return 1;
	}
	if (strstr(line, "is ambiguous")) {
		WHY(c, "Argument %d of %s() is tagged %s: the kernel looks `%s` up by name in its own BTF and finds "
		       "more than one type with that name (`%s`).", r, fname, tag, ty, line);
		FIX(c, "Use a kernel type whose name is unique, or pass the object as `void *` and cast it with "
		       "bpf_rdonly_cast() inside.");
		return 1;
	}
	if (strstr(line, "candidate matching error")) {
		bool ptr = strstr(line, "'PTR ") || !strcmp(ty, "a pointer");

		WHY(c, "Argument %d of %s() is tagged %s but points to %s: the tag names a kernel type by name, and "
		       "%s names none (`%s`).", r, fname, tag, ptr ? "a pointer" : "`void` or an anonymous type",
		    ptr ? "a pointer type" : "it", line);
		if (!(tags & BTF_ARG_UNTRUSTED))
			FIX(c, "Declare the parameter with the kernel's struct (`struct task_struct *t __arg_trusted`); "
			       "for memory of any type that the function only reads, use `void *p __arg_untrusted`.");
		else
			FIX(c, "Declare the parameter `void *p __arg_untrusted` (read as bytes) and load the pointer "
			       "inside: `bpf_probe_read_kernel(&q, sizeof(q), p)`.");
		return 1;
	}
	if (strstr(line, "untrusted cannot be combined")) {
		WHY(c, "Argument %d of %s() is tagged __arg_untrusted with another tag: the kernel takes "
		       "__arg_untrusted only alone (an untrusted argument may be anything, NULL included) (`%s`).",
		    r, fname, line);
		FIX(c, "Keep only __arg_untrusted, and check the pointer inside if NULL matters.");
		return 1;
	}
	if (strstr(line, "only struct or primitive types are allowed")) {
		WHY(c, "Argument %d of %s() is tagged __arg_untrusted and points to `%s`, which the kernel knows as "
		       "neither a struct nor a number (`%s`).", r, fname, ty, line);
		FIX(c, "Point it to the struct that holds the value, or make it `void *` (read as plain bytes).");
		return 1;
	}
	if (strstr(line, "has invalid combination of tags") && (tags & BTF_ARG_NONNULL)) {
		WHY(c, "Argument %d of %s() is tagged __arg_trusted and __arg_nonnull: a trusted argument is "
		       "non-NULL already, and the kernel refuses the pair (`%s`).", r, fname, line);
		FIX(c, "Drop __arg_nonnull (add __arg_nullable instead if NULL should be allowed).");
		return 1;
	}
	return 0;
}
