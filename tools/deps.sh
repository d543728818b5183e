#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# usage: tools/deps.sh [--check]
#
# Install the Debian packages the project needs and this machine lacks: the
# guide's tools, and for every reference port the DEPS of its
# arch-examples/*/*.mk (cross GCC, UAPI headers, QEMU).  Installs only what
# is missing and says what.  --check only reports; as a non-root user it
# prints the apt-get line to run.
set -eu
cd "$(dirname "$0")/.."

common="make gcc perl python3 python3-pyelftools cpio util-linux patch findutils python3-sphinx python3-breathe
	python3-docutils doxygen graphviz furo python3-matplotlib chromium
	fonts-dejavu-core"
ports=$(sed -n 's/^DEPS[[:space:]]*:=//p' arch-examples/*/*.mk)
wanted=$(printf '%s\n' $common $ports | sort -u)

installed=$(dpkg-query -W -f='${Package} ${Status}\n' $wanted 2>/dev/null |
	awk '$NF == "installed" { print $1 }')
missing=$(printf '%s\n' $wanted | grep -vxF "$installed" || true)
[ -z "$missing" ] && exit 0

missing=$(echo $missing)
if [ "${1:-}" = --check ]; then
	echo "missing Debian packages: $missing (run make deps)" >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "missing Debian packages; as root, run:" >&2
	echo "  apt-get update && apt-get install -y --no-install-recommends $missing" >&2
	exit 1
fi
echo "make deps: installing $missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing
