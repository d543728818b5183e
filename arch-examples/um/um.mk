# um: user-mode Linux (arch/um) on an x86_64 host, Linux's SUBARCH=x86_64.
# The kernel is an ordinary static host executable: make boot runs it
# directly, no QEMU.  Its kernel threads switch stacks inside this one
# process; user mode runs in a host child process under
# ptrace(PTRACE_SYSEMU), whose system calls stop it and are served here.
SRCARCH		:= um
# The host architecture, Linux's SUBARCH: user programs are x86_64's, so
# the boot test takes x86's user-side code (tests/boot/arch/x86).
USER_SRCARCH	:= x86
TRIPLE		:= x86_64-linux-gnu
DEBIAN_ARCH	:= amd64
DEPS		:= gcc linux-libc-dev-amd64-cross
# The native compiler would see the host's glibc headers in /usr/include:
# -nostdinc keeps only GCC's own (stddef.h, stdarg.h) and the UAPI sysroot.
GCC_INCLUDE	:= $(shell x86_64-linux-gnu-gcc -print-file-name=include)
# No FPU/SSE state anywhere: the host child's FP registers are shared by
# every user task (nothing saves them on a switch).
ARCH_CFLAGS	:= -m64 -nostdinc -isystem $(GCC_INCLUDE) -mgeneral-regs-only \
		   -mno-red-zone
USER_CFLAGS	:= -m64 -nostdinc -isystem $(GCC_INCLUDE) -mgeneral-regs-only
USER_BASE	:= 0x00400000
# How make boot runs this port: the kernel itself, as a host process
# (tools/kernel.mk's BOOT_CMD); it exits 0 on power-off, 1 on halt.
BOOT_CMD	= $(B)/vmlinux
QEMU_OK_STATUS	:= 0
# The oracle is the host itself: /init runs as a normal process (env runs
# it in place of a qemu-user).
QEMU_USER	:= env
ASM_COMMENT	:= \#
# make measure: lines and .text as every port; the instruction counts need
# QEMU (its gdbstub and -icount), and this kernel is a host process.
PATHS_NOT_MEASURED := instruction counts need the gdbstub and -icount of QEMU, and the um kernel runs as a host process, not under QEMU
