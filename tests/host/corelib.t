#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: the core's C library, built with a port's kernel flags, is right.

For every checked port whose .mk names CORELIB_MISCOMPILED (the
optimization flags its compiler is known to get wrong), build
tests/corelib/main.c with reference/lib/string.c and vsprintf.c at the
kernel's own flags and run it under the port's qemu-user
(`make -f tools/kernel.mk ARCH=... corelib`): every check must pass.  Then
build it again with CORELIB_MISCOMPILED added last: some check must fail,
or the compiler bug that sets the port's optimization level is gone and
the .mk (and its arch page) should say so.  Ports without the variable
skip: their kernels boot at the flags tools/kernel.mk gives.
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, tap  # noqa: E402


def main():
    t = tap.Tap()
    for port in ports.checked():
        flow = port.flows[-1]
        bad_opt = ports.mk_vars(port.name, flow, ['CORELIB_MISCOMPILED'])['CORELIB_MISCOMPILED']
        if not bad_opt:
            t.skip('%s: core C library at the kernel flags' % port.name,
                   'no CORELIB_MISCOMPILED in its .mk')
            continue
        res = ports.kmake(port.name, flow, 'corelib')
        out = res.stdout + res.stderr
        t.ok(res.returncode == 0 and 'not ok' not in out,
             '%s: core C library right at the kernel flags (qemu-user)' % port.name,
             [l for l in out.splitlines() if l.startswith('not ok')] or out.splitlines()[-5:])
        res = ports.kmake(port.name, flow, 'corelib', 'CORELIB_OPT=' + bad_opt)
        out = res.stdout + res.stderr
        failed = [l for l in out.splitlines() if l.startswith('not ok')]
        t.ok(res.returncode != 0 and failed,
             '%s: at %s the compiler still miscompiles it (%s)'
             % (port.name, bad_opt, ', '.join(l.split()[-1] for l in failed) or 'nothing'),
             out.splitlines()[-5:])
    t.done()


if __name__ == '__main__':
    main()
