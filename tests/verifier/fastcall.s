; bpf_fastcall: spill/fill pairs around a call the kernel inlines
; (bpf_get_smp_processor_id on x86-64, in the program types whose helper
; allows it) are removed after verification, and the function's stack
; depth drops to what lies above them; the combined stack of a call chain
; is checked after that.  Expectations recorded from the running kernel.
; tc programs: a kprobe's private stack (x86-64) has no combined limit
; of 512 to show it.
.license "GPL"
; expect: accept
.prog fastcall_pairs_freed tc
	r1 = 1
	r2 = 2
	r3 = 3
	r4 = 4
	r5 = 5
	*(u64 *)(r10 -480) = r1
	*(u64 *)(r10 -488) = r2
	*(u64 *)(r10 -496) = r3
	*(u64 *)(r10 -504) = r4
	*(u64 *)(r10 -512) = r5
	call 8
	r5 = *(u64 *)(r10 -512)
	r4 = *(u64 *)(r10 -504)
	r3 = *(u64 *)(r10 -496)
	r2 = *(u64 *)(r10 -488)
	r1 = *(u64 *)(r10 -480)
	*(u64 *)(r10 -8) = r1
	call sub32
	r0 = 0
	exit
sub32:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 544. Too large
.prog fastcall_pairs_read_elsewhere tc
	r1 = 1
	*(u64 *)(r10 -512) = r1
	call 8
	r1 = *(u64 *)(r10 -512)
	r2 = *(u64 *)(r10 -512)
	call sub32b
	r0 = 0
	exit
sub32b:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 544. Too large
.prog fastcall_not_inlined tc
	r1 = 1
	*(u64 *)(r10 -512) = r1
	call 5
	r1 = *(u64 *)(r10 -512)
	call sub32c
	r0 = 0
	exit
sub32c:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
; expect: reject combined stack size of 2 calls is 544. Too large
.prog fastcall_fill_jump_target tc
	r1 = 1
	*(u64 *)(r10 -512) = r1
	if r1 == 0 goto l1
	call 8
l1:
	r1 = *(u64 *)(r10 -512)
	call sub32d
	r0 = 0
	exit
sub32d:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
; a socket filter's bpf_get_smp_processor_id is not a bpf_fastcall
; expect: reject combined stack size of 2 calls is 544. Too large
.prog fastcall_socket_filter socket
	r1 = 1
	r2 = 2
	r3 = 3
	r4 = 4
	r5 = 5
	*(u64 *)(r10 -480) = r1
	*(u64 *)(r10 -488) = r2
	*(u64 *)(r10 -496) = r3
	*(u64 *)(r10 -504) = r4
	*(u64 *)(r10 -512) = r5
	call 8
	r5 = *(u64 *)(r10 -512)
	r4 = *(u64 *)(r10 -504)
	r3 = *(u64 *)(r10 -496)
	r2 = *(u64 *)(r10 -488)
	r1 = *(u64 *)(r10 -480)
	*(u64 *)(r10 -8) = r1
	call sub32e
	r0 = 0
	exit
sub32e:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
; a pattern around a call the kernel does not inline keeps the stack of the
; whole function, the other call's pairs removed or not
; expect: reject combined stack size of 2 calls is 544. Too large
.prog fastcall_one_kept tc
	r1 = 1
	*(u64 *)(r10 -512) = r1
	call 8
	r1 = *(u64 *)(r10 -512)
	*(u64 *)(r10 -512) = r1
	call 5
	r1 = *(u64 *)(r10 -512)
	call sub32f
	r0 = 0
	exit
sub32f:
	r1 = 0
	*(u64 *)(r10 -32) = r1
	r0 = 0
	exit
