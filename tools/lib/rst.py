# SPDX-License-Identifier: GPL-2.0
"""reStructuredText the generated pages are made of."""


def title(text, ch='='):
    return '%s\n%s\n\n' % (text, ch * len(text))


def text_block(lines, lang='text'):
    body = ''.join('   %s\n' % l if l.strip() else '\n' for l in lines)
    return '.. code-block:: %s\n\n%s\n' % (lang, body)


def list_table(rows, widths=None, header=1, stub_columns=0, css_class=None):
    """A list-table; a cell may hold several lines (and reST of its own)."""
    out = '.. list-table::\n   :header-rows: %d\n' % header
    if css_class:
        out += '   :class: %s\n' % css_class
    if stub_columns:
        out += '   :stub-columns: %d\n' % stub_columns
    out += '   :widths: %s\n\n' % (' '.join(map(str, widths)) if widths else 'auto')
    for row in rows:
        for i, cell in enumerate(row):
            cell_lines = (cell or '\\ ').split('\n')
            out += '   %s %s\n' % ('* -' if i == 0 else '  -', cell_lines[0])
            for l in cell_lines[1:]:
                out += ('       ' + l if l else '') + '\n'
    return out + '\n'


def simple_table(head, rows):
    """A simple table (one line a row) as a list of lines."""
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    sep = ' '.join('=' * x for x in w)
    line = lambda r: ' '.join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return [sep, line(head), sep] + [line(r) for r in rows] + [sep]


def text_table(head, rows):
    """The same table for a terminal: first column left, the rest right."""
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    line = lambda r: '  '.join(str(x).rjust(w[i]) if i else str(x).ljust(w[i])
                               for i, x in enumerate(r))
    return [line(head), '  '.join('-' * x for x in w)] + [line(r) for r in rows]
