#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""The built guide (build/html) in headless Chromium, driven over the
DevTools protocol by tests/docs_cdp.py (stdlib only).

Serves build/html on 127.0.0.1 (python3 -m http.server, a free port) and
checks: every page loads without a JavaScript error; the stack diagrams and
call-flow diagrams render (non-empty SVG) on the architecture pages and on
the old- and new-flow chapters; search.html?q=ret_from_kernel_thread lists
results; the status matrix's cells have one background colour per state;
the flow graphs render their text at 10 px or more, and a stack diagram
that renders it smaller (two share the column) has a "full size" link to
its own SVG; no page is wider than the window and no table wider than the
text column (at 1400 px); no page shows the path of the build machine's
checkout; every chapter links a glossary term; the Next links follow
Onboarding's reading order; every internal href resolves to a file and, if
it has one, an anchor.  Screenshots at 1400 px wide of the index, the arm
page, the status matrix, both flow graphs and arm's old/new stack pairs go
to build/screenshots/.  Prints TAP.  Run `make html` first.
"""
import glob
import html.parser
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, 'tests'))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import ports, tap  # noqa: E402
import docs_cdp  # noqa: E402

HTML = os.path.join(TOP, 'build', 'html')
SHOTS = os.path.join(TOP, 'build', 'screenshots')
T = tap.Tap()


def check(ok, desc, diag=()):
    T.ok(bool(ok), desc, diag)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id'):
            self.ids.add(a['id'])
        if tag == 'a' and a.get('name'):
            self.ids.add(a['name'])
        for key in ('href', 'src', 'data'):
            if a.get(key) and (tag != 'link' or key == 'href'):
                self.hrefs.append(a[key])


def link_check(pages):
    parsed = {}
    for p in pages:
        lk = Links()
        with open(p, encoding='utf-8') as f:
            lk.feed(f.read())
        parsed[p] = lk
    bad = []
    for p, lk in parsed.items():
        for href in lk.hrefs:
            u = urllib.parse.urlsplit(href)
            if u.scheme or href.startswith('//') or href.startswith('mailto:'):
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(p),
                                                   urllib.parse.unquote(u.path))) if u.path else p
            if os.path.isdir(target):
                target = os.path.join(target, 'index.html')
            if not os.path.exists(target):
                bad.append('# %s: %s: no such file' % (os.path.relpath(p, HTML), href))
                continue
            if u.fragment and target.endswith('.html'):
                if target not in parsed:
                    lk2 = Links()
                    with open(target, encoding='utf-8') as f:
                        lk2.feed(f.read())
                    parsed[target] = lk2
                if urllib.parse.unquote(u.fragment) not in parsed[target].ids:
                    bad.append('# %s: %s: no such anchor' % (os.path.relpath(p, HTML), href))
    return bad


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


DIAGRAMS_JS = r'''
(() => {
  const out = [];
  for (const o of document.querySelectorAll('div.graphviz object, div.graphviz img, img.graphviz')) {
    let w = 0, h = 0;
    if (o.tagName === 'IMG') { w = o.naturalWidth; h = o.naturalHeight; }
    else {
      const d = o.contentDocument;
      const svg = d && d.querySelector('svg');
      if (svg) { const b = svg.getBBox(); w = b.width; h = b.height; }
    }
    const r = o.getBoundingClientRect();
    const cell = o.closest('td');
    const full = cell && [...cell.querySelectorAll('p.full-size a')]
      .map(a => a.getAttribute('href'));
    out.push([o.getAttribute('data') || o.getAttribute('src'), w, h, r.width, r.height,
              !!o.closest('table'), full || []]);
  }
  return JSON.stringify(out);
})()
'''

# Horizontal overflow at 1400 px: the page wider than the window, or a
# table (furo lets a wide one scroll inside its wrapper) wider than the
# text column it sits in.
OVERFLOW_JS = r'''
(() => {
  const out = [];
  const d = document.documentElement;
  if (d.scrollWidth > d.clientWidth + 1)
    out.push('page ' + d.scrollWidth + ' px wide in a ' + d.clientWidth + ' px window');
  for (const t of document.querySelectorAll('article table')) {
    const box = t.parentElement;
    if (t.scrollWidth > box.clientWidth + 1)
      out.push('table ' + (t.className || '') + ' ' + t.scrollWidth + ' px in ' +
               box.clientWidth + ' px: ' + t.textContent.trim().replace(/\s+/g, ' ').slice(0, 40));
  }
  return JSON.stringify(out);
})()
'''


def main():
    if not os.path.exists(os.path.join(HTML, 'index.html')):
        T.ok(False, 'build/html exists (run make html)')
        T.done()
    pages = sorted(glob.glob(os.path.join(HTML, '**', '*.html'), recursive=True))
    bad = link_check(pages)
    check(not bad, 'every internal link of %d pages resolves to a file and anchor'
          % len(pages), bad[:40])

    # Every chapter (each docs/*.rst but the index and the glossary itself)
    # links at least one glossary term, so a reader meets the glossary.
    unlinked = []
    for src in sorted(glob.glob(os.path.join(TOP, 'docs', '*.rst'))):
        name = os.path.basename(src)[:-4]
        if name in ('index', 'glossary'):
            continue
        with open(os.path.join(HTML, name + '.html'), encoding='utf-8') as f:
            if 'href="glossary.html#term-' not in f.read():
                unlinked.append('# %s.html links no glossary term' % name)
    check(not unlinked, 'every chapter links the glossary', unlinked)

    # Where the checkout sits on the build machine is nobody's business:
    # listings and diff headers name files relative to the repository.
    here = [os.path.realpath(TOP), os.path.abspath(TOP)]
    leaks = []
    for p in pages:
        with open(p, encoding='utf-8') as f:
            text = f.read()
        leaks += ['# %s says %s' % (os.path.relpath(p, HTML), h) for h in set(here) if h in text]
    check(not leaks, 'no page names the checkout\'s path (%s)' % os.path.realpath(TOP), leaks[:20])

    # One reading order: the pages Onboarding's "Reading order" names come
    # in that order along the Next links (the sidebar's order) from it.
    chain, page = [], 'onboarding.html'
    while page and page not in chain and len(chain) < 400:
        chain.append(page)
        with open(os.path.join(HTML, page), encoding='utf-8') as f:
            m = re.search(r'<a class="next-page" href="([^"#]*)"', f.read())
        page = os.path.normpath(os.path.join(os.path.dirname(page), m.group(1))) if m else None
    with open(os.path.join(TOP, 'docs', 'onboarding.rst'), encoding='utf-8') as f:
        order = re.search(r'Reading order\n-+\n(.*?)\n\n\S', f.read(), re.S).group(1)
    named = [('generated/%s.html' if r.startswith('arch-') else '%s.html') % r
             for r in re.findall(r':ref:`([\w-]+)`', order)]
    at = [chain.index(n) if n in chain else -1 for n in named]
    check(len(named) >= 5 and -1 not in at and at == sorted(at),
          'the Next links follow Onboarding\'s reading order (%s)' % ', '.join(named),
          ['# along Next: ' + ' '.join(chain[:12])])

    port = free_port()
    server = subprocess.Popen(['/usr/bin/python3', '-m', 'http.server', '--bind', '127.0.0.1',
                               '-d', HTML, str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix='browser-t.')
    browser = None
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(('127.0.0.1', port), 0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        browser = docs_cdp.Chromium(profile)
        base = 'http://127.0.0.1:%d/' % port
        errors = []
        for p in pages:
            rel = os.path.relpath(p, HTML)
            errs = browser.load(base + rel)
            errors += ['# %s: %s' % (rel, e) for e in errs]
        check(not errors, 'no JavaScript error on any of %d pages' % len(pages), errors[:40])

        wide = []
        for p in pages:
            rel = os.path.relpath(p, HTML)
            if rel in ('genindex.html', 'search.html'):
                continue
            browser.load(base + rel)
            wide += ['# %s: %s' % (rel, w) for w in browser.eval_json(OVERFLOW_JS)]
        check(not wide, 'no page and no table overflows the text column at 1400 px', wide[:40])

        flow_pages = ['old-flows.html', 'new-flows.html']
        diag_pages = flow_pages + sorted(
            os.path.relpath(p, HTML) for p in glob.glob(os.path.join(HTML, 'generated', 'arch-*.html')))
        for rel in diag_pages:
            browser.load(base + rel)
            found = []
            for _ in range(50):
                found = browser.eval_json(DIAGRAMS_JS)
                if found and all(f[1] > 0 and f[3] > 0 for f in found):
                    break
                time.sleep(0.1)
            with open(os.path.join(HTML, rel), encoding='utf-8') as f:
                failed_boot = 'not drawn:' in f.read() or 'No diagram:' in open(os.path.join(HTML, rel)).read()
            empty = ['# %s: %s is empty (%s)' % (rel, f[0], f[1:]) for f in found
                     if not (f[1] > 0 and f[2] > 0 and f[3] > 0 and f[4] > 0)]
            if found or not failed_boot:
                check(found and not empty, '%s: %d diagrams render as non-empty SVG'
                      % (rel, len(found)), empty)
            else:
                check(True, '%s: no diagrams, and the page says the boot did not draw them' % rel)
            # Every graph is drawn at 10 pt.  A flow graph (not in a table)
            # must render that at 10 px or more; a stack diagram in a pair
            # may render smaller only with a link to its full-size SVG.
            px = lambda f: 10 * f[3] / f[1] if f[1] else 0  # noqa: E731
            small = ['# %s: text at %.1f px' % (f[0], px(f)) for f in found
                     if not f[5] and px(f) < 10]
            unlinked = ['# %s: text at %.1f px and no full-size link' % (f[0], px(f))
                        for f in found if f[5] and px(f) < 10 and f[0] not in f[6]]
            if rel in flow_pages:
                flows = [f for f in found if not f[5]]
                check(flows and not small, '%s: its %d flow graphs render their text at '
                      '10 px or more' % (rel, len(flows)), small)
            elif found:
                check(not small and not unlinked, '%s: every diagram renders its text at 10 px '
                      'or links its full size' % rel, small + unlinked)

        browser.load(base + 'search.html?q=ret_from_kernel_thread')
        hits = []
        for _ in range(100):
            hits = browser.eval_json(
                'JSON.stringify([...document.querySelectorAll("#search-results ul.search li a")]'
                '.map(a => a.textContent))')
            if hits:
                break
            time.sleep(0.1)
        check(hits, 'search for ret_from_kernel_thread finds %d pages' % len(hits),
              ['# ' + h for h in hits[:5]])

        # The status matrix coloured by state: every kind (its legend shows
        # each) has a background of its own on the whole cell.
        browser.load(base + 'generated/status-matrix.html')
        kinds = ['tested', 'untested', 'fail', 'hist', 'todo', 'na']
        bg = browser.eval_json(
            'JSON.stringify(Object.fromEntries(%r.map(k => {'
            'const p = document.querySelector("table.status-matrix td > p.st-" + k);'
            'return [k, p ? getComputedStyle(p.parentElement).backgroundColor : null];})))'
            % kinds)
        check(all(bg.get(k) not in (None, 'rgba(0, 0, 0, 0)') for k in kinds)
              and len(set(bg.values())) == len(kinds),
              'the status matrix colours its cells by state, each state its own',
              ['# %s: %s' % kv for kv in sorted(bg.items())])

        # The measurement charts are drawn for the text column (7.4 in, 10 pt):
        # shown at 90 % of that or more, their text stays at 12 px.
        browser.load(base + 'measurements.html')
        time.sleep(0.3)
        charts = browser.eval_json(
            'JSON.stringify([...document.querySelectorAll("article img")]'
            '.filter(i => i.src.endsWith(".svg"))'
            '.map(i => [i.getAttribute("src"), i.naturalWidth, i.getBoundingClientRect().width]))')
        shrunk = ['# %s: %d px of %d' % (c[0], c[2], c[1]) for c in charts
                  if not c[1] or c[2] < 0.9 * c[1]]
        check(len(charts) >= 2 and not shrunk, 'measurements.html: its %d charts show at 90 %% '
              'of their drawn width or more' % len(charts), shrunk)

        os.makedirs(SHOTS, exist_ok=True)
        # At 1400 px wide: the pages, then the diagrams a reader must be
        # able to read (the flow graphs, arm's old/new stack pairs) and the
        # whole status matrix.
        for rel, name, sel in (
                ('index.html', 'index', None), ('generated/arch-arm.html', 'arch-arm', None),
                ('generated/status-matrix.html', 'status', 'table.status-matrix'),
                ('measurements.html', 'measurements', 'article'),
                ('old-flows.html', 'flow-graph-old', 'figure:has(div.graphviz)'),
                ('new-flows.html', 'flow-graph-new', 'figure:has(div.graphviz)'),
                ('generated/arch-arm.html', 'stack-pair-arm', 'table:has(div.graphviz)')):
            if name == 'stack-pair-arm' and 'arm' not in [p.name for p in ports.checked()]:
                T.skip('screenshot build/screenshots/%s.png' % name, 'arm is not booted '
                       '(make check PORTS=...)')
                continue
            browser.load(base + rel)
            time.sleep(0.5)
            out = os.path.join(SHOTS, name + '.png')
            browser.screenshot(out, sel)
            check(os.path.getsize(out) > 10000, 'screenshot build/screenshots/%s.png' % name)
    except Exception as e:      # noqa: BLE001 -- report, never hang
        check(False, 'the browser session ran to the end', ['# %r' % e])
    finally:
        if browser:
            browser.close()
        server.terminate()
        server.wait(5)
        shutil.rmtree(profile, ignore_errors=True)

    T.done()


if __name__ == '__main__':
    main()
