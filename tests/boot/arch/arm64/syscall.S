/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork (number in x8, arguments in x0-x5, result
 * in x0; the kernel preserves every other register).
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
	mov	x8, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	mov	x5, x6
	svc	#0
	ret
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * arm64 has no vfork number: clone(CLONE_VM | CLONE_VFORK | SIGCHLD, 0),
 * as its libc does.  No stack use: the child returns through this code
 * first and then keeps running on the parent's stack; lr survives the
 * trap in both.
 */
	.globl	arch_vfork
	.type	arch_vfork, %function
arch_vfork:
	mov	x0, #(CLONE_VM | CLONE_VFORK | SIGCHLD)
	mov	x1, #0			// newsp: keep the parent's
	mov	x2, #0			// parent_tidptr
	mov	x3, #0			// tls
	mov	x4, #0			// child_tidptr
	mov	x8, #__NR_clone
	svc	#0
	ret
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
