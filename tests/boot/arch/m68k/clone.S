/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * m68k keeps the default clone order: clone(flags, newsp, parent_tidptr,
 * child_tidptr, tls) in d1-d5.  A NULL newsp keeps the parent's sp in the
 * child.  fn and arg ride through the trap in a3 and d7, which the child
 * gets from the switch_stack the kernel copied (pt_regs do not hold them):
 * the child cannot use the parent's stack, which may be shared (CLONE_VM)
 * and in use by the parent.
 */
#include <asm/unistd.h>

	.text

	.globl	arch_clone
	.type	arch_clone, @function
arch_clone:
	moveml	%d2-%d5/%d7/%a3,%sp@-	| callee-saved: 24 bytes
	moveml	%sp@(28),%d1-%d2/%a3	| flags, newsp, fn
	movel	%sp@(40),%d7		| arg
	clrl	%d3			| parent_tidptr
	clrl	%d4			| child_tidptr
	clrl	%d5			| tls
	movel	#__NR_clone,%d0
	trap	#0
	tstl	%d0
	jeq	1f
	moveml	%sp@+,%d2-%d5/%d7/%a3	| parent, or -errno
	rts

1:	subal	%a6,%a6			| child: a fresh call chain
	movel	%sp,%d0
	andil	#-4,%d0			| a word-aligned stack
	movel	%d0,%sp
	movel	%d7,%sp@-		| fn(arg)
	jsr	%a3@
	movel	%d0,%d1			| exit(fn(arg))
	moveq	#__NR_exit,%d0
	trap	#0
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
