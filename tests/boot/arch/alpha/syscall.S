/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork.  callsys takes the number in v0 ($0)
 * and the arguments in a0-a5 ($16-$21); it returns v0 and sets a3 ($19)
 * to 0 on success, or to 1 with the positive errno in v0.  Every other
 * register comes back as it was.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
	.set	noat
	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, @function
arch_syscall:
	mov	$16, $0
	mov	$17, $16
	mov	$18, $17
	mov	$19, $18
	mov	$20, $19
	mov	$21, $20
	ldq	$21, 0($30)		# the 7th C argument is on the stack
	callsys
	beq	$19, 1f
	subq	$31, $0, $0		# -errno
1:	ret
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void): the child returns first, on our stack: nothing
 * is pushed; ra ($26) survives the trap in the child and the parent.
 */
	.globl	arch_vfork
	.type	arch_vfork, @function
arch_vfork:
	lda	$0, __NR_vfork
	callsys
	beq	$19, 1f
	subq	$31, $0, $0
1:	ret
	.size	arch_vfork, . - arch_vfork
	.section .note.GNU-stack, "", @progbits
