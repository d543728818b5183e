# SPDX-License-Identifier: GPL-2.0
"""The guide's historical claims and their evidence (docs/claims.txt).

Every Linux version number and commit id in a chapter (docs/*.rst) belongs
to a claim: a snippet of its paragraph, recorded with the evidence that
settles it.  The file's grammar, one claim per block:

    <page>: <snippet, as the paragraph reads with its whitespace folded>
        <tree> <path>: <regex>      the file exists in that tree and matches
        <tree> <path>: !<regex>     ... and does not match
        <tree> <path>               the file exists
        <tree> !<path>              the file does not exist
        quoted: <where>             a commit quoted by a message found there
                                    (for what no tree here holds)

<tree> is one of TREES: the Linux snapshots the claims were checked
against, fetched as git directories (see TREES for their names; the
LINUX_TREES environment variable names the directory holding them).
"""
import os
import re
import subprocess

from . import ports

DOCS = os.path.join(ports.TOP, 'docs')
FILE = os.path.join(DOCS, 'claims.txt')
# The trees: version -> the mirror's directory (owner+name/repo), at HEAD.
TREES = {
    '3.6': 'New-B+Linux3.6/repo',
    '3.7': 'robacklin+linux-3.7.2/repo',
    '3.8': 'opennetworklinux+linux-3.8.13/repo',
    '3.10': 'ludingbin1990+linux3.10/repo',
}
TREES_DIR = os.environ.get('LINUX_TREES', '/work/.mirror')

# A Linux version (2.6.x, 3.x to 6.x) and a 12-digit commit id, as prose
# writes them; not the tail of a longer number (0.27, 10.3).
VERSION = re.compile(r'(?<![\w.])(?:2\.6(?:\.\d+)?|[3-6]\.\d{1,2}(?:\.\d+)?)(?![\w.]*\d)')
COMMIT = re.compile(r'(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])')


class Claim:
    def __init__(self, page, snippet, line):
        self.page, self.snippet, self.line = page, snippet, line
        self.evidence = []        # (kind, tree, path, regex, negate)


def fold(text):
    return ' '.join(text.split())


def load(path=FILE):
    """The claims of docs/claims.txt; ValueError names a bad line."""
    claims = []
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if not line[0].isspace():
                page, sep, snippet = line.partition(': ')
                if not sep or not snippet.strip():
                    raise ValueError('%s:%d: a claim is "<page>: <snippet>"' % (path, n))
                claims.append(Claim(page, fold(snippet), n))
                continue
            if not claims:
                raise ValueError('%s:%d: evidence before any claim' % (path, n))
            claims[-1].evidence.append(parse_evidence(line.strip(), path, n))
    return claims


def parse_evidence(text, path, n):
    if text.startswith('quoted: '):
        return ('quoted', None, None, text[8:], False)
    tree, _, rest = text.partition(' ')
    if tree not in TREES or not rest:
        raise ValueError('%s:%d: evidence is "<tree> <path>[: [!]<regex>]" with a tree of %s, '
                         'or "quoted: <where>"' % (path, n, ', '.join(TREES)))
    fpath, sep, regex = rest.partition(': ')
    if fpath.startswith('!'):
        return ('absent', tree, fpath[1:], None, False)
    negate = regex.startswith('!')
    return ('file', tree, fpath, (regex[1:] if negate else regex) or None, negate)


def pages():
    """docs/<page>.rst -> its paragraphs, folded."""
    out = {}
    for name in sorted(os.listdir(DOCS)):
        if name.endswith('.rst'):
            with open(os.path.join(DOCS, name)) as f:
                out[name[:-4]] = [fold(p) for p in re.split(r'\n\s*\n', f.read())]
    return out


def tokens(paragraph):
    """The (start, end, text) of each version and commit id in @paragraph."""
    return sorted((m.start(), m.end(), m.group()) for pat in (VERSION, COMMIT)
                  for m in pat.finditer(paragraph))


def uncovered(claims, docs):
    """Each version or commit id of a chapter that no claim's snippet spans:
    (page, token, the paragraph's opening)."""
    out = []
    for page, paras in docs.items():
        mine = [c.snippet for c in claims if c.page == page]
        for p in paras:
            spans = [(m.start(), m.start() + len(s)) for s in mine
                     for m in re.finditer(re.escape(s), p)]
            for start, end, tok in tokens(p):
                if not any(a <= start and end <= b for a, b in spans):
                    out.append((page, tok, p[:70]))
    return out


def stale(claims, docs):
    """The claims whose snippet no paragraph of their page holds any more."""
    return [c for c in claims
            if c.page not in docs or not any(c.snippet in p for p in docs[c.page])]


def tree_dir(tree):
    return os.path.join(TREES_DIR, TREES[tree])


def trees_present():
    return all(os.path.isdir(tree_dir(t)) for t in TREES)


def show(tree, path):
    """The file's text in @tree at HEAD, or None when it has none."""
    r = subprocess.run(['git', '-C', tree_dir(tree), 'show', 'HEAD:' + path],
                       capture_output=True, text=True, errors='replace')
    return r.stdout if r.returncode == 0 else None


def check(ev):
    """None when the evidence holds in its tree, or what is wrong."""
    kind, tree, path, regex, negate = ev
    if kind == 'quoted':
        return None
    text = show(tree, path)
    if kind == 'absent':
        return None if text is None else 'Linux %s has %s' % (tree, path)
    if text is None:
        return 'Linux %s has no %s' % (tree, path)
    if regex is None:
        return None
    found = re.search(regex, text, re.M) is not None
    if found == negate:
        return 'Linux %s %s %s /%s/' % (tree, path, 'matches' if negate else 'does not match', regex)
    return None


# A checklist's evidence (tools/status.py): "<version> <path>[:<line>] <what>".
SOURCE = re.compile(r'(?P<v>\S+) (?P<path>[^\s:,;]+)(?::(?P<line>\d+))?[:,;]?(?: (?P<rest>.*))?$')
TREE_OF = {'3.7.2': '3.7', '3.8.13': '3.8'}


def check_source(src):
    """None when a checklist's evidence holds in its tree: the file (or
    directory) exists, and the identifier its text opens with is in the file,
    within two lines of <line> when one is given.  A text that opens with
    "no" (a thing the tree lacks, in prose) needs only the path.  Also None
    for a version no
    tree here holds (riscv's 4.15): only a quotation could settle those."""
    m = SOURCE.match(src)
    if not m:
        return 'not "<version> <path> ...": %r' % src[:60]
    tree = TREE_OF.get(m['v'], m['v'])
    if tree not in TREES:
        return None
    text = show(tree, m['path'])      # a directory shows as 'tree ...'
    if text is None:
        return 'Linux %s has no %s' % (tree, m['path'])
    word = re.match(r'[\w$]+', m['rest'] or '')
    if not word or word.group() == 'no' or text.startswith('tree '):
        return None
    if m['line']:
        n = int(m['line'])
        near = '\n'.join(text.split('\n')[max(0, n - 3):n + 2])
        if word.group() not in near:
            return 'Linux %s %s:%s: no %s near that line' % (tree, m['path'], n, word.group())
    elif word.group() not in text:
        return 'Linux %s %s has no %s' % (tree, m['path'], word.group())
    return None
