/* bpfvet info: what an object holds — programs, maps, license, BTF. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char help[] =
	"usage: bpfvet info OBJ [--json] [--btf FILE] [--type TYPE]\n"
	"\n"
	"List the programs of OBJ (name, section, type, instruction count), its maps,\n"
	"its license and whether it carries BTF.\n";

static const char *type_name(uint32_t t)
{
	const char *n = bv_prog_type_name(t);

	return n ? n : "?";
}

static void print_json(const struct bv_object *obj)
{
	printf("{\"path\":");
	cli_json_str(stdout, obj->path);
	printf(",\"license\":");
	cli_json_str(stdout, obj->license ? obj->license : "");
	printf(",\"btf\":%s,\"btf_ext\":%s", obj->has_btf ? "true" : "false",
	       obj->has_btf_ext ? "true" : "false");
	if (obj->btf_refusal) {
		printf(",\"btf_refused\":");
		cli_json_str(stdout, obj->btf_refusal);
	}
	if (obj->has_kern_version)
		printf(",\"kern_version\":%u", obj->kern_version);
	printf(",\"programs\":[");
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];

		printf("%s{\"name\":", i ? "," : "");
		cli_json_str(stdout, p->name);
		printf(",\"section\":");
		cli_json_str(stdout, p->section);
		printf(",\"type\":");
		cli_json_str(stdout, p->type ? type_name(p->type) : "unknown");
		if (p->sec.has_attach_type && bv_attach_type_name(p->expected_attach_type)) {
			printf(",\"expected_attach_type\":");
			cli_json_str(stdout, bv_attach_type_name(p->expected_attach_type));
		}
		printf(",\"insns\":%zu,\"main_insns\":%zu,\"line_info\":%zu,\"func_info\":%zu", p->n_insns,
		       p->main_insns, p->n_lines, p->n_funcs);
		if (p->core_relos)
			printf(",\"core_relos\":%d,\"core_poisoned\":%d", p->core_relos, p->core_poisoned);
		if (p->st_ops_type) {
			printf(",\"struct_ops\":{\"map\":");
			cli_json_str(stdout, p->st_ops_map);
			printf(",\"struct\":");
			cli_json_str(stdout, p->st_ops_type);
			printf(",\"member\":");
			cli_json_str(stdout, p->st_ops_member);
			printf("}");
		}
		if (p->link_error) {
			printf(",\"link_error\":");
			cli_json_str(stdout, p->link_msg ? p->link_msg : "");
		}
		printf("}");
	}
	printf("],\"maps\":[");
	for (size_t i = 0, k = 0; i < obj->n_maps; i++) {
		const struct bv_map *m = &obj->maps[i];
		const char *tn = bv_map_type_name(m->type);

		if (m->is_inner_template)
			continue;
		printf("%s{\"name\":", k++ ? "," : "");
		cli_json_str(stdout, m->name);
		printf(",\"type\":");
		cli_json_str(stdout, tn ? tn : "?");
		printf(",\"key_size\":%u,\"value_size\":%u,\"max_entries\":%u,\"flags\":%u,\"section\":",
		       m->key_size, m->value_size, m->max_entries, m->map_flags);
		cli_json_str(stdout, m->section ? m->section : "");
		printf("}");
	}
	printf("]}\n");
}

static void print_text(const struct bv_object *obj)
{
	size_t nmaps = 0;

	for (size_t i = 0; i < obj->n_maps; i++)
		nmaps += !obj->maps[i].is_inner_template;
	printf("%s: %zu program%s, %zu map%s, license \"%s\", %s\n", obj->path, obj->n_progs,
	       obj->n_progs == 1 ? "" : "s", nmaps, nmaps == 1 ? "" : "s",
	       obj->license ? obj->license : "", obj->has_btf ? (obj->has_btf_ext ? "BTF + BTF.ext" : "BTF")
							      : "no BTF");
	if (obj->btf_refusal)
		cli_note_btf_refusal(obj);
	if (obj->n_progs)
		printf("\nprograms:\n");
	for (size_t i = 0; i < obj->n_progs; i++) {
		const struct bv_prog *p = &obj->progs[i];

		printf("  %-24s %-24s %-16s %6zu insns", p->name, p->section,
		       p->type ? type_name(p->type) : "unknown", p->n_insns);
		if (p->n_insns != p->main_insns)
			printf(" (%zu + subprograms)", p->main_insns);
		if (p->core_relos)
			printf(", %d CO-RE relocation%s", p->core_relos, p->core_relos == 1 ? "" : "s");
		if (p->core_poisoned)
			printf(" (%d poisoned)", p->core_poisoned);
		if (p->sec.legacy)
			printf(", legacy section name");
		if (p->st_ops_type)
			printf(", %s.%s of map %s", p->st_ops_type, p->st_ops_member, p->st_ops_map);
		else if (p->type == BV_PROG_STRUCT_OPS)
			printf(", in no struct_ops map (libbpf does not load it)");
		if (!p->type)
			printf(", type unknown: use --type");
		if (p->link_error)
			printf("\n    cannot link: %s", p->link_msg ? p->link_msg : "?");
		printf("\n");
	}
	if (nmaps)
		printf("\nmaps:\n");
	for (size_t i = 0; i < obj->n_maps; i++) {
		const struct bv_map *m = &obj->maps[i];
		const char *tn = bv_map_type_name(m->type);

		if (m->is_inner_template)
			continue;
		printf("  %-24s %-16s key %u value %u max_entries %u", m->name, tn ? tn : "?", m->key_size,
		       m->value_size, m->max_entries);
		if (m->map_flags)
			printf(" flags %#x", m->map_flags);
		if (m->inner >= 0)
			printf(" inner %s(key %u value %u)", bv_map_type_name(obj->maps[m->inner].type),
			       obj->maps[m->inner].key_size, obj->maps[m->inner].value_size);
		printf("\n");
	}
}

int cmd_info(int argc, char **argv)
{
	struct cli_common c = { 0 };
	const char *path = NULL;
	struct bv_object *obj;

	for (int i = 1; i < argc; i++) {
		int k = cli_common_opt(&c, argc, argv, i);

		if (k < 0)
			return EXIT_USAGE;
		if (k) {
			i += k - 1;
			continue;
		}
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			fputs(help, stdout);
			return EXIT_OK;
		}
		if (argv[i][0] == '-' || path) {
			fprintf(stderr, "bpfvet info: unexpected argument '%s'\n%s", argv[i], help);
			return EXIT_USAGE;
		}
		path = argv[i];
	}
	if (!path) {
		fputs(help, stderr);
		return EXIT_USAGE;
	}
	obj = cli_open(path, &c);
	if (!obj)
		return EXIT_USAGE;
	if (c.json)
		print_json(obj);
	else
		print_text(obj);
	bv_object_free(obj);
	return EXIT_OK;
}
