# SPDX-License-Identifier: GPL-2.0
"""What the tools and tests share, one job a module:

  ports    the reference ports and their flows, and the variables of a .mk
  elf      sections and symbols of an ELF file (pyelftools)
  rst      reStructuredText tables and blocks
  tap      a TAP producer for the tests/*.t
  ktap     the KTAP reader, and the rules by which a boot passes
  gdbstub  a client of QEMU's gdbstub (the gdb remote protocol)

and tools/measure.py's three jobs, one a module: payoff (the static
figures), paths (the traced boots and their path counts), report (sums,
tables, plots).

Scripts in tools/ import it as `from lib import ports`; tests put tools/
on sys.path first.
"""
