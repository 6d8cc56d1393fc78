/* Diagnoses about workqueues (struct bpf_wq, Linux 6.10): a bpf_wq lives
 * in a map value, where the kernel's BTF of the value says; the kfuncs
 * take its address there, bpf_wq_init() also the map that holds it; the
 * program never reads or writes its bytes, and tracing programs may not
 * use such a map. */
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"

static const char *map_name(const struct ctx *c, int r)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);

	return v && v->map >= 0 && (size_t)v->map < c->obj->n_maps ? c->obj->maps[v->map].name : NULL;
}

/* Whether the failing instruction calls one of the bpf_wq kfuncs. */
static int wq_call(const struct ctx *c, char *name, size_t size)
{
	return is_call(c, c->fail) && helper_at(c, c->fail, name, size) && !strncmp(name, "bpf_wq_", 7);
}

int diag_wq(struct ctx *c)
{
	char fn[64] = "";
	const char *m;
	int want = 0;

	if (msg_starts(c->msg, "workqueue pointer in R1 map_uid=")) {
		const char *wn = map_name(c, 1), *mn = map_name(c, 2);

		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "bpf_wq_init() takes the workqueue and the map whose value holds it: the kernel ties the "
		       "work to that map (its callback gets the map, key and value; freeing the element cancels it).");
		if (wn && mn && strcmp(wn, mn))
			WHY(c, " R1 points into a value of map %s, but R2 is map %s.", wn, mn);
		diag_pass_map_fix(c, wn, "bpf_wq_init(&v->wq, &", ", 0);");
		return 1;
	}
	if (sscanf(c->msg, "off %*d doesn't point to 'struct bpf_wq' that is at %d", &want) == 1) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The workqueue kfuncs take the address of the struct bpf_wq member itself, which the map value "
		       "holds at byte %d; this pointer is elsewhere in the value.", want);
		FIX(c, "Pass `&v->wq` (the struct bpf_wq member) of the looked-up value.");
		return 1;
	}
	if ((m = strstr(c->msg, "has no valid bpf_wq")) && msg_starts(c->msg, "map '")) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The pointer is into a value of a map whose value type has no struct bpf_wq member (`%s`).",
		    c->msg);
		FIX(c, "Add `struct bpf_wq wq;` to the value struct of a BTF-defined map (array, hash or LRU hash) "
		       "and pass `&v->wq`.");
		return 1;
	}
	if (strstr(c->msg, "doesn't point to a map value") && wq_call(c, fn, sizeof(fn))) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "fails here");
		WHY(c, "%s() takes a struct bpf_wq inside a map value: the work outlives the program's run, so it "
		       "cannot be on the stack or in the program's own memory (R1 holds %s).", fn,
		    diag_reg_words(reg_at(c, c->fstep, 1)));
		FIX(c, "Keep the workqueue in a map value (`struct elem { struct bpf_wq wq; ... };` in an array or "
		       "hash map), look the element up and pass `&v->wq`.");
		return 1;
	}
	if (strstr(c->msg, "bpf_wq cannot be accessed directly by load/store")) {
		diag_class(c, "spin-lock");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The struct bpf_wq inside the map value belongs to the kernel: no load, store or helper may "
		       "touch its bytes.");
		FIX(c, "Use it only through bpf_wq_init(), bpf_wq_set_callback() and bpf_wq_start(); read and write the "
		       "value's other fields one by one (no memcpy() or helper writing over the whole value).");
		return 1;
	}
	if (strstr(c->msg, "tracing progs cannot use bpf_wq yet")) {
		diag_class(c, "helper-not-allowed");
		WHY(c, "Tracing programs (kprobe, tracepoint, perf_event, raw tracepoint, fentry, ...) may not use a "
		       "map whose value holds a struct bpf_wq.");
		FIX(c, "Start the work from another program type (tc, XDP, syscall, ...), or keep the workqueue in "
		       "a map of its own that this program does not use.");
		return 1;
	}
	return 0;
}
