/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390, new flow (Linux 3.8 arch/s390/kernel/entry64.S): where every
 * newborn starts.  __switch_to loaded r6-r15 from the frame copy_thread()
 * put under the child's pt_regs and returned with br %r14 = sf.gprs[8]:
 *
 *	stack top  +---------------------------+
 *	           |  childregs (pt_regs)      |  a kthread: psw = kernel PSW
 *	           |                           |  at kernel_thread_starter,
 *	           |                           |  gprs[9,10,11] = fn, arg, do_exit
 *	           +---------------------------+ <- %r11
 *	           |  sf: gprs[8] = ret_from_fork, back chain 0
 *	  ksp ->   +---------------------------+ <- %r15
 *
 * r2 is still prev (__switch_to's return value), for schedule_tail().
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/s390/kernel/entry64.S ret_from_fork.  A user child leaves through the syscall exit
 * with the parent's registers and r2 = 0.  A kernel thread (the PSW's
 * problem-state bit clear) loads fn and arg and falls into
 * kernel_thread_starter: fn(arg) on this frame.  fn returns only after a
 * successful kernel_execve(), which made childregs a user frame: out
 * through the syscall exit too.
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
	brasl	%r14,schedule_tail
	tm	__PT_PSW+1(%r11),0x01		# forking a kernel thread ?
	jne	sysc_return
	# it's a kernel thread
	lmg	%r9,%r10,__PT_R9(%r11)		# load gprs
SYM_INNER_LABEL(kernel_thread_starter, SYM_L_GLOBAL)
	la	%r2,0(%r10)			# fn(arg)
	basr	%r14,%r9
	j	sysc_return
SYM_CODE_END(ret_from_fork)
