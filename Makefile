# SPDX-License-Identifier: GPL-2.0
# The porting guide for Linux's kernel_thread()/execve()/fork unification.
#
#   make                 install what is missing, build the guide, boot $(ARCH)
#   make check           every test, one TAP stream run by prove
#   make boot ARCH=arm FLOW=old|new [INIT=static.elf] [KERNEL=debian]
#   make html | status | measure | deps | clean
#
# One reference kernel is built per (architecture, flow) by tools/kernel.mk.

ARCH ?= arm
FLOW ?= new
PYTHON := /usr/bin/python3
SPHINXBUILD := /usr/bin/sphinx-build

# Every port: arch-examples/<srcarch>/<ARCH>.mk; its flows: <srcarch>/<flow>/Kconfig.
PORTS := $(sort $(basename $(notdir $(wildcard arch-examples/*/*.mk))))
flows = $(notdir $(patsubst %/Kconfig,%,$(wildcard $(dir $(wildcard arch-examples/*/$(1).mk))*/Kconfig)))
BOOTS := $(foreach a,$(PORTS),$(addprefix $(a)-,$(call flows,$(a))))
KMAKE := $(MAKE) --no-print-directory -f tools/kernel.mk

all: deps
	$(MAKE) --no-print-directory html
	$(MAKE) --no-print-directory boot

deps:
	@tools/deps.sh

boot: deps
	@$(KMAKE) ARCH=$(ARCH) FLOW=$(FLOW) INIT=$(INIT) KERNEL=$(KERNEL) boot

# Build every kernel (in parallel: make -j2 kernels).
kernels: $(addprefix kernel-,$(BOOTS))
kernel-%:
	+@$(KMAKE) -s ARCH=$(subst -, FLOW=,$*) vmlinux

# The guide shows every port's boots and the negative control's output, so
# it needs them first.  A boot that fails still leaves its log and results:
# its page says what failed.  A boot is redone when its vmlinux is newer.
DOC_BOOTS := $(addprefix docs-boot-,$(BOOTS))
# -E: read every page each time (18 s here): an incremental build leaves
# the sidebar and Next links of unchanged pages stale when a toctree moves.
html: deps $(DOC_BOOTS) build/negative/negative.tap measure-data
	$(SPHINXBUILD) -q -W --keep-going -n -E -b html -c . docs build/html
	@echo "guide: build/html/index.html"

docs-boot-%: deps
	@b=build/$*; $(KMAKE) ARCH=$(subst -, FLOW=,$*) vmlinux >/dev/null 2>&1 || \
	  echo "make html: $* does not build; its page will say so" >&2; \
	if [ -e $$b/vmlinux ] && { [ ! -e $$b/boot.log ] || [ ! -e build/results/$*.json ] || \
	  [ $$b/vmlinux -nt $$b/boot.log ]; }; then \
	  $(KMAKE) ARCH=$(subst -, FLOW=,$*) RUN_FLAGS=--tap boot >/dev/null || \
	  echo "make html: $* boot failed; its page shows the failing cases" >&2; fi

build/negative/negative.tap: $(wildcard tests/negative/*.patch)
	@mkdir -p $(@D)
	@$(PYTHON) tests/negative.t > /dev/null || true

# The generated pages alone (conf.py makes them at every build too).
status-rst:
	@$(PYTHON) tools/docs_gen.py docs/generated

status:
	@$(PYTHON) tools/status.py term

check: deps
	@$(MAKE) --no-print-directory -j2 kernels
	@tools/check.sh $(BOOTS)

# The conversion measured (tools/measure.py): arch lines and .text old vs
# new, and instructions per path counted under QEMU, every port, each boot
# run twice and required to agree.  Tables on the terminal; data and plots
# in build/measure/ (docs/measurements.rst includes them).
measure: deps
	@$(MAKE) --no-print-directory -j2 kernels
	@$(PYTHON) tools/measure.py --jobs 2 --out build/measure

# What the guide shows: the same figures from one run each, redone when a
# kernel is newer than them.
measure-data: deps
	@if [ ! -e build/measure/totals.json ] || \
	    [ -n "$$(find build -name vmlinux -newer build/measure/totals.json)" ]; then \
	  $(PYTHON) tools/measure.py --jobs 2 --runs 1 --out build/measure >/dev/null || \
	  echo "make html: not everything was measured; the measurements page says what" >&2; fi

clean:
	rm -rf build

.PHONY: all deps boot kernels html status-rst status check measure measure-data clean
