/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions.  QEMU loads the ELF and jumps to _start at EL1h
 * (SP_EL1 in use) with the MMU and caches off and every interrupt masked.
 * Set up the boot task's stack (init_thread_union), clear .bss, install
 * the vectors, and enter start_kernel() as pid 0.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	ldr	x0, =init_thread_union + THREAD_START_SP
	mov	sp, x0			// sp = SP_EL1: the boot task's stack
	ldr	x0, =__bss_start
	ldr	x1, =__bss_stop
1:	cmp	x0, x1			// clear .bss (16-byte aligned, and the
	b.hs	2f			// stack is in it too: nothing is on
	stp	xzr, xzr, [x0], #16	// it yet)
	b	1b
2:	ldr	x0, =vectors
	msr	vbar_el1, x0		// exceptions go to entry.S
	isb
	mov	x29, #0			// no caller: a backtrace ends here
	mov	x30, #0
	b	start_kernel
SYM_CODE_END(_start)
