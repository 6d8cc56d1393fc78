/* Error records: formatting messages into the caller's struct bv_error. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "bpfvet/error.h"

int bv_error_set(struct bv_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

void bv_error_prefix(struct bv_error *err, const char *fmt, ...)
{
	char prefix[BV_ERROR_MSG_MAX];
	size_t pl, ol, room;
	va_list ap;

	if (!err)
		return;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	pl = strlen(prefix);
	if (pl > sizeof(err->msg) - 3)
		pl = sizeof(err->msg) - 3;
	room = sizeof(err->msg) - 1 - pl - 2;
	ol = strnlen(err->msg, sizeof(err->msg) - 1);
	if (ol > room)
		ol = room;
	memmove(err->msg + pl + 2, err->msg, ol);
	memcpy(err->msg, prefix, pl);
	err->msg[pl] = ':';
	err->msg[pl + 1] = ' ';
	err->msg[pl + 2 + ol] = '\0';
}

void bv_error_clear(struct bv_error *err)
{
	if (!err)
		return;
	err->code = 0;
	err->msg[0] = '\0';
}
