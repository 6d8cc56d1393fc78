/* The bpf_conformance test data's assembler syntax, for the test suite. */
#ifndef BPFVET_CONF_ASM_H
#define BPFVET_CONF_ASM_H

#include <stddef.h>

#include "bpfvet/insn.h"

/* Assemble text; *out is malloc'd.  On error, a message in err. */
int conf_assemble(const char *text, struct bv_insn **out, size_t *n, char *err, size_t err_size);

#endif
