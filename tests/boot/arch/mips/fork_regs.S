/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load s0-s7 and fp with distinct patterns, fork (__NR_fork), and compare
 * them in whichever task returns: a kernel that builds the child's pt_regs
 * or switch frame wrongly, or restores the parent's from the wrong place,
 * shows up here.  sp is checked against its value before the trap, kept
 * in memory (fork copies it to the child).  Bit n of *clobbered is the
 * n-th name of ARCH_CALLEE_SAVED_NAMES: s0-s7 bits 0-7, fp bit 8, sp bit 9.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de0000 + ((n) << 8) + (n))

	.text
	.set	noreorder

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, @function
arch_fork_regs_check:
	addiu	$sp, $sp, -48		# a0, ra, s0-s7, fp: 11 words, 8-aligned
	sw	$a0, 0($sp)
	sw	$ra, 4($sp)
	.irp	n, 0,1,2,3,4,5,6,7
	sw	$s\n, (8 + \n * 4)($sp)
	.endr
	sw	$fp, 40($sp)
	la	$t0, saved_sp
	sw	$sp, 0($t0)
	.irp	n, 0,1,2,3,4,5,6,7
	li	$s\n, PATTERN(\n)
	.endr
	li	$fp, PATTERN(8)
	li	$v0, __NR_fork
	syscall
	beqz	$a3, 0f
	 nop
	negu	$v0, $v0
0:	move	$t0, $zero		# the clobbered mask
	.irp	n, 0,1,2,3,4,5,6,7
	li	$t1, PATTERN(\n)
	beq	$s\n, $t1, 1f
	 nop
	ori	$t0, $t0, 1 << \n
1:
	.endr
	li	$t1, PATTERN(8)
	beq	$fp, $t1, 1f
	 nop
	ori	$t0, $t0, 1 << 8
1:	la	$t1, saved_sp
	lw	$t1, 0($t1)
	beq	$sp, $t1, 2f
	 nop
	ori	$t0, $t0, 1 << 9
2:	move	$sp, $t1			# pop from the right place regardless
	.irp	n, 0,1,2,3,4,5,6,7
	lw	$s\n, (8 + \n * 4)($sp)
	.endr
	lw	$fp, 40($sp)
	lw	$ra, 4($sp)
	lw	$t1, 0($sp)
	sw	$t0, 0($t1)		# *clobbered = mask
	jr	$ra			# v0: what fork returned
	 addiu	$sp, $sp, 48
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	2
saved_sp:
	.space	4

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
