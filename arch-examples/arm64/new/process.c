// SPDX-License-Identifier: GPL-2.0
/*
 * arm64, new flow (Linux 3.8 arch/arm64/kernel/process.c): copy_thread() is
 * told about kernel threads by PF_KTHREAD and gets fn/arg in its two spare
 * arguments.  The child's pt_regs slot is at the same place either way.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/errno.h>

/*
 * Linux 3.8 arch/arm64/kernel/process.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it lands in
 * ret_from_fork with sp = its pt_regs.  A kernel thread gets zeroed
 * registers (EL1h, so the slot is never mistaken for a user frame) and
 * @usp = fn, @arg in cpu_context x19, x20, where ret_from_fork finds them.
 * A user child gets a copy of the parent's registers, x0 = 0 and, for
 * clone(), the new (16-byte aligned) stack.
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
	struct pt_regs *childregs = task_pt_regs(p);

	memset(&p->thread.cpu_context, 0, sizeof(p->thread.cpu_context));
	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		childregs->pstate = PSR_MODE_EL1h;
		p->thread.cpu_context.x19 = usp;	/* function */
		p->thread.cpu_context.x20 = arg;
	} else {
		*childregs = *current_pt_regs();
		childregs->regs[0] = 0;
		if (usp) {
			/* 16-byte aligned stack mandatory on AArch64 */
			if (usp & 15)
				return -EINVAL;
			childregs->sp = usp;
		}
	}
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	p->thread.cpu_context.sp = (unsigned long)childregs;
	return 0;
}
