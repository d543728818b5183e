/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load r8-r14 with distinct patterns, fork (__NR_fork), and compare them
 * in whichever task returns: a kernel that builds the child's pt_regs or
 * switch frame wrongly, or restores the parent's from the wrong place,
 * shows up here.  r15 is checked against its value before the trap, kept
 * in memory (fork copies it to the child).  Bit n of *clobbered is the
 * n-th name of ARCH_CALLEE_SAVED_NAMES: r8-r14 bits 0-6, r15 bit 7.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de0000 + ((n) << 8) + (n))

	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, @function
arch_fork_regs_check:
	sts.l	pr, @-r15
	mov.l	r4, @-r15		! clobbered
	.irp	n, 8,9,10,11,12,13,14
	mov.l	r\n, @-r15
	.endr
	mov.l	.Lsaved_sp, r1
	mov.l	r15, @r1
	.irp	n, 8,9,10,11,12,13,14
	mov.l	.Lpat\n, r\n
	.endr
	mov.l	.Lnr_fork, r3
	trapa	#0x10
	mov	r0, r3			! r3: what fork returned
	mov	#0, r0			! r0: the clobbered mask
	.irp	n, 8,9,10,11,12,13,14
	mov.l	.Lpat\n, r1
	cmp/eq	r1, r\n
	bt	1f
	or	#1 << (\n - 8), r0
1:
	.endr
	mov.l	.Lsaved_sp, r1
	mov.l	@r1, r1
	cmp/eq	r1, r15
	bt	2f
	or	#1 << 7, r0
2:	mov	r1, r15			! pop from the right place regardless
	.irp	n, 14,13,12,11,10,9,8
	mov.l	@r15+, r\n
	.endr
	mov.l	@r15+, r4
	mov.l	r0, @r4			! *clobbered = mask
	lds.l	@r15+, pr
	rts
	 mov	r3, r0
	.balign	4
	.irp	n, 8,9,10,11,12,13,14
.Lpat\n:	.long	PATTERN(\n)
	.endr
.Lsaved_sp:	.long	saved_sp
.Lnr_fork:	.long	__NR_fork
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.balign	4
saved_sp:
	.space	4

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
