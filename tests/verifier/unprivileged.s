; unprivileged: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: reject invalid read from stack R10 off=-8 size=8
; insn: 0
; unprivileged
.prog u_uninit_stack_read socket
	r0 = *(u64 *)(r10 -8)
	exit
; expect: accept
; unprivileged
.prog u_init_stack_read socket
	*(u64 *)(r10 -8) = 0
	r0 = *(u64 *)(r10 -8)
	exit
; expect: reject R0 leaks addr as return value
; insn: 1
; unprivileged
.prog u_leak_return socket
	r0 = r10
	exit
; expect: reject R0 leaks addr as return value
; insn: 1
; unprivileged
.prog u_leak_ctx_return socket
	r0 = r1
	exit
; expect: reject R6 leaks addr into map
; insn: 10
; unprivileged
.prog u_leak_to_map socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	*(u64 *)(r7 +0) = r6
	r0 = 0
	exit
; expect: reject R1 pointer comparison prohibited
; insn: 1
; unprivileged
.prog u_ptr_cmp socket
	r2 = r10
	if r2 == r1 goto +0
	r0 = 0
	exit
; expect: reject R1 pointer comparison prohibited
; insn: 0
; unprivileged
.prog u_ptr_cmp_imm socket
	if r1 == 0x1 goto +0
	r0 = 0
	exit
; expect: reject R3 variable stack access prohibited for !root, var_off=(0x0; 0x7) off=-16
; insn: 4
; unprivileged
.prog u_stack_var_off socket
	r2 = *(u32 *)(r1 +0)
	r2 &= 7
	r3 = r10
	r3 += -16
	r3 += r2
	*(u8 *)(r3 +0) = 0
	r0 = 0
	exit
; expect: accept
; unprivileged
.prog u_map_value_arith_ok socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = *(u32 *)(r6 +0)
	r1 &= 7
	r7 += r1
	r0 = *(u8 *)(r7 +0)
	exit
; expect: accept
; unprivileged
.prog u_ctx_arith socket
	r1 += 4
	r0 = 0
	exit
; expect: reject invalid size of register fill
; insn: 1
; unprivileged
.prog u_partial_spill socket
	*(u64 *)(r10 -8) = r1
	r0 = *(u32 *)(r10 -8)
	r0 = 0
	exit
; expect: reject invalid read from stack R2 off=-8 size=8
; insn: 4
; unprivileged
.prog u_helper_uninit_key socket
	r2 = r10
	r2 += -8
	r1 = map[h]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
; unprivileged
.prog u_div_by_reg socket
	r0 = *(u32 *)(r1 +0)
	r2 = *(u32 *)(r1 +4)
	r0 /= r2
	exit
; expect: accept
; unprivileged
.prog u_mem_ok socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u64 *)(r7 +0)
	exit
