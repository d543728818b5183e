// SPDX-License-Identifier: GPL-2.0
/*
 * powerpc, old flow (Linux 3.6 arch/powerpc/kernel/process.c): one
 * copy_thread() for every child, told a kernel thread by the MSR of the
 * pt_regs it is handed (kernel_thread()'s sc left MSR_PR clear), and the
 * system calls that hand those pt_regs down do_fork() and do_execve().
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

/*
 * Linux 3.6 arch/powerpc/kernel/process.c copy_thread().  Two frames at
 * the top of the child's stack: childregs, a copy of @regs (the parent's
 * syscall frame), which the child leaves the kernel through; and under
 * it kregs, the frame _switch pops, whose nip is ret_from_fork:
 *
 *	stack top      +---------------------------+
 *	               |  childregs = *regs        |  r3 = 0; r1 = usp, or
 *	               |                           |  for a kthread the stack
 *	               |                           |  top and r2 = p
 *	               +---------------------------+
 *	               |  STACK_FRAME_OVERHEAD     |
 *	               +---------------------------+
 *	               |  kregs: nip = ret_from_fork
 *	               +---------------------------+
 *	               |  STACK_FRAME_OVERHEAD     |
 *	p->thread.ksp  +---------------------------+
 *
 * A kernel thread's pt_regs are kernel_thread()'s own trap frame (MSR_PR
 * clear): it goes on in kernel mode, after the sc, on the top of its own
 * stack, with r2 = its task (ppc32's current).
 *
 * Differs from Linux: no p->thread.ksp_limit, no ppc64 SLB entry for the
 * stack (ksp_vsid) and no DSCR: this kernel has no stack-overflow check,
 * one segment and no DSCR to inherit.
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs, *kregs;
	unsigned long sp = (unsigned long)p->stack + THREAD_SIZE;

	BUG_ON(!FULL_REGS(regs));	/* Linux's CHECK_FULL_REGS() */
	/* Copy registers */
	sp -= sizeof(struct pt_regs);
	childregs = (struct pt_regs *)sp;
	*childregs = *regs;
	if ((childregs->msr & MSR_PR) == 0) {
		/* for kernel thread, set `current' and stackptr in new task */
		childregs->gpr[1] = sp + sizeof(struct pt_regs);
#ifdef CONFIG_PPC32
		childregs->gpr[2] = (unsigned long)p;
#endif
		p->thread.regs = NULL;	/* no user register state */
	} else {
		childregs->gpr[1] = usp;
		p->thread.regs = childregs;
		if (clone_flags & CLONE_SETTLS) {
#ifdef CONFIG_PPC64
			childregs->gpr[13] = childregs->gpr[6];
#else
			childregs->gpr[2] = childregs->gpr[6];
#endif
		}
	}
	childregs->gpr[3] = 0;	/* Result from fork() */
	sp -= STACK_FRAME_OVERHEAD;

	/*
	 * The way this works is that at some point in the future some task
	 * will call _switch to switch to the new task.  That pops the
	 * frame made below and starts the new task at ret_from_fork, which
	 * returns from the fork or clone through the frame made above.
	 */
	sp -= sizeof(struct pt_regs);
	kregs = (struct pt_regs *)sp;
	sp -= STACK_FRAME_OVERHEAD;
	p->thread.ksp = sp;
	kregs->nip = func_entry(ret_from_fork);
	return 0;
}

/*
 * Linux 3.6 arch/powerpc/kernel/process.c sys_clone(): clone(flags,
 * newsp, ptid, tls, ctid), the order 3.8 calls CLONE_BACKWARDS; a zero
 * newsp keeps the parent's r1.  @regs is the frame ppc_clone completed.
 */
int sys_clone(unsigned long clone_flags, unsigned long usp,
	      int __user *parent_tidp, void __user *child_threadptr,
	      int __user *child_tidp, int p6, struct pt_regs *regs)
{
	BUG_ON(!FULL_REGS(regs));
	if (usp == 0)
		usp = regs->gpr[1];	/* stack pointer for child */
	return do_fork(clone_flags, usp, regs, 0, parent_tidp, child_tidp);
}

/* Linux 3.6 arch/powerpc/kernel/process.c sys_fork(). */
int sys_fork(unsigned long p1, unsigned long p2, unsigned long p3,
	     unsigned long p4, unsigned long p5, unsigned long p6,
	     struct pt_regs *regs)
{
	BUG_ON(!FULL_REGS(regs));
	return do_fork(SIGCHLD, regs->gpr[1], regs, 0, NULL, NULL);
}

/* Linux 3.6 arch/powerpc/kernel/process.c sys_vfork(). */
int sys_vfork(unsigned long p1, unsigned long p2, unsigned long p3,
	      unsigned long p4, unsigned long p5, unsigned long p6,
	      struct pt_regs *regs)
{
	BUG_ON(!FULL_REGS(regs));
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs->gpr[1],
		       regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/powerpc/kernel/process.c sys_execve(): @regs is the
 * caller's trap frame -- at the stack top for a user task, mid-stack for
 * kernel_execve()'s sc -- and becomes the new image's registers.
 *
 * Differs from Linux: getname() copies the name into a PATH_MAX buffer
 * on the stack (Linux's allocates one, and putname() frees it); no
 * flush_fp/altivec/spe_to_thread() (there is no such state).
 */
int sys_execve(unsigned long a0, unsigned long a1, unsigned long a2,
	       unsigned long a3, unsigned long a4, unsigned long a5,
	       struct pt_regs *regs)
{
	char filename[PATH_MAX];
	long error = getname(filename, (const char __user *)a0);

	if (error)
		return error;
	return do_execve(filename, (const char __user *const __user *)a1,
			 (const char __user *const __user *)a2, regs);
}
