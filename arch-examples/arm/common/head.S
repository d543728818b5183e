/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions.  QEMU loads the ELF and jumps to _start in SVC
 * mode with the MMU and caches off.  Set up the boot task's stack
 * (init_thread_union), clear .bss, give the fault modes their scratch
 * words, install the vectors, and enter start_kernel() as pid 0.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>

	.syntax	unified
	.arm
	.section .head.text, "ax"
SYM_CODE_START(_start)
	cpsid	if			@ no interrupts, ever
	ldr	sp, =init_thread_union + THREAD_START_SP
	ldr	r0, =__bss_start
	ldr	r1, =__bss_stop
	mov	r2, #0
1:	cmp	r0, r1			@ clear .bss (the stack is in it too:
	strlo	r2, [r0], #4		@ nothing is on it yet)
	blo	1b
	cps	#UND_MODE
	ldr	sp, =und_scratch	@ vector_stub parks r0, pc, cpsr here
	cps	#ABT_MODE
	ldr	sp, =abt_scratch
	cps	#SVC_MODE
	ldr	r0, =vectors
	mcr	p15, 0, r0, c12, c0, 0	@ VBAR = vectors
	isb
	b	start_kernel
SYM_CODE_END(_start)

	.bss
	.align	2
SYM_DATA_LOCAL(und_scratch, .space 12)
SYM_DATA_LOCAL(abt_scratch, .space 12)
