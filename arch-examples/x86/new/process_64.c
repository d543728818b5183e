// SPDX-License-Identifier: GPL-2.0
/*
 * x86_64, new flow (Linux 3.8 arch/x86/kernel/process_64.c): copy_thread()
 * tells kernel threads by PF_KTHREAD and gets fn/arg in its spare
 * arguments.  The child's pt_regs slot is at the same place either way.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

/*
 * Linux 3.8 arch/x86/kernel/process_64.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it, which loads
 * sp = thread.sp and sees TIF_FORK, jumps to ret_from_fork.  A user child
 * gets the parent's registers (all of them: the stub saved the rest), ax
 * = 0 and, for clone(), the new stack.  A kernel thread gets zeroed
 * registers in kernel mode, with @usp = fn in bx and @arg in bp: the
 * callee-saved rest, which ret_from_fork loads before it tests cs.
 *
 * Linux names @usp "sp"; every port here uses one pair of names
 * (docs/born.rst).
 *
 * Differs from Linux: a kernel thread's flags are X86_EFLAGS_BIT1 alone,
 * where Linux sets X86_EFLAGS_IF | X86_EFLAGS_BIT1 (this kernel never
 * takes interrupts), and its cs is
 * __KERNEL_CS without Linux's "| get_kernel_rpl()" (0 on bare metal; only
 * a paravirt guest such as lguest runs the kernel at another ring).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs;

	p->thread.sp0 = (unsigned long)p->stack + THREAD_SIZE;
	childregs = task_pt_regs(p);
	p->thread.sp = (unsigned long)childregs;
	task_thread_info(p)->flags |= _TIF_FORK;

	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		childregs->sp = (unsigned long)childregs;
		childregs->ss = __KERNEL_DS;
		childregs->bx = usp;		/* function */
		childregs->bp = arg;
		childregs->orig_ax = -1;
		childregs->cs = __KERNEL_CS;
		childregs->flags = X86_EFLAGS_BIT1;
		return 0;
	}
	*childregs = *current_pt_regs();
	childregs->ax = 0;
	if (usp)
		childregs->sp = usp;
	return 0;
}
