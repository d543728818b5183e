// SPDX-License-Identifier: GPL-2.0
/*
 * mips, old flow (Linux 3.6 arch/mips/kernel/process.c and syscall.c):
 * kernel_thread() on a faked kernel-mode pt_regs, copy_thread() that copies
 * whatever pt_regs it is handed, fork/clone/execve with the pt_regs handed
 * down, and kernel_execve() as a syscall from kernel mode.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

/*
 * Linux 3.6 arch/mips/kernel/process.c copy_thread().  The child's pt_regs
 * go at the top of its stack, a copy of @regs (a user frame, or
 * kernel_thread()'s fake) with v0 = 0 and the error flag a3 = 0.  A
 * kernel-mode frame (CU0 set) gets the child's own stack: sp = the pt_regs'
 * address, below which the thread's C frames grow; a user frame the user
 * sp @usp.
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	                        |  32 bytes, unused       |
 *	 task_pt_regs(p) ---->  +-------------------------+
 *	                        |  childregs = *regs      |
 *	 p->thread.reg29 ---->  +-------------------------+
 *	                        |  thread_info            |
 *	p->stack                +-------------------------+
 *
 *	p->thread.reg31 = ret_from_fork
 *
 * Differs from Linux: a kernel-mode child's regs[28] is not set to its
 * thread_info (this kernel finds it from sp, not $28); no FPU or DSP
 * state, no TLS.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long childksp = (unsigned long)childregs;

	*childregs = *regs;
	childregs->regs[7] = 0;		/* Clear error flag */
	childregs->regs[2] = 0;		/* Child gets zero as return value */

	if (childregs->cp0_status & ST0_CU0) {
		childregs->regs[29] = childksp;
		p->addr_limit = KERNEL_DS;
	} else {
		childregs->regs[29] = usp;
		p->addr_limit = USER_DS;
	}
	p->thread.reg29 = (unsigned long)childregs;
	p->thread.reg31 = (unsigned long)ret_from_fork;
	p->thread.cp0_status = read_c0_status() & ~(ST0_CU2 | ST0_CU1);
	childregs->cp0_status &= ~(ST0_CU2 | ST0_CU1);
	return 0;
}

/*
 * Linux 3.6 arch/mips/kernel/process.c kernel_thread_helper(): where the
 * child's eret lands, in kernel mode, with a0 = arg and a1 = fn from the
 * faked frame.
 */
static void __noreturn kernel_thread_helper(void *arg, int (*fn)(void *))
{
	do_exit(fn(arg));
}

/*
 * Linux 3.6 arch/mips/kernel/process.c kernel_thread(): a pt_regs as an
 * exception from kernel mode would have left it -- Status the kernel's
 * (CU0) with EXL set, so that the exit path's eret stays in kernel mode and
 * clears EXL -- whose EPC is kernel_thread_helper and a0/a1 arg and fn;
 * do_fork() copies it to the child.
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));

	regs.regs[4] = (unsigned long)arg;
	regs.regs[5] = (unsigned long)fn;
	regs.cp0_epc = (unsigned long)kernel_thread_helper;
	regs.cp0_status = read_c0_status() | ST0_EXL;

	/* Ok, create the new process.. */
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/mips/kernel/syscall.c _sys_fork(): the child's sp is the
 * parent's.
 */
long _sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->regs[29], regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/mips/kernel/syscall.c _sys_clone(): clone(flags, newsp,
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
	return do_fork(clone_flags, newsp, regs, 0, parent_tidptr, NULL);
}

/*
 * Linux 3.6 arch/mips/kernel/syscall.c sys_execve(): name, argv and envp
 * from a0-a2 of the pt_regs, which do_execve() rewrites for the new image.
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one and putname() frees it
 * (this kernel has no allocator for it).
 *
 */
long _sys_execve(struct pt_regs *regs)
{
	char filename[PATH_MAX];
	long error = getname(filename, (const char __user *)regs->regs[4]);

	if (error)
		return error;
	return do_execve(filename,
			 (const char __user *const __user *)regs->regs[5],
			 (const char __user *const __user *)regs->regs[6], regs);
}

/*
 * Linux 3.6 arch/mips/kernel/syscall.c kernel_execve(): "Do a system call
 * from kernel instead of calling sys_execve so we end up with proper
 * pt_regs."  The syscall from kernel mode pushes a pt_regs on this stack
 * (handle_exception sees CU0 and stays on it); on success start_thread()
 * makes that frame a user one and the syscall's eret enters the new image,
 * abandoning this stack's frames; on failure it comes back here with the
 * errno in v0 and a3 = 1.
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	register unsigned long __a0 __asm__("$4") = (unsigned long)filename;
	register unsigned long __a1 __asm__("$5") = (unsigned long)argv;
	register unsigned long __a2 __asm__("$6") = (unsigned long)envp;
	register unsigned long __a3 __asm__("$7");
	unsigned long __v0;

	__asm__ __volatile__(
		"	.set	noreorder\n"
		"	li	$2, %5		# __NR_execve\n"
		"	syscall\n"
		"	move	%0, $2\n"
		"	.set	reorder\n"
		: "=&r"(__v0), "=r"(__a3)
		: "r"(__a0), "r"(__a1), "r"(__a2), "i"(__NR_execve)
		: "$2", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15",
		  "$24", "memory");

	if (__a3 == 0)
		return __v0;

	return -__v0;
}
