// SPDX-License-Identifier: GPL-2.0
/*
 * sparc64, old flow (Linux 3.6 arch/sparc/kernel/process_64.c and
 * sys_sparc_64.c).  kernel_thread() and kernel_execve() are system calls
 * made from kernel mode with "t 0x6d": the trap builds a real pt_regs under
 * the caller's frame, and copy_thread() tells a kernel thread from a user
 * fork by the privileged bit of the %tstate saved there.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

long sparc_execve(struct pt_regs *regs);

/*
 * Linux 3.6 arch/sparc/kernel/process_64.c kernel_thread().  The parent may run before the
 * child first does, and the child resumes in this very window refilled
 * from its copy of the parent's stack -- so fn and arg cannot sit in
 * windowed registers the parent goes on using: they ride in %g2/%g3,
 * which the trap saves in pt_regs and the child gets back from its copy.
 * The clone's second result %o1 tells the two apart (the SunOS convention:
 * 0 in the parent, 1 in the child); the child calls fn(arg) and exits by
 * the exit trap, never returning here.
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	long retval;

	__asm__ __volatile__("mov %4, %%g2\n\t"	   /* fn into a global */
			     "mov %5, %%g3\n\t"	   /* arg into a global */
			     "mov %1, %%g1\n\t"	   /* clone syscall nr. */
			     "mov %2, %%o0\n\t"	   /* clone flags */
			     "mov 0, %%o1\n\t"	   /* usp arg == 0 */
			     "t 0x6d\n\t"	   /* Linux/Sparc clone() */
			     "brz,a,pn %%o1, 1f\n\t" /* parent: just return */
			     " mov %%o0, %0\n\t"
			     "jmpl %%g2, %%o7\n\t"   /* child: fn(arg) */
			     " mov %%g3, %%o0\n\t"   /* arg in the delay slot */
			     "mov %3, %%g1\n\t"
			     "t 0x6d\n\t"	   /* Linux/Sparc exit() */
			     /* Notreached by child. */
			     "1:" :
			     "=r" (retval) :
			     "i" (__NR_clone), "r" (flags | CLONE_VM | CLONE_UNTRACED),
			     "i" (__NR_exit),  "r" (fn), "r" (arg) :
			     "g1", "g2", "g3", "o0", "o1", "memory", "cc");
	return retval;
}

/*
 * Linux 3.6 arch/sparc/kernel/sys_sparc_64.c kernel_execve(): execve by the trap from kernel
 * mode, so sparc_execve() gets a real pt_regs -- under this frame, not at
 * the stack top.  On success the trap returns to user mode from there
 * (start_thread() made the saved %tstate a user one) and never comes back;
 * on failure the carry is set and %o0 holds the positive errno.
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	long __res;
	register long __g1 __asm__ ("g1") = __NR_execve;
	register long __o0 __asm__ ("o0") = (long)(filename);
	register long __o1 __asm__ ("o1") = (long)(argv);
	register long __o2 __asm__ ("o2") = (long)(envp);

	asm volatile ("t 0x6d\n\t"
		      "sub %%g0, %%o0, %0\n\t"
		      "movcc %%xcc, %%o0, %0\n\t"
		      : "=r" (__res), "=&r" (__o0)
		      : "1" (__o0), "r" (__o1), "r" (__o2), "r" (__g1)
		      : "cc", "memory");
	return __res;
}

/*
 * Linux 3.6 arch/sparc/kernel/process_64.c sparc_do_fork(), from the sys_clone stub with the
 * trap frame's pt_regs: clone's tid pointers are the caller's %o2/%o4.
 * copy_thread() sets the parent's %o1 to 0; on an error it is put back,
 * as Linux does, so that a restarted syscall sees the caller's %o1.
 */
long sparc_do_fork(unsigned long clone_flags, unsigned long stack_start,
		   struct pt_regs *regs, unsigned long stack_size)
{
	int __user *parent_tid_ptr, *child_tid_ptr;
	unsigned long orig_i1 = regs->u_regs[UREG_I1];
	long ret;

	parent_tid_ptr = (int __user *)regs->u_regs[UREG_I2];
	child_tid_ptr = (int __user *)regs->u_regs[UREG_I4];

	ret = do_fork(clone_flags, stack_start, regs, stack_size,
		      parent_tid_ptr, child_tid_ptr);

	if ((unsigned long)ret >= (unsigned long)-ERESTART_RESTARTBLOCK)
		regs->u_regs[UREG_I1] = orig_i1;
	return ret;
}

/*
 * Linux 3.6 arch/sparc/kernel/process_64.c copy_thread().  The child's stack gets a copy of
 * the parent's trap frame (its stackf and pt_regs) at the top; a kernel
 * thread -- the trap came from kernel mode, %tstate privileged -- also
 * gets the frame above it, kernel_thread()'s window as sys_clone's flushw
 * left it, so the child's rtrap refills that window:
 *
 *	p->stack + THREAD_SIZE  +----------------------------+
 *	        (kernel thread) |  child_sf: kernel_thread()'s|  fp = NULL
 *	                        |  window (copied)            |
 *	                        +----------------------------+
 *	                        |  pt_regs (copied): g2/g3 =  |  t->kregs
 *	                        |  fn/arg, I0 = ppid, I1 = 1  |  I6 = child_sf
 *	                        |                             |       - 2047
 *	                        +----------------------------+
 *	                        |  trap stackf (copied)       |
 *	  t->ksp + 2047 ------> +----------------------------+
 *
 * switch_to() sees new_child and enters ret_from_syscall in the window
 * after the trap's (tstate's CWP + 1).  The child's results are the
 * parent's pid and 1 in %o0/%o1; the parent's %o1 becomes 0.
 *
 * Differs from Linux: CWP + 1 wraps modulo NWINDOWS (Linux adds and masks
 * with TSTATE_CWP); no FPU, utrap, 32-bit or TLS state (CLONE_SETTLS's
 * %g7 = %i3 is Linux's, kept).
 */
int copy_thread(unsigned long clone_flags, unsigned long sp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	struct thread_info *t = task_thread_info(p);
	struct sparc_stackf *parent_sf;
	unsigned long child_stack_sz;
	char *child_trap_frame;
	int kernel_thread;

	kernel_thread = (regs->tstate & TSTATE_PRIV) ? 1 : 0;
	parent_sf = ((struct sparc_stackf *) regs) - 1;

	/* Calculate offset to stack_frame & pt_regs */
	child_stack_sz = ((STACKFRAME_SZ + TRACEREG_SZ) +
			  (kernel_thread ? STACKFRAME_SZ : 0));
	child_trap_frame = ((char *)p->stack + (THREAD_SIZE - child_stack_sz));
	memcpy(child_trap_frame, parent_sf, child_stack_sz);

	t->cwp = ((regs->tstate & TSTATE_CWP) + 1) % NWINDOWS;
	t->new_child = 1;
	t->ksp = ((unsigned long) child_trap_frame) - STACK_BIAS;
	t->kregs = (struct pt_regs *) (child_trap_frame +
				       sizeof(struct sparc_stackf));

	if (kernel_thread) {
		struct sparc_stackf *child_sf = (struct sparc_stackf *)
			(child_trap_frame + (STACKFRAME_SZ + TRACEREG_SZ));

		/* Zero terminate the stack backtrace.  */
		child_sf->fp = NULL;
		t->kregs->u_regs[UREG_FP] =
		  ((unsigned long) child_sf) - STACK_BIAS;

		t->current_ds = ASI_P;
		t->kregs->u_regs[UREG_G6] = (unsigned long) t;
		t->kregs->u_regs[UREG_G4] = (unsigned long) p;
	} else {
		t->kregs->u_regs[UREG_FP] = sp;
		t->current_ds = ASI_AIUS;
		if (sp != regs->u_regs[UREG_FP]) {
			unsigned long csp;

			csp = clone_stackframe(sp, regs->u_regs[UREG_FP]);
			if (!csp)
				return -EFAULT;
			t->kregs->u_regs[UREG_FP] = csp;
		}
	}

	/* Set the return value for the child. */
	t->kregs->u_regs[UREG_I0] = current->pid;
	t->kregs->u_regs[UREG_I1] = 1;

	/* Set the second return value for the parent. */
	regs->u_regs[UREG_I1] = 0;

	if (clone_flags & CLONE_SETTLS)
		t->kregs->u_regs[UREG_G7] = regs->u_regs[UREG_I3];

	return 0;
}

/*
 * Linux 3.6 arch/sparc/kernel/process_64.c sparc_execve(), from the sys_execve stub (after
 * its flushw) with this trap's pt_regs: wherever the trap put them -- the
 * stack top for a user, under kernel_execve()'s frame for a kernel thread.
 * The SunOS "indirect call" (%g1 == 0: the number in %o0, the arguments
 * one register later) is Linux's too.
 *
 * Differs from Linux: the FPU state is not reset (there is none).
 */
long sparc_execve(struct pt_regs *regs)
{
	char filename[PATH_MAX];
	int base = 0;
	long error;

	/* Check for indirect call. */
	if (regs->u_regs[UREG_G1] == 0)
		base = 1;

	error = getname(filename, (const char __user *)regs->u_regs[base + UREG_I0]);
	if (error)
		return error;
	return do_execve(filename,
			 (const char __user *const __user *)
			 regs->u_regs[base + UREG_I1],
			 (const char __user *const __user *)
			 regs->u_regs[base + UREG_I2], regs);
}
