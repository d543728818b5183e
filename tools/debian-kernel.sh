#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# usage: tools/debian-kernel.sh DEBIAN_ARCH PACKAGE
#
# Prints the path of the kernel image of Debian 12's PACKAGE for
# DEBIAN_ARCH (a metapackage such as linux-image-cloud-arm64, resolved to
# the linux-image-<version>-<flavour> it depends on), fetching it first if
# it is not cached.  The cache is outside the source tree and outside
# dpkg's database: apt-get gets its own package lists and archive
# directory there, and dpkg -x unpacks only the image; nothing is
# installed.  A kernel once cached is used again without the network.
set -eu
arch=$1 pkg=$2
top=${XDG_CACHE_HOME:-$HOME/.cache}/kernel-thread-guide/debian/$arch
known=$top/$pkg.image
fail() { echo "debian-kernel: $pkg ($arch): $1" >&2; exit 1; }

if [ -f "$known" ] && [ -f "$(cat "$known")" ]; then
	cat "$known"
	exit 0
fi
mkdir -p "$top/lists/partial" "$top/archives/partial"
apt="-o APT::Architecture=$arch -o APT::Architectures=$arch \
 -o Dir::State::Lists=$top/lists -o Dir::State::Status=/dev/null \
 -o Dir::Cache=$top -o Dir::Cache::archives=$top/archives -o APT::Sandbox::User=root"
# shellcheck disable=SC2086
apt-get -q --error-on=any $apt update >"$top/update.log" 2>&1 ||
	fail "apt-get update failed (no network? see $top/update.log)"
# The metapackage names the versioned image package it depends on.
# shellcheck disable=SC2086
image=$(apt-cache $apt depends "$pkg" 2>/dev/null |
	sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n 1)
[ -n "$image" ] || fail "Debian's archive has no $pkg with a linux-image-<version> dependency"
# shellcheck disable=SC2086
(cd "$top/archives" && apt-get -q $apt download "$image" >"$top/download.log" 2>&1) ||
	fail "apt-get download $image failed (no network? see $top/download.log)"
deb=$(ls "$top/archives/${image}_"*.deb | head -n 1)
dpkg-deb --fsys-tarfile "$deb" | (cd "$top" && tar -x --wildcards './boot/vmlinu*') ||
	fail "$deb holds no /boot/vmlinu*"
img=$(ls "$top"/boot/vmlinu*-"${image#linux-image-}" | head -n 1)
[ -f "$img" ] || fail "no kernel image for $image in $deb"
echo "$img" > "$known"
echo "$img"
