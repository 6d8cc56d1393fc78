; structure: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: reject jump out of range from insn 1 to 7
.prog jmp_out_of_range socket
	r0 = 0
	goto +5
	exit
; expect: reject jump out of range from insn 1 to -3
.prog jmp_back_out_of_range socket
	r0 = 0
	goto -5
	exit
; expect: reject jump out of range from insn 1 to 11
.prog cond_out_of_range socket
	r0 = 0
	if r0 == 0 goto +9
	exit
; expect: reject last insn is not an exit or jmp
.prog last_not_exit socket
	r0 = 0
	if r0 == 0 goto +1
	exit
	r1 = 0
; expect: reject infinite loop detected at insn 1
; insn: 3
.prog last_is_ja socket
	r0 = 0
	if r0 == 0 goto +1
	goto +1
	goto -3
	exit
; expect: reject unreachable insn 2
.prog unreachable socket
	r0 = 0
	exit
	r0 = 1
	exit
; expect: reject unreachable insn 2
.prog unreachable_after_loop socket
	r0 = 0
l:
	goto l
	exit
; expect: reject infinite loop detected at insn 1
; insn: 1
.prog infinite_loop socket
	r0 = 0
l:
	goto l
; expect: reject infinite loop detected at insn 1
; insn: 2
.prog infinite_loop2 socket
	r0 = 0
l:
	r1 = 1
	goto l
; expect: reject jump into the middle of ldimm64 insn 2
.prog ldimm64_middle socket
	r0 = 0
	if r0 == 0 goto +1
	r1 = 0x123456789 ll
	exit
; expect: accept
.prog ldimm64_ok socket
	r0 = 0x123456789 ll
	r0 = 0
	exit
; expect: accept
.prog bounded_loop socket
	r0 = 0
l:
	r0 += 1
	if r0 < 10 goto l
	r0 = 0
	exit
; expect: accept
.prog bounded_loop_1000 socket
	r0 = 0
l:
	r0 += 1
	if r0 < 1000 goto l
	r0 = 0
	exit
; expect: reject BPF program is too large. Processed 1000001 insn
; insn: 1
.prog too_many_insns socket
	r0 = 0
l:
	r0 += 1
	if r0 < 10000000 goto l
	exit
; expect: accept
.prog two_loops socket
	r0 = 0
a1:
	r0 += 1
	if r0 < 3 goto a1
	r1 = 0
b1:
	r1 += 1
	if r1 < 3 goto b1
	r0 = 0
	exit
; expect: accept
.prog nested_loops socket
	r0 = 0
o1:
	r1 = 0
i1:
	r1 += 1
	if r1 < 2 goto i1
	r0 += 1
	if r0 < 2 goto o1
	r0 = 0
	exit
; expect: accept
.prog loop_in_subprog socket
	r1 = 0
	call loopy
	r0 = 0
	exit
.func loopy
	r0 = 0
l2:
	r0 += 1
	if r0 < 3 goto l2
	exit
; expect: reject BPF program is too large. Processed 1000001 insn
; insn: 3
.prog loop_unknown_bound socket
	r1 = *(u32 *)(r1 +0)
	r0 = 0
l:
	r0 += 1
	if r0 < r1 goto l
	r0 = 0
	exit
; expect: reject R0 !read_ok
; insn: 0
.prog empty_exit_only socket
	exit
; expect: reject frame pointer is read only
; insn: 0
.prog fp_write socket
	r10 = 0
	r0 = 0
	exit
; expect: reject frame pointer is read only
; insn: 0
.prog fp_add socket
	r10 += 8
	r0 = 0
	exit
; expect: accept
.prog r11 socket
	r0 = 0
	exit
; expect: accept
.prog two_exits socket
	r0 = 0
	if r0 == 1 goto +1
	exit
	r0 = 1
	exit
; expect: accept
.prog backward_cond_ok socket
	r1 = 3
l:
	r1 -= 1
	if r1 != 0 goto l
	r0 = r1
	exit
; expect: reject unreachable insn 2
.prog gotol socket
	r0 = 0
	gotol +1
	r0 = 1
	exit
; expect: accept
.prog may_goto_neg_off socket
	r0 = *(u32 *)(r10 -4)
	goto +1
	goto +2
	may_goto -2
	if r0 > 10 goto -2
	r0 = 0
	exit
; expect: accept
.prog may_goto_counter socket
	r6 = 0
	r7 = 0
l:
	may_goto +3
	r6 += 1
	r7 += 2
	goto l
	r0 = 0
	exit
; expect: accept
.prog may_goto_bounded_index socket
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r6 = 0
l:
	may_goto +7
	if r6 > 7 goto +6
	r2 = r10
	r2 += -8
	r2 += r6
	r0 = *(u8 *)(r2 +0)
	r6 += 1
	goto l
	r0 = 0
	exit
; expect: reject invalid read from stack R2 off=0 size=1
; insn: 7
.prog may_goto_unbounded_index socket
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r6 = 0
l:
	may_goto +6
	r2 = r10
	r2 += -8
	r2 += r6
	r0 = *(u8 *)(r2 +0)
	r6 += 1
	goto l
	r0 = 0
	exit
; expect: accept
.prog optional_section ?socket
	r0 = 0
	exit
; expect: reject R5 !read_ok
; insn: 0
.prog optional_section_reject ?xdp
	r0 = r5
	exit
