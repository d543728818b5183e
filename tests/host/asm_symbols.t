#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: every asm symbol of every built kernel has a start, an end and a type.

For each (port, flow) the Makefile boots, take the objects of its vmlinux
that were assembled from a .S (tools/kernel.mk's objs) and read their
symbol tables with readelf, which reads any ELF.  Every symbol one of them
defines (global or local; not .L labels, not arm's $a/$d mapping symbols)
must have

  - a size > 0: it was closed by SYM_*_END (<linux/linkage.h>), so nm -S,
    make measure and the guide's listings know where it ends -- unless it
    lies inside a sized symbol of its section (SYM_INNER_LABEL) or is data
    right at the end of one (SYM_DATA_END_LABEL);
  - the type of what it is: OBJECT (SYM_DATA_*) outside executable
    sections, where no SYM_FUNC_* or SYM_CODE_* belongs (in them, data such
    as a multiboot header may sit beside FUNC and NOTYPE code);
  - a size and the same type in vmlinux, as nm -S shows it (the size may
    differ: riscv's linker relaxation shortens code).

A boot that is not built fails: build every kernel first (make kernels).
"""
import glob
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def boots():
    """(port, flow) of every boot, as the Makefile's BOOTS."""
    out = []
    for mk in sorted(glob.glob(os.path.join(TOP, 'arch-examples', '*', '*.mk'))):
        port = os.path.basename(mk)[:-3]
        for kc in sorted(glob.glob(os.path.join(os.path.dirname(mk), '*', 'Kconfig'))):
            out.append((port, os.path.basename(os.path.dirname(kc))))
    return out


def asm_objects(port, flow):
    """The objects of build/<port>-<flow>/vmlinux made from a .S, as paths from TOP."""
    objs = subprocess.run(['make', '-s', '--no-print-directory', '-f', 'tools/kernel.mk',
                           'ARCH=' + port, 'FLOW=' + flow, 'print-objs'],
                          cwd=TOP, capture_output=True, text=True, check=True).stdout.split()
    build = os.path.join('build', '%s-%s' % (port, flow)) + os.sep
    return [o for o in objs if os.path.exists(os.path.join(TOP, o[len(build):-2] + '.S'))]


def readelf(path):
    """(sections {index: executable?}, symbols [(name, value, size, type, bind, ndx)])."""
    text = subprocess.run(['readelf', '-SsW', path], capture_output=True, text=True,
                          check=True).stdout
    sections = {}
    for m in re.finditer(r'^\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+(\S*)', text, re.M):
        sections[m.group(1)] = 'X' in m.group(2)
    syms = []
    for m in re.finditer(r'^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+(\w+)\s+(\w+)\s+\w+\s+(\w+)\s+(\S+)$',
                         text, re.M):
        value, size, typ, bind, ndx, name = m.groups()
        size = int(size, 0) if size.startswith('0x') else int(size)
        syms.append((name, int(value, 16), size, typ, bind, ndx))
    return sections, syms


def problems(obj, vmlinux_syms):
    sections, syms = readelf(os.path.join(TOP, obj))
    sized = [(v, v + s, ndx) for _, v, s, t, _, ndx in syms if s and t in ('FUNC', 'NOTYPE', 'OBJECT')]
    bad, count = [], 0
    for name, value, size, typ, bind, ndx in syms:
        if typ not in ('FUNC', 'NOTYPE', 'OBJECT') or not ndx.isdigit() or \
           name.startswith(('.L', '$')) or bind not in ('LOCAL', 'GLOBAL', 'WEAK'):
            continue
        count += 1
        if not size and not any(n == ndx and (s < value < e or typ == 'OBJECT' and value == e)
                                for s, e, n in sized):
            bad.append('%s: %s has no size (no SYM_*_END)' % (obj, name))
        want = ('FUNC', 'NOTYPE', 'OBJECT') if sections.get(ndx) else ('OBJECT',)
        if typ not in want:
            bad.append('%s: %s is %s in a data section, not OBJECT' % (obj, name, typ))
        if size and not any(vs and vt == typ for vs, vt in vmlinux_syms.get(name, ())):
            bad.append('%s: %s is not in vmlinux with a size and type %s' % (obj, name, typ))
    return bad, count


def main():
    todo = boots()
    print('1..%d' % len(todo))
    failed = 0
    for n, (port, flow) in enumerate(todo, 1):
        what = '%s-%s' % (port, flow)
        vmlinux = os.path.join(TOP, 'build', what, 'vmlinux')
        bad, count = [], 0
        if not os.path.exists(vmlinux):
            bad = ['%s is not built (make kernels)' % os.path.relpath(vmlinux, TOP)]
            objs = []
        else:
            objs = asm_objects(port, flow)
            vsyms = {}
            for name, _, size, typ, _, _ in readelf(vmlinux)[1]:
                vsyms.setdefault(name, set()).add((size, typ))
            for obj in objs:
                b, c = problems(obj, vsyms)
                bad += b
                count += c
            if not count:
                bad.append('no asm symbol found in %d .S objects' % len(objs))
        print('%s %d - %s: %d asm symbols in %d .S objects, each typed and sized'
              % ('not ok' if bad else 'ok', n, what, count, len(objs)))
        for line in bad:
            print('#   ' + line)
        failed += bool(bad)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
