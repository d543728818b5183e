/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load r6-r13 with distinct 64-bit patterns, fork (s390 has __NR_fork),
 * and compare them in whichever task returns: a kernel that builds the
 * child's pt_regs or switch frame wrongly, or restores the parent's from
 * the wrong place, shows up here.  r15 is checked against its value
 * before the trap, kept in memory (fork copies it to the child).  Bit n
 * of *clobbered is the n-th name of ARCH_CALLEE_SAVED_NAMES: r6-r13 are
 * bits 0-7, r15 bit 8.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de5eed00000000 + ((n) << 16) + (n))

	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, %function
arch_fork_regs_check:
	stmg	%r6,%r15,48(%r15)	# the caller's registers, in its frame
	lgr	%r1,%r15
	aghi	%r15,-168		# our frame and a slot for clobbered
	stg	%r1,0(%r15)		# back chain
	stg	%r2,160(%r15)
	larl	%r1,saved_sp
	stg	%r15,0(%r1)
	larl	%r1,patterns
	lmg	%r6,%r13,0(%r1)
	svc	__NR_fork

	larl	%r1,patterns
	lghi	%r3,0			# the clobbered mask
	.irp	n, 6,7,8,9,10,11,12,13
	cg	%r\n,(\n - 6) * 8(%r1)
	je	1f
	oill	%r3,1 << (\n - 6)
1:
	.endr
	larl	%r1,saved_sp
	cg	%r15,0(%r1)
	je	2f
	oill	%r3,1 << 8
2:	lg	%r15,0(%r1)		# pop from the right place regardless
	lg	%r4,160(%r15)
	stg	%r3,0(%r4)		# *clobbered = mask
	lmg	%r6,%r15,168 + 48(%r15)
	br	%r14			# r2: what fork returned
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.section .rodata
	.align	8
patterns:
	.irp	n, 6,7,8,9,10,11,12,13
	.quad	PATTERN(\n)
	.endr

	.bss
	.align	8
saved_sp:
	.space	8

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
