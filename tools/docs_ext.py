# SPDX-License-Identifier: GPL-2.0
"""Sphinx extension of the guide: literalinclude of one C function or asm symbol.

    .. literalinclude:: /../reference/kernel/fork.c
       :function: do_fork

    .. literalinclude:: /../arch-examples/arm/new/entry.S
       :symbol: ret_from_fork

:function: NAME takes the definition of NAME (not a prototype), from the
comment block and any #if line right above it down to the first "}" in
column 0.  :symbol: NAME takes the comment above SYM_*_START*(NAME) down to
its SYM_*_END(NAME) (<linux/linkage.h>); for SYM_INNER_LABEL(NAME, ...), down
to the end of the symbol it is inside.  Both fail the build if NAME is not
found, so a rename cannot leave a stale listing, nor an unmarked asm symbol.

Every listing is captioned with its file's path in the repository (unless
it has a caption of its own), and a :diff: listing names its two files by
that path too, never by where the repository sits on this machine.

A graph drawn inside a table (the old/new stack pairs of the architecture
pages) shares the text column with its neighbour, so the browser scales it
down: under it goes a "full size" link to its SVG, which opens at the size
dot drew it.
"""
import os
import re

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.directives.code import LiteralInclude
from sphinx.ext import graphviz
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _extend_up(lines, i):
    """Move start index @i up over an #if line and a comment block."""
    while i > 0 and lines[i - 1].startswith('#if'):
        i -= 1
    if i > 0 and lines[i - 1].rstrip().endswith('*/'):
        j = i - 1
        while j > 0 and not lines[j].startswith('/*'):
            j -= 1
        if lines[j].startswith('/*'):
            i = j
    return i


def c_function(lines, name):
    pat = re.compile(r'^[A-Za-z_].*\b%s\(' % re.escape(name))
    for i, line in enumerate(lines):
        if not pat.match(line):
            continue
        for k in range(i, min(i + 20, len(lines))):
            if lines[k].rstrip() == '{':
                end = next((e for e in range(k, len(lines)) if lines[e].rstrip() == '}'), None)
                if end is None:
                    return None
                return _extend_up(lines, i), end
            if lines[k].rstrip().endswith(';') and not lines[k].startswith('#'):
                break
    return None


def asm_symbol(lines, name):
    n = re.escape(name)
    start = re.compile(r'^\s*SYM_[A-Z]+_START\w*\(%s\)' % n)
    inner = re.compile(r'^\s*SYM_INNER_LABEL\w*\(%s,' % n)
    end = re.compile(r'^\s*SYM_[A-Z]+_END\w*\(%s[,)]' % n)
    any_end = re.compile(r'^\s*SYM_[A-Z]+_END\w*\(')
    for i, line in enumerate(lines):
        stop = end if start.match(line) else any_end if inner.match(line) else None
        if stop:
            last = next((e for e in range(i + 1, len(lines)) if stop.match(lines[e])), None)
            return None if last is None else (_extend_up(lines, i), last)
    return None


class CLiteralInclude(LiteralInclude):
    option_spec = dict(LiteralInclude.option_spec,
                       function=directives.unchanged_required,
                       symbol=directives.unchanged_required)

    def run(self):
        which = 'function' if 'function' in self.options else \
            'symbol' if 'symbol' in self.options else None
        if which:
            name = self.options.pop(which)
            _, path = self.env.relfn2path(self.arguments[0])
            try:
                with open(path, encoding='utf-8') as f:
                    lines = f.read().split('\n')
            except OSError as e:
                return [self.state.document.reporter.warning(
                    'cannot read %s: %s' % (path, e), line=self.lineno)]
            span = (c_function if which == 'function' else asm_symbol)(lines, name)
            if span is None:
                return [self.state.document.reporter.warning(
                    '%s %s not found in %s' % (which, name, self.arguments[0]),
                    line=self.lineno)]
            self.options['lines'] = '%d-%d' % (span[0] + 1, span[1] + 1)
            self.options.setdefault('lineno-match', True)
        top = os.path.dirname(self.env.srcdir) + os.sep
        _, path = self.env.relfn2path(self.arguments[0])
        self.options.setdefault('caption', os.path.relpath(path, top))
        out = super().run()
        for block in (n for node in out for n in node.traverse(nodes.literal_block)):
            text = block.astext()
            if top in text:
                block.children = [nodes.Text(text.replace(top, ''))]
                block.rawsource = text.replace(top, '')
        return out


def in_table(node):
    while node is not None:
        if isinstance(node, nodes.table):
            return True
        node = node.parent
    return False


def visit_graphviz(self, node):
    """sphinx.ext.graphviz's HTML visitor, plus the "full size" link of a
    graph in a table."""
    start = len(self.body)
    try:
        graphviz.html_visit_graphviz(self, node)
    except nodes.SkipNode:
        svg = re.search(r'<object data="([^"]+\.svg)"', ''.join(self.body[start:]))
        if svg and in_table(node):
            self.body.append('<p class="full-size"><a href="%s">full size</a></p>\n'
                             % svg.group(1))
        raise


def setup(app):
    app.add_directive('literalinclude', CLiteralInclude, override=True)
    app.add_node(graphviz.graphviz, override=True, html=(visit_graphviz, None))
    return {'parallel_read_safe': True, 'parallel_write_safe': True}
