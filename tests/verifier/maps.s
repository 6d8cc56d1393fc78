; maps: verifier cases, expectations recorded from the running kernel
; by tools/gen_verifier_cases.py (and checked against it by the tests).
.license "GPL"
.map inner array key=4 value=8 entries=4
.map m_hash hash key=4 value=8 entries=4
.map m_array array key=4 value=8 entries=4
.map m_percpu_array percpu_array key=4 value=8 entries=4
.map m_lru_hash lru_hash key=4 value=8 entries=4
.map m_lpm_trie lpm_trie key=8 value=8 entries=4 flags=1
.map m_prog_array prog_array key=4 value=4 entries=4
.map m_perf_event_array perf_event_array key=4 value=4 entries=4
.map m_stack_trace stack_trace key=4 value=64 entries=4
.map m_cgroup_array cgroup_array key=4 value=4 entries=4
.map m_array_of_maps array_of_maps key=4 value=4 entries=4 inner=inner
.map m_hash_of_maps hash_of_maps key=4 value=4 entries=4 inner=inner
.map m_devmap devmap key=4 value=4 entries=4
.map m_devmap_hash devmap_hash key=4 value=4 entries=4
.map m_cpumap cpumap key=4 value=4 entries=4
.map m_xskmap xskmap key=4 value=4 entries=4
.map m_sockmap sockmap key=4 value=4 entries=4
.map m_sockhash sockhash key=4 value=4 entries=4
.map m_reuseport_sockarray reuseport_sockarray key=4 value=4 entries=4
.map m_cgroup_storage cgroup_storage key=8 value=8 entries=0
.map m_percpu_cgroup_storage percpu_cgroup_storage key=8 value=8 entries=0
.map m_queue queue key=0 value=8 entries=4
.map m_stack stack key=0 value=8 entries=4
.map m_ringbuf ringbuf key=0 value=0 entries=4096
.map m_bloom_filter bloom_filter key=0 value=8 entries=4
.map m_user_ringbuf user_ringbuf key=0 value=0 entries=4096
; expect: accept
.prog map_lookup_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject BPF_EXIT instruction in main prog would lead to reference leak
; insn: 16
.prog map_lookup_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject BPF_EXIT instruction in main prog would lead to reference leak
; insn: 16
.prog map_lookup_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_lookup_elem#1
; insn: 14
.prog map_lookup_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_lookup_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_lookup_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_lookup_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_lookup_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_lookup_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -8
	call bpf_map_lookup_elem
	r0 = 0
	exit
; expect: accept
.prog map_update_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog map_update_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog map_update_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog map_update_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog map_update_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 17
.prog map_update_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 17
.prog map_update_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
; insn: 17
.prog map_update_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
; insn: 17
.prog map_update_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_update_elem#2
; insn: 17
.prog map_update_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 17
.prog map_update_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 17
.prog map_update_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 17
.prog map_update_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 17
.prog map_update_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 17
.prog map_update_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -64
	r4 = 0
	call bpf_map_update_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 14
.prog map_delete_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 14
.prog map_delete_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: accept
.prog map_delete_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_delete_elem#3
; insn: 14
.prog map_delete_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_delete_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_delete_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_delete_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_delete_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_delete_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -8
	call bpf_map_delete_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 15
.prog map_push_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 15
.prog map_push_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject R2 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
; insn: 15
.prog map_push_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject R2 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
; insn: 15
.prog map_push_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_push_elem#87
; insn: 15
.prog map_push_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: accept
.prog map_push_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: accept
.prog map_push_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_push_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: accept
.prog map_push_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_push_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -64
	r3 = 0
	call bpf_map_push_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 14
.prog map_pop_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject write into map forbidden
; insn: 14
.prog map_pop_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 14
.prog map_pop_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 14
.prog map_pop_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: accept
.prog map_pop_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: accept
.prog map_pop_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_pop_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_map_pop_elem#88
; insn: 14
.prog map_pop_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_pop_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -64
	call bpf_map_pop_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 14
.prog map_peek_elem_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 14
.prog map_peek_elem_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_peek_elem#89
; insn: 14
.prog map_peek_elem_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: accept
.prog map_peek_elem_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: accept
.prog map_peek_elem_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_peek_elem_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: accept
.prog map_peek_elem_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 14
.prog map_peek_elem_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -64
	call bpf_map_peek_elem
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_percpu_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_lru_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_lpm_trie socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: accept
.prog tail_call_prog_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_perf_event_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_stack_trace socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_cgroup_array socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_array_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_hash_of_maps socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_devmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_devmap_hash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_cpumap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_xskmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_sockmap socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_sockhash socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_reuseport_sockarray socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_percpu_cgroup_storage socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_queue socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_stack socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_bloom_filter socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject expected prog array map for tail call
; insn: 14
.prog tail_call_user_ringbuf socket
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_percpu_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_lru_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_lpm_trie tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_prog_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: accept
.prog perf_event_output_perf_event_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_stack_trace tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_cgroup_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_array_of_maps tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_hash_of_maps tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_devmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_devmap_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_cpumap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_xskmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_sockmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_sockhash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_reuseport_sockarray tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_cgroup_storage tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_percpu_cgroup_storage tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_queue tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_stack tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_ringbuf tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_bloom_filter tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_perf_event_output#25
; insn: 17
.prog perf_event_output_user_ringbuf tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	r4 = r10
	r4 += -64
	r5 = 8
	call bpf_perf_event_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: accept
.prog perf_event_read_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_perf_event_read#22
; insn: 13
.prog perf_event_read_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	call bpf_perf_event_read
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: accept
.prog perf_event_read_value_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_perf_event_read_value#55
; insn: 16
.prog perf_event_read_value_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	r3 = r10
	r3 += -64
	r4 = 24
	call bpf_perf_event_read_value
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: accept
.prog get_stackid_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_get_stackid#27
; insn: 14
.prog get_stackid_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	call bpf_get_stackid
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_percpu_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_lru_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_lpm_trie tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_prog_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_perf_event_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_stack_trace tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: accept
.prog skb_under_cgroup_cgroup_array tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_array_of_maps tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_hash_of_maps tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_devmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_devmap_hash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_cpumap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_xskmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_sockmap tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_sockhash tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_reuseport_sockarray tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_cgroup_storage tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_percpu_cgroup_storage tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_queue tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_stack tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_ringbuf tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_bloom_filter tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_skb_under_cgroup#33
; insn: 14
.prog skb_under_cgroup_user_ringbuf tc
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	call bpf_skb_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: accept
.prog current_task_under_cgroup_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_current_task_under_cgroup#37
; insn: 13
.prog current_task_under_cgroup_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	call bpf_current_task_under_cgroup
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_hash cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_array cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_percpu_array cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_lru_hash cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_lpm_trie cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_prog_array cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_perf_event_array cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_stack_trace cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_cgroup_array cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_array_of_maps cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_hash_of_maps cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_devmap cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_devmap_hash cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_cpumap cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_xskmap cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_sockmap cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_sockhash cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_reuseport_sockarray cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: accept
.prog get_local_storage_cgroup_storage cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: accept
.prog get_local_storage_percpu_cgroup_storage cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_queue cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_stack cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_ringbuf cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_bloom_filter cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_get_local_storage#81
; insn: 13
.prog get_local_storage_user_ringbuf cgroup_skb/ingress
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	call bpf_get_local_storage
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_hash xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_array xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_percpu_array xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_lru_hash xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_lpm_trie xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_prog_array xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_perf_event_array xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_stack_trace xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_cgroup_array xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_array_of_maps xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_hash_of_maps xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: accept
.prog redirect_map_devmap xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: accept
.prog redirect_map_devmap_hash xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: accept
.prog redirect_map_cpumap xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: accept
.prog redirect_map_xskmap xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_sockmap xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_sockhash xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_reuseport_sockarray xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_cgroup_storage xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_percpu_cgroup_storage xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_queue xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_stack xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_ringbuf xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_bloom_filter xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_redirect_map#51
; insn: 14
.prog redirect_map_user_ringbuf xdp
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	r3 = 0
	call bpf_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_percpu_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_lru_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_lpm_trie sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_prog_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_perf_event_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_stack_trace sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_cgroup_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_array_of_maps sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_hash_of_maps sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_devmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_devmap_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_cpumap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_xskmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: accept
.prog sk_redirect_map_sockmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_sockhash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_reuseport_sockarray sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_cgroup_storage sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_percpu_cgroup_storage sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_queue sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_stack sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_ringbuf sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_bloom_filter sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_sk_redirect_map#52
; insn: 15
.prog sk_redirect_map_user_ringbuf sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	r4 = 0
	call bpf_sk_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_percpu_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_lru_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_lpm_trie sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_prog_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_perf_event_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_stack_trace sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_cgroup_array sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_array_of_maps sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_hash_of_maps sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_devmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_devmap_hash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_cpumap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_xskmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_sockmap sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: accept
.prog sk_redirect_hash_sockhash sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_reuseport_sockarray sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_cgroup_storage sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sk_redirect_hash#72
; insn: 16
.prog sk_redirect_hash_percpu_cgroup_storage sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_redirect_hash_queue sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_redirect_hash_stack sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_redirect_hash_ringbuf sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_redirect_hash_bloom_filter sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_redirect_hash_user_ringbuf sk_skb/stream_verdict
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_percpu_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_lru_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_lpm_trie sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_prog_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_perf_event_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_stack_trace sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_cgroup_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_array_of_maps sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_hash_of_maps sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_devmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_devmap_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_cpumap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_xskmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: accept
.prog sock_map_update_sockmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_sockhash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_reuseport_sockarray sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_cgroup_storage sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sock_map_update#53
; insn: 16
.prog sock_map_update_percpu_cgroup_storage sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_map_update_queue sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_map_update_stack sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_map_update_ringbuf sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_map_update_bloom_filter sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_map_update_user_ringbuf sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_map_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_percpu_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_lru_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_lpm_trie sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_prog_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_perf_event_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_stack_trace sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_cgroup_array sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_array_of_maps sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_hash_of_maps sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_devmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_devmap_hash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_cpumap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_xskmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_sockmap sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: accept
.prog sock_hash_update_sockhash sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_reuseport_sockarray sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_cgroup_storage sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sock_hash_update#70
; insn: 16
.prog sock_hash_update_percpu_cgroup_storage sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_hash_update_queue sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_hash_update_stack sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_hash_update_ringbuf sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_hash_update_bloom_filter sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sock_hash_update_user_ringbuf sockops
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sock_hash_update
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_percpu_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_lru_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_lpm_trie sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_prog_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_perf_event_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_stack_trace sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_cgroup_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_array_of_maps sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_hash_of_maps sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_devmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_devmap_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_cpumap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_xskmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: accept
.prog msg_redirect_map_sockmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_sockhash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_reuseport_sockarray sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_cgroup_storage sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_percpu_cgroup_storage sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_queue sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_stack sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_ringbuf sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_bloom_filter sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_msg_redirect_map#60
; insn: 15
.prog msg_redirect_map_user_ringbuf sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = 0
	r4 = 0
	call bpf_msg_redirect_map
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_percpu_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_lru_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_lpm_trie sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_prog_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_perf_event_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_stack_trace sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_cgroup_array sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_array_of_maps sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_hash_of_maps sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_devmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_devmap_hash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_cpumap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_xskmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_sockmap sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: accept
.prog msg_redirect_hash_sockhash sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_reuseport_sockarray sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_cgroup_storage sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_msg_redirect_hash#71
; insn: 16
.prog msg_redirect_hash_percpu_cgroup_storage sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog msg_redirect_hash_queue sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog msg_redirect_hash_stack sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog msg_redirect_hash_ringbuf sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog msg_redirect_hash_bloom_filter sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog msg_redirect_hash_user_ringbuf sk_msg
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_msg_redirect_hash
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_hash sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_array sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_percpu_array sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_lru_hash sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lru_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_lpm_trie sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_lpm_trie]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_prog_array sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_prog_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_perf_event_array sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_perf_event_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_stack_trace sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack_trace]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_cgroup_array sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_array]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_array_of_maps sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_array_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_hash_of_maps sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_hash_of_maps]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_devmap sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_devmap_hash sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_devmap_hash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_cpumap sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cpumap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_xskmap sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_xskmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: accept
.prog sk_select_reuseport_sockmap sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockmap]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: accept
.prog sk_select_reuseport_sockhash sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_sockhash]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: accept
.prog sk_select_reuseport_reuseport_sockarray sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_reuseport_sockarray]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_cgroup_storage sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sk_select_reuseport#82
; insn: 16
.prog sk_select_reuseport_percpu_cgroup_storage sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_percpu_cgroup_storage]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_select_reuseport_queue sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_queue]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_select_reuseport_stack sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_stack]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_select_reuseport_ringbuf sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_select_reuseport_bloom_filter sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_bloom_filter]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 16
.prog sk_select_reuseport_user_ringbuf sk_reuseport
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = r6
	r2 = map[m_user_ringbuf]
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_sk_select_reuseport
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: accept
.prog ringbuf_output_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_ringbuf_output#130
; insn: 16
.prog ringbuf_output_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -64
	r3 = 8
	r4 = 0
	call bpf_ringbuf_output
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: accept
.prog ringbuf_reserve_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_ringbuf_reserve#131
; insn: 14
.prog ringbuf_reserve_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 8
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0x0 goto +3
	r1 = r0
	r2 = 0
	call bpf_ringbuf_discard
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: accept
.prog ringbuf_query_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_ringbuf_query#134
; insn: 13
.prog ringbuf_query_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	call bpf_ringbuf_query
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: accept
.prog ringbuf_reserve_dynptr_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_ringbuf_reserve_dynptr#198
; insn: 16
.prog ringbuf_reserve_dynptr_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 8
	r3 = 0
	r4 = r10
	r4 += -80
	call bpf_ringbuf_reserve_dynptr
	r1 = r10
	r1 += -80
	r2 = 0
	call bpf_ringbuf_discard_dynptr
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: accept
.prog map_lookup_percpu_elem_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 15 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 18 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_map_lookup_percpu_elem#195
; insn: 15
.prog map_lookup_percpu_elem_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_lookup_percpu_elem_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_lookup_percpu_elem_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_lookup_percpu_elem_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_lookup_percpu_elem_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject invalid zero-sized read
; insn: 15
.prog map_lookup_percpu_elem_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_lookup_percpu_elem
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_percpu_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_lru_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_lpm_trie cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_prog_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_perf_event_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_stack_trace cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_cgroup_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_array_of_maps cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_hash_of_maps cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_devmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_devmap_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_cpumap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_xskmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog sk_storage_get_sockmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog sk_storage_get_sockhash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_reuseport_sockarray cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_cgroup_storage cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_percpu_cgroup_storage cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_queue cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_stack cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_ringbuf cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_bloom_filter cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_sk_storage_get#107
; insn: 15
.prog sk_storage_get_user_ringbuf cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r6
	r3 = 0
	r4 = 0
	call bpf_sk_storage_get
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_percpu_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_lru_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_lpm_trie cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_prog_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_perf_event_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_stack_trace cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_cgroup_array cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_array_of_maps cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_hash_of_maps cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_devmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_devmap_hash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_cpumap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_xskmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_sockmap cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_sockhash cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_reuseport_sockarray cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_cgroup_storage cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_percpu_cgroup_storage cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_queue cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_stack cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_ringbuf cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_bloom_filter cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject program of this type cannot use helper bpf_sk_storage_delete#108
; insn: 13
.prog sk_storage_delete_user_ringbuf cgroup/sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = r6
	call bpf_sk_storage_delete
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog task_storage_get_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog task_storage_get_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_task_storage_get#156
; insn: 15
.prog task_storage_get_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_task_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 1 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 2 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 6 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_percpu_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 9 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_lru_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lru_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 11 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_lpm_trie kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_lpm_trie]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 3 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_prog_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_prog_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 4 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_perf_event_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_perf_event_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 7 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_stack_trace kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack_trace]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 8 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_cgroup_array kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_array]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 12 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_array_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_array_of_maps]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 13 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_hash_of_maps kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_hash_of_maps]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 14 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_devmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 25 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_devmap_hash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_devmap_hash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 16 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_cpumap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cpumap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 17 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_xskmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_xskmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog cgrp_storage_get_sockmap kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockmap]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject invalid arg_type for sockmap/sockhash
; insn: 15
.prog cgrp_storage_get_sockhash kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_sockhash]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 20 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_reuseport_sockarray kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_reuseport_sockarray]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 19 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_cgroup_storage]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 21 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_percpu_cgroup_storage kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_percpu_cgroup_storage]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 22 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_queue kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_queue]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 23 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_stack kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_stack]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 27 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_ringbuf]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 30 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_bloom_filter kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_bloom_filter]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
; expect: reject cannot pass map_type 31 into func bpf_cgrp_storage_get#210
; insn: 15
.prog cgrp_storage_get_user_ringbuf kprobe/x
	r6 = r1
	r0 = 0
	*(u64 *)(r10 -8) = r0
	*(u64 *)(r10 -16) = r0
	*(u64 *)(r10 -24) = r0
	*(u64 *)(r10 -32) = r0
	*(u64 *)(r10 -40) = r0
	*(u64 *)(r10 -48) = r0
	*(u64 *)(r10 -56) = r0
	*(u64 *)(r10 -64) = r0
	r1 = map[m_user_ringbuf]
	r2 = 0
	r3 = 0
	r4 = 0
	call bpf_cgrp_storage_get
	r0 = 0
	exit
