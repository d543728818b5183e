/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * mips: clone(flags, newsp, parent_tidptr, tls, child_tidptr), the last on
 * the stack.  A NULL newsp keeps the parent's sp in the child.  fn and arg
 * ride through the trap in s0 and s1, which the kernel copies to the child:
 * the child cannot use the parent's stack, which may be shared (CLONE_VM)
 * and in use by the parent.
 */
#define __ASSEMBLY__
#include <asm/unistd.h>
	.text
	.set	noreorder

	.globl	arch_clone
	.type	arch_clone, @function
arch_clone:
	addiu	$sp, $sp, -32
	sw	$s0, 24($sp)
	sw	$s1, 28($sp)
	sw	$zero, 16($sp)		# child_tidptr
	move	$s0, $a2			# fn
	move	$s1, $a3			# arg
	move	$a2, $zero		# parent_tidptr
	move	$a3, $zero		# tls
	li	$v0, __NR_clone
	syscall
	bnez	$a3, 2f			# error: -errno
	 nop
	beqz	$v0, 1f
	 nop
3:	lw	$s0, 24($sp)		# parent
	lw	$s1, 28($sp)
	jr	$ra
	 addiu	$sp, $sp, 32
2:	b	3b
	 negu	$v0, $v0

1:	li	$t0, -8			# child: align its stack,
	and	$sp, $sp, $t0
	addiu	$sp, $sp, -16		# the home area of fn's arguments
	move	$fp, $zero		# start a fresh call chain
	jalr	$s0			# fn(arg)
	 move	$a0, $s1
	move	$a0, $v0			# exit(fn(arg))
	li	$v0, __NR_exit
	syscall
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
