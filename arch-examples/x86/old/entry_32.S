/* SPDX-License-Identifier: GPL-2.0 */
/*
 * i386, old flow (Linux 3.6 arch/x86/kernel/entry_32.S): the kernel thread
 * trampoline, and the stubs that hand pt_regs to the fork and exec system
 * calls.  Every newborn, kernel threads too, starts at ret_from_fork
 * (common/entry_32.S): a kernel thread "returns" from it in kernel mode to
 * kernel_thread_helper, because that is what kernel_thread() faked.  (iret
 * to the same privilege level pops no ss:sp: the thread's stack then starts
 * at the sp slot of pt_regs.)
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/x86/kernel/entry_32.S kernel_thread_helper.  A kernel
 * thread starts here with si = fn, di = arg (and a fake return address
 * for unwinders), and do_exit()s with what fn returns.
 *
 * Differs from Linux: arg and do_exit()'s code go on the stack, where
 * Linux moves arg to eax and leaves fn's result in eax: Linux builds i386
 * with -mregparm=3, this kernel with the plain stack convention.
 *
 */
SYM_CODE_START(kernel_thread_helper)
	pushl	$0			/* fake return address */
	pushl	%edi			/* arg (Linux: in eax, regparm) */
	call	*%esi			/* fn(arg) */
	pushl	%eax
	call	do_exit			/* do_exit(fn's result) */
	ud2
SYM_CODE_END(kernel_thread_helper)

/*
 * The system calls that need pt_regs.  system_call called us with six
 * argument copies above the return address, and pt_regs above those.
 */
#define REGS	(4 + SYSCALL_ARGS_SIZE)	/* pt_regs, from sp at entry */

	/* sys_fork(regs), sys_vfork(regs) */
	.macro	PTREGSCALL0 name
SYM_FUNC_START(ptregs_\name)
	leal	REGS(%esp), %eax
	pushl	%eax
	call	sys_\name
	addl	$4, %esp
	ret
SYM_FUNC_END(ptregs_\name)
	.endm

	PTREGSCALL0 fork
	PTREGSCALL0 vfork

/*
 * Linux 3.6 arch/x86/kernel/entry_32.S PTREGSCALL3(execve), which makes
 * ptregs_execve: sys_execve(filename, argv, envp, regs) from the saved
 * ebx, ecx, edx.
 *
 * Differs from Linux: all four arguments are pushed, where Linux's regparm
 * passes the first three in eax, edx, ecx and pushes only regs.
 *
 */
SYM_FUNC_START(ptregs_execve)
	leal	REGS(%esp), %eax
	pushl	%eax
	pushl	PT_EDX(%eax)
	pushl	PT_ECX(%eax)
	pushl	PT_EBX(%eax)
	call	sys_execve
	addl	$16, %esp
	ret
SYM_FUNC_END(ptregs_execve)

/*
 * Linux 3.6 arch/x86/kernel/entry_32.S ptregs_clone.  Clone is an oddball:
 * sys_clone(flags, newsp, ptid, ctid = edi, regs).
 *
 * Differs from Linux: all five arguments are pushed, where Linux's regparm
 * passes flags, newsp, ptid in eax, edx, ecx and pushes ctid and regs.
 *
 */
SYM_FUNC_START(ptregs_clone)
	leal	REGS(%esp), %eax
	pushl	%eax
	pushl	PT_EDI(%eax)
	pushl	PT_EDX(%eax)
	pushl	PT_ECX(%eax)
	pushl	PT_EBX(%eax)
	call	sys_clone
	addl	$20, %esp
	ret
SYM_FUNC_END(ptregs_clone)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
