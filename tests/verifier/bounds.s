; bounds: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog prune_old_scalar_without_id socket
	r1 = 0
	*(u64 *)(r10 -8) = r1
	*(u64 *)(r10 -16) = r1
	call get_prandom_u32
	r6 = r0
	r6 &= 7
	call get_prandom_u32
	if r0 == 0 goto a
	r7 = r6
	r7 &= 7
	r8 = 1
	r8 = 2
	r8 = 3
	r8 = 4
	r8 = 5
	r8 = 6
	goto j
j:
	r1 = r10
	r1 += -16
	r1 += r6
	r0 = *(u8 *)(r1 +0)
	r1 = r10
	r1 += -16
	r1 += r7
	r0 = *(u8 *)(r1 +0)
	r0 = 0
	exit
a:
	r7 = r6
	goto j
; expect: accept
.prog linked_alu32_bound_zext socket
	call get_prandom_u32
	r6 = r0
	w6 = w6
	w7 = w6
	w7 += -16777217
	if w7 < 0xffff goto l
	r0 = r6
	exit
l:
	r0 = 0
	exit
; expect: accept
.prog alu64_and_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_and_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_and_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_and_7_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_and_7_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_and_7_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_255_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_255_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_and_255_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_17_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_17_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_mod_17_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_4_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_4_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_4_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_128_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_128_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu64_div_128_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_rsh_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_rsh_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_rsh_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_rsh_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_rsh_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_rsh_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_rsh_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_58_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_58_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_58_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_57_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_57_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu64_rsh_57_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_lsh_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_lsh_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_lsh_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_lsh_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_or_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_or_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_or_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_128_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_128_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_or_128_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_xor_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_xor_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_xor_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_xor_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_xor_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_xor_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_add_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_add_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_add_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_add_8_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_add_8_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_add_8_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_add_m1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_add_m1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_add_m1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_add_100_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_add_100_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu64_add_100_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_sub_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_sub_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog alu64_sub_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_sub_m8_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_sub_m8_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_sub_m8_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_mul_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_mul_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_mul_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_mul_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu64_mul_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	r1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu64_mul_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 &= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 &= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_7_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_7_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_and_7_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 &= 7
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_255_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_255_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_and_255_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 &= 255
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 %= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 %= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_17_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_17_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_mod_17_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 %= 17
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 /= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_4_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_4_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_4_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 /= 4
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_128_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_128_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog alu32_div_128_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 /= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_rsh_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_rsh_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_rsh_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 >>= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_rsh_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_rsh_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_rsh_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 >>= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog alu32_rsh_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_rsh_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_rsh_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 >>= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 58
; insn: 11
.prog alu32_rsh_58_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 58
; insn: 11
.prog alu32_rsh_58_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 58
; insn: 11
.prog alu32_rsh_58_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 >>= 58
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 57
; insn: 11
.prog alu32_rsh_57_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 57
; insn: 11
.prog alu32_rsh_57_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid shift 57
; insn: 11
.prog alu32_rsh_57_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 >>= 57
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_lsh_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 <<= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_lsh_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 <<= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_lsh_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_lsh_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 <<= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_or_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_or_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_or_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 |= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_64_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_64_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_64_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 |= 64
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_128_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_128_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_or_128_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 |= 128
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_xor_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_xor_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_xor_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 ^= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_xor_63_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_xor_63_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_xor_63_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 ^= 63
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_add_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_add_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 += 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_add_8_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_add_8_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_8_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 += 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_m1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_m1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_m1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 += -1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_add_100_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 14
.prog alu32_add_100_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_add_100_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 += 100
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_sub_1_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_sub_1_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_sub_1_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 -= 1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_sub_m8_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_sub_m8_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_sub_m8_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 -= -8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_mul_2_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_mul_2_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_mul_2_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 *= 2
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_mul_3_u8 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	w1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog alu32_mul_3_u16 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u16 *)(r7 +0)
	w1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 unbounded memory access, make sure to bounds check any such access
; insn: 14
.prog alu32_mul_3_u32 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	w1 *= 3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jgt_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 > 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jge_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 >= 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jsgt_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 s> 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_signed_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 63 goto +4
	if r1 s< 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject value -2147483648 makes map_value pointer be out of bounds
; insn: 13
.prog check_signed_nolow_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog check_jmp32_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	if w1 > 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_on_copy_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	if r3 > 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 14
.prog check_on_copy32_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	w3 = w1
	if w3 > 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_spill_fill_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	*(u64 *)(r10 -16) = r1
	if r1 > 63 goto +4
	r1 = *(u64 *)(r10 -16)
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_plus_const_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	r3 += 8
	if r3 > 63 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog check_jgt_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 > 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jge_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 >= 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 14
.prog check_jsgt_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 s> 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 15
.prog check_signed_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 64 goto +4
	if r1 s< 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject value -2147483648 makes map_value pointer be out of bounds
; insn: 13
.prog check_signed_nolow_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog check_jmp32_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	if w1 > 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 15
.prog check_on_copy_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	if r3 > 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 14
.prog check_on_copy32_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	w3 = w1
	if w3 > 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 16
.prog check_spill_fill_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	*(u64 *)(r10 -16) = r1
	if r1 > 64 goto +4
	r1 = *(u64 *)(r10 -16)
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_plus_const_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	r3 += 8
	if r3 > 64 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jgt_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 > 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jge_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 >= 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_jsgt_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	if r1 s> 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_signed_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 0 goto +4
	if r1 s< 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject value -2147483648 makes map_value pointer be out of bounds
; insn: 13
.prog check_signed_nolow_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s32 *)(r7 +0)
	if r1 s> 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog check_jmp32_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	if w1 > 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_on_copy_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	if r3 > 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 14
.prog check_on_copy32_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	w3 = w1
	if w3 > 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_spill_fill_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	*(u64 *)(r10 -16) = r1
	if r1 > 0 goto +4
	r1 = *(u64 *)(r10 -16)
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: accept
.prog check_plus_const_0 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r7 +0)
	r3 = r1
	r3 += 8
	if r3 > 0 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is outside of the allowed memory range
; insn: 12
.prog negative_offset socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r2 = r7
	r2 += -1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R7 min value is outside of the allowed memory range
; insn: 10
.prog offset_64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u8 *)(r7 +64)
	r0 = 0
	exit
; expect: accept
.prog offset_63 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u8 *)(r7 +63)
	r0 = 0
	exit
; expect: reject R7 min value is outside of the allowed memory range
; insn: 10
.prog offset_60_u64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u64 *)(r7 +60)
	r0 = 0
	exit
; expect: accept
.prog offset_56_u64 socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u64 *)(r7 +56)
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 12
.prog unbounded_add socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	r2 = r7
	r2 += r1
	r0 = 0
	exit
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 13
.prog unbounded_min socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u64 *)(r7 +0)
	if r1 s> 10 goto +3
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject div by zero
; insn: 1
.prog div_by_zero_k socket
	r0 = 1
	r0 /= 0
	exit
; expect: reject div by zero
; insn: 1
.prog mod_by_zero_k socket
	r0 = 1
	r0 %= 0
	exit
; expect: accept
.prog div_by_reg_zero_ok socket
	r0 = 1
	r1 = 0
	r0 /= r1
	exit
; expect: reject invalid shift 64
; insn: 1
.prog shift_too_far socket
	r0 = 1
	r0 <<= 64
	exit
; expect: reject invalid shift 32
; insn: 1
.prog shift32_too_far socket
	w0 = 1
	w0 <<= 32
	exit
; expect: reject invalid shift 64
; insn: 1
.prog arsh_too_far socket
	r0 = 1
	r0 s>>= 64
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog movsx_bounds socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 = (s8)r1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 13
.prog ldsx_bounds socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(s8 *)(r7 +0)
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 max value is outside of the allowed memory range
; insn: 15
.prog bswap_bounds socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 = bswap16 r1
	r1 >>= 8
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned index or do a if (index >=0) check.
; insn: 14
.prog neg_bounds socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u8 *)(r7 +0)
	r1 = -r1
	r2 = r7
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; <<32 carries a 32-bit signed range into the top half exactly, negative
; bounds too (6.18; older kernels kept only non-negative ones)
; expect: accept
.prog lsh32_negative_range socket
	call get_prandom_u32
	w0 &= 15
	w0 += -20
	r0 <<= 32
	r0 s>>= 32
	r0 = 0
	exit
; expect: accept
.prog lsh32_mixed_range socket
	call get_prandom_u32
	r0 &= 15
	r0 += -5
	r0 <<= 32
	r0 s>>= 32
	r0 = 0
	exit
; found by the random generator (shape 1): a register compared with itself
; a register compared with itself: the impossible side empties the signed range, which the
; s32 range then restores (the u32 range is left alone: [6,5] is no u32 range)
; expect: accept
.prog same_reg_sle_5_6 socket
	r1 = *(u32 *)(r1 +0)
	r1 &= 1
	r1 += 5
	if r1 s<= r1 goto +1
	r0 = 0
	r0 = 0
	exit
; the same across the sign: the kernel reports REG INVARIANTS VIOLATION and forgets the ranges
; expect: accept
.prog same_reg_sle_m1_0 socket
	r1 = *(u32 *)(r1 +0)
	r1 &= 1
	r1 -= 1
	if r1 s<= r1 goto +1
	r0 = 0
	r0 = 0
	exit
; ... on the taken side of a 32-bit comparison
; expect: accept
.prog same_reg_w_sgt_m1_0 socket
	r1 = *(u32 *)(r1 +0)
	r1 &= 1
	r1 -= 1
	if w1 s> w1 goto +1
	r0 = 0
	r0 = 0
	exit
; unsigned: the bits leave one value, 6
; expect: accept
.prog same_reg_le_5_6 socket
	r1 = *(u32 *)(r1 +0)
	r1 &= 1
	r1 += 5
	if r1 <= r1 goto +1
	r0 = 0
	r0 = 0
	exit
