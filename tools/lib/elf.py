# SPDX-License-Identifier: GPL-2.0
"""Sections and symbols of one ELF file, through pyelftools (Debian's
python3-pyelftools)."""
import sys

try:
    from elftools.elf.elffile import ELFFile
    from elftools.elf.sections import SymbolTableSection
    from elftools.common.exceptions import ELFError
except ImportError:
    sys.exit('python3-pyelftools is missing: run make deps')

SHF_ALLOC, SHF_EXECINSTR = 0x2, 0x4


class Elf:
    """One ELF file, read once.

    symbols: [(name, value, size, type, bind, shndx)], type and bind as
    pyelftools names them ('STT_FUNC', 'STB_GLOBAL'), shndx an int or
    'SHN_UNDEF'/'SHN_ABS'."""

    def __init__(self, path):
        try:
            with open(path, 'rb') as f:
                e = ELFFile(f)
                self.bits = e.elfclass
                self.big = not e.little_endian
                self.machine = e['e_machine']
                # ppc64 ELFv1: a function's symbol (and e_entry) is the
                # address of its descriptor in .opd, whose first doubleword
                # is the code's address (GCC sizes the symbol by the code).
                opd = e.get_section_by_name('.opd')
                self._opd = (opd['sh_addr'], opd.data()) if opd is not None and \
                    opd['sh_type'] == 'SHT_PROGBITS' else None
                self.entry = self._deref(e['e_entry'])
                self.sections = [dict(name=s.name, type=s['sh_type'], flags=s['sh_flags'],
                                      addr=s['sh_addr'], size=s['sh_size'])
                                 for s in e.iter_sections()]
                self.symbols = [(s.name, s['st_value'], s['st_size'], s['st_info']['type'],
                                 s['st_info']['bind'], s['st_shndx'])
                                for t in e.iter_sections() if isinstance(t, SymbolTableSection)
                                for s in t.iter_symbols() if s.name]
                # alpha: a function marked STO_ALPHA_STD_GPLOAD (st_other
                # 0x88) opens with the two-instruction ldgp that only calls
                # through $27 run; local calls (bsr) enter 8 bytes in.
                # Every call passes there, so that is where the function is
                # reached.  pyelftools drops bit 3 of st_other: read it raw.
                self._entry = {}
                if self.machine in ('EM_ALPHA', 0x9026):  # pyelftools: a number
                    for t in e.iter_sections():
                        if not isinstance(t, SymbolTableSection):
                            continue
                        raw, size = t.data(), t['sh_entsize']
                        for i, sym in enumerate(t.iter_symbols()):
                            if sym.name and raw[i * size + 5] & 0x88 == 0x88:
                                self._entry[(sym.name, sym['st_value'])] = 8
        except ELFError as err:
            raise ValueError('%s: not an ELF file (%s)' % (path, err))
        # arm: a Thumb function's symbol has bit 0 set; its code does not.
        self._code_mask = ~1 if self.machine == 'EM_ARM' else ~0

    def _deref(self, v):
        """The code address a function symbol's value @v names."""
        if self._opd is not None:
            base, data = self._opd
            if base <= v and v + 8 <= base + len(data):
                return int.from_bytes(data[v - base:v - base + 8],
                                      'big' if self.big else 'little')
        return v

    def _exec(self):
        return [s for s in self.sections
                if s['flags'] & SHF_ALLOC and s['flags'] & SHF_EXECINSTR]

    def text_bytes(self):
        """Bytes of every allocated executable PROGBITS section."""
        return sum(s['size'] for s in self._exec() if s['type'] == 'SHT_PROGBITS')

    def exec_ranges(self):
        return [(s['addr'], s['addr'] + s['size']) for s in self._exec() if s['size']]

    def defined(self):
        return [s for s in self.symbols if s[5] != 'SHN_UNDEF']

    def funcs(self):
        """{name: (address, size)} of the defined functions."""
        return {n: (self._deref(v) & self._code_mask, size)
                for n, v, size, typ, _, _ in self.defined() if typ == 'STT_FUNC'}

    def code(self):
        """{name: (address, size)} of the functions and of the asm code
        symbols (SYM_CODE_START ... SYM_CODE_END: untyped, but sized)."""
        out = self.funcs()
        for n, v, size, typ, _, shndx in self.defined():
            if typ == 'STT_NOTYPE' and size and isinstance(shndx, int) and \
               self.sections[shndx]['flags'] & SHF_EXECINSTR:
                out.setdefault(n, (v, size))
        return out

    def addr(self, name):
        """Address of a defined function or untyped label, or None."""
        for n, v, _, typ, _, _ in self.defined():
            if n == name and typ in ('STT_FUNC', 'STT_NOTYPE'):
                return (self._deref(v) & self._code_mask) + self._entry.get((n, v), 0) \
                    if typ == 'STT_FUNC' else v
        return None

    def names(self):
        """{address: name} of the functions, objects and global labels, for
        telling what a word on a stack points at (no local .L or $ labels)."""
        out = {}
        for n, v, _, typ, bind, _ in self.defined():
            if typ in ('STT_FUNC', 'STT_OBJECT') or (typ == 'STT_NOTYPE' and
                                                     bind == 'STB_GLOBAL'):
                if not n.startswith(('$', '.L')):
                    out.setdefault(self._deref(v) if typ == 'STT_FUNC' else v, n)
        return out
