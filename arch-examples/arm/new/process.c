// SPDX-License-Identifier: GPL-2.0
/*
 * arm, new flow (Linux 3.8 arch/arm/kernel/process.c): copy_thread() is
 * told about kernel threads by PF_KTHREAD and gets fn/arg in its two spare
 * arguments.  The child's pt_regs slot is at the same place either way.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

/*
 * Linux 3.8 arch/arm/kernel/process.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it lands in
 * ret_from_fork with sp = its pt_regs.  A kernel thread gets zeroed
 * registers (SVC mode, so the slot is never mistaken for a user frame) and
 * @usp = fn, @arg in cpu_context r5, r4, where ret_from_fork finds them.  A
 * user child gets a copy of the parent's registers, r0 = 0 and, for
 * clone(), the new stack.
 *
 * Linux names the spare arguments stack_start, stk_sz; every port here
 * uses one pair of names (docs/born.rst).
 *
 * Differs from Linux: Linux tests likely(!(p->flags & PF_KTHREAD)) and
 * handles the user child first; this one tests the kernel thread first,
 * the order every port of this guide uses, with the same two branches.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct thread_info *thread = task_thread_info(p);
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&thread->cpu_context, 0, sizeof(thread->cpu_context));
	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		thread->cpu_context.r4 = arg;
		thread->cpu_context.r5 = usp;		/* function */
		childregs->ARM_cpsr = SVC_MODE;
	} else {
		*childregs = *current_pt_regs();
		childregs->ARM_r0 = 0;
		if (usp)
			childregs->ARM_sp = usp;
	}
	thread->cpu_context.pc = (unsigned long)ret_from_fork;
	thread->cpu_context.sp = (unsigned long)childregs;
	return 0;
}
