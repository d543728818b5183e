# i386: 32-bit x86 (arch/x86, CONFIG_X86_32) on QEMU's "microvm" machine,
# booted through multiboot (head_32.S).
SRCARCH		:= x86
TRIPLE		:= i686-linux-gnu
DEBIAN_ARCH	:= i386
DEPS		:= gcc-i686-linux-gnu linux-libc-dev-i386-cross qemu-system-x86 qemu-user
# No FPU/SSE state anywhere (nothing saves it on a switch) and 4-byte
# stack alignment, as Linux's i386 build.
ARCH_CFLAGS	:= -m32 -march=i686 -mgeneral-regs-only \
		   -mpreferred-stack-boundary=2
USER_CFLAGS	:= -m32 -march=i686 -mgeneral-regs-only
USER_BASE	:= 0x08048000
ARCH_EXCLUDE	:= %_64.c %_64.S
QEMU		:= qemu-system-i386
# isa-debug-exit: the guest's power-off (value 0) ends QEMU with status 1.
QEMU_ARGS	:= -M microvm -m 256M -device isa-debug-exit,iobase=0xf4,iosize=0x04
QEMU_OK_STATUS	:= 1
QEMU_USER	:= qemu-i386
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (eip, after eax..edi), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 32,4
GDB_BREAK_KIND	:= 1
# Real Linux on the same ABI (make boot KERNEL=debian): Debian 12's 686
# kernel on a PC (microvm boots 64-bit kernels only); a panic reboots.
DEBIAN_KERNEL	:= linux-image-686
LINUX_QEMU_ARGS	:= -M pc -m 512M
LINUX_APPEND	:= console=ttyS0 quiet panic=-1
