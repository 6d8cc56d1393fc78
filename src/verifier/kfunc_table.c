/* What bpfvet knows of each kfunc it models beyond its BTF prototype: the
 * flags the kernel registers it with (acquire, release, may return NULL,
 * trusted or RCU arguments) and, for a few, a behaviour of their own.
 * Written from the kernel's documentation (kfuncs.rst, cpumasks.rst) and
 * checked against the running kernel by tests/bpf/kfuncs.bpf.c.  Which
 * program types may call a kfunc, and whether only sleepable ones may,
 * is observed (kfunc_allow.c). */
#include <stdlib.h>
#include <string.h>

#include "verifier/helper_allow.h"
#include "verifier/verifier.h"

static const struct kfunc_info table[] = {
	/* sorted by name: looked up by bsearch; the TCP congestion controls
	 * (tcp_*, cubictcp_*, bbr_*) are plain functions struct_ops programs
	 * call with their socket */
	{ "bbr_cwnd_event", 0, 0 },
	{ "bbr_init", 0, 0 },
	{ "bbr_main", 0, 0 },
	{ "bbr_min_tso_segs", 0, 0 },
	{ "bbr_set_state", 0, 0 },
	{ "bbr_sndbuf_expand", 0, 0 },
	{ "bbr_ssthresh", 0, 0 },
	{ "bbr_undo_cwnd", 0, 0 },
	/* arenas: the map by its __map argument; the address a number */
	{ "bpf_arena_alloc_pages", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_arena_free_pages", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_arena_reserve_pages", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_cast_to_kern_ctx", 0, KS_CAST_KERN_CTX },
	{ "bpf_cgroup_acquire", KFF_ACQUIRE | KFF_RCU | KFF_RET_NULL, 0 },
	{ "bpf_cgroup_ancestor", KFF_ACQUIRE | KFF_RCU | KFF_RET_NULL, 0 },
	{ "bpf_cgroup_from_id", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_cgroup_release", KFF_RELEASE, 0 },
	{ "bpf_copy_from_user_str", 0, 0 },
	{ "bpf_cpumask_acquire", KFF_ACQUIRE | KFF_TRUSTED_ARGS, 0 },
	{ "bpf_cpumask_and", KFF_RCU, 0 },
	{ "bpf_cpumask_any_and_distribute", KFF_RCU, 0 },
	{ "bpf_cpumask_any_distribute", KFF_RCU, 0 },
	{ "bpf_cpumask_clear", KFF_RCU, 0 },
	{ "bpf_cpumask_clear_cpu", KFF_RCU, 0 },
	{ "bpf_cpumask_copy", KFF_RCU, 0 },
	{ "bpf_cpumask_create", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_cpumask_empty", KFF_RCU, 0 },
	{ "bpf_cpumask_equal", KFF_RCU, 0 },
	{ "bpf_cpumask_first", KFF_RCU, 0 },
	{ "bpf_cpumask_first_and", KFF_RCU, 0 },
	{ "bpf_cpumask_first_zero", KFF_RCU, 0 },
	{ "bpf_cpumask_full", KFF_RCU, 0 },
	{ "bpf_cpumask_intersects", KFF_RCU, 0 },
	{ "bpf_cpumask_or", KFF_RCU, 0 },
	{ "bpf_cpumask_release", KFF_RELEASE, 0 },
	{ "bpf_cpumask_set_cpu", KFF_RCU, 0 },
	{ "bpf_cpumask_setall", KFF_RCU, 0 },
	{ "bpf_cpumask_subset", KFF_RCU, 0 },
	{ "bpf_cpumask_test_and_clear_cpu", KFF_RCU, 0 },
	{ "bpf_cpumask_test_and_set_cpu", KFF_RCU, 0 },
	{ "bpf_cpumask_test_cpu", KFF_RCU, 0 },
	{ "bpf_cpumask_weight", KFF_RCU, 0 },
	{ "bpf_cpumask_xor", KFF_RCU, 0 },
	/* conntrack (net/netfilter): an entry looked up or allocated holds a
	 * reference; an allocated one (nf_conn___init) is filled, then
	 * inserted, which releases it and returns the inserted entry */
	{ "bpf_crypto_ctx_acquire", KFF_ACQUIRE | KFF_RCU | KFF_RET_NULL, 0 },
	{ "bpf_crypto_ctx_create", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_crypto_ctx_release", KFF_RELEASE, 0 },
	{ "bpf_crypto_decrypt", KFF_RCU, 0 },
	{ "bpf_crypto_encrypt", KFF_RCU, 0 },
	{ "bpf_ct_change_status", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_ct_change_timeout", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_ct_insert_entry", KFF_ACQUIRE | KFF_RELEASE | KFF_RET_NULL, 0 },
	{ "bpf_ct_release", KFF_RELEASE, 0 },
	{ "bpf_ct_set_nat_info", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_ct_set_status", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_ct_set_timeout", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_fentry_test1", 0, 0 },
	/* fs/bpf_fs_kfuncs.c: for LSM programs only (kfunc_allowed); the
	 * xattr readers sleep */
	{ "bpf_get_dentry_xattr", 0, 0 },
	{ "bpf_get_file_xattr", 0, 0 },
	{ "bpf_get_task_exe_file", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	/* the open-coded iterators over kernel objects (bpf_iter_num and
	 * bpf_iter_bits have their own path in kfunc.c) */
	{ "bpf_iter_css_destroy", 0, KS_ITER },
	{ "bpf_iter_css_new", KFF_TRUSTED_ARGS | KFF_RCU_PROTECTED, KS_ITER },
	{ "bpf_iter_css_next", KFF_RET_NULL, KS_ITER },
	{ "bpf_iter_css_task_destroy", 0, KS_ITER },
	{ "bpf_iter_css_task_new", KFF_TRUSTED_ARGS, KS_ITER },
	{ "bpf_iter_css_task_next", KFF_RET_NULL, KS_ITER },
	{ "bpf_iter_dmabuf_destroy", 0, KS_ITER },
	{ "bpf_iter_dmabuf_new", 0, KS_ITER },
	{ "bpf_iter_dmabuf_next", KFF_RET_NULL, KS_ITER },
	{ "bpf_iter_kmem_cache_destroy", 0, KS_ITER },
	{ "bpf_iter_kmem_cache_new", 0, KS_ITER },
	{ "bpf_iter_kmem_cache_next", KFF_RET_NULL, KS_ITER },
	{ "bpf_iter_task_destroy", 0, KS_ITER },
	{ "bpf_iter_task_new", KFF_TRUSTED_ARGS | KFF_RCU_PROTECTED, KS_ITER },
	{ "bpf_iter_task_next", KFF_RET_NULL, KS_ITER },
	{ "bpf_iter_task_vma_destroy", 0, KS_ITER },
	{ "bpf_iter_task_vma_new", KFF_RCU, KS_ITER },
	{ "bpf_iter_task_vma_next", KFF_RET_NULL, KS_ITER },
	/* kernel/trace/bpf_trace.c: keyrings for signature checks, held by
	 * reference; the user keyring lookup sleeps */
	{ "bpf_key_put", KFF_RELEASE, 0 },
	/* net/bpf/test_run.c: releases the test struct a kptr holds */
	{ "bpf_kfunc_call_test_release", KFF_RELEASE, 0 },
	{ "bpf_list_back", KFF_RET_NULL, KS_LIST_PEEK },
	{ "bpf_list_front", KFF_RET_NULL, KS_LIST_PEEK },
	{ "bpf_list_pop_back", KFF_ACQUIRE | KFF_RET_NULL, KS_LIST_POP },
	{ "bpf_list_pop_front", KFF_ACQUIRE | KFF_RET_NULL, KS_LIST_POP },
	{ "bpf_list_push_back_impl", 0, KS_LIST_PUSH },
	{ "bpf_list_push_front_impl", 0, KS_LIST_PUSH },
	{ "bpf_lookup_system_key", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_lookup_user_key", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_map_sum_elem_count", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_modify_return_test", 0, 0 },
	{ "bpf_modify_return_test2", 0, 0 },
	{ "bpf_modify_return_test_tp", 0, 0 },
	{ "bpf_obj_drop_impl", KFF_RELEASE, KS_OBJ_DROP },
	{ "bpf_obj_new_impl", KFF_ACQUIRE | KFF_RET_NULL, KS_OBJ_NEW },
	{ "bpf_path_d_path", 0, 0 },
	{ "bpf_preempt_disable", 0, KS_PREEMPT_DISABLE },
	{ "bpf_preempt_enable", 0, KS_PREEMPT_ENABLE },
	{ "bpf_put_file", KFF_RELEASE, 0 },
	{ "bpf_rbtree_add_impl", 0, KS_RB_ADD },
	{ "bpf_rbtree_first", KFF_RET_NULL, KS_RB_FIRST },
	{ "bpf_rbtree_remove", KFF_ACQUIRE | KFF_RET_NULL, KS_RB_REMOVE },
	{ "bpf_rcu_read_lock", 0, KS_RCU_LOCK },
	{ "bpf_rcu_read_unlock", 0, KS_RCU_UNLOCK },
	{ "bpf_rdonly_cast", 0, KS_RDONLY_CAST },
	{ "bpf_refcount_acquire_impl", KFF_ACQUIRE | KFF_RET_NULL | KFF_TRUSTED_ARGS, KS_REFCOUNT_ACQUIRE },
	{ "bpf_session_cookie", KFF_RET_RDWR, 0 },
	{ "bpf_session_is_return", 0, 0 },
	/* the SYN cookie a tc program made: sk from bpf_skc_lookup_tcp(), the
	 * attributes a stack buffer with its size (attrs__sz) */
	{ "bpf_sk_assign_tcp_reqsk", 0, 0 },
	{ "bpf_skb_ct_alloc", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_skb_ct_lookup", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_sock_addr_set_sun_path", 0, 0 },
	{ "bpf_sock_destroy", KFF_TRUSTED_ARGS, 0 },
	{ "bpf_strcasecmp", 0, 0 },
	{ "bpf_strchr", 0, 0 },
	{ "bpf_strchrnul", 0, 0 },
	{ "bpf_strcmp", 0, 0 },
	{ "bpf_strcspn", 0, 0 },
	{ "bpf_strlen", 0, 0 },
	{ "bpf_strnchr", 0, 0 },
	{ "bpf_strnlen", 0, 0 },
	{ "bpf_strnstr", 0, 0 },
	{ "bpf_strrchr", 0, 0 },
	{ "bpf_strspn", 0, 0 },
	{ "bpf_strstr", 0, 0 },
	{ "bpf_task_acquire", KFF_ACQUIRE | KFF_RCU | KFF_RET_NULL, 0 },
	{ "bpf_task_from_pid", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_task_from_vpid", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_task_get_cgroup1", KFF_ACQUIRE | KFF_RCU | KFF_RET_NULL, 0 },
	{ "bpf_task_release", KFF_RELEASE, 0 },
	{ "bpf_task_under_cgroup", KFF_RCU, 0 },
	{ "bpf_throw", 0, KS_THROW },
	/* workqueues: struct bpf_wq in a map value; the callback runs later and may sleep */
	{ "bpf_wq_init", 0, 0 },
	{ "bpf_wq_set_callback_impl", 0, KS_WQ_CALLBACK },
	{ "bpf_wq_start", 0, 0 },
	{ "bpf_xdp_ct_alloc", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_xdp_ct_lookup", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	{ "bpf_xdp_get_xfrm_state", KFF_ACQUIRE | KFF_RET_NULL, 0 },
	/* XDP metadata: the driver's own code replaces the call, so the
	 * program must be loaded for one device (bpfvet never is) */
	{ "bpf_xdp_metadata_rx_hash", KFF_DEV_BOUND, 0 },
	{ "bpf_xdp_metadata_rx_timestamp", KFF_DEV_BOUND, 0 },
	{ "bpf_xdp_metadata_rx_vlan_tag", KFF_DEV_BOUND, 0 },
	{ "bpf_xdp_xfrm_state_release", KFF_RELEASE, 0 },
	{ "cubictcp_acked", 0, 0 },
	{ "cubictcp_cong_avoid", 0, 0 },
	{ "cubictcp_cwnd_event", 0, 0 },
	{ "cubictcp_init", 0, 0 },
	{ "cubictcp_recalc_ssthresh", 0, 0 },
	{ "cubictcp_state", 0, 0 },
	{ "tcp_cong_avoid_ai", 0, 0 },
	{ "tcp_reno_cong_avoid", 0, 0 },
	{ "tcp_reno_ssthresh", 0, 0 },
	{ "tcp_reno_undo_cwnd", 0, 0 },
	{ "tcp_slow_start", 0, 0 },
};

static int cmp_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct kfunc_info *)elem)->name);
}

const struct kfunc_info *kfunc_info(const char *name)
{
	return name ? bsearch(name, table, BV_ARRAY_SIZE(table), sizeof(table[0]), cmp_name) : NULL;
}

unsigned kfunc_flags(const struct venv *env, const struct kfunc_info *kf)
{
	return kf->flags | (env->default_trusted ? (unsigned)KFF_TRUSTED_ARGS : 0u);
}

bool kfunc_null_to_trusted(const struct venv *env, const struct reg_state *r)
{
	return env->default_trusted && reg_null_or_maybe(r);
}

static int cmp_str(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* For the tests: both name lists must stay sorted, or bsearch misses. */
bool kfunc_tables_sorted(void)
{
	for (size_t i = 1; i < BV_ARRAY_SIZE(table); i++)
		if (strcmp(table[i - 1].name, table[i].name) >= 0)
			return false;
	for (size_t i = 1; i < kfunc_allow_count; i++)
		if (strcmp(kfunc_allow_names[i - 1], kfunc_allow_names[i]) >= 0)
			return false;
	return true;
}

/* Whether this kernel registers name as a kfunc at all: its BTF tags every
 * kfunc of every set "bpf_kfunc"; a function without the tag (e.g.
 * bpf_verify_pkcs7_signature on a kernel built without signature checks)
 * is refused to every program. */
bool kfunc_registered(const char *name)
{
	return name && bsearch(name, kfunc_allow_names, kfunc_allow_count, sizeof(char *), cmp_str);
}

/* The file-system kfuncs, which LSM programs alone may call (a filter
 * refuses them to every other type, so the observed tracing row says
 * '.'): how an LSM program may call name ('a', 's' when sleepable, 'u'
 * for the xattr writers, which also depend on the hook and are not
 * modelled), 0 for any other kfunc. */
char kfunc_lsm_only(const char *name)
{
	static const struct {
		const char *name;
		char allow;
	} fs[] = { { "bpf_get_task_exe_file", 'a' }, { "bpf_put_file", 'a' },	       { "bpf_path_d_path", 'a' },
		   { "bpf_get_dentry_xattr", 's' },  { "bpf_get_file_xattr", 's' },    { "bpf_set_dentry_xattr", 'u' },
		   { "bpf_remove_dentry_xattr", 'u' } };

	for (size_t i = 0; name && i < BV_ARRAY_SIZE(fs); i++)
		if (!strcmp(fs[i].name, name))
			return fs[i].allow;
	return 0;
}

/* '.' the program may not call it, 'a' it may, 's' only when sleepable,
 * 'u' bpfvet has no row for this program type or does not know the name. */
char kfunc_allowed(const struct venv *env, const char *name)
{
	const struct helper_allow *any = NULL;
	const char *const *at;

	at = name ? bsearch(name, kfunc_allow_names, kfunc_allow_count, sizeof(*at), cmp_str) : NULL;
	if (!at)
		return 'u';
	/* LSM programs share the tracing programs' row, save the fs kfuncs */
	char lsm = env->prog_type == BV_PROG_LSM ? kfunc_lsm_only(name) : 0;

	if (lsm)
		return lsm;
	any = prog_allow_row(kfunc_allow, env);
	if (!any || (size_t)(at - kfunc_allow_names) >= strlen(any->ids))
		return 'u';
	return any->ids[at - kfunc_allow_names];
}
