// SPDX-License-Identifier: GPL-2.0
/*
 * um, old flow (Linux 3.6 arch/um/kernel/syscall.c): fork, vfork and
 * clone hand do_fork() the caller's pt_regs, which on um are not found on
 * a stack but are current->thread.regs.  The conversion deleted these.
 */
#include <linux/sched.h>
#include <asm/syscalls.h>

/* Linux 3.6 arch/um/kernel/syscall.c sys_fork(). */
long sys_fork(void)
{
	return do_fork(SIGCHLD, PT_REGS_SP(&current->thread.regs),
		       &current->thread.regs, 0, NULL, NULL);
}

/* Linux 3.6 arch/um/kernel/syscall.c sys_vfork(). */
long sys_vfork(void)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD,
		       PT_REGS_SP(&current->thread.regs),
		       &current->thread.regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/um/kernel/syscall.c sys_clone().
 * x86_64's order, (flags, newsp, ptid, ctid); no new stack means the
 * caller's.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       void __user *parent_tid, void __user *child_tid)
{
	if (!newsp)
		newsp = PT_REGS_SP(&current->thread.regs);

	return do_fork(clone_flags, newsp, &current->thread.regs, 0,
		       parent_tid, child_tid);
}
