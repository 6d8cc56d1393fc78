; stack: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog store_u64_8 socket
	*(u64 *)(r10 -8) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u64_8 socket
	r1 = 1
	*(u64 *)(r10 -8) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u64_8 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 -8)
	exit
; expect: accept
.prog store_u32_4 socket
	*(u32 *)(r10 -4) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u32_4 socket
	r1 = 1
	*(u32 *)(r10 -4) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u32_4 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u32 *)(r10 -4)
	exit
; expect: accept
.prog store_u8_1 socket
	*(u8 *)(r10 -1) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u8_1 socket
	r1 = 1
	*(u8 *)(r10 -1) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u8_1 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u8 *)(r10 -1)
	exit
; expect: accept
.prog store_u64_512 socket
	*(u64 *)(r10 -512) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u64_512 socket
	r1 = 1
	*(u64 *)(r10 -512) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u64_512 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 -512)
	exit
; expect: reject invalid write to stack R10 off=-520 size=8
; insn: 0
.prog store_u64_520 socket
	*(u64 *)(r10 -520) = 0
	r0 = 0
	exit
; expect: reject invalid write to stack R10 off=-520 size=8
; insn: 1
.prog storex_u64_520 socket
	r1 = 1
	*(u64 *)(r10 -520) = r1
	r0 = 0
	exit
; expect: reject invalid read from stack R10 off=-520 size=8
; insn: 1
.prog load_init_u64_520 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 -520)
	exit
; expect: reject invalid write to stack R10 off=0 size=8
; insn: 0
.prog store_u64_0 socket
	*(u64 *)(r10 +0) = 0
	r0 = 0
	exit
; expect: reject invalid write to stack R10 off=0 size=8
; insn: 1
.prog storex_u64_0 socket
	r1 = 1
	*(u64 *)(r10 +0) = r1
	r0 = 0
	exit
; expect: reject invalid read from stack R10 off=0 size=8
; insn: 1
.prog load_init_u64_0 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 +0)
	exit
; expect: reject invalid write to stack R10 off=8 size=8
; insn: 0
.prog store_u64_p8 socket
	*(u64 *)(r10 +8) = 0
	r0 = 0
	exit
; expect: reject invalid write to stack R10 off=8 size=8
; insn: 1
.prog storex_u64_p8 socket
	r1 = 1
	*(u64 *)(r10 +8) = r1
	r0 = 0
	exit
; expect: reject invalid read from stack R10 off=8 size=8
; insn: 1
.prog load_init_u64_p8 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 +8)
	exit
; expect: accept
.prog store_u16_2 socket
	*(u16 *)(r10 -2) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u16_2 socket
	r1 = 1
	*(u16 *)(r10 -2) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u16_2 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u16 *)(r10 -2)
	exit
; expect: reject misaligned stack access off 0+0+-3 size 2
; insn: 0
.prog store_u16_3 socket
	*(u16 *)(r10 -3) = 0
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-3 size 2
; insn: 1
.prog storex_u16_3 socket
	r1 = 1
	*(u16 *)(r10 -3) = r1
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-3 size 2
; insn: 1
.prog load_init_u16_3 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u16 *)(r10 -3)
	exit
; expect: reject misaligned stack access off 0+0+-6 size 4
; insn: 0
.prog store_u32_6 socket
	*(u32 *)(r10 -6) = 0
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-6 size 4
; insn: 1
.prog storex_u32_6 socket
	r1 = 1
	*(u32 *)(r10 -6) = r1
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-6 size 4
; insn: 1
.prog load_init_u32_6 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u32 *)(r10 -6)
	exit
; expect: reject misaligned stack access off 0+0+-12 size 8
; insn: 0
.prog store_u64_12 socket
	*(u64 *)(r10 -12) = 0
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-12 size 8
; insn: 1
.prog storex_u64_12 socket
	r1 = 1
	*(u64 *)(r10 -12) = r1
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-12 size 8
; insn: 1
.prog load_init_u64_12 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 -12)
	exit
; expect: accept
.prog store_u8_511 socket
	*(u8 *)(r10 -511) = 0
	r0 = 0
	exit
; expect: accept
.prog storex_u8_511 socket
	r1 = 1
	*(u8 *)(r10 -511) = r1
	r0 = 0
	exit
; expect: accept
.prog load_init_u8_511 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u8 *)(r10 -511)
	exit
; expect: reject invalid write to stack R10 off=-513 size=1
; insn: 0
.prog store_u8_513 socket
	*(u8 *)(r10 -513) = 0
	r0 = 0
	exit
; expect: reject invalid write to stack R10 off=-513 size=1
; insn: 1
.prog storex_u8_513 socket
	r1 = 1
	*(u8 *)(r10 -513) = r1
	r0 = 0
	exit
; expect: reject invalid read from stack R10 off=-513 size=1
; insn: 1
.prog load_init_u8_513 socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u8 *)(r10 -513)
	exit
; expect: accept
.prog uninit_read_8 socket
	r0 = *(u64 *)(r10 -8)
	exit
; expect: accept
.prog uninit_read_16 socket
	r0 = *(u64 *)(r10 -16)
	exit
; expect: accept
.prog uninit_read_24 socket
	r0 = *(u64 *)(r10 -24)
	exit
; expect: accept
.prog spill_ctx_fill socket
	*(u64 *)(r10 -8) = r1
	r1 = *(u64 *)(r10 -8)
	r0 = *(u32 *)(r1 +0)
	exit
; expect: reject invalid size of register fill
; insn: 1
.prog spill_ctx_partial_fill socket
	*(u64 *)(r10 -8) = r1
	r1 = *(u32 *)(r10 -8)
	r0 = 0
	exit
; expect: reject invalid size of register spill
; insn: 0
.prog spill_ctx_partial socket
	*(u32 *)(r10 -8) = r1
	r0 = 0
	exit
; expect: reject R1 invalid mem access 'scalar'
; insn: 3
.prog spill_ctx_overwrite_byte socket
	*(u64 *)(r10 -8) = r1
	*(u8 *)(r10 -8) = 0
	r1 = *(u64 *)(r10 -8)
	r0 = *(u32 *)(r1 +0)
	exit
; expect: accept
.prog spill_scalar_fill32 socket
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r1 = *(u32 *)(r10 -8)
	r0 = r1
	exit
; expect: accept
.prog spill_scalar_fill_hi32 socket
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r0 = *(u32 *)(r10 -4)
	exit
; expect: accept
.prog stack_ptr_var_off socket
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
	r2 = r10
	r2 += -16
	r2 += r1
	*(u8 *)(r2 +0) = 0
	r0 = 0
	exit
; expect: accept
.prog stack_ptr_var_off_read socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	*(u64 *)(r10 -16) = 0
	r1 = *(u8 *)(r7 +0)
	r1 &= 7
	r2 = r10
	r2 += -16
	r2 += r1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject invalid variable-offset write to stack R2 var_off=(0x0; 0xf) off=-8 size=1
; insn: 15
.prog stack_ptr_var_off_oob socket
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
	r1 &= 15
	r2 = r10
	r2 += -8
	r2 += r1
	*(u8 *)(r2 +0) = 0
	r0 = 0
	exit
; expect: reject R2 subtraction from stack pointer prohibited
; insn: 2
.prog stack_ptr_sub socket
	r2 = r10
	r1 = 8
	r2 -= r1
	r0 = 0
	exit
; expect: reject misaligned stack access off 0+0+-10 size 4
; insn: 1
.prog misaligned_stack_read socket
	*(u64 *)(r10 -16) = 0
	r0 = *(u32 *)(r10 -10)
	exit
; expect: accept
.prog stack_depth_512 socket
	*(u64 *)(r10 -512) = 0
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 0
.prog spill_pkt_no socket
	r2 = *(u32 *)(r1 +76)
	r0 = 0
	exit
; expect: accept
.prog fill_misc_after_partial socket
	r1 = 7
	*(u32 *)(r10 -8) = r1
	r0 = *(u64 *)(r10 -8)
	exit
; expect: accept
.prog prune_uninit_matches_spill socket
	r1 = 0
	*(u64 *)(r10 -16) = r1
	call get_prandom_u32
	if r0 == 0 goto l1
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r2 = 1
	r3 = 2
	if r0 > 5 goto l2
	r4 = 3
l2:
	r5 = 4
	r6 = 5
	r7 = 6
	r8 = 7
	r9 = 8
	if r0 > 7 goto l3
	r3 = 1
l3:
	r5 = 4
	r6 = 5
	r7 = 6
	r8 = 7
	r9 = 8
	if r0 > 9 goto l1
	r3 = 1
l1:
	r2 = *(u64 *)(r10 -8)
	r2 = *(u64 *)(r10 -16)
	r0 = 0
	exit
; expect: accept
.prog var_read_scratches_lowest socket
	*(u64 *)(r10 -8) = 0
	*(u64 *)(r10 -16) = 0
	*(u64 *)(r10 -24) = 0
	r1 = *(u32 *)(r1 +0)
	r1 &= 16
	r2 = r10
	r2 += -24
	r2 += r1
	r0 = *(u64 *)(r2 +0)
	r0 = 0
	exit
