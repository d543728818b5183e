#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: every asm symbol of every built kernel has a start, an end and a type.

For each (port, flow) the Makefile boots, take the objects of its vmlinux
that were assembled from a .S (tools/kernel.mk's objs) and read their
symbol tables (tools/lib/elf.py).  Every symbol one of them
defines (global or local; not .L labels, not arm's $a/$d mapping symbols)
must have

  - a size > 0: it was closed by SYM_*_END (<linux/linkage.h>), so nm -S,
    make measure and the guide's listings know where it ends -- unless it
    lies inside a sized symbol of its section (SYM_INNER_LABEL) or is data
    right at the end of one (SYM_DATA_END_LABEL);
  - the type of what it is: OBJECT (SYM_DATA_*) outside executable
    sections, where no SYM_FUNC_* or SYM_CODE_* belongs (in them, data such
    as a multiboot header may sit beside FUNC and NOTYPE code), but for
    ppc64 ELFv1's .opd, where a function's symbol is its descriptor;
  - a size and the same type in vmlinux, as nm -S shows it (the size may
    differ: riscv's linker relaxation shortens code).

A boot that is not built fails: build every kernel first (make kernels).
`make check PORTS=...` checks only the ports it boots.
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import elf, ports, tap  # noqa: E402

KINDS = ('STT_FUNC', 'STT_NOTYPE', 'STT_OBJECT')


def asm_objects(port, flow):
    """The objects of build/<port>-<flow>/vmlinux made from a .S, as paths from TOP."""
    objs = ports.mk_vars(port, flow, ['objs'])['objs'].split()
    build = os.path.join('build', '%s-%s' % (port, flow)) + os.sep
    return [o for o in objs if os.path.exists(os.path.join(TOP, o[len(build):-2] + '.S'))]


def problems(obj, vmlinux_syms):
    o = elf.Elf(os.path.join(TOP, obj))
    syms = o.symbols
    sized = [(v, v + s, ndx) for _, v, s, t, _, ndx in syms if s and t in KINDS]
    bad, count = [], 0
    for name, value, size, typ, bind, ndx in syms:
        if typ not in KINDS or not isinstance(ndx, int) or name.startswith(('.L', '$')) or \
           bind not in ('STB_LOCAL', 'STB_GLOBAL', 'STB_WEAK'):
            continue
        count += 1
        if not size and not any(n == ndx and (s < value < e or typ == 'STT_OBJECT' and value == e)
                                for s, e, n in sized):
            bad.append('%s: %s has no size (no SYM_*_END)' % (obj, name))
        # ppc64 ELFv1: a function's symbol is its descriptor in .opd.
        want = KINDS if o.sections[ndx]['flags'] & elf.SHF_EXECINSTR else \
            ('STT_OBJECT', 'STT_FUNC') if o.sections[ndx]['name'] == '.opd' else ('STT_OBJECT',)
        if typ not in want:
            bad.append('%s: %s is %s in a data section, not STT_OBJECT' % (obj, name, typ))
        if size and not any(vs and vt == typ for vs, vt in vmlinux_syms.get(name, ())):
            bad.append('%s: %s is not in vmlinux with a size and type %s' % (obj, name, typ))
    return bad, count


def main():
    t = tap.Tap()
    for port in ports.checked():
        for flow in port.flows:
            what = '%s-%s' % (port.name, flow)
            vmlinux = os.path.join(TOP, 'build', what, 'vmlinux')
            bad, count, objs = [], 0, []
            if not os.path.exists(vmlinux):
                bad = ['%s is not built (make kernels)' % os.path.relpath(vmlinux, TOP)]
            else:
                objs = asm_objects(port.name, flow)
                vsyms = {}
                for name, _, size, typ, _, _ in elf.Elf(vmlinux).symbols:
                    vsyms.setdefault(name, set()).add((size, typ))
                for obj in objs:
                    b, c = problems(obj, vsyms)
                    bad += b
                    count += c
                if not count:
                    bad.append('no asm symbol found in %d .S objects' % len(objs))
            t.ok(not bad, '%s: %d asm symbols in %d .S objects, each typed and sized'
                 % (what, count, len(objs)), bad)
    t.done()


if __name__ == '__main__':
    main()
