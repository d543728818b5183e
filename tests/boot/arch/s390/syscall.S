/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork: svc 0 with the number in r1 (svc NN
 * also works for NN < 256), arguments in r2-r7, result in r2; the kernel
 * preserves every other register.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

	.text

/*
 * long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
 *
 * nr, a0-a3 come in r2-r6, a4 and a5 on the stack at 160(%r15).  r6 and
 * r7 are callee-saved: keep them in the caller's register save area.
 */
	.globl	arch_syscall
	.type	arch_syscall, %function
arch_syscall:
	stmg	%r6,%r7,48(%r15)
	lgr	%r1,%r2
	lgr	%r2,%r3
	lgr	%r3,%r4
	lgr	%r4,%r5
	lgr	%r5,%r6
	lg	%r6,160(%r15)
	lg	%r7,168(%r15)
	svc	0
	lmg	%r6,%r7,48(%r15)
	br	%r14
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * s390 has vfork (190): svc NN form.  No stack use: the child returns
 * through this code first and then keeps running on the parent's stack.
 * r14 survives the trap in both.
 */
	.globl	arch_vfork
	.type	arch_vfork, %function
arch_vfork:
	svc	__NR_vfork
	br	%r14
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
