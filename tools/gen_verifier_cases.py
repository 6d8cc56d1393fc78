#!/usr/bin/env python3
"""Write the verifier's case files (tests/verifier/*.s) with the running
kernel's verdicts as their expectations.

Each case is a small program in bpfvet's assembler syntax.  This script
assembles every area's programs into one object, loads each program into
the running kernel with `bpfvet kernel --json`, and records the kernel's
verdict, error line and error instruction above the program:

    ; expect: reject R9 !read_ok
    ; insn: 1
    .prog uninit_r9 socket

The test (tests/test_verify_kernel.c) checks bpfvet against these lines
and, where bpf() works, checks the kernel against them again, so a file
that went stale on a new kernel fails loudly instead of silently.

Run as root from the repository root:  tools/gen_verifier_cases.py build/bpfvet [AREA...]
"""
import json
import os
import subprocess
import sys
import tempfile

BPFVET = sys.argv[1] if len(sys.argv) > 1 else "build/bpfvet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "verifier")

# r7 = a map value of 64 bytes, r6 = ctx (socket filter and friends)
MAPVAL = """	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
"""
MAPS = ".map m array key=4 value=64 entries=1\n.map h hash key=8 value=16 entries=64\n"

areas = {}


def case(area, name, section, body, maps=MAPS, unpriv=False):
    areas.setdefault(area, []).append((name, section, body, maps, unpriv))


# ---- structure ----
A = "structure"
case(A, "jmp_out_of_range", "socket", "\tr0 = 0\n\tgoto +5\n\texit\n")
case(A, "jmp_back_out_of_range", "socket", "\tr0 = 0\n\tgoto -5\n\texit\n")
case(A, "cond_out_of_range", "socket", "\tr0 = 0\n\tif r0 == 0 goto +9\n\texit\n")
case(A, "last_not_exit", "socket", "\tr0 = 0\n\tif r0 == 0 goto +1\n\texit\n\tr1 = 0\n")
case(A, "last_is_ja", "socket", "\tr0 = 0\n\tif r0 == 0 goto +1\n\tgoto +1\n\tgoto -3\n\texit\n")
case(A, "unreachable", "socket", "\tr0 = 0\n\texit\n\tr0 = 1\n\texit\n")
case(A, "unreachable_after_loop", "socket", "\tr0 = 0\nl:\n\tgoto l\n\texit\n")
case(A, "infinite_loop", "socket", "\tr0 = 0\nl:\n\tgoto l\n")
case(A, "infinite_loop2", "socket", "\tr0 = 0\nl:\n\tr1 = 1\n\tgoto l\n")
case(A, "ldimm64_middle", "socket", "\tr0 = 0\n\tif r0 == 0 goto +1\n\tr1 = 0x123456789 ll\n\texit\n")
case(A, "ldimm64_ok", "socket", "\tr0 = 0x123456789 ll\n\tr0 = 0\n\texit\n")
case(A, "bounded_loop", "socket", "\tr0 = 0\nl:\n\tr0 += 1\n\tif r0 < 10 goto l\n\tr0 = 0\n\texit\n")
case(A, "bounded_loop_1000", "socket", "\tr0 = 0\nl:\n\tr0 += 1\n\tif r0 < 1000 goto l\n\tr0 = 0\n\texit\n")
case(A, "too_many_insns", "socket", "\tr0 = 0\nl:\n\tr0 += 1\n\tif r0 < 10000000 goto l\n\texit\n")
# loops: numbered as the kernel numbers them (level-2 listing, "SCC enter/exit")
case(A, "two_loops", "socket", "\tr0 = 0\na1:\n\tr0 += 1\n\tif r0 < 3 goto a1\n\tr1 = 0\nb1:\n\tr1 += 1\n\tif r1 < 3 goto b1\n\tr0 = 0\n\texit\n")
case(A, "nested_loops", "socket", "\tr0 = 0\no1:\n\tr1 = 0\ni1:\n\tr1 += 1\n\tif r1 < 2 goto i1\n\tr0 += 1\n\tif r0 < 2 goto o1\n\tr0 = 0\n\texit\n")
case(A, "loop_in_subprog", "socket", "\tr1 = 0\n\tcall loopy\n\tr0 = 0\n\texit\n.func loopy\n\tr0 = 0\nl2:\n\tr0 += 1\n\tif r0 < 3 goto l2\n\texit\n")
case(A, "loop_unknown_bound", "socket", "\tr1 = *(u32 *)(r1 +0)\n\tr0 = 0\nl:\n\tr0 += 1\n\tif r0 < r1 goto l\n\tr0 = 0\n\texit\n")
case(A, "empty_exit_only", "socket", "\texit\n")
case(A, "fp_write", "socket", "\tr10 = 0\n\tr0 = 0\n\texit\n")
case(A, "fp_add", "socket", "\tr10 += 8\n\tr0 = 0\n\texit\n")
case(A, "r11", "socket", "\tr0 = 0\n\texit\n")
case(A, "two_exits", "socket", "\tr0 = 0\n\tif r0 == 1 goto +1\n\texit\n\tr0 = 1\n\texit\n")
case(A, "backward_cond_ok", "socket", "\tr1 = 3\nl:\n\tr1 -= 1\n\tif r1 != 0 goto l\n\tr0 = r1\n\texit\n")
case(A, "gotol", "socket", "\tr0 = 0\n\tgotol +1\n\tr0 = 1\n\texit\n")

# ---- registers ----
# may_goto: the loop converges when a deeper round matches one still going
case(A, "may_goto_neg_off", "socket", "\tr0 = *(u32 *)(r10 -4)\n\tgoto +1\n\tgoto +2\n\tmay_goto -2\n"
     "\tif r0 > 10 goto -2\n\tr0 = 0\n\texit\n")
case(A, "may_goto_counter", "socket", "\tr6 = 0\n\tr7 = 0\nl:\n\tmay_goto +3\n\tr6 += 1\n\tr7 += 2\n\tgoto l\n"
     "\tr0 = 0\n\texit\n")
case(A, "may_goto_bounded_index", "socket", "\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\tr6 = 0\nl:\n\tmay_goto +7\n"
     "\tif r6 > 7 goto +6\n\tr2 = r10\n\tr2 += -8\n\tr2 += r6\n\tr0 = *(u8 *)(r2 +0)\n\tr6 += 1\n"
     "\tgoto l\n\tr0 = 0\n\texit\n")
case(A, "may_goto_unbounded_index", "socket", "\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\tr6 = 0\nl:\n\tmay_goto +6\n"
     "\tr2 = r10\n\tr2 += -8\n\tr2 += r6\n\tr0 = *(u8 *)(r2 +0)\n\tr6 += 1\n"
     "\tgoto l\n\tr0 = 0\n\texit\n")

# libbpf's '?' before a section name only turns off autoloading
case(A, "optional_section", "?socket", "\tr0 = 0\n\texit\n")
case(A, "optional_section_reject", "?xdp", "\tr0 = r5\n\texit\n")

A = "registers"
for r in range(1, 10):
    case(A, "uninit_r%d" % r, "socket", "\tr0 = r%d\n\texit\n" % r)
case(A, "uninit_r0_exit", "socket", "\texit\n")
case(A, "uninit_after_call", "socket", "\tcall bpf_ktime_get_ns\n\tr0 = r1\n\texit\n")
case(A, "r6_survives_call", "socket", "\tr6 = 1\n\tcall bpf_ktime_get_ns\n\tr0 = r6\n\texit\n")
case(A, "r5_clobbered", "socket", "\tr5 = 1\n\tcall bpf_ktime_get_ns\n\tr0 = r5\n\texit\n")
case(A, "uninit_in_branch", "socket", "\tr1 = *(u32 *)(r1 +0)\n\tif r1 > 5 goto +1\n\tr2 = 1\n\tr0 = r2\n\texit\n")
case(A, "uninit_cond_src", "socket", "\tr0 = 0\n\tif r0 > r3 goto +0\n\texit\n")
case(A, "uninit_store_src", "socket", "\t*(u64 *)(r10 -8) = r4\n\tr0 = 0\n\texit\n")
case(A, "uninit_load_base", "socket", "\tr0 = *(u64 *)(r2 +0)\n\texit\n")
case(A, "ret_ctx_pointer", "socket", "\tr0 = r1\n\texit\n")
case(A, "ret_fp", "socket", "\tr0 = r10\n\texit\n")
case(A, "ret_map_ptr", "socket", "\tr0 = map[m]\n\texit\n")
case(A, "scalar_deref", "socket", "\tr1 = 0\n\tr0 = *(u64 *)(r1 +0)\n\texit\n")
case(A, "scalar_store", "socket", "\tr1 = 42\n\t*(u64 *)(r1 +0) = 1\n\tr0 = 0\n\texit\n")

# ---- scalar bounds, observed through map value accesses ----
A = "bounds"
# pruning: an old scalar with no id relied on no link, so a current one
# linked to another still matches it
case(A, "prune_old_scalar_without_id", "socket", '\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\t*(u64 *)(r10 -16) = r1\n\tcall get_prandom_u32\n\tr6 = r0\n\tr6 &= 7\n\tcall get_prandom_u32\n\tif r0 == 0 goto a\n\tr7 = r6\n\tr7 &= 7\n\tr8 = 1\n\tr8 = 2\n\tr8 = 3\n\tr8 = 4\n\tr8 = 5\n\tr8 = 6\n\tgoto j\nj:\n\tr1 = r10\n\tr1 += -16\n\tr1 += r6\n\tr0 = *(u8 *)(r1 +0)\n\tr1 = r10\n\tr1 += -16\n\tr1 += r7\n\tr0 = *(u8 *)(r1 +0)\n\tr0 = 0\n\texit\na:\n\tr7 = r6\n\tgoto j\n')
# a bound learnt on w7 = w6 + c (32-bit) reaches r6 zero-extended
case(A, "linked_alu32_bound_zext", "socket", '\tcall get_prandom_u32\n\tr6 = r0\n\tw6 = w6\n\tw7 = w6\n\tw7 += -16777217\n\tif w7 < 0xffff goto l\n\tr0 = r6\n\texit\nl:\n\tr0 = 0\n\texit\n')
ops = [("&=", [63, 64, 7, 255]), ("%=", [64, 63, 17]), ("/=", [2, 4, 128]),
       (">>=", [1, 2, 3, 58, 57]), ("<<=", [1, 2, 3]), ("|=", [1, 64, 0x80]), ("^=", [1, 63]),
       ("+=", [1, 8, -1, 100]), ("-=", [1, -8]), ("*=", [2, 3])]
for width in ("r", "w"):
    for op, ks in ops:
        for k in ks:
            for src in ("u8", "u16", "u32"):
                name = "%s_%s_%s_%s" % ({"r": "alu64", "w": "alu32"}[width],
                                        {"&=": "and", "%=": "mod", "/=": "div", ">>=": "rsh", "<<=": "lsh",
                                         "|=": "or", "^=": "xor", "+=": "add", "-=": "sub", "*=": "mul"}[op],
                                        str(k).replace("-", "m"), src)
                body = MAPVAL + "\tr1 = *(%s *)(r7 +0)\n\t%s1 %s %d\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % (src, width, op, k)
                case(A, name, "socket", body)
for lim in (63, 64, 0):
    case(A, "check_jgt_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\tif r1 > %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_jge_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\tif r1 >= %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_jsgt_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\tif r1 s> %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_signed_%d" % lim, "socket", MAPVAL + "\tr1 = *(s32 *)(r7 +0)\n\tif r1 s> %d goto +4\n\tif r1 s< 0 goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_signed_nolow_%d" % lim, "socket", MAPVAL + "\tr1 = *(s32 *)(r7 +0)\n\tif r1 s> %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_jmp32_%d" % lim, "socket", MAPVAL + "\tr1 = *(u64 *)(r7 +0)\n\tif w1 > %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_on_copy_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\tr3 = r1\n\tif r3 > %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_on_copy32_%d" % lim, "socket", MAPVAL + "\tr1 = *(u64 *)(r7 +0)\n\tw3 = w1\n\tif w3 > %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_spill_fill_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\t*(u64 *)(r10 -16) = r1\n\tif r1 > %d goto +4\n\tr1 = *(u64 *)(r10 -16)\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
    case(A, "check_plus_const_%d" % lim, "socket", MAPVAL + "\tr1 = *(u32 *)(r7 +0)\n\tr3 = r1\n\tr3 += 8\n\tif r3 > %d goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n" % lim)
case(A, "negative_offset", "socket", MAPVAL + "\tr2 = r7\n\tr2 += -1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "offset_64", "socket", MAPVAL + "\tr0 = *(u8 *)(r7 +64)\n\tr0 = 0\n\texit\n")
case(A, "offset_63", "socket", MAPVAL + "\tr0 = *(u8 *)(r7 +63)\n\tr0 = 0\n\texit\n")
case(A, "offset_60_u64", "socket", MAPVAL + "\tr0 = *(u64 *)(r7 +60)\n\tr0 = 0\n\texit\n")
case(A, "offset_56_u64", "socket", MAPVAL + "\tr0 = *(u64 *)(r7 +56)\n\tr0 = 0\n\texit\n")
case(A, "unbounded_add", "socket", MAPVAL + "\tr1 = *(u64 *)(r7 +0)\n\tr2 = r7\n\tr2 += r1\n\tr0 = 0\n\texit\n")
case(A, "unbounded_min", "socket", MAPVAL + "\tr1 = *(u64 *)(r7 +0)\n\tif r1 s> 10 goto +3\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "div_by_zero_k", "socket", "\tr0 = 1\n\tr0 /= 0\n\texit\n")
case(A, "mod_by_zero_k", "socket", "\tr0 = 1\n\tr0 %= 0\n\texit\n")
case(A, "div_by_reg_zero_ok", "socket", "\tr0 = 1\n\tr1 = 0\n\tr0 /= r1\n\texit\n")
case(A, "shift_too_far", "socket", "\tr0 = 1\n\tr0 <<= 64\n\texit\n")
case(A, "shift32_too_far", "socket", "\tw0 = 1\n\tw0 <<= 32\n\texit\n")
case(A, "arsh_too_far", "socket", "\tr0 = 1\n\tr0 s>>= 64\n\texit\n")
case(A, "movsx_bounds", "socket", MAPVAL + "\tr1 = *(u8 *)(r7 +0)\n\tr1 = (s8)r1\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "ldsx_bounds", "socket", MAPVAL + "\tr1 = *(s8 *)(r7 +0)\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "bswap_bounds", "socket", MAPVAL + "\tr1 = *(u8 *)(r7 +0)\n\tr1 = bswap16 r1\n\tr1 >>= 8\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "neg_bounds", "socket", MAPVAL + "\tr1 = *(u8 *)(r7 +0)\n\tr1 = -r1\n\tr2 = r7\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")

# ---- stack ----
A = "stack"
for off, size in ((-8, "u64"), (-4, "u32"), (-1, "u8"), (-512, "u64"), (-520, "u64"), (0, "u64"), (8, "u64"),
                  (-2, "u16"), (-3, "u16"), (-6, "u32"), (-12, "u64"), (-511, "u8"), (-513, "u8")):
    o = "%+d" % off
    n = str(-off).replace("-", "p")
    case(A, "store_%s_%s" % (size, n), "socket", "\t*(%s *)(r10 %s) = 0\n\tr0 = 0\n\texit\n" % (size, o))
    case(A, "storex_%s_%s" % (size, n), "socket", "\tr1 = 1\n\t*(%s *)(r10 %s) = r1\n\tr0 = 0\n\texit\n" % (size, o))
    case(A, "load_init_%s_%s" % (size, n), "socket", "\t*(u64 *)(r10 -8) = 0\n\tr0 = *(%s *)(r10 %s)\n\texit\n" % (size, o))
for off in (-8, -16, -24):
    case(A, "uninit_read_%d" % -off, "socket", "\tr0 = *(u64 *)(r10 %d)\n\texit\n" % off)
case(A, "spill_ctx_fill", "socket", "\t*(u64 *)(r10 -8) = r1\n\tr1 = *(u64 *)(r10 -8)\n\tr0 = *(u32 *)(r1 +0)\n\texit\n")
case(A, "spill_ctx_partial_fill", "socket", "\t*(u64 *)(r10 -8) = r1\n\tr1 = *(u32 *)(r10 -8)\n\tr0 = 0\n\texit\n")
case(A, "spill_ctx_partial", "socket", "\t*(u32 *)(r10 -8) = r1\n\tr0 = 0\n\texit\n")
case(A, "spill_ctx_overwrite_byte", "socket", "\t*(u64 *)(r10 -8) = r1\n\t*(u8 *)(r10 -8) = 0\n\tr1 = *(u64 *)(r10 -8)\n\tr0 = *(u32 *)(r1 +0)\n\texit\n")
case(A, "spill_scalar_fill32", "socket", "\tr1 = 5\n\t*(u64 *)(r10 -8) = r1\n\tr1 = *(u32 *)(r10 -8)\n\tr0 = r1\n\texit\n")
case(A, "spill_scalar_fill_hi32", "socket", "\tr1 = 5\n\t*(u64 *)(r10 -8) = r1\n\tr0 = *(u32 *)(r10 -4)\n\texit\n")
case(A, "stack_ptr_var_off", "socket", MAPVAL + "\tr1 = *(u8 *)(r7 +0)\n\tr1 &= 7\n\tr2 = r10\n\tr2 += -16\n\tr2 += r1\n\t*(u8 *)(r2 +0) = 0\n\tr0 = 0\n\texit\n")
case(A, "stack_ptr_var_off_read", "socket", MAPVAL + "\t*(u64 *)(r10 -16) = 0\n\tr1 = *(u8 *)(r7 +0)\n\tr1 &= 7\n\tr2 = r10\n\tr2 += -16\n\tr2 += r1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "stack_ptr_var_off_oob", "socket", MAPVAL + "\tr1 = *(u8 *)(r7 +0)\n\tr1 &= 15\n\tr2 = r10\n\tr2 += -8\n\tr2 += r1\n\t*(u8 *)(r2 +0) = 0\n\tr0 = 0\n\texit\n")
case(A, "stack_ptr_sub", "socket", "\tr2 = r10\n\tr1 = 8\n\tr2 -= r1\n\tr0 = 0\n\texit\n")
case(A, "misaligned_stack_read", "socket", "\t*(u64 *)(r10 -16) = 0\n\tr0 = *(u32 *)(r10 -10)\n\texit\n")
case(A, "stack_depth_512", "socket", "\t*(u64 *)(r10 -512) = 0\n\tr0 = 0\n\texit\n")
case(A, "spill_pkt_no", "socket", "\tr2 = *(u32 *)(r1 +76)\n\tr0 = 0\n\texit\n")
case(A, "fill_misc_after_partial", "socket", "\tr1 = 7\n\t*(u32 *)(r10 -8) = r1\n\tr0 = *(u64 *)(r10 -8)\n\texit\n")
# a privileged load compares a slot nothing wrote as unknown data: a path
# that never wrote fp-8 matches a state holding an imprecise 0 there
case(A, "prune_uninit_matches_spill", "socket", '\tr1 = 0\n\t*(u64 *)(r10 -16) = r1\n\tcall get_prandom_u32\n\tif r0 == 0 goto l1\n\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\tr2 = 1\n\tr3 = 2\n\tif r0 > 5 goto l2\n\tr4 = 3\nl2:\n\tr5 = 4\n\tr6 = 5\n\tr7 = 6\n\tr8 = 7\n\tr9 = 8\n\tif r0 > 7 goto l3\n\tr3 = 1\nl3:\n\tr5 = 4\n\tr6 = 5\n\tr7 = 6\n\tr8 = 7\n\tr9 = 8\n\tif r0 > 9 goto l1\n\tr3 = 1\nl1:\n\tr2 = *(u64 *)(r10 -8)\n\tr2 = *(u64 *)(r10 -16)\n\tr0 = 0\n\texit\n')
# a variable-offset stack read: the log shows only its lowest slot as touched
case(A, "var_read_scratches_lowest", "socket", "\t*(u64 *)(r10 -8) = 0\n\t*(u64 *)(r10 -16) = 0\n\t*(u64 *)(r10 -24) = 0\n\tr1 = *(u32 *)(r1 +0)\n\tr1 &= 16\n\tr2 = r10\n\tr2 += -24\n\tr2 += r1\n\tr0 = *(u64 *)(r2 +0)\n\tr0 = 0\n\texit\n")

# ---- context ----
A = "context"
skb_fields = [(0, "u32", "len"), (4, "u32", "pkt_type"), (8, "u32", "mark"), (12, "u32", "queue_mapping"),
              (16, "u32", "protocol"), (32, "u32", "priority"), (44, "u32", "tc_index"), (48, "u32", "cb0"),
              (64, "u32", "cb4"), (68, "u32", "hash"), (72, "u32", "tc_classid"), (76, "u32", "data"),
              (80, "u32", "data_end"), (88, "u32", "family"), (140, "u32", "data_meta"), (144, "u64", "flow_keys"),
              (152, "u64", "tstamp"), (168, "u64", "sk"), (180, "u8", "tstamp_type"), (181, "u8", "pad"),
              (184, "u64", "hwtstamp"), (192, "u32", "past_end"), (2, "u16", "len_hi"), (1, "u8", "len_b1"),
              (0, "u64", "len_u64"), (3, "u16", "misaligned")]
for sec, tname in (("socket", "sf"), ("tc", "tc"), ("cgroup_skb/ingress", "cgskb"), ("sk_skb/stream_verdict", "skskb")):
    for off, size, fname in skb_fields:
        case(A, "%s_read_%s" % (tname, fname), sec, "\tr0 = *(%s *)(r1 +%d)\n\tr0 = 0\n\texit\n" % (size, off))
    for off, size, fname in skb_fields[:14]:
        case(A, "%s_write_%s" % (tname, fname), sec, "\tr2 = 1\n\t*(%s *)(r1 +%d) = r2\n\tr0 = 0\n\texit\n" % (size, off))
for off, fname in ((0, "data"), (4, "data_end"), (8, "data_meta"), (12, "ifindex"), (16, "rxq"), (20, "egress"),
                   (24, "past_end")):
    case(A, "xdp_read_%s" % fname, "xdp", "\tr0 = *(u32 *)(r1 +%d)\n\tr0 = 0\n\texit\n" % off)
    case(A, "xdp_write_%s" % fname, "xdp", "\tr2 = 1\n\t*(u32 *)(r1 +%d) = r2\n\tr0 = 0\n\texit\n" % off)
case(A, "xdp_read_data_u64", "xdp", "\tr0 = *(u64 *)(r1 +0)\n\tr0 = 0\n\texit\n")
case(A, "xdp_read_data_u16", "xdp", "\tr0 = *(u16 *)(r1 +0)\n\tr0 = 0\n\texit\n")
for off, size in ((0, "u64"), (160, "u64"), (164, "u32"), (168, "u64"), (4, "u64"), (112, "u8")):
    case(A, "kprobe_read_%d_%s" % (off, size), "kprobe/do_sys_open", "\tr0 = *(%s *)(r1 +%d)\n\tr0 = 0\n\texit\n" % (size, off))
case(A, "kprobe_write", "kprobe/do_sys_open", "\tr2 = 0\n\t*(u64 *)(r1 +0) = r2\n\tr0 = 0\n\texit\n")
for off in (0, 4, 8, 16, 8188, 8192):
    case(A, "tp_read_%d" % off, "tracepoint/syscalls/sys_enter_openat", "\tr0 = *(u32 *)(r1 +%d)\n\tr0 = 0\n\texit\n" % off)
for off in (0, 88, 96):
    case(A, "rawtp_read_%d" % off, "raw_tracepoint/sched_switch", "\tr0 = *(u64 *)(r1 +%d)\n\tr0 = 0\n\texit\n" % off)
case(A, "ctx_modified_read", "socket", "\tr1 += 4\n\tr0 = *(u32 *)(r1 +0)\n\texit\n")
case(A, "ctx_var_read", "socket", "\tr2 = *(u32 *)(r1 +0)\n\tr2 &= 4\n\tr1 += r2\n\tr0 = *(u32 *)(r1 +0)\n\texit\n")
case(A, "ctx_st_imm", "socket", "\t*(u32 *)(r1 +48) = 1\n\tr0 = 0\n\texit\n")
case(A, "ctx_leak_ptr", "socket", "\t*(u64 *)(r1 +48) = r1\n\tr0 = 0\n\texit\n")
case(A, "sockops_read_op", "sockops", "\tr0 = *(u32 *)(r1 +0)\n\tr0 = 0\n\texit\n")
case(A, "sockops_read_sk", "sockops", "\tr0 = *(u64 *)(r1 +184)\n\tr0 = 0\n\texit\n")
case(A, "sockops_write_reply", "sockops", "\tr2 = 0\n\t*(u32 *)(r1 +4) = r2\n\tr0 = 0\n\texit\n")
case(A, "sockaddr_read_ip4", "cgroup/connect4", "\tr0 = *(u32 *)(r1 +4)\n\tr0 = 1\n\texit\n")
case(A, "sockaddr_write_port", "cgroup/connect4", "\tr2 = 0\n\t*(u32 *)(r1 +24) = r2\n\tr0 = 1\n\texit\n")
case(A, "perf_event_read_period", "perf_event", "\tr0 = *(u64 *)(r1 +168)\n\tr0 = 0\n\texit\n")

# writable raw tracepoints: args[0] is the tracepoint's buffer; netfilter: BTF pointers
case(A, "raw_tp_w_buffer_read", "raw_tracepoint.w", "\tr2 = *(u64 *)(r1 +0)\n\tr0 = *(u32 *)(r2 +16)\n\tr0 = 0\n\texit\n")
case(A, "raw_tp_w_buffer_write", "raw_tracepoint.w", "\tr2 = *(u64 *)(r1 +0)\n\t*(u32 *)(r2 +8) = 1\n\tr0 = 0\n\texit\n")
case(A, "raw_tp_w_buffer_neg", "raw_tracepoint.w", "\tr2 = *(u64 *)(r1 +0)\n\tr0 = *(u32 *)(r2 -4)\n\tr0 = 0\n\texit\n")
case(A, "raw_tp_w_buffer_narrow", "raw_tracepoint.w", "\tr2 = *(u32 *)(r1 +0)\n\tr0 = 0\n\texit\n")
case(A, "raw_tp_w_arg1", "raw_tracepoint.w", "\tr2 = *(u64 *)(r1 +8)\n\tr0 = 0\n\texit\n")
case(A, "netfilter_skb_ptr", "netfilter", "\tr2 = *(u64 *)(r1 +8)\n\tr0 = 1\n\texit\n")
case(A, "netfilter_unaligned", "netfilter", "\tr2 = *(u64 *)(r1 +9)\n\tr0 = 1\n\texit\n")
case(A, "netfilter_ret_2", "netfilter", "\tr0 = 2\n\texit\n")

# ---- packets ----
# a sign-extending load gives a number: fields that hold pointers refuse it
for sec, off, sz in (("xdp", 0, "s32"), ("xdp", 4, "s32"), ("xdp", 12, "s32"), ("xdp", 12, "s16"), ("tc", 76, "s32"),
                     ("tc", 0, "s32"), ("tc", 8, "s8"), ("socket", 76, "s32"), ("flow_dissector", 80, "s32"),
                     ("sk_msg", 0, "s32"), ("tracepoint", 8, "s32"), ("perf_event", 0, "s32")):
    case(A, "ldsx_%s_%d_%s" % (sec, off, sz), sec, "\tr2 = *(%s *)(r1 +%d)\n\tr0 = 0\n\texit\n" % (sz, off))

A = "packet"
PKT = "\tr2 = *(u32 *)(r1 +0)\n\tr3 = *(u32 *)(r1 +4)\n"
for n, rd in ((14, 13), (14, 14), (20, 16), (1, 0), (0, 0)):
    case(A, "xdp_check_%d_read_%d" % (n, rd), "xdp", PKT + "\tr4 = r2\n\tr4 += %d\n\tif r4 > r3 goto +1\n\tr0 = *(u8 *)(r2 +%d)\n\tr0 = 2\n\texit\n" % (n, rd))
case(A, "xdp_no_check", "xdp", PKT + "\tr0 = *(u8 *)(r2 +0)\n\tr0 = 2\n\texit\n")
case(A, "xdp_check_ge", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 >= r3 goto +1\n\tr0 = *(u8 *)(r2 +13)\n\tr0 = 2\n\texit\n")
case(A, "xdp_check_lt", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 < r3 goto +1\n\tr0 = 2\n\texit\n\tr0 = *(u8 *)(r2 +13)\n\tr0 = 2\n\texit\n")
case(A, "xdp_check_reversed", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r3 < r4 goto +1\n\tr0 = *(u8 *)(r2 +13)\n\tr0 = 2\n\texit\n")
case(A, "xdp_write", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +1\n\t*(u8 *)(r2 +0) = 1\n\tr0 = 2\n\texit\n")
case(A, "skb_write_socket", "socket", "\tr0 = 0\n\texit\n")
case(A, "cgskb_write_pkt", "cgroup_skb/ingress", "\tr2 = *(u32 *)(r1 +76)\n\tr3 = *(u32 *)(r1 +80)\n\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +1\n\t*(u8 *)(r2 +0) = 1\n\tr0 = 1\n\texit\n")
case(A, "tc_pkt_stale_after_store_bytes", "tc", "\tr6 = r1\n\tr2 = *(u32 *)(r1 +76)\n\tr3 = *(u32 *)(r1 +80)\n\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +8\n\tr7 = r2\n\tr1 = r6\n\tr2 = 0\n\tr3 = r10\n\tr3 += -8\n\t*(u64 *)(r10 -8) = 0\n\tr4 = 2\n\tr5 = 0\n\tcall bpf_skb_store_bytes\n\tr0 = *(u8 *)(r7 +0)\n\tr0 = 0\n\texit\n")
case(A, "tc_pkt_reload_after_store_bytes", "tc", "\tr6 = r1\n\tr1 = r6\n\tr2 = 0\n\tr3 = r10\n\tr3 += -8\n\t*(u64 *)(r10 -8) = 0\n\tr4 = 2\n\tr5 = 0\n\tcall bpf_skb_store_bytes\n\tr2 = *(u32 *)(r6 +76)\n\tr3 = *(u32 *)(r6 +80)\n\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 0\n\texit\n")
case(A, "xdp_stale_after_adjust_head", "xdp", "\tr6 = r1\n" + PKT.replace("r1", "r6") + "\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +5\n\tr7 = r2\n\tr1 = r6\n\tr2 = 4\n\tcall bpf_xdp_adjust_head\n\tr0 = *(u8 *)(r7 +0)\n\tr0 = 2\n\texit\n")
case(A, "pkt_var_off", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +4\n\tr5 = *(u8 *)(r2 +0)\n\tr5 &= 7\n\tr2 += r5\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 2\n\texit\n")
case(A, "pkt_var_off_recheck", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +7\n\tr5 = *(u8 *)(r2 +0)\n\tr5 &= 7\n\tr2 += r5\n\tr4 = r2\n\tr4 += 1\n\tif r4 > r3 goto +1\n\tr0 = *(u8 *)(r2 +0)\n\tr0 = 2\n\texit\n")
case(A, "pkt_end_deref", "xdp", PKT + "\tr0 = *(u8 *)(r3 +0)\n\tr0 = 2\n\texit\n")
case(A, "pkt_arith_pkt_end", "xdp", PKT + "\tr3 += 1\n\tr0 = 2\n\texit\n")
case(A, "pkt_compare_scalar", "xdp", PKT + "\tif r2 > 5 goto +0\n\tr0 = 2\n\texit\n")
case(A, "pkt_meta_read", "xdp", "\tr2 = *(u32 *)(r1 +8)\n\tr3 = *(u32 *)(r1 +0)\n\tr4 = r2\n\tr4 += 4\n\tif r4 > r3 goto +1\n\tr0 = *(u32 *)(r2 +0)\n\tr0 = 2\n\texit\n")
case(A, "pkt_negative_off", "xdp", PKT + "\tr4 = r2\n\tr4 += 14\n\tif r4 > r3 goto +1\n\tr0 = *(u8 *)(r2 -1)\n\tr0 = 2\n\texit\n")

# ---- maps and helpers ----
# both ways of a comparison with data_end lead to the same instruction: on the
# taken way the pointer is past the end, where nothing may be read
for op, cmp in (("gt", "if r1 > r3 goto +0"), ("lt", "if r3 < r1 goto +0"), ("ge", "if r1 >= r3 goto +0"),
                ("le", "if r3 <= r1 goto +0")):
    case(A, "xdp_same_target_" + op, "xdp", "\tr2 = *(u32 *)(r1 +0)\n\tr3 = *(u32 *)(r1 +4)\n\tr1 = r2\n"
         "\tr1 += 8\n\t%s\n\tr0 = *(u64 *)(r1 -8)\n\tr0 = 0\n\texit\n" % cmp)

A = "calls"
# a helper that reads and rewrites its memory (MEM_WRITE) leaves spilled
# values there unknown data, without the slots showing as touched
case(A, "helper_rw_mem_clobbers_spill", "xdp", '\tr6 = r1\n\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\t*(u64 *)(r10 -16) = r1\n\t*(u64 *)(r10 -24) = r1\n\t*(u64 *)(r10 -32) = r1\n\t*(u64 *)(r10 -40) = r1\n\t*(u64 *)(r10 -48) = r1\n\t*(u64 *)(r10 -56) = r1\n\tr1 = 5\n\t*(u64 *)(r10 -64) = r1\n\tr1 = r6\n\tr2 = r10\n\tr2 += -64\n\tr3 = 64\n\tr4 = 0\n\tcall fib_lookup\n\tr0 = *(u64 *)(r10 -64)\n\tr0 = 2\n\texit\n')
case(A, "helper_rw_fixed_mem_clobbers_spill", "xdp", '\tr6 = r1\n\tr1 = 7\n\t*(u64 *)(r10 -8) = r1\n\tr1 = r6\n\tr2 = 0\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n\tr5 = 0\n\tcall check_mtu\n\tr0 = *(u64 *)(r10 -8)\n\tr0 = 2\n\texit\n')
# helpers that may sleep: only sleepable programs (kprobe.multi is not one)
case(A, "copy_from_user_not_sleepable", "kprobe.multi", "\tr1 = r10\n\tr1 += -8\n\tr2 = 8\n\tr3 = 0\n\tcall copy_from_user\n\tr0 = 0\n\texit\n")
case(A, "copy_from_user_sleepable", "uprobe.s", "\tr1 = r10\n\tr1 += -8\n\tr2 = 8\n\tr3 = 0\n\tcall copy_from_user\n\tr0 = 0\n\texit\n")
# bpf_cast_to_kern_ctx: the context as the kernel's own struct, per type
for nm, sec in [("sk_buff", "tc"), ("xdp_buff", "xdp"), ("pt_regs", "kprobe/x"), ("sock_addr", "cgroup/connect4"),
                ("sock_ops", "sockops"), ("flow_dissector", "flow_dissector")]:
    case(A, "cast_kern_ctx_" + nm, sec, "\tcall bpf_cast_to_kern_ctx\n\tr0 = 1\n\texit\n")
case(A, "cast_kern_ctx_scalar", "tc", "\tr1 = 0\n\tcall bpf_cast_to_kern_ctx\n\tr0 = 0\n\texit\n")
case(A, "cast_kern_ctx_moved", "tc", "\tr1 += 8\n\tcall bpf_cast_to_kern_ctx\n\tr0 = 0\n\texit\n")
# the kernel's sk_buff is read through a trusted pointer: len at its offset
case(A, "cast_kern_ctx_read", "tc", "\tcall bpf_cast_to_kern_ctx\n\tr0 = *(u32 *)(r0 +0)\n\tr0 = 0\n\texit\n")
# bpf_rdonly_cast: type id 0 is void (read-only untrusted memory), a
# non-constant or unknown id is refused
case(A, "rdonly_cast_void", "tc", "\tr1 = 0\n\tr2 = 0\n\tcall bpf_rdonly_cast\n\tr0 = *(u32 *)(r0 +0)\n\tr0 = 0\n\texit\n")
case(A, "rdonly_cast_void_write", "tc", "\tr1 = 0\n\tr2 = 0\n\tcall bpf_rdonly_cast\n\tr1 = 1\n\t*(u32 *)(r0 +0) = r1\n\tr0 = 0\n\texit\n")
case(A, "rdonly_cast_not_const", "tc", "\tr2 = *(u32 *)(r1 +0)\n\tcall bpf_rdonly_cast\n\tr0 = 0\n\texit\n")
case(A, "rdonly_cast_unknown_id", "tc", "\tr2 = 99999999\n\tcall bpf_rdonly_cast\n\tr0 = 0\n\texit\n")
# no bytes from NULL: the zero size is still made precise
case(A, "csum_diff_null_size_precise", "tc", "\tr1 = 0\n\t*(u64 *)(r10 -8) = r1\n\tr1 = 0\n\tr2 = 0\n\tr3 = r10\n\tr3 += -8\n\tr4 = 8\n\tr5 = 0\n\tcall csum_diff\n\tr0 = 0\n\texit\n")
# stack of a call chain: 16-byte frames under the JIT; tracing programs get
# private stacks for functions of 64 bytes or more, unless they tail-call
F304 = ".func f304_%s\n\t*(u64 *)(r10 -304) = 0\n\tr0 = 0\n\texit\n"
case(A, "stack_chain_socket", "socket", "\t*(u64 *)(r10 -400) = 0\n\tcall f304_a\n\tr0 = 0\n\texit\n" + F304 % "a")
case(A, "stack_chain_kprobe", "kprobe/x", "\t*(u64 *)(r10 -400) = 0\n\tcall f304_b\n\tr0 = 0\n\texit\n" + F304 % "b")
case(A, "stack_chain_kprobe_small_main", "kprobe/x", "\t*(u64 *)(r10 -48) = 0\n\tcall f480\n\tr0 = 0\n\texit\n"
     ".func f480\n\t*(u64 *)(r10 -480) = 0\n\tr0 = 0\n\texit\n")
case(A, "stack_chain_kprobe_tail_call", "kprobe/x", "\tr6 = r1\n\t*(u64 *)(r10 -400) = 0\n\tcall f304_c\n\tr1 = r6\n"
     "\tr2 = map[pa]\n\tr3 = 0\n\tcall bpf_tail_call\n\tr0 = 0\n\texit\n" + F304 % "c",
     maps=MAPS + ".map pa prog_array key=4 value=4 entries=4\n")
case(A, "stack_chain_16", "socket", "\t*(u64 *)(r10 -200) = 0\n\tcall f312\n\tr0 = 0\n\texit\n"
     ".func f312\n\t*(u64 *)(r10 -312) = 0\n\tr0 = 0\n\texit\n")
case(A, "lookup_no_null_check", "socket", "\t*(u32 *)(r10 -4) = 0\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[h]\n\tcall bpf_map_lookup_elem\n\tr0 = *(u64 *)(r0 +0)\n\tr0 = 0\n\texit\n")
case(A, "lookup_key_uninit", "socket", "\tr2 = r10\n\tr2 += -8\n\tr1 = map[h]\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n")
case(A, "lookup_key_short", "socket", "\t*(u32 *)(r10 -4) = 0\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[h]\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n")
case(A, "lookup_key_scalar", "socket", "\tr2 = 0\n\tr1 = map[m]\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n")
case(A, "lookup_map_scalar", "socket", "\tr2 = r10\n\tr2 += -8\n\t*(u64 *)(r10 -8) = 0\n\tr1 = 0\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n")
case(A, "lookup_array_const_key", "socket", "\tr1 = 0\n\t*(u32 *)(r10 -4) = r1\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[m]\n\tcall bpf_map_lookup_elem\n\tr0 = *(u64 *)(r0 +0)\n\tr0 = 0\n\texit\n")
case(A, "lookup_array_key_oob", "socket", "\tr1 = 5\n\t*(u32 *)(r10 -4) = r1\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[m]\n\tcall bpf_map_lookup_elem\n\tr0 = *(u64 *)(r0 +0)\n\tr0 = 0\n\texit\n")
case(A, "lookup_value_oob", "socket", MAPVAL + "\tr0 = *(u64 *)(r7 +64)\n\tr0 = 0\n\texit\n")
case(A, "update_value_ok", "socket", "\t*(u64 *)(r10 -8) = 0\n\t*(u64 *)(r10 -16) = 0\n\t*(u64 *)(r10 -24) = 0\n\tr2 = r10\n\tr2 += -8\n\tr3 = r10\n\tr3 += -24\n\tr1 = map[h]\n\tr4 = 0\n\tcall bpf_map_update_elem\n\tr0 = 0\n\texit\n")
case(A, "update_value_short", "socket", "\t*(u64 *)(r10 -8) = 0\n\t*(u64 *)(r10 -16) = 0\n\tr2 = r10\n\tr2 += -8\n\tr3 = r10\n\tr3 += -16\n\tr1 = map[h]\n\tr4 = 0\n\tcall bpf_map_update_elem\n\tr0 = 0\n\texit\n")
case(A, "update_flags_ptr", "socket", "\t*(u64 *)(r10 -8) = 0\n\t*(u64 *)(r10 -16) = 0\n\t*(u64 *)(r10 -24) = 0\n\tr2 = r10\n\tr2 += -8\n\tr3 = r10\n\tr3 += -24\n\tr1 = map[h]\n\tr4 = r10\n\tcall bpf_map_update_elem\n\tr0 = 0\n\texit\n")
case(A, "probe_read_ok", "kprobe/do_sys_open", "\tr1 = r10\n\tr1 += -16\n\tr2 = 16\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_too_big", "kprobe/do_sys_open", "\tr1 = r10\n\tr1 += -16\n\tr2 = 17\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_var_size_masked", "kprobe/do_sys_open", "\tr6 = *(u64 *)(r1 +112)\n\tr6 &= 15\n\tr1 = r10\n\tr1 += -16\n\tr2 = r6\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_var_size_127", "kprobe/do_sys_open", "\tr6 = *(u64 *)(r1 +112)\n\tr6 &= 127\n\tr1 = r10\n\tr1 += -126\n\tr2 = r6\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_var_size_unbounded", "kprobe/do_sys_open", "\tr6 = *(u64 *)(r1 +112)\n\tr1 = r10\n\tr1 += -16\n\tr2 = r6\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_neg_size", "kprobe/do_sys_open", "\tr6 = *(u64 *)(r1 +112)\n\tif r6 s> 16 goto +5\n\tr1 = r10\n\tr1 += -16\n\tr2 = r6\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_size_on_copy", "kprobe/do_sys_open", "\tr6 = *(u64 *)(r1 +112)\n\tr7 = r6\n\tif r7 > 16 goto +5\n\tr1 = r10\n\tr1 += -16\n\tr2 = r6\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "probe_read_zero_size", "kprobe/do_sys_open", "\tr1 = r10\n\tr1 += -16\n\tr2 = 0\n\tr3 = 0\n\tcall bpf_probe_read_kernel\n\tr0 = 0\n\texit\n")
case(A, "get_current_comm_ok", "kprobe/do_sys_open", "\tr1 = r10\n\tr1 += -16\n\tr2 = 16\n\tcall bpf_get_current_comm\n\tr0 = 0\n\texit\n")
case(A, "trace_printk_ok", "kprobe/do_sys_open", "\tr1 = 0x0a6968\n\t*(u64 *)(r10 -8) = r1\n\tr1 = r10\n\tr1 += -8\n\tr2 = 8\n\tcall bpf_trace_printk\n\tr0 = 0\n\texit\n")
case(A, "helper_not_allowed_socket", "socket", "\tr1 = 0\n\tr2 = 0\n\tcall bpf_xdp_adjust_head\n\tr0 = 0\n\texit\n")
case(A, "helper_not_allowed_xdp", "xdp", "\tcall bpf_get_current_pid_tgid\n\tr0 = 0\n\texit\n")
case(A, "helper_allowed_kprobe", "kprobe/do_sys_open", "\tcall bpf_get_current_pid_tgid\n\tr0 = 0\n\texit\n")
case(A, "invalid_helper_id", "socket", "\tcall 9999\n\tr0 = 0\n\texit\n")
case(A, "helper_ctx_arg_modified", "tc", "\tr1 += 4\n\tcall bpf_get_hash_recalc\n\tr0 = 0\n\texit\n")
case(A, "helper_ctx_arg_scalar", "tc", "\tr1 = 0\n\tcall bpf_get_hash_recalc\n\tr0 = 0\n\texit\n")
case(A, "helper_leak_arg", "socket", "\tr1 = 0\n\tr2 = r10\n\tr3 = 0\n\tr4 = 0\n\tr5 = 0\n\tcall bpf_ktime_get_ns\n\tr0 = 0\n\texit\n")
case(A, "tail_call_ok", "socket", "\tr2 = map[pa]\n\tr3 = 0\n\tcall bpf_tail_call\n\tr0 = 0\n\texit\n", maps=MAPS + ".map pa prog_array key=4 value=4 entries=4\n")
case(A, "tail_call_wrong_map", "socket", "\tr2 = map[m]\n\tr3 = 0\n\tcall bpf_tail_call\n\tr0 = 0\n\texit\n")
case(A, "tail_call_r6_after", "socket", "\tr6 = r1\n\tr2 = map[pa]\n\tr3 = 0\n\tcall bpf_tail_call\n\tr0 = r6\n\tr0 = 0\n\texit\n", maps=MAPS + ".map pa prog_array key=4 value=4 entries=4\n")
case(A, "lookup_prog_array", "socket", "\t*(u32 *)(r10 -4) = 0\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[pa]\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n", maps=MAPS + ".map pa prog_array key=4 value=4 entries=4\n")
case(A, "perf_output_wrong_map", "kprobe/do_sys_open", "\tr2 = map[m]\n\tr3 = 0\n\tr4 = r10\n\tr4 += -8\n\t*(u64 *)(r10 -8) = 0\n\tr5 = 8\n\tcall bpf_perf_event_output\n\tr0 = 0\n\texit\n")
case(A, "ringbuf_reserve_submit", "kprobe/do_sys_open", "\tr1 = map[rb]\n\tr2 = 8\n\tr3 = 0\n\tcall bpf_ringbuf_reserve\n\tif r0 == 0 goto +3\n\tr1 = r0\n\tr2 = 0\n\tcall bpf_ringbuf_submit\n\tr0 = 0\n\texit\n", maps=MAPS + ".map rb ringbuf key=0 value=0 entries=4096\n")
case(A, "ringbuf_leak", "kprobe/do_sys_open", "\tr1 = map[rb]\n\tr2 = 8\n\tr3 = 0\n\tcall bpf_ringbuf_reserve\n\tr0 = 0\n\texit\n", maps=MAPS + ".map rb ringbuf key=0 value=0 entries=4096\n")
case(A, "ringbuf_no_null_check", "kprobe/do_sys_open", "\tr1 = map[rb]\n\tr2 = 8\n\tr3 = 0\n\tcall bpf_ringbuf_reserve\n\t*(u64 *)(r0 +0) = 1\n\tr1 = r0\n\tr2 = 0\n\tcall bpf_ringbuf_submit\n\tr0 = 0\n\texit\n", maps=MAPS + ".map rb ringbuf key=0 value=0 entries=4096\n")
case(A, "ringbuf_write_oob", "kprobe/do_sys_open", "\tr1 = map[rb]\n\tr2 = 8\n\tr3 = 0\n\tcall bpf_ringbuf_reserve\n\tif r0 == 0 goto +4\n\t*(u64 *)(r0 +8) = 1\n\tr1 = r0\n\tr2 = 0\n\tcall bpf_ringbuf_submit\n\tr0 = 0\n\texit\n", maps=MAPS + ".map rb ringbuf key=0 value=0 entries=4096\n")
case(A, "ringbuf_double_submit", "kprobe/do_sys_open", "\tr1 = map[rb]\n\tr2 = 8\n\tr3 = 0\n\tcall bpf_ringbuf_reserve\n\tif r0 == 0 goto +6\n\tr6 = r0\n\tr1 = r0\n\tr2 = 0\n\tcall bpf_ringbuf_submit\n\tr1 = r6\n\tr2 = 0\n\tcall bpf_ringbuf_submit\n\tr0 = 0\n\texit\n", maps=MAPS + ".map rb ringbuf key=0 value=0 entries=4096\n")
case(A, "map_value_ptr_leak", "socket", MAPVAL + "\t*(u64 *)(r7 +0) = r7\n\tr0 = 0\n\texit\n")
case(A, "map_ptr_arith", "socket", "\tr1 = map[m]\n\tr1 += 8\n\tr0 = 0\n\texit\n")
case(A, "map_value_or_null_arith", "socket", "\t*(u32 *)(r10 -4) = 0\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[h]\n\tcall bpf_map_lookup_elem\n\tr0 += 8\n\tr0 = 0\n\texit\n")
case(A, "subprog_call", "socket", "\tr1 = 1\n\tcall add_one\n\texit\n.func add_one\n\tr0 = r1\n\tr0 += 1\n\texit\n")
case(A, "subprog_uninit_r6", "socket", "\tr6 = 1\n\tcall use_r6\n\texit\n.func use_r6\n\tr0 = r6\n\texit\n")
case(A, "subprog_return_stack_ptr", "socket", "\tcall ret_fp\n\tr0 = 0\n\texit\n.func ret_fp\n\tr0 = r10\n\texit\n")
case(A, "subprog_caller_stack", "socket", "\t*(u64 *)(r10 -8) = 0\n\tr1 = r10\n\tr1 += -8\n\tcall read_it\n\texit\n.func read_it\n\tr0 = *(u64 *)(r1 +0)\n\texit\n")

# found by running the kernel's own verifier selftests against bpfvet
case(A, "recursion_too_deep", "socket", "\tr1 = 0\n\tcall rec\n\texit\n.func rec\n\tr1 += 1\n\tr0 = r1\n\tif r1 < 4 goto +1\n\texit\n\tcall rec\n\texit\n")
SOCKMAP = MAPS + ".map sm sockmap key=4 value=4 entries=1\n"
case(A, "sockmap_lookup_leak", "sk_skb", "\tr1 = 0\n\t*(u32 *)(r10 -4) = r1\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[sm]\n\tcall bpf_map_lookup_elem\n\tr0 = 0\n\texit\n", maps=SOCKMAP)
case(A, "sockmap_lookup_release", "sk_skb", "\tr1 = 0\n\t*(u32 *)(r10 -4) = r1\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[sm]\n\tcall bpf_map_lookup_elem\n\tif r0 != 0 goto +1\n\texit\n"
     "\tr1 = r0\n\tr0 = *(u32 *)(r0 +8)\n\tcall bpf_sk_release\n\texit\n", maps=SOCKMAP)
# an inner map of a map of maps: a constant in-range key into an inner array
# gives a value that is never NULL, as for any array
MIM = MAPS + ".map im array key=4 value=8 entries=2\n.map om array_of_maps key=4 value=4 entries=1 inner=im\n"
MIM_INNER = "\t*(u32 *)(r10 -4) = 0\n\tr2 = r10\n\tr2 += -4\n\tr1 = map[om]\n\tcall bpf_map_lookup_elem\n\tif r0 == 0 goto +8\n\tr1 = r0\n\tr2 = r10\n\tr2 += -8\n"
case(A, "inner_array_const_key", "socket", MIM_INNER + "\tr3 = %d\n\t*(u32 *)(r10 -8) = r3\n\tcall bpf_map_lookup_elem\n\tr0 = *(u64 *)(r0 +0)\n\tr0 = 0\n\texit\n" % 1, maps=MIM)
case(A, "inner_array_key_oob", "socket", MIM_INNER + "\tr3 = %d\n\t*(u32 *)(r10 -8) = r3\n\tcall bpf_map_lookup_elem\n\tr0 = *(u64 *)(r0 +0)\n\tr0 = 0\n\texit\n" % 2, maps=MIM)
# (a tail call in a subprogram needs BTF: tests/bpf/tail_call_subprog.bpf.c)
PA = MAPS + ".map pa prog_array key=4 value=4 entries=4\n"
case(A, "tail_call_main_pkt", "tc", "\tr2 = *(u32 *)(r1 +80)\n\tr7 = *(u32 *)(r1 +76)\n\tr3 = r7\n\tr3 += 4\n\tif r3 > r2 goto +5\n"
     "\tr2 = map[pa]\n\tr3 = 0\n\tcall bpf_tail_call\n\tr0 = *(u32 *)(r7 +0)\n\tr0 = 0\n\texit\n", maps=PA)

# ---- return codes ----
# a failing LD_ABS/LD_IND in a subprogram returns 0 to the caller at once
for op, load in (("abs", "r0 = *(u32 *)skb[0]"), ("ind", "r7 = 0\n\tr0 = *(u32 *)skb[r7 +0]")):
    for name, pre in (("early_exit", ""), ("both_paths", "\tr9 = 0\n")):
        sub = "ld%s_%s" % (op, name)
        case(A, "ld_%s_subprog_%s" % (op, name), "socket", "%s\tcall %s\n\tif r0 != 0 goto +1\n\tr0 = r9\n"
             "\tr0 = 0\n\texit\n.func %s\n\tr6 = r1\n\t%s\n\tr0 = 1\n\texit\n" % (pre, sub, sub, load))

# a sockmap's value is a socket; only some program types may update one
SOCKMAPS = MAPS + ".map sm sockmap key=4 value=4 entries=1\n.map sh sockhash key=4 value=4 entries=1\n"
SKZERO = "\tr1 = 0\n\t*(u32 *)(r10 -4) = r1\n"
for sec in ("tc", "socket", "xdp", "raw_tracepoint/sys_enter", "sk_msg", "sockops"):
    for m in ("sm", "sh"):
        case(A, "sockmap_delete_%s_%s" % (m, sec.split("/")[0]), sec, SKZERO + "\tr2 = r10\n\tr2 += -4\n"
             "\tr1 = map[%s]\n\tcall bpf_map_delete_elem\n\tr0 = 1\n\texit\n" % m, maps=SOCKMAPS)
case(A, "sockmap_update_stack_value", "tc", SKZERO + "\tr2 = r10\n\tr2 += -4\n\tr3 = r10\n\tr3 += -4\n"
     "\tr4 = 0\n\tr1 = map[sm]\n\tcall bpf_map_update_elem\n\tr0 = 0\n\texit\n", maps=SOCKMAPS)
case(A, "sockmap_update_skb_sk", "tc", "\tr3 = *(u64 *)(r1 +168)\n\tif r3 != 0x0 goto +2\n\tr0 = 0\n\texit\n\tr2 = 0\n\t*(u32 *)(r10 -4) = r2\n" +
     "\tr2 = r10\n\tr2 += -4\n\tr4 = 0\n\tr1 = map[sm]\n\tcall bpf_map_update_elem\n\tr0 = 0\n\texit\n",
     maps=SOCKMAPS)

A = "return"
for sec, vals in (("cgroup_skb/ingress", (0, 1, 2)), ("cgroup_skb/egress", (0, 3, 4)), ("cgroup/connect4", (0, 1, 2)),
                  ("cgroup/recvmsg4", (0, 1)), ("cgroup/bind4", (3, 4)), ("sockops", (5,)), ("cgroup/sock_create", (0, 2)),
                  ("socket", (12345,)), ("xdp", (7,)), ("raw_tracepoint/sched_switch", (5,)), ("sk_lookup", (0, 1, 2))):
    for v in vals:
        case(A, "ret_%s_%d" % (sec.replace("/", "_"), v), sec, "\tr0 = %d\n\texit\n" % v)
case(A, "ret_cgskb_unknown", "cgroup_skb/ingress", "\tr0 = *(u32 *)(r1 +0)\n\texit\n")
case(A, "ret_cgskb_masked", "cgroup_skb/ingress", "\tr0 = *(u32 *)(r1 +0)\n\tr0 &= 1\n\texit\n")
case(A, "ret_cgskb_pointer", "cgroup_skb/ingress", "\tr0 = r1\n\texit\n")

# ---- pointer arithmetic ----
A = "pointers"
# a map pointer is never NULL: comparing it with 0 is decided, no branch pushed
case(A, "map_ptr_null_check", "socket", "\tr1 = map[m]\n\tr0 = 0\n\tif r1 == 0x0 goto +2\n\tr0 = 1\n\texit\n\tr0 = 2\n\texit\n")
case(A, "ptr_add_ptr", "socket", "\tr2 = r10\n\tr2 += r1\n\tr0 = 0\n\texit\n")
case(A, "ptr_sub_ptr_priv", "socket", "\tr2 = r10\n\tr2 -= r1\n\tr0 = r2\n\texit\n")
case(A, "ptr_mul", "socket", "\tr2 = r10\n\tr2 *= 2\n\tr0 = 0\n\texit\n")
case(A, "ptr_and", "socket", "\tr2 = r10\n\tr2 &= 2\n\tr0 = 0\n\texit\n")
case(A, "ptr_alu32", "socket", "\tr2 = r10\n\tw2 += 2\n\tr0 = 0\n\texit\n")
case(A, "ptr_neg", "socket", "\tr2 = r10\n\tr2 = -r2\n\tr0 = 0\n\texit\n")
case(A, "ptr_bswap", "socket", "\tr2 = r10\n\tr2 = be64 r2\n\tr0 = 0\n\texit\n")
case(A, "ptr_mov32", "socket", "\tw2 = w10\n\tr0 = 0\n\texit\n")
case(A, "ptr_movsx", "socket", "\tr2 = (s32)r10\n\tr0 = 0\n\texit\n")
case(A, "ptr_big_const", "socket", MAPVAL + "\tr2 = r7\n\tr2 += 0x20000000\n\tr0 = 0\n\texit\n")
case(A, "ptr_cmp_ptr", "socket", "\tr2 = r10\n\tif r2 > r1 goto +0\n\tr0 = 0\n\texit\n")
case(A, "scalar_plus_ptr", "socket", MAPVAL + "\tr1 = 8\n\tr1 += r7\n\tr0 = *(u64 *)(r1 +0)\n\tr0 = 0\n\texit\n")
case(A, "ctx_plus_var", "socket", "\tr2 = *(u32 *)(r1 +0)\n\tr1 += r2\n\tr0 = 0\n\texit\n")
case(A, "null_cmp_fp", "socket", "\tr2 = r10\n\tif r2 == 0 goto +1\n\tr0 = 0\n\texit\n\tr0 = 1\n\texit\n")
# scalar minus pointer is refused even privileged (pointer minus pointer is a number)
case(A, "scalar_sub_ptr", "socket", "\tr0 = 1\n\tif r0 s>= 1 goto +0\n\tr0 -= r1\n\texit\n")
case(A, "scalar_sub_map_value", "socket", MAPVAL + "\tr1 = 4\n\tr1 -= r7\n\tr0 = 0\n\texit\n")

# a map pointer reads the kernel's struct for the map (bpf_array, bpf_htab, ...)
for name, m, load in (("map_ptr_neg", "m", "r6 = *(u64 *)(r1 -8)"), ("map_ptr_odd", "m", "r6 = *(u32 *)(r1 +1)"),
                      ("map_ptr_ops", "m", "r6 = *(u64 *)(r1 +0)\n\tr0 = *(u64 *)(r6 +0)"),
                      ("map_ptr_past_bpf_map", "m", "r6 = *(u32 *)(r1 +36)"),
                      ("map_ptr_beyond", "m", "r6 = *(u64 *)(r1 +30000)"),
                      ("map_ptr_hash_neg", "h", "r6 = *(u64 *)(r1 -8)"),
                      ("map_ptr_hash_write", "h", "r6 = 0\n\t*(u64 *)(r1 +0) = r6")):
    case(A, name, "socket", "\tr1 = map[%s]\n\t%s\n\tr0 = 1\n\texit\n" % (m, load))

# ---- sockets: a pointer cast from a referenced socket holds the same reference ----
SKLOOKUP = ("\tr2 = 0\n\t*(u32 *)(r10 -8) = r2\n\t*(u64 *)(r10 -16) = r2\n\t*(u64 *)(r10 -24) = r2\n"
            "\t*(u64 *)(r10 -32) = r2\n\t*(u64 *)(r10 -40) = r2\n\t*(u64 *)(r10 -48) = r2\n\tr2 = r10\n"
            "\tr2 += -48\n\tr3 = 36\n\tr4 = 0\n\tr5 = 0\n\tcall bpf_sk_lookup_tcp\n\tif r0 != 0x0 goto +1\n"
            "\texit\n\tr6 = r0\n\tr1 = r0\n")
for cast, load in (("bpf_skc_to_tcp_sock", "u8"), ("bpf_skc_to_tcp_timewait_sock", "u8"),
                   ("bpf_skc_to_unix_sock", "u8"), ("bpf_tcp_sock", "u32"), ("bpf_sk_fullsock", "u32"),
                   ("bpf_get_listener_sock", "u32")):
    # use the cast pointer after releasing the socket it came from
    case(A, "use_after_release_" + cast[4:], "tc", SKLOOKUP + "\tcall %s\n\tif r0 != 0x0 goto +3\n"
         "\tr1 = r6\n\tcall bpf_sk_release\n\texit\n\tr7 = r0\n\tr1 = r6\n\tcall bpf_sk_release\n"
         "\tr0 = *(%s *)(r7 +4)\n\tr0 = 0\n\texit\n" % (cast, load))
# releasing the cast pointer releases the socket
case(A, "release_cast_tcp_sock", "tc", SKLOOKUP + "\tcall bpf_skc_to_tcp_sock\n\tif r0 != 0x0 goto +3\n"
     "\tr1 = r6\n\tcall bpf_sk_release\n\texit\n\tr1 = r0\n\tcall bpf_sk_release\n\tr0 = 0\n\texit\n")


# ---- unprivileged: loads without CAP_BPF (kernel.unprivileged_bpf_disabled
# lowered to 0 for the load, capabilities dropped) ----
A = "unprivileged"
U = dict(unpriv=True)
case(A, "u_uninit_stack_read", "socket", "\tr0 = *(u64 *)(r10 -8)\n\texit\n", **U)
case(A, "u_init_stack_read", "socket", "\t*(u64 *)(r10 -8) = 0\n\tr0 = *(u64 *)(r10 -8)\n\texit\n", **U)
case(A, "u_leak_return", "socket", "\tr0 = r10\n\texit\n", **U)
case(A, "u_leak_ctx_return", "socket", "\tr0 = r1\n\texit\n", **U)
case(A, "u_leak_to_map", "socket", MAPVAL + "\t*(u64 *)(r7 +0) = r6\n\tr0 = 0\n\texit\n", **U)
case(A, "u_ptr_cmp", "socket", "\tr2 = r10\n\tif r2 == r1 goto +0\n\tr0 = 0\n\texit\n", **U)
case(A, "u_ptr_cmp_imm", "socket", "\tif r1 == 0x1 goto +0\n\tr0 = 0\n\texit\n", **U)
case(A, "u_stack_var_off", "socket", "\tr2 = *(u32 *)(r1 +0)\n\tr2 &= 7\n\tr3 = r10\n\tr3 += -16\n\tr3 += r2\n"
     "\t*(u8 *)(r3 +0) = 0\n\tr0 = 0\n\texit\n", **U)
case(A, "u_map_value_arith_ok", "socket", MAPVAL + "\tr1 = *(u32 *)(r6 +0)\n\tr1 &= 7\n\tr7 += r1\n"
     "\tr0 = *(u8 *)(r7 +0)\n\texit\n", **U)
case(A, "u_ctx_arith", "socket", "\tr1 += 4\n\tr0 = 0\n\texit\n", **U)
case(A, "u_partial_spill", "socket", "\t*(u64 *)(r10 -8) = r1\n\tr0 = *(u32 *)(r10 -8)\n\tr0 = 0\n\texit\n", **U)
case(A, "u_helper_uninit_key", "socket", "\tr2 = r10\n\tr2 += -8\n\tr1 = map[h]\n\tcall bpf_map_lookup_elem\n"
     "\tr0 = 0\n\texit\n", **U)
case(A, "u_div_by_reg", "socket", "\tr0 = *(u32 *)(r1 +0)\n\tr2 = *(u32 *)(r1 +4)\n\tr0 /= r2\n\texit\n", **U)
case(A, "u_mem_ok", "socket", MAPVAL + "\tr0 = *(u64 *)(r7 +0)\n\texit\n", **U)


# ---- maps and helpers: every helper that takes a map, given every map type
# (the kernel checks both ways: which maps a helper takes, which helpers a
# map takes); maps that need BTF to exist (local storage, kptrs) are left out ----
A = "maps"
MAP_TYPES = [
    ("hash", "key=4 value=8 entries=4"), ("array", "key=4 value=8 entries=4"),
    ("percpu_array", "key=4 value=8 entries=4"), ("lru_hash", "key=4 value=8 entries=4"),
    ("lpm_trie", "key=8 value=8 entries=4 flags=1"), ("prog_array", "key=4 value=4 entries=4"),
    ("perf_event_array", "key=4 value=4 entries=4"), ("stack_trace", "key=4 value=64 entries=4"),
    ("cgroup_array", "key=4 value=4 entries=4"), ("array_of_maps", "key=4 value=4 entries=4 inner=inner"),
    ("hash_of_maps", "key=4 value=4 entries=4 inner=inner"), ("devmap", "key=4 value=4 entries=4"),
    ("devmap_hash", "key=4 value=4 entries=4"), ("cpumap", "key=4 value=4 entries=4"),
    ("xskmap", "key=4 value=4 entries=4"), ("sockmap", "key=4 value=4 entries=4"),
    ("sockhash", "key=4 value=4 entries=4"), ("reuseport_sockarray", "key=4 value=4 entries=4"),
    ("cgroup_storage", "key=8 value=8 entries=0"), ("percpu_cgroup_storage", "key=8 value=8 entries=0"),
    ("queue", "key=0 value=8 entries=4"), ("stack", "key=0 value=8 entries=4"),
    ("ringbuf", "key=0 value=0 entries=4096"), ("bloom_filter", "key=0 value=8 entries=4"),
    ("user_ringbuf", "key=0 value=0 entries=4096"),
]
MAPS_ALL = ".map inner array key=4 value=8 entries=4\n" + "".join(
    ".map m_%s %s %s\n" % (t, t, a) for t, a in MAP_TYPES)
# r6 = ctx; fp-64..fp-1 zero: a key at fp-8, a value at fp-64
ZERO64 = "\tr6 = r1\n\tr0 = 0\n" + "".join("\t*(u64 *)(r10 -%d) = r0\n" % o for o in range(8, 72, 8))
KEY, VAL = "\tr2 = r10\n\tr2 += -8\n", "\tr3 = r10\n\tr3 += -64\n"
# helper: (section, setup with M for the map, after the call)
MAP_HELPERS = [
    ("map_lookup_elem", "socket", "\tr1 = M\n" + KEY),
    ("map_update_elem", "socket", "\tr1 = M\n" + KEY + VAL + "\tr4 = 0\n"),
    ("map_delete_elem", "socket", "\tr1 = M\n" + KEY),
    ("map_push_elem", "socket", "\tr1 = M\n\tr2 = r10\n\tr2 += -64\n\tr3 = 0\n"),
    ("map_pop_elem", "socket", "\tr1 = M\n\tr2 = r10\n\tr2 += -64\n"),
    ("map_peek_elem", "socket", "\tr1 = M\n\tr2 = r10\n\tr2 += -64\n"),
    ("tail_call", "socket", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n"),
    ("perf_event_output", "tc", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n\tr4 = r10\n\tr4 += -64\n\tr5 = 8\n"),
    ("perf_event_read", "kprobe/x", "\tr1 = M\n\tr2 = 0\n"),
    ("perf_event_read_value", "kprobe/x", "\tr1 = M\n\tr2 = 0\n" + VAL + "\tr4 = 24\n"),
    ("get_stackid", "kprobe/x", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n"),
    ("skb_under_cgroup", "tc", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n"),
    ("current_task_under_cgroup", "kprobe/x", "\tr1 = M\n\tr2 = 0\n"),
    ("get_local_storage", "cgroup_skb/ingress", "\tr1 = M\n\tr2 = 0\n"),
    ("redirect_map", "xdp", "\tr1 = M\n\tr2 = 0\n\tr3 = 0\n"),
    ("sk_redirect_map", "sk_skb/stream_verdict", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n\tr4 = 0\n"),
    ("sk_redirect_hash", "sk_skb/stream_verdict", "\tr1 = r6\n\tr2 = M\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n"),
    ("sock_map_update", "sockops", "\tr1 = r6\n\tr2 = M\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n"),
    ("sock_hash_update", "sockops", "\tr1 = r6\n\tr2 = M\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n"),
    ("msg_redirect_map", "sk_msg", "\tr1 = r6\n\tr2 = M\n\tr3 = 0\n\tr4 = 0\n"),
    ("msg_redirect_hash", "sk_msg", "\tr1 = r6\n\tr2 = M\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n"),
    ("sk_select_reuseport", "sk_reuseport", "\tr1 = r6\n\tr2 = M\n\tr3 = r10\n\tr3 += -8\n\tr4 = 0\n"),
    ("ringbuf_output", "kprobe/x", "\tr1 = M\n\tr2 = r10\n\tr2 += -64\n\tr3 = 8\n\tr4 = 0\n"),
    ("ringbuf_reserve", "kprobe/x", "\tr1 = M\n\tr2 = 8\n\tr3 = 0\n",
     "\tif r0 == 0x0 goto +3\n\tr1 = r0\n\tr2 = 0\n\tcall bpf_ringbuf_discard\n"),
    ("ringbuf_query", "kprobe/x", "\tr1 = M\n\tr2 = 0\n"),
    ("ringbuf_reserve_dynptr", "kprobe/x", "\tr1 = M\n\tr2 = 8\n\tr3 = 0\n\tr4 = r10\n\tr4 += -80\n",
     "\tr1 = r10\n\tr1 += -80\n\tr2 = 0\n\tcall bpf_ringbuf_discard_dynptr\n"),
    ("map_lookup_percpu_elem", "kprobe/x", "\tr1 = M\n" + KEY + "\tr3 = 0\n"),
    ("sk_storage_get", "cgroup/sock_create", "\tr1 = M\n\tr2 = r6\n\tr3 = 0\n\tr4 = 0\n"),
    ("sk_storage_delete", "cgroup/sock_create", "\tr1 = M\n\tr2 = r6\n"),
    ("task_storage_get", "kprobe/x", "\tr1 = M\n\tr2 = 0\n\tr3 = 0\n\tr4 = 0\n"),
    ("cgrp_storage_get", "kprobe/x", "\tr1 = M\n\tr2 = 0\n\tr3 = 0\n\tr4 = 0\n"),
]
for h in MAP_HELPERS:
    helper, sec, setup = h[0], h[1], h[2]
    after = h[3] if len(h) > 3 else ""
    for t, _ in MAP_TYPES:
        case(A, "%s_%s" % (helper, t), sec, ZERO64 + setup.replace("M", "map[m_%s]" % t) +
             "\tcall bpf_%s\n" % helper + after + "\tr0 = 0\n\texit\n", maps=MAPS_ALL)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def main():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    only = sys.argv[2:]  # area names: rewrite only those files
    for area, cases in areas.items():
        if only and area not in only:
            continue
        results = {}
        by_maps = {}
        for c in cases:
            by_maps.setdefault((c[3], c[4]), []).append(c)
        for (maps, unpriv), cs in by_maps.items():
            with tempfile.NamedTemporaryFile("w", suffix=".s", delete=False) as f:
                f.write('.license "GPL"\n' + maps)
                for name, sec, body, _, _ in cs:
                    f.write(".prog %s %s\n%s" % (name, sec, body))
                path = f.name
            r = run([BPFVET, "kernel", path, "--json"] + (["--unprivileged"] if unpriv else []))
            os.unlink(path)
            try:
                for p in json.loads(r.stdout):
                    results[p["name"]] = p
            except json.JSONDecodeError:
                sys.exit("%s: %s\n%s" % (area, r.stderr, r.stdout))
        lines = ["; %s: verifier cases, expectations recorded from the running kernel" % area,
                 "; by tools/gen_verifier_cases.py (and checked against it by the tests).",
                 '.license "GPL"']
        maps_all = []
        for c in cases:
            for m in c[3].splitlines():
                if m not in maps_all:
                    maps_all.append(m)
        lines += maps_all
        for name, sec, body, _, unpriv in cases:
            p = results.get(name)
            if not p or p.get("refused_early"):
                print("skip %s: %s" % (name, p), file=sys.stderr)
                continue
            if p["verdict"] == "accept":
                lines.append("; expect: accept")
            else:
                lines.append("; expect: reject %s" % p["error"]["message"])
                if p["error"]["insn"] >= 0:
                    lines.append("; insn: %d" % p["error"]["insn"])
            if unpriv:
                lines.append("; unprivileged")
            lines.append(".prog %s %s" % (name, sec))
            lines.append(body.rstrip("\n"))
            total += 1
        with open(os.path.join(OUT, area + ".s"), "w") as f:
            f.write("\n".join(lines) + "\n")
    print("%d cases written to %s" % (total, OUT))


main()
