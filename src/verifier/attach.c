/* The function a trampoline program (fentry, fexit, fmod_ret) attaches to:
 * found by name in the kernel's BTF, then the checks the kernel makes of
 * it before it looks at a single instruction — what the trampoline can
 * pass (at most 12 arguments, none variadic, structs of at most 16 bytes),
 * the functions no program may attach to, the __noreturn functions an
 * fexit would never see return, and which functions fmod_ret may change
 * or a sleepable program may attach to.
 *
 * This machine's kernel refuses these programs before its verifier runs
 * (a lockdown policy), so the rules and messages here come from the
 * kernel's documentation and sources and from its selftests' expectations,
 * not from loads; the context they give is checked against tp_btf, which
 * the kernel types the same way and does load here. */
#include <bpf/btf.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

enum { A_TRACE_FENTRY = 24, A_TRACE_FEXIT = 25, A_MODIFY_RETURN = 26, MAX_FUNC_ARGS = 12 };

/* Kernel functions a trampoline would itself call (migration, RCU and
 * preemption bookkeeping): each exists only in a kernel whose
 * configuration also puts it on the kernel's deny list, so finding it in
 * the BTF is the test. */
static const char *const deny[] = {
	"migrate_disable", "migrate_enable", "rcu_read_unlock_strict", "preempt_count_add",
	"preempt_count_sub", "__rcu_read_lock", "__rcu_read_unlock",
};

/* Functions that never return: an fexit or fmod_ret program on them
 * would never run (the kernel's own list). */
static const char *const noreturn[] = {
	"__ia32_sys_exit", "__ia32_sys_exit_group", "__kunit_abort", "kunit_try_catch_throw",
	"__module_put_and_kthread_exit", "__x64_sys_exit", "__x64_sys_exit_group", "do_exit",
	"do_group_exit", "kthread_complete_and_exit", "kthread_exit", "make_task_dead",
};

/* Functions the kernel registers for fmod_ret beside its error-injection
 * list: its test functions (net/bpf/test_run.c; the last one also for
 * sleepable programs) and, in a kernel with MPTCP's BPF support (told by
 * that code's own symbol), update_socket_protocol. */
static const struct { const char *name, *needs; bool sleepable; } fmodret_set[] = {
	{ "bpf_modify_return_test", NULL, false },
	{ "bpf_modify_return_test2", NULL, false },
	{ "bpf_modify_return_test_tp", NULL, false },
	{ "bpf_fentry_test1", NULL, true },
	{ "update_socket_protocol", "bpf_mptcp_sock_from_subflow", false },
};

static bool in_list(const char *const *l, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(l[i], name))
			return true;
	return false;
}

/* Whether the running kernel has a symbol: /proc/kallsyms lists every
 * name to anyone (only the addresses are hidden without privilege).
 * Read only on the rare paths that need it. */
static bool kernel_has_symbol(const char *name)
{
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[512], sym[256];
	bool found = false;

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "%*s %*s %255s", sym) == 1 && !strcmp(sym, name);
	fclose(f);
	return found;
}

static bool in_fmodret_set(const char *name, bool sleepable)
{
	for (size_t i = 0; i < BV_ARRAY_SIZE(fmodret_set); i++)
		if (!strcmp(fmodret_set[i].name, name) && (!sleepable || fmodret_set[i].sleepable))
			return !fmodret_set[i].needs || kernel_has_symbol(fmodret_set[i].needs);
	return false;
}

/* Whether NAME is on the kernel's error-injection list (functions marked
 * ALLOW_ERROR_INJECTION), which debugfs shows and only root reads; HAS_LIST
 * says whether the kernel has one at all (a kernel built without
 * CONFIG_FUNCTION_ERROR_INJECTION has no lookup function in kallsyms).
 * -1: the kernel has a list that cannot be read here. */
static int error_injectable(const char *name, bool has_list)
{
	FILE *f;
	char line[256], fn[200];
	int found = 0;

	if (!has_list)
		return 0;
	f = fopen("/sys/kernel/debug/error_injection/list", "r");
	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "%199s", fn) == 1 && !strcmp(fn, name);
	fclose(f);
	return found;
}

/* The size the trampoline passes for a type, as the kernel measures it:
 * 8 for a pointer, the size of an integer, enum or struct; -1 for
 * anything else; 0 for void.  *out is the type after modifiers. */
static int type_size(const struct btf *btf, uint32_t id, const struct btf_type **out)
{
	const struct btf_type *t;

	*out = NULL;
	if (!id)
		return 0;
	t = btf_skip_mods(btf, id, NULL);
	*out = t;
	if (!t)
		return -1;
	if (btf_is_ptr(t))
		return 8;
	if (btf_is_int(t) || btf_is_any_enum(t) || btf_is_composite(t))
		return (int)t->size;
	return -1;
}

/* What the trampoline can carry of the prototype (the kernel's "distill"). */
static int check_proto(struct venv *env, const struct btf *btf, const struct btf_type *proto, const char *name)
{
	const struct btf_param *p = btf_params(proto);
	uint32_t n = btf_vlen(proto);
	const struct btf_type *t;
	int sz;

	if (n > MAX_FUNC_ARGS)
		return verr_prog(env, -EINVAL, "The function %s has %u arguments. Too many.", name, n);
	sz = type_size(btf, proto->type, &t);
	if (sz < 0 || (t && btf_is_composite(t)))
		return verr_prog(env, -EINVAL, "The function %s return type %s is unsupported.", name, btf_kind_name(t));
	if (sz > 8 && env->attach_type != A_TRACE_FENTRY)
		return verr_prog(env, -EOPNOTSUPP,
			    "Attach to function %s with a >8 byte return value is not supported for this attach type",
			    name);
	for (uint32_t i = 0; i < n; i++) {
		if (i == n - 1 && !p[i].type)
			return verr_prog(env, -EINVAL, "The function %s with variable args is unsupported.", name);
		sz = type_size(btf, p[i].type, &t);
		if (sz < 0 || sz > 16)
			return verr_prog(env, -EINVAL, "The function %s arg%u type %s is unsupported.", name, i,
				    btf_kind_name(t));
		if (!sz)
			return verr_prog(env, -EINVAL, "The function %s has malformed void argument.", name);
	}
	return 0;
}

int trampoline_target_init(struct venv *env)
{
	const struct btf *btf = kernel_btf(env);
	const char *to = env->prog->sec.attach_to;
	const struct btf_type *t;
	int id, r;

	if (!btf)
		return unsupported(env, "tracing programs need the kernel's BTF");
	if (!to || !*to)
		return unsupported(env, "section '%s' names no attach target", env->prog->section);
	if (strchr(to, ':'))
		return unsupported(env, "attach target %s: functions of kernel modules are not modelled yet", to);
	id = btf__find_by_name_kind(btf, to, BTF_KIND_FUNC);
	t = id > 0 ? btf__type_by_id(btf, btf__type_by_id(btf, (uint32_t)id)->type) : NULL;
	if (!t || !btf_is_func_proto(t)) {
		/* libbpf stops here ("failed to find kernel BTF type ID"); a
		 * load without a target gets only this line */
		snprintf(env->detail, sizeof(env->detail), "attach target %.200s not found in the kernel's BTF", to);
		return verr(env, -EINVAL, "Tracing programs must provide btf_id");
	}
	r = check_proto(env, btf, t, to);
	if (r)
		return r;
	if (env->prog->sec.sleepable || env->attach_type == A_MODIFY_RETURN) {
		bool sleepable = env->prog->sec.sleepable;
		bool has_list = false; /* kallsyms is read once, and only when it decides */
		int inj = 1;

		if (!in_fmodret_set(to, sleepable) && (sleepable || strncmp(to, "security_", 9))) {
			has_list = kernel_has_symbol("within_error_injection_list");
			inj = error_injectable(to, has_list);
		}
		if (inj < 0)
			return unsupported(env,
					   "whether %s may be %s depends on the kernel's error-injection list, "
					   "which only root reads (/sys/kernel/debug/error_injection/list)",
					   to, sleepable ? "traced by a sleepable program" : "modified by fmod_ret");
		if (!inj) {
			snprintf(env->detail, sizeof(env->detail),
				 "%s functions on the kernel's error-injection list%s, which this kernel %s",
				 sleepable ? "a sleepable program may attach only to" : "fmod_ret may change only",
				 sleepable ? "" : " and security_* functions",
				 has_list ? "does not put it on"
					  : "does not have (built without CONFIG_FUNCTION_ERROR_INJECTION)");
			return sleepable ? verr_prog(env, -EINVAL, "%s is not sleepable", to)
					 : verr_prog(env, -EINVAL, "%s() is not modifiable", to);
		}
	}
	if (in_list(deny, BV_ARRAY_SIZE(deny), to)) {
		/* the kernel refuses without a line */
		snprintf(env->detail, sizeof(env->detail),
			 "%s is on the kernel's list of functions no tracing program may attach to", to);
		env->msg[0] = 0;
		env->err_insn = -1;
		return -EINVAL;
	}
	if (env->attach_type != A_TRACE_FENTRY && in_list(noreturn, BV_ARRAY_SIZE(noreturn), to))
		return verr_prog(env, -EINVAL, "Attaching fexit/fmod_ret to __noreturn functions is rejected.");
	env->attach_proto = t;
	env->attach_name = to;
	return 0;
}

/* Whether bpf_d_path may be called: an iterator always, a trampoline
 * program only on the functions the kernel lists, where the path it is
 * given is known to be a live one. */
bool attach_allows_d_path(const struct venv *env)
{
	static const char *const ok[] = {
		"security_file_permission", "security_inode_getattr", "security_file_open", "security_path_truncate",
		"vfs_truncate", "vfs_fallocate", "dentry_open", "vfs_getattr", "filp_close",
	};

	if (env->prog_type == BV_PROG_TRACING && env->attach_type == 28 /* iter */)
		return true;
	return prog_has_trampoline(env) && env->attach_name && in_list(ok, BV_ARRAY_SIZE(ok), env->attach_name);
}

bool prog_has_trampoline(const struct venv *env)
{
	return env->prog_type == BV_PROG_TRACING &&
	       (env->attach_type == A_TRACE_FENTRY || env->attach_type == A_TRACE_FEXIT ||
		env->attach_type == A_MODIFY_RETURN);
}
