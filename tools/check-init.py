#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""usage: check-init.py INIT REFERENCE_ELF WINDOW ARCH TRIPLE

Check a user's program for `make boot INIT=` before anything is built from
it, and answer the first problem in one line that names the fix.  What the
reference kernel's ELF loader (reference/fs/binfmt_elf.c) would refuse with
a bare -ENOEXEC, and what a program linked for another place or machine
does, is said here instead, before QEMU starts.

REFERENCE_ELF is the port's own boot test: the machine, class and byte
order a program for this port has.  WINDOW holds "BASE, SIZE, RESERVE", the
user window and the stack reserve at its top, as the kernel's headers
define them (tools/kernel.mk asks the preprocessor).  ARCH and TRIPLE
only name the port and its compiler in the answers.
"""
import os
import re
import sys

try:
    from elftools.elf.elffile import ELFFile
    from elftools.common.exceptions import ELFError
except ImportError:
    sys.exit('python3-pyelftools is missing: run make deps')


def window(path):
    """(base, size, reserve) from the preprocessed WINDOW file."""
    text = re.sub(r'(?<=[0-9a-fA-F])[uUlL]+\b', '', open(path).read())
    values = text.split(',')
    if len(values) != 3 or not re.fullmatch(r'[\s0-9a-fA-FxX()+*<>,-]*', text):
        sys.exit('%s: not three numbers: %r (its rule is in tools/kernel.mk)' % (path, text))
    # Only digits, hex literals, parentheses and + - * << >> remain.
    return tuple(eval(v, {'__builtins__': {}}) for v in values)  # noqa: S307


def describe(e):
    return '%s, %d-bit %s-endian' % (e['e_machine'], e.elfclass,
                                     'little' if e.little_endian else 'big')


def problem(init, ref, win, arch, triple):
    """The one-line answer for @init, or None if the kernel will load it."""
    base, size, reserve = win
    top = base + size - reserve
    build = '%s-gcc -static -nostdlib -Wl,-Ttext-segment=0x%x' % (triple, base)
    if os.path.isdir(init):
        return 'is a directory: INIT= names one static ELF file, the program to run as /init'
    with open(init, 'rb') as f:
        head = f.read(4)
    if not head:
        return 'is empty: INIT= names a static ELF for %s (%s)' % (arch, build)
    if head[:2] == b'#!':
        return ('is a script: the reference kernel has no binfmt_script and execs only '
                'static ELF programs: build one (%s)' % build)
    if head != b'\x7fELF':
        return 'is not an ELF file: build a static ELF for %s (%s)' % (arch, build)
    with open(init, 'rb') as f, open(ref, 'rb') as g:
        try:
            e = ELFFile(f)
            segs = [s.header for s in e.iter_segments()]
        except ELFError as err:
            return 'is a damaged ELF file (%s): rebuild it (%s)' % (err, build)
        r = ELFFile(g)
        if describe(e) != describe(r):
            return ('is an ELF for %s; %s runs %s: build it with %s-gcc'
                    % (describe(e), arch, describe(r), triple))
        interp = [s for s in e.iter_segments() if s['p_type'] == 'PT_INTERP']
        if interp:
            return ('is dynamically linked (it asks for %s): link it with -static'
                    % interp[0].get_interp_name())
        if e['e_type'] == 'ET_DYN':
            return 'is a position-independent executable: link it with -static -no-pie'
        if e['e_type'] != 'ET_EXEC':
            return 'is not an executable (%s): link it (%s)' % (e['e_type'], build)
    loads = [s for s in segs if s['p_type'] == 'PT_LOAD']
    if not loads:
        return 'has nothing to load (no PT_LOAD segment): link it (%s)' % build
    low = min(s['p_vaddr'] for s in loads)
    high = max(s['p_vaddr'] + s['p_memsz'] for s in loads)
    if low < base or low >= top:
        return ("is linked at 0x%x, this port's programs start at 0x%x: "
                'link with -Wl,-Ttext-segment=0x%x' % (low, base, base))
    if high > top:
        return ('needs 0x%x bytes from 0x%x, but the user window holds 0x%x below its '
                '%d KiB stack: make the program smaller' % (high - low, low, top - base,
                                                           reserve // 1024))
    return None


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__.splitlines()[0])
    init, ref, win, arch, triple = sys.argv[1:]
    if not os.path.exists(init):
        sys.exit('INIT=%s: no such file: INIT= names a static ELF for %s' % (init, arch))
    why = problem(init, ref, window(win), arch, triple)
    if why:
        sys.exit('INIT=%s: %s' % (init, why))


if __name__ == '__main__':
    main()
