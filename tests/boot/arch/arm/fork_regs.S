/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load r4-r11 with distinct patterns, fork, and compare them in whichever
 * task returns: a kernel that builds the child's pt_regs or switch frame
 * wrongly, or restores the parent's from the wrong place, shows up here.
 * r7 must carry the syscall number, so its pattern is __NR_fork.  sp is
 * checked against its value before the trap, kept in memory (fork copies
 * it to the child) because every register is busy.  Bit n of *clobbered
 * is the n-th name of ARCH_CALLEE_SAVED_NAMES.
 */
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de0000 + (n))

	.syntax unified
	.arm
	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, %function
arch_fork_regs_check:
	push	{r0, r4-r11, lr}	@ 10 words: sp stays 8-byte aligned
	ldr	r1, =saved_sp
	str	sp, [r1]
	.irp	n, 4, 5, 6, 8, 9, 10, 11
	ldr	r\n, =PATTERN(\n)
	.endr
	mov	r7, #__NR_fork
	svc	#0

	mov	r2, #0			@ the clobbered mask
	.irp	n, 4, 5, 6, 8, 9, 10, 11
	ldr	r1, =PATTERN(\n)
	cmp	r\n, r1
	orrne	r2, r2, #(1 << (\n - 4))
	.endr
	cmp	r7, #__NR_fork
	orrne	r2, r2, #(1 << 3)
	ldr	r1, =saved_sp
	ldr	r1, [r1]
	cmp	sp, r1
	orrne	r2, r2, #(1 << 8)
	mov	sp, r1			@ pop from the right place regardless

	pop	{r3, r4-r11, lr}
	str	r2, [r3]
	bx	lr
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	2
saved_sp:
	.space	4

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
