/* `bpfvet disasm` against the kernel's own log, on real programs: for every
 * program of every object given (files, or directories searched for *.o),
 * load it with log_level 2 and compare
 *   - each line of the kernel's "Live regs before insn" listing (every
 *     instruction of the program) with our disassembly of that index, and
 *   - each "; source @ file:line" line of the trace with our line info for
 *     the instruction that follows it.
 * LD_IMM64s of maps are the one place we print a name where the kernel
 * prints an address only it knows; those compare on the opcode. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bpfvet/kernel.h"
#include "bpfvet/object.h"
#include "check.h"
#include "test_util.h"

static long programs, insns_compared, lines_compared, skipped;

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

/* Copy one log line out: sscanf on the whole multi-megabyte log would
 * measure its length on every call. */
static const char *next_line(const char *s, char *line, size_t size)
{
	const char *e = strchr(s, '\n');
	size_t n = e ? (size_t)(e - s) : strlen(s);

	if (n >= size)
		n = size - 1;
	memcpy(line, s, n);
	line[n] = 0;
	return e ? e + 1 : NULL;
}

static void compare_listing(const struct bv_prog *p, const char *log)
{
	struct bv_disasm_names names = bv_prog_disasm_names(p);
	const char *s = strstr(log, "Live regs before insn:");
	char line[1024];

	if (s)
		s = next_line(s, line, sizeof(line));
	while (s) {
		long idx;
		char text[512], ours[512];
		const char *col;

		s = next_line(s, line, sizeof(line));
		/* listing lines are indented; the trace that follows is not */
		if (line[0] != ' ' || listing_index(line, &idx))
			break;
		col = strstr(line, ": ");
		col = col ? strchr(col + 2, ' ') : NULL;
		if (!col || sscanf(col + 1, "%511[^\n]", text) != 1 || idx < 0 || (size_t)idx >= p->n_insns)
			break;
		bv_insn_print(ours, sizeof(ours), p->insns, p->n_insns, (size_t)idx, &names);
		if (p->insns[idx].code == 0x18 && p->insn_map && p->insn_map[idx] >= 0) {
			CHECK(!strncmp(ours, text, 5), "%s insn %ld: '%s' vs kernel '%s'", p->name, idx, ours, text);
		} else {
			CHECK(!strcmp(ours, text), "%s/%s insn %ld: we print '%s', the kernel '%s'",
			      base_name(p->obj->path), p->name, idx, ours, text);
		}
		insns_compared++;
	}
}

static void compare_source_lines(const struct bv_prog *p, const char *log)
{
	const char *s = log;
	char line[2048], next[256];

	while (s) {
		char text[1024], file[512];
		unsigned lnum;
		long idx;
		const char *at = NULL;
		const struct bv_line_info *li;

		s = next_line(s, line, sizeof(line));
		if (line[0] != ';' || line[1] != ' ' || !s)
			continue;
		next_line(s, next, sizeof(next));
		for (const char *q = line; *q; q++)
			if (!strncmp(q, " @ ", 3))
				at = q;
		if (!at || sscanf(next, "%ld: (", &idx) != 1)
			continue;
		if ((size_t)(at - line - 2) >= sizeof(text) || sscanf(at + 3, "%511[^:]:%u", file, &lnum) != 2)
			continue;
		memcpy(text, line + 2, (size_t)(at - line - 2));
		text[at - line - 2] = 0;
		if (idx < 0 || (size_t)idx >= p->n_insns)
			continue;
		li = bv_prog_line_at(p, (size_t)idx);
		CHECK(li && li->line, "%s insn %ld: no line info, kernel has '%s'", p->name, idx, text);
		if (li && li->line) {
			const char *t = li->line;

			while (*t == ' ' || *t == '\t')
				t++;
			CHECK(!strcmp(t, text) && li->line_num == lnum && !strcmp(base_name(li->file), file),
			      "%s insn %ld: we have '%s @ %s:%u', the kernel '%s @ %s:%u'", p->name, idx, t,
			      base_name(li->file), li->line_num, text, file, lnum);
			lines_compared++;
		}
	}
}

/* The start of the trace, up to the first non-sequential step, must be
 * exactly what `bpfvet disasm` prints: the same instruction lines and the
 * same source lines in the same places (also where we must print none). */
static long trace_lines;

static void compare_trace(const struct bv_prog *p, const char *log)
{
	struct bv_disasm_names names = bv_prog_disasm_names(p);
	const struct bv_line_info *prev = NULL;
	const char *s = strstr(log, "\n0: R1=");
	char line[2048];
	size_t expect = 0;

	if (s)
		s = next_line(s + 1, line, sizeof(line));
	while (s && expect < p->n_insns) {
		long idx;
		char ours[512], *semi;
		const struct bv_line_info *li;

		s = next_line(s, line, sizeof(line));
		/* a kernel that refused the object's BTF has no line info */
		li = p->obj->btf_refusal ? NULL : bv_prog_source_line(p, expect, &prev);
		if (li && line[0] != ';' && sscanf(line, "%ld: (", &idx) != 1)
			break; /* other output (mark_precise, an error): stop here */
		if (li) {
			char want[1024];

			snprintf(want, sizeof(want), "; %s @ %s:%u", bv_line_text(li), base_name(li->file),
				 li->line_num);
			CHECK(!strcmp(line, want), "%s before insn %zu: kernel '%s', we '%s'", p->name, expect,
			      line, want);
			trace_lines++;
			if (!s)
				break;
			s = next_line(s, line, sizeof(line));
		}
		CHECK(line[0] != ';', "%s insn %zu: the kernel shows a source line we do not: '%s'", p->name,
		      expect, line);
		if (sscanf(line, "%ld: (", &idx) != 1 || idx != (long)expect)
			break; /* state line, a jump, or the end */
		semi = strstr(line, " ;");
		if (semi)
			*semi = 0;
		for (size_t k = strlen(line); k && line[k - 1] == ' '; k--)
			line[k - 1] = 0;
		{
			char *text = strchr(line, ' ') + 1;

			bv_insn_print(ours, sizeof(ours), p->insns, p->n_insns, expect, &names);
			if (p->insns[expect].code == 0x18 && p->insn_map && p->insn_map[expect] >= 0)
				CHECK(!strncmp(ours, text, 5), "%s insn %zu", p->name, expect);
			else
				CHECK(!strcmp(ours, text), "%s trace insn %zu: kernel '%s', we '%s'", p->name, expect,
				      text, ours);
		}
		trace_lines++;
		expect += p->insns[expect].code == 0x18 ? 2 : 1;
		if (BV_CLASS(p->insns[idx].code) == BV_JMP || BV_CLASS(p->insns[idx].code) == BV_JMP32)
			break; /* the path may go anywhere from here */
	}
}

static void check_object(const char *path)
{
	struct bv_error err = { 0 };
	struct bv_object *obj;

	if (bv_object_open(path, NULL, &obj, &err)) {
		skipped++;
		return;
	}
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];
		struct bv_kernel_opts ko = { .log_level = 2, .log_size = 8u << 20, .log_prefix_only = 1 };
		struct bv_kernel_result res;

		if (!p->type || p->link_error || bv_kernel_load(obj, p, &ko, &res, &err)) {
			skipped++;
			continue;
		}
		if (res.log && strstr(res.log, "Live regs before insn:")) {
			programs++;
			compare_listing(p, res.log);
			compare_source_lines(p, res.log);
			compare_trace(p, res.log);
		} else {
			skipped++;
		}
		bv_kernel_result_free(&res);
	}
	bv_object_free(obj);
}

static void walk(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;

	if (stat(path, &st))
		return;
	if (!S_ISDIR(st.st_mode)) {
		size_t n = strlen(path);

		if (n > 2 && !strcmp(path + n - 2, ".o"))
			check_object(path);
		return;
	}
	d = opendir(path);
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		char sub[4096];

		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		walk(sub);
	}
	closedir(d);
}

int main(int argc, char **argv)
{
	char why[256];

	if (!bv_kernel_available(why, sizeof(why)))
		return check_skip("test_disasm_kernel", why);
	for (int i = 1; i < argc; i++)
		walk(argv[i]);
	printf("test_disasm_kernel: %ld programs, %ld instructions and %ld source lines compared, "
	       "%ld trace lines in sequence, %ld skipped\n",
	       programs, insns_compared, lines_compared, trace_lines, skipped);
	CHECK(programs > 0, "no program could be compared");
	return check_done("test_disasm_kernel");
}
