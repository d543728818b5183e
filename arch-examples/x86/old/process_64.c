// SPDX-License-Identifier: GPL-2.0
/*
 * x86_64, old flow (Linux 3.6 arch/x86/kernel/process_64.c): copy_thread()
 * copies whatever pt_regs it is given; ret_from_fork tells a kernel thread
 * by the saved cs only on its way out.
 */
#include <linux/sched.h>

/*
 * Linux 3.6 arch/x86/kernel/process_64.c copy_thread().
 * Copy @regs (the parent's, completed by a stub, or kernel_thread()'s
 * fake) into @p's pt_regs slot with ax = 0.  A user child gets sp = @usp;
 * a kernel thread starts its stack right below the slot.  TIF_FORK makes
 * the first switch_to() into @p jump to ret_from_fork.
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs =
		(struct pt_regs *)((unsigned long)p->stack + THREAD_SIZE) - 1;

	*childregs = *regs;
	childregs->ax = 0;
	if (user_mode(regs))
		childregs->sp = usp;
	else
		childregs->sp = (unsigned long)childregs;

	p->thread.sp = (unsigned long)childregs;
	p->thread.sp0 = (unsigned long)(childregs + 1);
	task_thread_info(p)->flags |= _TIF_FORK;
	return 0;
}
