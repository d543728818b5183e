// SPDX-License-Identifier: GPL-2.0
/*
 * powerpc, new flow (Linux 3.8 arch/powerpc/kernel/process.c):
 * copy_thread() is told about kernel threads by PF_KTHREAD and gets
 * fn/arg in its two spare arguments; fork, vfork, clone and execve are
 * the generic ones.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void ret_from_kernel_thread(void);

/*
 * Linux 3.8 arch/powerpc/kernel/process.c copy_thread().  The same two
 * frames as 3.6 (childregs at the stack top, kregs for _switch under
 * it), but kregs->nip says which kind of child this is:
 *
 *	stack top      +---------------------------+
 *	               |  childregs                |  kthread: zero but
 *	               |                           |  r1 = stack top,
 *	               |                           |  r14 = fn, r15 = arg
 *	               |                           |  user: the parent's,
 *	               |                           |  r3 = 0, r1 = usp
 *	               +---------------------------+
 *	               |  STACK_FRAME_OVERHEAD     |
 *	               +---------------------------+
 *	               |  kregs: nip =             |
 *	               |  ret_from_kernel_thread   |
 *	               |  or ret_from_fork         |
 *	               +---------------------------+
 *	               |  STACK_FRAME_OVERHEAD     |
 *	p->thread.ksp  +---------------------------+
 *
 * A kernel thread also gets _TIF_RESTOREALL: when its fn returns after
 * an exec, the syscall exit restores every register from childregs.
 * ppc32 needs no r2 = p here (3.6 did): ret_from_kernel_thread runs on
 * with the r2 _switch set.
 *
 * Differs from Linux: no p->thread.ksp_limit and no ppc64 SLB entry for
 * the stack (ksp_vsid); softe and TIF_32BIT are not set for a ppc64
 * kernel thread (this kernel has no soft interrupt mask and no 32-bit
 * tasks).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs, *kregs;
	unsigned long f;
	unsigned long sp = (unsigned long)p->stack + THREAD_SIZE;

	/* Copy registers */
	sp -= sizeof(struct pt_regs);
	childregs = (struct pt_regs *)sp;
	if (unlikely(p->flags & PF_KTHREAD)) {
		struct thread_info *ti = task_thread_info(p);

		memset(childregs, 0, sizeof(struct pt_regs));
		childregs->gpr[1] = sp + sizeof(struct pt_regs);
		childregs->gpr[14] = usp;	/* function */
		childregs->gpr[15] = arg;
		p->thread.regs = NULL;	/* no user register state */
		ti->flags |= _TIF_RESTOREALL;
		f = func_entry(ret_from_kernel_thread);
	} else {
		struct pt_regs *regs = current_pt_regs();

		BUG_ON(!FULL_REGS(regs));	/* Linux's CHECK_FULL_REGS() */
		*childregs = *regs;
		if (usp)
			childregs->gpr[1] = usp;
		p->thread.regs = childregs;
		childregs->gpr[3] = 0;	/* Result from fork() */
		if (clone_flags & CLONE_SETTLS) {
#ifdef CONFIG_PPC64
			childregs->gpr[13] = childregs->gpr[6];
#else
			childregs->gpr[2] = childregs->gpr[6];
#endif
		}
		f = func_entry(ret_from_fork);
	}
	sp -= STACK_FRAME_OVERHEAD;

	/*
	 * The way this works is that at some point in the future some task
	 * will call _switch to switch to the new task.  That pops the
	 * frame made below and starts the new task at f, which returns
	 * from the fork or clone (or runs fn) on the frame made above.
	 */
	sp -= sizeof(struct pt_regs);
	kregs = (struct pt_regs *)sp;
	sp -= STACK_FRAME_OVERHEAD;
	p->thread.ksp = sp;
	kregs->nip = f;
	return 0;
}
