/* The libbpf reference: see libbpf_ref.h. */
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libbpf_ref.h"

static char logbuf[1 << 16];

static int capture(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	size_t n = strlen(logbuf);

	(void)level;
	if (n < sizeof(logbuf) - 1)
		vsnprintf(logbuf + n, sizeof(logbuf) - n, fmt, ap);
	return 0;
}

static void map_name_of(struct bpf_object *obj, int fd, char out[64])
{
	struct bpf_map *m;

	out[0] = 0;
	bpf_object__for_each_map(m, obj) {
		if (bpf_map__fd(m) == fd) {
			const char *n = bpf_map__name(m);
			const char *dot = strchr(n, '.');

			/* internal maps are "<obj>.rodata": keep ".rodata" */
			snprintf(out, 64, "%s", dot && dot != n ? dot : n);
			return;
		}
	}
}

int ref_programs(const char *path, int load, ref_type_hint hint, void *ctx,
		 struct ref_prog **out, size_t *n)
{
	struct bpf_object *obj;
	struct bpf_program *p;
	struct ref_prog *r = NULL;
	size_t cnt = 0;

	*out = NULL;
	*n = 0;
	libbpf_set_print(capture);
	obj = bpf_object__open_file(path, NULL);
	if (!obj)
		return -errno;
	bpf_object__for_each_program(p, obj)
		cnt++;
	r = calloc(cnt + 1, sizeof(*r));
	if (!r) {
		bpf_object__close(obj);
		return -ENOMEM;
	}
	cnt = 0;
	bpf_object__for_each_program(p, obj) {
		snprintf(r[cnt].name, sizeof(r[cnt].name), "%s", bpf_program__name(p));
		snprintf(r[cnt].section, sizeof(r[cnt].section), "%s", bpf_program__section_name(p));
		r[cnt].opened = 1;
		cnt++;
	}
	bpf_object__close(obj);
	*out = r;
	*n = cnt;
	if (!load)
		return 0;
	for (size_t i = 0; i < cnt; i++) {
		const struct bpf_insn *ins;
		size_t k = 0;

		logbuf[0] = 0;
		obj = bpf_object__open_file(path, NULL);
		if (!obj)
			continue;
		bpf_object__for_each_program(p, obj) {
			uint32_t t, at;

			if (k == i && hint && bpf_program__type(p) == BPF_PROG_TYPE_UNSPEC &&
			    hint(ctx, bpf_program__name(p), &t, &at) == 0) {
				bpf_program__set_type(p, (enum bpf_prog_type)t);
				bpf_program__set_expected_attach_type(p, (enum bpf_attach_type)at);
				r[i].hinted = 1;
			}
			bpf_program__set_autoload(p, k++ == i);
		}
		{
			/* no pinning: it needs a BPF filesystem and leaves
			 * state behind between loads */
			struct bpf_map *m;

			bpf_object__for_each_map(m, obj)
				bpf_map__set_pin_path(m, NULL);
		}
		r[i].err = bpf_object__load(obj);
		r[i].loaded = r[i].err == 0;
		/* a verifier rejection is reported by libbpf as a failed
		 * program load; anything else failed before the kernel saw
		 * the program (map creation, relocation, section names) */
		r[i].reached_kernel = r[i].loaded || strstr(logbuf, "BPF program load failed") ||
				      strstr(logbuf, "-- BEGIN PROG LOAD LOG --");
		k = 0;
		bpf_object__for_each_program(p, obj) {
			if (k++ != i)
				continue;
			ins = bpf_program__insns(p);
			r[i].n_insns = bpf_program__insn_cnt(p);
			if (ins && r[i].n_insns) {
				r[i].insns = malloc(r[i].n_insns * sizeof(*r[i].insns));
				r[i].map_names = calloc(r[i].n_insns, sizeof(*r[i].map_names));
				if (!r[i].insns || !r[i].map_names)
					break;
				memcpy(r[i].insns, ins, r[i].n_insns * sizeof(*r[i].insns));
				for (size_t j = 0; j + 1 < r[i].n_insns; j++) {
					const struct bv_insn *in = &r[i].insns[j];

					if (in->code == 0x18 && (in->src == 1 || in->src == 2))
						map_name_of(obj, in->imm, r[i].map_names[j]);
				}
			}
		}
		{
			size_t L = strlen(logbuf);
			const char *t = L > sizeof(r[i].log_tail) - 1 ? logbuf + L - (sizeof(r[i].log_tail) - 1) : logbuf;

			memcpy(r[i].log_tail, t, strlen(t) + 1);
		}
		bpf_object__close(obj);
	}
	return 0;
}

void ref_free(struct ref_prog *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(p[i].insns);
		free(p[i].map_names);
	}
	free(p);
}
