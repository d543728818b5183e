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
  the ELF section headers here (no binutils needed).
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
runs agree to the instruction.
"""
import argparse
import bisect
import concurrent.futures
import csv
import glob
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOWS = ('old', 'new')
PATHS = ('kernel_thread', 'kernel_execve', 'fork', 'execve',
         'fork_regs', 'execve_regs')
PATH_TITLES = {
    'kernel_thread': 'kernel_thread() to fn',
    'kernel_execve': 'kernel_execve() to user',
    'fork': 'fork() trap to child in user',
    'execve': 'execve() trap to new image',
    'fork_regs': 'fork trap to do_fork()',
    'execve_regs': 'execve trap to do_execve()',
}
CPP_DIRECTIVE = re.compile(r'#\s*(include|define|undef|if|ifdef|ifndef|elif|else|'
                           r'endif|error|warning|pragma|line)\b')
EXCLUDED_FUNCS = ('show_newborn_stack',)
NEWBORN_STARTS = ('ret_from_fork', 'ret_from_kernel_thread')


def die(msg):
    sys.exit('measure: ' + msg)


# ---------------------------------------------------------------- ELF ----

class Elf:
    """The section headers and symbol table of one ELF file."""

    def __init__(self, path):
        with open(path, 'rb') as f:
            data = f.read()
        if data[:4] != b'\x7fELF':
            raise ValueError(path + ': not ELF')
        self.bits = 64 if data[4] == 2 else 32
        e = '<' if data[5] == 1 else '>'
        self.big = data[5] == 2
        self.machine = struct.unpack_from(e + 'H', data, 18)[0]
        if self.bits == 64:
            self.entry, shoff = struct.unpack_from(e + 'Q8xQ', data, 24)
            shentsize, shnum, shstrndx = struct.unpack_from(e + 'HHH', data, 58)
            shfmt, symfmt, symsize = e + 'IIQQQQIIQQ', e + 'IBBHQQ', 24
        else:
            self.entry, shoff = struct.unpack_from(e + 'I4xI', data, 24)
            shentsize, shnum, shstrndx = struct.unpack_from(e + 'HHH', data, 46)
            shfmt, symfmt, symsize = e + 'IIIIIIIIII', e + 'IIIBBH', 16
        secs = []
        for i in range(shnum):
            (name, typ, flags, addr, off, size, link, info, align,
             entsize) = struct.unpack_from(shfmt, data, shoff + i * shentsize)
            secs.append(dict(name=name, type=typ, flags=flags, addr=addr,
                             off=off, size=size, link=link))

        def cstr(off):
            return data[off:data.index(b'\0', off)].decode()
        strtab = secs[shstrndx]['off'] if shnum else 0
        for s in secs:
            s['name'] = cstr(strtab + s['name'])
        self.sections = secs
        self.symbols = []           # (name, value, size, type, shndx)
        for s in secs:
            if s['type'] != 2:      # SHT_SYMTAB
                continue
            stroff = secs[s['link']]['off']
            for off in range(s['off'], s['off'] + s['size'], symsize):
                if self.bits == 64:
                    name, info, _, shndx, value, size = struct.unpack_from(symfmt, data, off)
                else:
                    name, value, size, info, _, shndx = struct.unpack_from(symfmt, data, off)
                if name:
                    self.symbols.append((cstr(stroff + name), value, size,
                                         info & 0xf, shndx))

    def text_bytes(self):
        """Bytes of every allocated executable section (SHF_EXECINSTR)."""
        return sum(s['size'] for s in self.sections
                   if s['flags'] & 0x4 and s['flags'] & 0x2 and s['type'] == 1)

    def exec_ranges(self):
        return [(s['addr'], s['addr'] + s['size']) for s in self.sections
                if s['flags'] & 0x4 and s['flags'] & 0x2 and s['size']]

    def funcs(self):
        """{name: (address, size)} of the defined functions (arm: no Thumb bit)."""
        out = {}
        for name, value, size, typ, shndx in self.symbols:
            if typ == 2 and shndx != 0:
                out[name] = (value & ~1 if self.machine == 40 else value, size)
        return out

    def addr(self, name):
        """Address of a defined symbol (function or asm label), or None."""
        for n, value, _, typ, shndx in self.symbols:
            if n == name and shndx != 0 and typ in (0, 2):
                return value & ~1 if (self.machine == 40 and typ == 2) else value
        return None


# ------------------------------------------------------- ports, builds ----

def ports():
    """[(port, srcarch, [flows])] of every reference port, sorted."""
    out = []
    for mk in sorted(glob.glob(os.path.join(TOP, 'arch-examples', '*', '*.mk'))):
        srcdir = os.path.dirname(mk)
        flows = [f for f in FLOWS if os.path.exists(os.path.join(srcdir, f, 'Kconfig'))]
        flows += sorted(os.path.basename(os.path.dirname(k))
                        for k in glob.glob(os.path.join(srcdir, '*', 'Kconfig'))
                        if os.path.basename(os.path.dirname(k)) not in flows)
        out.append((os.path.basename(mk)[:-3], os.path.basename(srcdir), flows))
    return out


def kmake(port, flow, *targets, quiet=True):
    cmd = ['make', '-s', '--no-print-directory', '-f', 'tools/kernel.mk',
           'ARCH=' + port, 'FLOW=' + flow] + list(targets)
    return subprocess.run(cmd, cwd=TOP, capture_output=quiet, text=True)


def make_vars(port, flow, names):
    res = kmake(port, flow, *['print-' + n for n in names])
    if res.returncode:
        raise RuntimeError(res.stderr.strip().splitlines()[-1] if res.stderr else 'make failed')
    lines = res.stdout.split('\n')
    return {n: lines[i] for i, n in enumerate(names)}


def make_pattern(pat):
    return re.compile('^' + '.*'.join(re.escape(p) for p in pat.split('%', 1)) + '$')


# -------------------------------------------------------------- lines ----

def strip_c(text):
    """Text with C comments blanked (newlines kept), strings untouched."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append('\n' * text.count('\n', i, j))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def strip_asm_line(line, chars):
    """One line of GNU as with its line comment removed (strings respected)."""
    s = line.strip()
    if CPP_DIRECTIVE.match(s):
        return s
    i, quote = 0, None
    while i < len(s):
        c = s[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c == '"':
            quote = c
        else:
            for ch in chars:
                # '^#': a comment only at line start (where '#' is also
                # the immediate prefix, as on m68k).
                at_start = ch.startswith('^')
                if s.startswith(ch.lstrip('^'), i) and not (at_start and i):
                    return s[:i].strip()
        i += 1
    return s


def count_lines(path, comment_chars):
    """Code lines of one source file: non-blank after removing comments
    (in .S also the port's ASM_COMMENT line-comment characters)."""
    with open(path, errors='replace') as f:
        text = strip_c(f.read())
    if path.endswith(('.S', '.s')):
        return sum(1 for l in text.split('\n') if strip_asm_line(l, comment_chars))
    return sum(1 for l in text.split('\n') if l.strip())


def flow_files(srcarch, flow, excludes):
    base = os.path.join('arch-examples', srcarch, flow)
    files = []
    for root, _, names in os.walk(os.path.join(TOP, base)):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), TOP)
            if name.endswith(('.c', '.h', '.S', '.s')) and not any(
                    p.match(rel) for p in excludes):
                files.append(rel)
    return sorted(files)


# ----------------------------------------------------- generic code ----

def generic_lines(port, flow, v):
    """{(file, line)} of reference/ sources that produce code in this flow."""
    b = 'build/%s-%s' % (port, flow)
    cc = v['TRIPLE'] + '-gcc'
    flags = v['KCFLAGS'].split()
    seen = set()
    for obj in v['obj-y'].split():
        src = 'reference/' + obj[:-2] + '.c'
        if not os.path.exists(os.path.join(TOP, src)):
            continue
        res = subprocess.run([cc] + flags + ['-E', src], cwd=TOP,
                             capture_output=True, text=True)
        if res.returncode:
            raise RuntimeError('%s: cpp %s failed' % (b, src))
        cur, line = None, 0
        for l in res.stdout.split('\n'):
            if l.startswith('# '):
                m = re.match(r'# (\d+) "([^"]*)"', l)
                if m:
                    line, cur = int(m.group(1)), os.path.normpath(m.group(2))
                    continue
            if cur and cur.startswith('reference/') and l.strip():
                seen.add((cur, line))
            line += 1
    return seen


# ---------------------------------------------------------- gdbstub ----

class Gdb:
    """A minimal gdb remote protocol client for QEMU's gdbstub."""

    def __init__(self, path, timeout):
        deadline = time.monotonic() + 10
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX)
                self.s.connect(path)
                break
            except OSError:
                self.s.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.s.settimeout(timeout)
        self.buf = b''
        self.ack = True
        self.cmd('QStartNoAckMode')
        self.ack = False

    def send(self, data):
        pkt = b'$' + data.encode() + b'#%02x' % (sum(data.encode()) & 0xff)
        self.s.sendall(pkt)

    def _read(self):
        chunk = self.s.recv(65536)
        if not chunk:
            raise EOFError('gdbstub closed')
        self.buf += chunk

    def recv(self):
        while True:
            self.buf = self.buf.lstrip(b'+')
            start = self.buf.find(b'$')
            end = self.buf.find(b'#', start)
            if start >= 0 and end >= 0 and len(self.buf) >= end + 3:
                data = self.buf[start + 1:end].decode()
                self.buf = self.buf[end + 3:]
                if self.ack:
                    self.s.sendall(b'+')
                return data
            self._read()

    def cmd(self, data):
        self.send(data)
        return self.recv()

    def monitor(self, line):
        self.send('qRcmd,' + line.encode().hex())
        while True:
            r = self.recv()
            if r == 'OK' or r.startswith('E'):
                return r
            if r.startswith('O'):
                continue
            return r

    def pc(self, where, big_endian):
        """The PC, from the 'g' packet (QEMU 7.2 answers no 'p' on arm):
        @where = (byte offset, size) of the PC in the register block."""
        raw = bytes.fromhex(self.cmd('g'))[where[0]:where[0] + where[1]]
        return int.from_bytes(raw, 'big' if big_endian else 'little')

    def step(self):
        r = self.cmd('s')
        if r[:1] in 'WX':
            raise RuntimeError('the guest ended while stepping')

    def run_to(self, addr, kind):
        """Continue until @addr is reached (before it executes); False if
        the guest ended first."""
        if self.cmd('Z0,%x,%d' % (addr, kind)) != 'OK':
            raise RuntimeError('cannot set a breakpoint at %#x' % addr)
        r = self.cmd('c')
        if r[:1] in 'WX':
            return False
        self.cmd('z0,%x,%d' % (addr, kind))
        return True


def read_trace(path):
    """PCs of the instructions executed, in order, from a QEMU exec log."""
    pcs = []
    if not os.path.exists(path):
        return pcs
    with open(path, errors='replace') as f:
        for line in f:
            if line.startswith('Trace '):
                pcs.append(int(line.split('[', 1)[1].split('/', 2)[1], 16))
            elif line.startswith('cpu_io_recompile: rewound execution of TB to '):
                pc = int(line.rsplit(' ', 1)[1], 16)
                if pcs and pcs[-1] == pc:
                    pcs.pop()   # restarted: executed once, logged twice
    return pcs


def fork_return_pc(pcs, sym, do_fork):
    """The user PC the first system call reaching do_fork returned to."""
    reached = False
    for i in range(1, len(pcs)):
        if pcs[i] == do_fork:
            reached = True
        if reached and sym.kernel(pcs[i - 1]) and not sym.kernel(pcs[i]):
            return pcs[i]
    return None


def boot_windows(port, flow, v, tmp, windows, vm):
    """Boot under the gdbstub, run each window's steps; returns
    ({window: [pc...]}, console text, [windows not reached]).  A window's
    trace ends with the PC where it stopped (not executed)."""
    sym = Symbols(vm)
    b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
    sock = os.path.join(tmp, 'gdb.sock')
    logs = {w[0]: os.path.join(tmp, w[0] + '.log') for w in windows}
    cmd = ([v['QEMU']] + v['QEMU_ARGS'].split() + v['QEMU_COMMON'].split() +
           ['-singlestep', '-d', 'nochain', '-D', os.path.join(tmp, 'none.log'),
            '-chardev', 'socket,id=gdb0,path=%s,server=on,wait=off' % sock,
            '-gdb', 'chardev:gdb0', '-S', '-kernel', os.path.join(b, 'vmlinux')])
    con = open(os.path.join(tmp, 'console.txt'), 'w+')
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=con,
                            stderr=subprocess.STDOUT, cwd=tmp)
    kind = int(v['GDB_BREAK_KIND'])
    pc_at = tuple(int(x) for x in v['GDB_PC'].split(','))
    missing = []
    try:
        gdb = Gdb(sock, timeout=120)
        stops = {}
        for name, steps in windows:
            ok = True
            for step, arg in steps:
                if step == 'run':
                    ok = gdb.run_to(arg, kind)
                elif step == 'on':
                    gdb.monitor('logfile ' + logs[name])
                    gdb.monitor('log exec,nochain')
                elif step == 'fork_return':
                    # The child returns to user mode where its parent did.
                    # Switching the log file makes QEMU close (flush) the
                    # first part; find the parent's return PC in it, go on
                    # logging into a second part, and run to that PC: the
                    # parent is waiting, so the child gets there first.
                    gdb.monitor('logfile ' + logs[name] + '.2')
                    ret = None
                    deadline = time.monotonic() + 20
                    while ret is None and time.monotonic() < deadline:
                        ret = fork_return_pc(read_trace(logs[name]), sym, arg)
                        if ret is None:
                            time.sleep(0.1)
                    ok = ret is not None and gdb.run_to(ret, kind)
                if not ok:
                    break
            stops[name] = gdb.pc(pc_at, vm.big) if ok else None
            gdb.monitor('log nochain')
            gdb.monitor('logfile ' + os.path.join(tmp, 'none.log'))
            if not ok:
                missing.append(name)
                break
        gdb.send('D')
        try:
            gdb.recv()
        except (EOFError, OSError):
            pass
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        con.seek(0)
        console = con.read()
        con.close()
    traces = {name: read_trace(p) + read_trace(p + '.2') + [stops[name]]
              for name, p in logs.items()
              if name not in missing and name in stops}
    return traces, console, missing


class Symbols:
    def __init__(self, elf):
        funcs = sorted((a, s, n) for n, (a, s) in elf.funcs().items())
        self.starts = [a for a, _, _ in funcs]
        self.funcs = funcs
        self.ranges = sorted(elf.exec_ranges())

    def func(self, pc):
        i = bisect.bisect_right(self.starts, pc) - 1
        if i >= 0:
            a, s, n = self.funcs[i]
            if pc < a + max(s, 1) or s == 0:
                return n
        return None

    def kernel(self, pc):
        return any(a <= pc < e for a, e in self.ranges)


def analyse(traces, vm, init_entry):
    """The path counts of one boot, from its window traces."""
    sym = Symbols(vm)
    addr = {n: vm.addr(n) for n in ('kernel_thread', 'do_fork', 'do_execve') +
            NEWBORN_STARTS + EXCLUDED_FUNCS}
    starts = {addr[n] for n in NEWBORN_STARTS if addr[n] is not None}
    out, byfunc, errors = {}, {}, []

    def prepare(pcs):
        kern = [sym.kernel(pc) for pc in pcs]
        skip = [False] * len(pcs)
        excl = {addr[n] for n in EXCLUDED_FUNCS if addr[n] is not None}
        i = 0
        while i < len(pcs):
            if pcs[i] in excl and i:
                caller = sym.func(pcs[i - 1])
                j = i
                while j < len(pcs) and sym.func(pcs[j]) != caller:
                    skip[j] = True
                    j += 1
                i = j
            i += 1
        return kern, skip

    def count(pcs, skip, a, b, key):
        n = 0
        funcs = byfunc.setdefault(key, {})
        for i in range(a, b):
            if not skip[i]:
                n += 1
                f = sym.func(pcs[i]) or ('kernel' if sym.kernel(pcs[i]) else 'user')
                funcs[f] = funcs.get(f, 0) + 1
        return n

    def first(pcs, pred, a=0):
        for i in range(a, len(pcs)):
            if pred(i):
                return i
        return None

    pcs = traces.get('kthread')
    if pcs:
        kern, skip = prepare(pcs)
        i0 = first(pcs, lambda i: pcs[i] == addr['kernel_thread'])
        if i0:
            caller = sym.func(pcs[i0 - 1])
            i1 = first(pcs, lambda i: sym.func(pcs[i]) == caller, i0)
            # the child: the last newborn start before fn (others, e.g.
            # kthreadd's first run, may start in between)
            i2 = None
            for i in range(len(pcs) - 1, (i1 or len(pcs)) - 1, -1):
                if pcs[i] in starts:
                    i2 = i
                    break
            if i1 is not None and i2 is not None:
                out['kernel_thread'] = (count(pcs, skip, i0, i1, 'kernel_thread') +
                                        count(pcs, skip, i2, len(pcs) - 1, 'kernel_thread'))
        if 'kernel_thread' not in out:
            errors.append('kernel_thread: markers not found in the trace')
    pcs = traces.get('kexec')
    if pcs:
        kern, skip = prepare(pcs)
        if all(kern[:-1]) and pcs[-1] == init_entry:
            out['kernel_execve'] = count(pcs, skip, 0, len(pcs) - 1, 'kernel_execve')
        else:
            errors.append('kernel_execve: user mode before the new image')

    def segments(pcs, kern):
        """(trap, return) index pairs: user -> kernel ... -> user."""
        segs, i = [], 1
        while i < len(pcs):
            if kern[i] and not kern[i - 1]:
                j = first(pcs, lambda k: not kern[k], i)
                if j is None:
                    break
                segs.append((i, j))
                i = j
            i += 1
        return segs

    pcs = traces.get('fork')
    if pcs:
        kern, skip = prepare(pcs)
        for a, b in segments(pcs, kern):
            f = first(pcs, lambda i: pcs[i] == addr['do_fork'], a)
            if f is None or f >= b:
                continue
            m = None
            for i in range(len(pcs) - 1, b - 1, -1):
                if pcs[i] in starts:
                    m = i
                    break
            n = m is not None and first(pcs, lambda i: not kern[i], m)
            if not n:
                errors.append('fork: the child never started')
            elif pcs[n] != pcs[b]:
                errors.append('fork: the first newborn after the fork is not its child')
            else:
                out['fork'] = count(pcs, skip, a, b, 'fork') + count(pcs, skip, m, n, 'fork')
                out['fork_regs'] = count(pcs, skip, a, f, 'fork_regs')
            break
        else:
            errors.append('fork: no system call reached do_fork')
    pcs = traces.get('execve')
    if pcs:
        kern, skip = prepare(pcs)
        for a, b in segments(pcs, kern):
            if pcs[b] != init_entry:
                continue
            f = first(pcs, lambda i: pcs[i] == addr['do_execve'], a)
            out['execve'] = count(pcs, skip, a, b, 'execve')
            if f is not None and f < b:
                out['execve_regs'] = count(pcs, skip, a, f, 'execve_regs')
            break
        else:
            errors.append('execve: no execve entered the new image')
    top = {k: dict(sorted(v.items(), key=lambda kv: -kv[1])[:12]) for k, v in byfunc.items()}
    return out, top, errors


def measure_paths(port, flow, v, runs):
    b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
    vm = Elf(os.path.join(b, 'vmlinux'))
    init = Elf(os.path.join(b, 'boot-test'))
    k = vm.addr
    u = init.addr
    marks = dict(run_selftests=k('run_selftests'), kernel_thread_probe=k('kernel_thread_probe'),
                 exec_probe=k('exec_probe'), fork_parent_gets_pid=u('fork_parent_gets_pid'),
                 fork_child_getppid=u('fork_child_getppid'),
                 execve_with_args=u('execve_with_args'), execve_enoent=u('execve_enoent'))
    absent = sorted(n for n, a in marks.items() if a is None)
    if absent:
        return None, 'no symbol ' + ', '.join(absent)
    rff = vm.addr('ret_from_fork')
    if rff is None:
        return None, 'no symbol ret_from_fork'
    # fork: the parent forks and waits, so the next newborn to start at
    # ret_from_fork is its child; execve_with_args() forks a child that
    # execs, so logging starts when that child starts.
    windows = [('kthread', [('run', marks['run_selftests']), ('on', 0),
                            ('run', marks['kernel_thread_probe'])]),
               ('kexec', [('run', marks['exec_probe']), ('on', 0), ('run', init.entry)]),
               ('fork', [('run', marks['fork_parent_gets_pid']), ('on', 0),
                         ('run', rff), ('fork_return', vm.addr('do_fork'))]),
               ('execve', [('run', marks['execve_with_args']), ('run', rff), ('on', 0),
                           ('run', init.entry)])]
    results = []
    for run in range(runs):
        tmp = tempfile.mkdtemp(prefix='measure-%s-%s-' % (port, flow))
        try:
            traces, console, missing = boot_windows(port, flow, v, tmp, windows, vm)
        finally:
            pass
        booted = 'reboot: Power down' in console and 'not ok' not in console
        counts, top, errors = analyse(traces, vm, init.entry)
        shutil.rmtree(tmp, ignore_errors=True)
        if missing:
            errors.append('windows not reached: ' + ', '.join(missing))
        if not booted:
            errors.append('the traced boot did not pass')
        results.append((counts, top, errors))
    counts, top, errors = results[0]
    for other in results[1:]:
        if other[0] != counts:
            errors.append('runs differ: %s vs %s' % (counts, other[0]))
    return dict(instructions=counts, by_function=top, errors=errors,
                runs=runs, repeatable=all(r[0] == counts for r in results)), None


# ------------------------------------------------------------- main ----

def measure_port(port, srcarch, flows, args):
    data = dict(port=port, srcarch=srcarch, flows=flows, flow={}, notes=[])
    info = {}
    for flow in flows:
        res = kmake(port, flow, '-j2', 'vmlinux') if not args.no_build else None
        if res is not None and res.returncode:
            data['notes'].append('%s flow does not build: %s' % (
                flow, (res.stderr.strip().splitlines() or ['?'])[-1]))
            continue
        try:
            v = make_vars(port, flow, ['SRCARCH', 'TRIPLE', 'QEMU', 'QEMU_ARGS',
                                       'QEMU_COMMON', 'ARCH_EXCLUDE', 'KCFLAGS', 'obj-y',
                                       'ASM_COMMENT', 'GDB_PC', 'GDB_BREAK_KIND'])
        except RuntimeError as e:
            data['notes'].append('%s flow: %s' % (flow, e))
            continue
        if not os.path.exists(os.path.join(TOP, 'build', '%s-%s' % (port, flow), 'vmlinux')):
            data['notes'].append('%s flow: no vmlinux' % flow)
            continue
        info[flow] = v
        fd = data['flow'][flow] = {}
        b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
        if not args.paths_only:
            excludes = [make_pattern(p) for p in v['ARCH_EXCLUDE'].split()]
            files = flow_files(srcarch, flow, excludes)
            per = {f: count_lines(os.path.join(TOP, f), tuple(v['ASM_COMMENT'].split()))
                   for f in files}
            fd['files'] = per
            fd['lines_c'] = sum(n for f, n in per.items() if f.endswith(('.c', '.h')))
            fd['lines_asm'] = sum(n for f, n in per.items() if f.endswith(('.S', '.s')))
            fd['lines'] = fd['lines_c'] + fd['lines_asm']
            text = {}
            for part in ('common', flow):
                objs = glob.glob(os.path.join(b, 'arch-examples', srcarch, part, '**', '*.o'),
                                 recursive=True)
                text[part] = sum(Elf(o).text_bytes() for o in objs)
            fd['text'] = text[flow]
            fd['text_common'] = text['common']
            ref = {}
            for o in glob.glob(os.path.join(b, 'reference', '**', '*.o'), recursive=True):
                e = Elf(o)
                for n, (a, s) in e.funcs().items():
                    ref[n] = s
                fd['text_generic'] = fd.get('text_generic', 0) + e.text_bytes()
            fd['generic_funcs'] = ref
            fd['vmlinux_text'] = Elf(os.path.join(b, 'vmlinux')).text_bytes()
            fd['_generic_lines'] = generic_lines(port, flow, v)
        paths, why = measure_paths(port, flow, v, args.runs)
        if paths is None:
            data['notes'].append('%s flow: paths not measured: %s' % (flow, why))
        else:
            fd['paths'] = paths
            for e in paths['errors']:
                data['notes'].append('%s flow: %s' % (flow, e))
    if not args.paths_only and all(f in data['flow'] for f in FLOWS):
        old, new = data['flow']['old'], data['flow']['new']
        gold, gnew = old.pop('_generic_lines'), new.pop('_generic_lines')
        only_new = sorted(gnew - gold)
        only_old = sorted(gold - gnew)
        data['generic'] = dict(
            lines_new_only=len(only_new), lines_old_only=len(only_old),
            lines_new_only_by_file=_by_file(only_new),
            lines_old_only_by_file=_by_file(only_old),
            funcs_new_only={n: s for n, s in sorted(new['generic_funcs'].items())
                            if n not in old['generic_funcs']},
            funcs_old_only={n: s for n, s in sorted(old['generic_funcs'].items())
                            if n not in new['generic_funcs']},
            text_old=old['text_generic'], text_new=new['text_generic'])
    for fd in data['flow'].values():
        fd.pop('_generic_lines', None)
        fd.pop('generic_funcs', None)
    return data


def _by_file(pairs):
    out = {}
    for f, _ in pairs:
        out[f] = out.get(f, 0) + 1
    return out


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


def fmt_table(head, rows):
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    line = lambda r: '  '.join(str(x).rjust(w[i]) if i else str(x).ljust(w[i])
                               for i, x in enumerate(r))
    return [line(head), '  '.join('-' * x for x in w)] + [line(r) for r in rows]


def rst_table(head, rows):
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    sep = ' '.join('=' * x for x in w)
    line = lambda r: ' '.join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return [sep, line(head), sep] + [line(r) for r in rows] + [sep]


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
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    matplotlib.rcParams['svg.hashsalt'] = 'measure'
    both = [d for d in datas if 'generic' in d]
    fig, ax = plt.subplots(figsize=(max(4, 1.6 * len(both) + 2), 3.6))
    for i, d in enumerate(both):
        for j, f in enumerate(FLOWS):
            fd = d['flow'][f]
            x = i + (j - 0.5) * 0.38
            ax.bar(x, fd['lines_c'], 0.36, color=('#8fb3d9', '#f2a65a')[j],
                   label=('C, ' + f) if i == 0 else None)
            ax.bar(x, fd['lines_asm'], 0.36, bottom=fd['lines_c'],
                   color=('#2f6aa6', '#c4661f')[j], label=('asm, ' + f) if i == 0 else None)
    ax.set_xticks(range(len(both)), [d['port'] for d in both])
    ax.set_ylabel('arch lines (no comments, no blanks)')
    ax.set_title('Conversion payoff: old/ vs new/ arch code (common/ not counted)')
    ax.legend(fontsize='small')
    fig.tight_layout()
    fig.savefig(os.path.join(out, 'payoff.svg'), metadata={'Date': None})
    plt.close(fig)

    measured = [d for d in datas if any('paths' in d['flow'].get(f, {}) for f in d['flows'])]
    fig, axes = plt.subplots(1, len(PATHS), figsize=(2.6 * len(PATHS), 3.4))
    for ax, p in zip(axes, PATHS):
        for i, d in enumerate(measured):
            for j, f in enumerate(FLOWS):
                n = d['flow'].get(f, {}).get('paths', {}).get('instructions', {}).get(p)
                if n is not None:
                    ax.bar(i + (j - 0.5) * 0.38, n, 0.36, color=('#2f6aa6', '#c4661f')[j],
                           label=f if (i == 0 and p == PATHS[0]) else None)
        ax.set_xticks(range(len(measured)), [d['port'] for d in measured], rotation=45,
                      fontsize='small')
        ax.set_title(PATH_TITLES[p], fontsize='small')
        ax.tick_params(axis='y', labelsize='x-small')
    axes[0].set_ylabel('instructions executed')
    fig.legend(loc='upper right', fontsize='small')
    fig.tight_layout()
    fig.savefig(os.path.join(out, 'paths.svg'), metadata={'Date': None})
    plt.close(fig)


def timed_measure_port(job):
    """measure_port() for a worker process; notes how long it took."""
    port, srcarch, flows, args = job
    t0 = time.monotonic()
    d = measure_port(port, srcarch, flows, args)
    d['seconds'] = round(time.monotonic() - t0, 1)
    return d


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
    os.chdir(TOP)
    out = os.path.join(TOP, args.out)
    os.makedirs(out, exist_ok=True)
    sel = args.ports.split(',') if args.ports else None
    todo = [(port, srcarch, flows, args) for port, srcarch, flows in ports()
            if not sel or port in sel]
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        datas = list(pool.map(timed_measure_port, todo))
    for d in datas:
        port = d['port']
        with open(os.path.join(out, port + '.json'), 'w') as f:
            json.dump({k: v for k, v in d.items() if k != 'seconds'}, f, indent=1, sort_keys=True)
            f.write('\n')
        for n in d['notes']:
            print('measure: %s: %s' % (port, n), file=sys.stderr)
    tot = totals(datas) if not args.paths_only else {}
    (ph, prow), (th, trow) = tables(datas, tot) if not args.paths_only else (([], []), ([], []))
    if args.paths_only:
        (_, _), (th, trow) = tables(datas, {'lines_c_old': 0})
    if not args.paths_only:
        with open(os.path.join(out, 'totals.json'), 'w') as f:
            json.dump(tot, f, indent=1, sort_keys=True)
            f.write('\n')
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
        with open(os.path.join(out, 'tables.rst'), 'w') as f:
            f.write('.. Generated by tools/measure.py (make measure); do not edit.\n\n')
            f.write('.. table:: Conversion payoff: arch lines (C = .c/.h, asm = .S; '
                    'comments and blank lines excluded; common/ not counted), .text bytes '
                    'of the old/ and new/ objects, and the generic reference/ lines '
                    'compiled only in the new (+) or only in the old (-) flow\n\n')
            f.write(''.join('   ' + l + '\n' for l in rst_table(ph, prow)) + '\n')
            f.write('.. table:: Path cost: instructions executed under QEMU '
                    '(-icount, exact, repeatable)\n\n')
            f.write(''.join('   ' + l + '\n' for l in rst_table(th, trow)) + '\n')
            notes = ['%s: %s' % (d['port'], n) for d in datas for n in d['notes']]
            if notes:
                f.write('Not measured:\n\n' + ''.join('* %s\n' % n for n in notes) + '\n')
        plots(out, datas)
        print('Conversion payoff (arch lines without comments/blanks; common/ '
              'shared, not counted; .text in bytes; generic = reference/ lines '
              'only the new (+) / old (-) flow compiles)')
        print('\n'.join(fmt_table(ph, prow)))
        print()
    print('Path cost (instructions executed, QEMU -icount, %d identical run(s) each)' % args.runs)
    print('\n'.join(fmt_table(th, trow)))
    bad = [d['port'] for d in datas if any(not d['flow'][f].get('paths', {}).get('repeatable', True)
                                           for f in d['flow'])]
    if bad:
        die('counts differ between runs: ' + ', '.join(bad))
    print('data: %s/{<port>.json,totals.json,payoff.csv,paths.csv,tables.rst,'
          'payoff.svg,paths.svg}' % os.path.relpath(out, TOP))


if __name__ == '__main__':
    main()
