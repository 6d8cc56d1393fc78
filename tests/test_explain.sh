#!/bin/sh
# bpfvet explain on logs the kernel produced (tests/explain/CLASS.log): the
# class must be found from the log alone, without the object; libbpf's
# wrapping around a log must not matter.
bpfvet=$1 dir=$2
fail=0 n=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for log in "$dir"/*.log; do
	class=$(basename "$log" .log)
	n=$((n + 1))
	if ! "$bpfvet" explain --json "$log" > "$tmp/out"; then
		echo "FAIL $class: bpfvet explain failed"; fail=1; continue
	fi
	if grep -q "\"diagnosis\":{\"class\":\"$class\"" "$tmp/out"; then
		echo "ok   $class"
	else
		echo "FAIL $class: got $(grep -o '"class":"[^"]*"' "$tmp/out")"; fail=1
	fi
done
# every line of file $1 (when it exists) appears in file $2
has_all() {
	[ -f "$1" ] || return 0
	while IFS= read -r w; do
		grep -qF -- "$w" "$2" || return 1
	done < "$1"
}
# held-out rejections (tests/bpf/diagnose_fourth.bpf.c), CLASS.PROG.log,
# the kernel's level-1 logs, the longest cut to its last 300 lines; where
# CLASS.PROG.want exists, the explanation must also contain each of its lines
for log in "$dir"/held-out/*.log; do
	[ -f "$log" ] || continue
	class=$(basename "$log" .log) class=${class%%.*}
	want="${log%.log}.want"
	n=$((n + 1))
	if "$bpfvet" explain --json "$log" > "$tmp/out" && grep -q "\"diagnosis\":{\"class\":\"$class\"" "$tmp/out" &&
	   has_all "$want" "$tmp/out"; then
		echo "ok   held-out $(basename "$log"): $class"
	else
		echo "FAIL held-out $(basename "$log"): got $(grep -o '"class":"[^"]*"' "$tmp/out")"; fail=1
	fi
done
# a log walks paths, not addresses: the second path of evict_big goes back
# to insns 11-21, printed after insn 22, and each keeps the source line the
# log printed above it (insn 18 under line 77), not the last line seen
# before it in the text; a copy (`r1 = r6`) of a pointer the unlock ended
# is as dead, so the class is the non-owning reference's
log="$dir/held-out/object-ownership.evict_big.log"
if [ -f "$log" ]; then
	n=$((n + 1))
	if "$bpfvet" explain --json "$log" > "$tmp/out" &&
	   grep -qF '{"insn":18,"role":"the lock released here","file":"diagnose_twentysecond_graph.bpf.c","line":77' "$tmp/out" &&
	   grep -qF '{"insn":15,"role":"the owning pointer returned here"' "$tmp/out"; then
		echo "ok   source lines of a log's later path"
	else
		echo "FAIL source lines of a log's later path: $(cat "$tmp/out")"; fail=1
	fi
fi
# logs of tests/bpf programs (observed/CLASS.PROG.log) whose explanation
# must also say what CLASS.PROG.want holds: the log alone names the kfuncs,
# the instructions and the registers it needs
for log in "$dir"/observed/*.log; do
	[ -f "$log" ] || continue
	class=$(basename "$log" .log) class=${class%%.*}
	want=$(cat "${log%.log}.want")
	n=$((n + 1))
	if "$bpfvet" explain --json "$log" > "$tmp/out" && grep -q "\"diagnosis\":{\"class\":\"$class\"" "$tmp/out" &&
	   grep -qF "$want" "$tmp/out"; then
		echo "ok   observed $(basename "$log"): $class"
	else
		echo "FAIL observed $(basename "$log"): expected $class with $want: $(cat "$tmp/out")"; fail=1
	fi
done
# the same log as libbpf prints it
{
	echo "libbpf: prog 'count_proto': BPF program load failed: Permission denied"
	echo "libbpf: prog 'count_proto': -- BEGIN PROG LOAD LOG --"
	cat "$dir/null-map-value.log"
	echo "-- END PROG LOAD LOG --"
	echo "libbpf: prog 'count_proto': failed to load: -13"
	echo "libbpf: failed to load object 'bad.o'"
} > "$tmp/libbpf.txt"
if "$bpfvet" explain - < "$tmp/libbpf.txt" > "$tmp/out" && grep -q "class: null-map-value" "$tmp/out" &&
   grep -q "rejected: R0 invalid mem access 'map_value_or_null'" "$tmp/out"; then
	echo "ok   a log inside libbpf's messages"
else
	echo "FAIL a log inside libbpf's messages"; cat "$tmp/out"; fail=1
fi
printf 'no verifier here\n' > "$tmp/none.txt"
if "$bpfvet" explain "$tmp/none.txt" > /dev/null 2>&1; then
	echo "FAIL text without a rejection was explained"; fail=1
else
	echo "ok   text without a rejection is refused"
fi
echo "test_explain: $n logs"
exit $fail
