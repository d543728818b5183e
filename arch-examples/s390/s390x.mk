# s390x: z/Architecture on QEMU's s390-ccw-virtio machine.  The kernel
# runs with DAT off; user mode runs with DAT on through a segment table
# that maps the user window only (common/mmu.c).  The SCLP is the console;
# a disabled-wait PSW ends QEMU.
SRCARCH		:= s390
TRIPLE		:= s390x-linux-gnu
DEBIAN_ARCH	:= s390x
DEPS		:= gcc-s390x-linux-gnu linux-libc-dev-s390x-cross qemu-system-misc qemu-user
# Soft-float everywhere: nothing saves the floating-point registers on a
# switch, and GCC would otherwise park GPRs in them.  The lowcore lives at
# address 0: GCC must neither warn about stores there nor turn them into
# traps as null dereferences (Linux builds with the second flag too).
ARCH_CFLAGS	:= -m64 -msoft-float --param=min-pagesize=0 -fno-delete-null-pointer-checks
USER_CFLAGS	:= -m64 -msoft-float
# The user window has a segment (1 MiB) of its own (see common/mmu.c).
USER_BASE	:= 0x01000000
QEMU		:= qemu-system-s390x
# A disabled wait at any address but 0xfff (machine_halt()) is a guest
# panic: a failure, not a shutdown.
QEMU_ARGS	:= -M s390-ccw-virtio -m 64M -action panic=exit-failure
QEMU_USER	:= qemu-s390x
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (the PSW mask and address come first: the address at 8), and the
# gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 8,8
GDB_BREAK_KIND	:= 2
# Real Linux on the same ABI (make boot KERNEL=debian): Debian 12's kernel
# on the same machine.  Its SCLP console stops before "Power down" is out,
# so the exit status decides: without panic=, Linux's panic is a disabled
# wait, which -action panic=exit-failure turns into QEMU status 1.
DEBIAN_KERNEL	:= linux-image-s390x
LINUX_QEMU_ARGS	:= -M s390-ccw-virtio -m 512M -action panic=exit-failure
LINUX_APPEND	:= console=ttysclp0 quiet
LINUX_POWER_DOWN :=
