#!/usr/bin/python3
"""Porting status: parse checklists/<arch>.txt, merge boot-test results, render.

    tools/status.py [--checklists DIR] [--results DIR] check
    tools/status.py [--checklists DIR] [--results DIR] term
    tools/status.py [--checklists DIR] [--results DIR] rst OUTDIR

The checklist format is described in checklists/README.  Every problem found
in a checklist is reported as "path:line: what is wrong" and exits 2.
Results are build/results/<target>-<flow>.json as written by the boot runner:
    {"arch": "arm", "flow": "new", "cases": {"<case>": "ok"|"not ok"|"skip"},
     "passed": true|false}
"""

import argparse
import json
import os
import re
import sys
import textwrap

from lib import rst

# The conversion steps, in porting order: (id, short heading, what to do).
STEPS = [
    ("current_pt_regs", "regs",
     "current_pt_regs() and task_pt_regs() give the pt_regs slot at the top of the "
     "kernel stack, for user tasks and for kernel threads alike."),
    ("generic_kernel_thread", "kthread",
     "copy_thread() puts fn/arg of a kernel thread in callee-saved registers of the "
     "switch frame and resumes it in ret_from_kernel_thread (schedule_tail, fn(arg)); "
     "select GENERIC_KERNEL_THREAD and delete the arch kernel_thread()."),
    ("generic_kernel_execve", "kexecve",
     "select GENERIC_KERNEL_EXECVE: kernel_execve() is do_execve() on the normal "
     "pt_regs, the thread function returns 0 and ret_from_kernel_thread goes on into "
     "the syscall-exit path; no copy of pt_regs, no ret_from_kernel_execve."),
    ("generic_sys_execve", "execve",
     "define __ARCH_WANT_SYS_EXECVE: the generic sys_execve finds pt_regs with "
     "current_pt_regs(); post-exec fixups move into start_thread()."),
    ("generic_fork", "fork",
     "define __ARCH_WANT_SYS_FORK/VFORK/CLONE and select the right CLONE_BACKWARDS* "
     "for the clone argument order; keep only a tiny wrapper where callee-saved "
     "registers must be saved next to pt_regs."),
    ("no_pt_regs_args", "noregs",
     "the 3.8 flag day: no struct pt_regs * argument in do_fork(), copy_thread(), "
     "do_execve() and ->load_binary(); copy_thread() tests PF_KTHREAD."),
    ("do_exit_out_of_asm", "do_exit",
     "no do_exit() call in the arch entry code: kernel-thread payloads exit "
     "themselves, and a payload that returns goes to user mode."),
]
STEP_IDS = [s[0] for s in STEPS]
STEP_SHORT = {s[0]: s[1] for s in STEPS}
STEP_DESC = {s[0]: s[2] for s in STEPS}

STATES = {
    "ok": "done in the reference port here and proved by the named boot-test case(s)",
    "TODO": "not done yet",
    "N/A": "does not apply (the note says why)",
    "hist": "done in Linux (version and file/function given), not built or booted here",
}

# Boot-test case names an ok step may cite, read from the sources that
# print them: the kernel's self-tests and /init's case table.
TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _cases(path, pattern):
    with open(os.path.join(TOP, path)) as f:
        return re.findall(pattern, f.read())


KNOWN_CASES = set(_cases("reference/kernel/selftest.c", r'"([a-z0-9_]+)"\)') +
                  _cases("tests/boot/cases.h", r"\bC\(([a-z0-9_]+)\)"))

FIELDS = ["Architecture", "Linux arch dir", "Converted in", "Reference port",
          "Boot targets", "Differs from Linux", "Notes"]
REQUIRED = FIELDS[:4]
VALUE_COL = 24          # header values start at column 25 (cut -c25-)
FLOWS = ("old", "new")
PROVING_FLOW = "new"    # ok steps are proved by the converted (new) flow
TERM_WIDTH = 100

VERSION = r"\d+\.\d+"
# The generic fork family was taken in parts (linux-history.md section 7):
# "3.8", "by 3.10", "not by 3.10", or parts such as "clone 3.8; fork+vfork
# by 3.10" (each part: the calls it covers, then when).
FORK_WHEN = r"(%s|by %s|not by %s)" % (VERSION, VERSION, VERSION)
FORK_PART = r"((fork|vfork|clone)(\+(fork|vfork|clone))* )?%s" % FORK_WHEN
CONVERTED = re.compile(
    r"kernel_thread (?P<kt>%s), kernel_execve (?P<ke>%s), "
    r"fork (?P<fk>%s(; %s)*)$" % (VERSION, VERSION, FORK_PART, FORK_PART))
JOINED = re.compile(r"joined (?P<v>%s)\b" % VERSION)
HIST_REF = re.compile(r"(?P<v>%s)(\s|$)" % VERSION)
RULE = re.compile(r"    -+\s*$")
ROW = re.compile(r"    \|(.*)\|\s*$")


class ChecklistError(Exception):
    def __init__(self, path, line, msg):
        super().__init__("%s:%d: %s" % (path, line, msg))


class Step:
    def __init__(self, sid, state, line):
        self.id, self.state, self.line = sid, state, line
        self.proof_parts, self.note_parts = [], []
        self.evidence = {}      # "before"/"after" -> Linux source text

    @property
    def proof(self):
        return " ".join(p for p in self.proof_parts if p)

    @property
    def note(self):
        return " ".join(p for p in self.note_parts if p)

    @property
    def tests(self):
        return [t for t in re.split(r"[\s,]+", self.proof) if t]

    def version(self):
        m = HIST_REF.match(self.proof)
        return m.group("v") if m else ""


class Checklist:
    def __init__(self, path):
        self.path = path
        self.fields, self.field_lines = {}, {}
        self.steps = {}
        self.table_end = 0

    @property
    def arch(self):
        return self.fields["Architecture"]

    @property
    def port(self):
        """('flows', ['old', 'new']) | ('planned', text) | ('none', reason)"""
        value = self.fields["Reference port"]
        if value.startswith("planned"):
            return "planned", value
        if value.startswith("none"):
            return "none", value
        return "flows", value.split()

    @property
    def targets(self):
        return self.fields.get("Boot targets", self.arch).split()

    @property
    def differs(self):
        """The 'Differs from Linux' items: where the reference port is not
        what its Linux version did (the arch page lists them)."""
        value = self.fields.get("Differs from Linux")
        return [d.strip() for d in value.split(";")] if value else []


def _err(cl, line, msg):
    raise ChecklistError(cl.path, line, msg)


def parse_checklist(path):
    cl = Checklist(path)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    n = 0
    last_field = None
    # Header: '#' lines.
    while n < len(lines) and lines[n].startswith("#"):
        text, lineno = lines[n], n + 1
        n += 1
        if text.strip() == "#":
            last_field = None
            continue
        m = re.match(r"# ([A-Za-z][A-Za-z ]*):( +)(\S.*)$", text)
        if m and len("# " + m.group(1) + ":" + m.group(2)) != VALUE_COL:
            _err(cl, lineno, "header value of '%s' must start at column %d"
                 % (m.group(1), VALUE_COL + 1))
        if m:
            name = m.group(1)
            if name not in FIELDS:
                _err(cl, lineno, "unknown header field '%s' (known: %s)"
                     % (name, ", ".join(FIELDS)))
            if name in cl.fields:
                _err(cl, lineno, "duplicate header field '%s'" % name)
            cl.fields[name] = m.group(3).strip()
            cl.field_lines[name] = lineno
            last_field = name
            continue
        if (last_field and len(text) > VALUE_COL and text[VALUE_COL] != " "
                and text[1:VALUE_COL].strip() == ""):
            cl.fields[last_field] += " " + text[VALUE_COL:].strip()
            continue
        _err(cl, lineno, "header line is neither '# Field: value' (value at column %d) "
             "nor a continuation at column %d" % (VALUE_COL + 1, VALUE_COL + 1))
    for name in REQUIRED:
        if name not in cl.fields:
            _err(cl, 1, "missing header field '%s'" % name)
    _check_header(cl)
    # Table: rule, column-heading row, rule, step rows, rule.
    while n < len(lines) and lines[n].strip() == "":
        n += 1
    if n >= len(lines):
        _err(cl, len(lines), "no step table after the header")
    expect = ["rule", "heading", "rule"]
    for what in expect:
        if n >= len(lines):
            _err(cl, len(lines), "step table ends early")
        text, lineno = lines[n], n + 1
        if what == "rule" and not RULE.match(text):
            _err(cl, lineno, "expected a table rule '    -----'")
        if what == "heading":
            m = ROW.match(text)
            if not m or m.group(1).split("|")[0].strip() != "step":
                _err(cl, lineno, "expected the column headings '    | step | state | "
                     "proof | note |'")
        n += 1
    prev = None
    closed = False
    while n < len(lines):
        text, lineno = lines[n], n + 1
        n += 1
        if RULE.match(text):
            closed = True
            cl.table_end = lineno
            break
        m = ROW.match(text)
        if not m:
            _err(cl, lineno, "malformed row: expected '    | step: | state | proof | note |'")
        cells = m.group(1).split("|")
        if len(cells) != 4:
            _err(cl, lineno, "malformed row: %d cells, expected 4 "
                 "(step: | state | proof | note)" % len(cells))
        name, state, proof, note = (c.strip() for c in cells)
        if name == "":
            if state != "" or prev is None:
                _err(cl, lineno, "malformed row: a continuation row has empty step "
                     "and state cells and follows a step row")
            prev.proof_parts.append(proof)
            prev.note_parts.append(note)
            continue
        if not name.endswith(":"):
            _err(cl, lineno, "malformed row: the step cell must end with ':'")
        sid = name[:-1].strip()
        if sid not in STEP_IDS:
            _err(cl, lineno, "unknown step id '%s' (steps: %s)" % (sid, " ".join(STEP_IDS)))
        if sid in cl.steps:
            _err(cl, lineno, "duplicate step '%s' (first at line %d)"
                 % (sid, cl.steps[sid].line))
        if state not in STATES:
            _err(cl, lineno, "unknown state '%s' (states: %s)" % (state, ", ".join(STATES)))
        prev = Step(sid, state, lineno)
        prev.proof_parts.append(proof)
        prev.note_parts.append(note)
        cl.steps[sid] = prev
    if not closed:
        _err(cl, len(lines), "step table has no closing rule")
    n = _parse_evidence(cl, lines, n)
    for text_n in range(n, len(lines)):
        if lines[text_n].strip():
            _err(cl, text_n + 1, "text after the evidence table")
    for sid in STEP_IDS:
        if sid not in cl.steps:
            _err(cl, cl.table_end, "missing step '%s'" % sid)
    order = [s.id for s in sorted(cl.steps.values(), key=lambda s: s.line)]
    for i, sid in enumerate(order):
        if sid != STEP_IDS[i]:
            _err(cl, cl.steps[sid].line, "step '%s' out of porting order (expected '%s' "
                 "here)" % (sid, STEP_IDS[i]))
    for sid in STEP_IDS:
        _check_step(cl, cl.steps[sid])
    for sid in STEP_IDS:
        _check_evidence(cl, cl.steps[sid])
    return cl


EVIDENCE_WHEN = ("before", "after")
# "<version> <path> ...": a Linux release, then a file of its tree.
EVIDENCE = re.compile(r"(?P<v>%s) (arch|include|fs|kernel|init|mm|lib|Documentation)/\S+"
                      % VERSION)


def _parse_evidence(cl, lines, n):
    """The evidence table after the step table: per step, the Linux source
    that shows its state before and after the conversion.  Returns the index
    of the first line after it."""
    while n < len(lines) and lines[n].strip() == "":
        n += 1
    if n >= len(lines):
        return n
    for what in ("rule", "heading", "rule"):
        text, lineno = (lines[n], n + 1) if n < len(lines) else ("", len(lines))
        if what == "rule" and not RULE.match(text):
            _err(cl, lineno, "expected the evidence table's rule '    -----'")
        if what == "heading":
            m = ROW.match(text)
            cells = [c.strip() for c in m.group(1).split("|")] if m else []
            if cells[:2] != ["step", "when"] or len(cells) != 3:
                _err(cl, lineno, "expected the evidence headings '    | step | when | "
                     "Linux version, file and function |'")
        n += 1
    sid, when = None, None
    while n < len(lines):
        text, lineno = lines[n], n + 1
        n += 1
        if RULE.match(text):
            return n
        m = ROW.match(text)
        cells = [c.strip() for c in m.group(1).split("|")] if m else []
        if len(cells) != 3:
            _err(cl, lineno, "malformed evidence row: expected '    | step: | before|after | "
                 "Linux source |'")
        name, w, src = cells
        if name:
            sid = name[:-1].strip() if name.endswith(":") else name
            if sid not in cl.steps:
                _err(cl, lineno, "evidence for unknown step '%s'" % sid)
            when = None
        if w:
            if w not in EVIDENCE_WHEN or sid is None:
                _err(cl, lineno, "evidence 'when' must be before or after, under a step")
            if w in cl.steps[sid].evidence:
                _err(cl, lineno, "step '%s' has two '%s' evidence rows" % (sid, w))
            when = w
            cl.steps[sid].evidence[when] = src
        elif when is None:
            _err(cl, lineno, "evidence continuation row without a before/after row above")
        else:
            cl.steps[sid].evidence[when] += " " + src
    _err(cl, len(lines), "evidence table has no closing rule")


def _check_evidence(cl, st):
    """A step that claims history names the Linux source of both states; one
    of an arch that joined Linux after the conversion, the source of the
    state it joined with."""
    joined = bool(JOINED.match(cl.fields["Converted in"]))
    need = () if st.state not in ("ok", "hist") else ("after",) if joined else EVIDENCE_WHEN
    for when in need:
        if when not in st.evidence:
            _err(cl, st.line, "step '%s' has no '%s' evidence (Linux version, file and "
                 "function)" % (st.id, when))
    for when, src in st.evidence.items():
        if not EVIDENCE.match(src):
            _err(cl, st.line, "step '%s': %s evidence must start with a Linux version and a "
                 "file of its tree (e.g. '3.6 arch/arm/kernel/process.c kernel_thread()'), "
                 "not '%s'" % (st.id, when, src[:40]))
    if st.state == "hist" and "after" in st.evidence:
        v, after = st.version(), EVIDENCE.match(st.evidence["after"]).group("v")
        if v != after:
            _err(cl, st.line, "step '%s' claims %s but its after evidence is from %s"
                 % (st.id, v, after))


def _check_header(cl):
    f, at = cl.fields, cl.field_lines
    stem = os.path.splitext(os.path.basename(cl.path))[0]
    if f["Architecture"] != stem:
        _err(cl, at["Architecture"], "Architecture '%s' does not match the file name "
             "'%s'" % (f["Architecture"], os.path.basename(cl.path)))
    if not re.match(r"arch/[a-z0-9]+$", f["Linux arch dir"]):
        _err(cl, at["Linux arch dir"], "Linux arch dir must look like 'arch/<name>'")
    if not (CONVERTED.match(f["Converted in"]) or JOINED.match(f["Converted in"])):
        _err(cl, at["Converted in"], "Converted in must be 'kernel_thread V, "
             "kernel_execve V, fork F' (F: 'V', 'by V', 'not by V', or parts such as "
             "'clone 3.8; fork+vfork by 3.10') or 'joined V ...'")
    kind, val = cl.port
    if kind == "none" and not re.match(r"none: \S", f["Reference port"]):
        _err(cl, at["Reference port"], "Reference port 'none' needs a reason: "
             "'none: <why>'")
    if kind == "planned" and not re.match(r"planned(:\s\S.*)?$", f["Reference port"]):
        _err(cl, at["Reference port"], "Reference port must be 'planned' or "
             "'planned: <text>'")
    if kind == "flows" and (not val or any(v not in FLOWS for v in val)
                            or len(set(val)) != len(val)):
        _err(cl, at["Reference port"], "Reference port must be flows booted here "
             "('old new' or 'new'), 'planned' or 'none: <why>'")
    if "Boot targets" in f and not re.match(r"[a-z0-9_]+( [a-z0-9_]+)*$", f["Boot targets"]):
        _err(cl, at["Boot targets"], "Boot targets must be result-file arch names "
             "separated by spaces")
    if kind == "flows" and "Differs from Linux" not in f:
        _err(cl, at["Reference port"], "a reference port needs 'Differs from Linux': "
             "where it is not what its Linux version did, items separated by ';'")
    if "Differs from Linux" in f and any(not d for d in cl.differs):
        _err(cl, at["Differs from Linux"], "Differs from Linux has an empty item "
             "(items are separated by ';')")


def _check_step(cl, st):
    if st.state == "ok":
        kind, flows = cl.port
        if kind != "flows" or PROVING_FLOW not in flows:
            _err(cl, st.line, "step '%s' is ok but Reference port names no '%s' flow "
                 "booted here" % (st.id, PROVING_FLOW))
        if not st.tests:
            _err(cl, st.line, "step '%s' is ok but names no boot-test case" % st.id)
        for t in st.tests:
            if t not in KNOWN_CASES:
                _err(cl, st.line, "step '%s': unknown boot-test case '%s'" % (st.id, t))
    elif st.state == "hist":
        if not HIST_REF.match(st.proof):
            _err(cl, st.line, "step '%s' is hist but its reference does not start with "
                 "a Linux version (e.g. '3.7 arch/x86/kernel/entry_32.S "
                 "ret_from_kernel_thread')" % st.id)
    elif st.state == "N/A":
        if not st.note:
            _err(cl, st.line, "step '%s' is N/A but its note does not say why" % st.id)


def load_checklists(directory):
    """Return (checklists sorted by arch, list of error lines)."""
    try:
        names = sorted(n for n in os.listdir(directory) if n.endswith(".txt"))
    except OSError as e:
        return [], ["%s: %s" % (directory, e.strerror)]
    out, errors = [], []
    if not names:
        errors.append("%s: no checklists (*.txt)" % directory)
    for name in names:
        try:
            out.append(parse_checklist(os.path.join(directory, name)))
        except ChecklistError as e:
            errors.append(str(e))
        except (OSError, UnicodeDecodeError) as e:
            errors.append("%s:1: cannot read: %s" % (os.path.join(directory, name), e))
    return out, errors


# ---------------------------------------------------------------- results

def load_results(directory):
    """Return ({(target, flow): {"cases": {...}, "passed": bool}}, errors)."""
    results, errors = {}, []
    if not os.path.isdir(directory):
        return results, errors
    for name in sorted(os.listdir(directory)):
        m = re.match(r"(.+)-(old|new|linux)\.json$", name)
        if not m:
            continue
        path = os.path.join(directory, name)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            errors.append("%s: not readable JSON: %s" % (path, e))
            continue
        cases = data.get("cases") if isinstance(data, dict) else None
        if (not isinstance(cases, dict) or not isinstance(data.get("passed"), bool)
                or any(v not in ("ok", "not ok", "skip") for v in cases.values())):
            errors.append("%s: expected {\"cases\": {name: \"ok\"|\"not ok\"|\"skip\"}, "
                          "\"passed\": true|false}" % path)
            continue
        results[(m.group(1), m.group(2))] = data
    return results, errors


def step_cell(cl, st, results):
    """What the matrix shows for one step of one architecture."""
    if st.state == "ok":
        seen_all = True
        for target in cl.targets:
            run = results.get((target, PROVING_FLOW))
            for t in st.tests:
                verdict = run["cases"].get(t) if run else None
                if verdict == "not ok":
                    return "FAIL"
                if verdict != "ok":
                    seen_all = False
        return "tested" if seen_all else "untested"
    if st.state == "hist":
        if st.id == "generic_fork" and not JOINED.match(cl.fields["Converted in"]):
            return CONVERTED.match(cl.fields["Converted in"]).group("fk")
        return st.version()
    return st.state


def boots_here(cl, results):
    kind, flows = cl.port
    if kind == "planned":
        return "planned"
    if kind == "none":
        return "-"
    out = []
    for flow in flows:
        runs = [results.get((t, flow)) for t in cl.targets]
        if any(r is not None and not r["passed"] for r in runs):
            out.append(flow + "!")
        elif all(r is not None for r in runs):
            out.append(flow)
        else:
            out.append(flow + "*")
    return " ".join(out)


def real_linux(cl, results):
    """What real Linux (Debian's kernel, flow 'linux') made of the boot test
    on the port's targets: "40/41" cases ok (the fuzz case skips there),
    "FAIL", or "-" if not run (the kernel's version is on the port's page)."""
    cells = []
    for t in cl.targets:
        r = results.get((t, "linux"))
        if r is not None:
            ok = sum(c == "ok" for c in r["cases"].values())
            cells.append("%d/%d" % (ok, len(r["cases"])) if r["passed"] else "FAIL")
    return " ".join(sorted(set(cells))) or "-"


def converted_in(cl):
    text = cl.fields["Converted in"]
    m = JOINED.match(text)
    if m:
        return "new " + m.group("v")
    m = CONVERTED.match(text)
    done = [m.group("kt"), m.group("ke")] + [
        part.split()[-1] for part in m.group("fk").split("; ") if " not by " not in " " + part]
    vs = sorted(set(done), key=lambda v: tuple(int(x) for x in v.split(".")))
    return vs[0] if len(vs) == 1 else vs[0] + "-" + vs[-1]


def cell_kind(cell):
    """The state a step cell shows, as the name of its colour in the guide
    (CSS class st-<kind>) and on the terminal: tested, untested, fail,
    hist (a Linux version, or the parts of the fork family), todo, na."""
    return {"tested": "tested", "untested": "untested", "FAIL": "fail",
            "TODO": "todo", "N/A": "na"}.get(cell, "hist")


LEGEND_CELLS = [
    ("tested", "ok here, and every named boot-test case passed in the latest %s-flow "
     "results" % PROVING_FLOW),
    ("untested", "ok here, but no latest result shows the named case(s) passing"),
    ("FAIL", "ok here, but a named case failed in the latest results"),
    ("3.7", "hist: done in that Linux version, not booted here; the checklist names the "
     "Linux source of the state before and after"),
    ("TODO", "not done yet"),
    ("N/A", "does not apply (see the checklist note)"),
]
LEGEND_COLS = [
    ("conv.in", "Linux version(s) of the conversion; "
     "'new V': joined Linux in V with the new flow only"),
    ("boots", "flows of the reference port: 'old', 'new' passed in the latest results, "
     "'x!' failed, 'x*' not run yet; 'planned': port to come; '-': no port here"),
    ("Linux", "the same boot test as init of real Linux (Debian 12's kernel under "
     "qemu-system): the cases ok, 'FAIL', or '-' if not run"),
]


# ---------------------------------------------------------------- terminal

# SGR colours of the cell kinds; NO_COLOR (https://no-color.org) or output
# that is not a terminal gets none.
SGR = {"tested": "32", "untested": "33", "fail": "1;31", "hist": "36",
       "todo": "35", "na": "2"}


def use_colour(stream):
    return stream.isatty() and not os.environ.get("NO_COLOR")


def render_term(checklists, results, colour=False):
    paint = (lambda kind, text: "\033[%sm%s\033[0m" % (SGR[kind], text)) if colour \
        else (lambda kind, text: text)
    widths = [10, 8, 9, 6] + [8] * len(STEPS)
    head = ["arch", "conv.in", "boots", "Linux"] + [STEP_SHORT[s] for s in STEP_IDS]
    body, notes = [], []
    for cl in checklists:
        cells = [cl.arch, converted_in(cl), boots_here(cl, results), real_linux(cl, results)]
        kinds = [None] * len(cells)
        for s in STEP_IDS:
            cell = step_cell(cl, cl.steps[s], results)
            kinds.append(cell_kind(cell))
            # A cell too long for its column (the parts of the generic
            # fork family an arch took, "clone 3.8; fork+vfork by 3.10")
            # becomes a numbered note under the matrix.
            if len(cell) > widths[len(cells)]:
                notes.append("[%d] %s %s: %s" % (len(notes) + 1, cl.arch, STEP_SHORT[s], cell))
                cell = "[%d]" % len(notes)
            cells.append(cell)
        body.append((cells, kinds))
    out = []

    def row(cells, kinds=()):
        # Padded first, then painted: the escapes take no columns.
        padded = [c.ljust(w) for c, w in zip(cells, widths)]
        padded[-1] = padded[-1].rstrip()
        out.append(" ".join(paint(k, c) if k else c
                            for c, k in zip(padded, list(kinds) + [None] * len(cells))).rstrip())

    row(head)
    row(["-" * w for w in widths])
    for cells, kinds in body:
        row(cells, kinds)
    out.append("")
    out += notes
    if notes:
        out.append("")
    wrap = textwrap.TextWrapper(width=TERM_WIDTH, subsequent_indent=" " * 10,
                                break_long_words=False, break_on_hyphens=False)
    out += wrap.wrap("%-9s %s" % ("steps:", " ".join(
        "%s=%s" % (STEP_SHORT[s], s) for s in STEP_IDS)))
    for name, text in LEGEND_COLS:
        out += wrap.wrap("%-9s %s" % (name + ":", text))
    for name, text in LEGEND_CELLS:
        lines = wrap.wrap("%-9s %s" % (name + ":", text))
        lines[0] = paint(cell_kind(name), name) + lines[0][len(name):]
        out += lines
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- reST

CODEISH = re.compile(r"[A-Za-z0-9_.$/>*+=#()-]*(_|\(\)|/|->|\*|=|#)[A-Za-z0-9_.$/>*+=#()-]*$")


def rst_text(text):
    """Plain checklist text as reST: code-like words become inline literals,
    everything else is escaped."""
    words = []
    for word in text.split():
        lead = re.match(r"[\"'(\[{<]*", word).group(0)
        rest = word[len(lead):]
        trail = re.search(r"[.,;:!?\"')\]}]*$", rest).group(0)
        core = rest[:len(rest) - len(trail)] if trail else rest
        # keep balanced parentheses ("fn()", "sizeof(pt_regs)") inside the literal
        while core.count("(") > core.count(")") and trail.startswith(")"):
            core, trail = core + ")", trail[1:]
        if (re.search(r"[A-Za-z0-9]", core) and "`" not in core and CODEISH.match(core)
                and not core.startswith("*")):
            words.append(_esc(lead) + "``" + core + "``" + _esc(trail))
        else:
            words.append(_esc(word))
    out = " ".join(words)
    if re.match(r"[-+*#|]|\d+[.)]\s", out):
        out = "\\" + out
    return out


def _esc(s):
    return re.sub(r"([\\`*_|\[\]<>])", r"\\\1", s)


def label(arch, sid=None):
    return "checklist-%s" % arch if sid is None else "checklist-%s-%s" % (arch, sid)


def _title(text, ch):
    return rst.title(text, ch).splitlines()


def _list_table(rows, **kw):
    return rst.list_table(rows, header=kw.pop('header_rows', 1), **kw).split('\n')[:-1]


def _legend_rst():
    out = ["Steps, in porting order:", ""]
    for sid in STEP_IDS:
        out += ["``%s``" % STEP_SHORT[sid],
                "   ``%s``: %s" % (sid, rst_text(STEP_DESC[sid]))]
    out += ["", "Columns:", ""]
    for name, text in LEGEND_COLS:
        out += ["``%s``" % name, "   " + rst_text(text)]
    out += ["", "Step cells, in the colour the matrix gives them:", ""]
    out += _list_table([[".. rst-class:: st-%s\n\n%s" % (cell_kind(name), rst_text(name)),
                         rst_text(text)] for name, text in LEGEND_CELLS],
                       header_rows=0, css_class="status-matrix status-legend")
    return out + [""]


def _proof_rst(st):
    if st.state == "ok":
        return ", ".join("``%s``" % t for t in st.tests)
    return rst_text(st.proof) if st.proof and st.proof != "-" else ""


def render_matrix_rst(checklists, results):
    out = [".. This file is generated by tools/status.py from checklists/; do not edit.",
           "", ".. _status-matrix:", ""]
    out += _title("Porting status matrix", "=")
    out += ["One row per architecture, one column per conversion step in porting order; "
            "every cell links to the step in that architecture's checklist. "
            "Generated from ``checklists/*.txt`` and the latest boot-test results.", ""]
    head = ["arch", "conv.in", "boots", "Linux"] + [STEP_SHORT[s] for s in STEP_IDS]
    rows = [head]
    for cl in checklists:
        cells = [":ref:`%s <%s>`" % (cl.arch, label(cl.arch)), rst_text(converted_in(cl)),
                 rst_text(boots_here(cl, results)), rst_text(real_linux(cl, results))]
        for sid in STEP_IDS:
            cell = step_cell(cl, cl.steps[sid], results)
            cells.append(".. rst-class:: st-%s\n\n:ref:`%s <%s>`" % (
                cell_kind(cell), cell, label(cl.arch, sid)))
        rows.append(cells)
    out += _list_table(rows, stub_columns=1, css_class="status-matrix")
    out += _title("Legend", "-")
    out += _legend_rst()
    out += [".. toctree::", "   :hidden:", ""]
    out += ["   checklist-%s" % cl.arch for cl in checklists]
    return "\n".join(out) + "\n"


def render_checklist_rst(cl, results):
    out = [".. This file is generated by tools/status.py from %s; do not edit."
           % cl.path.replace(os.sep, "/"), "", ".. _%s:" % label(cl.arch), ""]
    out += _title("Checklist: %s" % cl.arch, "=")
    for name in FIELDS:
        if name in cl.fields:
            value = cl.fields[name]
            if name == "Linux arch dir":
                value = "``%s``" % value
            else:
                value = rst_text(value)
            out.append(":%s: %s" % (name, value))
    out.append(":Boots here: %s" % rst_text(boots_here(cl, results)))
    out.append("")
    rows = [["Step", "State", "Matrix", "Test or Linux reference", "Note"]]
    for sid in STEP_IDS:
        st = cl.steps[sid]
        rows.append([":ref:`%s <%s>`" % (sid, label(cl.arch, sid)), st.state,
                     rst_text(step_cell(cl, st, results)), _proof_rst(st),
                     rst_text(st.note)])
    out += _list_table(rows, widths=[18, 6, 8, 30, 38], css_class="checklist-steps")
    for sid in STEP_IDS:
        st = cl.steps[sid]
        out += [".. _%s:" % label(cl.arch, sid), ""]
        out += _title(sid, "-")
        out += [rst_text(STEP_DESC[sid]), ""]
        out += [":State: %s (%s)" % (st.state, rst_text(STATES[st.state]))]
        if st.state == "ok":
            out.append(":Tests: " + _proof_rst(st))
            out.append(":Latest result: " + rst_text(step_cell(cl, st, results)))
        elif _proof_rst(st):
            out.append(":Linux: " + _proof_rst(st))
        if st.note:
            out.append(":Note: " + rst_text(st.note))
        for when in EVIDENCE_WHEN:
            if when in st.evidence:
                out.append(":Linux %s: %s" % (when, rst_text(st.evidence[when])))
        out.append("")
    return "\n".join(out) + "\n"


def write_if_changed(path, text):
    """Write @text to @path unless it already holds it (keeps make and Sphinx quiet)."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_rst(outdir, checklists, results):
    os.makedirs(outdir, exist_ok=True)
    wanted = {"status-matrix.rst": render_matrix_rst(checklists, results)}
    for cl in checklists:
        wanted["checklist-%s.rst" % cl.arch] = render_checklist_rst(cl, results)
    for name in os.listdir(outdir):       # drop pages of removed checklists
        if re.match(r"checklist-.*\.rst$", name) and name not in wanted:
            os.remove(os.path.join(outdir, name))
    for name, text in wanted.items():
        write_if_changed(os.path.join(outdir, name), text)


# ---------------------------------------------------------------- main

def main(argv=None):
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--checklists", default=argparse.SUPPRESS, metavar="DIR",
                        help="checklist directory (default: checklists)")
    common.add_argument("--results", default=argparse.SUPPRESS, metavar="DIR",
                        help="boot-test results directory (default: build/results)")
    p = argparse.ArgumentParser(description="Porting status from checklists and "
                                "boot-test results.", parents=[common])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check", parents=[common], help="validate the checklists only")
    sub.add_parser("term", parents=[common], help="print the matrix")
    r = sub.add_parser("rst", parents=[common], help="write reST pages to OUTDIR")
    r.add_argument("outdir", metavar="OUTDIR")
    args = p.parse_args(argv)
    checklists_dir = getattr(args, "checklists", "checklists")
    results_dir = getattr(args, "results", os.path.join("build", "results"))

    checklists, errors = load_checklists(checklists_dir)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return 2
    if args.cmd == "check":
        return 0
    results, errors = load_results(results_dir)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return 2
    if args.cmd == "term":
        sys.stdout.write(render_term(checklists, results, use_colour(sys.stdout)))
    else:
        write_rst(args.outdir, checklists, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
