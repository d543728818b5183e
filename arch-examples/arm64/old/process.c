// SPDX-License-Identifier: GPL-2.0
/*
 * arm64, old flow (Linux 3.7 arch/arm64/kernel/process.c): kernel threads
 * are made by faking the pt_regs of an exception taken at EL1, and
 * copy_thread() cannot tell a kernel thread from a forked process -- it
 * copies whatever it is given.
 */
#include <linux/sched.h>
#include <linux/string.h>

void kernel_thread_helper(void);

/*
 * Linux 3.7 arch/arm64/kernel/process.c copy_thread().
 * Copy @regs -- the parent's exception frame, or kernel_thread()'s fake --
 * to the top of the child's stack, and make the first switch_to() into the
 * child land in ret_from_fork with sp at those registers.
 *
 * Linux names @usp and @unused stack_start and stk_sz; every port here
 * uses one pair of names (docs/born.rst).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);

	*childregs = *regs;
	childregs->regs[0] = 0;		/* fork() returns 0 in the child */
	childregs->sp = usp;

	memset(&p->thread.cpu_context, 0, sizeof(p->thread.cpu_context));
	p->thread.cpu_context.sp = (unsigned long)childregs;
	p->thread.cpu_context.pc = (unsigned long)ret_from_fork;
	return 0;
}

/*
 * Linux 3.7 arch/arm64/kernel/process.c kernel_thread().
 * Make a kernel thread by pretending an exception at EL1h saved these
 * registers: ret_from_fork "returns" with eret to kernel_thread_helper at
 * EL1h, which calls fn(arg) with lr = do_exit.  fn, arg and the exit path
 * ride in x2, x1, x3 (Linux's kernel_thread_exit is #defined to do_exit).
 *
 * Differs from Linux: pstate is PSR_MODE_EL1h with D, A, I and F masked,
 * where Linux's is PSR_MODE_EL1h alone, every mask clear: this kernel
 * never takes interrupts or debug exceptions, so it never unmasks them.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.regs[1] = (unsigned long)arg;
	regs.regs[2] = (unsigned long)fn;
	regs.regs[3] = (unsigned long)do_exit;
	regs.pc = (unsigned long)kernel_thread_helper;
	regs.pstate = PSR_MODE_EL1h | PSR_D_BIT | PSR_A_BIT | PSR_I_BIT |
		      PSR_F_BIT;
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0,
		       NULL, NULL);
}
