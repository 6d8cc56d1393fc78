; pointers: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog map_ptr_null_check socket
	r1 = map[m]
	r0 = 0
	if r1 == 0x0 goto +2
	r0 = 1
	exit
	r0 = 2
	exit
; expect: reject R2 pointer += pointer prohibited
; insn: 1
.prog ptr_add_ptr socket
	r2 = r10
	r2 += r1
	r0 = 0
	exit
; expect: accept
.prog ptr_sub_ptr_priv socket
	r2 = r10
	r2 -= r1
	r0 = r2
	exit
; expect: reject R2 pointer arithmetic with *= operator prohibited
; insn: 1
.prog ptr_mul socket
	r2 = r10
	r2 *= 2
	r0 = 0
	exit
; expect: reject R2 bitwise operator &= on pointer prohibited
; insn: 1
.prog ptr_and socket
	r2 = r10
	r2 &= 2
	r0 = 0
	exit
; expect: reject R2 32-bit pointer arithmetic prohibited
; insn: 1
.prog ptr_alu32 socket
	r2 = r10
	w2 += 2
	r0 = 0
	exit
; expect: accept
.prog ptr_neg socket
	r2 = r10
	r2 = -r2
	r0 = 0
	exit
; expect: accept
.prog ptr_bswap socket
	r2 = r10
	r2 = be64 r2
	r0 = 0
	exit
; expect: accept
.prog ptr_mov32 socket
	w2 = w10
	r0 = 0
	exit
; expect: accept
.prog ptr_movsx socket
	r2 = (s32)r10
	r0 = 0
	exit
; expect: reject math between map_value pointer and 536870912 is not allowed
; insn: 11
.prog ptr_big_const socket
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
	r2 += 0x20000000
	r0 = 0
	exit
; expect: accept
.prog ptr_cmp_ptr socket
	r2 = r10
	if r2 > r1 goto +0
	r0 = 0
	exit
; expect: accept
.prog scalar_plus_ptr socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = 8
	r1 += r7
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog ctx_plus_var socket
	r2 = *(u32 *)(r1 +0)
	r1 += r2
	r0 = 0
	exit
; expect: reject unreachable insn 4
.prog null_cmp_fp socket
	r2 = r10
	if r2 == 0 goto +1
	r0 = 0
	exit
	r0 = 1
	exit
; expect: reject R0 tried to subtract pointer from scalar
; insn: 2
.prog scalar_sub_ptr socket
	r0 = 1
	if r0 s>= 1 goto +0
	r0 -= r1
	exit
; expect: reject R1 tried to subtract pointer from scalar
; insn: 11
.prog scalar_sub_map_value socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r1 = 4
	r1 -= r7
	r0 = 0
	exit
; expect: reject R1 is bpf_array invalid negative access: off=-8
; insn: 2
.prog map_ptr_neg socket
	r1 = map[m]
	r6 = *(u64 *)(r1 -8)
	r0 = 1
	exit
; expect: accept
.prog map_ptr_odd socket
	r1 = map[m]
	r6 = *(u32 *)(r1 +1)
	r0 = 1
	exit
; expect: reject R6 invalid mem access 'scalar'
; insn: 3
.prog map_ptr_ops socket
	r1 = map[m]
	r6 = *(u64 *)(r1 +0)
	r0 = *(u64 *)(r6 +0)
	r0 = 1
	exit
; expect: reject struct bpf_map doesn't have field at offset 36
; insn: 2
.prog map_ptr_past_bpf_map socket
	r1 = map[m]
	r6 = *(u32 *)(r1 +36)
	r0 = 1
	exit
; expect: reject access beyond struct bpf_array at off 30000 size 8
; insn: 2
.prog map_ptr_beyond socket
	r1 = map[m]
	r6 = *(u64 *)(r1 +30000)
	r0 = 1
	exit
; expect: reject R1 is bpf_htab invalid negative access: off=-8
; insn: 2
.prog map_ptr_hash_neg socket
	r1 = map[h]
	r6 = *(u64 *)(r1 -8)
	r0 = 1
	exit
; expect: reject only read from bpf_htab is supported
; insn: 3
.prog map_ptr_hash_write socket
	r1 = map[h]
	r6 = 0
	*(u64 *)(r1 +0) = r6
	r0 = 1
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 25
.prog use_after_release_skc_to_tcp_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_skc_to_tcp_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u8 *)(r7 +4)
	r0 = 0
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 25
.prog use_after_release_skc_to_tcp_timewait_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_skc_to_tcp_timewait_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u8 *)(r7 +4)
	r0 = 0
	exit
; expect: accept
.prog use_after_release_skc_to_unix_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_skc_to_unix_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u8 *)(r7 +4)
	r0 = 0
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 25
.prog use_after_release_tcp_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_tcp_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u32 *)(r7 +4)
	r0 = 0
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 25
.prog use_after_release_sk_fullsock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_sk_fullsock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u32 *)(r7 +4)
	r0 = 0
	exit
; expect: accept
.prog use_after_release_get_listener_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_get_listener_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r7 = r0
	r1 = r6
	call bpf_sk_release
	r0 = *(u32 *)(r7 +4)
	r0 = 0
	exit
; expect: accept
.prog release_cast_tcp_sock tc
	r2 = 0
	*(u32 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r2
	*(u64 *)(r10 -40) = r2
	*(u64 *)(r10 -48) = r2
	r2 = r10
	r2 += -48
	r3 = 36
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 != 0x0 goto +1
	exit
	r6 = r0
	r1 = r0
	call bpf_skc_to_tcp_sock
	if r0 != 0x0 goto +3
	r1 = r6
	call bpf_sk_release
	exit
	r1 = r0
	call bpf_sk_release
	r0 = 0
	exit
