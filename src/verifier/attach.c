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

enum { A_TRACE_FENTRY = 24, A_TRACE_FEXIT = 25, A_MODIFY_RETURN = 26, A_LSM_MAC = 27, A_LSM_CGROUP = 43,
       MAX_FUNC_ARGS = 12 };

/* LSM programs attach to the kernel's bpf_lsm_<hook> functions, one per
 * hook (Linux 6.12's kernel/bpf/bpf_lsm.c; this machine refuses LSM loads
 * before its verifier runs, so no load could tell these lists).  Hooks
 * BPF may not attach to: */
static const char *const lsm_disabled[] = {
	"bpf_lsm_vm_enough_memory", "bpf_lsm_inode_need_killpriv", "bpf_lsm_inode_getsecurity",
	"bpf_lsm_inode_listsecurity", "bpf_lsm_inode_copy_up_xattr", "bpf_lsm_getselfattr",
	"bpf_lsm_getprocattr", "bpf_lsm_setprocattr", "bpf_lsm_key_getsecurity", "bpf_lsm_audit_rule_match",
	"bpf_lsm_xfrm_decode_session", "bpf_lsm_ismaclabel",
};

/* Functions named bpf_lsm_* that are the kernel's own code, no hook. */
static const char *const lsm_not_hooks[] = {
	"bpf_lsm_verify_prog", "bpf_lsm_find_cgroup_shim", "bpf_lsm_is_sleepable_hook", "bpf_lsm_is_trusted",
	"bpf_lsm_get_retval_range", "bpf_lsm_func_proto",
};

/* Hooks called where the kernel may sleep: the only ones a sleepable
 * (lsm.s) program may attach to, and where bpf_d_path and the IMA hashes
 * may be called. */
static const char *const lsm_sleepable[] = {
	"bpf", "bpf_map", "bpf_map_create", "bpf_map_free", "bpf_prog", "bpf_prog_load", "bpf_token_create",
	"bpf_token_free", "bpf_token_cmd", "bpf_token_capable", "bprm_check_security", "bprm_committed_creds",
	"bprm_committing_creds", "bprm_creds_for_exec", "bprm_creds_from_file", "capget", "capset", "cred_prepare",
	"file_ioctl", "file_lock", "file_open", "file_post_open", "file_receive", "inode_create",
	"inode_free_security", "inode_getattr", "inode_getxattr", "inode_mknod", "inode_need_killpriv",
	"inode_post_setxattr", "inode_readlink", "inode_rename", "inode_rmdir", "inode_setattr", "inode_setxattr",
	"inode_symlink", "inode_unlink", "kernel_module_request", "kernel_read_file", "kernfs_init_security",
	"path_unlink", "path_mkdir", "path_rmdir", "path_truncate", "path_symlink", "path_link", "path_rename",
	"path_chmod", "path_chown", "mmap_file", "netlink_send", "path_notify", "release_secctx",
	"sb_alloc_security", "sb_eat_lsm_opts", "sb_kern_mount", "sb_mount", "sb_remount", "sb_set_mnt_opts",
	"sb_show_options", "sb_statfs", "sb_umount", "settime", "socket_accept", "socket_bind", "socket_connect",
	"socket_create", "socket_getpeername", "socket_getpeersec_dgram", "socket_getsockname",
	"socket_getsockopt", "socket_listen", "socket_post_create", "socket_recvmsg", "socket_sendmsg",
	"socket_shutdown", "socket_socketpair", "syslog", "task_alloc", "current_getsecid_subj",
	"task_getsecid_obj", "task_prctl", "task_setscheduler", "userns_create",
};

/* Hooks whose arguments may be half-built or half-freed objects: not
 * trusted, as a traced function's are not. */
static const char *const lsm_untrusted[] = {
	"bpf_map_free", "bpf_prog_free", "file_alloc_security", "file_free_security", "sk_alloc_security",
	"sk_free_security", "task_free",
};

/* Hooks where an lsm_cgroup program may get and set socket options: the
 * socket is locked there, or still being set up. */
static const char *const lsm_sockopt[] = {
	"sock_graft", "inet_csk_clone", "inet_conn_established", "socket_post_create", "socket_socketpair",
};

/* Hooks that answer yes or no: their programs return 0 or 1. */
static const char *const lsm_bool[] = {
	"xfrm_state_pol_flow_match", "audit_rule_known", "inode_xattr_skipcap",
};

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

/* The hook an LSM program attaches to, without its bpf_lsm_ prefix. */
static const char *lsm_hook(const struct venv *env)
{
	return env->prog_type == BV_PROG_LSM && env->attach_name && !strncmp(env->attach_name, "bpf_lsm_", 8)
		       ? env->attach_name + 8
		       : NULL;
}

bool lsm_cgroup(const struct venv *env)
{
	return env->prog_type == BV_PROG_LSM && env->attach_type == A_LSM_CGROUP;
}

bool lsm_cgroup_sockopt(const struct venv *env)
{
	const char *h = lsm_hook(env);

	return lsm_cgroup(env) && h && in_list(lsm_sockopt, BV_ARRAY_SIZE(lsm_sockopt), h);
}

bool lsm_hook_sleepable(const struct venv *env)
{
	return lsm_name_sleepable(lsm_hook(env));
}

/* by the hook's name (`file_open`), for explanations */
bool lsm_name_sleepable(const char *hook)
{
	return hook && in_list(lsm_sleepable, BV_ARRAY_SIZE(lsm_sleepable), hook);
}

bool lsm_hook_void(const struct venv *env)
{
	return lsm_hook(env) && env->attach_proto && !env->attach_proto->type;
}

bool lsm_args_trusted(const struct venv *env)
{
	const char *h = lsm_hook(env);

	return h && !in_list(lsm_untrusted, BV_ARRAY_SIZE(lsm_untrusted), h);
}

/* The range an LSM program's return value must lie in (compared as 32
 * bits): 0 or 1 for a yes-or-no hook, 0 or an error number for the rest;
 * false for a void hook, whose program may return anything. */
bool lsm_return_range(const struct venv *env, int *lo, int *hi)
{
	const char *h = lsm_hook(env);

	if (!h || !env->attach_proto || !env->attach_proto->type || env->no_lsm_retval_range ||
	    env->attach_type != A_LSM_MAC)
		return false;
	if (in_list(lsm_bool, BV_ARRAY_SIZE(lsm_bool), h)) {
		*lo = 0;
		*hi = 1;
	} else {
		*lo = -4095; /* -MAX_ERRNO */
		*hi = 0;
	}
	return true;
}

/* What the kernel checks of an LSM program's hook once the trampoline
 * could carry it (bpf_lsm_verify_prog), after the sleepable test. */
static int lsm_target_check(struct venv *env, const char *name, int id)
{
	if (env->prog->sec.sleepable && !in_list(lsm_sleepable, BV_ARRAY_SIZE(lsm_sleepable), name + 8)) {
		snprintf(env->detail, sizeof(env->detail),
			 "a sleepable (lsm.s) program may attach only to the hooks the kernel calls where it may sleep");
		return verr_prog(env, -EINVAL, "%s is not sleepable", name);
	}
	if (!env->gpl)
		return verr_prog(env, -EINVAL, "LSM programs must have a GPL compatible license");
	if (in_list(lsm_disabled, BV_ARRAY_SIZE(lsm_disabled), name))
		return verr_prog(env, -EINVAL, "attach_btf_id %d points to disabled hook %s", id, name);
	if (in_list(lsm_not_hooks, BV_ARRAY_SIZE(lsm_not_hooks), name))
		return verr_prog(env, -EINVAL, "attach_btf_id %d points to wrong type name %s", id, name);
	return 0;
}

int trampoline_target_init(struct venv *env)
{
	const struct btf *btf = kernel_btf(env);
	const char *to = env->prog->sec.attach_to;
	const struct btf_type *t;
	char lsm_name[256];
	int id, r;

	if (!btf)
		return unsupported(env, "tracing programs need the kernel's BTF");
	if (!to || !*to)
		return unsupported(env, "section '%s' names no attach target", env->prog->section);
	if (strchr(to, ':'))
		return unsupported(env, "attach target %s: functions of kernel modules are not modelled yet", to);
	if (env->prog_type == BV_PROG_LSM) {
		/* SEC("lsm/file_open"): libbpf looks up bpf_lsm_file_open */
		snprintf(lsm_name, sizeof(lsm_name), "bpf_lsm_%s", to);
		to = lsm_name;
	}
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
	if (env->prog_type == BV_PROG_LSM) {
		r = lsm_target_check(env, to, id);
		if (r)
			return r;
		env->attach_proto = t;
		env->attach_name = btf__name_by_offset(btf, btf__type_by_id(btf, (uint32_t)id)->name_off);
		return 0;
	}
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
			 "%.180s is on the kernel's list of functions no tracing program may attach to", to);
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
 * given is known to be a live one; an LSM program on a sleepable hook. */
static bool attach_allows_d_path(const struct venv *env)
{
	static const char *const ok[] = {
		"security_file_permission", "security_inode_getattr", "security_file_open", "security_path_truncate",
		"vfs_truncate", "vfs_fallocate", "dentry_open", "vfs_getattr", "filp_close",
	};

	if (env->prog_type == BV_PROG_TRACING && env->attach_type == 28 /* iter */)
		return true;
	if (env->prog_type == BV_PROG_LSM)
		return lsm_hook_sleepable(env);
	return prog_has_trampoline(env) && env->attach_name && in_list(ok, BV_ARRAY_SIZE(ok), env->attach_name);
}

/* The kernel's `allowed` test of a helper, for the few that have one:
 * false gives "helper call is not allowed in probe". */
bool helper_allowed_here(const struct venv *env, int32_t id)
{
	switch (id) {
	case 147: /* d_path */
		return (env->prog_type != BV_PROG_TRACING && env->prog_type != BV_PROG_LSM) ||
		       attach_allows_d_path(env);
	case 161: case 193: /* ima_inode_hash, ima_file_hash: on the hooks where the kernel may sleep */
		return env->prog_type != BV_PROG_LSM || lsm_hook_sleepable(env);
	default:
		return true;
	}
}

bool prog_has_trampoline(const struct venv *env)
{
	return (env->prog_type == BV_PROG_TRACING &&
		(env->attach_type == A_TRACE_FENTRY || env->attach_type == A_TRACE_FEXIT ||
		 env->attach_type == A_MODIFY_RETURN)) ||
	       (env->prog_type == BV_PROG_LSM && env->attach_type == A_LSM_MAC);
}
