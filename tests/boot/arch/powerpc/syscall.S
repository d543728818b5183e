/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork: sc with the number in r0, arguments in
 * r3-r8; the result in r3, with CR0.SO set when it is a (positive)
 * errno.  The kernel preserves r1, r2, r13-r31, LR and the rest of CR.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

#include "asm.h"

	.text

/*
 * long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
 *
 * nr, a0-a5 come in r3-r9: shift them down one register.
 */
FUNC_START(arch_syscall)
	mr	%r0, %r3
	mr	%r3, %r4
	mr	%r4, %r5
	mr	%r5, %r6
	mr	%r6, %r7
	mr	%r7, %r8
	mr	%r8, %r9
	sc
	bnslr
	neg	%r3, %r3
	blr
FUNC_END(arch_syscall)

/*
 * long arch_vfork(void)
 *
 * No stack use: the child returns through this code first and then keeps
 * running on the parent's stack.  LR survives the trap in both.
 */
FUNC_START(arch_vfork)
	li	%r0, __NR_vfork
	sc
	bnslr
	neg	%r3, %r3
	blr
FUNC_END(arch_vfork)

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
