# SPDX-License-Identifier: GPL-2.0
"""tools/measure.py's first job, the conversion payoff (static): the arch
lines and .text of each flow, and the generic code only one flow compiles.
The rules are in tools/measure.py's docstring."""
import glob
import os
import re
import subprocess

from lib import elf, ports

TOP = ports.TOP
CPP_DIRECTIVE = re.compile(r'#\s*(include|define|undef|if|ifdef|ifndef|elif|else|'
                           r'endif|error|warning|pragma|line)\b')


def strip_c(text):
    """Text with C comments blanked (newlines kept), strings untouched."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append('\n' * text.count('\n', i, j))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def strip_asm_line(line, chars):
    """One line of GNU as with its line comment removed (strings respected)."""
    s = line.strip()
    if CPP_DIRECTIVE.match(s):
        return s
    i, quote = 0, None
    while i < len(s):
        c = s[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c == '"':
            quote = c
        else:
            for ch in chars:
                # '^#': a comment only at line start (where '#' is also
                # the immediate prefix, as on m68k).
                at_start = ch.startswith('^')
                if s.startswith(ch.lstrip('^'), i) and not (at_start and i):
                    return s[:i].strip()
        i += 1
    return s


def count_lines(path, comment_chars):
    """Code lines of one source file: non-blank after removing comments
    (in .S also the port's ASM_COMMENT line-comment characters)."""
    with open(path, errors='replace') as f:
        text = strip_c(f.read())
    if path.endswith(('.S', '.s')):
        return sum(1 for l in text.split('\n') if strip_asm_line(l, comment_chars))
    return sum(1 for l in text.split('\n') if l.strip())


def flow_files(srcarch, flow, excludes):
    base = os.path.join('arch-examples', srcarch, flow)
    files = []
    for root, _, names in os.walk(os.path.join(TOP, base)):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), TOP)
            if name.endswith(('.c', '.h', '.S', '.s')) and not any(
                    p.match(rel) for p in excludes):
                files.append(rel)
    return sorted(files)


# ----------------------------------------------------- generic code ----

def generic_lines(port, flow, v):
    """{(file, line)} of reference/ sources that produce code in this flow."""
    b = 'build/%s-%s' % (port, flow)
    cc = v['TRIPLE'] + '-gcc'
    flags = v['KCFLAGS'].split()
    seen = set()
    for obj in v['obj-y'].split():
        src = 'reference/' + obj[:-2] + '.c'
        if not os.path.exists(os.path.join(TOP, src)):
            continue
        res = subprocess.run([cc] + flags + ['-E', src], cwd=TOP,
                             capture_output=True, text=True)
        if res.returncode:
            raise RuntimeError('%s: cpp %s failed' % (b, src))
        cur, line = None, 0
        for l in res.stdout.split('\n'):
            if l.startswith('# '):
                m = re.match(r'# (\d+) "([^"]*)"', l)
                if m:
                    line, cur = int(m.group(1)), os.path.normpath(m.group(2))
                    continue
            if cur and cur.startswith('reference/') and l.strip():
                seen.add((cur, line))
            line += 1
    return seen


# ------------------------------------------------------------ per flow ----

def flow_payoff(port, srcarch, flow, v):
    """The static figures of one built flow, from its .mk variables @v.
    '_generic_lines' and '_generic_funcs' are for generic_diff() only."""
    b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
    excludes = [ports.make_pattern(p) for p in v['ARCH_EXCLUDE'].split()]
    chars = tuple(v['ASM_COMMENT'].split())
    per = {f: count_lines(os.path.join(TOP, f), chars)
           for f in flow_files(srcarch, flow, excludes)}
    fd = dict(files=per)
    fd['lines_c'] = sum(n for f, n in per.items() if f.endswith(('.c', '.h')))
    fd['lines_asm'] = sum(n for f, n in per.items() if f.endswith(('.S', '.s')))
    fd['lines'] = fd['lines_c'] + fd['lines_asm']

    def text(part):
        objs = glob.glob(os.path.join(b, 'arch-examples', srcarch, part, '**', '*.o'),
                         recursive=True)
        return sum(elf.Elf(o).text_bytes() for o in objs)
    fd['text'], fd['text_common'] = text(flow), text('common')
    funcs, fd['text_generic'] = {}, 0
    for o in glob.glob(os.path.join(b, 'reference', '**', '*.o'), recursive=True):
        e = elf.Elf(o)
        funcs.update({n: s for n, (_, s) in e.funcs().items()})
        fd['text_generic'] += e.text_bytes()
    fd['_generic_funcs'] = funcs
    fd['vmlinux_text'] = elf.Elf(os.path.join(b, 'vmlinux')).text_bytes()
    fd['_generic_lines'] = generic_lines(port, flow, v)
    return fd


def _by_file(pairs):
    out = {}
    for f, _ in pairs:
        out[f] = out.get(f, 0) + 1
    return out


def generic_diff(old, new):
    """What the generic core compiles in one flow only: lines (by file) and
    functions (with sizes), and its .text in each.  Takes the private keys
    out of the two flows' figures."""
    gold, gnew = old.pop('_generic_lines'), new.pop('_generic_lines')
    fold, fnew = old.pop('_generic_funcs'), new.pop('_generic_funcs')
    only_new, only_old = sorted(gnew - gold), sorted(gold - gnew)
    return dict(lines_new_only=len(only_new), lines_old_only=len(only_old),
                lines_new_only_by_file=_by_file(only_new),
                lines_old_only_by_file=_by_file(only_old),
                funcs_new_only={n: s for n, s in sorted(fnew.items()) if n not in fold},
                funcs_old_only={n: s for n, s in sorted(fold.items()) if n not in fnew},
                text_old=old['text_generic'], text_new=new['text_generic'])
