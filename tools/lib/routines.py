# SPDX-License-Identifier: GPL-2.0
"""The routines of a port's flow directories and what their comments say
about Linux.

A routine is a C function defined at the top level of a .c file, or an asm
symbol opened by SYM_FUNC_START/SYM_CODE_START (and their _LOCAL forms) in
a .S file.  Its contract is the /* ... */ comment right above it (for C:
above the line its declaration starts on).  The contract opens with the
Linux source it mirrors,

    Linux <version>[-<version>] <path> <function>

for example "Linux 3.8 arch/arm/kernel/process.c copy_thread()", or with
"Not in Linux:" and the reason for a routine Linux has no counterpart of.
Where the routine differs from that source in a value, a branch, a label
or the order of operations, a paragraph of the contract opens with
"Differs from Linux:"; that paragraph runs to the next blank comment line
and is what the arch page lists (tools/docs_gen.py).
"""
import glob
import os
import re

from . import ports

SOURCE = re.compile(r'Linux (?P<version>\d\.\d+(?:\.\d+)?(?:-\d\.\d+(?:\.\d+)?)?) '
                    r'(?P<path>(?:arch|kernel|fs|include|init|mm|lib)/[\w./-]+\.[chS])'
                    r' (?P<function>[A-Za-z_]\w*)')
NOT_IN_LINUX = 'Not in Linux:'
DIFFERS = 'Differs from Linux:'

# A top-level C definition: a line in column 0 (not blank, so that a
# comment's "do_exit(...)" is never taken for one) that names a function and
# whose parameter list closes before the opening brace at column 0.
C_DEF = re.compile(r'^(?![#}/ \t\n])[^;{}()=]*?\b([A-Za-z_]\w*)\s*\([^;{}]*\)\s*\n\{', re.M)
ASM_DEF = re.compile(r'^[ \t]*SYM_(?:FUNC|CODE)_START(?:_LOCAL)?\((\w+)\)', re.M)


class Routine:
    def __init__(self, path, line, name, comment):
        self.path = path          # relative to the top of the tree
        self.line = line
        self.name = name
        self.comment = comment    # the contract's text, without * margins

    @property
    def first(self):
        """The contract's opening words, joined across lines."""
        return ' '.join(self.comment.split())

    @property
    def source(self):
        """The Linux (version, path, function) the routine mirrors, or None."""
        m = SOURCE.match(self.first)
        return m.groupdict() if m else None

    @property
    def not_in_linux(self):
        return self.first.startswith(NOT_IN_LINUX)

    @property
    def differs(self):
        """The text of its 'Differs from Linux:' paragraphs, one string each."""
        out = []
        for para in re.split(r'\n\s*\n', self.comment):
            flat = ' '.join(para.split())
            i = flat.find(DIFFERS)
            if i >= 0:
                out.append(flat[i + len(DIFFERS):].strip())
        return out


def _comment_above(text, pos):
    """The text of the /* */ comment that ends right before @pos, or ''."""
    before = text[:pos].rstrip()
    if not before.endswith('*/'):
        return ''
    start = before.rfind('/*')
    body = before[start + 2:-2]
    lines = [re.sub(r'^\s*\*? ?', '', l) for l in body.split('\n')]
    return '\n'.join(lines).strip()


def _line_start(text, pos):
    return text.rfind('\n', 0, pos) + 1


def in_file(path):
    """The routines of one .c or .S file (@path relative to the top)."""
    with open(os.path.join(ports.TOP, path)) as f:
        text = f.read()
    pattern = ASM_DEF if path.endswith('.S') else C_DEF
    out = []
    for m in pattern.finditer(text):
        start = _line_start(text, m.start(1)) if pattern is C_DEF else m.start()
        if pattern is C_DEF:
            # a declaration may start on the line above the name (the
            # return type on a line of its own, as in arm's sys_arm.c)
            prev = text.rfind('\n', 0, start - 1) + 1
            if start and re.match(r'^[A-Za-z_][\w \t*]*$', text[prev:start - 1]):
                start = prev
        out.append(Routine(path, text.count('\n', 0, m.start(1)) + 1, m.group(1),
                           _comment_above(text, start)))
    return out


def of_flows(srcarch, flows=('old', 'new')):
    """Every routine under arch-examples/@srcarch/<flow>/ for each of @flows."""
    out = []
    for flow in flows:
        base = os.path.join('arch-examples', srcarch, flow)
        files = sorted(glob.glob(os.path.join(ports.TOP, base, '**', '*.[cS]'), recursive=True))
        for f in files:
            out.extend(in_file(os.path.relpath(f, ports.TOP)))
    return out
