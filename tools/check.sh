#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# usage: tools/check.sh ARCH-FLOW...   (called by make check)
#
# Every test, as TAP run by prove, in two rounds: first a boot of every
# (architecture, flow), the boot test on real Linux under qemu-user for
# every architecture, the negative control and the host-side tests of the
# tools; then the measurements and the guide, built from those very boots,
# checked by Sphinx and in a browser, and old vs new instruction counts.  Ends with the line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
gen=build/tests
rm -rf "$gen" build/results
mkdir -p "$gen"
for boot in "$@"; do
	arch=${boot%-*} flow=${boot##*-}
	printf '#!/bin/sh\nexec make -s -f tools/kernel.mk ARCH=%s FLOW=%s RUN_FLAGS=--tap boot\n' \
		"$arch" "$flow" > "$gen/boot-$boot.t"
	[ -e "$gen/oracle-$arch.t" ] ||
	printf '#!/bin/sh\nexec make -s -f tools/kernel.mk ARCH=%s FLOW=%s RUN_FLAGS=--tap oracle\n' \
		"$arch" "$flow" > "$gen/oracle-$arch.t"
done
chmod +x "$gen"/*.t
status=0
prove -j2 -v "$gen"/*.t tests/negative.t tests/init.t tests/host/*.t > build/check.log 2>&1 || status=1
make -s html > build/html.log 2>&1 || { status=1; cat build/html.log; }
prove -j2 -v tests/docs.t tests/browser.t tests/measure.t >> build/check.log 2>&1 || status=1
grep -E '^(not ok|[^ ]+\.t \.\.|Result:)' build/check.log
tools/check-summary.py build/check.log || status=1
exit $status
