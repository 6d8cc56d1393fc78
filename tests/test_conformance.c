/* The public bpf_conformance suite (../shared/conformance) through the VM:
 * every case of tests/ must give its expected r0; every case of negative/
 * must be refused (by the assembler, by the VM, or by giving a result other
 * than the one it lists).  Skipped when the data is absent. */
#include <dirent.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/vm.h"
#include "check.h"
#include "conf_asm.h"
#include "util/util.h"

struct tcase {
	char *asm_text, *raw, *mem, *result;
	int has_error, has_result;
};

static void parse_case(char *text, struct tcase *c)
{
	char **cur = NULL;
	struct bv_buf bufs[4] = { { 0 } };
	char *save = NULL;

	memset(c, 0, sizeof(*c));
	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		int which = -1;

		if (!strncmp(l, "-- ", 3)) {
			const char *s = l + 3;

			cur = NULL;
			if (!strcmp(s, "asm")) which = 0;
			else if (!strcmp(s, "raw")) which = 1;
			else if (!strcmp(s, "mem")) which = 2;
			else if (!strcmp(s, "result")) which = 3, c->has_result = 1;
			else if (!strncmp(s, "error", 5)) c->has_error = 1;
			if (which >= 0)
				cur = (char **)(uintptr_t)(which + 1);
			continue;
		}
		if (l[0] == '#' || !cur)
			continue;
		bv_buf_puts(&bufs[(uintptr_t)cur - 1], l);
		bv_buf_puts(&bufs[(uintptr_t)cur - 1], "\n");
	}
	c->asm_text = bufs[0].data;
	c->raw = bufs[1].data;
	c->mem = bufs[2].data;
	c->result = bufs[3].data;
}

static size_t hex_bytes(const char *s, uint8_t *out, size_t max)
{
	size_t n = 0;

	while (s && *s && n < max) {
		unsigned v;
		int k;

		while (*s == ' ' || *s == '\n' || *s == '\t')
			s++;
		/* a whole instruction as one little-endian 64-bit number */
		if (s[0] == '0' && s[1] == 'x' && n + 8 <= max) {
			unsigned long long w;

			if (sscanf(s, "%llx%n", &w, &k) != 1)
				break;
			for (int b = 0; b < 8; b++)
				out[n++] = (uint8_t)(w >> (8 * b));
			s += k;
			continue;
		}
		if (!*s || sscanf(s, "%2x%n", &v, &k) != 1)
			break;
		out[n++] = (uint8_t)v;
		s += k;
	}
	return n;
}

static const char *plugin;

/* Run through the plugin program the way bpf_conformance's runner does:
 * memory as hex in argv[1], the program as hex on stdin, r0 in hex out. */
static int run_plugin(const struct bv_insn *insns, size_t n, const uint8_t *mem, size_t mlen,
		      uint64_t *r0, char *why, size_t wsize)
{
	char prog_path[] = "/tmp/bpfvet-conf-XXXXXX", cmd[16384], out[512] = "";
	struct bv_buf memhex = { 0 };
	uint8_t *bytes = malloc(n * 8 + 1);
	FILE *f, *p;
	int fd, status;

	fd = mkstemp(prog_path);
	if (fd < 0 || !bytes)
		return -1;
	f = fdopen(fd, "w");
	bv_insn_to_bytes(bytes, insns, n);
	for (size_t i = 0; i < n * 8; i++)
		fprintf(f, "%02x  ", bytes[i]);
	fprintf(f, "\n");
	fclose(f);
	free(bytes);
	for (size_t i = 0; i < mlen; i++)
		bv_buf_printf(&memhex, "%02x  ", mem[i]);
	snprintf(cmd, sizeof(cmd), "'%s' '%s' '' < %s", plugin, memhex.data ? memhex.data : "", prog_path);
	bv_buf_free(&memhex);
	p = popen(cmd, "r");
	if (!p) {
		unlink(prog_path);
		return -1;
	}
	if (!fgets(out, sizeof(out), p))
		out[0] = 0;
	status = pclose(p);
	unlink(prog_path);
	if (status != 0) {
		snprintf(why, wsize, "%s", out);
		return 1;
	}
	*r0 = strtoull(out, NULL, 16);
	return 0;
}

/* 0 ran with a result, 1 refused (assembler or VM), -1 internal error */
static int run_case(const struct tcase *c, uint64_t *r0, char *why, size_t wsize)
{
	struct bv_insn *insns = NULL;
	size_t n = 0;
	uint8_t mem[4096];
	size_t mlen = hex_bytes(c->mem, mem, sizeof(mem));
	struct bv_vm_result res;
	struct bv_error err = { 0 };
	int rc;

	if (c->raw) {
		uint8_t code[8192];
		size_t bytes = hex_bytes(c->raw, code, sizeof(code));

		n = bytes / 8;
		insns = calloc(n + 1, sizeof(*insns));
		if (!insns)
			return -1;
		bv_insn_from_bytes(insns, code, n);
	} else if (c->asm_text) {
		if (conf_assemble(c->asm_text, &insns, &n, why, wsize))
			return 1;
	} else {
		snprintf(why, wsize, "no program");
		return 1;
	}
	if (!n) {
		free(insns);
		snprintf(why, wsize, "empty program");
		return 1;
	}
	if (plugin) {
		rc = run_plugin(insns, n, mem, mlen, r0, why, wsize);
		free(insns);
		return rc;
	}
	rc = bv_vm_run_insns(insns, n, mlen ? mem : NULL, mlen, NULL, &res, &err);
	free(insns);
	if (rc) {
		snprintf(why, wsize, "%.400s", err.msg);
		return 1;
	}
	if (res.status != BV_VM_OK) {
		snprintf(why, wsize, "%s at insn %zu", res.message, res.fault_insn);
		bv_vm_result_free(&res);
		return 1;
	}
	*r0 = res.retval;
	bv_vm_result_free(&res);
	return 0;
}

static int run_dir(const char *dir, int negative, int *total)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int failed = 0;

	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		char path[4096], why[512] = "";
		struct bv_error err = { 0 };
		uint8_t *text;
		size_t len;
		struct tcase c;
		uint64_t r0 = 0, want = 0;
		int rc;

		if (!strstr(e->d_name, ".data"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (bv_read_file(path, 1 << 20, &text, &len, &err))
			continue;
		text = realloc(text, len + 1);
		text[len] = 0;
		parse_case((char *)text, &c);
		(*total)++;
		rc = run_case(&c, &r0, why, sizeof(why));
		if (c.result)
			want = strtoull(c.result, NULL, 0);
		if (!negative) {
			if (c.has_error)
				CHECK(rc == 1, "%s: should be refused, returned %#llx", e->d_name, (unsigned long long)r0);
			else
				CHECK(rc == 0 && r0 == want, "%s: %s%#llx, expected %#llx", e->d_name,
				      rc ? why : "returned ", (unsigned long long)r0, (unsigned long long)want);
		} else {
			int refused = rc == 1 || (rc == 0 && c.has_result && r0 != want);

			CHECK(refused, "%s: a negative case ran and returned %#llx", e->d_name, (unsigned long long)r0);
		}
		failed += check_failed;
		free(c.asm_text);
		free(c.raw);
		free(c.mem);
		free(c.result);
		free(text);
	}
	closedir(d);
	return failed;
}

int main(int argc, char **argv)
{
	char tests[4096], neg[4096];
	int total = 0, ntotal = 0;

	if (argc < 2)
		return check_skip("test_conformance", "usage: test_conformance CONFORMANCE_DIR [PLUGIN]");
	if (argc > 2)
		plugin = argv[2];
	snprintf(tests, sizeof(tests), "%s/tests", argv[1]);
	snprintf(neg, sizeof(neg), "%s/negative", argv[1]);
	if (run_dir(tests, 0, &total) < 0)
		return check_skip("test_conformance", "no conformance data (../shared/conformance absent)");
	run_dir(neg, 1, &ntotal);
	printf("test_conformance: %d cases, %d negative cases\n", total, ntotal);
	return check_done("test_conformance");
}
