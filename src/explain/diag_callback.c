/* What a helper hands its callback, misused inside the callback: the
 * read-only struct bpf_dynptr * that bpf_user_ringbuf_drain() gives for
 * each sample (written through, moved, released, made anew), and the
 * callback context that is the NULL the caller passed. */
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"

/* The call of the callback-taking helper (its name into hb) that the
 * failing step's frame was entered from; -1 when it is not a callback's. */
long diag_callback_call(const struct ctx *c, char *hb, size_t size)
{
	int frame;

	if (c->fstep < 0 || !(frame = c->res->steps[c->fstep].frame))
		return -1;
	for (long k = c->fstep - 1; k >= 0; k--) {
		if (c->res->steps[k].frame >= frame)
			continue;
		if (!is_helper_call(c, (long)c->res->steps[k].insn))
			return -1; /* a BPF-to-BPF call */
		helper_at(c, (long)c->res->steps[k].insn, hb, size);
		return (long)c->res->steps[k].insn;
	}
	return -1;
}

static const char *func_at(const struct ctx *c, long insn)
{
	const struct bv_func_info *f = func_of(c, insn);

	return f && f->name ? f->name : "the callback";
}

/* The register that holds the callback's dynptr in a message about it. */
static int dynptr_reg(const struct ctx *c, int *moved)
{
	const char *p;
	int r = -1;

	*moved = 0;
	if (strstr(c->msg, "dynptr_ptr ptr R") && (p = strstr(c->msg, "ptr R")))
		sscanf(p, "ptr R%d off=%d", &r, moved);
	else if (strstr(c->msg, "invalid mem access 'dynptr_ptr'"))
		r = msg_reg(c->msg);
	else if (strstr(c->msg, "cannot release unowned const bpf_dynptr"))
		r = 1;
	else if (strstr(c->msg, "Dynptr has to be an uninitialized dynptr"))
		for (int i = 1; i <= 5 && r < 0; i++) {
			const struct bv_vreg *v = reg_at(c, c->fstep, i);

			if (v && !strcmp(v->type, "dynptr_ptr"))
				r = i;
		}
	return r;
}

static int diag_cb_dynptr(struct ctx *c)
{
	const char *fn = func_at(c, c->fail);
	long call;
	int r, moved;
	char hb[64], cb[64];

	if ((r = dynptr_reg(c, &moved)) < 0)
		return 0;
	call = diag_callback_call(c, hb, sizeof(hb));
	diag_class(c, "dynptr");
	diag_where(c, c->fail, "fails here");
	if (call >= 0)
		diag_where(c, call, "the helper that hands the callback its dynptr");
	WHY(c, "R%d is the `struct bpf_dynptr *` that %s() hands %s() for each sample: a read-only handle to "
	       "bytes the helper owns, not the bytes themselves. ",
	    r, call >= 0 ? hb : "bpf_user_ringbuf_drain", fn);
	if (strstr(c->msg, "invalid mem access")) {
		WHY(c, "The program reads or writes the handle directly, which the verifier refuses.");
		FIX(c, "Read the sample through the dynptr: `struct sample s; if (bpf_dynptr_read(&s, sizeof(s), dynptr, 0, 0)) "
		       "return 1;`, or `const struct sample *s = bpf_dynptr_data(dynptr, 0, sizeof(*s)); if (!s) return 1;`.");
	} else if (strstr(c->msg, "cannot release")) {
		helper_at(c, c->fail, cb, sizeof(cb));
		WHY(c, "%s() releases a ring buffer dynptr the program reserved; this one belongs to the helper, which "
		       "releases it itself when the callback returns.", cb);
		FIX(c, "Remove the %s() call from the callback; to stop draining early, return 1.", cb);
	} else if (strstr(c->msg, "uninitialized")) {
		helper_at(c, c->fail, cb, sizeof(cb));
		WHY(c, "%s() makes a new dynptr in the memory it is given, and the callback's dynptr can be neither "
		       "overwritten nor remade.", cb);
		FIX(c, "Make the new dynptr in a local `struct bpf_dynptr d2;` of the callback, and copy from the sample "
		       "with bpf_dynptr_read() where its bytes are needed.");
	} else {
		WHY(c, "It was moved by %d bytes (in C, `dynptr %c 1` moves a `struct bpf_dynptr *` by a whole 16-byte "
		       "struct); helpers and kfuncs take only the pointer the callback was given.", moved,
		    moved < 0 ? '-' : '+');
		FIX(c, "Pass `dynptr` itself and reach later bytes with the offset argument: `bpf_dynptr_read(&x, sizeof(x), "
		       "dynptr, 16, 0)` or `bpf_dynptr_data(dynptr, 16, len)`.");
	}
	return 1;
}

/* Which argument of each helper is handed to the callback as its context,
 * and which of the callback's arguments receives it. */
static const struct {
	const char *helper;
	int caller_reg, callee_reg;
} cb_ctx[] = {
	{ "bpf_loop", 3, 2 },
	{ "bpf_for_each_map_elem", 3, 4 },
	{ "bpf_user_ringbuf_drain", 3, 2 },
	{ "bpf_find_vma", 4, 3 },
};

static int diag_cb_null_ctx(struct ctx *c)
{
	const struct bv_vreg *v, *passed;
	long call, s;
	int r = msg_reg(c->msg);
	char hb[64];

	if (!msg_starts(c->msg, "R") || !strstr(c->msg, "invalid mem access 'scalar'") ||
	    !(v = reg_at(c, c->fstep, r)) || v->kind != BV_REG_SCALAR || v->var_mask || v->var_value ||
	    (call = diag_callback_call(c, hb, sizeof(hb))) < 0 || value_origin(c, r, c->fstep) != -1)
		return 0;
	for (size_t i = 0; i < sizeof(cb_ctx) / sizeof(cb_ctx[0]); i++) {
		if (strcmp(hb, cb_ctx[i].helper))
			continue;
		s = step_of(c, c->fstep, call);
		passed = s >= 0 ? reg_at(c, s, cb_ctx[i].caller_reg) : NULL;
		if (!passed || passed->kind != BV_REG_SCALAR)
			return 0;
		diag_class(c, "null-pointer");
		diag_where(c, c->fail, "fails here");
		diag_where(c, call, "NULL passed as the callback's context here");
		WHY(c, "%s() reads through its context argument (R%d on entry), but the call to %s() at insn %ld "
		       "passed NULL (0 in R%d) as that context: there is nothing to read or write.",
		    func_at(c, c->fail), cb_ctx[i].callee_reg, hb, call, cb_ctx[i].caller_reg);
		FIX(c, "Pass a pointer to state on the caller's stack, `struct state st = {}; %s(..., cb, &st, 0);`, "
		       "or do not touch the context in the callback.", hb);
		return 1;
	}
	return 0;
}

int diag_callback(struct ctx *c)
{
	return diag_cb_dynptr(c) || diag_cb_null_ctx(c);
}
