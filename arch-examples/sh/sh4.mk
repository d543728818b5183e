# sh4: SuperH SH-4 (little-endian, 32-bit) on QEMU's r2d board (SH7751R).
# QEMU's -kernel loads a raw binary at physical 0x0c800000 and enters it
# at the P2 alias 0xac800000, so the port hands QEMU vmlinux.bin
# (KERNEL_IMAGE) with _start as its first byte.  The kernel runs in P1
# (cached, unmapped); user mode reaches only the user window, through four
# 64 KiB UTLB entries (common/setup.c).  The console is the SCI at
# 0xffe00000; the R2D FPGA's power-off register ends QEMU (status 0).
SRCARCH		:= sh
TRIPLE		:= sh4-linux-gnu
DEBIAN_ARCH	:= sh4
DEPS		:= gcc-sh4-linux-gnu linux-libc-dev-sh4-cross qemu-system-misc qemu-user
# No FPU (SR.FD stays set: an FP instruction traps; nothing saves FP
# state on a switch).  -O0, last, over kernel.mk's -O2: Debian 12's sh4
# GCC 12.2 drops loads and T-bit tests from plain loops at -O1, -O2, -Os
# and -Og (the loop in qemu-notes.md; built at -O1 or -Os the kernel does
# not boot -- at -O1 printk loses its arguments -- and at -O2 the core's
# vsnprintf() loses its NUL).  Disabling any single -O1 optimization does not fix it (each
# tried): the RTL dumps lose the load and test after split1, where sh's
# own T-bit combine pass runs (-fdisable- cannot name it).  -O0 is the narrowest level that works.
ARCH_CFLAGS	:= -m4-nofpu -ml -O0
USER_CFLAGS	:= -m4-nofpu -ml -O0
USER_BASE	:= 0x00400000
KERNEL_IMAGE	:= vmlinux.bin
QEMU		:= qemu-system-sh4
QEMU_ARGS	:= -M r2d
QEMU_USER	:= qemu-sh4
# What the tools read: the GNU as line-comment character (sh's is !), the
# PC's byte offset and size in the gdbstub's 'g' packet (after r0-r15:
# 16 * 4), and the gdbstub's breakpoint kind (Z0: 2-byte instructions).
ASM_COMMENT	:= !
GDB_PC		:= 64,4
GDB_BREAK_KIND	:= 2
# qemu-sh4 (QEMU 7.2) never delivers SIGILL: an illegal instruction prints
# "Unhandled trap" and a register dump and exits 1, so the oracle cannot
# judge sigill_kills_child (the reference kernel still must pass it).
ORACLE_SKIP	:= sigill_kills_child
ORACLE_SKIP_REASON := qemu-sh4 exits on an illegal instruction instead of delivering SIGILL
# Debian 12's sh4 GCC 12.2 at -O2 (tests/host/corelib.t runs the core's C
# library at the kernel's flags and again with these added: they must
# still break it, or -O0 above is no longer needed).
CORELIB_MISCOMPILED := -O2
