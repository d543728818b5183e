# mips: 32-bit little-endian (mipsel, o32) on QEMU's Malta board with its
# default 24Kf.  The kernel runs in KSEG0 (unmapped); user mode reaches only
# the user window, through one wired TLB entry (common/setup.c).  The console
# is the ISA 16550 at 0xb80003f8 (KSEG1); UHI semihosting (sdbbp 1) ends QEMU
# with any status.  Little-endian so that Debian's own malta kernel (mipsel)
# can run the same /init.
SRCARCH		:= mips
TRIPLE		:= mipsel-linux-gnu
DEBIAN_ARCH	:= mipsel
DEPS		:= gcc-mipsel-linux-gnu linux-libc-dev-mipsel-cross qemu-system-mips qemu-user
# Non-PIC code with no small-data sections (nothing sets $gp), no FPU
# (nothing saves FP state on a switch; CU1 stays off, so an FP instruction
# traps), MIPS32r2 for ehb and the 256 KiB TLB page size.  GNU ld for mips
# takes __start for the entry by default; the boot test names it _start.
ARCH_CFLAGS	:= -march=mips32r2 -mabi=32 -EL -mno-abicalls -fno-pic -G0 -msoft-float
USER_CFLAGS	:= -march=mips32r2 -mabi=32 -EL -mno-abicalls -fno-pic -G0 -msoft-float -Wl,--entry=_start
USER_BASE	:= 0x00400000
QEMU		:= qemu-system-mipsel
QEMU_ARGS	:= -M malta -m 128M -semihosting-config enable=on,target=native
QEMU_USER	:= qemu-mipsel
# What the tools read: the GNU as line-comment character, the PC's byte
# offset and size in the gdbstub's 'g' packet (after r0-r31, sr, lo, hi,
# bad, cause: 37 * 4), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 148,4
GDB_BREAK_KIND	:= 4
# The exception vectors setup_arch() copies to the bottom of KSEG0 (the
# TLB refill one at 0x80000000, the general one at 0x80000180) run outside
# the image, in every trap: make measure counts them as kernel.
FIRMWARE_TEXT	:= 0x80000000-0x80000200
# Real Linux (make boot KERNEL=debian): Debian 12's own mipsel kernel for the
# Malta runs the same /init (the 4kc-malta flavour: QEMU's 24Kf runs it).
DEBIAN_KERNEL	:= linux-image-4kc-malta
LINUX_QEMU_ARGS	:= -M malta -m 256M
LINUX_APPEND	:= console=ttyS0 quiet panic=-1
