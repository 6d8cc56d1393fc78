; return: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog ret_cgroup_skb_ingress_0 cgroup_skb/ingress
	r0 = 0
	exit
; expect: accept
.prog ret_cgroup_skb_ingress_1 cgroup_skb/ingress
	r0 = 1
	exit
; expect: reject At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 1
.prog ret_cgroup_skb_ingress_2 cgroup_skb/ingress
	r0 = 2
	exit
; expect: accept
.prog ret_cgroup_skb_egress_0 cgroup_skb/egress
	r0 = 0
	exit
; expect: accept
.prog ret_cgroup_skb_egress_3 cgroup_skb/egress
	r0 = 3
	exit
; expect: reject At program exit the register R0 has smin=4 smax=4 should have been in [0, 3]
; insn: 1
.prog ret_cgroup_skb_egress_4 cgroup_skb/egress
	r0 = 4
	exit
; expect: accept
.prog ret_cgroup_connect4_0 cgroup/connect4
	r0 = 0
	exit
; expect: accept
.prog ret_cgroup_connect4_1 cgroup/connect4
	r0 = 1
	exit
; expect: reject At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 1
.prog ret_cgroup_connect4_2 cgroup/connect4
	r0 = 2
	exit
; expect: reject At program exit the register R0 has smin=0 smax=0 should have been in [1, 1]
; insn: 1
.prog ret_cgroup_recvmsg4_0 cgroup/recvmsg4
	r0 = 0
	exit
; expect: accept
.prog ret_cgroup_recvmsg4_1 cgroup/recvmsg4
	r0 = 1
	exit
; expect: accept
.prog ret_cgroup_bind4_3 cgroup/bind4
	r0 = 3
	exit
; expect: reject At program exit the register R0 has smin=4 smax=4 should have been in [0, 3]
; insn: 1
.prog ret_cgroup_bind4_4 cgroup/bind4
	r0 = 4
	exit
; expect: reject At program exit the register R0 has smin=5 smax=5 should have been in [0, 1]
; insn: 1
.prog ret_sockops_5 sockops
	r0 = 5
	exit
; expect: accept
.prog ret_cgroup_sock_create_0 cgroup/sock_create
	r0 = 0
	exit
; expect: reject At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 1
.prog ret_cgroup_sock_create_2 cgroup/sock_create
	r0 = 2
	exit
; expect: accept
.prog ret_socket_12345 socket
	r0 = 12345
	exit
; expect: accept
.prog ret_xdp_7 xdp
	r0 = 7
	exit
; expect: accept
.prog ret_raw_tracepoint_sched_switch_5 raw_tracepoint/sched_switch
	r0 = 5
	exit
; expect: accept
.prog ret_sk_lookup_0 sk_lookup
	r0 = 0
	exit
; expect: accept
.prog ret_sk_lookup_1 sk_lookup
	r0 = 1
	exit
; expect: reject At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 1
.prog ret_sk_lookup_2 sk_lookup
	r0 = 2
	exit
; expect: reject At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]
; insn: 1
.prog ret_cgskb_unknown cgroup_skb/ingress
	r0 = *(u32 *)(r1 +0)
	exit
; expect: accept
.prog ret_cgskb_masked cgroup_skb/ingress
	r0 = *(u32 *)(r1 +0)
	r0 &= 1
	exit
; expect: reject At program exit the register R0 is not a known value (ctx)
; insn: 1
.prog ret_cgskb_pointer cgroup_skb/ingress
	r0 = r1
	exit
