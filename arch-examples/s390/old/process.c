// SPDX-License-Identifier: GPL-2.0
/*
 * s390, old flow (Linux 3.6 arch/s390/kernel/process.c).  kernel_thread()
 * fakes a pt_regs whose PSW is a kernel PSW at kernel_thread_starter and
 * hands it down do_fork(); copy_thread() copies whatever pt_regs it is
 * handed, user or fake, without telling the two apart.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

void kernel_thread_starter(void);

/*
 * Linux 3.6 arch/s390/kernel/process.c kernel_thread().  The child's
 * first return from the syscall exit lands in kernel_thread_starter
 * (old/entry.S) in kernel mode, with r9 = fn, r10 = arg, r11 = do_exit.
 *
 * Differs from Linux: Linux's kernel PSW (psw_kernel_bits | PSW_MASK_DAT
 * | IO | EXT | MCHECK) has DAT and the interrupts on; this kernel runs
 * with DAT and interrupts off, so the PSW is PSW_KERNEL_BITS alone.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.psw.mask = PSW_KERNEL_BITS;
	regs.psw.addr = (unsigned long)kernel_thread_starter | PSW_ADDR_AMODE;
	regs.gprs[9] = (unsigned long)fn;
	regs.gprs[10] = (unsigned long)arg;
	regs.gprs[11] = (unsigned long)do_exit;
	regs.orig_gpr2 = -1;

	/* Ok, create the new process.. */
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED,
		       0, &regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/s390/kernel/process.c copy_thread().  One fake_frame at
 * the top of the child's stack: @regs copied into its pt_regs, r2 = 0,
 * r15 = @new_stackp -- 0 for a kernel thread, which ret_from_fork then
 * replaces with the frame itself -- and under them the stack frame that
 * __switch_to pops: r14 = ret_from_fork, r15 = the frame.
 */
int copy_thread(unsigned long clone_flags, unsigned long new_stackp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct fake_frame {
		struct stack_frame sf;
		struct pt_regs childregs;
	} *frame;

	frame = container_of(task_pt_regs(p), struct fake_frame, childregs);
	p->thread.ksp = (unsigned long)frame;
	frame->childregs = *regs;
	frame->childregs.gprs[2] = 0;	/* child returns 0 on fork. */
	frame->childregs.gprs[15] = new_stackp;
	frame->sf.back_chain = 0;

	/* new return point is ret_from_fork */
	frame->sf.gprs[8] = (unsigned long)ret_from_fork;

	/* fake return stack for resume(), don't go back to schedule */
	frame->sf.gprs[9] = (unsigned long)frame;
	return 0;
}

/* Linux 3.6 arch/s390/kernel/process.c sys_fork(). */
long sys_fork(void)
{
	struct pt_regs *regs = task_pt_regs(current);

	return do_fork(SIGCHLD, regs->gprs[15], regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/s390/kernel/process.c sys_clone(): CLONE_BACKWARDS2's
 * order before there was a name for it, newsp first.  No tls argument:
 * Linux reads it from r6 for CLONE_SETTLS, which this kernel lacks.
 */
long sys_clone(unsigned long newsp, unsigned long clone_flags,
	       int __user *parent_tidptr, int __user *child_tidptr)
{
	struct pt_regs *regs = task_pt_regs(current);

	if (!newsp)
		newsp = regs->gprs[15];
	return do_fork(clone_flags, newsp, regs, 0,
		       parent_tidptr, child_tidptr);
}

/* Linux 3.6 arch/s390/kernel/process.c sys_vfork(). */
long sys_vfork(void)
{
	struct pt_regs *regs = task_pt_regs(current);

	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD,
		       regs->gprs[15], regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/s390/kernel/process.c sys_execve().  On success the
 * syscall exit stores the return value into pt_regs.gprs[2], which
 * start_thread() left as the old image had it: return that, so the new
 * image finds it unchanged.  (Linux's execve_tail() resets the FPU
 * control register; this kernel has no FPU state.)
 */
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	struct pt_regs *regs = task_pt_regs(current);
	char filename[PATH_MAX];
	long rc = getname(filename, name);

	if (rc)
		return rc;
	rc = do_execve(filename, argv, envp, regs);
	if (rc)
		return rc;
	return regs->gprs[2];
}
