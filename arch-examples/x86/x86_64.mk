# x86_64: 64-bit x86 (arch/x86, CONFIG_X86_64) on QEMU's "microvm" machine,
# booted through the PVH ELF note (head_64.S).
SRCARCH		:= x86
TRIPLE		:= x86_64-linux-gnu
DEBIAN_ARCH	:= amd64
DEPS		:= gcc linux-libc-dev-amd64-cross qemu-system-x86 qemu-user
# The native compiler would see the host's glibc headers in /usr/include:
# -nostdinc keeps only GCC's own (stddef.h, stdarg.h) and the UAPI sysroot.
GCC_INCLUDE	:= $(shell x86_64-linux-gnu-gcc -print-file-name=include)
# As Linux's x86_64 build: no FPU/SSE state, no red zone (traps push onto
# the kernel stack), 8-byte stack alignment (the entry code keeps no more).
ARCH_CFLAGS	:= -m64 -nostdinc -isystem $(GCC_INCLUDE) -mgeneral-regs-only \
		   -mno-red-zone -mpreferred-stack-boundary=3
USER_CFLAGS	:= -m64 -nostdinc -isystem $(GCC_INCLUDE) -mgeneral-regs-only
USER_BASE	:= 0x00400000
ARCH_EXCLUDE	:= %_32.c %_32.S
QEMU		:= qemu-system-x86_64
# isa-debug-exit: the guest's power-off (value 0) ends QEMU with status 1.
QEMU_ARGS	:= -M microvm -m 256M -device isa-debug-exit,iobase=0xf4,iosize=0x04
QEMU_OK_STATUS	:= 1
QEMU_USER	:= qemu-x86_64
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (rip, after rax..r15), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 128,8
GDB_BREAK_KIND	:= 1
# Real Linux on the same ABI (make boot KERNEL=debian): Debian 12's cloud
# kernel on the same microvm machine, console on its 16550; a panic reboots.
DEBIAN_KERNEL	:= linux-image-cloud-amd64
LINUX_QEMU_ARGS	:= -M microvm -m 512M
LINUX_APPEND	:= console=ttyS0 quiet panic=-1
