/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 system call and exception entry, and the two ways back to user
 * mode, shared by the old and the new flow (Linux 3.x entry_64.S).
 *
 * syscall does not switch stacks: system_call parks the user rsp, takes
 * kernel_stack (= current->thread.sp0, the stack top) and pushes what
 * syscall left in rcx (ip) and r11 (flags) as a CPU trap frame would be
 * laid out, then the caller-saved registers (SAVE_ARGS).  The callee-
 * saved "rest" is not saved: C preserves it.  So during a system call
 * pt_regs is only partly written, rsp pointing into it at ARGOFFSET:
 *
 *	thread.sp0 = stack top  +----------------------+
 *	                        |  ss, sp (user)       |  PT_SS, PT_RSP
 *	                        |  flags, cs, ip       |  r11, -, rcx
 *	                        |  orig_ax             |  the syscall number
 *	                        |  di si dx cx ax      |
 *	                        |  r8 r9 r10 r11       |  SAVE_ARGS
 *	rsp in sys_*() + 8 ->   +----------------------+  ARGOFFSET
 *	                        |  bx bp r12-r15       |  the rest: written
 *	task_pt_regs() ->       +----------------------+  only by SAVE_REST
 *
 * Only the stubs of fork, vfork, clone and execve (old/ and new/
 * entry_64.S) SAVE_REST, so that copy_thread() and start_thread() see
 * and set a whole pt_regs.  Exceptions push everything at once.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/thread_info.h>
#include <asm/errno.h>
#include <asm/irq_vectors.h>
#include <asm/calling.h>
#include <generated/asm-offsets.h>

	.text

/*
 * syscall: number in rax, arguments in rdi, rsi, rdx, r10, r8, r9 (r10
 * for rcx, which syscall takes for the return address), result in rax.
 */
SYM_CODE_START(system_call)
	movq	%rsp, old_rsp(%rip)	/* the user's stack */
	movq	kernel_stack(%rip), %rsp	/* this task's stack top */
	pushq	$__USER_DS		/* ss */
	pushq	old_rsp(%rip)		/* sp */
	pushq	%r11			/* flags: syscall saved them in r11 */
	pushq	$__USER_CS		/* cs */
	pushq	%rcx			/* ip: syscall saved it in rcx */
	pushq	%rax			/* orig_ax */
	SAVE_ARGS			/* rsp -> pt_regs + ARGOFFSET */
	cmpq	$NR_SYSCALLS, %rax
	jae	badsys
	movq	%r10, %rcx		/* the C ABI's fourth argument */
	call	*sys_call_table(, %rax, 8)
	movq	%rax, PT_RAX-ARGOFFSET(%rsp)	/* the result */
SYM_CODE_END(system_call)
	/* fall through: no padding (NOALIGN) */

/*
 * The fast way out: sysret loads ip from rcx and flags from r11, user cs
 * and ss from STAR.  The rest was never touched, and C preserved it.
 */
SYM_CODE_START_NOALIGN(ret_from_sys_call)
	movq	PT_RIP-ARGOFFSET(%rsp), %rcx
	movq	PT_EFLAGS-ARGOFFSET(%rsp), %r11
	RESTORE_ARGS_BUT_RCX_R11
	movq	PT_RSP-ARGOFFSET(%rsp), %rsp	/* the user's stack */
	sysretq
SYM_CODE_END(ret_from_sys_call)

SYM_CODE_START_LOCAL(badsys)
	movq	$-ENOSYS, PT_RAX-ARGOFFSET(%rsp)
	jmp	ret_from_sys_call
SYM_CODE_END(badsys)

/*
 * The full way out, iret, for frames sysret cannot return to: a new image
 * after execve (old kernel_execve and stub_execve; in the new flow also a
 * kernel thread whose fn returned).  Linux 3.6/3.8's int_ret_from_sys_call
 * disables interrupts, then handles the work flags and swapgs; this
 * kernel has neither, so after the cli it is retint_restore_args, the
 * tail every iret path shares in Linux.  The return to kernel mode takes
 * that directly, as the old flow's newborn kernel thread does to reach
 * kernel_thread_helper (testl $3, CS; jz).  rsp is at ARGOFFSET; the
 * caller has put the rest into the registers already.
 */
SYM_CODE_START(int_ret_from_sys_call)
	cli				/* Linux's DISABLE_INTERRUPTS; off already */
SYM_INNER_LABEL(retint_restore_args, SYM_L_GLOBAL)
	movq	PT_R11-ARGOFFSET(%rsp), %r11
	movq	PT_RCX-ARGOFFSET(%rsp), %rcx
	RESTORE_ARGS_BUT_RCX_R11
	addq	$PT_RIP-ARGOFFSET, %rsp	/* rsp -> ip, cs, flags, sp, ss */
	iretq
SYM_CODE_END(int_ret_from_sys_call)

/*
 * The exception vectors.  Each stub makes the frame uniform -- an error
 * code (-1 where the CPU pushes none) in orig_ax -- and parks its vector
 * number in the di slot; error_entry pushes the rest of pt_regs and swaps
 * the real rdi in.
 */
	.macro	TRAP_ENTRY nr
SYM_CODE_START_LOCAL(trap_\nr)
	.if !HAS_ERROR_CODE(\nr)
	pushq	$-1			/* no error code from the CPU */
	.endif
	pushq	$\nr			/* in the di slot, for now */
	jmp	error_entry
SYM_CODE_END(trap_\nr)
	.endm

	.irp	nr, EXCEPTION_VECTORS
	TRAP_ENTRY \nr
	.endr

SYM_CODE_START_LOCAL(error_entry)
	SAVE_ARGS skip_rdi=1
	SAVE_REST			/* rsp -> pt_regs */
	cld
	movq	PT_RDI(%rsp), %rsi	/* the vector */
	movq	%rdi, PT_RDI(%rsp)	/* the real rdi */
	movq	%rsp, %rdi
	call	do_trap			/* do_trap(regs, vector): no return */
	ud2
SYM_CODE_END(error_entry)

	.section .rodata
	.align	8
SYM_DATA_START(trap_entries)
	.irp	nr, EXCEPTION_VECTORS
	.quad	trap_\nr
	.endr
SYM_DATA_END(trap_entries)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
