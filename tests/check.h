/* A minimal test harness: CHECK records a failure with its location and
 * carries on; check_done() prints a summary and gives the exit status.
 * Exit 77 means "skipped" (CTest's SKIP_RETURN_CODE). */
#ifndef BPFVET_CHECK_H
#define BPFVET_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failed, check_passed;

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		if (cond) {                                                    \
			check_passed++;                                        \
		} else {                                                       \
			check_failed++;                                        \
			fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, \
				__LINE__, #cond);                              \
			fprintf(stderr, __VA_ARGS__);                          \
			fputc('\n', stderr);                                   \
		}                                                              \
	} while (0)

#define CHECK_STR(a, b)                                                        \
	CHECK(strcmp((a), (b)) == 0, "got \"%s\", expected \"%s\"", (a), (b))

#define CHECK_INT(a, b)                                                        \
	CHECK((long long)(a) == (long long)(b), "got %lld, expected %lld",     \
	      (long long)(a), (long long)(b))

static inline int check_done(const char *name)
{
	printf("%s: %d checks passed, %d failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

static inline int check_skip(const char *name, const char *why)
{
	printf("%s: SKIPPED: %s\n", name, why);
	return 77;
}

#endif
