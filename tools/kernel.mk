# SPDX-License-Identifier: GPL-2.0
# Build and boot one reference kernel:
#   make -f tools/kernel.mk ARCH=arm FLOW=new [INIT=static.elf] [vmlinux|boot|oracle]
# The top-level Makefile calls this once per (architecture, flow).

ARCH_MK := $(firstword $(wildcard arch-examples/*/$(ARCH).mk))
ifeq ($(ARCH_MK),)
$(error ARCH=$(ARCH) is not a reference port; the ports: $(sort $(basename $(notdir $(wildcard arch-examples/*/*.mk)))))
endif
include $(ARCH_MK)

A := arch-examples/$(SRCARCH)
FLOWS := $(notdir $(patsubst %/Kconfig,%,$(wildcard $(A)/*/Kconfig)))
ifeq ($(filter $(FLOW),$(FLOWS)),)
$(error ARCH=$(ARCH) has no FLOW=$(FLOW); its flows: $(FLOWS))
endif

B := build/$(ARCH)-$(FLOW)$(if $(INIT),-init)$(if $(filter n,$(GUIDE)),-noguide)
CC := $(TRIPLE)-gcc
UAPI_INCLUDE ?= /usr/$(TRIPLE)/include
ifeq ($(shell command -v $(CC)),)
$(error $(CC) not found: run make deps)
endif

# Kconfig: what the architecture, this target of it (e.g. Kconfig.x86_64)
# and this flow select.
# And, unless GUIDE=n, the guide's instruments (reference/Kconfig.guide).
KCONFIGS := $(A)/Kconfig $(wildcard $(A)/Kconfig.$(ARCH)) $(A)/$(FLOW)/Kconfig \
	    $(if $(filter n,$(GUIDE)),,reference/Kconfig.guide)
$(B)/config.mk: reference/Kconfig $(KCONFIGS) tools/kconfig.py
	@mkdir -p $(@D)
	tools/kconfig.py reference/Kconfig $(KCONFIGS) > $@.tmp
	mv $@.tmp $@
include $(B)/config.mk
include reference/Kbuild

KINCLUDE := -I$(B)/include -I$(A)/$(FLOW)/include -I$(A)/common/include \
	    -Ireference/include -idirafter $(UAPI_INCLUDE)
KCFLAGS := -std=gnu11 -ffreestanding -fno-pie -fno-stack-protector \
	   -fno-asynchronous-unwind-tables -fno-unwind-tables -fno-common \
	   -O2 -g -Wall -Wextra -Wno-unused-parameter -Werror \
	   $(KINCLUDE) $(KCONFIG_CFLAGS) $(ARCH_CFLAGS) \
	   -DUTS_ARCH='"$(ARCH)"' -DUTS_FLOW='"$(FLOW)"'
KAFLAGS := -D__ASSEMBLY__ $(KINCLUDE) $(KCONFIG_CFLAGS) $(ARCH_CFLAGS)

# An arch with several targets (x86: i386, x86_64) sets ARCH_EXCLUDE in
# each target's .mk to drop the other targets' files (e.g. %_64.S).
arch-src := $(filter-out %/asm-offsets.c $(ARCH_EXCLUDE),\
	$(wildcard $(A)/common/*.c $(A)/common/*.S $(A)/$(FLOW)/*.c $(A)/$(FLOW)/*.S))
objs := $(addprefix $(B)/reference/,$(obj-y)) \
	$(patsubst %,$(B)/%.o,$(basename $(arch-src)))

GEN := $(B)/include/generated/asm-offsets.h

$(B)/asm-offsets.s: $(A)/common/asm-offsets.c $(B)/config.mk
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -MMD -MP -S -o $@ $<
$(GEN): $(B)/asm-offsets.s tools/asm-offsets.py
	@mkdir -p $(@D)
	tools/asm-offsets.py $< $@ $(B)/asm-offsets.json

$(B)/reference/%.o: reference/%.c $(B)/config.mk | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -MMD -MP -c -o $@ $<
$(B)/reference/%.o: reference/%.S $(B)/config.mk | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(KAFLAGS) -MMD -MP -c -o $@ $<
$(B)/$(A)/%.o: $(A)/%.c $(B)/config.mk | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -MMD -MP -c -o $@ $<
$(B)/$(A)/%.o: $(A)/%.S $(B)/config.mk | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(KAFLAGS) -MMD -MP -c -o $@ $<

# The initramfs: the boot test (or INIT=) as /init, and always the boot
# test as /bin/selftest, the kernel's self-tests' helper, plus its fixtures.
# USER_PAGE_SIZE: the page size of the port's Linux ABI, which the
# segments of /init are aligned to (qemu-user maps them with it).
# USER_SRCARCH: whose user-side code the boot test takes (tests/boot/arch/),
# for a port whose user programs are another architecture's (um: the
# host's, Linux's SUBARCH).
USER_PAGE_SIZE ?= 4096
# ORACLE_SKIP: one case of the boot test that qemu-user cannot judge on
# this architecture (and ORACLE_SKIP_REASON, why): it skips when not pid 1.
USER_SRCARCH ?= $(SRCARCH)
USER_SRC := $(wildcard tests/boot/*.c tests/boot/arch/$(USER_SRCARCH)/*.S)
$(B)/boot-test: $(USER_SRC) $(wildcard tests/boot/*.h tests/boot/arch/$(USER_SRCARCH)/*.h)
	@mkdir -p $(@D)
	$(CC) -static -nostdlib -ffreestanding -fno-pie -no-pie -fno-stack-protector \
	  -O2 -g -Wall -Wextra -Werror $(USER_CFLAGS) \
	  -Itests/boot -Itests/boot/arch/$(USER_SRCARCH) -idirafter $(UAPI_INCLUDE) \
	  $(if $(ORACLE_SKIP),-DORACLE_SKIP='"$(ORACLE_SKIP)"' -DORACLE_SKIP_REASON='"$(ORACLE_SKIP_REASON)"') \
	  -Wl,-Ttext-segment=$(USER_BASE) -Wl,-z,max-page-size=$(USER_PAGE_SIZE) \
	  -Wl,--build-id=none -o $@ $(USER_SRC)
ifneq ($(INIT),)
ifeq ($(wildcard $(INIT)),)
$(error INIT=$(INIT): no such file: INIT= names a static ELF for $(ARCH))
endif
endif
INIT_ELF := $(if $(INIT),$(INIT),$(B)/boot-test)

# The user window as the kernel's headers define it ("BASE, SIZE, RESERVE"),
# for tools/check-init.py: a user's INIT= is checked against it and the
# port's own ELF before anything is built from it.  INIT_CHECK=n skips the
# check, to see the kernel's own answer (tests/init.t).
$(B)/user-window: $(B)/config.mk
	printf '#include <linux/mm.h>\nUSER_WINDOW_BASE, USER_WINDOW_SIZE, USER_STACK_RESERVE\n' | \
	  $(CC) $(KCFLAGS) -E -P -x c - | tail -n 1 > $@
$(B)/initramfs.cpio: $(INIT_ELF) $(B)/boot-test tools/mkinitramfs.sh $(if $(INIT),$(B)/user-window FORCE)
	$(if $(filter n,$(INIT_CHECK)),,$(if $(INIT),@tools/check-init.py $(INIT) $(B)/boot-test $(B)/user-window $(ARCH) $(TRIPLE)))
	tools/mkinitramfs.sh $(B)/rootfs $@ $(INIT_ELF) $(B)/boot-test
$(B)/reference/init/initramfs_data.o: $(B)/initramfs.cpio
$(B)/reference/init/initramfs_data.o: KAFLAGS += -DINITRAMFS='"$(B)/initramfs.cpio"'

$(B)/kernel.lds: reference/kernel.lds.S $(B)/config.mk
	$(CC) -E -P -x c -D__ASSEMBLY__ $(KINCLUDE) $(KCONFIG_CFLAGS) -o $@ $<
$(B)/vmlinux: $(objs) $(B)/kernel.lds
	$(CC) $(ARCH_CFLAGS) -nostdlib -static -no-pie -Wl,--build-id=none \
	  -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments \
	  -T $(B)/kernel.lds -o $@ $(objs) -lgcc

# Firmware of the port's own, for a machine whose stock firmware is slow or
# absent (sparc64's sun4u): the .mk names its assembly source in BOOT_ROM
# and passes $(B)/rom.bin in QEMU_ARGS; it is built, as a raw image, with
# the kernel.
ifneq ($(BOOT_ROM),)
$(B)/rom.bin: $(BOOT_ROM) $(ARCH_MK)
	@mkdir -p $(@D)
	$(CC) $(ARCH_CFLAGS) -c -o $(B)/rom.o $<
	$(TRIPLE)-objcopy -O binary $(B)/rom.o $@
vmlinux boot: $(B)/rom.bin
endif

QEMU_COMMON := -nographic -monitor none -no-reboot \
	       -icount shift=0,align=off,sleep=off
BOOT_TIMEOUT ?= 60
# QEMU's exit status after machine_power_off(): 0 unless the arch says.
QEMU_OK_STATUS ?= 0
RUN := tests/qemu-run --name $(ARCH)-$(FLOW) --log $(B)/boot.log \
	--timeout $(BOOT_TIMEOUT) --ok-status $(QEMU_OK_STATUS) $(if $(INIT),--expect kernel,--results build/results/$(ARCH)-$(FLOW).json)

# Real Linux instead (KERNEL=debian): Debian 12's own kernel for the port's
# ABI (DEBIAN_KERNEL, a package of DEBIAN_ARCH; tools/debian-kernel.sh
# fetches and caches it) boots the same initramfs on the machine and with
# the command line the .mk names (LINUX_QEMU_ARGS, LINUX_APPEND).  Only
# /init's document is expected: real Linux has no self-tests of ours.
# LINUX_POWER_DOWN is its last line at power-off, if its console shows it.
# LINUX_MAY_SKIP: the boot test's cases for the reference kernel only.
LINUX_TIMEOUT ?= 120
LINUX_POWER_DOWN ?= reboot: Power down
LINUX_MAY_SKIP := syscall_fuzz_survives
LINUX_RUN = tests/qemu-run --name $(ARCH)-linux --log build/$(ARCH)-linux/boot.log \
	--timeout $(LINUX_TIMEOUT) --expect init --label "$$(basename $$k)" \
	--may-skip $(LINUX_MAY_SKIP) \
	--power-down "$(LINUX_POWER_DOWN)" \
	$(if $(INIT),,--results build/results/$(ARCH)-linux.json)

# The image QEMU's -kernel gets: the ELF unless the .mk says otherwise.
# KERNEL_IMAGE := vmlinux.bin: a raw binary of the loaded sections, for a
# loader that takes no ELF (its first byte is _start, kernel.lds.S).
KERNEL_IMAGE ?= vmlinux
$(B)/vmlinux.bin: $(B)/vmlinux
	$(TRIPLE)-objcopy -O binary $< $@

vmlinux: $(B)/vmlinux $(B)/$(KERNEL_IMAGE)
ifeq ($(KERNEL),debian)
boot: $(B)/initramfs.cpio
	@[ -n "$(DEBIAN_KERNEL)" ] || { echo "$(ARCH): Debian ships no kernel for this port (no DEBIAN_KERNEL in $(ARCH).mk)" >&2; exit 1; }
	@command -v $(QEMU) >/dev/null || { echo "$(QEMU) not found: run make deps" >&2; exit 1; }
	@k=$$(tools/debian-kernel.sh $(DEBIAN_ARCH) $(DEBIAN_KERNEL)) || \
	  { [ -z "$(RUN_FLAGS)" ] || printf "not ok 1 - $(ARCH)-linux: Debian's kernel fetched\n1..1\n"; exit 1; }; \
	$(LINUX_RUN) $(RUN_FLAGS) -- $(QEMU) $(LINUX_QEMU_ARGS) $(QEMU_COMMON) -kernel $$k \
	  -initrd $(B)/initramfs.cpio -append "$(LINUX_APPEND)"
else ifneq ($(KERNEL),)
$(error KERNEL=$(KERNEL): the only other kernel is KERNEL=debian)
else
# BOOT_CMD: how the reference kernel is booted.  QEMU by default, with
# the image the port's KERNEL_IMAGE names; a port whose kernel is a host
# program (um) names the command in its .mk, and its exit status is judged
# as QEMU's (QEMU_OK_STATUS).
BOOT_CMD ?= $(QEMU) $(QEMU_ARGS) $(QEMU_COMMON) -kernel $(B)/$(KERNEL_IMAGE)
boot: $(B)/$(KERNEL_IMAGE)
	@command -v $(firstword $(BOOT_CMD)) >/dev/null || { echo "$(firstword $(BOOT_CMD)) not found: run make deps" >&2; exit 1; }
	@$(RUN) $(RUN_FLAGS) -- $(BOOT_CMD)
endif
oracle: $(B)/initramfs.cpio
	@command -v $(QEMU_USER) >/dev/null || { echo "$(QEMU_USER) not found: run make deps" >&2; exit 1; }
	@tests/oracle-run --name $(ARCH) --root $(B)/rootfs $(RUN_FLAGS) -- $(QEMU_USER)
# The core's C library at the kernel's flags, run under qemu-user: checks
# the compiler at the port's optimization level before anything boots.
# CORELIB_OPT= adds flags last (e.g. -O2, to see a compiler bug again).
CORELIB_SRC := tests/corelib/main.c reference/lib/string.c reference/lib/vsprintf.c
$(B)/corelib-test: FORCE $(CORELIB_SRC) $(wildcard tests/boot/arch/$(SRCARCH)/*.S) $(B)/config.mk
	@mkdir -p $(@D)
	$(CC) $(KCFLAGS) -static -nostdlib -no-pie $(USER_CFLAGS) \
	  $(CORELIB_OPT) -Wl,-Ttext-segment=$(USER_BASE) -Wl,--build-id=none -o $@ $(CORELIB_SRC) \
	  $(wildcard tests/boot/arch/$(SRCARCH)/*.S) -Itests/boot/arch/$(SRCARCH) -lgcc
corelib: $(B)/corelib-test
	@command -v $(QEMU_USER) >/dev/null || { echo "$(QEMU_USER) not found: run make deps" >&2; exit 1; }
	$(QEMU_USER) $(B)/corelib-test
print-%:
	@echo '$($*)'

.PHONY: vmlinux boot oracle corelib FORCE
.DEFAULT_GOAL := vmlinux
-include $(objs:.o=.d) $(B)/asm-offsets.d
