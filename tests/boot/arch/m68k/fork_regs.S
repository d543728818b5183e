/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load d2-d7 and a2-a6 with distinct patterns, fork, and compare them in
 * whichever task returns: a kernel that builds the child's pt_regs or
 * switch_stack wrongly, or restores the parent's from the wrong place,
 * shows up here.  d0 carries the syscall number and the result; it is not
 * callee-saved.  sp is checked against its value before the trap, kept in
 * memory (fork copies it to the child).  Bit n of *clobbered is the n-th
 * name of ARCH_CALLEE_SAVED_NAMES.
 */
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de0000 + (n))

	.text

	/* Compare \reg with PATTERN(\bit); on a mismatch set \bit in d1. */
	.macro	check reg, bit
	cmpl	#PATTERN(\bit),%\reg
	jeq	1f
	bset	#\bit,%d1
1:
	.endm

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, @function
arch_fork_regs_check:
	moveml	%d2-%d7/%a2-%a6,%sp@-	| callee-saved: 44 bytes
	movel	%sp,saved_sp
	movel	#PATTERN(0),%d2
	movel	#PATTERN(1),%d3
	movel	#PATTERN(2),%d4
	movel	#PATTERN(3),%d5
	movel	#PATTERN(4),%d6
	movel	#PATTERN(5),%d7
	movel	#PATTERN(6),%a2
	movel	#PATTERN(7),%a3
	movel	#PATTERN(8),%a4
	movel	#PATTERN(9),%a5
	movel	#PATTERN(10),%a6
	moveq	#__NR_fork,%d0
	trap	#0

	moveq	#0,%d1			| the clobbered mask
	check	d2, 0
	check	d3, 1
	check	d4, 2
	check	d5, 3
	check	d6, 4
	check	d7, 5
	check	a2, 6
	check	a3, 7
	check	a4, 8
	check	a5, 9
	check	a6, 10
	movel	saved_sp,%a0
	cmpal	%a0,%sp
	jeq	1f
	bset	#11,%d1
1:	movel	%a0,%sp			| pop from the right place regardless

	moveml	%sp@+,%d2-%d7/%a2-%a6
	movel	%sp@(4),%a0
	movel	%d1,%a0@		| *clobbered
	rts				| d0: what fork returned
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.balign	4
saved_sp:
	.space	4

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
