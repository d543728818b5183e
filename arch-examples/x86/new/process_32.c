// SPDX-License-Identifier: GPL-2.0
/*
 * i386, new flow (Linux 3.8 arch/x86/kernel/process_32.c): copy_thread()
 * tells kernel threads by PF_KTHREAD and gets fn/arg in its spare
 * arguments.  The child's pt_regs slot is at the same place either way.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void ret_from_kernel_thread(void);

/*
 * Linux 3.8 arch/x86/kernel/process_32.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it, which loads
 * sp = thread.sp and "returns" to thread.ip, lands in ret_from_fork (a
 * user child: the parent's registers, eax = 0 and, for clone(), the new
 * stack) or ret_from_kernel_thread (a kernel thread: zeroed registers in
 * kernel mode, with @usp = fn in bx and @arg in bp, where it finds them).
 *
 * Linux names @usp "sp"; every port here uses one pair of names
 * (docs/born.rst).
 *
 * Differs from Linux: a kernel thread's flags are X86_EFLAGS_BIT1 alone,
 * where Linux sets X86_EFLAGS_IF | X86_EFLAGS_BIT1 (this kernel never
 * takes interrupts), and its cs is
 * __KERNEL_CS without Linux's "| get_kernel_rpl()" (0 on bare metal; only
 * a paravirt guest such as lguest runs the kernel at another ring).
 * Linux also sets fs = __KERNEL_PERCPU and the stack
 * canary's gs: this kernel has neither per-cpu data nor a canary.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs = task_pt_regs(p);

	p->thread.sp = (unsigned long)childregs;
	p->thread.sp0 = (unsigned long)(childregs + 1);

	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		p->thread.ip = (unsigned long)ret_from_kernel_thread;
		childregs->ds = __USER_DS;
		childregs->es = __USER_DS;
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
	p->thread.ip = (unsigned long)ret_from_fork;
	return 0;
}
