#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Draw a newborn task's kernel stack from a real boot.

usage: stackdiagram.py BOOT_LOG ASM_OFFSETS_JSON VMLINUX KIND OUT.dot [OTHER_LOG OTHER_VMLINUX]

The kernel prints, for the first kernel thread its self-tests make and for
/init's first fork child, every word copy_thread() left on the child's
stack ("# newborn KIND: ..." lines, kernel/fork.c).  This draws them as a
Graphviz table, top of stack first: the pt_regs slot, the switch frame
below it if the arch has one, and thread_info at the bottom, each word
with its offset, its value, and its meaning where known -- a register name
from asm-offsets (S_*, PT_* or Linux's __PT_* for pt_regs; TI_*, CPU_CTX_* for thread_info)
or a symbol of vmlinux (ret_from_fork, the thread function, ...).

Given the boot log and vmlinux of the other flow too, the words whose sense
differs between the two flows are highlighted (yellow, bold): that is the
lesson of an old/new pair, e.g. fn and arg moving out of pt_regs into the
switch frame.  A word's sense is the symbol it points to, its place in the
stack, or else its value, so that addresses of two builds compare equal
when they name the same thing.
"""
import html
import json
import re
import sys

from lib import elf


def elf_symbols(path):
    """{address: name} of vmlinux's functions, objects and global labels,
    and '__word__': its word size."""
    try:
        e = elf.Elf(path)
    except (OSError, ValueError) as err:
        sys.exit('stackdiagram: %s' % err)
    syms = e.names()
    syms['__word__'] = e.bits // 8
    return syms


def newborn(log, kind):
    """Returns (stack base, saved sp offset, saved pc, {offset: word})."""
    head = re.search(rf'^# newborn {kind}: stack (\w+) sp \+(\d+) pc (\w+)', log, re.M)
    if not head:
        sys.exit(f'no "# newborn {kind}" lines in the boot log: boot the kernel first')
    words = {int(o): int(v, 16) for o, v in
             re.findall(rf'^# newborn {kind}: \+(\d+) (\w+)$', log, re.M)}
    return int(head.group(1), 16), int(head.group(2)), int(head.group(3), 16), words


def sense(value, base, size, syms):
    """What a word says, comparable across two builds."""
    if value in syms:
        return '&' + syms[value]
    if base <= value < base + size:
        return 'stack +%d' % (value - base)
    return '%#x' % value


def differing(mine, theirs, size):
    """Offsets of the words whose sense differs between two newborns, each
    given as (base, words, syms); a word only one of them printed differs."""
    (b1, w1, s1), (b2, w2, s2) = mine, theirs
    return {off for off in set(w1) | set(w2)
            if off not in w1 or off not in w2
            or sense(w1[off], b1, size, s1) != sense(w2[off], b2, size, s2)}


def labels(offsets):
    """Names for words of pt_regs and thread_info, from asm-offsets."""
    regs, ti = {}, {}
    for name, v in offsets.items():
        if re.match(r'^(__)?(S|PT)_', name) and not name.endswith(('SIZE', '_OFF')) and v < offsets['PT_REGS_SIZE']:
            regs.setdefault(v, name)
        elif name.startswith('CPU_CTX_'):
            ti.setdefault(offsets.get('TI_CPU_SAVE', 0) + v, 'cpu_context.' + name[8:].lower())
        elif name.startswith('TI_') and name not in ('TI_SIZE', 'TI_CPU_SAVE'):
            ti.setdefault(v, name[3:].lower())
    return regs, ti


def draw(kind, base, sp, pc, words, offsets, syms, differs=frozenset()):
    size, regs_at = offsets['STACK_SIZE'], offsets['PT_REGS_OFFSET']
    regs_end = regs_at + offsets['PT_REGS_SIZE']
    regs_names, ti_names = labels(offsets)
    word = syms['__word__']

    def meaning(off, value):
        parts = []
        if regs_at <= off < regs_end and (off - regs_at) in regs_names:
            parts.append('pt_regs ' + regs_names[off - regs_at])
        elif off < offsets['TI_SIZE'] and off in ti_names:
            parts.append('thread_info ' + ti_names[off])
        if value in syms:
            parts.append('&amp;' + html.escape(syms[value]))
        elif base <= value < base + size:
            parts.append(f'stack +{value - base}')
        return ', '.join(parts)

    def region(off):
        if off >= regs_end:
            return 'top padding', '#eeeeee'
        if off >= regs_at:
            return 'struct pt_regs', '#cfe2f3'
        if off >= sp:
            return 'switch frame', '#fce5cd'
        return 'struct thread_info', '#d9ead3'

    rows = [f'<tr><td colspan="3"><b>{kind}: kernel stack, {size} bytes; '
            f'switch_to() resumes it at {html.escape(syms.get(pc, hex(pc)))}</b></td></tr>']
    last, gap = None, False
    for off in sorted(words, reverse=True):
        name, colour = region(off)
        if off < sp and not gap:
            rows.append(f'<tr><td colspan="3" bgcolor="white">... free stack down to the canary at '
                        f'+{offsets["STACK_END_OFFSET"]} ...</td></tr>')
            gap = True
        if name != last:
            mark = ' &lt;- saved sp' if off == sp else ''
            rows.append(f'<tr><td colspan="3" bgcolor="{colour}"><i>{name}</i>{mark}</td></tr>')
            last = name
        value, what = f'{words[off]:#0{2 + 2 * word}x}', meaning(off, words[off])
        if off in differs:
            colour, value, what = '#ffe14d', f'<b>{value}</b>', f'<b>{what or "differs"}</b>'
        rows.append(f'<tr><td align="right">+{off}</td><td bgcolor="{colour}">'
                    f'{value}</td><td align="left">{what}</td></tr>')
    return ('digraph stack {\n  node [shape=plaintext, fontname="DejaVu Sans Mono", fontsize=10];\n'
            f'  stack [label=<<table border="0" cellborder="1" cellspacing="0">{"".join(rows)}</table>>];\n}}\n')


def main(argv):
    if len(argv) not in (5, 7):
        sys.exit('usage: stackdiagram.py BOOT_LOG ASM_OFFSETS_JSON VMLINUX KIND OUT.dot '
                 '[OTHER_LOG OTHER_VMLINUX]')
    log_path, offsets_path, vmlinux, kind, out = argv[:5]
    with open(log_path, errors='replace') as f:
        base, sp, pc, words = newborn(f.read(), kind)
    with open(offsets_path) as f:
        offsets = json.load(f)
    syms = elf_symbols(vmlinux)
    differs = frozenset()
    if len(argv) == 7:
        with open(argv[5], errors='replace') as f:
            obase, _, _, owords = newborn(f.read(), kind)
        differs = differing((base, words, syms), (obase, owords, elf_symbols(argv[6])),
                            offsets['STACK_SIZE'])
    with open(out, 'w') as f:
        f.write(draw(kind, base, sp, pc, words, offsets, syms, differs))
    # The differing words on stdout, top first, for the page's caption.
    regs_names, ti_names = labels(offsets)
    regs_at = offsets['PT_REGS_OFFSET']
    for off in sorted(differs, reverse=True):
        name = (('pt_regs ' + regs_names[off - regs_at]) if off - regs_at in regs_names
                else ('thread_info ' + ti_names[off]) if off in ti_names else 'word')
        what = sense(words[off], base, offsets['STACK_SIZE'], syms) if off in words else '-'
        print('+%d %s = %s' % (off, name, what))


if __name__ == '__main__':
    main(sys.argv[1:])
