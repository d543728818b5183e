# arm64: ARMv8-A (Cortex-A57) at EL1 on QEMU's "virt" machine.
SRCARCH		:= arm64
TRIPLE		:= aarch64-linux-gnu
DEBIAN_ARCH	:= arm64
DEPS		:= gcc-aarch64-linux-gnu linux-libc-dev-arm64-cross qemu-system-arm qemu-user
# No FP/SIMD in the kernel (Linux builds it so too) nor in the boot test:
# nothing saves those registers on a switch, and CPACR_EL1 leaves them
# trapping (an EL0 FP instruction gets SIGILL).
# -mstrict-align: the C that runs before paging_init() turns the MMU on
# sees all memory as Device memory, where unaligned accesses fault.
ARCH_CFLAGS	:= -march=armv8-a -mgeneral-regs-only -mstrict-align
USER_CFLAGS	:= -march=armv8-a -mgeneral-regs-only
USER_BASE	:= 0x48000000
QEMU		:= qemu-system-aarch64
QEMU_ARGS	:= -M virt -cpu cortex-a57 -m 256M \
		   -semihosting-config enable=on,target=native
QEMU_USER	:= qemu-aarch64
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (pc, after x0-x30 and sp), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= //
GDB_PC		:= 256,8
GDB_BREAK_KIND	:= 4
# Real Linux on the same ABI (make boot KERNEL=debian): Debian 12's cloud
# kernel on QEMU's virt machine, its console on the PL011; a panic
# reboots, which -no-reboot turns into an exit without "Power down".
DEBIAN_KERNEL	:= linux-image-cloud-arm64
LINUX_QEMU_ARGS	:= -M virt -cpu cortex-a57 -m 512M
LINUX_APPEND	:= console=ttyAMA0 quiet panic=-1
