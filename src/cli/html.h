/* The HTML page of a rejection (bpfvet check --html FILE). */
#ifndef BPFVET_CLI_HTML_H
#define BPFVET_CLI_HTML_H

#include "bpfvet/explain.h"
#include "bpfvet/verify.h"

/* rec: the result of a verification with record_steps. */
int html_write(const char *path, const struct bv_prog *p, const struct bv_verify_result *rec,
	       const struct bv_diagnosis *d);

#endif
