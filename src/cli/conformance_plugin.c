/* bpfvet-conformance-plugin: the VM as a plugin of the bpf_conformance
 * suite's own runner.  The program arrives as hex bytes on stdin, the
 * memory it gets (pointer in r1, length in r2) as hex bytes in argv[1]; r0
 * is printed in hex.  A program the VM refuses exits 1 with the reason.
 *
 *   bpf_conformance_runner --test_file_directory tests \
 *       --plugin_path build/bpfvet-conformance-plugin
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/vm.h"

static size_t parse_hex(const char *s, uint8_t *out, size_t max)
{
	size_t n = 0;

	while (*s && n < max) {
		int hi, lo;

		while (*s && !isxdigit((unsigned char)*s))
			s++;
		if (!s[0] || !isxdigit((unsigned char)s[1]))
			break;
		hi = isdigit((unsigned char)s[0]) ? s[0] - '0' : (tolower((unsigned char)s[0]) - 'a' + 10);
		lo = isdigit((unsigned char)s[1]) ? s[1] - '0' : (tolower((unsigned char)s[1]) - 'a' + 10);
		out[n++] = (uint8_t)(hi << 4 | lo);
		s += 2;
	}
	return n;
}

int main(int argc, char **argv)
{
	static uint8_t code[1 << 20], mem[1 << 16];
	static char text[3 << 20];
	size_t tlen = 0, n, mlen = 0;
	struct bv_insn *insns;
	struct bv_vm_result res;
	struct bv_error err = { 0 };
	size_t r;

	if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		puts("usage: bpfvet-conformance-plugin [MEMORY_HEX] < PROGRAM_HEX");
		return 0;
	}
	while ((r = fread(text + tlen, 1, sizeof(text) - 1 - tlen, stdin)) > 0)
		tlen += r;
	text[tlen] = 0;
	n = parse_hex(text, code, sizeof(code)) / 8;
	if (argc > 1)
		mlen = parse_hex(argv[1], mem, sizeof(mem));
	if (!n) {
		printf("no instructions\n");
		return 1;
	}
	insns = calloc(n, sizeof(*insns));
	if (!insns)
		return 1;
	bv_insn_from_bytes(insns, code, n);
	if (bv_vm_run_insns(insns, n, mlen ? mem : NULL, mlen, NULL, &res, &err)) {
		printf("%s\n", err.msg);
		free(insns);
		return 1;
	}
	free(insns);
	if (res.status != BV_VM_OK) {
		printf("%s at instruction %zu\n", res.message, res.fault_insn);
		bv_vm_result_free(&res);
		return 1;
	}
	printf("%llx\n", (unsigned long long)res.retval);
	bv_vm_result_free(&res);
	return 0;
}
