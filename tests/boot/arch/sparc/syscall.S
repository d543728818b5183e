/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork: "ta 0x6d" with the number in %g1,
 * arguments in %o0-%o5, the result in %o0 -- as a positive errno with the
 * carry set on failure (the SunOS convention).  fork, vfork and clone
 * return a second value in %o1: 0 in the parent, 1 in the child, whose
 * %o0 is the parent's pid; libc makes the child's result 0.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

	.register %g2, #scratch
	.text

/*
 * long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
 *
 * A leaf: nr, a0-a4 come in %o0-%o5, a5 on the caller's frame at
 * %sp + 2047 + 176 (after the save area and the six argument slots).
 */
	.globl	arch_syscall
	.type	arch_syscall, %function
arch_syscall:
	mov	%o0, %g1
	mov	%o1, %o0
	mov	%o2, %o1
	mov	%o3, %o2
	mov	%o4, %o3
	mov	%o5, %o4
	ldx	[%sp + 2047 + 176], %o5
	ta	0x6d
	bcs,a,pn %xcc, 1f
	 sub	%g0, %o0, %o0		! failure: -errno
	cmp	%g1, __NR_fork		! the kernel keeps %g1
	be,pn	%xcc, 2f
	 cmp	%g1, __NR_vfork
	be,pn	%xcc, 2f
	 cmp	%g1, __NR_clone
	bne,pt	%xcc, 1f
	 nop
2:	sub	%o1, 1, %o1		! child (%o1 = 1): 0, parent: pid
	and	%o0, %o1, %o0
1:	retl
	 nop
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * A leaf, no stack: the child returns through this code first and then
 * keeps running on the parent's stack.  %o7 survives the trap in both.
 */
	.globl	arch_vfork
	.type	arch_vfork, %function
arch_vfork:
	mov	__NR_vfork, %g1
	ta	0x6d
	bcs,a,pn %xcc, 1f
	 sub	%g0, %o0, %o0
	sub	%o1, 1, %o1
	and	%o0, %o1, %o0
1:	retl
	 nop
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
