; context: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
; expect: accept
.prog sf_read_len socket
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog sf_read_pkt_type socket
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog sf_read_mark socket
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog sf_read_queue_mapping socket
	r0 = *(u32 *)(r1 +12)
	r0 = 0
	exit
; expect: accept
.prog sf_read_protocol socket
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: accept
.prog sf_read_priority socket
	r0 = *(u32 *)(r1 +32)
	r0 = 0
	exit
; expect: accept
.prog sf_read_tc_index socket
	r0 = *(u32 *)(r1 +44)
	r0 = 0
	exit
; expect: accept
.prog sf_read_cb0 socket
	r0 = *(u32 *)(r1 +48)
	r0 = 0
	exit
; expect: accept
.prog sf_read_cb4 socket
	r0 = *(u32 *)(r1 +64)
	r0 = 0
	exit
; expect: accept
.prog sf_read_hash socket
	r0 = *(u32 *)(r1 +68)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 0
.prog sf_read_tc_classid socket
	r0 = *(u32 *)(r1 +72)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 0
.prog sf_read_data socket
	r0 = *(u32 *)(r1 +76)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 0
.prog sf_read_data_end socket
	r0 = *(u32 *)(r1 +80)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 0
.prog sf_read_family socket
	r0 = *(u32 *)(r1 +88)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=140 size=4
; insn: 0
.prog sf_read_data_meta socket
	r0 = *(u32 *)(r1 +140)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=144 size=8
; insn: 0
.prog sf_read_flow_keys socket
	r0 = *(u64 *)(r1 +144)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=152 size=8
; insn: 0
.prog sf_read_tstamp socket
	r0 = *(u64 *)(r1 +152)
	r0 = 0
	exit
; expect: accept
.prog sf_read_sk socket
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=180 size=1
; insn: 0
.prog sf_read_tstamp_type socket
	r0 = *(u8 *)(r1 +180)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=181 size=1
; insn: 0
.prog sf_read_pad socket
	r0 = *(u8 *)(r1 +181)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=184 size=8
; insn: 0
.prog sf_read_hwtstamp socket
	r0 = *(u64 *)(r1 +184)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=192 size=4
; insn: 0
.prog sf_read_past_end socket
	r0 = *(u32 *)(r1 +192)
	r0 = 0
	exit
; expect: accept
.prog sf_read_len_hi socket
	r0 = *(u16 *)(r1 +2)
	r0 = 0
	exit
; expect: accept
.prog sf_read_len_b1 socket
	r0 = *(u8 *)(r1 +1)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 0
.prog sf_read_len_u64 socket
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=3 size=2
; insn: 0
.prog sf_read_misaligned socket
	r0 = *(u16 *)(r1 +3)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 1
.prog sf_write_len socket
	r2 = 1
	*(u32 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 1
.prog sf_write_pkt_type socket
	r2 = 1
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=8 size=4
; insn: 1
.prog sf_write_mark socket
	r2 = 1
	*(u32 *)(r1 +8) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=12 size=4
; insn: 1
.prog sf_write_queue_mapping socket
	r2 = 1
	*(u32 *)(r1 +12) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=16 size=4
; insn: 1
.prog sf_write_protocol socket
	r2 = 1
	*(u32 *)(r1 +16) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=32 size=4
; insn: 1
.prog sf_write_priority socket
	r2 = 1
	*(u32 *)(r1 +32) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=44 size=4
; insn: 1
.prog sf_write_tc_index socket
	r2 = 1
	*(u32 *)(r1 +44) = r2
	r0 = 0
	exit
; expect: accept
.prog sf_write_cb0 socket
	r2 = 1
	*(u32 *)(r1 +48) = r2
	r0 = 0
	exit
; expect: accept
.prog sf_write_cb4 socket
	r2 = 1
	*(u32 *)(r1 +64) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=68 size=4
; insn: 1
.prog sf_write_hash socket
	r2 = 1
	*(u32 *)(r1 +68) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 1
.prog sf_write_tc_classid socket
	r2 = 1
	*(u32 *)(r1 +72) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 1
.prog sf_write_data socket
	r2 = 1
	*(u32 *)(r1 +76) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 1
.prog sf_write_data_end socket
	r2 = 1
	*(u32 *)(r1 +80) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 1
.prog sf_write_family socket
	r2 = 1
	*(u32 *)(r1 +88) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_read_len tc
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog tc_read_pkt_type tc
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog tc_read_mark tc
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog tc_read_queue_mapping tc
	r0 = *(u32 *)(r1 +12)
	r0 = 0
	exit
; expect: accept
.prog tc_read_protocol tc
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: accept
.prog tc_read_priority tc
	r0 = *(u32 *)(r1 +32)
	r0 = 0
	exit
; expect: accept
.prog tc_read_tc_index tc
	r0 = *(u32 *)(r1 +44)
	r0 = 0
	exit
; expect: accept
.prog tc_read_cb0 tc
	r0 = *(u32 *)(r1 +48)
	r0 = 0
	exit
; expect: accept
.prog tc_read_cb4 tc
	r0 = *(u32 *)(r1 +64)
	r0 = 0
	exit
; expect: accept
.prog tc_read_hash tc
	r0 = *(u32 *)(r1 +68)
	r0 = 0
	exit
; expect: accept
.prog tc_read_tc_classid tc
	r0 = *(u32 *)(r1 +72)
	r0 = 0
	exit
; expect: accept
.prog tc_read_data tc
	r0 = *(u32 *)(r1 +76)
	r0 = 0
	exit
; expect: accept
.prog tc_read_data_end tc
	r0 = *(u32 *)(r1 +80)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 0
.prog tc_read_family tc
	r0 = *(u32 *)(r1 +88)
	r0 = 0
	exit
; expect: accept
.prog tc_read_data_meta tc
	r0 = *(u32 *)(r1 +140)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=144 size=8
; insn: 0
.prog tc_read_flow_keys tc
	r0 = *(u64 *)(r1 +144)
	r0 = 0
	exit
; expect: accept
.prog tc_read_tstamp tc
	r0 = *(u64 *)(r1 +152)
	r0 = 0
	exit
; expect: accept
.prog tc_read_sk tc
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: accept
.prog tc_read_tstamp_type tc
	r0 = *(u8 *)(r1 +180)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=181 size=1
; insn: 0
.prog tc_read_pad tc
	r0 = *(u8 *)(r1 +181)
	r0 = 0
	exit
; expect: accept
.prog tc_read_hwtstamp tc
	r0 = *(u64 *)(r1 +184)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=192 size=4
; insn: 0
.prog tc_read_past_end tc
	r0 = *(u32 *)(r1 +192)
	r0 = 0
	exit
; expect: accept
.prog tc_read_len_hi tc
	r0 = *(u16 *)(r1 +2)
	r0 = 0
	exit
; expect: accept
.prog tc_read_len_b1 tc
	r0 = *(u8 *)(r1 +1)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 0
.prog tc_read_len_u64 tc
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=3 size=2
; insn: 0
.prog tc_read_misaligned tc
	r0 = *(u16 *)(r1 +3)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 1
.prog tc_write_len tc
	r2 = 1
	*(u32 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 1
.prog tc_write_pkt_type tc
	r2 = 1
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_mark tc
	r2 = 1
	*(u32 *)(r1 +8) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_queue_mapping tc
	r2 = 1
	*(u32 *)(r1 +12) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=16 size=4
; insn: 1
.prog tc_write_protocol tc
	r2 = 1
	*(u32 *)(r1 +16) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_priority tc
	r2 = 1
	*(u32 *)(r1 +32) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_tc_index tc
	r2 = 1
	*(u32 *)(r1 +44) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_cb0 tc
	r2 = 1
	*(u32 *)(r1 +48) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_cb4 tc
	r2 = 1
	*(u32 *)(r1 +64) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=68 size=4
; insn: 1
.prog tc_write_hash tc
	r2 = 1
	*(u32 *)(r1 +68) = r2
	r0 = 0
	exit
; expect: accept
.prog tc_write_tc_classid tc
	r2 = 1
	*(u32 *)(r1 +72) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 1
.prog tc_write_data tc
	r2 = 1
	*(u32 *)(r1 +76) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 1
.prog tc_write_data_end tc
	r2 = 1
	*(u32 *)(r1 +80) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 1
.prog tc_write_family tc
	r2 = 1
	*(u32 *)(r1 +88) = r2
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_len cgroup_skb/ingress
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_pkt_type cgroup_skb/ingress
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_mark cgroup_skb/ingress
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_queue_mapping cgroup_skb/ingress
	r0 = *(u32 *)(r1 +12)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_protocol cgroup_skb/ingress
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_priority cgroup_skb/ingress
	r0 = *(u32 *)(r1 +32)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_tc_index cgroup_skb/ingress
	r0 = *(u32 *)(r1 +44)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_cb0 cgroup_skb/ingress
	r0 = *(u32 *)(r1 +48)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_cb4 cgroup_skb/ingress
	r0 = *(u32 *)(r1 +64)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_hash cgroup_skb/ingress
	r0 = *(u32 *)(r1 +68)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 0
.prog cgskb_read_tc_classid cgroup_skb/ingress
	r0 = *(u32 *)(r1 +72)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_data cgroup_skb/ingress
	r0 = *(u32 *)(r1 +76)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_data_end cgroup_skb/ingress
	r0 = *(u32 *)(r1 +80)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_family cgroup_skb/ingress
	r0 = *(u32 *)(r1 +88)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=140 size=4
; insn: 0
.prog cgskb_read_data_meta cgroup_skb/ingress
	r0 = *(u32 *)(r1 +140)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=144 size=8
; insn: 0
.prog cgskb_read_flow_keys cgroup_skb/ingress
	r0 = *(u64 *)(r1 +144)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_tstamp cgroup_skb/ingress
	r0 = *(u64 *)(r1 +152)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_sk cgroup_skb/ingress
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=180 size=1
; insn: 0
.prog cgskb_read_tstamp_type cgroup_skb/ingress
	r0 = *(u8 *)(r1 +180)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=181 size=1
; insn: 0
.prog cgskb_read_pad cgroup_skb/ingress
	r0 = *(u8 *)(r1 +181)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_hwtstamp cgroup_skb/ingress
	r0 = *(u64 *)(r1 +184)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=192 size=4
; insn: 0
.prog cgskb_read_past_end cgroup_skb/ingress
	r0 = *(u32 *)(r1 +192)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_len_hi cgroup_skb/ingress
	r0 = *(u16 *)(r1 +2)
	r0 = 0
	exit
; expect: accept
.prog cgskb_read_len_b1 cgroup_skb/ingress
	r0 = *(u8 *)(r1 +1)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 0
.prog cgskb_read_len_u64 cgroup_skb/ingress
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=3 size=2
; insn: 0
.prog cgskb_read_misaligned cgroup_skb/ingress
	r0 = *(u16 *)(r1 +3)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 1
.prog cgskb_write_len cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 1
.prog cgskb_write_pkt_type cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: accept
.prog cgskb_write_mark cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +8) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=12 size=4
; insn: 1
.prog cgskb_write_queue_mapping cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +12) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=16 size=4
; insn: 1
.prog cgskb_write_protocol cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +16) = r2
	r0 = 0
	exit
; expect: accept
.prog cgskb_write_priority cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +32) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=44 size=4
; insn: 1
.prog cgskb_write_tc_index cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +44) = r2
	r0 = 0
	exit
; expect: accept
.prog cgskb_write_cb0 cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +48) = r2
	r0 = 0
	exit
; expect: accept
.prog cgskb_write_cb4 cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +64) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=68 size=4
; insn: 1
.prog cgskb_write_hash cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +68) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 1
.prog cgskb_write_tc_classid cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +72) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 1
.prog cgskb_write_data cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +76) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 1
.prog cgskb_write_data_end cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +80) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 1
.prog cgskb_write_family cgroup_skb/ingress
	r2 = 1
	*(u32 *)(r1 +88) = r2
	r0 = 0
	exit
; expect: accept
.prog skskb_read_len sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_pkt_type sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=8 size=4
; insn: 0
.prog skskb_read_mark sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_queue_mapping sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +12)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_protocol sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_priority sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +32)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_tc_index sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +44)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_cb0 sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +48)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_cb4 sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +64)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_hash sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +68)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 0
.prog skskb_read_tc_classid sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +72)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_data sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +76)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_data_end sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +80)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_family sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +88)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=140 size=4
; insn: 0
.prog skskb_read_data_meta sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +140)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=144 size=8
; insn: 0
.prog skskb_read_flow_keys sk_skb/stream_verdict
	r0 = *(u64 *)(r1 +144)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=152 size=8
; insn: 0
.prog skskb_read_tstamp sk_skb/stream_verdict
	r0 = *(u64 *)(r1 +152)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_sk sk_skb/stream_verdict
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=180 size=1
; insn: 0
.prog skskb_read_tstamp_type sk_skb/stream_verdict
	r0 = *(u8 *)(r1 +180)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=181 size=1
; insn: 0
.prog skskb_read_pad sk_skb/stream_verdict
	r0 = *(u8 *)(r1 +181)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=184 size=8
; insn: 0
.prog skskb_read_hwtstamp sk_skb/stream_verdict
	r0 = *(u64 *)(r1 +184)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=192 size=4
; insn: 0
.prog skskb_read_past_end sk_skb/stream_verdict
	r0 = *(u32 *)(r1 +192)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_len_hi sk_skb/stream_verdict
	r0 = *(u16 *)(r1 +2)
	r0 = 0
	exit
; expect: accept
.prog skskb_read_len_b1 sk_skb/stream_verdict
	r0 = *(u8 *)(r1 +1)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 0
.prog skskb_read_len_u64 sk_skb/stream_verdict
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=3 size=2
; insn: 0
.prog skskb_read_misaligned sk_skb/stream_verdict
	r0 = *(u16 *)(r1 +3)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 1
.prog skskb_write_len sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 1
.prog skskb_write_pkt_type sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=8 size=4
; insn: 1
.prog skskb_write_mark sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +8) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=12 size=4
; insn: 1
.prog skskb_write_queue_mapping sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +12) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=16 size=4
; insn: 1
.prog skskb_write_protocol sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +16) = r2
	r0 = 0
	exit
; expect: accept
.prog skskb_write_priority sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +32) = r2
	r0 = 0
	exit
; expect: accept
.prog skskb_write_tc_index sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +44) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=48 size=4
; insn: 1
.prog skskb_write_cb0 sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +48) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=64 size=4
; insn: 1
.prog skskb_write_cb4 sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +64) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=68 size=4
; insn: 1
.prog skskb_write_hash sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +68) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=72 size=4
; insn: 1
.prog skskb_write_tc_classid sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +72) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 1
.prog skskb_write_data sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +76) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 1
.prog skskb_write_data_end sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +80) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=88 size=4
; insn: 1
.prog skskb_write_family sk_skb/stream_verdict
	r2 = 1
	*(u32 *)(r1 +88) = r2
	r0 = 0
	exit
; expect: accept
.prog xdp_read_data xdp
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 1
.prog xdp_write_data xdp
	r2 = 1
	*(u32 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: accept
.prog xdp_read_data_end xdp
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 1
.prog xdp_write_data_end xdp
	r2 = 1
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: accept
.prog xdp_read_data_meta xdp
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=8 size=4
; insn: 1
.prog xdp_write_data_meta xdp
	r2 = 1
	*(u32 *)(r1 +8) = r2
	r0 = 0
	exit
; expect: accept
.prog xdp_read_ifindex xdp
	r0 = *(u32 *)(r1 +12)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=12 size=4
; insn: 1
.prog xdp_write_ifindex xdp
	r2 = 1
	*(u32 *)(r1 +12) = r2
	r0 = 0
	exit
; expect: accept
.prog xdp_read_rxq xdp
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=16 size=4
; insn: 1
.prog xdp_write_rxq xdp
	r2 = 1
	*(u32 *)(r1 +16) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=20 size=4
; insn: 0
.prog xdp_read_egress xdp
	r0 = *(u32 *)(r1 +20)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=20 size=4
; insn: 1
.prog xdp_write_egress xdp
	r2 = 1
	*(u32 *)(r1 +20) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=24 size=4
; insn: 0
.prog xdp_read_past_end xdp
	r0 = *(u32 *)(r1 +24)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=24 size=4
; insn: 1
.prog xdp_write_past_end xdp
	r2 = 1
	*(u32 *)(r1 +24) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 0
.prog xdp_read_data_u64 xdp
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=2
; insn: 0
.prog xdp_read_data_u16 xdp
	r0 = *(u16 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog kprobe_read_0_u64 kprobe/do_sys_open
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog kprobe_read_160_u64 kprobe/do_sys_open
	r0 = *(u64 *)(r1 +160)
	r0 = 0
	exit
; expect: accept
.prog kprobe_read_164_u32 kprobe/do_sys_open
	r0 = *(u32 *)(r1 +164)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=168 size=8
; insn: 0
.prog kprobe_read_168_u64 kprobe/do_sys_open
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=8
; insn: 0
.prog kprobe_read_4_u64 kprobe/do_sys_open
	r0 = *(u64 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog kprobe_read_112_u8 kprobe/do_sys_open
	r0 = *(u8 *)(r1 +112)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=8
; insn: 1
.prog kprobe_write kprobe/do_sys_open
	r2 = 0
	*(u64 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 0
.prog tp_read_0 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 0
.prog tp_read_4 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog tp_read_8 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog tp_read_16 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +16)
	r0 = 0
	exit
; expect: accept
.prog tp_read_8188 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +8188)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=8192 size=4
; insn: 0
.prog tp_read_8192 tracepoint/syscalls/sys_enter_openat
	r0 = *(u32 *)(r1 +8192)
	r0 = 0
	exit
; expect: accept
.prog rawtp_read_0 raw_tracepoint/sched_switch
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog rawtp_read_88 raw_tracepoint/sched_switch
	r0 = *(u64 *)(r1 +88)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=96 size=8
; insn: 0
.prog rawtp_read_96 raw_tracepoint/sched_switch
	r0 = *(u64 *)(r1 +96)
	r0 = 0
	exit
; expect: reject dereference of modified ctx ptr R1 off=4 disallowed
; insn: 1
.prog ctx_modified_read socket
	r1 += 4
	r0 = *(u32 *)(r1 +0)
	exit
; expect: reject variable ctx access var_off=(0x0; 0x4) disallowed
; insn: 3
.prog ctx_var_read socket
	r2 = *(u32 *)(r1 +0)
	r2 &= 4
	r1 += r2
	r0 = *(u32 *)(r1 +0)
	exit
; expect: accept
.prog ctx_st_imm socket
	*(u32 *)(r1 +48) = 1
	r0 = 0
	exit
; expect: accept
.prog ctx_leak_ptr socket
	*(u64 *)(r1 +48) = r1
	r0 = 0
	exit
; expect: accept
.prog sockops_read_op sockops
	r0 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog sockops_read_sk sockops
	r0 = *(u64 *)(r1 +184)
	r0 = 0
	exit
; expect: accept
.prog sockops_write_reply sockops
	r2 = 0
	*(u32 *)(r1 +4) = r2
	r0 = 0
	exit
; expect: accept
.prog sockaddr_read_ip4 cgroup/connect4
	r0 = *(u32 *)(r1 +4)
	r0 = 1
	exit
; expect: accept
.prog sockaddr_write_port cgroup/connect4
	r2 = 0
	*(u32 *)(r1 +24) = r2
	r0 = 1
	exit
; expect: accept
.prog perf_event_read_period perf_event
	r0 = *(u64 *)(r1 +168)
	r0 = 0
	exit
; expect: accept
.prog raw_tp_w_buffer_read raw_tracepoint.w
	r2 = *(u64 *)(r1 +0)
	r0 = *(u32 *)(r2 +16)
	r0 = 0
	exit
; expect: accept
.prog raw_tp_w_buffer_write raw_tracepoint.w
	r2 = *(u64 *)(r1 +0)
	*(u32 *)(r2 +8) = 1
	r0 = 0
	exit
; expect: reject R2 invalid tracepoint buffer access: off=-4, size=4
; insn: 1
.prog raw_tp_w_buffer_neg raw_tracepoint.w
	r2 = *(u64 *)(r1 +0)
	r0 = *(u32 *)(r2 -4)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 0
.prog raw_tp_w_buffer_narrow raw_tracepoint.w
	r2 = *(u32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog raw_tp_w_arg1 raw_tracepoint.w
	r2 = *(u64 *)(r1 +8)
	r0 = 0
	exit
; expect: accept
.prog netfilter_skb_ptr netfilter
	r2 = *(u64 *)(r1 +8)
	r0 = 1
	exit
; expect: reject invalid bpf_context access off=9 size=8
; insn: 0
.prog netfilter_unaligned netfilter
	r2 = *(u64 *)(r1 +9)
	r0 = 1
	exit
; expect: reject At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 1
.prog netfilter_ret_2 netfilter
	r0 = 2
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 0
.prog ldsx_xdp_0_s32 xdp
	r2 = *(s32 *)(r1 +0)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=4 size=4
; insn: 0
.prog ldsx_xdp_4_s32 xdp
	r2 = *(s32 *)(r1 +4)
	r0 = 0
	exit
; expect: accept
.prog ldsx_xdp_12_s32 xdp
	r2 = *(s32 *)(r1 +12)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=12 size=2
; insn: 0
.prog ldsx_xdp_12_s16 xdp
	r2 = *(s16 *)(r1 +12)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 0
.prog ldsx_tc_76_s32 tc
	r2 = *(s32 *)(r1 +76)
	r0 = 0
	exit
; expect: accept
.prog ldsx_tc_0_s32 tc
	r2 = *(s32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog ldsx_tc_8_s8 tc
	r2 = *(s8 *)(r1 +8)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=76 size=4
; insn: 0
.prog ldsx_socket_76_s32 socket
	r2 = *(s32 *)(r1 +76)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=80 size=4
; insn: 0
.prog ldsx_flow_dissector_80_s32 flow_dissector
	r2 = *(s32 *)(r1 +80)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 0
.prog ldsx_sk_msg_0_s32 sk_msg
	r2 = *(s32 *)(r1 +0)
	r0 = 0
	exit
; expect: accept
.prog ldsx_tracepoint_8_s32 tracepoint
	r2 = *(s32 *)(r1 +8)
	r0 = 0
	exit
; expect: reject invalid bpf_context access off=0 size=4
; insn: 0
.prog ldsx_perf_event_0_s32 perf_event
	r2 = *(s32 *)(r1 +0)
	r0 = 0
	exit
