/* A helper that decides itself how many bytes it reads or writes — a map's
 * key or value size, or the fixed size of a struct it fills — given a
 * pointer to something smaller: a u32 key for a map with u64 keys, one
 * map's 8-byte value passed as the 16-byte value of another.  The kernel
 * reports a stack or map bound; no register holds the size, so the
 * explanation names where the size comes from. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>
#include <linux/btf.h>

#include "explain/diag.h"
#include "object/obj_internal.h"
#include "verifier/verifier.h"

/* The C type of a map's key or value as the object declares it ("__u64",
 * "struct big"): 1.  Without BTF (a map declared the old way, or a log):
 * a type of that size, or a name to give the struct, and 0. */
/* Another map's value of `room` bytes passed where map m's larger value
 * is read: a value of m's type built on the stack, the passed value in its
 * first member of that size (`struct interval v = { .packets = *cur };`),
 * with the call's own names. */
static void copy_into_value(struct ctx *c, const struct bv_map *m, const char *tn, const char *hb, int r, long room)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *t = btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id) : NULL;
	const char *field = NULL;
	char mapa[64], keya[64], vala[64], flags[64];

	for (int i = 0; t && btf_is_struct(t) && i < btf_vlen(t) && !field; i++) {
		const struct btf_member *mb = &btf_members(t)[i];
		__s64 sz = btf__resolve_size(btf, mb->type);

		if (sz == room && !btf_member_bitfield_size(t, i))
			field = btf__name_by_offset(btf, mb->name_off);
	}
	if (field && *field && diag_call_arg(c, c->fail, 1, mapa, sizeof(mapa)) &&
	    diag_call_arg(c, c->fail, 2, keya, sizeof(keya)) && diag_call_arg(c, c->fail, r, vala, sizeof(vala)) &&
	    diag_is_name(vala) && diag_call_arg(c, c->fail, 4, flags, sizeof(flags))) {
		FIX(c, "Build a value of map %s's type on the stack, with what `%s` points to in its member of that size, "
		       "and pass that: `%s v = { .%s = *%s }; %s(%s, %s, &v, %s);`.",
		    m->name, vala, tn, field, vala, hb, mapa, keya, flags);
		return;
	}
	FIX(c, "Build a value of map %s's type on the stack, fill it from the other one and pass that: `%s v = {}; "
	       "v.<field> = *p; %s(&%s, &key, &v, BPF_ANY);`.",
	    m->name, tn, hb, m->name);
}

int diag_map_type_name(const struct ctx *c, const struct bv_map *m, int key, char *out, size_t size)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	uint32_t id = key ? m->btf_key_type_id : m->btf_value_type_id;
	uint32_t bytes = key ? m->key_size : m->value_size;
	const struct btf_type *t = btf && id ? btf__type_by_id(btf, id) : NULL;
	const char *name = t ? btf__name_by_offset(btf, t->name_off) : NULL;

	if (t && name && *name) {
		snprintf(out, size, "%s%s", btf_is_struct(t) ? "struct " : btf_is_union(t) ? "union " : "", name);
		return 1;
	}
	if (bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8)
		snprintf(out, size, "__u%u", bytes * 8);
	else
		snprintf(out, size, "struct %s_%s", m->name, key ? "key" : "val");
	return 0;
}

/* An LPM trie looked up with the bare address (`&saddr`): the key starts
 * with the prefix length, in bits, that the lookup asks to match (batch
 * 42).  The key built from the map's own struct, with the address passed. */
static bool lpm_key_fix(struct ctx *c, const struct bv_map *m, const char *tn, int r)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	char plen[64], data[64], arg[96];
	int moff, msize, ne;

	if (m->type != BPF_MAP_TYPE_LPM_TRIE || !btf || !m->btf_key_type_id || m->key_size <= 4 ||
	    strncmp(tn, "struct ", 7) || !diag_call_arg(c, c->fail, r, arg, sizeof(arg)) || arg[0] != '&' ||
	    !diag_is_name(arg + 1) ||
	    !diag_member_at(btf, m->btf_key_type_id, 0, plen, sizeof(plen), &moff, &msize, &ne) ||
	    !diag_member_at(btf, m->btf_key_type_id, 4, data, sizeof(data), &moff, &msize, &ne) || moff != 4 ||
	    ne > 0 /* an IPv6 address as an array takes a copy, not `=` */)
		return false;
	WHY(c, " An LPM trie's key starts with the prefix length, in bits, that the lookup is to match, and the "
	       "address follows it.");
	FIX(c, "Build the trie's key around the address, asking for all of its %u bits: `%s key = { .%s = %u, .%s = "
	       "%s };` and pass `&key` in place of `%s`.",
	    (m->key_size - 4) * 8, tn, plen, (m->key_size - 4) * 8, data, arg + 1, arg);
	return true;
}

/* Whether map m's value is declared as an array (`char[8]`): a pointer to
 * it is to its first element, whose sizeof is not the value's. */
int diag_map_value_is_array(const struct ctx *c, const struct bv_map *m)
{
	const struct btf *btf = c->obj->priv ? PRIV(c->obj)->btf : NULL;
	const struct btf_type *t = btf && m->btf_value_type_id ? btf__type_by_id(btf, m->btf_value_type_id) : NULL;

	while (t && (btf_is_typedef(t) || btf_is_mod(t)))
		t = btf__type_by_id(btf, t->type);
	return t && btf_is_array(t);
}

/* The register the message blames, for the messages a too-small object
 * gets: a stack bound, or a map value or memory bound. */
static int blamed_reg(const struct ctx *c)
{
	int r, off, size, vs;

	if (sscanf(c->msg, "invalid read from stack R%d off=%d size=%d", &r, &off, &size) == 3 ||
	    sscanf(c->msg, "invalid write to stack R%d off=%d size=%d", &r, &off, &size) == 3)
		return off + size > 0 ? r : -1; /* inside the frame, it is about unwritten bytes */
	if (msg_starts(c->msg, "R") && (strstr(c->msg, "min value is outside of the allowed memory range") ||
					strstr(c->msg, "max value is outside of the allowed memory range")))
		return msg_reg(c->msg);
	if (sscanf(c->msg, "invalid access to map value, value_size=%d off=%d size=%d", &vs, &off, &size) == 3 ||
	    sscanf(c->msg, "invalid access to memory, mem_size=%d off=%d size=%d", &vs, &off, &size) == 3)
		return 0; /* the first pointer argument: found by the caller */
	return -1;
}

/* The variable passed (`&mtu_len`, a cast before it allowed) is declared
 * with a narrower integer type than the helper's (`__u16 mtu_len = 0;`):
 * the declaration with the helper's width, same signedness, and its
 * line. */
static bool wider_decl(const struct ctx *c, int argno, long need, char *out, size_t size, uint32_t *line)
{
	static const char *const narrow[] = { "__u8", "__u16", "__u32", "__s8", "__s16", "__s32", "u8", "u16", "u32",
					      "s8", "s16", "s32", "char", "short", "int", "unsigned short",
					      "unsigned char", "unsigned int", NULL };
	char arg[64], type[48], rest[112];
	const char *v = arg;

	if ((need != 4 && need != 8) || !diag_call_arg(c, c->fail, argno, arg, sizeof(arg)))
		return false;
	if (*v == '(' && strchr(v, ')'))
		v = strchr(v, ')') + 1;
	if (*v++ != '&' || !diag_is_name(v) || !diag_src_decl(c, c->fail, v, type, sizeof(type), line, rest, sizeof(rest)))
		return false;
	for (const char *const *ty = narrow; *ty; ty++)
		if (!strcmp(type, *ty)) {
			bool sgn = (*ty)[0] == 's' || (*ty)[2] == 's' || !strcmp(*ty, "char") || !strcmp(*ty, "short") ||
				   !strcmp(*ty, "int");

			snprintf(out, size, "%s %s", need == 4 ? (sgn ? "__s32" : "__u32") : (sgn ? "__s64" : "__u64"), rest);
			return true;
		}
	return false;
}

int diag_helper_mem(struct ctx *c)
{
	const struct bv_insn *in = insn_at(c, c->fail);
	const struct helper_proto *hp;
	const struct bv_vreg *mr, *p;
	const struct bv_map *m = NULL;
	int r = blamed_reg(c), kind, key = 0;
	long need, room;
	char desc[160], hb[64], tn[64], decl[160];
	uint32_t dline;

	if (r < 0 || !is_helper_call(c, c->fail) || !(hp = helper_proto(in->imm)))
		return 0;
	for (int a = r ? r : 1; a <= (r ? r : 5); a++) {
		kind = hp->args[a - 1];
		if (kind == A_KEY || kind == A_VALUE || kind == A_UNINIT_VALUE || kind == A_FIXED_MEM ||
		    kind == A_UNINIT_FIXED_MEM || kind == A_RW_FIXED_MEM) {
			r = a;
			break;
		}
	}
	if (!r || r > 5)
		return 0;
	kind = hp->args[r - 1];
	if (kind == A_KEY || kind == A_VALUE || kind == A_UNINIT_VALUE) {
		mr = reg_at(c, c->fstep, 1);
		if (!mr || mr->map < 0 || (size_t)mr->map >= c->obj->n_maps)
			return 0;
		m = &c->obj->maps[mr->map];
		key = kind == A_KEY;
		need = key ? m->key_size : m->value_size;
	} else if (kind == A_FIXED_MEM || kind == A_UNINIT_FIXED_MEM || kind == A_RW_FIXED_MEM) {
		need = helper_fixed_size(hp, r - 1);
	} else {
		return 0;
	}
	p = reg_at(c, c->fstep, r);
	if (!p || (room = room_at(c, p, desc, sizeof(desc))) < 0 || room >= need)
		return 0;
	diag_class(c, "mem-size-exceeds-buffer");
	diag_where(c, c->fail, "fails here");
	if (p->def_insn >= 0)
		diag_where(c, p->def_insn, "pointer made here");
	helper_at(c, c->fail, hb, sizeof(hb));
	if (m) {
		int known = diag_map_type_name(c, m, key, tn, sizeof(tn));

		WHY(c, "%s %s %ld bytes through R%d, the %s size of map %s", hb, kind == A_UNINIT_VALUE ? "writes" : "reads",
		    need, r, key ? "key" : "value", m->name);
		if (known)
			WHY(c, " (its %s is %s)", key ? "key" : "value", tn);
		WHY(c, ", but R%d points to %s, where only %ld byte%s %s.", r, desc, room, room == 1 ? "" : "s",
		    room == 1 ? "is" : "are");
		if (p->kind == BV_REG_STACK)
			WHY(c, " The variable passed is smaller than the map's %s: the helper does not look at the C "
			       "type of what it is given, only at the map's %s_size.",
			    key ? "key" : "value", key ? "key" : "value");
		else if (p->kind == BV_REG_MAP_VALUE && p->map >= 0 && p->map != mr->map)
			WHY(c, " It is another map's value, passed on as it is.");
		if (key && lpm_key_fix(c, m, tn, r))
			;
		else if (key)
			FIX(c, "Declare the key with the map's key type (`%s key = ...;`) and pass its address "
			       "(`&key`).",
			    tn);
		else if (p->kind == BV_REG_MAP_VALUE && p->map != mr->map)
			copy_into_value(c, m, tn, hb, r, room);
		else
			FIX(c, "Pass a variable of the map's value type (`%s v = {};`, then `&v`).", tn);
		return 1;
	}
	WHY(c, "%s %s %ld bytes through R%d (the size is fixed: the helper's argument is a %ld-byte type), but R%d "
	       "points to %s, where only %ld byte%s %s.",
	    hb, kind == A_UNINIT_FIXED_MEM ? "writes" : kind == A_RW_FIXED_MEM ? "reads and writes" : "reads", need, r,
	    need, r, desc, room, room == 1 ? "" : "s", room == 1 ? "is" : "are");
	if (p->kind == BV_REG_STACK && wider_decl(c, r, need, decl, sizeof(decl), &dline))
		FIX(c, "Declare it with the helper's type: `%s` (line %u).", decl, dline);
	else
		FIX(c, "Pass a buffer of at least %ld bytes (the type the helper's documentation names).", need);
	return 1;
}
