# ppc32: 32-bit PowerPC (arch/powerpc, CONFIG_PPC32) on QEMU's "ppce500"
# machine, an e500v2 (Book E).  The MMU is always on: head_32.S writes
# three TLB1 entries (the kernel, supervisor only; the user window; the
# CCSR block with the DUART and the reset register).
SRCARCH		:= powerpc
TRIPLE		:= powerpc-linux-gnu
DEBIAN_ARCH	:= powerpc
DEPS		:= gcc-powerpc-linux-gnu linux-libc-dev-powerpc-cross qemu-system-ppc qemu-user
# Soft-float everywhere: the e500 has no classic FPU and nothing saves FP
# state on a switch.  r2 is the current task in the kernel (-ffixed-r2, as
# Linux's arch/powerpc/Makefile); no small-data section (r13 stays free).
ARCH_CFLAGS	:= -m32 -mcpu=powerpc -msoft-float -mno-altivec -ffixed-r2 \
		   -msdata=none -G 0 --param=min-pagesize=0
USER_CFLAGS	:= -m32 -mcpu=powerpc -msoft-float
USER_BASE	:= 0x04000000
ARCH_EXCLUDE	:= %_64.c %_64.S
QEMU		:= qemu-system-ppc
# The GUTS reset request ends QEMU with -no-reboot (status 0): a clean
# power-off and a panic look the same, the console's KTAP decides.
QEMU_ARGS	:= -M ppce500 -m 128M
QEMU_USER	:= qemu-ppc
# What the tools read: the GNU as line-comment character, the PC's byte
# offset and size in the gdbstub's 'g' packet (r0-r31, then f0-f31 at 8
# bytes each, then pc), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 384,4
GDB_BREAK_KIND	:= 4
