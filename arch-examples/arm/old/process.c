// SPDX-License-Identifier: GPL-2.0
/*
 * arm, old flow (Linux 3.6 arch/arm/kernel/process.c): kernel threads are
 * made by faking the pt_regs of a trap, and copy_thread() cannot tell a
 * kernel thread from a forked process -- it copies whatever it is given.
 */
#include <linux/sched.h>
#include <linux/string.h>

void kernel_thread_helper(void);
void kernel_thread_exit(long code);

/*
 * Linux 3.6 arch/arm/kernel/process.c copy_thread().
 * Copy @regs -- the parent's trap frame, or kernel_thread()'s fake -- to the
 * top of the child's stack, and make the first switch_to() into the child
 * land in ret_from_fork with sp at those registers.
 *
 * Linux 3.6 names @usp and @unused stack_start and stk_sz; every port here
 * uses one pair of names (docs/born.rst).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct thread_info *thread = task_thread_info(p);
	struct pt_regs *childregs = task_pt_regs(p);

	*childregs = *regs;
	childregs->ARM_r0 = 0;		/* fork() returns 0 in the child */
	childregs->ARM_sp = usp;

	memset(&thread->cpu_context, 0, sizeof(thread->cpu_context));
	thread->cpu_context.sp = (unsigned long)childregs;
	thread->cpu_context.pc = (unsigned long)ret_from_fork;
	return 0;
}

/*
 * Linux 3.6 arch/arm/kernel/process.c kernel_thread().
 * Make a kernel thread by pretending a trap from SVC mode saved these
 * registers: ret_from_fork "returns" to kernel_thread_helper in SVC mode,
 * which calls fn(arg) and, should it return, do_exit() via
 * kernel_thread_exit.  fn, arg and the exit path ride in r5, r4, r6.
 *
 * Differs from Linux: Linux's r7 is SVC_MODE | PSR_ENDSTATE |
 * PSR_ISETSTATE, interrupts enabled, and only the cpsr gets r7 |
 * PSR_I_BIT: the thread leaves ret_from_fork with IRQs masked and
 * kernel_thread_helper's "msr cpsr_c, r7" is where they come on.  This
 * kernel never takes interrupts, so r7, and with it
 * the cpsr, keeps PSR_I_BIT and PSR_F_BIT set; PSR_ENDSTATE and
 * PSR_ISETSTATE are 0 for a little-endian ARM-state kernel anyway.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.ARM_r4 = (unsigned long)arg;
	regs.ARM_r5 = (unsigned long)fn;
	regs.ARM_r6 = (unsigned long)kernel_thread_exit;
	regs.ARM_r7 = SVC_MODE | PSR_I_BIT | PSR_F_BIT;
	regs.ARM_pc = (unsigned long)kernel_thread_helper;
	regs.ARM_cpsr = regs.ARM_r7;
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0,
		       NULL, NULL);
}
