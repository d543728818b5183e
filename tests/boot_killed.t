#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: a boot killed by its timeout leaves no process behind.

For every checked port whose kernel boots as a host program (its .mk's
BOOT_CMD is not QEMU: um), boot an /init that never ends
(tests/init/spin.c) with a short BOOT_TIMEOUT, see the kernel and the host
process(es) it runs user mode in while the boot runs, let tests/qemu-run
kill the kernel at the timeout, and check that nothing it started is
left.  This test is a child subreaper, so an orphan would become its
child and be found (and then reaped).
"""
import ctypes
import os
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, tap  # noqa: E402

PR_SET_CHILD_SUBREAPER = 36
SPIN = os.path.join(TOP, 'tests', 'init', 'spin.c')


def procs_running(exe):
    """Pids whose executable is @exe (a forked host child has it too)."""
    out = []
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            try:
                if os.readlink('/proc/%s/exe' % pid) == exe:
                    out.append(int(pid))
            except OSError:
                pass
    return out


def main():
    t = tap.Tap()
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    tmp = tempfile.mkdtemp(prefix='boot-killed.')
    tested = 0
    for port in ports.checked():
        v = ports.mk_vars(port.name, 'new', ('BOOT_CMD', 'QEMU', 'TRIPLE', 'USER_BASE'))
        if v['QEMU'] and v['BOOT_CMD'].split()[:1] == [v['QEMU']]:
            continue
        tested += 1
        init = os.path.join(tmp, 'spin-' + port.name)
        b = subprocess.run(['%s-gcc' % v['TRIPLE'], '-static', '-nostdlib', '-O2',
                            '-Wl,-Ttext-segment=%s' % v['USER_BASE'], '-o', init, SPIN],
                           capture_output=True, text=True)
        if b.returncode:
            t.ok(False, '%s: the spinning /init builds' % port.name, b.stderr.splitlines())
            continue
        r = ports.kmake(port.name, 'new', 'INIT=' + init, 'vmlinux')
        exe = os.path.join(TOP, 'build', '%s-new-init' % port.name, 'vmlinux')
        boot = subprocess.Popen(['make', '-s', '--no-print-directory', '-f', 'tools/kernel.mk',
                                 'ARCH=' + port.name, 'FLOW=new', 'INIT=' + init,
                                 'BOOT_TIMEOUT=3', 'boot'], cwd=TOP,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        most = 0
        deadline = time.monotonic() + 30
        while boot.poll() is None and time.monotonic() < deadline:
            most = max(most, len(procs_running(exe)))
            time.sleep(0.05)
        out = boot.communicate()[0]
        t.ok(r.returncode == 0 and most >= 2,
             '%s: mid-run, the kernel and its user-mode host process run' % port.name,
             ['# at most %d processes of %s seen' % (most, exe)])
        t.ok('finished within' in out and boot.returncode != 0,
             '%s: the boot is killed by its timeout' % port.name, out.splitlines()[-4:])
        time.sleep(0.5)
        left = procs_running(exe)
        # An orphan still running would be ours now; a dead one (a zombie,
        # killed with the kernel) is only reaped.
        orphans = []
        for pid in os.listdir('/proc'):
            try:
                with open('/proc/%s/stat' % pid) as f:
                    st = f.read().rsplit(')', 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(st[1]) == os.getpid() and st[0] != 'Z':
                orphans.append(int(pid))
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
        t.ok(not left and not orphans,
             '%s: after the kill no process of the boot is left' % port.name,
             ['# left: %s, running orphans: %s' % (left, orphans)])
        for pid in left:
            os.kill(pid, 9)
    if not tested:
        t.skip('a boot killed by its timeout leaves no process',
               'no checked port boots as a host program')
    t.done()


if __name__ == '__main__':
    main()
