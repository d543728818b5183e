# arm: ARMv7-A (Cortex-A15) on QEMU's "virt" machine.
SRCARCH		:= arm
TRIPLE		:= arm-linux-gnueabihf
DEBIAN_ARCH	:= armhf
DEPS		:= gcc-arm-linux-gnueabihf linux-libc-dev-armhf-cross qemu-system-arm qemu-user
# Soft-float, no VFP/NEON anywhere: nothing saves FP state on a switch.
# armv7ve: Cortex-A15 divides in hardware, so no libgcc division calls.
ARCH_CFLAGS	:= -march=armv7ve -marm -mfloat-abi=soft -mno-unaligned-access
USER_CFLAGS	:= -march=armv7-a -marm -mfloat-abi=soft -mno-unaligned-access
USER_BASE	:= 0x48000000
QEMU		:= qemu-system-arm
QEMU_ARGS	:= -M virt -cpu cortex-a15 -m 256M \
		   -semihosting-config enable=on,target=native
QEMU_USER	:= qemu-arm
# What the tools read: the GNU as line-comment characters (^: only at
# line start), the PC's byte offset and size in the gdbstub's 'g' packet
# (r15, after r0-r14), and the gdbstub's breakpoint kind (Z0).
ASM_COMMENT	:= @
GDB_PC		:= 60,4
GDB_BREAK_KIND	:= 4
# Real Linux on the same ABI (make boot KERNEL=debian): Debian 12's armmp
# kernel (armhf; it runs this EABI /init too) on the virt machine, with no
# RAM above 4 GiB, as a 32-bit kernel needs; a panic reboots.
DEBIAN_KERNEL	:= linux-image-armmp
LINUX_QEMU_ARGS	:= -M virt,highmem=off -cpu cortex-a15 -m 512M
LINUX_APPEND	:= console=ttyAMA0 quiet panic=-1
