#!/bin/sh
# The command line: help and version, exit codes, the assembler round trip
# through files, and objects other tools read.
bpfvet=$1 bpfdir=$2 asmdir=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # check NAME EXPECTED_STATUS COMMAND...
	name=$1 want=$2; shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"; got=$?
	if [ "$got" != "$want" ]; then
		echo "FAIL $name: exit $got, expected $want"; cat "$tmp/out" "$tmp/err" | head -20; fail=1
	else
		echo "ok   $name"
	fi
}
grep_out() { # grep_out NAME PATTERN
	if grep -q -- "$2" "$tmp/out"; then echo "ok   $1"; else echo "FAIL $1: no '$2' in output"; head -20 "$tmp/out"; fail=1; fi
}

check "--help" 0 "$bpfvet" --help
grep_out "--help lists commands" "disasm OBJ"
grep_out "--help documents exit codes" "exit status"
check "--version" 0 "$bpfvet" --version
grep_out "--version" "^bpfvet [0-9]"
for c in info disasm asm kernel; do
	check "$c --help" 0 "$bpfvet" $c --help
	grep_out "$c --help" "usage: bpfvet $c"
done
check "no arguments" 2 "$bpfvet"
check "unknown command" 2 "$bpfvet" frobnicate
check "missing file" 2 "$bpfvet" info /nonexistent.o
check "not an object" 2 "$bpfvet" info "$0"
check "unknown program" 2 "$bpfvet" disasm "$bpfdir/subprogs.o" nosuchprog

check "info" 0 "$bpfvet" info "$bpfdir/subprogs.o"
grep_out "info lists programs" "xdp_count"
check "info --json" 0 "$bpfvet" info --json "$bpfdir/subprogs.o"
grep_out "info --json" '"programs":\[{"name":"xdp_count"'
# struct_ops: which member of which map each program implements
check "info struct_ops" 0 "$bpfvet" info "$bpfdir/struct_ops.o"
grep_out "info names the member" "bad_release_setsockopt .*tcp_congestion_ops.release of map bad_cc1"
check "info struct_ops --json" 0 "$bpfvet" info --json "$bpfdir/struct_ops.o"
grep_out "info --json struct_ops" '"name":"dummy_checked".*"struct_ops":{"map":"dummy1","struct":"bpf_dummy_ops","member":"test_1"}'
check "disasm" 0 "$bpfvet" disasm "$bpfdir/subprogs.o" xdp_count
grep_out "disasm prints source lines" "; int xdp_count(struct xdp_md \*ctx) @ subprogs.bpf.c:49"
grep_out "disasm names maps" "= map\[counts\]"

# assembler: source -> object -> disasm -> source -> the same object
check "asm" 0 "$bpfvet" asm "$asmdir/basic.s" -o "$tmp/basic.o"
check "info on assembled object" 0 "$bpfvet" info "$tmp/basic.o"
grep_out "assembled programs" "count_packets"
check "disasm of assembled object" 0 "$bpfvet" disasm --no-source "$tmp/basic.o" second
grep_out "assembled map reference" "r0 = map\[outer\]"
check "asm on .s directly" 0 "$bpfvet" disasm "$asmdir/roundtrip.s"
"$bpfvet" disasm --no-source "$asmdir/roundtrip.s" > "$tmp/rt.s"
printf '.license "GPL"\n.prog pasted socket\n' > "$tmp/rt2.s"
grep -v '^;' "$tmp/rt.s" >> "$tmp/rt2.s"
check "disasm output assembles" 0 "$bpfvet" asm "$tmp/rt2.s" -o "$tmp/rt2.o"
"$bpfvet" disasm --no-source "$tmp/rt2.o" | grep -v '^;' > "$tmp/rt3.s"
if grep -v '^;' "$tmp/rt.s" | cmp -s - "$tmp/rt3.s"; then echo "ok   disasm(asm(disasm)) is stable"; else
	echo "FAIL disasm(asm(disasm)) differs"; diff "$tmp/rt.s" "$tmp/rt3.s"; fail=1; fi
check "asm error" 2 "$bpfvet" asm /nonexistent.s -o "$tmp/x.o"
if command -v llvm-objdump >/dev/null 2>&1; then
	check "llvm-objdump reads assembled objects" 0 llvm-objdump -d "$tmp/basic.o"
	grep_out "llvm-objdump sees the program" "count_packets"
fi

# the VM: bpfvet run and bpfvet test
vmdir=$(dirname "$asmdir")/vm
check "run" 0 "$bpfvet" run "$bpfdir/vm_packets.o" xdp_parse --packet-hex "ff ff ff ff ff ff 02 00 00 00 00 02 08 06 00 01"
grep_out "run shows the return value" "returned 2 (XDP_PASS)"
grep_out "run shows map changes" "proto_count\[0\] = 1 (new)"
check "run --json" 0 "$bpfvet" run --json "$bpfdir/vm_maps.o" maps_loop
grep_out "run --json: bpf_loop sum of squares 0..20 = 2870" '"key":"0","old":"0","new":"2870"'
check "run --repeat" 0 "$bpfvet" run "$bpfdir/vm_packets.o" xdp_parse --repeat 1000
grep_out "run --repeat" "ns per instruction"
check "run with a map entry" 0 "$bpfvet" run "$bpfdir/vm_packets.o" xdp_parse --map "proto_count:0=41" --packet-hex "ff ff ff ff ff ff 02 00 00 00 00 02 08 06 00 01"
grep_out "run with a map entry" "proto_count\[0\] = 42 (was 41)"
check "run unknown map" 2 "$bpfvet" run "$bpfdir/vm_packets.o" xdp_parse --map "nope:0=1"
# a section that names no program type: the same answer as `bpfvet kernel`,
# and --type supplies one
printf '.license "GPL"\n.prog untyped nosuchtype\n r0 = 0\n exit\n' > "$tmp/untyped.s"
check "check: no program type" 2 "$bpfvet" check "$tmp/untyped.s"
if grep -q "program 'untyped': section 'nosuchtype' names no program type; pass --type TYPE" "$tmp/err"; then
	echo "ok   check says the type is missing"; else echo "FAIL check says the type is missing"; cat "$tmp/err"; fail=1; fi
check "check --type supplies it" 0 "$bpfvet" check --type socket_filter "$tmp/untyped.s"

# run verifies first: the kernel refuses this context read (verify_vs_kernel
# holds bpfvet's verdicts to the kernel's)
printf '.prog ctxoob socket\n r0 = *(u32 *)(r1 +1000)\n exit\n' > "$tmp/ctxoob.s"
check "run refuses a rejected program" 1 "$bpfvet" run "$tmp/ctxoob.s" ctxoob
if grep -q "rejected by the verifier: invalid bpf_context access off=1000 size=4 (at insn 0); not run" "$tmp/err"; then
	echo "ok   run says why it did not run"; else echo "FAIL run says why it did not run"; cat "$tmp/err"; fail=1; fi
check "run --no-verify runs it, checked" 1 "$bpfvet" run "$tmp/ctxoob.s" ctxoob --no-verify
grep_out "run --no-verify: the VM catches the access" "stopped at instruction 0"
grep_out "run --no-verify says it was not verified" "not verified (--no-verify); every memory access was checked"
# the path to a fault, worked out by hand: 0-4, back to 3 twice while
# r2 < 3, then 5 jumps to 7, whose context read is out of bounds
printf '.prog walk socket\n r0 = 0\n r2 = 0\n r3 = 3\nl:\n r2 += 1\n if r2 < r3 goto l\n if r2 == 3 goto +1\n exit\n r0 = *(u32 *)(r1 +1000)\n exit\n' > "$tmp/walk.s"
check "run --no-verify: a fault" 1 "$bpfvet" run "$tmp/walk.s" walk --no-verify
grep_out "run: the path to a fault" "path to it (the last 3 jumps taken, from -> to): 4->3 4->3 5->7, then on to 7"
check "run --checked on a verified program" 0 "$bpfvet" run "$bpfdir/vm_packets.o" xdp_parse --checked
grep_out "run --checked" "(verified; every memory access was checked as well)"
check "run --json says verified" 0 "$bpfvet" run --json "$bpfdir/vm_packets.o" xdp_parse
grep_out "run --json verified" '"verified":true,"checked":false'
printf '.prog kfrun socket\n call bpf_obj_new_impl#12345\n r0 = 0\n exit\n' > "$tmp/kfrun.s"
check "run a program bpfvet cannot verify" 1 "$bpfvet" run "$tmp/kfrun.s" kfrun
grep_out "run says what was not verified" "not verified: kfunc #12345 is not modelled yet; every memory access was checked"
check "check a program bpfvet cannot judge" 2 "$bpfvet" check --log-level 2 "$tmp/kfrun.s"
if grep -q "^processed " "$tmp/out"; then
	echo "FAIL an unjudged program prints no statistics"; fail=1
else
	echo "ok   an unjudged program prints no statistics"
fi
check "run a program with a bpf_loop callback, verified" 0 "$bpfvet" run --json "$bpfdir/vm_maps.o" maps_loop
grep_out "run bpf_loop verified" '"verified":true,"checked":false
check "test passes" 0 "$bpfvet" test "$vmdir/vm_packets.test" --object "$bpfdir/vm_packets.o"
grep_out "test TAP plan" "^1..4"
grep_out "test TAP ok" "^ok 4 - a runt frame is aborted"
check "test fails" 1 "$bpfvet" test "$vmdir/failing.test" --object "$bpfdir/vm_packets.o"
grep_out "test says why" "expected return XDP_PASS, got 0 (XDP_ABORTED)"
check "test bad spec" 2 "$bpfvet" test "$0"
# bpfvet test verifies first: every case of a rejected program fails with the kernel's line
printf '.prog ctxoob2 socket\n r0 = *(u32 *)(r1 +1000)\n exit\n' > "$tmp/ctxoob2.s"
printf 'object ctxoob2.s\nprogram ctxoob2\ntest "returns 0"\n  expect return 0\nend\n' > "$tmp/ctxoob2.test"
check "test on a rejected program" 1 "$bpfvet" test "$tmp/ctxoob2.test"
grep_out "test says the verifier rejects it" "the verifier rejects ctxoob2: invalid bpf_context access off=1000 size=4 (at insn 0)"
check "test --no-verify runs it" 1 "$bpfvet" test --no-verify "$tmp/ctxoob2.test"
grep_out "test --no-verify: the VM stops it" "the run stopped at instruction 0"

# the verifier: bpfvet check.  The expected lines are the running kernel's
# (the kernel block below checks the same programs against it when root).
printf '.prog ok socket\n r0 = 0\n exit\n.prog bad socket\n r0 = r9\n exit\n.prog unk socket\n call 999\n exit\n' > "$tmp/check.s"
printf '.prog kf socket\n call bpf_obj_new_impl#12345\n r0 = 0\n exit\n' > "$tmp/kfunc.s"
check "check --help" 0 "$bpfvet" check --help
grep_out "check --help" "usage: bpfvet check"
check "check accepts" 0 "$bpfvet" check "$tmp/check.s" ok
grep_out "check accepted line" "^ok: accepted$"
check "check rejects" 1 "$bpfvet" check "$tmp/check.s"
grep_out "check: uninitialised register" "^bad: rejected: R9 !read_ok$"
grep_out "check: where" "at insn 0: (bf) r0 = r9"
grep_out "check: unknown helper" "^unk: rejected: invalid func unknown#999$"
check "check --log-level 2" 0 "$bpfvet" check --log-level 2 "$tmp/check.s" ok
grep_out "check log: state line" "^0: R1=ctx() R10=fp0$"
grep_out "check log: instruction with state" "^0: (b7) r0 = 0 *; R0=0$"
grep_out "check log: stats" "^processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0$"
check "check --log-level 1" 1 "$bpfvet" check --log-level 1 "$tmp/check.s" bad
grep_out "check log: error line" "^R9 !read_ok$"
check "check --json" 1 "$bpfvet" check --json "$tmp/check.s"
grep_out "check --json accept" '"name":"ok","section":"socket","type":1,"verdict":"accept","stats":{"processed_insns":2,'
grep_out "check --json reject" '"name":"bad",.*"verdict":"reject","error":{"insn":0,"message":"R9 !read_ok"'
check "check: unsupported is not a verdict" 2 "$bpfvet" check "$tmp/kfunc.s"
grep_out "check says what is missing" "kfunc #12345 is not modelled yet"
check "check bad input" 2 "$bpfvet" check "$0"
check "check unknown program" 2 "$bpfvet" check "$tmp/check.s" nosuchprog
check "check bad log level" 2 "$bpfvet" check --log-level 7 "$tmp/check.s"
if [ -f "$bpfdir/subprogs.o" ]; then
	check "check a clang object with subprograms, a global function and bpf_loop" 0 "$bpfvet" check "$bpfdir/subprogs.o"
	grep_out "check subprograms" "^xdp_count: accepted$"
fi

# a kfunc prototype with a declared-only struct: refused before verifying,
# as libbpf refuses it (needs the kernel's BTF to compare with)
if [ -f "$bpfdir/kfunc_declared.o" ] && [ -r /sys/kernel/btf/vmlinux ]; then
	check "check: kfunc prototype incompatible with the kernel's" 2 "$bpfvet" check "$bpfdir/kfunc_declared.o"
	if grep -q "extern (func ksym) 'bpf_map_sum_elem_count': func_proto \[[0-9]*\] incompatible with kernel \[[0-9]*\]" "$tmp/err" &&
	   grep -qF "only a forward declaration of struct bpf_map" "$tmp/err"; then
		echo "ok   incompatible kfunc prototype named"
	else
		echo "FAIL incompatible kfunc prototype: no libbpf line"; cat "$tmp/err"; fail=1
	fi
fi

# older kernels, from the kernel's history: bpf_loop came in 5.17, helper
# callbacks in 5.13, tail calls mixed with BPF-to-BPF calls in 5.10, global
# functions in 5.6
if [ -f "$bpfdir/subprogs.o" ]; then
	check "check --kernel 5.4" 1 "$bpfvet" check --kernel 5.4 "$bpfdir/subprogs.o" xdp_count
	grep_out "5.4: bpf_loop" "the helper bpf_loop (Linux 5.17)"
	grep_out "5.4: callbacks" "callbacks (a function pointer passed to a helper) (Linux 5.13)"
	grep_out "5.4: tail calls with calls" "tail calls from a program with BPF-to-BPF calls (Linux 5.10)"
	grep_out "5.4: global functions" "global functions (non-static BPF-to-BPF calls) (Linux 5.6)"
	check "check --kernel 5.15" 1 "$bpfvet" check --kernel 5.15 "$bpfdir/subprogs.o" xdp_count
	if grep -q "Linux 5.10)" "$tmp/out"; then echo "FAIL 5.15 lists a 5.10 feature"; fail=1; else echo "ok   5.15 lists only newer features"; fi
	check "check --kernel 6.1" 0 "$bpfvet" check --kernel 6.1 "$bpfdir/subprogs.o" xdp_count
	grep_out "6.1 loads it" "on Linux 6.1: nothing this program uses is newer"
	check "check --kernel nonsense" 2 "$bpfvet" check --kernel banana "$bpfdir/subprogs.o"
fi
# bpf_get_smp_processor_id() is bounded by the possible CPUs: the limits
# (64 and 1) come from the .bss layout in tests/bpf/cpu_bound.bpf.c
if [ -f "$bpfdir/cpu_bound.o" ]; then
	check "--cpus 2: a table of 64 indexed by the CPU" 0 "$bpfvet" check --cpus 2 "$bpfdir/cpu_bound.o" per_cpu
	grep_out "--cpus 2: the note" "note: accepted with 2 possible CPUs; with more than 64 the kernel refuses it at insn"
	grep_out "--cpus 2: the access" "cpu_bound.bpf.c:28: cpu_stats\[cpu\].bytes"
	check "--cpus 64" 0 "$bpfvet" check --cpus 64 --json "$bpfdir/cpu_bound.o" per_cpu
	grep_out "--cpus 64: json" '"cpus":{"here":64,"max_accepted":64,'
	check "--cpus 65" 1 "$bpfvet" check --cpus 65 --no-explain "$bpfdir/cpu_bound.o" per_cpu
	grep_out "--cpus 65: refused" "per_cpu: rejected: R1 max value is outside of the allowed memory range"
	check "--cpus 1: one slot" 0 "$bpfvet" check --cpus 1 "$bpfdir/cpu_bound.o" one_cpu
	grep_out "--cpus 1: more than 1" "with more than 1 the kernel refuses it"
	check "--cpus 2: one slot" 1 "$bpfvet" check --cpus 2 --json "$bpfdir/cpu_bound.o" one_cpu
	grep_out "--cpus 2: the CPU number told" "bpf_get_smp_processor_id() returned at insn 0"
	grep_out "--cpus 2: the fix" "if (cpu >= 1) return XDP_PASS;"
	check "--cpus 8192: checked" 0 "$bpfvet" check --cpus 8192 "$bpfdir/cpu_bound.o" checked
	if grep -q "note:" "$tmp/out"; then echo "FAIL a checked CPU number has a note"; fail=1; else echo "ok   a checked CPU number has no note"; fi
	check "--cpus 0" 2 "$bpfvet" check --cpus 0 "$bpfdir/cpu_bound.o"
fi
# BPF iterators came in 5.8, three releases after BTF-typed tracing (5.5)
# fentry, fexit and fmod_ret (tests/bpf/fentry.bpf.c): this machine's
# kernel refuses them before verifying (lockdown), so each expected line
# is the one the kernel's source prints for that rule, named in the file
# verdict_lines OBJ 'PROG:VERDICT LINE' ...: each program's first line
verdict_lines() {
	vl_obj=$1; shift
	for t in "$@"; do
		p=${t%%:*} want=${t#*:}
		got=$("$bpfvet" check "$bpfdir/$vl_obj.o" "$p" | head -1)
		if [ "$got" = "$p: $want" ]; then echo "ok   $vl_obj $p"; else echo "FAIL $vl_obj $p: '$got', expected '$p: $want'"; fail=1; fi
	done
}
if [ -f "$bpfdir/fentry.o" ]; then
	verdict_lines fentry read_flags:accepted read_ret:accepted opened:accepted open_path:accepted deny_open:accepted \
		 'read_ret_nonzero:rejected: At program exit the register R0 has smin=1 smax=1 should have been in [0, 0]' \
		 'read_no_ret:rejected: invalid bpf_context access off=32 size=8' \
		 'read_path:rejected: helper call is not allowed in probe' \
		 'new_task:rejected: R1 must be a rcu pointer' \
		 'skb_dynptr:rejected: R1 must be referenced or trusted' \
		 'modify_read:rejected: vfs_read() is not modifiable' \
		 'exited:rejected: Attaching fexit/fmod_ret to __noreturn functions is rejected.' \
		 'read_sleepable:rejected: vfs_read is not sleepable'
	"$bpfvet" check --log-level 2 "$bpfdir/fentry.o" read_no_ret >"$tmp/out" 2>&1
	grep_out "fentry: the kernel's line before" "^func 'vfs_read' doesn't have 5-th argument$"
fi
# LSM programs (tests/bpf/lsm.bpf.c): refused before verifying here too;
# each expected line is the kernel source's or a selftest's, named there
if [ -f "$bpfdir/lsm.o" ]; then
	verdict_lines lsm open_gate:accepted mprotect_pass:accepted free_any:accepted alloc_acquire:accepted \
		 'mprotect_one:rejected: At program exit the register R0 has smin=1 smax=1 should have been in [-4095, 0]' \
		 'known_two:rejected: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]' \
		 'perm_sleep:rejected: bpf_lsm_file_permission is not sleepable' \
		 'perm_hash:rejected: helper call is not allowed in probe' \
		 'open_hash:rejected: helper call might sleep in a non-sleepable prog' \
		 'open_ip:rejected: func bpf_get_func_ip#173 not supported for program type 29' \
		 'free_acquire:rejected: R1 must be a rcu pointer' \
		 bind_deny:accepted \
		 'clone_deny:rejected: At program exit the register R0 has smin=0 smax=0 should have been in [1, 1]' \
		 'bind_sockopt:rejected: program of this type cannot use helper bpf_setsockopt#49' \
		 open_d_path:accepted open_exe:accepted open_xattr_s:accepted \
		 'open_d_path_big:rejected: arg#1 arg#2 memory, len pair leads to invalid memory access' \
		 'open_put:rejected: release kernel function bpf_put_file expects refcounted PTR_TO_BTF_ID' \
		 'open_xattr:rejected: program must be sleepable to call sleepable kfunc bpf_get_file_xattr'
	check "lsm: bpf_path_d_path's buffer, the log" 1 "$bpfvet" check --log-level 1 "$bpfdir/lsm.o" open_d_path_big
	grep_out "lsm: bpf_path_d_path's buffer, the access line" "^invalid access to map value, value_size=260 off=4 size=512$"
	# the number is the hook's id in this kernel's BTF
	check "lsm: a disabled hook" 1 "$bpfvet" check "$bpfdir/lsm.o" procattr
	grep_out "lsm: a disabled hook, the line" "^procattr: rejected: attach_btf_id [0-9][0-9]* points to disabled hook bpf_lsm_getprocattr$"
	# before 6.12 an LSM program returned what it liked (check_return_code
	# of 6.6: "Regular BPF_PROG_TYPE_LSM programs can return any value")
	check "lsm: any return value on 6.6" 0 "$bpfvet" check --kernel 6.6 "$bpfdir/lsm.o" mprotect_one
	check "lsm: [-4095, 0] on 6.12" 1 "$bpfvet" check --kernel 6.12 "$bpfdir/lsm.o" mprotect_one
fi
# a tracepoint has no traced function: bpf_get_func_ip, and bpf_d_path
# outside the kernel's list, are refused (both seen on the running kernel:
# test_verify_kernel compares btf_tracing.o)
if [ -f "$bpfdir/btf_tracing.o" ]; then
	check "tp_btf: bpf_get_func_ip" 1 "$bpfvet" check "$bpfdir/btf_tracing.o" tp_func_ip
	grep_out "tp_btf: bpf_get_func_ip line" "rejected: func bpf_get_func_ip#173 supported only for fentry/fexit/fmod_ret programs"
	check "tp_btf: bpf_d_path" 1 "$bpfvet" check "$bpfdir/btf_tracing.o" tp_d_path
	grep_out "tp_btf: bpf_d_path line" "rejected: helper call is not allowed in probe"
	# an element of a flexible array points to trusted memory, as a member
	# does (the kernel's log; an earlier build of it said untrusted)
	check "tp_btf: through a flexible array" 0 "$bpfvet" check --log-level 2 "$bpfdir/btf_tracing.o" pid_ns_level
	grep_out "tp_btf: through a flexible array, trusted" "; R1=ptr_pid_namespace()$"
fi
# a timer callback that re-arms itself on another map: new entries, no loop
# (the kernel accepts; bpfvet used to report an infinite loop)
if [ -f "$bpfdir/timers.o" ]; then
	check "timer callback re-armed from itself" 0 "$bpfvet" check "$bpfdir/timers.o" arm_rearming
fi
if [ -f "$bpfdir/btf_tracing.o" ]; then
	check "check --kernel 5.6 iterator" 1 "$bpfvet" check --kernel 5.6 "$bpfdir/btf_tracing.o" dump_task
	grep_out "5.6: iterators" "tracing as a BPF iterator (iter/) (Linux 5.8)"
	check "check --kernel 5.6 tp_btf" 1 "$bpfvet" check --kernel 5.6 "$bpfdir/btf_tracing.o" parent_pid
	if grep -q "iter/" "$tmp/out"; then echo "FAIL 5.6: a tp_btf program called an iterator"; fail=1; else echo "ok   5.6: tp_btf is not an iterator"; fi
fi
# task kfuncs came in 6.2, cpumask kfuncs in 6.3
if [ -f "$bpfdir/kfuncs.o" ]; then
	check "check --kernel 6.1 task kfuncs" 1 "$bpfvet" check --kernel 6.1 "$bpfdir/kfuncs.o" acq_rel
	grep_out "6.1: task kfuncs" "the kfunc bpf_task_acquire (Linux 6.2)"
	check "check --kernel 6.2 cpumask kfuncs" 1 "$bpfvet" check --kernel 6.2 "$bpfdir/kfuncs.o" mask
	grep_out "6.2: cpumask kfuncs" "the kfunc bpf_cpumask_create (Linux 6.3)"
	check "check --kernel 6.3 cpumask kfuncs" 0 "$bpfvet" check --kernel 6.3 "$bpfdir/kfuncs.o" mask
fi
# exceptions came in 6.7
if [ -f "$bpfdir/exceptions.o" ]; then
	check "check --kernel 6.6 bpf_throw" 1 "$bpfvet" check --kernel 6.6 "$bpfdir/exceptions.o" throw_default
	grep_out "6.6: bpf_throw" "the kfunc bpf_throw (Linux 6.7)"
	check "check --kernel 6.7 bpf_throw" 0 "$bpfvet" check --kernel 6.7 "$bpfdir/exceptions.o" throw_default
fi

# behaviour switches: privileged reads of unwritten stack (6.3) and private
# stacks for tracing programs (6.13) are tried by verifying again as the
# older release would
printf '.license "GPL"\n.prog uninit socket\n r0 = *(u64 *)(r10 -8)\n r0 = 0\n exit\n.prog bigstack kprobe/x\n *(u64 *)(r10 -400) = 0\n call f304\n r0 = 0\n exit\n.func f304\n *(u64 *)(r10 -304) = 0\n r0 = 0\n exit\n' > "$tmp/compat.s"
check "check --kernel 6.1: behaviour" 1 "$bpfvet" check --kernel 6.1 "$tmp/compat.s"
grep_out "6.1: unwritten stack" 'reading stack bytes nothing wrote (privileged programs may); there: "invalid read from stack R10 off=-8 size=8" (Linux 6.3)'
grep_out "6.1: private stacks" 'more than 512 bytes of stack in a call chain (private stacks); there: "combined stack size of 2 calls is 704. Too large" (Linux 6.13)'
check "check --kernel 6.18: behaviour" 0 "$bpfvet" check --kernel 6.18 "$tmp/compat.s"
# global function argument tags: __arg_ctx and __arg_nonnull came in 6.8
if [ -f "$bpfdir/arg_tags.o" ]; then
	check "check --kernel 6.7: argument tags" 1 "$bpfvet" check --kernel 6.7 "$bpfdir/arg_tags.o" nonnull_after_check
	grep_out "6.7: __arg_nonnull" 'the global function argument tag __arg_nonnull (Linux 6.8)'
	check "check --kernel 6.8: argument tags" 0 "$bpfvet" check --kernel 6.8 "$bpfdir/arg_tags.o" nonnull_after_check
fi
# a kernel struct's `unsigned char *` read through (skb->data in netfilter):
# readable memory since 6.17 (rdonly_untrusted_mem), a plain number before
if [ -f "$bpfdir/diagnose_twentyfifth_fixed.o" ]; then
	check "check --kernel 6.16: untrusted memory" 1 "$bpfvet" check --kernel 6.16 "$bpfdir/diagnose_twentyfifth_fixed.o" nf_block_telnet
	grep_out "6.16: untrusted memory" 'there: "R1 invalid mem access '"'"'scalar'"'"'" (Linux 6.17)'
	check "check --kernel 6.17: untrusted memory" 0 "$bpfvet" check --kernel 6.17 "$bpfdir/diagnose_twentyfifth_fixed.o" nf_block_telnet
fi

# the diagnosis on rejections whose causes are known by construction
if [ -f "$bpfdir/diagnose_more.o" ]; then
	"$bpfvet" check --json "$bpfdir/diagnose_more.o" > "$tmp/more.json"
	for pc in tcp_port:pkt-bounds-missing pop:pkt-pointer-stale copy_name:mem-size-exceeds-buffer \
		  lat:unbounded-index pidcount:null-map-value lut:unbounded-index grab:mem-size-exceeds-buffer \
		  emit:mem-size-exceeds-buffer writer:ctx-access badcall:global-func-args by_value:helper-arg-type \
		  spin:loop-too-complex write_const:readonly-write; do
		p=${pc%%:*} c=${pc#*:}
		if sed 's/{"name":/\n&/g' "$tmp/more.json" | grep "^{\"name\":\"$p\"" | grep -q "\"diagnosis\":{\"class\":\"$c\""; then
			echo "ok   diagnosis of $p: $c"
		else
			echo "FAIL diagnosis of $p: expected $c"; fail=1
		fi
	done
fi

# the rejections found with the kernel's own selftests (tests/bpf): the
# class, and what the diagnosis says that only the kernel's log line before
# the error tells (the argument, the instruction that took the reference)
diag_of() { # OBJ PROG
	"$bpfvet" check --json "$bpfdir/$1.o" "$2" | sed 's/.*"diagnosis"://'
}
diag_rows() { # OBJ:PROG:CLASS:PHRASE ...
	for t in "$@"; do
		o=${t%%:*} r=${t#*:} p=${r%%:*} r=${r#*:} c=${r%%:*} want=${r#*:}
		d=$(diag_of "$o" "$p")
		if echo "$d" | grep -q "\"class\":\"$c\"" && echo "$d" | grep -qF "$want"; then
			echo "ok   diagnosis of $o/$p: $c"
		else
			echo "FAIL diagnosis of $o/$p: expected $c with $want: $d"; fail=1
		fi
	done
}
if [ -f "$bpfdir/fentry.o" ]; then
	diag_rows fentry:read_path:helper-not-allowed:'fentry/security_file_open' \
		 fentry:modify_read:other:'ALLOW_ERROR_INJECTION' fentry:exited:other:'fentry/do_exit' \
		 fentry:read_sleepable:other:'error-injection list'
fi
# a struct mismatch is not an RCU message: sscanf stops checking at the
# first mismatch after %s, and "kernel func%s" matched "kernel function"
if [ -f "$bpfdir/kfuncs.o" ]; then
	diag_rows kfuncs:wrong_type:helper-arg-type:'casting a pointer in C does not change what the verifier knows'
fi
if [ -f "$bpfdir/keys_files.o" ]; then
	diag_rows keys_files:system_key_unchecked:null-pointer:'R1 is what bpf_lookup_system_key() returned at insn 1' \
		 keys_files:system_key_unchecked:null-pointer:'`if (!k) return 0;`, then pass `k`' \
		 keys_files:d_path_tracing:helper-not-allowed:'only LSM programs may call' \
		 keys_files:user_key_nosleep:helper-not-allowed:'Use a sleepable section'
fi
if [ -f "$bpfdir/lsm.o" ]; then
	diag_rows lsm:open_xattr:helper-not-allowed:'`SEC(\"lsm.s/file_open\")` (the kernel lets this hook sleep)' \
		 lsm:open_put:untrusted-pointer:'release only what bpf_get_task_exe_file() returned' \
		 lsm:open_d_path_big:mem-size-exceeds-buffer:'has 256 bytes (from offset 4 of a 260-byte map value), fewer than the 512 passed' \
		 lsm:open_d_path_big:mem-size-exceeds-buffer:'`sizeof(path_buf)`'
	diag_rows lsm:perm_hash:helper-not-allowed:'`SEC(\"lsm.s/file_open\")' \
		 lsm:perm_sleep:other:'`SEC(\"lsm/file_permission\")`' \
		 lsm:open_ip:helper-not-allowed:'Drop the call' \
		 lsm:open_hash:helper-not-allowed:'`SEC(\"lsm.s/file_open\")`'
fi
if [ -f "$bpfdir/spin_lock.o" ] && [ -f "$bpfdir/tail_calls.o" ] && [ -f "$bpfdir/arg_tags.o" ] &&
   [ -f "$bpfdir/diagnose_third.o" ] && [ -f "$bpfdir/diagnose_fourth.o" ] && [ -f "$bpfdir/diagnose_fifth.o" ] && [ -f "$bpfdir/diagnose_sixth.o" ] && [ -f "$bpfdir/diagnose_seventh.o" ] && [ -f "$bpfdir/diagnose_eighth.o" ] && [ -f "$bpfdir/diagnose_ninth.o" ] && [ -f "$bpfdir/diagnose_tenth.o" ] && [ -f "$bpfdir/diagnose_eleventh.o" ] && [ -f "$bpfdir/diagnose_twelfth.o" ] && [ -f "$bpfdir/diagnose_thirteenth.o" ] && [ -f "$bpfdir/diagnose_fourteenth.o" ] && [ -f "$bpfdir/diagnose_fifteenth.o" ] && [ -f "$bpfdir/diagnose_sixteenth.o" ] && [ -f "$bpfdir/ctx_fields.o" ] && [ -f "$bpfdir/dynptr_kfuncs.o" ] &&
   [ -f "$bpfdir/btf_tracing.o" ] && [ -f "$bpfdir/callback_args.o" ] && [ -f "$bpfdir/dynptrs.o" ] &&
   [ -f "$bpfdir/conntrack.o" ] && [ -f "$bpfdir/global_funcs.o" ] && [ -f "$bpfdir/helper_targets.o" ] &&
   [ -f "$bpfdir/kptr_untagged.o" ]; then
	diag_rows spin_lock:helper_under_lock:spin-lock:'"role":"lock taken here"' \
		 spin_lock:return_while_locked:spin-lock:'"role":"lock taken here"' \
		 spin_lock:read_lock_word:spin-lock:'"class":"spin-lock"' \
		 tail_calls:stale_after_static_tail_call:pkt-pointer-stale:'makes a tail call (insn 17)' \
		 tail_calls:sockmap_socket_leaked:reference-leak:'"insn":6,"role":"the reference taken here"' \
		 arg_tags:nonnull_without_check:global-func-args:'Argument 1 is declared __arg_nonnull' \
		 diagnose_third:copy_payload:mem-size-exceeds-buffer:'__u64 len = e->len;' \
		 diagnose_third:udp_port:pkt-bounds-missing:'check it again before reading it' \
		 diagnose_third:count_ifindex:null-map-value:'"insn":6,"role":"may return NULL here"' \
		 diagnose_third:scratch_index:unbounded-index:'if (i >= 256) return TC_ACT_OK;' \
		 diagnose_third:read_name:signed-size:'if (n < 0) return 0;' \
		 diagnose_third:sum_bytes:loop-too-complex:'&& i < MAX; i++) {` with MAX a constant' \
		 diagnose_third:skip_eth:ctx-access:'bpf_xdp_adjust_head(ctx, delta)' \
		 diagnose_fourth:rewrite_port:pkt-pointer-stale:'but bpf_l4_csum_replace at insn' \
		 diagnose_fourth:eth_type_xdp:helper-not-allowed:'use bpf_xdp_load_bytes(ctx, off, buf, len)' \
		 diagnose_fourth:two_buffers:stack-too-large:'two_buffers() (304 bytes) -> emit_copy() (304 bytes) needs 608 bytes' \
		 diagnose_fourth:slot_of_mark:unbounded-index:'`if (idx < 0 || idx >= 16)` in place of `if (idx >= 16)`' \
		 diagnose_fourth:ingress_len:return-value:'returns 2, but a cgroup_skb program must return a value in [0, 1]' \
		 diagnose_fourth:has_listener:reference-leak:'"line":96,"text":"if (sk->state == 10)"' \
		 diagnose_fourth:align_value:pointer-arithmetic:'Round the offset, not the pointer' \
		 diagnose_fourth:find_mss:pkt-bounds-missing:'grows every round of the loop' \
		 diagnose_fourth:sock_state:null-pointer:'it comes from bpf_sk_lookup_tcp at insn' \
		 diagnose_fourth:tag_packet:ctx-access:'"class":"ctx-access"' \
		 ctx_fields:xdp_write_ifindex:ctx-access:'That is `ctx->ingress_ifindex`, which xdp programs may read but not write' \
		 ctx_fields:cgroup_reads_classid:ctx-access:'`skb->tc_classid`, which cgroup_skb_ingress programs cannot access at all' \
		 ctx_fields:mark_read_wide:ctx-access:'an access of 8 bytes at offset 8 runs past its end' \
		 ctx_fields:read_past_skb:ctx-access:'past the end of struct __sk_buff (192 bytes)' \
		 ctx_fields:kprobe_sets_rax:ctx-access:'bpf_override_return(ctx, value)' \
		 diagnose_sixth:adapt_rate:readonly-write:'writes into `sample_rate`, a `const` global' \
		 diagnose_sixth:use_sk:scalar-deref:'is read from a value of map ptrs at insn 10' \
		 diagnose_sixth:redirect_if:helper-arg-type:'takes only a map of type devmap, devmap_hash, cpumap or xskmap' \
		 diagnose_sixth:loop_sum:return-value:'The callback count_cb(), called by bpf_loop at insn 8, returns 2' \
		 diagnose_sixth:tail_byte:pointer-arithmetic:'bpf_xdp_get_buff_len(ctx) - n' \
		 diagnose_sixth:rcv_len:scalar-deref:'"insn":0,"role":"read from the context here"' \
		 diagnose_sixth:exit_stack:mem-size-exceeds-buffer:'if (depth > sizeof(st) / 8) depth = sizeof(st) / 8;` (at most 128 bytes fit from the stack at fp-128' \
		 diagnose_sixth:path_last:signed-size:'if (n <= 0) return 0;' \
		 diagnose_seventh:msg_first_byte:pkt-bounds-missing:'(void *)(long)msg->data_end) return SK_PASS;' \
		 diagnose_seventh:peek_opt:pkt-bounds-missing:'(void *)(long)ctx->optval_end) return 1;' \
		 diagnose_seventh:jump:helper-arg-type:'BPF_MAP_TYPE_PROG_ARRAY' \
		 diagnose_seventh:atomic_b:misaligned-access:'The 8-byte atomic operation at offset 4 of the map value' \
		 diagnose_eighth:count_locked:spin-lock:'Call bpf_map_lookup_elem before bpf_spin_lock()' \
		 diagnose_eighth:count_early:spin-lock:'"role":"lock taken here"' \
		 diagnose_eighth:sock_family:null-pointer:'struct bpf_sock *sk = skb->sk; if (!sk) return 1;' \
		 diagnose_eighth:cookie_seen:mem-size-exceeds-buffer:'the key size of map by_cookie' \
		 diagnose_eighth:open_event:use-after-release:'"insn":17,"role":"reference released here"' \
		 diagnose_eighth:per_queue:null-map-value:'Check `in` right after the lookup, before passing it: `if (!in) return XDP_PASS;`' \
		 diagnose_eighth:two_counters:mem-size-exceeds-buffer:'need a value of at least 16' \
		 diagnose_eighth:zero_ttl:helper-not-allowed:'SEC(\"tc\")' \
		 diagnose_eighth:bump_config:readonly-write:'drop BPF_F_RDONLY_PROG from config' \
		 diagnose_eighth:exec_comm:mem-size-exceeds-buffer:'`sizeof(comm)` (8 here)' \
		 diagnose_eighth:copy_over:mem-size-exceeds-buffer:'the value size of map totals (its value is struct big)' \
		 diagnose_ninth:count_bucket:unbounded-index:'if (*b >= 32) return 0;' \
		 diagnose_ninth:src_count:pkt-bounds-missing:'prove only bytes 0 to 13' \
		 diagnose_ninth:src_count:pkt-bounds-missing:'`if ((void *)(ip + 1) > data_end) return XDP_PASS;`' \
		 diagnose_ninth:sum_samples:unbounded-index:'add `&& i < 8` to its condition' \
		 diagnose_ninth:terminate:unbounded-index:'if (*at >= 32) { bpf_ringbuf_discard(e, 0); return 0; }' \
		 diagnose_ninth:sock_bytes:null-pointer:'Argument 2 of bpf_sk_storage_get is skb->sk' \
		 diagnose_ninth:arm_timer:helper-arg-type:'bpf_timer_init(&v->t, &timers, CLOCK_MONOTONIC)`' \
		 diagnose_ninth:out_len:mem-size-exceeds-buffer:'__u64 len_val = *len;' \
		 diagnose_ninth:cb_slot:ctx-access:'case 0: skb->cb[0] = v;' \
		 diagnose_eleventh:sockops_family:null-pointer:'if (!sk) return 1;' \
		 diagnose_eleventh:tail_dispatch:helper-arg-type:'BPF_MAP_TYPE_PROG_ARRAY' \
		 diagnose_eleventh:comm_match:helper-arg-type:'static const char want[] = \"bash\";' \
		 diagnose_eleventh:copy_words:mem-size-exceeds-buffer:'if (n == 0 || n > sizeof(buf) / 4) return 0;`' \
		 diagnose_eleventh:mark_hist:unbounded-index:'Make the index unsigned' \
		 diagnose_eleventh:open_evt:mem-size-exceeds-buffer:'`sizeof(ev)` (24 here)' \
		 diagnose_eleventh:rb_len:mem-size-exceeds-buffer:'if (len > 64) return TC_ACT_OK;' \
		 diagnose_eleventh:inner_count:null-map-value:'`if (!m) return TC_ACT_OK;`' \
		 diagnose_eleventh:read_meta:pkt-bounds-missing:'if ((void *)meta + 4 > data) return TC_ACT_OK;' \
		 kptr_untagged:acquire_untagged:helper-arg-type:'the compiler dropped the type tag (clang before 15)' \
		 diagnose_twelfth:trim_tail:pkt-pointer-stale:'take the packet'"'"'s bounds again as the program first took them: `data = (void *)(long)ctx->data;' \
		 diagnose_twelfth:bucket_count:unbounded-index:'`if (b >= 0 && b < 16)` in place of `if (b < 16)`' \
		 diagnose_twelfth:mark_tos:readonly-write:'only decides whether a cgroup' \
		 diagnose_twelfth:locked_update:spin-lock:'Call bpf_map_lookup_elem before bpf_spin_lock()' \
		 diagnose_twelfth:udp_port:pkt-bounds-missing:'if ((void *)(udp + 1) > data_end) return XDP_PASS;' \
		 diagnose_thirteenth:open_event:reference-leak:'bpf_ringbuf_discard(e, 0), early returns included' \
		 diagnose_thirteenth:vlan_id:pkt-bounds-missing:'if ((void *)(vh + 1) > data_end) return XDP_PASS;' \
		 diagnose_thirteenth:read_latency:unbounded-index:'if (i >= 32) i = 31; slots[i]++;' \
		 diagnose_thirteenth:read_latency:unbounded-index:'"role":"the loop that computes the index"' \
		 diagnose_thirteenth:payload_sum:loop-too-complex:'`for (i = 0; i < n && i < MAX; i++) {`' \
		 diagnose_fourteenth:tcp_mss:pkt-bounds-missing:'`if ((void *)(opt + 1) + 3 > data_end)`' \
		 diagnose_fourteenth:exec_vmas:null-pointer:'`if (!task) return 0;`' \
		 diagnose_fourteenth:exec_vmas:null-pointer:'"role":"read from the iterator'"'"'s context here"' \
		 diagnose_fourteenth:trim_and_mark:pkt-pointer-stale:'bpf_xdp_adjust_tail at insn 18' \
		 diagnose_fourteenth:flow_count:spin-lock:'after bpf_spin_unlock()' \
		 diagnose_fourteenth:snap_write:mem-size-exceeds-buffer:'Keep the size in a 64-bit variable (`__u64 n`' \
		 diagnose_fourteenth:snap_write:mem-size-exceeds-buffer:'"role":"compared with an unknown number here"' \
		 diagnose_fifteenth:tenant_bytes:null-map-value:'`if (!tbl) return TC_ACT_OK;`' \
		 diagnose_fifteenth:sum_hist:unbounded-index:'`if (i >= 16) return 1;` (returning 1 ends the loop)' \
		 diagnose_fifteenth:lat_bucket:unbounded-index:'`if (ms > 15) ms = 15;`' \
		 diagnose_fifteenth:lat_bucket:unbounded-index:'"insn":19,"role":"the clamp checked here"' \
		 diagnose_fifteenth:tos_filter:pkt-bounds-missing:'(void *)(long)ctx->optval_end) return 1;' \
		 diagnose_fifteenth:xdp_protos:null-pointer:'R1 is `st`, argument 1 of count_proto(), a global' \
		 diagnose_fifteenth:xdp_protos:null-pointer:'`if (!st) return 0;`' \
		 diagnose_sixteenth:count_exec:helper-arg-type:'`const volatile char target_comm[16] = \"nginx\";`' \
		 diagnose_sixteenth:keep_ipv4:ctx-access:'`__typeof__(*eth) h; if (bpf_skb_load_bytes(skb, off, &h, sizeof(h))) return 0;`' \
		 diagnose_sixteenth:no_telnet:return-value:'Return 0 where the program returns -1' \
		 diagnose_sixteenth:sample_delta:unbounded-index:'`h->samples[(n - 1) & 15]`' \
		 diagnose_sixteenth:sample_delta:unbounded-index:'"insn":20,"role":"the index stepped down here"' \
		 diagnose_sixteenth:open_stacks:helper-arg-type:'Keep stacks for bpf_map_lookup_elem() (insn 13)' \
		 diagnose_sixteenth:open_stacks:helper-arg-type:'__uint(value_size, 127 * sizeof(__u64));' \
		 diagnose_tenth:rtt_state:null-pointer:'struct bpf_sock *sk = skops->sk; if (!sk) return 1;' \
		 diagnose_tenth:snap_sock:mem-size-exceeds-buffer:'`sizeof(*s)` (16 here)' \
		 diagnose_tenth:copy_arg:mem-size-exceeds-buffer:'if (len > 256) return 0;' \
		 diagnose_tenth:copy_name:helper-not-allowed:'bpf_probe_read_user() where the program cannot sleep' \
		 diagnose_tenth:call_global:global-func-args:'Pass the program'"'"'s own context pointer' \
		 diagnose_tenth:sock_deny:return-value:'returns 2' \
		 diagnose_tenth:peek_queue:mem-size-exceeds-buffer:'bpf_map_peek_elem writes 16 bytes through R2' \
		 diagnose_tenth:stack_of:helper-arg-type:'BPF_MAP_TYPE_STACK_TRACE' \
		 diagnose_tenth:mark_tos:readonly-write:'Rewrite the header in a tc program' \
		 diagnose_fifth:open_event:reference-leak:'"line":35,"text":"if (target_pid && pid != target_pid)"' \
		 diagnose_fifth:open_path:helper-arg-type:'what bpf_probe_read_user_str returned at insn 4' \
		 diagnose_fifth:read_hist:unbounded-index:'if ((v >> 58) >= 32) return 0;' \
		 diagnose_fifth:v6_proto:pkt-bounds-missing:'prove only bytes 0 to 53' \
		 diagnose_fifth:xdp_cmp:pkt-bounds-missing:'which holds the context pointer itself (ctx), not ctx->data_end' \
		 diagnose_fifth:mark_small:ctx-access:'That is `skb->mark`, which socket_filter programs may read but not write' \
		 diagnose_fifth:write_sample:mem-size-exceeds-buffer:'`len &= 63;`' \
		 diagnose_fifth:egress_bytes:null-map-value:'"insn":7,"role":"may return NULL here"' \
		 diagnose_fifth:ip_opts:signed-size:'`if (n <= 0 || n > 40) return 0;`' \
		 diagnose_fifth:scrub_tos:helper-not-allowed:'SEC(\"tc\")' \
		 diagnose_fifth:spin_count:loop-too-complex:'`for (i = 0; i < *n && i < MAX; i++)`' \
		 diagnose_fifth:pop_vlan:pkt-pointer-stale:'but bpf_xdp_adjust_head at insn 11' \
		 dynptr_kfuncs:rdwr_cgskb:helper-not-allowed:'Read through bpf_dynptr_slice() here' \
		 dynptr_kfuncs:skb_in_xdp:helper-not-allowed:'bpf_dynptr_from_xdp() in XDP' \
		 dynptr_kfuncs:var_size:helper-arg-type:'sizeof(buf)' \
		 dynptr_kfuncs:small_buf:mem-size-exceeds-buffer:'bpf_dynptr_slice(&ptr, off, buf, sizeof(buf))' \
		 dynptr_kfuncs:stale_slice:pkt-pointer-stale:'Take the slice again after the call' \
		 btf_tracing:write_task:readonly-write:'bpf_task_storage_get(&map, next, 0' \
		 btf_tracing:cgroup_name_write:readonly-write:'bpf_probe_read_kernel_str(buf, sizeof(buf), p)' \
		 btf_tracing:comm_var_index:kernel-struct-access:'bpf_probe_read_kernel(comm, sizeof(comm), next->comm)' \
		 btf_tracing:task_no_null_check:null-pointer:'it was read at insn 0 from the context' \
		 btf_tracing:narrow_pointer_arg:ctx-access:'The argument there is a pointer, which must be read whole' \
		 btf_tracing:arg_out_of_range:ctx-access:'Offset 48 is ctx[6], past the arguments' \
		 btf_tracing:iter_returns_two:return-value:'"class":"return-value"' \
		 callback_args:drain_write:dynptr:'bpf_dynptr_read(&s, sizeof(s), dynptr, 0, 0)' \
		 callback_args:drain_discard:dynptr:'Remove the bpf_ringbuf_discard_dynptr() call from the callback' \
		 callback_args:drain_reinit:dynptr:'local `struct bpf_dynptr d2;`' \
		 callback_args:drain_past:dynptr:'It was moved by 16 bytes' \
		 callback_args:drain_before:dynptr:'`dynptr - 1`' \
		 callback_args:drain_null_ctx:null-pointer:'passed NULL (0 in R3) as that context' \
		 callback_args:vma_null_ctx:null-pointer:'bpf_find_vma() at insn 7 passed NULL (0 in R4)' \
		 callback_args:drain_global_past:global-func-args:'dereference of modified dynptr_ptr ptr R1 off=32' \
		 callback_args:global_uninit_dynptr:global-func-args:'Make the dynptr before the call' \
		 callback_args:vma_untyped_task:helper-arg-type:'Use bpf_get_current_task_btf()' \
		 callback_args:drain_too_long:unbounded-index:'so the access needs 17 bytes; there are 16' \
		 dynptrs:clone_used_after_submit:use-after-release:'bpf_ringbuf_submit_dynptr released at insn 20' \
		 dynptrs:reserve_not_discarded_on_failure:reference-leak:'{ bpf_ringbuf_discard_dynptr(&ptr, 0); return 0; }' \
		 conntrack:ct_release_unsinserted:helper-arg-type:'An allocated entry is given up only by bpf_ct_insert_entry()' \
		 conntrack:ct_tuple_too_long:mem-size-exceeds-buffer:'shorter than the 44 bytes passed' \
		 conntrack:ct_lookup_leak:reference-leak:'Release the entry with bpf_ct_release(ct)' \
		 conntrack:ct_write_status:readonly-write:'may write only its mark' \
		 conntrack:ct_mark_wide:readonly-write:'the mark is 4 bytes wide' \
		 conntrack:ct_in_socket_filter:helper-not-allowed:'registered for tc and XDP programs' \
		 conntrack:cookie_check6_short:pkt-bounds-missing:'the read runs 1 byte past the checked range' \
		 helper_targets:strncmp_writable:helper-arg-type:'`const volatile char target[8] = \"bash\";`' \
		 helper_targets:key_write:readonly-write:'Copy the key into a local variable' \
		 helper_targets:cgrp_of_task_cast:helper-arg-type:'must point to a struct cgroup, and R2 points to a struct task_struct' \
		 helper_targets:comm_into_task:readonly-write:'Give the helper a buffer of your own as the destination' \
		 global_funcs:ctxmem:global-func-args:'copy what it needs into a local `struct S` and pass its address' \
		 global_funcs:shortmem:global-func-args:'may read and write all 8 bytes, and the call passes a pointer to only 4'
fi
if [ -f "$bpfdir/graph_bad_contains.o" ]; then
	diag_rows graph_bad_contains:not_a_node:spin-lock:'whose `__contains(struct, member)` tag the kernel cannot follow' \
		 graph_bad_contains:no_tag:spin-lock:'the lock included'
fi
# the context passed to a global function as memory (tests/bpf/ctx_as_mem.bpf.c;
# the kernel's logs for all seven programs equal bpfvet's: verify_vs_kernel)
if [ -f "$bpfdir/ctx_as_mem.o" ]; then
	diag_rows ctx_as_mem:tp_ctx:global-func-args:'the last byte the function may touch (offset 7)' \
		 ctx_as_mem:socket_ctx:global-func-args:'which the kernel does not give out as memory'
	check "a syscall program's context is memory" 0 "$bpfvet" check "$bpfdir/ctx_as_mem.o" syscall_ctx_big
fi
# the seventeenth held-out batch (written blind; causes known by construction)
if [ -f "$bpfdir/diagnose_seventeenth.o" ]; then
	diag_rows diagnose_seventeenth:snoop_write:bound-on-other-register:'"insn":2,"role":"the copy that was checked"' \
		 diagnose_seventeenth:snoop_write:bound-on-other-register:'the low 32 bits sign-extended (insn 4' \
		 diagnose_seventeenth:snoop_write:bound-on-other-register:'make it unsigned and 64-bit, e.g. `__u64 n`' \
		 diagnose_seventeenth:write_record:helper-arg-type:'`__typeof__(ctx->fd) v = ctx->fd;`' \
		 diagnose_seventeenth:first_free:reference-leak:'Call bpf_iter_num_destroy(&it) on every path' \
		 diagnose_seventeenth:parent_of:rcu-section:'"insn":2,"role":"the RCU section opened here"' \
		 diagnose_seventeenth:size_log:reference-leak:'`{ bpf_ringbuf_discard(e, 0); bpf_throw(1); }`'
	check "uninit-stack without CAP_BPF (seventeenth batch)" 1 "$bpfvet" check --unprivileged --json "$bpfdir/diagnose_seventeenth.o" count_flows
	grep_out "uninit-stack: the class" '"class":"uninit-stack"'
	grep_out "uninit-stack: the memset fix" '__builtin_memset(&key, 0, sizeof(key));'
	grep_out "uninit-stack: the call's line" '"line":153'
	check "privileged, the padded key is taken" 0 "$bpfvet" check "$bpfdir/diagnose_seventeenth.o" count_flows
	if [ -f "$bpfdir/diagnose_seventeenth_fixed.o" ]; then
		check "uninit-stack fixed: accepted without CAP_BPF" 0 "$bpfvet" check --unprivileged "$bpfdir/diagnose_seventeenth_fixed.o" count_flows
	fi
fi
if [ -f "$bpfdir/diagnose_seventeenth_kptr.o" ]; then
	diag_rows diagnose_seventeenth_kptr:keep_newest:kptr-access:'`struct task_struct *old = bpf_kptr_xchg(&n->task, t); if (old) bpf_task_release(old);`'
	check "the kptr fix is accepted (seventeenth batch)" 0 "$bpfvet" check "$bpfdir/diagnose_seventeenth_kptr_fixed.o"
fi
# a callback's address taken and never run (found by the random generator)
if [ -f "$bpfdir/callbacks.o" ]; then
	diag_rows callbacks:print_spare:other:'"insn":13,"role":"the function'"'"'s address is taken here"' \
		 callbacks:print_spare:other:'Pass spare_elem to the helper that runs it'
fi
# the eighteenth held-out batch (written blind; causes known by construction)
if [ -f "$bpfdir/diagnose_eighteenth.o" ]; then
	diag_rows diagnose_eighteenth:mark_flow:uninit-register:'R2 is `mark`, parameter 2 of mark_flow()' \
		 diagnose_eighteenth:mark_flow:uninit-register:'`const volatile __u32 mark = 0;`' \
		 diagnose_eighteenth:mark_flow:uninit-register:'`int mark_flow(struct __sk_buff *skb)`' \
		 diagnose_eighteenth:exec_path:bound-lost:'"insn":25,"role":"stored into memory here"' \
		 diagnose_eighteenth:exec_path:bound-lost:'"insn":20,"role":"the check, on the value before it was stored"' \
		 diagnose_eighteenth:exec_path:bound-lost:'pass `n` where the program reads `e->len`' \
		 diagnose_eighteenth:payload_hash:stack-too-large:'payload_hash() (264 bytes, rounded up to a multiple of 16) -> hash_payload() (320 bytes) needs 592 bytes' \
		 diagnose_eighteenth:dispatch:invalid-program:'`if (...) return h_tcp(skb); return h_udp(skb);`' \
		 diagnose_eighteenth:tcp_rtt:null-pointer:'`if (!tp) return TC_ACT_OK;`' \
		 diagnose_eighteenth:sk_owner:use-after-release:'`__typeof__(sk->state) state = sk->state; bpf_sk_release(sk);`' \
		 diagnose_eighteenth:tag_exec:readonly-write:'bpf_task_storage_get(' \
		 diagnose_eighteenth:clear_ece:pkt-pointer-stale:'"insn":13,"role":"packet pointers invalidated here"' \
		 diagnose_eighteenth:len_hist:unbounded-index:'`if (slot >= 16) slot = 15;`'
	check "uninit-stack without CAP_BPF (eighteenth batch)" 1 "$bpfvet" check --unprivileged --json "$bpfdir/diagnose_eighteenth.o" flow_count
	grep_out "uninit-stack: the padding named" 'padding the compiler put after `proto` in struct flow4 (offset 5)'
	grep_out "uninit-stack: the key's own name" '`__builtin_memset(&k, 0, sizeof(k));`'
	check "privileged, the padded key is taken (eighteenth batch)" 0 "$bpfvet" check "$bpfdir/diagnose_eighteenth.o" flow_count
	if [ -f "$bpfdir/diagnose_eighteenth_fixed.o" ]; then
		check "uninit-stack fixed: accepted without CAP_BPF (eighteenth batch)" 0 "$bpfvet" check --unprivileged "$bpfdir/diagnose_eighteenth_fixed.o" flow_count
	fi
fi
# the nineteenth held-out batch (written blind; causes known by construction)
if [ -f "$bpfdir/diagnose_nineteenth.o" ]; then
	diag_rows diagnose_nineteenth:set_proto:ctx-access:'"insn":8,"role":"the helper that sets it, called here"' \
		 diagnose_nineteenth:set_proto:ctx-access:'Delete the assignment: bpf_skb_change_proto() at insn 8 already sets skb->protocol.' \
		 diagnose_nineteenth:count_if:global-func-args:'R1 is `s`, argument 1 of account(), a global' \
		 diagnose_nineteenth:count_if:global-func-args:'`if (!s) return 0;`' \
		 diagnose_nineteenth:comm_char:kernel-struct-access:'`next->comm[*pos]` reads it at offset 1752 plus the index' \
		 diagnose_nineteenth:comm_char:kernel-struct-access:'bpf_probe_read_kernel(&comm_c, sizeof(comm_c), &next->comm[*pos]);' \
		 diagnose_nineteenth:rb_event:reference-leak:'bpf_ringbuf_discard_dynptr(&ptr, 0); return 0; }' \
		 diagnose_nineteenth:slot_sum:unbounded-index:'"insn":24,"role":"the iterator'"'"'s next value"' \
		 diagnose_nineteenth:slot_sum:unbounded-index:'`__u32 idx = *i; if (idx >= 16) continue;` and index with `s->v[idx]`' \
		 diagnose_nineteenth:ip_slice:mem-size-exceeds-buffer:'only 16 bytes from there on are the program'"'"'s to write' \
		 diagnose_nineteenth:ip_slice:mem-size-exceeds-buffer:'`struct iphdr buf;` and pass `&buf, sizeof(buf)`' \
		 diagnose_nineteenth:xdp_port:helper-not-allowed:'`bpf_xdp_load_bytes(ctx, ETH_HLEN + sizeof(struct iphdr) + 2, &dport, sizeof(dport))`' \
		 diagnose_nineteenth:xdp_ttl:global-func-args:'parse_ip() is a global function (not static) and returns a pointer' \
		 diagnose_nineteenth:xdp_ttl:global-func-args:'Make parse_ip() `static __always_inline`'
fi
if [ -f "$bpfdir/diagnose_nineteenth_tags.o" ]; then
	diag_rows diagnose_nineteenth_tags:queue_rec:object-ownership:'"insn":26,"role":"the lock released here"' \
		 diagnose_nineteenth_tags:queue_rec:object-ownership:'`__typeof__(r->id) id = r->id;` before bpf_spin_unlock()' \
		 diagnose_nineteenth_tags:saved_pid:null-pointer:'a kptr field of a map value of map saved' \
		 diagnose_nineteenth_tags:saved_pid:null-pointer:'`__typeof__(s->task) task = s->task; if (!task) return 0;`'
fi
# clang's `|= 4` on the address of a stack array element's member
if [ -f "$bpfdir/stack_or.o" ]; then
	diag_rows stack_or:todo_or:pointer-arithmetic:'"insn":71,"role":"the OR on the address"' \
		 stack_or:todo_or:pointer-arithmetic:'wrote the addition as `|= 4`' \
		 stack_or:todo_or:pointer-arithmetic:'`int offs[8], depths[8];`'
fi
# the twenty-first held-out batch (written blind; causes known by construction)
if [ -f "$bpfdir/diagnose_twentyfirst.o" ]; then
	diag_rows diagnose_twentyfirst:stage_two:uninit-register:'does not survive a tail call' \
		 diagnose_twentyfirst:stage_two:uninit-register:'(`skb->cb[]`)' \
		 diagnose_twentyfirst:parent_arg:rcu-section:'"insn":1,"role":"the RCU section opened here"' \
		 diagnose_twentyfirst:parent_arg:rcu-section:'Call bpf_rcu_read_unlock() before bpf_copy_from_user()' \
		 diagnose_twentyfirst:name_char:kernel-struct-access:'bpf_probe_read_kernel(&comm_c, sizeof(comm_c), &t->comm[*p]);' \
		 diagnose_twentyfirst:opt_tree:invalid-program:'tree_depth() calls itself' \
		 diagnose_twentyfirst:opt_tree:invalid-program:'bpf_loop(32, step, &w, 0);'
fi
if [ -f "$bpfdir/diagnose_twentysecond.o" ]; then
	diag_rows diagnose_twentysecond:read_exit:scalar-deref:'bpf_probe_read_kernel(&f_flags, sizeof(f_flags), &f->f_flags);' \
		 diagnose_twentysecond:drop_udp:global-func-args:'Argument 1 points to a type with no size' \
		 diagnose_twentysecond:drop_udp:global-func-args:'__noinline int parse_ipv4(struct xdp_md *ctx)' \
		 diagnose_twentysecond:demote_busy:readonly-write:'bpf_task_storage_get(&map, next, 0,' \
		 diagnose_twentysecond:flow_hash:stack-too-large:'flow_hash() (0 bytes) -> format_flow() (280 bytes, rounded up to a multiple of 16) -> hash_line() (304 bytes) needs 592 bytes' \
		 diagnose_twentysecond:dns_labels:loop-too-complex:'inside two nested loops' \
		 diagnose_twentysecond:dns_labels:loop-too-complex:'p += len + 1;'
fi
if [ -f "$bpfdir/diagnose_twentythird.o" ]; then
	diag_rows diagnose_twentythird:established_port:null-pointer:'struct bpf_sock *sk = skops->sk; if (!sk) return 1;' \
		 diagnose_twentythird:only_tcp:ctx-access:'this program type has no direct packet access' \
		 diagnose_twentythird:report_exec:reference-leak:'here the path through line 66' \
		 diagnose_twentythird:report_exec:reference-leak:'{ bpf_ringbuf_discard(e, 0); return 0; }' \
		 diagnose_twentythird:sample_drops:helper-arg-type:'bpf_perf_event_output(ctx, &dropped, BPF_F_CURRENT_CPU | (n << 32), &meta, sizeof(meta));' \
		 diagnose_twentythird:tenant_allow:null-map-value:'if (!allow) return TC_ACT_OK;' \
		 diagnose_twentythird:grab_payload:signed-size:'if (len <= 0 || len > 512) return 0;' \
		 diagnose_twentythird:mark_bits:return-value:'returns 2 on this path' \
		 diagnose_twentythird:classify_cgroup:ctx-access:'Set `skb->priority` to the class instead'
fi
if [ -f "$bpfdir/diagnose_twentyfourth.o" ]; then
	diag_rows diagnose_twentyfourth:steer_echo:reference-leak:'`bpf_sk_assign(ctx, sk, 0); bpf_sk_release(sk);`' \
		 diagnose_twentyfourth:steer_echo:reference-leak:'"role":"bpf_sk_assign() takes its own reference"' \
		 diagnose_twentyfourth:cap_somaxconn:signed-size:'Declare `len` as `long`, the type bpf_sysctl_get_new_value() returns' \
		 diagnose_twentyfourth:cap_somaxconn:signed-size:'`if (len <= 0 || len > sizeof(buf)) return 0;`' \
		 diagnose_twentyfourth:clamp_tos:pkt-bounds-missing:'`if ((void *)optval + 1 > (void *)(long)ctx->optval_end) return 1;`' \
		 diagnose_twentyfourth:dissect_v4:ctx-access:'Read `skb->flow_keys->n_proto` instead' \
		 diagnose_twentyfourth:sample_stack:mem-size-exceeds-buffer:'`__u64 depth_val = *depth;`' \
		 diagnose_twentyfourth:sample_stack:mem-size-exceeds-buffer:'`if (depth_val > 32) return 0;`' \
		 diagnose_twentyfourth:pick_worker:helper-arg-type:'`__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);`' \
		 diagnose_twentyfourth:frame_len:pkt-pointer-stale:'After the call at line 149, reload the packet'"'"'s bounds' \
		 diagnose_twentyfourth:mark_dscp:helper-not-allowed:'lwt_xmit (`SEC(\"lwt_xmit\")`)' \
		 diagnose_twentyfourth:mark_dscp:helper-not-allowed:'encap bpf xmit obj prog.o sec lwt_xmit' \
		 diagnose_twentyfourth:sum_counters:null-pointer:'Check `val` right after line 188'
fi
if [ -f "$bpfdir/diagnose_twentysixth.o" ]; then
	diag_rows diagnose_twentysixth:lazy_acked:readonly-write:'It writes tp->srtt_us, which the kernel keeps for itself' \
		 diagnose_twentysixth:lazy_acked:readonly-write:'`struct my_ca *ca = (void *)((struct inet_connection_sock *)sk)->icsk_ca_priv;`' \
		 diagnose_twentysixth:steer_tcp7:reference-leak:'`err = bpf_sk_assign(ctx, sk, 0); bpf_sk_release(sk);`' \
		 diagnose_twentysixth:steer_dns:null-map-value:'only on the branch where it is not NULL does it become a socket (sock)' \
		 diagnose_twentysixth:steer_dns:null-map-value:'`if (!sk) return SK_PASS;`' \
		 diagnose_twentysixth:steer_pair:return-value:'`return err ? SK_DROP : SK_PASS;`' \
		 diagnose_twentysixth:bind_policy:return-value:'bit 1 lets it take a port below 1024 without CAP_NET_BIND_SERVICE' \
		 diagnose_twentysixth:bind_policy:return-value:'Where the program returns 4, return a value in [0, 3] instead (`return 1;`' \
		 diagnose_twentysixth:dns_redirect:ctx-access:'read `ctx->msg_src_ip4` instead' \
		 diagnose_twentysixth:fake_cc:pkt-bounds-missing:'`if ((void *)optval + 6 > (void *)(long)ctx->optval_end) return 1;`' \
		 diagnose_twentysixth:fake_cc:pkt-bounds-missing:'The access writes option value byte 5' \
		 diagnose_twentysixth:no_forwarding:mem-size-exceeds-buffer:'`sizeof(name)` (16 here)' \
		 diagnose_twentysixth:tag_socket:ctx-access:'may write are bound_dev_if, mark, priority' \
		 diagnose_twentysixth:dissect_plain4:pkt-bounds-missing:'`__u32 nhoff = keys->nhoff; if (nhoff > 1024) return BPF_DROP;`, then `iph = data + nhoff;`' \
		 diagnose_twentysixth:push_tag:pkt-pointer-stale:'then make `tag` from the new `data` again'
fi
if [ -f "$bpfdir/diagnose_twentyseventh.o" ]; then
	diag_rows diagnose_twentyseventh:tcx_to_gateway:pkt-pointer-stale:'then make `eth` from the new `data` again' \
		 diagnose_twentyseventh:tcx_ssh_cs6:pkt-bounds-missing:'`if ((void *)(tcp + 1) > data_end) return TCX_NEXT;`' \
		 diagnose_twentyseventh:nk_apply_policy:null-map-value:'`if (!p) return TCX_NEXT;`' \
		 diagnose_twentyseventh:reuse_shard_byte:pkt-bounds-missing:'`if ((void *)payload + 9 > (void *)(long)reuse->data_end) return SK_PASS;`' \
		 diagnose_twentyseventh:c6_port_bucket:unbounded-index:'Mask the index with 63 (0x3f) instead of 0xff' \
		 diagnose_twentyseventh:c6_port_bucket:unbounded-index:'`if (bucket >= 64) return 1;`' \
		 diagnose_twentyseventh:r4_restore:return-value:'right after `if (!o)` (line 196); return 1 there instead: `if (!o) return 1;`' \
		 diagnose_twentyseventh:dev_major_table:unbounded-index:'`if (ctx->major >= 256) return 0;`' \
		 diagnose_twentyseventh:dev_major_table:unbounded-index:'index with `ctx->major & 255`' \
		 diagnose_twentyseventh:skv_tag_forward:ctx-access:'may write are priority, tc_index' \
		 diagnose_twentyseventh:lwt_clear_ecn:readonly-write:'in an lwt_xmit program on the route' \
		 diagnose_twentyseventh:perf_where:null-pointer:'`if (!r) return 0;`' \
		 diagnose_twentyseventh:open_last_char:signed-size:'`if (n < 2) return 0;`. The access reads 2 bytes before the index, as buf[n - 2] does'
fi
if [ -f "$bpfdir/diagnose_twentyseventh_steps.o" ]; then
	diag_rows diagnose_twentyseventh_steps:c6_port_bucket:bound-on-other-register:'`bucket &= 63;` right before the use' \
		 diagnose_twentyseventh_steps:dev_major_table:return-value:'`return ok[ctx->major] ? 1 : 0;`'
fi
if [ -f "$bpfdir/diagnose_twentyeighth.o" ]; then
	diag_rows diagnose_twentyeighth:msg_magic:pkt-pointer-stale:'then make `word` from the new `data` again' \
		 diagnose_twentyeighth:msg_checksum:loop-too-complex:'`for (i = 0; i < msg->size && i < MAX; i++) {`' \
		 diagnose_twentyeighth:msg_to_peer:helper-not-allowed:'Here: `bpf_msg_redirect_hash(msg, &peers, &key, BPF_F_INGRESS)`' \
		 diagnose_twentyeighth:ops_set_bbr:mem-size-exceeds-buffer:'`sizeof(cc)` (4 here)' \
		 diagnose_twentyeighth:ops_exp_option:pkt-bounds-missing:'`if ((void *)opt + 1 > skops->skb_data_end) return 1;`' \
		 diagnose_twentyeighth:lookup_by_port:null-map-value:'`if (!sk) return SK_PASS;`' \
		 diagnose_twentyeighth:lookup_port_range:unbounded-index:'`if (i < 0 || i > 15)` in place of `if (i > 15)`' \
		 diagnose_twentyeighth:dump_tasks:null-pointer:'`if (!task) return 0;`' \
		 diagnose_twentyeighth:dump_tasks:null-pointer:'an iterator'"'"'s object is NULL when the walk ends' \
		 diagnose_twentyeighth:bash_readline:signed-size:'`if (n < 0) return 0;`' \
		 diagnose_twentyeighth:fill_blob:mem-size-exceeds-buffer:'`if (len > 128) return 0;`' \
		 diagnose_twentyeighth:dissect_v4_ports:pkt-bounds-missing:'`__u32 nhoff = keys->nhoff; if (nhoff > 1024) return BPF_DROP;`' \
		 diagnose_twentyeighth:clamp_rcvbuf:pkt-bounds-missing:'`if ((void *)val + 4 > (void *)(long)ctx->optval_end) return 1;`' \
		 diagnose_twentyeighth:bind6_service_addr:helper-not-allowed:'has bpf_bind when attached as `SEC(\"cgroup/connect4\")`' \
		 diagnose_twentyeighth:bind6_service_addr:helper-not-allowed:'assign `ctx->user_ip4` (or `ctx->user_ip6[0]` to `[3]`) and `ctx->user_port`' \
		 diagnose_twentyeighth:deny_low_ports:return-value:'Return 0 where the program returns -1'
fi
if [ -f "$bpfdir/diagnose_twentyninth.o" ]; then
	diag_rows diagnose_twentyninth:srh_tag:pkt-bounds-missing:'`if ((void *)(srh + 1) > data_end) return BPF_OK;`' \
		 diagnose_twentyninth:srv6_set_tag:pkt-pointer-stale:'bpf_lwt_seg6_store_bytes at insn 14 may move or resize the packet' \
		 diagnose_twentyninth:lwt_out_steer:helper-not-allowed:'lwt_xmit (`SEC(\"lwt_xmit\")`)' \
		 diagnose_twentyninth:cycles_stack:mem-size-exceeds-buffer:'`if (stack_depth > 64) return 0;`' \
		 diagnose_twentyninth:frame_parser:pkt-bounds-missing:'`if ((void *)len + 4 > data_end) return 0;`' \
		 diagnose_twentyninth:write_snippet:signed-size:'(`__u64 n`)' \
		 diagnose_twentyninth:open_path_tail:core-relocation:'the kernel'"'"'s struct pt_regs has no field rdi' \
		 diagnose_twentyninth:open_path_tail:core-relocation:'`#define __VMLINUX_H__` before including <bpf/bpf_tracing.h>' \
		 diagnose_twentyninth:dump_counts:null-pointer:'`if (!val) return 0;`' \
		 diagnose_twentyninth:dump_rtt:kernel-struct-access:'`struct tcp_sock *tp = bpf_skc_to_tcp_sock(skc); if (!tp) return 0;`' \
		 diagnose_twentyninth:uprobe_find:return-value:'Return 0 to go on and 1 to stop' \
		 diagnose_twentyninth:getsockopt_mss:pkt-bounds-missing:'`void *p = ctx->optval; if (p + 4 > ctx->optval_end) return 1;`, then `*(__u32 *)p = 1400;`' \
		 diagnose_twentyninth:fork_parent:reference-leak:'`bpf_task_release(p);` after the last use of `p`' \
		 diagnose_twentyninth:reuse_hashpick:helper-arg-type:'`__uint(type, BPF_MAP_TYPE_REUSEPORT_SOCKARRAY);`'
fi
if [ -f "$bpfdir/diagnose_thirtieth.o" ]; then
	diag_rows diagnose_thirtieth:vlan_count:pkt-bounds-missing:'`if ((void *)(vh + 1) > data_end) return XDP_PASS;`' \
		 diagnose_thirtieth:grab_payload:mem-size-exceeds-buffer:'(`__u64 len`' \
		 diagnose_thirtieth:grab_payload:mem-size-exceeds-buffer:'`if (len == 0 || len > sizeof(buf)) return 0;`' \
		 diagnose_thirtieth:port_account:bound-lost:'this 2-byte store at fp-2 starts inside one' \
		 diagnose_thirtieth:port_account:bound-lost:'the last at index 1023' \
		 diagnose_thirtieth:port_account:bound-lost:'`__u32 idx = port; if (idx >= 1024) return TC_ACT_OK;` in place of the check of `port`' \
		 diagnose_thirtieth:rate_limit:spin-lock:'Call bpf_ktime_get_ns before bpf_spin_lock()' \
		 diagnose_thirtieth:exec_events:reference-leak:'`{ bpf_ringbuf_discard(e, 0); return 0; }`' \
		 diagnose_thirtieth:connect_field:ctx-access:'this program type may not read `ctx->user_ip6[0]` at all' \
		 diagnose_thirtieth:connect_field:ctx-access:'`v = ctx->user_ip4;`' \
		 diagnose_thirtieth:sum_counters:loop-too-complex:'`for (__u32 i = 0; i < *nmax && i < MAX; i++) {`' \
		 diagnose_thirtieth:copy_write:signed-size:'(`__u64 count`)' \
		 diagnose_thirtieth:mirror_seen:null-map-value:'`if (!v) return 0;`' \
		 diagnose_thirtieth:tag_keep:ctx-access:'`skb->mark`, which socket_filter programs may read but not write'
fi
if [ -f "$bpfdir/diagnose_thirtieth_steps.o" ]; then
	diag_rows diagnose_thirtieth_steps:connect_pick:ctx-access:'`barrier_var(f1); barrier_var(f0);`' \
		 diagnose_thirtieth_steps:connect_pick:ctx-access:'this program type may not read `ctx->user_ip6[0]` at all' \
		 diagnose_thirtieth_steps:cb_pick:ctx-access:'barrier_var(f3); switch (i) { case 0: v = f0; break; ... }'
fi
if [ -f "$bpfdir/diagnose_thirtyfirst.o" ]; then
	diag_rows diagnose_thirtyfirst:connect_family:scalar-deref:'bpf_probe_read_kernel(&v, sizeof(v), &p->field)' \
		 diagnose_thirtyfirst:pull_proto:pkt-pointer-stale:'take the packet'"'"'s bounds again' \
		 diagnose_thirtyfirst:copy_payload:bound-lost:'pass `len` where the program reads `skb->len` again' \
		 diagnose_thirtyfirst:flow_count:spin-lock:'unlock, then return it' \
		 diagnose_thirtyfirst:drop_discard:pkt-bounds-missing:'`if ((void *)(udp + 1) > data_end) return XDP_PASS;`' \
		 diagnose_thirtyfirst:xdp_parse:global-func-args:'`if (!ip || !out) return 0;`' \
		 diagnose_thirtyfirst:exec_name:mem-size-exceeds-buffer:'Pass the value'"'"'s own size, 8' \
		 diagnose_thirtyfirst:first_nonzero:return-value:'Return 0 to go on and 1 to stop'
fi
if [ -f "$bpfdir/diagnose_thirtysecond.o" ]; then
	diag_rows diagnose_thirtysecond:syn_mss:pkt-bounds-missing:'`if ((void *)(opt + 1) + 3 > data_end)`' \
		 diagnose_thirtysecond:syn_listener:reference-leak:'`if (sk->state != BPF_TCP_LISTEN) { bpf_sk_release(sk); return TC_ACT_OK; }`' \
		 diagnose_thirtysecond:lat_hist:unbounded-index:'the check at insn 35 (`if (slot > MAX_SLOTS)`)' \
		 diagnose_thirtysecond:lat_hist:unbounded-index:'`if (slot > MAX_SLOTS - 1) slot = MAX_SLOTS - 1;`' \
		 diagnose_thirtysecond:no_smtp:return-value:'`if (th.dest == bpf_htons(25)) return 0;`' \
		 diagnose_thirtysecond:no_smtp:return-value:'(TC_ACT_SHOT)' \
		 diagnose_thirtysecond:tenant_count:null-map-value:'`if (!counters) return TC_ACT_OK;`' \
		 diagnose_thirtysecond:log_head:stack-too-large:'log_head() (0 bytes) -> format_head() (256 bytes) -> emit() (280 bytes, rounded up to a multiple of 16) needs 544 bytes' \
		 diagnose_thirtysecond:count_bash:helper-arg-type:'`static const char want[] = \"bash\";`' \
		 diagnose_thirtysecond:est_family:null-pointer:'`struct bpf_sock *sk = skops->sk; if (!sk) return 1;`' \
		 diagnose_thirtysecond:udp_trailer:pkt-bounds-missing:'`__u32 len = bpf_ntohs(udp->len); if (len > 1024) return XDP_PASS;`, then `end = (void *)udp + len;`'
fi
if [ -f "$bpfdir/diagnose_thirtythird.o" ]; then
	diag_rows diagnose_thirtythird:open_record:global-func-args:'R1 is `e`, argument 1 of fill_event()' \
		 diagnose_thirtythird:open_record:global-func-args:'`if (!e) return 0;`' \
		 diagnose_thirtythird:probe_hits:ctx-access:'`ph->hits += 1;`' \
		 diagnose_thirtythird:sock_mark:ctx-access:'right before line 86: `sk = bpf_sk_fullsock(sk); if (!sk) return TC_ACT_OK;`, so that this read of `sk->mark`' \
		 diagnose_thirtythird:fold_payload:unbounded-index:'(64 at insn 22)' \
		 diagnose_thirtythird:fold_payload:unbounded-index:'`if (i >= sizeof(f->buf)) return 1;`' \
		 diagnose_thirtythird:exec_first:ctx-access:'`unsigned char c; bpf_probe_read_kernel(&c, sizeof(c), (void *)ctx + off);`' \
		 diagnose_thirtythird:sample_pkt:helper-arg-type:'`bpf_ringbuf_reserve(&events, sizeof(struct event), 0)`' \
		 diagnose_thirtythird:sample_pkt:helper-arg-type:'leave before reserving when it is 0 (`if (len == 0) return TC_ACT_OK;`)' \
		 diagnose_thirtythird:sum_table:unbounded-index:'add `&& i < 32` to its condition' \
		 diagnose_thirtythird_lic:new_task:helper-not-allowed:'`char LICENSE[] SEC(\"license\") = \"Dual MIT/GPL\";`'
fi
if [ -f "$bpfdir/diagnose_thirtyfourth.o" ]; then
	diag_rows diagnose_thirtyfourth:flow_account:mem-size-exceeds-buffer:'the key size of map flow_bytes (its key is struct flow_key)' \
		 diagnose_thirtyfourth:next_stage:helper-arg-type:'`bpf_tail_call(skb, &stages, slot);` directly' \
		 diagnose_thirtyfourth:dump_drop:helper-arg-type:'BPF_F_CURRENT_CPU | (n << 32), &meta, sizeof(meta));`' \
		 diagnose_thirtyfourth:rand_bucket:unbounded-index:'`__u32 i = bpf_get_prandom_u32() % 3; barrier_var(i); if (i >= 3) return 0;`' \
		 diagnose_thirtyfourth:to_port:helper-arg-type:'`return bpf_sk_redirect_hash(skb, &by_port, &port, 0);`' \
		 diagnose_thirtyfourth:ttl_guard:global-func-args:'`static __always_inline`' \
		 diagnose_thirtyfourth:only_tcp4:ctx-access:'`__typeof__(*ip) h; if (bpf_skb_load_bytes(skb, off, &h, sizeof(h))) return 0;`' \
		 diagnose_thirtyfourth:decode:stack-too-large:'mark dispatch() `static __always_inline`'
fi
if [ -f "$bpfdir/diagnose_thirtyfifth.o" ]; then
	diag_rows diagnose_thirtyfifth:count_opens:scalar-deref:'Call bpf_get_current_task_btf() instead' \
		 diagnose_thirtyfifth:tenant_count:null-map-value:'`if (!counters) return TC_ACT_OK;`' \
		 diagnose_thirtyfifth:budget:return-value:'Replace `return w->total;` with `return 0;`' \
		 diagnose_thirtyfifth:bash_line:helper-not-allowed:'`bpf_ringbuf_output(&lines, e, sizeof(*e), 0);`' \
		 diagnose_thirtyfifth:first_byte:signed-size:'`__u8 c = *payload;`' \
		 diagnose_thirtyfifth:on_exec:use-after-release:'Move `e->ts = bpf_ktime_get_ns();` (line 191) above `bpf_ringbuf_submit(e, 0);` (line 190)' \
		 diagnose_thirtyfifth:marker_drop:reference-leak:'`if (buf[*i] == 0xee) { bpf_iter_num_destroy(&it); return TC_ACT_SHOT; }`' \
		 diagnose_thirtyfifth:forward_tagged:helper-not-allowed:'`__u32 *ifindex = bpf_map_lookup_elem(&out_ports, &port); if (!ifindex) return TC_ACT_OK; return bpf_redirect(*ifindex, 0);`'
fi
if [ -f "$bpfdir/diagnose_thirtysixth.o" ]; then
	diag_rows diagnose_thirtysixth:count_writes:helper-not-allowed:'`SEC(\"fentry/vfs_write\")` in place of `SEC(\"kprobe/vfs_write\")`' \
		 diagnose_thirtysixth:start_sampler:return-value:'Replace `return 1;` with `return 0;`: the bpf_timer_start() call' \
		 diagnose_thirtysixth:tcp_states:null-pointer:'`struct bpf_sock *sk = skops->sk; if (!sk) return 1;`' \
		 diagnose_thirtysixth:run_filters:helper-arg-type:'`for (__u32 i = 0; i < 8; i++) bpf_tail_call(skb, &filters, i);`' \
		 diagnose_thirtysixth:exec_comm:mem-size-exceeds-buffer:'`sizeof(e->comm)`' \
		 diagnose_thirtysixth:proto_count:mem-size-exceeds-buffer:'`iph.protocol` for `iph->protocol`' \
		 diagnose_thirtysixth:mmap_args:loop-too-complex:'`__u32 key = i;` and `__u64 *slot = bpf_map_lookup_elem(&last_args, &key);`'
fi
if [ -f "$bpfdir/diagnose_thirtyseventh.o" ]; then
	diag_rows diagnose_thirtyseventh:mark_meta:pkt-bounds-missing:'`void *data = (void *)(long)ctx->data; if ((void *)meta + 4 > data) return XDP_PASS;`' \
		 diagnose_thirtyseventh:copy_udp:signed-size:'`__u64 rest = len - sizeof(udp); if (rest == 0 || rest > 64 - sizeof(udp)) return TC_ACT_OK;`' \
		 diagnose_thirtyseventh:ttl_of:mem-size-exceeds-buffer:'`struct iphdr buf;` and pass `&buf, sizeof(buf)`' \
		 diagnose_thirtyseventh:per_socket:null-pointer:'`struct bpf_sock *sk = skb->sk; if (!sk) return TC_ACT_OK;`' \
		 diagnose_thirtyseventh:to_next_hop:helper-not-allowed:'Attach the program at tc' \
		 diagnose_thirtyseventh:count_port:global-func-args:'`static __always_inline`'
fi
if [ -f "$bpfdir/diagnose_thirtyseventh_steps.o" ]; then
	diag_rows diagnose_thirtyseventh_steps:copy_udp_both_sides:bound-on-other-register:'folded the two-sided check' \
		 diagnose_thirtyseventh_steps:copy_udp_both_sides:bound-on-other-register:'`__u64 rest = len - sizeof(udp); if (rest == 0 || rest > 64 - sizeof(udp)) return TC_ACT_OK;`'
fi
if [ -f "$bpfdir/diagnose_thirtyeighth.o" ]; then
	diag_rows diagnose_thirtyeighth:state_count:helper-arg-type:'Delete `bpf_sk_release(sk);`' \
		 diagnose_thirtyeighth:slow_flows:null-pointer:'`if (!tp) return TC_ACT_OK;`' \
		 diagnose_thirtyeighth:snapshot:mem-size-exceeds-buffer:'`struct interval v = { .packets = *cur }; bpf_map_update_elem(&intervals, &slot, &v, BPF_ANY);`' \
		 diagnose_thirtyeighth:min_somaxconn:misaligned-access:'Declare `long v;` and pass its address without a cast' \
		 diagnose_thirtyeighth:mark_socket:readonly-write:'`skb->mark = 0x42;`'
fi
if [ -f "$bpfdir/diagnose_thirtyninth.o" ]; then
	diag_rows diagnose_thirtyninth:feature_queue:loop-too-complex:'`for (int i = 0; i < 64 && x; i++) {`' \
		 diagnose_thirtyninth:ssl_write:bound-on-other-register:'put `barrier_var(len);` (bpf/bpf_helpers.h) right before the check' \
		 diagnose_thirtyninth:first_seen:null-map-value:'`st = bpf_map_lookup_elem(&ports, &port); if (!st) return 1;`' \
		 diagnose_thirtyninth:dscp_cgroup:helper-not-allowed:'offsets into the IP header grow by ETH_HLEN' \
		 diagnose_thirtyninth:pkt_align:pointer-arithmetic:'Delete the alignment test `if ((long)data & 3)`' \
		 diagnose_thirtyninth:listen_check:reference-leak:'`if (sk->state != BPF_TCP_LISTEN) { bpf_sk_release(sk); return TC_ACT_OK; }`' \
		 diagnose_thirtyninth:exec_path_len:signed-size:'`if (n < 0) return 0;`' \
		 diagnose_thirtyninth:block_src:return-value:'write `return 1;` where it says `return TC_ACT_OK;`'
fi
if [ -f "$bpfdir/diagnose_thirtyninth_steps.o" ]; then
	diag_rows diagnose_thirtyninth_steps:ssl_write_u64:bound-on-other-register:'put `barrier_var(len);` (bpf/bpf_helpers.h) right before the check'
fi
if [ -f "$bpfdir/diagnose_fortieth.o" ]; then
	diag_rows diagnose_fortieth:locked_write:spin-lock:'`__sync_fetch_and_add(&st->bytes, count); __sync_fetch_and_add(&st->calls, 1);`' \
		 diagnose_fortieth:switch_time:helper-arg-type:'`__typeof__(prev->pid) pid = prev->pid;` then `__u64 *start = bpf_map_lookup_elem(&oncpu, &pid);`' \
		 diagnose_fortieth:switch_time:helper-arg-type:'`__typeof__(next->pid) next_pid = next->pid;` and pass `&next_pid`' \
		 diagnose_fortieth:exec_parent:rcu-section:'`if (!parent) { bpf_rcu_read_unlock(); return 0; }`' \
		 diagnose_fortieth:cgroup_execs:reference-leak:'`bpf_cgroup_release(cg);` after the last use of `cg`' \
		 diagnose_fortieth:run_cmd:helper-arg-type:'`r = bpf_ringbuf_reserve(&cmds, sizeof(*r) + 256, 0);`' \
		 diagnose_fortieth:tos_after_pull:pkt-pointer-stale:'`if ((void *)(iph + 1) > data_end) return TC_ACT_OK;`' \
		 diagnose_fortieth:tenant_install:helper-arg-type:'`void *inner = bpf_map_lookup_elem(&tenants, &tenant); if (!inner) return TC_ACT_OK;`'
fi
if [ -f "$bpfdir/diagnose_fortieth_steps.o" ]; then
	diag_rows diagnose_fortieth_steps:run_cmd_reserved:signed-size:'`__u64 n = ...; barrier_var(n);`' \
		 diagnose_fortieth_steps:pull_global:pkt-bounds-missing:'Make linearize_g() `static`' \
		 diagnose_fortieth_steps:pull_global:pkt-bounds-missing:'`__u64 n = len; barrier_var(n); if (n > 0xffff) return 0;`' \
		 diagnose_fortieth_steps:pull_static:pointer-arithmetic:'if (data + len > data_end)`'
fi
if [ -f "$bpfdir/helper_rdonly_args.o" ]; then
	diag_rows helper_rdonly_args:value_btf:helper-arg-type:'`__typeof__(next->pid) pid = next->pid;` then `bpf_map_update_elem(&m, &key, &pid, BPF_ANY);`'
fi
if [ -f "$bpfdir/diagnose_fortyfirst.o" ]; then
	diag_rows diagnose_fortyfirst:exec_descendant:loop-too-complex:'replace `while (task) {` with `for (int i = 0; i < 64 && task; i++) {`' \
		 diagnose_fortyfirst:packed_stats:misaligned-access:'drop `__attribute__((packed))` from struct flow_stats' \
		 diagnose_fortyfirst:exec_by_pid:reference-leak:'{ bpf_task_release(t); return 0; }`' \
		 diagnose_fortyfirst:stamp_trailer:pointer-arithmetic:'`__u32 v = bpf_htonl(0xfeedf00d); bpf_xdp_store_bytes(ctx, bpf_xdp_get_buff_len(ctx) - 4, &v, sizeof(v));`' \
		 diagnose_fortyfirst:tcp_only:ctx-access:'`__typeof__(*iph) h; if (bpf_skb_load_bytes(skb, off, &h, sizeof(h))) return 0;`' \
		 diagnose_fortyfirst:shell_open:scalar-deref:'`__u8 v; bpf_probe_read_user(&v, sizeof(v), &path[0]);`'
fi
if [ -f "$bpfdir/diagnose_fortysecond.o" ]; then
	diag_rows diagnose_fortysecond:drop_prefix:mem-size-exceeds-buffer:'`struct lpm_v4 key = { .prefixlen = 32, .addr = saddr };` and pass `&key` in place of `&saddr`' \
		 diagnose_fortysecond:drop_origin:helper-not-allowed:'SEC(\"tp_btf/net_dev_queue\")' \
		 diagnose_fortysecond:first_byte_dynptr:helper-not-allowed:'`bpf_dynptr_from_xdp(ctx, 0, &ptr)`' \
		 diagnose_fortysecond:exec_file:ctx-access:'`int BPF_PROG(exec_file, struct task_struct *p, int old_pid, struct linux_binprm *bprm)`'
fi
# batch 43's shapes (kernel selftests with one fault each, measured out of
# tree): our own programs of the same shapes, tests/explain/README.md
if [ -f "$bpfdir/diagnose_selftest_shapes.o" ]; then
	diag_rows diagnose_selftest_shapes:record_rtt:unbounded-index:'`if (i < 8) s->rtt[i] = bpf_ktime_get_ns() - s->start;`' \
		 diagnose_selftest_shapes:record_rtt:unbounded-index:'"role":"the loop'"'"'s last test"' \
		 diagnose_selftest_shapes:tag_connect:null-pointer:'right after `struct bpf_sock *sk = ops->sk;` (line 83), `if (!sk) return 1;`' \
		 diagnose_selftest_shapes:encap_v6:pkt-pointer-stale:'`data = (void *)(long)xdp->data; data_end = (void *)(long)xdp->data_end;`' \
		 diagnose_selftest_shapes:tag_opts:pkt-pointer-stale:'move line 157 (`flags = h->flags;`) above line 155' \
		 diagnose_selftest_shapes:tag_opts:pkt-pointer-stale:'"role":"the call that reaches it"' \
		 diagnose_selftest_shapes:find_pad:loop-too-complex:'`for (int i = 0; i < 256; i++) {` in place of `while (1) {`' \
		 diagnose_selftest_shapes:dissect_v4:pkt-bounds-missing:'`if (thoff > 0xffff - size) return NULL;`' \
		 diagnose_selftest_shapes:open_names:mem-size-exceeds-buffer:'Give the map a value of 128 bytes: 1 other call with the same buffer and size (line 243)' \
		 diagnose_selftest_shapes:verdict_mark:pkt-pointer-stale:'`c = (char *)(long)skb->data; end = (void *)(long)skb->data_end;`' \
		 diagnose_selftest_shapes:first_opt:pkt-bounds-missing:'`if (off > 0xffff - sz) return NULL;`' \
		 diagnose_selftest_shapes:pick_slot:unbounded-index:'`if (i < 0 || i >= (int)n)` in place of `if (i >= (int)n)`' \
		 diagnose_selftest_shapes:force_cc:pkt-bounds-missing:'`if ((void *)optval + 6 > ctx->optval_end) return 1;` before' \
		 diagnose_selftest_shapes:check_listener:use-after-release:'`__typeof__(sk->src_ip4) src_ip4 = sk->src_ip4; __typeof__(sk->src_port) src_port = sk->src_port; bpf_sk_release(sk);`' \
		 diagnose_selftest_shapes:parse_triplet:bound-on-other-register:'`long n = ret; barrier_var(n);`, then `if (n <= 0 || n > 15)` in place of `if (ret <= 0 || ret > 15)`, and `off += n;` in place of `off += ret;`'
fi
if [ -f "$bpfdir/diagnose_selftest_shapes2.o" ]; then
	diag_rows diagnose_selftest_shapes2:option_id:pkt-bounds-missing:'right before line 36: `if ((void *)opt + 6 > data_end) return XDP_PASS;`' \
		 diagnose_selftest_shapes2:option_id:pkt-bounds-missing:'Counted from `opt` (checked at line 30), the access needs 6 bytes and the checks on this path cover 4' \
		 diagnose_selftest_shapes2:tag_tx:pkt-pointer-stale:'push_tag(), called at line 143, calls bpf_xdp_adjust_head at line 134' \
		 diagnose_selftest_shapes2:tag_tx:pkt-pointer-stale:'After the call of push_tag() at line 143 (`if (push_tag(xdp))`), take the packet again: `data = (void *)(long)xdp->data; data_end = (void *)(long)xdp->data_end;`' \
		 diagnose_selftest_shapes2:bump_hop:pkt-pointer-stale:'Use `h` before the call: move line 71 (`if (h->hop < h->hops)`) and line 72 (`h->hop++;`) under it above line 69' \
		 diagnose_selftest_shapes2:push_outer:mem-size-exceeds-buffer:'`l2` is a pointer moved along a buffer (line 104: `l2 += sizeof(o.udp);`)' \
		 diagnose_selftest_shapes2:find_udp:pkt-bounds-missing:'`if ((void *)t + len > (void *)(long)skb->data_end) return TC_ACT_OK;` right before line 176' \
		 diagnose_selftest_shapes2:count_tcp:ctx-access:'right before line 124: `sk = bpf_sk_fullsock(sk); if (!sk) return 1;`' \
		 diagnose_selftest_shapes2:log_getpid:reference-leak:'`if (write_err) { bpf_ringbuf_discard_dynptr(&rec, 0); return 0; }`'
fi
if [ -f "$bpfdir/diagnose_selftest_shapes5.o" ]; then
	# batch 49: loop headers, blocks and callers read from the source file
	diag_rows diagnose_selftest_shapes5:match_comm:unbounded-index:'Stop one round earlier: `for (i = 0; i < sizeof(target); i++)`' \
		 diagnose_selftest_shapes5:match_comm:unbounded-index:'element 5 is one past the end of `target`, which has 5 elements (0 to 4)' \
		 diagnose_selftest_shapes5:sum_comm:loop-too-complex:'`for (i = 0; i < n && i < sizeof(t->comm) / sizeof(t->comm[0]); i++) {`' \
		 diagnose_selftest_shapes5:listener_cwnd:reference-leak:'in the block of `if (!tp) {` (line 89) before its `return TC_ACT_OK;`: `bpf_sk_release(sk); return TC_ACT_OK;`' \
		 diagnose_selftest_shapes5:read_cwnd:null-pointer:'`if (!sk) return -1;`' \
		 diagnose_selftest_shapes5:parse_hdr:pkt-bounds-missing:'make the check in count_data(), where the pointer comes from, right after `th = skops->skb_data;` (line 131)' \
		 diagnose_selftest_shapes5:peer_cgroup:use-after-release:'Move `bpf_sk_release(sk);` (line 158) below `id = bpf_sk_cgroup_id(sk);` (line 159)' \
		 diagnose_selftest_shapes5:tag_task:untrusted-pointer:'`bpf_task_storage_get(&seen, task, 0, 0);`' \
		 diagnose_selftest_shapes5:cast_u64:helper-arg-type:'Cast to the struct the memory holds' \
		 diagnose_selftest_shapes5:mark_kskb:readonly-write:'Drop the store `kskb->mark = 1;`'
	check "the batch-49 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes5_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes6.o" ]; then
	# batch 51: an inlined parser's NULL, an errno from a cgroup hook, a
	# slice after bpf_xdp_adjust_head, pointers kept in a struct
	diag_rows diagnose_selftest_shapes6:read_mss:null-pointer:'Read through `mss` only when take() found the bytes: `if (*kind == 2 && mss)` (line 62)' \
		 diagnose_selftest_shapes6:read_mss:null-pointer:'gives up with `return NULL;` under `if (p + sz > cur->end)` (line 37)' \
		 diagnose_selftest_shapes6:limit_sock:return-value:'Return 0 where the program returns -1' \
		 diagnose_selftest_shapes6:outer_len:pkt-pointer-stale:'move line 98 (`len = bpf_ntohs(iph->tot_len);`) above line 96' \
		 diagnose_selftest_shapes6:csum_hdr:pkt-bounds-missing:'`if ((void *)pk->tcp + 60 > pk->data_end) goto err;`'
	check "the batch-51 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes6_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes7.o" ]; then
	# batch 52: a congestion control's private struct past icsk_ca_priv; the
	# pacing ceiling written for the pacing rate
	diag_rows diagnose_selftest_shapes7:wide_init:mem-size-exceeds-buffer:'Make struct wide_ca fit in 104 bytes: this field ends at byte 112, so it must shrink by at least 8' \
		 diagnose_selftest_shapes7:pace_avoid:readonly-write:'`sk->sk_pacing_rate = ...;` (the kernel lets it write sk_pacing_rate, not sk_max_pacing_rate)'
	check "the batch-52 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes7_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes8.o" ]; then
	# batch 53: a scalar declared without a value, passed to a helper on a
	# path that jumps past its assignment (kernel: accepted as root,
	# refused without CAP_BPF)
	check "uninit scalar without CAP_BPF (batch 53)" 1 "$bpfvet" check --unprivileged --json "$bpfdir/diagnose_selftest_shapes8.o" note_ipv4
	grep_out "uninit scalar: class" '"class":"uninit-stack"'
	grep_out "uninit scalar: fix" 'Give it a value where it is declared: `__u32 is_v4 = 0;` (line 25)'
	check "uninit scalar: accepted as root" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes8.o" note_ipv4
	check "uninit scalar fixed: accepted without CAP_BPF" 0 "$bpfvet" check --unprivileged "$bpfdir/diagnose_selftest_shapes8_fixed.o" note_ipv4
fi
if [ -f "$bpfdir/diagnose_selftest_shapes9.o" ]; then
	# batch 57: data taken again after bpf_skb_pull_data, its copy not
	diag_rows diagnose_selftest_shapes9:mark_byte:pkt-pointer-stale:'add `hdr = data;` right before line 26 (`hdr[15] = 1;`)'
	check "the batch-57 shape fix is accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes9_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes10.o" ]; then
	# batch 58: bpf_skb_load_bytes() in an sk_msg program
	diag_rows diagnose_selftest_shapes10:peek_msg:helper-not-allowed:'Here: `if (bpf_msg_pull_data(msg, 0, sizeof(first), 0)) return SK_PASS; void *data = (void *)(long)msg->data, *data_end = (void *)(long)msg->data_end; if (data + sizeof(first) > data_end) return SK_PASS; __builtin_memcpy(&first, data, sizeof(first));`'
	check "the batch-58 shape fix is accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes10_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes11.o" ]; then
	# batch 59: a packet pointer a constant 69999 and 66000 bytes in (no
	# data_end comparison gives range past 65535), a 2-byte store to
	# user_port, a __u16 for bpf_check_mtu's __u32
	diag_rows diagnose_selftest_shapes11:mark_tail:pkt-bounds-missing:'`__u8 v = 0x5a; bpf_xdp_store_bytes(ctx, len - 1, &v, sizeof(v));`' \
		 diagnose_selftest_shapes11:mark_tail:pkt-bounds-missing:'the comparison with data_end at insn 11' \
		 diagnose_selftest_shapes11:peek_far:pkt-bounds-missing:'`__u32 v; if (bpf_skb_load_bytes(skb, off, &v, sizeof(v))) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes11:set_port:ctx-access:'`ctx->user_port = bpf_htons(8080);`' \
		 diagnose_selftest_shapes11:mtu_probe:mem-size-exceeds-buffer:'`__u32 mtu = 0;` (line 61)'
	check "the batch-59 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes11_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes12.o" ]; then
	# batch 60: a record read after the if that submits or discards it; a
	# bpf_loop() callback's round number as an index; a socket kept past
	# its last use; an unrolled loop one past skb->cb[]
	diag_rows diagnose_selftest_shapes12:note_write:use-after-release:'`__typeof__(e->stamp) e_stamp = e->stamp;` right before line 45' \
		 diagnose_selftest_shapes12:note_write:use-after-release:'then `last_stamp = e_stamp;` on line 50' \
		 diagnose_selftest_shapes12:count_rounds:unbounded-index:'`if (i >= 8) return 1; /* stops the loop */`' \
		 diagnose_selftest_shapes12:count_rounds:unbounded-index:'bpf_loop() passes the round number' \
		 diagnose_selftest_shapes12:check_dest:reference-leak:'`bpf_sk_release(sk);` right before line 100' \
		 diagnose_selftest_shapes12:stamp_cb:ctx-access:'offset 68 is element 5, one past its end, and lands on `skb->hash`' \
		 diagnose_selftest_shapes12:stamp_cb:ctx-access:'`for (int i = 0; i < 5; i++)` (line 109)'
	check "the batch-60 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes12_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes13.o" ]; then
	# batch 61: a user copy in a uprobe without .s; bpf_get_stackid() given
	# the hash map beside the stack_trace one; a header read again after
	# bpf_skb_store_bytes() and bpf_l3_csum_replace()
	diag_rows diagnose_selftest_shapes13:copy_arg:helper-not-allowed:'`SEC(\"uprobe.s//proc/self/exe:copy_target\")`' \
		 diagnose_selftest_shapes13:count_stack:helper-arg-type:'`long id = bpf_get_stackid(ctx, &stacks, 0);`' \
		 diagnose_selftest_shapes13:rewrite_dst:pkt-pointer-stale:'After the call at line 75 (bpf_l3_csum_replace, the last call before line 77 that may move the packet)'
	check "the batch-61 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes13_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes14.o" ]; then
	# batch 62: metadata compared with data_end; bpf_timer_init() given
	# another map than the timer's; a packet check in a global function;
	# a header through data + offset; a bpf_timer in a syscall tracepoint
	diag_rows diagnose_selftest_shapes14:meta_copy:pkt-bounds-missing:'line 31 becomes `data_meta + 8 > data)`' \
		 diagnose_selftest_shapes14:arm_two:helper-arg-type:'`bpf_timer_init(fast_timer, &fast, CLOCK_MONOTONIC)`' \
		 diagnose_selftest_shapes14:note_source:pkt-bounds-missing:'Make long_enough() `static __always_inline`' \
		 diagnose_selftest_shapes14:note_source:pkt-bounds-missing:'long_enough(), called at line 92, compares with the end' \
		 diagnose_selftest_shapes14:note_dest:pkt-bounds-missing:'`if ((void *)(iph + 1) > (void *)(long)ctx->data_end) return XDP_PASS;`' \
		 diagnose_selftest_shapes14:arm_on_sleep:helper-not-allowed:'`SEC(\"tp_btf/sys_enter\") int BPF_PROG(arm_on_sleep, struct pt_regs *regs, long id)`' \
		 diagnose_selftest_shapes14:arm_on_sleep:helper-not-allowed:'`if (id != __NR_nanosleep) return 0;`'
	check "the batch-62 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes14_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes15.o" ]; then
	# batch 63: a sockhash to bpf_sk_redirect_map() with a one-byte key;
	# a call chain past 512 bytes; a check 2 bytes short; a `for` with no
	# condition; sock_ops writing snd_cwnd
	diag_rows diagnose_selftest_shapes15:pick_peer:helper-arg-type:'`int peer_key = peer;` then `return bpf_sk_redirect_hash(skb, &to_tx, &peer_key, 0);`' \
		 diagnose_selftest_shapes15:deep_scratch:stack-too-large:'fill_twice() (0 bytes) -> fill_scratch() (512 bytes) needs 528 bytes' \
		 diagnose_selftest_shapes15:deep_scratch:stack-too-large:'`volatile char buf[SCRATCH] = {};` (in fill_scratch())' \
		 diagnose_selftest_shapes15:urgent:pkt-bounds-missing:'`if (((void *)(tcp) + 20) > data_end)`' \
		 diagnose_selftest_shapes15:walk_opts:loop-too-complex:'`for (long i = 0; i < 256; i++) {` in place of `for (long i = 0; ; i++) {`' \
		 diagnose_selftest_shapes15:grow_window:ctx-access:'`int iw = 10; bpf_setsockopt(skops, SOL_TCP, TCP_BPF_IW, &iw, sizeof(iw));`'
	check "the batch-63 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes15_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes16.o" ]; then
	# batch 66: a lookup stored through an inlined helper's out-parameter;
	# a socket held past a bare `return;` of an inlined void function
	diag_rows diagnose_selftest_shapes16:route:null-map-value:'(line 34, in pick_backend())' \
		 diagnose_selftest_shapes16:route:null-map-value:'`if (!*out) return false;`' \
		 diagnose_selftest_shapes16:listen_count:reference-leak:'`if (sk->state != BPF_TCP_LISTEN) { bpf_sk_release(sk); return; }`'
	check "the batch-66 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes16_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes17.o" ]; then
	# batch 67: migrating_sk unchecked, named as the program names its
	# context; a header placed by ihl * 4 in a function that leaves by
	# `goto pass`; a socket variable given a second socket
	diag_rows diagnose_selftest_shapes17:move_sockets:null-pointer:'`struct bpf_sock *sk = reuse->migrating_sk; if (!sk) return SK_PASS;`' \
		 diagnose_selftest_shapes17:move_sockets:null-pointer:'no socket is being migrated' \
		 diagnose_selftest_shapes17:drop_syn:pkt-bounds-missing:'`if ((void *)(tcp + 1) > data_end) goto pass;`' \
		 diagnose_selftest_shapes17:steer:reference-leak:'`sk` is given another socket at line 93' \
		 diagnose_selftest_shapes17:steer:reference-leak:'`bpf_sk_release(sk);` right after `if (sk->state != BPF_TCP_LISTEN) goto assign;` (line 88)'
	check "the batch-67 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes17_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes18.o" ]; then
	# batch 68: a read-only dynptr slice written after bpf_xdp_adjust_head()
	# (the kernel refuses a write into bpf_dynptr_slice()'s memory:
	# `cannot write into rdonly_mem`, seen on the batch's program)
	diag_rows diagnose_selftest_shapes18:encap_ipip:pkt-pointer-stale:'`iph = bpf_dynptr_slice_rdwr(&ptr, sizeof(struct ethhdr), ip_buf, sizeof(ip_buf)); if (!iph) return XDP_PASS;`' \
		 diagnose_selftest_shapes18:encap_ipip:pkt-pointer-stale:'as line 44 takes `eth` from the packet after the call'
	check "the batch-68 shape fix is accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes18_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes19.o" ]; then
	# batch 69: an inlined function moves the packet and its caller hands
	# the old data on; a header pointer kept in a struct member
	diag_rows diagnose_selftest_shapes19:grow_then_answer:pkt-pointer-stale:'right after line 56 (`ret = grow(...)`): `data = (void *)(long)ctx->data; data_end = (void *)(long)ctx->data_end;`' \
		 diagnose_selftest_shapes19:grow_then_answer:pkt-pointer-stale:'is in grow(), which clang inlined' \
		 diagnose_selftest_shapes19:read_doff:pkt-bounds-missing:'`if ((void *)(h.tcp + 1) > data_end) return XDP_PASS;`'
	check "the batch-69 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes19_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes20.o" ]; then
	# batch 70: noinline static functions (BPF subprograms): a lookup
	# stored through an out-parameter, a header read unchecked through a
	# pointer clang selects, a checksum loop bounded by sizeof() over
	# __u16 words; each fix leaves the subprogram its own way (false)
	diag_rows diagnose_selftest_shapes20:route:null-map-value:'(line 39, in pick_backend())' \
		 diagnose_selftest_shapes20:route:null-map-value:'`if (!*out) return false;`' \
		 diagnose_selftest_shapes20:ports:pkt-bounds-missing:'`if ((void *)(udp + 1) > data_end) return false;`' \
		 diagnose_selftest_shapes20:fold_csum:pkt-bounds-missing:'each round reads one __u16 (2 bytes) through `word`' \
		 diagnose_selftest_shapes20:fold_csum:pkt-bounds-missing:'`for (int i = 0; i < sizeof(struct iphdr) / sizeof(__u16); i++)`'
	check "the batch-70 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes20_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes21.o" ]; then
	# batch 71: a lookup an inlined getter returns as it comes is checked
	# by its caller; a declaration on the line above its lookup names the
	# variable; a socket leaked by an inlined function's early return is
	# released there, not in the caller (where `sk` does not exist)
	diag_rows diagnose_selftest_shapes21:count:null-map-value:'check it where it is called, right after line 41: `if (!cnt) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes21:listener:null-pointer:'`if (!sk) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes21:steer:reference-leak:'`if (sk->state == BPF_TCP_ESTABLISHED) { bpf_sk_release(sk); return ESTABLISHED; }`'
	check "the batch-71 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes21_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes22.o" ]; then
	# batch 72: a helper call written over two lines names its packet
	# argument and constant size; a NULL check in a function that leaves
	# through `goto release;` leaves the same way (a return would leak)
	diag_rows diagnose_selftest_shapes22:tcp_sum:pkt-bounds-missing:'`if ((void *)th + 40 > (void *)(long)skb->data_end) return;`' \
		 diagnose_selftest_shapes22:steer_listener:null-pointer:'`if (!tp) goto release;`'
	check "the batch-72 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes22_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes23.o" ]; then
	# batches 72 and 73: a socket leaked by a path that calls a subprogram
	# and returns is released before that return; a caller dropping the
	# result of an inlined function whose packet check failed acts on
	# it; a tp_btf argument written keeps its value in a map; a check of
	# the next header does not copy the end cast to the previous one's type
	diag_rows diagnose_selftest_shapes23:steer_leak:reference-leak:'`bpf_sk_release(sk); return TC_ACT_OK;` at line 50' \
		 diagnose_selftest_shapes23:swap_macs:pkt-bounds-missing:'`if (count_eth(ctx)) return XDP_PASS;` at line 96' \
		 diagnose_selftest_shapes23:swap_macs:pkt-bounds-missing:'this path is the one where that check failed and parse_eth() returned -1' \
		 diagnose_selftest_shapes23:sum_drops:readonly-write:'if (val) __sync_fetch_and_add(val, drops);' \
		 diagnose_selftest_shapes23:sum_drops:readonly-write:'`xdp_stats->drop += ...` stores into a struct xdp_cpumap_stats' \
		 diagnose_selftest_shapes23:echo_cmd:pkt-bounds-missing:'`if ((void *)(t + 1) > data_end) return XDP_PASS;`'
	check "the batch-72/73 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes23_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes24.o" ]; then
	# batch 74: packet pointers taken through a macro are taken again
	# the same way; a check on a __u32 pointer grows by elements; a block
	# whose end is declared but unused checks the whole header against it
	diag_rows diagnose_selftest_shapes24:zero_then_mac:pkt-pointer-stale:'`eth = ctx_ptr(skb->data); data_end = ctx_ptr(skb->data_end);`' \
		 diagnose_selftest_shapes24:zero_words:pkt-bounds-missing:'`if ((void *)raw + 12 > (void *)words_end) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes24:zero_words_cast:pkt-bounds-missing:'`if (raw + 3 > (__u32 *)data_end)`' \
		 diagnose_selftest_shapes24:set_macs:pkt-bounds-missing:'`if ((void *)(eth + 1) > (void *)data_end) return TC_ACT_OK;`'
	check "the batch-74 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes24_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes25.o" ]; then
	# batch 75: a copy into the packet at an expression is checked whole
	# against an end declared bare and assigned later; of several
	# sockmaps, the one named like the array map passed is the fix
	diag_rows diagnose_selftest_shapes25:tag_verdict:pkt-bounds-missing:'`if ((void *)(c + offset) + 4 > data_end) return;`' \
		 diagnose_selftest_shapes25:msg_redirect:helper-arg-type:'`return bpf_msg_redirect_map(msg, &sock_map_redir, key, flags);`' \
		 diagnose_selftest_shapes25:msg_redirect:helper-arg-type:'The object has 2: sock_map, sock_map_redir.'
	check "the batch-75 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes25_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes26.o" ]; then
	# batch 76: a masked size that may be 0 goes into a local whole (the
	# mask makes the 0) and is bounded by the variable it fills, not the
	# frame; an array member of a map value is bounded by its BTF length
	diag_rows diagnose_selftest_shapes26:read_cmd:mem-size-exceeds-buffer:'`__u64 n = skb->len & 0xf;`' \
		 diagnose_selftest_shapes26:read_cmd:mem-size-exceeds-buffer:'`if (n == 0 || n > sizeof(cmd)) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes26:read_cmd:mem-size-exceeds-buffer:'It can also be as large as 15' \
		 diagnose_selftest_shapes26:read_cmd_top:mem-size-exceeds-buffer:'`if (n == 0 || n > sizeof(cmd)) return 0;`' \
		 diagnose_selftest_shapes26:count_slot:unbounded-index:'`if (cmd.slot >= 8) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes26:count_slot:unbounded-index:'(`hits` is declared with 8 elements)'
	check "the batch-76 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes26_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes27.o" ]; then
	# batch 77, sock_ops: the header through skops->skb_data, checked in
	# the caller of an inlined reader whole (by the caller's own pointer,
	# or in bytes from a void *); taken again after bpf_store_hdr_opt()
	# as first taken; copied in place of bpf_skb_load_bytes(); a load's
	# result stored back only when it is a size the buffer holds
	diag_rows diagnose_selftest_shapes27:hdr_count:pkt-bounds-missing:'`if ((void *)(tcp + 1) > (void *)(long)skops->skb_data_end) return 1;`' \
		 diagnose_selftest_shapes27:hdr_count_void:pkt-bounds-missing:'`if ((void *)data + sizeof(struct tcphdr) > (void *)(long)skops->skb_data_end) return 1;`' \
		 diagnose_selftest_shapes27:write_then_syn:pkt-pointer-stale:'`th = skops->skb_data;` and redo the bounds check (line 59: `if ((void *)(th + 1) > skops->skb_data_end)`)' \
		 diagnose_selftest_shapes27:copy_hdr:helper-not-allowed:'the line itself `if (data + sizeof(th) > skops->skb_data_end)`' \
		 diagnose_selftest_shapes27:copy_hdr:helper-not-allowed:'`__builtin_memcpy(&th, data, sizeof(th));`' \
		 diagnose_selftest_shapes27:echo_opt:signed-size:'Declare `ret` a `long`' \
		 diagnose_selftest_shapes27:echo_opt:signed-size:'`if (ret <= 0 || ret > sizeof(opt)) return 1;`'
	check "the batch-77 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes27_fixed.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes28.o" ]; then
	# batch 78: an inlined reader checked in its own words (the skb it
	# has, not its caller's data_end); a check grown to all a copy reads,
	# not to the first byte past it; the context's socket is not released
	diag_rows diagnose_selftest_shapes28:count_dns:pkt-bounds-missing:'`if ((void *)(uh + 1) > (void *)(long)skb->data_end) return TC_ACT_OK;`' \
		 diagnose_selftest_shapes28:keep_syn:pkt-bounds-missing:'`if (ctx->data + sizeof(seen_tcp) > ctx->data_end)`' \
		 diagnose_selftest_shapes28:note_cookie:helper-not-allowed:'Delete the call.'
	check "the batch-78 shape fixes are accepted" 0 "$bpfvet" check "$bpfdir/diagnose_selftest_shapes28_fixed.o"
fi
if [ -f "$bpfdir/rbtree_requeue.o" ]; then
	# bpf_rbtree_remove()'s result put back unchecked, under the lock
	diag_rows rbtree_requeue:requeue_unchecked:null-pointer:'`if (!res) { bpf_spin_unlock(&queue_lock); return 0; }`'
	check "the rbtree requeue fix is accepted" 0 "$bpfvet" check "$bpfdir/rbtree_requeue.o" requeue_checked
fi
if [ -f "$bpfdir/tail_call_stack.o" ]; then
	# the callers' buffers by name, read from the source file
	diag_rows tail_call_stack:caller_two_deep:stack-too-large:'`buf[160]` (line 58, in caller_two_deep()), `mid[112]` (line 25, in via_middle())'
fi
if [ -f "$bpfdir/core_typedef_anon.o" ]; then
	check "a CO-RE relocation rooted at a typedef of an anonymous struct links" 0 "$bpfvet" check "$bpfdir/core_typedef_anon.o"
fi
if [ -f "$bpfdir/diagnose_selftest_shapes4.o" ]; then
	# the fixes written in inlined functions read the source file: its
	# return type and parameters (the objects carry absolute paths)
	diag_rows diagnose_selftest_shapes4:zc_address:pkt-bounds-missing:'`if ((void *)optval + 8 > (void *)(long)ctx->optval_end) return 1;`' \
		 diagnose_selftest_shapes4:drop_vlan:pkt-bounds-missing:'`if ((void *)(tag + 1) > data_end) return false;`' \
		 diagnose_selftest_shapes4:sum_opts:pkt-bounds-missing:'`if ((void *)th + thlen > data_end) return 0;` right before line 86' \
		 diagnose_selftest_shapes4:walk_ids:unbounded-index:'`bpf_for(i, 0, DEPTH) {` in place of `bpf_repeat(DEPTH) {`' \
		 diagnose_selftest_shapes4:walk_ids:unbounded-index:'when `i` is 33 the access at insn 22 reaches offset 136' \
		 diagnose_selftest_shapes4:pad_tail:mem-size-exceeds-buffer:'`char buf[9]` in place of `char buf[8]` (line 160)' \
		 diagnose_selftest_shapes4:pop_vlan:pkt-pointer-stale:'move line 180 (`bpf_xdp_adjust_head(ctx, VLAN_HDR_SZ);`) below it' \
		 diagnose_selftest_shapes4:pop_vlan:pkt-pointer-stale:'bytes 0 to 3 of the old packet are not in the packet at all' \
		 diagnose_selftest_shapes4:shift_vlan:pkt-bounds-missing:'Line 193 is in shift_macs(), which clang inlined and which has no end of the packet of its own'
fi
if [ -f "$bpfdir/diagnose_selftest_shapes3.o" ]; then
	diag_rows diagnose_selftest_shapes3:both_stacks:mem-size-exceeds-buffer:'checks the largest offset with the largest size: 512 + 512 = 1024 bytes' \
		 diagnose_selftest_shapes3:both_stacks:mem-size-exceeds-buffer:'`__type(value, __u64[128]);` in place of `__u64[64]`' \
		 diagnose_selftest_shapes3:stack_after_user:signed-size:'Check the result right after `n = bpf_get_stack(...)`, before using it: `if (n < 0) return 0;`' \
		 diagnose_selftest_shapes3:pick_arg:unbounded-index:'`if (i >= 8) return -ENOENT;` right before line 96' \
		 diagnose_selftest_shapes3:meta_matches:pkt-bounds-missing:'`if ((void *)data_meta + 6 > (void *)data) return TC_ACT_SHOT;` (returning what the check on line 122 does), 6 bytes' \
		 diagnose_selftest_shapes3:copy_names:unbounded-index:'`if (off > sizeof(b->payload) - 16) return 0;`' \
		 diagnose_selftest_shapes3:copy_names:unbounded-index:'Xoring the same number back gives the value again in arithmetic, not in what the verifier knows' \
		 diagnose_selftest_shapes3:count_fin:pkt-bounds-missing:'`if ((void *)(th + 1) > (void *)(long)skops->skb_data_end) return 1;`' \
		 diagnose_selftest_shapes3:mark_mono:ctx-access:'`bpf_skb_set_tstamp(skb, skb->tstamp, BPF_SKB_TSTAMP_DELIVERY_MONO);`'
fi
if [ -f "$bpfdir/diagnose_selftest_shapes_kptr.o" ]; then
	diag_rows diagnose_selftest_shapes_kptr:move_parked:reference-leak:'in the block of `if (!w) {` (line 44), `bpf_task_release(t);` before its `return 0;`'
fi
if [ -f "$bpfdir/tail_call_callback.o" ]; then
	diag_rows tail_call_callback:direct:helper-not-allowed:'`for (__u32 i = 0; i < 8; i++) bpf_tail_call(skb, &stages, i);`'
fi
if [ -f "$bpfdir/sleepable_maps.o" ]; then
	diag_rows sleepable_maps:stack_trace:helper-not-allowed:'bpf_get_stack(ctx, buf, size, flags)' \
		 sleepable_maps:lpm_trie:helper-not-allowed:'`SEC(\"uprobe//bin/true:main\")`'
fi
if [ -f "$bpfdir/diagnose_thirtyfourth_steps.o" ]; then
	diag_rows diagnose_thirtyfourth_steps:rand_bucket_mod3:unbounded-index:'clang computed as `x - x / 3 * 3`' \
		 diagnose_thirtyfourth_steps:rand_bucket_mod3:unbounded-index:'`__u32 i = bpf_get_prandom_u32() % 3; barrier_var(i); if (i >= 3) return 0;`'
fi
if [ -f "$bpfdir/diagnose_thirtythird_steps.o" ]; then
	diag_rows diagnose_thirtythird_steps:sample_pkt_256:mem-size-exceeds-buffer:'before the reservation on line 22 (`if (len == 0) return TC_ACT_OK;`)'
fi
if [ -f "$bpfdir/diagnose_thirtyfirst_steps.o" ]; then
	diag_rows diagnose_thirtyfirst_steps:copy_payload_len:mem-size-exceeds-buffer:'`if (len == 0) return TC_ACT_OK;`'
fi
if [ -f "$bpfdir/diagnose_twentyninth_steps.o" ]; then
	diag_rows diagnose_twentyninth_steps:open_path_tail:signed-size:'`if (n < 2) return 0;`' \
		 diagnose_twentyninth_steps:getsockopt_mss:ctx-access:'`*(volatile __u32 *)&ctx->retval = ...;`'
fi
if [ -f "$bpfdir/core_relo.o" ]; then
	diag_rows core_relo:open_dfd:core-relocation:'the kernel'"'"'s struct pt_regs has no field rdi'
fi
if [ -f "$bpfdir/diagnose_twentyeighth_steps.o" ]; then
	diag_rows diagnose_twentyeighth_steps:lookup_port_range:bound-on-other-register:'(make it unsigned and 64-bit, e.g. `__u64 i`), or clamp it in a way the compiler cannot split: `i &= 15;`' \
		 diagnose_twentyeighth_steps:dissect_v4_ports:pkt-bounds-missing:'`if ((void *)(th + 1) > data_end) return BPF_DROP;`'
fi
if [ -f "$bpfdir/diagnose_twentysixth_steps.o" ]; then
	diag_rows diagnose_twentysixth_steps:fake_cc_merged:ctx-access:'`ctx->optlen` and `ctx->retval` (4 and 4 bytes) written by one 8-byte store' \
		 diagnose_twentysixth_steps:fake_cc_merged:ctx-access:'`*(volatile __u32 *)&ctx->retval = ...;`'
fi
if [ -f "$bpfdir/diagnose_twentyfifth.o" ]; then
	diag_rows diagnose_twentyfifth:nf_count_tcp:null-pointer:'bpf_dynptr_slice at insn 14, which returns NULL when the bytes asked for are not all there' \
		 diagnose_twentyfifth:nf_count_tcp:null-pointer:'`if (!iph) return NF_ACCEPT;`' \
		 diagnose_twentyfifth:nf_parse:return-value:'R0 is the number bpf_dynptr_from_skb returned at insn 4' \
		 diagnose_twentyfifth:nf_parse:return-value:'`if (err) return NF_ACCEPT;`' \
		 diagnose_twentyfifth:dev_allowlist:null-map-value:'`if (!rule) return 0;`' \
		 diagnose_twentyfifth:pin_source:ctx-access:'.sin_addr.s_addr = bpf_htonl(0x0a000035) }; bpf_bind(ctx, (struct sockaddr *)&sa, sizeof(sa));' \
		 diagnose_twentyfifth:hide_mdns:return-value:'these hooks cannot refuse anything' \
		 diagnose_twentyfifth:hide_mdns:return-value:'drop them in a cgroup_skb/ingress program' \
		 diagnose_twentyfifth:msg_shard:pkt-bounds-missing:'adds 1 to `(void *)h`, and on a void * that counts bytes' \
		 diagnose_twentyfifth:msg_shard:pkt-bounds-missing:'`if ((void *)(h + 1) > msg->data_end) return SK_PASS;`' \
		 diagnose_twentyfifth:msg_prefix:pkt-pointer-stale:'then make `len` from the new `data` again' \
		 diagnose_twentyfifth:dump_tcp:null-pointer:'`if (!skc) return 0;`' \
		 diagnose_twentyfifth:count_rtt:null-pointer:'struct bpf_sock *sk = skops->sk; if (!sk) return 1;'
fi
# a map helper given a map of the wrong kind (the case file of the helper x
# map matrix, whose verdicts are the kernel's)
maps_s="$asmdir/../verifier/maps.s"
if [ -f "$maps_s" ]; then
	for t in map_update_elem_devmap:readonly-write:'the kernel makes every devmap read-only to programs' \
		 map_delete_elem_devmap_hash:readonly-write:'return bpf_redirect_map(&m_devmap_hash, key, 0);' \
		 map_lookup_elem_ringbuf:helper-arg-type:'m_ringbuf is a ringbuf, whose keys and values have no bytes' \
		 map_lookup_elem_queue:helper-arg-type:'bpf_map_push_elem(), bpf_map_pop_elem() and bpf_map_peek_elem()'; do
		p=${t%%:*} r=${t#*:} c=${r%%:*} want=${r#*:}
		d=$("$bpfvet" check --json "$maps_s" "$p" | sed 's/.*"diagnosis"://')
		if echo "$d" | grep -q "\"class\":\"$c\"" && echo "$d" | grep -qF "$want"; then
			echo "ok   diagnosis of maps.s/$p: $c"
		else
			echo "FAIL diagnosis of maps.s/$p: expected $c with $want: $d"; fail=1
		fi
	done
fi
# the second rejections two of the twenty-fourth batch's fixes uncovered
if [ -f "$bpfdir/diagnose_twentyfourth_steps.o" ]; then
	diag_rows diagnose_twentyfourth_steps:dissect_nhoff:pkt-bounds-missing:'can reach 65555, so that comparison gives it no range' \
		 diagnose_twentyfourth_steps:dissect_nhoff:pkt-bounds-missing:'`if (off > 1024) return BPF_DROP;`' \
		 diagnose_twentyfourth_steps:sysctl_int_len:bound-on-other-register:'both bounds folded into one comparison of the copy here' \
		 diagnose_twentyfourth_steps:sysctl_int_len:bound-on-other-register:'Make `len` a 64-bit unsigned variable'
fi
if [ -f "$bpfdir/diagnose_twentysecond_graph.o" ]; then
	diag_rows diagnose_twentysecond_graph:remember_big:spin-lock:'`tree_lock` is the lock declared beside `biggest`' \
		 diagnose_twentysecond_graph:remember_big:spin-lock:'bpf_spin_lock(&tree_lock); bpf_rbtree_add_impl(&biggest, &b->rb, big_less, NULL, 0); bpf_spin_unlock(&tree_lock);' \
		 diagnose_twentysecond_graph:evict_big:object-ownership:'"insn":15,"role":"the owning pointer returned here"' \
		 diagnose_twentysecond_graph:evict_big:object-ownership:'if (n) bpf_obj_drop(container_of(n, struct big, rb));' \
		 diagnose_twentysecond_graph:index_sample:object-ownership:'struct sample *s2 = bpf_refcount_acquire(s);' \
		 diagnose_twentysecond_graph:index_sample:object-ownership:'if (s2) bpf_rbtree_add_impl(&samples_time, &s2->by_time, time_less, NULL, 0);' \
		 diagnose_twentysecond_graph:count_wakeups:untrusted-pointer:'`bpf_task_release(t);`' \
		 diagnose_twentysecond_graph:count_wakeups:untrusted-pointer:'"insn":2,"role":"the reference taken here"'
fi
if [ -f "$bpfdir/diagnose_twentyfirst_kptr.o" ]; then
	diag_rows diagnose_twentyfirst_kptr:forget_task:kptr-access:'`struct task_struct *old = bpf_kptr_xchg(&w->task, 0); if (old) bpf_task_release(old);`'
fi
# the twentieth held-out batch (written blind; causes known by construction)
if [ -f "$bpfdir/diagnose_twentieth.o" ]; then
	diag_rows diagnose_twentieth:snap_copy:bound-on-other-register:'"insn":11,"role":"both bounds folded into one comparison of the copy here"' \
		 diagnose_twentieth:snap_copy:bound-on-other-register:'Make `len` a 64-bit unsigned variable (`__u64 len = ...;`)' \
		 diagnose_twentieth:ring_head:bound-lost:'"insn":14,"role":"the call after which the field is loaded again"' \
		 diagnose_twentieth:ring_head:bound-lost:'`__u32 head = h->head; if (head >= 32) head = 0;`' \
		 diagnose_twentieth:flow_bytes:misaligned-access:'`bytes`, an 8-byte field of struct flow_stats at offset 4' \
		 diagnose_twentieth:flow_bytes:misaligned-access:'explicit padding before it (`__u32 pad;`)' \
		 diagnose_twentieth:wakee:untrusted-pointer:'`last_wakee` is neither' \
		 diagnose_twentieth:wakee:untrusted-pointer:'Drop bpf_task_acquire() and bpf_task_release(): `w = p->last_wakee;`' \
		 diagnose_twentieth:dns_qname:stack-too-large:'dns_qname() (328 bytes, rounded up to a multiple of 16) -> read_qname() (256 bytes) needs 592 bytes' \
		 diagnose_twentieth:tcp_opts:pkt-bounds-missing:'"insn":60,"role":"the loop, which adds to it every round"' \
		 diagnose_twentieth:tcp_opts:pkt-bounds-missing:'__u8 *p = start + (off & 63);' \
		 diagnose_twentieth:read_sample:signed-size:'(`__u64 len`)' \
		 diagnose_twentieth:mark_or_scratch:ctx-access:'R2 is `&skb->priority` (the context plus 32), kept in `counter`' \
		 diagnose_twentieth:mark_or_scratch:ctx-access:'`if (...) skb->priority += v; else other += v;`' \
		 diagnose_twentieth:find_slot:return-value:'the -1 the C code returns' \
		 diagnose_twentieth:find_slot:return-value:'Return 1 to stop where the callback returns -1 (`return 1;`)' \
		 diagnose_twentieth:xmit_mark:readonly-write:'stores into a struct sk_buff' \
		 diagnose_twentieth:xmit_mark:readonly-write:'A tc program owns the packet and may write `skb->mark`'
fi
# a pointer copied out with bpf_probe_read_kernel() and dereferenced
if [ -f "$bpfdir/copied_pointer.o" ]; then
	diag_rows copied_pointer:read_inode:scalar-deref:'"insn":6,"role":"the helper wrote the stack slot here"' \
		 copied_pointer:read_inode:scalar-deref:'`bpf_probe_read_kernel(&v, sizeof(v), &f->f_inode);`'
	check "the copied-pointer fix is accepted" 0 "$bpfvet" check "$bpfdir/copied_pointer.o" read_inode_fixed
fi
# the program's objects kept in kptr fields (tests/bpf-tags: clang 15 or later)
if [ -f "$bpfdir/local_kptrs.o" ]; then
	diag_rows local_kptrs:drop_loaded:object-ownership:'not drop it' \
		 local_kptrs:drop_loaded:object-ownership:'"insn":8,"role":"read out of the kptr field here"' \
		 local_kptrs:xchg_loaded:object-ownership:'p = bpf_kptr_xchg(&v->field, NULL);' \
		 local_kptrs:xchg_non_owning:object-ownership:'a struct refc that sits in a kptr field' \
		 local_kptrs:xchg_into_loaded:object-ownership:'not exchange a kptr inside it' \
		 local_kptrs:write_sleepable:object-ownership:'in a sleepable program outside an RCU section' \
		 local_kptrs:untrusted_field_write:object-ownership:'Declare the field `struct plain __kptr *`' \
		 local_kptrs:xchg_wrong_type:kptr-access:'holds pointers to struct plain, and R2 points to a struct inner' \
		 local_kptrs:untrusted_field_wrong:kptr-access:'holds pointers to struct plain, and R0 points to a struct inner' \
		 local_kptrs:load_nested:kptr-access:'bpf_kptr_xchg(&o->field, NULL)' \
		 local_kptrs:acquire_no_fields:object-ownership:'struct bpf_refcount ref;'
fi
# iterators over kernel objects: the kind named, the iterator's life on the path
if [ -f "$bpfdir/task_iters.o" ]; then
	diag_rows task_iters:task_no_rcu:rcu-section:'bpf_rcu_read_lock(); bpf_for_each(task, p, NULL, BPF_TASK_ITER_ALL_PROCS)' \
		 task_iters:task_rcu_unlocked_inside:rcu-section:'"insn":7,"role":"the RCU section ends here"' \
		 task_iters:unlock_then_destroy:rcu-section:'only after bpf_iter_task_destroy(&it)' \
		 task_iters:css_task_null_raw_tp:helper-not-allowed:'`raw_tp` (raw_tracepoint), none of them' \
		 task_iters:vma_twice_new:iterator:'"insn":7,"role":"first made here"' \
		 task_iters:task_overwrite:iterator:'"insn":7,"role":"its bytes written here"' \
		 task_iters:task_wrong_kind:iterator:'takes only a `struct bpf_iter_task_vma`' \
		 task_iters:task_next_uninit:iterator:'No bpf_iter_task_new() made an iterator there' \
		 task_iters:task_global_iter:iterator:'Here it is a global variable' \
		 task_iters:vma_unaligned:iterator:'gets fp-12' \
		 task_iters:vma_unchecked:null-pointer:'"insn":8,"role":"may return NULL here"' \
		 task_iters:vma_not_destroyed:reference-leak:'Call bpf_iter_task_vma_destroy(&it) on every path' \
		 task_iters:task_of_parent:untrusted-pointer:'A pointer read out of another kernel struct' \
		 task_iters:vma_null_task:null-pointer:'R2 is NULL itself (the constant 0)'
fi

# a typed __ksym where kallsyms lists no kernel variables (a kernel without
# CONFIG_KALLSYMS_ALL, as this machine's): the load fails before verifying
if [ -f "$bpfdir/ksyms.o" ] && [ -r /proc/kallsyms ] && ! grep -qw bpf_prog_active /proc/kallsyms; then
	d=$(diag_of ksyms ksym_this_cpu)
	if echo "$d" | grep -qF '"class":"other"' && echo "$d" | grep -qF 'CONFIG_KALLSYMS_ALL' &&
	   "$bpfvet" check "$bpfdir/ksyms.o" ksym_this_cpu |
	   grep -qF "ksym_this_cpu: rejected: ldimm64 failed to find the address for kernel symbol 'bpf_prog_active'."; then
		echo "ok   diagnosis of ksyms/ksym_this_cpu: kallsyms without variables"
	else
		echo "FAIL diagnosis of ksyms/ksym_this_cpu: $d"; fail=1
	fi
fi

# rejections first met in the kernel's own selftests, each explained (the
# kernel's lines were checked by hand against the running kernel)
cat > "$tmp/newdiag.s" <<'EOF'
.license "GPL"
.map sm sockmap key=4 value=4 entries=1
.prog scalar_minus_ptr socket
	r0 = 1
	r0 -= r1
	exit
.prog sockmap_in_raw_tp raw_tracepoint/sys_enter
	r1 = 0
	*(u32 *)(r10 -4) = r1
	r2 = r10
	r2 += -4
	r1 = map[sm]
	call bpf_map_delete_elem
	r0 = 0
	exit
.prog atomic_ctx socket
	r2 = 1
	lock *(u32 *)(r1 +0) += r2
	r0 = 0
	exit
.prog div_zero socket
	r0 = 1
	r0 /= 0
	exit
EOF
for t in scalar_minus_ptr:pointer-arithmetic:'R0 tried to subtract pointer from scalar':'Subtract the number from the pointer' \
	 sockmap_in_raw_tp:helper-arg-type:'cannot pass map_type 15 into func bpf_map_delete_elem#3':'a map of type sockmap' \
	 atomic_ctx:ctx-access:'BPF_ATOMIC stores into R1 ctx is not allowed':'atomics work only on the stack and on map values' \
	 div_zero:invalid-program:'div by zero':'divides by the constant 0'; do
	p=${t%%:*} r=${t#*:} c=${r%%:*} r=${r#*:} msg=${r%%:*} want=${r#*:}
	d=$("$bpfvet" check --json "$tmp/newdiag.s" "$p")
	if echo "$d" | grep -qF "\"message\":\"$msg\"" && echo "$d" | grep -q "\"class\":\"$c\"" && echo "$d" | grep -qF "$want"; then
		echo "ok   diagnosis of $p: $c"
	else
		echo "FAIL diagnosis of $p: expected $c, \"$msg\" and \"$want\": $d"; fail=1
	fi
done

# arenas (tests/bpf-tags/arena.bpf.c, built only by clang 18 or later):
# each refusal explained, and the fixes as written accepted
# (arena_fixed.bpf.c; the kernel's verdicts are checked by verify_vs_kernel)
if [ -f "$bpfdir/arena.o" ] && "$bpfvet" check --no-explain "$bpfdir/arena.o" two_arenas 2>/dev/null | grep -q rejected; then
	diag_rows arena:two_arenas:invalid-program:'This program names arena (insn 1) and arena2 (insn 10)' \
		 arena:alloc_in_tc:helper-not-allowed:'keep them on a free list in an __arena global' \
		 arena:alloc_from_ctx:helper-arg-type:'`bpf_arena_alloc_pages(&arena, ...)`' \
		 arena:call_with_stack:global-func-args:'is tagged __arg_arena' \
		 arena:cast_without_arena:global-func-args:'Tag the parameter: `... __arena *p __arg_arena`' \
		 arena:cast_without_arena:global-func-args:'also read or write an __arena global in it' \
		 arena:helper_on_arena:helper-arg-type:'Go through the stack'
	check "the arena fixes are accepted" 0 "$bpfvet" check "$bpfdir/arena_fixed.o"
	# the VM has no arena: it says so, and calls nothing a soundness bug
	"$bpfvet" run "$bpfdir/arena.o" count_hits > "$tmp/arena_run" 2>&1; rc=$?
	if [ $rc -eq 1 ] && grep -q "uses an arena, which the VM does not run yet" "$tmp/arena_run" &&
	   ! grep -q "soundness" "$tmp/arena_run"; then
		echo "ok   run of an arena program says the VM lacks arenas"
	else
		echo "FAIL run of an arena program (exit $rc): $(cat "$tmp/arena_run")"; fail=1
	fi
fi

# global functions' __arg_trusted / __arg_untrusted arguments
# (tests/bpf-tags/global_arg_tags.bpf.c): each refusal explained from the
# tags, and the fixes as written accepted (global_arg_tags_fixed.bpf.c;
# the kernel's verdicts are checked by verify_vs_kernel)
if [ -f "$bpfdir/global_arg_tags.o" ]; then
	diag_rows global_arg_tags:null_to_trusted:global-func-args:'without __arg_nullable the argument may not be NULL' \
		 global_arg_tags:maybe_null_to_trusted:global-func-args:'Check it first: `if (!p) return 0;` before the call' \
		 global_arg_tags:ctx_to_trusted:global-func-args:'`(void *)ctx[0]` for the first' \
		 global_arg_tags:stack_to_trusted:global-func-args:'give the parameter a type of the program' \
		 global_arg_tags:member_to_trusted:global-func-args:'not to a member 8 bytes in' \
		 global_arg_tags:trusted_and_nonnull:global-func-args:'Drop __arg_nonnull' \
		 global_arg_tags:unknown_kernel_type:global-func-args:'looks `struct no_such_kernel_struct` up by name' \
		 global_arg_tags:void_trusted:global-func-args:'`struct task_struct *t __arg_trusted`' \
		 global_arg_tags:task_as_union:global-func-args:'make the parameter `void *p __arg_untrusted`' \
		 global_arg_tags:release_borrowed:untrusted-pointer:'the caller lends the pointer for the call' \
		 global_arg_tags:nullable_unchecked:global-func-args:'own argument, tagged __arg_nullable, passed on' \
		 global_arg_tags:second_arg_ctx:global-func-args:'the array of the hook' \
		 global_arg_tags:current_task_number:global-func-args:'Call bpf_get_current_task_btf() instead' \
		 global_arg_tags:raw_tp_arg:global-func-args:'an argument of a tp_btf, fentry or fexit program' \
		 global_arg_tags:untrusted_written:readonly-write:'tagged __arg_untrusted: the function may be given any value' \
		 global_arg_tags:untrusted_with_nullable:global-func-args:'Keep only __arg_untrusted' \
		 global_arg_tags:untrusted_float_arg:global-func-args:'Make the parameter `void *`' \
		 global_arg_tags:untrusted_pointer_pointer:global-func-args:'bpf_probe_read_kernel(&q, sizeof(q), p)' \
		 global_arg_tags:untrusted_passed_as_trusted:global-func-args:'tag its parameter `__arg_untrusted` instead' \
		 global_arg_tags:untrusted_acquired:untrusted-pointer:'Tag the parameter `__arg_trusted` instead'
	check "the tagged-argument fixes are accepted" 0 "$bpfvet" check "$bpfdir/global_arg_tags_fixed.o"
fi

# workqueues (tests/bpf/workqueue.bpf.c): each refusal explained, the
# fixes as written accepted (workqueue_fixed.bpf.c)
if [ -f "$bpfdir/workqueue.o" ]; then
	diag_rows workqueue:init_with_key:helper-arg-type:'Pass the map itself' \
		 workqueue:init_with_other_map:helper-arg-type:'R1 points into a value of map work, but R2 is map other_work' \
		 workqueue:start_wrong_field:helper-arg-type:'which the map value holds at byte 8' \
		 workqueue:wq_on_stack:helper-arg-type:'cannot be on the stack' \
		 workqueue:map_without_wq:helper-arg-type:'Add `struct bpf_wq wq;` to the value struct' \
		 workqueue:read_wq_bytes:spin-lock:'The struct bpf_wq inside the map value belongs to the kernel' \
		 workqueue:wq_in_kprobe:helper-not-allowed:'map whose value holds a struct bpf_wq' \
		 workqueue:callback_returns_one:return-value:'Replace `return 1;` with `return 0;`'
	check "the workqueue fixes are accepted" 0 "$bpfvet" check "$bpfdir/workqueue_fixed.o"
fi

# an object whose BTF the kernel refuses (tests/bpf/btf_refused.bpf.c: a
# naked function's argument has no name): said before the verdicts, which
# are those of a load without BTF (the map's lock unknown, the global
# function verified as a static one); the refusal line itself is checked
# against the kernel's by verify_vs_kernel; the fixes as written accepted
if [ -f "$bpfdir/btf_refused.o" ] && [ -f "$bpfdir/btf_refused_fixed.o" ]; then
	check "check: an object whose BTF the kernel refuses" 1 "$bpfvet" check "$bpfdir/btf_refused.o"
	grep_out "check: the BTF refusal said first" "^note: the kernel refuses this object's BTF: \[[0-9]*\] FUNC naked_zero type_id=[0-9]* Invalid arg#1$"
	grep_out "check: a global function verified as a static one" "^read_local: accepted"
	diag_rows btf_refused:count_locked:spin-lock:'declare it `naked_zero(void)` and read the argument from its register (r1)'
	check "info --json: the BTF refusal" 0 "$bpfvet" info --json "$bpfdir/btf_refused.o"
	grep_out "info --json: the BTF refusal" '"btf_refused":"\[[0-9]*\] FUNC naked_zero type_id=[0-9]* Invalid arg#1"'
	check "the BTF-refusal fixes are accepted" 0 "$bpfvet" check "$bpfdir/btf_refused_fixed.o"
	if grep -q 'refuses' "$tmp/out"; then echo "FAIL the fixed object's BTF is taken"; fail=1; else echo "ok   the fixed object's BTF is taken"; fi
fi

# and each held-out batch with the fixes its diagnoses suggested, applied as
# written, is accepted
for b in fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth nineteenth_tags twentieth twentyfirst twentyfirst_kptr twentysecond twentysecond_graph twentythird twentyfourth twentyfifth twentysixth twentyseventh twentyeighth twentyninth thirtieth thirtyfirst thirtysecond thirtythird thirtythird_lic thirtyfourth thirtyfifth thirtysixth thirtyseventh thirtyeighth thirtyninth fortieth fortyfirst fortysecond selftest_shapes selftest_shapes_kptr selftest_shapes2 selftest_shapes3 selftest_shapes4; do
	if [ -f "$bpfdir/diagnose_${b}_fixed.o" ]; then
		check "the suggested fixes are accepted ($b batch)" 0 "$bpfvet" check "$bpfdir/diagnose_${b}_fixed.o"
	fi
done

# explanations in SARIF, on the example whose cause is known (the check
# on a copy, line 16 of bad.bpf.c; the failing call on line 18)
exdir=$(dirname "$(dirname "$bpfdir")")/examples
if [ -f "$exdir/bound-on-other-register/bad.o" ]; then
	check "check --sarif" 1 "$bpfvet" check --sarif "$tmp/out.sarif" "$exdir/bound-on-other-register/bad.o"
	if grep -q '"version":"2.1.0"' "$tmp/out.sarif" &&
	   grep -q '"ruleId":"bound-on-other-register"' "$tmp/out.sarif" &&
	   grep -q 'bad.bpf.c"},"region":{"startLine":18}' "$tmp/out.sarif" &&
	   grep -q 'bad.bpf.c"},"region":{"startLine":16}},"id":1,"message":{"text":"insn 5: the check, on another register"}' "$tmp/out.sarif"; then
		echo "ok   check --sarif names the rule and the lines"
	else
		echo "FAIL check --sarif"; cat "$tmp/out.sarif"; fail=1
	fi
	check "check --sarif to a bad path" 2 "$bpfvet" check --sarif /nonexistent/dir/x.sarif "$exdir/bound-on-other-register/bad.o"
fi

if [ "$(id -u)" = 0 ]; then
	check "kernel agrees: ok" 0 "$bpfvet" kernel "$tmp/check.s" ok
	check "kernel agrees: unknown helper" 1 "$bpfvet" kernel "$tmp/check.s" unk
	grep_out "kernel: unknown helper" "unk: rejected: invalid func unknown#999"
	check "kernel agrees: stats" 0 "$bpfvet" kernel --log-level 2 --tail 0 "$tmp/check.s" ok
	grep_out "kernel: stats" "^processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0$"
	check "kernel accepts" 0 "$bpfvet" kernel "$bpfdir/subprogs.o"
	grep_out "kernel verdict line" "xdp_count: accepted"
	printf '.prog bad socket\n r0 = r9\n exit\n' > "$tmp/bad.s"
	check "kernel rejects" 1 "$bpfvet" kernel "$tmp/bad.s"
	grep_out "kernel error line" "bad: rejected: R9 !read_ok"
fi
exit $fail
