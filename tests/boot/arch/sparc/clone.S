/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * sparc's clone(flags, newsp, parent_tidptr, tls, child_tidptr) in
 * %o0-%o4; newsp is a biased stack pointer, here one frame under
 * stack_top.  The kernel copies the caller's frame there
 * (clone_stackframe()) for the child's window; a NULL newsp keeps the
 * parent's.  fn and arg ride through the trap in %g2/%g3, which the kernel
 * copies to the child (as Linux 3.6's kernel_thread() did): the child
 * cannot use the parent's stack, which may be shared (CLONE_VM).
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

	.register %g2, #scratch
	.register %g3, #scratch
	.text

	.globl	arch_clone
	.type	arch_clone, %function
arch_clone:
	mov	%o2, %g2		! fn
	mov	%o3, %g3		! arg
	brz,pn	%o1, 1f
	 nop
	sub	%o1, 2047 + 192, %o1	! biased, a frame under the top
1:	mov	0, %o2			! parent_tidptr
	mov	0, %o3			! tls
	mov	0, %o4			! child_tidptr
	mov	__NR_clone, %g1
	ta	0x6d
	bcs,a,pn %xcc, 2f
	 sub	%g0, %o0, %o0		! -errno
	brnz,pn	%o1, 3f			! %o1 = 1: the child
	 nop
2:	retl				! parent, or -errno
	 nop

3:	call	%g2			! child: fn(arg) on its own stack
	 mov	%g3, %o0
	mov	__NR_exit, %g1		! exit(fn(arg))
	ta	0x6d
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
