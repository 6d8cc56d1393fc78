/* A CO-RE relocation the loader could not resolve.  libbpf (and bpfvet's
 * loader, which does what it does) writes a call to an invalid function,
 * 0xbad2310 ("bad relo", 195896080), in place of the instruction whose
 * field or type the running kernel's BTF does not have, and the verifier
 * refuses it once a path reaches it: "invalid func unknown#195896080".
 * libbpf rewrites that line of its own copy of the log into
 * "failed to resolve CO-RE relocation <byte_off> [2] struct pt_regs.rdi
 * (0:14 @ offset 112)".  The fix depends on what was missing. */
#include <stdio.h>
#include <string.h>

#include "bpfvet/insn.h"
#include "diag.h"

/* The registers of x86's struct pt_regs as the UAPI header names them;
 * the kernel's own struct (and so its BTF) drops the 'r' of the first. */
static bool uapi_reg(const char *f)
{
	static const char *const regs[] = { "rdi", "rsi", "rdx", "rcx", "rax", "rbx", "rbp", "rsp", "rip", "eflags" };

	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		if (!strcmp(f, regs[i]))
			return true;
	return false;
}

/* "struct pt_regs.rdi": the type (KIND and NAME) and the field path after
 * it, from the object's record or libbpf's line. */
static bool split_spec(const char *s, char *kind, char *name, char *field, size_t size)
{
	const char *sp = strchr(s, ' '), *dot;
	size_t n;

	if (!sp || (size_t)(sp - s) >= size)
		return false;
	snprintf(kind, size, "%.*s", (int)(sp - s), s);
	sp++;
	n = strcspn(sp, ". (");
	if (!n || n >= size)
		return false;
	snprintf(name, size, "%.*s", (int)n, sp);
	dot = sp[n] == '.' ? sp + n + 1 : NULL;
	snprintf(field, size, "%.*s", dot ? (int)strcspn(dot, " (") : 0, dot ? dot : "");
	return true;
}

/* The registers read by their UAPI names: the story and the fix; HEDGE
 * when only the source line's macros suggest it. */
static void pt_regs_names(struct ctx *c, const char *field, bool hedge)
{
	CC(c, "%sbpf_tracing.h names the registers as the UAPI <linux/ptrace.h> declares them (%s, ...) unless "
	      "vmlinux.h is included; the kernel's struct pt_regs calls the same register %s. Its CO-RE macros "
	      "(PT_REGS_PARM1_CORE(), BPF_KSYSCALL, BPF_CORE_READ() of a register) look the UAPI name up in the "
	      "kernel's BTF and find nothing.",
	   hedge ? "The line reads registers through CO-RE, and most often this is why: " : "", field, field + 1);
	FIX(c, "%s%s vmlinux.h (`bpftool btf dump file /sys/kernel/btf/vmlinux format c > vmlinux.h`) instead of "
	       "<linux/bpf.h> and <linux/ptrace.h>: bpf_tracing.h then uses the kernel's names. Without vmlinux.h, "
	       "drop <linux/ptrace.h>, declare the kernel's struct yourself (`struct pt_regs { long r15, r14, r13, "
	       "r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss; } "
	       "__attribute__((preserve_access_index));`) and `#define __VMLINUX_H__` before including "
	       "<bpf/bpf_tracing.h>.",
	    hedge ? "If the program includes <linux/ptrace.h> rather than vmlinux.h: " : "", hedge ? "include" : "Include");
}

int diag_core_relo(struct ctx *c)
{
	char kind[64] = "", name[64] = "", field[64] = "", spec[160] = "";
	const char *p = c->prog->core_fail, *lib = strstr(c->msg, "failed to resolve CO-RE relocation ");
	const char *line;
	bool known = false;

	if (!lib && !msg_starts(c->msg, "invalid func unknown#195896080"))
		return 0;
	diag_class(c, "core-relocation");
	diag_where(c, c->fail, "the relocated instruction");
	if (lib && (lib = strchr(lib, ']'))) {
		/* libbpf's line: "... <byte_off> [2] struct pt_regs.rdi (0:14 @ offset 112)" */
		snprintf(spec, sizeof(spec), "%.*s", (int)strcspn(lib + 2, "("), lib + 2);
		if (spec[0] && spec[strlen(spec) - 1] == ' ')
			spec[strlen(spec) - 1] = '\0';
		known = split_spec(spec, kind, name, field, sizeof(kind));
		WHY(c, "libbpf found nothing in the running kernel's BTF to match `%s`, which the instruction at insn "
		       "%ld reads through CO-RE: this kernel has no such %s. libbpf then writes an invalid call in its "
		       "place, and the verifier refuses the program when a path reaches it.",
		    spec, c->fail, field[0] ? "field" : "type");
	} else if (p[0] && c->prog->core_fail_insn == c->fail && split_spec(p, kind, name, field, sizeof(kind))) {
		/* the loader's own record, in libbpf's notation: "struct pt_regs.rdi" */
		char *value = strstr(name, "::"), what[256];

		if (value)
			*value = '\0';
		if (c->prog->core_fail_no_type)
			snprintf(what, sizeof(what), "the kernel has no %s %s", kind, name);
		else if (field[0])
			snprintf(what, sizeof(what), "the kernel's %s %s has no field %s", kind, name, field);
		else if (value)
			snprintf(what, sizeof(what), "the kernel's enum %s has no value %s", name, value + 2);
		else
			snprintf(what, sizeof(what), "the kernel's %s %s does not match the program's", kind, name);
		WHY(c, "The CO-RE relocation of insn %d has no target: %s. The loader (libbpf does the same) then "
		       "writes a call to an invalid function in place of the instruction (195896080 is 0xbad2310, "
		       "\"bad relo\"), and the verifier refuses it when a path reaches it.",
		    (int)c->fail, what);
		known = field[0] && !c->prog->core_fail_no_type;
	} else {
		WHY(c, "195896080 is 0xbad2310, the call libbpf writes in place of an instruction whose CO-RE "
		       "relocation it could not resolve: a field or type the program reads does not exist in the "
		       "running kernel's BTF. libbpf's own log, printed with the verifier's, names it (`failed to "
		       "resolve CO-RE relocation ...`), and so does `bpfvet check` on the object.");
	}
	if (known && !strcmp(name, "pt_regs") && uapi_reg(field)) {
		pt_regs_names(c, field, false);
		return 1;
	}
	/* a raw kernel log names no field, but the line may show the macros
	 * that read registers through CO-RE */
	line = diag_src_text(c, c->fail);
	if (!known && line && (strstr(line, "BPF_KSYSCALL") || strstr(line, "_CORE(") || strstr(line, "_CORE_SYSCALL"))) {
		pt_regs_names(c, "rdi", true);
		return 1;
	}
	if (known && field[0]) {
		FIX(c, "Read `%s` only where it exists: test `bpf_core_field_exists(p->%s)` (p a `%s %s *`) and "
		       "take the other path when it is 0; for a field renamed or moved between kernels, declare the "
		       "other kernels' layout as a flavour (`%s %s___old { ... } "
		       "__attribute__((preserve_access_index));`) and read through a cast to it on that path. This "
		       "kernel's own definition: `bpftool btf dump file /sys/kernel/btf/vmlinux format c | grep -A40 "
		       "'%s %s {'`.",
		    field, field, kind, name, kind, name, kind, name);
		return 1;
	}
	if (known) {
		FIX(c, "Use `%s %s` only where it exists: test `bpf_core_type_exists(%s %s)` first, or read a type "
		       "this kernel has (`bpftool btf dump file /sys/kernel/btf/vmlinux format c` lists them).",
		    kind, name, kind, name);
		return 1;
	}
	FIX(c, "Find the field the relocation names in libbpf's log (or with `bpfvet check` on the object), then "
	       "read it only where `bpf_core_field_exists()` says it exists, or change it to the name this kernel "
	       "uses.");
	return 1;
}
