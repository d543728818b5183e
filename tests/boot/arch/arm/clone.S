/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * arm selects CLONE_BACKWARDS: clone(flags, newsp, parent_tidptr, tls,
 * child_tidptr) in r0-r4.  A NULL newsp keeps the parent's sp in the child
 * (copy_thread() only replaces sp when it is given one).  fn and arg ride
 * through the trap in r5 and r6, which the kernel copies to the child:
 * the child cannot use the parent's stack, which may be shared (CLONE_VM)
 * and in use by the parent.
 */
#include <asm/unistd.h>

	.syntax unified
	.arm
	.text

	.globl	arch_clone
	.type	arch_clone, %function
arch_clone:
	push	{r4, r5, r6, r7}
	mov	r5, r2
	mov	r6, r3
	mov	r2, #0			@ parent_tidptr
	mov	r3, #0			@ tls
	mov	r4, #0			@ child_tidptr
	mov	r7, #__NR_clone
	svc	#0
	cmp	r0, #0
	beq	1f
	pop	{r4, r5, r6, r7}	@ parent, or -errno
	bx	lr

1:	mov	fp, #0			@ child: a fresh call chain
	mov	r0, r6
	blx	r5
	mov	r7, #__NR_exit		@ exit(fn(arg))
	svc	#0
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
