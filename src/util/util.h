/* Small shared utilities: growable buffers and arrays, file reading. */
#ifndef BPFVET_UTIL_H
#define BPFVET_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "bpfvet/error.h"

struct bv_buf {
	char *data;      /* always NUL-terminated when non-NULL */
	size_t len, cap;
	int oom;         /* an append failed; the buffer is truncated */
};

int bv_buf_append(struct bv_buf *b, const void *data, size_t len);
int bv_buf_puts(struct bv_buf *b, const char *s);
int bv_buf_printf(struct bv_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int bv_buf_vprintf(struct bv_buf *b, const char *fmt, va_list ap);
/* Pad with zero bytes up to a multiple of align. */
int bv_buf_align(struct bv_buf *b, size_t align);
void bv_buf_free(struct bv_buf *b);

/* Make room for at least `need` elements of `elem` bytes in *arr. */
int bv_grow(void *arr, size_t *cap, size_t need, size_t elem);

char *bv_strdup(const char *s);
char *bv_strndup(const char *s, size_t n);

/* Read a whole file; refuses files larger than max_size. */
int bv_read_file(const char *path, size_t max_size, uint8_t **data, size_t *size,
		 struct bv_error *err);

#define BV_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
