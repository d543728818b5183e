#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# usage: mkinitramfs.sh ROOTDIR OUT.cpio INIT_ELF BOOT_TEST_ELF
#
# Lay out the root file system the boot test expects and pack it as a
# reproducible cpio "newc" archive (the format Linux's initramfs takes):
#   init          the program to run as pid 1 (the boot test, or INIT=)
#   bin/selftest  the boot test, which the kernel's self-tests exec
#   etc/notelf    executable, but neither ELF nor a script: -ENOEXEC
#   bin/foreign   the boot test with e_machine set to no real machine: -ENOEXEC
set -eu
root=$1 out=$2 init=$3 selftest=$4
for f in "$init" "$selftest"; do
	[ -f "$f" ] || { echo "mkinitramfs: $f: no such file" >&2; exit 1; }
done
rm -rf "$root"
mkdir -p "$root/etc" "$root/bin"
cp "$init" "$root/init"
cp "$selftest" "$root/bin/selftest"
printf 'This file is executable but no program.\n' > "$root/etc/notelf"
cp "$selftest" "$root/bin/foreign"
printf '\376\376' | dd of="$root/bin/foreign" bs=1 seek=18 conv=notrunc status=none
chmod 0755 "$root/init" "$root/bin/selftest" "$root/etc/notelf" "$root/bin/foreign"
find "$root" -exec touch -h -d @0 {} +
(cd "$root" && find . -mindepth 1 -print0 | LC_ALL=C sort -z |
	cpio --null --quiet --reproducible -o -H newc -R 0:0) > "$out"
