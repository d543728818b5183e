/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh, new flow (Linux 3.8 arch/sh/kernel/entry-common.S): where every
 * newborn starts.  resume() jumped to the child's thread.pc with r15 =
 * thread.sp = its pt_regs and r0 = prev:
 *
 *	stack top       +---------------------------+
 *	                |  childregs (pt_regs)      |  user child: the parent's,
 *	                |                           |  r0 = 0, r15 = usp
 *	   r15, sp   -> +---------------------------+  kthread: zeroed, sr = MD,
 *	                |  (free)                   |  regs[5] = fn, regs[4] = arg
 *	 thread_info -> +---------------------------+
 *
 *	thread.pc = ret_from_fork | ret_from_kernel_thread
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/sh/kernel/entry-common.S ret_from_fork:
 * schedule_tail(prev), then syscall_exit: out to user mode with the copy
 * of the parent's registers and r0 = 0.
 */
SYM_CODE_START(ret_from_fork)
	mov.l	1f, r8
	jsr	@r8			! schedule_tail(prev)
	 mov	r0, r4			! (delay slot) r0: prev, from resume()
	mov.l	2f, r0
	jmp	@r0			! syscall_exit (out of bra's reach)
	 nop
	.balign	4
1:	.long	schedule_tail
2:	.long	syscall_exit
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.8 arch/sh/kernel/entry-common.S ret_from_kernel_thread:
 * schedule_tail(prev), then fn(arg) from the pt_regs' r5 and r4
 * (copy_thread()).  fn returns only after a successful kernel_execve(),
 * which filled the pt_regs at r15 with the new image: on through
 * syscall_exit to user mode.
 */
SYM_CODE_START(ret_from_kernel_thread)
	mov.l	1f, r8
	jsr	@r8			! schedule_tail(prev)
	 mov	r0, r4
	mov.l	@(PT_R5, r15), r5	! fn
	jsr	@r5
	 mov.l	@(PT_R4, r15), r4	! (delay slot) arg
	mov.l	2f, r0
	jmp	@r0			! syscall_exit
	 nop
	.balign	4
1:	.long	schedule_tail
2:	.long	syscall_exit
SYM_CODE_END(ret_from_kernel_thread)
