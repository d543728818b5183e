/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips, old flow (Linux 3.6 arch/mips/kernel/entry.S and syscall.c): where
 * every newborn starts, and the fork, clone and execve entries that hand
 * the pt_regs at sp down.  resume() returned to the child's thread.reg31
 * with sp = thread.reg29 = its pt_regs and a0 = prev:
 *
 *	stack top - 32  +---------------------------+
 *	                |  childregs = *regs        |  v0 = 0, a3 = 0; user: sp
 *	                |                           |  = usp; kernel_thread():
 *	   sp, reg29 -> +---------------------------+  sp = &childregs, EPC =
 *	                |  (free)                   |  kernel_thread_helper,
 *	 thread_info -> +---------------------------+  a0/a1 = arg/fn, EXL set
 */
#include <linux/linkage.h>

	.text
	.set	noreorder

/*
 * Linux 3.6 arch/mips/kernel/entry.S ret_from_fork: schedule_tail(prev),
 * then syscall_exit, which erets to wherever the copied pt_regs say: user
 * mode with v0 = 0, or, for a kernel thread, kernel mode at the EPC
 * kernel_thread() faked (Status with KSU = 0 and EXL).
 */
SYM_CODE_START(ret_from_fork)
	jal	schedule_tail		# a0 = prev
	 nop
	j	syscall_exit
	 nop
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/mips/kernel/syscall.c sys_fork (save_static_function):
 * the C half with the pt_regs at sp.
 *
 * Differs from Linux: the pt_regs go to the C half as a pointer, where
 * Linux's declares them as a struct argument passed by value (o32 puts
 * its image at the caller's sp: the frame itself); and no
 * save_static_function, as handle_exception already saved s0-s7 and fp.
 */
SYM_CODE_START(sys_fork)
	j	_sys_fork
	 move	$a0, $sp		# (delay slot) the pt_regs
SYM_CODE_END(sys_fork)

/* Linux 3.6 arch/mips/kernel/syscall.c sys_clone: as sys_fork. */
SYM_CODE_START(sys_clone)
	j	_sys_clone
	 move	$a0, $sp
SYM_CODE_END(sys_clone)

/*
 * Linux 3.6 arch/mips/kernel/syscall.c sys_execve: the pt_regs at sp --
 * a user frame, or the one kernel_execve()'s syscall pushed mid-stack.
 */
SYM_CODE_START(sys_execve)
	j	_sys_execve
	 move	$a0, $sp
SYM_CODE_END(sys_execve)
