# sparc64: UltraSPARC IIi on QEMU's sun4u machine, with a boot ROM of our
# own (rom/rom.S, given to QEMU with -bios) in place of OpenBIOS.  Locked
# TLB entries keep user mode out of the kernel (common/mmu.c); the 16550
# on the PCI I/O space is the console; the power register ends QEMU
# (status 0 only: a panic powers off too and fails by its incomplete KTAP).
SRCARCH		:= sparc
TRIPLE		:= sparc64-linux-gnu
DEBIAN_ARCH	:= sparc64
DEPS		:= gcc-sparc64-linux-gnu linux-libc-dev-sparc64-cross qemu-system-sparc qemu-user
# Linux's sparc64 flags: no FPU (nothing saves it on a switch), the kernel
# below 4 GiB (medlow), %g4 (current) and %g5 kept from GCC, and the
# application globals used in asm without .register lines.  -fno-pie for
# the .S files too: GCC would run as with -K PIC, turning %hi() into GOT
# references.
ARCH_CFLAGS	:= -fno-pie -m64 -mcpu=ultrasparc -mno-fpu -mcmodel=medlow -ffixed-g4 -ffixed-g5 \
		   -fcall-used-g7 -Wa,--undeclared-regs --param=min-pagesize=0
USER_CFLAGS	:= -m64 -mno-fpu
USER_BASE	:= 0x01000000
# Linux sparc64 pages are 8 KiB: qemu-sparc64 maps nothing finer.
USER_PAGE_SIZE	:= 8192
QEMU		:= qemu-system-sparc64
# Recursive (=): $(B) is set after the .mk is read; absolute, because make
# measure starts QEMU in a temporary directory.
QEMU_ARGS	= -M sun4u -m 128M -bios $(abspath $(B))/rom.bin
# The boot ROM: built from this source as a raw image, before vmlinux.
BOOT_ROM	:= arch-examples/sparc/rom/rom.S
QEMU_USER	:= qemu-sparc64
# What the tools read: the GNU as line-comment character, the PC's byte
# offset and size in the gdbstub's 'g' packet (g0-g7, o0-o7, l0-l7,
# i0-i7, f0-f31 as 4 bytes, f32-f62 as 8, then pc), and the
# gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= !
GDB_PC		:= 512,8
GDB_BREAK_KIND	:= 4
# Where every newborn runs first (switch_to() tests new_child), Linux's
# name on sparc64 in both flows: make measure's ret_from_fork.
NEWBORN_START	:= ret_from_syscall
