; callbacks and global functions: programs with func_info (.func_info), so
; that a function's address can be taken and a function can be global.
; Expectations are the kernel's (and checked against it by the tests).
.license "GPL"
.func_info
.map m array key=4 value=64 entries=1
.map h hash key=8 value=16 entries=64

; bpf_loop with a callback that returns 0
; expect: accept
.prog loop_ok kprobe/x
	r1 = 4
	r2 = func[cb_zero]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; the callback's return value must be 0 or 1
; expect: reject At callback return the register R0 has smin=2 smax=2 should have been in [0, 1]
; insn: 9
.prog loop_cb_returns_2 kprobe/x
	r1 = 4
	r2 = func[cb_two]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; returning the index: unknown, not provably 0 or 1
; expect: reject At callback return the register R0 has unknown scalar value should have been in [0, 1]
; insn: 9
.prog loop_cb_returns_index kprobe/x
	r1 = 4
	r2 = func[cb_index]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; a callback that never sets r0
; expect: reject R0 not a scalar value
; insn: 8
.prog loop_cb_no_r0 kprobe/x
	r1 = 4
	r2 = func[cb_no_r0]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; callee-saved registers do not pass into a callback
; expect: reject R6 !read_ok
; insn: 9
.prog loop_cb_reads_r6 kprobe/x
	r6 = 1
	r1 = 4
	r2 = func[cb_r6]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; the caller's stack as the callback's context: a counter the callback adds to
; expect: accept
.prog loop_ctx_stack kprobe/x
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r1 = 10
	r2 = func[cb_count]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_loop
	r0 = *(u64 *)(r10 -8)
	exit

; a NULL context, then dereferenced in the callback
; expect: reject R2 invalid mem access 'scalar'
; insn: 8
.prog loop_ctx_null_deref kprobe/x
	r1 = 10
	r2 = func[cb_count]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; the context must be the stack
; expect: reject R3 type=map_value expected=fp
; insn: 12
.prog loop_ctx_map_value kprobe/x
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto out
	r3 = r0
	r1 = 10
	r2 = func[cb_count]
	r4 = 0
	call bpf_loop
out:
	r0 = 0
	exit

; the callback reads below the 8 bytes of context it was given: the caller's
; uninitialised stack, which a privileged program may read
; expect: accept
.prog loop_ctx_past_end kprobe/x
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r1 = 10
	r2 = func[cb_read_below]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; the number of iterations may be unknown
; expect: accept
.prog loop_unknown_count kprobe/x
	call bpf_get_prandom_u32
	r1 = r0
	r2 = func[cb_zero]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; bpf_loop's result is the number of iterations (or an error)
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 14
.prog loop_result_as_index kprobe/x
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto out
	r6 = r0
	r1 = 4
	r2 = func[cb_zero]
	r3 = 0
	r4 = 0
	call bpf_loop
	r6 += r0
	r0 = *(u8 *)(r6 +0)
out:
	r0 = 0
	exit

; a callback that calls bpf_loop itself
; expect: accept
.prog loop_nested kprobe/x
	r1 = 3
	r2 = func[cb_outer]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; a callback's own stack
; expect: accept
.prog loop_cb_stack kprobe/x
	r1 = 3
	r2 = func[cb_stack]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; the callback leaves a map value in the caller's stack; the path on which
; the callback never ran reads back the 0 stored before the call
; expect: reject R1 invalid mem access 'scalar'
; insn: 10
.prog loop_cb_spills_pointer kprobe/x
	r1 = 0
	*(u64 *)(r10 -8) = r1
	r1 = 2
	r2 = func[cb_store_value]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_loop
	r1 = *(u64 *)(r10 -8)
	r0 = *(u64 *)(r1 +0)
	r0 = 0
	exit

; for_each_map_elem: the callback gets (map, key, value, ctx)
; expect: accept
.prog for_each_ok kprobe/x
	r1 = map[m]
	r2 = func[cb_each_read]
	r3 = 0
	r4 = 0
	call bpf_for_each_map_elem
	r0 = 0
	exit

; the value is 64 bytes
; expect: reject R3 min value is outside of the allowed memory range
; insn: 9
.prog for_each_value_past_end kprobe/x
	r1 = map[m]
	r2 = func[cb_each_past]
	r3 = 0
	r4 = 0
	call bpf_for_each_map_elem
	r0 = 0
	exit

; the key of a hash map may be read, not written
; expect: reject write to change key R2 not allowed
; insn: 10
.prog for_each_write_key kprobe/x
	r1 = map[h]
	r2 = func[cb_each_write_key]
	r3 = 0
	r4 = 0
	call bpf_for_each_map_elem
	r0 = 0
	exit

; flags are checked when the helper runs, not by the verifier
; expect: accept
.prog for_each_flags kprobe/x
	r1 = map[m]
	r2 = func[cb_each_read]
	r3 = 0
	r4 = 1
	call bpf_for_each_map_elem
	r0 = 0
	exit

; a global function as a callback
; expect: reject callback function not static
; insn: 1
.prog loop_cb_global kprobe/x
	r1 = 4
	r2 = func[g_scalar]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit

; a function's address as a plain value
; expect: accept
.prog func_address_to_map kprobe/x
	r6 = func[cb_zero]
	*(u64 *)(r10 -8) = r6
	r0 = 0
	exit

; global function with a scalar argument
; expect: accept
.prog global_scalar tc
	r1 = 1
	call g_scalar
	exit

; its result is an unknown scalar
; expect: reject math between map_value pointer and register with unbounded min value is not allowed
; insn: 10
.prog global_result_unknown tc
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto out
	r6 = r0
	r1 = 1
	call g_scalar
	r6 += r0
	r0 = *(u8 *)(r6 +0)
out:
	r0 = 0
	exit

; a scalar argument must be initialised
; expect: reject Caller passes invalid args into func#1 ('g_scalar')
; insn: 0
.prog global_uninit_arg tc
	call g_scalar
	r0 = 0
	exit

; a pointer where a scalar is declared
; expect: reject Caller passes invalid args into func#1 ('g_scalar')
; insn: 2
.prog global_pointer_as_scalar tc
	r1 = r10
	r1 += -8
	call g_scalar
	r0 = 0
	exit

; the context argument
; expect: accept
.prog global_ctx tc
	call g_ctx
	exit

; not the context
; expect: reject Caller passes invalid args into func#1 ('g_ctx')
; insn: 1
.prog global_ctx_not_ctx tc
	r1 = 0
	call g_ctx
	r0 = 0
	exit

; a context of another program type
; expect: reject Caller passes invalid args into func#1 ('g_ctx')
; insn: 0
.prog global_ctx_wrong_type xdp
	call g_ctx
	r0 = 0
	exit

; 8 bytes of stack for an 8-byte argument
; expect: accept
.prog global_mem_ok tc
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r1 = r10
	r1 += -8
	call g_mem
	exit

; NULL is allowed; the function checks it
; expect: accept
.prog global_mem_null tc
	r1 = 0
	call g_mem
	exit

; only 4 bytes
; expect: reject Caller passes invalid args into func#1 ('g_mem')
; insn: 3
.prog global_mem_short tc
	*(u32 *)(r10 -4) = 0
	r1 = r10
	r1 += -4
	call g_mem
	exit

; uninitialised stack (allowed when privileged)
; expect: accept
.prog global_mem_uninit tc
	r1 = r10
	r1 += -8
	call g_mem
	exit

; a map value of 64 bytes for an 8-byte argument
; expect: accept
.prog global_mem_map_value tc
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto out
	r1 = r0
	call g_mem
out:
	r0 = 0
	exit

; the function does not check NULL
; expect: reject R1 invalid mem access 'mem_or_null'
; insn: 6
.prog global_mem_unchecked tc
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r1 = r10
	r1 += -8
	call g_mem_unchecked
	exit

; the function reads past the 8 bytes
; expect: reject R1 min value is outside of the allowed memory range
; insn: 8
.prog global_mem_past_end tc
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r1 = r10
	r1 += -8
	call g_mem_past
	exit

; the function writes through its argument; the caller's slot is then unknown
; expect: accept
.prog global_mem_written tc
	r1 = 5
	*(u64 *)(r10 -8) = r1
	r1 = r10
	r1 += -8
	call g_mem_write
	r0 = *(u64 *)(r10 -8)
	r0 &= 1
	exit

; a global function rejected on its own
; expect: reject R5 !read_ok
; insn: 4
.prog global_bad_body tc
	r1 = 1
	call g_bad
	r0 = 0
	exit

; three arguments of all kinds
; expect: accept
.prog global_three tc
	r2 = 0
	*(u64 *)(r10 -16) = r2
	*(u64 *)(r10 -8) = r2
	r2 = 7
	r3 = r10
	r3 += -16
	call g_three
	exit

; a static function beside them, with func_info
; expect: accept
.prog static_call tc
	r1 = 3
	call s_add
	exit

.func cb_zero
	r0 = 0
	exit
.func cb_two
	r0 = 2
	exit
.func cb_index
	r0 = r1
	exit
.func cb_no_r0
	exit
.func cb_r6
	r0 = r6
	exit
.func cb_count
	r1 = *(u64 *)(r2 +0)
	r1 += 1
	*(u64 *)(r2 +0) = r1
	r0 = 0
	exit
.func cb_read_below
	r1 = *(u64 *)(r2 -8)
	r0 = 0
	exit
.func cb_outer
	r1 = 2
	r2 = func[cb_zero]
	r3 = 0
	r4 = 0
	call bpf_loop
	r0 = 0
	exit
.func cb_stack
	r1 = 1
	*(u64 *)(r10 -8) = r1
	r0 = *(u64 *)(r10 -8)
	r0 &= 1
	exit
.func cb_store_value
	r6 = r2
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[m]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto out
	*(u64 *)(r6 +0) = r0
out:
	r0 = 0
	exit
.func cb_each_read
	r0 = *(u64 *)(r3 +56)
	r0 = *(u32 *)(r2 +0)
	r0 = 0
	exit
.func cb_each_past
	r0 = *(u64 *)(r3 +60)
	r0 = 0
	exit
.func cb_each_write_key
	r1 = 0
	*(u64 *)(r2 +0) = r1
	r0 = 0
	exit
.func g_scalar global scalar
	r0 = r1
	exit
.func g_ctx global ctx:__sk_buff
	r0 = *(u32 *)(r1 +0)
	exit
.func g_mem global mem:8
	r0 = 0
	if r1 == 0x0 goto out
	r0 = *(u64 *)(r1 +0)
out:
	exit
.func g_mem_unchecked global mem:8
	r0 = *(u64 *)(r1 +0)
	exit
.func g_mem_past global mem:8
	r0 = 0
	if r1 == 0x0 goto out
	r0 = *(u64 *)(r1 +4)
out:
	exit
.func g_mem_write global mem:8
	r0 = 0
	if r1 == 0x0 goto out
	r2 = 99
	*(u64 *)(r1 +0) = r2
out:
	exit
.func g_bad global scalar
	r0 = r5
	exit
.func g_three global ctx:__sk_buff scalar mem:16
	r0 = 0
	if r3 == 0x0 goto out
	r0 = *(u64 *)(r3 +8)
	r0 += r2
out:
	exit
.func s_add
	r0 = r1
	r0 += 1
	exit

; found by the random generator (shape 3): c_unused's address is taken but
; no helper runs it, so it is never verified and goes as dead code; the
; address then names nothing, and splitting the program for the JIT fails
; expect: reject verifier bug: No program to jit at insn 15 (subprog < 0)
; insn: -1
.prog address_of_unverified_last tc
	r1 = map[m]
	r2 = func[cb_each_read]
	r3 = 0
	r4 = 0
	call bpf_for_each_map_elem
	r2 = func[c_unused]
	r0 = 0
	exit

; the same with the unverified function first: after the removal its
; address names the next function, and the program loads
; expect: accept
.prog address_of_unverified_first tc
	r2 = func[c_unused]
	r1 = map[m]
	r2 = func[cb_each_read]
	r3 = 0
	r4 = 0
	call bpf_for_each_map_elem
	r0 = 0
	exit

; the only other function: nothing to split, the program loads
; expect: accept
.prog address_of_unverified_alone tc
	r2 = func[c_unused]
	r0 = 0
	exit
.func c_unused
	r0 = 0
	exit
