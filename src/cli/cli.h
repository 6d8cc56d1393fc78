/* Shared by the bpfvet subcommands. */
#ifndef BPFVET_CLI_H
#define BPFVET_CLI_H

#include <stdio.h>

#include "bpfvet/object.h"

/* Exit codes, documented in --help and README. */
enum { EXIT_OK = 0, EXIT_REJECTED = 1, EXIT_USAGE = 2 };

struct cli_common {
	const char *btf_path;
	const char *kconfig_path;
	const char *type;       /* --type for sections with no known name */
	int no_core;
	int json;
	int color;
};

/* Open OBJ (an ELF object, or assembler source which is assembled first).
 * Prints the error and returns NULL on failure. */
struct bv_object *cli_open(const char *path, const struct cli_common *c);

/* Handle an option shared by every command; returns the number of argv
 * entries consumed (0 if not a common option, -1 on error). */
int cli_common_opt(struct cli_common *c, int argc, char **argv, int i);

/* Select programs: all, or the one named (by function or section name).
 * Returns the count written to out (array of n_progs entries), or -1 after
 * printing an error. */
int cli_select(const struct bv_object *obj, const char *name, const struct bv_prog **out);

void cli_json_str(FILE *f, const char *s);
void cli_note_btf_refusal(const struct bv_object *obj);
struct bv_diagnosis;
void cli_print_diag_text(const struct bv_diagnosis *d);
void cli_print_diag_json(const struct bv_diagnosis *d);   /* ,"diagnosis":{...} */

int cmd_info(int argc, char **argv);
int cmd_disasm(int argc, char **argv);
int cmd_asm(int argc, char **argv);
int cmd_kernel(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_test(int argc, char **argv);

#endif
