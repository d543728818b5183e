// SPDX-License-Identifier: GPL-2.0
/*
 * s390, new flow (Linux 3.8 arch/s390/kernel/process.c): copy_thread() is
 * told about kernel threads by PF_KTHREAD, gets fn/arg in its two spare
 * arguments, and lays out the same fake_frame at the top of the child's
 * stack either way.  fork, vfork, clone and execve are the generic ones.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

void kernel_thread_starter(void);

/*
 * Linux 3.8 arch/s390/kernel/process.c copy_thread().  What __switch_to
 * pops (the stack frame: r14 = ret_from_fork, r15 = the frame itself)
 * right under the pt_regs that ret_from_fork leaves through:
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	                        |  childregs: the parent's|  user child
 *	                        |  r2 = 0 (r15 = @usp)    |
 *	                        |  or: zero, kernel PSW,  |  kernel thread
 *	                        |  r9/r10/r11 = fn/arg/   |
 *	                        |  do_exit                |
 *	                        +-------------------------+
 *	                        |  sf: gprs[8] (r14) =    |
 *	                        |  ret_from_fork, gprs[9] |
 *	                        |  (r15) = frame          |
 *	 p->thread.ksp ------>  +-------------------------+  back chain 0
 *
 * r11 = do_exit is dead since 3.8: kernel_thread_starter no longer
 * branches there (kthread() calls do_exit() itself), but Linux 3.8 still
 * sets it, and so do we.
 *
 * Differs from Linux: Linux's kernel PSW also has DAT, I/O, external and
 * machine-check interrupts on (psw_kernel_bits | ...); this kernel runs
 * with DAT and interrupts off, so the PSW is PSW_KERNEL_BITS alone.
 *
 */
int copy_thread(unsigned long clone_flags, unsigned long new_stackp,
		unsigned long arg, struct task_struct *p)
{
	struct fake_frame {
		struct stack_frame sf;
		struct pt_regs childregs;
	} *frame;

	frame = container_of(task_pt_regs(p), struct fake_frame, childregs);
	p->thread.ksp = (unsigned long)frame;
	frame->sf.back_chain = 0;
	/* new return point is ret_from_fork */
	frame->sf.gprs[8] = (unsigned long)ret_from_fork;
	/* fake return stack for resume(), don't go back to schedule */
	frame->sf.gprs[9] = (unsigned long)frame;

	if (unlikely(p->flags & PF_KTHREAD)) {
		/* kernel thread */
		memset(&frame->childregs, 0, sizeof(struct pt_regs));
		frame->childregs.psw.mask = PSW_KERNEL_BITS;
		frame->childregs.psw.addr = PSW_ADDR_AMODE |
				(unsigned long)kernel_thread_starter;
		frame->childregs.gprs[9] = new_stackp;	/* function */
		frame->childregs.gprs[10] = arg;
		frame->childregs.gprs[11] = (unsigned long)do_exit;
		frame->childregs.orig_gpr2 = -1;
	} else {
		frame->childregs = *current_pt_regs();
		frame->childregs.gprs[2] = 0;	/* child returns 0 on fork. */
		if (new_stackp)
			frame->childregs.gprs[15] = new_stackp;
	}
	return 0;
}
