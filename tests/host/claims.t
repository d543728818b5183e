#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: every Linux version and commit id the chapters name has its evidence.

docs/claims.txt (grammar in tools/lib/claims.py) records each claim of
docs/*.rst that names a Linux version or a commit, by a snippet of its
paragraph, with the trees and files that settle it.  Checked here:

  - every version and commit id of every chapter lies inside a recorded
    snippet (a new claim cannot slip in unchecked);
  - no recorded snippet is stale (its paragraph still says it);
  - every claim has evidence, and one about Linux 3.10 or older has some in
    a tree, not only a quotation;
  - each piece of evidence holds in its tree, when the trees are here
    (LINUX_TREES; they are fetched, not installed, so CI skips this part);
  - so does every evidence row of every checklist (checklists/*.txt): its
    file exists in the version it names, with the identifier it quotes
    (near the line it gives).
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, 'tools'))
import status  # noqa: E402
from lib import claims, tap  # noqa: E402


def only_old_linux(c):
    """Whether every token of the claim is a version up to 3.10 (no commit id
    and nothing later): what the trees here can settle."""
    toks = [t for _, _, t in claims.tokens(c.snippet)]
    return toks and all(claims.VERSION.fullmatch(t) and
                        tuple(int(x) for x in t.split('.')[:2]) <= (3, 10) for t in toks)


def main():
    t = tap.Tap()
    try:
        recorded = claims.load()
    except (OSError, ValueError) as e:
        t.bail(str(e))
    docs = claims.pages()
    left = claims.uncovered(recorded, docs)
    t.ok(not left, 'every Linux version and commit id in docs/*.rst belongs to a claim '
         'of docs/claims.txt',
         ['%s: %s in "%s..."' % x for x in left])
    old = claims.stale(recorded, docs)
    t.ok(not old, 'every claim of docs/claims.txt is still in its page',
         ['docs/claims.txt:%d: %s: "%s" is not in docs/%s.rst' % (c.line, c.page, c.snippet,
                                                                   c.page) for c in old])
    have_trees = claims.trees_present()
    for c in recorded:
        name = 'docs/claims.txt:%d %s: "%s"' % (c.line, c.page, c.snippet[:50])
        in_tree = [e for e in c.evidence if e[0] != 'quoted']
        t.ok(c.evidence and (in_tree or not only_old_linux(c)), name + ' has evidence',
             'a claim about Linux 3.10 or older needs evidence in a tree' if c.evidence
             else 'no evidence line under it')
        if not in_tree:
            continue
        if not have_trees:
            t.skip(name + ' holds in the trees', 'the Linux trees are not in %s (fetch %s)'
                   % (claims.TREES_DIR, ', '.join(claims.TREES.values())))
            continue
        wrong = [w for w in map(claims.check, in_tree) if w]
        t.ok(not wrong, name + ' holds in the trees', wrong)
    checklists, _ = status.load_checklists(os.path.join(TOP, 'checklists'))  # status.t judges errors
    for cl in checklists:
        name = '%s: every evidence row holds in its tree' % os.path.relpath(cl.path, TOP)
        if not have_trees:
            t.skip(name, 'the Linux trees are not in %s' % claims.TREES_DIR)
            continue
        wrong = ['%s %s: %s' % (sid, when, w) for sid, st in cl.steps.items()
                 for when, src in st.evidence.items() for w in [claims.check_source(src)] if w]
        t.ok(not wrong, name, wrong)
    t.done()


if __name__ == '__main__':
    main()
