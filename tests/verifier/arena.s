; arena: verifier cases for arenas (BPF_MAP_TYPE_ARENA), expectations
; recorded from the running kernel (and checked against it by the tests).
; An __arena global is the arena map's "value" at an offset: a number
; until addr_space_cast(r, 0, 1) makes it an arena pointer, through which
; any access goes (the JIT guards it).
.license "GPL"
.map a arena key=0 value=0 entries=4 flags=1024
.map b arena key=0 value=0 entries=4 flags=1024
.map m array key=4 value=64 entries=1
; expect: accept
.prog arena_global_rw socket
	r1 = map[a][0]+8
	r1 = addr_space_cast(r1, 0, 1)
	r2 = *(u64 *)(r1 +0)
	r2 += 1
	*(u64 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: accept
.prog arena_any_offset socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 1)
	r2 = *(u32 *)(r1 +32000)
	r1 += r2
	r1 += -4096
	*(u8 *)(r1 -7) = 1
	r0 = 0
	exit
; expect: accept
.prog arena_ptr_kept_as_number socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 1)
	r1 = addr_space_cast(r1, 1, 0)
	r0 = r1
	r0 &= 0
	exit
; expect: reject R1 invalid mem access 'scalar'
; insn: 2
.prog arena_global_uncast socket
	r1 = map[a][0]+8
	r2 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject R1 invalid mem access 'scalar'
; insn: 3
.prog arena_cast_to_user socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 1, 0)
	r2 = *(u64 *)(r1 +0)
	r0 = 0
	exit
; expect: reject addr_space_cast insn can only convert between address space 1 and 0
; insn: 2
.prog arena_cast_bad_space socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 2)
	r0 = 0
	exit
; expect: reject addr_space_cast insn can only be used in a program that has an associated arena
; insn: 0
.prog arena_cast_no_arena socket
	r1 = addr_space_cast(r1, 0, 1)
	r0 = 0
	exit
; expect: reject R2 !read_ok
; insn: 2
.prog arena_cast_uninit socket
	r1 = map[a][0]
	r1 = addr_space_cast(r2, 0, 1)
	r0 = 0
	exit
; expect: reject Only one arena per program
; insn: 2
.prog arena_two socket
	r1 = map[a][0]
	r2 = map[b][0]
	r0 = 0
	exit
; expect: accept
.prog arena_same_twice socket
	r1 = map[a][0]
	r2 = map[a][0]+16
	r0 = 0
	exit
; expect: accept
.prog arena_atomic socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 1)
	r2 = 1
	lock *(u64 *)(r1 +0) += r2
	r0 = 0
	exit
; expect: accept
.prog arena_stack_ptr_stored socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 1)
	r2 = r10
	*(u64 *)(r1 +0) = r2
	r0 = 0
	exit
; expect: reject R1 type=arena expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
; insn: 5
.prog arena_to_helper socket
	r1 = map[a][0]
	r1 = addr_space_cast(r1, 0, 1)
	r2 = 8
	r3 = 0
	call bpf_probe_read_kernel
	r0 = 0
	exit
; expect: reject CAP_BPF and CAP_PERFMON are required to use arena
; insn: 0
; unprivileged
.prog u_arena socket
	r1 = map[a][0]
	r0 = 0
	exit
