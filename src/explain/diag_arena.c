/* Diagnoses about arenas (BPF_MAP_TYPE_ARENA): memory shared with user
 * space that programs reach through __arena pointers.  The verifier
 * checks almost nothing about them (the JIT guards every access), so what
 * it refuses is how a program names its arena and hands arena pointers
 * around: one arena per program, a cast in a program that names none, an
 * arena pointer where a helper wants memory it can check, the map
 * argument of the arena kfuncs, and global functions' arena arguments. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"

/* The arena map an LD_IMM64 in the program names, other than `not`, and
 * where: its index, -1 when none. */
static int arena_named(const struct ctx *c, int not, long *at)
{
	for (long i = 0; (size_t)i + 1 < c->prog->n_insns; i++) {
		int m = diag_map_at(c, i);

		if (m >= 0 && m != not && c->obj->maps[m].type == BV_MAP_ARENA) {
			*at = i;
			return m;
		}
	}
	return -1;
}

/* The object's arena, for a fix that names it: "arena" when none. */
static const char *arena_name(const struct ctx *c)
{
	for (size_t i = 0; i < c->obj->n_maps; i++)
		if (c->obj->maps[i].type == BV_MAP_ARENA)
			return c->obj->maps[i].name;
	return "arena";
}

static int two_arenas(struct ctx *c)
{
	int second = diag_map_at(c, c->fail), first;
	long at = -1;

	diag_class(c, "invalid-program");
	if (second < 0 || (first = arena_named(c, second, &at)) < 0) {
		/* a log alone: the kernel says this before any instruction */
		WHY(c, "A program (with all the functions it calls) may use one arena: the verifier ties the program to "
		       "the first arena it names, and its JIT translates every __arena pointer against that one arena's "
		       "base. This program names two.");
		FIX(c, "Keep everything one program touches in one arena (an arena holds up to 4 GB, its pages "
		       "allocated on demand), or split the work into two programs, one per arena.");
		return 1;
	}
	diag_where(c, c->fail, "the second arena named here");
	diag_where(c, at, "the first arena named here");
	WHY(c, "A program (with all the functions it calls) may use one arena: the verifier ties the program to "
	       "the first arena it names, and its JIT translates every __arena pointer against that one arena's "
	       "base. This program names %s (insn %ld) and %s (insn %ld).",
	    c->obj->maps[first].name, at, c->obj->maps[second].name, c->fail);
	FIX(c, "Keep everything one program touches in one arena: allocate from `&%s` in both places (an arena "
	       "holds up to 4 GB, its pages allocated on demand), or split the work into two programs, one per "
	       "arena.",
	    c->obj->maps[first].name);
	return 1;
}

static int cast_without_arena(struct ctx *c)
{
	const struct bv_func_info *f = func_of(c, c->fail);

	diag_class(c, "invalid-program");
	diag_where(c, c->fail, "the cast is here");
	WHY(c, "The instruction converts an __arena pointer to one the program can dereference (clang emits "
	       "addr_space_cast wherever C code uses an __arena pointer), but the program names no arena map: the "
	       "verifier learns which arena a program works in only from a reference to the map itself, in any of "
	       "its functions.");
	if (f && f->insn > 0)
		WHY(c, " Here the cast is in %s(), called by a program that never touches the arena.", f->name);
	FIX(c, "Make the program name the arena: read or write an __arena global in it (every __arena global lives "
	       "in the arena map `%s`), or call an arena kfunc with `&%s`.",
	    arena_name(c), arena_name(c));
	return 1;
}

/* A helper given an arena pointer: helpers take memory the verifier can
 * bound, and arena memory is bounded only by the JIT's guard. */
static int arena_to_helper(struct ctx *c)
{
	char hb[64];
	int r = msg_reg(c->msg);

	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	WHY(c, "R%d points into the arena. %s takes memory whose size the verifier can check (the stack, a map value, "
	       "packet data); an arena pointer is just an address in the arena, checked by the JIT at each load "
	       "and store, so no helper or kfunc takes one as memory.",
	    r, helper_at(c, c->fail, hb, sizeof(hb)));
	FIX(c, "Go through the stack: call %s on a local buffer, then copy the bytes into the arena with plain "
	       "stores (`__builtin_memcpy(p, buf, sizeof(buf));` or a loop), and the other way round to give arena "
	       "data to a helper.",
	    hb);
	return 1;
}

/* "pointer in R1 isn't map pointer": a kfunc's `void *p__map` argument
 * (the arena kfuncs, bpf_wq_init) is the map itself. */
static int map_arg(struct ctx *c)
{
	char hb[64];
	int r = msg_reg(c->msg + strlen("pointer in "));
	const struct bv_vreg *v = reg_at(c, c->fstep, r);
	bool arena = strstr(helper_at(c, c->fail, hb, sizeof(hb)), "bpf_arena_") != NULL;

	diag_class(c, "helper-arg-type");
	diag_where(c, c->fail, "fails here");
	if (v && v->def_insn >= 0)
		diag_where(c, v->def_insn, "the value passed set here");
	WHY(c, "Argument %d of %s() is a map, passed as `&name` of a map declared in SEC(\".maps\") (or a kernel "
	       "`struct bpf_map *`); R%d holds %s.",
	    r, hb, r, diag_reg_words(v));
	if (arena)
		FIX(c, "Pass the arena map itself: `%s(&%s, ...)`.", hb, arena_name(c));
	else
		FIX(c, "Pass the map itself: `%s(&map, ...)` with the map the value came from.", hb);
	return 1;
}

/* Whether function f (starting at insn start) casts its argument in
 * register r into the arena before anything overwrites r. */
static bool casts_arg(const struct ctx *c, long start, const struct bv_func_info *f, int r)
{
	for (long i = start; (size_t)i < c->prog->n_insns && func_of(c, i) == f; i++) {
		const struct bv_insn *x = insn_at(c, i);
		unsigned cls = BV_CLASS(x->code);

		if (x->code == (BV_ALU64 | BV_MOV | BV_X) && x->off == BV_ADDR_SPACE_CAST && x->src == r && x->imm == 1)
			return true;
		if (x->dst == r && cls != BV_STX && cls != BV_ST && cls != BV_JMP && cls != BV_JMP32)
			return false; /* the argument is gone */
	}
	return false;
}

/* A global function's argument tagged __arg_arena, given a pointer of
 * another kind; or an __arena parameter without the tag, which the
 * verifier reads as memory of the pointed-to type. */
static int global_arena_arg(struct ctx *c)
{
	const char *line = c->res->detail ? c->res->detail : "";
	const struct bv_insn *in = insn_at(c, c->fail);
	long callee = in ? c->fail + in->imm + 1 : -1;
	const struct bv_func_info *f = callee >= 0 ? func_of(c, callee) : NULL;
	long at;
	int r;

	if (!strstr(c->msg, "Caller passes invalid args") || !f)
		return 0;
	if (strstr(line, "is not a pointer to arena or scalar") && sscanf(line, "R%d", &r) == 1) {
		const struct bv_vreg *v = reg_at(c, c->fstep, r);

		diag_class(c, "global-func-args");
		diag_where(c, c->fail, "fails here");
		WHY(c, "Argument %d of %s() is tagged __arg_arena: the function gets an address in the arena, so the call "
		       "must pass an __arena pointer (or a number, NULL among them). R%d holds %s.",
		    r, f->name, r, diag_reg_words(v));
		FIX(c, "Put the object in the arena and pass that: an __arena global, or memory from "
		       "bpf_arena_alloc_pages(&%s, ...); data on the stack or in a map value needs a function without "
		       "__arg_arena.",
		    arena_name(c));
		return 1;
	}
	/* an __arena parameter the function casts, without the tag: the
	 * kernel names the register ("R1 type=scalar expected=fp") */
	if (sscanf(line, "R%d", &r) != 1 || !strstr(line, " type=") || r < 1 || r > 5 || !casts_arg(c, callee, f, r))
		return 0;
	diag_class(c, "global-func-args");
	diag_where(c, c->fail, "fails here");
	WHY(c, "Argument %d of %s() is an __arena pointer (the function casts it, with addr_space_cast), but BTF "
	       "does not record address spaces: without a tag, the verifier reads the parameter as memory of the "
	       "pointed-to type that the caller must own, and the call passes %s (`%s`).",
	    r, f->name, strstr(line, "scalar") ? "a number" : "something else", line);
	FIX(c, "Tag the parameter: `... __arena *p __arg_arena` (libbpf's bpf_helpers.h defines __arg_arena as "
	       "`__attribute__((btf_decl_tag(\"arg:arena\")))`).");
	if (arena_named(c, -1, &at) < 0)
		/* the cast inside would fail next, for the same program */
		FIX(c, " This program names no arena, and a cast is only allowed in one that does: also read or "
		       "write an __arena global in it (every __arena global lives in `%s`), or call an arena kfunc "
		       "with `&%s`.",
		    arena_name(c), arena_name(c));
	return 1;
}

/* bpf_arena_alloc_pages() where the program cannot sleep (a tc or XDP
 * program never can): pages come from a program that may, or from user
 * space. */
static int alloc_asleep(struct ctx *c)
{
	char hb[64];

	helper_at(c, c->fail, hb, sizeof(hb));
	diag_class(c, "helper-not-allowed");
	diag_where(c, c->fail, "fails here");
	WHY(c, "%s() may sleep on this kernel (it maps fresh pages), so only a sleepable program may call it, and "
	       "%s%s%s is not one%s.",
	    hb, c->prog->section && c->prog->section[0] ? "`SEC(\"" : "this program",
	    c->prog->section && c->prog->section[0] ? c->prog->section : "",
	    c->prog->section && c->prog->section[0] ? "\")`" : "",
	    c->prog->sec.prog_type == BV_PROG_SCHED_CLS || c->prog->sec.prog_type == BV_PROG_XDP ||
			    c->prog->sec.prog_type == BV_PROG_SOCKET_FILTER
		    ? " (a packet program never can be)"
		    : "");
	FIX(c, "Get the pages where sleeping is allowed and hand them over through the arena: allocate in a "
	       "`SEC(\"syscall\")` program that user space runs once with bpf_prog_test_run_opts() (or in a sleepable "
	       "hook, `SEC(\"lsm.s/...\")`, `SEC(\"fentry.s/...\")`), keep them on a free list in an __arena global, "
	       "and take them from there here; or let user space touch the pages of the mmap()ed arena, which "
	       "faults them in.");
	return 1;
}

int diag_arena(struct ctx *c)
{
	if (msg_starts(c->msg, "program must be sleepable to call sleepable kfunc bpf_arena_"))
		return alloc_asleep(c);
	if (!strcmp(c->msg, "Only one arena per program"))
		return two_arenas(c);
	if (!strcmp(c->msg, "addr_space_cast insn can only be used in a program that has an associated arena"))
		return cast_without_arena(c);
	if (msg_starts(c->msg, "R") && strstr(c->msg, " type=arena expected="))
		return arena_to_helper(c);
	if (msg_starts(c->msg, "pointer in R") && strstr(c->msg, "isn't map pointer"))
		return map_arg(c);
	return global_arena_arg(c);
}
