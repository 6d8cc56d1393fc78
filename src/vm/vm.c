/* The VM: building one from an object, decoding programs for the
 * interpreter, contexts, the regions checked mode allows, and runs. */
#include <errno.h>
#include <linux/bpf.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "bpfvet/helpers.h"
#include "bpfvet/insn.h"
#include "vm/vm_internal.h"

#define XDP_HEADROOM 256
#define XDP_FRAME_SIZE 4096
#define XDP_TAILROOM 320     /* struct skb_shared_info, aligned */
#define XDP_FRAME_STRUCT 40  /* struct xdp_frame at the buffer start */
#define CALLBACK_TAG 0xcafe000000000000ull

/* ---- decoding ---- */

static enum vm_op alu_op(const struct bv_form *f, int *ok)
{
	int w = f->is64, x = f->x;

#define PICK(n) (w ? (x ? VMOP_##n##64_X : VMOP_##n##64_K) : (x ? VMOP_##n##32_X : VMOP_##n##32_K))
	*ok = 1;
	switch (f->op) {
	case BV_OP_ADD: return PICK(ADD);
	case BV_OP_SUB: return PICK(SUB);
	case BV_OP_MUL: return PICK(MUL);
	case BV_OP_DIV: return PICK(DIV);
	case BV_OP_SDIV: return PICK(SDIV);
	case BV_OP_OR: return PICK(OR);
	case BV_OP_AND: return PICK(AND);
	case BV_OP_LSH: return PICK(LSH);
	case BV_OP_RSH: return PICK(RSH);
	case BV_OP_MOD: return PICK(MOD);
	case BV_OP_SMOD: return PICK(SMOD);
	case BV_OP_XOR: return PICK(XOR);
	case BV_OP_MOV: return PICK(MOV);
	case BV_OP_ARSH: return PICK(ARSH);
	case BV_OP_NEG: return w ? VMOP_NEG64 : VMOP_NEG32;
	case BV_OP_MOVSX:
		if (w)
			return f->size == 8 ? VMOP_MOVSX64_8 : f->size == 16 ? VMOP_MOVSX64_16 : VMOP_MOVSX64_32;
		return f->size == 8 ? VMOP_MOVSX32_8 : VMOP_MOVSX32_16;
	case BV_OP_LE:
		return f->size == 16 ? VMOP_LE16 : f->size == 32 ? VMOP_LE32 : VMOP_LE64;
	case BV_OP_BE:
	case BV_OP_BSWAP:
		return f->size == 16 ? VMOP_BE16 : f->size == 32 ? VMOP_BE32 : VMOP_BE64;
	default:
		break;
	}
#undef PICK
	*ok = 0;
	return VMOP_BAD;
}

static enum vm_op jmp_op(const struct bv_form *f)
{
	int w = f->is64, x = f->x;

#define PICK(n) (w ? (x ? VMOP_##n##64_X : VMOP_##n##64_K) : (x ? VMOP_##n##32_X : VMOP_##n##32_K))
	switch (f->op) {
	case BV_OP_JEQ: return PICK(JEQ);
	case BV_OP_JGT: return PICK(JGT);
	case BV_OP_JGE: return PICK(JGE);
	case BV_OP_JSET: return PICK(JSET);
	case BV_OP_JNE: return PICK(JNE);
	case BV_OP_JSGT: return PICK(JSGT);
	case BV_OP_JSGE: return PICK(JSGE);
	case BV_OP_JLT: return PICK(JLT);
	case BV_OP_JLE: return PICK(JLE);
	case BV_OP_JSLT: return PICK(JSLT);
	case BV_OP_JSLE: return PICK(JSLE);
	default: return VMOP_BAD;
	}
#undef PICK
}

static enum vm_op mem_op(const struct bv_form *f)
{
	static const enum vm_op ldx[9] = { 0, VMOP_LDX_B, VMOP_LDX_H, 0, VMOP_LDX_W, 0, 0, 0, VMOP_LDX_DW };
	static const enum vm_op ldxsx[5] = { 0, VMOP_LDXSX_B, VMOP_LDXSX_H, 0, VMOP_LDXSX_W };
	static const enum vm_op st[9] = { 0, VMOP_ST_B, VMOP_ST_H, 0, VMOP_ST_W, 0, 0, 0, VMOP_ST_DW };
	static const enum vm_op stx[9] = { 0, VMOP_STX_B, VMOP_STX_H, 0, VMOP_STX_W, 0, 0, 0, VMOP_STX_DW };
	static const enum vm_op abs[5] = { 0, VMOP_LD_ABS_B, VMOP_LD_ABS_H, 0, VMOP_LD_ABS_W };
	static const enum vm_op ind[5] = { 0, VMOP_LD_IND_B, VMOP_LD_IND_H, 0, VMOP_LD_IND_W };

	switch (f->op) {
	case BV_OP_LDX: return ldx[f->size];
	case BV_OP_LDXSX: return ldxsx[f->size];
	case BV_OP_ST: return st[f->size];
	case BV_OP_STX: return stx[f->size];
	case BV_OP_LD_ABS: return abs[f->size];
	case BV_OP_LD_IND: return ind[f->size];
	default: return VMOP_ATOMIC;
	}
}

/* A value an LD_IMM64 with a pseudo source stands for in the VM. */
static int pseudo_value(struct bv_vm *vm, const struct bv_prog *p, size_t i, int prog_index,
			uint64_t *val, const char **why)
{
	const struct bv_insn *in = &p->insns[i];
	int32_t m = p->insn_map ? p->insn_map[i] : -1;
	struct vm_map *map;

	switch (in->src) {
	case 0:
		return 0;
	case BV_PSEUDO_FUNC:
		*val = CALLBACK_TAG | (uint64_t)prog_index << 24 | (uint64_t)(i + 1 + (size_t)(int64_t)in->imm);
		return 0;
	case BV_PSEUDO_BTF_ID:
		*why = "kernel variables (ksyms) have no memory in the VM";
		return -1;
	}
	if (in->src == BV_PSEUDO_MAP_IDX || in->src == BV_PSEUDO_MAP_IDX_VALUE)
		m = in->imm;
	if (m < 0 || (size_t)m >= vm->n_maps) {
		*why = "this map reference names no map of the object";
		return -1;
	}
	map = &vm->maps[m];
	if (in->src == BV_PSEUDO_MAP_FD || in->src == BV_PSEUDO_MAP_IDX) {
		*val = (uint64_t)(uintptr_t)map;
		return 0;
	}
	if (map->type != BV_MAP_ARRAY || (uint32_t)p->insns[i + 1].imm >= map->value_size) {
		*why = "direct value access needs an array map and an offset inside the value";
		return -1;
	}
	*val = (uint64_t)(uintptr_t)map->values + (uint32_t)p->insns[i + 1].imm;
	return 0;
}

static void decode_one(struct bv_vm *vm, const struct bv_prog *p, int prog_index, size_t i,
		       struct vm_insn *o, int *skip)
{
	struct bv_decoded d;
	const struct bv_form *f;
	const struct bv_insn *in = &p->insns[i];
	int ok;

	memset(o, 0, sizeof(*o));
	o->idx = (uint32_t)i;
	o->dst = in->dst;
	o->src = in->src;
	o->off = in->off;
	o->imm = in->imm;
	o->code = VMOP_BAD;
	*skip = 0;
	if (in->dst > 10 || (in->src > 10 && BV_CLASS(in->code) != BV_LD && in->code != (BV_JMP | BV_CALL)))
		return;
	if (bv_insn_decode(p->insns, p->n_insns, i, &d) != BV_DECODE_OK || !bv_insn_strict_ok(in, d.form))
		return;
	f = d.form;
	switch (BV_CLASS(in->code)) {
	case BV_ALU:
	case BV_ALU64:
		o->code = (uint16_t)alu_op(f, &ok);
		return;
	case BV_JMP:
	case BV_JMP32:
		switch (f->op) {
		case BV_OP_JA:
			o->code = VMOP_JA;
			o->u.target = (uint32_t)(i + 1 + (size_t)(int64_t)(f->is64 ? in->off : in->imm));
			break;
		case BV_OP_EXIT:
			o->code = VMOP_EXIT;
			return;
		case BV_OP_CALL:
			if (in->imm == 12) {
				o->code = VMOP_TAIL_CALL;
			} else {
				o->code = VMOP_CALL;
				o->u.helper = in->imm >= 0 && in->imm < VM_HELPER_MAX ? (void *)vm->helpers[in->imm]
										 : NULL;
			}
			return;
		case BV_OP_CALL_LOCAL:
			o->code = VMOP_CALL_LOCAL;
			o->u.target = (uint32_t)(i + 1 + (size_t)(int64_t)in->imm);
			break;
		case BV_OP_CALLX:
			o->code = VMOP_CALLX;
			return;
		case BV_OP_MAY_GOTO:
			o->code = VMOP_MAY_GOTO;
			o->u.target = (uint32_t)(i + 1 + (size_t)(int64_t)in->off);
			break;
		case BV_OP_CALL_KFUNC:
			return; /* kfuncs are kernel functions: not in the VM */
		default:
			o->code = (uint16_t)jmp_op(f);
			o->u.target = (uint32_t)(i + 1 + (size_t)(int64_t)in->off);
			break;
		}
		/* a jump outside the program is left BAD: never taken safely */
		if ((int64_t)i + 1 + (f->op == BV_OP_JA && !f->is64 ? in->imm
				     : f->op == BV_OP_CALL_LOCAL ? in->imm : in->off) < 0 ||
		    o->u.target >= p->n_insns)
			o->code = VMOP_BAD;
		return;
	case BV_LD:
		if (f->op == BV_OP_LD_IMM64) {
			const char *why = NULL;

			*skip = 1;
			o->u.imm64 = d.imm64;
			if (pseudo_value(vm, p, i, prog_index, &o->u.imm64, &why) == 0)
				o->code = VMOP_LD_IMM64;
			return;
		}
		o->code = (uint16_t)mem_op(f);
		return;
	default:
		o->code = (uint16_t)mem_op(f);
		o->size = f->size;
		if (f->op == BV_OP_ADDR_SPACE_CAST)
			o->code = VMOP_BAD;
		return;
	}
}

int vm_prog_decode(struct bv_vm *vm, const struct bv_prog *p, struct vm_prog *out, struct bv_error *err)
{
	const void *const *labels[2] = { vm_interp_labels(0), vm_interp_labels(1) };
	struct vm_insn *code;
	int prog_index = out->index;

	out->prog = p;
	out->n = p->n_insns;
	/* one extra: running off the end lands on a BAD instruction */
	code = calloc(p->n_insns + 1, sizeof(*code));
	if (!code)
		return bv_error_set(err, -ENOMEM, "out of memory");
	for (size_t i = 0; i < p->n_insns; i++) {
		int skip;

		decode_one(vm, p, prog_index, i, &code[i], &skip);
		if (skip && i + 1 < p->n_insns) {
			code[i + 1].code = VMOP_BAD; /* second half of LD_IMM64 */
			code[i + 1].idx = (uint32_t)(i + 1);
			i++;
		}
	}
	code[p->n_insns].code = VMOP_BAD;
	code[p->n_insns].idx = (uint32_t)p->n_insns;
	/* programs get their context in r1 (the conformance plugin also its
	 * length in r2) */
	if (vm_check_registers(p->insns, p->n_insns, vm->obj ? 1u << 1 : (1u << 1 | 1u << 2), out->refused_msg,
			       sizeof(out->refused_msg), &out->refused_insn) == -EACCES)
		out->refused = 1;
	/* an arena has no memory in the VM yet: say so before running,
	 * rather than stop at the first instruction that touches it */
	for (size_t i = 0; !out->refused && i < p->n_insns; i++) {
		const struct bv_insn *in = &p->insns[i];
		int32_t m = p->insn_map ? p->insn_map[i] : -1;
		bool arena_ref = in->code == (BV_LD | BV_IMM | BV_DW) && m >= 0 && (size_t)m < vm->n_maps &&
				 vm->maps[m].type == BV_MAP_ARENA;

		if (arena_ref || (in->code == (BV_ALU64 | BV_MOV | BV_X) && in->off == BV_ADDR_SPACE_CAST)) {
			out->refused = 1;
			out->refused_insn = i;
			snprintf(out->refused_msg, sizeof(out->refused_msg),
				 "the program uses an arena, which the VM does not run yet");
		}
	}
	out->insns[0] = code;
	out->insns[1] = malloc((p->n_insns + 1) * sizeof(*code));
	if (!out->insns[1])
		return bv_error_set(err, -ENOMEM, "out of memory");
	memcpy(out->insns[1], code, (p->n_insns + 1) * sizeof(*code));
	for (size_t i = 0; i <= p->n_insns; i++) {
		out->insns[0][i].op = labels[0][out->insns[0][i].code];
		out->insns[1][i].op = labels[1][out->insns[1][i].code];
	}
	return 0;
}

void vm_prog_free(struct vm_prog *p)
{
	free(p->insns[0]);
	free(p->insns[1]);
}

/* ---- the VM ---- */

/* Packet buffers live below 4 GB: __sk_buff and xdp_md hold packet
 * pointers in 32-bit fields, which programs widen and dereference. */
static uint8_t *low_alloc(size_t size)
{
	void *p;

#ifdef MAP_32BIT
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (p != MAP_FAILED)
		return p;
#endif
	for (uintptr_t hint = 0x10000000; hint < 0xf0000000; hint += 0x10000000) {
		p = mmap((void *)hint, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			continue;
		if ((uintptr_t)p + size <= 0xffffffffu)
			return p;
		munmap(p, size);
	}
	return NULL;
}

int bv_vm_new(const struct bv_object *obj, const struct bv_vm_opts *opts, struct bv_vm **out,
	      struct bv_error *err)
{
	struct bv_vm *vm = calloc(1, sizeof(*vm));
	int r;

	*out = NULL;
	if (!vm)
		return bv_error_set(err, -ENOMEM, "out of memory");
	vm->obj = obj;
	if (opts)
		vm->opts = *opts;
	vm->time_ns = vm->opts.time_ns ? vm->opts.time_ns : 1000000000ull;
	vm->prandom = vm->opts.prandom_seed ? vm->opts.prandom_seed : 0x2545F491;
	vm_helpers_install(vm);
	vm->low_size = XDP_FRAME_SIZE + BV_VM_PKT_MAX + 4096;
	vm->low = low_alloc(vm->low_size);
	if (!vm->low) {
		bv_vm_free(vm);
		return bv_error_set(err, -ENOMEM, "no memory below 4 GB for packets");
	}
	r = vm_maps_create(vm, err);
	if (!r && obj) {
		vm->n_progs = obj->n_progs;
		vm->progs = calloc(vm->n_progs + 1, sizeof(*vm->progs));
		if (!vm->progs)
			r = bv_error_set(err, -ENOMEM, "out of memory");
		for (size_t i = 0; !r && i < vm->n_progs; i++) {
			vm->progs[i].index = (int)i;
			r = vm_prog_decode(vm, &obj->progs[i], &vm->progs[i], err);
		}
	}
	if (r) {
		bv_vm_free(vm);
		return r;
	}
	*out = vm;
	return 0;
}

void bv_vm_free(struct bv_vm *vm)
{
	if (!vm)
		return;
	for (size_t i = 0; i < vm->n_progs; i++)
		vm_prog_free(&vm->progs[i]);
	free(vm->progs);
	vm_maps_free(vm);
	if (vm->low)
		munmap(vm->low, vm->low_size);
	free(vm);
}

int bv_vm_register_helper(struct bv_vm *vm, int32_t id, bv_vm_helper_fn fn)
{
	if (id < 0 || id >= VM_HELPER_MAX)
		return -EINVAL;
	vm->helpers[id] = fn;
	/* already decoded calls point at the old implementation */
	for (size_t p = 0; p < vm->n_progs; p++)
		for (int c = 0; c < 2; c++)
			for (size_t i = 0; i < vm->progs[p].n; i++) {
				struct vm_insn *in = &vm->progs[p].insns[c][i];

				if (in->code == VMOP_CALL && in->imm == id)
					in->u.helper = (void *)fn;
			}
	return 0;
}

/* ---- contexts ---- */

int bv_vm_ctx_packet(struct bv_vm_ctx *c, uint32_t prog_type, const void *pkt, size_t len)
{
	if (len > BV_VM_PKT_MAX)
		return -E2BIG;
	c->prog_type = prog_type;
	memcpy(c->packet, pkt, len);
	c->packet_len = len;
	c->raw_len = 0;
	if (!c->ifindex)
		c->ifindex = 1; /* the loopback device, as BPF_PROG_TEST_RUN uses */
	return 0;
}

int bv_vm_ctx_args(struct bv_vm_ctx *c, uint32_t prog_type, const uint64_t *args, size_t n)
{
	/* x86-64 struct pt_regs: di si dx cx r8 r9 at these slots */
	static const int slot[6] = { 14, 13, 12, 11, 9, 8 };
	uint64_t regs[21] = { 0 };

	if (n > 6)
		return -E2BIG;
	for (size_t i = 0; i < n; i++)
		regs[slot[i]] = args[i];
	c->prog_type = prog_type;
	memcpy(c->raw, regs, sizeof(regs));
	c->raw_len = sizeof(regs);
	c->packet_len = 0;
	return 0;
}

int bv_vm_ctx_bytes(struct bv_vm_ctx *c, uint32_t prog_type, const void *bytes, size_t len)
{
	if (len > BV_VM_CTX_MAX)
		return -E2BIG;
	c->prog_type = prog_type;
	memcpy(c->raw, bytes, len);
	c->raw_len = len;
	c->packet_len = 0;
	return 0;
}

static int skb_type(uint32_t t)
{
	switch (t) {
	case BV_PROG_SOCKET_FILTER: case BV_PROG_SCHED_CLS: case BV_PROG_SCHED_ACT:
	case BV_PROG_CGROUP_SKB: case BV_PROG_LWT_IN: case BV_PROG_LWT_OUT: case BV_PROG_LWT_XMIT:
	case BV_PROG_LWT_SEG6LOCAL: case BV_PROG_SK_SKB: case BV_PROG_FLOW_DISSECTOR:
		return 1;
	}
	return 0;
}

/* Write the packet pointers back into the context after the packet moved. */
void vm_ctx_sync(struct bv_vm_run *run)
{
	if (run->is_xdp) {
		struct xdp_md *x = (struct xdp_md *)run->ctx;

		x->data = (uint32_t)run->data;
		x->data_end = (uint32_t)run->data_end;
		x->data_meta = (uint32_t)run->data_meta;
	} else if (run->is_skb) {
		struct __sk_buff *s = (struct __sk_buff *)run->ctx;

		s->data = (uint32_t)run->data;
		s->data_end = (uint32_t)run->data_end;
		s->data_meta = (uint32_t)run->data_meta;
		s->len = (uint32_t)(run->data_end - run->data);
	}
}

static void setup_ctx(struct bv_vm_run *run, const struct bv_vm_ctx *c, uint8_t *ctxbuf)
{
	struct bv_vm *vm = run->vm;

	run->prog_type = c->prog_type;
	run->ctx = ctxbuf;
	memset(ctxbuf, 0, BV_VM_CTX_MAX);
	if (c->prog_type == BV_PROG_XDP) {
		struct xdp_md *x = (struct xdp_md *)ctxbuf;

		run->is_xdp = 1;
		run->pkt_base = vm->low;
		run->pkt_cap = XDP_FRAME_SIZE - XDP_TAILROOM;
		if (c->packet_len > run->pkt_cap - XDP_HEADROOM)
			run->pkt_cap = XDP_HEADROOM + c->packet_len; /* no room to grow */
		memset(run->pkt_base, 0, run->pkt_cap);
		memcpy(run->pkt_base + XDP_HEADROOM, c->packet, c->packet_len);
		run->data = (uint64_t)(uintptr_t)(run->pkt_base + XDP_HEADROOM);
		run->data_end = run->data + c->packet_len;
		run->data_meta = run->data;
		x->ingress_ifindex = c->ifindex;
		x->rx_queue_index = c->rx_queue;
		run->ctx_len = sizeof(*x);
		vm_ctx_sync(run);
		return;
	}
	if (skb_type(c->prog_type)) {
		struct __sk_buff *s = (struct __sk_buff *)ctxbuf;
		/* BPF_PROG_TEST_RUN: tc programs see the Ethernet header, the
		 * others start at the network header */
		size_t l2 = (c->prog_type == BV_PROG_SCHED_CLS || c->prog_type == BV_PROG_SCHED_ACT) ? 0 : 14;
		const uint8_t *p = c->packet;

		if (c->packet_len < l2)
			l2 = c->packet_len;
		run->is_skb = 1;
		run->pkt_base = vm->low;
		run->pkt_cap = XDP_HEADROOM + c->packet_len + 256;
		memset(run->pkt_base, 0, run->pkt_cap);
		memcpy(run->pkt_base + XDP_HEADROOM, c->packet, c->packet_len);
		run->data = (uint64_t)(uintptr_t)(run->pkt_base + XDP_HEADROOM + l2);
		run->data_end = (uint64_t)(uintptr_t)(run->pkt_base + XDP_HEADROOM + c->packet_len);
		run->data_meta = run->data;
		if (c->packet_len >= 14) {
			s->protocol = (uint32_t)(p[12] | p[13] << 8); /* network byte order, as stored */
			if (p[0] & 1)
				s->pkt_type = (p[0] == 0xff && p[1] == 0xff) ? 1 : 2;
			else
				s->pkt_type = (p[0] | p[1] | p[2] | p[3] | p[4] | p[5]) ? 3 : 0;
		}
		s->ifindex = c->ifindex;
		s->ingress_ifindex = c->ifindex;
		s->wire_len = 0;
		s->gso_segs = 1;
		run->ctx_len = sizeof(*s);
		vm_ctx_sync(run);
		return;
	}
	memcpy(ctxbuf, c->raw, c->raw_len);
	run->ctx_len = c->raw_len;
}

/* ---- regions, faults and events ---- */

int vm_region_add(struct bv_vm_run *run, uint64_t start, size_t len, int writable)
{
	if (run->n_regions >= VM_MAX_REGIONS)
		return -ENOSPC;
	run->regions[run->n_regions++] = (struct vm_region){ start, start + len, writable };
	return 0;
}

void vm_region_remove(struct bv_vm_run *run, uint64_t start)
{
	for (int i = 0; i < run->n_regions; i++)
		if (run->regions[i].start == start) {
			run->regions[i] = run->regions[--run->n_regions];
			return;
		}
}

void *vm_check(struct bv_vm_run *run, uint64_t addr, size_t size, int write)
{
	if (addr + size < addr)
		return NULL;
	for (int i = 0; i < run->n_regions; i++) {
		const struct vm_region *g = &run->regions[i];

		if (addr >= g->start && addr + size <= g->end && (!write || g->writable))
			return (void *)(uintptr_t)addr;
	}
	/* the packet moves (adjust_head/tail): check its current bounds */
	if ((run->is_skb || run->is_xdp) && addr >= run->data_meta && addr + size <= run->data_end)
		return (void *)(uintptr_t)addr;
	return NULL;
}

void *bv_vm_mem(struct bv_vm_run *run, uint64_t addr, size_t size, int write)
{
	if (size == 0)
		return (void *)(uintptr_t)addr;
	return vm_check(run, addr, size, write);
}

int vm_fault(struct bv_vm_run *run, enum bv_vm_status st, const char *fmt, ...)
{
	struct bv_vm_result *res = run->res;
	va_list ap;

	if (res->status != BV_VM_OK)
		return -1; /* keep the first */
	res->status = st;
	res->fault_insn = run->cur_insn;
	res->fault_prog = run->prog && run->prog->prog ? run->prog->prog->name : NULL;
	if (run->checked) {
		unsigned n = run->trail_n < BV_VM_PATH_MAX ? run->trail_n : BV_VM_PATH_MAX;

		for (unsigned i = 0; i < n; i++)
			res->path[i] = run->trail[(run->trail_n - n + i) % BV_VM_PATH_MAX];
		res->path_len = n;
	}
	va_start(ap, fmt);
	vsnprintf(res->message, sizeof(res->message), fmt, ap);
	va_end(ap);
	run->stopped = 1;
	return -1;
}

int vm_event(struct bv_vm_run *run, enum bv_vm_event_kind kind, int map, uint32_t cpu, const void *data,
	     size_t len)
{
	struct bv_vm_result *res = run->res;
	struct bv_vm_event *e;

	if (run->ropts && run->ropts->no_events && kind != BV_VM_EV_NOTE)
		return 0;
	if (res->n_events >= 100000)
		return -ENOSPC;
	if (bv_grow(&res->events, &run->cap_events, res->n_events + 1, sizeof(*res->events)))
		return -ENOMEM;
	e = &res->events[res->n_events];
	e->data = malloc(len + 1);
	if (!e->data)
		return -ENOMEM;
	memcpy(e->data, data, len);
	e->data[len] = 0;
	e->len = len;
	e->kind = kind;
	e->map = map;
	e->cpu = cpu;
	e->insn = run->cur_insn;
	res->n_events++;
	return 0;
}

/* ---- runs ---- */

int vm_exec(struct bv_vm_run *run, const struct vm_prog *prog, size_t start, const uint64_t args[5],
	    uint64_t *ret)
{
	uint64_t r[11] = { 0 };
	int saved_depth = run->depth, rc;

	if (run->depth >= VM_MAX_FRAMES - 1)
		return vm_fault(run, BV_VM_FAULT, "callbacks nest deeper than %d frames", VM_MAX_FRAMES);
	for (int i = 0; i < 5; i++)
		r[i + 1] = args[i];
	/* a callback runs in a frame of its own below the caller's */
	r[10] = (uint64_t)(uintptr_t)(run->stack + (size_t)(VM_MAX_FRAMES - run->depth) * VM_STACK_SIZE);
	run->depth++;
	rc = (run->checked ? vm_interp_checked : vm_interp_fast)(run, prog, prog->insns[run->checked] + start,
								 r, NULL);
	run->depth = saved_depth;
	*ret = r[0];
	return rc;
}

static int run_common(struct bv_vm_run *run, const struct vm_prog *vp, struct bv_vm_result *res,
		      uint64_t r1, uint64_t r2)
{
	uint64_t r[11] = { 0 };
	int rc;

	if (vp->refused) {
		run->cur_insn = vp->refused_insn;
		run->prog = vp;
		return vm_fault(run, BV_VM_BAD_INSN, "%s", vp->refused_msg);
	}
	r[1] = r1;
	r[2] = r2;
	r[10] = (uint64_t)(uintptr_t)(run->stack + (size_t)VM_MAX_FRAMES * VM_STACK_SIZE);
	vm_region_add(run, (uint64_t)(uintptr_t)run->stack, (size_t)VM_MAX_FRAMES * VM_STACK_SIZE, 1);
	run->prog = vp;
	rc = (run->checked ? vm_interp_checked : vm_interp_fast)(run, vp, vp->insns[run->checked], r, NULL);
	if (rc == 0)
		res->retval = r[0];
	res->tail_calls = run->tail_calls;
	return rc;
}

static void add_map_regions(struct bv_vm_run *run)
{
	struct bv_vm *vm = run->vm;

	for (size_t i = 0; i < vm->n_maps; i++) {
		struct vm_map *m = &vm->maps[i];

		if (m->values && m->ops->lookup && m->type != BV_MAP_PROG_ARRAY)
			vm_region_add(run, (uint64_t)(uintptr_t)m->values, m->values_size, !m->readonly);
	}
}

int bv_vm_run(struct bv_vm *vm, const struct bv_prog *prog, const struct bv_vm_ctx *ctx,
	      const struct bv_vm_run_opts *opts, struct bv_vm_result *res, struct bv_error *err)
{
	static const struct bv_vm_run_opts defaults = { 0 };
	struct bv_vm_run *run;
	const struct vm_prog *vp = NULL;
	uint8_t *stack, ctxbuf[BV_VM_CTX_MAX] __attribute__((aligned(8)));
	int rc;

	memset(res, 0, sizeof(*res));
	for (size_t i = 0; i < vm->n_progs; i++)
		if (vm->progs[i].prog == prog)
			vp = &vm->progs[i];
	if (!vp)
		return bv_error_set(err, -EINVAL, "the program does not belong to this VM's object");
	run = calloc(1, sizeof(*run));
	stack = calloc(1, (size_t)VM_MAX_FRAMES * VM_STACK_SIZE + 64);
	if (!run || !stack) {
		free(run);
		free(stack);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	run->vm = vm;
	run->res = res;
	run->ropts = opts ? opts : &defaults;
	run->checked = vm->opts.unchecked ? 0 : 1;
	run->budget = run->ropts->max_insns ? run->ropts->max_insns : 100000000ull;
	run->may_goto_left = VM_MAY_GOTO_LOOPS;
	run->stack = stack;
	setup_ctx(run, ctx, ctxbuf);
	{
		uint32_t reps = run->ropts->repeat ? run->ropts->repeat : 1;
		struct timespec t0, t1;
		uint64_t insns = 0;

		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (uint32_t i = 0; i < reps; i++) {
			res->insns = 0;
			run->tail_calls = 0;
			run->may_goto_left = VM_MAY_GOTO_LOOPS;
			run->depth = 0;
			run->n_regions = 0;
			vm_region_add(run, (uint64_t)(uintptr_t)ctxbuf, run->ctx_len ? run->ctx_len : 8, 1);
			add_map_regions(run);
			rc = run_common(run, vp, res, (uint64_t)(uintptr_t)ctxbuf, 0);
			insns += res->insns;
			if (rc)
				break;
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		res->insns = insns;
		res->duration_ns = (uint64_t)((t1.tv_sec - t0.tv_sec) * 1000000000ll + (t1.tv_nsec - t0.tv_nsec));
	}
	if (run->is_skb || run->is_xdp) {
		size_t start = run->is_skb && !(ctx->prog_type == BV_PROG_SCHED_CLS ||
						ctx->prog_type == BV_PROG_SCHED_ACT)
				       ? 14 : 0;
		uint64_t from = run->is_skb ? run->data - start : run->data;

		/* skb programs past L2 still get the whole frame back */
		if (run->is_skb && start)
			from = (uint64_t)(uintptr_t)(run->pkt_base + XDP_HEADROOM);
		res->packet_len = (size_t)(run->data_end - from);
		res->packet = malloc(res->packet_len + 1);
		if (res->packet) {
			memcpy(res->packet, (void *)(uintptr_t)from, res->packet_len);
			/* BPF_PROG_TEST_RUN hands back the link-layer header of
			 * programs that start at L3 as zeros */
			if (run->is_skb && start)
				memset(res->packet, 0, res->packet_len < start ? res->packet_len : start);
		}
	}
	res->ctx_len = run->ctx_len < BV_VM_CTX_MAX ? run->ctx_len : BV_VM_CTX_MAX;
	memcpy(res->ctx_after, ctxbuf, res->ctx_len);
	free(stack);
	free(run);
	return 0;
}

int bv_vm_run_insns(const struct bv_insn *insns, size_t n, void *mem, size_t mem_len,
		    const struct bv_vm_opts *opts, struct bv_vm_result *res, struct bv_error *err)
{
	struct bv_prog prog = { 0 };
	struct bv_vm *vm;
	struct bv_vm_run *run;
	uint8_t *stack;
	int r;

	memset(res, 0, sizeof(*res));
	prog.name = "program";
	prog.section = "";
	prog.insns = (struct bv_insn *)insns;
	prog.n_insns = n;
	r = bv_vm_new(NULL, opts, &vm, err);
	if (r)
		return r;
	vm->progs = calloc(1, sizeof(*vm->progs));
	run = calloc(1, sizeof(*run));
	stack = calloc(1, (size_t)VM_MAX_FRAMES * VM_STACK_SIZE + 64);
	if (!vm->progs || !run || !stack) {
		free(run);
		free(stack);
		bv_vm_free(vm);
		return bv_error_set(err, -ENOMEM, "out of memory");
	}
	vm->n_progs = 1;
	r = vm_prog_decode(vm, &prog, &vm->progs[0], err);
	if (!r) {
		run->vm = vm;
		run->res = res;
		run->ropts = NULL;
		run->checked = vm->opts.unchecked ? 0 : 1;
		run->budget = 100000000ull;
		run->may_goto_left = VM_MAY_GOTO_LOOPS;
		run->stack = stack;
		if (mem && mem_len)
			vm_region_add(run, (uint64_t)(uintptr_t)mem, mem_len, 1);
		run_common(run, &vm->progs[0], res, (uint64_t)(uintptr_t)mem, mem_len);
	}
	free(stack);
	free(run);
	bv_vm_free(vm);
	return r;
}

void bv_vm_result_free(struct bv_vm_result *res)
{
	for (size_t i = 0; i < res->n_events; i++)
		free(res->events[i].data);
	free(res->events);
	free(res->packet);
	res->events = NULL;
	res->packet = NULL;
	res->n_events = 0;
}
