/* SPDX-License-Identifier: GPL-2.0 */
/*
 * i386 system call and exception entry, and the way back to user mode,
 * shared by the old and the new flow (Linux 3.x arch/x86/kernel/entry_32.S).
 *
 * A trap from user mode switches to TSS.sp0, 8 bytes under the stack top,
 * where the CPU pushes ss, sp, flags, cs, ip; the entry code pushes the
 * rest (SAVE_ALL), so struct pt_regs lies at its normal place,
 * task_pt_regs():
 *
 *	stack + THREAD_SIZE  +----------------------+
 *	                     |  8 bytes padding     |
 *	TSS.sp0 = sp0 ->     +----------------------+
 *	                     |  ss, sp              |  PT_OLDSS, PT_OLDESP
 *	                     |  flags, cs, ip       |  pushed by the CPU
 *	                     |  orig_ax             |  syscall nr / error code
 *	                     |  gs fs es ds         |
 *	                     |  ax bp di si dx cx bx|  PT_EAX .. PT_EBX
 *	task_pt_regs() ->    +----------------------+
 *	                     |  copies of bx .. bp  |  a system call's args
 *	                     +----------------------+  <- sp in sys_*()
 *
 * A trap from kernel mode (the old flow's int $0x80 in kernel_execve, or a
 * kernel bug) stays on the current stack and pushes no ss, sp.  The kernel
 * never enables interrupts: these traps are the only ways in.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/thread_info.h>
#include <asm/errno.h>
#include <asm/irq_vectors.h>
#include <generated/asm-offsets.h>

	.text

	/* skip_gs: an exception stub has parked its vector in the gs slot. */
	.macro	SAVE_ALL skip_gs=0
	cld
	.if !\skip_gs
	pushl	%gs
	.endif
	pushl	%fs
	pushl	%es
	pushl	%ds
	pushl	%eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%ebx			/* sp -> pt_regs */
	movl	$__USER_DS, %edx	/* as Linux: flat user data in the */
	movl	%edx, %ds		/* kernel too (no per-cpu fs, no */
	movl	%edx, %es		/* stack-protector gs here) */
	.endm

	.macro	RESTORE_REGS
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%edi
	popl	%ebp
	popl	%eax
	popl	%ds
	popl	%es
	popl	%fs
	popl	%gs			/* sp -> orig_ax */
	.endm

/*
 * int $0x80: number in eax, arguments in ebx, ecx, edx, esi, edi, ebp,
 * result in eax.  Linux calls sys_*() with pt_regs itself as the argument
 * area (asmlinkage, and asmlinkage_protect() against the compiler reusing
 * it); this kernel's C is not built that way, so sys_*() get a copy.
 */
SYM_CODE_START(system_call)
	pushl	%eax			/* orig_ax: the syscall number */
	SAVE_ALL
	cmpl	$NR_SYSCALLS, %eax
	jae	syscall_badsys
	.rept	6			/* copy bp, di, si, dx, cx, bx: each */
	pushl	PT_EBP(%esp)		/* push moves sp down to the next */
	.endr
	call	*sys_call_table(, %eax, 4)
	addl	$SYSCALL_ARGS_SIZE, %esp	/* sp -> pt_regs */
	movl	%eax, PT_EAX(%esp)	/* the result, for user eax */
SYM_CODE_END(system_call)
	/* fall through: no padding (NOALIGN) */

/*
 * Back to whatever pt_regs at sp say: user mode after a system call or a
 * fork; kernel mode for the old flow's kernel threads and kernel_execve.
 * iret pops ss, sp too only when going to another privilege level.
 */
SYM_CODE_START_NOALIGN(syscall_exit)
	RESTORE_REGS
	addl	$4, %esp		/* sp -> ip */
	iret
SYM_CODE_END(syscall_exit)

/*
 * A forked child starts here (in the old flow every newborn does):
 * switch_to() loaded sp = its pt_regs and eax = the task that ran before.
 * It returns to user mode with its copy of the parent's registers, eax = 0.
 * Linux's i386 ret_from_fork did not change in the conversion.
 */
SYM_CODE_START(ret_from_fork)
	pushl	%eax
	call	schedule_tail		/* schedule_tail(prev) */
	popl	%eax
	pushl	$0x0002			/* reset kernel eflags */
	popfl				/* (Linux: 0x0202, interrupts on) */
	jmp	syscall_exit		/* sp -> pt_regs */
SYM_CODE_END(ret_from_fork)

SYM_CODE_START_LOCAL(syscall_badsys)
	movl	$-ENOSYS, PT_EAX(%esp)
	jmp	syscall_exit
SYM_CODE_END(syscall_badsys)

/*
 * The exception vectors.  Each stub makes the frame uniform -- an error
 * code (0 where the CPU pushes none) in orig_ax -- and parks its vector
 * number in the gs slot, as Linux parks its handler there; error_code
 * builds the rest of pt_regs and swaps the real gs in.
 */
	.macro	TRAP_ENTRY nr
SYM_CODE_START_LOCAL(trap_\nr)
	.if !HAS_ERROR_CODE(\nr)
	pushl	$0			/* no error code from the CPU */
	.endif
	pushl	$\nr			/* in the gs slot, for now */
	jmp	error_code
SYM_CODE_END(trap_\nr)
	.endm

	.irp	nr, EXCEPTION_VECTORS
	TRAP_ENTRY \nr
	.endr

SYM_CODE_START_LOCAL(error_code)
	SAVE_ALL skip_gs=1		/* sp -> pt_regs */
	movl	PT_GS(%esp), %edx	/* the vector */
	movl	%gs, %ecx
	movl	%ecx, PT_GS(%esp)	/* the real gs */
	movl	%esp, %eax
	pushl	%edx
	pushl	%eax
	call	do_trap			/* do_trap(regs, vector): no return */
	ud2
SYM_CODE_END(error_code)

	.section .rodata
	.align	4
SYM_DATA_START(trap_entries)
	.irp	nr, EXCEPTION_VECTORS
	.long	trap_\nr
	.endr
SYM_DATA_END(trap_entries)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
