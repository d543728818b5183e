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
 * Lay out @p's stack so that the first switch_to() into it returns, with
 * sp = its pt_regs, into ret_from_fork (a user child: a copy of the
 * parent's registers, a0 = 0 and, for clone(), the new stack @usp) or
 * ret_from_kernel_thread (zeroed registers, M-mode so the slot is never
 * mistaken for a user frame; @usp = fn and @arg in thread.s[0], s[1]).
 * Linux also copies its kernel gp into a kthread's regs and turns
 * interrupts on (SR_PIE); this kernel uses no gp and no interrupts.
 *
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
