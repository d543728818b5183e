#!/usr/bin/python3
"""TAP test of tools/status.py and the checklists (run: prove -v tests/host/status.t)."""

import importlib.util
import json
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, "tools", "status.py")
FIX = os.path.join("tests", "host", "fixtures", "status")     # relative to ROOT
SPHINX = "/usr/bin/sphinx-build"
sys.path.insert(0, os.path.join(ROOT, "tools"))
from lib import tap  # noqa: E402

SEED_RFC = ["alpha", "arm", "m68k", "powerpc", "s390", "sparc", "x86", "um",
            "frv", "mn10300", "c6x"]
LINUX_2012 = ["arm64", "avr32", "blackfin", "cris", "h8300", "hexagon", "ia64", "m32r",
              "microblaze", "mips", "openrisc", "parisc", "score", "sh", "tile",
              "unicore32", "xtensa"]
LATER = {"arc": "3.9", "metag": "3.9", "nios2": "3.19", "riscv": "4.15", "csky": "5.2",
         "loongarch": "5.19"}
PLANNED = ["x86", "arm64", "m68k", "riscv"]

# bad fixture -> (file, line, fragment of the message)
BAD = {
    "bad-row": ("demo.txt", 15, "malformed row"),
    "bad-step": ("demo.txt", 16, "unknown step id 'generic_forks'"),
    "bad-state": ("demo.txt", 14, "unknown state 'done'"),
    "dup-step": ("demo.txt", 17, "duplicate step 'generic_fork' (first at line 16)"),
    "missing-step": ("demo.txt", 18, "missing step 'no_pt_regs_args'"),
    "ok-no-test": ("demo.txt", 18, "is ok but names no boot-test case"),
    "unknown-case": ("demo.txt", 11, "unknown boot-test case 'execve_with_argz'"),
    "header-column": ("demo.txt", 3, "must start at column 25"),
    "arch-mismatch": ("demo.txt", 2, "does not match the file name"),
    "ok-without-port": ("demo.txt", 11, "names no 'new' flow"),
    "out-of-order": ("demo.txt", 15, "out of porting order"),
    "no-closing-rule": ("demo.txt", 18, "no closing rule"),
    "unknown-field": ("demo.txt", 6, "unknown header field 'Remarks'"),
    "hist-no-version": ("legacy.txt", 12, "does not start with a Linux version"),
    "na-without-note": ("legacy.txt", 17, "N/A but its note does not say why"),
    "no-evidence": ("demo.txt", 11, "step 'current_pt_regs' has no 'before' evidence"),
    "evidence-no-version": ("demo.txt", 16, "before evidence must start with a Linux version"),
    "evidence-wrong-version": ("legacy.txt", 12, "claims 4.15 but its after evidence is from 4.16"),
    "evidence-bad-when": ("demo.txt", 40, "evidence 'when' must be before or after"),
    "no-differs": ("demo.txt", 5, "a reference port needs 'Differs from Linux'"),
}

T = tap.Tap()
ok = T.ok
skip = T.skip


def run(*args):
    p = subprocess.run([TOOL] + list(args), cwd=ROOT, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def load_tool():
    spec = importlib.util.spec_from_file_location("status_tool", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def term_rows(out):
    """{arch: {column heading: cell}} from the fixed-width matrix."""
    lines = out.splitlines()
    head = lines[0]
    cols = [(m.group(0), m.start()) for m in re.finditer(r"\S+", head)]
    rows = {}
    for line in lines[2:]:
        if not line.strip():
            break
        cells = {}
        for i, (name, start) in enumerate(cols):
            end = cols[i + 1][1] if i + 1 < len(cols) else None
            cells[name] = line[start:end].strip()
        rows[cells["arch"]] = cells
    return rows


def rst_problems(text):
    """docutils system messages (level >= WARNING) for a generated page, and table
    cells that turned into lists; Sphinx's :ref: role and toctree are stubbed."""
    import docutils.core
    import docutils.nodes
    from docutils.parsers.rst import directives, roles, Directive

    class Toctree(Directive):
        has_content = True
        option_spec = {"hidden": directives.flag}

        def run(self):
            return []

    directives.register_directive("toctree", Toctree)
    # Sphinx's name for docutils' class directive (plain .. class:: is py:class there)
    from docutils.parsers.rst.directives.misc import Class
    directives.register_directive("rst-class", Class)
    roles.register_generic_role("ref", docutils.nodes.emphasis)
    doc = docutils.core.publish_doctree(
        text, settings_overrides={"report_level": 5, "halt_level": 5,
                                  "warning_stream": False})
    problems = [m.astext() for m in doc.traverse(docutils.nodes.system_message)
                if m["level"] >= 2]
    # a cell such as "-" must stay text, not become a nested list
    for entry in doc.traverse(docutils.nodes.entry):
        for lst in entry.traverse(docutils.nodes.bullet_list):
            problems.append("list inside a table cell: %r" % lst.astext())
    return problems


def main():
    tool = load_tool()
    step_ids = tool.STEP_IDS

    # 1. the real checklists
    rc, out, err = run("check")
    ok(rc == 0 and err == "", "the real checklists validate", err)
    # A "?" once marked a version nobody had checked; every claim now has
    # its evidence (or says "unverified" in words, with the reason).
    marked = ["%s:%d" % (f, n) for f in sorted(glob.glob(os.path.join(ROOT, "checklists", "*")))
              for n, line in enumerate(open(f, encoding="utf-8"), 1) if "?" in line]
    rc, out, err = run("term")
    marked += ["make status: " + l for l in out.splitlines() if "?" in l]
    ok(not marked, "no '?' in the checklists or the matrix", "\n".join(marked))
    names = set(f[:-4] for f in os.listdir(os.path.join(ROOT, "checklists"))
                if f.endswith(".txt"))
    missing = [a for a in SEED_RFC if a not in names]
    ok(not missing, "every seed-RFC architecture has a checklist", missing)
    missing = [a for a in LINUX_2012 + list(LATER) if a not in names]
    ok(not missing, "every other 2012 and later architecture has a checklist", missing)
    cls = {}
    for a in sorted(names):
        try:
            cls[a] = tool.parse_checklist(os.path.join(ROOT, "checklists", a + ".txt"))
        except tool.ChecklistError as e:
            ok(False, "parse %s" % a, e)
    arm = cls.get("arm")
    ok(arm is not None and arm.port == ("flows", ["old", "new"])
       and all(arm.steps[s].state == "ok" for s in step_ids),
       "arm boots old and new here and every step is ok")
    ok(arm is not None and "no separate ret_from_kernel_thread" in
       arm.steps["generic_kernel_thread"].note
       and "flag day" in arm.steps["no_pt_regs_args"].note,
       "arm notes the folded ret_from_kernel_thread and the no_pt_regs_args difference")
    ported = {os.path.basename(d) for d in glob.glob(os.path.join(ROOT, "arch-examples", "*"))}
    wrong = [a for a in PLANNED if a not in cls or
             cls[a].port[0] != ("flows" if a in ported else "planned")]
    ok(not wrong, "x86, arm64, m68k and riscv are reference ports or planned ones", wrong)
    wrong = [a for a, v in LATER.items() if a not in cls
             or not cls[a].fields["Converted in"].startswith("joined %s " % v)
             or cls[a].steps["no_pt_regs_args"].state != "N/A"]
    ok(not wrong, "later architectures give the version they joined and N/A for the "
       "old flow", wrong)
    wrong = [a for a, c in cls.items() if a not in ported
             and any(s.state == "ok" for s in c.steps.values())]
    ok(not wrong, "only architectures with a reference port have ok steps", wrong)

    rc, out, err = run("--results", "/nonexistent", "term")
    rows = term_rows(out)
    ok(rc == 0 and set(rows) == names, "term prints one row per architecture",
       err + out)
    long_lines = [line for line in out.splitlines() if len(line) > 100]
    ok(not long_lines, "term output fits in 100 columns", "\n".join(long_lines))
    ok(rows.get("arm", {}).get("fork") == "untested",
       "without results an ok step is untested", rows.get("arm"))
    # ia64: a hist arch no reference port is planned for (alpha, the
    # example here before, boots since issue 9).
    ok(rows.get("ia64", {}).get("regs") == "3.7" and rows.get("riscv", {}).get("noregs")
       == "N/A", "hist cells show the Linux version, N/A cells N/A",
       (rows.get("ia64"), rows.get("riscv")))

    # 2. malformed checklists are rejected with the right line
    for case, (fname, line, frag) in sorted(BAD.items()):
        d = os.path.join(FIX, "bad", case)
        rc, out, err = run("--checklists", d, "check")
        want = "%s:%d: " % (os.path.join(d, fname), line)
        lines = err.splitlines()
        ok(rc == 2 and len(lines) == 1 and lines[0].startswith(want) and frag in lines[0],
           "bad/%s: rejected as %s...%s" % (case, want, frag), "rc=%d\n%s" % (rc, err))
    rc, out, err = run("--checklists", os.path.join(FIX, "good"), "check")
    ok(rc == 0 and err == "", "the good fixtures validate", err)

    # 3. results flip cells
    good = os.path.join(FIX, "good")
    rc, out, err = run("--checklists", good, "--results",
                       os.path.join(FIX, "results", "missing"), "term")
    demo = term_rows(out).get("demo", {})
    ok(rc == 0 and all(demo.get(tool.STEP_SHORT[s]) == "untested" for s in step_ids)
       and demo.get("boots") == "new*", "no results: every ok step untested, flow not run",
       demo or err)
    rc, out, err = run("--checklists", good, "--results",
                       os.path.join(FIX, "results", "pass"), "term")
    demo = term_rows(out).get("demo", {})
    ok(rc == 0 and all(demo.get(tool.STEP_SHORT[s]) == "tested" for s in step_ids)
       and demo.get("boots") == "new", "passing results: every ok step tested, new boots",
       demo or err)
    legacy = term_rows(out).get("legacy", {})
    ok(legacy.get("kexecve") == "TODO" and legacy.get("kthread") == "4.15"
       and legacy.get("boots") == "-" and legacy.get("conv.in") == "new 4.15",
       "results leave hist/TODO cells alone", legacy)
    rc, out, err = run("--checklists", good, "--results",
                       os.path.join(FIX, "results", "fail"), "term")
    demo = term_rows(out).get("demo", {})
    ok(rc == 0 and demo.get("fork") == "FAIL" and demo.get("kthread") == "tested"
       and demo.get("boots") == "new!", "a failed case shows FAIL, the flow new!",
       demo or err)
    ok(demo.get("regs") == "untested" and demo.get("execve") == "untested",
       "a skipped case leaves its steps untested", demo)
    # Colours: each kind of cell its own; none off a terminal or with NO_COLOR.
    cls, _ = tool.load_checklists(good)
    res_fail, _ = tool.load_results(os.path.join(FIX, "results", "fail"))
    painted = tool.render_term(cls, res_fail, colour=True)
    ok(all(("\033[%sm%s" % (tool.SGR[k], c)) in painted for k, c in
           (("fail", "FAIL"), ("tested", "tested"), ("untested", "untested"),
            ("todo", "TODO"), ("hist", "4.15"))),
       "make status paints FAIL, tested, untested, TODO and hist cells apart",
       repr(painted[:400]))
    ok(re.sub("\033\\[[0-9;]*m", "", painted) == tool.render_term(cls, res_fail)
       and out == tool.render_term(cls, res_fail),
       "the colours take no columns, and a pipe gets none")

    class Tty:
        def isatty(self):
            return True
    saved = os.environ.pop("NO_COLOR", None)
    coloured = tool.use_colour(Tty())
    os.environ["NO_COLOR"] = "1"
    plain = not tool.use_colour(Tty())
    del os.environ["NO_COLOR"]
    if saved is not None:
        os.environ["NO_COLOR"] = saved
    ok(coloured and plain, "a terminal gets colours unless NO_COLOR is set")
    rc, out, err = run("--checklists", good, "--results",
                       os.path.join(FIX, "results", "bad"), "term")
    ok(rc == 2 and "results/bad/demo-new.json" in err, "malformed results are an error",
       err)
    tmp = tempfile.mkdtemp(prefix="status-t-")
    try:
        res = os.path.join(tmp, "results")
        os.makedirs(res)
        cases = {t: "ok" for s in step_ids for t in arm.steps[s].tests}
        with open(os.path.join(res, "arm-new.json"), "w") as f:
            json.dump({"arch": "arm", "flow": "new", "cases": cases, "passed": True}, f)
        rc, out, err = run("--results", res, "term")
        row = term_rows(out).get("arm", {})
        ok(all(row.get(tool.STEP_SHORT[s]) == "tested" for s in step_ids)
           and row.get("boots") == "old* new",
           "arm's real rows turn tested with its new-flow results", row or err)

        # 4. reST output
        gen = os.path.join(tmp, "src", "gen")
        rc, out, err = run("--checklists", good, "--results",
                           os.path.join(FIX, "results", "fail"), "rst", gen)
        matrix = open(os.path.join(gen, "status-matrix.rst")).read() if rc == 0 else ""
        ok(":ref:`FAIL <checklist-demo-generic_fork>`" in matrix
           and ":ref:`tested <checklist-demo-generic_kernel_thread>`" in matrix,
           "rst matrix cells carry the result and link to the step", err)
        ok(".. rst-class:: st-fail\n\n       :ref:`FAIL <checklist-demo-generic_fork>`" in matrix
           and ".. rst-class:: st-tested\n\n       :ref:`tested <checklist-demo-generic_kernel_"
           "thread>`" in matrix and matrix.count(".. rst-class:: st-") ==
           len(step_ids) * 2 + len(tool.LEGEND_CELLS),
           "every rst step cell and legend entry carries its colour class", matrix[:600])
        rc, out, err = run("--results", res, "rst", gen)
        ok(rc == 0 and not os.path.exists(os.path.join(gen, "checklist-demo.rst"))
           and os.path.exists(os.path.join(gen, "checklist-arm.rst")),
           "rst writes a page per real checklist and drops stale ones", err)
        pages = sorted(os.listdir(gen))
        ok(len(pages) == len(names) + 1, "rst wrote status-matrix.rst and %d checklist "
           "pages" % len(names), pages)
        ok(rst_problems("A ``broken literal\n\n* - x\n  - :bad:`role`\n"),
           "the reST checker reports broken input")
        problems = []
        labels, refs = set(), set()
        for p in pages:
            text = open(os.path.join(gen, p)).read()
            problems += ["%s: %s" % (p, m) for m in rst_problems(text)]
            labels |= set(re.findall(r"^\.\. _([^:]+):$", text, re.M))
            refs |= set(re.findall(r":ref:`[^`<]*<([^>]+)>`", text))
        ok(not problems, "every generated page parses as reST without warnings",
           "\n".join(problems))
        want = {"checklist-%s-%s" % (a, s) for a in names for s in step_ids}
        ok(want <= labels, "every step of every arch has a label",
           sorted(want - labels)[:5])
        ok(refs and refs <= labels, "every :ref: in the pages resolves",
           sorted(refs - labels)[:5])
        arm_page = open(os.path.join(gen, "checklist-arm.rst")).read()
        ok("``fork_child_callee_saved``" in arm_page and ":Latest result: tested" in
           arm_page, "the arm page names its tests and their latest result")
        if os.access(SPHINX, os.X_OK):
            src = os.path.join(tmp, "src")
            with open(os.path.join(src, "conf.py"), "w") as f:
                f.write("project = 'status-t'\n")
            with open(os.path.join(src, "index.rst"), "w") as f:
                f.write("Status\n======\n\n.. toctree::\n\n   gen/status-matrix\n\n"
                        "See :ref:`checklist-arm-generic_fork`.\n")
            p = subprocess.run([SPHINX, "-W", "-q", "-b", "html", src,
                                os.path.join(tmp, "html")], capture_output=True, text=True)
            ok(p.returncode == 0, "sphinx-build -W builds the generated pages",
               p.stdout + p.stderr)
        else:
            skip("sphinx-build -W builds the generated pages", "no " + SPHINX)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    T.done()


if __name__ == "__main__":
    main()
