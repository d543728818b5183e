#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# TAP: make html builds the guide, with the measurements it shows, from the
# boots and the negative control that make check has just run.
# tests/docs.t, tests/browser.t and tests/measure.t then read what it built.
cd "$(dirname "$0")/.."
echo "1..1"
if make -s html > build/html.log 2>&1; then
	echo "ok 1 - make html builds the guide and its measurements"
else
	tail -20 build/html.log | sed 's/^/# /'
	echo "not ok 1 - make html builds the guide and its measurements"
fi
