# SPDX-License-Identifier: GPL-2.0
"""The reference ports: arch-examples/<srcarch>/<port>.mk, and its flows,
arch-examples/<srcarch>/<flow>/Kconfig.  The one place that knows this
layout; the Makefile spells the same rule for make."""
import glob
import os
import re
import subprocess
from dataclasses import dataclass

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The flows, in history's order; a port may have any subset.
FLOWS = ('old', 'new')


@dataclass(frozen=True)
class Port:
    name: str       # ARCH=, e.g. x86_64
    srcarch: str    # its arch-examples/ directory, e.g. x86
    flows: tuple    # ('old', 'new'), or ('new',)

    @property
    def boots(self):
        return ['%s-%s' % (self.name, f) for f in self.flows]

    def has_both(self):
        return all(f in self.flows for f in FLOWS)


def ports():
    """Every reference port, sorted by name."""
    out = []
    for mk in glob.glob(os.path.join(TOP, 'arch-examples', '*', '*.mk')):
        srcdir = os.path.dirname(mk)
        found = {os.path.basename(os.path.dirname(k))
                 for k in glob.glob(os.path.join(srcdir, '*', 'Kconfig'))}
        flows = tuple(f for f in FLOWS if f in found) + tuple(sorted(found - set(FLOWS)))
        out.append(Port(os.path.basename(mk)[:-3], os.path.basename(srcdir), flows))
    return sorted(out, key=lambda p: p.name)


def checked():
    """The ports this make check runs: those of `make check PORTS=...`
    (make puts a command-line variable in its recipes' environment), else
    every port."""
    only = os.environ.get('PORTS', '').split()
    return [p for p in ports() if not only or p.name in only]


def kmake(port, flow, *targets, quiet=True):
    """make -f tools/kernel.mk ARCH=port FLOW=flow targets..."""
    cmd = ['make', '-s', '--no-print-directory', '-f', 'tools/kernel.mk',
           'ARCH=' + port, 'FLOW=' + flow] + list(targets)
    return subprocess.run(cmd, cwd=TOP, capture_output=quiet, text=True)


def mk_vars(port, flow, names):
    """{name: value} of make variables as tools/kernel.mk sets them for
    (port, flow): the .mk's own and the defaults kernel.mk gives."""
    res = kmake(port, flow, *['print-' + n for n in names])
    if res.returncode:
        raise RuntimeError((res.stderr.strip().splitlines() or ['make failed'])[-1])
    lines = res.stdout.split('\n')
    return dict(zip(names, lines))


def make_pattern(pat):
    """A make pattern ('%_32.c') as a compiled regular expression."""
    return re.compile('^' + '.*'.join(re.escape(p) for p in pat.split('%', 1)) + '$')
