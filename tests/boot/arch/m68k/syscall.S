/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork (Linux m68k: trap #0, number in d0,
 * arguments in d1-d5 and a0, result in d0; the kernel preserves every
 * other register).
 */
#include <asm/unistd.h>

	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, @function
arch_syscall:
	moveml	%d2-%d5,%sp@-		| callee-saved: 16 bytes
	moveml	%sp@(20),%d0-%d5/%a0	| nr, a0..a5 -> d0, d1-d5, a0
	trap	#0
	moveml	%sp@+,%d2-%d5
	rts
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * No stack use: the child returns through this code first and then keeps
 * running on the parent's stack, where its next call overwrites the slot
 * of our return address.  So pop that into a1 (which the kernel restores
 * in both tasks) before the trap, and jump back through it.
 */
	.globl	arch_vfork
	.type	arch_vfork, @function
arch_vfork:
	movel	%sp@+,%a1		| the return address
	movel	#__NR_vfork,%d0
	trap	#0
	jmp	%a1@
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
