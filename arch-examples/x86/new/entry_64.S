/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64, new flow (Linux 3.8 arch/x86/kernel/entry_64.S): where newborns
 * start, and the system call stubs that complete pt_regs for the generic
 * fork, vfork, clone and execve.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>
#include <asm/calling.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/x86/kernel/entry_64.S ret_from_fork.
 * Every newborn: switch_to() saw TIF_FORK and jumped here with rsp = the
 * child's pt_regs and rdi = the task that ran before.  There is no
 * separate ret_from_kernel_thread on x86_64: the saved cs tells.  A user
 * child leaves by sysret with the parent's registers; a kernel thread
 * calls fn(arg) from bx and bp, and if fn returns -- it has exec'd --
 * leaves by iret with the new image's registers.
 *
 * Differs from Linux: no _TIF_IA32 test sending a compat task to
 * int_ret_from_sys_call (no 32-bit tasks here), and no RESTORE_TOP_OF_STACK
 * before sysret (system_call here wrote the whole top of the frame).
 *
 */
SYM_CODE_START(ret_from_fork)
	RET_FROM_FORK_START		/* ZF: from kernel_thread */
	jz	1f
	jmp	ret_from_sys_call	/* a user child: the sysret path */
1:
	subq	$REST_SKIP, %rsp	/* rsp -> pt_regs: fn runs below */
	movq	%rbp, %rdi
	call	*%rbx			/* fn(arg) */
	movl	$0, PT_RAX(%rsp)	/* execve's 0 for the new image */
	RESTORE_REST			/* start_thread()'s registers */
	jmp	int_ret_from_sys_call
SYM_CODE_END(ret_from_fork)

/*
 * stub_fork, stub_vfork, stub_clone (Linux 3.8's FORK_LIKE): the generic
 * sys_*() copy the whole of current_pt_regs() into the child, so save the
 * rest into it first.  The return address into system_call moves out of
 * the way and back; "ret $REST_SKIP" pops it and the rest together (C
 * preserved the registers themselves).
 */
	.macro	FORK_LIKE func
SYM_CODE_START(stub_\func)
	popq	%r11			/* return address into system_call */
	SAVE_REST			/* rsp -> pt_regs: all of it */
	pushq	%r11
	call	sys_\func
	ret	$REST_SKIP		/* drop the rest, back to system_call */
SYM_CODE_END(stub_\func)
	.endm

	FORK_LIKE fork
	FORK_LIKE vfork
	FORK_LIKE clone

/*
 * Linux 3.8 arch/x86/kernel/entry_64.S stub_execve.
 * stub_execve: execve replaces every register, and sysret cannot restore
 * them all, so this one never returns into system_call: it drops its
 * return address, saves the rest, and leaves through iret.
 *
 * Differs from Linux: no FIXUP_TOP_OF_STACK/RESTORE_TOP_OF_STACK around
 * the call (system_call here wrote the whole top of the frame already).
 *
 */
SYM_CODE_START(stub_execve)
	addq	$8, %rsp		/* rsp -> pt_regs + ARGOFFSET */
	SAVE_REST			/* rsp -> pt_regs */
	call	sys_execve		/* args still in rdi, rsi, rdx */
	movq	%rax, PT_RAX(%rsp)
	RESTORE_REST			/* the new image's (or ours) */
	jmp	int_ret_from_sys_call
SYM_CODE_END(stub_execve)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
