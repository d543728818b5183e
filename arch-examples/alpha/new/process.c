// SPDX-License-Identifier: GPL-2.0
/*
 * alpha, new flow (Linux 3.8 arch/alpha/kernel/process.c): copy_thread()
 * is told about kernel threads by PF_KTHREAD, gets fn/arg in its two
 * spare arguments, and finds the parent's registers with
 * current_pt_regs() and its switch_stack right below them.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void ret_from_kernel_thread(void);

/*
 * Linux 3.8 arch/alpha/kernel/process.c copy_thread():
 *
 *	stack top  +-------------------------+ <- task_pt_regs(p)
 *	           |  childregs              |  copy of the parent's, or 0
 *	           +-------------------------+
 *	           |  childstack             |  the parent's switch_stack
 *	           |  (switch_stack)         |  (fork_like pushed it), or 0;
 *	           |                         |  r26 = ret_from_fork /
 *	           |                         |  ret_from_kernel_thread,
 *	           |                         |  kthread: r9 = fn, r10 = arg
 *	pcb.ksp -> +-------------------------+
 *
 * Linux also sets childregs->hae; the Typhoon has no HAE.
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct thread_info *childti = task_thread_info(p);
	struct pt_regs *childregs = task_pt_regs(p);
	struct pt_regs *regs = current_pt_regs();
	struct switch_stack *childstack, *stack;

	childstack = ((struct switch_stack *)childregs) - 1;
	childti->pcb.ksp = (unsigned long)childstack;
	childti->pcb.flags = 1;	/* set FEN, clear everything else */

	if (unlikely(p->flags & PF_KTHREAD)) {
		/* kernel thread */
		memset(childstack, 0,
		       sizeof(struct switch_stack) + sizeof(struct pt_regs));
		childstack->r26 = (unsigned long)ret_from_kernel_thread;
		childstack->r9 = usp;	/* function */
		childstack->r10 = arg;
		childti->pcb.usp = 0;
		return 0;
	}
	if (clone_flags & CLONE_SETTLS)
		childti->pcb.unique = regs->r20;
	childti->pcb.usp = usp ?: rdusp();
	*childregs = *regs;
	childregs->r0 = 0;
	childregs->r19 = 0;
	childregs->r20 = 1;	/* OSF/1 has some strange fork() semantics. */
	regs->r20 = 0;
	stack = ((struct switch_stack *)regs) - 1;
	*childstack = *stack;
	childstack->r26 = (unsigned long)ret_from_fork;
	return 0;
}
