/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork.  Linux sh: trapa #0x1N (N = the number
 * of arguments; SH-4 kernels look only at r3), number in r3, arguments in
 * r4-r7, r0 and r1, the result in r0 (-errno on failure).
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, @function
arch_syscall:
	mov	r4, r3			! nr
	mov	r5, r4
	mov	r6, r5
	mov	r7, r6
	mov.l	@r15, r7		! C's a3 (its 5th argument, on the stack)
	mov.l	@(4, r15), r0		! a4
	mov.l	@(8, r15), r1		! a5
	trapa	#0x16
	rts
	 nop
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * __NR_vfork.  No stack use: the child returns through this code first
 * and then keeps running on the parent's stack.  pr survives the trap in
 * both (it is in the pt_regs the kernel restores).
 */
	.globl	arch_vfork
	.type	arch_vfork, @function
arch_vfork:
	mov.l	1f, r3
	trapa	#0x10
	rts
	 nop
	.balign	4
1:	.long	__NR_vfork
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
