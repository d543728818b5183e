/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips, new flow (Linux 3.8 arch/mips/kernel/entry.S): where every newborn
 * starts, and the fork and clone entries.  resume() returned to the
 * child's thread.reg31 with sp = thread.reg29 = its pt_regs and a0 = prev:
 *
 *	stack top - 32  +---------------------------+
 *	                |  childregs (pt_regs)      |  user child: the parent's,
 *	                |                           |  v0 = 0, a3 = 0, sp = usp
 *	   sp, reg29 -> +---------------------------+  kthread: zeroed, Status
 *	                |  (free)                   |  kernel | EXL
 *	 thread_info -> +---------------------------+
 *
 *	thread.reg31 = ret_from_fork | ret_from_kernel_thread
 *	thread.reg16, reg17 = fn, arg (kernel thread): s0, s1 after resume
 */
#include <linux/linkage.h>

	.text
	.set	noreorder

/*
 * Linux 3.8 arch/mips/kernel/entry.S ret_from_fork: schedule_tail(prev),
 * then syscall_exit: out to user mode with the copy of the parent's
 * registers, v0 = 0 and a3 = 0.
 */
SYM_CODE_START(ret_from_fork)
	jal	schedule_tail		# a0 = prev
	 nop
	j	syscall_exit
	 nop
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.8 arch/mips/kernel/entry.S ret_from_kernel_thread:
 * schedule_tail(prev), then fn(arg) from s0/s1 (copy_thread()).  fn
 * returns only after a successful kernel_execve(), which filled the pt_regs
 * at sp with the new image: on through syscall_exit to user mode.
 */
SYM_CODE_START(ret_from_kernel_thread)
	jal	schedule_tail		# a0 = prev
	 nop
	jalr	$s0			# fn(arg)
	 move	$a0, $s1			# (delay slot) arg
	j	syscall_exit
	 nop
SYM_CODE_END(ret_from_kernel_thread)

/*
 * Linux 3.8 arch/mips/kernel/syscall.c sys_fork (save_static_function):
 * the C half with the pt_regs at sp.
 *
 * Differs from Linux: the pt_regs go to the C half as a pointer, where
 * Linux's declares them as a struct argument passed by value (o32 puts
 * its image at the caller's sp: the frame itself); and no
 * save_static_function, as handle_exception already saved s0-s7 and fp.
 */
SYM_CODE_START(sys_fork)
	j	_sys_fork
	 move	$a0, $sp			# (delay slot) the pt_regs
SYM_CODE_END(sys_fork)

/* Linux 3.8 arch/mips/kernel/syscall.c sys_clone: as sys_fork. */
SYM_CODE_START(sys_clone)
	j	_sys_clone
	 move	$a0, $sp
SYM_CODE_END(sys_clone)
