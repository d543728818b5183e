/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork.  o32: number in v0, arguments in a0-a3
 * and, from the 5th, in the caller's stack at 16(sp), 20(sp); the result
 * in v0 with a3 = 0, or the positive errno in v0 with a3 = 1.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
#include <linux/sched.h>
/*
 * mips's UAPI <asm/signal.h> has C declarations that __ASSEMBLY__ does
 * not hide: the assembler skips them (.if 0), the preprocessor still
 * defines SIGCHLD.
 */
	.if	0
#include <asm/signal.h>
	.endif
	.text
	.set	noreorder

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, @function
arch_syscall:
	addiu	$sp, $sp, -24		# our frame: home area + 5th, 6th argument
	lw	$t0, 24 + 20($sp)		# C's a4 (its 6th argument)
	lw	$t1, 24 + 24($sp)		# C's a5
	sw	$t0, 16($sp)
	sw	$t1, 20($sp)
	move	$v0, $a0
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	lw	$a3, 24 + 16($sp)		# C's a3 (its 5th argument)
	syscall
	beqz	$a3, 1f
	 nop
	negu	$v0, $v0			# -errno
1:	jr	$ra
	 addiu	$sp, $sp, 24
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * o32 has no vfork: clone(CLONE_VM | CLONE_VFORK | SIGCHLD, 0), as libc
 * does.  No stack use: the child returns through this code first and then
 * keeps running on the parent's stack.  ra survives the trap in both.
 */
	.globl	arch_vfork
	.type	arch_vfork, @function
arch_vfork:
	li	$a0, CLONE_VM | CLONE_VFORK | SIGCHLD
	move	$a1, $zero		# newsp: the parent's
	move	$a2, $zero		# parent_tidptr
	move	$a3, $zero		# tls
	li	$v0, __NR_clone
	syscall
	beqz	$a3, 1f
	 nop
	negu	$v0, $v0
1:	jr	$ra
	 nop
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
