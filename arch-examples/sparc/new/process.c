// SPDX-License-Identifier: GPL-2.0
/*
 * sparc64, new flow (Linux 3.8 arch/sparc/kernel/process_64.c):
 * copy_thread() is told about kernel threads by PF_KTHREAD and gets fn/arg
 * in its two spare arguments, which it parks in the child's pt_regs as
 * G1/G2 for ret_from_syscall.  sparc keeps its own fork entry points
 * (sparc_do_fork), now without pt_regs for do_fork().
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

/*
 * Linux 3.8 arch/sparc/kernel/process_64.c sparc_do_fork(): as 3.6's, but do_fork() no longer
 * takes the pt_regs -- copy_thread() finds them with current_pt_regs().
 */
long sparc_do_fork(unsigned long clone_flags, unsigned long stack_start,
		   struct pt_regs *regs, unsigned long stack_size)
{
	int __user *parent_tid_ptr, *child_tid_ptr;
	unsigned long orig_i1 = regs->u_regs[UREG_I1];
	long ret;

	parent_tid_ptr = (int __user *)regs->u_regs[UREG_I2];
	child_tid_ptr = (int __user *)regs->u_regs[UREG_I4];

	ret = do_fork(clone_flags, stack_start, stack_size,
		      parent_tid_ptr, child_tid_ptr);

	if ((unsigned long)ret >= (unsigned long)-ERESTART_RESTARTBLOCK)
		regs->u_regs[UREG_I1] = orig_i1;
	return ret;
}

/*
 * Linux 3.8 arch/sparc/kernel/process_64.c copy_thread().  One trap frame (stackf and
 * pt_regs) at the top of the child's stack, where every later trap from
 * user mode puts it too:
 *
 *	p->stack + THREAD_SIZE  +-----------------------------+
 *	                        |  pt_regs: a user fork's are |  t->kregs
 *	                        |  the parent's, I0 = ppid,   |
 *	                        |  I1 = 1, I6 = its user sp;  |
 *	                        |  a kthread's are zero but   |
 *	                        |  G1 = fn, G2 = arg          |
 *	                        +-----------------------------+
 *	                        |  trap stackf (192 bytes)    |
 *	  t->ksp + 2047 ------> +-----------------------------+
 *
 * switch_to() sees new_child and enters ret_from_syscall in the window
 * after the parent's trap window; there a zero I0 means a kernel thread.
 *
 * Differs from Linux: CWP + 1 wraps modulo NWINDOWS (Linux adds and masks
 * with TSTATE_CWP); no FPU, utrap, 32-bit state.
 */
int copy_thread(unsigned long clone_flags, unsigned long sp,
		unsigned long arg, struct task_struct *p)
{
	struct thread_info *t = task_thread_info(p);
	struct pt_regs *regs = current_pt_regs();
	struct sparc_stackf *parent_sf;
	unsigned long child_stack_sz;
	char *child_trap_frame;

	/* Calculate offset to stack_frame & pt_regs */
	child_stack_sz = (STACKFRAME_SZ + TRACEREG_SZ);
	child_trap_frame = ((char *)p->stack + (THREAD_SIZE - child_stack_sz));

	t->new_child = 1;
	t->ksp = ((unsigned long) child_trap_frame) - STACK_BIAS;
	t->kregs = (struct pt_regs *) (child_trap_frame +
				       sizeof(struct sparc_stackf));

	if (unlikely(p->flags & PF_KTHREAD)) {
		memset(child_trap_frame, 0, child_stack_sz);
		t->cwp = ((current_pt_regs()->tstate & TSTATE_CWP) + 1) %
			 NWINDOWS;
		t->current_ds = ASI_P;
		t->kregs->u_regs[UREG_G1] = sp; /* function */
		t->kregs->u_regs[UREG_G2] = arg;
		return 0;
	}

	parent_sf = ((struct sparc_stackf *) regs) - 1;
	memcpy(child_trap_frame, parent_sf, child_stack_sz);
	t->kregs->u_regs[UREG_FP] = sp;
	t->cwp = ((regs->tstate & TSTATE_CWP) + 1) % NWINDOWS;
	t->current_ds = ASI_AIUS;
	if (sp != regs->u_regs[UREG_FP]) {
		unsigned long csp;

		csp = clone_stackframe(sp, regs->u_regs[UREG_FP]);
		if (!csp)
			return -EFAULT;
		t->kregs->u_regs[UREG_FP] = csp;
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
