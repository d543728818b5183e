// SPDX-License-Identifier: GPL-2.0
/*
 * alpha, old flow (Linux 3.6 arch/alpha/kernel/process.c): the C half of
 * fork/vfork/clone/execve with pt_regs handed down, copy_thread() that
 * copies whatever pt_regs it is handed (user or kernel_thread()'s fake),
 * and kernel_execve() on local pt_regs.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

void ret_from_sys_call(void);

/*
 * Linux 3.6 arch/alpha/kernel/process.c alpha_clone(): usp 0 keeps the
 * parent's.
 */
long alpha_clone(unsigned long clone_flags, unsigned long usp,
		 int __user *parent_tid, int __user *child_tid,
		 unsigned long tls_value, struct pt_regs *regs)
{
	if (!usp)
		usp = rdusp();

	return do_fork(clone_flags, usp, regs, 0, parent_tid, child_tid);
}

/* Linux 3.6 arch/alpha/kernel/process.c alpha_vfork(). */
long alpha_vfork(struct pt_regs *regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, rdusp(),
		       regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/alpha/kernel/process.c copy_thread().  A user child's
 * pt_regs go at the top of its stack; kernel_thread()'s fake pt_regs
 * (ps & 8 clear) sit mid-stack in the parent, and the child's go at the
 * same offset in its own second page, so that the rti to kernel mode
 * leaves it a stack above them.  The parent's switch_stack, right under
 * @regs (the wrappers pushed it), is copied under the child's:
 *
 *	           +-------------------------+
 *	           |  childregs = *regs      |  r0 = 0, a3 = 0, a4 = 1
 *	           +-------------------------+
 *	           |  childstack = *stack    |  r26 = ret_from_fork
 *	pcb.ksp -> +-------------------------+
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct thread_info *childti = task_thread_info(p);
	struct pt_regs *childregs;
	struct switch_stack *childstack, *stack;
	unsigned long stack_offset, settls;

	stack_offset = PAGE_SIZE - sizeof(struct pt_regs);
	if (!(regs->ps & 8))
		stack_offset = (PAGE_SIZE - 1) & (unsigned long)regs;
	childregs = (struct pt_regs *)
		(stack_offset + PAGE_SIZE + (unsigned long)p->stack);

	*childregs = *regs;
	settls = regs->r20;
	childregs->r0 = 0;
	childregs->r19 = 0;
	childregs->r20 = 1;	/* OSF/1 has some strange fork() semantics. */
	regs->r20 = 0;
	stack = ((struct switch_stack *)regs) - 1;
	childstack = ((struct switch_stack *)childregs) - 1;
	*childstack = *stack;
	childstack->r26 = (unsigned long)ret_from_fork;
	childti->pcb.usp = usp;
	childti->pcb.ksp = (unsigned long)childstack;
	childti->pcb.flags = 1;	/* set FEN, clear everything else */

	if (clone_flags & CLONE_SETTLS)
		childti->pcb.unique = settls;
	return 0;
}

/*
 * Linux 3.6 arch/alpha/kernel/process.c do_sys_execve(): the pt_regs
 * sys_execve passed.
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one and putname() frees it
 * (this kernel has no allocator for it).
 *
 */
long do_sys_execve(const char __user *ufilename,
		   const char __user *const __user *argv,
		   const char __user *const __user *envp, struct pt_regs *regs)
{
	char filename[PATH_MAX];
	long error = getname(filename, ufilename);

	if (error)
		return error;
	return do_execve(filename, argv, envp, regs);
}

/*
 * Linux 3.6 arch/alpha/kernel/process.c kernel_execve(): do_execve() on
 * pt_regs of our own; on success copy them to current_pt_regs() and
 * leave through ret_from_sys_call on that stack, abandoning this one's
 * frames -- the shape the generic 3.7 kernel_execve() was based on.
 *
 * Differs from Linux: the pt_regs' HAE field stays 0, where Linux sets it
 * from alpha_mv's HAE cache: the Typhoon has no HAE.
 *
 */
int kernel_execve(const char *path, const char *const argv[],
		  const char *const envp[])
{
	struct pt_regs regs = {};
	int err = do_execve(path, (const char __user *const __user *)argv,
			    (const char __user *const __user *)envp, &regs);

	if (!err) {
		struct pt_regs *p = current_pt_regs();
		/* copy regs to normal position and off to userland we go... */
		*p = regs;
		__asm__ __volatile__(
			"mov	%0, $sp\n\t"
			"br	$31, ret_from_sys_call"
			: : "r"(p) : "memory");
		__builtin_unreachable();
	}
	return err;
}
