/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load s0-s11 with distinct 64-bit patterns, fork (asm-generic has no
 * fork: clone(SIGCHLD, 0)), and compare them in whichever task returns: a
 * kernel that builds the child's pt_regs or switch frame wrongly, or
 * restores the parent's from the wrong place, shows up here.  sp is
 * checked against its value before the trap, kept in memory (fork copies
 * it to the child).  Bit n of *clobbered is the n-th name of
 * ARCH_CALLEE_SAVED_NAMES: s0-s11 are bits 0-11, sp bit 12.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>
#include <asm/signal.h>

#define PATTERN(n)	(0xc0de5eed00000000 + ((n) << 16) + (n))

	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, %function
arch_fork_regs_check:
	addi	sp, sp, -112		# a0, ra, s0-s11: 14 words, 16-aligned
	sd	a0, 0(sp)
	sd	ra, 8(sp)
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	sd	s\n, (16 + \n * 8)(sp)
	.endr
	la	t0, saved_sp
	sd	sp, 0(t0)
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	li	s\n, PATTERN(\n)
	.endr
	li	a0, SIGCHLD		# clone(SIGCHLD, 0, 0, 0, 0): fork
	li	a1, 0
	li	a2, 0
	li	a3, 0
	li	a4, 0
	li	a7, __NR_clone
	ecall

	li	t0, 0			# the clobbered mask
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	li	t1, PATTERN(\n)
	beq	s\n, t1, 1f
	li	t1, 1 << \n
	or	t0, t0, t1
1:
	.endr
	la	t1, saved_sp
	ld	t1, 0(t1)
	beq	sp, t1, 2f
	li	t2, 1 << 12
	or	t0, t0, t2
2:	mv	sp, t1			# pop from the right place regardless

	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	ld	s\n, (16 + \n * 8)(sp)
	.endr
	ld	ra, 8(sp)
	ld	t1, 0(sp)
	sd	t0, 0(t1)		# *clobbered = mask
	addi	sp, sp, 112
	ret				# a0: what fork returned
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	3
saved_sp:
	.space	8

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
