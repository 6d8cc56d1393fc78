/* The interpreter, in two instantiations of interp_body.h: without and
 * with run-time memory checks.  Threaded dispatch needs GCC's labels as
 * values (also in clang); this file is the only place that uses them. */
#include <stdint.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "vm/vm_internal.h"

#pragma GCC diagnostic ignored "-Wpedantic"

#define CHECKED 0
#define INTERP vm_interp_fast
#include "vm/interp_body.h"
#undef CHECKED
#undef INTERP

#define CHECKED 1
#define INTERP vm_interp_checked
#include "vm/interp_body.h"
#undef CHECKED
#undef INTERP

const void *const *vm_interp_labels(int checked)
{
	const void *const *labels = NULL;

	if (checked)
		vm_interp_checked(NULL, NULL, NULL, NULL, &labels);
	else
		vm_interp_fast(NULL, NULL, NULL, NULL, &labels);
	return labels;
}
