// SPDX-License-Identifier: GPL-2.0
/*
 * i386, old flow (Linux 3.6 arch/x86/kernel/process_32.c): copy_thread()
 * cannot tell a kernel thread from a forked process -- it copies whatever
 * pt_regs it is given, and both leave through ret_from_fork.
 */
#include <linux/sched.h>

/*
 * Linux 3.6 arch/x86/kernel/process_32.c copy_thread().
 * Copy @regs (the parent's trap frame or kernel_thread()'s fake) into
 * @p's pt_regs slot with ax = 0 and sp = @usp, and make the first
 * switch_to() into @p land in ret_from_fork with sp at those registers.
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);

	*childregs = *regs;
	childregs->ax = 0;
	childregs->sp = usp;

	p->thread.sp = (unsigned long)childregs;
	p->thread.sp0 = (unsigned long)(childregs + 1);
	p->thread.ip = (unsigned long)ret_from_fork;
	return 0;
}
