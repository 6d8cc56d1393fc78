/* SARIF 2.1.0 output of rejections (bpfvet check --sarif FILE). */
#ifndef BPFVET_CLI_SARIF_H
#define BPFVET_CLI_SARIF_H

#include "bpfvet/explain.h"
#include "bpfvet/verify.h"

struct sarif;

struct sarif *sarif_open(const char *path);
void sarif_result(struct sarif *s, const struct bv_prog *p, const struct bv_verify_result *r,
		  const struct bv_diagnosis *d);
int sarif_close(struct sarif *s);

#endif
