# SPDX-License-Identifier: GPL-2.0
# Sphinx configuration of the porting guide.  Sources in docs/, built by
#   /usr/bin/sphinx-build -W --keep-going -n -b html -c . docs build/html
# (make html).  Everything under docs/generated/ is made at builder-inited
# time by tools/docs_gen.py, from the checklists and the booted kernels.
import os
import shutil
import subprocess
import sys

TOP = os.path.dirname(os.path.abspath(__file__))

project = 'kernel_thread()/execve() porting guide'
author = 'the project authors'
copyright = '2026, the project authors; Linux is GPL-2.0'
release = ''

sys.path.insert(0, os.path.join(TOP, 'tools'))
extensions = ['sphinx.ext.graphviz', 'breathe', 'docs_ext']
master_doc = 'index'
# Pieces that pages pull in with '.. include::', not pages of their own.
exclude_patterns = ['generated/born-stacks.rst', 'generated/negative-*.rst']
html_theme = 'furo'
# A zero-width space after the slash: the sidebar is narrower than
# "kernel_thread()/execve()", which the browser would otherwise break mid-word.
html_title = 'kernel_thread()/\u200bexecve() porting guide'
html_static_path = ['docs/_static']
html_css_files = ['guide.css']
html_show_sourcelink = False
pygments_style = 'sphinx'
highlight_language = 'none'

graphviz_output_format = 'svg'
graphviz_dot_args = ['-Gfontname=DejaVu Sans', '-Nfontname=DejaVu Sans',
                     '-Efontname=DejaVu Sans']

breathe_projects = {'reference': os.path.join(TOP, 'build', 'doxygen', 'xml')}
breathe_default_project = 'reference'
breathe_domain_by_extension = {'h': 'c', 'c': 'c'}
breathe_show_define_initializer = False
breathe_show_include = False

# Breathe writes every prototype into the C domain; the types it names
# (pid_t, size_t, struct pt_regs of each arch ...) are kernel or UAPI types
# the guide does not document, so unresolved C identifiers are not errors.
nitpick_ignore_regex = [('c:identifier', r'.*')]


def generate(app):
    """Run tools/docs_gen.py once per build, before Sphinx reads docs/."""
    out = os.path.join(app.srcdir, 'generated')
    cmd = ['/usr/bin/python3', os.path.join(TOP, 'tools', 'docs_gen.py'), out]
    res = subprocess.run(cmd, cwd=TOP, capture_output=True, text=True)
    sys.stderr.write(res.stderr)
    if res.returncode:
        raise RuntimeError('tools/docs_gen.py failed (%d)' % res.returncode)


def debian_furo(app, exc):
    """Debian's furo ships its assets unbundled: furo.js is an ES module
    ("import Gumshoe ...") loaded by a classic <script>, and furo.css
    imports /javascript/normalize.css/ from the web server's root.  Both
    fail in a browser (a JavaScript error, a 404).  Bundle them here."""
    if exc or app.builder.format != 'html':
        return
    static = os.path.join(app.outdir, '_static')
    js = os.path.join(static, 'scripts', 'furo.js')
    gum = os.path.join(static, 'scripts', 'gumshoe-patched.js')
    if os.path.exists(js) and os.path.exists(gum):
        with open(js) as f:
            text = f.read()
        if text.startswith('import Gumshoe'):
            with open(gum) as f:
                lib = f.read()
            with open(js, 'w') as f:
                f.write(lib + '\n' + text.split('\n', 1)[1])
    css = os.path.join(static, 'styles', 'furo.css')
    norm = '/usr/share/javascript/normalize.css/normalize.css'
    if os.path.exists(css):
        with open(css) as f:
            text = f.read()
        if '/javascript/normalize.css/' in text and os.path.exists(norm):
            shutil.copy(norm, os.path.join(static, 'styles', 'normalize.css'))
            with open(css, 'w') as f:
                f.write(text.replace('url(/javascript/normalize.css/normalize.css)',
                                     'url(normalize.css)'))


def setup(app):
    app.connect('builder-inited', generate)
    app.connect('build-finished', debian_furo)
