/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64, old flow (Linux 3.6 arch/x86/kernel/entry_64.S): where newborns
 * start, the kernel thread trampoline, the stubs that complete and pass
 * pt_regs to fork, clone and execve, and kernel_execve().
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/thread_info.h>
#include <asm/calling.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/x86/kernel/entry_64.S ret_from_fork.  Every newborn:
 * switch_to() saw TIF_FORK and jumped here with rsp = the child's pt_regs
 * and rdi = the task that ran before.  A user child leaves by sysret; a
 * kernel thread by retint_restore_args, Linux's return-to-kernel iret, to
 * the kernel mode and kernel_thread_helper that kernel_thread() faked in
 * its pt_regs.
 *
 * Differs from Linux: no test of _TIF_IA32 (a compat task, which Linux
 * sends through int_ret_from_sys_call) -- this kernel runs no 32-bit
 * tasks -- and RET_FROM_FORK_START folds Linux's popfq of kernel_eflags
 * and btr of TIF_FORK, schedule_tail and RESTORE_REST into one macro.
 *
 */
SYM_CODE_START(ret_from_fork)
	RET_FROM_FORK_START		/* ZF: from kernel_thread */
	jz	retint_restore_args	/* yes: "return" to the helper */
	jmp	ret_from_sys_call	/* a user child: the sysret path */
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/x86/kernel/entry_64.S kernel_thread_helper.  A kernel
 * thread starts here: fn in rsi, arg already in rdi.
 */
SYM_CODE_START(kernel_thread_helper)
	pushq	$0			/* fake return address */
	call	*%rsi			/* fn(arg) */
	movl	%eax, %edi
	call	do_exit			/* do_exit(fn's result) */
	ud2
SYM_CODE_END(kernel_thread_helper)

/*
 * stub_fork, stub_vfork, stub_clone (Linux 3.6's PTREGSCALL): save the
 * rest, so that pt_regs is whole, and pass its address as the extra
 * argument.  The return address into system_call moves out of the way
 * and back; "ret $REST_SKIP" pops it and the rest together.
 */
	.macro	PTREGSCALL name, arg
SYM_CODE_START(stub_\name)
	popq	%r11			/* return address into system_call */
	SAVE_REST			/* rsp -> pt_regs: all of it */
	movq	%rsp, \arg		/* regs */
	pushq	%r11
	call	sys_\name
	ret	$REST_SKIP		/* drop the rest, back to system_call */
SYM_CODE_END(stub_\name)
	.endm

	PTREGSCALL fork, %rdi		/* sys_fork(regs) */
	PTREGSCALL vfork, %rdi		/* sys_vfork(regs) */
	PTREGSCALL clone, %r8		/* sys_clone(flags, sp, ptid, ctid, regs) */

/*
 * Linux 3.6 arch/x86/kernel/entry_64.S stub_execve: as in the new flow,
 * but sys_execve() takes regs too.
 *
 * Differs from Linux: no FIXUP_TOP_OF_STACK/RESTORE_TOP_OF_STACK around
 * the call: system_call here already writes the user sp, ss, cs and flags
 * into pt_regs (Linux leaves them for the fixup to fill in).
 *
 */
SYM_CODE_START(stub_execve)
	addq	$8, %rsp		/* never back to system_call */
	SAVE_REST			/* rsp -> pt_regs */
	movq	%rsp, %rcx		/* sys_execve(name, argv, envp, regs) */
	call	sys_execve
	movq	%rax, PT_RAX(%rsp)
	RESTORE_REST
	jmp	int_ret_from_sys_call
SYM_CODE_END(stub_execve)

/*
 * Linux 3.6 arch/x86/kernel/entry_64.S kernel_execve.
 * int kernel_execve(filename, argv, envp), from a kernel thread.  Fake the
 * frame a trap from kernel mode would have pushed (FAKE_STACK_FRAME), save
 * every register into a pt_regs below it (SAVE_ALL), and exec on those.
 * On success start_thread() has made them a user frame: leave through
 * iret, as from a system call, on this stack -- the next trap from user
 * mode starts afresh at thread.sp0.  On failure unwind and return -errno.
 *
 *	rsp at entry + 8 ->  ss = __KERNEL_DS, sp = 0, flags, cs, ip = 0
 *	                     orig_ax = 0
 *	                     di si dx cx ax r8-r11, bx bp r12-r15
 *	rsp = regs ->
 *
 * Differs from Linux: the fake frame's flags are 0x0002, where Linux's
 * FAKE_STACK_FRAME pushes X86_EFLAGS_IF (this kernel never takes
 * interrupts).
 *
 */
SYM_FUNC_START(kernel_execve)
	xorl	%eax, %eax
	pushq	$__KERNEL_DS		/* ss */
	pushq	%rax			/* sp */
	pushq	$0x0002			/* flags (Linux: X86_EFLAGS_IF) */
	pushq	$__KERNEL_CS		/* cs */
	pushq	%rax			/* ip */
	pushq	%rax			/* orig_ax */
	SAVE_ARGS
	SAVE_REST			/* rsp -> pt_regs */
	movq	%rsp, %rcx		/* sys_execve(name, argv, envp, regs) */
	call	sys_execve
	movq	%rax, PT_RAX(%rsp)
	RESTORE_REST			/* rsp -> pt_regs + ARGOFFSET */
	testq	%rax, %rax
	je	int_ret_from_sys_call	/* exec'd: into the new image */
	addq	$PT_SS + 8 - ARGOFFSET, %rsp	/* drop the fake frame */
	ret
SYM_FUNC_END(kernel_execve)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
