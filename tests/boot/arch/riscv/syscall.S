/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork (number in a7, arguments in a0-a5,
 * result in a0; the kernel preserves every other register).
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>
#include <asm/signal.h>
#include <linux/sched.h>

	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, %function
arch_syscall:
	mv	a7, a0			# all seven came in a0-a6
	mv	a0, a1
	mv	a1, a2
	mv	a2, a3
	mv	a3, a4
	mv	a4, a5
	mv	a5, a6
	ecall
	ret
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * asm-generic has no vfork: clone(CLONE_VM | CLONE_VFORK | SIGCHLD, 0), as
 * libc does.  No stack use: the child returns through this code first and
 * then keeps running on the parent's stack.  ra survives the trap in both.
 */
	.globl	arch_vfork
	.type	arch_vfork, %function
arch_vfork:
	li	a0, CLONE_VM | CLONE_VFORK | SIGCHLD
	li	a1, 0			# newsp: the parent's
	li	a2, 0			# parent_tidptr
	li	a3, 0			# tls
	li	a4, 0			# child_tidptr
	li	a7, __NR_clone
	ecall
	ret
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
