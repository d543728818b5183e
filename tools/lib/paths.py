# SPDX-License-Identifier: GPL-2.0
"""tools/measure.py's second job, the path cost (dynamic): boot a kernel
under QEMU's gdbstub, log the executed PCs in four windows, and count the
instructions of each path in them.  The windows and the rules of each
count are in tools/measure.py's docstring; here a window is a list of
gdbstub steps and an analyser that finds its paths' index ranges in the
trace, and one counter counts every range the same way."""
import bisect
import os
import subprocess
import tempfile
import time

from lib import elf, gdbstub, ktap, ports

TOP = ports.TOP
PATHS = ('kernel_thread', 'kernel_execve', 'fork', 'execve', 'fork_regs', 'execve_regs')
# Tooling, not a path's cost: its calls are cut out of every count.
EXCLUDED_FUNCS = ('show_newborn_stack',)
# Where a newborn task runs first, whichever of them the arch has.
NEWBORN_STARTS = ('ret_from_fork', 'ret_from_kernel_thread')
TIMEOUT = 120


class NotFound(Exception):
    """A window's trace lacks what its analyser looks for."""


class Symbols:
    """Which function or asm code symbol, and kernel or user, a PC is in."""

    def __init__(self, vm, firmware=''):
        self.funcs = sorted((a, s, n) for n, (a, s) in vm.code().items())
        self.starts = [a for a, _, _ in self.funcs]
        self.ranges = sorted(vm.exec_ranges())
        # FIRMWARE_TEXT (START-END in the .mk): code the kernel's traps
        # run outside the image (alpha's PALcode: callsys, rti, swpctx).
        if firmware:
            a, e = (int(x, 0) for x in firmware.split('-'))
            self.ranges.append((a, e))

    def func(self, pc):
        i = bisect.bisect_right(self.starts, pc) - 1
        if i >= 0:
            a, s, n = self.funcs[i]
            if pc < a + max(s, 1) or s == 0:
                return n
        return None

    def kernel(self, pc):
        return any(a <= pc < e for a, e in self.ranges)


class Trace:
    """One window's executed PCs.  Index ranges are half-open; the last PC
    is where the window stopped (not executed)."""

    def __init__(self, pcs, sym, excluded):
        self.pcs, self.sym = pcs, sym
        self.kern = [sym.kernel(pc) for pc in pcs]
        self.skip = [False] * len(pcs)
        i = 0
        while i < len(pcs):
            if pcs[i] in excluded and i:
                caller = sym.func(pcs[i - 1])
                while i < len(pcs) and sym.func(pcs[i]) != caller:
                    self.skip[i] = True
                    i += 1
            i += 1

    def first(self, pred, a=0, b=None):
        """The first index in [a, b) where pred(index) holds, or None."""
        for i in range(a, len(self.pcs) if b is None else b):
            if pred(i):
                return i
        return None

    def last(self, pred, a=0):
        """The last index >= a where pred(index) holds, or None."""
        for i in range(len(self.pcs) - 1, a - 1, -1):
            if pred(i):
                return i
        return None

    def at(self, addr):
        return lambda i: self.pcs[i] == addr

    def syscalls(self):
        """(trap, return) index pairs: user -> kernel ... -> user."""
        segs, i = [], 1
        while i < len(self.pcs):
            if self.kern[i] and not self.kern[i - 1]:
                j = self.first(lambda k: not self.kern[k], i)
                if j is None:
                    break
                segs.append((i, j))
                i = j
            i += 1
        return segs

    def count(self, ranges, by_func):
        """Instructions in @ranges, not cut out; tallied per function."""
        n = 0
        for a, b in ranges:
            for i in range(a, b):
                if not self.skip[i]:
                    n += 1
                    pc = self.pcs[i]
                    f = self.sym.func(pc) or ('kernel' if self.kern[i] else 'user')
                    by_func[f] = by_func.get(f, 0) + 1
        return n


# One analyser per window: (trace, marks) -> {path: [(a, b), ...]}.

def kthread_paths(t, m):
    i0 = t.first(t.at(m['kernel_thread']))
    if not i0:
        raise NotFound('kernel_thread: not called')
    caller = t.sym.func(t.pcs[i0 - 1])
    i1 = t.first(lambda i: t.sym.func(t.pcs[i]) == caller, i0)
    # the child: the last newborn start before fn (others, e.g.
    # kthreadd's first run, may start in between)
    i2 = t.last(lambda i: t.pcs[i] in m['starts'], i1 or len(t.pcs))
    if i1 is None or i2 is None:
        raise NotFound('kernel_thread: no return to the caller, or no newborn')
    return {'kernel_thread': [(i0, i1), (i2, len(t.pcs) - 1)]}


def kexec_paths(t, m):
    if not all(t.kern[:-1]) or t.pcs[-1] != m['init_entry']:
        raise NotFound('kernel_execve: user mode before the new image')
    return {'kernel_execve': [(0, len(t.pcs) - 1)]}


def fork_paths(t, m):
    for a, b in t.syscalls():
        f = t.first(t.at(m['do_fork']), a, b)
        if f is None:
            continue
        # the parent waits: the next newborn is its child, which returns
        # to user mode where the parent did
        c = t.last(lambda i: t.pcs[i] in m['starts'], b)
        u = None if c is None else t.first(lambda i: not t.kern[i], c)
        if u is None:
            raise NotFound('fork: the child never started')
        if t.pcs[u] != t.pcs[b]:
            raise NotFound('fork: the first newborn after the fork is not its child')
        return {'fork': [(a, b), (c, u)], 'fork_regs': [(a, f)]}
    raise NotFound('fork: no system call reached do_fork')


def execve_paths(t, m):
    for a, b in t.syscalls():
        if t.pcs[b] != m['init_entry']:
            continue
        out = {'execve': [(a, b)]}
        f = t.first(t.at(m['do_execve']), a, b)
        if f is not None:
            out['execve_regs'] = [(a, f)]
        return out
    raise NotFound('execve: no execve entered the new image')


def windows(m):
    """[(name, steps, analyser)]: steps run in order under the gdbstub;
    ('run', addr) continues to addr, ('on', None) starts the exec log,
    ('fork_return', do_fork) runs to where a forked child returns.
    fork: the parent forks and waits, so the next newborn to start at
    ret_from_fork is its child; execve_with_args() forks a child that
    execs, so logging starts when that child starts."""
    return [('kthread', [('run', m['run_selftests']), ('on', None),
                         ('run', m['kernel_thread_probe'])], kthread_paths),
            ('kexec', [('run', m['exec_probe']), ('on', None), ('run', m['init_entry'])],
             kexec_paths),
            ('fork', [('run', m['fork_parent_gets_pid']), ('on', None),
                      ('run', m['ret_from_fork']), ('fork_return', m['do_fork'])], fork_paths),
            ('execve', [('run', m['execve_with_args']), ('run', m['ret_from_fork']),
                        ('on', None), ('run', m['init_entry'])], execve_paths)]


def fork_return_pc(pcs, sym, do_fork):
    """The user PC the first system call reaching do_fork returned to."""
    reached = False
    for i in range(1, len(pcs)):
        if pcs[i] == do_fork:
            reached = True
        if reached and sym.kernel(pcs[i - 1]) and not sym.kernel(pcs[i]):
            return pcs[i]
    return None


def run_window(gdb, steps, log, sym, kind):
    """One window's steps: the address of the last breakpoint hit, or None
    if the guest ended or a mark was missed."""
    last = None
    for step, arg in steps:
        if step == 'run':
            if not gdb.run_to(arg, kind):
                return None
            last = arg
        elif step == 'on':
            gdb.monitor('logfile ' + log)
            gdb.monitor('log exec,nochain')
        elif step == 'fork_return':
            # Switching the log file makes QEMU close (flush) the first
            # part; find the parent's return PC in it, go on logging into
            # a second part, and run to that PC: the parent is waiting, so
            # the child gets there first.
            gdb.monitor('logfile ' + log + '.2')
            ret, deadline = None, time.monotonic() + 20
            while ret is None and time.monotonic() < deadline:
                ret = fork_return_pc(gdbstub.read_trace(log), sym, arg)
                if ret is None:
                    time.sleep(0.1)
            if ret is None or not gdb.run_to(ret, kind):
                return None
            last = ret
    return last


def traced_boot(cmd, wins, v, sym, big, tmp):
    """Boot @cmd (stopped at its first instruction, gdbstub on tmp/gdb.sock)
    and run every window.  Returns ({window: [pc...]}, console, QEMU's exit
    status or None, [windows not reached])."""
    kind = int(v['GDB_BREAK_KIND'])
    # GDB_PC none: the stub cannot give the registers (QEMU 7.2's pseries
    # aborts on 'g'); the PC where a window stops is its last breakpoint.
    pc_at = None if v['GDB_PC'] == 'none' else tuple(int(x) for x in v['GDB_PC'].split(','))
    con = open(os.path.join(tmp, 'console.txt'), 'w+')
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=con,
                            stderr=subprocess.STDOUT, cwd=tmp)
    traces, missing, status = {}, [], None
    try:
        gdb = gdbstub.Gdb(os.path.join(tmp, 'gdb.sock'), timeout=TIMEOUT)
        for name, steps, _ in wins:
            log = os.path.join(tmp, name + '.log')
            last = run_window(gdb, steps, log, sym, kind)
            reached = last is not None
            stop = (gdb.pc(pc_at, big) if pc_at else last) if reached else None
            gdb.monitor('log nochain')
            gdb.monitor('logfile ' + os.path.join(tmp, 'none.log'))
            if not reached:
                missing.append(name)
                break
            traces[name] = gdbstub.read_trace(log) + gdbstub.read_trace(log + '.2') + [stop]
        gdb.send('D')
        try:
            gdb.recv()
        except (EOFError, OSError):
            pass
        status = proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        con.seek(0)
        console = con.read()
        con.close()
    return traces, console, status, missing


def marks(vm, init, newborn=''):
    """The addresses the windows need, or raise NotFound naming the absent.
    @newborn: NEWBORN_START in the .mk, the symbol where a forked child runs
    first when the arch does not call it ret_from_fork (sparc64:
    ret_from_syscall); m['ret_from_fork'] is its address either way."""
    newborn = newborn.strip() or 'ret_from_fork'
    k = {n: vm.addr(n) for n in ('run_selftests', 'kernel_thread_probe', 'exec_probe',
                                 'kernel_thread', 'do_fork', 'do_execve', newborn)}
    k['ret_from_fork'] = k.pop(newborn)
    u = {n: init.addr(n) for n in ('fork_parent_gets_pid', 'execve_with_args')}
    absent = sorted(n for n, a in list(k.items()) + list(u.items()) if a is None)
    if absent:
        raise NotFound('no symbol ' + ', '.join(absent))
    m = dict(k, **u)
    m['init_entry'] = init.entry
    m['starts'] = {vm.addr(n) for n in NEWBORN_STARTS + (newborn,)} - {None}
    m['excluded'] = {vm.addr(n) for n in EXCLUDED_FUNCS} - {None}
    return m


def one_run(port, flow, v, vm, m):
    """({path: instructions}, {path: {function: instructions}}, [errors])
    of one traced boot."""
    b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
    sym = Symbols(vm, v.get('FIRMWARE_TEXT', ''))
    wins = windows(m)
    with tempfile.TemporaryDirectory(prefix='measure-%s-%s-' % (port, flow)) as tmp:
        cmd = ([v['QEMU']] + v['QEMU_ARGS'].split() + v['QEMU_COMMON'].split() +
               ['-singlestep', '-d', 'nochain', '-D', os.path.join(tmp, 'none.log'),
                '-chardev', 'socket,id=gdb0,path=%s,server=on,wait=off'
                % os.path.join(tmp, 'gdb.sock'),
                '-gdb', 'chardev:gdb0', '-S', '-kernel',
                os.path.join(b, v.get('KERNEL_IMAGE') or 'vmlinux')])
        traces, console, status, missing = traced_boot(cmd, wins, v, sym, vm.big, tmp)
    counts, by_func, errors = {}, {}, []
    for name, _, analyse in wins:
        if name not in traces:
            continue
        t = Trace(traces[name], sym, m['excluded'])
        try:
            found = analyse(t, m)
        except NotFound as e:
            errors.append(str(e))
            continue
        for path, ranges in found.items():
            counts[path] = t.count(ranges, by_func.setdefault(path, {}))
    if missing:
        errors.append('windows not reached: ' + ', '.join(missing))
    checks, _ = ktap.boot_checks(console, status, int(v['QEMU_OK_STATUS']), TIMEOUT)
    errors += ['the traced boot failed: ' + desc for ok, desc, _ in checks if not ok]
    top = {k: dict(sorted(f.items(), key=lambda kv: -kv[1])[:12]) for k, f in by_func.items()}
    return counts, top, errors


def measure_paths(port, flow, v, runs):
    """The path figures of one flow from @runs traced boots, which must
    agree to the instruction; or raise NotFound."""
    b = os.path.join(TOP, 'build', '%s-%s' % (port, flow))
    vm = elf.Elf(os.path.join(b, 'vmlinux'))
    m = marks(vm, elf.Elf(os.path.join(b, 'boot-test')), v.get('NEWBORN_START', ''))
    results = [one_run(port, flow, v, vm, m) for _ in range(runs)]
    counts, top, errors = results[0]
    for other in results[1:]:
        if other[0] != counts:
            errors.append('runs differ: %s vs %s' % (counts, other[0]))
    return dict(instructions=counts, by_function=top, errors=errors, runs=runs,
                repeatable=all(r[0] == counts for r in results))
