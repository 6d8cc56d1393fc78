#!/bin/sh
# The examples: for every class, bad.bpf.c must be rejected with that class
# and with the line marked "/* rejected */" among the places the diagnosis
# names, and fixed.bpf.c must be accepted.  Where bpf() works, the running
# kernel must agree: it rejects bad.o with the same line bpfvet prints and
# accepts fixed.o.  An example judged without CAP_BPF keeps "--unprivileged"
# in a file named flags.
bpfvet=$1 srcdir=$2 objdir=$3
fail=0 n=0
[ -d "$objdir" ] || { echo "no compiled examples in $objdir (clang missing?)"; exit 77; }
kernel=0
if [ "$(id -u)" = 0 ] && "$bpfvet" kernel "$objdir/mem-size-exceeds-buffer/fixed.o" >/dev/null 2>&1; then
	kernel=1
else
	echo "no bpf() here: checking bpfvet only"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad() { echo "FAIL $1: $2"; fail=1; }

for dir in "$srcdir"/*/; do
	class=$(basename "$dir")
	[ -f "$dir/bad.bpf.c" ] || continue
	if [ -f "$dir/needs-type-tags" ] && [ ! -f "$objdir/$class/bad.o" ]; then
		echo "skip $class: $(cat "$dir/needs-type-tags")"
		continue
	fi
	n=$((n + 1))
	flags=$(cat "$dir/flags" 2>/dev/null)
	b="$objdir/$class/bad.o" f="$objdir/$class/fixed.o"
	"$bpfvet" check --json $flags "$b" > "$tmp/bad.json"
	[ $? = 1 ] || bad "$class" "bpfvet does not reject bad.o"
	grep -q "\"diagnosis\":{\"class\":\"$class\"" "$tmp/bad.json" ||
		bad "$class" "class is $(grep -o '"class":"[^"]*"' "$tmp/bad.json" | head -1), expected $class"
	line=$(grep -n '/\* rejected \*/' "$dir/bad.bpf.c" | head -1 | cut -d: -f1)
	if [ -n "$line" ]; then
		grep -q "\"line\":$line,\"text\"" "$tmp/bad.json" ||
			bad "$class" "the diagnosis does not name line $line of bad.bpf.c"
	fi
	"$bpfvet" check $flags "$f" > "$tmp/fixed.txt" || bad "$class" "bpfvet rejects fixed.o: $(grep rejected "$tmp/fixed.txt")"
	if [ $kernel = 1 ]; then
		"$bpfvet" kernel $flags "$b" > "$tmp/kbad.txt" 2>&1
		[ $? = 1 ] || bad "$class" "the KERNEL does not reject bad.o: the example is wrong"
		"$bpfvet" check --no-explain $flags "$b" | grep ': rejected: ' | sort > "$tmp/ours"
		grep ': rejected: ' "$tmp/kbad.txt" | sed 's/ (errno [0-9]*)$//' | sort > "$tmp/theirs"
		cmp -s "$tmp/ours" "$tmp/theirs" || bad "$class" "bpfvet and the kernel reject differently: $(cat "$tmp/ours") / $(cat "$tmp/theirs")"
		"$bpfvet" kernel $flags "$f" > "$tmp/kfixed.txt" 2>&1 || bad "$class" "the KERNEL rejects fixed.o: $(grep rejected "$tmp/kfixed.txt")"
	fi
	[ $fail = 0 ] && echo "ok   $class"
done
echo "test_examples: $n examples"
[ $n -gt 0 ] || exit 77
exit $fail
