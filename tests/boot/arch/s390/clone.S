/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * s390 selects CLONE_BACKWARDS2: clone(newsp, flags, parent_tidptr,
 * child_tidptr, tls) in r2-r6, the first two swapped.  A NULL newsp
 * keeps the parent's r15 in the child.  fn and arg ride through the trap
 * in r7 and r8, which the kernel copies to the child: the child cannot
 * use the parent's stack, which may be shared (CLONE_VM) and in use by
 * the parent.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

	.text

	.globl	arch_clone
	.type	arch_clone, %function
arch_clone:
	stmg	%r6,%r8,48(%r15)	# callee-saved, in the caller's frame
	lgr	%r7,%r4			# fn
	lgr	%r8,%r5			# arg
	lgr	%r0,%r2
	lgr	%r2,%r3			# newsp
	lgr	%r3,%r0			# flags
	lghi	%r4,0			# parent_tidptr
	lghi	%r5,0			# child_tidptr
	lghi	%r6,0			# tls
	svc	__NR_clone
	ltgr	%r2,%r2
	jz	1f
	lmg	%r6,%r8,48(%r15)	# parent, or -errno
	br	%r14

1:	nill	%r15,0xfff8		# child: align its stack,
	aghi	%r15,-160		# a frame for fn, ending the chain
	xc	0(8,%r15),0(%r15)
	lgr	%r2,%r8
	basr	%r14,%r7		# fn(arg)
	svc	__NR_exit		# exit(fn(arg))
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
