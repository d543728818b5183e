#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Doxygen INPUT_FILTER: let Doxygen see the core's function comments.

usage: docs_doxyfilter.py FILE   (prints the filtered text; see Doxyfile)

The reference kernel writes Linux-style block comments ("/*") right above
its functions.  Doxygen reads only "/**".  A block comment that starts in
column 0 and is directly followed by a declaration in column 0 (not a
preprocessor line, not a brace) becomes "/**"; inside it, kernel-doc's
"@name" becomes Doxygen's "\\a name" and characters Doxygen would take as
markup are escaped (and "--" kept as two dashes).  Line numbers are kept.  File and section comments are
left alone.
"""
import re
import sys


def doc_comment(lines):
    text = '\n'.join(lines)
    body = text[2:]
    body = re.sub(r'([\\<>#&%$])', r'\\\1', body)
    body = re.sub(r'@(\w+)', r'\\a \1', body)
    # Doxygen turns "--" into a dash entity that Breathe then prints as
    # "&#8212;" text; its \-- command writes the two dashes as they are.
    body = body.replace('--', '\\--')
    return '/**' + body


def filter_text(text):
    lines = text.split('\n')
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('/*') and not line.startswith('/**'):
            j = i
            while '*/' not in lines[j] and j + 1 < len(lines):
                j += 1
            nxt = lines[j + 1] if j + 1 < len(lines) else ''
            block = lines[i:j + 1]
            if nxt and not nxt[0].isspace() and nxt[0] not in '#}/' and \
                    'SPDX' not in line:
                out.extend(doc_comment(block).split('\n'))
            else:
                out.extend(block)
            i = j + 1
            continue
        out.append(line)
        i += 1
    return '\n'.join(out)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        sys.stdout.write(filter_text(f.read()))
