/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork (EABI: number in r7, arguments in r0-r5,
 * result in r0; the kernel preserves every other register).
 */
#include <asm/unistd.h>

	.syntax unified
	.arm
	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, %function
arch_syscall:
	push	{r4, r5, r7, lr}
	mov	r7, r0
	mov	r0, r1
	mov	r1, r2
	mov	r2, r3
	ldr	r3, [sp, #16]		@ a3..a5 were passed on the stack
	ldr	r4, [sp, #20]
	ldr	r5, [sp, #24]
	svc	#0
	pop	{r4, r5, r7, pc}
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * No stack use: the child returns through this code first and then keeps
 * running on the parent's stack.  r7 is parked in ip, which the kernel
 * restores in both the parent and the child.
 */
	.globl	arch_vfork
	.type	arch_vfork, %function
arch_vfork:
	mov	ip, r7
	mov	r7, #__NR_vfork
	svc	#0
	mov	r7, ip
	bx	lr
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
