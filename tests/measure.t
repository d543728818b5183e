#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: no new-flow path may cost more instructions than the old flow.

For every port with both an old and a new flow, each path measured by
tools/measure.py (kernel_thread, kernel_execve, fork, execve, fork_regs,
execve_regs) must execute no more instructions in the new flow than in the
old -- unless docs/measure-exceptions.txt has a line "<port> <path>: +N ..."
explaining it, where N is exactly the measured difference.  An exception
whose path no longer costs more fails too: the file says what is true now.

The figures are build/measure/<port>.json (make html, make measure) when it
is newer than the port's kernels and than the measuring code, and says it
measured everything; otherwise the paths are measured here into
build/tests/measure (an old result there is removed first, and a failing
tools/measure.py fails the port).
"""
import glob
import json
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, tap  # noqa: E402
from lib.paths import PATHS  # noqa: E402

EXCEPTIONS = os.path.join(TOP, 'docs', 'measure-exceptions.txt')
TOOL = [os.path.join(TOP, 'tools', 'measure.py')] + \
    glob.glob(os.path.join(TOP, 'tools', 'lib', '*.py'))
T = tap.Tap()


def exceptions():
    """{(port, path): (+N, reason)} from docs/measure-exceptions.txt."""
    out = {}
    with open(EXCEPTIONS) as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            m = re.match(r'^(\S+) (\S+): \+(\d+)\b(.*)$', line)
            if not m or m.group(2) not in PATHS:
                T.bail('%s:%d: not "<port> <path>: +N <reason>"' % (EXCEPTIONS, n))
            out[(m.group(1), m.group(2))] = int(m.group(3))
    return out


def fresh(path, port):
    if not os.path.exists(path):
        return False
    t = os.path.getmtime(path)
    deps = TOOL + [os.path.join(TOP, 'build', '%s-%s' % (port.name, f), 'vmlinux')
                   for f in port.flows]
    return all(os.path.exists(d) and os.path.getmtime(d) < t for d in deps)


def load(port):
    """(figures, where from), or raise RuntimeError saying why not."""
    made = os.path.join(TOP, 'build', 'measure', port.name + '.json')
    if fresh(made, port):
        with open(made) as f:
            data = json.load(f)
        if not data['notes']:
            return data, os.path.relpath(made, TOP)
    out = os.path.join('build', 'tests', 'measure')
    path = os.path.join(TOP, out, port.name + '.json')
    if os.path.exists(path):
        os.remove(path)
    res = subprocess.run([sys.executable, TOOL[0], '--paths-only', '--runs', '1',
                          '--ports', port.name, '--out', out],
                         cwd=TOP, capture_output=True, text=True)
    if res.returncode:
        raise RuntimeError((res.stderr.strip() or 'tools/measure.py failed').splitlines())
    with open(path) as f:
        return json.load(f), os.path.relpath(path, TOP)


def main():
    exc = exceptions()
    for port in ports.ports():
        if not port.has_both():
            T.skip(port.name, 'no old flow: nothing to compare')
            continue
        try:
            data, src = load(port)
        except (RuntimeError, OSError, ValueError) as e:
            T.ok(False, '%s: measured' % port.name, e.args[0])
            continue
        if data.get('paths_skipped'):
            T.skip(port.name, 'paths not measured: ' + data['paths_skipped'])
            continue
        ins = {f: data['flow'][f]['paths']['instructions'] for f in ports.FLOWS}
        for path in PATHS:
            o, n = ins['old'].get(path), ins['new'].get(path)
            name = '%s %s' % (port.name, path)
            if o is None or n is None:
                T.ok(False, '%s: measured' % name, 'no figure in ' + src)
            elif (port.name, path) in exc:
                want = exc[(port.name, path)]
                T.ok(n - o == want, '%s: new %d - old %d = +%d, as explained in '
                     'docs/measure-exceptions.txt' % (name, n, o, want),
                     'measured %+d: correct or remove the line in %s' %
                     (n - o, os.path.relpath(EXCEPTIONS, TOP)))
            else:
                T.ok(n <= o, '%s: new %d <= old %d (%s)' % (name, n, o, src),
                     'new costs %+d and docs/measure-exceptions.txt does not explain it'
                     % (n - o))
    for port, path in sorted(set(exc) - {(p.name, x) for p in ports.ports() for x in PATHS}):
        T.ok(False, '%s %s: an exception for a port or path that does not exist' % (port, path))
    T.done()


main()
