/* Shared by `bpfvet run` and `bpfvet test`: inputs, value literals, map
 * snapshots, names of return codes. */
#ifndef BPFVET_VM_INPUT_H
#define BPFVET_VM_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "bpfvet/vm.h"

size_t parse_hex_bytes(const char *s, uint8_t *out, size_t max, int *bad);
int read_packet_file(const char *path, uint8_t *out, size_t max, size_t *len, char *why, size_t wsize);
/* A key or value of `size` bytes: 42, 0x2a, -1 (little-endian), [2a 00],
 * "text". */
int parse_value(const char *text, size_t size, uint8_t *out, char *why, size_t wsize);
/* Up to 8 bytes as a little-endian number, longer as [hex bytes]. */
void format_bytes(char *out, size_t size, const uint8_t *b, size_t n);

struct vm_snapshot;
struct vm_snapshot *snapshot_take(struct bv_vm *vm, const struct bv_object *obj);
void snapshot_free(struct vm_snapshot *s);
/* Call cb for each entry added (old NULL), changed, or removed (new NULL). */
void snapshot_diff(struct bv_vm *vm, const struct bv_object *obj, const struct vm_snapshot *before,
		   const struct vm_snapshot *after,
		   void (*cb)(void *ctx, const char *map, const char *key, const char *old, const char *new_),
		   void *ctx);

const char *retval_name(uint32_t prog_type, uint64_t v);
int retval_by_name(const char *s, uint64_t *v);

#endif
