// Open-coded iterators over kernel objects: a task's memory areas, all
// tasks or a task's threads, a cgroup's descendants and tasks, the slab
// caches.  Each kind's rules as this kernel has them (observed): which
// arguments must be trusted or RCU pointers, which kinds need an RCU
// section (task, css) and so hand out RCU pointers, which may sleep
// (kmem_cache), where css_task may be used.  The structs declare only
// the fields used; CO-RE relocates them.  Verdicts and level-2 logs are
// compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CORE __attribute__((preserve_access_index))
typedef unsigned long long u64;
typedef unsigned int u32;

struct kernfs_node { u64 id; } CORE;
struct cgroup_subsys_state { struct cgroup *cgroup; } CORE;
struct cgroup { struct kernfs_node *kn; int level; struct cgroup_subsys_state self; } CORE;
struct vm_area_struct { unsigned long vm_start; unsigned long vm_end; } CORE;
struct task_struct { int pid; int tgid; struct task_struct *group_leader; struct task_struct *real_parent; } CORE;
struct kmem_cache { const char *name; unsigned int size; } CORE;
struct seq_file;
struct bpf_iter_meta { struct seq_file *seq; u64 session_id; u64 seq_num; } CORE;
struct bpf_iter__cgroup { struct bpf_iter_meta *meta; struct cgroup *cgroup; } CORE;

struct bpf_iter_task_vma { __u64 __opaque[1]; } __attribute__((aligned(8)));
struct bpf_iter_task { __u64 __opaque[3]; } __attribute__((aligned(8)));
struct bpf_iter_css { __u64 __opaque[3]; } __attribute__((aligned(8)));
struct bpf_iter_css_task { __u64 __opaque[1]; } __attribute__((aligned(8)));
struct bpf_iter_kmem_cache { __u64 __opaque[1]; } __attribute__((aligned(8)));

extern int bpf_iter_task_vma_new(struct bpf_iter_task_vma *it, struct task_struct *task, u64 addr) __ksym;
extern struct vm_area_struct *bpf_iter_task_vma_next(struct bpf_iter_task_vma *it) __ksym;
extern void bpf_iter_task_vma_destroy(struct bpf_iter_task_vma *it) __ksym;
extern int bpf_iter_task_new(struct bpf_iter_task *it, struct task_struct *task, unsigned int flags) __ksym;
extern struct task_struct *bpf_iter_task_next(struct bpf_iter_task *it) __ksym;
extern void bpf_iter_task_destroy(struct bpf_iter_task *it) __ksym;
extern int bpf_iter_css_new(struct bpf_iter_css *it, struct cgroup_subsys_state *start, unsigned int flags) __ksym;
extern struct cgroup_subsys_state *bpf_iter_css_next(struct bpf_iter_css *it) __ksym;
extern void bpf_iter_css_destroy(struct bpf_iter_css *it) __ksym;
extern int bpf_iter_css_task_new(struct bpf_iter_css_task *it, struct cgroup_subsys_state *css, unsigned int flags) __ksym;
extern struct task_struct *bpf_iter_css_task_next(struct bpf_iter_css_task *it) __ksym;
extern void bpf_iter_css_task_destroy(struct bpf_iter_css_task *it) __ksym;
extern int bpf_iter_kmem_cache_new(struct bpf_iter_kmem_cache *it) __ksym;
extern struct kmem_cache *bpf_iter_kmem_cache_next(struct bpf_iter_kmem_cache *it) __ksym;
extern void bpf_iter_kmem_cache_destroy(struct bpf_iter_kmem_cache *it) __ksym;
extern struct cgroup *bpf_cgroup_from_id(u64 cgid) __ksym;
extern void bpf_cgroup_release(struct cgroup *p) __ksym;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;

char LICENSE[] SEC("license") = "GPL";
u64 count, total;
u64 cg_id;
struct bpf_iter_task gl_it;

SEC("raw_tp")
int vmas_of_current(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;
	struct vm_area_struct *v;

	bpf_iter_task_vma_new(&it, t, 0);
	while ((v = bpf_iter_task_vma_next(&it)))
		total += v->vm_end - v->vm_start;
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_not_destroyed(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;
	struct vm_area_struct *v;

	bpf_iter_task_vma_new(&it, t, 0);
	v = bpf_iter_task_vma_next(&it);
	if (v)
		total = v->vm_start;
	return 0;
}

SEC("raw_tp")
int vma_unchecked(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;
	struct vm_area_struct *v;

	bpf_iter_task_vma_new(&it, t, 0);
	v = bpf_iter_task_vma_next(&it);
	total = v->vm_start;
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_of_leader(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;
	struct vm_area_struct *v;

	bpf_iter_task_vma_new(&it, t->group_leader, 0);
	while ((v = bpf_iter_task_vma_next(&it)))
		count++;
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_of_parent(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;
	struct vm_area_struct *v;

	bpf_iter_task_vma_new(&it, t->real_parent, 0);
	while ((v = bpf_iter_task_vma_next(&it)))
		count++;
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("raw_tp")
int all_tasks(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_iter_task_new(&it, NULL, 2);
	while ((p = bpf_iter_task_next(&it)))
		if (p->pid == 1)
			count++;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("raw_tp")
int threads_of_current(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_iter_task_new(&it, bpf_get_current_task_btf(), 1);
	while ((p = bpf_iter_task_next(&it)))
		if (p->tgid == 1)
			count++;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("raw_tp")
int css_in_raw_tp(void *ctx)
{
	struct cgroup *cg = bpf_cgroup_from_id(cg_id);
	struct cgroup_subsys_state *pos;
	struct bpf_iter_css it;

	if (!cg)
		return 0;
	bpf_iter_css_new(&it, &cg->self, 1);
	while ((pos = bpf_iter_css_next(&it)))
		count += pos->cgroup->level;
	bpf_iter_css_destroy(&it);
	bpf_cgroup_release(cg);
	return 0;
}

SEC("raw_tp")
int css_task_in_raw_tp(void *ctx)
{
	struct cgroup *cg = bpf_cgroup_from_id(cg_id);
	struct bpf_iter_css_task it;
	struct task_struct *p;

	if (!cg)
		return 0;
	bpf_iter_css_task_new(&it, &cg->self, 1);
	while ((p = bpf_iter_css_task_next(&it)))
		count++;
	bpf_iter_css_task_destroy(&it);
	bpf_cgroup_release(cg);
	return 0;
}

SEC("iter/cgroup")
int css_task_in_iter(struct bpf_iter__cgroup *ctx)
{
	struct cgroup *cg = ctx->cgroup;
	struct bpf_iter_css_task it;
	struct task_struct *p;

	if (!cg)
		return 0;
	bpf_iter_css_task_new(&it, &cg->self, 1);
	while ((p = bpf_iter_css_task_next(&it)))
		count += p->pid;
	bpf_iter_css_task_destroy(&it);
	return 0;
}

SEC("syscall")
int task_no_rcu(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_iter_task_new(&it, NULL, 2);
	while ((p = bpf_iter_task_next(&it)))
		count++;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("syscall")
int task_rcu(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 2);
	while ((p = bpf_iter_task_next(&it)))
		count += p->pid;
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	return 0;
}

SEC("syscall")
int task_rcu_unlocked_inside(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 2);
	bpf_rcu_read_unlock();
	while ((p = bpf_iter_task_next(&it)))
		count++;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("syscall")
int css_task_syscall(void *ctx)
{
	struct cgroup *cg = bpf_cgroup_from_id(cg_id);
	struct bpf_iter_css_task it;
	struct task_struct *p;

	if (!cg)
		return 0;
	bpf_iter_css_task_new(&it, &cg->self, 1);
	while ((p = bpf_iter_css_task_next(&it)))
		count += p->pid;
	bpf_iter_css_task_destroy(&it);
	bpf_cgroup_release(cg);
	return 0;
}

SEC("syscall")
int kmem_caches(void *ctx)
{
	struct bpf_iter_kmem_cache it;
	struct kmem_cache *s;

	bpf_iter_kmem_cache_new(&it);
	while ((s = bpf_iter_kmem_cache_next(&it)))
		total += s->size;
	bpf_iter_kmem_cache_destroy(&it);
	return 0;
}

SEC("raw_tp")
int kmem_caches_raw_tp(void *ctx)
{
	struct bpf_iter_kmem_cache it;
	struct kmem_cache *s;

	bpf_iter_kmem_cache_new(&it);
	while ((s = bpf_iter_kmem_cache_next(&it)))
		total += s->size;
	bpf_iter_kmem_cache_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_twice_new(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it;

	bpf_iter_task_vma_new(&it, t, 0);
	bpf_iter_task_vma_new(&it, t, 0);
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("raw_tp")
int task_next_uninit(void *ctx)
{
	struct bpf_iter_task it;

	it.__opaque[0] = 0; it.__opaque[1] = 0; it.__opaque[2] = 0;
	if (bpf_iter_task_next(&it))
		count++;
	return 0;
}

SEC("raw_tp")
int task_of_parent(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_iter_task_new(&it, t->real_parent, 1);
	while ((p = bpf_iter_task_next(&it)))
		count++;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("syscall")
int unlock_then_destroy(void *ctx)
{
	struct bpf_iter_task it;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 2);
	bpf_rcu_read_unlock();
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("syscall")
int task_after_unlock(void *ctx)
{
	struct bpf_iter_task it;
	struct task_struct *p;

	bpf_rcu_read_lock();
	bpf_iter_task_new(&it, NULL, 2);
	p = bpf_iter_task_next(&it);
	bpf_iter_task_destroy(&it);
	bpf_rcu_read_unlock();
	if (p)
		count = p->pid;
	return 0;
}

SEC("syscall")
int css_walk(void *ctx)
{
	struct cgroup *cg = bpf_cgroup_from_id(cg_id);
	struct cgroup_subsys_state *pos;
	struct bpf_iter_css it;

	if (!cg)
		return 0;
	bpf_rcu_read_lock();
	bpf_iter_css_new(&it, &cg->self, 1);
	while ((pos = bpf_iter_css_next(&it)))
		count += pos->cgroup->level;
	bpf_iter_css_destroy(&it);
	bpf_rcu_read_unlock();
	bpf_cgroup_release(cg);
	return 0;
}

SEC("raw_tp")
int css_task_null_raw_tp(void *ctx)
{
	struct bpf_iter_css_task it;

	bpf_iter_css_task_new(&it, (void *)0, 1);
	bpf_iter_css_task_destroy(&it);
	return 0;
}

SEC("syscall")
int task_global_iter(void *ctx)
{
	bpf_iter_task_new(&gl_it, NULL, 2);
	bpf_iter_task_destroy(&gl_it);
	return 0;
}

SEC("raw_tp")
int task_global_iter_rcu(void *ctx)
{
	bpf_iter_task_new(&gl_it, NULL, 2);
	bpf_iter_task_destroy(&gl_it);
	return 0;
}

SEC("raw_tp")
int task_leader_untrusted(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task it;

	bpf_iter_task_new(&it, t->real_parent->real_parent, 1);
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_unaligned(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task_vma it[2];

	bpf_iter_task_vma_new((void *)it + 4, t, 0);
	bpf_iter_task_vma_destroy((void *)it + 4);
	return 0;
}

SEC("raw_tp")
int task_wrong_kind(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task it;

	bpf_iter_task_new(&it, NULL, 2);
	bpf_iter_task_vma_next((void *)&it);
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("raw_tp")
int task_overwrite(void *ctx)
{
	struct bpf_iter_task it;

	bpf_iter_task_new(&it, NULL, 2);
	it.__opaque[1] = 5;
	bpf_iter_task_destroy(&it);
	return 0;
}

SEC("raw_tp")
int vma_null_task(void *ctx)
{
	struct bpf_iter_task_vma it;

	bpf_iter_task_vma_new(&it, (void *)0, 0);
	bpf_iter_task_vma_destroy(&it);
	return 0;
}

SEC("syscall")
int task_order(void *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	struct bpf_iter_task it;

	bpf_iter_task_new(&it, t->real_parent->real_parent, 1);
	bpf_iter_task_destroy(&it);
	return 0;
}
