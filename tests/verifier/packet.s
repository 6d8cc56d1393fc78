; packet: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog xdp_check_14_read_13 xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +13)
	r0 = 2
	exit
; expect: reject R2 offset is outside of the packet
; insn: 5
.prog xdp_check_14_read_14 xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +14)
	r0 = 2
	exit
; expect: accept
.prog xdp_check_20_read_16 xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 20
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +16)
	r0 = 2
	exit
; expect: accept
.prog xdp_check_1_read_0 xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 1
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +0)
	r0 = 2
	exit
; expect: reject R2 offset is outside of the packet
; insn: 5
.prog xdp_check_0_read_0 xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 0
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +0)
	r0 = 2
	exit
; expect: reject R2 offset is outside of the packet
; insn: 2
.prog xdp_no_check xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r0 = *(u8 *)(r2 +0)
	r0 = 2
	exit
; expect: accept
.prog xdp_check_ge xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 >= r3 goto +1
	r0 = *(u8 *)(r2 +13)
	r0 = 2
	exit
; expect: reject unreachable insn 7
.prog xdp_check_lt xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 < r3 goto +1
	r0 = 2
	exit
	r0 = *(u8 *)(r2 +13)
	r0 = 2
	exit
; expect: accept
.prog xdp_check_reversed xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r3 < r4 goto +1
	r0 = *(u8 *)(r2 +13)
	r0 = 2
	exit
; expect: accept
.prog xdp_write xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	*(u8 *)(r2 +0) = 1
	r0 = 2
	exit
; expect: accept
.prog skb_write_socket socket
	r0 = 0
	exit
; expect: reject cannot write into packet
; insn: 5
.prog cgskb_write_pkt cgroup_skb/ingress
	r2 = *(u32 *)(r1 +76)
	r3 = *(u32 *)(r1 +80)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	*(u8 *)(r2 +0) = 1
	r0 = 1
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 15
.prog tc_pkt_stale_after_store_bytes tc
	r6 = r1
	r2 = *(u32 *)(r1 +76)
	r3 = *(u32 *)(r1 +80)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +8
	r7 = r2
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -8
	*(u64 *)(r10 -8) = 0
	r4 = 2
	r5 = 0
	call bpf_skb_store_bytes
	r0 = *(u8 *)(r7 +0)
	r0 = 0
	exit
; expect: accept
.prog tc_pkt_reload_after_store_bytes tc
	r6 = r1
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -8
	*(u64 *)(r10 -8) = 0
	r4 = 2
	r5 = 0
	call bpf_skb_store_bytes
	r2 = *(u32 *)(r6 +76)
	r3 = *(u32 *)(r6 +80)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +0)
	r0 = 0
	exit
; expect: reject R7 invalid mem access 'scalar'
; insn: 10
.prog xdp_stale_after_adjust_head xdp
	r6 = r1
	r2 = *(u32 *)(r6 +0)
	r3 = *(u32 *)(r6 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +5
	r7 = r2
	r1 = r6
	r2 = 4
	call bpf_xdp_adjust_head
	r0 = *(u8 *)(r7 +0)
	r0 = 2
	exit
; expect: reject R2 offset is outside of the packet
; insn: 8
.prog pkt_var_off xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +4
	r5 = *(u8 *)(r2 +0)
	r5 &= 7
	r2 += r5
	r0 = *(u8 *)(r2 +0)
	r0 = 2
	exit
; expect: accept
.prog pkt_var_off_recheck xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +7
	r5 = *(u8 *)(r2 +0)
	r5 &= 7
	r2 += r5
	r4 = r2
	r4 += 1
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 +0)
	r0 = 2
	exit
; expect: reject R3 invalid mem access 'pkt_end'
; insn: 2
.prog pkt_end_deref xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r0 = *(u8 *)(r3 +0)
	r0 = 2
	exit
; expect: reject R3 pointer arithmetic on pkt_end prohibited
; insn: 2
.prog pkt_arith_pkt_end xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r3 += 1
	r0 = 2
	exit
; expect: accept
.prog pkt_compare_scalar xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	if r2 > 5 goto +0
	r0 = 2
	exit
; expect: accept
.prog pkt_meta_read xdp
	r2 = *(u32 *)(r1 +8)
	r3 = *(u32 *)(r1 +0)
	r4 = r2
	r4 += 4
	if r4 > r3 goto +1
	r0 = *(u32 *)(r2 +0)
	r0 = 2
	exit
; expect: reject R2 offset is outside of the packet
; insn: 5
.prog pkt_negative_off xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r4 = r2
	r4 += 14
	if r4 > r3 goto +1
	r0 = *(u8 *)(r2 -1)
	r0 = 2
	exit
; expect: reject R1 offset is outside of the packet
; insn: 5
.prog xdp_same_target_gt xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r1 = r2
	r1 += 8
	if r1 > r3 goto +0
	r0 = *(u64 *)(r1 -8)
	r0 = 0
	exit
; expect: reject R1 offset is outside of the packet
; insn: 5
.prog xdp_same_target_lt xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r1 = r2
	r1 += 8
	if r3 < r1 goto +0
	r0 = *(u64 *)(r1 -8)
	r0 = 0
	exit
; expect: reject R1 offset is outside of the packet
; insn: 5
.prog xdp_same_target_ge xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r1 = r2
	r1 += 8
	if r1 >= r3 goto +0
	r0 = *(u64 *)(r1 -8)
	r0 = 0
	exit
; expect: reject R1 offset is outside of the packet
; insn: 5
.prog xdp_same_target_le xdp
	r2 = *(u32 *)(r1 +0)
	r3 = *(u32 *)(r1 +4)
	r1 = r2
	r1 += 8
	if r3 <= r1 goto +0
	r0 = *(u64 *)(r1 -8)
	r0 = 0
	exit
; found by the random generator (shape 1): a packet pointer as a helper's
; size is refused as packet access before its type is checked
; expect: reject helper access to the packet is not allowed
; insn: 6
.prog xdp_pkt_as_helper_size xdp
	r6 = r1
	r4 = *(u32 *)(r6 +0)
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -16
	call bpf_xdp_load_bytes
	r0 = 2
	exit
; expect: accept
.prog tc_pkt_as_helper_anything tc
	r6 = r1
	r2 = *(u32 *)(r6 +76)
	r1 = r6
	call bpf_skb_pull_data
	r0 = 0
	exit
