// SPDX-License-Identifier: GPL-2.0
/*
 * riscv, new flow (Linux 4.15 arch/riscv/kernel/process.c): copy_thread()
 * is told about kernel threads by PF_KTHREAD and gets fn/arg in its two
 * spare arguments.  Modern Linux passes them in struct kernel_clone_args
 * (5.19+: args->fn, args->fn_arg); the logic is the same.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void ret_from_kernel_thread(void);

/*
 * Linux 4.15 arch/riscv/kernel/process.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it returns, with
 * sp = its pt_regs, into ret_from_fork (a user child: a copy of the
 * parent's registers, a0 = 0 and, for clone(), the new stack @usp) or
 * ret_from_kernel_thread (zeroed registers, M-mode so the slot is never
 * mistaken for a user frame; @usp = fn and @arg in thread.s[0], s[1]).

 *	p->stack + THREAD_SIZE  +-------------------------+
 *	                        |  pt_regs: the parent's, |  user child
 *	                        |  a0 = 0 (sp = @usp)     |
 *	                        |  or: zero, status = M   |  kernel thread
 *	 p->thread.sp ------->  +-------------------------+
 *	                        |  free: riscv keeps the  |
 *	                        |  switch frame in        |
 *	                        |  p->thread, not here    |
 *	                        |  canary                 |
 *	p->stack                |  thread_info            |
 *	                        +-------------------------+
 *
 *	p->thread.ra = ret_from_fork | ret_from_kernel_thread
 *	p->thread.s[0], s[1] = fn, arg (kernel thread)
 *
 * Differs from Linux: a kernel thread's status is SR_MPP alone, where
 * Linux 4.15 sets sstatus = SR_SPP | SR_SPIE (supervisor mode, interrupts
 * on after sret; from 5.5 status = SR_PP | SR_PIE, which an M-mode build
 * makes SR_MPP | SR_MPIE): this kernel runs in M-mode and never takes
 * interrupts.  Nor does it copy its gp into the kthread's regs, as Linux
 * does: this kernel never sets up a global pointer (no __global_pointer$).
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs = task_pt_regs(p);

	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		childregs->status = SR_MPP;		/* M-mode */
		p->thread.ra = (unsigned long)ret_from_kernel_thread;
		p->thread.s[0] = usp;			/* fn */
		p->thread.s[1] = arg;
	} else {
		*childregs = *current_pt_regs();
		if (usp)
			childregs->sp = usp;		/* clone() with a stack */
		childregs->a0 = 0;			/* fork() returns 0 */
		p->thread.ra = (unsigned long)ret_from_fork;
	}
	p->thread.sp = (unsigned long)childregs;	/* kernel sp */
	return 0;
}
