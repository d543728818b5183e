# SPDX-License-Identifier: GPL-2.0
"""Read the KTAP documents a guest printed among its console output.

A document starts at "KTAP version 1"; "# Subtest: NAME" names it (the
kernel's self-tests do; /init's document has no name and is called "init");
"1..N" is its plan; "ok N name [# SKIP reason]" and "not ok N name" are its
results; "Bail out! REASON" ends it early.  Lines that are none of these are console noise and are kept only
as diagnostics ("# ..." lines right before a result).

boot_checks() holds the rules by which a boot passes; tests/qemu-run and
tools/measure.py both judge a boot by them.
"""
import re
from dataclasses import dataclass, field

RESULT = re.compile(r'^(not ok|ok) (\d+) ([^#]*?)\s*(?:#\s*(\S+)\s*(.*))?$')


@dataclass
class Result:
    ok: bool
    number: int
    name: str
    directive: str = ''      # "SKIP" or ""
    reason: str = ''
    diagnostics: list = field(default_factory=list)

    @property
    def status(self):
        if not self.ok:
            return 'not ok'
        return 'skip' if self.directive.upper() == 'SKIP' else 'ok'


@dataclass
class Document:
    name: str = 'init'
    plan: int = -1
    results: list = field(default_factory=list)
    bail_out: str = None     # the reason of a "Bail out!" line

    def problems(self):
        """What is wrong with the document itself (not with its cases)."""
        out = []
        if self.bail_out is not None:
            out.append(f'{self.name}: bailed out after {len(self.results)} of '
                       f'{self.plan} results: {self.bail_out}')
        elif self.plan < 0:
            out.append(f'{self.name}: no plan line')
        elif len(self.results) != self.plan:
            out.append(f'{self.name}: plan 1..{self.plan} but {len(self.results)} results (truncated?)')
        for i, r in enumerate(self.results, 1):
            if r.number != i:
                out.append(f'{self.name}: result {r.name} numbered {r.number}, expected {i}')
                break
        return out


def parse(text):
    """Returns the list of Documents found in @text, in order."""
    docs = []
    pending = []
    for raw in text.splitlines():
        line = raw.rstrip('\r')
        if line.strip() == 'KTAP version 1':
            docs.append(Document())
            pending = []
            continue
        if not docs:
            continue
        doc = docs[-1]
        if doc.bail_out is not None:
            continue
        m = re.match(r'^Bail out!\s*(.*)$', line)
        if m:
            doc.bail_out = m.group(1)
            continue
        m = re.match(r'^# Subtest: (\S+)', line)
        if m and not doc.results:
            doc.name = m.group(1)
            continue
        m = re.match(r'^1\.\.(\d+)$', line)
        if m and doc.plan < 0:
            doc.plan = int(m.group(1))
            continue
        m = RESULT.match(line)
        if m:
            doc.results.append(Result(m.group(1) == 'ok', int(m.group(2)),
                                      m.group(3).strip(), m.group(4) or '',
                                      m.group(5) or '', pending))
            pending = []
        elif line.startswith('#'):
            pending.append(line)
    return docs


POWER_DOWN = 'reboot: Power down'


def boot_checks(console, status, ok_status, timeout, expect=('kernel', 'init'),
                power_down=POWER_DOWN, may_skip=()):
    """The checks of one boot, [(ok, description, diagnostics)], and its
    documents {name: Document}.  A boot passes only if every check is ok:
    each document of @expect was printed -- the reference kernel's
    self-tests ("kernel") and /init's boot test ("init"; not when /init is
    the user's own; alone when the kernel is real Linux) -- complete and
    with every case ok (a skip is not ok, only the qemu-user oracle may
    skip, and the cases of @may_skip: on real Linux, those the boot test
    runs only on the reference kernel), and the guest said @power_down and QEMU exited with @ok_status
    (None: timed out).  An empty @power_down is for a guest whose console
    stops before its last line, where @ok_status alone tells power-off from
    panic (s390 Linux: a panic is a disabled wait, which QEMU's
    -action panic=exit-failure turns into status 1)."""
    checks = []
    docs = {d.name: d for d in parse(console)}
    for name in expect:
        if name not in docs:
            checks.append((False, f'{name}: KTAP document present', []))
    for doc in docs.values():
        for r in doc.results:
            desc = f'{doc.name}: {r.name}'
            allowed = r.status == 'ok' or (r.status == 'skip' and r.name in may_skip)
            if r.status == 'skip':
                desc += f' skipped ("{r.reason}")'
                if not allowed:
                    desc += ', but only the oracle may skip'
            checks.append((allowed, desc, r.diagnostics))
        for p in doc.problems():
            checks.append((False, p, []))
    tail = ['# ' + l for l in console.strip().splitlines()[-15:]]
    if status is None:
        checks.append((False, f'QEMU finished within {timeout} s', tail))
    else:
        clean = status == ok_status and power_down in console
        said = f', "{power_down}"' if power_down else ''
        checks.append((clean, f'guest powered off cleanly (QEMU status {status}, '
                       f'expected {ok_status}{said})', [] if clean else tail))
    return checks, docs
