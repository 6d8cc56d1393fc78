/* Exceptions: bpf_throw() and the exception callback.
 *
 * bpf_throw(cookie) ends the program at once, unwinding every frame.  What
 * runs then is the program's exception callback, a global function named by
 * a BTF decl tag "exception_callback:NAME" on the main program's function,
 * or by default nothing: the cookie becomes the return value.  The kernel's
 * rules, as observed on this machine:
 * - the callback is found in BTF before anything is walked; two tags, a
 *   name BTF lacks, a static function or one missing from func_info are
 *   refused;
 * - it is a subprogram of its own, reachable though nothing calls it,
 *   verified like a global function after the main program, with one
 *   integer argument; its exits are the program's exits (return range);
 * - without it, the cookie in r1 must be a valid return value;
 * - at a throw, every reference of every frame must have been released,
 *   no lock, RCU or preemption section may be open, whichever frame throws;
 * - after the walk, no callback (bpf_loop and kin, timers, the exception
 *   callback itself) may throw, and nothing may call the exception callback
 *   directly (see check_max_stack in verify.c). */
#include <bpf/btf.h>
#include <errno.h>
#include <string.h>

#include "util/btf_util.h"
#include "verifier/verifier.h"

/* The instruction the exception callback starts at, 0 when the program has
 * none, or a negative errno with the kernel's message. */
long find_exception_cb(struct venv *env)
{
	const struct btf *btf = prog_btf(env);
	const struct btf_type *fn;
	const char *name;
	long insn = 0;
	int id, n;

	if (!btf || !env->prog->n_funcs)
		return 0;
	if (!btf__type_by_id(btf, env->prog->funcs[0].type_id))
		return verr_prog(env, -EINVAL, "invalid btf id for main subprog in func_info");
	n = btf_decl_tag_value(btf, env->prog->funcs[0].type_id, BTF_EXC_CB_TAG, &name);
	if (!n)
		return 0;
	if (n > 1)
		return verr_prog(env, -EEXIST, "multiple exception callback tags for main subprog");
	id = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC);
	if (id < 0)
		return verr_prog(env, -ENOENT, "exception callback '%s' could not be found in BTF", name);
	fn = btf__type_by_id(btf, (uint32_t)id);
	if (btf_vlen(fn) != BTF_FUNC_GLOBAL)
		return verr_prog(env, -EINVAL, "exception callback '%s' must have global linkage", name);
	for (size_t i = 0; i < env->prog->n_funcs; i++) {
		if (env->prog->funcs[i].type_id != (uint32_t)id)
			continue;
		insn = env->prog->funcs[i].insn;
		if (!insn)
			return verr_prog(env, -EINVAL, "invalid exception callback insn off in func_info: 0");
	}
	if (!insn)
		return verr_prog(env, -EINVAL, "exception callback type id not found in func_info");
	return insn;
}

/* The callback's one argument is the cookie: an integer, nothing else. */
int check_exception_cb_args(struct venv *env, const struct func_args *a)
{
	if (a->n != 1 || a->kind[0] != FARG_ANY)
		return verr_prog(env, -EINVAL, "exception cb only supports single integer argument");
	return 0;
}

/* After the checks of a bpf_throw call: the path ends here, as at an exit
 * of the main program, but from whatever frame threw. */
int throw_exit(struct venv *env)
{
	env->seen_exception = true;
	return check_ref_leak(env, "bpf_throw");
}
