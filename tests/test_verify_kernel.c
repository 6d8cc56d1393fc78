/* The verifier against its expectations and against the kernel.
 *
 *   test_verify_kernel [--cases DIR] [--objects DIR...]
 *                      [--random N --seed S [--shape 0|1|2|3] [--size MAX]]
 *
 * Case files (every .s file under DIR) are assembler source with many programs; the line
 * "; expect: accept" or "; expect: reject MESSAGE" (optionally "; insn: N",
 * "; unprivileged") before each ".prog" says what the kernel does with it.
 * bpfvet must agree with the expectation; when bpf() works here the
 * kernel must agree with it too, so an expectation is never a copy of our
 * own output.  Objects: every program of every object is verified by both
 * and verdicts and error lines must be the same.  Random: see
 * rand_verify.c.  Without bpf() only the expectations are checked. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>

#include "bpfvet/asm.h"
#include "bpfvet/kernel.h"
#include "bpfvet/verify.h"
#include "check.h"
#include "rand_verify.h"
#include "util/util.h"

static int have_kernel;
static int n_cases, n_kernel_checked;
static int n_logs[2], n_logs_differ[2]; /* case logs compared at levels 1, 2 */
#define LOG_KERNEL "6.18." /* the release whose log format bpfvet writes */

struct expect {
	char prog[128];
	int accept;
	char msg[1024];
	long insn;            /* -1: not stated */
	int unpriv;
	int line;
};

static void trim(char *s)
{
	size_t n = strlen(s);

	while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

/* The expectations of a case file, in program order. */
static int read_expectations(const char *text, struct expect **out)
{
	struct expect cur, *v = NULL;
	int n = 0, have = 0, line = 0;
	const char *p = text;

	memset(&cur, 0, sizeof(cur));
	cur.insn = -1;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char l[1000];

		line++;
		if (len >= sizeof(l))
			len = sizeof(l) - 1;
		memcpy(l, p, len);
		l[len] = '\0';
		trim(l);
		p += len + (e ? 1 : 0);
		if (!strncmp(l, "; expect: accept", 16)) {
			cur.accept = 1;
			have = 1;
		} else if (!strncmp(l, "; expect: reject ", 17)) {
			cur.accept = 0;
			snprintf(cur.msg, sizeof(cur.msg), "%s", l + 17);
			have = 1;
		} else if (!strncmp(l, "; insn: ", 8)) {
			cur.insn = strtol(l + 8, NULL, 10);
		} else if (!strcmp(l, "; unprivileged")) {
			cur.unpriv = 1;
		} else if (!strncmp(l, ".prog ", 6)) {
			struct expect *nv;

			if (!have) {
				fprintf(stderr, "line %d: .prog without '; expect:'\n", line);
				free(v);
				return -1;
			}
			sscanf(l + 6, "%127s", cur.prog);
			cur.line = line;
			nv = realloc(v, (size_t)(n + 1) * sizeof(*v));
			if (!nv) {
				free(v);
				return -1;
			}
			v = nv;
			v[n++] = cur;
			memset(&cur, 0, sizeof(cur));
			cur.insn = -1;
			have = 0;
		}
	}
	*out = v;
	return n;
}

static void run_case_file(const char *path)
{
	uint8_t *src = NULL, *elf;
	size_t size, esize;
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;
	struct expect *ex = NULL;
	char *text;
	int n;

	if (bv_read_file(path, 1 << 24, &src, &size, &err)) {
		CHECK(0, "%s", err.msg);
		return;
	}
	text = (char *)src;
	text[size] = '\0';
	n = read_expectations(text, &ex);
	CHECK(n > 0, "%s: no cases", path);
	if (bv_asm_text(text, path, &elf, &esize, &err) ||
	    bv_object_open_owned(elf, esize, path, NULL, &obj, &err)) {
		CHECK(0, "%s: %s", path, err.msg);
		free(ex);
		free(src);
		return;
	}
	for (int i = 0; i < n; i++) {
		const struct bv_prog *p = NULL;
		struct bv_verify_opts vo = { .unprivileged = ex[i].unpriv };
		struct bv_verify_result vr;

		for (size_t k = 0; k < obj->n_progs; k++)
			if (!strcmp(obj->progs[k].name, ex[i].prog))
				p = &obj->progs[k];
		if (!p) {
			CHECK(0, "%s:%d: program %s not found", path, ex[i].line, ex[i].prog);
			continue;
		}
		n_cases++;
		if (bv_verify(obj, p, &vo, &vr, &err)) {
			CHECK(0, "%s:%d: %s", path, ex[i].line, err.msg);
			continue;
		}
		if (ex[i].accept)
			CHECK(vr.accepted, "%s:%d %s: bpfvet rejects: %s", path, ex[i].line, p->name,
			      vr.message ? vr.message : "?");
		else
			CHECK(!vr.accepted && vr.message && !strcmp(vr.message, ex[i].msg),
			      "%s:%d %s: bpfvet says \"%s\", expected \"%s\"", path, ex[i].line, p->name,
			      vr.accepted ? "accepted" : vr.message ? vr.message : "?", ex[i].msg);
		if (!ex[i].accept && ex[i].insn >= 0)
			CHECK(vr.error_insn == ex[i].insn, "%s:%d %s: bpfvet error at insn %ld, expected %ld", path,
			      ex[i].line, p->name, vr.error_insn, ex[i].insn);
		bv_verify_result_free(&vr);
		if (have_kernel) {
			struct bv_kernel_opts ko = { .log_level = 1, .unprivileged = ex[i].unpriv };
			struct bv_kernel_result kr;

			if (bv_kernel_load(obj, p, &ko, &kr, &err)) {
				CHECK(0, "%s:%d: kernel: %s", path, ex[i].line, err.msg);
				continue;
			}
			n_kernel_checked++;
			if (ex[i].accept)
				CHECK(kr.accepted, "%s:%d %s: the KERNEL rejects (\"%s\"): the expectation is wrong", path,
				      ex[i].line, p->name, kr.error_line ? kr.error_line : "?");
			else
				CHECK(!kr.accepted && kr.error_line && !strcmp(kr.error_line, ex[i].msg),
				      "%s:%d %s: the KERNEL says \"%s\", the expectation \"%s\"", path, ex[i].line,
				      p->name, kr.accepted ? "accepted" : kr.error_line ? kr.error_line : "?", ex[i].msg);
			if (!ex[i].accept && ex[i].insn >= 0 && kr.error_insn >= 0)
				CHECK(kr.error_insn == ex[i].insn, "%s:%d %s: the KERNEL's error is at insn %ld, expected %ld",
				      path, ex[i].line, p->name, kr.error_insn, ex[i].insn);
			bv_kernel_result_free(&kr);
			for (int level = 1; level <= 2; level++) {
				char msg[1024];
				int acc, r = ex[i].unpriv ? -1
							  : verify_log_compare(obj, (struct bv_prog *)p, level, &acc, msg, sizeof(msg));

				if (r < 0)
					continue;
				n_logs[level - 1]++;
				if (r) {
					n_logs_differ[level - 1]++;
					if (getenv("VERIFY_LOG_DIFFS"))
						fprintf(stderr, "%s:%d %s: level-%d log differs from the kernel's: %s\n",
							path, ex[i].line, p->name, level, msg);
				}
			}
		}
	}
	free(ex);
	bv_object_free(obj);
	free(src);
}

static int has_suffix(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);

	return a >= b && !strcmp(s + a - b, suf);
}

static void for_each_file(const char *dir, const char *suffix, void (*fn)(const char *))
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);

	if (n < 0) {
		struct stat sb;

		if (!stat(dir, &sb) && S_ISREG(sb.st_mode))
			fn(dir);
		return;
	}
	for (int i = 0; i < n; i++) {
		char path[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
			if (names[i]->d_type == DT_DIR)
				for_each_file(path, suffix, fn);
			else if (has_suffix(names[i]->d_name, suffix))
				fn(path);
		}
		free(names[i]);
	}
	free(names);
}

static int n_obj_progs, n_obj_agree, n_obj_unsupported, n_obj_unopened, n_obj_unlinked;
static int object_logs, n_obj_logs, n_obj_logs_differ; /* --object-logs: whole level-2 logs too */

static void run_object(const char *path)
{
	struct bv_error err = { 0 };
	struct bv_object *obj = NULL;

	if (bv_object_open(path, NULL, &obj, &err)) {
		/* counted and said: a loader gap must not pass for agreement */
		n_obj_unopened++;
		printf("  %s: not opened: %s\n", path, err.msg);
		return;
	}
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];
		struct bv_verify_opts vo = { 0 };
		struct bv_verify_result vr;
		struct bv_kernel_opts ko = { .log_level = 1 };
		struct bv_kernel_result kr;
		int unsup;

		if (!p->type)
			continue; /* a section that names no program type: no loader knows it */
		if (p->link_error) {
			n_obj_unlinked++;
			printf("  %s %s: not linked: %s\n", path, p->name, p->link_msg ? p->link_msg : "?");
			continue;
		}
		if (bv_kernel_load(obj, p, &ko, &kr, &err))
			continue;
		/* the kernel's word on the object's BTF, before any verdict */
		CHECK(!strcmp(kr.btf_refusal, obj->btf_refusal ? obj->btf_refusal : ""),
		      "%s %s: BTF refused by the kernel: \"%s\", by bpfvet: \"%s\"", path, p->name, kr.btf_refusal,
		      obj->btf_refusal ? obj->btf_refusal : "");
		if (kr.refused_early) {
			bv_kernel_result_free(&kr);
			continue;
		}
		if (bv_verify(obj, p, &vo, &vr, &err)) {
			bv_kernel_result_free(&kr);
			continue;
		}
		if (vr.unsupported) {
			n_obj_unsupported++;
			printf("  %s %s: not judged: %s\n", path, p->name, vr.message);
		} else {
			n_obj_progs++;
			CHECK(vr.accepted == kr.accepted, "%s %s: bpfvet %s (%s), kernel %s (%s)", path, p->name,
			      vr.accepted ? "accepts" : "rejects", vr.message ? vr.message : "",
			      kr.accepted ? "accepts" : "rejects", kr.error_line ? kr.error_line : "");
			if (vr.accepted == kr.accepted) {
				n_obj_agree++;
				if (!kr.accepted)
					CHECK(vr.message && kr.error_line && !strcmp(vr.message, kr.error_line),
					      "%s %s: bpfvet \"%s\", kernel \"%s\"", path, p->name, vr.message,
					      kr.error_line ? kr.error_line : "");
				/* the instruction, where the kernel's log names one */
				if (!kr.accepted && kr.error_insn >= 0)
					CHECK(vr.error_insn == kr.error_insn, "%s %s: bpfvet fails at insn %ld, kernel at %ld",
					      path, p->name, (long)vr.error_insn, (long)kr.error_insn);
			}
		}
		unsup = vr.unsupported;
		bv_verify_result_free(&vr);
		bv_kernel_result_free(&kr);
		if (object_logs && !unsup) {
			char msg[1024];
			int acc, r = verify_log_compare(obj, p, 2, &acc, msg, sizeof(msg));

			if (r >= 0) {
				n_obj_logs++;
				n_obj_logs_differ += r;
				if (r)
					printf("  %s %s: level-2 log differs: %s\n", path, p->name, msg);
			}
		}
	}
	bv_object_free(obj);
}

/* The log format moves between kernel releases (6.17 added the loop
 * lines, 6.18 the stack liveness trace): bpfvet writes the format of the
 * release it follows and holds itself to every line of it there.  On
 * other kernels log differences are reported, not failed. */
static int log_kernel_matches(void)
{
	static int said;
	struct utsname u;

	if (!uname(&u) && !strncmp(u.release, LOG_KERNEL, strlen(LOG_KERNEL)))
		return 1;
	if (!said++)
		printf("test_verify_kernel: kernel %s is not %sx: log differences not held against bpfvet\n",
		       u.release, LOG_KERNEL);
	return 0;
}

int main(int argc, char **argv)
{
	char why[256];
	int random = 0;
	unsigned seed = 1;

	have_kernel = bv_kernel_available(why, sizeof(why));
	if (!have_kernel)
		printf("test_verify_kernel: no bpf() here (%s): checking expectations only\n", why);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--cases") && i + 1 < argc) {
			for_each_file(argv[++i], ".s", run_case_file);
		} else if (!strcmp(argv[i], "--objects") && i + 1 < argc) {
			if (have_kernel)
				for_each_file(argv[++i], ".o", run_object);
			else
				i++;
		} else if (!strcmp(argv[i], "--random-unprivileged")) {
			rand_verify_unpriv = 1;
		} else if (!strcmp(argv[i], "--object-logs")) {
			object_logs = 1;
		} else if (!strcmp(argv[i], "--random") && i + 1 < argc) {
			random = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "--shape") && i + 1 < argc) {
			rand_verify_shape = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
			rand_verify_size = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
			seed = (unsigned)strtoul(argv[++i], NULL, 10);
		}
	}
	printf("test_verify_kernel: %d case programs, %d of them also checked against the kernel\n", n_cases,
	       n_kernel_checked);
	if (n_logs[0] || n_logs[1]) {
		printf("test_verify_kernel: case logs identical to the kernel's: level 1 %d/%d, level 2 %d/%d\n",
		       n_logs[0] - n_logs_differ[0], n_logs[0], n_logs[1] - n_logs_differ[1], n_logs[1]);
		/* The log format moves between kernel releases (6.17 added the
		 * loop lines, 6.18 the stack liveness trace): bpfvet follows the
		 * release it was built against, and holds itself to every line
		 * of it there.  Elsewhere the numbers are reported only. */
		if (log_kernel_matches())
			CHECK(n_logs_differ[0] + n_logs_differ[1] == 0,
			      "%d case logs differ from the kernel's (VERIFY_LOG_DIFFS=1 shows where)",
			      n_logs_differ[0] + n_logs_differ[1]);
	}
	if (n_obj_progs || n_obj_unsupported || n_obj_unopened || n_obj_unlinked)
		printf("test_verify_kernel: objects: %d/%d programs same verdict as the kernel, %d not judged; "
		       "%d objects not opened, %d programs not linked\n",
		       n_obj_agree, n_obj_progs, n_obj_unsupported, n_obj_unopened, n_obj_unlinked);
	if (n_obj_logs) {
		printf("test_verify_kernel: objects: level-2 logs identical to the kernel's: %d/%d\n",
		       n_obj_logs - n_obj_logs_differ, n_obj_logs);
		if (log_kernel_matches())
			CHECK(n_obj_logs_differ == 0, "%d object logs differ from the kernel's", n_obj_logs_differ);
	}
	if (random && have_kernel) {
		struct rand_verify_stats st;

		rand_verify(seed, random, &st);
		printf("test_verify_kernel: random programs (shape %d, seed %u): %d compared (%d accepted by the kernel), "
		       "%d logs differ, %d skipped\n",
		       rand_verify_shape, seed, st.compared, st.kernel_accepted, st.disagreed, st.skipped);
		CHECK(st.disagreed == 0, "%d random programs: bpfvet's log differs from the kernel's", st.disagreed);
	}
	return check_done("test_verify_kernel");
}
