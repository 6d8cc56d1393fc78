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

static long programs, insns_compared, lines_compared, skipped;

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

static void compare_listing(const struct bv_prog *p, const char *log)
{
	struct bv_disasm_names names = bv_prog_disasm_names(p);
	const char *s = strstr(log, "Live regs before insn:");

	while (s && (s = strchr(s, '\n')) != NULL) {
		long idx;
		char text[512], ours[512];
		const char *col;

		s++;
		/* listing lines are indented; the trace that follows is not */
		if (*s != ' ' || sscanf(s, " %ld:", &idx) != 1)
			break;
		col = strstr(s, ": ");
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

	while ((s = strstr(s, "\n; ")) != NULL) {
		char text[1024], file[512];
		unsigned line;
		long idx;
		const char *at, *eol = strchr(s + 1, '\n');
		const struct bv_line_info *li;

		s += 3;
		if (!eol)
			break;
		at = NULL;
		for (const char *q = s; q < eol; q++)
			if (!strncmp(q, " @ ", 3))
				at = q;
		if (!at || sscanf(eol + 1, "%ld: (", &idx) != 1)
			continue;
		if ((size_t)(at - s) >= sizeof(text) || sscanf(at + 3, "%511[^:]:%u", file, &line) != 2)
			continue;
		memcpy(text, s, (size_t)(at - s));
		text[at - s] = 0;
		if (idx < 0 || (size_t)idx >= p->n_insns)
			continue;
		li = bv_prog_line_at(p, (size_t)idx);
		CHECK(li && li->line, "%s insn %ld: no line info, kernel has '%s'", p->name, idx, text);
		if (li && li->line) {
			const char *t = li->line;

			while (*t == ' ' || *t == '\t')
				t++;
			CHECK(!strcmp(t, text) && li->line_num == line && !strcmp(base_name(li->file), file),
			      "%s insn %ld: we have '%s @ %s:%u', the kernel '%s @ %s:%u'", p->name, idx, t,
			      base_name(li->file), li->line_num, text, file, line);
			lines_compared++;
		}
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
	printf("test_disasm_kernel: %ld programs, %ld instructions and %ld source lines compared, %ld skipped\n",
	       programs, insns_compared, lines_compared, skipped);
	CHECK(programs > 0, "no program could be compared");
	return check_done("test_disasm_kernel");
}
