/* Growable byte buffers and arrays, and reading files whole. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/util.h"

int bv_grow(void *arrp, size_t *cap, size_t need, size_t elem)
{
	void **arr = arrp;
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / elem)
			return -ENOMEM;
		ncap *= 2;
	}
	p = realloc(*arr, ncap * elem);
	if (!p)
		return -ENOMEM;
	memset((char *)p + *cap * elem, 0, (ncap - *cap) * elem);
	*arr = p;
	*cap = ncap;
	return 0;
}

int bv_buf_append(struct bv_buf *b, const void *data, size_t len)
{
	if (b->oom)
		return -ENOMEM;
	if (len > SIZE_MAX - b->len - 1 || bv_grow(&b->data, &b->cap, b->len + len + 1, 1)) {
		b->oom = 1;
		return -ENOMEM;
	}
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int bv_buf_puts(struct bv_buf *b, const char *s)
{
	return bv_buf_append(b, s, strlen(s));
}

int bv_buf_vprintf(struct bv_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return -EINVAL;
	if (b->oom || bv_grow(&b->data, &b->cap, b->len + (size_t)n + 1, 1)) {
		b->oom = 1;
		return -ENOMEM;
	}
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int bv_buf_printf(struct bv_buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bv_buf_vprintf(b, fmt, ap);
	va_end(ap);
	return r;
}

int bv_buf_align(struct bv_buf *b, size_t align)
{
	static const char zeros[16];

	while (b->len % align)
		if (bv_buf_append(b, zeros, align - b->len % align > 16 ? 16 : align - b->len % align))
			return -ENOMEM;
	return 0;
}

void bv_buf_free(struct bv_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof(*b));
}

char *bv_strdup(const char *s)
{
	return s ? bv_strndup(s, strlen(s)) : NULL;
}

char *bv_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int bv_read_file(const char *path, size_t max_size, uint8_t **data, size_t *size,
		 struct bv_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	uint8_t *buf = NULL;
	size_t cap = 0, len = 0;

	if (!f)
		return bv_error_set(err, -errno, "%s: %s", path, strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		return bv_error_set(err, -EISDIR, "%s: is a directory", path);
	}
	for (;;) {
		size_t n;

		if (bv_grow(&buf, &cap, len + 65536, 1)) {
			fclose(f);
			free(buf);
			return bv_error_set(err, -ENOMEM, "%s: out of memory", path);
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (len > max_size) {
			fclose(f);
			free(buf);
			return bv_error_set(err, -EFBIG, "%s: larger than %zu bytes", path, max_size);
		}
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		free(buf);
		return bv_error_set(err, -EIO, "%s: read error: %s", path, strerror(e));
	}
	fclose(f);
	*data = buf;
	*size = len;
	return 0;
}
