#!/bin/sh
# Loader vs libbpf: the program lists (always), and with bpf() access the
# kernel verdicts and the linked instructions (see tools/vs_libbpf.c).
# Objects: the tests' own, Debian's libxdp objects, and the shared corpus
# when present.  Exit 77 (skip) when no object is available.
tool=$1; shift
objs=""
for d in "$@"; do
	[ -d "$d" ] && objs="$objs $(find "$d" -name '*.o' | sort)"
done
[ -n "$objs" ] || { echo "no objects to compare"; exit 77; }
if [ "$(id -u)" = 0 ]; then
	exec "$tool" --load --min-agree 99 $objs
fi
echo "not root: comparing program lists only"
exec "$tool" $objs
