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
