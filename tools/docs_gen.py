#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Generate the guide's generated pages into OUTDIR (docs/generated).

usage: tools/docs_gen.py OUTDIR

Called by conf.py at Sphinx's builder-inited.  It makes:
  - build/doxygen/xml (Doxygen over the generic core, for Breathe);
  - the status matrix and the per-arch checklist pages (tools/status.py rst);
  - arch-<ARCH>.rst for every reference port (arch-examples/*/<ARCH>.mk),
    from what its boots left in build/<ARCH>-<flow>/ and build/results/;
    stack-<ARCH>-<flow>-<kind>.dot from tools/stackdiagram.py;
  - born-stacks.rst (chapter 1) and negative-<patch>.rst (porting,
    onboarding) from the boots and the negative control's runs.
Missing boots are reported on the pages, never left blank.
"""
import fnmatch
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import status
from lib import ports as lib_ports
from lib import routines
from lib.paths import PATHS
from lib.report import PATH_TITLES
from lib.rst import list_table, text_block, title

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = '/usr/bin/python3'
write = status.write_if_changed
KINDS = (('kthread', 'a new kernel thread'), ('fork', "/init's first fork child"))


def ports():
    """[(ARCH, SRCARCH, [flows], .mk variables)] for every reference port."""
    return [(p.name, p.srcarch, list(p.flows),
             lib_ports.mk_vars(p.name, p.flows[0], ['TRIPLE', 'QEMU', 'USER_BASE', 'DEBIAN_KERNEL',
                                                    'ARCH_EXCLUDE', 'BOOT_CMD']))
            for p in lib_ports.ports()]


def rel(path):
    """A path for literalinclude/graphviz: relative to docs/ via '/'."""
    return '/../' + os.path.relpath(path, TOP)


# --------------------------------------------------------------- boots

class Boot:
    def __init__(self, arch, flow):
        self.arch, self.flow = arch, flow
        self.dir = os.path.join(TOP, 'build', '%s-%s' % (arch, flow))
        self.log = os.path.join(self.dir, 'boot.log')
        self.offsets_path = os.path.join(self.dir, 'asm-offsets.json')
        self.vmlinux = os.path.join(self.dir, 'vmlinux')
        self.differs = {}   # kind: the words unlike the other flow's (diagram())
        rpath = os.path.join(TOP, 'build', 'results', '%s-%s.json' % (arch, flow))
        self.results = None
        if os.path.exists(rpath):
            try:
                with open(rpath) as f:
                    self.results = json.load(f)
            except ValueError:
                self.results = None
        self.offsets = None
        if os.path.exists(self.offsets_path):
            with open(self.offsets_path) as f:
                self.offsets = json.load(f)

    @property
    def booted(self):
        return os.path.exists(self.log)

    def failing(self):
        if not self.results:
            return []
        return sorted(c for c, v in self.results['cases'].items() if v == 'not ok')

    def log_tail(self, n=12):
        with open(self.log, errors='replace') as f:
            lines = [l.rstrip('\n') for l in f if not l.startswith('# newborn')]
        return lines[-n:]

    def drew(self, kind):
        """Whether this boot printed the newborn stack of kind."""
        if not (self.booted and self.offsets and os.path.exists(self.vmlinux)):
            return False
        with open(self.log, errors='replace') as f:
            return '# newborn %s:' % kind in f.read()

    def diagram(self, kind, outdir, other=None):
        """Writes the stack diagram, its words that differ from the other
        flow's highlighted if other drew one too; returns its docs path or
        None."""
        if not self.drew(kind):
            return None
        out = os.path.join(outdir, 'stack-%s-%s-%s.dot' % (self.arch, self.flow, kind))
        against = [other.log, other.vmlinux] if other and other.drew(kind) else []
        res = subprocess.run([PY, os.path.join(TOP, 'tools', 'stackdiagram.py'), self.log,
                              self.offsets_path, self.vmlinux, kind, out + '.tmp'] + against,
                             capture_output=True, text=True)
        if res.returncode:
            sys.stderr.write('docs_gen: stackdiagram %s-%s %s: %s\n'
                             % (self.arch, self.flow, kind, res.stderr.strip()))
            return None
        self.differs[kind] = res.stdout.splitlines()
        with open(out + '.tmp') as f:
            text = f.read()
        os.remove(out + '.tmp')
        write(out, text)
        return '/generated/' + os.path.basename(out)


def verdict(boot):
    if boot.results:
        cases = boot.results['cases']
        ok = sum(v == 'ok' for v in cases.values())
        bad = boot.failing()
        if boot.results['passed']:
            return ('passed: %d of %d cases ok and a clean power-off, the %d of %d checks '
                    'of its verdict line' % (ok, len(cases), ok + 1, len(cases) + 1))
        return 'FAILED: %d of %d cases ok; not ok: %s' % (
            ok, len(cases), ', '.join('``%s``' % c for c in bad) or
            'none, but the boot did not finish cleanly (see the log below)')
    if boot.booted:
        return 'FAILED: the boot left a log but no results (see the log below)'
    return 'not booted: no ``build/%s-%s/boot.log`` (the build failed or never ran)' % (
        boot.arch, boot.flow)


# The kernel thread whose newborn stack is drawn: reference/kernel/selftest.c
# test_kernel_thread() starts kernel_thread_probe with &cookie.
KTHREAD_FN, KTHREAD_ARG = '&kernel_thread_probe', '&cookie'


def fn_arg_lesson(boot):
    """Where this flow parked the new kernel thread's fn and arg, read off
    the words of its diagram that differ from the other flow's."""
    def slot(value):
        out = []
        for l in boot.differs['kthread']:
            if l.endswith(' = ' + value):
                off, name = l.split(' = ')[0].split(' ', 1)
                out.append('the word at %s' % off if name == 'word' else name)
        return out
    fn, arg = slot(KTHREAD_FN), slot(KTHREAD_ARG)
    if not fn and not arg:
        return 'fn and arg: where the other flow has them too'
    return 'fn (``%s``) in %s; arg (``%s``) in %s' % (
        KTHREAD_FN[1:], ', '.join('``%s``' % w for w in fn) or 'where the other flow has it',
        KTHREAD_ARG, ', '.join('``%s``' % w for w in arg) or 'where the other flow has it')


def diagrams_table(arch, boots, outdir):
    """A table of stack diagrams, one column per flow; '' if none drew."""
    rows, drawn = [[''] + ['%s flow' % b.flow for b in boots]], False
    for kind, what in KINDS:
        row = ['**%s**: %s' % (kind, what)]
        for b in boots:
            others = [o for o in boots if o is not b]
            path = b.diagram(kind, outdir, others[0] if len(others) == 1 else None)
            if path:
                drawn = True
                row.append('.. graphviz:: %s\n   :alt: %s %s flow: stack of %s\n'
                           % (path, arch, b.flow, what))
            else:
                row.append('not drawn: %s' % verdict(b))
        rows.append(row)
        if len(boots) == 2 and all(kind in b.differs for b in boots):
            rows.append(['what differs'] + [
                '\n'.join('| ``%s``' % l for l in b.differs[kind]) or
                'nothing: the same words, in sense, in both flows' for b in boots])
            if kind == 'kthread':
                rows.append(['the lesson'] + [fn_arg_lesson(b) for b in boots])
    if not drawn:
        return ''
    return list_table(rows, widths=[16] + [42] * len(boots))


# --------------------------------------------------------------- arch pages

def lang_of(path):
    if path.endswith(('.c', '.h')):
        return 'c'
    return 'none'


def excluded(path, mk):
    """True if the .mk's ARCH_EXCLUDE (make patterns, e.g. %_64.S) drops @path."""
    return any(fnmatch.fnmatchcase(path, pat.replace('%', '*'))
               for pat in mk.get('ARCH_EXCLUDE', '').split())


def code_section(src, flows, mk, built):
    base = os.path.join(TOP, 'arch-examples', src)
    files = {}
    if set(built) != set(flows):
        out = title('Old and new code', '-')
        missing = [f for f in flows if f not in built]
        out += ('The %s flow of this port did not build here, so this page shows no '
                'listing of it: every listing in this guide is a file the tests '
                'compile.  The sources are in ``arch-examples/%s/``.\n\n'
                % (' and '.join(missing), src))
        if not built:
            return out
        for flow in built:
            for p in sorted(glob.glob(os.path.join(base, flow, '**', '*'), recursive=True)):
                if os.path.isfile(p) and not excluded(p, mk):
                    out += ('.. literalinclude:: %s\n   :language: %s\n   :caption: %s\n\n'
                            % (rel(p), lang_of(p), os.path.relpath(p, base)))
        return out
    for flow in flows:
        for p in sorted(glob.glob(os.path.join(base, flow, '**', '*'), recursive=True)):
            if os.path.isfile(p) and not excluded(p, mk):
                files.setdefault(os.path.relpath(p, os.path.join(base, flow)), set()).add(flow)
    out = title('Old and new code', '-')
    if flows == ['new']:
        out += ('This port has no old flow: the architecture has only the code of '
                'Linux 3.8 and later.  Its arch-specific files for the task paths:\n\n')
        for name in sorted(files):
            out += ('.. literalinclude:: %s\n   :language: %s\n   :caption: new/%s\n\n'
                    % (rel(os.path.join(base, 'new', name)), lang_of(name), name))
        return out
    out += ('Each file of ``old/`` against the same file of ``new/`` '
            '(a unified diff, old to new); files that exist in one flow only '
            'are shown whole.  ``common/`` is shared by both flows.\n\n')
    for name in sorted(files):
        have = files[name]
        if have == {'old', 'new'}:
            out += ('.. literalinclude:: %s\n   :diff: %s\n   :caption: old/%s → new/%s\n\n'
                    % (rel(os.path.join(base, 'new', name)),
                       rel(os.path.join(base, 'old', name)), name, name))
        else:
            flow = have.pop()
            what = 'removed by the conversion' if flow == 'old' else 'added by the conversion'
            out += ('.. literalinclude:: %s\n   :language: %s\n   :caption: %s/%s (%s)\n\n'
                    % (rel(os.path.join(base, flow, name)), lang_of(name), flow, name, what))
    return out


def pt_regs_section(boot):
    o = boot.offsets
    fields = sorted((v, k) for k, v in o.items()
                    if re.match(r'^(__)?(S|PT)_', k) and not k.endswith(('SIZE', '_OFF', 'OFFSET'))
                    and v < o['PT_REGS_SIZE'])
    seen, rows = set(), [['offset', 'asm-offsets name']]
    for v, k in fields:
        if v in seen:
            continue
        seen.add(v)
        rows.append(['%d' % v, '``%s``' % k])
    pad = o['STACK_SIZE'] - o['PT_REGS_OFFSET'] - o['PT_REGS_SIZE']
    out = title('struct pt_regs', '-')
    if 'PT_REGS_IN_TASK_OFF' in o:
        # A port whose pt_regs are not on the kernel stack (um: in
        # task->thread) says where they are instead of PT_REGS_OFFSET.
        out += ('``struct pt_regs`` is %d bytes.  It is not on the kernel stack: it '
                'lives in ``task_struct``, at offset %d (``task_pt_regs()``), and '
                'the %d-byte kernel stack holds only ``thread_info`` (the first %d '
                'bytes), the canary at offset %d and kernel call frames.  Offsets '
                'from ``build/%s-%s/asm-offsets.json`` (the names entry code uses):\n\n'
                % (o['PT_REGS_SIZE'], o['PT_REGS_IN_TASK_OFF'], o['STACK_SIZE'],
                   o.get('TI_SIZE', 0), o.get('STACK_END_OFFSET', 0), boot.arch, boot.flow))
        return out + list_table(rows, widths=[10, 30])
    out += ('``struct pt_regs`` is %d bytes.  It sits at offset %d of the %d-byte '
            'kernel stack, so %d bytes stay unused above it.  ``thread_info`` is '
            'the first %d bytes; the stack canary is at offset %d.  Offsets from '
            '``build/%s-%s/asm-offsets.json`` (the names entry code uses):\n\n'
            % (o['PT_REGS_SIZE'], o['PT_REGS_OFFSET'], o['STACK_SIZE'], pad,
               o.get('TI_SIZE', 0), o.get('STACK_END_OFFSET', 0), boot.arch, boot.flow))
    return out + list_table(rows, widths=[10, 30])


def checklist_section(status, cl, results):
    out = title('Checklist', '-')
    if cl is None:
        return out + 'No checklist names this port.\n\n'
    out += ('From ``checklists/%s.txt`` with the latest results (the whole '
            'checklist: :ref:`checklist-%s`).  Linux converted it in: %s.\n\n'
            % (cl.arch, cl.arch, cl.fields['Converted in']))
    rows = [['step', 'state', 'matrix', 'proved by']]
    for sid in status.STEP_IDS:
        st = cl.steps[sid]
        proof = ', '.join('``%s``' % t for t in st.tests) if st.state == 'ok' else st.proof
        rows.append([':ref:`%s <checklist-%s-%s>`' % (sid, cl.arch, sid), st.state,
                     status.step_cell(cl, st, results), proof or '\\ '])
    return out + list_table(rows, widths=[22, 8, 10, 50])


def measure_section(arch):
    """The port's figures from build/measure/<arch>.json (tools/measure.py)."""
    path = os.path.join(TOP, 'build', 'measure', arch + '.json')
    if not os.path.exists(path):
        return ''
    with open(path) as f:
        data = json.load(f)
    flows = [f for f in lib_ports.FLOWS if f in data.get('flow', {})]
    out = title('Measured costs', '-')
    out += ('From ``make measure`` (``tools/measure.py``; the method is in '
            ':ref:`measurements`).\n\n')
    rows = [['', *flows]]
    for key, what in (('lines_c', 'C lines of the flow (old/ or new/)'),
                      ('lines_asm', 'asm lines of the flow'),
                      ('text', '.text bytes of the flow\'s objects')):
        rows.append([what] + ['%s' % data['flow'][f].get(key, '-') for f in flows])
    out += list_table(rows, widths=[50] + [15] * len(flows))
    rows = [['path (instructions executed)', *flows] + (['change'] if len(flows) == 2 else [])]
    for p in PATHS:
        vals = [data['flow'][f].get('paths', {}).get('instructions', {}).get(p) for f in flows]
        row = [PATH_TITLES[p]] + ['-' if v is None else '{:,}'.format(v) for v in vals]
        if len(flows) == 2:
            row.append('%+d' % (vals[1] - vals[0]) if None not in vals else '-')
        rows.append(row)
    out += list_table(rows, widths=[40] + [15] * (len(rows[0]) - 1))
    with open(os.path.join(TOP, 'docs', 'measure-exceptions.txt')) as f:
        why = [line.split(':', 1)[1].strip() for line in f
               if line.startswith(arch + ' ')]
    if why:
        out += 'Where the new flow costs more, ``docs/measure-exceptions.txt`` says why:\n\n'
        out += ''.join('* %s\n' % w for w in why) + '\n'
    return out


def routine_differences(src, flows, mk):
    """(path, routine, text) of every 'Differs from Linux:' paragraph in the
    contracts of the port's flow directories, skipping the files its .mk
    excludes (ARCH_EXCLUDE: the other word size's)."""
    skip = [lib_ports.make_pattern(p) for p in mk.get('ARCH_EXCLUDE', '').split()]
    return [(r.path, r.name, d) for r in routines.of_flows(src, flows)
            if not any(x.match(os.path.basename(r.path)) for x in skip) for d in r.differs]


def differs_section(cl, src, flows, mk):
    """Where this port is not what its Linux version did, in one place: the
    checklist's 'Differs from Linux' items, after what every port shares,
    then routine by routine the 'Differs from Linux:' paragraphs of the
    code's own contracts."""
    out = title('Where this port differs from Linux', '-')
    out += ('Besides what every reference port leaves out (:ref:`every-port-differs`), '
            'and as its checklist says:\n\n')
    items = cl.differs if cl else []
    if not items:
        out += 'Nothing: this port has no checklist with a "Differs from Linux" field.\n\n'
    else:
        out += ''.join('* %s\n' % status.rst_text(d[:1].upper() + d[1:]) for d in items) + '\n'
    found = routine_differences(src, flows, mk)
    if found:
        out += ('Routine by routine, as the contract comment above each routine of '
                '``old/`` and ``new/`` says it (``tools/lib/routines.py``):\n\n')
        out += ''.join('* ``%s`` ``%s``: %s\n' % (path, name, status.rst_text(text))
                       for path, name, text in found) + '\n'
    return out


def arch_page(status, checklists, results, arch, src, flows, mk, outdir):
    boots = [Boot(arch, f) for f in flows]
    cl = next((c for c in checklists if arch in c.targets), None) or \
        next((c for c in checklists if c.arch == src), None)
    out = '.. This page is generated by tools/docs_gen.py; do not edit.\n\n'
    out += '.. _arch-%s:\n\n' % arch + title(arch)
    # A port with no QEMU runs its kernel as a host program (BOOT_CMD).
    runs = ('QEMU ``%s``' % mk['QEMU'] if mk.get('QEMU') else
            'no QEMU: ``make boot`` runs the kernel itself as a host program '
            '(``%s``)' % mk.get('BOOT_CMD', '?'))
    out += ('The reference port in ``arch-examples/%s/`` (``%s.mk``): GCC target '
            '``%s``, %s; user programs are linked at ``%s``.  '
            % (src, arch, mk.get('TRIPLE', '?'), runs, mk.get('USER_BASE', '?')))
    if flows == ['old', 'new']:
        out += ('It boots two flows: ``old`` has the Linux 3.6 arch code, ``new`` '
                'the Linux 3.8 code.  Both run the same boot test.\n\n')
    elif flows:
        out += 'It has the %s flow only.\n\n' % ' and '.join(flows)
    else:
        out += 'It has no flow yet (no ``old/Kconfig`` or ``new/Kconfig``).\n\n'
    out += differs_section(cl, src, flows, mk)
    out += title('Boot-test results', '-')
    rows = [['flow', 'result', 'run it']]
    for b in boots:
        rows.append([b.flow, verdict(b), '``make boot ARCH=%s FLOW=%s``' % (arch, b.flow)])
    linux = Boot(arch, 'linux') if mk.get('DEBIAN_KERNEL') else None
    if linux:
        # The same /init as init of real Linux: Debian's kernel (tools/kernel.mk).
        what = linux.results.get('kernel', '') if linux.results else ''
        rows.append(['real Linux', verdict(linux) + (' (Debian\'s ``%s``)' % what if what else ''),
                     '``make boot ARCH=%s KERNEL=debian``' % arch])
    out += list_table(rows, widths=[8, 60, 32])
    for b in boots + ([linux] if linux else []):
        if b.booted and not (b.results and b.results['passed']):
            out += 'The end of ``build/%s-%s/boot.log``:\n\n' % (arch, b.flow)
            out += text_block(b.log_tail())
    out += title('The newborn kernel stack', '-')
    table = diagrams_table(arch, boots, outdir)
    if table:
        out += ('What ``copy_thread()`` left on the stack of %s, top first, as '
                '``show_newborn_stack()`` printed it during the boot; drawn by '
                '``tools/stackdiagram.py`` with the symbols of ``vmlinux``.  Blue: '
                '``struct pt_regs``; orange: the switch frame, if the arch has one; '
                'green: ``thread_info``; yellow and bold: a word that says something else '
                'in the other flow (a different symbol, stack slot or value).\n\n'
                % ' and of '.join(w for _, w in KINDS))
        out += table
    else:
        out += ('No diagram: no boot of this port printed its newborn stacks.  '
                'Boot it (see above) and rebuild the guide.\n\n')
    with_offsets = [b for b in boots if b.offsets]
    if with_offsets:
        out += pt_regs_section(with_offsets[-1])
    out += code_section(src, flows, mk, [b.flow for b in boots if os.path.exists(b.vmlinux)])
    out += checklist_section(status, cl, results)
    out += measure_section(arch)
    write(os.path.join(outdir, 'arch-%s.rst' % arch), out)


# --------------------------------------------------------------- chapter 1

def born_stacks(all_ports, outdir):
    """Chapter 1's side-by-side stacks: arm if it booted both flows."""
    pick = [p for p in all_ports if p[2] == ['old', 'new']]
    pick.sort(key=lambda p: p[0] != 'arm')
    out = '.. This file is generated by tools/docs_gen.py; do not edit.\n\n'
    for arch, src, flows, mk in pick:
        boots = [Boot(arch, f) for f in flows]
        table = diagrams_table(arch, boots, outdir)
        if table:
            out += ('The real stacks of %s, from a boot of each flow of the %s port '
                    '(:ref:`arch-%s`):\n\n' % (' and of '.join(w for _, w in KINDS),
                                               arch, arch))
            write(os.path.join(outdir, 'born-stacks.rst'), out + table)
            return
    write(os.path.join(outdir, 'born-stacks.rst'), out +
          'No port with both flows has booted here yet, so there are no measured '
          'stacks to draw; ``make html`` boots them first.\n')


def execve_frames_dot(old, new):
    """kernel_execve() of a kernel thread in both flows, on one port's real
    kernel stack (its asm-offsets: stack size, pt_regs slot, thread_info):
    the old copy-and-jump from a local pt_regs, the new fill-in-place and
    fall-through.  Drawn top of the stack first, like the stack diagrams."""
    def stack(name, o, regs_label, local):
        top, at, size = o['STACK_SIZE'], o['PT_REGS_OFFSET'], o['PT_REGS_SIZE']
        rows = ['<tr><td align="right">+%d</td><td bgcolor="#eeeeee">%d bytes unused</td></tr>'
                % (at + size, top - at - size),
                '<tr><td align="right">+%d</td><td port="slot" bgcolor="#cfe2f3">'
                'struct pt_regs, %d bytes:<br/>%s</td></tr>' % (at, size, regs_label),
                '<tr><td></td><td>kernel_init()\'s frames, growing down</td></tr>']
        if local:
            rows.append('<tr><td></td><td port="local" bgcolor="#ffe14d">kernel_execve()\'s '
                        'frame:<br/>local struct pt_regs regs, %d bytes</td></tr>' % size)
        rows += ['<tr><td></td><td>... free stack ...</td></tr>',
                 '<tr><td align="right">+0</td><td bgcolor="#d9ead3">struct thread_info, '
                 '%d bytes</td></tr>' % o.get('TI_SIZE', 0)]
        return ('  %s [label=<<table border="0" cellborder="1" cellspacing="0">'
                '<tr><td colspan="2"><b>%s</b></td></tr>%s</table>>];\n'
                % (name, 'kernel stack, %d bytes' % top, ''.join(rows)))
    o_old, o_new = old.offsets, new.offsets
    return ('digraph execve {\n'
            '  rankdir=TB; node [shape=plaintext, fontname="DejaVu Sans Mono", fontsize=10];\n'
            '  edge [fontname="DejaVu Sans", fontsize=10];\n'
            '  subgraph cluster_old { label="old (%s, Linux 3.6): copy and jump"; fontsize=11;\n'
            % old.arch + stack('old', o_old, 'the normal slot', True) +
            '    jump_old [shape=box, label="mov sp, slot\\nb ret_to_user"];\n  }\n'
            '  old:local:e -> old:slot:e [label="memmove(%d bytes),\\nin asm: the slot\\n'
            'may overlap this frame"];\n' % o_old['PT_REGS_SIZE'] +
            '  old:slot -> jump_old [label="sp := +%d"];\n' % o_old['PT_REGS_OFFSET'] +
            '  subgraph cluster_new { label="new (%s, Linux 3.8): fill in place, fall through";'
            ' fontsize=11;\n' % new.arch +
            stack('new', o_new, 'do_execve() fills it, current_pt_regs()', False) +
            '    ret_new [shape=box, label="kernel_init() returns 0\\nret_from_fork: '
            'b ret_to_user\\n(sp is already at the slot)"];\n  }\n'
            '  new:slot -> ret_new [label="no copy"];\n'
            '  jump_old -> new [style=invis];   // one above the other: readable width\n'
            '}\n')


def execve_frames(all_ports, outdir):
    """The old-flows chapter's picture of kernel_execve(): arm if both of its
    flows were built (their asm-offsets give the layout)."""
    pick = [p for p in all_ports if p[2] == ['old', 'new']]
    pick.sort(key=lambda p: p[0] != 'arm')
    out = '.. This file is generated by tools/docs_gen.py; do not edit.\n\n'
    for arch, _, flows, _ in pick:
        old, new = (Boot(arch, f) for f in flows)
        if old.offsets and new.offsets:
            write(os.path.join(outdir, 'execve-frames.dot'), execve_frames_dot(old, new))
            out += ('.. graphviz:: /generated/execve-frames.dot\n'
                    '   :alt: kernel_execve on the %s kernel stack, old and new\n'
                    '   :caption: A kernel thread\'s exec on the real %s kernel stack '
                    '(``build/%s-old/asm-offsets.json`` and ``-new``): the old flow copies '
                    'the registers up and jumps; the new one has them in place and falls '
                    'through.\n' % (arch, arch, arch))
            write(os.path.join(outdir, 'execve-frames.rst'), out)
            return
    write(os.path.join(outdir, 'execve-frames.rst'), out +
          'No port with both flows has been built here yet, so there is no stack '
          'layout to draw; ``make html`` builds them first.\n')


def exercise_boot(outdir, arch='arm', flow='new'):
    """Onboarding's Exercise 1: what the last boot of @arch-@flow printed, cut
    to the lines the exercise names (the start, the first newborn stack
    line, the two user faults shown on purpose, the end)."""
    boot = Boot(arch, flow)
    out = '.. This file is generated by tools/docs_gen.py; do not edit.\n\n'
    if not boot.booted:
        write(os.path.join(outdir, 'exercise-boot.rst'), out +
              'No boot of %s %s has run here yet; ``make html`` runs it first.\n' % (arch, flow))
        return
    with open(boot.log, errors='replace') as f:
        lines = [l.rstrip('\n') for l in f]
    first_newborn = next((i for i, l in enumerate(lines) if l.startswith('# newborn')), 0)
    keep = set(range(first_newborn + 1)) | set(range(len(lines) - 3, len(lines)))
    for i, l in enumerate(lines):
        if re.match(r'init\[\d+\]: ', l):
            keep |= {i, i + 1, i + 2}
    excerpt, last = [], -1
    for i in sorted(k for k in keep if 0 <= k < len(lines)):
        if i != last + 1:
            excerpt.append('...')
        excerpt.append(lines[i])
        last = i
    out += ('What ``make boot ARCH=%s FLOW=%s`` printed when ``make html`` last ran it '
            '(``build/%s-%s/boot.log``, cut where it says ``...``):\n\n' % (arch, flow, arch, flow))
    write(os.path.join(outdir, 'exercise-boot.rst'), out + text_block(excerpt))


# --------------------------------------------------------------- negatives

def negative_pages(outdir):
    tap = {}
    tap_path = os.path.join(TOP, 'build', 'negative', 'negative.tap')
    if os.path.exists(tap_path):
        with open(tap_path) as f:
            for line in f:
                m = re.match(r'^((?:not )?ok \d+ - ([^:]+):.*)$', line.rstrip())
                if m:
                    tap[m.group(2)] = m.group(1)
    names = []
    for patch in sorted(glob.glob(os.path.join(TOP, 'tests', 'negative', '*.patch'))):
        name = os.path.basename(patch)[:-6]
        names.append(name)
        with open(patch) as f:
            text = f.read()
        head = text.split('\nBoot:')[0].strip()
        boot = re.search(r'^Boot: (\S+) (\S+)$', text, re.M)
        expect = re.search(r'^Expect: (\S+)$', text, re.M)
        arch, flow = boot.groups() if boot else ('?', '?')
        case = expect.group(1) if expect else '?'
        out = '.. This file is generated by tools/docs_gen.py; do not edit.\n\n'
        out += '%s\n\n' % ' '.join(head.split())
        out += ('.. literalinclude:: %s\n   :language: diff\n   :start-at: diff --git\n'
                '   :caption: tests/negative/%s.patch\n\n' % (rel(patch), name))
        log = os.path.join(TOP, 'build', 'negative', name, 'build',
                           '%s-%s' % (arch, flow), 'boot.log')
        out += 'Try it in a scratch copy of the tree:\n\n'
        out += text_block(['$ patch -p1 < tests/negative/%s.patch' % name,
                           '$ make boot ARCH=%s FLOW=%s' % (arch, flow)], 'console')
        if os.path.exists(log):
            with open(log, errors='replace') as f:
                lines = [l.rstrip('\n') for l in f if not l.startswith('# newborn')]
            bad = next((i for i, l in enumerate(lines)
                        if re.match(r'^\s*not ok \d+ %s\b' % re.escape(case), l)), None)
            if bad is None:
                bad = next((i for i, l in enumerate(lines) if l.lstrip().startswith('not ok')),
                           len(lines) - 1)
            start = max(0, bad - 6)
            out += ('What the boot said when ``tests/negative.t`` last ran this patch '
                    '(``build/negative/%s/build/%s-%s/boot.log``, around the first '
                    'failure):\n\n' % (name, arch, flow))
            out += text_block(lines[start:bad + 3])
        else:
            out += ('The boot test must print a ``not ok`` line for ``%s`` and the boot '
                    'must fail.  ``tests/negative.t`` (run by ``make check`` and '
                    '``make html``) records the real output here.\n\n' % case)
        if name in tap:
            out += 'The negative control judged it:\n\n' + text_block([tap[name]])
        write(os.path.join(outdir, 'negative-%s.rst' % name), out)
    return names


# --------------------------------------------------------------- main

def doxygen():
    if not shutil.which('doxygen'):
        sys.exit('docs_gen: doxygen not found: run make deps')
    os.makedirs(os.path.join(TOP, 'build', 'doxygen'), exist_ok=True)
    subprocess.run(['doxygen', 'Doxyfile'], cwd=TOP, check=True,
                   stdout=subprocess.DEVNULL)


def main(argv):
    if len(argv) != 1:
        sys.exit('usage: tools/docs_gen.py OUTDIR')
    outdir = os.path.abspath(argv[0])
    os.makedirs(outdir, exist_ok=True)
    doxygen()
    subprocess.run([PY, os.path.join(TOP, 'tools', 'status.py'), 'rst', outdir],
                   cwd=TOP, check=True)
    checklists, errors = status.load_checklists(os.path.join(TOP, 'checklists'))
    results, rerr = status.load_results(os.path.join(TOP, 'build', 'results'))
    if errors or rerr:
        sys.exit('\n'.join(errors + rerr))
    all_ports = ports()
    wanted = set()
    for arch, src, flows, mk in all_ports:
        arch_page(status, checklists, results, arch, src, flows, mk, outdir)
        wanted.add('arch-%s.rst' % arch)
    for name in os.listdir(outdir):         # pages of ports that went away
        if name.startswith('arch-') and name not in wanted:
            os.remove(os.path.join(outdir, name))
    born_stacks(all_ports, outdir)
    execve_frames(all_ports, outdir)
    exercise_boot(outdir)
    negative_pages(outdir)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
