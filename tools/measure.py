#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Measure the conversion: what it saved in arch code, what it costs at run time.

usage: tools/measure.py [--out build/measure] [--ports arm,...] [--paths-only]
                        [--runs N] [--no-build]

Every port (arch-examples/<srcarch>/<port>.mk) and its flows
(arch-examples/<srcarch>/<flow>/Kconfig) is measured; nothing is hard-wired
to arm.  Writes, under --out:

  <port>.json      one per port: lines, .text bytes, generic code, paths
  totals.json      the sums over every architecture with both flows
  payoff.csv       one row per port: the conversion payoff
  paths.csv        one row per (port, path): instructions old and new
  tables.rst       the two tables as reStructuredText (docs/measurements.rst)
  payoff.svg       arch lines old vs new per port
  paths.svg        instructions per path, old vs new, per port

Its three jobs live in tools/lib: payoff.py (1.), paths.py (2.) and
report.py (the sums, tables and plots); this file runs them per port.
What a port's tracing needs comes from its .mk: ASM_COMMENT (its line
comments), GDB_PC (the PC's byte offset and size in the gdbstub's 'g'
packet, or `none` where the stub cannot answer 'g': the PC where a window
stops is then the breakpoint it stopped at), GDB_BREAK_KIND (the Z0 kind) and, optionally, FIRMWARE_TEXT
(START-END: code outside the image that runs inside the kernel's traps,
counted as kernel: alpha's PALcode, ppc64's vectors copied to real
address 0) and NEWBORN_START (the symbol where a newborn runs first, when
the arch does not call it ret_from_fork or ret_from_kernel_thread:
sparc64's ret_from_syscall).  A port that cannot be traced this way says
why in PATHS_NOT_MEASURED (um: its kernel is a host process, not under
QEMU); its lines and .text are measured, its paths are skipped with that
reason, and it needs no GDB_PC or GDB_BREAK_KIND.

1. Conversion payoff (static)
-----------------------------
* Lines: the non-blank, non-comment lines of the files each flow adds to the
  port -- arch-examples/<srcarch>/<flow>/ (its .c, its include/ .h = "C";
  its .S = "asm"), restricted like the build to this port (ARCH_EXCLUDE).
  common/ is compiled in both flows and not counted; neither are Kconfig
  files.  C comments (/* */, //, strings kept) are stripped for every file;
  in .S the port's line-comment characters too (ASM_COMMENT in its .mk), but a
  line starting with a cpp directive (#include, #define, #if ...) is code.
* .text: the bytes of every executable (SHF_EXECINSTR) section of the
  objects build/<port>-<flow>/arch-examples/<srcarch>/<flow>/*.o, read from
  their section headers (tools/lib/elf.py).
* Moved into generic code: (a) the source lines of reference/ (its .c and
  headers) that the compiler sees in one flow and not in the other: every
  reference object's source is preprocessed with the build's own flags
  (make print-KCFLAGS) and the line markers say which (file, line) produced
  code; (b) the functions of reference/ objects present in only one flow
  (generic kernel_thread, sys_execve, sys_fork/vfork/clone in the new) with
  their sizes, and the reference .text of both flows.

2. Path cost (dynamic, instructions executed)
---------------------------------------------
Each kernel boots under QEMU exactly as the boot test runs it (-icount
shift=0, same machine), plus -singlestep (one guest instruction per
translation block) and -d nochain, with QEMU's gdbstub on a private UNIX
socket.  This script speaks the gdb remote protocol itself (no gdb needed):
it sets one breakpoint at a time and, through the monitor (qRcmd), turns
QEMU's exec log ("Trace ..." once per executed block, i.e. once per
instruction) on and off around four windows:

  kthread   kernel run_selftests() entry  -> kernel_thread_probe() entry
  kexec     kernel exec_probe() entry     -> /init's ELF entry
  fork      /init fork_parent_gets_pid()  -> /init fork_child_getppid()
  execve    /init execve_with_args()      -> /init execve_enoent()

Each window's log is the exact sequence of executed PCs (a block rewound by
cpu_io_recompile is counted once).  A PC is "kernel" if it lies in an
executable section of vmlinux, else "user".  From it, with the vmlinux
symbol table:

  kernel_thread  parent: the first instruction of kernel_thread() up to (not
                 including) the first one back in its caller; plus child:
                 the newborn's first instruction (ret_from_fork or
                 ret_from_kernel_thread, whichever the arch has) up to the
                 first instruction of fn (kernel_thread_probe).  The
                 scheduler between the two, which both flows share, is not
                 counted.
  kernel_execve  exec_probe()'s first instruction up to the new image's
                 first user instruction (the self-test kthread_exec).
  fork           parent: the trap (first kernel instruction after user mode)
                 of the first system call that reaches do_fork(), up to its
                 first user instruction; plus child: its first instruction
                 (ret_from_fork) up to its first user instruction, which
                 must be the parent's return address.
  execve         the trap of the execve that enters the new image (returns
                 to user mode at the ELF entry) up to that entry.
  fork_regs      the fork trap up to do_fork()'s first instruction: the
  execve_regs    (and execve trap up to do_execve()): what it costs to reach
                 the generic code with pt_regs, by wrappers passing them
                 (old) or by current_pt_regs() (new).

show_newborn_stack() (the stack dump for the guide's diagrams) is not a path
cost: its calls are cut out of any count.  Every figure is an exact count of
guest instructions; --runs 2 boots each kernel twice and fails unless both
runs agree to the instruction.  A traced boot must pass by the boot test's
own rules (tools/lib/ktap.py boot_checks(): every KTAP case ok, a clean
power-off), or its figures are reported as errors.
"""
import argparse
import concurrent.futures
import os
import sys

from lib import paths, payoff, ports, report

# What measure_port() asks make for; the tools learn a port from its .mk.
MK_VARS = ['SRCARCH', 'TRIPLE', 'QEMU', 'QEMU_ARGS', 'QEMU_COMMON', 'QEMU_OK_STATUS',
           'ARCH_EXCLUDE', 'KCFLAGS', 'obj-y', 'ASM_COMMENT', 'GDB_PC', 'GDB_BREAK_KIND',
           'FIRMWARE_TEXT', 'NEWBORN_START', 'PATHS_NOT_MEASURED', 'KERNEL_IMAGE']
# These must be set: an empty one is a .mk that forgot it.
MK_REQUIRED = ('ASM_COMMENT', 'GDB_PC', 'GDB_BREAK_KIND')


def die(msg):
    sys.exit('measure: ' + msg)


def flow_vars(port, flow):
    """The .mk variables of (port, flow), or an error naming the one unset."""
    v = ports.mk_vars(port.name, flow, MK_VARS)
    need = MK_REQUIRED if not v['PATHS_NOT_MEASURED'].strip() else ('ASM_COMMENT',)
    unset = [n for n in need if not v[n].strip()]
    if unset:
        raise RuntimeError('%s not set in arch-examples/%s/%s.mk' %
                           (', '.join(unset), port.srcarch, port.name))
    return v


def measure_port(port, args):
    """Everything measured of one port: {'flow': {flow: figures},
    'generic': ..., 'notes': [what could not be measured]}."""
    data = dict(port=port.name, srcarch=port.srcarch, flows=list(port.flows), flow={},
                notes=[])
    for flow in port.flows:
        if not args.no_build:
            res = ports.kmake(port.name, flow, '-j2', 'vmlinux')
            if res.returncode:
                data['notes'].append('%s flow does not build: %s' % (
                    flow, (res.stderr.strip().splitlines() or ['?'])[-1]))
                continue
        try:
            v = flow_vars(port, flow)
        except RuntimeError as e:
            data['notes'].append('%s flow: %s' % (flow, e))
            continue
        if not os.path.exists(os.path.join(ports.TOP, 'build', '%s-%s' % (port.name, flow),
                                           'vmlinux')):
            data['notes'].append('%s flow: no vmlinux' % flow)
            continue
        fd = data['flow'][flow] = {}
        if not args.paths_only:
            fd.update(payoff.flow_payoff(port.name, port.srcarch, flow, v))
        if v['PATHS_NOT_MEASURED'].strip():
            data['paths_skipped'] = v['PATHS_NOT_MEASURED'].strip()
            continue
        try:
            fd['paths'] = paths.measure_paths(port.name, flow, v, args.runs)
        except paths.NotFound as e:
            data['notes'].append('%s flow: paths not measured: %s' % (flow, e))
            continue
        data['notes'] += ['%s flow: %s' % (flow, e) for e in fd['paths']['errors']]
    if not args.paths_only and all(f in data['flow'] for f in ports.FLOWS):
        data['generic'] = payoff.generic_diff(data['flow']['old'], data['flow']['new'])
    for fd in data['flow'].values():
        fd.pop('_generic_lines', None)
        fd.pop('_generic_funcs', None)
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default='build/measure')
    ap.add_argument('--ports', help='comma-separated ports (default: every port)')
    ap.add_argument('--paths-only', action='store_true',
                    help='only the instruction counts (for tests/measure.t)')
    ap.add_argument('--runs', type=int, default=2,
                    help='boots per kernel; all must agree (default 2)')
    ap.add_argument('--no-build', action='store_true')
    ap.add_argument('--jobs', type=int, default=1,
                    help='ports measured at once (each boots its own QEMU)')
    args = ap.parse_args()
    os.chdir(ports.TOP)
    out = os.path.join(ports.TOP, args.out)
    os.makedirs(out, exist_ok=True)
    every = ports.ports()
    sel = args.ports.split(',') if args.ports else [p.name for p in every]
    unknown = sorted(set(sel) - {p.name for p in every})
    if unknown:
        die('no such port: %s (the ports: %s)' % (', '.join(unknown),
                                                  ' '.join(p.name for p in every)))
    todo = [p for p in every if p.name in sel]
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        datas = list(pool.map(measure_port, todo, [args] * len(todo)))
    for d in datas:
        for n in d['notes']:
            print('measure: %s: %s' % (d['port'], n), file=sys.stderr)
    report.write(out, datas, args.runs, args.paths_only)
    bad = [d['port'] for d in datas
           if any(not fd.get('paths', {}).get('repeatable', True) for fd in d['flow'].values())]
    if bad:
        die('counts differ between runs: ' + ', '.join(bad))
    if any(d['notes'] for d in datas):
        die('not everything was measured (the notes above)')
    print('data: %s/{<port>.json,totals.json,payoff.csv,paths.csv,tables.rst,'
          'payoff.svg,paths.svg}' % os.path.relpath(out, ports.TOP))


if __name__ == '__main__':
    main()
