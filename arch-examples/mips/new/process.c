// SPDX-License-Identifier: GPL-2.0
/*
 * mips, new flow (Linux 3.8 arch/mips/kernel/process.c and syscall.c):
 * copy_thread() is told about kernel threads by PF_KTHREAD, gets fn/arg in
 * its two spare arguments and copies current_pt_regs(); mips's own fork
 * and clone pass no pt_regs down do_fork().
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <asm/syscalls.h>

void ret_from_kernel_thread(void);

/*
 * Linux 3.8 arch/mips/kernel/process.c copy_thread().
 * Lay out @p's stack so that the first resume() into it returns, with sp =
 * its pt_regs, into ret_from_fork (a user child: a copy of the parent's
 * registers, v0 = 0 and a3 = 0 -- success -- and sp = @usp) or
 * ret_from_kernel_thread (zeroed registers, Status the kernel's with EXL,
 * so that the frame reads as kernel mode; @usp = fn and @arg in
 * thread.reg16, reg17, which resume() loads into s0, s1).
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	                        |  32 bytes, unused       |
 *	 task_pt_regs(p) ---->  +-------------------------+
 *	                        |  pt_regs: the parent's  |  user child
 *	                        |  or zero, kernel | EXL  |  kernel thread
 *	 p->thread.reg29 ---->  +-------------------------+
 *	                        |  thread_info            |
 *	p->stack                +-------------------------+
 *
 *	p->thread.reg31 = ret_from_fork | ret_from_kernel_thread
 *	p->thread.reg16, reg17 = fn, arg (kernel thread)
 *
 * Differs from Linux: there is no FPU or DSP state to save first, no
 * TLS (CLONE_SETTLS's ti->tp_value) and no R3000 Status layout.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	struct pt_regs *childregs = task_pt_regs(p);
	struct pt_regs *regs = current_pt_regs();

	p->thread.cp0_status = read_c0_status() & ~(ST0_CU2 | ST0_CU1);
	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(childregs, 0, sizeof(*childregs));
		p->thread.reg16 = usp;			/* fn */
		p->thread.reg17 = arg;
		p->thread.reg29 = (unsigned long)childregs;
		p->thread.reg31 = (unsigned long)ret_from_kernel_thread;
		childregs->cp0_status = p->thread.cp0_status | ST0_EXL;
		return 0;
	}
	*childregs = *regs;
	childregs->regs[7] = 0;		/* Clear error flag */
	childregs->regs[2] = 0;		/* Child gets zero as return value */
	childregs->regs[29] = usp;
	p->thread.reg29 = (unsigned long)childregs;
	p->thread.reg31 = (unsigned long)ret_from_fork;
	childregs->cp0_status &= ~(ST0_CU2 | ST0_CU1);
	return 0;
}

/*
 * Linux 3.8 arch/mips/kernel/syscall.c _sys_fork(): the child's sp is
 * the parent's.
 */
long _sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->regs[29], 0, NULL, NULL);
}

/*
 * Linux 3.8 arch/mips/kernel/syscall.c _sys_clone(): clone(flags, newsp,
 * parent_tidptr, tls, child_tidptr) from a0-a3; newsp 0 keeps the
 * parent's.
 *
 * Differs from Linux: child_tidptr, the 5th argument, is not fetched
 * from the user stack: this kernel has no CLONE_CHILD_SETTID/CLEARTID.
 *
 */
long _sys_clone(struct pt_regs *regs)
{
	unsigned long clone_flags = regs->regs[4];
	unsigned long newsp = regs->regs[5];
	int __user *parent_tidptr = (int __user *)regs->regs[6];

	if (!newsp)
		newsp = regs->regs[29];
	return do_fork(clone_flags, newsp, 0, parent_tidptr, NULL);
}
