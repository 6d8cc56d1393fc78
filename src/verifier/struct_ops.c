/* struct_ops programs: the kernel callback a program implements (which
 * members a kernel refuses, and the license it demands), and the fields
 * of the kernel's objects its arguments point to that it may write.  What
 * each kernel allows comes from struct_ops_table.c, observed on the
 * running kernel by tools/gen_struct_ops_table.c. */
#include <bpf/btf.h>
#include <linux/btf.h>
#include <stdio.h>
#include <string.h>

#include "verifier/verifier.h"

/* A struct_ops program: the callback it implements, as the kernel checks
 * it before verifying a single instruction.  Which members a kernel
 * refuses, and how it types their arguments, comes from
 * struct_ops_table.c, observed on the running kernel. */
int struct_ops_init(struct venv *env)
{
	const struct btf *btf = kernel_btf(env);
	const struct btf_type *st, *mt;
	const char *sname, *mname;
	uint32_t st_id, idx;
	char why[256];

	if (!env->gpl)
		return verr_prog(env, -EINVAL, "struct ops programs must have a GPL compatible license");
	if (!btf)
		return unsupported(env, "struct_ops programs need the kernel's BTF");
	if (bv_prog_struct_ops_target(env->prog, btf, &st_id, &idx, why, sizeof(why)))
		return unsupported(env, "%s", why);
	st = btf__type_by_id(btf, st_id);
	sname = btf__name_by_offset(btf, st->name_off);
	mname = btf__name_by_offset(btf, btf_members(st)[idx].name_off);
	mt = btf_skip_mods(btf, btf_members(st)[idx].type, NULL);
	mt = mt && btf_is_ptr(mt) ? btf_skip_mods(btf, mt->type, NULL) : NULL;
	if (!mt || !btf_is_func_proto(mt))
		return verr_prog(env, -EINVAL, "attach to invalid member %s(@idx %u) of struct %s", mname, idx, sname);
	for (const struct st_ops_member *m = st_ops_members; m->st; m++)
		if (!strcmp(m->st, sname) && !strcmp(m->member, mname))
			env->st_ops = m;
	if (!env->st_ops)
		return unsupported(env, "struct_ops %s.%s is not in bpfvet's table of this kernel", sname, mname);
	if (env->prog->sec.sleepable ? env->st_ops->err_sleepable : env->st_ops->err)
		return verr_prog(env, -EINVAL, "%s", env->prog->sec.sleepable ? env->st_ops->err_sleepable : env->st_ops->err);
	env->attach_proto = mt;
	env->attach_name = env->st_ops->member;
	env->attach_type = idx; /* the kernel's expected_attach_type: the member */
	env->st_ops_void = !mt->type;
	return 0;
}

/* A message of st_ops_writes with its placeholders filled. */
static int write_refused(struct venv *env, const char *tmpl, int off, int size, uint32_t end)
{
	char out[256];
	size_t o = 0;

	while (*tmpl && o + 24 < sizeof(out)) {
		if (!strncmp(tmpl, "{off}", 5)) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%d", off);
			tmpl += 5;
		} else if (!strncmp(tmpl, "{size}", 6)) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%d", size);
			tmpl += 6;
		} else if (!strncmp(tmpl, "{end}", 5)) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%u", end);
			tmpl += 5;
		} else {
			out[o++] = *tmpl++;
		}
	}
	out[o] = 0;
	return verr(env, -EACCES, "%s", out);
}

/* A store through a BTF pointer in a struct_ops program: the struct_ops
 * type decides, field by field, as the kernel's ops do for it. */
int struct_ops_write(struct venv *env, const char *type, int off, int size)
{
	const struct st_ops_write *msgs = NULL, *range = NULL;
	uint32_t o = (uint32_t)off;

	for (const struct st_ops_write *w = env->st_ops ? st_ops_writes : NULL; w && w->st; w++) {
		if (strcmp(w->st, env->st_ops->st) || strcmp(w->type, type))
			continue;
		if (!w->end)
			msgs = w;
		else if (o == w->start || (w->inner && o > w->start && o < w->end)) {
			if (o + (uint32_t)size <= w->end)
				return 0;
			range = w;
		}
	}
	if (range && msgs && msgs->beyond)
		return write_refused(env, msgs->beyond, off, size, range->end);
	if (msgs && (msgs->deny || msgs->beyond))
		return write_refused(env, msgs->deny ? msgs->deny : msgs->beyond, off, size, 0);
	return verr(env, -EACCES, "only read is supported");
}
