#!/bin/sh
# bpfvet check --html: the page of a rejection, looked at the way a person
# would: headless Chromium takes a screenshot of the first screen, and the
# failing source line must be on it and marked (its colour, #ffb3b3, in a
# band across the page), with the lines of the failing path marked too
# (#fff0b3).  Skips without Chromium (Debian's chromium package).
bpfvet=$1 png_color=$2 obj=$3
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
[ -n "$browser" ] || { echo "no chromium: the HTML page is not looked at (apt-get install chromium)"; exit 77; }
[ -f "$obj" ] || { echo "no example object $obj (clang missing?)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
"$bpfvet" check --html "$tmp/page.html" "$obj" > /dev/null
[ -s "$tmp/page.html" ] || { echo "FAIL no page written"; exit 1; }
grep -q 'class="src fail" id="fail"' "$tmp/page.html" || { echo "FAIL the failing line is not marked in the page"; fail=1; }
grep -q 'bound-on-other-register' "$tmp/page.html" || { echo "FAIL the class is not on the page"; fail=1; }
HOME=$tmp timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-color-profile=srgb \
	--window-size=1280,900 --screenshot="$tmp/page.png" "file://$tmp/page.html" > "$tmp/chromium.log" 2>&1
[ -s "$tmp/page.png" ] || { echo "FAIL chromium took no screenshot"; tail -5 "$tmp/chromium.log"; exit 1; }
set -- $("$png_color" "$tmp/page.png" ffb3b3)
if [ "${1:-0}" -gt 20000 ] && [ "${2:--1}" -ge 0 ] && [ "$2" -lt 900 ]; then
	echo "ok   the failing line is on the first screen, marked ($1 pixels from row $2)"
else
	echo "FAIL the failing line is not visible and marked (pixels: ${1:-?}, first row: ${2:-?})"; fail=1
fi
set -- $("$png_color" "$tmp/page.png" fff0b3)
if [ "${1:-0}" -gt 20000 ]; then
	echo "ok   the failing path is marked ($1 pixels)"
else
	echo "FAIL the failing path is not marked (pixels: ${1:-?})"; fail=1
fi
exit $fail
