/* bpfvet — the assembler: text in the kernel's own instruction syntax,
 * plus directives for programs, maps and license, to a BPF ELF object that
 * bpfvet, libbpf and llvm-objdump read.  This is how test cases are
 * written.
 *
 *   ; a comment (also //)          .license "GPL"
 *   .map counts hash key=4 value=8 entries=1024 [flags=N] [inner=NAME]
 *   .prog NAME SECTION             start a program (SECTION as for SEC())
 *   .func NAME                     start a subprogram (goes to .text)
 *   LABEL:                         a jump or call target
 *   r1 = map[counts]               LD_IMM64 of a map (map[counts][0]+8: value)
 *   call bpf_map_lookup_elem       helpers by name, "call NAME" for .func
 *   if r0 == 0x0 goto LABEL        labels or pc+N wherever offsets go
 *
 * Lines printed by `bpfvet disasm` or a kernel verifier log assemble as
 * they are ("12: (bf) r1 = r6"); their "; source" lines are comments. */
#ifndef BPFVET_ASM_H
#define BPFVET_ASM_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Assemble text into an ELF image (malloc'd).  name is used in messages. */
int bv_asm_text(const char *text, const char *name, uint8_t **elf, size_t *size,
		struct bv_error *err);
int bv_asm_file(const char *path, uint8_t **elf, size_t *size, struct bv_error *err);

/* Does a path look like assembler source (".s", ".asm", ".bpf.s")? */
int bv_asm_is_source(const char *path);

#ifdef __cplusplus
}
#endif
#endif
