#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# TAP: make boot INIT= boots a user's own static ELF as /init.
#
# Any static, libc-free ELF for the architecture will do; the boot test's
# own binary is one, so boot it through INIT= (a separate build directory,
# the custom-init verdict), and check that a missing file is refused with a
# one-line error.
cd "$(dirname "$0")/.."
echo "1..2"
elf=build/arm-new/boot-test
make -s -f tools/kernel.mk ARCH=arm FLOW=new "$elf" >/dev/null 2>&1
if out=$(make -s boot ARCH=arm FLOW=new INIT="$elf" 2>&1) &&
   echo "$out" | grep -q '^arm-new: PASS' && [ -e build/arm-new-init/vmlinux ]; then
	echo "ok 1 - make boot INIT=$elf boots it as /init and passes"
else
	echo "$out" | tail -5 | sed 's/^/# /'
	echo "not ok 1 - make boot INIT=$elf boots it as /init and passes"
fi
out=$(make -s boot ARCH=arm FLOW=new INIT=/no/such.elf 2>&1)
if [ $? -ne 0 ] && echo "$out" | grep -q 'INIT= must name a static ELF'; then
	echo "ok 2 - a missing INIT= file is a one-line error"
else
	echo "$out" | tail -5 | sed 's/^/# /'
	echo "not ok 2 - a missing INIT= file is a one-line error"
fi
