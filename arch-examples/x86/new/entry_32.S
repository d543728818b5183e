/* SPDX-License-Identifier: GPL-2.0 */
/*
 * i386, new flow (Linux 3.8 arch/x86/kernel/entry_32.S): where a new kernel
 * thread starts.  switch_to() jumped here with sp = the child's pt_regs and
 * eax = the task that ran before.  A forked child still starts at
 * ret_from_fork, unchanged since 3.6 (common/entry_32.S).
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/x86/kernel/entry_32.S ret_from_kernel_thread.
 * A kernel thread: copy_thread() left fn in bx and arg in bp of the zeroed
 * pt_regs.  Call fn(arg) on the stack below them.  A kernel thread that
 * returns has exec'd: start_thread() filled pt_regs with the new image,
 * and the syscall exit path takes it to user mode with eax = 0.
 *
 * Differs from Linux: the kernel eflags are 0x0002, where Linux pushes
 * 0x0202 (IF on; this kernel never takes interrupts); arg is pushed for
 * fn, where Linux's regparm passes it in eax; and no GET_THREAD_INFO into
 * ebp, which only Linux's syscall_exit uses.
 *
 */
SYM_CODE_START(ret_from_kernel_thread)
	pushl	%eax
	call	schedule_tail		/* schedule_tail(prev) */
	popl	%eax
	pushl	$0x0002			/* reset kernel eflags */
	popfl
	pushl	PT_EBP(%esp)		/* arg (Linux: in eax, regparm) */
	call	*PT_EBX+4(%esp)		/* fn(arg) */
	addl	$4, %esp		/* sp -> pt_regs */
	movl	$0, PT_EAX(%esp)	/* execve's 0 for the new image */
	jmp	syscall_exit
SYM_CODE_END(ret_from_kernel_thread)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
