#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""The guide builds cleanly and shows only real, built code.

Builds docs/ with Debian's sphinx-build -W -n (nitpicky) into a scratch
directory, then reads the doctrees.  Every literal block is either
  - an include: a literalinclude (the node records its source file), whose
    file must be one the tests build or run: a source or header that a
    kernel build compiled (listed in a build/<arch>-<flow>/**/*.d file), a
    boot-test source (tests/boot/*.[chS], tests/boot/arch/<srcarch>/*), a
    user program tests/init.t builds and boots (tests/init/*.c), a
    tests/negative/*.patch that tests/negative.t applies, a Kconfig or .mk
    file that tools/kernel.mk reads, a tools/ script that the Makefile,
    tools/kernel.mk, tools/check.sh or a test runs, or a docs/ data file a
    test reads (docs/measure-exceptions.txt, read by tests/measure.t); or
  - inline text: only ".. code-block:: console" or "text", and no line of it
    may look like C or assembly source (a statement ending in ';', a lone
    brace, a preprocessor line, an instruction mnemonic with operands).
Plain "::" literal blocks and other languages are therefore refused.  Also:
no "TODO"/"coming soon"/"FIXME" in the hand-written pages or the generated
architecture pages, every reference port has a non-empty page, and no page
names the repository's absolute path (a :diff: listing once did).
"""
import glob
import os
import pickle
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, routines, tap  # noqa: E402
T = tap.Tap()


def check(ok, desc, diag=()):
    T.ok(bool(ok), desc, diag)


def allowed_files():
    ok = set()
    for d in glob.glob(os.path.join(TOP, 'build', '*-*', '**', '*.d'), recursive=True):
        with open(d, errors='replace') as f:
            text = f.read().replace('\\\n', ' ')
        for word in text.split():
            if word.endswith(':'):
                continue
            p = os.path.normpath(os.path.join(TOP, word))
            if os.path.exists(p):
                ok.add(p)
    for port in ports.ports():
        src = os.path.join(TOP, 'arch-examples', port.srcarch)
        ok.add(os.path.join(src, port.name + '.mk'))
        ok.update(glob.glob(os.path.join(src, 'Kconfig*')))
        ok.update(glob.glob(os.path.join(src, '*', 'Kconfig')))
        ok.update(glob.glob(os.path.join(TOP, 'tests', 'boot', 'arch',
                                         os.path.basename(src), '*')))
    ok.update(glob.glob(os.path.join(TOP, 'tests', 'boot', '*.[chS]')))
    ok.update(glob.glob(os.path.join(TOP, 'tests', 'init', '*.c')))
    ok.update(glob.glob(os.path.join(TOP, 'tests', 'negative', '*.patch')))
    ok.update(os.path.join(TOP, p) for p in ('reference/Kconfig', 'reference/Kbuild',
                                             'reference/kernel.lds.S'))
    runners = ['Makefile', 'tools/kernel.mk', 'tools/check.sh'] + \
        [os.path.relpath(p, TOP) for p in glob.glob(os.path.join(TOP, 'tests', '*.t'))]
    for r in runners:
        with open(os.path.join(TOP, r)) as f:
            for m in re.finditer(r'(?:tools|docs)/[\w.-]+', f.read()):
                p = os.path.join(TOP, m.group(0))
                if os.path.isfile(p):
                    ok.add(p)
    return ok


SOURCE_LINE = re.compile(
    r'(;\s*$|^\s*[{}]\s*$|^\s*#\s*(include|define|if|endif)\b|'
    r'^\s*(ldr|str|mov|movs|bl|b|add|sub|cmp|stm\w*|ldm\w*|jmp|call|ret|jsr|trap|sc)\s+\S)')


def main():
    scratch = tempfile.mkdtemp(prefix='docs-t.')
    out, doctrees = os.path.join(scratch, 'html'), os.path.join(scratch, 'doctrees')
    res = subprocess.run(['/usr/bin/sphinx-build', '-q', '-W', '--keep-going', '-n',
                          '-b', 'html', '-d', doctrees, '-c', '.', 'docs', out],
                         cwd=TOP, capture_output=True, text=True, timeout=600)
    check(res.returncode == 0, 'sphinx-build -W -n builds the guide without warnings',
          ['# ' + l for l in (res.stdout + res.stderr).splitlines()[-30:]])
    if res.returncode:
        T.done()

    allowed = allowed_files()
    bad_inc, bad_inline, n_inc, n_inline = [], [], 0, 0
    for path in sorted(glob.glob(os.path.join(doctrees, '**', '*.doctree'), recursive=True)):
        with open(path, 'rb') as f:
            doc = pickle.load(f)
        name = os.path.relpath(path, doctrees)
        from docutils import nodes
        for node in doc.findall(nodes.literal_block):
            src = node.get('source')
            if src:
                n_inc += 1
                if os.path.normpath(src) not in allowed:
                    bad_inc.append('# %s: includes %s' % (name, os.path.relpath(src, TOP)))
                continue
            n_inline += 1
            lang = node.get('language', '')
            text = node.astext()
            if lang not in ('console', 'text'):
                bad_inline.append('# %s: literal block with language %r: %s'
                                  % (name, lang or '::', text.splitlines()[0][:60]))
                continue
            for line in text.splitlines():
                body = line[2:] if lang == 'console' and line.startswith('$ ') else line
                if lang == 'console' and line.startswith('$ '):
                    continue
                if SOURCE_LINE.search(body):
                    bad_inline.append('# %s: source-like line in a %s block: %s'
                                      % (name, lang, line[:70]))
    check(n_inc > 20 and not bad_inc,
          'every literalinclude (%d) names a file the tests build or run' % n_inc, bad_inc)
    check(not bad_inline,
          'no inline literal block holds source code (%d console/text blocks)' % n_inline,
          bad_inline)

    words = []
    pages = glob.glob(os.path.join(TOP, 'docs', '*.rst')) + \
        glob.glob(os.path.join(TOP, 'docs', 'generated', 'arch-*.rst'))
    for p in pages:
        with open(p) as f:
            for i, line in enumerate(f, 1):
                if re.search(r'\bTODO\b|coming soon|\bFIXME\b|\bTBD\b', line, re.I):
                    words.append('# %s:%d: %s' % (os.path.relpath(p, TOP), i, line.strip()))
    check(not words, 'no TODO/coming soon/FIXME in the guide\'s pages', words)

    missing = []
    for port in ports.ports():
        page = os.path.join(out, 'generated', 'arch-%s.html' % port.name)
        if not os.path.exists(page) or os.path.getsize(page) < 4000:
            missing.append('no page or an empty page for %s' % port.name)
    check(not missing, 'every reference port has its architecture page', missing)

    # The lesson of arm's old/new kthread pair, from the real boots: fn sat
    # in the faked pt_regs (pc = kernel_thread_helper, r5 = fn) in 3.6 and
    # sits in the switch frame (cpu_context.r5) in 3.8; the page's "what
    # differs" row must say so, and the diagrams highlight those words.
    if 'arm' not in [p.name for p in ports.checked()]:
        T.skip('the arm page says what differs in the kthread pair', 'arm is not booted '
               '(make check PORTS=...)')
        T.skip('the old kthread diagram highlights the faked pc', 'arm is not booted')
    else:
        with open(os.path.join(TOP, 'docs', 'generated', 'arch-arm.rst')) as f:
            arm = f.read()
        rows = re.findall(r'\* - what differs\n((?:     - .*\n(?:       .*\n)*)+)', arm)
        cells = re.split(r'^     - ', rows[0], flags=re.M)[1:] if rows else []
        want = [('pt_regs S_PC = &kernel_thread_helper', 'pt_regs S_R5 = &kernel_thread_probe'),
                ('thread_info cpu_context.r5 = &kernel_thread_probe',)]
        check(len(cells) == 2 and all(w in c for c, ws in zip(cells, want) for w in ws),
              'the arm page says what differs in the kthread pair: fn from pt_regs to cpu_context',
              ['# ' + l for l in (rows[0] if rows else arm[:300]).splitlines()])
        dot = os.path.join(TOP, 'docs', 'generated', 'stack-arm-old-kthread.dot')
        check(os.path.exists(dot) and '<b>pt_regs S_PC, &amp;kernel_thread_helper</b>'
              in open(dot).read(),
              'the old kthread diagram highlights the faked pc')

    # Each arch page lists its routines' "Differs from Linux:" paragraphs.
    unlisted = []
    for port in ports.ports():
        with open(os.path.join(TOP, 'docs', 'generated', 'arch-%s.rst' % port.name)) as f:
            page = f.read()
        n = page.count('\n* ``arch-examples/%s/' % port.srcarch)
        want = sum(len(r.differs) for r in routines.of_flows(port.srcarch, port.flows))
        if want and not n:
            unlisted.append('# arch-%s lists none of its %d routine differences' % (port.name, want))
    check(not unlisted, "every arch page lists its routines' differences from Linux", unlisted)

    leaks = []
    for page in glob.glob(os.path.join(out, '**', '*.html'), recursive=True):
        with open(page, encoding='utf-8') as f:
            if TOP + '/' in f.read():
                leaks.append('# %s names %s/' % (os.path.relpath(page, out), TOP))
    check(not leaks, 'no page shows where the repository sits on this machine', leaks)
    entities = []
    for page in glob.glob(os.path.join(out, '**', '*.html'), recursive=True):
        with open(page, encoding='utf-8') as f:
            for m in re.finditer(r'.{0,40}&amp;#\d+;.{0,20}', f.read()):
                entities.append('# %s: %s' % (os.path.relpath(page, out), m.group(0)))
    check(not entities, 'no page prints an HTML entity as text (a Doxygen dash once did)',
          entities[:10])
    T.done()


if __name__ == '__main__':
    main()
