/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390, old flow (Linux 3.6 arch/s390/kernel/entry64.S and process.c):
 * where every newborn starts, the kernel thread's first instructions, and
 * kernel_execve().
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/s390/kernel/entry64.S ret_from_fork.  __switch_to popped the frame
 * copy_thread() put under the child's pt_regs; r2 = prev.  A kernel
 * thread's pt_regs (a kernel PSW) have r15 = 0: give it this frame as its
 * stack.  Then out through the syscall exit, to user mode with r2 = 0 --
 * or, for a kernel thread, to kernel_thread_starter in kernel mode.
 *
 * Differs from Linux: Linux re-enables interrupts (ssm) after
 * schedule_tail and jumps to sysc_tracenogo, which without syscall
 * tracing is sysc_return; this kernel never takes interrupts and has no
 * tracing, so it goes to sysc_return directly.
 *
 */
SYM_CODE_START(ret_from_fork)
	la	%r11,STACK_FRAME_OVERHEAD(%r15)	# pointer to childregs
	lg	%r12,__LC_THREAD_INFO
	tm	__PT_PSW+1(%r11),0x01		# forking a kernel thread ?
	jo	0f
	stg	%r15,__PT_R15(%r11)		# store stack pointer for new kthread
0:	brasl	%r14,schedule_tail
	j	sysc_return
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/s390/kernel/process.c kernel_thread_starter (top-level asm there): the
 * kernel thread's PSW address, reached by lpswe from the syscall exit
 * with the registers of kernel_thread()'s fake pt_regs.  fn(arg); if fn
 * returns, do_exit(0) through r11.
 */
SYM_CODE_START(kernel_thread_starter)
	la	%r2,0(%r10)
	basr	%r14,%r9
	la	%r2,0
	br	%r11
SYM_CODE_END(kernel_thread_starter)

/*
 * Linux 3.6 arch/s390/kernel/entry64.S kernel_execve(filename, argv, envp): do_execve()
 * with a zeroed pt_regs on this stack, under a frame of our own:
 *
 *	caller's frame   +-------------------+ <- r15 at entry: r12-r15 saved
 *	                 |  pt_regs (zeroed) |     in its gprs[6..9]
 *	          r12 -> +-------------------+
 *	                 |  our frame        |  back chain -> caller's
 *	          r15 -> +-------------------+
 *
 * On failure return the errno.  On success those pt_regs hold the new
 * image's user registers: reload the kernel stack, mvc-copy them to the
 * normal spot at its top (task_pt_regs), clear the back chain, and leave
 * through the syscall exit to user mode; the kernel thread's frames are
 * abandoned.
 *
 * Differs from Linux: Linux disables interrupts (ssm) around the copy
 * and calls execve_tail() (the FPU control register) after it; this
 * kernel never takes interrupts and has no FPU state.
 *
 */
SYM_FUNC_START(kernel_execve)
	stmg	%r12,%r15,96(%r15)
	lgr	%r14,%r15
	aghi	%r15,-(STACK_FRAME_OVERHEAD + __PT_SIZE)
	stg	%r14,__SF_BACKCHAIN(%r15)
	la	%r12,STACK_FRAME_OVERHEAD(%r15)
	xc	0(__PT_SIZE,%r12),0(%r12)
	lgr	%r5,%r12
	brasl	%r14,do_execve
	ltgfr	%r2,%r2
	je	0f
	aghi	%r15,(STACK_FRAME_OVERHEAD + __PT_SIZE)
	lmg	%r12,%r15,96(%r15)
	br	%r14
	# execve succeeded.
0:	lg	%r15,__LC_KERNEL_STACK		# load ksp
	aghi	%r15,-(STACK_FRAME_OVERHEAD + __PT_SIZE)
	la	%r11,STACK_FRAME_OVERHEAD(%r15)
	mvc	0(__PT_SIZE,%r11),0(%r12)	# copy pt_regs
	lg	%r12,__LC_THREAD_INFO
	xc	__SF_BACKCHAIN(8,%r15),__SF_BACKCHAIN(%r15)
	j	sysc_return
SYM_FUNC_END(kernel_execve)
