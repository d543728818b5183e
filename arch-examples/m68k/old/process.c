// SPDX-License-Identifier: GPL-2.0
/*
 * m68k, old flow (Linux 3.6 arch/m68k/kernel/process.c).  There is no fake
 * pt_regs here: kernel_thread() makes a real one by executing the clone
 * system call in kernel mode, and copy_thread() copies whatever trap frame
 * it is handed, user or kernel, without telling the two apart.
 */
#include <linux/sched.h>
#include <linux/syscalls.h>

long m68k_fork(struct pt_regs *regs);
long m68k_vfork(struct pt_regs *regs);
long m68k_clone(struct pt_regs *regs);

/*
 * Linux 3.6 arch/m68k/kernel/process.c m68k_fork().
 * The C halves of entry.S's wrappers: @regs is the caller's trap frame,
 * with its switch_stack right below.  A child without a new stack keeps
 * the caller's user sp, which is in USP, not in pt_regs.
 */
long m68k_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, rdusp(), regs, 0, NULL, NULL);
}

/* Linux 3.6 arch/m68k/kernel/process.c m68k_vfork(). */
long m68k_vfork(struct pt_regs *regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, rdusp(), regs, 0,
		       NULL, NULL);
}

/*
 * Linux 3.6 arch/m68k/kernel/process.c m68k_clone().
 * clone(flags, newsp, parent_tidptr, child_tidptr, tls) in d1-d5.
 */
long m68k_clone(struct pt_regs *regs)
{
	unsigned long newsp = regs->d2;

	if (!newsp)
		newsp = rdusp();
	return do_fork(regs->d1, newsp, regs, 0, (int __user *)regs->d3,
		       (int __user *)regs->d4);
}

/*
 * Linux 3.6 arch/m68k/kernel/process.c copy_thread().
 * Copy @regs, and the switch_stack the wrapper pushed under them, to the
 * top of the child's stack, so that the first switch_to() into the child
 * pops the switch_stack, "returns" into ret_from_fork and leaves the trap
 * with d0 = 0.  For kernel_thread() the trap came from kernel mode, so the
 * child leaves it in kernel mode, on an empty stack, inside kernel_thread().
 *
 * Differs from Linux: no p->thread.fs = get_fs().seg (the SFC/DFC value
 * Linux saves for resume): this kernel keeps the address limit in
 * current->addr_limit and never switches SFC/DFC.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs =
		(struct pt_regs *)((char *)p->stack + THREAD_SIZE) - 1;
	struct switch_stack *childstack = (struct switch_stack *)childregs - 1;

	*childregs = *regs;
	childregs->d0 = 0;		/* fork() returns 0 in the child */
	*childstack = ((struct switch_stack *)regs)[-1];
	childstack->retpc = (unsigned long)ret_from_fork;

	p->thread.usp = usp;
	p->thread.ksp = (unsigned long)childstack;
	return 0;
}

/*
 * Linux 3.6 arch/m68k/kernel/process.c kernel_thread().
 * Make a kernel thread with the clone system call, from kernel mode:
 * trap #0 saves a real pt_regs of this very code on our stack, and
 * m68k_clone() copies it.  The child comes back from the trap here with
 * d0 = 0, on an empty stack, and calls fn(arg); should fn return, the exit
 * system call ends it.  newsp (d2) = 0 gives the child our USP, unused.
 * set_fs(KERNEL_DS) lets the syscall path accept kernel pointers; our
 * callers are kernel threads and have it already.
 *
 * Differs from Linux: the child does not reload current from its new
 * stack (Linux's "lea %sp@(-THREAD_SIZE); movel" under CONFIG_MMU, for a
 * current kept in a register): this kernel derives current from sp
 * (current_thread_info()) each time it needs it.  And
 * "cc" and "memory" are clobbered, which Linux's asm leaves out.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	unsigned long fs = current->addr_limit;
	register long retval asm("d0") = __NR_clone;
	register long clone_arg asm("d1") = flags | CLONE_VM | CLONE_UNTRACED;

	current->addr_limit = KERNEL_DS;
	asm volatile(
	"	clrl	%%d2\n"			/* newsp = 0 */
	"	trap	#0\n"			/* clone() */
	"	tstl	%0\n"
	"	jne	1f\n"			/* parent: d0 = pid */
	"	movel	%3,%%sp@-\n"		/* child: fn(arg) */
	"	jsr	%4@\n"
	"	movel	%0,%%d1\n"		/* exit(fn's return value) */
	"	movel	%2,%%d0\n"
	"	trap	#0\n"
	"1:\n"
	: "+d" (retval)
	: "i" (__NR_clone), "i" (__NR_exit), "r" (arg), "a" (fn),
	  "d" (clone_arg)
	: "d2", "cc", "memory");		/* tstl sets the flags */
	current->addr_limit = fs;
	return retval;
}
