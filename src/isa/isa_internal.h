/* Shared between the files of src/isa: not part of the public API. */
#ifndef BPFVET_ISA_INTERNAL_H
#define BPFVET_ISA_INTERNAL_H

#include "bpfvet/insn.h"

unsigned bv_form_rfc_unused(const struct bv_form *f);

#endif
