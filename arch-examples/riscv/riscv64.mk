# riscv64: RV64 on QEMU's "virt" machine, in M-mode with no firmware
# (-bios none): the kernel owns the machine, the PMP keeps user mode out of
# it, and the sifive_test device ends QEMU with any status.
SRCARCH		:= riscv
TRIPLE		:= riscv64-linux-gnu
DEBIAN_ARCH	:= riscv64
DEPS		:= gcc-riscv64-linux-gnu linux-libc-dev-riscv64-cross qemu-system-misc qemu-user
# No F/D anywhere (lp64, mstatus.FS off): nothing saves FP state on a
# switch, and an FP instruction is SIGILL.  GCC 12 wants _zicsr for csr*.
# medany: the image runs at 0x80000000, out of medlow's reach, as Linux's.
# No small-data sections: the kernel never sets gp.
ARCH_CFLAGS	:= -march=rv64imac_zicsr -mabi=lp64 -mcmodel=medany -msmall-data-limit=0
USER_CFLAGS	:= -march=rv64imac -mabi=lp64 -mcmodel=medany
USER_BASE	:= 0x84000000
QEMU		:= qemu-system-riscv64
QEMU_ARGS	:= -M virt -bios none -m 128M
QEMU_USER	:= qemu-riscv64
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (pc, after x0-x31), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= \#
GDB_PC		:= 256,8
GDB_BREAK_KIND	:= 4
