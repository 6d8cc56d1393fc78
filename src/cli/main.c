/* bpfvet: the command line.  Dispatches to one file per subcommand. */
#include <bpf/libbpf.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

#ifndef BPFVET_VERSION
#define BPFVET_VERSION "0.0.0"
#endif

static const char usage[] =
	"usage: bpfvet COMMAND [ARGS]\n"
	"\n"
	"Load, verify, explain and run eBPF programs in user space.\n"
	"\n"
	"commands:\n"
	"  info OBJ [--json]              programs, maps, license and BTF of an object\n"
	"  disasm OBJ [PROG]              instructions as the kernel's verifier log prints them\n"
	"  asm FILE.s -o OUT.o            assemble kernel-syntax source into a BPF object\n"
	"  check OBJ [PROG] [--log-level N] [--json] [--sarif FILE] [--unprivileged]\n"
	"                                 verify as the running kernel would, in user space,\n"
	"                                 and explain each rejection\n"
	"  explain LOG [--json]           explain a verifier log from elsewhere (file or -)\n"
	"  kernel OBJ [PROG] [--log-level N]\n"
	"                                 load into the running kernel: its verdict and log\n"
	"  run OBJ PROG [--packet FILE]   run a program in the VM: return value, packet, maps\n"
	"  test SPEC                      run a file of unit tests against a program\n"
	"\n"
	"OBJ is a clang-built BPF ELF object, or assembler source (.s), assembled first.\n"
	"PROG names a program by function name or section name.\n"
	"Common options: --btf FILE (CO-RE target, default /sys/kernel/btf/vmlinux),\n"
	"  --type TYPE (program type for sections whose name says none), --no-core,\n"
	"  --kconfig FILE (kernel config for __kconfig externs).\n"
	"\n"
	"exit status: 0 success, 1 a program was rejected, 2 bad usage or unreadable input.\n"
	"Run 'bpfvet COMMAND --help' for a command's options.\n";

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd;

	libbpf_set_print(quiet);
	if (argc < 2) {
		fputs(usage, stderr);
		return EXIT_USAGE;
	}
	cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		fputs(usage, stdout);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
		printf("bpfvet %s\n", BPFVET_VERSION);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "info"))
		return cmd_info(argc - 1, argv + 1);
	if (!strcmp(cmd, "disasm"))
		return cmd_disasm(argc - 1, argv + 1);
	if (!strcmp(cmd, "asm"))
		return cmd_asm(argc - 1, argv + 1);
	if (!strcmp(cmd, "check"))
		return cmd_check(argc - 1, argv + 1);
	if (!strcmp(cmd, "kernel"))
		return cmd_kernel(argc - 1, argv + 1);
	if (!strcmp(cmd, "explain"))
		return cmd_explain(argc - 1, argv + 1);
	if (!strcmp(cmd, "run"))
		return cmd_run(argc - 1, argv + 1);
	if (!strcmp(cmd, "test"))
		return cmd_test(argc - 1, argv + 1);
	fprintf(stderr, "bpfvet: unknown command '%s'\n\n%s", cmd, usage);
	return EXIT_USAGE;
}
