/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * arm64 selects CLONE_BACKWARDS: clone(flags, newsp, parent_tidptr, tls,
 * child_tidptr) in x0-x4.  A NULL newsp keeps the parent's sp in the child
 * (copy_thread() only replaces sp when it is given one).  fn and arg ride
 * through the trap in x9 and x10, which the kernel copies to the child:
 * the child cannot use the parent's stack, which may be shared (CLONE_VM)
 * and in use by the parent.
 */
#include <asm/unistd.h>

	.text

	.globl	arch_clone
	.type	arch_clone, %function
arch_clone:
	mov	x9, x2			// fn
	mov	x10, x3			// arg
	mov	x2, #0			// parent_tidptr
	mov	x3, #0			// tls
	mov	x4, #0			// child_tidptr
	mov	x8, #__NR_clone
	svc	#0
	cbz	x0, 1f
	ret				// parent, or -errno

1:	mov	x29, #0			// child: a fresh call chain
	mov	x30, #0
	mov	x0, x10
	blr	x9
	mov	x8, #__NR_exit		// exit(fn(arg))
	svc	#0
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
