/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh exception entry and exit, the system call, and the context switch
 * (Linux 3.8 arch/sh/kernel/cpu/sh3/entry.S, entry-common.S and
 * arch/sh/include/asm/switch_to_32.h, without interrupts, signals,
 * tracing or the FPU).
 *
 * An exception switches to register bank 1 with SR.BL set (another
 * exception now would reset the CPU), saves PC in SPC, SR in SSR, r15 in
 * SGR, its code in EXPEVT and jumps to VBR + 0x100 (or + 0x400 for a TLB
 * miss, + 0x600 for an interrupt).  Bank 1's r0-r7 are this code's own;
 * it pushes a struct pt_regs -- from user mode at the top of the task's
 * kernel stack (kernelsp, which resume() sets), from the kernel (the old
 * flow's kernel_execve() issues trapa) on the stack it was on:
 *
 *	stack top              +----------------------+ <- kernelsp
 *	                       |  tra, macl, mach,    |  PT_TRA ...
 *	                       |  gbr, sr, pr, pc     |  PT_PC
 *	                       |  r15 ... r8          |  PT_R15
 *	                       |  r7 ... r0 (bank 0)  |  PT_R0: the 5th arg,
 *	      r15, pt_regs ->  +----------------------+  r1 the 6th (@r15, @(4,r15))
 *	                       |  C call frames       |
 *
 * then goes back to bank 0 with BL clear, where r0-r7 are the interrupted
 * code's again: a syscall's number (r3) and arguments (r4-r7) are still
 * live, and the pt_regs' r0 and r1 sit where the C ABI wants a callee's
 * 5th and 6th arguments, as in Linux.  SR.MD of the saved SR tells where
 * an exception came from.
 *
 * Differs from Linux: every trapa is a system call (Linux sends SIGTRAP
 * for trapa #0x20 and above, its debug traps), and the exception code
 * goes to do_trap() directly (Linux dispatches through its
 * exception_handling_table).
 */
#include <linux/linkage.h>
#include <asm/cpu.h>
#include <generated/asm-offsets.h>

/*
 * The vectors VBR points at (head.S): a jump to handle_exception from
 * each.  Nothing but the wired user window is mapped, so a TLB miss is a
 * fault like any other; no interrupt is ever unmasked.
 */
	.section .text.vectors, "ax"
	.balign	4
SYM_CODE_START(vbr_base)
	.org	vbr_base + 0x100	/* general exceptions, trapa */
	mov.l	1f, r0
	jmp	@r0
	 nop
	.balign	4
1:	.long	handle_exception
	.org	vbr_base + 0x400	/* TLB miss */
	mov.l	1f, r0
	jmp	@r0
	 nop
	.balign	4
1:	.long	handle_exception
	.org	vbr_base + 0x600	/* interrupts */
	mov.l	1f, r0
	jmp	@r0
	 nop
	.balign	4
1:	.long	handle_exception
SYM_CODE_END(vbr_base)

	.text
SYM_CODE_START(handle_exception)
	mov	r15, r2			! bank 1: r2 = r15 at the exception
	stc	ssr, r0
	mov.l	.Lsr_md, r1
	tst	r1, r0
	bf	1f			! MD set: from the kernel, stay on this stack
	mov.l	.Lkernelsp, r1
	mov.l	@r1, r15		! from user mode: this task's stack top
1:	mov	#-1, r0
	mov.l	r0, @-r15		! tra: -1 (handle_sys sets it)
	sts.l	macl, @-r15
	sts.l	mach, @-r15
	stc.l	gbr, @-r15
	stc.l	ssr, @-r15		! sr
	sts.l	pr, @-r15
	stc.l	spc, @-r15		! pc
	mov.l	r2, @-r15		! r15
	mov.l	r14, @-r15
	mov.l	r13, @-r15
	mov.l	r12, @-r15
	mov.l	r11, @-r15
	mov.l	r10, @-r15
	mov.l	r9, @-r15
	mov.l	r8, @-r15
	stc	r7_bank, r0		! bank 0's r7 ... r0
	mov.l	r0, @-r15
	stc	r6_bank, r0
	mov.l	r0, @-r15
	stc	r5_bank, r0
	mov.l	r0, @-r15
	stc	r4_bank, r0
	mov.l	r0, @-r15
	stc	r3_bank, r0
	mov.l	r0, @-r15
	stc	r2_bank, r0
	mov.l	r0, @-r15
	stc	r1_bank, r0
	mov.l	r0, @-r15
	stc	r0_bank, r0
	mov.l	r0, @-r15		! r15 -> the pt_regs
	mov.l	.Lexpevt, r1
	mov.l	@r1, r8			! r8: the exception's code (in both banks)
	mov.l	.Lsr_kernel, r0
	ldc	r0, sr			! bank 0, BL off: r0-r7 the interrupted ones
	mov.w	.Ltrapa, r1
	cmp/eq	r1, r8
	bt	handle_sys
	mov.l	.Ldo_trap, r0		! do_trap(regs, expevt) kills current or
	mov.l	.Lsyscall_exit, r1	! panics; were it to return: back out
	lds	r1, pr
	mov	r15, r4
	jmp	@r0
	 mov	r8, r5
SYM_CODE_END(handle_exception)

/*
 * Linux 3.8 arch/sh/kernel/entry-common.S system_call / syscall_call:
 * r3 = number, r4-r7 = arguments 1-4, r0 and r1 (in the pt_regs at r15,
 * the stack arguments) 5 and 6; the result in r0, stored in regs[0].
 */
SYM_CODE_START_LOCAL(handle_sys)
	mov.l	.Ltra, r1
	mov.l	@r1, r2
	mov	#PT_TRA, r0
	mov.l	r2, @(r0, r15)		! tra: TRA (trapa's immediate << 2)
	mov.l	.Lnr_syscalls, r1
	cmp/hs	r1, r3			! out of range: sys_ni_syscall
	bt	1f
	mov.l	.Lsys_call_table, r0
	mov	r3, r1
	shll2	r1
	bra	2f
	 mov.l	@(r0, r1), r2		! (delay slot) sys_call_table[r3]
1:	mov.l	.Lsys_ni_syscall, r2
2:	jsr	@r2			! r0 = sys_*(r4, r5, r6, r7, @r15, @(4,r15))
	 nop
	mov.l	r0, @(PT_R0, r15)	! the result for user r0
SYM_CODE_END(handle_sys)
	/* fall through: no padding (NOALIGN) */

/*
 * Linux 3.8 arch/sh/kernel/entry-common.S syscall_exit / restore_all
 * (every exception's way out here, not only the syscall's): back to where
 * the pt_regs at r15 say -- user mode, or the kernel (sr with MD; the old
 * flow's kernel_thread() frame and kernel_execve()'s trapa).  Bank 1 and
 * BL again while bank 0 is reloaded; rte takes SPC and SSR.
 */
SYM_CODE_START_NOALIGN(syscall_exit)
	mov.l	.Lsr_block, r0
	ldc	r0, sr			! bank 1, BL: r0-r7 are this code's own
	.irp	n, 0,1,2,3,4,5,6,7
	mov.l	@r15+, r1
	ldc	r1, r\n\()_bank		! bank 0's r\n
	.endr
	.irp	n, 8,9,10,11,12,13,14
	mov.l	@r15+, r\n
	.endr
	mov.l	@r15+, r2		! r15 to return with
	ldc.l	@r15+, spc
	lds.l	@r15+, pr
	ldc.l	@r15+, ssr
	ldc.l	@r15+, gbr
	lds.l	@r15+, mach
	lds.l	@r15+, macl		! (tra is left)
	mov	r2, r15			! the user's (or kernel's) r15, last
	rte				! to SPC with SR = SSR
	 nop
SYM_CODE_END(syscall_exit)

/*
 * Linux 3.8 arch/sh/include/asm/switch_to_32.h switch_to(), as a function:
 * r4 = prev, r5 = next.  Push prev's r8-r14 and pr, save its r15 and its
 * resume address (1: below) in prev->thread, load next's r15; kernelsp =
 * next's stack top, where its next exception from user mode puts its
 * pt_regs.  The jump goes to next's thread.pc with r0 = prev ("last"):
 * for a task that ran before, 1: pops its registers and returns from its
 * resume(); for a newborn, where copy_thread() pointed it.
 */
SYM_FUNC_START(resume)
	sts.l	pr, @-r15
	.irp	n, 8,9,10,11,12,13,14
	mov.l	r\n, @-r15
	.endr
	mov.l	.Lthread_sp, r0
	mov.l	r15, @(r0, r4)		! prev->thread.sp
	mov.l	@(r0, r5), r15		! now on next's stack
	mova	1f, r0
	mov	r0, r1
	mov.l	.Lthread_pc, r0
	mov.l	r1, @(r0, r4)		! prev->thread.pc = 1f
	mov.l	@(r0, r5), r1		! r1: where next goes on
	mov.l	.Ltask_stack, r0
	mov.l	@(r0, r5), r2
	mov.l	.Lstack_size, r0
	add	r0, r2
	mov.l	.Lkernelsp, r0
	mov.l	r2, @r0			! kernelsp = next's stack top
	jmp	@r1			! into next
	 mov	r4, r0			! (delay slot) last = prev
	.balign	4
1:	.irp	n, 14,13,12,11,10,9,8
	mov.l	@r15+, r\n
	.endr
	lds.l	@r15+, pr
	rts
	 nop
SYM_FUNC_END(resume)

	.balign	4
.Lsr_md:	.long	SR_MD
.Lsr_kernel:	.long	SR_MD | SR_FD | SR_IMASK
.Lsr_block:	.long	SR_MD | SR_RB | SR_BL | SR_FD | SR_IMASK
.Lkernelsp:	.long	kernelsp
.Lexpevt:	.long	MMU_EXPEVT
.Ltra:		.long	MMU_TRA
.Ldo_trap:	.long	do_trap
.Lsyscall_exit:	.long	syscall_exit
.Lnr_syscalls:	.long	NR_SYSCALLS
.Lsys_call_table: .long	sys_call_table
.Lsys_ni_syscall: .long	sys_ni_syscall
.Lthread_sp:	.long	THREAD_SP
.Lthread_pc:	.long	THREAD_PC
.Ltask_stack:	.long	TASK_STACK
.Lstack_size:	.long	STACK_SIZE
.Ltrapa:	.word	EXPEVT_TRAPA

	.bss
	.balign	4
SYM_DATA(kernelsp, .space 4)
