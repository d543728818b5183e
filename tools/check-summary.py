#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Count the test points of a `prove -v` log and print "N passed, N failed".

A test file that died without reporting a failing point (a crash, a bad
plan) counts as one failure more, so nothing can pass by going quiet.
Exit status: 0 if nothing failed.
"""
import re
import sys


def main(path):
    with open(path, errors='replace') as f:
        log = f.read()
    passed = len(re.findall(r'^ok \d+', log, re.M))
    failed = len(re.findall(r'^not ok \d+', log, re.M))
    for m in re.finditer(r'^(\S+) \(Wstat: (\d+) Tests: \d+ Failed: (\d+)\)', log, re.M):
        if int(m.group(2)) != 0 and int(m.group(3)) == 0:
            failed += 1
    failed += len(re.findall(r'^\s+Parse errors:', log, re.M))
    if not re.search(r'^Files=\d+, Tests=\d+', log, re.M):
        failed += 1     # prove itself did not finish
    print(f'{passed} passed, {failed} failed')
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
