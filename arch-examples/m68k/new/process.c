// SPDX-License-Identifier: GPL-2.0
/*
 * m68k, new flow (Linux 3.8 arch/m68k/kernel/process.c): copy_thread() is
 * told about kernel threads by PF_KTHREAD, gets fn/arg in its two spare
 * arguments, and lays out one struct fork_frame at the top of the child's
 * stack either way.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/syscalls.h>

void ret_from_kernel_thread(void);
long m68k_clone(struct pt_regs *regs);

/*
 * What resume pops (the switch_stack, whose retpc picks the first
 * instruction) and ret_from_* then return through (the pt_regs), stacked
 * as they are under a syscall made through the fork wrappers (entry.S).
 */
struct fork_frame {
	struct switch_stack sw;
	struct pt_regs regs;
};

/*
 * Linux 3.8 arch/m68k/kernel/process.c m68k_clone().
 * clone(flags, newsp, parent_tidptr, child_tidptr, tls) in d1-d5.
 * @regs is current_pt_regs(): __sys_clone pushed the switch_stack over the
 * arguments, so they are read from pt_regs instead.
 */
long m68k_clone(struct pt_regs *regs)
{
	return do_fork(regs->d1, regs->d2, 0, (int __user *)regs->d3,
		       (int __user *)regs->d4);
}

/*
 * Linux 3.8 arch/m68k/kernel/process.c copy_thread().
 * Lay out @p's stack so that the first switch_to() into it lands in
 * ret_from_fork (a copy of the caller's fork_frame, d0 = 0, @usp or the
 * caller's USP) or, for a kernel thread, in ret_from_kernel_thread with
 * @usp = fn in a3 and @arg in d7, over zeroed pt_regs in supervisor mode.
 * thread.esp0 (task_pt_regs()) is the syscall slot in both cases.
 *
 * Differs from Linux: no p->thread.fs = get_fs().seg (the SFC/DFC value
 * resume restores), as this kernel never switches SFC/DFC; struct
 * fork_frame is declared outside the function, where Linux declares it
 * inside, so that entry.S's comments can name it.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct fork_frame *frame =
		(struct fork_frame *)((char *)p->stack + THREAD_SIZE) - 1;

	p->thread.ksp = (unsigned long)frame;
	p->thread.esp0 = (unsigned long)&frame->regs;

	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(frame, 0, sizeof(*frame));
		frame->regs.sr = PS_S;
		frame->sw.a3 = usp;		/* function */
		frame->sw.d7 = arg;
		frame->sw.retpc = (unsigned long)ret_from_kernel_thread;
		p->thread.usp = 0;
		return 0;
	}
	*frame = *container_of(current_pt_regs(), struct fork_frame, regs);
	frame->regs.d0 = 0;		/* fork() returns 0 in the child */
	frame->sw.retpc = (unsigned long)ret_from_fork;
	p->thread.usp = usp ?: rdusp();
	return 0;
}
