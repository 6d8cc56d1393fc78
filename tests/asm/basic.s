; A program with everything the assembler offers: maps, labels, a
; subprogram, a callback for bpf_loop, helper calls by name and number.
.license "GPL"
.map counts hash key=4 value=8 entries=16
.map cfg array key=4 value=64 entries=1
.map inner array key=4 value=4 entries=4
.map outer array_of_maps key=4 value=4 entries=2 inner=inner

.prog count_packets xdp
	r6 = r1                      // keep the context
	*(u32 *)(r10 -4) = 0
	r2 = r10
	r2 += -4
	r1 = map[counts]
	call bpf_map_lookup_elem
	if r0 == 0x0 goto miss
	r1 = 1
	lock *(u64 *)(r0 +0) += r1
miss:
	r1 = 4
	r2 = func[loop_body]
	r3 = 0
	r4 = 0
	call bpf_loop
	r1 = map[cfg][0]+8           ; direct value access
	r0 = *(u32 *)(r1 +0)
	call add_one
	exit

.func add_one
	r0 += 1
	exit

.func loop_body
	r0 = 0
	exit

.prog second socket
	r0 = map[outer]
	r0 = 0
	exit
