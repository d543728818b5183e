/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * powerpc selects CLONE_BACKWARDS: clone(flags, newsp, parent_tidptr,
 * tls, child_tidptr) in r3-r7.  A NULL newsp keeps the parent's r1 in
 * the child.  fn and arg ride through the trap in r30 and r31, which the
 * kernel copies to the child (as Linux 3.6's own kernel_thread() did):
 * the child cannot use the parent's stack, which may be shared
 * (CLONE_VM) and in use by the parent.  On ppc64 fn is a descriptor:
 * the child loads the entry and r2 from it.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>
#include "asm.h"

	.text

FUNC_START(arch_clone)
#ifdef __powerpc64__
	stdu	%r1, -128(%r1)
	std	%r30, 112(%r1)		# callee-saved: keep the caller's
	std	%r31, 120(%r1)
#else
	stwu	%r1, -16(%r1)
	stw	%r30, 8(%r1)		# callee-saved: keep the caller's
	stw	%r31, 12(%r1)
#endif
	mr	%r30, %r5		# fn
	mr	%r31, %r6		# arg
	li	%r5, 0			# parent_tidptr
	li	%r6, 0			# tls
	li	%r7, 0			# child_tidptr
	li	%r0, __NR_clone
	sc
	bns+	1f
	neg	%r3, %r3
	b	2f
#ifdef __powerpc64__
1:	cmpdi	%r3, 0
	beq	3f
2:	ld	%r30, 112(%r1)		# parent, or -errno
	ld	%r31, 120(%r1)
	addi	%r1, %r1, 128
	blr

3:	clrrdi	%r1, %r1, 4		# child: align its stack,
	li	%r0, 0			# a frame for fn, ending the chain
	stdu	%r0, -112(%r1)
	ld	%r0, 0(%r30)		# fn's entry and TOC
	ld	%r2, 8(%r30)
	mtctr	%r0
#else
1:	cmpwi	%r3, 0
	beq	3f
2:	lwz	%r30, 8(%r1)		# parent, or -errno
	lwz	%r31, 12(%r1)
	addi	%r1, %r1, 16
	blr

3:	clrrwi	%r1, %r1, 4		# child: align its stack,
	li	%r0, 0			# a frame for fn, ending the chain
	stwu	%r0, -16(%r1)
	mtctr	%r30
#endif
	mr	%r3, %r31
	bctrl				# fn(arg)
	li	%r0, __NR_exit		# exit(fn(arg))
	sc
	.long	0
FUNC_END(arch_clone)

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
