# SPDX-License-Identifier: GPL-2.0
"""A client of QEMU's gdbstub, speaking the gdb remote protocol itself (no
gdb needed), and the reader of QEMU's exec log.  What a port's gdbstub
needs (the PC's place in the 'g' packet, the breakpoint kind) comes from
its .mk (GDB_PC, GDB_BREAK_KIND)."""
import os
import socket
import time


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
