// Kernel variables and symbols named with __ksym.  A typed one (a per-CPU
// variable in the kernel's BTF) needs its address from kallsyms too, and a
// kernel built without CONFIG_KALLSYMS_ALL has none for variables: the load
// fails before verification.  A typeless one (`const void`) is an address
// libbpf reads from /proc/kallsyms, a plain number; a weak one the kernel
// lacks is 0.  Verdicts and level-2 logs are compared with the kernel's.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rq { int cpu; } __attribute__((preserve_access_index));

extern const int bpf_prog_active __ksym;
extern const struct rq runqueues __ksym;
extern const void bpf_prog_put __ksym;            /* a function: kallsyms has it */
extern const int bpfvet_no_such_var __ksym __weak;
extern const void bpfvet_no_such_sym __ksym __weak;

long out;

/* bpf_this_cpu_ptr() on a per-CPU int */
SEC("raw_tp/sys_enter")
int ksym_this_cpu(void *ctx)
{
	const int *active = bpf_this_cpu_ptr(&bpf_prog_active);

	out = *active;
	return 0;
}

/* bpf_per_cpu_ptr() on a per-CPU struct, the NULL case checked */
SEC("raw_tp/sys_enter")
int ksym_per_cpu(void *ctx)
{
	const struct rq *rq = bpf_per_cpu_ptr(&runqueues, 0);

	if (rq)
		out = rq->cpu;
	return 0;
}

/* the address of a kernel function, as a number */
SEC("raw_tp/sys_enter")
int ksym_typeless(void *ctx)
{
	out = (long)&bpf_prog_put;
	return 0;
}

/* weak symbols this kernel lacks are NULL */
SEC("raw_tp/sys_enter")
int ksym_weak_missing(void *ctx)
{
	if (&bpfvet_no_such_var || &bpfvet_no_such_sym)
		out = 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
