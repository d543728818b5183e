#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: no new-flow path may cost more instructions than the old flow.

For every port with both an old and a new flow, each path measured by
tools/measure.py (kernel_thread, kernel_execve, fork, execve, fork_regs,
execve_regs) must execute no more instructions in the new flow than in the
old -- unless docs/measure-exceptions.txt has a line "<port> <path>: <reason>"
explaining it.  The figures are read from build/measure/<port>.json (make
measure) when it is newer than both kernels of the port; otherwise the
paths are measured here (tools/measure.py --paths-only --runs 1) into
build/tests/measure.
"""
import glob
import json
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
import measure  # noqa: E402

EXCEPTIONS = os.path.join(TOP, 'docs', 'measure-exceptions.txt')


def exceptions():
    out = {}
    with open(EXCEPTIONS) as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            m = re.match(r'^(\S+) (\S+): (\S.*)$', line)
            if not m or m.group(2) not in measure.PATHS:
                print('Bail out! %s:%d: not "<port> <path>: <reason>"' % (EXCEPTIONS, n))
                sys.exit(1)
            out[(m.group(1), m.group(2))] = m.group(3)
    return out


def load(port):
    fresh = os.path.join(TOP, 'build', 'measure', port + '.json')
    kernels = [os.path.join(TOP, 'build', '%s-%s' % (port, f), 'vmlinux') for f in measure.FLOWS]
    if os.path.exists(fresh) and all(os.path.exists(k) and os.path.getmtime(k) <
                                     os.path.getmtime(fresh) for k in kernels):
        path = fresh
    else:
        out = os.path.join('build', 'tests', 'measure')
        subprocess.run([sys.executable, os.path.join(TOP, 'tools', 'measure.py'), '--paths-only',
                        '--runs', '1', '--ports', port, '--out', out],
                       cwd=TOP, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(TOP, out, port + '.json')
    with open(path) as f:
        return json.load(f), os.path.relpath(path, TOP)


def main():
    exc = exceptions()
    lines = []
    for port, srcarch, flows in measure.ports():
        if not all(f in flows for f in measure.FLOWS):
            lines.append('ok - %s # SKIP no old flow: nothing to compare' % port)
            continue
        try:
            data, src = load(port)
        except (OSError, ValueError) as e:
            lines.append('not ok - %s: not measured (%s)' % (port, e))
            continue
        ins = {f: data['flow'].get(f, {}).get('paths', {}).get('instructions', {})
               for f in measure.FLOWS}
        for path in measure.PATHS:
            o, n = ins['old'].get(path), ins['new'].get(path)
            name = '%s %s' % (port, path)
            if o is None or n is None:
                lines.append('not ok - %s: not measured: %s' % (
                    name, '; '.join(data.get('notes', [])) or 'no figure'))
            elif n <= o:
                lines.append('ok - %s: new %d <= old %d (%s)' % (name, n, o, src))
                if (port, path) in exc:
                    lines.append('# %s: exception no longer needed' % name)
            elif (port, path) in exc:
                lines.append('ok - %s: new %d > old %d, explained in docs/measure-exceptions.txt'
                             % (name, n, o))
            else:
                lines.append('not ok - %s: new %d > old %d instructions, and '
                             'docs/measure-exceptions.txt does not explain it' % (name, n, o))
    tests = [l for l in lines if not l.startswith('#')]
    print('1..%d' % len(tests))
    i = 0
    for l in lines:
        if l.startswith('#'):
            print(l)
            continue
        i += 1
        print(re.sub(r'^(not ok|ok) -', r'\1 %d -' % i, l))


main()
