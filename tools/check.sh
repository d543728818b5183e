#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# usage: tools/check.sh ARCH-FLOW...   (called by make check)
#
# Every test in one prove run, scheduled by tests/testrules.yml: first a
# boot of every (architecture, flow), the boot test on real Linux under
# qemu-user for every architecture and under qemu-system with Debian's
# kernel where Debian has one, the negative control and the host-side
# tests of the tools, two at a time; then the guide and the measurements,
# made from those very boots (tests/guide.t); then the checks of the guide
# (Sphinx -W, a browser) and of old vs new instruction counts.
# Ends with the line "N passed, N failed".
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
	# Real Linux boots the same /init where Debian ships a kernel for the
	# port (DEBIAN_KERNEL in its .mk).
	[ -e "$gen/linux-$arch.t" ] ||
	[ -z "$(make -s -f tools/kernel.mk ARCH="$arch" FLOW="$flow" print-DEBIAN_KERNEL)" ] ||
	printf '#!/bin/sh\nexec make -s -f tools/kernel.mk ARCH=%s FLOW=%s KERNEL=debian RUN_FLAGS=--tap boot\n' \
		"$arch" "$flow" > "$gen/linux-$arch.t"
done
chmod +x "$gen"/*.t
export HARNESS_RULESFILE=tests/testrules.yml
prove -j2 -v "$gen"/*.t tests/*.t tests/host/*.t > build/check.log 2>&1
status=$?
grep -E '^(not ok|[^ ]+\.t \.\.|Result:)' build/check.log
tools/check-summary.py build/check.log || status=1
exit $status
