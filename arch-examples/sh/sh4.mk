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
# state on a switch).  -O0: Debian 12's sh4 GCC 12.2 drops loads and
# tests from plain loops at -O1, -O2, -Os and -Og (docs: the sh arch page).
ARCH_CFLAGS	:= -m4-nofpu -ml -O0
USER_CFLAGS	:= -m4-nofpu -ml -O0
USER_BASE	:= 0x00400000
KERNEL_IMAGE	:= vmlinux.bin
QEMU		:= qemu-system-sh4
QEMU_ARGS	:= -M r2d
QEMU_USER	:= qemu-sh4
# What the tools read: the GNU as line-comment character (sh's is !).
ASM_COMMENT	:= !
# qemu-sh4 (QEMU 7.2) never delivers SIGILL: an illegal instruction prints
# "Unhandled trap" and a register dump and exits 1, so the oracle cannot
# judge sigill_kills_child (the reference kernel still must pass it).
ORACLE_SKIP	:= sigill_kills_child
ORACLE_SKIP_REASON := qemu-sh4 exits on an illegal instruction instead of delivering SIGILL
