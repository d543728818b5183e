#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TAP: every routine of every port's flow directories names its Linux source.

Readers study arch-examples/ to learn real Linux, so each C function and
asm routine under arch-examples/<srcarch>/<flow>/ opens its contract with
the Linux version, file and function it mirrors ("Linux 3.8
arch/arm/kernel/process.c copy_thread()"), or with "Not in Linux:" and why
(tools/lib/routines.py has the grammar).  The version must be the flow's:
old/ is Linux before the 3.8 flag day, new/ 3.8 or later.  Where a routine
differs from its source, a "Differs from Linux:" paragraph says how and
why; the arch page lists those paragraphs.  One result per routine.
"""
import os
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, 'tools'))
from lib import claims, ports, routines, tap  # noqa: E402
import re  # noqa: E402

# Which Linux versions a flow's routines may mirror: (lowest, highest).
FLOW_VERSIONS = {'old': ((2, 6), (3, 7)), 'new': ((3, 8), (99, 0))}


def version(s):
    """'3.8.13' or '3.6-3.8' -> the (major, minor) of each end."""
    ends = s.split('-')
    return [tuple(int(x) for x in e.split('.')[:2]) for e in ends]


def problem(r, flow):
    """What is wrong with @r's contract, or None."""
    if r.not_in_linux:
        return None
    src = r.source
    if not src:
        return ('its comment must open with "Linux <version> <path> <function>" or '
                '"%s"; it opens: %r' % (routines.NOT_IN_LINUX, r.first[:80]))
    lo, hi = FLOW_VERSIONS.get(flow, ((0, 0), (99, 0)))
    for v in version(src['version']):
        if not lo <= v <= hi:
            return 'Linux %s is not a version the %s flow mirrors' % (src['version'], flow)
    return None


def tree_of(v):
    """'3.7.2' -> '3.7', the TREES key of a version, or None."""
    short = '.'.join(v.split('.')[:2])
    return short if short in claims.TREES else None


def in_tree(src):
    """None when @src's path is in the tree of each end of its version and
    holds its function (as a whole word), or what is wrong."""
    for v in src['version'].split('-'):
        tree = tree_of(v)
        if tree is None:
            continue
        text = claims.show(tree, src['path'])
        if text is None:
            return 'Linux %s has no %s' % (v, src['path'])
        fn = re.escape(src['function'])
        word = r'(?<![\w$])%s(?![\w$])' % fn
        if src['function'].startswith('sys_'):    # SYSCALL_DEFINE2(fork, ...
            word += r'|SYSCALL_DEFINE\d\(%s\b' % fn[4:]
        if not re.search(word, text):
            return 'Linux %s %s has no %s' % (v, src['path'], src['function'])
    return None


def main():
    t = tap.Tap()
    seen = set()
    have_trees = claims.trees_present()
    for port in ports.ports():
        if port.srcarch in seen:
            continue
        seen.add(port.srcarch)
        for flow in port.flows:
            for r in routines.of_flows(port.srcarch, (flow,)):
                why = problem(r, flow)
                name = '%s:%d %s names its Linux source' % (r.path, r.line, r.name)
                t.ok(why is None, name, why or ())
                if why is not None or r.not_in_linux:
                    continue
                if not have_trees:
                    t.skip(name + ' in its tree', 'the Linux trees are not in %s' % claims.TREES_DIR)
                    continue
                why = in_tree(r.source)
                t.ok(why is None, name + ' in its tree', why or ())
    if not t.n:
        t.bail('no routine found under arch-examples/*/<flow>/')
    t.done()


if __name__ == '__main__':
    main()
