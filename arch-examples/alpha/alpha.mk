# alpha: EV67 on QEMU's clipper (Typhoon) machine under the QEMU PALcode
# (palcode-clipper, OSF/1 flavour).  The kernel runs in KSEG; user mode
# reaches only the user window, through a 3-level page table that
# swpctx installs (common/mmu.c).  The console is the ISA 16550 at COM1
# in the Typhoon's PCI I/O space; call_pal halt ends QEMU.
SRCARCH		:= alpha
TRIPLE		:= alpha-linux-gnu
DEBIAN_ARCH	:= alpha
DEPS		:= gcc-alpha-linux-gnu linux-libc-dev-alpha-cross qemu-system-misc qemu-system-data qemu-user
# As Linux's arch/alpha/Makefile: no FP registers in the kernel (nothing
# saves them on a switch) and $8 reserved for current_thread_info().
# EV67 for the byte loads and stores (BWX) the 16550 needs.
ARCH_CFLAGS	:= -mcpu=ev67 -mno-fp-regs -ffixed-8
USER_CFLAGS	:= -mcpu=ev67 -mno-fp-regs
USER_BASE	:= 0x10000000
# Linux/alpha's pages are 8 KiB: qemu-alpha maps the segments with that.
USER_PAGE_SIZE	:= 8192
QEMU		:= qemu-system-alpha
QEMU_ARGS	:= -M clipper -m 64M
QEMU_USER	:= qemu-alpha
# What the tools read: the GNU as line-comment character, the PC's byte
# offset and size in the gdbstub's 'g' packet (after 31 integer and 32
# FP registers: 64 * 8), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 512,8
GDB_BREAK_KIND	:= 4
# The PALcode runs below the kernel in KSEG, inside every callsys, rti
# and swpctx: make measure counts it as kernel.
FIRMWARE_TEXT	:= 0xfffffc0000000000-0xfffffc0000310000
