/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh, old flow (Linux 3.6 arch/sh/kernel/entry-common.S): where every
 * newborn starts.  resume() jumped to the child's thread.pc with r15 =
 * thread.sp = its pt_regs and r0 = prev:
 *
 *	stack top       +---------------------------+
 *	                |  childregs = *regs        |  r0 = 0; user: r15 = usp;
 *	                |                           |  kernel_thread(): r15 =
 *	   r15, sp   -> +---------------------------+  &childregs, pc =
 *	                |  (free)                   |  kernel_thread_helper,
 *	 thread_info -> +---------------------------+  r4/r5 = arg/fn, sr = MD
 */
#include <linux/linkage.h>

	.text

/*
 * Linux 3.6 arch/sh/kernel/entry-common.S ret_from_fork:
 * schedule_tail(prev), then syscall_exit, whose rte goes wherever the
 * copied pt_regs say: user mode with r0 = 0, or, for a kernel thread,
 * kernel mode at the pc kernel_thread() faked (sr with MD).
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
