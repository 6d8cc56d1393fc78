/* bpfvet — error records.
 *
 * Every fallible function returns 0 (or a count) on success and a negative
 * errno on failure, and fills a struct bv_error the caller owns with a
 * message that names the file, section and offset where that is known. */
#ifndef BPFVET_ERROR_H
#define BPFVET_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BV_ERROR_MSG_MAX 1024

struct bv_error {
	int code;                     /* negative errno, 0 when no error */
	char msg[BV_ERROR_MSG_MAX];   /* human text, no trailing newline */
};

/* Record an error and return code (negative errno).  err may be NULL. */
int bv_error_set(struct bv_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Prefix the message already in err with "prefix: ". */
void bv_error_prefix(struct bv_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void bv_error_clear(struct bv_error *err);

#ifdef __cplusplus
}
#endif
#endif
