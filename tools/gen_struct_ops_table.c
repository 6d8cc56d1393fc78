/* Generate src/verifier/struct_ops_table.c: for every struct_ops type the
 * running kernel registers (a struct S wrapped as bpf_struct_ops_S), each
 * function-pointer member: what the kernel says to a program attached to
 * it (nothing, or the refusal, for plain and for sleepable programs), and
 * how it types each argument the program reads from its context (the
 * kernel may make it NULL-able, referenced, or a more specific struct, as
 * tcp_congestion_ops turns struct sock into tcp_sock).  Observed, not
 * copied: each fact comes from loading a small program and reading the
 * log.  Rerun as root on a new kernel:
 *     build/gen_struct_ops_table > src/verifier/struct_ops_table.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/btf.h>

#include "bpfvet/insn.h"
#include "bpfvet/kernel.h"
#include "util/btf_util.h"


enum { MAX_ARGS = 12 };

static struct bv_insn insn(uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm)
{
	struct bv_insn i = { .code = code, .dst = dst, .src = src, .off = off, .imm = imm };

	return i;
}

/* The kernel's verdict on a program: NULL when accepted, else its line. */
static char *load(const struct bv_insn *p, size_t n, uint32_t st_id, uint32_t member, int sleepable, int level,
		  char **log)
{
	struct bv_kernel_opts o = { .log_level = level, .attach_btf_id = st_id,
				    .prog_flags = sleepable ? 1u << 4 /* BPF_F_SLEEPABLE */ : 0 };
	struct bv_kernel_result r;
	struct bv_error e = { 0 };
	char *line = NULL;

	if (bv_kernel_load_insns(p, n, 27, member, "GPL", &o, &r, &e) < 0) {
		fprintf(stderr, "gen_struct_ops_table: %s\n", e.msg);
		exit(1);
	}
	if (!r.accepted)
		line = strdup(r.error_line ? r.error_line : "?");
	if (log)
		*log = r.log ? strdup(r.log) : NULL;
	bv_kernel_result_free(&r);
	return line;
}

static void put_str(const char *s)
{
	if (!s) {
		printf("NULL");
		return;
	}
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			putchar('\\');
		putchar(*s);
	}
	putchar('"');
}

/* How the kernel types argument ARG: the state it logs for r2 after
 * r2 = *(u64 *)(r1 + 8 * ARG), e.g. "trusted_ptr_tcp_sock". */
static char *arg_kind(uint32_t st_id, uint32_t member, int arg)
{
	struct bv_insn p[3] = {
		insn(BV_LDX | BV_MEM | BV_DW, 2, 1, (int16_t)(8 * arg), 0),
		insn(BV_ALU64 | BV_MOV | BV_K, 0, 0, 0, 0),
		insn(BV_JMP | BV_EXIT, 0, 0, 0, 0),
	};
	char *log = NULL, *err, *at, *kind = NULL;

	err = load(p, 3, st_id, member, 0, 2, &log);
	if (!err && log && (at = strstr(log, " R2=")) != NULL) {
		size_t n = strcspn(at + 4, "( \n");

		kind = strndup(at + 4, n);
	}
	free(err);
	free(log);
	return kind;
}

/* The kernel's line for a one-byte (or SIZE-byte) write at OFF into
 * argument ARG of a member; NULL when accepted. */
static char *write_probe(uint32_t st_id, uint32_t member, int arg, int off, int size)
{
	static const uint8_t sz[9] = { 0, BV_B, BV_H, 0, BV_W, 0, 0, 0, BV_DW };
	struct bv_insn p[6] = {
		insn(BV_LDX | BV_MEM | BV_DW, 1, 1, (int16_t)(8 * arg), 0),
		insn(BV_ALU64 | BV_MOV | BV_K, 3, 0, 0, 1),
		insn(BV_JMP | BV_JEQ | BV_K, 1, 0, 1, 0),
		insn((uint8_t)(BV_STX | BV_MEM | sz[size]), 1, 3, (int16_t)off, 0),
		insn(BV_ALU64 | BV_MOV | BV_K, 0, 0, 0, 0),
		insn(BV_JMP | BV_EXIT, 0, 0, 0, 0),
	};

	return load(p, 6, st_id, member, 0, 1, NULL);
}

/* A message with the numbers it was given turned into placeholders the
 * verifier fills: {off}, {size}, {end}. */
static void put_template(const char *msg, int off, int size, long end)
{
	char nums[3][24], out[512];
	const char *keys[3] = { "{off}", "{size}", "{end}" };
	size_t o = 0;

	snprintf(nums[0], sizeof(nums[0]), "%d", off);
	snprintf(nums[1], sizeof(nums[1]), "%d", size);
	snprintf(nums[2], sizeof(nums[2]), "%ld", end);
	while (*msg && o + 8 < sizeof(out)) {
		int hit = -1;

		/* a number standing alone ("off 12", "size 8") */
		if ((msg[0] >= '0' && msg[0] <= '9') && (o == 0 || out[o - 1] == ' '))
			for (int k = 0; k < 3 && hit < 0; k++)
				if (!strncmp(msg, nums[k], strlen(nums[k])) &&
				    !(msg[strlen(nums[k])] >= '0' && msg[strlen(nums[k])] <= '9'))
					hit = k;
		if (hit >= 0) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s", keys[hit]);
			msg += strlen(nums[hit]);
		} else {
			out[o++] = *msg++;
		}
	}
	out[o] = 0;
	put_str(out);
}

/* Leaf members of a struct, flattened with their byte offsets: the
 * kernel allows writes member by member (offsetof, sizeof). */
struct leaf { uint32_t off, size; };

static void leaves(const struct btf *vm, uint32_t id, uint32_t base, struct leaf *out, size_t *n, size_t cap)
{
	const struct btf_type *t = btf_skip_mods(vm, id, NULL);

	if (!t)
		return;
	if (btf_is_composite(t)) {
		for (uint16_t i = 0; i < btf_vlen(t); i++) {
			if (btf_member_bitfield_size(t, i))
				continue; /* no offsetof() names a bitfield */
			leaves(vm, btf_members(t)[i].type, base + btf_member_bit_offset(t, i) / 8, out, n, cap);
		}
		return;
	}
	if (*n < cap && btf__resolve_size(vm, id) > 0) {
		out[*n].off = base;
		out[*n].size = (uint32_t)btf__resolve_size(vm, id);
		(*n)++;
	}
}

/* Which bytes of the struct behind argument ARG a member's program may
 * write, and the kernel's words when it may not. */
static void writable(const struct btf *vm, const char *sname, uint32_t st_id, uint32_t member, int arg,
		     const char *tname)
{
	static struct leaf lv[8192];
	size_t n = 0;
	int tid = btf__find_by_name_kind(vm, tname, BTF_KIND_STRUCT);
	long tsize = tid > 0 ? btf__resolve_size(vm, (uint32_t)tid) : 0;
	char *deny = NULL, *beyond = NULL;
	int deny_off = 0, beyond_off = 0, beyond_size = 0;
	long beyond_end = 0;

	if (tid <= 0)
		return;
	leaves(vm, (uint32_t)tid, 0, lv, &n, sizeof(lv) / sizeof(lv[0]));
	for (size_t i = 0; i < n; i++) {
		char *e = write_probe(st_id, member, arg, (int)lv[i].off, 1);

		if (!e) {
			/* a write may start inside some members (an array) */
			char *in = lv[i].size > 1 ? write_probe(st_id, member, arg, (int)lv[i].off + 1, 1) : strdup("");

			printf("\t{ \"%s\", \"%s\", %u, %u, %d, NULL, NULL },\n", sname, tname, lv[i].off, lv[i].off + lv[i].size,
			       !in);
			free(in);
			if (!beyond && lv[i].size < 8) {
				beyond = write_probe(st_id, member, arg, (int)lv[i].off, 8);
				beyond_off = (int)lv[i].off;
				beyond_size = 8;
				beyond_end = lv[i].off + lv[i].size;
			}
		} else if (!deny) {
			deny = e;
			deny_off = (int)lv[i].off;
			continue;
		}
		free(e);
	}
	if (!beyond && tsize > 0) {
		/* every byte writable: past the end of the struct */
		beyond = write_probe(st_id, member, arg, (int)tsize - 1, 2);
		beyond_off = (int)tsize - 1;
		beyond_size = 2;
		beyond_end = tsize;
	}
	printf("\t{ \"%s\", \"%s\", 0, 0, 0, ", sname, tname);
	if (deny)
		put_template(deny, deny_off, 1, 0);
	else
		printf("NULL");
	printf(", ");
	if (beyond)
		put_template(beyond, beyond_off, beyond_size, beyond_end);
	else
		printf("NULL");
	printf(" },\n");
	free(deny);
	free(beyond);
}

int main(void)
{
	struct btf *vm = btf__load_vmlinux_btf();
	char why[256];
	uint32_t n;
	struct seen { const char *sname; char *tname; uint32_t st_id, member; int arg; } seen[64];
	size_t n_seen = 0;

	if (!bv_kernel_available(why, sizeof(why)) || !vm) {
		fprintf(stderr, "gen_struct_ops_table: %s\n", vm ? why : "no kernel BTF");
		return 1;
	}
	printf("/* Generated by tools/gen_struct_ops_table.c from the running kernel's verdicts\n"
	       " * and logs: per struct_ops member, the kernel's refusal of a program attached\n"
	       " * to it (NULL: none), plain and sleepable, and how it types each argument\n"
	       " * read from the context.  Do not edit. */\n"
	       "#include <stddef.h>\n\n#include \"verifier/verifier.h\"\n\n"
	       "const struct st_ops_member st_ops_members[] = {\n");
	n = btf__type_cnt(vm);
	for (uint32_t w = 1; w < n; w++) {
		uint32_t st_id = btf_struct_ops_wrapped(vm, w);
		const struct btf_type *st = st_id ? btf__type_by_id(vm, st_id) : NULL, *mt;
		const char *sname = st ? btf__name_by_offset(vm, st->name_off) : NULL;

		if (!st)
			continue;
		fprintf(stderr, "%s...\n", sname);
		for (uint16_t m = 0; m < btf_vlen(st); m++) {
			static const struct bv_insn ret0[2] = { { .code = BV_ALU64 | BV_MOV | BV_K },
								{ .code = BV_JMP | BV_EXIT } };
			const struct btf_type *proto;
			char *err, *err_s;

			mt = btf_skip_mods(vm, btf_members(st)[m].type, NULL);
			proto = mt && btf_is_ptr(mt) ? btf__type_by_id(vm, mt->type) : NULL;
			if (!proto || !btf_is_func_proto(proto))
				continue;
			err = load(ret0, 2, st_id, m, 0, 1, NULL);
			err_s = load(ret0, 2, st_id, m, 1, 1, NULL);
			printf("\t{ \"%s\", \"%s\", ", sname, btf__name_by_offset(vm, btf_members(st)[m].name_off));
			put_str(err);
			printf(", ");
			put_str(err_s);
			printf(",\n\t  {");
			for (uint16_t a = 0; a < btf_vlen(proto) && a < MAX_ARGS; a++) {
				char *kind = err ? NULL : arg_kind(st_id, m, a);

				printf(a ? ", " : " ");
				put_str(kind);
				if (kind && strstr(kind, "ptr_") && n_seen < sizeof(seen) / sizeof(seen[0])) {
					const char *tn = strstr(kind, "ptr_") + 4;
					int dup = 0;

					if (!strncmp(tn, "or_null_", 8))
						tn += 8;
					for (size_t k = 0; k < n_seen; k++)
						dup |= !strcmp(seen[k].sname, sname) && !strcmp(seen[k].tname, tn);
					if (!dup)
						seen[n_seen++] = (struct seen){ sname, strdup(tn), st_id, m, a };
				}
				free(kind);
			}
			printf(" } },\n");
			free(err);
			free(err_s);
		}
	}
	printf("\t{ NULL, NULL, NULL, NULL, { NULL } },\n};\n\n");
	printf("/* Per struct_ops type and struct an argument points to: the byte ranges\n"
	       " * its programs may write (from the start only, or from any byte: 1),\n"
	       " * then a row with the kernel's refusals ({off}, {size}, {end} filled\n"
	       " * in): a write where no range is, and one running past its range. */\n"
	       "const struct st_ops_write st_ops_writes[] = {\n");
	for (size_t k = 0; k < n_seen; k++) {
		fprintf(stderr, "%s: writes to %s...\n", seen[k].sname, seen[k].tname);
		writable(vm, seen[k].sname, seen[k].st_id, seen[k].member, seen[k].arg, seen[k].tname);
		free(seen[k].tname);
	}
	printf("\t{ NULL, NULL, 0, 0, 0, NULL, NULL },\n};\n");
	btf__free(vm);
	return 0;
}
