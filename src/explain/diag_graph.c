/* Rejections about objects the program allocates and the lists and trees
 * that hold them.  What trips people: after bpf_list_push_*() or
 * bpf_rbtree_add() the pointer still looks usable in C, but the list owns
 * the object and the pointer dies with the lock; every list or tree call
 * needs the lock that sits beside the head, not any lock; a node must be
 * the member the head's contains: tag names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain/diag.h"

static const char *const handovers[] = { "bpf_list_push_", "bpf_rbtree_add" };
static const char *const removes[] = { "bpf_rbtree_remove" };
static const char *const peeks[] = { "bpf_list_push_", "bpf_rbtree_add", "bpf_rbtree_first", "bpf_list_front",
				     "bpf_list_back" };

/* The node bpf_rbtree_first() gave, taken out with bpf_rbtree_remove() and
 * then used after the unlock: the remove returned the owning pointer, and
 * the one kept is the old non-owning one, which the unlock ended.  C gives
 * no hint, both point at the same node. */
static int removed_but_kept(struct ctx *c, int r, long peek, long unlock)
{
	char peek_var[64], kept[64] = "", fixed[200], decl[200] = "", b[64];
	const char *failing = diag_src_text(c, c->fail), *rm_text;
	long rm = diag_last_call(c, c->fstep, removes, 1);

	if (rm < 0 || rm < peek || rm > unlock || !diag_call_named(c, peek, "bpf_rbtree_first"))
		return 0;
	rm_text = diag_src_text(c, rm);
	diag_where(c, peek, "the non-owning pointer from here");
	diag_where(c, rm, "the owning pointer returned here");
	WHY(c, "R%d is the pointer %s() returned at insn %ld: a non-owning reference, good only while the lock is "
	       "held. bpf_rbtree_remove() at insn %ld took that node out of the tree and returned it, in R0, as a new "
	       "owning reference: the pointer to use from then on. The program %s%s%s kept using the old one, and "
	       "bpf_spin_unlock() at insn %ld ended that, so the verifier made it a plain number.",
	    r, helper_at(c, peek, b, sizeof(b)), peek, rm,
	    diag_assigned_var(c, rm, kept, sizeof(kept)) ? "stored it in `" : "dropped that return value and",
	    kept, kept[0] ? "` but" : "", unlock);
	if (!kept[0] && rm_text && !strncmp(rm_text, "bpf_rbtree_remove(", 18)) {
		snprintf(kept, sizeof(kept), "n");
		snprintf(decl, sizeof(decl), "struct bpf_rb_node *n = %.150s", rm_text);
	}
	/* the failing line with the kept pointer in place of the peeked one */
	if (!kept[0] || !failing || !diag_assigned_var(c, peek, peek_var, sizeof(peek_var)) ||
	    diag_replace_expr(failing, peek_var, kept, fixed, sizeof(fixed)) <= 0)
		FIX(c, "Use the pointer bpf_rbtree_remove() returns, and only if it is not NULL: `n = "
		       "bpf_rbtree_remove(&root, node); bpf_spin_unlock(&lock); if (n) bpf_obj_drop(container_of(n, "
		       "struct item, node));`.");
	else if (decl[0])
		FIX(c, "Keep the pointer bpf_rbtree_remove() returns and use it, only if it is not NULL: `%s` under the "
		       "lock, then after bpf_spin_unlock() `if (%s) %s`.",
		    decl, kept, fixed);
	else
		FIX(c, "Use `%s`, the pointer bpf_rbtree_remove() returned, and only if it is not NULL: `if (%s) %s`.",
		    kept, kept, fixed);
	return 1;
}

/* A pointer that died at bpf_spin_unlock(): a non-owning reference. */
static int died_at_unlock(struct ctx *c, int r)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, r);
	long from;
	char b[64];

	if (!v || v->stale_insn < 0 || !diag_call_named(c, v->stale_insn, "bpf_spin_unlock"))
		return 0;
	diag_class(c, "object-ownership");
	diag_where(c, v->stale_insn, "the lock released here");
	from = diag_last_call(c, c->fstep, peeks, sizeof(peeks) / sizeof(peeks[0]));
	if (from >= 0 && removed_but_kept(c, r, from, v->stale_insn))
		return 1;
	if (from >= 0)
		diag_where(c, from, "the list or tree took the object here");
	WHY(c, "R%d pointed to an object a list or tree owns%s%s%s: such a pointer is a non-owning reference, good "
	       "only while the lock that guards the list or tree is held. bpf_spin_unlock() at insn %ld ended it (the "
	       "object may be popped and freed by anyone from then on), so the verifier made it a plain number.",
	    r, from >= 0 ? " (" : "", from >= 0 ? helper_at(c, from, b, sizeof(b)) : "", from >= 0 ? ")" : "",
	    (long)v->stale_insn);
	{
		char var[64], field[64];
		long def = value_origin(c, r, c->fstep);

		/* the object as the source names it (`struct rec *r = bpf_obj_new(...)`)
		 * and the member the failing line wants of it: read it while locked */
		if (def >= 0 && diag_assigned_var(c, def, var, sizeof(var)) &&
		    diag_member_of(c, c->fail, var, field, sizeof(field)))
			FIX(c, "Read what you need while the lock is held: `__typeof__(%s->%s) %s = %s->%s;` before "
			       "bpf_spin_unlock(), and use `%s` after it. ",
			    var, field, field, var, field, field);
		else
			FIX(c, "Read or write what you need before bpf_spin_unlock(). ");
	}
	FIX(c, "To use the object itself later, keep a reference of your own: give its struct a `struct "
	       "bpf_refcount` and take `q = bpf_refcount_acquire(p)` before pushing, then `bpf_obj_drop(q)` when done.");
	return 1;
}

/* The global the lock at `off` is, and the head or root R1 points to, when
 * both live in a global data section and the source line is known: the
 * fix can then name them. */
static int named_lock(const struct ctx *c, long off, char *lock, size_t ls, char *head, size_t hs)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, 1);
	long voff, vsize;

	return v && v->kind == BV_REG_MAP_VALUE && diag_src_text(c, c->fail) &&
	       diag_global_at(c, v->map, off, lock, ls, &voff, &vsize) && voff == off &&
	       diag_global_at(c, v->map, v->off, head, hs, &voff, &vsize) && voff == v->off;
}

/* One object handed to two lists or trees (`&s->by_len`, then
 * `&s->by_time`): the fix as the program would write it, a second
 * reference taken before the first hand-over and given the second time. */
static int second_reference_fix(struct ctx *c, long given)
{
	const struct bv_vreg *v = reg_at(c, c->fstep, 2);
	const char *line = diag_src_text(c, c->fail);
	char member[96], var[64], var2[72], fixed[240], st[64];
	const char *arrow;
	long def = value_origin(c, 2, c->fstep);

	if (!v || strncmp(v->type, "ptr_", 4) || !line || !diag_address_of_member(c, c->fail, member, sizeof(member)) ||
	    !(arrow = strstr(member, "->")) || (size_t)(arrow - member) >= sizeof(var))
		return 0;
	snprintf(var, sizeof(var), "%.*s", (int)(arrow - member), member);
	snprintf(var2, sizeof(var2), "%s2", var);
	if (diag_replace_expr(line, var, var2, fixed, sizeof(fixed)) <= 0)
		return 0;
	/* the struct by the name the program declares it with (the log's
	 * "ptr_sample"; the verifier's own record names no struct) */
	if (!(def >= 0 && diag_declared_struct(c, def, var, st, sizeof(st))))
		snprintf(st, sizeof(st), "%s", v->type[4] ? v->type + 4 : "item");
	FIX(c, "To keep one object in two lists or trees, count its references: add `struct bpf_refcount ref;` to "
	       "struct %s, take a second reference before the first hand-over (insn %ld), `struct %s *%s = "
	       "bpf_refcount_acquire(%s);`, and hand that one over the second time: `if (%s) %s`.",
	    st, given, st, var2, var, var2, fixed);
	return 1;
}

#define LOCK_HOME "the same map value, global data section (`private(A)`) or object"

/* An object of the program's kept in a kptr field: read out of the field it
 * stays the map's (borrowed, RCU protected; untrusted outside an RCU
 * section or from a __kptr_untrusted field); only bpf_kptr_xchg() hands it
 * over.  The verifier notes which object when one is the cause. */
static int diag_stashed(struct ctx *c)
{
	const char *d = c->res->detail, *m = c->msg, *name;
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct bv_vreg *v;
	bool untrusted;
	int r;

	if (!d || (strncmp(d, "kptr-borrowed ", 14) && strncmp(d, "kptr-untrusted ", 15)))
		return 0;
	untrusted = !strncmp(d, "kptr-untrusted ", 15);
	name = strchr(d, ' ') + 1;
	r = !strcmp(m, "only read is supported") && in ? in->dst : msg_starts(m, "verifier bug") ? 2 : msg_reg(m);
	v = reg_at(c, c->fstep, r);
	diag_class(c, "object-ownership");
	diag_where(c, c->fail, "fails here");
	if (v && v->def_insn >= 0 && v->def_insn != c->fail)
		diag_where(c, v->def_insn, "read out of the kptr field here");
	if (untrusted) {
		bool sleepable = c->prog && c->prog->sec.sleepable;

		WHY(c, "R%d points to a struct %s the program keeps in a kptr field, read out of the field %s: the "
		       "verifier cannot tell whether the object is still alive, so the pointer is untrusted: the "
		       "program may read through it (a faulting load), not write through it or hand it to a kfunc "
		       "or to bpf_kptr_xchg().",
		    r, name, sleepable ? "in a sleepable program outside an RCU section" : "declared `__kptr_untrusted`");
		if (sleepable)
			FIX(c, "Read the field inside an RCU section, where it is the object itself: `bpf_rcu_read_lock(); "
			       "p = v->field; if (p) p->x = 1; bpf_rcu_read_unlock();` — or own it: `p = "
			       "bpf_kptr_xchg(&v->field, NULL);`, change it, and put it back with bpf_kptr_xchg().");
		else
			FIX(c, "Declare the field `struct %s __kptr *` so the map owns the object: a load then gives the "
			       "object itself (inside an RCU section), and bpf_kptr_xchg() moves it in and out.",
			    name);
		return 1;
	}
	WHY(c, "R%d points to a struct %s that sits in a kptr field, read out of the field with a plain load: the "
	       "map still owns the object, and the program only borrows it for as long as the RCU section lasts. "
	       "It may read and write the object's members, but not %s: only an object the program owns (from "
	       "bpf_obj_new(), or taken out of the field with bpf_kptr_xchg()) can be.",
	    r, name,
	    strstr(m, "must be referenced or trusted") ? "drop it"
	    : strstr(m, "expected=map_value") ? "exchange a kptr inside it (bpf_kptr_xchg() works on a map value or "
						"an object the program owns)"
					      : "store it into a kptr field");
	FIX(c, "Take the object out of the field first, then it is yours: `p = bpf_kptr_xchg(&v->field, NULL); if "
	       "(!p) return 0;` — %s",
	    strstr(m, "must be referenced or trusted") ? "then `bpf_obj_drop(p);`."
	    : strstr(m, "expected=map_value") ? "exchange inside it, and put it back with `p = bpf_kptr_xchg(&v->field, "
						"p); if (p) bpf_obj_drop(p);`."
					      : "then store it elsewhere with `old = bpf_kptr_xchg(&w->field, p); if (old) "
						"bpf_obj_drop(old);`.");
	return 1;
}

int diag_graph(struct ctx *c)
{
	const char *m = c->msg;
	char b[64], lname[64], hname[64];
	long lock;

	if (diag_stashed(c))
		return 1;
	if (strstr(m, "has no valid bpf_spin_lock") && c->res->detail &&
	    !strcmp(c->res->detail, "graph root without a valid contains: tag")) {
		diag_class(c, "spin-lock");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The lock is there, but beside it is a list head or tree root whose `__contains(struct, member)` "
		       "tag the kernel cannot follow: no tag, a struct the program does not define, or a member that "
		       "is not a bpf_list_node (bpf_rb_node for a root). Then the kernel knows none of the special "
		       "fields of that map value or global section, the lock included.");
		FIX(c, "Tag every head and root with the struct it holds and that struct's node member, and make sure "
		       "the struct is defined in the program: `struct item { long key; struct bpf_list_node node; }; "
		       "private(A) struct bpf_list_head head __contains(item, node);`.");
		return 1;
	}
	if (!strcmp(m, "direct access to kptr is disallowed") || !strcmp(m, "direct access to percpu_kptr is disallowed")) {
		diag_class(c, "kptr-access");
		diag_where(c, c->fail, "fails here");
		WHY(c, "The load or store touches a kptr field of one of the program's own objects (a `__kptr` member of "
		       "a struct from bpf_obj_new()). Inside an object, a kptr is moved only with bpf_kptr_xchg(): no "
		       "plain load or store may touch it.");
		FIX(c, "Take the inner object out (`in = bpf_kptr_xchg(&o->field, NULL); if (in) { ... }`), use it, and "
		       "put it back with bpf_kptr_xchg() (dropping what that returns), or keep the data needed "
		       "as plain members of the outer struct.");
		return 1;
	}

	if (msg_starts(m, "bpf_spin_lock at off=") && strstr(m, "must be held for")) {
		static const char *const locks[] = { "bpf_spin_lock" };
		const char *what = strstr(m, "bpf_rb_root") ? "tree root" : "list head";

		diag_class(c, "spin-lock");
		diag_where(c, c->fail, "the list or tree call");
		lock = diag_last_call(c, c->fstep, locks, 1);
		if (lock >= 0 && c->res->detail && strstr(c->res->detail, "not in the same allocation")) {
			diag_where(c, lock, "another lock taken here");
			WHY(c, "Every list or tree call needs the bpf_spin_lock that lives next to the %s, in %s (here at "
			       "offset %d). A lock is held, taken at insn %ld, but it is another one: a lock guards only the "
			       "heads and roots of its own allocation.",
			    what, LOCK_HOME, atoi(m + strlen("bpf_spin_lock at off=")), lock);
		} else {
			WHY(c, "Every list or tree call needs the bpf_spin_lock that lives next to the %s, in %s (here at "
			       "offset %d), held across the call; on this path no lock is held.",
			    what, LOCK_HOME, atoi(m + strlen("bpf_spin_lock at off=")));
		}
		if (named_lock(c, atoi(m + strlen("bpf_spin_lock at off=")), lname, sizeof(lname), hname, sizeof(hname)))
			FIX(c, "`%s` is the lock declared beside `%s`: hold it across the call, `bpf_spin_lock(&%s); %s "
			       "bpf_spin_unlock(&%s);`.",
			    lname, hname, lname, diag_src_text(c, c->fail), lname);
		else if (strstr(m, "bpf_rb_root"))
			FIX(c, "Declare the lock beside the root (`private(A) struct bpf_spin_lock lock; private(A) struct "
			       "bpf_rb_root root __contains(item, node);`, or both in one map value or object) and wrap the "
			       "call: `bpf_spin_lock(&lock); bpf_rbtree_add(&root, &p->node, less); "
			       "bpf_spin_unlock(&lock);`.");
		else
			FIX(c, "Declare the lock beside the head (`private(A) struct bpf_spin_lock lock; private(A) struct "
			       "bpf_list_head head __contains(item, node);`, or both in one map value or object) and wrap "
			       "the call: `bpf_spin_lock(&lock); bpf_list_push_back(&head, &p->node); "
			       "bpf_spin_unlock(&lock);`.");
		return 1;
	}
	if (strstr(m, "invalid mem access 'scalar'") && msg_starts(m, "R"))
		return died_at_unlock(c, msg_reg(m));
	if (strstr(m, "must be referenced or trusted") && msg_starts(m, "R") && died_at_unlock(c, msg_reg(m)))
		return 1;
	if (!strcmp(m, "arg#1 expected pointer to allocated object") ||
	    strstr(m, "can only take non-owning or refcounted bpf_rb_node pointer") ||
	    strstr(m, "node input must be non-owning ref")) {
		long given = diag_last_call(c, c->fstep, handovers, 2);

		diag_class(c, "object-ownership");
		diag_where(c, c->fail, "the object passed here");
		if (msg_starts(m, "arg#1") && given >= 0) {
			diag_where(c, given, "already handed over here");
			WHY(c, "The node must be an object the program owns: one from bpf_obj_new(), a pop or a remove. "
			       "This one was given to a list or tree by %s at insn %ld; since then the program holds only "
			       "a non-owning reference and cannot hand it over again.",
			    helper_at(c, given, b, sizeof(b)), given);
		} else if (msg_starts(m, "arg#1")) {
			WHY(c, "The node must be an object the program owns: one from bpf_obj_new(), bpf_list_pop_*() or "
			       "bpf_rbtree_remove(), checked for NULL, not yet given to a list or tree.");
		} else {
			WHY(c, "bpf_rbtree_remove() takes a node the tree holds (from bpf_rbtree_first() or a pointer kept "
			       "from bpf_rbtree_add(), while the lock is still held) or one the program owns; this "
			       "pointer is neither: its lock was released, or it never was a node.");
		}
		if (msg_starts(m, "arg#1") && given >= 0 && second_reference_fix(c, given))
			return 1;
		FIX(c, "Push each object once; to put one object in two places give its struct a `struct bpf_refcount` "
		       "and push a second reference from bpf_refcount_acquire(). Remove nodes between the same "
		       "bpf_spin_lock() and bpf_spin_unlock() that found them.");
		return 1;
	}
	if ((strstr(m, "bpf_list_node not found at offset=") || strstr(m, "bpf_rb_node not found at offset=") ||
	     msg_starts(m, "operation on bpf_list_head expects") || msg_starts(m, "operation on bpf_rb_root expects") ||
	     (msg_starts(m, "arg#1 offset=") && strstr(m, "but expected")))) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "the node passed here");
		WHY(c, "A head or root holds one struct, through one member, as its `__contains(struct, member)` tag "
		       "says; the node passed must be that member of an object of that struct: %s.",
		    m);
		FIX(c, "Pass the address of the member the tag names (`&p->node`, not `p` or another member), of an "
		       "object of the struct it names; keep other structs in a head declared for them.");
		return 1;
	}
	if ((strstr(m, "bpf_list_head not found at offset=") || strstr(m, "bpf_rb_root not found at offset=")) ||
	    strstr(m, "has to be at the constant offset")) {
		diag_class(c, "helper-arg-type");
		diag_where(c, c->fail, "the head passed here");
		WHY(c, "The first argument must point exactly at a bpf_list_head or bpf_rb_root declared in a map value, "
		       "global data section or object, at an offset the verifier knows: %s.",
		    m);
		FIX(c, "Pass `&head` (or `&v->head`, `&obj->head`) itself; to choose among several heads, branch on "
		       "constants (`if (i) head = &heads[1]; else head = &heads[0];`) rather than index with a variable.");
		return 1;
	}
	if ((msg_starts(m, "direct access to bpf_") && strstr(m, "is disallowed")) ||
	    ((msg_starts(m, "bpf_list_") || msg_starts(m, "bpf_rb_")) && strstr(m, "cannot be accessed directly"))) {
		diag_class(c, "object-ownership");
		WHY(c, "The list heads and nodes, tree roots and nodes, bpf_refcount and bpf_spin_lock fields of a struct "
		       "belong to the kernel: no load or store may touch their bytes (%s).",
		    m);
		FIX(c, "Touch them only through the kfuncs (bpf_list_push_back(), bpf_rbtree_first(), ...); read and "
		       "write the struct's other members one by one, never copy the whole struct.");
		return 1;
	}
	if (strstr(m, "doesn't point to a type with bpf_refcount field") ||
	    strstr(m, "is neither owning or non-owning ref") ||
	    (!strcmp(m, "verifier bug: Couldn't find btf_record") && diag_call_named(c, c->fail, "bpf_refcount_acquire"))) {
		diag_class(c, "object-ownership");
		diag_where(c, c->fail, "the object passed here");
		WHY(c, "bpf_refcount_acquire() gives a second reference to an object whose struct counts its references: "
		       "it needs a `struct bpf_refcount` member, and an object from bpf_obj_new() or a list or tree.");
		FIX(c, "Add `struct bpf_refcount ref;` to the struct, or keep the single owning pointer and do without "
		       "a second reference.");
		return 1;
	}
	if (strstr(m, "not allowed in rbtree cb") || !strcmp(m, "can't spin_{lock,unlock} in rbtree cb")) {
		diag_class(c, "helper-not-allowed");
		diag_where(c, c->fail, "the call inside less()");
		WHY(c, "The less() callback of bpf_rbtree_add() runs while the tree is being changed, with its lock "
		       "held: it may compare the two nodes and nothing else, no tree call and no lock or unlock.");
		FIX(c, "Keep less() to reading the keys: `return a_node->key < b_node->key;`; do the other work after "
		       "bpf_rbtree_add() returns.");
		return 1;
	}
	if (!strcmp(m, "tracing progs cannot use bpf_{list_head,rb_root} yet")) {
		diag_class(c, "spin-lock");
		WHY(c, "Tracing programs (kprobe, tracepoint, perf_event, raw tracepoint) may not use a map or global "
		       "section that holds a list head or tree root: they can run where taking its lock is not safe.");
		FIX(c, "Keep the list in a program of another type (tc, XDP, syscall, struct_ops, tp_btf/fentry) and "
		       "pass events to it through a ring buffer or a plain map.");
		return 1;
	}
	return 0;
}
