# SPDX-License-Identifier: GPL-2.0
"""TAP for the tests/*.t: numbered results, diagnostics before them, the
plan last (prove accepts it there, so a test need not count in advance)."""
import os
import sys


class Tap:
    def __init__(self, copy=None):
        """@copy: a file that gets the same TAP at done() (for the guide)."""
        self.n = 0
        self.failed = 0
        self.copy = copy
        self.lines = []

    def _print(self, line):
        print(line, flush=True)
        self.lines.append(line)

    def ok(self, cond, desc, diag=()):
        """One result; @diag (a string or lines) is printed as '# ' lines
        before it when @cond is false."""
        self.n += 1
        if not cond:
            self.failed += 1
            for l in ([diag] if isinstance(diag, str) else diag):
                for part in str(l).splitlines():
                    self._print(part if part.startswith('#') else '# ' + part)
        self._print('%s %d - %s' % ('ok' if cond else 'not ok', self.n, desc))
        return cond

    def skip(self, desc, why):
        self.n += 1
        self._print('ok %d - %s # SKIP %s' % (self.n, desc, why))

    def bail(self, why):
        self._print('Bail out! ' + why)
        sys.exit(1)

    def done(self):
        """Print the plan and exit: 0 exactly when every result was ok."""
        self._print('1..%d' % self.n)
        if self.copy:
            os.makedirs(os.path.dirname(self.copy), exist_ok=True)
            with open(self.copy, 'w') as f:
                f.write('\n'.join(self.lines) + '\n')
        sys.exit(1 if self.failed else 0)
