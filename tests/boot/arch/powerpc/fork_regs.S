/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load r14-r31 with distinct patterns, fork (powerpc has __NR_fork), and
 * compare them in whichever task returns: a kernel that does not save
 * the non-volatile GPRs into the frame the child is copied from
 * (ppc_fork's SAVE_NVGPRS), or restores the parent's from the wrong
 * place, shows up here.  r1 is checked against its value before the
 * trap, kept in memory (fork copies it to the child).  Bit n of
 * *clobbered is the n-th name of ARCH_CALLEE_SAVED_NAMES: r14-r31 are
 * bits 0-17, r1 bit 18.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

#include "asm.h"

#define PATTERN(n)	(0xc0de0000 + ((n) << 8) + (n))
#ifdef __powerpc64__
/* ELFv1: a 112-byte header, then clobbered and r14-r31; LR at 16(caller) */
#define FRAME		272
#define SLOT(i)		(120 + (i) * 8)
#define CLOB		112
#define LRSAVE		16
#define STL		std
#define LL		ld
#define STLU		stdu
#define CMPL		cmpd
#define LONG		.quad
#define SZL		8
#else
#define FRAME		112	/* back chain, LR slot, clobbered, r14-r31 */
#define SLOT(i)		(16 + (i) * 4)
#define CLOB		8
#define LRSAVE		4
#define STL		stw
#define LL		lwz
#define STLU		stwu
#define CMPL		cmpw
#define LONG		.long
#define SZL		4
#endif

	.text

FUNC_START(arch_fork_regs_check)
	mflr	%r0
	STL	%r0, LRSAVE(%r1)	# LR, in the caller's frame
	STLU	%r1, -FRAME(%r1)
	STL	%r3, CLOB(%r1)		# clobbered
	.irp	n, 14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	STL	%r\n, SLOT(\n - 14)(%r1)
	.endr
	lis	%r4, saved_sp@ha
	STL	%r1, saved_sp@l(%r4)
	.irp	n, 14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	lis	%r\n, PATTERN(\n)@h
	ori	%r\n, %r\n, PATTERN(\n)@l
	.endr
	li	%r0, __NR_fork
	sc
	bns+	0f
	neg	%r3, %r3

0:	li	%r4, 0			# the clobbered mask
	.irp	n, 14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	lis	%r5, PATTERN(\n)@h
	ori	%r5, %r5, PATTERN(\n)@l
	CMPL	%r5, %r\n
	beq	1f
	lis	%r5, (1 << (\n - 14))@h
	ori	%r5, %r5, (1 << (\n - 14))@l
	or	%r4, %r4, %r5
1:
	.endr
	lis	%r5, saved_sp@ha
	LL	%r6, saved_sp@l(%r5)
	CMPL	%r6, %r1
	beq	2f
	lis	%r5, (1 << 18)@h
	or	%r4, %r4, %r5
2:	mr	%r1, %r6		# pop from the right place regardless
	LL	%r5, CLOB(%r1)
	STL	%r4, 0(%r5)		# *clobbered = mask
	.irp	n, 14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	LL	%r\n, SLOT(\n - 14)(%r1)
	.endr
	addi	%r1, %r1, FRAME
	LL	%r0, LRSAVE(%r1)
	mtlr	%r0
	blr				# r3: what fork returned
FUNC_END(arch_fork_regs_check)

	.bss
	.balign	SZL
saved_sp:
	.space	SZL

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
