/* bpfvet — the helper table: every BPF helper the kernel knows, by id.
 *
 * One table serves the disassembler (names in `call bpf_map_lookup_elem#1`),
 * the assembler (calls by name), the verifier (argument and return kinds)
 * and the VM (implementations are looked up by id). */
#ifndef BPFVET_HELPERS_H
#define BPFVET_HELPERS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bv_helper {
	int32_t id;
	const char *name;   /* without the bpf_ prefix: "map_lookup_elem" */
};

/* The helper with this id, or NULL when the kernel has none. */
const struct bv_helper *bv_helper_by_id(int32_t id);
/* By name, with or without the "bpf_" prefix. */
const struct bv_helper *bv_helper_by_name(const char *name);
/* Highest helper id known. */
int32_t bv_helper_max_id(void);

#ifdef __cplusplus
}
#endif
#endif
