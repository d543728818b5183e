#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Turn an architecture's Kconfig "select" lines into make variables.

usage: kconfig.py REFERENCE_KCONFIG ARCH_KCONFIG...

Prints, for every selected symbol, "CONFIG_<SYM> := y", then
"KCONFIG_CFLAGS := -DCONFIG_<SYM> ...".  A symbol that reference/Kconfig
does not declare is an error, as an unknown select is in Linux.
"""
import re
import sys


def declared(path):
    with open(path) as f:
        return {m.group(1) for m in re.finditer(r'^config\s+(\w+)', f.read(), re.M)}


def selects(path):
    found = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r'select\s+(\w+)', line)
            if not m:
                sys.exit(f'{path}:{n}: expected "select SYMBOL", got "{line}"')
            found.append((path, n, m.group(1)))
    return found


def main(argv):
    if len(argv) < 2:
        sys.exit('usage: kconfig.py REFERENCE_KCONFIG ARCH_KCONFIG...')
    known = declared(argv[0])
    symbols = []
    for path in argv[1:]:
        for where, n, sym in selects(path):
            if sym not in known:
                sys.exit(f'{where}:{n}: unknown symbol {sym} (declare it in {argv[0]})')
            if sym not in symbols:
                symbols.append(sym)
    for sym in symbols:
        print(f'CONFIG_{sym} := y')
    print('KCONFIG_CFLAGS := ' + ' '.join(f'-DCONFIG_{s}' for s in symbols))


if __name__ == '__main__':
    main(sys.argv[1:])
