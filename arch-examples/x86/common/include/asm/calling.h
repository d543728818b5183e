/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64: the register save macros of the entry code, as Linux 3.x's
 * arch/x86/include/asm/calling.h.  pt_regs is built in two halves:
 *
 *	SAVE_ARGS	rdi, rsi, rdx, rcx, rax, r8-r11: the caller-saved
 *			registers, which C may clobber; every entry saves
 *			them ("partial frame", rsp = pt_regs + ARGOFFSET)
 *	SAVE_REST	rbx, rbp, r12-r15: the callee-saved rest, which C
 *			preserves by itself; saved only where something must
 *			read or replace them (fork, execve, faults)
 */
#ifndef _REF_ASM_X86_CALLING_H
#define _REF_ASM_X86_CALLING_H

#ifdef __ASSEMBLY__
#include <generated/asm-offsets.h>

	/* skip_rdi: an exception stub has parked its vector in the di slot. */
	.macro	SAVE_ARGS skip_rdi=0
	.if !\skip_rdi
	pushq	%rdi
	.endif
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	.endm

	/* All but rcx and r11, which sysret and iret paths treat apart. */
	.macro	RESTORE_ARGS_BUT_RCX_R11
	movq	PT_R10-ARGOFFSET(%rsp), %r10
	movq	PT_R9-ARGOFFSET(%rsp), %r9
	movq	PT_R8-ARGOFFSET(%rsp), %r8
	movq	PT_RAX-ARGOFFSET(%rsp), %rax
	movq	PT_RDX-ARGOFFSET(%rsp), %rdx
	movq	PT_RSI-ARGOFFSET(%rsp), %rsi
	movq	PT_RDI-ARGOFFSET(%rsp), %rdi
	.endm

	.macro	SAVE_REST
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	.endm

	.macro	RESTORE_REST
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	.endm

	/* The running task's thread_info: rsp rounded down. */
	.macro	GET_THREAD_INFO reg
	movq	%rsp, \reg
	andq	$~(THREAD_SIZE - 1), \reg
	.endm

	/*
	 * The first half of ret_from_fork, the same in Linux 3.6 and 3.8
	 * (arch/x86/kernel/entry_64.S): a newborn clears TIF_FORK, takes
	 * kernel eflags, calls schedule_tail(prev) and pops the rest that
	 * copy_thread() put under pt_regs.  Leaves rsp -> pt_regs +
	 * ARGOFFSET and ZF set for a kernel thread (saved cs in ring 0);
	 * each flow branches on it.
	 */
	.macro	RET_FROM_FORK_START
	GET_THREAD_INFO %rcx
	btrl	$TIF_FORK, TI_flags(%rcx)	/* from now on, a plain task */
	pushq	$0x0002
	popfq				/* reset kernel eflags */
	call	schedule_tail		/* schedule_tail(prev) */
	RESTORE_REST			/* rsp -> pt_regs + ARGOFFSET */
	testl	$3, PT_CS-ARGOFFSET(%rsp)	/* from kernel_thread? */
	.endm
#endif

#endif
