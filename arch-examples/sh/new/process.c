// SPDX-License-Identifier: GPL-2.0
/*
 * sh, new flow (Linux 3.8 arch/sh/kernel/process_32.c): copy_thread() is
 * told about kernel threads by PF_KTHREAD, gets fn/arg in its two spare
 * arguments and copies current_pt_regs(); fork, vfork and clone are the
 * generic ones.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void ret_from_kernel_thread(void);

/*
 * Linux 3.8 arch/sh/kernel/process_32.c copy_thread().
 * Lay out @p's stack so that the first resume() into it jumps, with r15 =
 * its pt_regs, to ret_from_fork (a user child: a copy of the parent's
 * registers, r0 = 0, and r15 = @usp if one is given) or
 * ret_from_kernel_thread (zeroed registers, sr = MD so that the frame
 * reads as kernel mode, fn (@usp) in regs[5] and @arg in regs[4]).
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	 task_pt_regs(p)        |  pt_regs: the parent's  |  user child
 *	                        |  or zero, sr = MD       |  kernel thread
 *	 p->thread.sp ------->  +-------------------------+
 *	                        |  thread_info            |
 *	p->stack                +-------------------------+
 *
 *	p->thread.pc = ret_from_fork | ret_from_kernel_thread
 *
 * Differs from Linux: there is no FPU or DSP state, no ptrace
 * breakpoints, no addr_limit and no TLS (CLONE_SETTLS's gbr); sr keeps
 * FD and the interrupt mask (no FPU, no interrupts).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs = task_pt_regs(p);

	p->thread.sp = (unsigned long)childregs;
	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(struct pt_regs));
		p->thread.pc = (unsigned long)ret_from_kernel_thread;
		childregs->regs[4] = arg;
		childregs->regs[5] = usp;
		childregs->sr = SR_MD | SR_FD | SR_IMASK;
		return 0;
	}
	*childregs = *current_pt_regs();

	if (usp)
		childregs->regs[15] = usp;
	childregs->regs[0] = 0;		/* Set return value for child */
	p->thread.pc = (unsigned long)ret_from_fork;
	return 0;
}
