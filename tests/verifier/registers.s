; registers: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog uninit_r1 socket
	r0 = r1
	exit
; expect: reject R2 !read_ok
; insn: 0
.prog uninit_r2 socket
	r0 = r2
	exit
; expect: reject R3 !read_ok
; insn: 0
.prog uninit_r3 socket
	r0 = r3
	exit
; expect: reject R4 !read_ok
; insn: 0
.prog uninit_r4 socket
	r0 = r4
	exit
; expect: reject R5 !read_ok
; insn: 0
.prog uninit_r5 socket
	r0 = r5
	exit
; expect: reject R6 !read_ok
; insn: 0
.prog uninit_r6 socket
	r0 = r6
	exit
; expect: reject R7 !read_ok
; insn: 0
.prog uninit_r7 socket
	r0 = r7
	exit
; expect: reject R8 !read_ok
; insn: 0
.prog uninit_r8 socket
	r0 = r8
	exit
; expect: reject R9 !read_ok
; insn: 0
.prog uninit_r9 socket
	r0 = r9
	exit
; expect: reject R0 !read_ok
; insn: 0
.prog uninit_r0_exit socket
	exit
; expect: reject R1 !read_ok
; insn: 1
.prog uninit_after_call socket
	call bpf_ktime_get_ns
	r0 = r1
	exit
; expect: accept
.prog r6_survives_call socket
	r6 = 1
	call bpf_ktime_get_ns
	r0 = r6
	exit
; expect: reject R5 !read_ok
; insn: 2
.prog r5_clobbered socket
	r5 = 1
	call bpf_ktime_get_ns
	r0 = r5
	exit
; expect: reject R2 !read_ok
; insn: 3
.prog uninit_in_branch socket
	r1 = *(u32 *)(r1 +0)
	if r1 > 5 goto +1
	r2 = 1
	r0 = r2
	exit
; expect: reject R3 !read_ok
; insn: 1
.prog uninit_cond_src socket
	r0 = 0
	if r0 > r3 goto +0
	exit
; expect: reject R4 !read_ok
; insn: 0
.prog uninit_store_src socket
	*(u64 *)(r10 -8) = r4
	r0 = 0
	exit
; expect: reject R2 !read_ok
; insn: 0
.prog uninit_load_base socket
	r0 = *(u64 *)(r2 +0)
	exit
; expect: accept
.prog ret_ctx_pointer socket
	r0 = r1
	exit
; expect: accept
.prog ret_fp socket
	r0 = r10
	exit
; expect: accept
.prog ret_map_ptr socket
	r0 = map[m]
	exit
; expect: reject R1 invalid mem access 'scalar'
; insn: 1
.prog scalar_deref socket
	r1 = 0
	r0 = *(u64 *)(r1 +0)
	exit
; expect: reject R1 invalid mem access 'scalar'
; insn: 1
.prog scalar_store socket
	r1 = 42
	*(u64 *)(r1 +0) = 1
	r0 = 0
	exit
