/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * alpha's clone has the default order: clone(flags, newsp, parent_tidptr,
 * child_tidptr, tls) in a0-a4.  A NULL newsp keeps the parent's sp in the
 * child.  fn and arg ride through the trap in $9 and $10 (callee-saved:
 * the kernel copies the parent's switch_stack to the child), so the child
 * never touches the parent's stack.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
	.set	noat
	.text
	.globl	arch_clone
	.type	arch_clone, @function
arch_clone:
	lda	$30, -16($30)
	stq	$9, 0($30)
	stq	$10, 8($30)
	mov	$18, $9			# fn
	mov	$19, $10		# arg
	mov	$31, $18		# parent_tidptr
	mov	$31, $19		# child_tidptr
	mov	$31, $20		# tls
	lda	$0, __NR_clone
	callsys
	bne	$19, 2f			# error: v0 = errno
	beq	$0, 3f			# the child
1:	ldq	$9, 0($30)		# the parent
	ldq	$10, 8($30)
	lda	$30, 16($30)
	ret
2:	subq	$31, $0, $0
	br	1b
3:	bic	$30, 15, $30		# child: align its stack,
	mov	$31, $15		# start a fresh call chain
	mov	$10, $16
	mov	$9, $27
	jsr	$26, ($27)		# fn(arg)
	mov	$0, $16
	lda	$0, __NR_exit		# exit(fn(arg))
	callsys
	.size	arch_clone, . - arch_clone
	.section .note.GNU-stack, "", @progbits
