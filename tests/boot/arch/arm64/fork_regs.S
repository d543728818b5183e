/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load x19-x29 with distinct patterns, fork (arm64 has no fork number:
 * clone(SIGCHLD, 0), as its libc does), and compare them in whichever task
 * returns: a kernel that builds the child's pt_regs or switch frame
 * wrongly, or restores the parent's from the wrong place, shows up here.
 * sp is checked against its value before the trap, kept in memory (fork
 * copies it to the child) because every callee-saved register is busy.
 * Bit n of *clobbered is the n-th name of ARCH_CALLEE_SAVED_NAMES.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>
#include <asm/signal.h>

#define PATTERN(n)	(0xc0de0000c0de0000 + (n))

	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, %function
arch_fork_regs_check:
	stp	x29, x30, [sp, #-112]!	// 14 words: x0, x19-x30
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	str	x0, [sp, #96]		// clobbered
	adrp	x1, saved_sp
	mov	x2, sp
	str	x2, [x1, :lo12:saved_sp]
	.irp	n, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29
	ldr	x\n, =PATTERN(\n)
	.endr
	mov	x0, #SIGCHLD		// clone(SIGCHLD, 0, 0, 0, 0)
	mov	x1, #0
	mov	x2, #0
	mov	x3, #0
	mov	x4, #0
	mov	x8, #__NR_clone
	svc	#0			// x0 = the pid, or 0 in the child

	mov	x2, #0			// the clobbered mask
	.irp	n, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29
	ldr	x1, =PATTERN(\n)
	cmp	x\n, x1
	cset	x3, ne
	orr	x2, x2, x3, lsl #(\n - 19)
	.endr
	adrp	x1, saved_sp
	ldr	x1, [x1, :lo12:saved_sp]
	mov	x3, sp
	cmp	x3, x1
	cset	x3, ne
	orr	x2, x2, x3, lsl #11	// sp
	mov	sp, x1			// pop from the right place regardless

	ldr	x3, [sp, #96]
	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #112
	str	x2, [x3]
	ret
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	3
saved_sp:
	.space	8

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
