# SPDX-License-Identifier: GPL-2.0
# The porting guide for Linux's kernel_thread()/execve()/fork unification.
#
#   make                 install what is missing, build the guide, boot $(ARCH)
#   make check           every test, one TAP stream run by prove
#   make boot ARCH=arm FLOW=old|new [INIT=static.elf]
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
	@$(KMAKE) ARCH=$(ARCH) FLOW=$(FLOW) INIT=$(INIT) boot

# Build every kernel (in parallel: make -j2 kernels).
kernels: $(addprefix kernel-,$(BOOTS))
kernel-%:
	@$(KMAKE) -s ARCH=$(subst -, FLOW=,$*) vmlinux

html: deps status-rst
	$(SPHINXBUILD) -q -W --keep-going -n -b html -c . docs build/html
	@echo "guide: build/html/index.html"

status-rst:
	@$(PYTHON) tools/status.py rst build/docs-gen

status:
	@$(PYTHON) tools/status.py term

check: deps
	@$(MAKE) --no-print-directory -j2 kernels
	@tools/check.sh $(BOOTS)

clean:
	rm -rf build

.PHONY: all deps boot kernels html status-rst status check clean
