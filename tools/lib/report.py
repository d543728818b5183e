# SPDX-License-Identifier: GPL-2.0
"""tools/measure.py's third job, the report: sums over the ports, the
tables (terminal and reST), the CSV files and the plots."""
import csv
import json
import os

from lib import rst
from lib.paths import PATHS
from lib.ports import FLOWS

PATH_TITLES = {
    'kernel_thread': 'kernel_thread() to fn',
    'kernel_execve': 'kernel_execve() to user',
    'fork': 'fork() trap to child in user',
    'execve': 'execve() trap to new image',
    'fork_regs': 'fork trap to do_fork()',
    'execve_regs': 'execve trap to do_execve()',
}


def payoff_row(d):
    old, new = d['flow']['old'], d['flow']['new']
    g = d['generic']
    return dict(port=d['port'], srcarch=d['srcarch'],
                c_old=old['lines_c'], c_new=new['lines_c'],
                asm_old=old['lines_asm'], asm_new=new['lines_asm'],
                lines_delta=new['lines'] - old['lines'],
                text_old=old['text'], text_new=new['text'],
                text_delta=new['text'] - old['text'],
                generic_lines_plus=g['lines_new_only'],
                generic_lines_minus=g['lines_old_only'],
                generic_text_delta=g['text_new'] - g['text_old'],
                net_lines=new['lines'] - old['lines'] + g['lines_new_only'] - g['lines_old_only'])


def totals(datas):
    """Sums over the architectures with both flows; a srcarch shared by
    several ports (x86: i386, x86_64) counts each of its files once."""
    t = dict(ports=[], srcarches=[])
    files = {f: {} for f in FLOWS}
    for d in datas:
        if 'generic' not in d:
            continue
        t['ports'].append(d['port'])
        if d['srcarch'] not in t['srcarches']:
            t['srcarches'].append(d['srcarch'])
        for f in FLOWS:
            files[f].update(d['flow'][f]['files'])
    for f in FLOWS:
        t['lines_c_' + f] = sum(n for p, n in files[f].items() if p.endswith(('.c', '.h')))
        t['lines_asm_' + f] = sum(n for p, n in files[f].items() if p.endswith(('.S', '.s')))
        t['lines_' + f] = t['lines_c_' + f] + t['lines_asm_' + f]
    rows = [payoff_row(d) for d in datas if 'generic' in d]
    t['lines_delta'] = t['lines_new'] - t['lines_old'] if rows else 0
    t['text_old'] = sum(r['text_old'] for r in rows)
    t['text_new'] = sum(r['text_new'] for r in rows)
    gen = [d['generic'] for d in datas if 'generic' in d]
    # The generic side is one core: count it once.
    t['generic_lines_plus'] = max((g['lines_new_only'] for g in gen), default=0)
    t['generic_lines_minus'] = max((g['lines_old_only'] for g in gen), default=0)
    t['net_lines'] = t['lines_delta'] + t['generic_lines_plus'] - t['generic_lines_minus']
    t['paths'] = {}
    for p in PATHS:
        o = [d['flow']['old']['paths']['instructions'].get(p) for d in datas
             if 'old' in d['flow'] and 'new' in d['flow']
             and 'paths' in d['flow']['old'] and 'paths' in d['flow']['new']
             and d['flow']['new']['paths']['instructions'].get(p) is not None]
        n = [d['flow']['new']['paths']['instructions'].get(p) for d in datas
             if 'old' in d['flow'] and 'new' in d['flow']
             and 'paths' in d['flow']['old'] and 'paths' in d['flow']['new']
             and d['flow']['new']['paths']['instructions'].get(p) is not None]
        if o and None not in o:
            t['paths'][p] = dict(old=sum(o), new=sum(n))
    return t


def signed(n):
    return '%+d' % n


def tables(datas, tot):
    ph = ['arch', 'C old', 'C new', 'asm old', 'asm new', 'lines', '.text old',
          '.text new', '.text', 'generic +', 'generic -', 'net lines']
    prow = []
    for d in datas:
        if 'generic' not in d:
            continue
        r = payoff_row(d)
        prow.append([d['port'], r['c_old'], r['c_new'], r['asm_old'], r['asm_new'],
                     signed(r['lines_delta']), r['text_old'], r['text_new'],
                     signed(r['text_delta']), '+%d' % r['generic_lines_plus'],
                     '-%d' % r['generic_lines_minus'], signed(r['net_lines'])])
    if prow:
        prow.append(['total', tot['lines_c_old'], tot['lines_c_new'], tot['lines_asm_old'],
                     tot['lines_asm_new'], signed(tot['lines_delta']), tot['text_old'],
                     tot['text_new'], signed(tot['text_new'] - tot['text_old']),
                     '+%d' % tot['generic_lines_plus'], '-%d' % tot['generic_lines_minus'],
                     signed(tot['net_lines'])])
    th = ['arch', 'path', 'old', 'new', 'new-old']
    trow = []
    for d in datas:
        for p in PATHS:
            vals = [d['flow'].get(f, {}).get('paths', {}).get('instructions', {}).get(p)
                    for f in d['flows']]
            if all(v is None for v in vals):
                continue
            o = d['flow'].get('old', {}).get('paths', {}).get('instructions', {}).get(p)
            n = d['flow'].get('new', {}).get('paths', {}).get('instructions', {}).get(p)
            trow.append([d['port'], PATH_TITLES[p], '-' if o is None else o,
                         '-' if n is None else n,
                         signed(n - o) if None not in (o, n) else '-'])
    return (ph, prow), (th, trow)


def plots(out, datas):
    """The two charts of the Measurements chapter, drawn for its text column
    (7.4 in wide, 10 pt text, legends below the plots, never over a title):
    the payoff as horizontal bars (one pair per port, so it grows down, not
    across), the path costs as a grid of two columns."""
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    matplotlib.rcParams['svg.hashsalt'] = 'measure'
    matplotlib.rcParams['font.size'] = 10
    colours = {'C': ('#8fb3d9', '#f2a65a'), 'asm': ('#2f6aa6', '#c4661f')}
    both = [d for d in datas if 'generic' in d]
    fig, ax = plt.subplots(figsize=(7.4, 0.42 * len(both) + 1.6))
    for i, d in enumerate(both):
        for j, f in enumerate(FLOWS):
            fd = d['flow'][f]
            y = i + (j - 0.5) * 0.38
            ax.barh(y, fd['lines_c'], 0.36, color=colours['C'][j],
                    label=('C, ' + f) if i == 0 else None)
            ax.barh(y, fd['lines_asm'], 0.36, left=fd['lines_c'], color=colours['asm'][j],
                    label=('asm, ' + f) if i == 0 else None)
    ax.set_yticks(range(len(both)), [d['port'] for d in both])
    ax.invert_yaxis()
    ax.set_xlabel('arch lines (no comments, no blanks; common/ not counted)')
    ax.set_title('Conversion payoff: old/ vs new/ arch code')
    fig.legend(loc='lower center', ncol=4, frameon=False)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    fig.savefig(os.path.join(out, 'payoff.svg'), metadata={'Date': None})
    plt.close(fig)

    measured = [d for d in datas if any('paths' in d['flow'].get(f, {}) for f in d['flows'])]
    rows = (len(PATHS) + 1) // 2
    fig, axes = plt.subplots(rows, 2, figsize=(7.4, 2.6 * rows + 0.6), squeeze=False)
    for ax, p in zip(axes.flat, PATHS):
        for i, d in enumerate(measured):
            for j, f in enumerate(FLOWS):
                n = d['flow'].get(f, {}).get('paths', {}).get('instructions', {}).get(p)
                if n is not None:
                    ax.bar(i + (j - 0.5) * 0.38, n, 0.36, color=colours['asm'][j],
                           label=f if (i == 0 and p == PATHS[0]) else None)
        ax.set_xticks(range(len(measured)), [d['port'] for d in measured], rotation=60,
                      fontsize=8)
        ax.set_title(PATH_TITLES[p])
        ax.tick_params(axis='y', labelsize=8)
    for ax in axes.flat[len(PATHS):]:
        ax.set_visible(False)
    for ax in axes[:, 0]:
        ax.set_ylabel('instructions')
    fig.legend(loc='lower center', ncol=2, frameon=False)
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(os.path.join(out, 'paths.svg'), metadata={'Date': None})
    plt.close(fig)


def write_tables_rst(path, prow_table, path_table, datas):
    (ph, prow), (th, trow) = prow_table, path_table
    # A lone "-" (not measured) would start a bullet list in reST.
    prow, trow = ([['\\-' if c == '-' else c for c in r] for r in t] for t in (prow, trow))
    with open(path, 'w') as f:
        f.write('.. Generated by tools/measure.py (make measure); do not edit.\n\n')
        f.write('.. table:: Conversion payoff: arch lines (C = .c/.h, asm = .S; '
                'comments and blank lines excluded; common/ not counted), .text bytes '
                'of the old/ and new/ objects, and the generic reference/ lines '
                'compiled only in the new (+) or only in the old (-) flow\n'
                '   :class: measure-table\n\n')
        f.write(''.join('   ' + l + '\n' for l in rst.simple_table(ph, prow)) + '\n')
        f.write('.. table:: Path cost: instructions executed under QEMU '
                '(-icount, exact, repeatable)\n'
                '   :class: measure-table\n\n')
        f.write(''.join('   ' + l + '\n' for l in rst.simple_table(th, trow)) + '\n')
        notes = ['%s: %s' % (d['port'], n) for d in datas for n in d['notes']]
        notes += ['%s: paths not measured: %s' % (d['port'], d['paths_skipped'])
                  for d in datas if d.get('paths_skipped')]
        if notes:
            f.write('Not measured:\n\n' + ''.join('* %s\n' % n for n in notes) + '\n')


def write_csv(out, datas):
    with open(os.path.join(out, 'payoff.csv'), 'w', newline='') as f:
        rows = [payoff_row(d) for d in datas if 'generic' in d]
        if rows:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    with open(os.path.join(out, 'paths.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['port', 'path', 'old', 'new'])
        for d in datas:
            for p in PATHS:
                vals = [d['flow'].get(fl, {}).get('paths', {}).get('instructions', {}).get(p)
                        for fl in FLOWS]
                if any(x is not None for x in vals):
                    w.writerow([d['port'], p] + ['' if x is None else x for x in vals])


def write(out, datas, runs, paths_only):
    """Every file under @out, and the tables on stdout."""
    for d in datas:
        with open(os.path.join(out, d['port'] + '.json'), 'w') as f:
            json.dump(d, f, indent=1, sort_keys=True)
            f.write('\n')
    tot = {} if paths_only else totals(datas)
    payoff, paths = tables(datas, tot)
    if not paths_only:
        with open(os.path.join(out, 'totals.json'), 'w') as f:
            json.dump(tot, f, indent=1, sort_keys=True)
            f.write('\n')
        write_csv(out, datas)
        write_tables_rst(os.path.join(out, 'tables.rst'), payoff, paths, datas)
        plots(out, datas)
        print('Conversion payoff (arch lines without comments/blanks; common/ '
              'shared, not counted; .text in bytes; generic = reference/ lines '
              'only the new (+) / old (-) flow compiles)')
        print('\n'.join(rst.text_table(*payoff)))
        print()
    print('Path cost (instructions executed, QEMU -icount, %d identical run(s) each)' % runs)
    print('\n'.join(rst.text_table(*paths)))
