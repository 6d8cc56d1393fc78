/* When the kernel refuses the object's BTF, the loader goes on without it
 * (libbpf: "BTF is optional, ignoring"), and rejections follow that have
 * nothing to do with the C they point at: a map declared the BTF way "has
 * to have BTF in order to use bpf_spin_lock", a function "without BTF"
 * may not tail-call.  Their cause is the line the kernel logged for the
 * BTF (object/btf_check.c finds it), and so is their fix. */
#include <stdio.h>
#include <string.h>

#include "explain/diag.h"
#include "object/obj_internal.h"

void bv_btf_refusal_fix(const struct bv_object *obj, char *out, size_t size)
{
	const char *refusal = obj->btf_refusal ? obj->btf_refusal : "";
	char fn[128];
	unsigned id, proto, arg;
	struct btf_misplaced m;

	if (sscanf(refusal, "[%u] FUNC %127s type_id=%u Invalid arg#%u", &id, fn, &proto, &arg) == 4)
		snprintf(out, size,
			 "Argument %u of %s() has no name in the object's BTF (clang leaves the names out for a "
			 "naked function): declare it `%s(void)` and read the argument from its register (r%u).",
			 arg, fn, fn, arg);
	else if (strstr(refusal, "Linkage not supported"))
		snprintf(out, size,
			 "An extern variable that is neither __kconfig nor __ksym stays extern in the BTF: define it "
			 "in this object, or link the objects into one (bpftool gen object) before loading.");
	else if (btf_misplaced_var(obj, &m))
		snprintf(out, size,
			 "Declare %s without `static`: clang 14 lists %s under '%s' in BTF but put it in '%s', a "
			 "section of merged constants, so its offset there is wrong; a global `const` goes to '%s' "
			 "itself (clang 19 names the section it uses).",
			 m.vars, m.var, m.datasec, m.real_sec, m.datasec);
	else
		snprintf(out, size, "Load the object with a loader that lays its BTF out as libbpf does.");
}

/* The messages a load without BTF brings. */
static int needs_btf(const char *msg)
{
	return strstr(msg, "has to have BTF") || strstr(msg, "without BTF") || strstr(msg, "requires prog BTF") ||
	       strstr(msg, "missing btf func_info");
}

/* Once a diagnosis is made: put the refused BTF first where it is the
 * cause. */
void diag_btf_refused(struct ctx *c)
{
	char fix[sizeof(c->d->fix)];

	if (!c->obj->btf_refusal || !needs_btf(c->msg))
		return;
	/* what the diagnosis said of the declaration is not the cause */
	c->d->why[0] = '\0';
	WHY(c, "The kernel refuses this object's BTF (`%s`), so the loader went on without it: maps are created "
	       "without the types of their keys and values, functions have no BTF, and this instruction needs them.",
	    c->obj->btf_refusal);
	bv_btf_refusal_fix(c->obj, fix, sizeof(fix));
	c->d->fix[0] = '\0';
	FIX(c, "%s The declaration the message points at is right as it is.", fix);
}
