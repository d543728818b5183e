/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * sh: clone(flags, newsp, parent_tidptr, child_tidptr, tls), the default
 * order.  A NULL newsp keeps the parent's r15 in the child.  fn and arg
 * ride through the trap in r8 and r9, which the kernel copies to the
 * child: the child cannot use the parent's stack, which may be shared
 * (CLONE_VM) and in use by the parent.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
	.text

	.globl	arch_clone
	.type	arch_clone, @function
arch_clone:
	mov.l	r8, @-r15
	mov.l	r9, @-r15
	mov	r6, r8			! fn
	mov	r7, r9			! arg
	mov	#0, r6			! parent_tidptr
	mov	#0, r7			! child_tidptr
	mov	#0, r0			! tls
	mov.l	1f, r3
	trapa	#0x15
	tst	r0, r0
	bt	3f			! 0: the child
	mov.l	@r15+, r9		! the parent (or -errno)
	rts
	 mov.l	@r15+, r8

3:	mov	#-8, r1			! child: align its stack,
	and	r1, r15
	mov	#0, r14			! start a fresh call chain
	jsr	@r8			! fn(arg)
	 mov	r9, r4
	mov	r0, r4			! exit(fn(arg))
	mov.l	2f, r3
	trapa	#0x11
	.balign	4
1:	.long	__NR_clone
2:	.long	__NR_exit
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
