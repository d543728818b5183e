#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: the host-side tools judge what they are given, and refuse bad input.

kconfig.py (select lines, unknown symbols), asm-offsets.py (markers in
either immediate syntax), ktap.py (documents, plans, skips), qemu-run
(a boot passes only with complete KTAP *and* a clean power-off, never on
QEMU's status alone; a hang is a timeout), check-summary.py (the closing
line) and mkinitramfs.sh (a newc archive with the fixtures).  Each case
feeds a small made-up input in a temporary directory.
"""
import os
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ktap, tap  # noqa: E402

T = tap.Tap()
ok = T.ok


def run(*cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def write(path, text, mode=0o644):
    with open(path, 'w') as f:
        f.write(text)
    os.chmod(path, mode)
    return path


def test_kconfig(tmp):
    ref = write(os.path.join(tmp, 'Kconfig'), 'config FOO\n\t# help\nconfig BAR\n')
    arch = write(os.path.join(tmp, 'arch'), '# comment\nselect FOO  # why\nselect BAR\nselect FOO\n')
    r = run(os.path.join(TOP, 'tools', 'kconfig.py'), ref, arch)
    ok(r.returncode == 0 and 'CONFIG_FOO := y' in r.stdout and
       'KCONFIG_CFLAGS := -DCONFIG_FOO -DCONFIG_BAR\n' in r.stdout,
       'kconfig.py turns select lines into CONFIG_ flags, once each', r.stdout + r.stderr)
    bad = write(os.path.join(tmp, 'bad'), 'select BAZ\n')
    r = run(os.path.join(TOP, 'tools', 'kconfig.py'), ref, bad)
    ok(r.returncode != 0 and f'{bad}:1: unknown symbol BAZ' in r.stderr,
       'kconfig.py refuses an undeclared symbol with its file and line', r.stderr)
    bad = write(os.path.join(tmp, 'bad2'), 'depends on FOO\n')
    r = run(os.path.join(TOP, 'tools', 'kconfig.py'), ref, bad)
    ok(r.returncode != 0 and 'expected "select SYMBOL"' in r.stderr,
       'kconfig.py refuses a line that is not a select', r.stderr)


def test_asm_offsets(tmp):
    src = write(os.path.join(tmp, 'a.s'), '.ascii "->S_PC #60 offsetof(x)"\n'
                '\t.ascii "->THREAD_SIZE_ $8192 THREAD_SIZE"\n')
    h, j = os.path.join(tmp, 'a.h'), os.path.join(tmp, 'a.json')
    r = run(os.path.join(TOP, 'tools', 'asm-offsets.py'), src, h, j)
    text = open(h).read() if os.path.exists(h) else ''
    ok(r.returncode == 0 and '#define S_PC 60' in text and '#define THREAD_SIZE_ 8192' in text,
       'asm-offsets.py reads "#" and "$" immediates', r.stderr + text)
    empty = write(os.path.join(tmp, 'e.s'), '\tnop\n')
    r = run(os.path.join(TOP, 'tools', 'asm-offsets.py'), empty, h, j)
    ok(r.returncode != 0 and 'no asm-offsets markers' in r.stderr,
       'asm-offsets.py refuses a file without markers', r.stderr)


def test_ktap():
    docs = ktap.parse('noise\nKTAP version 1\n# Subtest: kernel\n1..2\nok 1 a\n'
                      '# saw 3\nnot ok 2 b\nKTAP version 1\n1..3\nok 1 c # SKIP why not\n'
                      'ok 2 d\r\n')
    ok([d.name for d in docs] == ['kernel', 'init'], 'ktap.py splits and names documents',
       [d.name for d in docs])
    k, i = docs
    ok(k.results[1].status == 'not ok' and k.results[1].diagnostics == ['# saw 3'] and
       not k.problems(), 'ktap.py keeps a failure with its diagnostics', k)
    ok(i.results[0].status == 'skip' and i.results[0].reason == 'why not',
       'ktap.py reads a SKIP directive and its reason', i.results[0])
    ok(i.problems() == ['init: plan 1..3 but 2 results (truncated?)'],
       'ktap.py reports a truncated document', i.problems())
    b, = ktap.parse('KTAP version 1\n1..3\nnot ok 1 a\nBail out! a failed\nok 2 b\n')
    ok(b.problems() == ['init: bailed out after 1 of 3 results: a failed'] and len(b.results) == 1,
       'ktap.py stops a document at "Bail out!" and says why', b.problems())


def fake_qemu(tmp, console, status, sleep=0):
    body = ''.join(f'echo "{line}"\n' for line in console.splitlines())
    return write(os.path.join(tmp, 'qemu'), f'#!/bin/sh\n{body}sleep {sleep}\nexit {status}\n', 0o755)


GOOD = ('KTAP version 1\n# Subtest: kernel\n1..1\nok 1 k\n'
        'KTAP version 1\n1..2\nok 1 a\nok 2 b\nreboot: Power down')


def test_qemu_run(tmp):
    runner = os.path.join(TOP, 'tests', 'qemu-run')

    def boot(console, status, *extra, sleep=0):
        return run(runner, '--name', 'x-new', '--tap', '--timeout', '5', *extra, '--',
                   fake_qemu(tmp, console, status, sleep))

    r = boot(GOOD, 0)
    ok(r.returncode == 0 and r.stdout.rstrip().endswith('1..4'),
       'qemu-run passes complete KTAP and a clean power-off', r.stdout)
    r = boot(GOOD.replace('ok 2 b', 'not ok 2 b'), 0)
    ok(r.returncode != 0 and 'not ok 3 - x-new init: b' in r.stdout,
       'qemu-run fails a boot with a failing case, by name', r.stdout)
    r = boot(GOOD.replace('ok 2 b', 'ok 2 b # SKIP qemu-user cannot'), 0)
    ok(r.returncode != 0 and 'not ok 3 - x-new init: b skipped ("qemu-user cannot")' in r.stdout,
       'qemu-run fails a boot with a skipped case: only the oracle may skip', r.stdout)
    r = boot(GOOD.replace('\nok 2 b', ''), 0)
    ok(r.returncode != 0 and 'truncated' in r.stdout, 'qemu-run fails a truncated KTAP document',
       r.stdout)
    r = boot('reboot: Power down', 0)
    ok(r.returncode != 0 and 'not ok 1 - x-new kernel: KTAP document present' in r.stdout,
       'a clean QEMU exit without KTAP is no pass', r.stdout)
    r = boot(GOOD.replace('reboot: Power down', 'Kernel panic - not syncing: x'), 0)
    ok(r.returncode != 0, 'a boot that never powered off is no pass, whatever QEMU says',
       r.stdout)
    r = boot(GOOD, 1)
    ok(r.returncode != 0, 'a power-off with the wrong QEMU status is no pass', r.stdout)
    r = boot(GOOD, 1, '--ok-status', '1')
    ok(r.returncode == 0, '--ok-status names the status of a clean power-off', r.stdout)
    r = run(runner, '--name', 'x-new', '--tap', '--timeout', '1', '--',
            fake_qemu(tmp, 'KTAP version 1', 0, sleep=30))
    ok(r.returncode != 0 and 'QEMU finished within 1.0 s' in r.stdout,
       'qemu-run stops a hung guest at the timeout and fails it', r.stdout)
    r = run(runner, '--name', 'x-new', '--', '/no/such/qemu')
    ok(r.returncode != 0 and 'run make deps' in r.stderr,
       'a missing emulator is a one-line error naming make deps', r.stderr)


def test_check_summary(tmp):
    log = write(os.path.join(tmp, 'log'), 'a.t .. \n1..2\nok 1 - x\nnot ok 2 - y\n'
                'b.t .. \n1..1\nok 1 - z\nFiles=2, Tests=3,  0 wallclock secs\n')
    r = run(os.path.join(TOP, 'tools', 'check-summary.py'), log)
    ok(r.returncode != 0 and r.stdout == '2 passed, 1 failed\n',
       'check-summary.py counts test points', r.stdout)
    log = write(os.path.join(tmp, 'log2'), 'a.t .. \n1..1\nok 1 - x\n'
                'a.t (Wstat: 256 Tests: 1 Failed: 0)\nFiles=1, Tests=1\n')
    r = run(os.path.join(TOP, 'tools', 'check-summary.py'), log)
    ok(r.returncode != 0 and r.stdout == '1 passed, 1 failed\n',
       'check-summary.py counts a script that died quietly as a failure', r.stdout)


def test_mkinitramfs(tmp):
    init = os.path.join(tmp, 'init.elf')
    with open(init, 'wb') as f:
        f.write(b'\x7fELF' + bytes(60))
    root, out = os.path.join(tmp, 'root'), os.path.join(tmp, 'i.cpio')
    r = run(os.path.join(TOP, 'tools', 'mkinitramfs.sh'), root, out, init, init)
    listing = run('cpio', '-it', '--quiet', stdin=open(out, 'rb')) if r.returncode == 0 else r
    names = sorted(listing.stdout.split()) if r.returncode == 0 else []
    ok(names == ['bin', 'bin/foreign', 'bin/selftest', 'etc', 'etc/notelf', 'init'],
       'mkinitramfs.sh packs init, the self-tests\' helper and the exec fixtures',
       names or r.stderr)
    with open(os.path.join(root, 'bin', 'foreign'), 'rb') as f:
        ok(f.read(20)[18:20] == b'\xfe\xfe', 'bin/foreign has a machine nobody has',
           'e_machine')
    again = os.path.join(tmp, 'j.cpio')
    run(os.path.join(TOP, 'tools', 'mkinitramfs.sh'), root + '2', again, init, init)
    ok(open(out, 'rb').read() == open(again, 'rb').read(), 'the archive is reproducible')
    r = run(os.path.join(TOP, 'tools', 'mkinitramfs.sh'), root, out, '/no/such.elf', init)
    ok(r.returncode != 0 and r.stderr == 'mkinitramfs: /no/such.elf: no such file\n',
       'a missing input file is a one-line error', r.stderr)


def test_check_runs_everything():
    """tools/check.sh hands prove every tests/*.t; the rules schedule each."""
    import fnmatch
    import glob
    with open(os.path.join(TOP, 'tools', 'check.sh')) as f:
        script = f.read()
    with open(os.path.join(TOP, 'tests', 'testrules.yml')) as f:
        patterns = [l.strip()[2:].split(':')[-1].strip()
                    for l in f if l.strip().startswith('- ')]
    tests = [os.path.relpath(t, TOP) for t in glob.glob(os.path.join(TOP, 'tests', '*.t'))] + \
        [os.path.relpath(t, TOP) for t in glob.glob(os.path.join(TOP, 'tests', 'host', '*.t'))]
    unscheduled = [t for t in tests if not any(fnmatch.fnmatch(t, p) for p in patterns)]
    ok('tests/*.t tests/host/*.t' in script and not unscheduled,
       'make check runs every tests/*.t, each scheduled by tests/testrules.yml', unscheduled)


def main():
    test_check_runs_everything()
    with tempfile.TemporaryDirectory() as tmp:
        test_kconfig(tmp)
        test_asm_offsets(tmp)
        test_ktap()
        test_qemu_run(tmp)
        test_check_summary(tmp)
        test_mkinitramfs(tmp)
    T.done()

if __name__ == '__main__':
    main()
