# m68k: a 68040 on QEMU's "virt" machine (Goldfish TTY, virt-ctrl).
SRCARCH		:= m68k
TRIPLE		:= m68k-linux-gnu
DEBIAN_ARCH	:= m68k
DEPS		:= gcc-m68k-linux-gnu linux-libc-dev-m68k-cross qemu-system-misc qemu-user
# Soft-float everywhere: nothing saves the FPU state on a switch.
ARCH_CFLAGS	:= -m68040 -msoft-float
USER_CFLAGS	:= -m68040 -msoft-float
# The user window has a 16 MiB region of its own (see common/mmu.c).
USER_BASE	:= 0x01000000
QEMU		:= qemu-system-m68k
# virt-ctrl's PANIC command (machine_halt()) must be a failure, not the
# default "shutdown" that exits 0.
QEMU_ARGS	:= -M virt -cpu m68040 -m 32M -action panic=exit-failure
QEMU_USER	:= qemu-m68k
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (pc, after d0-d7, a0-a7 and sr), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= | ^\#
GDB_PC		:= 68,4
GDB_BREAK_KIND	:= 2
