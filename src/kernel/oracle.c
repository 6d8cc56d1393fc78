/* The kernel oracle: give a linked program to the running kernel the way
 * libbpf would — object BTF first, then its maps (retrying without BTF
 * where the kernel refuses it, freezing read-only data), then the program
 * with func and line info — and bring back the verdict and the log. */
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/capability.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bpfvet/kernel.h"
#include "util/util.h"

#define DEFAULT_LOG_SIZE (16u << 20)
#define MAX_LOG_SIZE (1u << 30)

int bv_kernel_available(char *why, size_t size)
{
	union bpf_attr attr;
	long r;

	/* An invalid map type: EINVAL means bpf() is open to us, EPERM not. */
	memset(&attr, 0, sizeof(attr));
	attr.map_type = 0;
	r = syscall(__NR_bpf, BPF_MAP_CREATE, &attr, sizeof(attr));
	if (r >= 0) {
		close((int)r);
		return 1;
	}
	if (errno == EINVAL)
		return 1;
	if (why)
		snprintf(why, size, "bpf() is not available to this process (%s); run as root to compare with the kernel",
			 strerror(errno));
	return 0;
}

void bv_kernel_parse_stats(const char *log, struct bv_kernel_stats *st)
{
	const char *p;

	st->processed_insns = st->max_states_per_insn = st->total_states = -1;
	st->peak_states = st->mark_read = st->verification_usec = -1;
	if (!log)
		return;
	p = strstr(log, "processed ");
	while (p) {
		const char *next = strstr(p + 1, "processed ");

		if (!next)
			break;
		p = next;
	}
	if (p)
		sscanf(p, "processed %ld insns (limit %*d) max_states_per_insn %ld total_states %ld peak_states %ld mark_read %ld",
		       &st->processed_insns, &st->max_states_per_insn, &st->total_states, &st->peak_states,
		       &st->mark_read);
	p = strstr(log, "verification time ");
	if (p)
		sscanf(p, "verification time %ld usec", &st->verification_usec);
}

static int is_stats_line(const char *l, size_t n)
{
	static const char *const pfx[] = { "processed ", "verification time ", "stack depth ",
					   "mark_precise:", "Live regs before insn:" };

	for (size_t i = 0; i < BV_ARRAY_SIZE(pfx); i++) {
		size_t k = strlen(pfx[i]);

		if (n >= k && !strncmp(l, pfx[i], k))
			return 1;
	}
	return 0;
}

/* "12: (bf) r1 = r6" or "12: R1=..." — the instruction a line is about. */
static long line_insn(const char *l, size_t n)
{
	size_t i = 0;
	long v = 0;

	while (i < n && isdigit((unsigned char)l[i])) {
		if (v > 100000000) /* no program has that many instructions */
			return -1;
		v = v * 10 + (l[i] - '0');
		i++;
	}
	if (i == 0 || i + 1 >= n || l[i] != ':' || l[i + 1] != ' ')
		return -1;
	return v;
}

/* needle within the n bytes of line l, not past them: NULL when absent */
static const char *line_has(const char *l, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (l[i] == needle[0] && !memcmp(l + i, needle, k))
			return l + i;
	return NULL;
}

char *bv_kernel_error_line(const char *log, long *insn)
{
	const char *p = log, *best = NULL;
	size_t best_n = 0;
	long last_insn = -1, at = -1;

	if (insn)
		*insn = -1;
	if (!log)
		return NULL;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		long li = line_insn(p, n);

		const char *big = li >= 0 ? line_has(p, n, "BPF program is too large") : NULL;

		if (big) {
			/* the limit's message runs on from the instruction line
			 * that hit it, with no newline of its own */
			best = big;
			best_n = n - (size_t)(big - p);
			at = li;
		} else if (li >= 0 && n > 0) {
			last_insn = li;
		} else if (n && !is_stats_line(p, n) && p[0] != ' ' && p[0] != ';' &&
			   strncmp(p, "func#", 5) && strncmp(p, "from ", 5) &&
			   /* the states printed after "infinite loop detected" */
			   strncmp(p, "cur state:", 10) && strncmp(p, "old state:", 10)) {
			best = p;
			best_n = n;
			at = last_insn;
		}
		if (!e)
			break;
		p = e + 1;
	}
	if (!best)
		return NULL;
	if (insn)
		*insn = at;
	{
		/* a few kernel messages lack their newline and run into the
		 * statistics that follow */
		const char *glued = strstr(best, "verification time ");

		if (glued && glued > best && glued < best + best_n)
			best_n = (size_t)(glued - best);
	}
	return bv_strndup(best, best_n);
}

static double now_usec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int libbpf_quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* Names the kernel accepts: 15 characters of [A-Za-z0-9_.]. */
static int create_map(const struct bv_object *obj, const struct bv_map *m, int btf_fd, int inner_fd,
		      char *note, size_t note_size)
{
	LIBBPF_OPTS(bpf_map_create_opts, o);
	struct bv_map_shape sh;
	uint32_t max, key, val;
	const char *name;
	int fd;

	bv_map_kernel_shape(m, &sh);
	name = sh.name;
	max = sh.max_entries;
	key = sh.key_size;
	val = sh.value_size;
	if (sh.max_from_cpus && note && !note[0] && m->type != BV_MAP_PERF_EVENT_ARRAY)
		snprintf(note, note_size, "map '%s' has max_entries 0; created with %u (CPUs)", m->name, max);
	o.map_flags = m->map_flags;
	o.numa_node = m->numa_node;
	o.map_extra = m->map_extra;
	o.inner_map_fd = inner_fd >= 0 ? (uint32_t)inner_fd : 0;
	if (btf_fd >= 0 && key && val && (m->btf_key_type_id || m->btf_value_type_id)) {
		o.btf_fd = (uint32_t)btf_fd;
		o.btf_key_type_id = m->btf_key_type_id;
		o.btf_value_type_id = m->btf_value_type_id;
	}
	fd = bpf_map_create((enum bpf_map_type)m->type, name, key, val, max, &o);
	if (fd < 0 && o.btf_fd) {
		/* libbpf retries without BTF when the kernel refuses it */
		o.btf_fd = o.btf_key_type_id = o.btf_value_type_id = 0;
		fd = bpf_map_create((enum bpf_map_type)m->type, name, key, val, max, &o);
		if (fd >= 0 && note && !note[0])
			snprintf(note, note_size, "map '%s' created without BTF", m->name);
	}
	if (fd >= 0 && m->init && m->init_size == val) {
		uint32_t zero = 0;

		bpf_map_update_elem(fd, &zero, m->init, 0);
		if (m->readonly)
			bpf_map_freeze(fd);
	}
	(void)obj;
	return fd;
}

static int is_inner(const struct bv_object *obj, size_t k)
{
	if (obj->maps[k].is_inner_template)
		return 1;
	for (size_t i = 0; i < obj->n_maps; i++)
		if (i != k && bv_object_map_inner(obj, i) == (int)k)
			return 1;
	return 0;
}

static void close_all(int *fds, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fds[i] >= 0)
			close(fds[i]);
}

/* What BPF_PROG_LOAD is given besides the instructions and the log. */
struct load_req {
	uint32_t type, expected_attach_type, kern_version, prog_flags, attach_btf_id;
	int prog_btf_fd;
	const void *func_info, *line_info;
	uint32_t func_info_cnt, line_info_cnt;
};

/* BPF_PROG_LOAD through the raw syscall: libbpf's wrapper refuses
 * BPF_LOG_FIXED, which we need to keep the top of a huge level-2 log. */
static int sys_prog_load(const struct load_req *q, const char *name, const char *license,
			 const struct bv_insn *insns, size_t n, char *log, size_t size, uint32_t level)
{
	union bpf_attr a;
	int fd, tries = 0;

	memset(&a, 0, sizeof(a));
	a.prog_type = q->type;
	a.expected_attach_type = q->expected_attach_type;
	a.insns = (uint64_t)(uintptr_t)insns;
	a.insn_cnt = (uint32_t)n;
	a.license = (uint64_t)(uintptr_t)(license ? license : "");
	a.log_buf = (uint64_t)(uintptr_t)log;
	a.log_size = (uint32_t)size;
	a.log_level = level;
	a.kern_version = q->kern_version;
	a.prog_flags = q->prog_flags;
	a.attach_btf_id = q->attach_btf_id;
	memcpy(a.prog_name, name, strnlen(name, sizeof(a.prog_name) - 1));
	if (q->prog_btf_fd >= 0) {
		a.prog_btf_fd = (uint32_t)q->prog_btf_fd;
		if (q->func_info_cnt) {
			a.func_info = (uint64_t)(uintptr_t)q->func_info;
			a.func_info_cnt = q->func_info_cnt;
			a.func_info_rec_size = sizeof(struct bpf_func_info);
		}
		if (q->line_info_cnt) {
			a.line_info = (uint64_t)(uintptr_t)q->line_info;
			a.line_info_cnt = q->line_info_cnt;
			a.line_info_rec_size = sizeof(struct bpf_line_info);
		}
	}
	do {
		fd = (int)syscall(__NR_bpf, BPF_PROG_LOAD, &a, sizeof(a));
	} while (fd < 0 && errno == EAGAIN && ++tries < 5);
	return fd;
}

#define UNPRIV_SYSCTL "/proc/sys/kernel/unprivileged_bpf_disabled"

static int read_sysctl(void)
{
	FILE *f = fopen(UNPRIV_SYSCTL, "r");
	int v = -1;

	if (f) {
		if (fscanf(f, "%d", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

static int write_sysctl(int v)
{
	FILE *f = fopen(UNPRIV_SYSCTL, "w");
	int ok;

	if (!f)
		return -1;
	ok = fprintf(f, "%d\n", v) > 0;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* BPF_PROG_LOAD from a child process with no capabilities, with the
 * sysctl that forbids unprivileged BPF lowered for the moment and put back
 * after (a lock keeps concurrent loads from restoring it under each
 * other).  Never sets it to 1, which could not be undone. */
static int sys_prog_load_unpriv(const struct load_req *q, const char *name, const char *license,
				const struct bv_insn *insns, size_t n, char *log, size_t size, uint32_t level)
{
	int lock = open("/tmp/bpfvet-unpriv.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	int p[2], old, st, r[2] = { -1, EPERM };
	pid_t pid;
	size_t got = 0;

	if (lock < 0 || flock(lock, LOCK_EX)) {
		if (lock >= 0)
			close(lock);
		errno = EPERM;
		return -1;
	}
	old = read_sysctl();
	if (old < 0 || (old != 0 && write_sysctl(0)) || pipe(p)) {
		close(lock);
		errno = EPERM;
		return -1;
	}
	pid = fork();
	if (pid == 0) {
		struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
		struct __user_cap_data_struct d[2];
		int fd;

		memset(d, 0, sizeof(d));
		close(p[0]);
		if (syscall(SYS_capset, &h, d)) {
			r[1] = errno;
		} else {
			fd = sys_prog_load(q, name, license, insns, n, log, size, level);
			r[0] = fd >= 0;
			r[1] = fd < 0 ? errno : 0;
		}
		if (write(p[1], r, sizeof(r)) == (ssize_t)sizeof(r) && size)
			(void)!write(p[1], log, strnlen(log, size - 1) + 1);
		_exit(0);
	}
	close(p[1]);
	if (pid > 0) {
		ssize_t k = read(p[0], r, sizeof(r));

		if (k != (ssize_t)sizeof(r)) {
			r[0] = 0;
			r[1] = EPERM;
		}
		while (size && got < size - 1 && (k = read(p[0], log + got, size - 1 - got)) > 0)
			got += (size_t)k;
		if (size)
			log[got < size ? got : size - 1] = '\0';
		waitpid(pid, &st, 0);
	}
	close(p[0]);
	if (old != 0)
		write_sysctl(old);
	close(lock);
	errno = r[1];
	/* the child's descriptor died with it: report success without one */
	return r[0] ? INT32_MAX : -1;
}

static int do_load(const struct load_req *q, const char *name, const char *license,
		   const struct bv_insn *insns, size_t n, const struct bv_kernel_opts *kopts,
		   struct bv_kernel_result *res)
{
	size_t size = kopts && kopts->log_size ? kopts->log_size : DEFAULT_LOG_SIZE;
	int level = kopts ? kopts->log_level : 1;
	char pname[16];
	int fd;

	bv_kernel_obj_name(pname, name);
	for (;;) {
		char *log = malloc(size);
		uint32_t lvl = (uint32_t)((level > 0 ? level : 1) | 4);
		double t0;

		if (!log)
			return -ENOMEM;
		log[0] = '\0';
		if (kopts && kopts->log_prefix_only)
			lvl = (uint32_t)(level | 8); /* BPF_LOG_FIXED */
		t0 = now_usec();
		fd = kopts && kopts->unprivileged ? sys_prog_load_unpriv(q, pname, license, insns, n, log, size, lvl)
						  : sys_prog_load(q, pname, license, insns, n, log, size, lvl);
		res->wall_usec = now_usec() - t0;
		res->err = fd < 0 ? errno : 0;
		if (fd < 0 && res->err == ENOSPC && size < MAX_LOG_SIZE &&
		    !(kopts && kopts->log_prefix_only)) {
			free(log);
			size *= 4;
			continue;
		}
		log[size - 1] = '\0';
		res->log = log;
		res->log_len = strlen(log);
		break;
	}
	res->accepted = fd >= 0;
	if (fd == INT32_MAX)
		fd = -1; /* loaded and gone with the unprivileged child */
	res->prog_fd = fd; /* bv_kernel_session_load keeps it */
	bv_kernel_parse_stats(res->log, &res->stats);
	if (!res->accepted) {
		res->error_line = bv_kernel_error_line(res->log, &res->error_insn);
		/* EPERM without a verifier line is a policy's refusal, not a
		 * verdict: this machine's lockdown refuses fentry and friends
		 * with an empty log, and (since 6.18.44) the map-element
		 * iterators after the log's first line, with no error line */
		res->refused_early = res->log_len == 0 || (res->err == EPERM && !res->error_line);
	}
	return 0;
}

static void init_result(struct bv_kernel_result *res)
{
	memset(res, 0, sizeof(*res));
	res->prog_fd = -1;
	res->session_prog_fd = -1;
	res->error_insn = -1;
	bv_kernel_parse_stats(NULL, &res->stats);
}

int bv_kernel_load_insns(const struct bv_insn *insns, size_t n, uint32_t prog_type,
			 uint32_t expected_attach_type, const char *license,
			 const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
			 struct bv_error *err)
{
	struct load_req q = { .type = prog_type, .expected_attach_type = expected_attach_type,
			      .prog_btf_fd = -1, .attach_btf_id = opts ? opts->attach_btf_id : 0,
			      .prog_flags = opts ? opts->prog_flags : 0 };
	int r;

	init_result(res);
	r = do_load(&q, "bpfvet", license, insns, n, opts, res);
	if (r)
		return bv_error_set(err, r, "out of memory");
	if (res->prog_fd >= 0 && !(opts && opts->keep_fd)) {
		close(res->prog_fd);
		res->prog_fd = -1;
	}
	return 0;
}

/* BTF id of the kernel function or type a tracing program attaches to. */
static int attach_btf_id(const struct bv_prog *prog)
{
	struct btf *vm;
	char name[256];
	int id = -ENOENT, kind = BTF_KIND_FUNC;
	const char *to = prog->sec.attach_to;

	if (!to)
		return -ENOENT;
	switch (prog->expected_attach_type) {
	case BPF_TRACE_RAW_TP:
		snprintf(name, sizeof(name), "btf_trace_%s", to);
		kind = BTF_KIND_TYPEDEF;
		break;
	case BPF_LSM_MAC:
	case BPF_LSM_CGROUP:
		snprintf(name, sizeof(name), "bpf_lsm_%s", to);
		break;
	case BPF_TRACE_ITER:
		snprintf(name, sizeof(name), "bpf_iter_%s", to);
		break;
	default:
		snprintf(name, sizeof(name), "%s", to);
		break;
	}
	vm = btf__load_vmlinux_btf();
	if (!vm)
		return -ENOENT;
	id = btf__find_by_name_kind(vm, name, kind);
	btf__free(vm);
	return id;
}

/* The kernel side of an object: its BTF and its maps, created once and
 * kept while programs are loaded and run against them. */
struct bv_kernel_session {
	struct bv_object *obj;
	int btf_fd;
	int *fds;
	int *prog_fds;       /* per program, -1 until loaded with keep_fd */
	char note[256];
	char btf_refusal[160];
	int map_failed;
	int map_errno;
	char map_msg[256];
	void *arena;         /* an arena mapped for its user address, or NULL */
	size_t arena_len;
};

/* The last line of the kernel's log for a BTF it refuses. */
static void btf_refusal(const void *btf, size_t size, char *why, size_t why_size)
{
	LIBBPF_OPTS(bpf_btf_load_opts, bo);
	char *log = calloc(1, 1u << 16), *end, *line;
	int fd;

	why[0] = '\0';
	if (!log)
		return;
	bo.log_buf = log;
	bo.log_size = 1u << 16;
	bo.log_level = 1;
	fd = bpf_btf_load(btf, size, &bo);
	if (fd >= 0)
		close(fd);
	end = log + strlen(log);
	while (end > log && end[-1] == '\n')
		*--end = '\0';
	line = strrchr(log, '\n');
	snprintf(why, why_size, "%s", line ? line + 1 : log);
	free(log);
}

int bv_kernel_session_open(struct bv_object *obj, struct bv_kernel_session **out, struct bv_error *err)
{
	struct bv_kernel_session *s = calloc(1, sizeof(*s));
	LIBBPF_OPTS(bpf_btf_load_opts, bo);
	size_t kbtf_size;
	const void *kbtf;

	*out = NULL;
	libbpf_set_print(libbpf_quiet);
	if (!s)
		return bv_error_set(err, -ENOMEM, "out of memory");
	s->obj = obj;
	s->btf_fd = -1;
	s->fds = malloc((obj->n_maps + 1) * sizeof(int));
	s->prog_fds = malloc((obj->n_progs + 1) * sizeof(int));
	if (!s->fds || !s->prog_fds) {
		bv_kernel_session_close(s);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < obj->n_maps; i++)
		s->fds[i] = -1;
	for (size_t i = 0; i < obj->n_progs; i++)
		s->prog_fds[i] = -1;
	kbtf = bv_object_kernel_btf(obj, &kbtf_size, err);
	if (kbtf) {
		s->btf_fd = bpf_btf_load(kbtf, kbtf_size, &bo);
		if (s->btf_fd < 0) {
			int e = errno;
			char why[160];

			/* again with a log, for the line that says why */
			btf_refusal(kbtf, kbtf_size, why, sizeof(why));
			snprintf(s->btf_refusal, sizeof(s->btf_refusal), "%s", why + strspn(why, "\t "));
			snprintf(s->note, sizeof(s->note), "the kernel refused the object's BTF (%s%s%s); loaded without it",
				 strerror(e), why[0] ? ": " : "", why);
		}
	}
	/* Maps that serve as some map-in-map's inner map are created first. */
	for (int pass = 0; pass < 2 && !s->map_failed; pass++) {
		for (size_t i = 0; i < obj->n_maps; i++) {
			const struct bv_map *m = &obj->maps[i];
			int in = bv_object_map_inner(obj, i), inner_fd;

			if (s->fds[i] >= 0 || (pass == 0 && !is_inner(obj, i)))
				continue;
			inner_fd = in >= 0 ? s->fds[in] : -1;
			s->fds[i] = create_map(obj, m, s->btf_fd, inner_fd, s->note, sizeof(s->note));
			if (s->fds[i] >= 0 && m->type == BV_MAP_ARENA && !m->map_extra && !s->arena) {
				/* without map_extra an arena gets its user address
				 * from mmap(), as libbpf maps it; the verifier
				 * refuses an arena without one */
				size_t len = (size_t)m->max_entries * (size_t)sysconf(_SC_PAGESIZE);
				void *a = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, s->fds[i], 0);

				if (a != MAP_FAILED) {
					s->arena = a;
					s->arena_len = len;
				}
			}
			if (s->fds[i] < 0) {
				s->map_failed = 1;
				s->map_errno = errno;
				snprintf(s->map_msg, sizeof(s->map_msg), "map '%s' (%s) could not be created: %s",
					 m->name, bv_map_type_name(m->type) ? bv_map_type_name(m->type) : "?",
					 strerror(errno));
				break;
			}
		}
	}
	*out = s;
	return 0;
}

void bv_kernel_session_close(struct bv_kernel_session *s)
{
	if (!s)
		return;
	if (s->fds)
		close_all(s->fds, s->obj->n_maps);
	if (s->prog_fds)
		close_all(s->prog_fds, s->obj->n_progs);
	if (s->btf_fd >= 0)
		close(s->btf_fd);
	if (s->arena)
		munmap(s->arena, s->arena_len);
	free(s->fds);
	free(s->prog_fds);
	free(s);
}

int bv_kernel_session_map_fd(const struct bv_kernel_session *s, size_t map)
{
	return map < s->obj->n_maps ? s->fds[map] : -1;
}

int bv_kernel_session_load(struct bv_kernel_session *s, const struct bv_prog *prog,
			   const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
			   struct bv_error *err)
{
	struct bv_object *obj = s->obj;
	struct load_req q = { .type = prog->type, .prog_btf_fd = -1 };
	struct bv_insn *insns = NULL;
	struct bpf_func_info *fi = NULL;
	struct bpf_line_info *li = NULL;
	int r = 0;

	init_result(res);
	if (!prog->type)
		return bv_error_set(err, -EINVAL,
				    "%s: program '%s': section '%s' names no program type; pass --type TYPE",
				    obj->path, prog->name, prog->section);
	if (prog->link_error)
		return bv_error_set(err, -EINVAL, "%s: program '%s' could not be linked: %s", obj->path,
				    prog->name, prog->link_msg ? prog->link_msg : "?");
	snprintf(res->note, sizeof(res->note), "%s", s->note);
	snprintf(res->btf_refusal, sizeof(res->btf_refusal), "%s", s->btf_refusal);
	if (s->map_failed) {
		res->err = s->map_errno;
		res->refused_early = 1;
		snprintf(res->note, sizeof(res->note), "%s", s->map_msg);
		res->error_line = bv_strdup(s->map_msg);
		return 0;
	}
	insns = malloc((prog->n_insns ? prog->n_insns : 1) * sizeof(*insns));
	if (!insns)
		return bv_error_set(err, -ENOMEM, "out of memory");
	memcpy(insns, prog->insns, prog->n_insns * sizeof(*insns));
	for (size_t i = 0; i < prog->n_insns; i++) {
		int32_t m = prog->insn_map ? prog->insn_map[i] : -1;

		if (m >= 0 && (size_t)m < obj->n_maps)
			insns[i].imm = s->fds[m];
	}
	q.expected_attach_type = prog->expected_attach_type;
	q.kern_version = obj->kern_version;
	if (prog->sec.sleepable)
		q.prog_flags |= BPF_F_SLEEPABLE;
	if (prog->sec.xdp_frags)
		q.prog_flags |= BPF_F_XDP_HAS_FRAGS;
	if (prog->type == BPF_PROG_TYPE_TRACING || prog->type == BPF_PROG_TYPE_LSM) {
		int id = attach_btf_id(prog);

		if (id > 0)
			q.attach_btf_id = (uint32_t)id;
	}
	if (prog->type == BPF_PROG_TYPE_STRUCT_OPS) {
		struct btf *vm = btf__load_vmlinux_btf();
		char why[256];

		r = bv_prog_struct_ops_target(prog, vm, &q.attach_btf_id, &q.expected_attach_type, why, sizeof(why));
		btf__free(vm);
		if (r) {
			r = bv_error_set(err, r, "%s: program '%s': %s", obj->path, prog->name, why);
			goto out;
		}
	}
	if (s->btf_fd >= 0) {
		q.prog_btf_fd = s->btf_fd;
		if (prog->n_funcs) {
			fi = calloc(prog->n_funcs, sizeof(*fi));
			if (!fi) {
				r = bv_error_set(err, -ENOMEM, "out of memory");
				goto out;
			}
			for (size_t i = 0; i < prog->n_funcs; i++) {
				fi[i].insn_off = prog->funcs[i].insn;
				fi[i].type_id = prog->funcs[i].type_id;
			}
			q.func_info = fi;
			q.func_info_cnt = (uint32_t)prog->n_funcs;
		}
		if (prog->n_lines) {
			li = calloc(prog->n_lines, sizeof(*li));
			if (!li) {
				r = bv_error_set(err, -ENOMEM, "out of memory");
				goto out;
			}
			for (size_t i = 0; i < prog->n_lines; i++) {
				li[i].insn_off = prog->lines[i].insn;
				li[i].file_name_off = prog->lines[i].file_off;
				li[i].line_off = prog->lines[i].line_off;
				li[i].line_col = prog->lines[i].line_num << 10 | prog->lines[i].col;
			}
			q.line_info = li;
			q.line_info_cnt = (uint32_t)prog->n_lines;
		}
	}
	if (do_load(&q, prog->name, obj->license, insns, prog->n_insns, opts, res))
		r = bv_error_set(err, -ENOMEM, "out of memory");
	if (!r && res->prog_fd >= 0) {
		size_t idx = (size_t)(prog - obj->progs);

		if (idx < obj->n_progs) {
			if (s->prog_fds[idx] >= 0)
				close(s->prog_fds[idx]);
			s->prog_fds[idx] = res->prog_fd;
			res->prog_fd = -1; /* the session owns it now */
			res->session_prog_fd = s->prog_fds[idx];
		}
	}
out:
	free(insns);
	free(fi);
	free(li);
	return r;
}

/* Fill prog arrays with the session's loaded programs, as the object says
 * (iproute2 tail-call sections, BTF initialisers). */
int bv_kernel_session_fill_prog_arrays(struct bv_kernel_session *s)
{
	const struct bv_object *obj = s->obj;

	for (size_t i = 0; i < obj->n_maps; i++) {
		const struct bv_map *m = &obj->maps[i];

		if (m->type != BV_MAP_PROG_ARRAY || s->fds[i] < 0)
			continue;
		for (size_t k = 0; k < m->n_slots; k++) {
			uint32_t key = (uint32_t)k;
			int p = m->slots[k];

			if (p < 0 || (size_t)p >= obj->n_progs || s->prog_fds[p] < 0)
				continue;
			if (bpf_map_update_elem(s->fds[i], &key, &s->prog_fds[p], 0))
				return -errno;
		}
	}
	return 0;
}

int bv_kernel_test_run(struct bv_kernel_session *s, const struct bv_prog *prog, const void *data,
		       size_t len, void *data_out, size_t *out_len, uint32_t repeat,
		       struct bv_kernel_run *run, struct bv_error *err)
{
	size_t idx = (size_t)(prog - s->obj->progs);
	LIBBPF_OPTS(bpf_test_run_opts, o);
	int r;

	memset(run, 0, sizeof(*run));
	if (idx >= s->obj->n_progs || s->prog_fds[idx] < 0)
		return bv_error_set(err, -EINVAL, "program '%s' is not loaded", prog->name);
	o.data_in = data;
	o.data_size_in = (uint32_t)len;
	o.data_out = data_out;
	o.data_size_out = data_out && out_len ? (uint32_t)*out_len : 0;
	o.repeat = repeat;
	r = bpf_prog_test_run_opts(s->prog_fds[idx], &o);
	if (r)
		return bv_error_set(err, -errno, "BPF_PROG_TEST_RUN of '%s': %s", prog->name, strerror(errno));
	run->retval = o.retval;
	run->duration_ns = o.duration;
	if (out_len)
		*out_len = o.data_size_out;
	return 0;
}

int bv_kernel_load(struct bv_object *obj, const struct bv_prog *prog,
		   const struct bv_kernel_opts *opts, struct bv_kernel_result *res,
		   struct bv_error *err)
{
	struct bv_kernel_session *s;
	int r = bv_kernel_session_open(obj, &s, err);

	if (r) {
		init_result(res);
		return r;
	}
	r = bv_kernel_session_load(s, prog, opts, res, err);
	if (!r && opts && opts->keep_fd && res->session_prog_fd >= 0) {
		res->prog_fd = dup(res->session_prog_fd);
	}
	res->session_prog_fd = -1;
	bv_kernel_session_close(s);
	return r;
}

void bv_kernel_result_free(struct bv_kernel_result *res)
{
	if (!res)
		return;
	free(res->log);
	free(res->error_line);
	if (res->prog_fd >= 0)
		close(res->prog_fd);
	res->log = res->error_line = NULL;
	res->prog_fd = -1;
}
