#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Draw a newborn task's kernel stack from a real boot.

usage: stackdiagram.py BOOT_LOG ASM_OFFSETS_JSON VMLINUX KIND OUT.dot

The kernel prints, for the first kernel thread its self-tests make and for
/init's first fork child, every word copy_thread() left on the child's
stack ("# newborn KIND: ..." lines, kernel/fork.c).  This draws them as a
Graphviz table, top of stack first: the pt_regs slot, the switch frame
below it if the arch has one, and thread_info at the bottom, each word
with its offset, its value, and its meaning where known -- a register name
from asm-offsets (S_*, PT_* or Linux's __PT_* for pt_regs; TI_*, CPU_CTX_* for thread_info)
or a symbol of vmlinux (ret_from_fork, the thread function, ...).
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


def draw(kind, base, sp, pc, words, offsets, syms):
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
        rows.append(f'<tr><td align="right">+{off}</td><td bgcolor="{colour}">'
                    f'{words[off]:#0{2 + 2 * word}x}</td><td align="left">{meaning(off, words[off])}</td></tr>')
    return ('digraph stack {\n  node [shape=plaintext, fontname="DejaVu Sans Mono", fontsize=10];\n'
            f'  stack [label=<<table border="0" cellborder="1" cellspacing="0">{"".join(rows)}</table>>];\n}}\n')


def main(argv):
    if len(argv) != 5:
        sys.exit('usage: stackdiagram.py BOOT_LOG ASM_OFFSETS_JSON VMLINUX KIND OUT.dot')
    log_path, offsets_path, vmlinux, kind, out = argv
    with open(log_path, errors='replace') as f:
        base, sp, pc, words = newborn(f.read(), kind)
    with open(offsets_path) as f:
        offsets = json.load(f)
    with open(out, 'w') as f:
        f.write(draw(kind, base, sp, pc, words, offsets, elf_symbols(vmlinux)))


if __name__ == '__main__':
    main(sys.argv[1:])
