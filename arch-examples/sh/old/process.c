// SPDX-License-Identifier: GPL-2.0
/*
 * sh, old flow (Linux 3.6 arch/sh/kernel/process_32.c and sys_sh32.c):
 * kernel_thread() on a faked kernel-mode pt_regs, copy_thread() that
 * copies whatever pt_regs it is handed, fork/vfork/clone/execve with the
 * pt_regs handed down, and kernel_execve() as trapa from kernel mode.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

/* Linux's RELOC_HIDE(): the address, with the compiler told nothing of it. */
#define RELOC_HIDE(ptr, off)						\
({									\
	unsigned long __ptr;						\
	__asm__("" : "=r"(__ptr) : "0"(ptr));				\
	(typeof(ptr))(__ptr + (off));					\
})

/*
 * Linux 3.6 arch/sh/kernel/process_32.c copy_thread().  The child's
 * pt_regs go at the top of its stack, a copy of @regs (a user frame, or
 * kernel_thread()'s fake) with r0 = 0.  A kernel-mode frame (sr with MD)
 * gets the child's own stack: r15 = the pt_regs' address, below which the
 * thread's C frames grow; a user frame the user sp @usp.
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	 task_pt_regs(p)        |  childregs = *regs      |
 *	 p->thread.sp ------->  +-------------------------+
 *	                        |  thread_info            |
 *	p->stack                +-------------------------+
 *
 *	p->thread.pc = ret_from_fork
 *
 * Differs from Linux: no FPU or DSP state, no ptrace breakpoints, no
 * addr_limit and no TLS (CLONE_SETTLS's gbr).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);

	*childregs = *regs;

	if (user_mode(regs))
		childregs->regs[15] = usp;
	else
		childregs->regs[15] = (unsigned long)childregs;

	childregs->regs[0] = 0; /* Set return value for child */

	p->thread.sp = (unsigned long)childregs;
	p->thread.pc = (unsigned long)ret_from_fork;
	return 0;
}

/*
 * Linux 3.6 arch/sh/kernel/process_32.c kernel_thread_helper(): where the
 * child's rte lands, in kernel mode, with r4 = arg and r5 = fn from the
 * faked frame.
 */
static void __noreturn kernel_thread_helper(void *arg, int (*fn)(void *))
{
	do_exit(fn(arg));
}

/*
 * Linux 3.6 arch/sh/kernel/process_32.c kernel_thread(): a pt_regs as an
 * exception from kernel mode would have left it -- sr with MD (and FD,
 * as with an FPU) -- whose pc is kernel_thread_helper and r4/r5 arg and
 * fn; do_fork() copies it to the child.
 *
 * Differs from Linux: sr also keeps the interrupt mask at 15 (no
 * interrupt is ever enabled here).
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.regs[4] = (unsigned long)arg;
	regs.regs[5] = (unsigned long)fn;

	regs.pc = (unsigned long)kernel_thread_helper;
	regs.sr = SR_MD | SR_FD | SR_IMASK;

	/* Ok, create the new process.. */
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/sh/kernel/process_32.c sys_fork(): __regs is the pt_regs
 * at r15 itself (a struct argument in memory sits at the callee's
 * incoming r15); the child's sp is the parent's.
 */
long sys_fork(unsigned long r4, unsigned long r5, unsigned long r6,
	      unsigned long r7, struct pt_regs __regs)
{
	struct pt_regs *regs = RELOC_HIDE(&__regs, 0);

	return do_fork(SIGCHLD, regs->regs[15], regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/sh/kernel/process_32.c sys_clone(): clone(flags, newsp,
 * parent_tidptr, child_tidptr) from r4-r7; newsp 0 keeps the parent's.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       unsigned long parent_tidptr, unsigned long child_tidptr,
	       struct pt_regs __regs)
{
	struct pt_regs *regs = RELOC_HIDE(&__regs, 0);

	if (!newsp)
		newsp = regs->regs[15];
	return do_fork(clone_flags, newsp, regs, 0,
		       (int __user *)parent_tidptr,
		       (int __user *)child_tidptr);
}

/* Linux 3.6 arch/sh/kernel/process_32.c sys_vfork(). */
long sys_vfork(unsigned long r4, unsigned long r5, unsigned long r6,
	       unsigned long r7, struct pt_regs __regs)
{
	struct pt_regs *regs = RELOC_HIDE(&__regs, 0);

	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs->regs[15], regs,
		       0, NULL, NULL);
}

/*
 * Linux 3.6 arch/sh/kernel/process_32.c sys_execve(): name, argv and envp
 * from r4-r6, the pt_regs (a user frame, or the one kernel_execve()'s
 * trapa pushed mid-stack) for do_execve() to rewrite for the new image.
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one and putname() frees it
 * (this kernel has no allocator for it).
 */
long sys_execve(const char __user *ufilename,
		const char __user *const __user *uargv,
		const char __user *const __user *uenvp,
		unsigned long r7, struct pt_regs __regs)
{
	struct pt_regs *regs = RELOC_HIDE(&__regs, 0);
	char filename[PATH_MAX];
	long error = getname(filename, ufilename);

	if (error)
		return error;
	return do_execve(filename, uargv, uenvp, regs);
}

/*
 * Linux 3.6 arch/sh/kernel/sys_sh32.c kernel_execve(): "Do a system call
 * from kernel instead of calling sys_execve so we end up with proper
 * pt_regs."  trapa from kernel mode pushes a pt_regs on this stack
 * (handle_exception sees SSR.MD and stays on it); on success
 * start_thread() makes that frame a user one and the trapa's rte enters
 * the new image, abandoning this stack's frames; on failure it comes back
 * here with -errno in r0.
 *
 * Differs from Linux: the result is its own r0 variable ("=z"), where
 * Linux ties it to the r3 variable of the number ("0"), which puts the
 * number in r0 rather than r3 unless GCC happens to load both.
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	register long __sc0 __asm__("r3") = __NR_execve;
	register long __sc4 __asm__("r4") = (long)filename;
	register long __sc5 __asm__("r5") = (long)argv;
	register long __sc6 __asm__("r6") = (long)envp;
	long __res;

	__asm__ __volatile__("trapa	#0x13"
			     : "=z"(__res)
			     : "r"(__sc0), "r"(__sc4), "r"(__sc5), "r"(__sc6)
			     : "memory");
	return __res;
}
