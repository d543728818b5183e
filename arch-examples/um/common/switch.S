/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel context switching inside the host process: setjmp/longjmp over
 * struct um_jmp_buf (Linux's arch/x86/um/setjmp_64.S layout), and
 * switch_threads(), which is "setjmp(me) == 0 ? longjmp(you, 1)".
 *
 *	buf + 0   rbx      buf + 32  r13
 *	buf + 8   rsp      buf + 40  r14
 *	buf + 16  rbp      buf + 48  r15
 *	buf + 24  r12      buf + 56  rip (where to resume)
 */
#include <linux/linkage.h>

	.text

/*
 * Not in Linux: um_setjmp(buf), Linux's setjmp (arch/x86/um/setjmp_64.S)
 * under its own name.  Saves the callee-saved registers, the rsp the
 * caller will have after the return, and the return address; returns 0.
 */
SYM_FUNC_START(um_setjmp)
	popq	%rsi			/* return address; rsp = the caller's */
	xorl	%eax, %eax
	movq	%rbx, 0(%rdi)
	movq	%rsp, 8(%rdi)		/* rsp after the return */
	pushq	%rsi			/* back, for the ret */
	movq	%rbp, 16(%rdi)
	movq	%r12, 24(%rdi)
	movq	%r13, 32(%rdi)
	movq	%r14, 40(%rdi)
	movq	%r15, 48(%rdi)
	movq	%rsi, 56(%rdi)		/* resume at the return address */
	ret
SYM_FUNC_END(um_setjmp)

/*
 * Not in Linux: um_longjmp(buf, val), Linux's longjmp.  Loads buf and
 * "returns" from the um_setjmp() that filled it, with val in rax; for a
 * newborn, new_thread() filled it: rsp is the empty stack's top and rip
 * the handler.
 */
SYM_FUNC_START(um_longjmp)
	movl	%esi, %eax		/* um_setjmp's return value */
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rsp		/* now on the other task's stack */
	movq	16(%rdi), %rbp
	movq	24(%rdi), %r12
	movq	32(%rdi), %r13
	movq	40(%rdi), %r14
	movq	48(%rdi), %r15
	jmpq	*56(%rdi)
SYM_FUNC_END(um_longjmp)

/*
 * Linux 3.8 arch/um/os-Linux/skas/process.c switch_threads(): save this context in
 * @me (rdi) and jump to @you (rsi).  When someone switches back to @me,
 * um_setjmp "returns" 1 here and switch_threads returns to its caller.
 */
SYM_FUNC_START(switch_threads)
	pushq	%rsi			/* @you, across the call */
	pushq	%rdi			/* keep rsp 16-byte aligned at the call */
	call	um_setjmp		/* rsp saved: pointing at @me, @you */
	popq	%rdi
	popq	%rsi
	testl	%eax, %eax
	jnz	1f			/* 1: switched back to @me */
	movq	%rsi, %rdi
	movl	$1, %esi
	jmp	um_longjmp		/* to @you; never returns */
1:
	ret
SYM_FUNC_END(switch_threads)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
