; generated: programs the random generator (tests/rand_verify_gen.c) found bpfvet's
; level-2 log differing on, minimised and kept as they were found; the
; expectations are the kernel's (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
; expect: reject helper access to the packet is not allowed
.prog pkt_pointer_as_helper_size xdp
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto have
	exit
have:
	r7 = r0
	r8 = *(u32 *)(r6 +0)
	r9 = *(u32 *)(r6 +4)
	r0 = *(u8 *)(r7 +47)
	r1 = 22347
	r2 = *(u64 *)(r7 +56)
	r3 = *(s16 *)(r7 +56)
	r4 = *(u8 *)(r7 +7)
	r5 = *(s8 *)(r7 +8)
	*(u64 *)(r10 -8) = r4
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r1
	*(u64 *)(r10 -32) = r3
	r1 = r5
	r2 = r10
	r2 += -24
	r3 = r8
	r4 = r9
	call f1_0
	r1 = *(u64 *)(r10 -16)
	r2 = *(u64 *)(r10 -24)
	r3 = *(u64 *)(r10 -8)
	r4 = *(u64 *)(r10 -24)
	r5 = *(u64 *)(r10 -8)
	r4 = r2
	if r4 > 17 goto L0_16
	if r4 == 0 goto L0_16
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -96
	call bpf_xdp_load_bytes
	r1 = *(u64 *)(r10 -16)
	r2 = *(u64 *)(r10 -8)
	r3 = *(u64 *)(r10 -8)
	r4 = *(u64 *)(r10 -16)
	r5 = *(u64 *)(r10 -24)
L0_16:
	r0 = 2
	exit
.func f1_0
	r0 = r1
	r5 = r3
	r5 += 12
	if r5 > r4 goto S0_11
	r1 = *(u8 *)(r3 +4)
S0_11:
	*(u64 *)(r2 +0) = r5
	exit
; expect: accept
.prog narrow_fill_singular_id xdp
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto have
	exit
have:
	r7 = r0
	r8 = *(u32 *)(r6 +0)
	r9 = *(u32 *)(r6 +4)
	w0 = 1757042768
	r1 = *(u32 *)(r6 +16)
	r2 = *(u8 *)(r7 +4)
	r3 = *(u32 *)(r6 +16)
	r4 = -1
	r5 = *(s16 *)(r7 +24)
	*(u64 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r3
	*(u64 *)(r10 -32) = r5
	r1 = r6
	r2 = 4
	call bpf_xdp_adjust_head
	r8 = *(u32 *)(r6 +0)
	r9 = *(u32 *)(r6 +4)
	r1 = *(u64 *)(r10 -8)
	r2 = *(u64 *)(r10 -16)
	r3 = *(u64 *)(r10 -24)
	r4 = *(u64 *)(r10 -24)
	r5 = *(u64 *)(r10 -8)
	*(u32 *)(r10 -8) = r4
	if w4 != w3 goto L1_18
L1_18:
	r2 = *(u32 *)(r10 -8)
	r0 = 2
	exit
.func f1_1
	r0 = r1
	exit
; expect: accept
.prog narrow_fill_singular_id2 xdp
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto have
	exit
have:
	r7 = r0
	r8 = *(u32 *)(r6 +0)
	r9 = *(u32 *)(r6 +4)
	r0 = -3
	r1 = *(u32 *)(r6 +12)
	r2 = *(s16 *)(r7 +56)
	r3 = *(u8 *)(r7 +2)
	r4 = -1
	r5 = *(u32 *)(r6 +12)
	*(u64 *)(r10 -8) = r2
	*(u64 *)(r10 -16) = r5
	*(u64 *)(r10 -24) = r2
	*(u64 *)(r10 -32) = r3
	r1 = r5
	r2 = r10
	r2 += -32
	r3 = r8
	r4 = r9
	call f1_2
	r1 = *(u64 *)(r10 -24)
	r2 = *(u64 *)(r10 -16)
	r3 = *(u64 *)(r10 -16)
	r4 = *(u64 *)(r10 -24)
	r5 = *(u64 *)(r10 -8)
	*(u32 *)(r10 -16) = r3
	r5 = r3
	r5 &= 7
Q2_5:
	*(u64 *)(r10 -32) = r4
	if r2 > r1 goto L2_11
	*(u32 *)(r10 -8) = r3
	r5 -= 1
	if r5 s> 0 goto Q2_5
L2_11:
	r5 = *(u32 *)(r10 -16)
	r0 = 2
	exit
.func f1_2
	r0 = r1
	exit
; expect: accept
.prog linked_off_after_broken_link xdp
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto have
	exit
have:
	r7 = r0
	r8 = *(u32 *)(r6 +0)
	r9 = *(u32 *)(r6 +4)
	r0 = *(s32 *)(r7 +32)
	r1 = *(u8 *)(r7 +50)
	r2 = *(s32 *)(r7 +48)
	r3 = *(u16 *)(r7 +16)
	r4 = *(u32 *)(r6 +16)
	r5 = *(u32 *)(r6 +12)
	*(u64 *)(r10 -8) = r3
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -24) = r3
	*(u64 *)(r10 -32) = r1
	r4 = r2
	r4 &= 63
	if r4 == 0 goto L3_19
	r1 = r6
	r2 = 9
	r3 = r10
	r3 += -96
	call bpf_xdp_load_bytes
	r1 = *(u64 *)(r10 -16)
	r2 = *(u64 *)(r10 -8)
	r3 = *(u64 *)(r10 -24)
	r4 = *(u64 *)(r10 -8)
	r5 = *(u64 *)(r10 -24)
L3_19:
	r3 = r1
	r3 += 12
	if r1 > 171 goto L3_26
L3_26:
	if r3 == r5 goto L3_34
	r2 = r3
	r2 += 35
	if r3 > 88 goto L3_37
L3_34:
	if r4 > 262 goto P3_35
	r0 = r8
	r0 += r4
	r0 += 39
	if r0 >= r9 goto P3_35
	r2 = *(u64 *)(r0 -35)
P3_35:
	r0 = 19
L3_37:
	r2 &= 7
	r3 = r7
	r3 += r2
	r3 = *(u16 *)(r3 +0)
	*(u64 *)(r10 -32) = r1
	r3 = *(u64 *)(r10 -24)
	r0 = 2
	exit
.func f1_3
	r0 = r1
	exit
; expect: accept
.prog linked_off_after_broken_link2 tc
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto have
	exit
have:
	r7 = r0
	r8 = *(u32 *)(r6 +76)
	r9 = *(u32 *)(r6 +80)
	w0 = -2147483648
	r1 = *(u32 *)(r6 +8)
	r2 = *(s32 *)(r7 +16)
	r3 = *(u8 *)(r7 +40)
	w4 = 26200
	r5 = *(u32 *)(r6 +24)
	*(u64 *)(r10 -8) = r5
	*(u64 *)(r10 -16) = r3
	*(u64 *)(r10 -24) = r5
	*(u64 *)(r10 -32) = r5
	call bpf_ktime_get_ns
	r1 = *(u64 *)(r10 -32)
	r2 = *(u64 *)(r10 -32)
	r3 = *(u64 *)(r10 -32)
	r4 = *(u64 *)(r10 -24)
	r5 = *(u64 *)(r10 -8)
	r5 = 0
Q4_15:
	r2 = r1
	r2 += 14
	if r1 > 196 goto L4_23
	if w1 == w3 goto L4_23
	r3 = r2
	r3 += 10
	if r2 > 199 goto L4_16
	r5 += 1
	if r5 < 1 goto Q4_15
L4_16:
L4_23:
	r0 = 0
	exit
.func f1_4
	r0 = r1
	exit

; found by the random generator (shape 3): the impossible branch of `if w9
; >= w9` leaves r9's 32-bit bounds out of sync with its bits; the kernel
; resets the ranges but not the bits, and its check after every ALU
; instruction reports the copy `r2 = r9` too
; expect: accept
.prog alu_after_invariant_violation socket
	call bpf_get_prandom_u32
	r9 = r0
	r9 *= -2147483648
	if w9 >= w9 goto +2
	r2 = r9
	r2 += 1
	r0 = 0
	exit
