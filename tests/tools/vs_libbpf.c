/* vs_libbpf: compare bpfvet's loader with libbpf's on real objects.
 *
 *   vs_libbpf [--load] [--min-agree PCT] OBJ...
 *
 * Without --load: the program lists must be equal (names and count).
 * With --load (root): each program is loaded by libbpf (only it enabled) and
 * by bpfvet's kernel oracle; the verdicts must agree, and when libbpf loaded
 * it, the instructions bpfvet linked must equal the ones libbpf gave the
 * kernel (map references compared by map name).  Objects libbpf cannot open
 * are skipped and counted.  Exit 0 when the agreement is at least PCT
 * (default 100). */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bpfvet/kernel.h"
#include "bpfvet/object.h"
#include "libbpf_ref.h"
#include "util/btf_util.h"

static int verbose;

static const char *norm_internal(const char *n)
{
	return n;
}

static int same_insns(const struct bv_object *obj, const struct bv_prog *p, const struct ref_prog *r,
		      char *why, size_t wsize)
{
	if (p->n_insns != r->n_insns) {
		snprintf(why, wsize, "%zu instructions, libbpf %zu", p->n_insns, r->n_insns);
		return 0;
	}
	for (size_t i = 0; i < p->n_insns; i++) {
		const struct bv_insn *a = &p->insns[i], *b = &r->insns[i];

		if (a->code == 0x18 && (a->src == 1 || a->src == 2) && i + 1 < p->n_insns) {
			const char *an = p->insn_map && p->insn_map[i] >= 0 ? obj->maps[p->insn_map[i]].name : "?";

			if (b->code != a->code || b->src != a->src || b->dst != a->dst ||
			    strcmp(norm_internal(an), r->map_names[i]) || p->insns[i + 1].imm != r->insns[i + 1].imm) {
				snprintf(why, wsize, "insn %zu: map reference %s(src %d) vs libbpf %s(src %d)", i, an,
					 a->src, r->map_names[i], b->src);
				return 0;
			}
			i++;
			continue;
		}
		if (memcmp(a, b, sizeof(*a))) {
			snprintf(why, wsize, "insn %zu: %02x %d %d %d %d vs libbpf %02x %d %d %d %d", i, a->code,
				 a->dst, a->src, a->off, a->imm, b->code, b->dst, b->src, b->off, b->imm);
			return 0;
		}
	}
	return 1;
}

/* Programs libbpf 1.x finds no type for (legacy section names) are loaded
 * by it with the type bpfvet derived, so that both load the same thing. */
static int hint(void *ctx, const char *name, uint32_t *type, uint32_t *attach)
{
	const struct bv_object *obj = ctx;
	const struct bv_prog *p = obj ? bv_object_find_prog(obj, name) : NULL;

	if (!p || !p->type)
		return -1;
	*type = p->type;
	*attach = p->expected_attach_type;
	return 0;
}

/* Exception callbacks came with libbpf 1.3: an older libbpf loads a
 * program that names one without it, and the kernel refuses that.  Such
 * programs are not compared against an older libbpf. */
static int needs_newer_libbpf(const char *path, const char *prog)
{
	struct btf *btf;
	const char *cb;
	int found = 0, id;

	if (libbpf_major_version() > 1 || (libbpf_major_version() == 1 && libbpf_minor_version() >= 3))
		return 0;
	btf = btf__parse_elf(path, NULL);
	if (!btf)
		return 0;
	id = btf__find_by_name_kind(btf, prog, BTF_KIND_FUNC);
	found = id > 0 && btf_decl_tag_value(btf, (uint32_t)id, BTF_EXC_CB_TAG, &cb) > 0;
	btf__free(btf);
	return found;
}

int main(int argc, char **argv)
{
	int load = 0;
	double min_agree = 100.0;
	long progs = 0, agree = 0, insn_eq = 0, insn_cmp = 0, skipped_objs = 0, list_mismatch = 0;
	long libbpf_setup = 0;

	for (int a = 1; a < argc; a++) {
		struct bv_error err = { 0 };
		struct bv_object *obj = NULL;
		struct ref_prog *ref;
		size_t nref;

		if (!strcmp(argv[a], "--load")) {
			load = 1;
			continue;
		}
		if (!strcmp(argv[a], "-v")) {
			verbose = 1;
			continue;
		}
		if (!strcmp(argv[a], "--min-agree") && a + 1 < argc) {
			min_agree = atof(argv[++a]);
			continue;
		}
		if (bv_object_open(argv[a], NULL, &obj, &err))
			obj = NULL;
		if (ref_programs(argv[a], load, hint, obj, &ref, &nref) || nref == 0) {
			ref_free(ref, nref);
			skipped_objs++;
			if (verbose)
				printf("SKIP %s: libbpf cannot open it or finds no programs\n", argv[a]);
			bv_object_free(obj);
			continue;
		}
		if (!obj) {
			printf("FAIL %s: bpfvet cannot open it: %s\n", argv[a], err.msg);
			list_mismatch++;
			progs += (long)nref;
			ref_free(ref, nref);
			continue;
		}
		if (obj->n_progs != nref) {
			printf("FAIL %s: %zu programs, libbpf %zu\n", argv[a], obj->n_progs, nref);
			list_mismatch++;
		}
		for (size_t i = 0; i < nref; i++) {
			const struct bv_prog *p = bv_object_find_prog(obj, ref[i].name);
			struct bv_kernel_result kr;
			struct bv_kernel_opts ko = { .log_level = 1 };
			char why[256] = "";
			int ok = 1;

			progs++;
			if (!p) {
				printf("FAIL %s: program %s missing\n", argv[a], ref[i].name);
				continue;
			}
			if (!load) {
				agree++;
				continue;
			}
			if (!ref[i].reached_kernel || needs_newer_libbpf(argv[a], p->name)) {
				/* libbpf failed before BPF_PROG_LOAD: no verdict to
				 * compare with */
				libbpf_setup++;
				progs--;
				if (verbose)
					printf("SETUP %s %s: libbpf failed before loading\n", argv[a], p->name);
				continue;
			}
			if (bv_kernel_load(obj, p, &ko, &kr, &err)) {
				kr.accepted = 0;
				snprintf(why, sizeof(why), "bpfvet could not load: %.200s", err.msg);
				ok = !ref[i].loaded;
			} else {
				ok = !!kr.accepted == !!ref[i].loaded;
				if (!ok)
					snprintf(why, sizeof(why), "bpfvet %s (%s), libbpf %s (%d)",
						 kr.accepted ? "accepted" : "rejected", kr.error_line ? kr.error_line : "",
						 ref[i].loaded ? "accepted" : "rejected", ref[i].err);
			}
			agree += ok;
			if (ref[i].loaded && ref[i].insns) {
				char w2[256];

				insn_cmp++;
				if (same_insns(obj, p, &ref[i], w2, sizeof(w2)))
					insn_eq++;
				else {
					ok = 0;
					snprintf(why + strlen(why), sizeof(why) - strlen(why), "%s%.120s", why[0] ? "; " : "", w2);
				}
			}
			if (!ok || verbose)
				printf("%s %s %s%s%s\n", ok ? "OK" : "DIFF", argv[a], p->name, why[0] ? ": " : "", why);
			bv_kernel_result_free(&kr);
		}
		bv_object_free(obj);
		ref_free(ref, nref);
	}
	printf("programs %ld: verdict agreement %ld (%.1f%%), instructions identical %ld of %ld, "
	       "objects libbpf cannot open %ld, programs libbpf fails before loading %ld, "
	       "program-list mismatches %ld\n",
	       progs, agree, progs ? 100.0 * agree / progs : 100.0, insn_eq, insn_cmp, skipped_objs,
	       libbpf_setup, list_mismatch);
	if (list_mismatch)
		return 1;
	if (progs && 100.0 * agree / progs < min_agree)
		return 1;
	return insn_eq == insn_cmp || min_agree < 100.0 ? 0 : 1;
}
