/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * riscv selects CLONE_BACKWARDS: clone(flags, newsp, parent_tidptr, tls,
 * child_tidptr) in a0-a4.  A NULL newsp keeps the parent's sp in the
 * child (copy_thread() only replaces sp when it is given one).  fn and arg
 * ride through the trap in s1 and s2, which the kernel copies to the
 * child: the child cannot use the parent's stack, which may be shared
 * (CLONE_VM) and in use by the parent.
 */
#include <asm/unistd.h>

	.text

	.globl	arch_clone
	.type	arch_clone, %function
arch_clone:
	addi	sp, sp, -16
	sd	s1, 0(sp)
	sd	s2, 8(sp)
	mv	s1, a2			# fn
	mv	s2, a3			# arg
	li	a2, 0			# parent_tidptr
	li	a3, 0			# tls
	li	a4, 0			# child_tidptr
	li	a7, __NR_clone
	ecall
	beqz	a0, 1f
	ld	s1, 0(sp)		# parent, or -errno
	ld	s2, 8(sp)
	addi	sp, sp, 16
	ret

1:	andi	sp, sp, -16		# child: align its stack,
	li	s0, 0			# start a fresh call chain
	mv	a0, s2
	jalr	s1			# fn(arg)
	li	a7, __NR_exit		# exit(fn(arg))
	ecall
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
