/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions (Linux's arch/mips/kernel/head.S kernel_entry).
 * QEMU's Malta boot code jumps to the ELF entry in KSEG0 with the CPU as
 * reset left it: ERL and BEV set (kuseg unmapped, vectors in the boot ROM).
 *
 * Set Status to the kernel's: CU0 (the mark "in the kernel" the exception
 * entry tests), everything else clear -- kernel mode, EXL/ERL/BEV off,
 * interrupts off, no FPU.  Take the boot task's stack (init_thread_union,
 * 32 bytes below its top as Linux's), clear .bss and enter start_kernel()
 * as pid 0.  setup_arch() installs the vectors and the TLB.
 */
#include <linux/linkage.h>
#include <asm/mipsregs.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
	.set	noreorder
SYM_CODE_START(_start)
	li	$t0, ST0_CU0
	mtc0	$t0, CP0_STATUS		# kernel mode, EXL = ERL = BEV = IE = 0
	ehb
	la	$sp, init_thread_union + THREAD_SIZE - 32
	la	$t0, __bss_start		# clear .bss (the stack is in it too:
	la	$t1, __bss_stop		# nothing is on it yet)
1:	sltu	$t2, $t0, $t1
	beqz	$t2, 2f
	 nop
	sw	$zero, 0($t0)
	b	1b
	 addiu	$t0, $t0, 4		# (delay slot)
2:	j	start_kernel
	 nop
SYM_CODE_END(_start)
