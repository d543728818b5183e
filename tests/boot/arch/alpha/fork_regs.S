/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load $9-$15 with distinct 64-bit patterns, fork (__NR_fork), and
 * compare them in whichever task returns: a kernel that copies the
 * parent's switch_stack wrongly, or restores the parent's from the wrong
 * place, shows up here.  sp is checked against its value before the
 * trap, kept in memory (fork copies it to the child).  Bit n of
 * *clobbered is the n-th name of ARCH_CALLEE_SAVED_NAMES: $9-$15 are
 * bits 0-6, $30 bit 7.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
#define PATTERN(n)	(0xc0de5eed00000000 + ((n) << 16) + (n))
	.set	noat
	.text
	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, @function
arch_fork_regs_check:
	ldgp	$29, 0($27)
	lda	$30, -80($30)		# a0, ra, $9-$15: 9 words, 16-aligned
	stq	$16, 0($30)
	stq	$26, 8($30)
	.irp	n, 9,10,11,12,13,14,15
	stq	$\n, (16 + (\n - 9) * 8)($30)
	.endr
	lda	$1, saved_sp
	stq	$30, 0($1)
	.irp	n, 9,10,11,12,13,14,15
	ldiq	$\n, PATTERN(\n)
	.endr
	lda	$0, __NR_fork
	callsys
	bne	$19, 0f
	br	4f
0:	subq	$31, $0, $0		# -errno
4:	mov	$31, $2			# the clobbered mask
	.irp	n, 9,10,11,12,13,14,15
	ldiq	$3, PATTERN(\n)
	cmpeq	$\n, $3, $3
	bne	$3, 1f
	bis	$2, 1 << (\n - 9), $2
1:
	.endr
	lda	$1, saved_sp
	ldq	$1, 0($1)
	cmpeq	$30, $1, $3
	bne	$3, 2f
	bis	$2, 1 << 7, $2
2:	mov	$1, $30			# pop from the right place regardless
	.irp	n, 9,10,11,12,13,14,15
	ldq	$\n, (16 + (\n - 9) * 8)($30)
	.endr
	ldq	$26, 8($30)
	ldq	$1, 0($30)
	stq	$2, 0($1)		# *clobbered = mask
	lda	$30, 80($30)
	ret				# v0: what fork returned
	.size	arch_fork_regs_check, . - arch_fork_regs_check
	.bss
	.align	3
saved_sp:
	.space	8
	.section .note.GNU-stack, "", @progbits
