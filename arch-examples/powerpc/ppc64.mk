# ppc64: 64-bit PowerPC (arch/powerpc, CONFIG_PPC64), big-endian ELFv1 as
# every 2012 ppc64 Linux, on QEMU's "pseries" machine (a PAPR guest) with
# its small Virtual Open Firmware (x-vof=on): VOF loads the image at
# (paddr & 0x0fffffff) + 0x400000 and enters its first byte in real mode.
# head_64.S copies the interrupt vectors to 0, builds the hash page table
# through H_ENTER and one SLB entry (mmu_64.c), and turns translation on.
SRCARCH		:= powerpc
TRIPLE		:= powerpc64-linux-gnu
DEBIAN_ARCH	:= ppc64
DEPS		:= gcc-powerpc64-linux-gnu linux-libc-dev-ppc64-cross qemu-system-ppc qemu-user
# Soft-float, no AltiVec/VSX (nothing saves that state on a switch);
# ELFv1 with the TOC in r2 (-mcmodel=medium, GCC's default); r13 is the
# PACA in the kernel, reserved by the ABI anyway.
ARCH_CFLAGS	:= -m64 -mbig-endian -mabi=elfv1 -mcpu=power4 -msoft-float \
		   -mno-altivec -mno-vsx -mcmodel=medium --param=min-pagesize=0
USER_CFLAGS	:= -m64 -mbig-endian -mabi=elfv1 -mcpu=power4 -msoft-float \
		   -mno-altivec -mno-vsx
USER_BASE	:= 0x04000000
ARCH_EXCLUDE	:= %_32.c %_32.S
QEMU		:= qemu-system-ppc64
# RTAS power-off ends QEMU with status 0; a panic's ibm,os-term with
# -action panic=exit-failure with 1: the console's KTAP decides anyway.
QEMU_ARGS	:= -M pseries,x-vof=on,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off \
		   -cpu power8 -m 256M -action panic=exit-failure
QEMU_USER	:= qemu-ppc64
# What the tools read: the GNU as line-comment character; QEMU 7.2's
# pseries gdbstub aborts on the 'g' packet, so no PC offset (none: the
# tools take the PC from the breakpoint that was hit); breakpoint kind.
ASM_COMMENT	:= \#
GDB_PC		:= none
GDB_BREAK_KIND	:= 4
# The interrupt vectors run at real address 0 (head_64.S copies them
# there from the image), inside every trap: make measure counts them as
# kernel code, as it does alpha's PALcode.
FIRMWARE_TEXT	:= 0x0-0x2000
