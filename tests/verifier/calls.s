; calls: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64
.map pa prog_array key=4 value=4 entries=4
.map rb ringbuf key=0 value=0 entries=4096
.map sm sockmap key=4 value=4 entries=1
.map im array key=4 value=8 entries=2
.map om array_of_maps key=4 value=4 entries=1 inner=im
.map sh sockhash key=4 value=4 entries=1
; expect: accept
.prog helper_rw_mem_clobbers_spill xdp
	r6 = r1
	r1 = 0
	*(u64 *)(r10 -8) = r1
	*(u64 *)(r10 -16) = r1
	*(u64 *)(r10 -24) = r1
	*(u64 *)(r10 -32) = r1
	*(u64 *)(r10 -40) = r1
	*(u64 *)(r10 -48) = r1
	*(u64 *)(r10 -56) = r1
	r1 = 5
	*(u64 *)(r10 -64) = r1
	r1 = r6
	r2 = r10
	r2 += -64
	r3 = 64
	r4 = 0
	call fib_lookup
	r0 = *(u64 *)(r10 -64)
	r0 = 2
	exit
; expect: accept
.prog helper_rw_fixed_mem_clobbers_spill xdp
	r6 = r1
	r1 = 7
	*(u64 *)(r10 -8) = r1
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -8
	r4 = 0
	r5 = 0
	call check_mtu
	r0 = *(u64 *)(r10 -8)
	r0 = 2
	exit
; expect: reject helper call might sleep in a non-sleepable prog
; insn: 4
.prog copy_from_user_not_sleepable kprobe.multi
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	call copy_from_user
	r0 = 0
	exit
; expect: accept
.prog copy_from_user_sleepable uprobe.s
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	call copy_from_user
	r0 = 0
	exit
; expect: accept
.prog cast_kern_ctx_sk_buff tc
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: accept
.prog cast_kern_ctx_xdp_buff xdp
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: accept
.prog cast_kern_ctx_pt_regs kprobe/x
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: accept
.prog cast_kern_ctx_sock_addr cgroup/connect4
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: accept
.prog cast_kern_ctx_sock_ops sockops
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: accept
.prog cast_kern_ctx_flow_dissector flow_dissector
	call bpf_cast_to_kern_ctx
	r0 = 1
	exit
; expect: reject arg#0 expected pointer to ctx, but got scalar
; insn: 1
.prog cast_kern_ctx_scalar tc
	r1 = 1
	call bpf_cast_to_kern_ctx
	r0 = 0
	exit
; NULL is a number to the context check (this machine's first 6.18.44
; build, which took every kfunc argument as trusted, refused NULL first:
; "Possibly NULL pointer passed to trusted arg0"; its later build does not)
; expect: reject arg#0 expected pointer to ctx, but got scalar
; insn: 1
.prog cast_kern_ctx_null tc
	r1 = 0
	call bpf_cast_to_kern_ctx
	r0 = 0
	exit
; expect: reject dereference of modified ctx ptr R1 off=8 disallowed
; insn: 1
.prog cast_kern_ctx_moved tc
	r1 += 8
	call bpf_cast_to_kern_ctx
	r0 = 0
	exit
; expect: reject cannot access ptr member next with moff 0 in struct (anon) with off 0 size 4
; insn: 1
.prog cast_kern_ctx_read tc
	call bpf_cast_to_kern_ctx
	r0 = *(u32 *)(r0 +0)
	r0 = 0
	exit
; expect: accept
.prog rdonly_cast_void tc
	r1 = 0
	r2 = 0
	call bpf_rdonly_cast
	r0 = *(u32 *)(r0 +0)
	r0 = 0
	exit
; expect: reject R0 cannot write into rdonly_untrusted_mem
; insn: 4
.prog rdonly_cast_void_write tc
	r1 = 0
	r2 = 0
	call bpf_rdonly_cast
	r1 = 1
	*(u32 *)(r0 +0) = r1
	r0 = 0
	exit
; expect: reject R2 must be a known constant
; insn: 1
.prog rdonly_cast_not_const tc
	r2 = *(u32 *)(r1 +0)
	call bpf_rdonly_cast
	r0 = 0
	exit
; expect: reject Unknown type ID 99999999 passed to kfunc bpf_rdonly_cast
; insn: 1
.prog rdonly_cast_unknown_id tc
	r2 = 99999999
	call bpf_rdonly_cast
	r0 = 0
	exit
; expect: accept
.prog csum_diff_null_size_precise tc
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r1 = 0
	r2 = 0
	r3 = r10
	r3 += -8
	r4 = 8
	r5 = 0
	call csum_diff
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 704. Too large
.prog stack_chain_socket socket
	*(u64 *)(r10 -400) = 0
	call f304_a
	r0 = 0
	exit
.func f304_a
	*(u64 *)(r10 -304) = 0
	r0 = 0
	exit
; expect: accept
.prog stack_chain_kprobe kprobe/x
	*(u64 *)(r10 -400) = 0
	call f304_b
	r0 = 0
	exit
.func f304_b
	*(u64 *)(r10 -304) = 0
	r0 = 0
	exit
; expect: accept
.prog stack_chain_kprobe_small_main kprobe/x
	*(u64 *)(r10 -48) = 0
	call f480
	r0 = 0
	exit
.func f480
	*(u64 *)(r10 -480) = 0
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 704. Too large
.prog stack_chain_kprobe_tail_call kprobe/x
	r6 = r1
	*(u64 *)(r10 -400) = 0
	call f304_c
	r1 = r6
	r2 = map[pa]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
.func f304_c
	*(u64 *)(r10 -304) = 0
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 528. Too large
.prog stack_chain_16 socket
	*(u64 *)(r10 -200) = 0
	call f312
	r0 = 0
	exit
.func f312
	*(u64 *)(r10 -312) = 0
	r0 = 0
	exit
; expect: reject invalid read from stack R2 off=-4 size=8
; insn: 5
.prog lookup_no_null_check socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[h]
	call bpf_map_lookup_elem
	r0 = *(u64 *)(r0 +0)
	r0 = 0
	exit
; expect: accept
.prog lookup_key_uninit socket
	r2 = r10
	r2 += -8
	r1 = map[h]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid read from stack R2 off=-4 size=8
; insn: 5
.prog lookup_key_short socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[h]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
; insn: 3
.prog lookup_key_scalar socket
	r2 = 0
	r1 = map[m]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject R1 type=scalar expected=map_ptr
; insn: 4
.prog lookup_map_scalar socket
	r2 = r10
	r2 += -8
	*(u64 *)(r10 -8) = 0
	r1 = 0
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog lookup_array_const_key socket
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	r0 = *(u64 *)(r0 +0)
	r0 = 0
	exit
; expect: reject R0 invalid mem access 'map_value_or_null'
; insn: 7
.prog lookup_array_key_oob socket
	r1 = 5
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	r0 = *(u64 *)(r0 +0)
	r0 = 0
	exit
; expect: reject R7 min value is outside of the allowed memory range
; insn: 10
.prog lookup_value_oob socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	r0 = *(u64 *)(r7 +64)
	r0 = 0
	exit
; expect: accept
.prog update_value_ok socket
	*(u64 *)(r10 -8) = 0
	*(u64 *)(r10 -16) = 0
	*(u64 *)(r10 -24) = 0
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -24
	r1 = map[h]
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog update_value_short socket
	*(u64 *)(r10 -8) = 0
	*(u64 *)(r10 -16) = 0
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	r1 = map[h]
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog update_flags_ptr socket
	*(u64 *)(r10 -8) = 0
	*(u64 *)(r10 -16) = 0
	*(u64 *)(r10 -24) = 0
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -24
	r1 = map[h]
	r4 = r10
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog probe_read_ok kprobe/do_sys_open
	r1 = r10
	r1 += -16
	r2 = 16
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: reject invalid write to stack R1 off=-16 size=17
; insn: 4
.prog probe_read_too_big kprobe/do_sys_open
	r1 = r10
	r1 += -16
	r2 = 17
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: accept
.prog probe_read_var_size_masked kprobe/do_sys_open
	r6 = *(u64 *)(r1 +112)
	r6 &= 15
	r1 = r10
	r1 += -16
	r2 = r6
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: reject invalid write to stack R1 off=-126 size=127
; insn: 6
.prog probe_read_var_size_127 kprobe/do_sys_open
	r6 = *(u64 *)(r1 +112)
	r6 &= 127
	r1 = r10
	r1 += -126
	r2 = r6
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned or 'var &= const'
; insn: 5
.prog probe_read_var_size_unbounded kprobe/do_sys_open
	r6 = *(u64 *)(r1 +112)
	r1 = r10
	r1 += -16
	r2 = r6
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: reject R2 min value is negative, either use unsigned or 'var &= const'
; insn: 6
.prog probe_read_neg_size kprobe/do_sys_open
	r6 = *(u64 *)(r1 +112)
	if r6 s> 16 goto +5
	r1 = r10
	r1 += -16
	r2 = r6
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: accept
.prog probe_read_size_on_copy kprobe/do_sys_open
	r6 = *(u64 *)(r1 +112)
	r7 = r6
	if r7 > 16 goto +5
	r1 = r10
	r1 += -16
	r2 = r6
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: accept
.prog probe_read_zero_size kprobe/do_sys_open
	r1 = r10
	r1 += -16
	r2 = 0
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: accept
.prog get_current_comm_ok kprobe/do_sys_open
	r1 = r10
	r1 += -16
	r2 = 16
	call bpf_get_current_comm
	r0 = 0
	exit
; expect: accept
.prog trace_printk_ok kprobe/do_sys_open
	r1 = 0x0a6968
	*(u64 *)(r10 -8) = r1
	r1 = r10
	r1 += -8
	r2 = 8
	call bpf_trace_printk
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_xdp_adjust_head#44
; insn: 2
.prog helper_not_allowed_socket socket
	r1 = 0
	r2 = 0
	call bpf_xdp_adjust_head
	r0 = 0
	exit
; expect: accept
.prog helper_not_allowed_xdp xdp
	call bpf_get_current_pid_tgid
	r0 = 0
	exit
; expect: accept
.prog helper_allowed_kprobe kprobe/do_sys_open
	call bpf_get_current_pid_tgid
	r0 = 0
	exit
; expect: reject invalid func unknown#9999
; insn: 0
.prog invalid_helper_id socket
	call 9999
	r0 = 0
	exit
; expect: reject dereference of modified ctx ptr R1 off=4 disallowed
; insn: 1
.prog helper_ctx_arg_modified tc
	r1 += 4
	call bpf_get_hash_recalc
	r0 = 0
	exit
; expect: reject R1 type=scalar expected=ctx
; insn: 1
.prog helper_ctx_arg_scalar tc
	r1 = 0
	call bpf_get_hash_recalc
	r0 = 0
	exit
; expect: accept
.prog helper_leak_arg socket
	r1 = 0
	r2 = r10
	r3 = 0
	r4 = 0
	r5 = 0
	call bpf_ktime_get_ns
	r0 = 0
	exit
; expect: accept
.prog tail_call_ok socket
	r2 = map[pa]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 3
.prog tail_call_wrong_map socket
	r2 = map[m]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: accept
.prog tail_call_r6_after socket
	r6 = r1
	r2 = map[pa]
	r3 = 0
	call bpf_tail_call
	r0 = r6
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_lookup_elem#1
; insn: 5
.prog lookup_prog_array socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[pa]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_perf_event_output#25
; insn: 7
.prog perf_output_wrong_map kprobe/do_sys_open
	r2 = map[m]
	r3 = 0
	r4 = r10
	r4 += -8
	*(u64 *)(r10 -8) = 0
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: accept
.prog ringbuf_reserve_submit kprobe/do_sys_open
	r1 = map[rb]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_submit
	r0 = 0
	exit
; expect: reject BPF_EXIT instruction in main prog would lead to reference leak
; insn: 6
.prog ringbuf_leak kprobe/do_sys_open
	r1 = map[rb]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	r0 = 0
	exit
; expect: reject R0 invalid mem access 'ringbuf_mem_or_null'
; insn: 5
.prog ringbuf_no_null_check kprobe/do_sys_open
	r1 = map[rb]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	*(u64 *)(r0 +0) = 1
	r1 = r0
	r2 = 0
	call bpf_ringbuf_submit
	r0 = 0
	exit
; expect: reject R0 min value is outside of the allowed memory range
; insn: 6
.prog ringbuf_write_oob kprobe/do_sys_open
	r1 = map[rb]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto +4
	*(u64 *)(r0 +8) = 1
	r1 = r0
	r2 = 0
	call bpf_ringbuf_submit
	r0 = 0
	exit
; expect: reject R1 type=scalar expected=ringbuf_mem
; insn: 12
.prog ringbuf_double_submit kprobe/do_sys_open
	r1 = map[rb]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto +6
	r6 = r0
	r1 = r0
	r2 = 0
	call bpf_ringbuf_submit
	r1 = r6
	r2 = 0
	call bpf_ringbuf_submit
	r0 = 0
	exit
; expect: accept
.prog map_value_ptr_leak socket
	r6 = r1
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 != 0x0 goto +1
	exit
	r7 = r0
	*(u64 *)(r7 +0) = r7
	r0 = 0
	exit
; expect: reject R1 pointer arithmetic on map_ptr prohibited
; insn: 2
.prog map_ptr_arith socket
	r1 = map[m]
	r1 += 8
	r0 = 0
	exit
; expect: reject invalid read from stack R2 off=-4 size=8
; insn: 5
.prog map_value_or_null_arith socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[h]
	call bpf_map_lookup_elem
	r0 += 8
	r0 = 0
	exit
; expect: accept
.prog subprog_call socket
	r1 = 1
	call add_one
	exit
.func add_one
	r0 = r1
	r0 += 1
	exit
; expect: reject R6 !read_ok
; insn: 3
.prog subprog_uninit_r6 socket
	r6 = 1
	call use_r6
	exit
.func use_r6
	r0 = r6
	exit
; expect: reject cannot return stack pointer to the caller
; insn: 4
.prog subprog_return_stack_ptr socket
	call ret_fp
	r0 = 0
	exit
.func ret_fp
	r0 = r10
	exit
; expect: accept
.prog subprog_caller_stack socket
	*(u64 *)(r10 -8) = 0
	r1 = r10
	r1 += -8
	call read_it
	exit
.func read_it
	r0 = *(u64 *)(r1 +0)
	exit
; expect: reject the call stack of 8 frames is too deep !
.prog recursion_too_deep socket
	r1 = 0
	call rec
	exit
.func rec
	r1 += 1
	r0 = r1
	if r1 < 4 goto +1
	exit
	call rec
	exit
; expect: reject BPF_EXIT instruction in main prog would lead to reference leak
; insn: 8
.prog sockmap_lookup_leak sk_skb
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog sockmap_lookup_release sk_skb
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_lookup_elem
	if r0 != 0 goto +1
	exit
	r1 = r0
	r0 = *(u32 *)(r0 +8)
	call bpf_sk_release
	exit
; expect: accept
.prog inner_array_const_key socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[om]
	call bpf_map_lookup_elem
	if r0 == 0 goto +8
	r1 = r0
	r2 = r10
	r2 += -8
	r3 = 1
	*(u32 *)(r10 -8) = r3
	call bpf_map_lookup_elem
	r0 = *(u64 *)(r0 +0)
	r0 = 0
	exit
; expect: reject R0 invalid mem access 'map_value_or_null'
; insn: 13
.prog inner_array_key_oob socket
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[om]
	call bpf_map_lookup_elem
	if r0 == 0 goto +8
	r1 = r0
	r2 = r10
	r2 += -8
	r3 = 2
	*(u32 *)(r10 -8) = r3
	call bpf_map_lookup_elem
	r0 = *(u64 *)(r0 +0)
	r0 = 0
	exit
; expect: accept
.prog tail_call_main_pkt tc
	r2 = *(u32 *)(r1 +80)
	r7 = *(u32 *)(r1 +76)
	r3 = r7
	r3 += 4
	if r3 > r2 goto +5
	r2 = map[pa]
	r3 = 0
	call bpf_tail_call
	r0 = *(u32 *)(r7 +0)
	r0 = 0
	exit
; expect: reject LD_ABS is not allowed in subprogs without BTF
.prog ld_abs_subprog_early_exit socket
	call ldabs_early_exit
	if r0 != 0 goto +1
	r0 = r9
	r0 = 0
	exit
.func ldabs_early_exit
	r6 = r1
	r0 = *(u32 *)skb[0]
	r0 = 1
	exit
; expect: reject LD_ABS is not allowed in subprogs without BTF
.prog ld_abs_subprog_both_paths socket
	r9 = 0
	call ldabs_both_paths
	if r0 != 0 goto +1
	r0 = r9
	r0 = 0
	exit
.func ldabs_both_paths
	r6 = r1
	r0 = *(u32 *)skb[0]
	r0 = 1
	exit
; expect: reject LD_ABS is not allowed in subprogs without BTF
.prog ld_ind_subprog_early_exit socket
	call ldind_early_exit
	if r0 != 0 goto +1
	r0 = r9
	r0 = 0
	exit
.func ldind_early_exit
	r6 = r1
	r7 = 0
	r0 = *(u32 *)skb[r7 +0]
	r0 = 1
	exit
; expect: reject LD_ABS is not allowed in subprogs without BTF
.prog ld_ind_subprog_both_paths socket
	r9 = 0
	call ldind_both_paths
	if r0 != 0 goto +1
	r0 = r9
	r0 = 0
	exit
.func ldind_both_paths
	r6 = r1
	r7 = 0
	r0 = *(u32 *)skb[r7 +0]
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sm_tc tc
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sh_tc tc
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sm_socket socket
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sh_socket socket
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sm_xdp xdp
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sh_xdp xdp
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: reject cannot pass map_type 15 into func bpf_map_delete_elem#3
; insn: 6
.prog sockmap_delete_sm_raw_tracepoint raw_tracepoint/sys_enter
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: reject cannot pass map_type 18 into func bpf_map_delete_elem#3
; insn: 6
.prog sockmap_delete_sh_raw_tracepoint raw_tracepoint/sys_enter
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: reject cannot pass map_type 15 into func bpf_map_delete_elem#3
; insn: 6
.prog sockmap_delete_sm_sk_msg sk_msg
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: reject cannot pass map_type 18 into func bpf_map_delete_elem#3
; insn: 6
.prog sockmap_delete_sh_sk_msg sk_msg
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sm_sockops sockops
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: accept
.prog sockmap_delete_sh_sockops sockops
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sh]
	call bpf_map_delete_elem
	r0 = 1
	exit
; expect: reject R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
; insn: 9
.prog sockmap_update_stack_value tc
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -4
	r4 = 0
	r1 = map[sm]
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog sockmap_update_skb_sk tc
	r3 = *(u64 *)(r1 +168)
	if r3 != 0x0 goto +2
	r0 = 0
	exit
	r2 = 0
	*(u32 *)(r10 -4) = r2
	r2 = r10
	r2 += -4
	r4 = 0
	r1 = map[sm]
	call bpf_map_update_elem
	r0 = 0
	exit
; found by the random generator (shape 2): a callback is named through
; BTF; a program loaded without func_info cannot take a function's address
; expect: reject missing btf func_info
; insn: 1
.prog callback_without_func_info kprobe/x
	r1 = 4
	r2 = func[cb_no_btf]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit
.func cb_no_btf
	r0 = 0
	exit

; a sleepable program may not call a helper that sleeps inside
; bpf_rcu_read_lock() (checked before the helper's arguments)
; expect: reject sleepable helper bpf_copy_from_user#148 in rcu_read_lock region
; insn: 5
.prog sleep_in_rcu syscall
	call bpf_rcu_read_lock
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	call bpf_copy_from_user
	call bpf_rcu_read_unlock
	r0 = 0
	exit
; ... nor inside bpf_preempt_disable()
; expect: reject sleepable helper bpf_copy_from_user#148 in non-preemptible region
; insn: 5
.prog sleep_preempt_off syscall
	call bpf_preempt_disable
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	call bpf_copy_from_user
	call bpf_preempt_enable
	r0 = 0
	exit
; after the unlock it may
; expect: accept
.prog sleep_after_rcu syscall
	call bpf_rcu_read_lock
	call bpf_rcu_read_unlock
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	call bpf_copy_from_user
	r0 = 0
	exit
; the context of a syscall program is memory a helper may fill
; expect: reject R1 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
; insn: 2
.prog sleep_into_ctx syscall
	r2 = 8
	r3 = 0
	call bpf_copy_from_user
	r0 = 0
	exit
