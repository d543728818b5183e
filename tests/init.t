#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: make boot INIT= boots a user's own static ELF as /init, and answers
a bad one in one line, naming the fix, before QEMU starts.

The good program is the Using chapter's example (tests/init/hello.c), built
as the chapter says for arm and x86_64.  The bad ones are made here from
it: each gets the line tools/check-init.py gives.  Last, with the check
turned off (INIT_CHECK=n), the kernel's own answer to an /init it cannot
exec, Linux's errno: "Failed to execute /init (error -8)" for a foreign ELF,
-2 for a dynamic one (its interpreter is not there), before the panic.
"""
import os
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, tap  # noqa: E402

HELLO = os.path.join(TOP, 'tests', 'init', 'hello.c')


def run(*cmd, **kw):
    return subprocess.run(cmd, cwd=TOP, capture_output=True, text=True, **kw)


def build(port, out, *extra, src=HELLO, static=True):
    """Build @src for @port as docs/using.rst says; the compiler's result."""
    v = ports.mk_vars(port, 'new', ('TRIPLE', 'USER_BASE'))
    return run('%s-gcc' % v['TRIPLE'], *(['-static'] if static else []), '-nostdlib', '-O2',
               '-Wl,-Ttext-segment=%s' % v['USER_BASE'], *extra, '-o', out, src)


def boot(port, init, *extra):
    return run('make', '-s', 'boot', 'ARCH=%s' % port, 'FLOW=new', 'INIT=%s' % init, *extra)


def refused(t, desc, init, want):
    """make boot INIT=@init fails with a line starting @want, QEMU never ran."""
    log = os.path.join(TOP, 'build', 'arm-new-init', 'boot.log')
    if os.path.exists(log):
        os.unlink(log)
    r = boot('arm', init)
    lines = [line for line in r.stderr.splitlines() if line.startswith('INIT=') or
             ': INIT=' in line]
    t.ok(r.returncode != 0 and len(lines) == 1 and want in lines[0] and
         not os.path.exists(log), desc, lines or (r.stdout + r.stderr).splitlines()[-5:])


def main():
    t = tap.Tap()
    tmp = tempfile.mkdtemp(prefix='init-t.')
    elf = {}
    for port in ('arm', 'x86_64'):
        elf[port] = os.path.join(tmp, 'hello-' + port)
        b = build(port, elf[port])
        r = boot(port, elf[port]) if b.returncode == 0 else b
        if port == 'arm':
            r_arm = r
        t.ok(r.returncode == 0 and 'hello from my own /init' in r.stdout and
             '%s-new: PASS' % port in r.stdout,
             '%s: the Using chapter\'s example boots as /init and passes' % port,
             (r.stdout + r.stderr).splitlines()[-5:])

    # The chapter's console excerpt is this run's: the verdict, less its time.
    verdict = [line.rsplit(',', 1)[0] for line in r_arm.stdout.splitlines()
               if line.startswith('arm-new: ')]
    with open(os.path.join(TOP, 'docs', 'using.rst')) as f:
        chapter = f.read()
    t.ok(verdict and verdict[0] in chapter and 'hello from my own /init' in chapter,
         'docs/using.rst shows the verdict line this boot printed', verdict)

    refused(t, 'a missing file', os.path.join(tmp, 'no-such'), 'no such file')
    refused(t, 'a directory', tmp, 'is a directory: INIT= names one static ELF file')
    empty = os.path.join(tmp, 'empty')
    open(empty, 'w').close()
    refused(t, 'an empty file', empty, 'is empty')
    script = os.path.join(tmp, 'init.sh')
    with open(script, 'w') as f:
        f.write('#!/bin/sh\necho hello\n')
    refused(t, 'a shell script', script, 'is a script: the reference kernel has no binfmt_script')
    text = os.path.join(tmp, 'notes.txt')
    with open(text, 'w') as f:
        f.write('hello\n')
    refused(t, 'a text file', text, 'is not an ELF file')
    refused(t, 'an ELF for another architecture', elf['x86_64'],
            'is an ELF for EM_X86_64, 64-bit little-endian; arm runs EM_ARM, 32-bit '
            'little-endian: build it with arm-linux-gnueabihf-gcc')
    dyn = os.path.join(tmp, 'dynamic')
    triple = ports.mk_vars('arm', 'new', ('TRIPLE',))['TRIPLE']
    build('arm', dyn, '-no-pie', '-Wl,--dynamic-linker=/lib/ld-linux-armhf.so.3',
          '-Wl,--no-as-needed', '/usr/%s/lib/libc.so.6' % triple, static=False)
    refused(t, 'a dynamically linked ELF', dyn,
            'is dynamically linked (it asks for /lib/ld-linux-armhf.so.3): link it with -static')
    low = os.path.join(tmp, 'low')
    build('arm', low, '-Wl,-Ttext-segment=0x10000')
    refused(t, 'an ELF linked away from USER_BASE', low,
            "is linked at 0x10000, this port's programs start at 0x48000000: "
            'link with -Wl,-Ttext-segment=0x48000000')
    big_src = os.path.join(tmp, 'big.c')
    with open(big_src, 'w') as f:
        f.write('char big[300 * 1024] = { 1 };\nvoid _start(void) { for (;;) ; }\n')
    big = os.path.join(tmp, 'big')
    build('arm', big, src=big_src)
    refused(t, 'an ELF too big for the user window', big,
            'the user window holds 0x3c000 below its 16 KiB stack: make the program smaller')

    for init, err, why in ((elf['x86_64'], -8, 'ENOEXEC: a foreign ELF'),
                           (dyn, -2, 'ENOENT: no such interpreter')):
        r = boot('arm', init, 'INIT_CHECK=n')
        t.ok(r.returncode != 0 and 'Failed to execute /init (error %d)' % err in r.stdout and
             'Kernel panic - not syncing: No working init found.' in r.stdout,
             'unchecked, the kernel says why it could not exec /init (-%s)' % why,
             (r.stdout + r.stderr).splitlines()[-6:])
    t.done()


if __name__ == '__main__':
    main()
