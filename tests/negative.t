#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""The negative control: a boot test that cannot catch a broken port is no test.

Each tests/negative/*.patch breaks one conversion step of one port (or the
generic core) and names, in its header, the port ("Boot: ARCH FLOW") and
either the boot-test case that must then fail ("Expect: CASE") or what the
kernel must say on the console ("Expect-console: TEXT", e.g. a panic).  For each, copy the sources, apply the patch,
build, boot, and check that the boot fails and that it fails *by name*.
The same patches are the onboarding exercises of the guide.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import tap  # noqa: E402

COPY = ['reference', 'arch-examples', 'tests', 'tools']


def header(path):
    with open(path) as f:
        text = f.read()
    boot = re.search(r'^Boot: (\S+) (\S+)$', text, re.M)
    expect = re.search(r'^Expect(-console)?: (.+)$', text, re.M)
    if not boot or not expect:
        return None
    return boot.group(1), boot.group(2), (bool(expect.group(1)), expect.group(2).strip())


def run(patch):
    """Returns (ok, description, diagnostics)."""
    name = os.path.basename(patch)[:-len('.patch')]
    meta = header(patch)
    if not meta:
        return False, f'{name}: header has "Boot: ARCH FLOW" and "Expect: CASE"', []
    arch, flow, (on_console, expect) = meta
    tree = os.path.join(TOP, 'build', 'negative', name)
    shutil.rmtree(tree, ignore_errors=True)
    os.makedirs(tree)
    for d in COPY:
        shutil.copytree(os.path.join(TOP, d), os.path.join(tree, d),
                        ignore=shutil.ignore_patterns('__pycache__'))
    # Start from the unbroken build, if there is one: only what the patch
    # touches is rebuilt (copytree keeps the timestamps make compares).
    built = os.path.join(TOP, 'build', f'{arch}-{flow}')
    if os.path.isdir(built):
        shutil.copytree(built, os.path.join(tree, 'build', f'{arch}-{flow}'))
    applied = subprocess.run(['patch', '-p1', '-s', '-i', patch], cwd=tree,
                             capture_output=True, text=True)
    if applied.returncode:
        return False, f'{name}: patch applies', ['# ' + applied.stdout + applied.stderr]
    boot = subprocess.run(['make', '-s', '-j2', '-f', 'tools/kernel.mk', f'ARCH={arch}',
                           f'FLOW={flow}', 'BOOT_TIMEOUT=30', 'RUN_FLAGS=--tap', 'boot'],
                          cwd=tree, capture_output=True, text=True)
    results = os.path.join(tree, 'build', 'results', f'{arch}-{flow}.json')
    cases = {}
    if os.path.exists(results):
        with open(results) as f:
            cases = json.load(f)['cases']
    if on_console:
        log = os.path.join(tree, 'build', f'{arch}-{flow}', 'boot.log')
        with open(log, errors='replace') as f:
            ok = boot.returncode != 0 and expect in f.read()
        what = f'says "{expect}"'
    else:
        ok = boot.returncode != 0 and cases.get(expect) == 'not ok'
        what = f'fails with "not ok ... {expect}"'
    diag = [] if ok else ['# ' + l for l in (boot.stdout + boot.stderr).splitlines()[-10:]]
    return ok, f'{name}: {arch} {flow} boot {what}', diag


def main():
    """Print TAP, and keep a copy in build/negative/negative.tap for the guide."""
    t = tap.Tap(copy=os.path.join(TOP, 'build', 'negative', 'negative.tap'))
    for patch in sorted(glob.glob(os.path.join(TOP, 'tests', 'negative', '*.patch'))):
        t.ok(*run(patch))
    t.done()


if __name__ == '__main__':
    main()
